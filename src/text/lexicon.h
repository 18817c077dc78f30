/* lexicon.h - word lists that editors may extend, loaded from data files.
 * A file holds one entry a line: a phrase, then optional tab-separated
 * fields; '#' starts a comment line. Look-ups ignore ASCII case and fold
 * typographic apostrophes. */
#ifndef FB_LEXICON_H
#define FB_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define FB_LEX_MAX_FIELDS 6

typedef struct fb_entry {
	char *key;                        /* folded phrase, lower case */
	size_t keylen;
	char *field[FB_LEX_MAX_FIELDS];   /* extra columns, NULL when absent */
	size_t nfield;
	size_t line;                      /* line in the file */
} fb_entry;

typedef struct fb_lexicon {
	char *path;
	fb_entry *e;                      /* entries in file order */
	size_t n, cap;
	uint32_t *slot;                   /* open-addressing table of e+1, 0 empty */
	size_t nslot;
	size_t max_words;                 /* words in the longest phrase */
	/* Bits for the hashes of every phrase's first word, of the one-word
	 * phrases, and of the first two words of the others (three arrays of
	 * nbits bits, 16 a table slot): fb_lexicon_longest's quick no. */
	unsigned long long *bits;
	size_t nbits;
	struct fb_lex_block *blocks;      /* where the strings live */
	int shared;                       /* holders of a shared list (fb_lexicon_load_shared), else 0 */
} fb_lexicon;

/* Loads path; on failure returns NULL and writes "path:line: why" to err. */
fb_lexicon *fb_lexicon_load(const char *path, char *err, size_t errlen);
/* Loads datadir/data/name (see fb_datadir). */
fb_lexicon *fb_lexicon_load_data(const char *name, char *err, size_t errlen);
/* As fb_lexicon_load_data, but one list for every holder in the process:
 * loaded by the first, freed (fb_lexicon_free) by the last. For a big list
 * several stages read and none changes ("attribution/people.txt"). */
fb_lexicon *fb_lexicon_load_shared(const char *name, char *err, size_t errlen);
/* An empty lexicon, for tests and for lists built in code. */
fb_lexicon *fb_lexicon_new(void);
/* Adds an entry (key folded as on load); fields may be NULL. */
fb_entry *fb_lexicon_add(fb_lexicon *lx, const char *key, size_t keylen,
    const char *const *fields, size_t nfield);
void fb_lexicon_free(fb_lexicon *lx);

/* The entry whose phrase equals s[0,n) (case-insensitive), or NULL. */
const fb_entry *fb_lexicon_get(const fb_lexicon *lx, const char *s, size_t n);
/* Longest entry that is a whole-word prefix of s[0,n): matches "lost their
 * lives" in "lost their lives in". Returns NULL when none. *matched gets the
 * bytes consumed. */
const fb_entry *fb_lexicon_longest(const fb_lexicon *lx, const char *s, size_t n, size_t *matched);

#endif
