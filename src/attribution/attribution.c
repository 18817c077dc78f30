/* attribution.c - the third stage: who says each sentence. Finds quotations
 * across sentences and paragraphs, attribution cues ("according to X", "X
 * said", "said X", "X told CNN"), and keeps one registry of sources. */
#include "attribution.h"

#include <stdlib.h>
#include <string.h>

#include "attribution_verbs.h"
#include "lexicon.h"
#include "util.h"

/* fb_utf8_decode with the ASCII case inline: most bytes are ASCII. */
static inline unsigned dec(const char *buf, size_t end, size_t i, size_t *len)
{
	unsigned char ch = (unsigned char)buf[i];
	if (ch < 0x80) {
		*len = 1;
		return ch;
	}
	return fb_utf8_decode(buf, end, i, len);
}

static inline int word_cp(unsigned cp)
{
	return cp < 0x80 ? fb_isalnum((int)cp) : fb_is_word_cp(cp);
}

/* The word lists, in the order of lists[] below. */
enum {
	L_VERBS, L_PREPS, L_VIA, L_STMT, L_HEDGES, L_TITLES, L_ANON, L_DOCS, L_OUTLETS,
	L_OWORDS, L_ORGS, L_MODS, L_STOP, L_PLACES, L_RVERBS, L_GROUPS, L_LABELS, L_CNOUNS, L_VIEWS, L_NOCONT, L__MAX
};

/* One distinct word of the lists: its single-word entries per list, and
 * which lists hold a phrase that starts with it. Tokens carry its id, so a
 * look-up is an index, not a fold and hash per list. */
typedef struct winfo {
	const fb_entry *ent[L__MAX]; /* the entry that is this word alone */
	uint32_t flags;              /* W_*: the built-in word classes */
	uint32_t first;              /* bit L: a phrase of list L starts here;
	                                bit L__MAX: any hedge starts here */
} winfo;

/* Built-in word classes (grammar words, not editable lists). */
enum { W_DET = 1, W_CONN = 2, W_PRON = 4, W_AUX = 8, W_NEG = 16, W_PREP = 32, W_TOON = 64 };

static const struct {
	unsigned flag;
	const char *words;
} builtin[] = {
	{ W_DET, "the a an" },
	{ W_CONN, "of for the e de da del der al el bin ibn van von la le du dos y ul ud and" },
	{ W_TOON, "to on" },
	{ W_PRON, "he she they it" },
	{ W_NEG, "not never" },
	{ W_AUX, "also later then previously earlier again has have had would will could may might "
	         "both all further once repeatedly publicly privately separately subsequently initially "
	         "first last recently reportedly allegedly apparently did does do is was were are "
	         "quickly immediately yet" },
	{ W_PREP, "in on at during after before to from via through late earlier yesterday today last "
	          "this while when by with as outside inside near" },
};

#define PHRASE_MAX 8 /* words of the longest phrase the id tables hold */

typedef struct phrase {
	int list;
	size_t n;
	uint32_t id[PHRASE_MAX];
	const fb_entry *ent;
} phrase;

/* The word lists, loaded once; see data/attribution/. */
struct fb_attributor {
	fb_lexicon *lx[L__MAX];
	size_t maxw[L__MAX];   /* words in the longest phrase of each list */
	char **word;           /* folded words, id - 1 */
	size_t *wlen;
	winfo *wi;             /* per id; wi[0] is the unknown word */
	size_t nword, wcap;
	uint32_t *wslot;       /* open addressing: id, 0 empty */
	size_t nwslot;
	phrase *ph;            /* multi-word phrases */
	size_t nph, phcap;
	uint32_t *pslot;       /* open addressing: index + 1, 0 empty */
	size_t npslot;
	uint32_t hedge_c0;     /* bit x: a hedge starts with letter 'a' + x */
};


static const char *const lists[L__MAX] = {
	"attribution/speech-verbs.txt",
	"attribution/prepositions.txt",
	"attribution/via.txt",
	"attribution/statement.txt",
	"attribution/hedges.txt",
	"attribution/titles.txt",
	"attribution/anonymous.txt",
	"attribution/documents.txt",
	"attribution/outlets.txt",
	"attribution/outlet-words.txt",
	"attribution/organisation-words.txt",
	"attribution/modifiers.txt",
	"attribution/stopwords.txt",
	"attribution/places.txt",
	"attribution/verbs.tsv", /* made into every form by fb_verbs_build */
	"attribution/groups.txt",
	"attribution/labels.txt",
	"attribution/claim-nouns.txt",
	"attribution/views.txt",
	"attribution/no-content.txt",
};

/* FNV-1a over a folded word. */
static size_t whash(const char *s, size_t n)
{
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = fb_fnv(h, (unsigned char)s[i]);
	return h;
}

/* Id of the folded word w[0,n) whose whash is h, 0 when no list has it. */
static uint32_t word_id_h(const fb_attributor *at, const char *w, size_t n, size_t h)
{
	if (!at->nwslot || !n)
		return 0;
	h &= at->nwslot - 1;
	for (uint32_t id; (id = at->wslot[h]); h = (h + 1) & (at->nwslot - 1))
		if (at->wlen[id - 1] == n && !memcmp(at->word[id - 1], w, n))
			return id;
	return 0;
}

static uint32_t word_id(const fb_attributor *at, const char *w, size_t n)
{
	return word_id_h(at, w, n, whash(w, n));
}

/* Folds a token as the lexicon folds keys (ASCII lower case, typographic
 * apostrophes to ') and hashes it with whash in the same pass. Returns the
 * length, or 0 when it does not fit cap. */
static size_t fold_hash(const char *s, size_t n, char *out, size_t cap, size_t *h)
{
	size_t o = 0, x = FB_FNV_START;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (o == cap)
			return 0;
		if (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			ch = '\'';
			i += 2;
		} else
			ch = (unsigned char)fb_tolower(ch);
		out[o++] = (char)ch;
		x = fb_fnv(x, ch);
	}
	*h = x;
	return o;
}

/* Id of w[0,n), added when new. */
static uint32_t word_intern(fb_attributor *at, const char *w, size_t n)
{
	uint32_t id = word_id(at, w, n);
	if (id)
		return id;
	if (!at->wi) {
		at->wcap = 256;
		at->wi = fb_xcalloc(at->wcap + 1, sizeof *at->wi);
		at->word = fb_xcalloc(at->wcap, sizeof *at->word);
		at->wlen = fb_xcalloc(at->wcap, sizeof *at->wlen);
	} else if (at->nword == at->wcap) {
		at->wcap *= 2;
		at->wi = fb_xrealloc(at->wi, at->wcap + 1, sizeof *at->wi);
		memset(&at->wi[at->nword + 1], 0, (at->wcap - at->nword) * sizeof *at->wi);
		at->word = fb_xrealloc(at->word, at->wcap, sizeof *at->word);
		at->wlen = fb_xrealloc(at->wlen, at->wcap, sizeof *at->wlen);
	}
	at->word[at->nword] = fb_xstrndup(w, n);
	at->wlen[at->nword] = n;
	id = (uint32_t)++at->nword;
	if (at->nword * 2 > at->nwslot) {
		size_t ns = at->nwslot ? at->nwslot * 2 : 1024;
		free(at->wslot);
		at->wslot = fb_xcalloc(ns, sizeof *at->wslot);
		at->nwslot = ns;
		for (size_t i = 0; i < at->nword; i++) {
			size_t h = whash(at->word[i], at->wlen[i]) & (ns - 1);
			while (at->wslot[h])
				h = (h + 1) & (ns - 1);
			at->wslot[h] = (uint32_t)(i + 1);
		}
	} else {
		size_t h = whash(w, n) & (at->nwslot - 1);
		while (at->wslot[h])
			h = (h + 1) & (at->nwslot - 1);
		at->wslot[h] = id;
	}
	return id;
}

static size_t phash(int list, const uint32_t *id, size_t n)
{
	size_t h = FB_FNV_START ^ (size_t)list;
	for (size_t i = 0; i < n; i++) {
		h ^= id[i];
		h *= FB_FNV_PRIME;
	}
	return h;
}

static void phrase_add(fb_attributor *at, int list, const uint32_t *id, size_t n, const fb_entry *e)
{
	phrase *p = FB_PUSH(at->ph, at->nph, at->phcap);
	p->list = list;
	p->n = n;
	memcpy(p->id, id, n * sizeof *id);
	p->ent = e;
	size_t ns = 64;
	while (ns < at->nph * 2)
		ns *= 2;
	if (ns != at->npslot) {
		free(at->pslot);
		at->pslot = fb_xcalloc(ns, sizeof *at->pslot);
		at->npslot = ns;
		for (size_t i = 0; i < at->nph; i++) {
			size_t h = phash(at->ph[i].list, at->ph[i].id, at->ph[i].n) & (ns - 1);
			while (at->pslot[h])
				h = (h + 1) & (ns - 1);
			at->pslot[h] = (uint32_t)(i + 1);
		}
	} else {
		size_t h = phash(list, id, n) & (ns - 1);
		while (at->pslot[h])
			h = (h + 1) & (ns - 1);
		at->pslot[h] = (uint32_t)at->nph;
	}
}

/* Indexes every entry of every list by word ids. Keys are folded and
 * their words separated by single spaces (lexicon.h), so a phrase matches
 * exactly the tokens whose folded texts are its words. */
static void index_lists(fb_attributor *at)
{
	for (int l = 0; l < L__MAX; l++) {
		const fb_lexicon *lx = at->lx[l];
		for (size_t i = 0; i < lx->n; i++) {
			const fb_entry *e = &lx->e[i];
			uint32_t id[PHRASE_MAX];
			size_t n = 0, p = 0;
			int fits = 1;
			while (p < e->keylen) {
				size_t q = p;
				while (q < e->keylen && e->key[q] != ' ')
					q++;
				if (n == PHRASE_MAX) {
					fits = 0;
					break;
				}
				id[n++] = word_intern(at, e->key + p, q - p);
				p = q + 1;
			}
			if (!fits || !n)
				continue; /* never matched by tokens (see toks_in) */
			if (n > at->maxw[l])
				at->maxw[l] = n;
			if (n == 1) {
				if (!at->wi[id[0]].ent[l])
					at->wi[id[0]].ent[l] = e;
			} else {
				at->wi[id[0]].first |= 1u << l;
				phrase_add(at, l, id, n, e);
			}
			if (l == L_HEDGES) {
				at->wi[id[0]].first |= 1u << L__MAX;
				if (fb_islower((unsigned char)e->key[0]))
					at->hedge_c0 |= 1u << (e->key[0] - 'a');
				else
					at->hedge_c0 = ~0u; /* no filter */
			}
		}
	}
}

/* The phrase of list l made of ids[0,n), or NULL. */
static const fb_entry *phrase_get(const fb_attributor *at, int l, const uint32_t *id, size_t n)
{
	if (!at->npslot)
		return NULL;
	size_t h = phash(l, id, n) & (at->npslot - 1);
	for (uint32_t k; (k = at->pslot[h]); h = (h + 1) & (at->npslot - 1)) {
		const phrase *p = &at->ph[k - 1];
		if (p->list == l && p->n == n && !memcmp(p->id, id, n * sizeof *id))
			return p->ent;
	}
	return NULL;
}

fb_attributor *fb_attributor_new(char *err, size_t errlen)
{
	fb_attributor *at = fb_xcalloc(1, sizeof *at);
	for (size_t i = 0; i < L__MAX; i++) {
		at->lx[i] = fb_lexicon_load_data(lists[i], err, errlen);
		if (!at->lx[i]) {
			fb_attributor_free(at);
			return NULL;
		}
		if (i == L_RVERBS) {
			fb_lexicon *rows = at->lx[i];
			at->lx[i] = fb_verbs_build(rows);
			fb_lexicon_free(rows);
		}
	}
	index_lists(at);
	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		for (const char *p = builtin[i].words; *p;) {
			const char *q = strchr(p, ' ');
			size_t n = q ? (size_t)(q - p) : strlen(p);
			at->wi[word_intern(at, p, n)].flags |= builtin[i].flag;
			p += n + (q != NULL);
		}
	return at;
}

void fb_attributor_free(fb_attributor *at)
{
	if (!at)
		return;
	for (size_t i = 0; i < L__MAX; i++)
		fb_lexicon_free(at->lx[i]);
	for (size_t i = 0; i < at->nword; i++)
		free(at->word[i]);
	free(at->word);
	free(at->wlen);
	free(at->wi);
	free(at->wslot);
	free(at->ph);
	free(at->pslot);
	free(at);
}

/* ------------------------------------------------------------ the article */

enum { TK_WORD, TK_PUNCT, TK_QUOTE };

typedef struct tok {
	size_t s, e;    /* bytes */
	int kind;       /* TK_* */
	int cap;        /* starts with an upper-case letter */
	int ch;         /* TK_PUNCT: the ASCII character, or '-' for dashes */
	int quote;      /* TK_QUOTE: index into ctx.q */
	uint32_t wid;   /* TK_WORD: id of its folded text in the lists, 0 none */
	int ws_before;  /* only white space since the previous token */
} tok;

/* One direct quotation, possibly over several sentences and paragraphs. */
typedef struct quote {
	size_t open, close;  /* from the opening mark to after the closing one */
	int speaker;         /* registry index, -1 until found */
	int cands[FB_MAX_SRC];
	size_t ncands;
	int via;
	unsigned flags;
	size_t cue_s, cue_e;
	size_t para;         /* the paragraph it opens in */
} quote;

/* A noun phrase that may name a source. Token ranges are [a, b). */
typedef struct np {
	size_t a, b;
	size_t role_s, role_e;   /* apposition or title, bytes; equal when none */
	size_t role2_s, role2_e; /* a second one ("Malaysia's Prime Minister, X") */
	size_t acro;             /* token of an acronym in parentheses, 0 none */
	size_t alias_a, alias_b; /* "known as ..." tokens; equal when none */
	size_t end;              /* first token after the phrase and appositions */
	int desc;                /* a description in common nouns ("the
	                            authors", "some individuals") */
	size_t head1;            /* head token + 1 when not the last ("sources
	                            close to the family"); 0 otherwise */
} np;

/* One cue found in a sentence. */
typedef struct cue {
	size_t cs, ce;           /* cue span, bytes */
	int src[FB_MAX_SRC];     /* sources it names, primary first */
	size_t nsrc;
	int cands[FB_MAX_SRC];
	size_t ncands;
	int via;
	int dir;                 /* +1 content after, -1 before, 0 the sentence */
	size_t anchor;           /* dir +1: content start; dir -1: content end */
	int quote;               /* a quotation the cue introduces or closes */
	int actor;               /* "claimed responsibility": no attribution */
	int outlet;              /* "according to AFP": may become a via */
	int stmt;                /* "In a statement, X ...": whole sentence */
	int verb;                /* a verb with its subject before it */
	unsigned flags;
	fb_cue_kind kind;        /* what the cue word makes of its content */
} cue;

typedef struct hent {
	char *key;
	int src;
	size_t hash;             /* hkey(key) */
	size_t next;             /* index + 1 of the next entry in the chain */
	size_t pnext;            /* the same in the chain of (key, source) */
} hent;

typedef struct ctx {
	const fb_attributor *at;
	const fb_doc *doc;
	const char *buf;
	fb_attribution *a;
	size_t srccap, attrcap;
	tok *t;
	size_t nt, tcap;
	quote *q;
	size_t nq, qcap;
	hent *h;                 /* name index: key -> source */
	size_t nh, hcap;
	size_t *bucket;          /* index + 1 of the first entry */
	size_t *pbucket;         /* the same by (key, source): a pair is
	                            filed once without walking every source
	                            of a common key */
	size_t nbucket;
	size_t para;             /* paragraph being read */
	int last_person, last_plural, last_org, last_outlet;
	size_t rep_start;        /* --compare: where the current report starts;
	                            a pronoun names no one mentioned only before */
	char *gender;            /* per source: 'm', 'f' or 0 unknown */
	size_t gcap;
	int *para_speaker;       /* per paragraph: its latest speaker, -1 none */
	uint64_t *tails;         /* hashes of capitalised words that follow a
	                            capitalised word: surnames, not lone names */
	size_t ntails, ntslot;
	struct { size_t s, e; int src; } pron[8]; /* pronouns resolved in the
	                            sentence: mentions once their cue holds */
	size_t npron;
	size_t sent;             /* the sentence being read */
	char *topic;             /* a person the sentence opens with ("For Ann
	                            Lee, ...", "Ann Lee, a nurse, ..."), */
	size_t topic_sent;       /* its sentence, */
	size_t topic_end;        /* where its name ends, */
	int topic_gender;        /* and 'm' or 'f' from a title ("Mrs") */
	size_t title_para;       /* the headline's paragraph */
	int turn;                /* a transcript turn's speaker ("NAME: ..."), */
	size_t turn_para;        /* its paragraph, */
	size_t turn_s, turn_e;   /* and the label */
} ctx;

/* Whether token ti is the word w (ASCII case-insensitive). Inlined with
 * a literal, the length test settles most calls. */
static inline int lower_eq(const ctx *c, size_t ti, const char *w)
{
	if (ti >= c->nt)
		return 0;
	const tok *t = &c->t[ti];
	size_t n = strlen(w);
	return t->kind == TK_WORD && t->e - t->s == n && fb_word_eq(c->buf + t->s, n, w);
}

/* The built-in classes (W_*) of token ti; 0 past the end. */
static inline uint32_t wflags(const ctx *c, size_t ti)
{
	return ti < c->nt && c->t[ti].kind == TK_WORD ? c->at->wi[c->t[ti].wid].flags : 0;
}

static int is_punct(const ctx *c, size_t ti, int ch)
{
	return ti < c->nt && c->t[ti].kind == TK_PUNCT && c->t[ti].ch == ch;
}

/* The entry of list l that is the word of token ti alone, or NULL. */
static inline const fb_entry *tok_in(const ctx *c, int l, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return NULL;
	return c->at->wi[c->t[ti].wid].ent[l];
}

/* Longest entry of list l made of the word tokens from ti on; *n gets their
 * count. NULL when none. Same answers as looking the text up in the
 * lexicon, by word ids: a phrase's words are separated by white space. */
static const fb_entry *toks_in(const ctx *c, int l, size_t ti, size_t *n)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD || !c->t[ti].wid)
		return NULL;
	const winfo *w = &c->at->wi[c->t[ti].wid];
	const fb_entry *best = w->ent[l];
	if (best)
		*n = 1;
	if (!(w->first & (1u << l)))
		return best;
	uint32_t id[PHRASE_MAX];
	id[0] = c->t[ti].wid;
	size_t max = c->at->maxw[l];
	for (size_t k = 1; k < max && ti + k < c->nt; k++) {
		const tok *x = &c->t[ti + k];
		if (x->kind != TK_WORD || !x->ws_before || !x->wid)
			break;
		id[k] = x->wid;
		const fb_entry *e = phrase_get(c->at, l, id, k + 1);
		if (e) {
			best = e;
			*n = k + 1;
		}
	}
	return best;
}

/* ------------------------------------------------------------- registry */

/* Caps that keep every look-up bounded on hostile input: aliases and roles
 * kept per source, and how many recent sources a description searches. */
#define MAX_FORMS 32
#define MAX_LOOKBACK 32

static size_t hkey(const char *s)
{
	size_t h = FB_FNV_START;
	for (; *s; s++)
		h = fb_fnv(h, (unsigned char)*s);
	return h;
}

/* The (key, source) chain an entry is in. */
static size_t pair_bucket(const ctx *c, size_t hash, int src)
{
	return (hash ^ ((size_t)(unsigned)src * 0x9E3779B97F4A7C15u)) & (c->nbucket - 1);
}

static void idx_rehash(ctx *c)
{
	size_t nb = c->nbucket ? c->nbucket * 2 : 64;
	free(c->bucket);
	free(c->pbucket);
	c->bucket = fb_xcalloc(nb, sizeof *c->bucket);
	c->pbucket = fb_xcalloc(nb, sizeof *c->pbucket);
	c->nbucket = nb;
	for (size_t i = 0; i < c->nh; i++) {
		size_t b = c->h[i].hash & (nb - 1), pb = pair_bucket(c, c->h[i].hash, c->h[i].src);
		c->h[i].next = c->bucket[b];
		c->bucket[b] = i + 1;
		c->h[i].pnext = c->pbucket[pb];
		c->pbucket[pb] = i + 1;
	}
}

/* Adds key -> src unless that pair is there. */
static void idx_add(ctx *c, const char *key, int src)
{
	size_t hash = hkey(key);
	if (c->nbucket) {
		for (size_t i = c->pbucket[pair_bucket(c, hash, src)]; i; i = c->h[i - 1].pnext)
			if (c->h[i - 1].src == src && c->h[i - 1].hash == hash && !strcmp(c->h[i - 1].key, key))
				return;
	}
	hent *e = FB_PUSH(c->h, c->nh, c->hcap);
	e->key = fb_xstrdup(key);
	e->src = src;
	e->hash = hash;
	if (c->nh * 2 > c->nbucket)
		idx_rehash(c);
	else {
		size_t b = hash & (c->nbucket - 1), pb = pair_bucket(c, hash, src);
		e->next = c->bucket[b];
		c->bucket[b] = c->nh;
		e->pnext = c->pbucket[pb];
		c->pbucket[pb] = c->nh;
	}
}

