/* lexicon.c - loads the editable word lists (data files, .txt or .tsv) into
 * case-insensitive hash tables. A bad file names its path and line. */
#include "lexicon.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "util.h"

/* The entries' strings, in blocks that never move: a loaded file is one
 * block, its keys folded and its fields cut where they lie; what
 * fb_lexicon_add copies goes to small blocks. */
struct fb_lex_block {
	struct fb_lex_block *next;
	size_t used, cap;
	char data[];
};

static char *block_alloc(fb_lexicon *lx, size_t n)
{
	struct fb_lex_block *b = lx->blocks;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > 4000 ? n : 4000;
		b = fb_xmalloc(sizeof *b + cap);
		b->used = 0, b->cap = cap;
		b->next = lx->blocks;
		lx->blocks = b;
	}
	char *p = b->data + b->used;
	b->used += n;
	return p;
}

/* Folds s[0,n) as look-ups fold text (lower-case ASCII, typographic
 * apostrophes to ', runs of white space to one space, trimmed) into out,
 * which may be s itself: folding never lengthens. Returns the length;
 * out[len] is set to NUL, so out needs n + 1 bytes. */
static size_t fold_into(const char *s, size_t n, char *out)
{
	/* Most keys are plain ASCII words with single spaces: lower-case them
	 * in one pass, and fold the rest (whose lower-cased start folds the
	 * same: folding keeps letters) */
	if (n > 0 && s[0] != ' ' && s[n - 1] != ' ') {
		size_t i = 0;
		for (; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c < 0x20 || c >= 0x7F || c == '"' || (c == ' ' && i + 1 < n && s[i + 1] == ' '))
				break;
			out[i] = (char)fb_tolower(c);
		}
		if (i == n) {
			out[n] = '\0';
			return n;
		}
	}
	char *f = fb_fold_text(s, n);
	size_t l = 0;
	for (const char *p = f; *p; p++)
		out[l++] = (char)fb_tolower((unsigned char)*p);
	free(f);
	out[l] = '\0';
	return l;
}

/* The quick-answer bitmaps: first words, one-word phrases, first pairs. */
static unsigned long long *bits_of(const fb_lexicon *lx, int which)
{
	return lx->bits + (size_t)which * (lx->nbits / 64);
}

static void set_bit(fb_lexicon *lx, int which, size_t h)
{
	h &= lx->nbits - 1;
	bits_of(lx, which)[h / 64] |= 1ull << (h % 64);
}

/* h: the FNV-1a of a folded text, a prefix's hash the state after it. */
static int bit_of(const fb_lexicon *lx, int which, size_t h)
{
	h &= lx->nbits - 1;
	return (int)((bits_of(lx, which)[h / 64] >> (h % 64)) & 1);
}

enum { B_FIRST, B_SINGLE, B_PAIR };

/* The hashes of a folded key: whole, first word, first two words; and
 * its number of words. */
typedef struct key_hashes {
	size_t all, first, pair, words;
} key_hashes;

static key_hashes hashes(const char *k, size_t kl)
{
	key_hashes r = { 0, 0, 0, 1 };
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < kl; i++) {
		if (k[i] == ' ') {
			if (r.words == 1)
				r.first = h;
			else if (r.words == 2)
				r.pair = h;
			r.words++;
		}
		h = fb_fnv(h, (unsigned char)k[i]);
	}
	r.all = h;
	if (r.words == 1)
		r.first = h;
	else if (r.words == 2)
		r.pair = h;
	return r;
}

static void mark(fb_lexicon *lx, const key_hashes *kh)
{
	set_bit(lx, B_FIRST, kh->first);
	if (kh->words == 1)
		set_bit(lx, B_SINGLE, kh->all);
	else
		set_bit(lx, B_PAIR, kh->pair);
}

/* Sizes the table (and the bitmaps, 16 bits a slot) for n entries and
 * puts every entry back. */
