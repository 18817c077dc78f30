/* test_record_read.c - the typed record read from a record's tree: the
 * record of an article of our own read back (counts, ids, references, a
 * claim's quantity, a pair's reason), the same from the dumped text as
 * from the tree, clear one-line refusals of wrong types, and no crash on
 * records with members taken away or swapped for other types (run under
 * ASan by the sanitizer build). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datadir.h"
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

/* Ours: a conflict (three against five workers), a named source with a
 * role and an alias, a measure and an age. */
static const char *const article =
    "Three workers were injured when a crane collapsed at the shipyard on Tuesday, police said.\n"
    "\n"
    "Five workers were injured in the collapse, according to Marta Velez, a spokeswoman for the city fire "
    "service.\n"
    "\n"
    "Velez said the crane was 40 metres tall and about 20 years old.\n";

static fb_result *analyze(const char *text)
{
	fb_doc d;
	char err[256], warn[256];
	assert_int_equal(fb_doc_load(&d, "crane.txt", text, strlen(text), NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_record_opts o = { .title = NULL, .generated = 1700000000 };
	return fb_analyze(eng, &d, &o);
}

static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* The text summary of a record, as a string; caller frees. */
static char *summary_of(const fb_record *r)
{
	fb_render_input in = { .record = r, .article = "", .article_len = 0, .record_json = NULL };
	fb_buf out = { 0 };
	fb_render_text(&in, &out);
	return out.p;
}

/* The record's text read element by element gives the typed record the
 * tree gives: the same summary, the same counts; on our articles, indented
 * and on one line; cut short or broken, an error and no crash. */
static void same_from_text(const char *name, const char *text, size_t len)
{
	fb_doc d;
	char err[256], warn[256];
	if (fb_doc_load(&d, name, text, len, NULL, err, sizeof err, warn, sizeof warn) != 0)
		return;
	fb_record_opts o = { .generated = 1700000000 };
	fb_result *res = fb_analyze(eng, &d, &o);
	fb_record *want = fb_record_read(res->record, err, sizeof err);
	assert_non_null(want);
	char *ws = summary_of(want);
	for (int compact = 0; compact < 2; compact++) {
		fb_buf t = { 0 };
		assert_int_equal(fb_record_write(&res->doc, &res->quantities, res->attribution, res->claims,
		                     res->alignment, &o, compact, &t, NULL, NULL), 0);
		fb_record *got = fb_record_read_text(t.p, t.len, NULL, err, sizeof err);
		if (!got)
			fail_msg("%s: %s", name, err);
		assert_int_equal(got->nclaims, want->nclaims);
		assert_int_equal(got->nsources, want->nsources);
		assert_int_equal(got->ngroups, want->ngroups);
		assert_int_equal(got->nparagraphs, want->nparagraphs);
		assert_string_equal(got->input.sha256, want->input.sha256);
		char *gs = summary_of(got);
		assert_string_equal(gs, ws);
		free(gs);
		fb_record_free(got);
		/* cut anywhere: refused or read, never a crash */
		for (size_t cut = 1; cut < t.len; cut += t.len / 7 + 1) {
			fb_record *part = fb_record_read_text(t.p, cut, NULL, err, sizeof err);
			fb_record_free(part);
		}
		fb_buf_free(&t);
	}
	free(ws);
	fb_record_free(want);
	fb_result_free(res);
}

static void test_read_text_articles(void **state)
{
	same_from_text("crane.txt", article, strlen(article));
	static const char *const files[] = { "/../examples/harbour-fire.txt", "/fixtures/sample.txt",
		"/align/attacks.txt", "/align/court.txt" };
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[512];
		snprintf(path, sizeof path, "%s%s", FB_TEST_DIR, files[i]);
		fb_buf b = { 0 };
		if (fb_buf_read_file(&b, path) != 0 || !b.len)
			fail_msg("%s: missing or empty", path);
		same_from_text(path, b.p, b.len);
		fb_buf_free(&b);
	}
	char err[256];
	static const char *const broken[] = { "", "[]", "{", "{\"claims\": [ {\"id\": 3} ]}", "{\"claims\": 7}",
		"{\"schema\": }", "{\"a\" 1}", "{\"claims\": [ {] }" };
	for (size_t i = 0; i < sizeof broken / sizeof *broken; i++)
		fb_record_free(fb_record_read_text(broken[i], strlen(broken[i]), NULL, err, sizeof err));
	assert_null(fb_record_read_text("[]", 2, NULL, err, sizeof err));
	assert_true(err[0] != '\0');
}

static void test_read_back(void **state)
{
	fb_result *res = analyze(article);
	const json_t *tree = res->record;
	char err[512] = "x";
	fb_record *r = fb_record_read(tree, err, sizeof err);
	if (!r)
		fail_msg("%s", err);
	assert_string_equal(err, "");
	assert_string_equal(r->schema, "factbrief.record/1");
	assert_string_equal(r->generated, "2023-11-14T22:13:20Z");
	assert_string_equal(r->input.path, "crane.txt");
	assert_int_equal(r->input.bytes, strlen(article));
	/* counts */
	assert_int_equal(r->nparagraphs, 3);
	assert_int_equal(r->nclaims, json_array_size(json_object_get(tree, "claims")));
	assert_int_equal(r->nsources, json_array_size(json_object_get(tree, "sources")));
	assert_int_equal(r->ngroups, json_array_size(json_object_get(tree, "groups")));
	assert_int_equal(r->nevents, json_array_size(json_object_get(tree, "events")));
	assert_true(r->nclaims >= 3);
	assert_true(r->nsources >= 2);
	assert_int_equal(r->summary.claims, r->nclaims);
	assert_int_equal(r->summary.conflicts, 1);
	/* ids, in order, as the tree has them; each reference names the
	 * element with its id */
	for (size_t i = 0; i < r->nclaims; i++) {
		const json_t *c = json_array_get(json_object_get(tree, "claims"), i);
		assert_string_equal(r->claims[i].id, jstr(c, "id"));
		assert_string_equal(r->claims[i].text, jstr(c, "text"));
		assert_int_equal(r->claims[i].paragraph, json_integer_value(json_object_get(c, "paragraph")));
		const fb_rec_source *s = fb_rec_source_of(r, r->claims[i].source);
		if (jstr(c, "source"))
			assert_string_equal(s->id, jstr(c, "source"));
		else
			assert_null(s);
	}
	/* the conflict: three against five workers, with its reason */
	const fb_rec_group *g = NULL;
	for (size_t i = 0; i < r->ngroups; i++)
		if (r->groups[i].status == FB_RS_CONFLICT)
			g = &r->groups[i];
	assert_non_null(g);
	assert_int_equal(g->npairs, 1);
	const fb_rec_claim *a = fb_rec_claim_of(r, g->pairs[0].a), *b = fb_rec_claim_of(r, g->pairs[0].b);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a->id, g->pairs[0].a.id);
	assert_non_null(a->quantity);
	assert_true(a->quantity->value.has);
	assert_true(a->quantity->value.v == 3.0);
	assert_string_equal(a->quantity->surface, "Three");
	assert_string_equal(a->quantity->kind, "count");
	assert_true(b->quantity->value.v == 5.0);
	assert_non_null(strstr(g->pairs[0].reason, "Three workers (paragraph 1) vs Five workers (paragraph 2)"));
	assert_int_equal(fb_rec_claim_of(r, g->claims[0]) - r->claims, g->claims[0].idx);
	/* the source, its role and its alias */
	const fb_rec_source *mv = fb_rec_source_of(r, b->source);
	assert_non_null(mv);
	assert_string_equal(mv->name, "Marta Velez");
	assert_string_equal(mv->kind, "person");
	assert_int_equal(mv->roles.n, 1);
	assert_non_null(strstr(mv->roles.s[0], "spokeswoman"));
	assert_true(mv->nmentions >= 2);
	assert_int_equal(mv->mentions[0].paragraph, 2);
	/* an unknown value stays unknown: "about 20 years" has no value */
	int vague_seen = 0;
	for (size_t i = 0; i < r->nclaims; i++) {
		const fb_rec_quantity *q = r->claims[i].quantity;
		if (q && q->approx) {
			vague_seen = 1;
			assert_true(q->min.has || q->max.has || q->value.has);
		}
	}
	assert_true(vague_seen);
	/* the record read again from its dumped text: the same summary */
	char *text = fb_record_dump(tree);
	json_error_t je;
	json_t *again = json_loads(text, 0, &je);
	assert_non_null(again);
	fb_record *r2 = fb_record_read(again, err, sizeof err);
	json_decref(again);
	assert_non_null(r2);
	char *s1 = summary_of(r), *s2 = summary_of(r2);
	assert_non_null(strstr(s1, "CONFLICT: workers injured"));
	assert_string_equal(s1, s2);
	free(s1), free(s2), free(text);
	fb_record_free(r2);
	fb_record_free(r);
	fb_result_free(res);
}