/* Sources filed under key, at most max, in out; returns how many. */
static size_t idx_find(const ctx *c, const char *key, int *out, size_t max)
{
	size_t n = 0;
	if (!c->nbucket)
		return 0;
	for (size_t i = c->bucket[hkey(key) & (c->nbucket - 1)]; i && n < max; i = c->h[i - 1].next)
		if (!strcmp(c->h[i - 1].key, key)) {
			int dup = 0;
			for (size_t k = 0; k < n; k++)
				dup |= out[k] == c->h[i - 1].src;
			if (!dup)
				out[n++] = c->h[i - 1].src;
		}
	return n;
}

/* Text of buf[s, e) with white space runs made one space; caller frees. */
static char *collapse(const char *buf, size_t s, size_t e)
{
	fb_buf o = {0};
	int sp = 0;
	for (size_t i = s; i < e; i++) {
		unsigned char ch = (unsigned char)buf[i];
		if (fb_isspace(ch)) {
			sp = 1;
			continue;
		}
		if (sp && o.len)
			fb_buf_putc(&o, ' ');
		sp = 0;
		fb_buf_putc(&o, ch);
	}
	if (!o.p)
		fb_buf_put(&o, "", 0);
	return o.p;
}

/* Lower-case letters and digits of s only: "Tehreek-e-Taliban" and
 * "Tehreek e Taliban" get one key. Caller frees. */
static char *norm_key(const char *prefix, const char *s)
{
	fb_buf o = {0};
	fb_buf_puts(&o, prefix);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (fb_isalnum(ch) || ch >= 0x80)
			fb_buf_putc(&o, fb_tolower(ch));
	}
	return o.p;
}

static int src_new(ctx *c, char *name, fb_skind kind)
{
	fb_attribution *a = c->a;
	fb_source *s = FB_PUSH(a->src, a->nsrc, c->srccap);
	s->name = name;
	s->kind = kind;
	return (int)(a->nsrc - 1);
}

/* fb_fold_text of s into out (at most cap bytes); returns the length, or
 * -1 when it does not fit. */
static long fold_into(const char *s, char *out, size_t cap)
{
	size_t n = strlen(s), o = 0;
	int space = 0;
	for (size_t i = 0; i < n;) {
		size_t l;
		unsigned cp = dec(s, n, i, &l);
		if (fb_space_len(s + i, n - i)) {
			space = 1;
			i += l;
			continue;
		}
		if (o + l + 1 > cap)
			return -1;
		if (space && o)
			out[o++] = ' ';
		space = 0;
		if (cp == 0x2018 || cp == 0x2019)
			out[o++] = '\'';
		else if (cp == 0x201C || cp == 0x201D)
			out[o++] = '"';
		else {
			memcpy(out + o, s + i, l);
			o += l;
		}
		i += l;
	}
	return (long)o;
}

/* Case- and apostrophe-insensitive equality of two C strings. */
static int same_text(const char *x, const char *y)
{
	if (!strcmp(x, y))
		return 1;
	char bx[256], by[256];
	long lx = fold_into(x, bx, sizeof bx), ly = fold_into(y, by, sizeof by);
	if (lx >= 0 && ly >= 0) {
		if (lx != ly)
			return 0;
		for (long i = 0; i < lx; i++)
			if (fb_tolower((unsigned char)bx[i]) != fb_tolower((unsigned char)by[i]))
				return 0;
		return 1;
	}
	char *fx = fb_fold_text(x, strlen(x)), *fy = fb_fold_text(y, strlen(y));
	int eq = strlen(fx) == strlen(fy);
	for (size_t i = 0; eq && fx[i]; i++)
		eq = fb_tolower((unsigned char)fx[i]) == fb_tolower((unsigned char)fy[i]);
	free(fx);
	free(fy);
	return eq;
}

static void add_alias(ctx *c, int si, const char *text)
{
	fb_source *s = &c->a->src[si];
	if (same_text(s->name, text) || s->naliases >= MAX_FORMS)
		return;
	for (size_t i = 0; i < s->naliases; i++)
		if (same_text(s->aliases[i], text))
			return;
	s->aliases = fb_xrealloc(s->aliases, s->naliases + 1, sizeof *s->aliases);
	s->aliases[s->naliases++] = fb_xstrdup(text);
	s->flags |= FB_SF_ALIASES_MERGED;
}

/* Lower-cased text without a leading article, for comparing roles. */
static char *role_key(const char *r)
{
	char *f = fb_fold_text(r, strlen(r));
	for (char *p = f; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	const char *arts[] = { "a ", "an ", "the " };
	for (size_t i = 0; i < 3; i++) {
		size_t l = strlen(arts[i]);
		if (!strncmp(f, arts[i], l)) {
			memmove(f, f + l, strlen(f + l) + 1);
			break;
		}
	}
	return f;
}

/* Adds a role; titled: a title before the name ("Chief Minister"), which
 * differs from an apposition only in form, so only roles of one form are
 * compared for FB_SF_ROLES_DIFFER. */
static void add_role(ctx *c, int si, size_t s, size_t e, int titled)
{
	while (s < e && (fb_isspace((unsigned char)c->buf[s]) || c->buf[s] == ','))
		s++;
	while (e > s && (fb_isspace((unsigned char)c->buf[e - 1]) || c->buf[e - 1] == ','))
		e--;
	if (s >= e)
		return;
	fb_source *src = &c->a->src[si];
	if (src->nroles >= MAX_FORMS)
		return;
	char *r = collapse(c->buf, s, e);
	char *k = role_key(r);
	int differ = 0;
	for (size_t i = 0; i < src->nroles; i++) {
		char *o = role_key(src->roles[i]);
		int contained = strstr(o, k) || strstr(k, o);
		free(o);
		if (contained) {
			free(k);
			free(r);
			return;
		}
		if (i < 32 && !!(src->titled & (1u << i)) == !!titled)
			differ = 1;
	}
	free(k);
	if (titled && src->nroles < 32)
		src->titled |= 1u << src->nroles;
	src->roles = fb_xrealloc(src->roles, src->nroles + 1, sizeof *src->roles);
	src->roles[src->nroles++] = r;
	if (differ && src->kind == FB_SK_PERSON)
		src->flags |= FB_SF_ROLES_DIFFER;
}

static void add_mention(ctx *c, int si, size_t s, size_t e)
{
	fb_source *src = &c->a->src[si];
	/* mentions come in text order: a repeat can only be the last one */
	if (src->nmentions && src->mentions[src->nmentions - 1].start == s &&
	    src->mentions[src->nmentions - 1].end == e)
		return;
	/* capacity doubles: it is the next power of two at or above the count */
	size_t n = src->nmentions;
	if (!n || (n >= 4 && !(n & (n - 1))))
		src->mentions = fb_xrealloc(src->mentions, n < 4 ? 4 : n * 2, sizeof *src->mentions);
	src->mentions[src->nmentions++] = (fb_mention){ c->para, s, e };
	if (e > src->last)
		src->last = e;
}

/* Splits a name into lower-case words (at most max); returns the count.
 * Each word is malloc'ed. */
static size_t words_of(const char *name, char **w, size_t max)
{
	size_t n = 0;
	const char *p = name;
	while (*p && n < max) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p) {
			w[n] = fb_xstrndup(p, (size_t)(q - p));
			for (char *x = w[n]; *x; x++)
				*x = (char)fb_tolower((unsigned char)*x);
			n++;
		}
		p = q;
	}
	return n;
}

static void free_words(char **w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(w[i]);
}

/* True when the words of x appear, in order, among those of y. */
static int subseq(char **x, size_t nx, char **y, size_t ny)
{
	size_t j = 0;
	for (size_t i = 0; i < ny && j < nx; i++)
		if (!strcmp(x[j], y[i]))
			j++;
	return j == nx;
}

static void index_person(ctx *c, int si, const char *name)
{
	char *w[8];
	size_t n = words_of(name, w, 8);
	for (size_t i = 0; i < n; i++) {
		char *k = fb_xasprintf("p:%s", w[i]);
		idx_add(c, k, si);
		free(k);
	}
	free_words(w, n);
}

/* Orders candidates by latest mention, nearest first. */
static void by_nearest(ctx *c, int *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && c->a->src[v[j]].last > c->a->src[v[j - 1]].last; j--) {
			int t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/* Finds or makes the person named name (owned by the callee). A short form
 * that fits exactly one fuller name becomes its alias; one that fits
 * several fills cands and returns the nearest. */
static int person(ctx *c, char *name, int *cands, size_t *ncands, int create)
{
	char *w[8];
	size_t n = words_of(name, w, 8);
	int found[32];
	size_t nf = 0;
	for (size_t i = 0; i < n; i++) {
		char *k = fb_xasprintf("p:%s", w[i]);
		int got[16];
		size_t ng = idx_find(c, k, got, 16);
		free(k);
		for (size_t g = 0; g < ng; g++) {
			int dup = 0;
			for (size_t j = 0; j < nf; j++)
				dup |= found[j] == got[g];
			if (!dup && nf < 32)
				found[nf++] = got[g];
		}
	}
	int fuller[32], shorter[32];
	size_t nfull = 0, nshort = 0;
	int exact = -1;
	for (size_t i = 0; i < nf; i++) {
		fb_source *s = &c->a->src[found[i]];
		if (s->kind != FB_SK_PERSON)
			continue;
		char *y[8];
		size_t ny = words_of(s->name, y, 8);
		if (ny == n && subseq(w, n, y, ny))
			exact = found[i];
		else if (subseq(w, n, y, ny))
			fuller[nfull++] = found[i];
		else if (subseq(y, ny, w, n))
			shorter[nshort++] = found[i];
		free_words(y, ny);
		for (size_t k = 0; exact < 0 && k < s->naliases; k++)
			if (same_text(s->aliases[k], name))
				exact = found[i];
	}
	free_words(w, n);
	int r = -1;
	if (exact >= 0)
		r = exact;
	else if (nfull == 1) {
		r = fuller[0];
		add_alias(c, r, name);
	} else if (nfull > 1) {
		by_nearest(c, fuller, nfull);
		for (size_t i = 0; i < nfull && *ncands < FB_MAX_SRC; i++) {
			cands[(*ncands)++] = fuller[i];
			c->a->src[fuller[i]].flags |= FB_SF_AMBIGUOUS;
		}
		r = fuller[0];
	} else if (nshort == 1) {
		/* an earlier short form: this is its full name */
		r = shorter[0];
		fb_source *s = &c->a->src[r];
		char *old = s->name;
		s->name = fb_xstrdup(name);
		add_alias(c, r, old);
		free(old);
		index_person(c, r, name);
	} else if (create) {
		r = src_new(c, fb_xstrdup(name), FB_SK_PERSON);
		index_person(c, r, name);
	}
	free(name);
	return r;
}

/* Finds or makes an organisation, outlet, anonymous source or document of
 * that name; name is owned by the callee. Organisations match across
 * hyphens and spaces, by acronym, and by a shorter trailing form ("State
 * Department" / "US State Department"). */
static int entity(ctx *c, char *name, fb_skind kind, const char *acro)
{
	const char *pre = kind == FB_SK_OUTLET ? "u:" : kind == FB_SK_ANONYMOUS ? "a:" : kind == FB_SK_DOCUMENT ? "d:" : "o:";
	char *k = norm_key(pre, name);
	int got[4];
	int r = -1;
	if (idx_find(c, k, got, 4))
		r = got[0];
	char *ak = acro ? norm_key(pre, acro) : NULL;
	if (r < 0 && ak && idx_find(c, ak, got, 4))
		r = got[0];
	if (r < 0 && kind == FB_SK_ORGANIZATION) {
		/* a trailing shorter or longer form of the same organisation */
		const char *sp = strrchr(name, ' ');
		char *hk = norm_key("oh:", sp ? sp + 1 : name);
		int hs[16];
		size_t nh = idx_find(c, hk, hs, 16);
		size_t kl = strlen(k);
		for (size_t i = 0; i < nh && r < 0; i++) {
			char *ok = norm_key("o:", c->a->src[hs[i]].name);
			size_t ol = strlen(ok);
			if ((ol < kl && !strcmp(k + kl - ol + 2, ok + 2)) ||
			    (kl < ol && !strcmp(ok + ol - kl + 2, k + 2)))
				r = hs[i];
			free(ok);
		}
		if (r >= 0 && strlen(c->a->src[r].name) < strlen(name)) {
			fb_source *s = &c->a->src[r];
			char *old = s->name;
			s->name = fb_xstrdup(name);
			add_alias(c, r, old);
			free(old);
		}
		free(hk);
	}
	if (r < 0)
		r = src_new(c, fb_xstrdup(name), kind);
	else
		add_alias(c, r, name);
	idx_add(c, k, r);
	if (ak) {
		idx_add(c, ak, r);
		add_alias(c, r, acro);
	}
	if (kind == FB_SK_ORGANIZATION) {
		const char *sp = strrchr(name, ' ');
		char *hk = norm_key("oh:", sp ? sp + 1 : name);
		idx_add(c, hk, r);
		free(hk);
	}
	free(ak);
	free(k);
	free(name);
	return r;
}

/* ------------------------------------------------------------- quotations */

static unsigned cp_at(const ctx *c, size_t i, size_t end, size_t *len)
{
	if (i >= end) {
		*len = 0;
		return 0;
	}
	return fb_utf8_decode(c->buf, end, i, len);
}

static unsigned cp_before(const ctx *c, size_t i, size_t start)
{
	if (i <= start)
		return ' ';
	size_t j = i - 1;
	while (j > start && ((unsigned char)c->buf[j] & 0xC0) == 0x80)
		j--;
	size_t l;
	return fb_utf8_decode(c->buf, i, j, &l);
}

/* Finds every direct quotation: curly and straight double quotes, and
 * single curly quotes that are not apostrophes. A paragraph that leaves a
 * quote open continues it when the next one opens again (news style). */
static void find_quotes(ctx *c)
{
	const fb_doc *d = c->doc;
	int open = -1;     /* index of the open quote */
	int mark = 0;      /* its mark: 'c' curly double, 's' straight, '1' single */
	int nested = 0;    /* single quotes inside a double one */
	for (size_t p = 0; p < d->npara; p++) {
		size_t ps = d->para[p].start, pe = d->para[p].end;
		/* only '"' and the curly marks (lead byte E2) matter, and a
		 * continuation byte is never either: jump between them */
		const char *nq = NULL, *ne = NULL;
		for (size_t i = ps; i < pe;) {
			if (!nq || nq < c->buf + i)
				nq = memchr(c->buf + i, '"', pe - i);
			if (!ne || ne < c->buf + i)
				ne = memchr(c->buf + i, 0xE2, pe - i);
			if (!nq)
				nq = c->buf + pe;
			if (!ne)
				ne = c->buf + pe;
			size_t nx = (size_t)((nq < ne ? nq : ne) - c->buf);
			if (nx >= pe)
				break;
			i = nx;
			size_t l;
			unsigned cp = cp_at(c, i, pe, &l);
			unsigned prev = cp_before(c, i, ps);
			size_t nl;
			unsigned next = cp_at(c, i + l, pe, &nl);
			int at_start = i == ps;
			if (cp == 0x201C || (cp == '"' && (open < 0 || mark == 's'))) {
				int straight = cp == '"';
				if (open < 0) {
					quote *q = FB_PUSH(c->q, c->nq, c->qcap);
					q->open = i;
					q->close = pe;
					q->speaker = q->via = -1;
					q->para = p;
					open = (int)(c->nq - 1);
					mark = straight ? 's' : 'c';
					nested = 0;
				} else if (at_start) {
					/* the paragraph continues an open quote */
				} else if (straight) {
					c->q[open].close = i + l;
					open = -1;
				}
			} else if (cp == 0x201D && open >= 0 && mark == 'c') {
				c->q[open].close = i + l;
				open = -1;
			} else if (cp == 0x2018) {
				if (open >= 0)
					nested++;
				else if (!fb_is_word_cp(prev) && fb_is_word_cp(next)) {
					quote *q = FB_PUSH(c->q, c->nq, c->qcap);
					q->open = i;
					q->close = pe;
					q->speaker = q->via = -1;
					q->para = p;
					open = (int)(c->nq - 1);
					mark = '1';
				}
			} else if (cp == 0x2019 && !(fb_is_word_cp(prev) && fb_is_word_cp(next))) {
				if (open >= 0 && mark == '1' && !nested) {
					c->q[open].close = i + l;
					open = -1;
				} else if (nested)
					nested--;
			}
			i += l ? l : 1;
		}
		if (open >= 0) {
			/* continue into the next paragraph only if it reopens */
			int cont = 0;
			if (p + 1 < d->npara) {
				size_t ns = d->para[p + 1].start, l;
				unsigned cp = cp_at(c, ns, d->para[p + 1].end, &l);
				cont = (mark == 'c' && cp == 0x201C) || (mark == 's' && cp == '"') ||
				    (mark == '1' && cp == 0x2018);
			}
			if (!cont) {
				c->q[open].close = pe;
				open = -1;
			} else
				c->q[open].close = d->para[p + 1].end;
		}
	}
}

/* ------------------------------------------------------------- tokens */

/* Cuts buf[s, e) into words, punctuation, and quotations (one token for
 * each quoted stretch of the sentence). qi is the first quote that may
 * overlap. */
static void tokenize(ctx *c, size_t s, size_t e, size_t qi)
{
	c->nt = 0;
	size_t i = s;
	while (i < e) {
		while (qi < c->nq && c->q[qi].close <= i)
			qi++;
		if (qi < c->nq && c->q[qi].open <= i) {
			tok *t = FB_PUSH(c->t, c->nt, c->tcap);
			t->s = i;
			t->e = c->q[qi].close < e ? c->q[qi].close : e;
			t->kind = TK_QUOTE;
			t->quote = (int)qi;
			t->wid = 0;
			i = t->e;
			continue;
		}
		size_t stop = qi < c->nq && c->q[qi].open < e ? c->q[qi].open : e;
		size_t l;
		unsigned cp = dec(c->buf, e, i, &l);
		if (fb_space_len(c->buf + i, e - i)) {
			i += l;
			continue;
		}
		if (word_cp(cp)) {
			tok *t = FB_PUSH(c->t, c->nt, c->tcap);
			t->s = i;
			t->kind = TK_WORD;
			t->cap = fb_isupper((int)cp);
			size_t j = i + l;
			while (j < stop) {
				size_t l2, l3;
				unsigned x = dec(c->buf, e, j, &l2);
				if (word_cp(x)) {
					j += l2;
					continue;
				}
				if ((x == '\'' || x == 0x2019 || x == '-' || x == '.' || x == '&') && j + l2 < stop &&
				    word_cp(dec(c->buf, e, j + l2, &l3)) &&
				    (x != '.' || fb_isalpha((unsigned char)c->buf[j + l2]))) {
					j += l2;
					continue;
				}
				break;
			}
			char f[256];
			size_t fh = 0, fl = fold_hash(c->buf + i, j - i, f, sizeof f - 1, &fh);
			/* "Mr." and initials keep their point */
			if (j < stop && c->buf[j] == '.') {
				size_t wl = j - i;
				size_t dh = fb_fnv(fh, '.');
				if (wl == 1 && t->cap)
					j++, f[fl++] = '.', fh = dh;
				else if (fl) {
					f[fl] = '.';
					uint32_t id = word_id_h(c->at, f, fl + 1, dh);
					if (id && c->at->wi[id].ent[L_TITLES])
						j++, fl++, fh = dh;
				}
			}
			t->wid = fl ? word_id_h(c->at, f, fl, fh) : 0;
			t->e = j;
			i = j;
			continue;
		}
		tok *t = FB_PUSH(c->t, c->nt, c->tcap);
		t->s = i;
		t->e = i + l;
		t->kind = TK_PUNCT;
		t->wid = 0;
		t->ch = cp < 0x80 ? (int)cp : (cp == 0x2013 || cp == 0x2014 || cp == 0x2015) ? '-' : '?' + 0x100;
		i += l;
	}
	/* phrases run over words with only white space between them */
	for (size_t k = 0; k < c->nt; k++) {
		tok *t = &c->t[k];
		t->ws_before = 1;
		for (size_t p = k ? c->t[k - 1].e : t->s; p < t->s; p++)
			if (!fb_isspace((unsigned char)c->buf[p])) {
				t->ws_before = 0;
				break;
			}
	}
}

/* ------------------------------------------------------------- phrases */

static int is_det(const ctx *c, size_t ti)
{
	return wflags(c, ti) & W_DET;
}

static int is_connector(const ctx *c, size_t ti)
{
	uint32_t f = wflags(c, ti);
	if (f & W_CONN)
		return 1;
	/* "Ambassador to the United States", "Council on Foreign Relations" */
	if ((f & W_TOON) && ti > 0 && (tok_in(c, L_TITLES, ti - 1) || tok_in(c, L_ORGS, ti - 1)))
		return 1;
	return 0;
}

static int is_pronoun(const ctx *c, size_t ti)
{
	return wflags(c, ti) & W_PRON;
}

/* Whether a word token can stand inside a source's noun phrase. */
static int np_word(const ctx *c, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return 0;
	if (tok_in(c, L_TITLES, ti) || tok_in(c, L_ANON, ti) || tok_in(c, L_DOCS, ti) || tok_in(c, L_GROUPS, ti) ||
	    tok_in(c, L_ORGS, ti) || tok_in(c, L_OWORDS, ti) || tok_in(c, L_MODS, ti))
		return 1;
	if (tok_in(c, L_STOP, ti) || tok_in(c, L_VERBS, ti))
		return 0;
	return c->t[ti].cap || (c->buf[c->t[ti].s] & 0x80);
}

/* Whether the tokens [a, b) hold a title or role word. */
static int has_title(const ctx *c, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const fb_entry *e = tok_in(c, L_TITLES, i);
		if (e && !(e->nfield && !strcmp(e->field[0], "honorific")))
			return 1;
	}
	return 0;
}