static void rehash(fb_lexicon *lx, size_t n)
{
	size_t ns = 16;
	while (ns < n * 2 + 2)
		ns *= 2;
	free(lx->slot);
	free(lx->bits);
	lx->slot = fb_xcalloc(ns, sizeof *lx->slot);
	lx->nslot = ns;
	lx->nbits = ns * 16 < 512 ? 512 : ns * 16;
	lx->bits = fb_xcalloc(3 * (lx->nbits / 64), sizeof *lx->bits);
	for (size_t i = 0; i < lx->n; i++) {
		key_hashes kh = hashes(lx->e[i].key, lx->e[i].keylen);
		size_t h = kh.all & (ns - 1);
		while (lx->slot[h])
			h = (h + 1) & (ns - 1);
		lx->slot[h] = (uint32_t)(i + 1);
		mark(lx, &kh);
	}
}

fb_lexicon *fb_lexicon_new(void)
{
	fb_lexicon *lx = fb_xcalloc(1, sizeof *lx);
	lx->path = fb_xstrdup("(built in)");
	rehash(lx, 0);
	return lx;
}

/* Adds folded key k (kl bytes) with fields, all in memory the lexicon
 * keeps; a key listed already keeps its first entry, which is returned. */
static fb_entry *add_folded(fb_lexicon *lx, char *k, size_t kl, char *const *fields, size_t nfield, int *dup)
{
	key_hashes kh = hashes(k, kl);
	size_t h = kh.all & (lx->nslot - 1);
	for (; lx->slot[h]; h = (h + 1) & (lx->nslot - 1)) {
		fb_entry *old = &lx->e[lx->slot[h] - 1];
		if (old->keylen == kl && memcmp(old->key, k, kl) == 0) {
			*dup = 1;
			return old;
		}
	}
	*dup = 0;
	fb_entry *e = FB_PUSH(lx->e, lx->n, lx->cap);
	e->key = k;
	e->keylen = kl;
	for (size_t i = 0; i < nfield && i < FB_LEX_MAX_FIELDS; i++)
		e->field[e->nfield++] = fields[i];
	if (kh.words > lx->max_words)
		lx->max_words = kh.words;
	if (lx->n * 2 + 2 > lx->nslot)
		rehash(lx, lx->n);
	else {
		lx->slot[h] = (uint32_t)lx->n;
		mark(lx, &kh);
	}
	return e;
}

fb_entry *fb_lexicon_add(fb_lexicon *lx, const char *key, size_t keylen,
    const char *const *fields, size_t nfield)
{
	char *k = block_alloc(lx, keylen + 1);
	size_t kl = fold_into(key, keylen, k);
	char *f[FB_LEX_MAX_FIELDS];
	size_t nf = nfield < FB_LEX_MAX_FIELDS ? nfield : FB_LEX_MAX_FIELDS;
	for (size_t i = 0; i < nf; i++) {
		const char *s = fields[i] ? fields[i] : "";
		size_t l = strlen(s);
		f[i] = memcpy(block_alloc(lx, l + 1), s, l + 1);
	}
	int dup;
	return add_folded(lx, k, kl, f, nf, &dup);
}

/* Reads path whole into a block of lx; NULL with errno on failure. */
static char *read_whole(fb_lexicon *lx, const char *path, size_t *len)
{
	fb_buf b = {0};
	if (fb_buf_read_file(&b, path) != 0) {
		int e = errno;
		fb_buf_free(&b);
		errno = e;
		return NULL;
	}
	char *p = memcpy(block_alloc(lx, b.len + 1), b.p ? b.p : "", b.len);
	p[b.len] = '\0';
	*len = b.len;
	fb_buf_free(&b);
	return p;
}

