/* test_lexicon.c - the word lists: loading a file (comments, fields, line
 * numbers, duplicates, bad lines), look-ups with case and apostrophe
 * folding and white space runs, and fb_lexicon_longest (with its quick no
 * on the first words) giving the same answers as trying every prefix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lexicon.h"
#include "util.h"

static fb_lexicon *make(void)
{
	static const char *const phrases[] = {
		"police", "last week", "the previous year", "u.s. army", "a year ago",
		"children's hospital", "in 2019", "earlier", NULL,
	};
	fb_lexicon *lx = fb_lexicon_new();
	for (size_t i = 0; phrases[i]; i++) {
		const char *f[1] = { phrases[i] };
		fb_lexicon_add(lx, phrases[i], strlen(phrases[i]), f, 1);
	}
	return lx;
}

/* The longest phrase at the start of text, or NULL; *used its length. */
static const char *longest(const fb_lexicon *lx, const char *text, size_t *used)
{
	const fb_entry *e = fb_lexicon_longest(lx, text, strlen(text), used);
	return e ? e->key : NULL;
}

static void test_get(void **state)
{
	(void)state;
	fb_lexicon *lx = make();
	assert_non_null(fb_lexicon_get(lx, "POLICE", 6));
	assert_non_null(fb_lexicon_get(lx, "Last \n  Week", 12));
	assert_non_null(fb_lexicon_get(lx, "Children\xE2\x80\x99s Hospital", 21));
	assert_non_null(fb_lexicon_get(lx, "last\xC2\xA0week", 10));
	assert_non_null(fb_lexicon_get(lx, "last\xE2\x80\xA9 week", 12));
	assert_null(fb_lexicon_get(lx, "polic", 5));
	assert_null(fb_lexicon_get(lx, "last", 4));
	fb_lexicon_free(lx);
}

/* fb_space_len knows the white space of news copy beyond ASCII; text
 * folding turns each run of it into one space. */
static void test_space_len(void **state)
{
	(void)state;
	assert_int_equal(fb_space_len(" x", 2), 1);
	assert_int_equal(fb_space_len("\xC2\xA0x", 3), 2);       /* U+00A0 */
	assert_int_equal(fb_space_len("\xE2\x80\xA8", 3), 3);    /* U+2028 */
	assert_int_equal(fb_space_len("\xE2\x80\xA9", 3), 3);    /* U+2029 */
	assert_int_equal(fb_space_len("\xE2\x80\x89", 3), 3);    /* thin space */
	assert_int_equal(fb_space_len("\xE2\x80\xA8", 2), 0);    /* cut short */
	assert_int_equal(fb_space_len("\xE2\x80\x94", 3), 0);    /* an em dash */
	assert_int_equal(fb_space_len("\xC2\xA9", 2), 0);         /* a copyright sign */
	assert_int_equal(fb_space_len("x", 1), 0);
	assert_int_equal(fb_space_len("", 0), 0);
	char *f = fb_fold_text("Two\xE2\x80\xA8\xE2\x80\xA8riders\xC2\xA0" "fell ", 22);
	assert_string_equal(f, "Two riders fell");
	free(f);
}