/* Whether the tokens [a, b) read as a role apposition ("a senior leader
 * of ...", "police chief for Sindh province", "spokesman for ..."). */
static int role_like(const ctx *c, size_t a, size_t b)
{
	if (a >= b)
		return 0;
	if (lower_eq(c, a, "who") || lower_eq(c, a, "which") || lower_eq(c, a, "that") ||
	    lower_eq(c, a, "where") || lower_eq(c, a, "when") || lower_eq(c, a, "and"))
		return 0;
	static const char *const fin[] = { "was", "were", "is", "are", "has", "have", "had", "will", NULL };
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, i, fin[k]))
				return 0;
	size_t lim = a + 6 < b ? a + 6 : b;
	for (size_t i = a; i < lim; i++) {
		if (c->t[i].kind != TK_WORD)
			return 0;
		if (tok_in(c, L_VERBS, i) && !tok_in(c, L_TITLES, i))
			return 0;
		if (has_title(c, i, i + 1))
			return 1;
	}
	return 0;
}

/* Whether [a, b) reads as a description of a person between commas: an
 * article and a few words, no finite or speech verb ("a former harbour
 * pilot", "an eyewitness", "the owner of the shop"). */
static int description_like(const ctx *c, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 10 || !(lower_eq(c, a, "a") || lower_eq(c, a, "an") || lower_eq(c, a, "the")))
		return 0;
	static const char *const fin[] = { "was", "were", "is", "are", "has", "have", "had", "will", "who",
		"which", "that", "but", NULL };
	for (size_t i = a; i < b; i++) {
		if (c->t[i].kind != TK_WORD || tok_in(c, L_VERBS, i))
			return 0;
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, i, fin[k]))
				return 0;
	}
	return 1;
}

/* Whether [a, b) is a name alone: one to four capitalised words. */
static int name_like(const ctx *c, size_t a, size_t b)
{
	if (b <= a || b - a > 4)
		return 0;
	for (size_t i = a; i < b; i++)
		if (c->t[i].kind != TK_WORD || !c->t[i].cap)
			return 0;
	return 1;
}

static int is_relative(const ctx *c, size_t a)
{
	return lower_eq(c, a, "who") || lower_eq(c, a, "which") || lower_eq(c, a, "whose");
}

/* A word that opens a clause inside a sentence: "... as Republicans in
 * the House refused ...". */
static int subordinator(const ctx *c, size_t ti)
{
	static const char *const w[] = { "as", "while", "when", "after", "because", "since", "though", "although",
		"before", "until", "and", "but", NULL };
	for (size_t k = 0; w[k]; k++)
		if (lower_eq(c, ti, w[k]))
			return 1;
	return 0;
}

/* An apposition t[a, b) of a description and a relative clause: "a
 * Republican who represents part of the county" (no reporting verb in it). */
static int desc_relative(const ctx *c, size_t a, size_t b)
{
	if (b - a > 16)
		return 0;
	for (size_t r = a + 2; r + 1 < b && r < a + 7; r++)
		if (is_relative(c, r)) {
			if (!description_like(c, a, r))
				return 0;
			for (size_t m = r + 1; m < b; m++)
				if (c->t[m].kind != TK_WORD || tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m))
					return 0;
			return 1;
		}
	return 0;
}

static int known_as(const ctx *c, size_t a, size_t b, size_t *np_a)
{
	size_t i = a;
	if (i < b && (lower_eq(c, i, "also") || lower_eq(c, i, "better") || lower_eq(c, i, "widely")))
		i++;
	if (i + 1 < b && (lower_eq(c, i, "known") || lower_eq(c, i, "called")) && lower_eq(c, i + 1, "as")) {
		*np_a = i + 2;
		return 1;
	}
	if (i < b && lower_eq(c, i, "formerly")) {
		*np_a = i + 1;
		return 1;
	}
	return 0;
}

/* End of an apposition starting at token a: the next comma, semicolon,
 * dash, quotation or the end. */
static size_t app_end(const ctx *c, size_t a)
{
	size_t i = a;
	int paren = 0;
	while (i < c->nt && i < a + 30) {
		const tok *t = &c->t[i];
		if (t->kind == TK_QUOTE)
			break;
		if (t->kind == TK_PUNCT) {
			if (t->ch == '(')
				paren++;
			else if (t->ch == ')')
				paren--;
			else if (!paren && (t->ch == ',' || t->ch == ';' || t->ch == '-' || t->ch == ':' ||
			    t->ch == '.' || t->ch == '!' || t->ch == '?'))
				break;
		}
		i++;
	}
	return i;
}

/* Whether a group list word ("voters", "percent") is in [a, b). */
static int group_head(const ctx *c, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (tok_in(c, L_GROUPS, i))
			return 1;
	return 0;
}

/* The noun phrase ending at token j, scanning left no further than lo.
 * Returns 0 when there is none. */
static int np_left(const ctx *c, size_t j, size_t lo, np *out)
{
	memset(out, 0, sizeof *out);
	if (j >= c->nt || j < lo)
		return 0;
	if (c->t[j].kind == TK_WORD && is_pronoun(c, j)) {
		out->a = j;
		out->b = out->end = j + 1;
		return 1;
	}
	size_t b = j + 1;
	/* an acronym in parentheses right before the verb */
	if (is_punct(c, j, ')') && j >= lo + 2 && is_punct(c, j - 2, '(') && c->t[j - 1].kind == TK_WORD) {
		out->acro = j - 1;
		if (j < lo + 3)
			return 0;
		j -= 3;
		b = j + 1;
	}
	size_t a = b, n = 0;
	for (size_t i = j + 1; i-- > lo && n < 12; n++) {
		if (c->t[i].kind != TK_WORD)
			break;
		if (is_det(c, i)) {
			if (a < b)
				a = i;
			break;
		}
		if (is_connector(c, i)) {
			if (a < b && i > lo && np_word(c, i - 1) && (c->t[a].cap || !lower_eq(c, i, "and")) &&
			    !(lower_eq(c, i, "and") && !c->t[i - 1].cap && !tok_in(c, L_ANON, i - 1))) {
				a = i;
				continue;
			}
			break;
		}
		if (np_word(c, i)) {
			a = i;
			continue;
		}
		/* "another 19 percent", "63 percent of voters": a share of a
		 * poll's population */
		if (a < b && fb_isdigit((unsigned char)c->buf[c->t[i].s]) && group_head(c, a, b)) {
			a = i;
			if (i > lo && (lower_eq(c, i - 1, "another") || lower_eq(c, i - 1, "only") ||
			    lower_eq(c, i - 1, "just") || lower_eq(c, i - 1, "about") || lower_eq(c, i - 1, "nearly")))
				a = i - 1;
			break;
		}
		/* "the influential US daily": adjectives after an article */
		if (a < b && i > lo && !c->t[i].cap) {
			size_t k = i;
			while (k > lo && k + 2 > i && c->t[k - 1].kind == TK_WORD && !is_det(c, k - 1) &&
			    !tok_in(c, L_STOP, k - 1))
				k--;
			if (k > lo && is_det(c, k - 1) && (tok_in(c, L_OWORDS, b - 1) ||
			    tok_in(c, L_TITLES, b - 1) || tok_in(c, L_ANON, b - 1) ||
			    tok_in(c, L_ORGS, b - 1) || tok_in(c, L_DOCS, b - 1)))
				a = k - 1;
		}
		break;
	}
	/* trim connectors at the left edge */
	while (a < b && is_connector(c, a) && !lower_eq(c, a, "the"))
		a++;
	if (a >= b)
		return 0;
	out->a = a;
	out->b = b;
	out->end = out->acro ? out->acro + 2 : b;
	return 1;
}

/* The noun phrase from token i on, with an acronym in parentheses and an
 * apposition after it. Returns 0 when there is none. */
static int ends_with(const ctx *c, size_t ti, const char *suf);

static int np_right(const ctx *c, size_t i, np *out)
{
	memset(out, 0, sizeof *out);
	if (i >= c->nt || c->t[i].kind != TK_WORD)
		return 0;
	if (is_pronoun(c, i)) {
		out->a = i;
		out->b = out->end = i + 1;
		return 1;
	}
	size_t a = i, k = i;
	if (is_det(c, k))
		k++;
	/* adjectives after the article, up to a head word; without an article
	 * only before an unnamed head ("congressional aides") */
	if (k == i && !np_word(c, k)) {
		size_t m = k;
		while (m < c->nt && m < k + 3 && c->t[m].kind == TK_WORD && !np_word(c, m) &&
		    !tok_in(c, L_STOP, m) && !c->t[m].cap)
			m++;
		if (m > k && (tok_in(c, L_ANON, m) || tok_in(c, L_DOCS, m)))
			k = m;
	}
	if (k > i) {
		size_t m = k;
		while (m < c->nt && m < k + 3 && c->t[m].kind == TK_WORD && !np_word(c, m) &&
		    !tok_in(c, L_STOP, m))
			m++;
		if (m > k && np_word(c, m))
			k = m;
	}
	size_t b = k;
	while (b < c->nt && b < i + 14) {
		if (np_word(c, b)) {
			b++;
			continue;
		}
		/* "the city comptroller's office": a possessor inside the
		 * phrase, before its head */
		if (b > k && b + 1 < c->nt && c->t[b].kind == TK_WORD && np_word(c, b + 1) &&
		    (ends_with(c, b, "'s") || ends_with(c, b, "\xE2\x80\x99s"))) {
			b++;
			continue;
		}
		if (c->t[b].kind == TK_WORD && is_connector(c, b) && !lower_eq(c, b, "and") &&
		    !lower_eq(c, b, "the") && b > k &&
		    (np_word(c, b + 1) || (is_det(c, b + 1) && np_word(c, b + 2)))) {
			b += is_det(c, b + 1) ? 2 : 1;
			continue;
		}
		break;
	}
	if (b == k)
		return 0;
	/* "sources close to the family", "people familiar with the matter" */
	size_t head1 = 0;
	if (tok_in(c, L_ANON, b - 1) && b + 1 < c->nt &&
	    ((lower_eq(c, b, "close") && lower_eq(c, b + 1, "to")) ||
	     (lower_eq(c, b, "familiar") && lower_eq(c, b + 1, "with")))) {
		np sub;
		head1 = b;
		if (np_right(c, b + 2, &sub))
			b = sub.b;
		else {
			size_t m = b + 2;
			if (is_det(c, m))
				m++;
			if (m < c->nt && c->t[m].kind == TK_WORD)
				b = m + 1;
		}
	}
	out->a = a;
	out->b = b;
	out->head1 = head1;
	size_t e = b;
	if (is_punct(c, e, '(') && e + 2 < c->nt && c->t[e + 1].kind == TK_WORD && is_punct(c, e + 2, ')')) {
		out->acro = e + 1;
		e += 3;
	}
	/* ", a senior leader of X," / ", also known as Y," */
	if (is_punct(c, e, ',') && e + 1 < c->nt) {
		size_t ae = app_end(c, e + 1), kn;
		if (known_as(c, e + 1, ae, &kn)) {
			out->alias_a = kn;
			out->alias_b = ae;
			e = ae;
		} else if (role_like(c, e + 1, ae)) {
			out->role_s = c->t[e + 1].s;
			out->role_e = c->t[ae - 1].e;
			e = ae;
		}
	}
	out->end = e;
	return 1;
}

/* ------------------------------------------------------------- resolving */

static char *tok_text(const ctx *c, size_t a, size_t b)
{
	return collapse(c->buf, c->t[a].s, c->t[b - 1].e);
}

static int all_caps(const ctx *c, size_t ti)
{
	size_t n = 0;
	for (size_t i = c->t[ti].s; i < c->t[ti].e; i++) {
		unsigned char ch = (unsigned char)c->buf[i];
		if (fb_islower(ch))
			return 0;
		n += fb_isupper(ch);
	}
	return n >= 2;
}

/* The latest person whose roles mention the word of token ti. */
static int person_by_role(const ctx *c, size_t ti)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != FB_SK_PERSON)
			continue;
		for (size_t r = 0; r < s->nroles; r++) {
			char *k = role_key(s->roles[r]);
			char *w = fb_xstrndup(c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s);
			for (char *p = w; *p; p++)
				*p = (char)fb_tolower((unsigned char)*p);
			int hit = strstr(k, w) != NULL;
			free(w);
			free(k);
			if (hit && (best < 0 || s->last > c->a->src[best].last))
				best = (int)i;
		}
	}
	return best;
}

/* The latest source of a kind whose name holds the word of token ti
 * (any word when ti is SIZE_MAX). */
static int latest_of_kind(const ctx *c, fb_skind kind, size_t ti)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != kind)
			continue;
		if (ti != SIZE_MAX) {
			char *w = fb_xstrndup(c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s);
			char *n = fb_xstrdup(s->name);
			for (char *p = w; *p; p++)
				*p = (char)fb_tolower((unsigned char)*p);
			for (char *p = n; *p; p++)
				*p = (char)fb_tolower((unsigned char)*p);
			int hit = strstr(n, w) != NULL;
			free(w);
			free(n);
			if (!hit)
				continue;
		}
		if (best < 0 || s->last > c->a->src[best].last)
			best = (int)i;
	}
	return best;
}

static int gender_of(const ctx *c, int s)
{
	return s >= 0 && (size_t)s < c->gcap ? c->gender[s] : 0;
}

static void set_gender(ctx *c, int s, int g)
{
	if (s < 0 || !g)
		return;
	if ((size_t)s >= c->gcap) {
		size_t n = c->gcap ? c->gcap : 16;
		while (n <= (size_t)s)
			n *= 2;
		c->gender = fb_xrealloc(c->gender, n, 1);
		memset(c->gender + c->gcap, 0, n - c->gcap);
		c->gcap = n;
	}
	if (!c->gender[s])
		c->gender[s] = (char)g;
}

/* The gender a title entry gives ('m', 'f'), 0 when none. */
static int title_gender(const fb_entry *e)
{
	if (!e || e->nfield < 2)
		return 0;
	return !strcmp(e->field[1], "m") ? 'm' : !strcmp(e->field[1], "f") ? 'f' : 0;
}

/* Whom "he" or "she" (g) means: the last speaker, unless that person has
 * the other gender or a person of this gender was mentioned since. */
static int pronoun_person(const ctx *c, int g)
{
	int cand = c->last_person;
	int best = -1, unknown = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != FB_SK_PERSON || s->last < c->rep_start)
			continue;
		if (gender_of(c, (int)i) == g && (best < 0 || s->last > c->a->src[best].last))
			best = (int)i;
		if (!gender_of(c, (int)i) && (unknown < 0 || s->last > c->a->src[unknown].last))
			unknown = (int)i;
	}
	if (cand >= 0 && gender_of(c, cand) && gender_of(c, cand) != g)
		return best >= 0 ? best : unknown;
	/* a person of unknown gender named since ("Joe Lee said he ...") */
	if (unknown >= 0 && cand >= 0 && c->a->src[unknown].last > c->a->src[cand].last &&
	    (best < 0 || c->a->src[unknown].last > c->a->src[best].last))
		return unknown;
	if (best >= 0 && (cand < 0 || c->a->src[best].last > c->a->src[cand].last))
		return best;
	return cand;
}

/* The hash of s[0,n) in lower case, never 0 (0 marks an empty slot). */
static size_t lower_hash(const char *s, size_t n)
{
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = fb_fnv(h, (unsigned char)fb_tolower((unsigned char)s[i]));
	return h | 1;
}

static size_t tail_hash(const ctx *c, size_t ti)
{
	return lower_hash(c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s);
}

static int tail_has(const ctx *c, uint64_t h)
{
	if (!c->ntslot)
		return 0;
	for (size_t k = h & (c->ntslot - 1); c->tails[k]; k = (k + 1) & (c->ntslot - 1))
		if (c->tails[k] == h)
			return 1;
	return 0;
}

static void tail_add(ctx *c, uint64_t h)
{
	if (tail_has(c, h))
		return;
	if (2 * (c->ntails + 1) > c->ntslot) {
		size_t ns = c->ntslot ? c->ntslot * 2 : 1024;
		uint64_t *old = c->tails;
		size_t on = c->ntslot;
		c->tails = fb_xcalloc(ns, sizeof *c->tails);
		c->ntslot = ns;
		for (size_t i = 0; i < on; i++)
			if (old[i]) {
				size_t k = old[i] & (ns - 1);
				while (c->tails[k])
					k = (k + 1) & (ns - 1);
				c->tails[k] = old[i];
			}
		free(old);
	}
	size_t k = h & (c->ntslot - 1);
	while (c->tails[k])
		k = (k + 1) & (c->ntslot - 1);
	c->tails[k] = h;
	c->ntails++;
}

/* Resolves a noun phrase to a registry index, making the source when
 * new; -1 when the phrase does not name a source. actor: the subject of
 * "claimed responsibility", an organisation unless titled. */
/* An organisation word news uses without an article: the field "bare"
 * in organisation-words.txt ("police said", "prosecutors said"). */
static int tok_is_bare_org(const ctx *c, size_t ti)
{
	const fb_entry *e = tok_in(c, L_ORGS, ti);
	for (size_t i = 0; e && i < e->nfield; i++)
		if (!strcmp(e->field[i], "bare"))
			return 1;
	return 0;
}