/* Ids out of their numbered places are still found, the first of two
 * alike; an id nothing has gives -1. */
static void test_references(void **state)
{
	json_t *rec = json_loads("{\"claims\": [{\"id\": \"C2\", \"source\": \"S9\"}, {\"id\": \"C1\", \"source\": \"S1\"},"
	    " {\"id\": \"C1\"}], \"sources\": [{\"id\": \"S1\", \"name\": \"Ana\"}],"
	    " \"groups\": [{\"id\": \"G1\", \"status\": \"conflict\", \"claims\": [\"C1\", \"C2\", \"C7\"],"
	    " \"conflicts\": [{\"a\": \"C1\", \"b\": \"C2\", \"reason\": \"r\", \"documents\": [\"D1\", \"D2\"]}]}]}",
	    0, NULL);
	assert_non_null(rec);
	char err[256];
	fb_record *r = fb_record_read(rec, err, sizeof err);
	json_decref(rec);
	if (!r)
		fail_msg("%s", err);
	const fb_rec_group *g = &r->groups[0];
	assert_int_equal(g->claims[0].idx, 1);
	assert_int_equal(g->claims[1].idx, 0);
	assert_int_equal(g->claims[2].idx, -1);
	assert_string_equal(g->claims[2].id, "C7");
	assert_int_equal(r->claims[0].source.idx, -1);
	assert_string_equal(r->claims[0].source.id, "S9");
	assert_int_equal(r->claims[1].source.idx, 0);
	assert_null(r->claims[2].source.id);
	assert_true(g->pairs[0].across);
	assert_int_equal(g->status, FB_RS_CONFLICT);
	/* the summary names the source it cannot find by its id */
	char *s = summary_of(r);
	assert_non_null(strstr(s, "S9"));
	free(s);
	fb_record_free(r);
}

