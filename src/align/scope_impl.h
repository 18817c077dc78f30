/* scope_impl.h - what the files of the scope model share: the word kinds
 * of data/scope.tsv, the loaded lists, a sentence's words, and the phases
 * each file provides. Private to src/align/. */
#ifndef FB_SCOPE_IMPL_H
#define FB_SCOPE_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "claims.h"
#include "compare.h"
#include "lexicon.h"
#include "scope.h"
#include "util.h"

/* Word kinds (data/scope.tsv), one bit each (64 at most: tok.kinds). */
typedef uint64_t kindset;
#define K_STOP ((kindset)1 << 0)
#define K_MONTH ((kindset)1 << 1)
#define K_WEEKDAY ((kindset)1 << 2)
#define K_PLACE_PREP ((kindset)1 << 3)
#define K_DEFINITE ((kindset)1 << 4)
#define K_INDEFINITE ((kindset)1 << 5)
#define K_MARGIN_VERB ((kindset)1 << 6)
#define K_MARGIN_AFTER ((kindset)1 << 7)
#define K_THRESHOLD ((kindset)1 << 8)
#define K_THRESHOLD_AFTER ((kindset)1 << 9)
#define K_RATE_UNIT ((kindset)1 << 10)
#define K_CONDITION ((kindset)1 << 11)
#define K_HYPOTHETICAL ((kindset)1 << 12)
#define K_RELATIVE ((kindset)1 << 13)
#define K_GENERIC ((kindset)1 << 14)
#define K_PERIOD ((kindset)1 << 15)
#define K_AGE ((kindset)1 << 16)
#define K_TIMES ((kindset)1 << 17)
#define K_SPEECH ((kindset)1 << 18)
#define K_TOTAL_NOUN ((kindset)1 << 19)
#define K_DIGIT_WORD ((kindset)1 << 20)
#define K_PRONOUN ((kindset)1 << 21)
#define K_VAGUE_PLACE ((kindset)1 << 22)
#define K_SUPERLATIVE ((kindset)1 << 23)
#define K_AUX ((kindset)1 << 24)
#define K_SUPERSEDED ((kindset)1 << 25)
#define K_FORECAST ((kindset)1 << 26)
#define K_HARM ((kindset)1 << 27)
#define K_COLLECTIVE ((kindset)1 << 28)
#define K_REVISED ((kindset)1 << 29)
#define K_REMAINDER ((kindset)1 << 30)
#define K_FIGURE_VERB ((kindset)1 << 31)
#define K_RISE ((kindset)1 << 32)
#define K_DAYPART ((kindset)1 << 33)
#define K_PLACE_SUFFIX ((kindset)1 << 34)
#define K_COMPASS ((kindset)1 << 35)
#define K_PLURAL ((kindset)1 << 36)
#define K_HARM_WHERE ((kindset)1 << 37)
#define K_COMPARE ((kindset)1 << 38)
#define K_PART_VERB ((kindset)1 << 39)
#define K_AVERAGE ((kindset)1 << 40)


struct fb_scoper {
	fb_lexicon *words; /* word -> entry whose line holds its kinds (bits) */
	fb_lexicon *size;  /* data/size.tsv: "represents" -> size, "room for" -> capacity */
	fb_lexicon *periods; /* data/periods.txt: "series", "season": "in the five-game series" is a time */
	fb_lexicon *homes;   /* data/home-nouns.txt: "in his country": the place of the pronoun's owner */
	fb_lexicon *owned;   /* data/owned-sums.txt: "budget", "cost": a sum some thing has */
	fb_lexicon *insts;   /* data/institutions.txt: "Maple Grove Elementary" names no place */
	fb_lexicon *orgs;    /* data/org-suffixes.txt: "Coastline Federal Bank" is Coastline's */
	fb_lexicon *titles;  /* data/attribution/titles.txt: "Sen. Ashworth" names no given name */
};

/* The kinds of the word s[0,n) (K_* bits), 0 when it is not listed. */
static inline kindset kinds_of(const fb_scoper *sc, const char *s, size_t n)
{
	const fb_entry *e = n ? fb_lexicon_get(sc->words, s, n) : NULL;
	return e ? (kindset)e->line : 0;
}

