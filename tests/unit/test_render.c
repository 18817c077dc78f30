/* test_render.c - the PDF renderer: UTF-8 safe line breaking, quantity
 * formatting, libharu fixups, and a full render of the fixture record.
 * Run as `test_render --render RECORD ARTICLE OUT.pdf [TEMPLATE]` it is
 * also the tool the e2e script uses to render a hand-written record. */
#define _GNU_SOURCE /* memmem */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <libdeflate.h>
#include <zlib.h>

#include "hpdf_fixups.h"
#include "record.h"
#include "record_read.h"
#include "render.h"
#include "render_pdf.h"
#include "template.h"
#include "util.h"

/* Reads a whole file; fails the test if it cannot. Caller frees. */
static char *slurp(const char *path, size_t *len)
{
	fb_buf b = {0};
	if (fb_buf_read_file(&b, path) != 0) {
		fb_buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.p ? b.p : fb_xstrdup("");
}

/* The typed record of a tree; fails the test when it does not read. */
static fb_record *typed(const json_t *rec)
{
	char err[512];
	fb_record *r = fb_record_read(rec, err, sizeof err);
	if (!r)
		fail_msg("record: %s", err);
	return r;
}

/* Renders the record (a tree) as a PDF, with its text attached. */
static int render_tree(const json_t *rec, const char *art, size_t alen, const fb_template *t, fb_buf *out,
    char *err, size_t errlen)
{
	fb_record *r = typed(rec);
	char *js = fb_record_dump(rec); /* the text a brief attaches */
	fb_render_input in = { .record = r, .article = art, .article_len = alen, .record_json = js };
	int rc = fb_render_pdf(&in, t, out, err, errlen);
	free(js);
	fb_record_free(r);
	return rc;
}

/* Renders record+article with the template; returns 0 and the bytes. */
static int render_files(const char *recp, const char *artp, const char *tplp, fb_buf *out, char *err, size_t errlen)
{
	json_error_t je;
	json_t *rec = json_load_file(recp, 0, &je);
	if (!rec) {
		snprintf(err, errlen, "%s:%d: %s", recp, je.line, je.text);
		return -1;
	}
	size_t alen = 0;
	char *art = slurp(artp, &alen);
	fb_template *t = art ? fb_template_load(tplp, err, errlen) : NULL;
	int rc = -1;
	if (!art)
		snprintf(err, errlen, "%s: cannot read", artp);
	else if (t)
		rc = render_tree(rec, art, alen, t, out, err, errlen);
	fb_template_free(t);
	free(art);
	json_decref(rec);
	return rc;
}

/* ------------------------------------------------------------ line breaking */

/* Every byte is 1 unit wide, a UTF-8 character counts once: width is the
 * number of characters, so tests read like column counts. */
static float chars(void *ctx, const char *s, size_t n)
{
	float w = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			w += 1;
	return w;
}

static char *line_str(const char *s, const fb_line *l)
{
	fb_buf b = {0};
	fb_pdf_fold(s, l->start, l->end, &b);
	return b.p ? b.p : fb_xstrdup("");
}

static void expect_wrap(const char *s, float w, const char *const *want, size_t n)
{
	fb_line *ln;
	size_t got = fb_pdf_wrap(s, strlen(s), w, chars, NULL, &ln);
	for (size_t i = 0; i < got && i < n; i++) {
		char *t = line_str(s, &ln[i]);
		if (strcmp(t, want[i]) != 0)
			fail_msg("line %zu: got '%s', want '%s'", i, t, want[i]);
		free(t);
	}
	if (got != n)
		fail_msg("got %zu lines, want %zu", got, n);
	free(ln);
}

static void test_wrap_spaces(void **state)
{
	const char *w[] = { "the quick", "brown fox", "jumps" };
	expect_wrap("the quick brown fox jumps", 10, w, 3);
	const char *w2[] = { "a b", "c" };
	expect_wrap("  a \n b\t\tc  ", 3, w2, 2);
	fb_line *ln = NULL;
	assert_int_equal(fb_pdf_wrap("  \n ", 4, 10, chars, NULL, &ln), 0);
	free(ln);
}

static void test_wrap_long_word_utf8(void **state)
{
	/* 7 characters of 2 and 3 bytes, 3 per line: never split inside one. */
	const char *s = "éééé—ễЁ";
	const char *w[] = { "ééé", "é—ễ", "Ё" };
	expect_wrap(s, 3, w, 3);
	/* A word longer than a line among short ones. */
	const char *w2[] = { "ab", "cdefg", "hijk" };
	expect_wrap("ab cdefghijk", 5, w2, 3);
	/* Narrower than one character: still one character per line. */
	const char *w3[] = { "ё", "ё" };
	expect_wrap("ёё", 0.5f, w3, 2);
}

/* A word longer than the line breaks after a hyphen when one fits. */
static void test_wrap_hyphen(void **state)
{
	const char *w[] = { "ambiguous-", "mention" };
	expect_wrap("ambiguous-mention", 12, w, 2);
	const char *w2[] = { "roles-", "differ,", "aliases-", "merged" };
	expect_wrap("roles-differ, aliases-merged", 9, w2, 4);
	/* Fits whole: no break at the hyphen. */
	const char *w3[] = { "five-storey" };
	expect_wrap("five-storey", 11, w3, 1);
	/* No hyphen that fits: characters, as before. */
	const char *w4[] = { "abcd", "-efg" };
	expect_wrap("abcd-efg", 4, w4, 2);
}

/* Counts the characters measured: breaking a long word must measure about
 * a line's worth per line, not the rest of the word each time. */
static size_t measured, budget;
static float counting(void *ctx, const char *s, size_t n)
{
	measured += n;
	if (measured > budget) /* fails at once, not after a quadratic while */
		fail_msg("measured more than %zu bytes: not linear", budget);
	return chars(ctx, s, n);
}

static void check_long_word(const char *unit, size_t reps, float w, size_t want_lines)
{
	size_t ul = strlen(unit), n = ul * reps;
	char *s = fb_xmalloc(n + 1);
	for (size_t i = 0; i < reps; i++)
		memcpy(s + i * ul, unit, ul);
	s[n] = '\0';
	fb_line *ln = NULL;
	measured = 0;
	budget = 8 * n; /* a few measurings of each byte (it was n * n / w) */
	size_t got = fb_pdf_wrap(s, n, w, counting, NULL, &ln);
	if (got != want_lines)
		fail_msg("'%s' x %zu: got %zu lines, want %zu", unit, reps, got, want_lines);
	/* every byte in exactly one line, in order, none wider than w */
	size_t at = 0;
	for (size_t i = 0; i < got; i++) {
		assert_int_equal(ln[i].start, at);
		assert_true(ln[i].end > ln[i].start);
		assert_true(chars(NULL, s + ln[i].start, ln[i].end - ln[i].start) <= w);
		at = ln[i].end;
	}
	assert_int_equal(at, n);
	free(ln);
	free(s);
}

static void test_wrap_long_word_linear(void **state)
{
	check_long_word("x", 1000000, 50, 20000);   /* one 1,000,000-character word */
	check_long_word("ab-", 200000, 50, 12500);  /* hyphens all along: lines of 16 "ab-" */
	check_long_word("\xc3\xa9", 300000, 40, 7500); /* two bytes a character */
}

static void test_wrap_curly_quotes_kept(void **state)
{
	const char *w[] = { "“Two workers,”", "she said —", "café" };
	expect_wrap("“Two workers,” she said — café", 14, w, 3);
}

/* ---------------------------------------------------------- value formats */

/* A record of one claim with quantity q (a tree, taken), read typed. */
static fb_record *claim_with(json_t *q)
{
	json_t *rec = json_pack("{s:[{s:s, s:o}]}", "claims", "id", "C1", "quantity", q);
	fb_record *r = typed(rec);
	json_decref(rec);
	return r;
}

static void expect_q(const char *json, const char *want)
{
	json_error_t je;
	json_t *q = json_loads(json, 0, &je);
	assert_non_null(q);
	fb_record *r = claim_with(q);
	char *s = fb_pdf_format_quantity(r->claims[0].quantity);
	if (strcmp(s, want) != 0)
		fail_msg("%s: got '%s', want '%s'", json, s, want);
	free(s);
	fb_record_free(r);
}

static void test_format_quantity(void **state)
{
	expect_q("{\"value\":null,\"min\":4,\"max\":null,\"unit\":\"person\"}", "≥ 4");
	expect_q("{\"value\":5,\"min\":5,\"max\":5,\"unit\":\"person\",\"parts\":[{\"value\":2},{\"value\":2},{\"value\":1}]}",
	    "5 (2 + 2 + 1)");
	expect_q("{\"value\":null,\"min\":null,\"max\":3,\"unit\":\"hour\",\"kind\":\"duration\"}", "≤ 3 h");
	expect_q("{\"value\":null,\"min\":900,\"max\":null,\"min_open\":true}", "> 900");
	expect_q("{\"value\":null,\"min\":null,\"max\":10,\"max_open\":true}", "< 10");
	expect_q("{\"surface\":\"several\",\"value\":null,\"min\":null,\"max\":null,\"vague\":true}", "several");
	expect_q("{\"value\":40,\"approx\":true,\"unit\":\"percent\"}", "≈ 40%");
	expect_q("{\"value\":null,\"min\":null,\"max\":6,\"approx\":true,\"unit\":\"hour\"}", "≈ 6 h");
	expect_q("{\"value\":null,\"min\":2,\"max\":3,\"unit\":\"hour\"}", "2–3 h");
	expect_q("{\"value\":1200000,\"unit\":\"USD\",\"kind\":\"money\"}", "$1,200,000");
	expect_q("{\"value\":2.5,\"unit\":\"storey\",\"kind\":\"measure\"}", "2.5 storey");
	expect_q("{\"value\":3,\"kind\":\"ordinal\"}", "3rd");
	expect_q("{\"value\":12,\"kind\":\"ordinal\"}", "12th");
	expect_q("{\"value\":101,\"kind\":\"ordinal\"}", "101st");
	expect_q("{\"value\":1e26,\"kind\":\"ordinal\"}", "1e+26"); /* past long long: no suffix */
	/* dates and times as written, never as a count of years */
	expect_q("{\"surface\":\"1987\",\"value\":1987,\"unit\":\"year\",\"kind\":\"date\"}", "1987");
	expect_q("{\"surface\":\"10:30 pm\",\"value\":null,\"kind\":\"time\"}", "10:30 pm");
	char *s = fb_pdf_format_quantity(NULL);
	assert_string_equal(s, "—");
	free(s);
}

/* A long enumeration lists max_parts parts, then how many more. */
static void test_format_quantity_parts_cap(void **state)
{
	json_t *parts = json_array();
	for (int i = 0; i < 200000; i++)
		json_array_append_new(parts, json_pack("{s:i}", "value", 2));
	fb_record *r = claim_with(json_pack("{s:i, s:s, s:o}", "value", 400000, "unit", "person", "parts", parts));
	const fb_rec_quantity *q = r->claims[0].quantity;
	char *s = fb_pdf_format_quantity(q);
	fb_buf want = {0};
	fb_buf_puts(&want, "400,000 (2");
	for (int i = 1; i < FB_PDF_MAX_PARTS; i++)
		fb_buf_puts(&want, " + 2");
	fb_buf_puts(&want, " + … 199,980 more parts)");
	assert_string_equal(s, want.p);
	free(s);
	s = fb_pdf_format_quantity_max(q, 1);
	assert_string_equal(s, "400,000 (2 + … 199,999 more parts)");
	free(s);
	s = fb_pdf_format_quantity_max(q, 0); /* none listed */
	assert_string_equal(s, "400,000");
	free(s);
	fb_buf_free(&want);
	fb_record_free(r);
	/* at the limit: all listed, nothing said */
	expect_q("{\"value\":3,\"parts\":[{\"value\":1},{\"value\":1},{\"value\":1}]}", "3 (1 + 1 + 1)");
	r = claim_with(json_loads("{\"value\":3,\"parts\":[{\"value\":1},{\"value\":1},{\"value\":1}]}", 0, NULL));
	s = fb_pdf_format_quantity_max(r->claims[0].quantity, 2);
	assert_string_equal(s, "3 (1 + 1 + … 1 more part)");
	free(s);
	fb_record_free(r);
}

static char *tpl_path(void);

/* ------------------------------------------------------------------ fixups */

static void test_tounicode_cmap(void **state)
{
	unsigned char used[8192] = {0};
	const unsigned cps[] = { 'A', 'B', 'C', 'Z', 0x2019, 0x1ec5, 0x0401, 0x00ff, 0x0100 };
	for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++)
		used[cps[i] >> 3] |= (unsigned char)(1u << (cps[i] & 7));
	fb_buf b = {0};
	fb_hpdf_tounicode_cmap(used, &b);
	assert_null(strstr(b.p, "cidrange"));
	assert_non_null(strstr(b.p, "1 beginbfrange\n<0041> <0043> <0041>\nendbfrange"));
	assert_non_null(strstr(b.p, "<2019> <2019>"));
	assert_non_null(strstr(b.p, "<1EC5> <1EC5>"));
	/* 00FF and 0100 are consecutive but a range may not cross a high byte. */
	assert_non_null(strstr(b.p, "<00FF> <00FF>"));
	assert_non_null(strstr(b.p, "<0100> <0100>"));
	assert_non_null(strstr(b.p, "/Ordering (UCS)"));
	fb_buf_free(&b);
}

