/* pipeline.c - wires the stages together: segment, numbers, attribution,
 * claims, align, record. Each stage sees only what the ones before made. */
#include "factbrief.h"
#include "compare.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

fb_engine *fb_engine_new(char *err, size_t errlen)
{
	fb_engine *e = fb_xcalloc(1, sizeof *e);
	if (!(e->seg = fb_segmenter_new(err, errlen)) ||
	    !(e->num = fb_numbers_new(err, errlen)) ||
	    !(e->attr = fb_attributor_new(err, errlen)) ||
	    !(e->claimer = fb_claimer_new(err, errlen))) {
		fb_engine_free(e);
		return NULL;
	}
	return e;
}

void fb_engine_free(fb_engine *e)
{
	if (!e)
		return;
	fb_segmenter_free(e->seg);
	fb_numbers_free(e->num);
	fb_attributor_free(e->attr);
	fb_claimer_free(e->claimer);
	free(e);
}

/* The stages after segmenting, on r->doc: numbers, attribution, claims,
 * alignment. */
static void analyze_segmented(const fb_engine *e, fb_result *r)
{
	fb_numbers_scan_doc(e->num, &r->doc, &r->quantities);
	r->attribution = fb_attribute(e->attr, &r->doc);
	r->claims = fb_extract_claims(e->claimer, &r->doc, &r->quantities, r->attribution);
	r->alignment = fb_align(e->claimer, &r->doc, &r->quantities, r->attribution, r->claims);
}

fb_result *fb_analyze_model(const fb_engine *e, fb_doc *doc)
{
	fb_result *r = fb_xcalloc(1, sizeof *r);
	r->doc = *doc;
	memset(doc, 0, sizeof *doc);
	fb_segment(e->seg, &r->doc);
	analyze_segmented(e, r);
	return r;
}

fb_result *fb_analyze_numbers(const fb_engine *e, fb_doc *doc)
{
	fb_result *r = fb_xcalloc(1, sizeof *r);
	r->doc = *doc;
	memset(doc, 0, sizeof *doc);
	fb_segment(e->seg, &r->doc);
	fb_numbers_scan_doc(e->num, &r->doc, &r->quantities);
	return r;
}

fb_result *fb_analyze_reports(const fb_engine *e, fb_doc *reports, size_t n, const fb_report_meta *meta,
    const fb_record_opts *o)
{
	fb_result *r = fb_xcalloc(1, sizeof *r);
	fb_doc_join(e->seg, reports, n, meta, &r->doc);
	analyze_segmented(e, r);
	fb_compare_pairs(&r->doc, r->claims, r->alignment);
	r->record = fb_record_build(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, o);
	fb_compare_record(r->record, &r->doc);
	return r;
}

fb_result *fb_analyze(const fb_engine *e, fb_doc *doc, const fb_record_opts *o)
{
	fb_result *r = fb_analyze_model(e, doc);
	r->record = fb_record_build(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, o);
	return r;
}

void fb_result_drop_model(fb_result *r)
{
	json_decref(r->record);
	r->record = NULL;
	fb_alignment_free(r->alignment);
	r->alignment = NULL;
	fb_claims_free(r->claims);
	r->claims = NULL;
	fb_attribution_free(r->attribution);
	r->attribution = NULL;
	fb_qlist_free(&r->quantities);
	memset(&r->quantities, 0, sizeof r->quantities);
}

void fb_result_free(fb_result *r)
{
	if (!r)
		return;
	json_decref(r->record);
	fb_alignment_free(r->alignment);
	fb_claims_free(r->claims);
	fb_attribution_free(r->attribution);
	fb_qlist_free(&r->quantities);
	fb_doc_free(&r->doc);
	free(r);
}

time_t fb_generation_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	if (s && *s) {
		char *end;
		errno = 0;
		long long v = strtoll(s, &end, 10);
		if (errno == 0 && *end == '\0' && v >= 0 && v <= (long long)INT_MAX * 2LL)
			return (time_t)v;
	}
	return time(NULL);
}