static int resolve(ctx *c, const np *p, int actor, int *cands, size_t *ncands)
{
	const fb_attributor *at = c->at;
	size_t a = p->a, b = p->b;
	if (b == a + 1 && is_pronoun(c, a)) {
		int r, g = lower_eq(c, a, "he") ? 'm' : lower_eq(c, a, "she") ? 'f' : 0;
		if (g) {
			r = -1;
			if (c->topic && (!c->topic_gender || c->topic_gender == g) &&
			    (c->topic_sent + 1 == c->sent || (c->topic_sent == c->sent && c->t[a].s > c->topic_end))) {
				int tc[FB_MAX_SRC];
				size_t ntc = 0;
				r = person(c, fb_xstrdup(c->topic), tc, &ntc, 1);
				if (r >= 0 && gender_of(c, r) && gender_of(c, r) != g)
					r = -1;
			}
			/* a person named after the topic is nearer ("Ann Lee, a
			 * nurse, met Joe Park. He said ...") */
			int near = pronoun_person(c, g);
			if (r < 0 || (near >= 0 && near != r && c->a->src[near].last > c->topic_end &&
			    (!gender_of(c, near) || gender_of(c, near) == g)))
				r = near;
			set_gender(c, r, g);
		} else if (lower_eq(c, a, "they"))
			r = c->last_plural >= 0 ? c->last_plural : c->last_org;
		else
			r = c->last_org;
		if (r >= 0 && c->npron < 8) {
			c->pron[c->npron].s = c->t[a].s;
			c->pron[c->npron].e = c->t[a].e;
			c->pron[c->npron++].src = r;
		}
		return r;
	}
	int definite = lower_eq(c, a, "the");
	if (is_det(c, a))
		a++;
	if (a >= b)
		return -1;
	size_t head = b - 1;
	int r = -1;
	if (p->head1) {
		/* "people familiar with the matter": unnamed, whatever follows */
		const fb_entry *e = tok_in(c, L_ANON, p->head1 - 1);
		int doc = !e && !tok_in(c, L_GROUPS, p->head1 - 1) && tok_in(c, L_DOCS, p->head1 - 1);
		r = entity(c, tok_text(c, a, b), doc ? FB_SK_DOCUMENT : FB_SK_ANONYMOUS, NULL); /* "posts on the board" */
		c->a->src[r].plural = e && e->nfield ? !strcmp(e->field[0], "plural") : 0;
		goto mention;
	}
	{
		size_t hl = c->t[head].e - c->t[head].s;
		const char *hs = c->buf + c->t[head].s;
		if ((hl > 2 && !memcmp(hs + hl - 2, "'s", 2)) || (hl > 4 && !memcmp(hs + hl - 4, "\xE2\x80\x99s", 4)))
			return -1;
		/* "Governor Ray Patel's office said", "Patel's spokesman said":
		 * someone's office, campaign or spokesman speaks, named as
		 * written; a distinct source from the person */
		for (size_t k = a; k + 1 < b; k++) {
			size_t kl = c->t[k].e - c->t[k].s;
			const char *ks = c->buf + c->t[k].s;
			if (!((kl > 2 && !memcmp(ks + kl - 2, "'s", 2)) || (kl > 4 && !memcmp(ks + kl - 4, "\xE2\x80\x99s", 4))))
				continue;
			if (!c->t[k].cap || b - (k + 1) > 2 || c->t[head].cap)
				break;
			fb_skind kind = tok_in(c, L_ORGS, head) ? FB_SK_ORGANIZATION
			              : tok_in(c, L_ANON, head) || has_title(c, head, b) ? FB_SK_ANONYMOUS : FB_SK__MAX;
			if (kind == FB_SK__MAX)
				break;
			r = entity(c, tok_text(c, a, b), kind, NULL);
			goto mention;
		}
		/* a web address: "Gawker.com" */
		for (size_t k = c->t[head].s; k + 1 < c->t[head].e; k++)
			if (c->buf[k] == '.' && fb_islower((unsigned char)c->buf[k + 1]) && b - a == 1) {
				int rr = entity(c, tok_text(c, a, b), FB_SK_OUTLET, NULL);
				c->last_outlet = rr;
				add_mention(c, rr, c->t[a].s, c->t[b - 1].e);
				return rr;
			}
	}
	/* outlets: listed names, or a name before "newspaper" */
	size_t on = 0;
	if (fb_lexicon_get(at->lx[L_OUTLETS], c->buf + c->t[p->a].s, c->t[b - 1].e - c->t[p->a].s) ||
	    fb_lexicon_get(at->lx[L_OUTLETS], c->buf + c->t[a].s, c->t[b - 1].e - c->t[a].s)) {
		r = entity(c, tok_text(c, a, b), FB_SK_OUTLET, NULL);
		c->last_outlet = r;
		goto mention;
	}
	if (c->t[head].cap && tok_in(c, L_OWORDS, head) && b - a >= 2 && !has_title(c, a, b)) {
		int org = 0;
		for (size_t k = a; k < b; k++)
			org |= tok_in(c, L_ORGS, k) != NULL;
		if (!org) {
			r = entity(c, tok_text(c, a, b), FB_SK_OUTLET, NULL);
			c->last_outlet = r;
			goto mention;
		}
	}
	for (size_t k = a + 1; k < b; k++)
		if (toks_in(c, L_OWORDS, k, &on) && k + on == b && c->t[k - 1].cap && !c->t[k].cap) {
			r = entity(c, tok_text(c, a, k), FB_SK_OUTLET, NULL);
			c->last_outlet = r;
			add_mention(c, r, c->t[a].s, c->t[k - 1].e);
			return r;
		}
	/* a title before a name: "Sindh Chief Minister Murad Ali Shah" */
	size_t name_a = SIZE_MAX, role_b = a;
	for (size_t k = a; k < b; k++) {
		size_t n = 0;
		const fb_entry *e = toks_in(c, L_TITLES, k, &n);
		if (!e || k + n >= b)
			continue;
		int capsafter = 1;
		for (size_t m = k + n; m < b; m++)
			capsafter &= c->t[m].cap || is_connector(c, m);
		capsafter &= c->t[b - 1].cap;
		if (!capsafter)
			continue;
		int hon = e->nfield && !strcmp(e->field[0], "honorific");
		size_t m = k + n;
		if (!hon && is_connector(c, m)) {
			/* "Governor of Washington Chris Gregoire": the name is
			 * what follows the last organisation word, else the last
			 * two words of a run of three or more */
			size_t x = m;
			while (x < b && (is_connector(c, x) || is_det(c, x)))
				x++;
			size_t run = b - x, cut = SIZE_MAX;
			for (size_t y = x; y < b; y++)
				if (tok_in(c, L_ORGS, y) && y + 1 < b)
					cut = y + 1;
			if (cut == SIZE_MAX && run >= 3)
				cut = b - 2;
			if (cut == SIZE_MAX)
				continue;
			name_a = cut;
			role_b = cut;
			continue;
		}
		name_a = m;
		if (!hon)
			role_b = m;
		else if (k > a)
			role_b = k;
	}
	if (name_a != SIZE_MAX && !tok_in(c, L_ORGS, head)) {
		while (name_a < b && (toks_in(c, L_TITLES, name_a, &on) || is_connector(c, name_a)))
			name_a++;
		if (name_a < b) {
			r = person(c, tok_text(c, name_a, b), cands, ncands, 1);
			for (size_t k = a; k < name_a && r >= 0; k++)
				set_gender(c, r, title_gender(tok_in(c, L_TITLES, k)));
			if (r >= 0 && role_b > a)
				add_role(c, r, c->t[a].s, c->t[role_b - 1].e, 1);
			if (r >= 0)
				add_mention(c, r, c->t[name_a].s, c->t[b - 1].e);
			goto roles;
		}
	}
	if (tok_in(c, L_DOCS, head) && !c->t[head].cap) {
		r = entity(c, tok_text(c, a, b), FB_SK_DOCUMENT, NULL);
		goto mention;
	}
	/* "her campaign", "his office": the body of the person last named */
	/* "her budget office": one lower-case modifier may come between */
	if (p->desc && (b == a + 2 || (b == a + 3 && c->t[a + 1].kind == TK_WORD && !c->t[a + 1].cap)) &&
	    (lower_eq(c, a, "his") || lower_eq(c, a, "her")) && tok_in(c, L_ORGS, head) && !c->t[head].cap) {
		int who = pronoun_person(c, lower_eq(c, a, "his") ? 'm' : 'f');
		if (who >= 0) {
			char *h = tok_text(c, a + 1, b);
			r = entity(c, fb_xasprintf("%s's %s", c->a->src[who].name, h), FB_SK_ORGANIZATION, NULL);
			free(h);
			goto mention;
		}
	}
	if (p->desc && !c->t[head].cap && !(tok_in(c, L_ORGS, head) && b - a < 2) && !tok_in(c, L_OWORDS, head) &&
	    !tok_in(c, L_TITLES, head) && !tok_in(c, L_ANON, head) && !group_head(c, head, b)) {
		/* "a state court", "the chamber of commerce": a body */
		r = entity(c, tok_text(c, a, b), tok_in(c, L_ORGS, head) ? FB_SK_ORGANIZATION : FB_SK_ANONYMOUS, NULL);
		c->a->src[r].plural = c->buf[c->t[head].e - 1] == 's';
		goto mention;
	}
	/* "most voters", "another 19 percent", "Republicans": a group */
	if (group_head(c, head, b) && (!c->t[head].cap || b - a == 1 || !tok_in(c, L_ORGS, head))) {
		r = entity(c, tok_text(c, is_det(c, p->a) ? p->a + 1 : p->a, b), FB_SK_GROUP, NULL);
		c->a->src[r].plural = 1;
		goto mention;
	}
	if (tok_in(c, L_ANON, head) || (has_title(c, head, b) && !c->t[head].cap) ||
	    (has_title(c, head, b) && b - a == 1)) {
		if (definite && has_title(c, head, b)) {
			int who = person_by_role(c, head);
			if (who >= 0) {
				r = who;
				goto mention;
			}
		}
		const fb_entry *e = tok_in(c, L_ANON, head);
		r = entity(c, tok_text(c, a, b), FB_SK_ANONYMOUS, NULL);
		c->a->src[r].plural = e && e->nfield ? !strcmp(e->field[0], "plural") : 0;
		goto mention;
	}
	/* "the daily", "the ministry": the latest one of that kind */
	if (b - a == 1 && !c->t[head].cap) {
		if (tok_in(c, L_OWORDS, head))
			r = c->last_outlet;
		else if (tok_in(c, L_ORGS, head)) {
			/* "a committee said": a body not named before */
			int indef = lower_eq(c, p->a, "a") || lower_eq(c, p->a, "an");
			r = indef ? -1 : latest_of_kind(c, FB_SK_ORGANIZATION, head);
			/* "the ministry said", and "police said": news drops the
			 * article before a few such words */
			if (r < 0 && (definite || indef || tok_is_bare_org(c, head)))
				r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		}
		if (r >= 0)
			goto mention;
		return -1;
	}
	if (tok_in(c, L_OWORDS, head) && !c->t[head].cap && c->last_outlet >= 0) {
		r = c->last_outlet;
		goto mention;
	}
	/* "The Post", "The Times": an outlet's head word alone, capitalised,
	 * after the article */
	if (definite && b - a == 1 && c->t[head].cap && tok_in(c, L_OWORDS, head) && !actor) {
		r = entity(c, tok_text(c, a, b), FB_SK_OUTLET, NULL);
		c->last_outlet = r;
		goto mention;
	}
	int orgword = 0, caps = 1;
	for (size_t k = a; k < b; k++) {
		if (tok_in(c, L_ORGS, k) && (c->t[k].cap || definite || actor))
			orgword = 1;
		if (!c->t[k].cap && !is_connector(c, k) && !(c->buf[c->t[k].s] & 0x80))
			caps = 0;
	}
	/* "Executive director of the Harbor chapter of the League of Coastal
	 * Voters Nadia Ferris": a title before the phrase, an organisation in
	 * it, and a run of three or more capitalised words at its end, of
	 * which the last two are the person */
	if (orgword && !p->acro && !actor && b - a >= 4) {
		size_t x = b;
		while (x > a && c->t[x - 1].cap && !is_connector(c, x - 1) && !tok_in(c, L_ORGS, x - 1) &&
		    !tok_in(c, L_TITLES, x - 1) && !tok_in(c, L_OWORDS, x - 1) && !all_caps(c, x - 1))
			x--;
		size_t l = p->a, n = 0;
		while (l > 0 && n < 20 && c->t[l - 1].kind == TK_WORD) /* the clause before */
			l--, n++;
		if (b - x >= 3 && x > a && l < p->a && has_title(c, l, p->a)) {
			size_t na = b - 2;
			r = person(c, tok_text(c, na, b), cands, ncands, 1);
			if (r >= 0) {
				add_role(c, r, c->t[l].s, c->t[na - 1].e, 1);
				add_mention(c, r, c->t[na].s, c->t[b - 1].e);
			}
			goto roles;
		}
	}
	/* a country or capital alone speaks for its government */
	if (b - a == 1 && c->t[a].cap && tok_in(c, L_PLACES, a)) {
		r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		goto mention;
	}
	const char *acro = NULL;
	char *acro_s = p->acro ? tok_text(c, p->acro, p->acro + 1) : NULL;
	acro = acro_s;
	if (orgword || p->acro) {
		r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, acro);
		free(acro_s);
		goto mention;
	}
	free(acro_s);
	if (!caps)
		return -1;
	if (definite && !actor) {
		r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		goto mention;
	}
	if (b - a == 1 && all_caps(c, a)) {
		int got[4];
		char *ok = tok_text(c, a, b);
		char *key = norm_key("o:", ok);
		if (idx_find(c, key, got, 4))
			r = got[0];
		free(key);
		free(ok);
		if (r < 0)
			r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		goto mention;
	}
	if (actor) {
		int got[4];
		char *nm = tok_text(c, a, b);
		char *key = norm_key("o:", nm);
		free(nm);
		if (idx_find(c, key, got, 4))
			r = got[0];
		free(key);
		if (r < 0) {
			size_t nc0 = *ncands;
			r = person(c, tok_text(c, a, b), cands, ncands, 0);
			if (r < 0) {
				*ncands = nc0;
				r = entity(c, tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
			}
		}
		goto mention;
	}
	{
		int got[4];
		char *nm = tok_text(c, a, b);
		char *key = norm_key("o:", nm);
		free(nm);
		if (idx_find(c, key, got, 4))
			r = got[0];
		free(key);
		if (r < 0)
			r = person(c, tok_text(c, a, b), cands, ncands, 1);
	}
mention:
	if (r >= 0)
		add_mention(c, r, c->t[a].s, c->t[b - 1].e);
roles:
	if (r >= 0 && p->role_e > p->role_s && c->a->src[r].kind == FB_SK_PERSON)
		add_role(c, r, p->role_s, p->role_e, 0);
	if (r >= 0 && p->role2_e > p->role2_s && c->a->src[r].kind == FB_SK_PERSON)
		add_role(c, r, p->role2_s, p->role2_e, 1);
	if (r >= 0 && p->alias_b > p->alias_a) {
		size_t x = p->alias_a, y = p->alias_b;
		if (x < y && is_det(c, x))
			x++;
		if (y >= x + 4 && is_punct(c, y - 1, ')') && is_punct(c, y - 3, '(') && c->t[y - 2].kind == TK_WORD) {
			char *ac = tok_text(c, y - 2, y - 1);
			char *k = norm_key("o:", ac);
			idx_add(c, k, r);
			add_alias(c, r, ac);
			free(k);
			free(ac);
			y -= 3;
		}
		if (x < y) {
			char *al = tok_text(c, x, y);
			char *k = norm_key("o:", al);
			idx_add(c, k, r);
			free(k);
			/* the longer form is the fuller name */
			fb_source *s = &c->a->src[r];
			if (strlen(al) > strlen(s->name) && s->kind != FB_SK_PERSON) {
				char *old = s->name;
				s->name = al;
				add_alias(c, r, old);
				free(old);
			} else {
				add_alias(c, r, al);
				free(al);
			}
		}
	}
	return r;
}

/* ------------------------------------------------------------- cues */

static int is_end(const ctx *c, size_t ti)
{
	return ti >= c->nt || (c->t[ti].kind == TK_PUNCT &&
	    (c->t[ti].ch == '.' || c->t[ti].ch == '!' || c->t[ti].ch == '?' || c->t[ti].ch == ';'));
}

/* Words between a subject and its verb: "later said", "has also told". */
static int is_aux(const ctx *c, size_t ti, int *neg)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return 0;
	uint32_t f = wflags(c, ti);
	if (f & W_NEG) {
		*neg = 1;
		return 1;
	}
	size_t l = c->t[ti].e - c->t[ti].s;
	const char *s = c->buf + c->t[ti].s;
	if (l > 3 && (fb_word_eq(s + l - 3, 3, "n't") || (l > 5 && !memcmp(s + l - 5, "n\xE2\x80\x99t", 5)))) {
		*neg = 1;
		return 1;
	}
	if (f & W_AUX)
		return 1;
	if (!c->t[ti].cap && l > 4 && fb_word_eq(s + l - 2, 2, "ly") && !np_word(c, ti))
		return 1;
	return 0;
}

static int is_prep(const ctx *c, size_t ti)
{
	return (wflags(c, ti) & W_PREP) != 0;
}

/* Adds the sources an NP list names to the cue. */
static void cue_add(cue *k, int s)
{
	if (s < 0)
		return;
	for (size_t i = 0; i < k->nsrc; i++)
		if (k->src[i] == s)
			return;
	if (k->nsrc < FB_MAX_SRC)
		k->src[k->nsrc++] = s;
}

/* Resolves the coordinated noun phrases from token i ("government officials
 * and Ghulam Nabi Memon, police chief ..."); returns the token after them. */
static size_t right_sources(ctx *c, size_t i, cue *k, int actor)
{
	np p;
	size_t end = i;
	while (np_right(c, i, &p)) {
		size_t before = k->ncands;
		int s = resolve(c, &p, actor, k->cands, &k->ncands);
		if (s < 0) {
			k->ncands = before;
			break;
		}
		if (k->ncands > before)
			k->flags |= FB_CF_AMBIGUOUS;
		cue_add(k, s);
		end = p.end;
		if (lower_eq(c, end, "and") && end + 1 < c->nt)
			i = end + 1;
		else
			break;
	}
	return end;
}

static int day_word(const ctx *c, size_t ti)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "yesterday", "today", "tonight", NULL };
	for (size_t k = 0; days[k]; k++)
		if (lower_eq(c, ti, days[k]))
			return 1;
	return 0;
}

/* A time adjunct ending at token j, between a subject and its verb ("on
 * Tuesday", "late Monday", "last month", "earlier this week"): the token
 * before it, or j when there is none. */
static size_t time_before(const ctx *c, size_t j, size_t lo)
{
	if (j <= lo + 1 || c->t[j].kind != TK_WORD)
		return j;
	size_t a = j;
	if (day_word(c, j)) {
		if (lower_eq(c, j - 1, "on") || lower_eq(c, j - 1, "late") || lower_eq(c, j - 1, "early") ||
		    lower_eq(c, j - 1, "last") || lower_eq(c, j - 1, "this"))
			a = j - 1;
		else if (lower_eq(c, j, "yesterday") || lower_eq(c, j, "today") || lower_eq(c, j, "tonight") ||
		    (!c->t[j - 1].cap && ends_with(c, j - 1, "ed")))
			a = j;
		else
			return j;
	} else if (lower_eq(c, j, "week") || lower_eq(c, j, "month") || lower_eq(c, j, "year") ||
	    lower_eq(c, j, "weekend") || lower_eq(c, j, "night")) {
		if (!(lower_eq(c, j - 1, "last") || lower_eq(c, j - 1, "this") || lower_eq(c, j - 1, "next")))
			return j;
		a = j - 1;
		if (a > lo + 1 && lower_eq(c, a - 1, "earlier"))
			a--;
	} else
		return j;
	/* "a poll released Tuesday found" */
	if (a > lo + 1 && !c->t[a - 1].cap && ends_with(c, a - 1, "ed") && !tok_in(c, L_VERBS, a - 1) &&
	    !tok_in(c, L_RVERBS, a - 1))
		a--;
	return a > lo + 1 && c->t[a - 1].kind == TK_WORD ? a - 1 : j;
}

/* Whether tokens [a, b) are a party and state tag: "R-Ky.", "D-N.Y.",
 * "I-Vt", "R-Texas" (a letter for the party, a dash, the state). */
static int party_tag(const ctx *c, size_t a, size_t b)
{
	if (b <= a || b - a > 9 || c->t[a].kind != TK_WORD || !strchr("RDI", c->buf[c->t[a].s]))
		return 0;
	size_t i = a + 1;
	if (c->t[a].e - c->t[a].s == 1) {
		if (!is_punct(c, a + 1, '-') || a + 2 >= b || c->t[a + 2].kind != TK_WORD)
			return 0;
		i = a + 2;
	} else if (!(c->buf[c->t[a].s + 1] == '-' && fb_isupper((unsigned char)c->buf[c->t[a].s + 2])))
		return 0; /* "R-Ky" as one word */
	for (; i < b; i++)
		if (!(c->t[i].kind == TK_WORD ? c->t[i].cap : is_punct(c, i, '.') || is_punct(c, i, '-')))
			return 0;
	return 1;
}

/* A description in common nouns ending at token j: a determiner or a
 * possessive, at most two modifiers and a noun ("the authors", "some
 * individuals", "the report's authors", "one poster"). */