/* Is s[0,n) listed with this kind? */
static inline int is(const fb_scoper *sc, kindset kind, const char *s, size_t n)
{
	return (kinds_of(sc, s, n) & kind) != 0;
}

#define MAX_TOK 160
#define WINDOW 240 /* bytes read either side of a number */

typedef struct tok {
	size_t s, e;
	int cap;      /* starts with a capital */
	int num;      /* starts with a digit */
	int brk;      /* a clause break before it (; : — or a sentence start) */
	int comma;    /* a comma before it */
	kindset kinds;  /* K_* bits of the word (data/scope.tsv) */
} tok;

typedef struct words {
	tok t[MAX_TOK];
	size_t n;
	int whole;    /* from the sentence's start (else a window around a number) */
} words;

static inline int tok_is(const tok *t, kindset kind)
{
	return (t->kinds & kind) != 0;
}

/* Is t a possessive: "state's", "Cordell's"? */
static inline int tok_possessive(const char *b, const tok *t)
{
	return t->e - t->s > 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's';
}

static inline int word_is(const char *b, const tok *t, const char *w)
{
	return fb_word_eq(b + t->s, t->e - t->s, w);
}

/* scope_words.c: words and names */

/* The sentence's words: letters, digits, inner apostrophes, hyphens,
 * points and commas of numbers ("1,204", "p.m."). sc NULL: no word kinds
 * looked up (all 0). */
void scope_tokenize(const fb_scoper *sc, const char *b, size_t start, size_t end, words *w);
/* Words that start a new clause with its own subject. */
int scope_clause_word(const char *b, const words *w, size_t i);
/* Capitalised words seen inside sentences (not first): names, not openers.
 * A surname that follows two different given names ("Kyle Ashworth",
 * "Damon Ashworth") has its entry's line set to 1 (SHARED_SURNAME). */
fb_lexicon *scope_mid_capitals(const fb_scoper *sc, const fb_doc *doc);
#define SHARED_SURNAME 1
/* Is word i a name (a capitalised word that is not a listed opener, month
 * or day, and that the article capitalises inside a sentence somewhere)? */
int scope_name_word(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i);
/* The last word of the name run at i ("Governor Tom Estes" -> Estes), its
 * possessive cut; *next gets the word after the run. A surname two people
 * of the article share keeps its given name ("Kyle Ashworth"). */
char *scope_name_at(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i, size_t lim,
    size_t *next);
/* "lanes" -> "lane", "buses" -> "bus" (fb_noun_lemma, as the claims stage
 * reads nouns); caller frees. */
char *scope_head_lemma(const fb_claimer *cl, const char *s, size_t n);
/* s[0,n) in lower case, a copy. */
char *scope_lower_dup(const char *s, size_t n);

/* scope_head.c: the function, head, predicate and measure */

/* The function of the quantity whose words are [qa, qb). */
fb_qfunc scope_function_of(const fb_scoper *sc, const fb_doc *doc, const fb_quantity *q, const words *w,
    size_t ca, size_t cb, size_t qa, size_t qb, size_t head_end);
/* The predicate of a relative or partitive clause from word i on: a
 * listed measure (in s->measure), else the first word that is no
 * auxiliary ("ride" in "3,100 of them ride a bus", "the pupils who ride",
 * in s->predicate; in s->measure too when unlisted is set). */
void scope_predicate_after(const fb_claimer *cl, const char *b, const words *w, size_t i, size_t cb, fb_scope *s,
    int unlisted);
/* The verb of a relative clause from word i on ("voted" in "who have
 * voted for"), lower case, or NULL. */
char *scope_relative_verb(const char *b, const words *w, size_t i, size_t cb);
/* The counted noun of "14 new bus lanes": the first plural among the
 * (at most three) lower-case words right after the number; index + 1, or
 * 0 when there is none. */
size_t scope_np_head(const fb_scoper *sc, const char *b, const words *w, size_t qb, size_t cb);
/* Who did the verb right before the number, when it is a common noun:
 * "retailers shed 14,000 jobs", "health care, which added 54,000
 * positions", "the city has paid $2.3 million"; NULL when the word before
 * the number is no verb or its subject is no plain noun. */
