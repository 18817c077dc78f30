/* factbrief.h - the public interface of the factbrief library: load the
 * engine once, analyse articles, render briefs. main.c, the tests, the
 * fuzzers and the benchmark use only this and the stage headers. */
#ifndef FACTBRIEF_H
#define FACTBRIEF_H

#include <jansson.h>
#include <stddef.h>
#include <time.h>

#include "align.h"
#include "attribution.h"
#include "claims.h"
#include "compare.h"
#include "fb.h"
#include "numbers.h"
#include "record.h"
#include "segment.h"
#include "util.h"

/* Everything loaded once and shared by every article: word lists and
 * compiled patterns. Read-only after fb_engine_new. */
typedef struct fb_engine {
	fb_segmenter *seg;
	fb_numbers *num;
	fb_attributor *attr;
	fb_claimer *claimer;
} fb_engine;

/* Loads every stage's data; NULL with err ("file:line: why") on failure. */
fb_engine *fb_engine_new(char *err, size_t errlen);
void fb_engine_free(fb_engine *e);

/* One analysed article: the stage outputs and the record built from them.
 *
 * Who owns what, and for how long:
 * - the result owns every array and string it points to, except the
 *   normalised words of claims and quantities (fb_claim.measure, .subject,
 *   fb_quantity.unit, group measures and subjects): those are the engine's
 *   word lists, or static. **Free every result before its engine.**
 * - every span (start, end) is a byte offset into doc.buf, which the result
 *   owns; nothing in it copies the article's text except the record.
 * - fb_result_free frees the record too: keep a reference (json_incref) or
 *   a dump to outlive it. */
typedef struct fb_result {
	fb_doc doc;
	fb_qlist quantities;
	fb_attribution *attribution;
	fb_claims *claims;
	fb_alignment *alignment;
	json_t *record;
} fb_result;

/* Runs every stage on doc, whose contents move into the result (doc is
 * left empty). Caller frees with fb_result_free. */
fb_result *fb_analyze(const fb_engine *e, fb_doc *doc, const fb_record_opts *o);
/* The same without the record tree (record stays NULL): for JSON output,
 * which fb_record_write builds, writes and frees at once. */
fb_result *fb_analyze_model(const fb_engine *e, fb_doc *doc);
/* Several reports of one event (read, not segmented; left empty) as one
 * result: the joined document (doc.rep lists the reports) and a record
 * with `documents` whose offsets are still the joined text's, for
 * rendering; fb_compare_offsets (compare.h) moves them to each report's
 * file for the record written out. meta (NULL, or n entries) gives
 * outlets and times that take the place of header lines. */
fb_result *fb_analyze_reports(const fb_engine *e, fb_doc *reports, size_t n, const fb_report_meta *meta,
    const fb_record_opts *o);
/* Only reading, segmenting and numbers (for --list-numbers): attribution,
 * claims, alignment and record stay NULL. */
fb_result *fb_analyze_numbers(const fb_engine *e, fb_doc *doc);
/* Frees everything of the result but its document (doc): once the record
 * is written, the brief needs only the text and the record. */
void fb_result_drop_model(fb_result *r);
/* Frees the result and everything it owns; NULL does nothing. */
void fb_result_free(fb_result *r);

/* The time the record is stamped with: SOURCE_DATE_EPOCH when set and
 * valid, else now. */
time_t fb_generation_time(void);

#endif
