/* numbers.h - the second stage: every numeric expression of English news
 * text, with value, bounds and unit. Grammar data lives in data/numbers/. */
#ifndef FB_NUMBERS_H
#define FB_NUMBERS_H

#include <stddef.h>

#include "fb.h"

typedef struct fb_qlist {
	fb_quantity *q;      /* in text order */
	size_t n, cap;
	fb_part_block *parts; /* the enumerations' parts */
} fb_qlist;

/* Copies n parts (n <= FB_MAX_PARTS) into the chain *blocks; returns where
 * they now are. fb_parts_free frees the chain. */
const fb_part *fb_parts_add(fb_part_block **blocks, const fb_part *p, size_t n);
void fb_parts_free(fb_part_block **blocks);

typedef struct fb_numbers fb_numbers; /* compiled patterns and word lists */

/* Loads the number grammar; NULL with err ("file:line: why") on failure. */
fb_numbers *fb_numbers_new(char *err, size_t errlen);
void fb_numbers_free(fb_numbers *nm);

/* Appends to out every quantity in buf[start, end), in text order, with
 * sent set to the given sentence index. Never fails; bounded time. */
void fb_numbers_scan(const fb_numbers *nm, const char *buf, size_t start,
    size_t end, size_t sent, fb_qlist *out);

/* Scans every sentence of every non-boilerplate paragraph. */
void fb_numbers_scan_doc(const fb_numbers *nm, const fb_doc *doc, fb_qlist *out);

/* Gives back the room the list holds beyond its quantities (cap = n). */
void fb_qlist_trim(fb_qlist *ql);
void fb_qlist_free(fb_qlist *ql);

/* The number q states, in the text's unit, whatever the hedge ("more
 * than 30" -> 30, "nearly 50" -> 50): 1 and *out, or 0 when none (a
 * range, a vague word). */
int fb_quantity_stated(const fb_quantity *q, double *out);

#endif