char *scope_agent_of(const char *b, const words *w, size_t ca, size_t qa, const char *measure);
/* "The 12,000 people in shelters", "the 187,000 jobs added in March",
 * "the 41 boxes we took down", "the 88 boxes now in use": a set its words
 * after the noun restrict is no set size for other predicates (but not
 * "The 1,380 plaintiffs live in 612 households": a verb after the head
 * given, the clause's own). */
int scope_restricted_after(const char *b, const words *w, size_t qb, size_t cb, const char *measure, const char *head);
/* "of the 900 pupils", "of the victims", "of the dead": the words after
 * "of the" name a set (a number, a plural, a collective noun), so the
 * number before is a part of it; not "850 pupils of the school". */
int scope_set_after(const char *b, const words *w, size_t i, size_t cb);
/* "the 27 goals Pike scored", "the 14 counts Hale faced": a definite
 * count whose head is followed by a name and a verb is restricted by that
 * contact clause; the name holds the set ("Pike's goals") and the verb is
 * its predicate. h: the head's index + 1. */
int scope_contact_relative(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const char *b,
    const words *w, size_t ca, size_t qa, size_t h, size_t cb, int no_measure, fb_scope *s);
/* A number reached by a change ("its profit rose 18 percent, to $412
 * million"): the level of what changed, its measure the listed word
 * before the verb; owned_only: only with an owner ("its", "Halvorsen's")
 * right before the measure. */
void scope_level_measure(const fb_claimer *cl, const char *b, const words *w, size_t ca, size_t qa, fb_scope *s,
    int owned_only);
/* "which represents about 14,000 nurses", "room for 1,500 people": the
 * measure (data/size.tsv) of a count that is what its holder has or could
 * hold, read from the one or two words before it in its clause; NULL when
 * none is listed. */
const char *scope_size_measure(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t qa);
/* A sum is grouped by what it pays for, never by the bare unit: "a fee of
 * £52 million" and "a record £52 million fee" are both a fee's (the noun
 * before "of", or the one the claims stage read after the sum). */
void scope_money_head(const fb_scoper *sc, const fb_claimer *cl, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, const fb_quantity *q, fb_scope *s);
/* "the £52 million Harbor City will pay": a definite sum whose contact
 * clause names its payer, who holds it. */
void scope_money_payer(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, size_t cb, fb_scope *s);

/* scope_time.c: times and superseded figures */

/* "the most since 2019", "the highest in a decade since": a superlative
 * at i with "since" a few words on frames a comparison. */
int scope_since_frame(const char *b, const words *w, size_t i, size_t cb);
/* The time nearest the number in its clause: the first after it ("$1
 * million in April"), else the last before it ("In February, ..."). */
char *scope_time_in(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t cb, size_t qa,
    size_t qb);
/* "years" in "four years ago" */
int scope_period_unit(const char *s, size_t n);
int scope_ago_unit(const char *b, const tok *t);
int scope_tok_year(const char *b, const tok *t);
/* "economists expect a gain of 160,000 jobs": a forecast (up to eight
 * words before the number in its clause) is no statement of what happened;
 * "early reports put the toll at seven": a figure since replaced. */
void scope_forecast_superseded(const char *b, const words *w, size_t ca, size_t qa, fb_scope *s);
/* "900 homes, a figure it revised upward on Thursday": a revising word
 * after the number in its sentence, with no number of its own after it
 * ("revised to 46" gives the new one), marks a superseded figure. */
int scope_revised_after(const words *w, size_t qb);
/* "has killed 18,000", "18,000 people have died": a present perfect right
 * before the number, or after its noun, says a running total. */
int scope_perfect_tense(const char *b, const words *w, size_t ca, size_t cb, size_t qa, size_t qb);
/* "Kirsa has seen five attacks this year. In all, those attacks have killed
 * 67": a count in a sentence that points back with "those" or "these",
 * with no time of its own, takes the time of the sentence before it in
 * its paragraph. */
