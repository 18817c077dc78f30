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

/* One distinct word of the lists: which lists hold it alone, and which
 * hold a phrase that starts with it. Tokens carry its id, so a look-up is an
 * index, not a fold and hash per list. Most words are in one list, so the
 * entries are not a slot per list but packed: see word_ent(). */
typedef struct winfo {
	uint32_t has;   /* bit L: list L holds this word alone */
	uint32_t base;  /* its entries, in list order, from ents[base] */
	uint32_t flags; /* W_*: the built-in word classes */
	uint32_t first; /* bit L: a phrase of list L starts here;
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
	const char **word;     /* folded words, id - 1 (not NUL-terminated: in keys) */
	size_t *wlen;
	winfo *wi;             /* per id; wi[0] is the unknown word */
	struct ent_ref { const fb_entry *e; } *ents; /* the one-word entries, packed (winfo.base) */
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
	struct { size_t s, e; int src; size_t as, ae, apara; } pron[8]; /*
	                            pronouns resolved in the sentence: mentions
	                            once their cue holds, with the antecedent
	                            the resolver used when it was no mention
	                            yet (as < ae; its paragraph apara) */
	size_t npron;
	size_t sent;             /* the sentence being read */
	char *topic;             /* a person the sentence opens with ("For Ann
	                            Lee, ...", "Ann Lee, a nurse, ..."), */
	size_t topic_sent;       /* its sentence, */
	size_t topic_start;      /* where its name starts, */
	size_t topic_end;        /* where its name ends, */
	int topic_gender;        /* and 'm' or 'f' from a title ("Mrs") */
	struct { char *name; size_t start, end, sent; int subj, group; } plural[2]; /*
	                            the last plural noun phrase of people ("farm
	                            lobbyists", "Republicans on the committee")
	                            of the sentences before [0] and of this one
	                            [1], its sentence, whether it opens it, and
	                            whether its head is a group word */
	struct { char *name; size_t start, end, sent; } named[2]; /* the latest name
	                            with a first name of first-names.txt, per
	                            gender ('m' 0, 'f' 1) */
	size_t title_para;       /* the headline's paragraph */
	int turn;                /* a transcript turn's speaker ("NAME: ..."), */
	size_t turn_para;        /* its paragraph, */
	size_t turn_s, turn_e;   /* and the label */
	struct { size_t hs, he, s, e, sent, para; int on; } docnote; /* the
	                            latest document named as no speaker
	                            ("published a report", "its new
	                            survey"): its head word, the phrase past
	                            the determiner, sentence and paragraph,
	                            for "the report said" to mean */
	struct { char *name; size_t rs, re, s, e, sent, para; } titled; /* the
	                            latest name after a title ("Sen. Mara
	                            Quill"): its title, name and sentence, for
	                            a description ("the senator") */
	fb_mention *names;       /* names outside quotations that may be a
	                            person's ("Smith", "Smith's", "Jim Smith"),
	                            matched once every source is known */
	size_t nnames, namecap;
	struct src_hit { int src; fb_mention m; } *hits; /* mentions found
	                            outside cues, with their source: pronouns
	                            as read (fb_attr_pronoun_find), then the
	                            names of c->names; merged at the end */
	size_t nhits, hitcap;
	int head_role;           /* the headline's source named by a title
	                            alone ("..., Governor Says"), -1 none, */
	char *head_name;         /* the first person the body names with
	                            that title outside a cue, */
	size_t head_para;        /* its paragraph, */
	size_t head_s, head_e;   /* its name, */
	size_t head_rs, head_re; /* and the title */
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

/* Set bits of x (SWAR: the baseline x86-64 has no popcnt instruction, and
 * __builtin_popcount would be a call). */
static inline uint32_t bits_count(uint32_t x)
{
	x -= (x >> 1) & 0x55555555u;
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0Fu;
	return (x * 0x01010101u) >> 24;
}

/* The entry of list l that is the word id alone, or NULL. */
static inline const fb_entry *word_ent(const fb_attributor *at, uint32_t id, int l)
{
	const winfo *w = &at->wi[id];
	if (!(w->has >> l & 1))
		return NULL;
	return at->ents[w->base + bits_count(w->has & ((1u << l) - 1))].e;
}

/* The entry of list l that is the word of token ti alone, or NULL. */
static inline const fb_entry *tok_in(const ctx *c, int l, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return NULL;
	return word_ent(c->at, c->t[ti].wid, l);
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
/* Adds a mention of source si at [s, e) of paragraph para in text order,
 * unless one overlapping it is there: a mention found after later ones
 * (an antecedent, a name outside any cue, a merged source's). */
void fb_reg_insert_mention(ctx *c, int si, size_t para, size_t s, size_t e);
/* Adds the mentions add[0, n), in text order, to those of source si in one
 * merge, each unless one overlapping it is there. */
void fb_reg_merge_mentions(ctx *c, int si, const fb_mention *add, size_t n);
/* Finds or makes the person named name (owned by the callee). A short form
 * that fits exactly one fuller name becomes its alias; one that fits
 * several fills cands and returns the nearest. */
int fb_reg_person(ctx *c, char *name, int *cands, size_t *ncands, int create);
/* The one person a name ("Smith", "Jim Smith", an alias) fits, in any
 * case, without changing the registry; -1 when none or several. */
int fb_reg_person_find(const ctx *c, const char *name);
/* Finds or makes an organisation, outlet, anonymous source or document of
 * that name; name is owned by the callee. Organisations match across
 * hyphens and spaces, by acronym, and by a shorter trailing form ("State
 * Department" / "US State Department"). */
int fb_reg_entity(ctx *c, char *name, fb_skind kind, const char *acro);


/* ----------------------------------------- shared by the files of the stage */
/* Functions of one file of src/attribution/ that another calls; each
 * file is named above its group. */

/* attribution_lists.c */
/* Id of the folded word w[0,n) whose whash is h, 0 when no list has it. */
uint32_t fb_attr_word_id_h(const fb_attributor *at, const char *w, size_t n, size_t h);
/* Folds a token as the lexicon folds keys (ASCII lower case, typographic
 * apostrophes to ') and hashes it with whash in the same pass. Returns the
 * length, or 0 when it does not fit cap. */
size_t fb_attr_fold_hash(const char *s, size_t n, char *out, size_t cap, size_t *h);
/* Longest entry of list l made of the word tokens from ti on; *n gets
 * their count. NULL when none. Same answers as looking the text up in the
 * lexicon, by word ids: a phrase's words are separated by white space. */
const fb_entry *fb_attr_toks_in(const ctx *c, int l, size_t ti, size_t *n);
/* Marks a sentence hedged when a phrase of hedges.txt starts at a word
 * (after white space, '(' or ','). Same answers as fb_lexicon_longest on
 * the text there: a phrase of k words is the first k - 1 words as they
 * stand and the k-th without trailing punctuation. */
void fb_attr_hedge(ctx *c, size_t si);

/* attribution_phrases.c */
/* Finds every direct quotation: curly and straight double quotes, and
 * single curly quotes that are not apostrophes. A paragraph that leaves a
 * quote open continues it when the next one opens again (news style). */
void fb_attr_find_quotes(ctx *c);
/* Cuts buf[s, e) into words, punctuation, and quotations (one token for
 * each quoted stretch of the sentence). qi is the first quote that may
 * overlap. */
void fb_attr_tokenize(ctx *c, size_t s, size_t e, size_t qi);
/* Whether token ti is an article ("the", "a", "an"). */
int fb_attr_is_det(const ctx *c, size_t ti);
/* Whether token ti joins the words of a name ("of", "bin", "van"; "to" or
 * "on" after a title or organisation word). */
int fb_attr_is_connector(const ctx *c, size_t ti);
/* Whether token ti is "he", "she", "they" or "it". */
int fb_attr_is_pronoun(const ctx *c, size_t ti);
/* Whether a word token can stand inside a source's noun phrase. */
int fb_attr_np_word(const ctx *c, size_t ti);
/* Whether the tokens [a, b) hold a title or role word. */
int fb_attr_has_title(const ctx *c, size_t a, size_t b);
/* Whether the tokens [a, b) read as a role apposition ("a senior leader of
 * ...", "police chief for Sindh province", "spokesman for ..."). */
int fb_attr_role_like(const ctx *c, size_t a, size_t b);
/* Whether [a, b) reads as a description of a person between commas: an
 * article and a few words, no finite or speech verb ("a former harbour
 * pilot", "an eyewitness", "the owner of the shop"). */
int fb_attr_description_like(const ctx *c, size_t a, size_t b);
/* Whether [a, b) is a name alone: one to four capitalised words. */
int fb_attr_name_like(const ctx *c, size_t a, size_t b);
/* Whether token a is a relative "who", "which" or "whose". */
int fb_attr_is_relative(const ctx *c, size_t a);
/* A word that opens a clause inside a sentence: "... as Republicans in the
 * House refused ...". */
int fb_attr_subordinator(const ctx *c, size_t ti);
/* An apposition t[a, b) of a description and a relative clause: "a
 * Republican who represents part of the county" (no reporting verb in it). */
int fb_attr_desc_relative(const ctx *c, size_t a, size_t b);
/* Whether tokens [a, b) say "(also) known as X" or "called X"; *np_a gets
 * the token where X starts. */
int fb_attr_known_as(const ctx *c, size_t a, size_t b, size_t *np_a);
/* Whether a group list word ("voters", "percent") is in [a, b). */
int fb_attr_group_head(const ctx *c, size_t a, size_t b);
/* Where a share of a whole opens when token of is the "of" after it
 * ("nearly two-thirds of", "a third of", "more than half of", "most of"),
 * no further left than lo: its first token + 1, 0 when none. */
size_t fb_attr_share_start(const ctx *c, size_t of, size_t lo);
/* Whether token ti may modify a noun of people before it: a word, not a
 * grammar word, verb or pronoun ("farm", "Environmental", "the bill's"). */
int fb_attr_people_modifier(const ctx *c, size_t ti);
/* Whether a word of t[a, b) reads as a verb inside a noun phrase ("The
 * decision angered farmers"): an "-ed" word in lower case after the
 * phrase's first word ("Concerned parents" is a phrase, and so is "civil
 * rights groups"). */
int fb_attr_verb_between(const ctx *c, size_t a, size_t b);
/* The noun phrase ending at token j, scanning left no further than lo.
 * Returns 0 when there is none. */
int fb_attr_np_left(const ctx *c, size_t j, size_t lo, np *out);
/* Reads the noun phrase that starts at token i, with an apposition after
 * it, into *out. Returns 0 when there is none. */
int fb_attr_np_right(const ctx *c, size_t i, np *out);

/* attribution_resolve.c */
/* Text of tokens [a, b) with white space made single spaces; caller frees. */
char *fb_attr_tok_text(const ctx *c, size_t a, size_t b);
/* Whether token ti is written in capitals only (an acronym: "NASA", "SC"). */
int fb_attr_all_caps(const ctx *c, size_t ti);
/* The gender known of source s: 'm', 'f' or 0 unknown. */
int fb_attr_gender_of(const ctx *c, int s);
/* Notes gender g ('m' or 'f'; 0 does nothing) of source s. */
void fb_attr_set_gender(ctx *c, int s, int g);
/* The gender a title entry gives ('m', 'f'), 0 when none. */
int fb_attr_title_gender(const fb_entry *e);
/* Whom "he" or "she" (g) means: the last speaker, unless that person has
 * the other gender or a person of this gender was mentioned since. */
int fb_attr_pronoun_person(const ctx *c, int g);
/* The registered source a pronoun at token a outside any cue ("he",
 * "him", "his", "she", "her", "hers", "they", "their") stands for, by the
 * rules a cue's pronoun follows but making no source: the person
 * fb_attr_pronoun_person finds when no gender clashes, the plural people
 * last speaking unless others were named since; -1 none. */
int fb_attr_pronoun_find(const ctx *c, size_t a);
/* The hash of s[0,n) in lower case, never 0 (0 marks an empty slot). */
size_t fb_attr_lower_hash(const char *s, size_t n);
/* fb_attr_lower_hash of the text of token ti. */
size_t fb_attr_tail_hash(const ctx *c, size_t ti);
/* Whether hash h is among the capitalised words seen after another
 * (c->tails). */
int fb_attr_tail_has(const ctx *c, uint64_t h);
/* Adds hash h to c->tails, the capitalised words seen after another. */
void fb_attr_tail_add(ctx *c, uint64_t h);
/* Whether a role ("Gov.", "the governor", "Foreign Minister") holds every
 * word of title[0, tn) ("Governor", "Minister"), a word also in a listed
 * title cut short ("Gov." for "governor"). */
int fb_attr_role_fits(const ctx *c, const char *role, const char *title, size_t tn);
/* Resolves a noun phrase to a registry index, making the source when new;
 * -1 when the phrase does not name a source. actor: the subject of
 * "claimed responsibility", an organisation unless titled. The cases are
 * tried in order; the first that applies decides. */
int fb_attr_resolve(ctx *c, const np *p, int actor, int *cands, size_t *ncands);

/* attribution_subjects.c */
/* Whether token ti ends the sentence or a clause of it (past the end, ". !
 * ? ;"). */
int fb_attr_is_end(const ctx *c, size_t ti);
/* Words between a subject and its verb: "later said", "has also told". */
int fb_attr_is_aux(const ctx *c, size_t ti, int *neg);
/* Whether token ti is a preposition or time word of the built-in class
 * W_PREP. */
int fb_attr_is_prep(const ctx *c, size_t ti);
/* Adds the sources an NP list names to the cue. */
void fb_attr_cue_add(cue *k, int s);
/* Resolves the coordinated noun phrases from token i ("government
 * officials and Ghulam Nabi Memon, police chief ..."); returns the token
 * after them. */
size_t fb_attr_right_sources(ctx *c, size_t i, cue *k, int actor);
/* Whether token ti names a day ("Monday", "yesterday", "tonight"). */
int fb_attr_day_word(const ctx *c, size_t ti);
/* The token of "that" after a time phrase at j ("said last month that",
 * "said on Monday that"), or j. */
size_t fb_attr_time_then_that(const ctx *c, size_t j);
/* Where the name of an apposition t[k, j) ends (exclusive), when it is
 * titles and a name of two or more capitalised words, with a party tag in
 * parentheses after it ("Sen. Mark Hadley (R-Ohio)"); 0 otherwise. */
size_t fb_attr_app_name_end(const ctx *c, size_t k, size_t j);
/* The subject of the verb at token v, no further left than token lo, into
 * *p with its roles and alias; *neg set when a helper negates the verb.
 * Returns 0 when the verb has no subject that can speak. */
int fb_attr_subject_left(const ctx *c, size_t v, size_t lo, np *p, int *neg);
/* Whether the clause a cue reports, from token x on, opens with a thing
 * for its subject ("wrote that the drug was safe", "said that its budget
 * had shrunk"): an article or possessive and lower-case words that name no
 * people, body or document. */
int fb_attr_thing_subject(const ctx *c, size_t x);
/* Notes the speaker of a cue for pronouns that follow. */
void fb_attr_remember(ctx *c, int s);
/* Puts the named, non-anonymous, non-outlet source first. */
void fb_attr_pick_primary(const ctx *c, cue *k);

/* attribution_patterns.c */
/* The reporting verb at token i: the longest of speech-verbs.txt and the
 * lexicon verbs.tsv (the latter wins a tie, for its kind and pattern).
 * Entries of verbs.tsv carry fields class, kind, pattern, negated. */
const fb_entry *fb_attr_verb_at(const ctx *c, size_t i, size_t *w, const fb_entry **row);
/* Whether the verb entry has a pattern (its third field). */
int fb_attr_has_pattern(const fb_entry *ve);
/* Whether the verb's pattern is pt, or pt is the first of two ("to/NP":
 * "threatened to sue" and "threatened a veto"). */
int fb_attr_pattern_is(const fb_entry *ve, const char *pt);
/* What a verb entry makes of its content: its kind field, else one from
 * its class. */
fb_cue_kind fb_attr_verb_kind(const fb_entry *ve);
/* Whether the verb entry is marked "negated" ("declined", "refused"). */
int fb_attr_verb_negated(const fb_entry *ve);
/* "'...,' argued X": only verbs whose content may come first invert. */
int fb_attr_verb_inverts(const fb_entry *ve);
/* Whether word token ti ends in suf after at least two other letters. */
int fb_attr_ends_with(const ctx *c, size_t ti, const char *suf);
/* An adverb after a verb that leaves the content where it was: "said
 * sarcastically", "said then", "added later". */
int fb_attr_after_adverb(const ctx *c, size_t ti);
/* Whether a clause (what a speech or belief verb reports) starts at token
 * j: "that ...", a quotation, a colon, nothing (the content came before),
 * a pronoun subject, or a short noun phrase and a finite verb ("the plan
 * would fail"). */
int fb_attr_clause_at(const ctx *c, size_t j);
/* Whether the words after a verb of verbs.tsv fit its pattern: a broad
 * verb is a cue only with what it reports ("argued that", "vowed to",
 * "called the plan 'a disaster'", "accused him of"). */
int fb_attr_pattern_holds(const ctx *c, const fb_entry *ve, size_t i, size_t w, size_t subj);
/* Whether the reporting verb at token i is one of speech ("said", "told"),
 * not a finding, belief or stance. */
int fb_attr_verb_says(const ctx *c, size_t i);
/* Whether subject p fits the verb at i: "X backed by Y" is a passive, "by
 * a user labelled" a participle after a preposition's object, and "a light
 * show" a noun after a noun (a description that does not agree with the
 * verb's bare form). */
int fb_attr_subject_agrees(const ctx *c, const np *p, size_t i, size_t w);
/* ", saying ...", ", adding that ...", ", arguing ...": a participle of a
 * speech or belief verb carrying the subject of the clause before. */
int fb_attr_says_participle(const ctx *c, size_t i, const fb_entry *ve);
/* The quotation that opens right after byte e, past white space only (the
 * next sentence or paragraph), or -1. */
int fb_attr_quote_after(const ctx *c, size_t e);
/* A transcript's turn "DELGADO: ..." or a labelled headline "Poll: ...":
 * one to three capitalised words open the paragraph, then a colon. The
 * speaker holds for the paragraph (see fb_attr_attribute_sentence). */
int fb_attr_label_cue(ctx *c, cue *k);
/* The quotation that closes right before byte e, past white space and
 * dashes only, or -1. */
int fb_attr_quote_before(const ctx *c, size_t e);
/* A pull quote's name: "'...' - Ruth Amari, Dayton", or a paragraph of a
 * name and a role alone ("Charles Bolden, NASA Administrator") under a
 * quoted paragraph. The name ends the paragraph; no verb follows it. */
int fb_attr_pull_cue(ctx *c, cue *k);
/* Whether a question word opens the words from j ("why", "whether", "if"),
 * past an addressee of up to three words. */
int fb_attr_wh_after(const ctx *c, size_t j);
/* A noun cue: "Lee's claim that ...", "her view that ...": the possessor
 * (a person's name or a possessive pronoun) says the that-clause. */
int fb_attr_noun_cue(ctx *c, size_t i, cue *k);
/* "In his view, ...", "In her words, ...", "In Smith's opinion, ...": an
 * opening phrase of views.txt that gives the clause after its comma to the
 * one it names (a possessive pronoun resolves to the person or group last
 * named, as "he" or "they" would). */
int fb_attr_view_cue(ctx *c, cue *k);
/* Whether a negated cue's infinitive at j reports nothing: "declined to
 * comment", "refused to elaborate further" (no-content.txt), not "declined
 * to confirm that ..." nor "refused to seek a second term". */
int fb_attr_no_content(const ctx *c, size_t j);
/* "X issued a statement ... . \"...\"", "X released a statement: \"...\"":
 * the quotation after the statement in the sentence, or opening right
 * after it, is X's, as is what follows "a statement saying/that". Without
 * them the statement says nothing of itself. */
int fb_attr_issued_cue(ctx *c, size_t i, cue *k);
/* The first token after a dateline that opens the sentence ("RALEIGH - A
 * panel ..."), or 0. */
size_t fb_attr_dateline_end(const ctx *c);
/* The first token after a live blog entry's time stamp that opens the
 * sentence ("6:45 a.m.: Sheriff Lee ordered ...", "14:05 - Police
 * said ..."), or 0. The entry's sentence is read from there, so that its
 * subject opens it as in any other sentence. */
size_t fb_attr_stamp_end(const ctx *c);
/* The subject the sentence opens with, past a dateline, when a verb
 * follows it before token end: "Estes won four states and said ..." gives
 * Estes to "said" (fb_attr_find_cues asks only when no cue came before,
 * whose clause the verb might be in). -1 when none. */
int fb_attr_opening_subject(ctx *c, size_t end, cue *k);
/* "..., with senators from farm states calling it a betrayal", "with aides
 * saying that ...": an absolute phrase after "with" whose verb is the
 * participle of a listed verb and whose subject is a source. Fills k. */
int fb_attr_with_participle(ctx *c, size_t i, size_t w, const fb_entry *pv, cue *k);
/* "At a news conference, Ruth Ames, D-Nev., was asked ...": a passive
 * after the subject a statement opener names (past a party tag or an
 * apposition of capitalised words); that subject says nothing. */
int fb_attr_passive_after(const ctx *c, size_t e);
/* Whether the word before the pronoun at ti is a noun it follows in a
 * relative clause with no "that" ("the exhibit they wanted to see"): a
 * lower-case word of no list, no grammar word, adverb or day. */
int fb_attr_pronoun_after_noun(const ctx *c, size_t ti);
/* Whether the capitalised word at i, a verb of the lexicon (ve, row), is a
 * headline's verb: last ("..., Lee Says"), or after a capitalised subject
 * it agrees with that is no verb itself, with its pattern ("Senate
 * Republicans Vow To Block ...", "Mayor Vows to Fight On", "Farmers Push
 * for Vote"; not "Senators Rip Plan to Cut ..."). */
int fb_attr_headline_verb(const ctx *c, size_t i, size_t w, const fb_entry *ve, const fb_entry *row);
/* Whether a negated cue of kind kind with an open question after token j
 * is kept: "did not say whether ..." reports a question left open
 * (speech), "did not know why" reports nothing. */
int fb_attr_negated_question(const ctx *c, fb_cue_kind kind, size_t j);
/* Whether the verb cue whose subject starts at token a and whose verb ends
 * before token j closes its sentence after a comma ("..., two aides said
 * Friday."): the outer cue, which owns what comes before it. */
int fb_attr_ends_sentence_cue(const ctx *c, size_t a, size_t j);
/* Where the source of a prepositional cue is named when a description
 * stands before the name ("In the words of one parent, Ana Ruiz: ...",
 * "according to a steward, Colin Barnes, ..."): the name between a comma
 * and a comma or colon; otherwise j itself. */
size_t fb_attr_prep_name(const ctx *c, size_t j);

/* attribution_cues.c */
/* A cue with no source yet: no via, no quotation. */
void fb_attr_cue_init(cue *k);
/* Finds the cues of the sentence being read, at most max, in out, in the
 * order of the text; returns how many. */
size_t fb_attr_find_cues(ctx *c, cue *out, size_t max);

/* attribution.c */
/* Whether token ti may be a word of a person's name: capitalised, and no
 * title, organisation, place, outlet, role or function word. */
int fb_attr_name_word(const ctx *c, size_t ti);

#endif