/* A document with a page and the template's regular font, as the brief
 * makes them, its streams to be deflated when compress is set. */
typedef struct font_doc {
	fb_template *t;
	fb_ttf *ttf;
	HPDF_Doc pdf;
	HPDF_Font f;
	HPDF_Page pg;
} font_doc;

static void font_doc_open(font_doc *d, int compress)
{
	char err[512];
	char *tp = tpl_path();
	d->t = fb_template_load(tp, err, sizeof err);
	free(tp);
	if (!d->t)
		fail_msg("%s", err);
	d->ttf = fb_ttf_open(d->t->file_regular, err, sizeof err);
	if (!d->ttf)
		fail_msg("%s", err);
	d->pdf = HPDF_New(NULL, NULL);
	if (compress)
		HPDF_SetCompressionMode(d->pdf, HPDF_COMP_ALL);
	d->f = fb_hpdf_font_new(d->pdf, d->t->file_regular);
	assert_non_null(d->f);
	d->pg = HPDF_AddPage(d->pdf);
}

static void font_doc_close(font_doc *d)
{
	HPDF_Free(d->pdf);
	fb_ttf_free(d->ttf);
	fb_template_free(d->t);
}

/* Sets in used (8192 bytes) the bit of every code point of UTF-8 s. */
static void mark_used(unsigned char *used, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		size_t l = 1;
		unsigned cp = fb_utf8_decode(s, n, i, &l);
		used[cp >> 3] |= (unsigned char)(1u << (cp & 7));
		i += l ? l : 1;
	}
}

