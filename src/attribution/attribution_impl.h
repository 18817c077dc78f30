/* attribution_impl.h - what the files of the attribution stage share: the
 * compiled word lists, the article's tokens, noun phrases and cues, the
 * reading context, and the source registry (attribution_sources.c).
 * Private to src/attribution/. */
#ifndef FB_ATTRIBUTION_IMPL_H
#define FB_ATTRIBUTION_IMPL_H

#include <stdint.h>
#include <string.h>

#include "attribution.h"
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
	L_OWORDS, L_ORGS, L_MODS, L_STOP, L_PLACES, L_RVERBS, L_GROUPS, L_LABELS, L_CNOUNS, L_VIEWS, L_NOCONT,
	L_PEOPLE, L_ASIDES, L_FNAMES, L_ADVS, L__MAX
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
	struct { char *name; size_t end, sent; int subj, group; } plural[2]; /*
	                            the last plural noun phrase of people ("farm
	                            lobbyists", "Republicans on the committee")
	                            of the sentences before [0] and of this one
	                            [1], its sentence, whether it opens it, and
	                            whether its head is a group word */
	struct { char *name; size_t end, sent; } named[2]; /* the latest name
	                            with a first name of first-names.txt, per
	                            gender ('m' 0, 'f' 1) */
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

static inline int is_punct(const ctx *c, size_t ti, int ch)
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

/* Caps that keep every look-up bounded on hostile input: aliases and roles
 * kept per source, and how many recent sources a description searches. */
#define MAX_FORMS 32
#define MAX_LOOKBACK 32

/* ------------------------------------------------- registry (attribution_sources.c) */

/* Adds key -> src unless that pair is there. */
void fb_reg_idx_add(ctx *c, const char *key, int src);
/* Sources filed under key, at most max, in out; returns how many. */
size_t fb_reg_idx_find(const ctx *c, const char *key, int *out, size_t max);
/* Text of buf[s, e) with white space runs made one space; caller frees. */
char *fb_reg_collapse(const char *buf, size_t s, size_t e);
/* Lower-case letters and digits of s only: "Tehreek-e-Taliban" and
 * "Tehreek e Taliban" get one key. Caller frees. */
char *fb_reg_norm_key(const char *prefix, const char *s);
void fb_reg_add_alias(ctx *c, int si, const char *text);
/* Lower-cased text without a leading article, for comparing roles. */
char *fb_reg_role_key(const char *r);
/* Adds a role; titled: a title before the name ("Chief Minister"), which
 * differs from an apposition only in form, so only roles of one form are
 * compared for FB_SF_ROLES_DIFFER. */
void fb_reg_add_role(ctx *c, int si, size_t s, size_t e, int titled);
void fb_reg_add_mention(ctx *c, int si, size_t s, size_t e);
/* Finds or makes the person named name (owned by the callee). A short form
 * that fits exactly one fuller name becomes its alias; one that fits
 * several fills cands and returns the nearest. */
int fb_reg_person(ctx *c, char *name, int *cands, size_t *ncands, int create);
/* Finds or makes an organisation, outlet, anonymous source or document of
 * that name; name is owned by the callee. Organisations match across
 * hyphens and spaces, by acronym, and by a shorter trailing form ("State
 * Department" / "US State Department"). */
int fb_reg_entity(ctx *c, char *name, fb_skind kind, const char *acro);

#endif
