/* test_record_write.c - the record written as it is made (fb_record_write,
 * used by -f json and --jsonl) is byte for byte the record built as a tree
 * and dumped (fb_record_build + fb_record_dump, used with the renderers),
 * indented and compact, on our articles, odd strings and the corpus. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "factbrief.h"

static fb_engine *eng;

static int setup(void **state)
{
	char err[512];
	eng = fb_engine_new(err, sizeof err);
	if (!eng)
		fprintf(stderr, "%s\n", err);
	return eng ? 0 : -1;
}

static int teardown(void **state)
{
	fb_engine_free(eng);
	return 0;
}

static void same_both_ways(const char *name, const char *text, size_t len, const char *title)
{
	char err[512], warn[512];
	fb_doc doc;
	if (fb_doc_load(&doc, name, text, len, NULL, err, sizeof err, warn, sizeof warn) != 0)
		return; /* not an article: nothing to write */
	fb_record_opts ro = { .title = title, .generated = 1700000000 };
	fb_result *r = fb_analyze(eng, &doc, &ro);
	char *tree = fb_record_dump(r->record), *tree_c = fb_record_dump_compact(r->record);
	fb_buf text_i = { 0 }, text_c = { 0 };
	fb_record_summary sum;
	assert_int_equal(fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, 0,
	                     &text_i, NULL, &sum), 0);
	assert_int_equal(fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, 1,
	                     &text_c, NULL, NULL), 0);
	if (strcmp(tree, text_i.p) != 0 || strcmp(tree_c, text_c.p) != 0)
		fail_msg("%s: the written record differs from the dumped tree", name);
	json_t *s = json_object_get(r->record, "summary");
	assert_int_equal(sum.claims, json_integer_value(json_object_get(s, "claims")));
	assert_int_equal(sum.conflicts, json_integer_value(json_object_get(s, "conflicts")));
	/* to a file, in pieces */
	FILE *f = tmpfile();
	assert_non_null(f);
	assert_int_equal(fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, 0,
	                     NULL, f, NULL), 0);
	long n = ftell(f);
	rewind(f);
	char *back = malloc((size_t)n + 1);
	assert_int_equal(fread(back, 1, (size_t)n, f), (size_t)n);
	back[n] = '\0';
	fclose(f);
	assert_string_equal(back, tree);
	free(back);
	free(tree);
	free(tree_c);
	fb_buf_free(&text_i);
	fb_buf_free(&text_c);
	fb_result_free(r);
}

static void file_both_ways(const char *path)
{
	fb_buf b = { 0 };
	if (fb_buf_read_file(&b, path) != 0 || !b.len)
		fail_msg("%s: missing or empty", path);
	same_both_ways(path, b.p, b.len, NULL);
	fb_buf_free(&b);
}

/* Every .txt of dir, both ways; a folder that is missing or holds no
 * article is a failure, not a pass. Returns the articles compared. */
static size_t dir_both_ways(const char *dir)
{
	DIR *d = opendir(dir);
	size_t n = 0;
	if (!d)
		fail_msg("%s: cannot open", dir);
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);
		if (l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0) {
			char *p = fb_xasprintf("%s/%s", dir, de->d_name);
			file_both_ways(p);
			free(p);
			n++;
		}
	}
	closedir(d);
	if (!n)
		fail_msg("%s: no .txt article in it", dir);
	return n;
}

static void test_our_articles(void **state)
{
	dir_both_ways(FB_TEST_DIR "/../examples");
	dir_both_ways(FB_TEST_DIR "/align");
	dir_both_ways(FB_TEST_DIR "/fixtures");
}

static void test_odd_strings(void **state)
{
	static const char odd[] =
	    "The \"Big\" fire\\ killed 5 people \x01 and \x1f \x7f \xf0\x9f\x94\xa5 caf\xc3\xa9, said \x08 "
	    "Mr. O\xe2\x80\x99Neil.\n\nAbout 4.5 percent of 3 people, or 2.25 million dollars, were hurt; "
	    "1e300 things, 0.1 of 7.\n\nThe dose was 0.00001 grams, 0.000000123 metres; the debt "
	    "12345678901234567890 dollars, 1.5e21 yen and 3.25 trillion trillion euros.\n";
	same_both_ways("odd/\"name\".txt", odd, sizeof odd - 1, NULL);
	same_both_ways("t.txt", odd, sizeof odd - 1, "A title with \"quotes\" and \t tab");
	same_both_ways("t.txt", odd, sizeof odd - 1, "bad \xc0\xaf title"); /* left out, as jansson does */
	same_both_ways("t.txt", "Nothing to count here.", 22, NULL);
}