void scope_demonstrative_times(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out);
/* "reported 21 dead; Baliaghat 13": items of a list of holders' counts are parts. */
void scope_list_items(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out);
/* "It has destroyed 289 homes", "The fire has destroyed": the holder of the sentence before. */
void scope_it_holders(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out);
/* "Monday's attack in Dusana struck ... Fourteen people were killed": a
 * sentence naming an event by its day gives that day to the counts with
 * no time of their own, in it and after it in its paragraph. */
void scope_named_day_times(const fb_scoper *sc, const fb_doc *doc, const fb_claims *c, fb_scope *out);

/* scope_place.c: holders and places */

/* Is word i the start of a place after its preposition: "in Ohio", "in
 * the Darsan bombing", "in the northern province", "the village of Oskol"?
 * Returns the index after the place's words, 0 when it is none. */
size_t scope_place_at(const fb_scoper *sc, const fb_lexicon *pn, const char *b, const words *w, size_t i,
    size_t ca, size_t cb);
/* "a town of about 26,000 people": the size of a place, a label of it. */
int scope_population(const fb_lexicon *pn, const char *b, const words *w, size_t ca, size_t qa);
/* Is t a place noun, singular or plural ("town", "towns", "cities")? */
int scope_place_noun(const fb_lexicon *pn, const char *b, const tok *t);
/* The subject of the verb at v, in [ca, v): for "Harlow, Mass., which
 * employs" the name before the relative pronoun ("Harlow"); else the
 * first name before the verb ("The Brinton plant, the smallest, employs":
 * "Brinton"), else the first common noun ("The company": "company");
 * NULL when none. Owned. */
char *scope_subject_of(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t v);
/* "against", "over", "under", "within": a preposition that measures a
 * thing against a sum ("came in under a budget of $9 million"). */
int scope_frame_prep(const char *b, const tok *t);
/* Is the sum at [qa, qb) a budget or cost some thing has: "its $1.3
 * billion budget", "a budget of $450 million" (data/owned-sums.txt)? */
int scope_owned_sum(const fb_scoper *sc, const char *b, const words *w, size_t qa, size_t qb, size_t cb);
/* "Dalvia's prime minister said the 280,000 refugees in his country": the
 * place "in his/her/its/their NOUN" (data/home-nouns.txt) names after the
 * number, the possessive name before it in the sentence, else the
 * sentence's opening name (its subject); NULL when there is none. */
char *scope_home_place(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t qb,
    size_t cb);
/* The holder of the last claim before claim ci in its paragraph, in an
 * earlier sentence (a copy), or NULL. */
char *scope_holder_before(const fb_doc *doc, const fb_claims *c, const fb_scope *out, size_t ci, size_t back);
/* Fills the place of claims whose clause says "the state" or "there":
 * the last place the paragraph names before it. */
void scope_anaphoric_places(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const fb_doc *doc,
    const fb_qlist *ql, const fb_claims *c, fb_scope *out);

/* scope_fill.c: one claim's scope; parts and wholes */

/* Fills s, the scope of claim k (quantity q, words w); entry: a live
 * blog entry's time, else NULL. Sets *whole_at to where a part's whole
 * stands, *pron_subject when a personal pronoun is its subject. */
void scope_fill(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const fb_doc *doc,
    const fb_quantity *q, const fb_claim *k, const words *w, const char *entry, int lede, int headline, fb_scope *s,
    size_t *whole_at, int *pron_subject);
/* The claim holding the whole of claim ci, a part: the count starting at
 * byte whole_at, or for "N of them" (whole_at SIZE_MAX - 1) the last
 * count of the same head before it in its paragraph; -1 if none. */
int scope_whole_of(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, const fb_scope *out, size_t ci,
    size_t whole_at);
/* "approved a $1.42 billion budget for next year" ... "The $1.42 billion
 * plan also includes": a definite sum with no time of its own, equal to a
 * sum named earlier in another paragraph, restates that one (whatever its
 * noun), and has its time and holder; it is not this year's $1.36 billion
 * plan. */
void scope_definite_sums(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out);
/* "Seven of the nine members voted for it": the verb after "N of the M X"
 * is the part's; the claims stage may give it to the whole, which is then
 * the size of the set, with no verb of its own. */
void scope_verb_to_part(const fb_claims *c, fb_scope *out);

#endif
