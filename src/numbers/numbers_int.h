/* numbers_int.h - what the parts of the number grammar share: tokens, the
 * loaded lists, the scan state and the functions one part calls in another
 * (numbers_load.c loads, numbers.c tokenizes and scans, numbers_parse.c
 * parses a number, numbers_quantity.c makes it a quantity, numbers_units.c
 * reads units, money and hedges, numbers_phrases.c dates, vague words,
 * articles and enumerations). Not an interface: include numbers.h. */
#ifndef FB_NUMBERS_INT_H
#define FB_NUMBERS_INT_H

#include "numbers.h"

#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "util.h"

/* Word classes of data/numbers/words.tsv. */
enum wcls {
	W_NONE, W_CARD, W_TENS, W_HUNDRED, W_SCALE, W_ABBR, W_ORD, W_ORDPL,
	W_HALF, W_QUARTER, W_GROUP, W_FRAC, W_MONTH, W_WEEKDAY, W_MULT, W_SIGN,
	W_SINGLE, W__MAX
};

/* Hedge kinds of hedges.tsv. */
enum hkind { H_NONE, H_GE, H_GT, H_LE, H_LT, H_EQ, H_APPROX, H_NEAR,
	H_POST_GE, H_POST_LE, H_POST_APPROX, H_POST_EQCLOSE, H__MAX };

#define APPROX_TOL 0.1   /* "about 50": 45..55; "nearly 50": 45..50 */
#define MAX_TOK_WORDS 6  /* longest phrase looked up, in tokens */
#define MATCH_LIMIT 10000
#define DEPTH_LIMIT 200
#define LIT_MAX 64       /* bytes of one digit literal we convert */

enum ttype { T_WORD, T_NUM, T_PUNCT, T_SYM };

typedef struct tok {
	size_t s, e;          /* bytes [s, e) */
	unsigned char type;   /* enum ttype */
	unsigned char sp;     /* white space before it */
	unsigned char upper;  /* word starts with a capital */
	unsigned char cls;    /* enum wcls, W_NONE when none */
	unsigned char trig;   /* may start a quantity */
	unsigned char gap;    /* non-ASCII space or a link before it */
	unsigned short hl;    /* bytes hashed in h (its length, capped); 0:
	                         not hashed yet */
	uint64_t h;           /* phrase hash of its folded bytes (ph_byte) */
	double val;           /* value of the class */
} tok;

/* Phrase tables: every phrase list gets a hash table keyed by a
 * polynomial hash of its folded key, so that the hash of a run of tokens
 * is built from per-token hashes (computed once by the tokenizer) instead
 * of folding and hashing the text again for every candidate length. */
#define PH_MUL 0x100000001b3ull
#define PH_MAXLEN 255          /* longer spans never match (as fb_lexicon_get) */
static inline uint64_t ph_byte(uint64_t h, unsigned char c)
{
	return h * PH_MUL + c;
}

struct ptab {
	const fb_lexicon *lx;
	size_t mask;           /* slots - 1 */
	struct pslot {
		uint64_t h;
		const fb_entry *e; /* NULL: empty */
	} *slot;
};

struct fb_numbers {
	fb_lexicon *words;    /* number words, months, ... */
	unsigned char *wcls;  /* per words entry: enum wcls */
	double *wval;         /* per words entry: its value */
	fb_lexicon *hedges, *vague, *units, *cur, *ranges, *labels, *stop, *trig;
	fb_lexicon *one_units; /* "a dollar", "a kilogram": one of a unit */
	fb_lexicon *unit_adj;  /* "2 more minutes", "two straight weeks" */
	fb_lexicon *money_cues; /* "cost", "paid": "10 pounds" is money after them */
	fb_lexicon *people;     /* WordNet's people (attribution/people.txt):
	                           an enumeration's parts are summed only when
	                           they count people */
	fb_lexicon *people_more; /* the words for people WordNet does not list */
	unsigned char *hk;    /* per hedges entry: enum hkind */
	unsigned char prefix[26 * 27 * 27 / 8 + 1]; /* first letters of triggers */
	pcre2_code *re_lit, *re_date_md, *re_date_dm, *re_date_num, *re_time, *re_hms, *re_phone;
	pcre2_match_context *mctx;
	size_t ovec_pairs;    /* largest capture count + 1 */
	struct aux {          /* per phrase list: its first and last tokens */
		const fb_lexicon *lx;
		fb_lexicon *first, *last;
		size_t maxtok;    /* tokens in the longest phrase */
		const struct ptab *pt, *pfirst, *plast; /* their phrase tables */
	} aux[8];
	struct ptab pt[24];   /* phrase tables of every list and aux list */
	size_t npt;
	const struct ptab *pt_stop;
	uint64_t pw[PH_MAXLEN + 2]; /* PH_MUL to the power i */
	size_t naux;
	struct tslot {        /* trigger words: an open-addressing table */
		const char *key;  /* trig entry key (lower case), NULL: empty */
		size_t keylen;
		int word;         /* its index in words, -1 when none */
	} *ts;
	size_t nts;           /* a power of two */
	unsigned char lc[256]; /* ASCII letter: its lower case; else 0 */
	unsigned char bcls[256]; /* byte classes of the pre-check (B_*) */
};