/* One record, one wrong member: NULL and one line naming the member. */
static void expect_refused(const char *json, const char *want)
{
	json_error_t je;
	json_t *rec = json_loads(json, JSON_DECODE_ANY, &je);
	if (!rec)
		fail_msg("test record does not parse: %s", je.text);
	char err[256] = "";
	fb_record *r = fb_record_read(rec, err, sizeof err);
	json_decref(rec);
	if (r) {
		fb_record_free(r);
		fail_msg("%s: read, want refused with '%s'", json, want);
	}
	if (!strstr(err, want))
		fail_msg("%s: '%s', want '%s'", json, err, want);
	assert_null(strchr(err, '\n'));
}

static void test_wrong_types(void **state)
{
	expect_refused("[1, 2]", "record: an object expected, got an array");
	expect_refused("{\"claims\": {}}", "claims: an array expected, got an object");
	expect_refused("{\"claims\": [{\"id\": \"C1\", \"paragraph\": \"2\"}]}",
	    "claims[0].paragraph: an integer expected, got a string");
	expect_refused("{\"claims\": [{}, {\"quantity\": {\"value\": \"5\"}}]}",
	    "claims[1].quantity.value: a number or null expected, got a string");
	expect_refused("{\"claims\": [{\"quantity\": {\"parts\": [{\"value\": 1}, 2]}}]}",
	    "claims[0].quantity.parts[1]: an object expected, got an integer");
	expect_refused("{\"groups\": [{\"status\": \"maybe\"}]}", "groups[0].status: unknown status 'maybe'");
	expect_refused("{\"groups\": [{\"claims\": [\"C1\", 7]}]}", "groups[0].claims[1]: a string expected, got an integer");
	expect_refused("{\"sources\": [{\"roles\": \"mayor\"}]}", "sources[0].roles: an array expected, got a string");
	expect_refused("{\"paragraphs\": [{\"boilerplate\": 0}]}", "paragraphs[0].boilerplate: true or false expected");
	expect_refused("{\"input\": {\"bytes\": 1.5}}", "input.bytes: an integer expected, got a real number");
	expect_refused("{\"summary\": []}", "summary: an object expected, got an array");
	/* null is an absent value, never an error */
	char err[256];
	json_t *rec = json_loads("{\"input\": null, \"claims\": [{\"source\": null, \"quantity\": null, "
	    "\"status\": null}]}", 0, NULL);
	fb_record *r = fb_record_read(rec, err, sizeof err);
	json_decref(rec);
	assert_non_null(r);
	assert_null(r->claims[0].quantity);
	assert_null(r->claims[0].source.id);
	assert_int_equal(r->claims[0].status, FB_RS_SINGLE);
	fb_record_free(r);
}