static void test_longest(void **state)
{
	(void)state;
	fb_lexicon *lx = make();
	size_t used = 0;
	static const struct { const char *text, *want; size_t used; } cases[] = {
		{ "Police said", "police", 6 },
		{ "police, who", "police", 6 },           /* a one-word phrase drops its comma */
		{ "Last week, the", "last week", 9 },     /* so does a longer one */
		{ "last  weekend", NULL, 0 },
		{ "The previous year saw", "the previous year", 17 },
		{ "the previous day", NULL, 0 },          /* first words listed, phrase not */
		{ "the police", NULL, 0 },
		{ "U.S. Army officers", "u.s. army", 9 },  /* punctuation inside a phrase */
		{ "a year ago.", "a year ago", 10 },
		{ "a year later", NULL, 0 },
		{ "children\xE2\x80\x99s hospital staff", "children's hospital", 21 },
		{ "Earlier;", "earlier", 7 },
		{ "in 2019", "in 2019", 7 },
		{ "in 2020", NULL, 0 },
		{ "earlierx", NULL, 0 },
		{ "", NULL, 0 },
		/* no-break, line-separator and thin spaces split words too */
		{ "last\xC2\xA0week it", "last week", 10 },
		{ "Last\xE2\x80\xA8week", "last week", 11 },
		{ "the \xE2\x80\xAF previous\xC2\xA0year", "the previous year", 22 },
		{ "Police\xC2\xA0said", "police", 6 },
		{ "last\xC2\xA0weekend", NULL, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		used = 0;
		const char *got = longest(lx, cases[i].text, &used);
		if (!cases[i].want ? got != NULL : !got || strcmp(got, cases[i].want) != 0 || used != cases[i].used)
			fail_msg("'%s': want '%s' (%zu), got '%s' (%zu)", cases[i].text,
			    cases[i].want ? cases[i].want : "(none)", cases[i].used, got ? got : "(none)", used);
	}
	fb_lexicon_free(lx);
}

/* The quick no never says no to a phrase that is there: every listed
 * phrase, in any case and followed by anything, is found. */
static void test_quick_no_is_safe(void **state)
{
	(void)state;
	fb_lexicon *lx = make();
	static const char *const tails[] = { "", " and more", ",", ". Next", "; x", ":\n" };
	for (size_t i = 0; i < lx->n; i++)
		for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
			char text[128];
			snprintf(text, sizeof text, "%s%s", lx->e[i].key, tails[t]);
			for (char *p = text; *p; p++)
				if (*p >= 'a' && *p <= 'z' && (p == text || p[-1] == ' '))
					*p = (char)(*p - 32);
			size_t used = 0;
			const char *got = longest(lx, text, &used);
			if (!got || used != lx->e[i].keylen)
				fail_msg("'%s': want '%s', got '%s'", text, lx->e[i].key, got ? got : "(none)");
		}
	fb_lexicon_free(lx);
}