/* Byte classes for the sentence pre-check and the tokenizer. */
enum { B_OTHER, B_ALPHA, B_HIT, B_SPACE, B_HIGH };

/* Scratch reused across the sentences of one document. */
typedef struct scratch {
	struct tok *t;
	size_t cap;
	pcre2_match_data *md;
} scratch;

/* Per-scan state: the tokens of one sentence and the output. */
typedef struct scan {
	const fb_numbers *nm;
	const char *buf;
	size_t start, end, sent;
	tok *t;
	size_t n;
	fb_qlist *out;
	pcre2_match_data *md;
	int headline;      /* in a headline-case line: its capitals are its case */
} scan;

/* A parsed number before units and hedges. */
typedef struct num {
	size_t i, j;       /* tokens [i, j) */
	double v;
	int ok;
	int digits;        /* began with a digit literal */
	int decimals;      /* the literal had a decimal point */
	int integer;       /* a whole number written plainly (no scale) */
	int ordinal;
	int fraction;
	int scaled;        /* a scale word or suffix applied */
	int year;          /* a plain four-digit literal */
	int article;       /* "a"/"an" stands for one */
	size_t lit_e;      /* byte end of the digit literal */
} num;

enum last { L_NONE, L_UNIT, L_TEEN, L_TENS, L_HUNDRED, L_SCALE, L_DIGIT, L_FRAC };

/* The trigger slot of the ASCII word s[0,n), or NULL. */
static inline const struct tslot *trig_get(const fb_numbers *nm, const char *s, size_t n)
{
	/* s is a word of ASCII letters: the lower-case table folds it as
	 * trig_hash() does */
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = fb_fnv(h, nm->lc[(unsigned char)s[i]]);
	h &= nm->nts - 1;
	for (; nm->ts[h].key; h = (h + 1) & (nm->nts - 1)) {
		const struct tslot *t = &nm->ts[h];
		if (t->keylen != n)
			continue;
		size_t i = 0;
		while (i < n && nm->lc[(unsigned char)s[i]] == (unsigned char)t->key[i])
			i++;
		if (i == n)
			return t;
	}
	return NULL;
}

static inline const struct aux *aux_of(const fb_numbers *nm, const fb_lexicon *lx)
{
	for (size_t i = 0; i < nm->naux; i++)
		if (nm->aux[i].lx == lx)
			return &nm->aux[i];
	return NULL;
}

static inline int tword(const scan *sc, size_t k, const char *w)
{
	return k < sc->n && fb_word_eq(sc->buf + sc->t[k].s, sc->t[k].e - sc->t[k].s, w);
}

/* The byte after token t, or 0 at the end of the scanned text. */
static inline unsigned char byte_after(const scan *sc, const tok *t)
{
	return t->e < sc->end ? (unsigned char)sc->buf[t->e] : 0;
}

/* numbers_load.c */
int parse_field_num(const char *s, double *out);

/* numbers.c: look-ups over the tokens */
const fb_entry *lget(const fb_lexicon *lx, const char *s, size_t n);
int tchar(const scan *sc, size_t k, char c);
int is_dash(const scan *sc, size_t k);
const fb_entry *span_get(const scan *sc, const struct ptab *p, size_t a, size_t b);
const fb_entry *lex_at(const scan *sc, const fb_lexicon *lx, size_t k, size_t *j);
const fb_entry *lex_before(const scan *sc, const fb_lexicon *lx, size_t k, size_t *i);
int nounish(const scan *sc, size_t k);
size_t match_at(scan *sc, const pcre2_code *re, size_t off);
int group(const scan *sc, int g, size_t *s, size_t *e);
size_t tok_from(const scan *sc, size_t k, size_t b);
double digits_value(const char *s, size_t a, size_t b, int *ndig);

/* numbers_parse.c: the number grammar */
int is_article(const scan *sc, size_t k);
int lit_may_extend(const scan *sc, const tok *t);
int parse_number(scan *sc, size_t k, num *r);
int card_class(const scan *sc, size_t k);

/* numbers_quantity.c: one quantity at a number */
size_t quantity_at(scan *sc, size_t k);

/* numbers_units.c: quantities emitted, units, money and hedges */
fb_quantity *emit(scan *sc, size_t i, size_t j, fb_qkind kind);
void set_exact(fb_quantity *q, double v);
size_t noun_phrase(const scan *sc, size_t k, double v);
size_t unit_after(scan *sc, size_t k, const num *r, fb_quantity *q, int money_ctx);
void apply_hedge(fb_quantity *q, unsigned hk, double v);
const fb_entry *hedge_before(const scan *sc, size_t k, size_t *i);
unsigned hedge_kind(const fb_numbers *nm, const fb_entry *e);
const fb_entry *currency_before(const scan *sc, size_t k, size_t *i);
size_t joined_amount(scan *sc, fb_quantity *q, size_t end);

/* numbers_phrases.c: dates, vague words, "a"/"an" as one, enumerations */
size_t date_at(scan *sc, size_t k);
size_t vague_at(scan *sc, size_t k);
size_t article_at(scan *sc, size_t k);
void enumerations(scan *sc, size_t first);
void join_bounds(scan *sc, size_t first);

#endif
