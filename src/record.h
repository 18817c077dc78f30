/* record.h - the fifth stage: the JSON verification record of
 * ../shared/spec/record.md, built with jansson. Renderers read only this. */
#ifndef FB_RECORD_H
#define FB_RECORD_H

#include <jansson.h>
#include <time.h>

#include "fb.h"
#include "numbers.h"

typedef struct fb_record_opts {
	const char *title;   /* --title, or NULL: the first paragraph */
	time_t generated;    /* SOURCE_DATE_EPOCH or now */
} fb_record_opts;

/* Builds the record; caller frees with json_decref. */
json_t *fb_record_build(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o);

/* Serialises with a stable key order and a final newline; caller frees. */
char *fb_record_dump(const json_t *rec);
/* The same on one line, as JSON_COMPACT writes it, without a newline;
 * caller frees. */
char *fb_record_dump_compact(const json_t *rec);

/* One quantity as the JSON object --list-numbers prints. */
json_t *fb_quantity_json(const fb_doc *doc, const fb_quantity *q);

/* Hex SHA-256 of buf[0,len) into out[65]. */
void fb_sha256_hex(const char *buf, size_t len, char out[65]);

/* "2026-11-26T19:00:00Z" for t into out[21]. */
void fb_iso8601(time_t t, char out[21]);

#endif