/* Writes n bytes of text to a new temporary file; returns its path. */
static char *temp_file(const char *text, size_t n)
{
	static char path[64];
	snprintf(path, sizeof path, "/tmp/fb-lexicon-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, n), (ssize_t)n);
	close(fd);
	return path;
}

static void test_load(void **state)
{
	static const char text[] =
	    "# a comment\r\n"
	    "\r\n"
	    "Police\tpeople\tofficers\r\n"
	    "  last  \xE2\x80\x99week\ttime\n"
	    "\t# an indented comment\n"
	    "police\tsecond\n"
	    "a b c d\n"
	    "no newline\tat end";
	char err[256] = "";
	char *p = temp_file(text, sizeof text - 1);
	fb_lexicon *lx = fb_lexicon_load(p, err, sizeof err);
	unlink(p);
	assert_non_null(lx);
	assert_int_equal(lx->n, 4);
	const fb_entry *e = fb_lexicon_get(lx, "POLICE", 6);
	assert_non_null(e);
	assert_string_equal(e->key, "police");
	assert_int_equal(e->nfield, 2); /* the first line of a phrase counts */
	assert_string_equal(e->field[0], "people");
	assert_string_equal(e->field[1], "officers");
	assert_int_equal(e->line, 3);
	e = fb_lexicon_get(lx, "last 'week", 10);
	assert_non_null(e);
	assert_int_equal(e->line, 4);
	assert_string_equal(e->field[0], "time");
	e = fb_lexicon_get(lx, "no newline", 10);
	assert_non_null(e);
	assert_string_equal(e->field[0], "at end");
	assert_int_equal(lx->max_words, 4);
	assert_non_null(fb_lexicon_get(lx, "a b c d", 7));
	fb_lexicon_free(lx);

	/* Fields given to fb_lexicon_add are copied. */
	lx = fb_lexicon_new();
	char f0[] = "kept";
	const char *f[1] = { f0 };
	fb_lexicon_add(lx, "Some  Words", 11, f, 1);
	f0[0] = 'X';
	e = fb_lexicon_get(lx, "some words", 10);
	assert_non_null(e);
	assert_string_equal(e->key, "some words");
	assert_string_equal(e->field[0], "kept");
	for (int i = 0; i < 500; i++) { /* the table grows; entries stay */
		char k[16];
		snprintf(k, sizeof k, "word %d", i);
		fb_lexicon_add(lx, k, strlen(k), NULL, 0);
	}
	assert_int_equal(lx->n, 501);
	assert_non_null(fb_lexicon_get(lx, "word 499", 8));
	assert_string_equal(fb_lexicon_get(lx, "some words", 10)->field[0], "kept");
	fb_lexicon_free(lx);
}

static void test_load_errors(void **state)
{
	char err[256] = "";
	static const char nul[] = "one\ntwo\nth\0ree\n";
	char *p = temp_file(nul, sizeof nul - 1);
	assert_null(fb_lexicon_load(p, err, sizeof err));
	char want[128];
	snprintf(want, sizeof want, "%s:3: NUL byte in word list", p);
	assert_string_equal(err, want);
	unlink(p);
	static const char many[] = "ok\n# c\nk\t1\t2\t3\t4\t5\t6\t7\n";
	p = temp_file(many, sizeof many - 1);
	assert_null(fb_lexicon_load(p, err, sizeof err));
	snprintf(want, sizeof want, "%s:3: more than %d fields", p, FB_LEX_MAX_FIELDS + 1);
	assert_string_equal(err, want);
	unlink(p);
	assert_null(fb_lexicon_load("/nonexistent/words.txt", err, sizeof err));
	assert_string_equal(err, "/nonexistent/words.txt: No such file or directory");
	p = temp_file("", 0); /* empty: no entries, no error */
	fb_lexicon *lx = fb_lexicon_load(p, err, sizeof err);
	unlink(p);
	assert_non_null(lx);
	assert_int_equal(lx->n, 0);
	assert_null(fb_lexicon_get(lx, "x", 1));
	size_t used = 0;
	assert_null(fb_lexicon_longest(lx, "x y", 3, &used));
	fb_lexicon_free(lx);
}

/* A shared list is loaded once for all its holders and freed by the last
 * (run under the sanitizers, a free too early or a leak shows). */
static void test_shared(void **state)
{
	(void)state;
	char err[256];
	fb_lexicon *a = fb_lexicon_load_shared("attribution/people.txt", err, sizeof err);
	assert_non_null(a);
	fb_lexicon *b = fb_lexicon_load_shared("attribution/people.txt", err, sizeof err);
	assert_ptr_equal(a, b);
	assert_int_equal(a->shared, 2);
	fb_lexicon *c = fb_lexicon_load_data("attribution/people.txt", err, sizeof err);
	assert_ptr_not_equal(a, c); /* an unshared load is its own */
	assert_int_equal(c->shared, 0);
	fb_lexicon_free(c);
	fb_lexicon_free(b);
	assert_int_equal(a->shared, 1);
	assert_non_null(fb_lexicon_get(a, "policemen", strlen("policemen")));
	fb_lexicon_free(a);
	/* loaded again after the last holder let go: a new one */
	fb_lexicon *d = fb_lexicon_load_shared("attribution/people.txt", err, sizeof err);
	assert_non_null(d);
	assert_int_equal(d->shared, 1);
	fb_lexicon_free(d);
	assert_null(fb_lexicon_load_shared("no/such-list.txt", err, sizeof err));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_get),
		cmocka_unit_test(test_space_len),
		cmocka_unit_test(test_longest),
		cmocka_unit_test(test_quick_no_is_safe),
		cmocka_unit_test(test_shared),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
