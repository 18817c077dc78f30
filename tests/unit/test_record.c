/* test_record.c - the record stage and the text renderer: field names and
 * order of spec/record.md, SHA-256, dates, numbers as JSON integers, flags,
 * and a text summary that leads with conflicts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "factbrief.h"
#include "record_read.h"
#include "render.h"

static fb_engine *eng;

static int setup(void **state)
{
	char err[512];
	eng = fb_engine_new(err, sizeof err);
	return eng ? 0 : -1;
}

static int teardown(void **state)
{
	fb_engine_free(eng);
	return 0;
}

static fb_result *analyze(const char *text, const char *title)
{
	fb_doc d;
	char err[256], warn[256];
	assert_int_equal(fb_doc_load(&d, "in.txt", text, strlen(text), NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_record_opts o = { .title = title, .generated = 1700000000 };
	return fb_analyze(eng, &d, &o);
}

static const char *const article =
    "Floods killed at least 12 people in the delta, officials said.\n"
    "\n"
    "Nine people were killed, the governor, Ana Ruiz, told reporters.\n"
    "\n"
    "Subscribe to our newsletter.\n";

static void test_top_level(void **state)
{
	fb_result *r = analyze(article, NULL);
	const json_t *rec = r->record;
	const char *want[] = { "schema", "tool", "generated", "input", "paragraphs", "sources", "claims", "groups", "events", "summary" };
	const char *key;
	json_t *v;
	size_t i = 0;
	json_object_foreach((json_t *)rec, key, v) {
		assert_true(i < 10);
		assert_string_equal(key, want[i]);
		i++;
	}
	assert_int_equal(i, 10);
	assert_string_equal(json_string_value(json_object_get(rec, "schema")), "factbrief.record/1");
	assert_string_equal(json_string_value(json_object_get(rec, "generated")), "2023-11-14T22:13:20Z");
	const json_t *in = json_object_get(rec, "input");
	assert_int_equal(json_integer_value(json_object_get(in, "bytes")), strlen(article));
	/* the first non-boilerplate paragraph is the title */
	assert_string_equal(json_string_value(json_object_get(in, "title")),
	    "Floods killed at least 12 people in the delta, officials said.");
	const json_t *paras = json_object_get(rec, "paragraphs");
	assert_int_equal(json_array_size(paras), 3);
	assert_true(json_is_true(json_object_get(json_array_get(paras, 2), "boilerplate")));
	fb_result_free(r);
}

/* A long first paragraph makes a title cut at a word, its white space
 * folded, however long the paragraph (only what the title shows is
 * folded: issue 18). */
static void test_title_of_a_long_paragraph(void **state)
{
	size_t n = 200000;
	char *t = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		t[i] = "dry  wells\t"[i % 11];
	t[n] = '\0';
	fb_result *r = analyze(t, NULL);
	const char *title = json_string_value(json_object_get(json_object_get(r->record, "input"), "title"));
	assert_non_null(title);
	size_t len = strlen(title);
	assert_true(len > 150 && len <= 300 + 3);
	assert_string_equal(title + len - 3, "\xE2\x80\xA6");
	for (size_t i = 0; i + 3 < len; i++)
		assert_int_equal(title[i], "dry wells "[i % 10]);
	assert_int_equal(title[len - 4], 's'); /* cut at a word's end */
	fb_result_free(r);
	free(t);
}

static void test_sha256(void **state)
{
	char hex[65];
	fb_sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	fb_result *r = analyze("x", "T");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r->record, "input"), "sha256")),
	    "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
	assert_string_equal(json_string_value(json_object_get(json_object_get(r->record, "input"), "title")), "T");
	fb_result_free(r);
}

static const json_t *claim_with_surface(const json_t *rec, const char *surface)
{
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(rec, "claims"), i, c) {
		const json_t *q = json_object_get(c, "quantity");
		if (q && strcmp(json_string_value(json_object_get(q, "surface")), surface) == 0)
			return c;
	}
	fail_msg("no claim with surface '%s'", surface);
	return NULL;
}

static void test_claims_and_conflict(void **state)
{
	fb_result *r = analyze(article, NULL);
	const json_t *rec = r->record;
	const json_t *c = claim_with_surface(rec, "at least 12");
	const json_t *q = json_object_get(c, "quantity");
	assert_true(json_is_integer(json_object_get(q, "min")));
	assert_int_equal(json_integer_value(json_object_get(q, "min")), 12);
	assert_true(json_is_null(json_object_get(q, "max")));
	assert_true(json_is_null(json_object_get(q, "value")));
	assert_string_equal(json_string_value(json_object_get(c, "measure")), "killed");
	assert_string_equal(json_string_value(json_object_get(c, "subject")), "people");
	assert_string_equal(json_string_value(json_object_get(c, "status")), "conflict");
	/* anonymous officials: the flag says so */
	int anon = 0;
	size_t i;
	json_t *f;
	json_array_foreach(json_object_get(c, "flags"), i, f)
		anon |= strcmp(json_string_value(f), "anonymous-source") == 0;
	assert_true(anon);
	const json_t *sum = json_object_get(rec, "summary");
	assert_int_equal(json_integer_value(json_object_get(sum, "conflicts")), 1);
	const json_t *g = json_array_get(json_object_get(rec, "groups"), 0);
	assert_string_equal(json_string_value(json_object_get(g, "status")), "conflict");
	const char *reason = json_string_value(json_object_get(json_array_get(json_object_get(g, "conflicts"), 0), "reason"));
	assert_non_null(strstr(reason, "at least 12 people (paragraph 1)"));
	assert_non_null(strstr(reason, "Nine people (paragraph 2)"));
	fb_result_free(r);
}