/* The number of glyphs (maxp) of the first embedded font program in b
 * (uncompressed: after "/Length1"), or -1. */
static int embedded_glyphs(const fb_buf *b)
{
	const char *l1 = memmem(b->p, b->len, "/Length1", 8);
	const char *d = l1 ? memmem(l1, b->len - (size_t)(l1 - b->p), "stream\r\n", 8) : NULL;
	if (!d)
		return -1;
	const unsigned char *f = (const unsigned char *)d + 8;
	unsigned nt = (unsigned)f[4] << 8 | f[5];
	for (unsigned i = 0; i < nt; i++) {
		const unsigned char *e = f + 12 + 16 * i;
		if (!memcmp(e, "maxp", 4)) {
			size_t off = (size_t)e[8] << 24 | (size_t)e[9] << 16 | (size_t)e[10] << 8 | e[11];
			return f[off + 4] << 8 | f[off + 5];
		}
	}
	return -1;
}

/* The document saved, its bytes appended to b. */
static void saved_pdf(HPDF_Doc pdf, fb_buf *b)
{
	assert_int_equal(fb_hpdf_save(pdf, b), 0);
}

/* A small uncompressed document with our font: everything libharu 2.3.0's
 * TrueType fonts got wrong is right in the bytes; and the link fixups. */
