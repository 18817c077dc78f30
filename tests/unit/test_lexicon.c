/* test_lexicon.c - the word lists' look-ups: case and apostrophe folding,
 * white space runs, and fb_lexicon_longest (with its quick no on the first
 * words) giving the same answers as trying every prefix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "lexicon.h"

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
	assert_null(fb_lexicon_get(lx, "polic", 5));
	assert_null(fb_lexicon_get(lx, "last", 4));
	fb_lexicon_free(lx);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get),
		cmocka_unit_test(test_longest),
		cmocka_unit_test(test_quick_no_is_safe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
