/* test_template.c - the brief's template: the shipped file loads, values
 * parse, and every mistake is reported as "file:line: why". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fonts.h"
#include "template.h"
#include "util.h"

static fb_template *parse(const char *text, char *err, size_t n)
{
	err[0] = '\0';
	return fb_template_parse("templates/brief", text, strlen(text), err, n);
}

static void expect_error(const char *text, const char *want)
{
	char err[512];
	fb_template *t = parse(text, err, sizeof err);
	if (t) {
		fb_template_free(t);
		fail_msg("parsed, want error '%s'", want);
	}
	if (strstr(err, want) == NULL)
		fail_msg("error '%s' lacks '%s'", err, want);
}

static void test_shipped_template(void **state)
{
	char err[512];
	char *p = fb_xasprintf("%s/../templates/brief", FB_TEST_DIR);
	fb_template *t = fb_template_load(p, err, sizeof err);
	free(p);
	if (!t)
		fail_msg("%s", err);
	assert_float_equal(t->page_w, 595.276, 0.01);
	assert_float_equal(t->margin_left, 18 * 72 / 25.4, 0.01);
	assert_non_null(t->file_regular);
	assert_non_null(strstr(t->file_bold, ".ttf"));
	assert_string_equal(t->footer_right, "page {page} of {pages}");
	assert_int_equal(t->pdfa, FB_PDFA_3B);
	fb_template_free(t);
}

static void test_values(void **state)
{
	char err[512];
	fb_template *t = parse("# comment\n\npage = 600x800 # trailing\ncolor_conflict = #FF0000\n"
	                       "header = \"  {title} # not a comment \"\nmargin_top = 1in\r\npdfa = 1b\n", err, sizeof err);
	if (!t)
		fail_msg("%s", err);
	assert_float_equal(t->page_w, 600, 0.001);
	assert_float_equal(t->page_h, 800, 0.001);
	assert_float_equal(t->color_status[3].r, 1, 0.001);
	assert_float_equal(t->color_status[3].g, 0, 0.001);
	assert_string_equal(t->header, "  {title} # not a comment ");
	assert_float_equal(t->margin_top, 72, 0.001);
	assert_int_equal(t->pdfa, FB_PDFA_1B);
	fb_template_free(t);
	t = parse("page = letter\n", err, sizeof err);
	assert_non_null(t);
	assert_float_equal(t->page_h, 792, 0.001);
	fb_template_free(t);
}

static void test_errors_name_file_and_line(void **state)
{
	expect_error("page = A4\n\n# x\n\n\n\n\n\n\n\n\ncolour = #000000\n", "templates/brief:12: unknown key 'colour'");
	expect_error("page = 10x10\n", "templates/brief:1: impossible page size");
	expect_error("page = 99999x800\n", "templates/brief:1: impossible page size");
	expect_error("page = B52\n", "templates/brief:1: bad page size");
	expect_error("page = 200x200\nmargin_left = 40\nmargin_right = 40\n", "templates/brief:3: impossible page size");
	expect_error("size_body = 100\n", "templates/brief:1: bad font size");
	expect_error("\ncolor_text = red\n", "templates/brief:2: bad colour 'red'");
	expect_error("header = \"open\n", "templates/brief:1: unterminated string");
	expect_error("just words\n", "templates/brief:1: expected 'key = value'");
	expect_error("title_claims = a\ntitle_claims = b\n", "templates/brief:2: 'title_claims' already set on line 1");
	expect_error("pdfa = 2u\n", "templates/brief:1: bad pdfa");
}

static void test_missing_font(void **state)
{
	expect_error("\n\nfont_regular = No Such Font Family Xyzzy\n", "templates/brief:3: font 'No Such Font Family Xyzzy' not found");
	expect_error("font_mono = nowhere-at-all.ttf\n", "templates/brief:1: font file 'nowhere-at-all.ttf' not found");
}

static int ends_with(const char *s, const char *e)
{
	size_t n = strlen(s), m = strlen(e);
	return n >= m && strcmp(s + n - m, e) == 0;
}

/* One resolver for several names: the shipped names by their known paths,
 * any other through the one fontconfig set-up, which must still refuse a
 * family it does not have. */