static void test_font_in_document(void **state)
{
	char err[512];
	font_doc d;
	font_doc_open(&d, 0);
	HPDF_Doc pdf = d.pdf;
	HPDF_Page pg = d.pg;
	HPDF_Font f = d.f;
	const char *text = "Nguy\xe1\xbb\x85n \xe2\x80\x9cok\xe2\x80\x9d";
	HPDF_Page_BeginText(pg);
	fb_hpdf_set_font(pg, f, 12);
	fb_hpdf_show_text(pg, 50, 700, text, strlen(text));
	HPDF_Page_EndText(pg);
	HPDF_Rect r = { 10, 10, 50, 50 };
	HPDF_Annotation an = HPDF_Page_CreateLinkAnnot(pg, r, HPDF_Page_CreateDestination(pg));
	fb_hpdf_annot_printable(an);
	fb_hpdf_set_dest(an, pg, 0, 500);
	unsigned char used[8192] = {0};
	mark_used(used, text);
	assert_int_equal(fb_hpdf_font_embed(f, d.ttf, "regular", used, err, sizeof err), 0);
	assert_int_equal(fb_hpdf_font_embed(f, d.ttf, "regular", used, err, sizeof err), -1); /* once */
	assert_non_null(strstr(err, "embedded already"));
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	/* Search the bytes (they hold NULs: memmem, not strstr). */
	assert_null(memmem(b.p, b.len, "begincidrange", 13));        /* ToUnicode */
	assert_non_null(memmem(b.p, b.len, "<1EC5> <1EC5>", 13));
	assert_null(memmem(b.p, b.len, "(Identity-H)", 12));         /* CIDSystemInfo */
	assert_non_null(memmem(b.p, b.len, "/Ordering (Identity)", 20));
	assert_non_null(memmem(b.p, b.len, "/Encoding /Identity-H", 21));
	assert_non_null(memmem(b.p, b.len, "/CIDSet", 7));               /* subset */
	assert_non_null(memmem(b.p, b.len, "/FontFile2", 10));
	assert_non_null(memmem(b.p, b.len, "/F 4", 4));                  /* printable link */
	assert_non_null(memmem(b.p, b.len, "/XYZ 0 500 null", 15));      /* direct dest, null zoom */
	/* A subset name: six capitals, '+', the PostScript name. */
	const char *bf = memmem(b.p, b.len, "/BaseFont /", 11);
	assert_non_null(bf);
	for (int i = 0; i < 6; i++)
		assert_true(bf[11 + i] >= 'A' && bf[11 + i] <= 'Z');
	assert_int_equal(bf[17], '+');
	assert_true(bf[18] > 0x20 && bf[18] < 0x7f && !strchr("()<>[]{}/%#", bf[18]));
	/* The parts of composite glyphs too: .notdef, 9 distinct characters
	 * (space, N g u y e-circumflex-tilde n, quotes, o k: 11 glyphs), and
	 * the parts of ễ. */
	int ng = embedded_glyphs(&b);
	assert_true(ng > 12);
	assert_true(ng < 40);
	fb_buf_free(&b);
	font_doc_close(&d);
}

/* Our metrics agree with libharu's for every character a brief may draw
 * (layout measures with ours, libharu and viewers use /W). */
static void test_ttf_widths_match_libharu(void **state)
{
	char err[512];
	char *tp = tpl_path();
	fb_template *t = fb_template_load(tp, err, sizeof err);
	free(tp);
	if (!t)
		fail_msg("%s", err);
	const char *files[3] = { t->file_regular, t->file_bold, t->file_mono };
	for (int f = 0; f < 3; f++) {
		fb_ttf *ttf = fb_ttf_open(files[f], err, sizeof err);
		if (!ttf)
			fail_msg("%s", err);
		HPDF_Doc pdf = HPDF_New(NULL, NULL);
		HPDF_UseUTFEncodings(pdf);
		HPDF_Font font = HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, files[f], HPDF_TRUE), "UTF-8");
		const char *s = "Aa 0,.\xe2\x80\x9c\xe2\x80\x9d\xe2\x80\x94\xe2\x89\xa5\xc3\xa9\xe1\xbb\x85\xd0\x81\xe2\x82\xac\xc2\xb6\xef\xbf\xbd";
		size_t n = strlen(s);
		HPDF_TextWidth hw = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s, (HPDF_UINT)n);
		assert_int_equal(fb_ttf_text_width(ttf, s, n), (long)hw.width);
		for (size_t i = 0; i < n;) {
			size_t l = 1;
			unsigned cp = fb_utf8_decode(s, n, i, &l);
			HPDF_TextWidth one = HPDF_Font_TextWidth(font, (const HPDF_BYTE *)s + i, (HPDF_UINT)l);
			if (fb_ttf_width(ttf, cp) != (int)one.width)
				fail_msg("%s: U+%04X: ours %d, libharu %u", files[f], cp, fb_ttf_width(ttf, cp), (unsigned)one.width);
			i += l;
		}
		HPDF_Free(pdf);
		fb_ttf_free(ttf);
	}
	fb_template_free(t);
}

/* fb_hpdf_show_text: relative moves, UTF-16BE codes, escapes. */
static void test_show_text(void **state)
{
	font_doc d;
	font_doc_open(&d, 0);
	HPDF_Doc pdf = d.pdf;
	HPDF_Page pg = d.pg;
	HPDF_Font f = d.f;
	HPDF_Page_BeginText(pg);
	HPDF_Page_SetFontAndSize(pg, f, 10);
	fb_hpdf_show_text(pg, 50, 700.004f, "a(\\)", 4);
	fb_hpdf_show_text(pg, 50, 687.5f, "\xc4\x8a\xc3\xa9", 4); /* U+010A (a byte 0x0A), é */
	HPDF_Page_EndText(pg);
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	static const char want1[] = "50.00 700.00 Td (\0a\0\\(\0\\\\\0\\)) Tj\n";
	static const char want2[] = "0.00 -12.50 Td (\001\\n\0\xe9) Tj\n";
	assert_non_null(memmem(b.p, b.len, want1, sizeof want1 - 1));
	assert_non_null(memmem(b.p, b.len, want2, sizeof want2 - 1));
	fb_buf_free(&b);
	font_doc_close(&d);
}

/* Our writes (fb_hpdf_show_text, fb_hpdf_set_fill) and libharu's own
 * interleaved over many 4 KB chunks of the page's stream: the contents
 * are exactly what was written, in order. */