static int desc_left(const ctx *c, size_t j, size_t lo, np *out)
{
	static const char *const dets[] = { "the", "a", "an", "some", "many", "several", "most", "other", "these",
		"those", "his", "her", "their", "its", "one", "two", "three", "few", "both", "all", "each", NULL };
	if (j >= c->nt || c->t[j].kind != TK_WORD || c->t[j].cap || tok_in(c, L_STOP, j) || tok_in(c, L_VERBS, j) ||
	    tok_in(c, L_RVERBS, j) || is_pronoun(c, j) || (wflags(c, j) & (W_AUX | W_PREP | W_NEG | W_CONN)) ||
	    fb_isdigit((unsigned char)c->buf[c->t[j].s]))
		return 0;
	/* a headline drops its articles: "Greek court rules ...", "Local
	 * woman says ..." */
	if (c->para == c->title_para && j < lo + 3) {
		size_t k = lo;
		while (k < j && c->t[k].kind == TK_WORD && !tok_in(c, L_STOP, k) && !tok_in(c, L_VERBS, k) &&
		    !tok_in(c, L_RVERBS, k))
			k++;
		if (k == j) {
			memset(out, 0, sizeof *out);
			out->a = lo;
			out->b = out->end = j + 1;
			out->desc = 1;
			return 1;
		}
	}
	int of = 0;
	for (size_t k = j; k-- > lo && j - k <= 3 + 2 * (size_t)of;) {
		if (c->t[k].kind != TK_WORD)
			return 0;
		/* "the chamber of commerce": one "of" inside */
		if (lower_eq(c, k, "of") && !of && k < j) {
			of = 1;
			continue;
		}
		int det = 0;
		for (size_t d = 0; dets[d]; d++)
			det |= lower_eq(c, k, dets[d]);
		size_t l = c->t[k].e - c->t[k].s;
		const char *w = c->buf + c->t[k].s;
		if (det || (l > 2 && !memcmp(w + l - 2, "'s", 2)) || (l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99s", 4))) {
			/* "the report's authors": from the possessor's article */
			size_t a = det ? k : k > lo && is_det(c, k - 1) ? k - 1 : k;
			memset(out, 0, sizeof *out);
			out->a = a;
			out->b = out->end = j + 1;
			out->desc = 1;
			return 1;
		}
		if ((wflags(c, k) & (W_AUX | W_PREP | W_NEG | W_CONN)) || tok_in(c, L_STOP, k) || tok_in(c, L_VERBS, k) ||
		    (c->t[k].cap && k > lo))
			return 0;
	}
	return 0;
}

/* The subject of the verb at token v: skips auxiliaries, then relative
 * clauses and appositions between commas. Fills p; 0 when none. */
static int subject_left(const ctx *c, size_t v, size_t lo, np *p, int *neg)
{
	if (v <= lo)
		return 0;
	size_t j = v - 1;
	/* "Reed was quoted as saying" */
	if (j >= lo + 2 && lower_eq(c, j, "as") && lower_eq(c, j - 1, "quoted"))
		j -= 2;
	int be = 0;
	while (j > lo && is_aux(c, j, neg)) {
		be |= lower_eq(c, j, "is") || lower_eq(c, j, "was") || lower_eq(c, j, "are") || lower_eq(c, j, "were");
		j--;
	}
	/* "Reyes on Tuesday said", "A poll last month found" */
	size_t tj = time_before(c, j, lo);
	if (tj < j) {
		j = tj;
		while (j > lo && is_aux(c, j, neg)) {
			be |= lower_eq(c, j, "is") || lower_eq(c, j, "was") || lower_eq(c, j, "are") || lower_eq(c, j, "were");
			j--;
		}
	}
	/* "It is estimated that ...", "it was reported": passive, nobody's
	 * word ("was saying" is active) */
	size_t vl = c->t[v].e - c->t[v].s;
	if (be && !(vl > 4 && fb_word_eq(c->buf + c->t[v].e - 3, 3, "ing")) && lower_eq(c, j, "it"))
		return 0;
	/* "was asked", "were told", "was accused of": the subject is
	 * spoken to or of, not speaking */
	if (be && !(vl > 4 && fb_word_eq(c->buf + c->t[v].e - 3, 3, "ing")) && !(j + 1 < v && lower_eq(c, j + 1, "quoted")))
		return 0;
	/* "Crowley (D-N.Y.) said" */
	if (is_punct(c, j, ')')) {
		size_t k = j;
		while (k > lo && !is_punct(c, k, '(') && j - k < 10)
			k--;
		if (is_punct(c, k, '(') && k > lo && party_tag(c, k + 1, j))
			j = k - 1;
	}
	if (is_aux(c, j, neg))
		return 0;
	size_t rs = 0, re = 0, as = 0, ae = 0;
	for (int round = 0; round < 2 && is_punct(c, j, ','); round++) {
		size_t k = j;
		while (k > lo && !is_punct(c, k - 1, ',') && c->t[k - 1].kind != TK_QUOTE &&
		    !is_punct(c, k - 1, ';') && j - k < 25)
			k--;
		if (k <= lo || !is_punct(c, k - 1, ',')) {
			/* "Rita Voss for the Dairy Council, says": a name and
			 * whom it speaks for, from the sentence's start */
			size_t m = lo;
			while (m < j && m < lo + 4 && c->t[m].kind == TK_WORD && c->t[m].cap && !tok_in(c, L_STOP, m))
				m++;
			if (round == 0 && k == lo && m >= lo + 2 && m < j && (lower_eq(c, m, "for") || lower_eq(c, m, "of") ||
			    lower_eq(c, m, "at") || lower_eq(c, m, "from")) && np_left(c, m - 1, lo, p) && p->a == lo)
				return 1;
			return 0;
		}
		/* the apposition is t[k, j) */
		size_t kn;
		if (is_relative(c, k) || party_tag(c, k, j))
			;
		else if (known_as(c, k, j, &kn)) {
			as = kn;
			ae = j;
		} else if (round == 0 && k >= lo + 2 && role_like(c, k, j) && j >= k + 3 && name_like(c, j - 2, j) &&
		    !c->t[k - 2].cap && c->t[k - 2].kind == TK_WORD) {
			/* "Her opponent, former police captain Luis Ferrer,
			 * said": the title and name between the commas name
			 * the speaker; the description before is a role */
			j--;
			break;
		} else if (role_like(c, k, j)) {
			rs = c->t[k].s;
			re = c->t[j - 1].e;
		} else if (is_det(c, k) && j - k <= 6 && (tok_in(c, L_ORGS, j - 1) || tok_in(c, L_OWORDS, j - 1))) {
			/* "Veltron, the state energy company, said": a description */
		} else if (description_like(c, k, j) || desc_relative(c, k, j)) {
			/* "Anton Kessler, a former harbour pilot, said": who the
			 * speaker is, even when no listed title says it */
			rs = c->t[k].s;
			re = c->t[j - 1].e;
		} else if (j == k + 1 && c->t[k].kind == TK_WORD && fb_isdigit((unsigned char)c->buf[c->t[k].s]) &&
		    c->t[k].e - c->t[k].s <= 3) {
			/* "Lena Fox, 54, said": an age */
		} else if (j == k + 1 && c->t[k].kind == TK_WORD && all_caps(c, k) && c->t[k].e - c->t[k].s <= 4) {
			/* "Tom Molomby, SC, said", "Jane Roe, CEO, said": letters
			 * after the name */
			rs = c->t[k].s;
			re = c->t[k].e;
		} else if (round == 0 && name_like(c, k, j) && k >= 2 && has_title(c, k - 2, k - 1)) {
			/* "The city's mayor, Maria Lopez, said": the name stands
			 * between the commas; the title before it is taken below */
			j--;
			break;
		} else if (lower_eq(c, k, "and") && k + 1 < j && round == 0 &&
		    (role_like(c, k + 1, j) || description_like(c, k + 1, j))) {
			/* "X, director of the lab, and chair of the board, said":
			 * the apposition before is read next */
			j = k - 1;
			continue;
		} else if (!(is_prep(c, k) || lower_eq(c, k, "of") || lower_eq(c, k, "for") ||
		    (!c->t[k].cap && c->t[k].e - c->t[k].s > 3 &&
		    fb_word_eq(c->buf + c->t[k].e - 2, 2, "ed")) || (!c->t[k].cap && c->t[k].e - c->t[k].s > 4 &&
		    fb_word_eq(c->buf + c->t[k].e - 3, 3, "ing"))))
			return 0; /* "The study, published in Nature, found" and "Mr Patel,
			           * speaking on Monday, said" skip it */
		if (k < lo + 2)
			return 0;
		j = k - 2;
		/* "Martha Quill, R-Ohio, who chairs ..., said", "Walter Brandt,
		 * R-Ky., the party's whip, said": the tag before the relative
		 * clause or apposition, after the name */
		if (is_punct(c, j + 1, ',')) {
			size_t q = j + 1;
			while (q > lo + 1 && !is_punct(c, q - 1, ',') && j + 1 - q < 9)
				q--;
			if (q > lo + 1 && is_punct(c, q - 1, ',') && party_tag(c, q, j + 1))
				j = q - 2;
		}
	}
	/* "A source close to the investigation said", "people familiar with
	 * the plans said": the unnamed head before "close to", whatever
	 * the words after it */
	for (size_t m = j; m >= lo + 3 && m + 5 > j; m--) {
		if (c->t[m].kind != TK_WORD)
			break;
		if (((lower_eq(c, m - 2, "close") && lower_eq(c, m - 1, "to")) ||
		     (lower_eq(c, m - 2, "familiar") && lower_eq(c, m - 1, "with"))) && tok_in(c, L_ANON, m - 3)) {
			np h;
			if (!np_left(c, m - 3, lo, &h))
				break;
			*p = h;
			p->b = p->end = j + 1;
			p->head1 = h.b;
			p->role_s = p->role_e = rs;
			p->alias_a = p->alias_b = as;
			return 1;
		}
	}
	/* "Republicans in the legislature have vowed", "officials at the
	 * election board said", "critics of the plan say": a group, unnamed
	 * or document head, then a preposition
	 * and a short phrase of where they sit, from the sentence's start */
	for (size_t m = j; m >= lo + 2 && m + 6 > j; m--) {
		if (c->t[m].kind != TK_WORD || (m < j && tok_in(c, L_RVERBS, m)))
			break;
		int fr = lower_eq(c, m - 1, "for");
		if (!(lower_eq(c, m - 1, "in") || lower_eq(c, m - 1, "on") || lower_eq(c, m - 1, "at") ||
		    lower_eq(c, m - 1, "from") || lower_eq(c, m - 1, "of") || fr))
			continue;
		np h;
		const fb_entry *g = tok_in(c, L_GROUPS, m - 2);
		if (!g)
			g = tok_in(c, L_ANON, m - 2);
		/* "Posts on the message board said", "a report on the economy
		 * found": a document and what it is on */
		if (!g && !fr && !lower_eq(c, m - 1, "of") && (!c->t[m - 2].cap || m - 2 == lo))
			g = tok_in(c, L_DOCS, m - 2);
		/* "for" only after a plural head ("lawyers for the city"; "a
		 * spokesman for X" speaks for X) */
		if (g && fr && !(g->nfield && !strcmp(g->field[0], "plural")))
			g = NULL;
		if (g && np_left(c, m - 2, lo, &h) && h.b == m - 1 && (h.a == lo || subordinator(c, h.a - 1))) {
			*p = h;
			p->b = p->end = j + 1;
			p->head1 = h.b;
			p->role_s = p->role_e = rs;
			p->alias_a = p->alias_b = as;
			return 1;
		}
		break;
	}
	/* "Ann Lee, who in 2010 said ...": the noun phrase before "who" */
	for (size_t m = j; m > lo + 1 && m + 6 > j && c->t[m].kind == TK_WORD; m--)
		if (lower_eq(c, m, "who") && is_punct(c, m - 1, ',')) {
			size_t q = m - 2; /* "Carl Hobart, R-Neb., who ...": past the tag */
			size_t t0 = q;
			while (t0 > lo + 1 && !is_punct(c, t0 - 1, ',') && q - t0 < 9)
				t0--;
			if (q > lo + 1 && t0 > lo + 1 && is_punct(c, t0 - 1, ',') && party_tag(c, t0, q + 1))
				q = t0 - 2;
			if (m - 2 >= lo && np_left(c, q, lo, p) && !is_pronoun(c, p->a))
				return 1;
			break;
		}
	if (!np_left(c, j, lo, p) && !desc_left(c, j, lo, p))
		return 0;
	/* "Her campaign said", "his budget office said": the possessive
	 * belongs to the phrase, with one lower-case modifier between */
	if (p->a > lo && p->b <= p->a + 2 && !c->t[p->a].cap && !c->t[p->b - 1].cap) {
		size_t q = p->a - 1;
		if (p->b == p->a + 1 && q > lo && c->t[q].kind == TK_WORD && !c->t[q].cap && !tok_in(c, L_STOP, q) && !tok_in(c, L_VERBS, q) &&
		    !(wflags(c, q) & (W_AUX | W_PREP | W_NEG | W_CONN)) && (lower_eq(c, q - 1, "his") || lower_eq(c, q - 1, "her")))
			q--;
		if (lower_eq(c, q, "his") || lower_eq(c, q, "her")) {
			p->a = q;
			p->desc = 1;
		}
	}
	/* "A poll for the Gazette found", "a study by the university
	 * found": the document, not whom it was made by or for */
	if (p->a >= lo + 2 && (lower_eq(c, p->a - 1, "for") || lower_eq(c, p->a - 1, "by"))) {
		np d;
		if ((np_left(c, p->a - 2, lo, &d) || desc_left(c, p->a - 2, lo, &d)) && tok_in(c, L_DOCS, d.b - 1) &&
		    !c->t[d.b - 1].cap)
			*p = d;
	}
	/* "An analysis of its own traffic figures concluded", "a survey of
	 * 800 voters found": the document, not what it is of */
	for (size_t m = p->a; m >= lo + 2 && m + 6 > p->a; m--) {
		if (lower_eq(c, m - 1, "of")) {
			np d;
			if ((np_left(c, m - 2, lo, &d) || desc_left(c, m - 2, lo, &d)) && d.b == m - 1 &&
			    !c->t[d.b - 1].cap) {
				if (tok_in(c, L_DOCS, d.b - 1))
					*p = d;
				else if (p->desc && (tok_in(c, L_ORGS, d.b - 1) || tok_in(c, L_GROUPS, d.b - 1) ||
				    tok_in(c, L_ANON, d.b - 1))) {
					/* "a committee of the state board of education
					 * said": an unnamed body, named by all of it */
					size_t b = p->b;
					*p = d;
					p->head1 = d.b;
					p->b = p->end = b;
				}
			}
			break;
		}
		if (m < p->a + 1 && (c->t[m - 1].kind != TK_WORD || (c->t[m - 1].cap && m - 1 < p->a)))
			break;
	}
	/* "the senator from Texas said": the senator, not the state */
	if (p->a >= lo + 2 && lower_eq(c, p->a - 1, "from")) {
		np d;
		if (np_left(c, p->a - 2, lo, &d) && !c->t[d.b - 1].cap && has_title(c, d.b - 1, d.b))
			*p = d;
	}
	p->role_s = rs;
	p->role_e = re;
	p->alias_a = as;
	p->alias_b = ae;
	/* "Malaysia's Prime Minister, Najib Razak said" */
	if (p->a > lo + 1 && is_punct(c, p->a - 1, ',')) {
		size_t k = p->a - 1;
		while (k > lo && c->t[k - 1].kind == TK_WORD && p->a - k < 8)
			k--;
		size_t n;
		if (k < p->a - 1 && has_title(c, p->a - 2, p->a - 1) && !toks_in(c, L_VERBS, k, &n)) {
			p->role2_s = c->t[k].s;
			p->role2_e = c->t[p->a - 2].e;
		}
	}
	return 1;
}

/* Notes the speaker of a cue for pronouns that follow. */
static void remember(ctx *c, int s)
{
	if (s < 0)
		return;
	const fb_source *src = &c->a->src[s];
	if (src->kind == FB_SK_PERSON)
		c->last_person = s;
	else if (src->plural)
		c->last_plural = s;
	else if (src->kind == FB_SK_ORGANIZATION) {
		c->last_org = s;
		c->last_plural = s;
	} else if (src->kind != FB_SK_ANONYMOUS)
		c->last_org = s;
}

/* Puts the named, non-anonymous, non-outlet source first. */
static void pick_primary(const ctx *c, cue *k)
{
	for (size_t pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < k->nsrc; i++) {
			fb_skind kd = c->a->src[k->src[i]].kind;
			if ((pass == 0 && (kd == FB_SK_PERSON || kd == FB_SK_ORGANIZATION)) ||
			    (pass == 1 && kd != FB_SK_OUTLET)) {
				int t = k->src[i];
				memmove(&k->src[1], &k->src[0], i * sizeof k->src[0]);
				k->src[0] = t;
				return;
			}
		}
}

/* ------------------------------------------------------- reporting verbs */

/* The reporting verb at token i: the longest of speech-verbs.txt and the
 * lexicon verbs.tsv (the latter wins a tie, for its kind and pattern).
 * Entries of verbs.tsv carry fields class, kind, pattern, negated. */
static const fb_entry *verb_at(const ctx *c, size_t i, size_t *w, const fb_entry **row)
{
	size_t w1 = 0, w2 = 0;
	const fb_entry *a = toks_in(c, L_VERBS, i, &w1);
	const fb_entry *b = toks_in(c, L_RVERBS, i, &w2);
	*row = b && w2 >= w1 ? b : NULL; /* its kind; negated */
	if (b && (!a || w2 > w1)) {
		*w = w2;
		return b;
	}
	/* a verb of speech-verbs.txt keeps its class and takes any content */
	if (a)
		*w = w1;
	return a;
}

static int has_pattern(const fb_entry *ve)
{
	return ve->nfield >= 3;
}

static fb_cue_kind verb_kind(const fb_entry *ve)
{
	if (ve->nfield >= 2)
		for (int k = 0; k < FB_CK__MAX; k++)
			if (!strcmp(ve->field[1], fb_cue_kind_names[k]))
				return (fb_cue_kind)k;
	const char *cls = ve->nfield ? ve->field[0] : "say";
	if (!strcmp(cls, "cognition"))
		return FB_CK_BELIEF;
	if (!strcmp(cls, "stance"))
		return FB_CK_STANCE;
	return FB_CK_SPEECH;
}

static int verb_negated(const fb_entry *ve)
{
	return ve->nfield >= 4 && !strcmp(ve->field[3], "negated");
}

/* "'...,' argued X": only verbs whose content may come first invert. */
static int verb_inverts(const fb_entry *ve)
{
	return !has_pattern(ve) || !strcmp(ve->field[2], "S");
}

static int ends_with(const ctx *c, size_t ti, const char *suf)
{
	size_t l = strlen(suf), n = c->t[ti].e - c->t[ti].s;
	return ti < c->nt && c->t[ti].kind == TK_WORD && n > l + 1 && fb_word_eq(c->buf + c->t[ti].e - l, l, suf);
}

/* An adverb after a verb that leaves the content where it was: "said
 * sarcastically", "said then", "added later". */
static int after_adverb(const ctx *c, size_t ti)
{
	return ti < c->nt && c->t[ti].kind == TK_WORD && !c->t[ti].cap &&
	    (ends_with(c, ti, "ly") || lower_eq(c, ti, "then") || lower_eq(c, ti, "later") ||
	     lower_eq(c, ti, "again") || lower_eq(c, ti, "too") || lower_eq(c, ti, "afterwards") ||
	     lower_eq(c, ti, "afterward"));
}

/* Whether a clause (what a speech or belief verb reports) starts at token
 * j: "that ...", a quotation, a colon, nothing (the content came before),
 * a pronoun subject, or a short noun phrase and a finite verb ("the plan
 * would fail"). */
static int clause_at(const ctx *c, size_t j)
{
	while (after_adverb(c, j))
		j++;
	if (is_end(c, j) || lower_eq(c, j, "that") || c->t[j].kind == TK_QUOTE || is_punct(c, j, ':'))
		return 1;
	if (is_punct(c, j, ','))
		return j + 1 < c->nt && (c->t[j + 1].kind == TK_QUOTE || is_end(c, j + 1));
	if (is_pronoun(c, j) || lower_eq(c, j, "i") || lower_eq(c, j, "we") || lower_eq(c, j, "you") ||
	    lower_eq(c, j, "there"))
		return 1;
	static const char *const fin[] = { "is", "are", "was", "were", "would", "will", "could", "can", "should",
		"must", "had", "has", "have", "might", "may", NULL };
	for (size_t m = j + 1; m < c->nt && m < j + 7 && c->t[m].kind == TK_WORD; m++)
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, m, fin[k]))
				return 1;
	return 0;
}

/* Whether word w comes within the next lim tokens from j, before the
 * sentence ends; its index + 1, or 0. */
static size_t word_within(const ctx *c, size_t j, size_t lim, const char *w)
{
	for (size_t m = j; m < c->nt && m < j + lim && !is_end(c, m); m++)
		if (lower_eq(c, m, w))
			return m + 1;
	return 0;
}

/* Whether the words after a verb of verbs.tsv fit its pattern: a broad
 * verb is a cue only with what it reports ("argued that", "vowed to",
 * "called the plan 'a disaster'", "accused him of"). */
static int pattern_holds(const ctx *c, const fb_entry *ve, size_t i, size_t w, size_t subj)
{
	if (!has_pattern(ve))
		return 1;
	const char *pt = ve->field[2];
	size_t j = i + w;
	if (!strcmp(pt, "S")) {
		size_t m = j;
		while (after_adverb(c, m))
			m++;
		/* nothing after the verb: a quotation must come before ("'...,'
		 * she argued."; "The talks continued." is no cue) */
		if (is_end(c, m))
			return subj > 0 && (c->t[subj - 1].kind == TK_QUOTE ||
			    (subj > 1 && is_punct(c, subj - 1, ',') && c->t[subj - 2].kind == TK_QUOTE));
		return clause_at(c, j);
	}
	if (!strcmp(pt, "for"))
		return !is_end(c, j);
	if (!strcmp(pt, "to")) {
		if (lower_eq(c, j, "not") || lower_eq(c, j, "never"))
			j++;
		return lower_eq(c, j, "to") && j + 1 < c->nt && c->t[j + 1].kind == TK_WORD &&
		    (!c->t[j + 1].cap || (c->para == c->title_para && c->t[j].cap)); /* "Vow To Block" */
	}
	if (is_end(c, j) || c->t[j].kind == TK_PUNCT)
		return 0;
	/* "backed away", "called off", "pressed on": a particle, not an object */
	static const char *const part[] = { "up", "off", "out", "away", "down", "on", "in", "back", "over", "into",
		"through", "around", "at", "by", NULL };
	for (size_t k = 0; part[k]; k++)
		if (lower_eq(c, j, part[k]))
			return 0;
	if (!strcmp(pt, "NP"))
		return 1;
	if (!strcmp(pt, "NP-S"))
		return word_within(c, j, 8, "that") || (j + 1 < c->nt && c->t[j + 1].kind == TK_QUOTE);
	if (!strcmp(pt, "NP-to")) {
		size_t m = word_within(c, j, 8, "to");
		if (m && m < c->nt && c->t[m].kind == TK_WORD && !c->t[m].cap && !is_det(c, m))
			return 1;
		return lower_eq(c, j, "whether") || lower_eq(c, j, "if") || lower_eq(c, j, "why") ||
		    lower_eq(c, j, "how") || lower_eq(c, j, "what") || lower_eq(c, j, "about");
	}
	if (!strcmp(pt, "NP-of"))
		return word_within(c, j + 1, 8, "of") || word_within(c, j + 1, 8, "for");
	if (!strcmp(pt, "NP-as")) {
		for (size_t m = j; m < c->nt && m < j + 8 && !is_end(c, m); m++)
			if (c->t[m].kind == TK_QUOTE || lower_eq(c, m, "as") || (m > j && (lower_eq(c, m, "a") ||
			    lower_eq(c, m, "an"))))
				return 1;
		return 0;
	}
	return 0;
}

/* Whether the reporting verb at token i is one of speech ("said",
 * "told"), not a finding, belief or stance. */
static int verb_says(const ctx *c, size_t i)
{
	size_t w = 0;
	const fb_entry *row = NULL, *ve = verb_at(c, i, &w, &row);
	const char *cls = ve && ve->nfield ? ve->field[0] : "say";
	return !strcmp(cls, "say") || !strcmp(cls, "tell");
}