static void test_font_resolver(void **state)
{
	char err[512];
	fb_fonts *f = fb_fonts_new();
	char *a = fb_fonts_resolve(f, "DejaVu Sans", "no-such-role", err, sizeof err);
	char *b = fb_fonts_resolve(f, "DejaVu Sans Mono:style=Book", "no-such-role", err, sizeof err);
	char *c = fb_fonts_resolve(f, "DejaVu Sans:weight=bold", "no-such-role", err, sizeof err);
	char *d = fb_fonts_resolve(f, "No Such Family Qq", "no-such-role", err, sizeof err);
	if (!a || !b || !c)
		fail_msg("%s", err);
	assert_true(ends_with(a, "/DejaVuSans.ttf"));
	assert_true(ends_with(b, "/DejaVuSansMono.ttf"));
	assert_true(ends_with(c, "/DejaVuSans-Bold.ttf"));
	assert_null(d);
	assert_non_null(strstr(err, "font 'No Such Family Qq' not found"));
	free(a), free(b), free(c);
	fb_fonts_free(f);
	fb_fonts_free(NULL);
}

static void test_load_missing_file(void **state)
{
	char err[512];
	assert_null(fb_template_load("/nonexistent/brief", err, sizeof err));
	assert_non_null(strstr(err, "/nonexistent/brief: cannot read template"));
}

static void test_expand(void **state)
{
	fb_tpl_vars v = { "T\xe2\x80\x99s", "2026-11-26", "abc", "a.txt", 2, 5 };
	char *s = fb_template_expand("{title}|{page}/{pages}|{date}|{sha256}|{file}|{nope}|{", &v);
	assert_string_equal(s, "T\xe2\x80\x99s|2/5|2026-11-26|abc|a.txt|{nope}|{");
	free(s);
}

/* The max_* limits: the shipped template's values are the built-in
 * defaults; whole numbers only, 0 allowed, a huge one refused. */
static void test_limits(void **state)
{
	char err[512];
	char *p = fb_xasprintf("%s/../templates/brief", FB_TEST_DIR);
	fb_template *shipped = fb_template_load(p, err, sizeof err);
	free(p);
	if (!shipped)
		fail_msg("%s", err);
	fb_template *def = parse("", err, sizeof err);
	if (!def)
		fail_msg("%s", err);
	assert_true(def->max_claims >= 100 && def->max_article_pages >= 50 && def->max_parts >= 5);
	assert_int_equal(shipped->max_claims, def->max_claims);
	assert_int_equal(shipped->max_sources, def->max_sources);
	assert_int_equal(shipped->max_conflicts, def->max_conflicts);
	assert_int_equal(shipped->max_article_pages, def->max_article_pages);
	assert_int_equal(shipped->max_parts, def->max_parts);
	assert_int_equal(shipped->max_list, def->max_list);
	assert_int_equal(shipped->max_text, def->max_text);
	fb_template_free(shipped);
	fb_template_free(def);
	fb_template *t = parse("max_claims = 0\nmax_sources = 7\nmax_conflicts = 3\nmax_article_pages = 2\n"
	                       "max_parts = 4\nmax_list = 5\nmax_text = 1000000000 # the largest\n", err, sizeof err);
	if (!t)
		fail_msg("%s", err);
	assert_int_equal(t->max_claims, 0);
	assert_int_equal(t->max_sources, 7);
	assert_int_equal(t->max_conflicts, 3);
	assert_int_equal(t->max_article_pages, 2);
	assert_int_equal(t->max_parts, 4);
	assert_int_equal(t->max_list, 5);
	assert_int_equal(t->max_text, 1000000000);
	fb_template_free(t);
	expect_error("max_claims = -1\n", "templates/brief:1: bad limit '-1' for max_claims");
	expect_error("\nmax_list = many\n", "templates/brief:2: bad limit 'many' for max_list");
	expect_error("max_text = 1000000001\n", "bad limit '1000000001' for max_text");
	expect_error("max_parts = 99999999999999999999999\n", "bad limit");
	expect_error("max_parts = 5x\n", "bad limit '5x'");
	expect_error("max_parts =\n", "bad limit '' for max_parts");
	expect_error("max_parts = 2\nmax_parts = 3\n", "'max_parts' already set on line 1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_template),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_errors_name_file_and_line),
		cmocka_unit_test(test_missing_font),
		cmocka_unit_test(test_font_resolver),
		cmocka_unit_test(test_load_missing_file),
		cmocka_unit_test(test_expand),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
