/* segment.h - the first stage: read an article, check it is text we can
 * trust, and cut it into paragraphs and sentences. */
#ifndef FB_SEGMENT_H
#define FB_SEGMENT_H

#include <stddef.h>

#include "fb.h"
#include "lexicon.h"

typedef struct fb_read_opts {
	size_t max_bytes;  /* 0: the default, 64 MiB */
	int lossy;         /* replace invalid UTF-8 by U+FFFD instead of failing */
} fb_read_opts;

#define FB_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/* Reads path ("-": standard input) into doc->buf and validates it.
 * Returns 0, or -1 with a one-line message naming the file in err. A
 * warning (lossy replacement) goes to warn when not NULL. */
int fb_doc_read(fb_doc *doc, const char *path, const fb_read_opts *opts,
    char *err, size_t errlen, char *warn, size_t warnlen);
/* Same, from memory; the bytes are copied. */
int fb_doc_load(fb_doc *doc, const char *path, const char *bytes, size_t len,
    const fb_read_opts *opts, char *err, size_t errlen, char *warn, size_t warnlen);
/* Frees what the doc owns; the struct itself is the caller's. */
void fb_doc_free(fb_doc *doc);

typedef struct fb_segmenter {
	fb_lexicon *abbrev;      /* data/abbreviations.txt */
	fb_lexicon *boilerplate; /* data/boilerplate.txt */
} fb_segmenter;

/* Loads the segmenter's word lists; NULL with err set on failure. */
fb_segmenter *fb_segmenter_new(char *err, size_t errlen);
void fb_segmenter_free(fb_segmenter *sg);

/* Fills doc->para and doc->sent from doc->buf. Never fails. */
void fb_segment(const fb_segmenter *sg, fb_doc *doc);

/* Is paragraph p a title: the first paragraph of its report that is no
 * boilerplate, one sentence with no full stop? */
int fb_doc_is_title(const fb_doc *doc, size_t p);
/* Are most of paragraph p's longer words capitalised, as a headline's
 * ("Homicides Fall as Burglaries Climb"): its capitals are its case, not
 * names? */
int fb_doc_headline_case(const fb_doc *doc, size_t p);
/* Is paragraph p a head line: the title, or a line of at most 20 words
 * with no closing punctuation followed by a paragraph of prose (a
 * news-in-brief page's item heads: "Warehouse fire injures three")? */
int fb_doc_is_head_line(const fb_doc *doc, size_t p);
/* The first paragraph after p that is no boilerplate (a title's lede),
 * or doc->npara. */
size_t fb_doc_next_text(const fb_doc *doc, size_t p);
/* Does the sentence from byte st open with a demonstrative "that" before a
 * noun ("That survey of 968 likely voters", "In that heat wave,"), before
 * byte qs: the thing the sentence before told of? */
int fb_sent_that_opens(const char *b, size_t st, size_t qs);

#endif