/* Whether subject p fits the verb at i: "X backed by Y" is a passive, "by
 * a user labelled" a participle after a preposition's object, and "a light
 * show" a noun after a noun (a description that does not agree with the
 * verb's bare form). */
static int subject_agrees(const ctx *c, const np *p, size_t i, size_t w)
{
	if (lower_eq(c, i + w, "by") && !(p->b == p->a + 1 && is_pronoun(c, p->a)) &&
	    !(i + w + 1 < c->nt && fb_isdigit((unsigned char)c->buf[c->t[i + w + 1].s])))
		return 0;
	if (!p->desc)
		return 1;
	/* "the asylum seekers found in the water may have ...": a reduced
	 * relative, not a finding */
	if (is_prep(c, i + w) && !lower_eq(c, i + w, "to") && !verb_says(c, i))
		return 0;
	if (p->a > 0 && (is_prep(c, p->a - 1) || lower_eq(c, p->a - 1, "of") || lower_eq(c, p->a - 1, "for")))
		return 0;
	size_t h = p->b - 1;
	char hl = c->buf[c->t[h].e - 1], vl = c->buf[c->t[i].e - 1];
	return hl == 's' || vl == 's' || vl == 'd' || vl == 't' || vl == 'e';
}

/* ", saying ...", ", adding that ...", ", arguing ...": a participle of a
 * speech or belief verb carrying the subject of the clause before. */
static int says_participle(const ctx *c, size_t i, const fb_entry *ve)
{
	if (lower_eq(c, i, "saying"))
		return 1;
	if (!ends_with(c, i, "ing") || !is_punct(c, i - 1, ','))
		return 0;
	/* ", calling it 'a plan that works'", ", accusing him of ...",
	 * ", urging lawmakers to ...": a verb whose pattern names what it
	 * reports after its object */
	size_t w2 = 0;
	const fb_entry *row = NULL;
	verb_at(c, i, &w2, &row);
	if (row && (!strcmp(row->field[2], "NP-as") || !strcmp(row->field[2], "NP-of") ||
	    !strcmp(row->field[2], "NP-to")) && pattern_holds(c, row, i, 1, 0))
		return 1;
	fb_cue_kind k = verb_kind(ve);
	const char *cls = ve->nfield ? ve->field[0] : "say";
	if (k != FB_CK_SPEECH && k != FB_CK_BELIEF)
		return 0;
	if (strcmp(cls, "say") != 0 && strcmp(cls, "cognition") != 0)
		return 0;
	return pattern_holds(c, ve, i, 1, 0) && !is_end(c, i + 1);
}

/* The quotation that opens right after byte e, past white space only (the
 * next sentence or paragraph), or -1. */
static int quote_after(const ctx *c, size_t e)
{
	for (size_t k = 0; k < c->nq; k++) {
		if (c->q[k].open < e)
			continue;
		for (size_t i = e; i < c->q[k].open; i++)
			if (!fb_isspace((unsigned char)c->buf[i]))
				return -1;
		return (int)k;
	}
	return -1;
}

/* A transcript's turn "DELGADO: ..." or a labelled headline "Poll: ...":
 * one to three capitalised words open the paragraph, then a colon. The
 * speaker holds for the paragraph (see attribute_sentence). */
static int label_cue(ctx *c, cue *k)
{
	if (c->doc->para[c->para].first_sent != c->sent)
		return 0;
	size_t m = 0, w = 0;
	while (m < c->nt && m < 3 && c->t[m].kind == TK_WORD && c->t[m].cap)
		m++;
	/* a turn says something: a few words at least ("Image: Jo Lee." is
	 * a credit) */
	if (!m || !is_punct(c, m, ':') || m + 5 > c->nt || tok_in(c, L_STOP, 0) ||
	    (toks_in(c, L_LABELS, 0, &w) && w == m))
		return 0;
	np p;
	memset(&p, 0, sizeof p);
	p.b = p.end = m;
	int s = resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0)
		return 0;
	cue_add(k, s);
	k->cs = c->t[0].s;
	k->ce = c->t[m - 1].e;
	k->dir = 1;
	k->anchor = c->t[m + 1].s;
	if (c->t[m + 1].kind == TK_QUOTE)
		k->quote = c->t[m + 1].quote;
	c->turn = s;
	c->turn_para = c->para;
	c->turn_s = k->cs;
	c->turn_e = k->ce;
	return 1;
}

/* The quotation that closes right before byte e, past white space and
 * dashes only, or -1. */
static int quote_before(const ctx *c, size_t e)
{
	/* quotes are found in text order and never overlap, so their ends
	 * rise: the last one closed by e, by bisection (a document of many
	 * quotes asks this once a sentence) */
	size_t lo = 0, hi = c->nq;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->q[mid].close <= e)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k-- > 0;) {
		if (c->q[k].close > e)
			continue;
		for (size_t i = c->q[k].close; i < e; i++)
			if (!fb_isspace((unsigned char)c->buf[i]) && c->buf[i] != '-' && (unsigned char)c->buf[i] < 0x80)
				return -1;
		return (int)k;
	}
	return -1;
}

/* A pull quote's name: "'...' - Ruth Amari, Dayton", or a paragraph of a
 * name and a role alone ("Charles Bolden, NASA Administrator") under a
 * quoted paragraph. The name ends the paragraph; no verb follows it. */
static int pull_cue(ctx *c, cue *k)
{
	const fb_para *pa = &c->doc->para[c->para];
	if (c->sent + 1 != pa->first_sent + pa->nsent)
		return 0;
	size_t i = 0, w = 0;
	while (i < c->nt && !is_punct(c, i, '-'))
		i++;
	int q = -1;
	if (i < c->nt && i > 0 && c->t[i - 1].kind == TK_QUOTE)
		q = c->t[i - 1].quote; /* "'...' - Name" */
	else if (i == 0 || (i == c->nt && c->sent == pa->first_sent)) {
		i = i == 0 ? 0 : SIZE_MAX; /* a dash first, or a paragraph of its own */
		q = quote_before(c, c->t[0].s);
	}
	if (q < 0 || c->q[q].speaker >= 0)
		return 0;
	size_t a = i == SIZE_MAX ? 0 : i + 1;
	np p;
	if (a >= c->nt || !c->t[a].cap || !np_right(c, a, &p) || !name_like(c, p.a, p.b))
		return 0;
	/* a citation ("'...' - The Star, May 2") is no speaker's */
	for (size_t m = p.b; m < c->nt; m++)
		if (c->t[m].kind == TK_QUOTE || tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m) ||
		    fb_isdigit((unsigned char)c->buf[c->t[m].s]) ||
		    (m == p.b && !is_punct(c, m, ',') && !is_punct(c, m, '(') && !is_end(c, m)) || m > p.b + 12)
			return 0;
	if (toks_in(c, L_OUTLETS, p.a, &w) || (is_det(c, p.a) && toks_in(c, L_OUTLETS, p.a + 1, &w)))
		return 0;
	int s = resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0 || c->a->src[s].kind == FB_SK_OUTLET)
		return 0;
	cue_add(k, s);
	k->cs = c->t[p.a].s;
	k->ce = c->t[p.b - 1].e;
	k->dir = -1;
	k->anchor = c->q[q].close;
	k->quote = q;
	return 1;
}

/* Whether a question word opens the words from j ("why", "whether", "if"),
 * past an addressee of up to three words. */
static int wh_after(const ctx *c, size_t j)
{
	static const char *const wh[] = { "why", "whether", "if", "how", "what", "when", "where", "who", NULL };
	for (size_t m = j; m < c->nt && m < j + 4 && c->t[m].kind == TK_WORD; m++)
		for (size_t k = 0; wh[k]; k++)
			if (lower_eq(c, m, wh[k]))
				return 1;
	return 0;
}

/* The source a possessor at token o names, with a mention: "his", "her",
 * "their" (resolved as "he", "she", "they" would be) or a name in 's
 * ("Lee's", "Ann Lee's"); -1 when none. */
static int possessor(ctx *c, size_t o)
{
	int s = -1;
	static const char *const pos[] = { "his", "her", "their", NULL };
	for (size_t m = 0; pos[m]; m++)
		if (lower_eq(c, o, pos[m])) {
			int g = m == 0 ? 'm' : m == 1 ? 'f' : 0;
			s = g ? pronoun_person(c, g) : c->last_plural;
			if (s >= 0)
				add_mention(c, s, c->t[o].s, c->t[o].e);
		}
	if (s < 0) {
		size_t l = c->t[o].e - c->t[o].s;
		const char *w = c->buf + c->t[o].s;
		size_t cut = l > 2 && !memcmp(w + l - 2, "'s", 2) ? 2 : l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99s", 4) ? 4 : 0;
		if (!cut || !c->t[o].cap)
			return -1;
		size_t a = o;
		while (a > 0 && a + 3 > o && c->t[a - 1].kind == TK_WORD && c->t[a - 1].cap && !tok_in(c, L_STOP, a - 1) &&
		    !tok_in(c, L_TITLES, a - 1))
			a--;
		char *name = tok_text(c, a, o + 1);
		name[strlen(name) - cut] = 0;
		int cands[FB_MAX_SRC];
		size_t nc = 0;
		s = person(c, name, cands, &nc, 1);
		if (s < 0)
			return -1;
		add_mention(c, s, c->t[a].s, c->t[o].e - cut);
	}
	return s;
}

/* A noun cue: "Lee's claim that ...", "her view that ...": the possessor
 * (a person's name or a possessive pronoun) says the that-clause. */
static int noun_cue(ctx *c, size_t i, cue *k)
{
	const fb_entry *e = tok_in(c, L_CNOUNS, i);
	if (!e || i == 0 || !lower_eq(c, i + 1, "that") || i + 2 >= c->nt)
		return 0;
	size_t o = i - 1;
	int s = possessor(c, o);
	if (s < 0)
		return 0;
	cue_add(k, s);
	k->cs = c->t[o].s;
	k->ce = c->t[i + 1].e;
	k->dir = 1;
	k->anchor = c->t[i + 2].s;
	if (c->t[i + 2].kind == TK_QUOTE)
		k->quote = c->t[i + 2].quote;
	k->kind = FB_CK_SPEECH;
	for (int m = 0; e->nfield && m < FB_CK__MAX; m++)
		if (!strcmp(e->field[0], fb_cue_kind_names[m]))
			k->kind = (fb_cue_kind)m;
	return 1;
}

/* "In his view, ...", "In her words, ...", "In Smith's opinion, ...": an
 * opening phrase of views.txt that gives the clause after its comma to
 * the one it names (a possessive pronoun resolves to the person or group
 * last named, as "he" or "they" would). With "by": "By his count, ...",
 * "By one estimate, ..." (an unnamed estimate is an anonymous source),
 * "By one estimate from the Tax Center, ..." (the one after "from"/"of"). */
static int view_cue(ctx *c, cue *k)
{
	int by = lower_eq(c, 0, "by");
	if (c->nt < 5 || !(lower_eq(c, 0, "in") || by))
		return 0;
	/* the noun after a possessor of up to three words ("In Ann Lee's view") */
	size_t n = by ? 1 : 2;
	while (n < 5 && n + 2 < c->nt && !(tok_in(c, L_VIEWS, n) && (is_punct(c, n + 1, ',') ||
	    (by && (lower_eq(c, n + 1, "from") || lower_eq(c, n + 1, "of"))))))
		n++;
	if (n == 5 || n + 2 >= c->nt)
		return 0;
	/* "from X," after the noun, its comma before or after it */
	size_t a = n + 1;
	int named = -1;
	if (by) {
		size_t f = is_punct(c, a, ',') ? a + 1 : a;
		if (lower_eq(c, f, "from") || lower_eq(c, f, "of")) {
			cue ok;
			memset(&ok, 0, sizeof ok);
			size_t e = right_sources(c, f + 1, &ok, 0);
			if (!ok.nsrc || !is_punct(c, e, ',') || e + 1 >= c->nt)
				return 0;
			named = ok.src[0];
			a = e;
		}
	}
	if (!is_punct(c, a, ','))
		return 0;
	int s = named;
	static const char *const some[] = { "one", "some", "many", "most", "several", "other", "another", "official",
		"independent", NULL };
	int anon = 0;
	for (size_t m = 0; by && n == 2 && some[m]; m++)
		anon |= lower_eq(c, 1, some[m]);
	if (s < 0 && anon) {
		s = entity(c, tok_text(c, 1, n + 1), FB_SK_ANONYMOUS, NULL);
		add_mention(c, s, c->t[1].s, c->t[n].e);
	}
	if (s < 0) {
		if (n < 2)
			return 0;
		for (size_t m = 1; m + 1 < n; m++)
			if (c->t[m].kind != TK_WORD || !c->t[m].cap)
				return 0;
		s = possessor(c, n - 1);
	}
	if (s < 0)
		return 0;
	cue_add(k, s);
	const fb_entry *e = tok_in(c, L_VIEWS, n);
	k->kind = e && e->nfield && !strcmp(e->field[0], "speech") ? FB_CK_SPEECH : FB_CK_BELIEF;
	k->cs = c->t[0].s;
	k->ce = c->t[n].e;
	k->dir = 1;
	k->anchor = c->t[a + 1].s;
	if (c->t[a + 1].kind == TK_QUOTE)
		k->quote = c->t[a + 1].quote;
	return 1;
}

/* Whether a negated cue's infinitive at j reports nothing: "declined to
 * comment", "refused to elaborate further" (no-content.txt), not "declined
 * to confirm that ..." nor "refused to seek a second term". */
static int no_content(const ctx *c, size_t j)
{
	size_t w = 0;
	if (lower_eq(c, j, "not"))
		j++;
	if (!lower_eq(c, j, "to") || !toks_in(c, L_NOCONT, j + 1, &w))
		return 0;
	j += 1 + w;
	return !lower_eq(c, j, "that") && !(j < c->nt && c->t[j].kind == TK_QUOTE) && !is_punct(c, j, ':');
}

/* "X issued a statement ... . \"...\"", "X released a statement: \"...\"":
 * the quotation after the statement in the sentence, or opening right
 * after it, is X's, as is what follows "a statement saying/that". Without
 * them the statement says nothing of itself. */
static int issued_cue(ctx *c, size_t i, cue *k)
{
	if (!(lower_eq(c, i, "issued") || lower_eq(c, i, "released")) || !is_det(c, i + 1) ||
	    !(lower_eq(c, i + 2, "statement") || lower_eq(c, i + 2, "letter")))
		return 0;
	np p;
	int neg = 0;
	if (!subject_left(c, i, 0, &p, &neg) || neg)
		return 0;
	int q = -1;
	for (size_t m = i + 3; m < c->nt && q < 0; m++)
		if (c->t[m].kind == TK_QUOTE && m > 0 && (is_punct(c, m - 1, ':') || is_punct(c, m - 1, ',')))
			q = c->t[m].quote;
	size_t at = i + 3; /* "issued a statement saying ...", "... calling X ..." */
	size_t vw = 0;
	const fb_entry *vrow = NULL;
	const fb_entry *pv = at < c->nt && ends_with(c, at, "ing") ? verb_at(c, at, &vw, &vrow) : NULL;
	if (lower_eq(c, at, "saying") || lower_eq(c, at, "that"))
		at++;
	else if (pv && vw == 1 && pattern_holds(c, pv, at, vw, p.a)) /* not "regarding the ruling" */
		at++;
	else
		at = 0;
	if (q < 0 && !at)
		q = quote_after(c, c->t[c->nt - 1].e);
	if ((q < 0 && (!at || at >= c->nt)) || (q >= 0 && c->q[q].speaker >= 0))
		return 0;
	int s = resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0)
		return 0;
	cue_add(k, s);
	k->verb = 1;
	k->kind = pv && at ? verb_kind(vrow ? vrow : pv) : FB_CK_SPEECH;
	k->cs = c->t[p.a].s;
	k->ce = c->t[i + 2].e;
	k->dir = 1;
	k->quote = at ? -1 : q;
	k->anchor = at ? c->t[at].s : c->q[q].open;
	return 1;
}

/* The first token after a dateline that opens the sentence ("RALEIGH -
 * A panel ..."), or 0. */
static size_t dateline_end(const ctx *c)
{
	size_t d = 0;
	while (d < c->nt && d < 4 && c->t[d].kind == TK_WORD && all_caps(c, d))
		d++;
	return d && is_punct(c, d, '-') ? d + 1 : 0;
}

/* The subject the sentence opens with, past a dateline, when a verb
 * follows it before token end: "Estes won four states and said ..." gives
 * Estes to "said" (find_cues asks only when no cue came before, whose
 * clause the verb might be in). -1 when none. */
static int opening_subject(ctx *c, size_t end, cue *k)
{
	size_t d = dateline_end(c);
	np p;
	if (!np_right(c, d, &p) || p.a != d || p.end >= end || c->t[p.end].kind != TK_WORD || c->t[p.end].cap ||
	    is_prep(c, p.end) || is_connector(c, p.end) || is_relative(c, p.end) || lower_eq(c, p.end, "was") ||
	    lower_eq(c, p.end, "were") || lower_eq(c, p.end, "is") || lower_eq(c, p.end, "are") ||
	    lower_eq(c, p.end, "been") || lower_eq(c, p.end, "be"))
		return -1; /* "People were encouraged to ... and suggest ...": a passive */
	return resolve(c, &p, 0, k->cands, &k->ncands);
}

/* "..., with senators from farm states calling it a betrayal", "with
 * aides saying that ...": an absolute phrase after "with" whose verb is the
 * participle of a listed verb and whose subject is a source. Fills k. */
static int with_participle(ctx *c, size_t i, size_t w, const fb_entry *pv, cue *k)
{
	if (w != 1 || i < 2 || !ends_with(c, i, "ing"))
		return 0;
	size_t m = i - 1;
	while (m > 0 && i - m < 8 && c->t[m].kind == TK_WORD && !lower_eq(c, m, "with"))
		m--;
	if (!lower_eq(c, m, "with") || m + 1 >= i)
		return 0;
	np p;
	int neg = 0;
	if (!subject_left(c, i, m + 1, &p, &neg) || neg || p.a != m + 1 || !pattern_holds(c, pv, i, 1, p.a))
		return 0;
	int s = resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0)
		return 0;
	cue_add(k, s);
	k->kind = verb_kind(pv);
	k->cs = c->t[p.a].s;
	k->ce = c->t[i].e;
	size_t j = i + 1;
	if (lower_eq(c, j, "that"))
		j++;
	k->dir = 1;
	k->anchor = j < c->nt ? c->t[j].s : c->t[i].e;
	if (j < c->nt && c->t[j].kind == TK_QUOTE)
		k->quote = c->t[j].quote;
	return 1;
}

/* "At a news conference, Ruth Ames, D-Nev., was asked ...": a passive
 * after the subject a statement opener names (past a party tag or an
 * apposition of capitalised words); that subject says nothing. */
static int passive_after(const ctx *c, size_t e)
{
	size_t x = e;
	while (x < c->nt && x < e + 8 && (is_punct(c, x, ',') || is_punct(c, x, '.') || is_punct(c, x, '-') ||
	    (c->t[x].kind == TK_WORD && c->t[x].cap)))
		x++;
	if (x + 1 >= c->nt || !(lower_eq(c, x, "was") || lower_eq(c, x, "were") || lower_eq(c, x, "is") ||
	    lower_eq(c, x, "are")) || c->t[x + 1].kind != TK_WORD)
		return 0;
	return ends_with(c, x + 1, "ed") || lower_eq(c, x + 1, "told") || lower_eq(c, x + 1, "shown");
}

