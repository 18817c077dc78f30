/* test_compare.c - several reports as one document: header lines, the
 * join (offsets, paragraphs per report), and the report of an offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "compare.h"
#include "segment.h"
#include "util.h"

static void test_headers(void **state)
{
	char buf[] = "Source:  Harbour Daily \nDate: 2026-01-02T08:00\nFirst line of the story.\n";
	char *outlet, *when;
	fb_report_headers(buf, strlen(buf), &outlet, &when);
	assert_string_equal(outlet, "Harbour Daily");
	assert_string_equal(when, "2026-01-02T08:00");
	/* blanked in place: offsets still count from the start of the file */
	assert_int_equal(strlen(buf), 72);
	assert_true(strncmp(buf + 47, "First line", 10) == 0);
	for (size_t i = 0; i < 47; i++)
		assert_true(buf[i] == ' ' || buf[i] == '\n');
	free(outlet), free(when);

	char plain[] = "Date of the vote is not known.\nSource: later\n";
	fb_report_headers(plain, strlen(plain), &outlet, &when);
	assert_null(outlet); /* "Date of" is prose, and nothing after it is a header */
	assert_null(when);
	assert_true(strncmp(plain, "Date of", 7) == 0);

	char twice[] = "Outlet: A\nSource: B\nText.\n"; /* a second outlet ends the header */
	fb_report_headers(twice, strlen(twice), &outlet, &when);
	assert_string_equal(outlet, "A");
	assert_true(strncmp(twice + 10, "Source: B", 9) == 0);
	free(outlet);
	(void)state;
}

static void load(fb_doc *d, const char *path, const char *text)
{
	char err[256], warn[64];
	assert_int_equal(fb_doc_load(d, path, text, strlen(text), NULL, err, sizeof err, warn, sizeof warn), 0);
}

static void test_join(void **state)
{
	char err[256];
	fb_segmenter *sg = fb_segmenter_new(err, sizeof err);
	assert_non_null(sg);
	fb_doc r[2], out;
	/* the first report has blank lines (blocks), the second none (lines) */
	load(&r[0], "a.txt", "Source: A\n\nOne. Two.\nStill one.\n\nThree.\n");
	load(&r[1], "b.txt", "Line one.\nLine two.\n");
	fb_report_meta meta[2] = { { NULL, NULL }, { "B News", "2026-01-02" } };
	fb_doc_join(sg, r, 2, meta, &out);
	assert_int_equal(out.nrep, 2);
	assert_string_equal(out.rep[0].outlet, "A");
	assert_string_equal(out.rep[1].outlet, "B News"); /* given apart, as --jsonl does */
	assert_string_equal(out.rep[1].published, "2026-01-02");
	assert_int_equal(out.rep[0].origlen, 40);
	assert_true(memcmp(out.rep[0].orig, "Source: A", 9) == 0); /* kept as read */
	assert_int_equal(out.npara, 4);
	assert_true(strncmp(out.buf + out.para[0].start, "One. Two.\nStill one.", out.para[0].end - out.para[0].start) == 0);
	assert_true(strncmp(out.buf + out.para[2].start, "Line one.", 9) == 0);
	assert_int_equal(out.para[2].start - out.rep[1].start, 0);
	assert_int_equal(fb_doc_report_of(&out, out.para[1].start), 0);
	assert_int_equal(fb_doc_report_of(&out, out.para[3].start), 1);
	/* sentences follow their paragraphs */
	for (size_t i = 0; i < out.nsent; i++) {
		const fb_para *p = &out.para[out.sent[i].para];
		assert_true(out.sent[i].start >= p->start && out.sent[i].end <= p->end);
	}
	assert_int_equal(out.para[3].first_sent, out.nsent - 1);
	fb_doc_free(&out);
	fb_segmenter_free(sg);
	(void)state;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_join),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