fb_lexicon *fb_lexicon_load(const char *path, char *err, size_t errlen)
{
	fb_lexicon *lx = fb_xcalloc(1, sizeof *lx);
	lx->path = fb_xstrdup(path);
	size_t n;
	char *text = read_whole(lx, path, &n);
	if (!text) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	/* The table sized once, for a line an entry. */
	size_t lines = 1;
	for (const char *p = text; (p = memchr(p, '\n', (size_t)(text + n - p))); p++)
		lines++;
	lx->e = fb_xcalloc(lines, sizeof *lx->e);
	lx->cap = lines;
	rehash(lx, lines);
	size_t lineno = 0;
	for (char *line = text; line < text + n;) {
		char *nl = memchr(line, '\n', (size_t)(text + n - line));
		char *end = nl ? nl : text + n;
		lineno++;
		size_t len = (size_t)(end - line);
		while (len && (line[len - 1] == '\r'))
			len--;
		if (memchr(line, '\0', len)) {
			snprintf(err, errlen, "%s:%zu: NUL byte in word list", path, lineno);
			goto fail;
		}
		line[len] = '\0';
		size_t s = 0;
		while (s < len && (line[s] == ' ' || line[s] == '\t'))
			s++;
		if (s < len && line[s] != '#') {
			char *fields[FB_LEX_MAX_FIELDS];
			size_t nf = 0;
			char *tab = strchr(line + s, '\t');
			size_t keylen = tab ? (size_t)(tab - (line + s)) : len - s;
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
			char *k = line + s;
			size_t kl = fold_into(k, keylen, k);
			int dup;
			fb_entry *e = add_folded(lx, k, kl, fields, nf, &dup);
			if (!dup)
				e->line = lineno;
		}
		line = end + 1;
	}
	return lx;
fail:
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

/* The shared lists held now (fb_lexicon_load_shared), by path. */
#define SHARED_MAX 8
static struct {
	fb_lexicon *lx[SHARED_MAX];
	size_t n;
	pthread_mutex_t lock;
} shared_lists = { .lock = PTHREAD_MUTEX_INITIALIZER };

fb_lexicon *fb_lexicon_load_shared(const char *name, char *err, size_t errlen)
{
	char *rel = fb_xasprintf("data/%s", name);
	char *p = fb_datapath(rel);
	free(rel);
	fb_lexicon *lx = NULL;
	pthread_mutex_lock(&shared_lists.lock);
	for (size_t i = 0; i < shared_lists.n && !lx; i++)
		if (strcmp(shared_lists.lx[i]->path, p) == 0)
			lx = shared_lists.lx[i];
	if (lx)
		lx->shared++;
	else if ((lx = fb_lexicon_load(p, err, errlen)) && shared_lists.n < SHARED_MAX) {
		lx->shared = 1;
		shared_lists.lx[shared_lists.n++] = lx;
	}
	pthread_mutex_unlock(&shared_lists.lock);
	free(p);
	return lx;
}

void fb_lexicon_free(fb_lexicon *lx)
{
	if (!lx)
		return;
	if (lx->shared) {
		pthread_mutex_lock(&shared_lists.lock);
		int last = --lx->shared == 0;
		if (last)
			for (size_t i = 0; i < shared_lists.n; i++)
				if (shared_lists.lx[i] == lx) {
					shared_lists.lx[i] = shared_lists.lx[--shared_lists.n];
					break;
				}
		pthread_mutex_unlock(&shared_lists.lock);
		if (!last)
			return;
	}
	for (struct fb_lex_block *b = lx->blocks, *next; b; b = next) {
		next = b->next;
		free(b);
	}
	free(lx->e);
	free(lx->slot);
	free(lx->bits);
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
		size_t sp = fb_space_len(s + i, n - i);
		if (sp) {
			if (key[k] != ' ')
				return 0;
			while (i < n && (sp = fb_space_len(s + i, n - i)) != 0)
				i += sp;
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
	size_t tl = 0, sp, h = FB_FNV_START;
	int lead = 0; /* white space before the first word: no key starts so */
	for (size_t i = 0; i < n && tl < sizeof tmp; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c > ' ' && c < 0x80) /* most bytes: printable ASCII, no space */
			c = (unsigned char)fb_tolower(c);
		else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			c = '\'';
			i += 2;
		} else if ((sp = fb_space_len(s + i, n - i)) != 0) {
			i += sp - 1;
			if (!tl)
				lead = 1;
			if (!tl || tmp[tl - 1] == ' ')
				continue;
			c = ' ';
		} else
			c = (unsigned char)fb_tolower(c);
		tmp[tl++] = (char)c;
		h = fb_fnv(h, c);
	}
	if (tl == sizeof tmp || lead)
		return NULL;
	/* tmp is the slice folded as keys are: compare it whole */
	h &= lx->nslot - 1;
	for (size_t probes = 0; lx->slot[h] && probes < lx->nslot; probes++) {
		const fb_entry *e = &lx->e[lx->slot[h] - 1];
		/* tmp[0, tl) is set above: cppcheck cannot follow the loop */
		// cppcheck-suppress uninitvar
		if (e->keylen == tl && memcmp(e->key, tmp, tl) == 0)
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
	size_t tl = 0, h = FB_FNV_START;
	hs[0] = h;
	lenat[0] = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t step = 1, sp;
		int out = -1;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			out = '\'';
			step = 3;
		} else if ((sp = fb_space_len(s + i, n - i)) != 0) {
			if (tl && tmp[tl - 1] != ' ')
				out = ' ';
			step = sp;
		} else
			out = fb_tolower(c);
		if (out >= 0) {
			if (tl == 256)
				return 0;
			tmp[tl++] = (char)out;
			h = fb_fnv(h, (unsigned char)out);
			hs[tl] = h;
		}
		for (size_t k = 1; k <= step; k++)
			lenat[i + k] = (unsigned short)tl;
		i += step;
	}
	return 1;
}

