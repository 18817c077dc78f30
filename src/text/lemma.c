/* lemma.c - a counted noun's lemma, for the claims' subjects and the
 * scopes' heads alike: suffix rules for the common case, a WordNet table for
 * the plurals they get wrong ("buses", "movies", "women", "news"). */
#include "lemma.h"

#include <string.h>

#include "util.h"

fb_lexicon *fb_plurals_load(char *err, size_t errlen)
{
	return fb_lexicon_load_data("nouns-plural.tsv", err, errlen);
}

/* Does the word s[0,n) end in the lower-case suffix suf (ASCII case
 * ignored)? */
static int ends(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && fb_word_eq(s + n - k, k, suf);
}

/* Four lower-case ASCII letters or more: a common noun the table may list
 * and the full rules may read. */
static int plain_word(const char *s, size_t n)
{
	if (n < 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!fb_islower((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Writes s[0,n) in lower case, then tail, to out (cut to cap - 1 bytes);
 * returns the whole length. */
static size_t put(char *out, size_t cap, const char *s, size_t n, const char *tail)
{
	size_t t = strlen(tail), len = n + t;
	for (size_t i = 0; i < len && i + 1 < cap; i++)
		out[i] = (char)fb_tolower((unsigned char)(i < n ? s[i] : tail[i - n]));
	out[len < cap ? len : cap - 1] = '\0';
	return len;
}

size_t fb_noun_lemma(const fb_lexicon *plurals, const char *s, size_t n, char *out, size_t cap)
{
	int plain = plain_word(s, n);
	const fb_entry *e = plain && plurals ? fb_lexicon_get(plurals, s, n) : NULL;
	if (e && e->nfield)
		return put(out, cap, e->field[0], strlen(e->field[0]), "");
	if (n > 4 && ends(s, n, "ies"))
		return put(out, cap, s, n - 3, "y"); /* "cities" */
	if (n > 4 && (ends(s, n, "ches") || ends(s, n, "shes") || ends(s, n, "xes") || ends(s, n, "sses") ||
	    (plain && ends(s, n, "oes"))))
		return put(out, cap, s, n - 2, ""); /* "churches", "boxes", "classes", "heroes"; not "houses" */
	if (plain && n > 4 && ends(s, n, "men"))
		return put(out, cap, s, n - 3, "man"); /* "firemen"; the table keeps "specimen" */
	/* "jobs"; not "gross", "bonus", "crisis" (the table has "menus") */
	if (n > 3 && ends(s, n, "s") && !ends(s, n, "ss") && !ends(s, n, "us") && !(plain && ends(s, n, "is")))
		return put(out, cap, s, n - 1, "");
	return put(out, cap, s, n, "");
}
