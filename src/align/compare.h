/* compare.h - several reports of one event analysed as one: the reports
 * are read one by one, their header lines ("Source: NAME", "Outlet:",
 * "Date: ...") taken out, each cut into paragraphs on its own, and then
 * joined into one document so that every later stage (numbers,
 * attribution, claims, alignment) works across them unchanged. The record
 * then says which report each paragraph, mention and claim came from, and
 * its offsets count from the start of that report's file. */
#ifndef FB_COMPARE_H
#define FB_COMPARE_H

#include <jansson.h>

#include "fb.h"
#include "segment.h"

/* Reads a report's header lines at the top of buf (any order, one per
 * line, before the first other line): "Source: NAME" or "Outlet: NAME",
 * and "Date: YYYY-MM-DD[THH:MM]". Fills *outlet and *published (owned;
 * left NULL when absent) and overwrites those lines with spaces in buf, so
 * that offsets still count from the start of the file. */
void fb_report_headers(char *buf, size_t len, char **outlet, char **published);

/* A report's outlet and time given apart from its text (--jsonl's
 * "outlet" and "published"): they take the place of its header lines.
 * NULL members are left to the headers. */
typedef struct fb_report_meta {
	const char *outlet, *published;
} fb_report_meta;

/* Joins reports[0..n) (read, not yet segmented) into *out: each report is
 * segmented alone (its own paragraph rule), then the buffers are joined
 * with a blank line between them and the paragraphs and sentences moved
 * to the joined offsets. out->rep lists the reports (their original bytes
 * kept for attaching). meta, when not NULL, has n entries. The reports
 * are left empty. */
void fb_doc_join(const fb_segmenter *sg, fb_doc *reports, size_t n, const fb_report_meta *meta, fb_doc *out);

/* The report that byte pos of a joined document lies in (0 when the
 * document is not joined). */
size_t fb_doc_report_of(const fb_doc *doc, size_t pos);

/* Pairs across reports: a conflict between two reports says so in its
 * reason; when both reports carry a time and the times differ, it is a
 * review item (a later toll may update an earlier one), with the times
 * named. Group statuses follow their pairs. */
void fb_compare_pairs(const fb_doc *doc, const fb_claims *c, fb_alignment *al);

/* Adds to a record built from a joined document what the brief needs:
 * `documents`, `document` on every paragraph, claim, source mention and
 * cross-report pair, each source's `documents` and `outlets`, and an
 * `input` that describes the set. Offsets are left as they are (joined),
 * for rendering with the joined text. */
void fb_compare_record(json_t *rec, const fb_doc *doc);

/* Moves every offset of such a record to its own report's file. The
 * record written to a file comes from fb_record_write (record.h) with
 * report_offsets set; this tree form is its oracle in the tests. */
void fb_compare_offsets(json_t *rec, const fb_doc *doc);

#endif
