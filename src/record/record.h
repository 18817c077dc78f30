/* record.h - the fifth stage: the JSON verification record of
 * ../shared/spec/record.md, built with jansson. Renderers read only this. */
#ifndef FB_RECORD_H
#define FB_RECORD_H

#include <jansson.h>
#include <stdio.h>
#include <time.h>

#include "fb.h"
#include "numbers.h"
#include "util.h"

typedef struct fb_record_opts {
	const char *title;   /* --title, or NULL: the first paragraph */
	time_t generated;    /* SOURCE_DATE_EPOCH or now */
	/* several reports (doc->nrep > 0): the record has `documents` and each
	 * paragraph, claim and mention its `document`; report_offsets moves
	 * every offset to its report's own file (the record written), else
	 * they stay the joined text's (the record drawn) */
	int report_offsets;
	const char *event;   /* --jsonl --compare: input.event, or NULL */
} fb_record_opts;

/* Builds the record; caller frees with json_decref. */
json_t *fb_record_build(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o);

/* What a record's summary says. */
typedef struct fb_record_summary {
	size_t claims, groups, conflicts, review, unattributed;
} fb_record_summary;

/* Writes the record as JSON text: the tree fb_record_build makes, dumped
 * by jansson, byte for byte fb_record_dump (final newline included), or
 * with compact, fb_record_dump_compact's one line (no newline). The text
 * goes to f when f is not NULL, else it is appended to out. Stores the
 * summary in *sum when not NULL. Returns 0, or -1 when writing failed. */
int fb_record_write(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o, int compact,
    fb_buf *out, FILE *f, fb_record_summary *sum);

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