static void test_stream_writes(void **state)
{
	font_doc d;
	font_doc_open(&d, 0);
	HPDF_Doc pdf = d.pdf;
	HPDF_Page pg = d.pg;
	HPDF_Font f = d.f;
	fb_buf want = {0};
	HPDF_Page_BeginText(pg);
	fb_buf_puts(&want, "BT\n");
	fb_hpdf_set_font(pg, f, 10);
	fb_buf_puts(&want, "/F1 10 Tf\n");
	for (int i = 0; i < 700; i++) {
		fb_hpdf_show_text(pg, 50, 700 - (float)i, "ab(", 3);
		fb_buf_puts(&want, i ? "0.00 -1.00 Td (" : "50.00 700.00 Td (");
		static const char abp[] = "\0a\0b\0\\() Tj\n";
		fb_buf_put(&want, abp, sizeof abp - 1);
		if (i % 3 == 0) {
			HPDF_Page_SetCharSpace(pg, 0.5f);
			fb_buf_puts(&want, "0.5 Tc\n");
		}
		if (i % 5 == 0) {
			fb_hpdf_set_fill(pg, 0.25f, 0.5f, 1);
			fb_buf_puts(&want, "0.25 0.5 1 rg\n");
		}
	}
	HPDF_Page_EndText(pg);
	fb_buf_puts(&want, "ET\n");
	assert_int_equal(HPDF_GetError(pdf), HPDF_OK);
	assert_true(want.len > 3 * 4096);
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	const char *c = memmem(b.p, b.len, "stream\r\nBT\n", 11);
	assert_non_null(c);
	c += 8;
	assert_true((size_t)(b.p + b.len - c) > want.len);
	assert_memory_equal(c, want.p, want.len);
	assert_memory_equal(c + want.len, "\nendstream", 10);
	fb_buf_free(&b), fb_buf_free(&want);
	font_doc_close(&d);
}

/* fb_hpdf_set_fill, fb_hpdf_set_font, fb_hpdf_rectangle: the operators
 * libharu would write, and libharu's own state kept as its calls keep it;
 * outside their graphics mode they leave the error to libharu. */
static void test_direct_ops(void **state)
{
	font_doc d;
	font_doc_open(&d, 0);
	HPDF_Doc pdf = d.pdf;
	HPDF_Page pg = d.pg;
	HPDF_Font f = d.f;
	fb_hpdf_set_fill(pg, 0.5f, 0.69804f, 1);
	HPDF_RGBColor c = HPDF_Page_GetRGBFill(pg);
	assert_true(c.r == 0.5f && c.g == 0.69804f && c.b == 1);
	fb_hpdf_rectangle(pg, 51.02362f, 10, 2.5f, 79.19495f);
	assert_int_equal(HPDF_Page_GetGMode(pg), HPDF_GMODE_PATH_OBJECT);
	HPDF_Page_Fill(pg);
	fb_hpdf_set_font(pg, f, 0); /* no such size: libharu says so */
	assert_true(HPDF_GetError(pdf) != HPDF_OK);
	HPDF_ResetError(pdf);
	fb_hpdf_set_fill(pg, 2, 0, 0); /* nor such a colour */
	assert_true(HPDF_GetError(pdf) != HPDF_OK);
	HPDF_ResetError(pdf);
	HPDF_Page_BeginText(pg);
	fb_hpdf_set_font(pg, f, 9.975f);
	assert_ptr_equal(HPDF_Page_GetCurrentFont(pg), f);
	assert_true(HPDF_Page_GetCurrentFontSize(pg) == 9.975f);
	fb_hpdf_show_text(pg, 50, 700, "x", 1);
	HPDF_Page_EndText(pg);
	assert_int_equal(HPDF_GetError(pdf), HPDF_OK);
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	static const char *const want[] = {
		"0.5 0.69804 1 rg\n", "51.02362 10 2.5 79.19495 re\nf\n", "/F1 9.975 Tf\n", "/Font <<\n/F1 ",
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (!memmem(b.p, b.len, want[i], strlen(want[i])))
			fail_msg("no '%s' in the PDF", want[i]);
	fb_buf_free(&b);
	font_doc_close(&d);
}

/* A page with some drawing, its contents to be deflated. */
static HPDF_Doc doc_with_streams(void)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_Page pg = HPDF_AddPage(pdf);
	for (int i = 0; i < 400; i++) {
		HPDF_Page_SetRGBFill(pg, (float)(i % 7) / 7, 0.5f, 0.25f);
		HPDF_Page_Rectangle(pg, (float)(i % 50), (float)(i / 50), 10, 10);
		HPDF_Page_Fill(pg);
	}
	return pdf;
}

/* The first stream after "/Filter ..." in b (the page's contents: the only
 * filtered stream), inflated into out. */
static void inflated_after(const fb_buf *b, const char *filter, fb_buf *out)
{
	const char *f = memmem(b->p, b->len, filter, strlen(filter));
	assert_non_null(f);
	const char *d = memmem(f, b->len - (size_t)(f - b->p), "stream\r\n", 8);
	assert_non_null(d);
	d += 8;
	struct libdeflate_decompressor *z = libdeflate_alloc_decompressor();
	size_t used = 0, got = 0;
	char *to = fb_buf_reserve(out, 1 << 20);
	assert_int_equal(libdeflate_zlib_decompress_ex(z, d, b->len - (size_t)(d - b->p), to, 1 << 20, &used, &got),
	    LIBDEFLATE_SUCCESS);
	out->len = got;
	libdeflate_free_decompressor(z);
}