/* The word after white space at s[*i], folded as look-ups fold it, only
 * hashed: the quick answer needs no copy. From the state h, stores its
 * hash and folded length (w->h, w->len) and the same without its trailing
 * punctuation (w->th, w->tlen), which a phrase's last word drops. Returns
 * 0 when it is longer than 64 bytes. */
typedef struct word_hash {
	size_t h, len, th, tlen;
} word_hash;

static int hash_word(const char *s, size_t n, size_t *i, size_t h, word_hash *w)
{
	size_t k = *i, l = 0, sp;
	w->th = h;
	w->tlen = 0;
	while (k < n && (sp = fb_space_len(s + k, n - k)) != 0)
		k += sp;
	while (k < n) {
		unsigned char c = (unsigned char)s[k];
		size_t step = 1;
		if (c < 0x80) { /* most of any text: no multi-byte space to look for */
			if (c <= ' ' && fb_isspace(c))
				break;
			c = (unsigned char)fb_tolower(c);
		} else if (fb_space_len(s + k, n - k))
			break;
		else if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 &&
		    ((unsigned char)s[k + 2] == 0x98 || (unsigned char)s[k + 2] == 0x99)) {
			c = '\'';
			step = 3;
		}
		if (l == 64)
			return 0;
		h = fb_fnv(h, c);
		l++;
		if (c > ';' || (c != ',' && c != '.' && c != ';' && c != ':')) { /* letters first */
			w->th = h;
			w->tlen = l;
		}
		k += step;
	}
	*i = k;
	w->h = h;
	w->len = l;
	return 1;
}

/* Whether the word's hash, or its hash without trailing punctuation, is
 * in bitmap which. */
static int word_bit(const fb_lexicon *lx, int which, const word_hash *w)
{
	return bit_of(lx, which, w->h) || (w->tlen < w->len && bit_of(lx, which, w->th));
}

const fb_entry *fb_lexicon_longest(const fb_lexicon *lx, const char *s, size_t n, size_t *matched)
{
	/* Most words of a text start no listed phrase: fold the first two
	 * words, and give up when the first (with or without its trailing
	 * punctuation, which a phrase's last word drops) is no one-word phrase
	 * and the two are not the start of a longer one. */
	{
		size_t i = 0;
		word_hash w1, w2;
		if (!hash_word(s, n, &i, FB_FNV_START, &w1))
			goto slow; /* a word too long for the quick answer */
		if (!word_bit(lx, B_FIRST, &w1))
			return NULL;
		if (word_bit(lx, B_SINGLE, &w1))
			goto slow;
		if (!hash_word(s, n, &i, fb_fnv(w1.h, ' '), &w2))
			goto slow;
		if (w2.len == 0) /* one word only */
			return NULL;
		if (!word_bit(lx, B_PAIR, &w2))
			return NULL;
	}
slow:;
	/* Try word-boundary prefixes of up to max_words words, longest first. */
	size_t ends[32] = { 0 };
	size_t ne = 0, i = 0;
	while (i < n && ne < lx->max_words && ne < 32) {
		size_t sp;
		while (i < n && !fb_space_len(s + i, n - i))
			i++;
		ends[ne++] = i;
		while (i < n && (sp = fb_space_len(s + i, n - i)) != 0)
			i += sp;
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