/* Finds the cues of the sentence now in c->t. */
static size_t find_cues(ctx *c, cue *out, size_t max)
{
	size_t n = 0;
	int share = -1;      /* the subject a verb after "and"/"but" shares, */
	size_t share_at = 0; /* from this token on */
	/* "Asked whether he would back the bill, Ortiz said ...": the
	 * question put to the speaker holds no cue */
	size_t asked = 0;
	if (lower_eq(c, 0, "asked"))
		for (size_t m = 1; m < c->nt && m < 40 && !asked; m++)
			if (is_punct(c, m, ','))
				asked = m;
	if (max && c->nt) {
		cue k;
		memset(&k, 0, sizeof k);
		k.via = -1;
		k.quote = -1;
		if (label_cue(c, &k) || pull_cue(c, &k)) {
			out[0] = k;
			return 1;
		}
		if (view_cue(c, &k))
			out[n++] = k;
	}
	for (size_t i = 0; i < c->nt && n < max; i++) {
		if (c->t[i].kind != TK_WORD || i < asked)
			continue;
		size_t w = 0;
		cue k;
		memset(&k, 0, sizeof k);
		k.via = -1;
		k.quote = -1;
		/* In a statement, X ...  */
		if (i == 0 && toks_in(c, L_STMT, i, &w)) {
			size_t j = i + w;
			if (lower_eq(c, j, "with") || lower_eq(c, j, "to") || lower_eq(c, j, "on")) {
				cue vk;
				memset(&vk, 0, sizeof vk);
				j = right_sources(c, j + 1, &vk, 0);
				if (vk.nsrc && c->a->src[vk.src[0]].kind == FB_SK_OUTLET)
					k.via = vk.src[0];
			}
			if (is_punct(c, j, ',')) {
				size_t e = right_sources(c, j + 1, &k, 0);
				if (k.nsrc && !passive_after(c, e)) {
					k.cs = c->t[i].s;
					k.ce = c->t[e - 1].e;
					k.dir = 0;
					k.stmt = 1;
					out[n++] = k;
					continue;
				}
			}
			memset(&k, 0, sizeof k);
			k.via = -1;
			k.quote = -1;
		}
		/* according to X */
		if (toks_in(c, L_PREPS, i, &w)) {
			size_t e = right_sources(c, i + w, &k, 0);
			if (!k.nsrc)
				continue;
			k.cs = c->t[i].s;
			k.ce = c->t[e - 1].e;
			k.outlet = c->a->src[k.src[0]].kind == FB_SK_OUTLET;
			if (i == 0 || (i == 1 && c->t[0].kind == TK_WORD)) {
				k.dir = 1;
				k.anchor = e < c->nt ? c->t[is_punct(c, e, ',') && e + 1 < c->nt ? e + 1 : e].s : c->t[c->nt - 1].e;
				if (e < c->nt && c->t[is_punct(c, e, ',') ? e + 1 < c->nt ? e + 1 : e : e].kind == TK_QUOTE)
					k.quote = c->t[is_punct(c, e, ',') ? e + 1 : e].quote;
			} else if (is_end(c, is_punct(c, e, ',') ? e + 1 : e) ||
			    (is_punct(c, i - 1, ',') && i >= 3 && !is_relative(c, i - 2) && !lower_eq(c, i - 2, "that"))) {
				k.dir = -1;
				k.anchor = c->t[is_punct(c, i - 1, ',') ? i - 1 : i].s;
				if (c->t[i - 1].kind == TK_QUOTE)
					k.quote = c->t[i - 1].quote;
			} else
				k.dir = 0;
			out[n++] = k;
			i = e ? e - 1 : i;
			continue;
		}
		if (noun_cue(c, i, &k)) {
			out[n++] = k;
			i++;
			continue;
		}
		if (issued_cue(c, i, &k)) {
			out[n++] = k;
			i += 2;
			continue;
		}
		const fb_entry *row = NULL;
		const fb_entry *ve = verb_at(c, i, &w, &row);
		/* a headline capitalises its verbs: "..., Lee Says", and in the
		 * middle "Senate Republicans Vow To Block ..." (a verb of the
		 * lexicon with a pattern, after a capitalised subject) */
		if (!ve || (c->t[i].cap && i > 0 && !(c->para == c->title_para && (i + w >= c->nt - 1 ||
		    (i >= 2 && c->t[i - 1].cap && c->t[i - 2].cap && has_pattern(ve) && strcmp(ve->field[2], "NP") != 0)))))
			continue;
		k.kind = verb_kind(row ? row : ve);
		if (row && verb_negated(row))
			k.flags |= FB_CF_NEGATED;
		if (lower_eq(c, i + w, "have") || lower_eq(c, i + w, "has") || lower_eq(c, i + w, "had") ||
		    lower_eq(c, i + w, "were") || lower_eq(c, i + w, "was") || lower_eq(c, i + w, "are") ||
		    lower_eq(c, i + w, "is") || lower_eq(c, i + w, "say") || lower_eq(c, i + w, "said"))
			continue;
		const char *cls = ve->nfield ? ve->field[0] : "say";
		int actor = !strcmp(cls, "actor");
		if (!actor && with_participle(c, i, w, row ? row : ve, &k)) {
			out[n++] = k;
			continue;
		}
		/* ", saying ...", ", adding that ...": the subject of the clause
		 * before ("X was quoted as saying" is read as "X said", below) */
		if (says_participle(c, i, ve) && !(i >= 2 && lower_eq(c, i - 1, "as") && lower_eq(c, i - 2, "quoted"))) {
			if (i > 0 && is_punct(c, i - 1, ',')) {
				int s = -1;
				if (n)
					s = out[n - 1].nsrc ? out[n - 1].src[0] : -1;
				else {
					np p;
					if (np_right(c, dateline_end(c), &p))
						s = resolve(c, &p, 0, k.cands, &k.ncands);
				}
				if (s >= 0) {
					cue_add(&k, s);
					k.cs = c->t[i].s;
					k.ce = c->t[i].e;
					k.dir = 1;
					size_t j = i + 1;
					if (lower_eq(c, j, "that"))
						j++;
					k.anchor = j < c->nt ? c->t[j].s : c->t[i].e;
					if (j < c->nt && c->t[j].kind == TK_QUOTE)
						k.quote = c->t[j].quote;
					out[n++] = k;
				}
			}
			continue;
		}
		/* inverted: ", said X" / "” said X" */
		/* (not a stance verb: "The governor, a former judge, endorsed
		 * Porter" has its subject before) */
		if (!actor && strcmp(cls, "tell") != 0 && strcmp(cls, "stance") != 0 && verb_inverts(ve) &&
		    (!row || verb_inverts(row)) && i > 0 && (is_punct(c, i - 1, ',') || is_punct(c, i - 1, '-') ||
		    c->t[i - 1].kind == TK_QUOTE)) {
			size_t e = right_sources(c, i + w, &k, 0);
			if (k.nsrc && (is_end(c, e) || is_punct(c, e, ',') || is_prep(c, e) ||
			    c->t[e].kind == TK_QUOTE)) {
				k.cs = c->t[i].s;
				k.ce = c->t[e - 1].e;
				k.dir = -1;
				if (c->t[i - 1].kind == TK_QUOTE) {
					k.quote = c->t[i - 1].quote;
					k.anchor = c->t[i - 1].e;
				} else {
					k.anchor = c->t[i - 1].s;
					if (i >= 2 && c->t[i - 2].kind == TK_QUOTE)
						k.quote = c->t[i - 2].quote;
				}
				if (!strcmp(cls, "report") && c->a->src[k.src[0]].kind == FB_SK_OUTLET)
					k.outlet = 1;
				out[n++] = k;
				i = e ? e - 1 : i;
				continue;
			}
			memset(&k, 0, sizeof k);
			k.via = -1;
			k.quote = -1;
		}
		/* "The council condemned the raid and pledged to ...", "she
		 * declined to comment but said ...": a verb after "and" or "but"
		 * with no subject of its own shares the subject of the verb cue
		 * before it, and is a cue of its own; with no cue before, a
		 * speech verb takes the sentence's opening subject */
		if (!actor && i > share_at && (share >= 0 || !strcmp(cls, "say") || !strcmp(cls, "tell"))) {
			size_t b = i;
			int sneg = 0;
			int be = 0; /* "and are expected to": a passive */
			while (b > share_at && is_aux(c, b - 1, &sneg)) {
				be |= lower_eq(c, b - 1, "is") || lower_eq(c, b - 1, "are") || lower_eq(c, b - 1, "was") ||
				    lower_eq(c, b - 1, "were");
				b--;
			}
			int sh = share;
			if (!be && b > share_at && (lower_eq(c, b - 1, "and") || lower_eq(c, b - 1, "but")) &&
			    pattern_holds(c, ve, i, w, 0) && (sh >= 0 || (!n && (sh = opening_subject(c, b - 1, &k)) >= 0))) {
				if (sneg)
					k.flags |= FB_CF_NEGATED;
				if ((k.flags & FB_CF_NEGATED) && (wh_after(c, i + w) || no_content(c, i + w)))
					continue;
				cue_add(&k, sh);
				k.cs = c->t[b].s; /* "did not say" */
				k.ce = c->t[i + w - 1].e;
				size_t j = i + w;
				if (!strcmp(cls, "tell")) /* the listener: "and told reporters that" */
					while (j < c->nt && j < i + w + 4 && c->t[j].kind == TK_WORD && !lower_eq(c, j, "that") &&
					    !(j > i + w && is_prep(c, j)))
						j++;
				if (lower_eq(c, j, "that") || is_punct(c, j, ',') || is_punct(c, j, ':'))
					j++;
				k.dir = 1;
				k.anchor = j < c->nt ? c->t[j].s : c->t[c->nt - 1].e;
				if (j < c->nt && c->t[j].kind == TK_QUOTE)
					k.quote = c->t[j].quote;
				out[n++] = k;
				share_at = j;
				i = j > i ? j - 1 : i;
				continue;
			}
		}
		/* X said / X told Y (that) ... */
		np p;
		int neg = 0;
		if (!subject_left(c, i, 0, &p, &neg) || !pattern_holds(c, ve, i, w, p.a) || !subject_agrees(c, &p, i, w))
			continue;
		/* "have not said whether they support the deal": a verb in an
		 * open question is no one's word */
		if (p.a > 0 && lower_eq(c, p.a - 1, "whether"))
			continue;
		/* "X said in an interview that the party believed ...": a cue
		 * whose subject opens what the cue before reports is nested in
		 * it; the outer cue owns the clause (a pronoun there is read
		 * below as the speaker's own) */
		if (n && out[n - 1].verb && !out[n - 1].actor && out[n - 1].dir > 0 && out[n - 1].quote < 0 &&
		    out[n - 1].anchor == c->t[p.a].s && !(p.b == p.a + 1 && is_pronoun(c, p.a)) &&
		    (out[n - 1].kind == FB_CK_SPEECH || out[n - 1].kind == FB_CK_BELIEF))
			continue;
		/* "announced where the shuttles will go", "will say whether":
		 * an open question, not what was said (asking verbs take one,
		 * see pattern_holds; "explained how ..." tells something) */
		if (strcmp(row ? row->field[2] : "S", "NP-to") != 0 && (lower_eq(c, i + w, "whether") ||
		    lower_eq(c, i + w, "where")))
			continue;
		/* "The first figures are expected next month." has no content
		 * before it nor after: a verb of clauses with only a time after
		 * it and no quotation or comma before its subject */
		if (row && !strcmp(row->field[2], "S") && !(p.a > 0 && (c->t[p.a - 1].kind == TK_QUOTE ||
		    is_punct(c, p.a - 1, ',') || is_punct(c, p.a - 1, '-')))) {
			size_t m = i + w;
			while (m < c->nt && (day_word(c, m) || lower_eq(c, m, "next") || lower_eq(c, m, "last") ||
			    lower_eq(c, m, "this") || lower_eq(c, m, "week") || lower_eq(c, m, "month") ||
			    lower_eq(c, m, "year") || lower_eq(c, m, "soon")))
				m++;
			if (m > i + w && is_end(c, m))
				continue;
		}
		/* "X told reporters the delegations had agreed ...": a
		 * description inside what an earlier cue reports is part of it */
		if (p.desc && n && out[n - 1].dir > 0 && !out[n - 1].actor)
			continue;
		if (neg)
			k.flags |= FB_CF_NEGATED;
		/* "did not say why", "hasn't confirmed if": a negated cue with a
		 * question after it claims nothing */
		if ((k.flags & FB_CF_NEGATED) && wh_after(c, i + w))
			continue;
		int s = -1;
		/* "Democrats in the Senate say they will push ...", "Lee said
		 * he would run": a pronoun opening what a cue reports is its
		 * speaker when it agrees ("they" a group, "he"/"she" a person) */
		if (n && p.b == p.a + 1 && is_pronoun(c, p.a) && out[n - 1].dir > 0 && out[n - 1].nsrc &&
		    !out[n - 1].actor && out[n - 1].anchor == c->t[p.a].s) {
			int o = out[n - 1].src[0], g = lower_eq(c, p.a, "he") ? 'm' : lower_eq(c, p.a, "she") ? 'f' : 0;
			const fb_source *os = &c->a->src[o];
			if (g ? os->kind == FB_SK_PERSON && (!gender_of(c, o) || gender_of(c, o) == g) :
			    lower_eq(c, p.a, "they") && (os->plural || os->kind == FB_SK_GROUP ||
			    os->kind == FB_SK_ORGANIZATION || os->kind == FB_SK_ANONYMOUS)) {
				s = o;
				if (g)
					set_gender(c, o, g);
				add_mention(c, o, c->t[p.a].s, c->t[p.a].e);
			}
		}
		if (s < 0)
			s = resolve(c, &p, actor, k.cands, &k.ncands);
		if (s < 0) {
			k.ncands = 0;
			continue;
		}
		if (k.ncands)
			k.flags |= FB_CF_AMBIGUOUS;
		/* a later "and"/"but" verb shares this subject when this verb's
		 * content is no clause ("condemned the raid and pledged ...",
		 * "declined to comment but said ...") or nothing comes between
		 * ("'...,' she said and added ..."); after a clause the verb may
		 * be the clause's own ("said that Lee walked in and told ...") */
		{
			size_t x = i + w;
			while (after_adverb(c, x))
				x++;
			const fb_entry *pv = row ? row : ve; /* the pattern even of a verb of both lists */
			int clause = !has_pattern(pv) || !strcmp(pv->field[2], "S") || !strcmp(pv->field[2], "NP-S");
			share = !actor && (!clause || lower_eq(c, x, "and") || lower_eq(c, x, "but")) ? s : -1;
			share_at = i + w;
		}
		/* "declined to comment": a negated cue that reports nothing */
		if ((k.flags & FB_CF_NEGATED) && no_content(c, i + w)) {
			k.ncands = 0;
			continue;
		}
		cue_add(&k, s);
		k.actor = actor;
		k.verb = 1;
		/* "Kiara Perkins admitted she was willing": a person who says
		 * "she" of the one speaking is a woman (news rarely reports one
		 * person speaking of another this way) */
		if (c->a->src[s].kind == FB_SK_PERSON && !(p.b == p.a + 1 && is_pronoun(c, p.a))) {
			size_t x = i + w;
			if (lower_eq(c, x, "that"))
				x++;
			if (lower_eq(c, x, "she"))
				set_gender(c, s, 'f');
			else if (lower_eq(c, x, "he"))
				set_gender(c, s, 'm');
		}
		k.cs = c->t[p.a].s;
		if (p.role2_e > p.role2_s && p.role2_s < k.cs) /* "The mayor, X, said" */
			k.cs = p.role2_s;
		k.ce = c->t[i + w - 1].e;
		size_t j = i + w;
		if (!strcmp(cls, "tell") && j < c->nt) {
			cue ok;
			memset(&ok, 0, sizeof ok);
			size_t e = right_sources(c, j, &ok, 0);
			if (ok.nsrc) {
				if (c->a->src[ok.src[0]].kind == FB_SK_OUTLET)
					k.via = ok.src[0];
				k.ce = c->t[e - 1].e;
				j = e;
			} else {
				/* the listener: "told supporters", "told the court" */
				size_t m = j;
				while (m < c->nt && m < j + 4 && c->t[m].kind == TK_WORD && !lower_eq(c, m, "that") &&
				    !(m > j && is_prep(c, m)))
					m++;
				j = m;
			}
		}
		if (!strcmp(cls, "report") && c->a->src[s].kind == FB_SK_OUTLET)
			k.outlet = 1;
		/* where the content is: after the verb, or before the subject */
		size_t first = p.a;
		int lead = 1;
		int says = !strcmp(cls, "say") || !strcmp(cls, "tell") || !strcmp(cls, "report");
		size_t after = j;
		while (after_adverb(c, after) || day_word(c, after))
			after++;
		if (is_end(c, after)) /* "..., she said sarcastically.", "..., he said Friday." */
			lead = 0;
		/* "'...,' she said, but declined to ...", "'...,' Lee said
		 * sarcastically when asked ...": the quotation before is the
		 * content whatever follows the verb, unless a quotation, "that"
		 * or a colon opens more of what was said */
		else if (first > 0 && (c->t[first - 1].kind == TK_QUOTE || (first > 1 && is_punct(c, first - 1, ',') &&
		    c->t[first - 2].kind == TK_QUOTE)) && !(after < c->nt && (c->t[after].kind == TK_QUOTE ||
		    lower_eq(c, after, "that") || is_punct(c, after, ':'))) && !(is_punct(c, after, ',') &&
		    after + 1 < c->nt && (c->t[after + 1].kind == TK_QUOTE || lower_eq(c, after + 1, "that"))))
			lead = 0; /* and "'...,' Lee said and added that ..." */
		else if (is_prep(c, j) && says && first > 0) {
			size_t m = j;
			while (m < c->nt && !is_end(c, m) && !lower_eq(c, m, "that") && !(is_punct(c, m, ',') &&
			    !(m + 1 < c->nt && c->t[m + 1].cap && c->t[m + 1].kind == TK_WORD && is_end(c, m + 2))) &&
			    !is_punct(c, m, ':') && c->t[m].kind != TK_QUOTE)
				m++; /* past "in Dayton, Ohio." */
			if (is_end(c, m))
				lead = 0;
			else
				j = m;
		}
		if (lead) {
			if (lower_eq(c, j, "that") || is_punct(c, j, ',') || is_punct(c, j, ':'))
				j++;
			k.dir = 1;
			k.anchor = j < c->nt ? c->t[j].s : c->t[c->nt - 1].e;
			if (j < c->nt && c->t[j].kind == TK_QUOTE)
				k.quote = c->t[j].quote;
			else if (j >= c->nt && c->nt && (is_punct(c, c->nt - 1, ':') || is_punct(c, c->nt - 1, ',')))
				k.quote = quote_after(c, c->t[c->nt - 1].e); /* "She continued:" */
		} else {
			size_t f = first;
			if (f > 0 && (is_punct(c, f - 1, ',') || is_punct(c, f - 1, '-')))
				f--;
			if (f == 0) {
				k.dir = 0;
				/* '"...!" Lee told supporters.': the quotation just
				 * before, cut off by its own mark, is the content */
				int qb = quote_before(c, c->t[0].s);
				if (qb >= 0 && c->q[qb].speaker < 0 && c->q[qb].para == c->para) {
					k.dir = -1;
					k.quote = qb;
					k.anchor = c->q[qb].close;
				}
			} else {
				k.dir = -1;
				k.anchor = c->t[f - 1].kind == TK_QUOTE ? c->t[f - 1].e : c->t[f].s;
				if (c->t[f - 1].kind == TK_QUOTE)
					k.quote = c->t[f - 1].quote;
			}
		}
		out[n++] = k;
		i = j > i ? j - 1 : i;
	}
	return n;
}

/* ------------------------------------------------------------- stretches */

static void trim(const char *buf, size_t *s, size_t *e)
{
	for (;;) {
		while (*s < *e && (fb_isspace((unsigned char)buf[*s]) || buf[*s] == ','))
			(*s)++;
		while (*e > *s && (fb_isspace((unsigned char)buf[*e - 1]) || buf[*e - 1] == ',' || buf[*e - 1] == ';'))
			(*e)--;
		if (*e >= *s + 4 && fb_word_eq(buf + *e - 4, 4, " and"))
			*e -= 4;
		else if (*e >= *s + 4 && fb_word_eq(buf + *e - 4, 4, " but"))
			*e -= 4;
		else
			break;
	}
}

static fb_attrib *push_attr(ctx *c)
{
	fb_attrib *x = FB_PUSH(c->a->attr, c->a->nattr, c->attrcap);
	x->source = x->via = x->actor = x->quote = -1;
	return x;
}

/* Notes what the sentence says about people outside cues: capitalised
 * words that follow another (surnames: "Microsoft" never does), and a
 * gendered title before a known person's name ("Mrs Ames"), which is a
 * mention and gives the gender "she" must agree with. */
static void scan_names(ctx *c)
{
	for (size_t k = 1; k < c->nt; k++)
		if (c->t[k].kind == TK_WORD && c->t[k].cap && c->t[k - 1].kind == TK_WORD && c->t[k - 1].cap &&
		    c->t[k].ws_before)
			tail_add(c, tail_hash(c, k));
	for (size_t k = 0; k + 1 < c->nt; k++) {
		int g = title_gender(tok_in(c, L_TITLES, k));
		if (!g || !c->t[k + 1].cap || c->t[k + 1].kind != TK_WORD || tok_in(c, L_TITLES, k + 1))
			continue;
		size_t e = k + 1;
		while (e < c->nt && e < k + 4 && c->t[e].kind == TK_WORD && c->t[e].cap && !tok_in(c, L_TITLES, e))
			e++;
		int cands[FB_MAX_SRC];
		size_t nc = 0;
		int r = person(c, tok_text(c, k + 1, e), cands, &nc, 0);
		if (r >= 0 && !nc) {
			set_gender(c, r, g);
			add_mention(c, r, c->t[k + 1].s, c->t[e - 1].e);
		}
		k = e - 1;
	}
}

/* Whether token ti may be a word of a person's name: capitalised, and no
 * title, organisation, place, outlet, role or function word. */
static int name_word(const ctx *c, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD || !c->t[ti].cap)
		return 0;
	for (int l = 0; l < L__MAX; l++)
		if (tok_in(c, l, ti))
			return 0;
	return 1;
}

/* Notes the person a sentence opens with, as its topic: "For Ann Lee,
 * ...", "To Ann Lee, ...", "Ann Lee, a nurse, ...": two or three name
 * words (titles before them skipped) and a comma. A "he" or "she" in the
 * sentence after it, or later in it, means that person rather than the
 * last speaker. */
