/* lexicon.c - loads the editable word lists (data files, .txt or .tsv) into
 * case-insensitive hash tables. A bad file names its path and line. */
#include "lexicon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "util.h"

/* Folds one key: lower-case ASCII, typographic apostrophes to ', runs of
 * white space to one space, trimmed. Returns a new string. */
static char *fold_key(const char *s, size_t n, size_t *outlen)
{
	/* Most keys are plain lower-case ASCII words with single spaces: copy */
	int plain = n > 0 && s[0] != ' ' && s[n - 1] != ' ';
	for (size_t i = 0; plain && i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		plain = c >= 0x20 && c < 0x7F && c != '"' && !(c == ' ' && s[i + 1] == ' ');
	}
	if (plain) {
		char *f = fb_xmalloc(n + 1);
		for (size_t i = 0; i < n; i++)
			f[i] = (char)fb_tolower((unsigned char)s[i]);
		f[n] = '\0';
		*outlen = n;
		return f;
	}
	char *f = fb_fold_text(s, n);
	for (char *p = f; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	*outlen = strlen(f);
	return f;
}

static size_t hash(const char *s, size_t n)
{
	size_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)fb_tolower((unsigned char)s[i]);
		h *= 1099511628211u;
	}
	return h;
}

/* The quick-answer bitmaps: a bit for the hash of a folded text. */
static void set_bit_of(unsigned long long *bits, const char *k, size_t n)
{
	size_t h = hash(k, n) & (FB_LEX_FIRST_BITS - 1);
	bits[h / 64] |= 1ull << (h % 64);
}

static int bit_of(const unsigned long long *bits, const char *k, size_t n)
{
	size_t h = hash(k, n) & (FB_LEX_FIRST_BITS - 1);
	return (int)((bits[h / 64] >> (h % 64)) & 1);
}

static void rehash(fb_lexicon *lx)
{
	size_t ns = 16;
	while (ns < lx->n * 2 + 2)
		ns *= 2;
	free(lx->slot);
	lx->slot = fb_xcalloc(ns, sizeof *lx->slot);
	lx->nslot = ns;
	for (size_t i = 0; i < lx->n; i++) {
		size_t h = hash(lx->e[i].key, lx->e[i].keylen) & (ns - 1);
		while (lx->slot[h])
			h = (h + 1) & (ns - 1);
		lx->slot[h] = i + 1;
	}
}

fb_lexicon *fb_lexicon_new(void)
{
	fb_lexicon *lx = fb_xcalloc(1, sizeof *lx);
	lx->path = fb_xstrdup("(built in)");
	rehash(lx);
	return lx;
}

fb_entry *fb_lexicon_add(fb_lexicon *lx, const char *key, size_t keylen,
    const char *const *fields, size_t nfield)
{
	size_t kl;
	char *k = fold_key(key, keylen, &kl);
	const fb_entry *old = fb_lexicon_get(lx, k, kl);
	if (old) { /* a phrase listed twice: its first line counts */
		free(k);
		return (fb_entry *)old;
	}
	fb_entry *e = FB_PUSH(lx->e, lx->n, lx->cap);
	e->key = k;
	e->keylen = kl;
	for (size_t i = 0; i < nfield && i < FB_LEX_MAX_FIELDS; i++)
		e->field[e->nfield++] = fb_xstrdup(fields[i] ? fields[i] : "");
	size_t words = 1;
	for (size_t i = 0; i < kl; i++)
		words += k[i] == ' ';
	if (words > lx->max_words)
		lx->max_words = words;
	/* a one-word phrase, or the first two words of a longer one */
	size_t sp1 = 0;
	while (sp1 < kl && k[sp1] != ' ')
		sp1++;
	set_bit_of(lx->first, k, sp1);
	if (sp1 == kl)
		set_bit_of(lx->single, k, kl);
	else {
		size_t sp2 = sp1 + 1;
		while (sp2 < kl && k[sp2] != ' ')
			sp2++;
		set_bit_of(lx->pair, k, sp2);
	}
	if (lx->n * 2 + 2 > lx->nslot)
		rehash(lx);
	else {
		size_t h = hash(k, kl) & (lx->nslot - 1);
		while (lx->slot[h])
			h = (h + 1) & (lx->nslot - 1);
		lx->slot[h] = lx->n;
	}
	return e;
}