/* fb_hpdf_save gives the bytes libharu's own reader gives. */
/* A page of many rectangles, uncompressed: several 4 KB chunks. */
static HPDF_Doc doc_of_rectangles(void)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_Page pg = HPDF_AddPage(pdf);
	for (int i = 0; i < 1500; i++) {
		HPDF_Page_Rectangle(pg, (float)(i % 50), (float)(i / 50), 10, 10);
		HPDF_Page_Fill(pg);
	}
	return pdf;
}

/* fb_hpdf_save writes the bytes libharu's own save would, straight into
 * the buffer (issue 18: not into libharu's memory stream, then copied). */
static void test_save(void **state)
{
	HPDF_Doc pdf = doc_of_rectangles(), other = doc_of_rectangles();
	fb_buf ours = {0}, theirs = {0};
	assert_int_equal(fb_hpdf_save(pdf, &ours), 0);
	assert_int_equal(HPDF_SaveToStream(other), HPDF_OK);
	for (;;) {
		HPDF_BYTE chunk[1000]; /* small reads: several calls */
		HPDF_UINT32 k = sizeof chunk;
		HPDF_STATUS st = HPDF_ReadFromStream(other, chunk, &k);
		fb_buf_put(&theirs, (const char *)chunk, k);
		if (st != HPDF_OK)
			break;
	}
	assert_true(ours.len > 3 * 4096);
	assert_int_equal(ours.len, theirs.len);
	assert_memory_equal(ours.p, theirs.p, ours.len);
	assert_memory_equal(ours.p, "%PDF-", 5);
	/* the document holds no second copy: its stream is ours, no memory
	 * stream */
	assert_int_equal(pdf->stream->type, HPDF_STREAM_CALLBACK);
	fb_buf_free(&ours), fb_buf_free(&theirs);
	HPDF_Free(pdf);
	HPDF_Free(other);
}

/* fb_hpdf_deflate_streams: the same content as libharu's own deflate, the
 * filter named once (as a name, not libharu's array), smaller, a bad
 * level refused. */
static void test_deflate_streams(void **state)
{
	char err[256];
	HPDF_Doc a = doc_with_streams(), b = doc_with_streams();
	fb_buf sa = {0}, sb = {0}, ia = {0}, ib = {0};
	saved_pdf(a, &sa);
	assert_int_equal(fb_hpdf_deflate_streams(b, 6, err, sizeof err), 0);
	saved_pdf(b, &sb);
	assert_null(memmem(sb.p, sb.len, "[ /FlateDecode ]", 16));
	inflated_after(&sa, "/Filter [ /FlateDecode ]", &ia);
	inflated_after(&sb, "/Filter /FlateDecode", &ib);
	assert_true(ia.len > 4000);
	assert_int_equal(ia.len, ib.len);
	assert_memory_equal(ia.p, ib.p, ia.len);
	assert_true(sb.len < sa.len);
	assert_int_equal(fb_hpdf_deflate_streams(b, 13, err, sizeof err), -1);
	assert_non_null(strstr(err, "level 13"));
	fb_buf_free(&sa), fb_buf_free(&sb), fb_buf_free(&ia), fb_buf_free(&ib);
	HPDF_Free(a), HPDF_Free(b);
}

/* With a font: its ToUnicode, CIDToGIDMap, program and CIDSet are
 * deflated once each, and no stream is left for libharu's zlib pass. */
static void test_deflate_streams_font(void **state)
{
	char err[512];
	font_doc d;
	font_doc_open(&d, 1);
	HPDF_Doc pdf = d.pdf;
	HPDF_Page pg = d.pg;
	HPDF_Font f = d.f;
	HPDF_Page_BeginText(pg);
	fb_hpdf_set_font(pg, f, 10);
	fb_hpdf_show_text(pg, 50, 700, "A\xc3\xa9", 3);
	HPDF_Page_EndText(pg);
	unsigned char used[8192] = {0};
	used['A' >> 3] |= 1u << ('A' & 7);
	used[0xe9 >> 3] |= 1u << (0xe9 & 7);
	if (fb_hpdf_font_embed(f, d.ttf, "regular", used, err, sizeof err) != 0)
		fail_msg("%s", err);
	assert_int_equal(fb_hpdf_deflate_streams(pdf, 6, err, sizeof err), 0);
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	assert_null(memmem(b.p, b.len, "[ /FlateDecode ]", 16));
	int n = 0, cmap = 0, font = 0, map = 0;
	for (const char *p = b.p; (p = memmem(p, b.len - (size_t)(p - b.p), "/Filter /FlateDecode", 20)); p++, n++) {
		fb_buf one = {0}, rest = { (char *)p, b.len - (size_t)(p - b.p), 0 };
		inflated_after(&rest, "/Filter /FlateDecode", &one);
		cmap += memmem(one.p, one.len, "beginbfrange", 12) != NULL || memmem(one.p, one.len, "beginbfchar", 11) != NULL;
		font += one.len > 12 && memcmp(one.p, "\0\1\0\0", 4) == 0;
		map += one.len == 2 * (0xe9 + 1); /* CIDToGIDMap up to the last code used */
		fb_buf_free(&one);
	}
	assert_true(n >= 5); /* contents, ToUnicode, CIDToGIDMap, FontFile2, CIDSet */
	assert_int_equal(cmap, 1);
	assert_int_equal(font, 1);
	assert_int_equal(map, 1);
	fb_buf_free(&b);
	font_doc_close(&d);
}

/* Info entries and bookmark titles in UTF-8: ASCII as literal strings
 * (escaped), anything else UTF-16BE with its byte order mark. */
/* A text past the one-call size is deflated a piece at a time: the stream
 * inflates to the text, the caller is told after each piece how much was
 * taken (rising, ending at the whole), and up to that size the bytes are
 * fb_pdf_deflate's own. */
typedef struct { size_t calls, last; int rising; } behind_log;

