/* lemma.h - a noun's lemma, its singular in lower case ("cities" -> "city",
 * "women" -> "woman"): cheap suffix rules, and the plurals they get wrong
 * from data/nouns-plural.tsv (generated from WordNet by scripts/gen-plurals.py). */
#ifndef FB_LEMMA_H
#define FB_LEMMA_H

#include <stddef.h>

#include "lexicon.h"

/* Loads data/nouns-plural.tsv (plural, singular); on failure returns NULL
 * and writes "path:line: why" to err. Free with fb_lexicon_free. */
fb_lexicon *fb_plurals_load(char *err, size_t errlen);

/* Writes the lemma of the word s[0,n) to out, lower case and
 * NUL-terminated, cut to cap - 1 bytes (cap > 0); returns its whole
 * length, as snprintf does. A word of four lower-case letters or more is
 * looked up in plurals (NULL: the rules alone) and takes the full rules
 * ("heroes" -> "hero", "crisis", "women" -> "woman"); shorter words,
 * capitalised names and other tokens take the plain suffix rules
 * ("Iraqis" -> "iraqi"). */
size_t fb_noun_lemma(const fb_lexicon *plurals, const char *s, size_t n, char *out, size_t cap);

#endif