fb_lexicon *fb_lexicon_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	fb_lexicon *lx = fb_lexicon_new();
	free(lx->path);
	lx->path = fb_xstrdup(path);
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t got;
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		size_t n = (size_t)got;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (memchr(line, '\0', n)) {
			snprintf(err, errlen, "%s:%zu: NUL byte in word list", path, lineno);
			goto fail;
		}
		size_t s = 0;
		while (s < n && (line[s] == ' ' || line[s] == '\t'))
			s++;
		if (s == n || line[s] == '#')
			continue;
		const char *fields[FB_LEX_MAX_FIELDS];
		size_t nf = 0;
		char *tab = strchr(line + s, '\t');
		size_t keylen = tab ? (size_t)(tab - (line + s)) : n - s;
		while (tab && nf < FB_LEX_MAX_FIELDS) {
			*tab = '\0';
			char *next = strchr(tab + 1, '\t');
			fields[nf++] = tab + 1;
			tab = next;
		}
		if (tab) {
			snprintf(err, errlen, "%s:%zu: more than %d fields", path, lineno, FB_LEX_MAX_FIELDS + 1);
			goto fail;
		}
		fb_entry *e = fb_lexicon_add(lx, line + s, keylen, fields, nf);
		if (!e->line)
			e->line = lineno;
	}
	free(line);
	fclose(f);
	return lx;
fail:
	free(line);
	fclose(f);
	fb_lexicon_free(lx);
	return NULL;
}

fb_lexicon *fb_lexicon_load_data(const char *name, char *err, size_t errlen)
{
	char *rel = fb_xasprintf("data/%s", name);
	char *p = fb_datapath(rel);
	fb_lexicon *lx = fb_lexicon_load(p, err, errlen);
	free(p);
	free(rel);
	return lx;
}

void fb_lexicon_free(fb_lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->n; i++) {
		free(lx->e[i].key);
		for (size_t k = 0; k < lx->e[i].nfield; k++)
			free(lx->e[i].field[k]);
	}
	free(lx->e);
	free(lx->slot);
	free(lx->path);
	free(lx);
}

/* Compares a raw text slice with a folded key, folding the slice on the
 * fly (typographic apostrophe, white space runs). */
static int slice_eq(const char *s, size_t n, const char *key, size_t keylen)
{
	size_t i = 0, k = 0;
	while (i < n && k < keylen) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			if (key[k] != '\'')
				return 0;
			i += 3, k++;
			continue;
		}
		if (fb_isspace(c)) {
			if (key[k] != ' ')
				return 0;
			while (i < n && fb_isspace((unsigned char)s[i]))
				i++;
			k++;
			continue;
		}
		if (fb_tolower(c) != (unsigned char)key[k])
			return 0;
		i++, k++;
	}
	return i == n && k == keylen;
}

const fb_entry *fb_lexicon_get(const fb_lexicon *lx, const char *s, size_t n)
{
	if (!lx || !lx->nslot)
		return NULL;
	/* Hash the folded form: fold into a small stack buffer when short. */
	char tmp[256];
	size_t tl = 0;
	for (size_t i = 0; i < n && tl < sizeof tmp; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			tmp[tl++] = '\'';
			i += 2;
		} else if (fb_isspace(c)) {
			if (tl && tmp[tl - 1] != ' ')
				tmp[tl++] = ' ';
		} else
			tmp[tl++] = (char)fb_tolower(c);
	}
	if (tl == sizeof tmp)
		return NULL;
	size_t h = hash(tmp, tl) & (lx->nslot - 1);
	for (size_t probes = 0; lx->slot[h] && probes < lx->nslot; probes++) {
		const fb_entry *e = &lx->e[lx->slot[h] - 1];
		if (e->keylen == tl && slice_eq(s, n, e->key, e->keylen))
			return e;
		h = (h + 1) & (lx->nslot - 1);
	}
	return NULL;
}

/* Folds s[0,n) as fb_lexicon_get does, once, noting for every raw byte
 * position the folded length so far (lenat[i] for the prefix s[0,i)) and
 * the hash of every folded prefix (hs[k] for tmp[0,k)). Returns 0 when the
 * prefix does not fit the arrays: the caller falls back to plain look-ups. */
#define LONGEST_RAW 1024
static int fold_prefixes(const char *s, size_t n, char tmp[256], unsigned short lenat[LONGEST_RAW + 1],
    size_t hs[257])
{
	if (n > LONGEST_RAW)
		return 0;
	size_t tl = 0, h = 1469598103934665603u;
	hs[0] = h;
	lenat[0] = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t step = 1;
		int out = -1;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			out = '\'';
			step = 3;
		} else if (fb_isspace(c)) {
			if (tl && tmp[tl - 1] != ' ')
				out = ' ';
		} else
			out = fb_tolower(c);
		if (out >= 0) {
			if (tl == 256)
				return 0;
			tmp[tl++] = (char)out;
			h ^= (unsigned char)out;
			h *= 1099511628211u;
			hs[tl] = h;
		}
		for (size_t k = 1; k <= step; k++)
			lenat[i + k] = (unsigned short)tl;
		i += step;
	}
	return 1;
}