static void log_behind(void *arg, size_t done)
{
	behind_log *l = arg;
	if (done <= l->last)
		l->rising = 0;
	l->last = done;
	l->calls++;
}

static void test_deflate_in_pieces(void **state)
{
	(void)state;
	size_t n = 3u << 20;
	char *text = malloc(n);
	assert_non_null(text);
	uint32_t x = 12345;
	for (size_t i = 0; i < n; i++) { /* words of a few letters: compressible, not trivially */
		x = x * 1103515245u + 12345u;
		text[i] = (x >> 16) % 7 == 0 ? ' ' : (char)('a' + (x >> 20) % 12);
	}
	fb_buf z = { 0 };
	behind_log l = { 0, 0, 1 };
	assert_int_equal(fb_pdf_deflate_behind(text, n, 6, 0, &z, log_behind, &l), 0);
	assert_true(l.calls >= 3); /* one a megabyte */
	assert_true(l.rising);
	assert_int_equal(l.last, n);
	assert_true(z.len > 0 && z.len < n);
	char *back = malloc(n + 1);
	uLongf blen = n + 1;
	assert_int_equal(uncompress((Bytef *)back, &blen, (const Bytef *)z.p, z.len), Z_OK);
	assert_int_equal(blen, n);
	assert_memory_equal(back, text, n);

	/* within the one-call size: libdeflate's bytes, no call back */
	fb_buf one = { 0 }, whole = { 0 };
	behind_log l2 = { 0, 0, 1 };
	assert_int_equal(fb_pdf_deflate_behind(text, n, 6, n, &one, log_behind, &l2), 0);
	assert_int_equal(fb_pdf_deflate(text, n, 6, &whole), 0);
	assert_int_equal(l2.calls, 0);
	assert_int_equal(one.len, whole.len);
	assert_memory_equal(one.p, whole.p, one.len);
	fb_buf_free(&z), fb_buf_free(&one), fb_buf_free(&whole);
	free(back), free(text);
}