/* Reads the tree (changed), and its text streamed: both refuse it, with
 * the same one-line reason, or both read it and give the same summary;
 * then every sample-th time its brief is drawn. */
static size_t nread, nrefused;

static void read_and_draw(const json_t *rec, const fb_template *tpl, int pdf)
{
	char err[512] = "", err2[512] = "";
	fb_record *r = fb_record_read(rec, err, sizeof err);
	char *text = json_dumps(rec, JSON_PRESERVE_ORDER);
	int line = -1;
	fb_record *r2 = fb_record_read_text(text, strlen(text), &line, err2, sizeof err2);
	free(text);
	assert_int_equal(line, 0);
	if (!r || !r2) {
		if (!err[0] || strchr(err, '\n'))
			fail_msg("a refusal without a one-line reason: '%s'", err);
		if (r || r2 || strcmp(err, err2) != 0)
			fail_msg("tree: '%s', text: '%s'", err, err2);
		nrefused++;
		return;
	}
	nread++;
	char *s = summary_of(r), *s2 = summary_of(r2);
	assert_string_equal(s, s2);
	free(s), free(s2);
	fb_record_free(r2);
	if (pdf && tpl) {
		fb_render_input in = { .record = r, .article = article, .article_len = strlen(article),
			.record_json = "{}" };
		fb_buf out = { 0 };
		if (fb_render_pdf(&in, tpl, &out, err, sizeof err) == 0)
			assert_memory_equal(out.p, "%PDF-", 5);
		fb_buf_free(&out);
	}
	fb_record_free(r);
}

/* Every member of the tree under node, in turn: taken away, then swapped
 * for a value of each other type; the whole record (root) is read each
 * time. Containers are walked into. */