/* Folds the word after white space at s[*i] onto w[at..] as look-ups fold
 * it; stores the new length of w. Returns 0 when it is longer than max. */
static int fold_word(const char *s, size_t n, size_t *i, char *w, size_t at, size_t max, size_t *len)
{
	size_t k = *i, wl = at;
	while (k < n && fb_isspace((unsigned char)s[k]))
		k++;
	while (k < n && !fb_isspace((unsigned char)s[k])) {
		if (wl - at == max)
			return 0;
		unsigned char c = (unsigned char)s[k];
		if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 &&
		    ((unsigned char)s[k + 2] == 0x98 || (unsigned char)s[k + 2] == 0x99)) {
			w[wl++] = '\'';
			k += 3;
		} else {
			w[wl++] = (char)fb_tolower(c);
			k++;
		}
	}
	*i = k;
	*len = wl;
	return 1;
}

static size_t trim_punct(const char *w, size_t l)
{
	while (l > 0 && (w[l - 1] == ',' || w[l - 1] == '.' || w[l - 1] == ';' || w[l - 1] == ':'))
		l--;
	return l;
}

const fb_entry *fb_lexicon_longest(const fb_lexicon *lx, const char *s, size_t n, size_t *matched)
{
	/* Most words of a text start no listed phrase: fold the first two
	 * words, and give up when the first (with or without its trailing
	 * punctuation, which a phrase's last word drops) is no one-word phrase
	 * and the two are not the start of a longer one. */
	{
		char w[130];
		size_t i = 0, l1, l2;
		if (!fold_word(s, n, &i, w, 0, 64, &l1))
			goto slow; /* a word too long for the quick answer */
		size_t t1 = trim_punct(w, l1);
		if (!bit_of(lx->first, w, l1) && !(t1 < l1 && bit_of(lx->first, w, t1)))
			return NULL;
		if (bit_of(lx->single, w, l1) || (t1 < l1 && bit_of(lx->single, w, t1)))
			goto slow;
		w[l1] = ' ';
		if (!fold_word(s, n, &i, w, l1 + 1, 64, &l2))
			goto slow;
		if (l2 == l1 + 1) /* one word only */
			return NULL;
		size_t t2 = trim_punct(w, l2);
		if (!bit_of(lx->pair, w, l2) && !(t2 < l2 && bit_of(lx->pair, w, t2)))
			return NULL;
	}
slow:;
	/* Try word-boundary prefixes of up to max_words words, longest first. */
	size_t ends[32] = { 0 };
	size_t ne = 0, i = 0;
	while (i < n && ne < lx->max_words && ne < 32) {
		while (i < n && !fb_isspace((unsigned char)s[i]))
			i++;
		ends[ne++] = i;
		while (i < n && fb_isspace((unsigned char)s[i]))
			i++;
	}
	/* This runs at every word of every sentence for several lists: fold
	 * and hash the longest prefix once instead of once per candidate.
	 * Same answers as fb_lexicon_get on each candidate. */
	char tmp[256];
	unsigned short lenat[LONGEST_RAW + 1];
	size_t hs[257];
	int fast = ne && lx->nslot && fold_prefixes(s, ends[ne - 1], tmp, lenat, hs);
	while (ne--) {
		size_t e = ends[ne];
		/* trailing punctuation is not part of a phrase */
		while (e > 0 && (s[e - 1] == ',' || s[e - 1] == '.' || s[e - 1] == ';' || s[e - 1] == ':'))
			e--;
		const fb_entry *hit = NULL;
		if (fast) {
			size_t tl = lenat[e];
			if (tl < sizeof tmp) { /* fb_lexicon_get gives up at 256 */
				size_t h = hs[tl] & (lx->nslot - 1);
				for (size_t probes = 0; lx->slot[h] && probes < lx->nslot; probes++) {
					const fb_entry *x = &lx->e[lx->slot[h] - 1];
					if (x->keylen == tl && slice_eq(s, e, x->key, x->keylen)) {
						hit = x;
						break;
					}
					h = (h + 1) & (lx->nslot - 1);
				}
			}
		} else
			hit = fb_lexicon_get(lx, s, e);
		if (hit) {
			*matched = e;
			return hit;
		}
	}
	return NULL;
}
