/* test_lemma.c - a counted noun's lemma (fb_noun_lemma): the suffix rules,
 * the WordNet table of data/nouns-plural.tsv for the plurals they get
 * wrong, the words that must stay, and names and short words left to the
 * plain rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lemma.h"
#include "lexicon.h"
#include "util.h"

static int load(void **state)
{
	char err[256];
	fb_lexicon *lx = fb_plurals_load(err, sizeof err);
	if (!lx)
		fprintf(stderr, "%s\n", err);
	*state = lx;
	return lx ? 0 : -1;
}

static int unload(void **state)
{
	fb_lexicon_free(*state);
	return 0;
}

/* Checks that word's lemma is want, with the table (state) or without. */
static void lemma_is(const fb_lexicon *plurals, const char *word, const char *want)
{
	char out[64];
	size_t len = fb_noun_lemma(plurals, word, strlen(word), out, sizeof out);
	if (strcmp(out, want) != 0 || len != strlen(want))
		fail_msg("%s -> %s (%zu), want %s", word, out, len, want);
}

/* noun.exc's irregular plurals, from the table */
static void test_irregular(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "crises", "crisis");
	lemma_is(p, "analyses", "analysis");
	lemma_is(p, "children", "child");
	lemma_is(p, "teeth", "tooth");
	lemma_is(p, "criteria", "criterion");
	lemma_is(p, "wolves", "wolf");
	lemma_is(p, "lives", "life");
	/* a plural that is a more frequent noun of its own stays ("data") */
	lemma_is(p, "data", "data");
}

/* "-men" is WordNet's own rule; the table keeps the singulars in -men */
static void test_men(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "women", "woman");
	lemma_is(p, "firemen", "fireman");
	lemma_is(p, "gunmen", "gunman");
	lemma_is(p, "specimen", "specimen");
	lemma_is(p, "regimen", "regimen");
	lemma_is(p, "men", "men"); /* three letters: as ever */
}

/* "-oes" loses "es" ("vetoes", "heroes"), but the table keeps the nouns in
 * "-oe" ("shoes", "canoes") */
static void test_oes(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "vetoes", "veto");
	lemma_is(p, "heroes", "hero");
	lemma_is(p, "potatoes", "potato");
	lemma_is(p, "casinos", "casino");
	lemma_is(p, "shoes", "shoe");
	lemma_is(p, "canoes", "canoe");
}

/* "-es" after a sibilant: "houses" loses "s", "classes", "boxes" and
 * "churches" lose "es", and the table has the nouns in s ("buses",
 * "viruses") */
static void test_ses(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "boxes", "box");
	lemma_is(p, "taxes", "tax");
	lemma_is(p, "churches", "church");
	lemma_is(p, "bushes", "bush");
	lemma_is(p, "houses", "house");
	lemma_is(p, "nurses", "nurse");
	lemma_is(p, "classes", "class");
	lemma_is(p, "buses", "bus");
	lemma_is(p, "viruses", "virus");
	lemma_is(p, "bonuses", "bonus");
	lemma_is(p, "statuses", "status");
	lemma_is(p, "gases", "gas");
	lemma_is(NULL, "buses", "buse"); /* the rules alone go wrong */
}

/* "-ies" is "-y", but for the nouns in "-ie" of the table */
static void test_ies(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "cities", "city");
	lemma_is(p, "families", "family");
	lemma_is(p, "movies", "movie");
	lemma_is(p, "cookies", "cookie");
	lemma_is(p, "calories", "calorie");
	lemma_is(NULL, "movies", "movy");
}

/* nouns in s that are no plural: "-ss", "-us" and "-is" by rule, the others
 * from the table; "-s" words the table has ("menus", "taxis") */
static void test_stay(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "news", "news");
	lemma_is(p, "series", "series");
	lemma_is(p, "species", "species");
	lemma_is(p, "politics", "politics");
	lemma_is(p, "gross", "gross");
	lemma_is(p, "loss", "loss");
	lemma_is(p, "glass", "glass");
	lemma_is(p, "bonus", "bonus");
	lemma_is(p, "status", "status");
	lemma_is(p, "crisis", "crisis");
	lemma_is(p, "basis", "basis");
	lemma_is(p, "menus", "menu");
	lemma_is(p, "taxis", "taxi");
	lemma_is(p, "jobs", "job");
	lemma_is(p, "losses", "loss");
}

/* capitalised names, short words and other tokens take the plain rules,
 * in lower case */
static void test_plain_rules(void **state)
{
	const fb_lexicon *p = *state;
	lemma_is(p, "Iraqis", "iraqi");
	lemma_is(p, "Heroes", "heroe");
	lemma_is(p, "Marcus", "marcus");
	lemma_is(p, "CITIES", "city");
	lemma_is(p, "Churches", "church");
	lemma_is(p, "gas", "gas");
	lemma_is(p, "bus", "bus");
	lemma_is(p, "F-16s", "f-16");
	lemma_is(p, "killed", "killed");
}

/* the result is cut to the buffer, its whole length returned */
static void test_cut(void **state)
{
	const fb_lexicon *p = *state;
	char out[4];
	assert_int_equal(fb_noun_lemma(p, "criteria", 8, out, sizeof out), 9);
	assert_string_equal(out, "cri");
	assert_int_equal(fb_noun_lemma(p, "cities", 6, out, sizeof out), 4);
	assert_string_equal(out, "cit");
	char big[200];
	memset(big, 'a', 150);
	memcpy(big + 150, "ies", 4);
	char *r = fb_xmalloc(200);
	assert_int_equal(fb_noun_lemma(p, big, 153, r, 200), 151);
	assert_int_equal(r[150], 'y');
	free(r);
}

/* every line of the table is one the rules get wrong: the generator's
 * copy of the rules (scripts/gen-plurals.py) is in step with these */
static void test_table_needed(void **state)
{
	const fb_lexicon *p = *state;
	assert_true(p->n > 1000);
	for (size_t i = 0; i < p->n; i++) {
		const fb_entry *e = &p->e[i];
		assert_int_equal(e->nfield, 1);
		assert_true(e->keylen >= 4);
		char out[64];
		fb_noun_lemma(NULL, e->key, e->keylen, out, sizeof out);
		if (strcmp(out, e->field[0]) == 0)
			fail_msg("line %zu: the rules give %s -> %s already", e->line, e->key, out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_irregular),
		cmocka_unit_test(test_men),
		cmocka_unit_test(test_oes),
		cmocka_unit_test(test_ses),
		cmocka_unit_test(test_ies),
		cmocka_unit_test(test_stay),
		cmocka_unit_test(test_plain_rules),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_table_needed),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