static void mutate_all(json_t *root, json_t *node, const fb_template *tpl, size_t *step)
{
	json_t *swaps[] = { json_null(), json_integer(7), json_real(2.5), json_string("C1"), json_true(), json_array(),
		json_object() };
	size_t ns = sizeof swaps / sizeof swaps[0];
	if (json_is_object(node)) {
		/* the keys first: a member set again moves to the end */
		size_t nk = json_object_size(node), k = 0;
		char **keys = calloc(nk, sizeof *keys);
		const char *key;
		json_t *v;
		json_object_foreach(node, key, v)
			keys[k++] = strdup(key);
		for (k = 0; k < nk; k++) {
			key = keys[k];
			json_t *keep = json_incref(json_object_get(node, key));
			json_object_del(node, key);
			read_and_draw(root, tpl, ++*step % 97 == 0);
			for (size_t i = 0; i < ns; i++) {
				json_object_set(node, key, swaps[i]);
				read_and_draw(root, tpl, ++*step % 97 == 0);
			}
			json_object_set(node, key, keep);
			json_decref(keep);
			mutate_all(root, keep, tpl, step);
		}
		for (k = 0; k < nk; k++)
			free(keys[k]);
		free(keys);
	} else if (json_is_array(node)) {
		/* the first element and the last stand for the rest */
		size_t n = json_array_size(node);
		for (size_t k = 0; k < n && k < 2; k++) {
			size_t at = k ? n - 1 : 0;
			if (k && at == 0)
				break;
			json_t *keep = json_incref(json_array_get(node, at));
			for (size_t i = 0; i < ns; i++) {
				json_array_set(node, at, swaps[i]);
				read_and_draw(root, tpl, ++*step % 97 == 0);
			}
			json_array_set(node, at, keep);
			json_decref(keep);
			mutate_all(root, keep, tpl, step);
		}
	}
	for (size_t i = 0; i < ns; i++)
		json_decref(swaps[i]);
}

static void test_mutations_do_not_crash(void **state)
{
	fb_result *res = analyze(article);
	json_t *tree = json_deep_copy(res->record);
	fb_result_free(res);
	char err[512];
	char *tp = fb_datapath("templates/brief");
	fb_template *tpl = fb_template_load(tp, err, sizeof err);
	free(tp);
	if (!tpl)
		fail_msg("%s", err);
	tpl->pdfa = FB_PDFA_NONE;
	size_t step = 0;
	nread = nrefused = 0;
	mutate_all(tree, tree, tpl, &step);
	/* both kinds happened, many times */
	if (nread < 100 || nrefused < 100)
		fail_msg("%zu read, %zu refused", nread, nrefused);
	/* the record is whole again and reads */
	read_and_draw(tree, tpl, 1);
	json_decref(tree);
	fb_template_free(tpl);
}

/* The text streamed gives the record the tree gives; text cut short at
 * any byte, or not JSON, is refused with its line, never read. */
static void test_read_text(void **state)
{
	fb_result *res = analyze(article);
	char *text = fb_record_dump(res->record);
	size_t n = strlen(text);
	char err[512];
	int line = -1;
	fb_record *a = fb_record_read(res->record, err, sizeof err), *b = fb_record_read_text(text, n, &line, err, sizeof err);
	assert_non_null(a);
	if (!b)
		fail_msg("%s", err);
	assert_int_equal(line, 0);
	assert_int_equal(a->nclaims, b->nclaims);
	assert_int_equal(a->nsources, b->nsources);
	assert_int_equal(a->groups[0].pairs[0].b.idx, b->groups[0].pairs[0].b.idx);
	char *sa = summary_of(a), *sb = summary_of(b);
	assert_string_equal(sa, sb);
	free(sa), free(sb);
	fb_record_free(a), fb_record_free(b);
	size_t refused = 0;
	for (size_t k = 0; k + 1 < n; k += 1 + k / 64) { /* the final newline may go */
		fb_record *c = fb_record_read_text(text, k, &line, err, sizeof err);
		if (c)
			fail_msg("read when cut at byte %zu of %zu", k, n);
		if (line < 1 || !strstr(err, "not a JSON record") || strchr(err, '\n'))
			fail_msg("cut at %zu: line %d, '%s'", k, line, err);
		refused++;
	}
	assert_true(refused > 100);
	const char *bad[] = { "", "[]", "{\"claims\": [1,}", "{\"a\": 1} x", "{\"claims\": [{}] \"x\"}", "{1: 2}" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_null(fb_record_read_text(bad[i], strlen(bad[i]), &line, err, sizeof err));
		if (line < 1)
			fail_msg("'%s': no line for '%s'", bad[i], err);
	}
	/* a key given twice: the last counts, as for jansson */
	const char *twice = "{\"claims\": [{\"id\": \"C1\"}, {\"id\": \"C2\"}], \"claims\": [{\"id\": \"C9\"}]}";
	b = fb_record_read_text(twice, strlen(twice), &line, err, sizeof err);
	assert_non_null(b);
	assert_int_equal(b->nclaims, 1);
	assert_string_equal(b->claims[0].id, "C9");
	fb_record_free(b);
	free(text);
	fb_result_free(res);
}