static void scan_topic(ctx *c)
{
	size_t k = 0;
	int g = 0;
	if (lower_eq(c, 0, "for") || lower_eq(c, 0, "to"))
		k = 1;
	for (const fb_entry *ti; k < c->nt && (ti = tok_in(c, L_TITLES, k)); k++)
		if (title_gender(ti))
			g = title_gender(ti);
	size_t e = k;
	while (e < c->nt && e < k + 3 && name_word(c, e))
		e++;
	/* "Jim Smith runs a shop.": a person the sentence is about, its
	 * subject, is whom a "he" next means too */
	int subj = e < c->nt && c->t[e].kind == TK_WORD && !c->t[e].cap && !is_connector(c, e) &&
	    !lower_eq(c, e, "or") && !is_prep(c, e) && k == 0;
	/* one name word as the subject: the surname of a person named
	 * before ("Sen. Tom Reyes ... Reyes spent the day in Erie, where he
	 * ...") */
	int known = e == k + 1 && subj && k == 0 && tail_has(c, tail_hash(c, k));
	if ((e - k < 2 && !known) || e >= c->nt || (!subj && (c->t[e].kind == TK_WORD || c->buf[c->t[e].s] != ',')))
		return;
	free(c->topic);
	c->topic = tok_text(c, k, e);
	c->topic_sent = c->sent;
	c->topic_end = c->t[e - 1].e;
	c->topic_gender = g;
}

/* Attributes one sentence: its cues become stretches. */
static void attribute_sentence(ctx *c, size_t si)
{
	const fb_sent *st = &c->doc->sent[si];
	c->sent = si;
	scan_names(c);
	scan_topic(c);
	cue cues[16];
	c->npron = 0;
	size_t n = find_cues(c, cues, 16);
	/* the rest of a transcript's turn is its speaker's */
	if (!n && c->turn >= 0 && c->turn_para == c->para) {
		memset(&cues[0], 0, sizeof cues[0]);
		cues[0].via = -1;
		cues[0].quote = -1;
		cue_add(&cues[0], c->turn);
		cues[0].cs = c->turn_s;
		cues[0].ce = c->turn_e;
		n = 1;
	}
	/* a pronoun is a mention when the cue it is in was kept */
	for (size_t k = 0; k < c->npron; k++)
		for (size_t i = 0; i < n; i++)
			if (cues[i].cs <= c->pron[k].s && c->pron[k].e <= cues[i].ce && cues[i].nsrc &&
			    cues[i].src[0] == c->pron[k].src) {
				add_mention(c, c->pron[k].src, c->pron[k].s, c->pron[k].e);
				break;
			}
	if (!n)
		return;
	/* an outlet beside a speaker is the channel the speaker used */
	int via = -1;
	for (size_t i = 0; i < n; i++)
		if (cues[i].via >= 0)
			via = cues[i].via;
	size_t speakers = 0;
	for (size_t i = 0; i < n; i++)
		speakers += !cues[i].outlet && !cues[i].actor && !cues[i].stmt;
	for (size_t i = 0; i < n; i++)
		if (cues[i].outlet && speakers) {
			via = cues[i].src[0];
			cues[i].actor = 2; /* folded into the others */
		}
	/* "via" phrases: "in an interview with Reuters" */
	for (size_t i = 0; i < c->nt && via < 0; i++) {
		size_t w;
		if (toks_in(c, L_VIA, i, &w)) {
			np p;
			if (np_right(c, i + w, &p)) {
				size_t nc = 0;
				int cands[FB_MAX_SRC];
				size_t a = is_det(c, p.a) ? p.a + 1 : p.a;
				if (a < p.b && (fb_lexicon_get(c->at->lx[L_OUTLETS], c->buf + c->t[p.a].s, c->t[p.b - 1].e - c->t[p.a].s) ||
				    fb_lexicon_get(c->at->lx[L_OUTLETS], c->buf + c->t[a].s, c->t[p.b - 1].e - c->t[a].s) ||
				    tok_in(c, L_OWORDS, p.b - 1)))
					via = resolve(c, &p, 0, cands, &nc);
			}
		}
	}
	/* every source the sentence names */
	int all[FB_MAX_SRC];
	size_t nall = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < cues[i].nsrc; k++) {
			int dup = 0;
			for (size_t m = 0; m < nall; m++)
				dup |= all[m] == cues[i].src[k];
			if (!dup && nall < FB_MAX_SRC)
				all[nall++] = cues[i].src[k];
		}
	/* a statement opener repeats a verb cue's speaker */
	for (size_t i = 0; i < n; i++)
		if (cues[i].stmt)
			for (size_t k = 0; k < n; k++)
				if (k != i && !cues[k].actor && !cues[k].stmt && cues[k].nsrc && cues[i].nsrc &&
				    cues[k].src[0] == cues[i].src[0])
					cues[i].actor = 2;
	/* "Democrats worry that the bill will fail, two aides said.": the
	 * outer cue, after what it reports, owns the sentence; the verb cue
	 * inside its content is folded into it */
	for (size_t i = 0; i < n; i++)
		if (cues[i].verb && cues[i].dir < 0 && cues[i].quote < 0 && !cues[i].actor)
			for (size_t m = 0; m < i; m++)
				if (cues[m].verb && !cues[m].actor && cues[m].dir > 0 && cues[m].quote < 0 &&
				    cues[m].ce < cues[i].cs && cues[m].nsrc && cues[i].nsrc && cues[m].src[0] != cues[i].src[0])
					cues[m].actor = 2;
	int actor = -1;
	for (size_t i = 0; i < n; i++)
		if (cues[i].actor == 1 && cues[i].nsrc)
			actor = cues[i].src[0];
	size_t made = 0, prev_end = st->start;
	for (size_t i = 0; i < n; i++) {
		cue *k = &cues[i];
		if (k->actor)
			continue;
		pick_primary(c, k);
		size_t s = st->start, e = st->end;
		if (k->quote >= 0 && (c->q[k->quote].open >= st->end || c->q[k->quote].close <= st->start)) {
			/* "The Times reports:" and the quotation next, or a pull
			 * quote's name under it: the quotation is the content
			 * (quote_pass) */
			quote *q = &c->q[k->quote];
			q->speaker = k->src[0];
			q->ncands = 0;
			q->via = k->via >= 0 ? k->via : via;
			q->flags = 0;
			q->cue_s = k->cs;
			q->cue_e = k->ce;
			c->para_speaker[c->para] = k->src[0];
			remember(c, k->src[0]);
			continue;
		}
		if (k->quote >= 0) {
			s = c->q[k->quote].open > st->start ? c->q[k->quote].open : st->start;
			e = c->q[k->quote].close < st->end ? c->q[k->quote].close : st->end;
		} else if (k->dir > 0) {
			s = k->anchor;
			for (size_t m = i + 1; m < n; m++)
				if (!cues[m].actor && cues[m].cs > s) {
					e = cues[m].dir < 0 ? cues[m].anchor > s ? cues[m].anchor : cues[m].cs : cues[m].cs;
					break;
				}
		} else if (k->dir < 0) {
			s = prev_end;
			e = k->anchor;
		}
		if (k->dir > 0 || k->quote >= 0)
			prev_end = e > k->ce ? e : k->ce;
		else
			prev_end = k->ce;
		trim(c->buf, &s, &e);
		if (e <= s) {
			s = st->start;
			e = st->end;
		}
		fb_attrib *x = push_attr(c);
		x->sent = si;
		x->start = s;
		x->end = e;
		x->cue_start = k->cs;
		x->cue_end = k->ce;
		x->source = k->src[0];
		x->cue_kind = c->a->src[x->source].kind == FB_SK_DOCUMENT ? FB_CK_DOCUMENT : k->kind;
		x->sources[x->nsources++] = k->src[0];
		for (size_t m = 0; m < nall && x->nsources < FB_MAX_SRC; m++)
			if (all[m] != k->src[0])
				x->sources[x->nsources++] = all[m];
		memcpy(x->candidates, k->cands, k->ncands * sizeof k->cands[0]);
		x->ncandidates = k->ncands;
		x->via = k->via >= 0 ? k->via : via;
		if (x->via == x->source)
			x->via = -1;
		x->flags = k->flags | c->a->sent_flags[si];
		if (c->a->src[x->source].kind == FB_SK_ANONYMOUS)
			x->flags |= FB_CF_ANONYMOUS;
		x->actor = actor;
		x->quote = k->quote;
		if (k->quote >= 0) {
			quote *q = &c->q[k->quote];
			x->flags |= FB_CF_QUOTED;
			q->speaker = x->source;
			memcpy(q->cands, x->candidates, sizeof q->cands);
			q->ncands = x->ncandidates;
			q->via = x->via;
			q->flags = x->flags & (FB_CF_ANONYMOUS | FB_CF_AMBIGUOUS);
			q->cue_s = k->cs;
			q->cue_e = k->ce;
		}
		remember(c, x->source);
		/* the paragraph's speaker is the outer cue's, not a nested one's
		 * ("X wrote that Y had claimed ...") */
		if (!(i > 0 && cues[i - 1].dir > 0 && !cues[i - 1].actor && k->cs > cues[i - 1].ce &&
		    c->para_speaker[c->para] == cues[i - 1].src[0]))
			c->para_speaker[c->para] = x->source;
		made++;
	}
	if (!made && actor >= 0) {
		/* "X claimed responsibility": the article's own claim */
		fb_attrib *x = push_attr(c);
		x->sent = si;
		x->start = st->start;
		x->end = st->end;
		for (size_t i = 0; i < n; i++)
			if (cues[i].actor == 1) {
				x->cue_start = cues[i].cs;
				x->cue_end = cues[i].ce;
			}
		for (size_t m = 0; m < nall; m++)
			x->sources[x->nsources++] = all[m];
		x->actor = actor;
		x->flags = c->a->sent_flags[si] & FB_CF_HEDGED;
	}
}

/* Marks a sentence hedged when a phrase of hedges.txt starts at a word. */
/* Ids of the white-space-delimited word at i: as it stands, and without
 * trailing ",.;:" (the lexicon trims those from a phrase's end). Returns
 * the end of the word. */
static size_t ws_word(const ctx *c, size_t i, size_t end, uint32_t *raw, uint32_t *strip)
{
	size_t j = i;
	while (j < end && !fb_isspace((unsigned char)c->buf[j]))
		j++;
	char f[256];
	size_t fh = 0, fl = fold_hash(c->buf + i, j - i, f, sizeof f, &fh);
	*raw = fl ? word_id_h(c->at, f, fl, fh) : 0;
	size_t fl0 = fl;
	while (fl && (f[fl - 1] == ',' || f[fl - 1] == '.' || f[fl - 1] == ';' || f[fl - 1] == ':'))
		fl--;
	*strip = fl == fl0 ? *raw : fl ? word_id(c->at, f, fl) : 0;
	return j;
}

/* Marks a sentence hedged when a phrase of hedges.txt starts at a word
 * (after white space, '(' or ','). Same answers as fb_lexicon_longest on
 * the text there: a phrase of k words is the first k - 1 words as they
 * stand and the k-th without trailing punctuation. */
static void hedge(ctx *c, size_t si)
{
	const fb_attributor *at = c->at;
	const fb_sent *st = &c->doc->sent[si];
	size_t maxw = at->maxw[L_HEDGES] < PHRASE_MAX ? at->maxw[L_HEDGES] : PHRASE_MAX;
	for (size_t i = st->start; i < st->end; i++) {
		if (i > st->start && !fb_isspace((unsigned char)c->buf[i - 1]) && c->buf[i - 1] != '(' &&
		    c->buf[i - 1] != ',')
			continue;
		if (!fb_isalpha((unsigned char)c->buf[i]) ||
		    !(at->hedge_c0 >> (fb_tolower((unsigned char)c->buf[i]) - 'a') & 1))
			continue;
		uint32_t raw[PHRASE_MAX], strip[PHRASE_MAX];
		size_t j = ws_word(c, i, st->end, &raw[0], &strip[0]);
		if (!((raw[0] && (at->wi[raw[0]].first >> L__MAX & 1)) ||
		    (strip[0] && (at->wi[strip[0]].first >> L__MAX & 1))))
			continue;
		if (strip[0] && at->wi[strip[0]].ent[L_HEDGES]) {
			c->a->sent_flags[si] |= FB_CF_HEDGED;
			return;
		}
		if (!raw[0] || !(at->wi[raw[0]].first & (1u << L_HEDGES)))
			continue;
		for (size_t k = 1; k < maxw; k++) {
			while (j < st->end && fb_isspace((unsigned char)c->buf[j]))
				j++;
			if (j >= st->end)
				break;
			j = ws_word(c, j, st->end, &raw[k], &strip[k]);
			uint32_t last = raw[k];
			raw[k] = strip[k];
			if (raw[k] && phrase_get(at, L_HEDGES, raw, k + 1)) {
				c->a->sent_flags[si] |= FB_CF_HEDGED;
				return;
			}
			raw[k] = last;
			if (!last)
				break;
		}
	}
}

static int cmp_attr(const void *x, const void *y)
{
	const fb_attrib *a = x, *b = y;
	if (a->sent != b->sent)
		return a->sent < b->sent ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Gives every sentence of a quotation its speaker, and flags sentences
 * that lie mostly inside one. */
static void quote_pass(ctx *c)
{
	const fb_doc *d = c->doc;
	size_t qi = 0, nattr = c->a->nattr;
	/* a quotation that opens a paragraph with no cue of its own, after a
	 * paragraph with a named speaker, is that speaker's (news convention) */
	for (size_t k = 0; k < c->nq; k++) {
		quote *q = &c->q[k];
		size_t p = q->para;
		if (q->speaker >= 0 || p == 0 || p >= d->npara || q->open != d->para[p].start ||
		    c->para_speaker[p] >= 0)
			continue;
		size_t pp = p - 1;
		while (pp > 0 && d->para[pp].boilerplate)
			pp--;
		int s = c->para_speaker[pp];
		if (s < 0 || (c->a->src[s].kind != FB_SK_PERSON && c->a->src[s].kind != FB_SK_ORGANIZATION))
			continue;
		q->speaker = s;
		q->via = -1;
		q->ncands = 0;
		q->flags = 0;
		q->cue_s = q->cue_e = 0;
		c->para_speaker[p] = s;
		for (size_t m = p + 1; m < d->npara && d->para[m].start < q->close; m++)
			if (c->para_speaker[m] < 0)
				c->para_speaker[m] = s;
	}
	for (size_t si = 0; si < d->nsent; si++) {
		const fb_sent *st = &d->sent[si];
		if (d->para[st->para].boilerplate)
			continue;
		while (qi < c->nq && c->q[qi].close <= st->start)
			qi++;
		size_t inside = 0;
		for (size_t k = qi; k < c->nq && c->q[k].open < st->end; k++) {
			quote *q = &c->q[k];
			size_t s = q->open > st->start ? q->open : st->start;
			size_t e = q->close < st->end ? q->close : st->end;
			if (e <= s)
				continue;
			inside += e - s;
			/* stretches of the main pass are in sentence order */
			size_t lo = 0, hi = nattr;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (c->a->attr[mid].sent < si)
					lo = mid + 1;
				else
					hi = mid;
			}
			/* '"...," Lee told reporters. "That is the job."': a
			 * quotation that opens a sentence with no cue, after a
			 * sentence of the same paragraph with one, is that
			 * sentence's outer (first) speaker's, a person's or an
			 * organisation's */
			size_t pf = lo;
			while (pf > 0 && c->a->attr[pf - 1].sent + 1 == si)
				pf--;
			if (q->speaker < 0 && q->open == st->start && si > 0 && d->sent[si - 1].para == st->para &&
			    pf < lo && c->a->attr[pf].source >= 0 && !(lo < nattr && c->a->attr[lo].sent == si) &&
			    (c->a->src[c->a->attr[pf].source].kind == FB_SK_PERSON ||
			     c->a->src[c->a->attr[pf].source].kind == FB_SK_ORGANIZATION)) {
				const fb_attrib *pa = &c->a->attr[pf];
				q->speaker = pa->source;
				q->via = pa->via;
				q->ncands = 0;
				q->flags = pa->flags & FB_CF_ANONYMOUS;
				q->cue_s = pa->cue_start;
				q->cue_e = pa->cue_end;
			}
			if (q->speaker < 0)
				continue;
			int have = 0;
			for (size_t m = lo; m < nattr && c->a->attr[m].sent == si; m++)
				if (c->a->attr[m].quote == (int)k)
					have = 1;
			if (have)
				continue;
			fb_attrib *x = push_attr(c);
			x->sent = si;
			x->start = s;
			x->end = e;
			trim(c->buf, &x->start, &x->end);
			x->cue_start = q->cue_s;
			x->cue_end = q->cue_e;
			x->source = q->speaker;
			x->sources[x->nsources++] = q->speaker;
			memcpy(x->candidates, q->cands, sizeof q->cands);
			x->ncandidates = q->ncands;
			x->via = q->via;
			x->quote = (int)k;
			x->flags = q->flags | FB_CF_QUOTED | (c->a->sent_flags[si] & FB_CF_HEDGED);
		}
		if (2 * inside >= st->end - st->start && inside)
			c->a->sent_flags[si] |= FB_CF_QUOTED;
	}
}

fb_attribution *fb_attribute(const fb_attributor *at, const fb_doc *doc)
{
	fb_attribution *a = fb_xcalloc(1, sizeof *a);
	a->sent_flags = fb_xcalloc(doc->nsent ? doc->nsent : 1, sizeof *a->sent_flags);
	ctx c;
	memset(&c, 0, sizeof c);
	c.at = at;
	c.doc = doc;
	c.buf = doc->buf;
	c.a = a;
	c.last_person = c.last_plural = c.last_org = c.last_outlet = -1;
	c.turn = -1;
	while (c.title_para < doc->npara && doc->para[c.title_para].boilerplate)
		c.title_para++;
	c.para_speaker = fb_xcalloc(doc->npara ? doc->npara : 1, sizeof *c.para_speaker);
	for (size_t p = 0; p < doc->npara; p++)
		c.para_speaker[p] = -1;
	find_quotes(&c);
	size_t qi = 0, ri = 0;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		if (doc->para[st->para].boilerplate)
			continue;
		/* --compare: a new report starts with no one to refer back to;
		 * a name may still match a source of an earlier report */
		if (doc->nrep > 1 && ri + 1 < doc->nrep && doc->rep[ri + 1].start <= st->start) {
			while (ri + 1 < doc->nrep && doc->rep[ri + 1].start <= st->start)
				ri++;
			c.last_person = c.last_plural = c.last_org = c.last_outlet = -1;
			c.turn = -1;
			free(c.topic);
			c.topic = NULL;
			c.topic_gender = 0;
			c.rep_start = doc->rep[ri].start;
		}
		c.para = st->para;
		while (qi < c.nq && c.q[qi].close <= st->start)
			qi++;
		hedge(&c, si);
		tokenize(&c, st->start, st->end, qi);
		attribute_sentence(&c, si);
	}
	quote_pass(&c);
	/* mostly in order already; the sort is stable, so skipping it when
	 * nothing is out of order changes nothing */
	int sorted = 1;
	for (size_t i = 1; i < a->nattr && sorted; i++)
		sorted = cmp_attr(&a->attr[i - 1], &a->attr[i]) <= 0;
	if (!sorted)
		qsort(a->attr, a->nattr, sizeof *a->attr, cmp_attr);
	/* a lone capitalised name that never follows another capitalised word
	 * (never "Mr X", never "Jane X") and never got a role is no person:
	 * "Microsoft said" */
	for (size_t i = 0; i < a->nsrc; i++) {
		fb_source *s = &a->src[i];
		if (s->kind != FB_SK_PERSON || s->nroles || s->naliases || strchr(s->name, ' ') ||
		    gender_of(&c, (int)i) || (s->flags & FB_SF_AMBIGUOUS))
			continue;
		if (!tail_has(&c, lower_hash(s->name, strlen(s->name))))
			s->kind = FB_SK_ORGANIZATION;
	}
	/* the quote index is private to this pass */
	free(c.gender);
	free(c.topic);
	free(c.para_speaker);
	free(c.tails);
	free(c.t);
	free(c.q);
	for (size_t i = 0; i < c.nh; i++)
		free(c.h[i].key);
	free(c.h);
	free(c.bucket);
	free(c.pbucket);
	return a;
}

void fb_attribution_free(fb_attribution *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->nsrc; i++) {
		fb_source *s = &a->src[i];
		free(s->name);
		for (size_t k = 0; k < s->naliases; k++)
			free(s->aliases[k]);
		for (size_t k = 0; k < s->nroles; k++)
			free(s->roles[k]);
		free(s->aliases);
		free(s->roles);
		free(s->mentions);
	}
	free(a->src);
	free(a->attr);
	free(a->sent_flags);
	free(a);
}

int fb_attribution_at(const fb_attribution *a, size_t sent, size_t start, size_t end)
{
	if (!a || !a->nattr)
		return -1;
	/* stretches are sorted by sentence: find the first of this one */
	size_t lo = 0, hi = a->nattr;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->attr[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	int best = -1, any = -1;
	size_t bestlen = SIZE_MAX;
	for (size_t i = lo; i < a->nattr && a->attr[i].sent == sent; i++) {
		const fb_attrib *x = &a->attr[i];
		if (x->start <= start && end <= x->end && x->end - x->start < bestlen) {
			best = (int)i;
			bestlen = x->end - x->start;
		}
		if (any < 0 || (a->attr[any].source < 0 && x->source >= 0) ||
		    (x->start < end && start < x->end && !(a->attr[any].start < end && start < a->attr[any].end)))
			any = (int)i;
	}
	return best >= 0 ? best : any;
}
