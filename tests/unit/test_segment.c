/* test_segment.c - reading and segmenting: validation errors, paragraphs,
 * sentences that survive abbreviations, decimals, initials and quotes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "segment.h"

static fb_segmenter *sg;

static int setup(void **state)
{
	char err[256];
	sg = fb_segmenter_new(err, sizeof err);
	return sg ? 0 : -1;
}

static int teardown(void **state)
{
	fb_segmenter_free(sg);
	return 0;
}

/* Loads and segments text; fails the test on a load error. */
static void load(fb_doc *d, const char *text)
{
	char err[256], warn[256];
	assert_int_equal(fb_doc_load(d, "t.txt", text, strlen(text), NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_segment(sg, d);
}

static void expect_sentences(const char *text, const char *const *want, size_t n)
{
	fb_doc d;
	load(&d, text);
	assert_int_equal(d.nsent, n);
	for (size_t i = 0; i < n; i++) {
		size_t l = d.sent[i].end - d.sent[i].start;
		if (l != strlen(want[i]) || memcmp(d.buf + d.sent[i].start, want[i], l) != 0)
			fail_msg("sentence %zu: got '%.*s', want '%s'", i, (int)l, d.buf + d.sent[i].start, want[i]);
	}
	fb_doc_free(&d);
}

static void test_abbreviations(void **state)
{
	const char *w[] = { "Mr. Smith met Dr. Jones in the U.S. capital on Feb. 3.", "They spoke." };
	expect_sentences("Mr. Smith met Dr. Jones in the U.S. capital on Feb. 3. They spoke.", w, 2);
}

static void test_decimals_and_initials(void **state)
{
	const char *w[] = { "Prices rose 1.5 percent, said J. K. Rowling.", "Then fell." };
	expect_sentences("Prices rose 1.5 percent, said J. K. Rowling. Then fell.", w, 2);
}

static void test_quotes(void **state)
{
	const char *w[] = { "\xE2\x80\x9CIt is over,\xE2\x80\x9D he said.", "\xE2\x80\x9CWe won.\xE2\x80\x9D", "She left!" };
	expect_sentences("\xE2\x80\x9CIt is over,\xE2\x80\x9D he said. \xE2\x80\x9CWe won.\xE2\x80\x9D She left!", w, 3);
}

static void test_question_inside_quote_continues(void **state)
{
	const char *w[] = { "\"Why now?\" asked the mayor." };
	expect_sentences("\"Why now?\" asked the mayor.", w, 1);
}

static void test_paragraphs_lines(void **state)
{
	fb_doc d;
	load(&d, "First line.\nSecond line.\r\nThird.\n");
	assert_int_equal(d.npara, 3);
	assert_int_equal(d.para[1].start, 12);
	assert_int_equal(d.para[1].end, 24);
	fb_doc_free(&d);
}

static void test_paragraphs_blocks(void **state)
{
	fb_doc d;
	load(&d, "A wrapped\nparagraph.\n\n  Second one.\n\n\n");
	assert_int_equal(d.npara, 2);
	assert_int_equal(d.para[0].end, 20);
	assert_int_equal(d.para[1].start, 24);
	fb_doc_free(&d);
}

/* U+2028 breaks a line, two of them (or one U+2029) make a blank line;
 * no-break and separator spaces count as white space after a full stop. */
#define LS "\xE2\x80\xA8"
#define PS "\xE2\x80\xA9"
#define NBSP "\xC2\xA0"
static void test_unicode_breaks(void **state)
{
	fb_doc d;
	load(&d, "Wire desk" LS "Two riders fell." LS LS "Both were hurt." LS NBSP);
	assert_int_equal(d.npara, 2);
	assert_int_equal(d.para[0].start, 0);
	assert_int_equal(d.para[0].end, 28); /* the wrapped line joins its block */
	assert_int_equal(d.para[1].start, 34);
	assert_int_equal(d.para[1].end, 49); /* the separator and the NBSP trimmed */
	fb_doc_free(&d);
	load(&d, "One line." PS "Next block." LS "Same block.");
	assert_int_equal(d.npara, 2);
	assert_int_equal(d.para[1].start, 12);
	fb_doc_free(&d);
	load(&d, "Alpha" LS "Beta" LS "Gamma");
	assert_int_equal(d.npara, 3); /* no blank line: every line a paragraph */
	fb_doc_free(&d);
	const char *w[] = { "The bus left.", "It was late." };
	expect_sentences("The bus left." NBSP "It was late.", w, 2);
}

static void test_boilerplate(void **state)
{
	fb_doc d;
	load(&d, "Ten people died.\nSubscribe to get the latest posts.\nShare this:\n");
	assert_int_equal(d.npara, 3);
	assert_false(d.para[0].boilerplate);
	assert_true(d.para[1].boilerplate);
	assert_true(d.para[2].boilerplate);
	fb_doc_free(&d);
}

static void test_bom_skipped(void **state)
{
	fb_doc d;
	load(&d, "\xEF\xBB\xBFHello.\n");
	assert_int_equal(d.npara, 1);
	assert_int_equal(d.para[0].start, 3);
	fb_doc_free(&d);
}

static void expect_error(const char *bytes, size_t len, const char *needle)
{
	fb_doc d;
	char err[256] = "", warn[256] = "";
	assert_int_equal(fb_doc_load(&d, "bad.txt", bytes, len, NULL, err, sizeof err, warn, sizeof warn), -1);
	if (!strstr(err, needle) || strncmp(err, "bad.txt", 7) != 0)
		fail_msg("error '%s' lacks '%s'", err, needle);
}

static void test_rejects(void **state)
{
	expect_error("", 0, "empty");
	expect_error("ab\0cd", 5, "NUL byte at byte offset 2");
	expect_error("ok\n\xC0\xAF", 5, ":2: invalid UTF-8 at byte offset 3");     /* overlong */
	expect_error("\xED\xA0\x80", 3, "invalid UTF-8 at byte offset 0");          /* surrogate */
	expect_error("x\xF4\x90\x80\x80", 5, "invalid UTF-8 at byte offset 1");     /* > U+10FFFF */
	expect_error("abc\xE2\x80", 5, "invalid UTF-8 at byte offset 3");           /* truncated */
	expect_error("\xFF\xFEh\0i\0", 6, "UTF-16");
}

static void test_lossy(void **state)
{
	fb_doc d;
	char err[256] = "", warn[256] = "";
	fb_read_opts o = { .lossy = 1 };
	assert_int_equal(fb_doc_load(&d, "l.txt", "a\xFF" "b", 3, &o, err, sizeof err, warn, sizeof warn), 0);
	assert_string_equal(d.buf, "a\xEF\xBF\xBD" "b");
	assert_non_null(strstr(warn, "U+FFFD"));
	fb_doc_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_abbreviations),
		cmocka_unit_test(test_decimals_and_initials),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_question_inside_quote_continues),
		cmocka_unit_test(test_paragraphs_lines),
		cmocka_unit_test(test_paragraphs_blocks),
		cmocka_unit_test(test_unicode_breaks),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_bom_skipped),
		cmocka_unit_test(test_rejects),
		cmocka_unit_test(test_lossy),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