/* A source's mentions and a group's claims and pairs, streamed an item at
 * a time from the text, are read as from the tree: in order, a member
 * given twice counting once (the last), null as absent, a wrong item
 * refused with its place. */
static void expect_text_refused(const char *json, const char *want)
{
	char err[256] = "";
	fb_record *r = fb_record_read_text(json, strlen(json), NULL, err, sizeof err);
	if (r) {
		fb_record_free(r);
		fail_msg("%s: read, want refused with '%s'", json, want);
	}
	if (!strstr(err, want))
		fail_msg("%s: '%s', want '%s'", json, err, want);
}

static void test_streamed_members(void **state)
{
	const char *text = "{\"sources\": [{\"id\": \"S1\", \"mentions\": [{\"paragraph\": 9}], \"name\": \"Mr Okafor\", "
	    "\"mentions\": [{\"paragraph\": 1, \"start\": 0, \"end\": 9}, {\"paragraph\": 2, \"start\": 20, \"end\": 29}]}, "
	    "{\"id\": \"S2\", \"mentions\": null}, {\"id\": \"S3\", \"mentions\": []}], "
	    "\"claims\": [{\"id\": \"C1\"}, {\"id\": \"C2\"}, {\"id\": \"C3\"}], "
	    "\"groups\": [{\"id\": \"G1\", \"claims\": [\"C3\", \"C1\"], \"status\": \"conflict\", "
	    "\"conflicts\": [{\"a\": \"C1\", \"b\": \"C3\", \"reason\": \"5 vs 7\", \"review\": true}]}]}";
	char err[256];
	fb_record *r = fb_record_read_text(text, strlen(text), NULL, err, sizeof err);
	if (!r)
		fail_msg("%s", err);
	assert_int_equal(r->nsources, 3);
	assert_string_equal(r->sources[0].name, "Mr Okafor");
	assert_int_equal(r->sources[0].nmentions, 2);
	assert_int_equal(r->sources[0].mentions[1].paragraph, 2);
	assert_int_equal(r->sources[0].mentions[1].start, 20);
	assert_int_equal(r->sources[1].nmentions, 0);
	assert_int_equal(r->sources[2].nmentions, 0);
	assert_int_equal(r->ngroups, 1);
	assert_int_equal(r->groups[0].status, FB_RS_CONFLICT);
	assert_int_equal(r->groups[0].nclaims, 2);
	assert_int_equal(r->groups[0].claims[0].idx, 2);
	assert_int_equal(r->groups[0].claims[1].idx, 0);
	assert_int_equal(r->groups[0].npairs, 1);
	assert_int_equal(r->groups[0].pairs[0].b.idx, 2);
	assert_string_equal(r->groups[0].pairs[0].reason, "5 vs 7");
	assert_true(r->groups[0].pairs[0].review);
	fb_record_free(r);
	expect_text_refused("{\"sources\": [{\"mentions\": [{\"paragraph\": 1}, {\"paragraph\": \"2\"}]}]}",
	    "sources[0].mentions[1].paragraph: an integer expected, got a string");
	expect_text_refused("{\"groups\": [{}, {\"claims\": [\"C1\", 7]}]}", "groups[1].claims[1]: a string expected, got an integer");
	expect_text_refused("{\"groups\": [{\"conflicts\": [3]}]}", "groups[0].conflicts[0]: an object expected, got an integer");
	expect_text_refused("{\"sources\": [{\"mentions\": 4}]}", "sources[0].mentions: an array expected, got an integer");
	expect_text_refused("{\"sources\": [{\"mentions\": [{}, ]}]}", "not a JSON record");
	expect_text_refused("{\"groups\": [{\"claims\": [\"C1\"] \"id\": \"G1\"}]}", "not a JSON record");
	/* the same lists of strings and parts, read once, are equal where read */
	const char *parts = "{\"claims\": [{\"flags\": [\"unattributed\"], \"quantity\": {\"parts\": [{\"value\": 1, \"what\": \"police\"}]}}, "
	    "{\"flags\": [\"unattributed\"], \"quantity\": {\"parts\": [{\"value\": 1, \"what\": \"police\"}]}}, "
	    "{\"flags\": [\"unattributed\", \"hedged\"], \"quantity\": {\"parts\": [{\"value\": 2, \"what\": \"police\"}]}}]}";
	r = fb_record_read_text(parts, strlen(parts), NULL, err, sizeof err);
	if (!r)
		fail_msg("%s", err);
	assert_int_equal(r->claims[1].flags.n, 1);
	assert_string_equal(r->claims[1].flags.s[0], "unattributed");
	assert_int_equal(r->claims[2].flags.n, 2);
	assert_string_equal(r->claims[2].flags.s[1], "hedged");
	assert_true(r->claims[1].quantity->parts[0].value.v == 1);
	assert_true(r->claims[2].quantity->parts[0].value.v == 2);
	assert_string_equal(r->claims[2].quantity->parts[0].what, "police");
	fb_record_free(r);
}