static void test_text_summary(void **state)
{
	fb_result *r = analyze(article, NULL);
	fb_record *t = fb_record_read(r->record, NULL, 0);
	assert_non_null(t);
	fb_render_input in = { .record = t, .article = r->doc.buf, .article_len = r->doc.len, .record_json = NULL };
	fb_buf out = { 0 };
	fb_render_text(&in, &out);
	fb_record_free(t);
	const char *conf = strstr(out.p, "CONFLICTS AND REVIEW");
	const char *claims = strstr(out.p, "\nCLAIMS");
	assert_non_null(conf);
	assert_non_null(claims);
	assert_true(conf < claims);
	assert_non_null(strstr(conf, "CONFLICT: people killed"));
	assert_non_null(strstr(out.p, "Ana Ruiz"));
	fb_buf_free(&out);
	fb_result_free(r);
}

static void test_no_claims(void **state)
{
	fb_result *r = analyze("Share this:\n", NULL);
	assert_int_equal(json_array_size(json_object_get(r->record, "claims")), 0);
	fb_record *t = fb_record_read(r->record, NULL, 0);
	assert_non_null(t);
	fb_render_input in = { .record = t, .article = r->doc.buf, .article_len = r->doc.len, .record_json = NULL };
	fb_buf out = { 0 };
	fb_render_text(&in, &out);
	fb_record_free(t);
	assert_non_null(strstr(out.p, "no claims found"));
	fb_buf_free(&out);
	fb_result_free(r);
}

/* E1 is the article's own event; a number set apart by its context ("last
 * year") belongs to another, and one context is one event however often. */
static void test_events(void **state)
{
	fb_result *r = analyze("Fire killed 9 people in the port on Monday.\n\n"
	    "Last year, 14 people were killed in a fire there.\n\n"
	    "Last year, 3 firefighters were injured as well.\n", NULL);
	const json_t *ev = json_object_get(r->record, "events");
	assert_int_equal(json_array_size(ev), 2);
	assert_true(json_is_true(json_object_get(json_array_get(ev, 0), "main")));
	assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 1), "id")), "E2");
	const json_t *claims = json_object_get(r->record, "claims");
	const char *want[] = { "E1", "E1", "E2", "E2" }; /* 9, Monday, 14, 3 */
	size_t n = 0, i;
	json_t *c;
	json_array_foreach(claims, i, c) {
		const json_t *scope = json_object_get(c, "scope");
		if (!scope)
			continue;
		assert_true(n < 4);
		assert_string_equal(json_string_value(json_object_get(scope, "event")), want[n]);
		n++;
	}
	assert_int_equal(n, 4);
	fb_result_free(r);
	(void)state;
}

static void test_dump_is_stable(void **state)
{
	fb_result *a = analyze(article, NULL), *b = analyze(article, NULL);
	char *sa = fb_record_dump(a->record), *sb = fb_record_dump(b->record);
	assert_string_equal(sa, sb);
	assert_int_equal(sa[strlen(sa) - 1], '\n');
	free(sa);
	free(sb);
	fb_result_free(a);
	fb_result_free(b);
}

/* An enumeration of one class is one claim with its total and parts; of
 * unlike things ("hospitals and beds"), a claim per part, no total. */
static void test_enumerations(void **state)
{
	fb_result *r = analyze("Two policemen, two rangers and one civilian were killed.\n\n"
	                       "The plan includes 12 new hospitals and 3,000 extra beds.\n", NULL);
	json_t *claims = json_object_get(r->record, "claims");
	double want[] = { 5, 12, 3000 };
	size_t n = 0, idx;
	json_t *c;
	json_array_foreach(claims, idx, c) {
		json_t *q = json_object_get(c, "quantity");
		if (!q)
			continue;
		assert_true(n < 3);
		assert_true(json_number_value(json_object_get(q, "value")) == want[n]);
		assert_int_equal(json_array_size(json_object_get(q, "parts")), n == 0 ? 3 : 0);
		n++;
	}
	assert_int_equal(n, 3);
	fb_result_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_top_level),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_title_of_a_long_paragraph),
		cmocka_unit_test(test_claims_and_conflict),
		cmocka_unit_test(test_text_summary),
		cmocka_unit_test(test_no_claims),
		cmocka_unit_test(test_dump_is_stable),
		cmocka_unit_test(test_events),
		cmocka_unit_test(test_enumerations),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