/* Several reports compared: the record written (documents, each
 * element's document, offsets in each report's own file or the joined
 * text's, input.event) is byte for byte the tree the compare stage marks
 * and moves, dumped by jansson. */
static void reports_both_ways(const char *const *texts, size_t n, const char *event)
{
	char err[512], warn[512];
	fb_doc *docs = calloc(n, sizeof *docs);
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof name, "r%zu.txt", i + 1);
		assert_int_equal(fb_doc_load(&docs[i], name, texts[i], strlen(texts[i]), NULL, err, sizeof err, warn,
		                     sizeof warn), 0);
	}
	fb_record_opts ro = { .generated = 1700000000 };
	fb_result *r = fb_analyze_reports(eng, docs, n, NULL, &ro);
	for (int moved = 0; moved < 2; moved++)
		for (int compact = 0; compact < 2; compact++) {
			json_t *want = json_deep_copy(r->record);
			if (moved)
				fb_compare_offsets(want, &r->doc);
			if (event)
				json_object_set_new(json_object_get(want, "input"), "event", json_string(event));
			char *tree = compact ? fb_record_dump_compact(want) : fb_record_dump(want);
			fb_record_opts wo = ro;
			wo.report_offsets = moved;
			wo.event = event;
			fb_buf got = { 0 };
			assert_int_equal(fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment,
			                     &wo, compact, &got, NULL, NULL), 0);
			if (strcmp(tree, got.p) != 0)
				fail_msg("reports (moved %d, compact %d): the written record differs from the tree", moved, compact);
			free(tree);
			fb_buf_free(&got);
			json_decref(want);
		}
	fb_result_free(r);
	for (size_t i = 0; i < n; i++)
		fb_doc_free(&docs[i]);
	free(docs);
}

static void test_reports(void **state)
{
	static const char *const two[] = {
		"Source: Wire One\nDate: 2026-03-02\n\nFlood kills five in Marrow Valley\n\nFive people were killed "
		"when the river burst its banks, police said. Fourteen were rescued.\n",
		"Outlet: The Valley \"Courier\"\n\nFour people died in the flood, Mayor Ines Quarry said on Monday.\n\n"
		"Quarry said 16 people were rescued, and the police said four bodies had been found.\n",
	};
	reports_both_ways(two, 2, NULL);
	reports_both_ways(two, 2, "flood-1");
	static const char *const three[] = {
		"Three killed in blast\n\nThree people were killed, officials said.\n",
		"No header here. Two people were hurt in the blast, a witness told reporters. \xc3\xa9t\xc3\xa9 "
		"caf\xc3\xa9 \xe2\x80\x94 and more text so that the title is cut somewhere inside a long first "
		"paragraph that goes on and on well past one hundred and sixty bytes \xe2\x80\x94 \xe2\x80\x94.\n",
		"Date: 2026-03-03T10:00\n\nThe blast killed four, police said. Three were killed, said the mayor.\n",
	};
	reports_both_ways(three, 3, NULL);
	/* the bundled example of two reports */
	fb_buf a = { 0 }, b = { 0 };
	if (fb_buf_read_file(&a, FB_TEST_DIR "/../examples/compare/ridgeway-wire.txt") != 0 ||
	    fb_buf_read_file(&b, FB_TEST_DIR "/../examples/compare/ridgeway-courier.txt") != 0 || !a.len || !b.len)
		fail_msg("examples/compare: missing or empty");
	const char *const ex[] = { a.p, b.p };
	reports_both_ways(ex, 2, NULL);
	fb_buf_free(&a);
	fb_buf_free(&b);
}

static void test_corpus(void **state)
{
	DIR *d = opendir(FB_SHARED_DIR "/corpus/wikinews");
	if (!d)
		skip();
	closedir(d);
	dir_both_ways(FB_SHARED_DIR "/corpus/wikinews");
	file_both_ways(FB_SHARED_DIR "/corpus/karachi-police-office.txt");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_our_articles),
		cmocka_unit_test(test_odd_strings),
		cmocka_unit_test(test_reports),
		cmocka_unit_test(test_corpus),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