/* The reader tells its caller what it has read, in order and not past the
 * end, and reads the same record as without being told. */
typedef struct told { size_t last, calls, len; } told;

static void note_behind(void *ctx, size_t n)
{
	told *t = ctx;
	assert_true(n > t->last);
	assert_true(n <= t->len);
	t->last = n, t->calls++;
}

static void test_read_behind(void **state)
{
	/* an article long enough for a record of some megabyte */
	fb_buf a = { 0 };
	for (int i = 0; i < 800; i++)
		fb_buf_printf(&a, "Police said %d people were hurt in district %d on Monday.\n\n", i % 40 + 2, i);
	fb_result *res = analyze(a.p);
	char *text = fb_record_dump(res->record);
	size_t n = strlen(text);
	assert_true(n > ((size_t)600 << 10));
	char err[512];
	told t = { 0, 0, n };
	fb_record *x = fb_record_read_text_behind(text, n, NULL, err, sizeof err, note_behind, &t);
	fb_record *y = fb_record_read_text(text, n, NULL, err, sizeof err);
	assert_non_null(x);
	assert_non_null(y);
	assert_true(t.calls >= 2);
	char *sx = summary_of(x), *sy = summary_of(y);
	assert_string_equal(sx, sy);
	assert_int_equal(x->nclaims, y->nclaims);
	assert_string_equal(x->claims[x->nclaims - 1].text, y->claims[y->nclaims - 1].text);
	free(sx), free(sy);
	fb_record_free(x), fb_record_free(y);
	free(text);
	fb_buf_free(&a);
	fb_result_free(res);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read_back),
		cmocka_unit_test(test_read_text_articles),
		cmocka_unit_test(test_references),
		cmocka_unit_test(test_wrong_types),
		cmocka_unit_test(test_read_text),
		cmocka_unit_test(test_streamed_members),
		cmocka_unit_test(test_read_behind),
		cmocka_unit_test(test_mutations_do_not_crash),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
