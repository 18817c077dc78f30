/* fuzz_pipeline.c - libFuzzer harness over the whole pipeline: the input
 * is an article; it is loaded (strictly, then with --lossy when it is not
 * valid UTF-8), analysed, read into the typed record and rendered as text
 * and as a PDF brief. An input that is JSON is also given to the record
 * reader as a stored record (--render), and drawn when it reads. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "factbrief.h"
#include "fuzz_home.h"
#include "record_read.h"
#include "render.h"
#include "template.h"

/* Loaded once and shared by every run, as in the command line. */
static fb_engine *engine;
static fb_template *tpl;

/* Drawing a PDF (fonts parsed and subset every time) costs a hundred times
 * the analysis under the sanitizers, so only one input in pdf_every, chosen
 * by a hash of its bytes so that a replay draws the same ones, is drawn;
 * FB_FUZZ_PDF_EVERY sets it (1: every input, as the replay tests do). Large
 * inputs are drawn too (the brief is linear in its input and bounded by the
 * template's limits), one in pdf_every per PDF_STEP bytes more rarely. */
#define PDF_STEP 16384
static unsigned long pdf_every = 16;

static unsigned long hash_bytes(const uint8_t *p, size_t n)
{
	unsigned long h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char err[1024] = "";
	(void)argc;
	(void)argv;
	fuzz_home_setup();
	const char *every = getenv("FB_FUZZ_PDF_EVERY");
	if (every && strtoul(every, NULL, 10) > 0)
		pdf_every = strtoul(every, NULL, 10);
	engine = fb_engine_new(err, sizeof err);
	if (!engine) {
		fprintf(stderr, "fuzz_pipeline: %s\n", err);
		abort();
	}
	char *tp = fb_datapath("templates/brief");
	tpl = fb_template_load(tp, err, sizeof err);
	free(tp);
	if (!tpl) {
		fprintf(stderr, "fuzz_pipeline: %s\n", err);
		abort();
	}
	return 0;
}

/* The input as a stored record: read, and drawn when it reads (as text,
 * and as a PDF when sample is set). */
static void stored_record(const uint8_t *data, size_t size, int sample)
{
	char err[1024];
	json_t *j = json_loadb((const char *)data, size, 0, NULL);
	if (!j)
		return;
	fb_record *rec = fb_record_read(j, err, sizeof err);
	json_decref(j);
	if (!rec) {
		if (!err[0] || strchr(err, '\n'))
			abort(); /* a refusal says why, on one line */
		return;
	}
	char *text = fb_xstrndup((const char *)data, size);
	fb_render_input in = { .record = rec, .article = "", .article_len = 0, .record_json = text };
	fb_buf out = { 0 };
	fb_render_text(&in, &out);
	fb_buf_free(&out);
	if (sample) {
		if (fb_render_pdf(&in, tpl, &out, err, sizeof err) == 0 && (out.len < 5 || memcmp(out.p, "%PDF-", 5) != 0))
			abort();
		fb_buf_free(&out);
	}
	free(text);
	fb_record_free(rec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024], warn[512];
	unsigned long every = pdf_every == 1 ? 1 : pdf_every * (1 + size / PDF_STEP);
	int sample = hash_bytes(data, size) % every == 0;
	if (size && (data[0] == '{' || data[0] == '['))
		stored_record(data, size, sample);
	fb_doc doc;
	fb_read_opts ro = { 0, 0 };
	if (fb_doc_load(&doc, "fuzz.txt", (const char *)data, size, &ro, err, sizeof err, warn, sizeof warn) != 0) {
		if (!strstr(err, "invalid UTF-8"))
			return 0;
		ro.lossy = 1;
		if (fb_doc_load(&doc, "fuzz.txt", (const char *)data, size, &ro, err, sizeof err, warn, sizeof warn) != 0)
			return 0;
	}
	fb_record_opts o = { .title = NULL, .generated = 1700000000 };
	fb_result *r = fb_analyze(engine, &doc, &o);
	char *json = fb_record_dump(r->record);
	fb_record *typed = fb_record_read(r->record, err, sizeof err);
	if (!typed)
		abort(); /* our own record always reads */
	fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = json };
	fb_buf text = { 0 };
	fb_render_text(&in, &text);
	fb_buf_free(&text);
	if (sample) {
		fb_buf pdf = { 0 };
		if (fb_render_pdf(&in, tpl, &pdf, err, sizeof err) == 0 &&
		    (pdf.len < 5 || memcmp(pdf.p, "%PDF-", 5) != 0))
			abort(); /* a success must be a PDF */
		fb_buf_free(&pdf);
	}
	free(json);
	fb_record_free(typed);
	fb_result_free(r);
	return 0;
}