static void test_info_and_outline_text(void **state)
{
	HPDF_Doc pdf = HPDF_New(NULL, NULL);
	HPDF_Page pg = HPDF_AddPage(pdf);
	assert_int_equal(fb_hpdf_set_info(pdf, HPDF_INFO_TITLE, "Caf\xc3\xa9 \xe2\x80\x9cnews\xe2\x80\x9d"), 0);
	assert_int_equal(fb_hpdf_set_info(pdf, HPDF_INFO_AUTHOR, "factbrief (test)"), 0);
	assert_int_equal(fb_hpdf_set_info(pdf, HPDF_INFO_TRAPPED, "x"), -1);
	HPDF_Outline o = fb_hpdf_outline(pdf, NULL, "Sources");
	assert_non_null(o);
	HPDF_Outline_SetDestination(o, HPDF_Page_CreateDestination(pg));
	assert_non_null(fb_hpdf_outline(pdf, o, "G1: Killed \xe2\x80\x94 people"));
	assert_int_equal(HPDF_GetError(pdf), HPDF_OK);
	fb_buf b = {0};
	saved_pdf(pdf, &b);
	static const char *const want[] = {
		"/Title <FEFF00430061006600E90020201C006E006500770073201D>",
		"/Author (factbrief \\050test\\051)", /* libharu escapes in octal */
		"/Title (Sources)",
		"/Title <FEFF00470031003A0020004B0069006C006C0065006400202014002000700065006F0070006C0065>",
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (!strcasestr(b.p, want[i]))
			fail_msg("no '%s' in the PDF", want[i]);
	fb_buf_free(&b);
	HPDF_Free(pdf);
}

static void test_xml_escape(void **state)
{
	fb_buf b = {0};
	fb_xml_escape("Tom & \"Jerry\" <b>'s\x01", &b);
	assert_string_equal(b.p, "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s ");
	fb_buf_free(&b);
}

/* ------------------------------------------------------------- full render */

static char *tpl_path(void)
{
	return fb_xasprintf("%s/../templates/brief", FB_TEST_DIR);
}

static void test_render_fixture(void **state)
{
	char err[512] = "";
	fb_buf out = {0};
	char *tp = tpl_path();
	int rc = render_files(FB_TEST_DIR "/fixtures/sample.record.json", FB_TEST_DIR "/fixtures/sample.txt", tp, &out, err, sizeof err);
	free(tp);
	if (rc != 0)
		fail_msg("render: %s", err);
	assert_true(out.len > 1000);
	assert_memory_equal(out.p, "%PDF-", 5);
	assert_non_null(strstr(out.p + out.len - 32, "%%EOF"));
	fb_buf_free(&out);
}

/* An empty record (no claims, no paragraphs) still renders. */
static void test_render_empty(void **state)
{
	char err[512] = "";
	char *tp = tpl_path();
	fb_template *t = fb_template_load(tp, err, sizeof err);
	free(tp);
	if (!t)
		fail_msg("%s", err);
	json_t *rec = json_pack("{s:s, s:{s:s, s:s, s:s, s:i}, s:[], s:[], s:[], s:[], s:{}}",
	    "generated", "2026-01-02T03:04:05Z", "input", "path", "empty.txt", "title", "", "sha256", "00", "bytes", 0,
	    "paragraphs", "sources", "claims", "groups", "summary");
	fb_buf out = {0};
	if (render_tree(rec, "", 0, t, &out, err, sizeof err) != 0)
		fail_msg("%s", err);
	assert_memory_equal(out.p, "%PDF-", 5);
	fb_buf_free(&out);
	json_decref(rec);
	fb_template_free(t);
}

/* Pages in a saved brief (libharu writes page objects uncompressed). */
static size_t count_pages(const fb_buf *b)
{
	size_t n = 0;
	for (const char *p = b->p; (p = memmem(p, b->len - (size_t)(p - b->p), "/Type /Page", 11)) != NULL; p += 11)
		n += p[11] != 's';
	return n;
}

/* A record far past every limit: the brief keeps to the template's
 * limits (few pages), the same record with the limits lifted does not. */
static void test_render_limits(void **state)
{
	char err[512] = "";
	enum { NP = 3000 };
	fb_buf art = {0};
	json_t *paras = json_array(), *claims = json_array(), *srcs = json_array(), *mentions = json_array();
	json_t *pairs = json_array();
	for (int i = 0; i < NP; i++) {
		size_t a = art.len;
		fb_buf_printf(&art, "Speaker %d said %d boats sank near the harbour wall.\n\n", i, i % 9 + 2);
		json_array_append_new(paras, json_pack("{s:i, s:i, s:i}", "n", i + 1, "start", (int)a, "end", (int)art.len - 2));
		char id[16];
		snprintf(id, sizeof id, "C%d", i + 1);
		json_array_append_new(claims, json_pack("{s:s, s:i, s:s, s:s, s:s, s:{s:i, s:s, s:i, s:i}}", "id", id,
		    "paragraph", i + 1, "text", "boats sank near the harbour wall", "status", "conflict", "source", "S1",
		    "quantity", "value", i % 9 + 2, "unit", "boat", "start", (int)a + 16, "end", (int)a + 17));
		json_array_append_new(mentions, json_pack("{s:i}", "paragraph", i + 1));
		char sid[16], name[32];
		snprintf(sid, sizeof sid, "S%d", i + 1);
		snprintf(name, sizeof name, "Speaker %d", i);
		json_array_append_new(srcs, json_pack("{s:s, s:s, s:s, s:[s]}", "id", sid, "name", name, "kind", "person",
		    "roles", "witness"));
		if (i)
			json_array_append_new(pairs, json_pack("{s:s, s:s, s:s}", "a", "C1", "b", id, "reason", "different counts"));
	}
	json_object_set_new(json_array_get(srcs, 0), "mentions", mentions);
	json_t *rec = json_pack("{s:s, s:{s:s, s:s, s:s, s:i}, s:o, s:o, s:o, s:[{s:s, s:s, s:s, s:o}], s:{s:i}}",
	    "generated", "2026-01-02T03:04:05Z", "input", "path", "limits.txt", "title", "Boats", "sha256", "00",
	    "bytes", (int)art.len, "paragraphs", paras, "sources", srcs, "claims", claims, "groups", "id", "G1",
	    "status", "conflict", "measure", "sank", "conflicts", pairs, "summary", "claims", NP);
	size_t pages[2];
	for (int lifted = 0; lifted < 2; lifted++) {
		char *tp = tpl_path();
		fb_template *t = fb_template_load(tp, err, sizeof err);
		free(tp);
		if (!t)
			fail_msg("%s", err);
		t->pdfa = FB_PDFA_NONE;
		if (lifted)
			t->max_claims = t->max_sources = t->max_conflicts = t->max_article_pages = FB_TEMPLATE_LIMIT_MAX;
		else
			t->max_claims = 10, t->max_sources = 10, t->max_conflicts = 4, t->max_article_pages = 2, t->max_list = 3;
		fb_buf out = {0};
		if (render_tree(rec, art.p, art.len, t, &out, err, sizeof err) != 0)
			fail_msg("%s", err);
		pages[lifted] = count_pages(&out);
		fb_buf_free(&out);
		fb_template_free(t);
	}
	/* title, 4 conflict pairs, 10 claims, 10 sources, 2 article pages and
	 * the notes: a handful of pages; without the limits hundreds */
	if (pages[0] < 3 || pages[0] > 10 || pages[1] < 200)
		fail_msg("%zu pages with the limits, %zu without", pages[0], pages[1]);
	json_decref(rec);
	fb_buf_free(&art);
}

int main(int argc, char **argv)
{
	if (argc >= 5 && strcmp(argv[1], "--render") == 0) {
		char err[1024] = "";
		fb_buf out = {0};
		char *tp = argc > 5 ? fb_xstrdup(argv[5]) : tpl_path();
		int rc = render_files(argv[2], argv[3], tp, &out, err, sizeof err);
		free(tp);
		if (rc != 0) {
			fprintf(stderr, "test_render: %s\n", err);
			return 1;
		}
		FILE *f = fopen(argv[4], "wb");
		if (!f || fwrite(out.p, 1, out.len, f) != out.len || fclose(f) != 0) {
			fprintf(stderr, "test_render: cannot write %s\n", argv[4]);
			return 1;
		}
		fb_buf_free(&out);
		return 0;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_spaces),
		cmocka_unit_test(test_wrap_long_word_utf8),
		cmocka_unit_test(test_wrap_hyphen),
		cmocka_unit_test(test_wrap_curly_quotes_kept),
		cmocka_unit_test(test_wrap_long_word_linear),
		cmocka_unit_test(test_format_quantity_parts_cap),
		cmocka_unit_test(test_format_quantity),
		cmocka_unit_test(test_tounicode_cmap),
		cmocka_unit_test(test_font_in_document),
		cmocka_unit_test(test_ttf_widths_match_libharu),
		cmocka_unit_test(test_show_text),
		cmocka_unit_test(test_direct_ops),
		cmocka_unit_test(test_stream_writes),
		cmocka_unit_test(test_save),
		cmocka_unit_test(test_deflate_streams),
		cmocka_unit_test(test_deflate_streams_font),
		cmocka_unit_test(test_deflate_in_pieces),
		cmocka_unit_test(test_info_and_outline_text),
		cmocka_unit_test(test_xml_escape),
		cmocka_unit_test(test_render_fixture),
		cmocka_unit_test(test_render_empty),
		cmocka_unit_test(test_render_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
