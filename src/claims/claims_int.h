/* claims_int.h - what the parts of the claims stage share (claims.c: the
 * word lists, the word scanner and the build; claims_find.c: a number's
 * subject, measure, clause and context; claims_people.c: people counted
 * without a number; claims_totals.c: a release's derived totals). Not an
 * interface: include claims.h. */
#ifndef FB_CLAIMS_INT_H
#define FB_CLAIMS_INT_H

#include "claims.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Bytes around a number that its clause may span. */
#define CLAUSE_WINDOW 400

/* Where the other-event phrases of the article are, found in one pass
 * over the sentences that hold a quantity (a clause asks only about its
 * own sentence); a clause then asks by bisection. */
typedef struct phrase_spans {
	size_t (*v)[2];
	size_t n, cap;
} phrase_spans;

/* The quantities of each sentence, so that a look-up stays within one
 * sentence instead of scanning the whole article (which made this stage
 * quadratic in the article's length). */
typedef struct qindex {
	size_t *head;        /* per sentence: its first quantity, or QNONE */
	size_t *next;        /* per quantity: the next one of its sentence */
} qindex;

#define QNONE ((size_t)-1)

/* Span of every source mention, sorted, to leave sources out of names. */
typedef struct spans {
	size_t (*v)[2];
	size_t n, cap;
} spans;

/* A sentence's words as claims_next_word finds them from its start: the
 * passes over every word of every sentence share them instead of each
 * scanning the sentence again (claims_sent_words). */
typedef struct sent_words {
	size_t (*w)[2]; /* start, end of each word */
	size_t n, cap;
	size_t sent;    /* the sentence */
	size_t start;   /* its start */
} sent_words;

/* One person named with no number word (claims_find_singles). */
typedef struct single {
	size_t start, end;   /* determiner .. noun */
	size_t noun_start, noun_end;
	size_t sent;
	const char *measure, *cls;
	int definite;        /* "the leader", "him": may restate an earlier one */
	int count;           /* people joined by "and" ("the leader and his deputy"); 0 is one */
	int joined_new;      /* one joined is indefinite ("the leader and an associate"): no restatement */
	int anaphor;         /* "he", "both": people named before, never more of them */
} single;

/* Numeric claims added after the first pass (single people, totals) go to
 * their place in text order, after the claims of the same start; links
 * between claims follow. */
typedef struct claim_ord {
	size_t start, idx;
} claim_ord;

/* claims.c: words */

/* Is [s, s+n) in the word set? */
int claims_in_list(const fb_lexicon *set, const char *s, size_t n);
/* Is [s, s+n) an ordinal word past "first" ("second", "third")? */
int claims_later_ordinal(const fb_claimer *cl, const char *s, size_t n);
/* The longest phrase of lx at s (looking at 96 bytes at most); stores its
 * length in *used. NULL when none. */
const fb_entry *claims_phrase_at(const fb_lexicon *lx, const char *s, size_t n, size_t *used);
/* The next word in buf[pos, end) into [*ws, *we); *punct set when clause
 * punctuation comes before it. Returns 0 when none. */
int claims_next_word(const char *buf, size_t pos, size_t end, size_t *ws, size_t *we, int *punct);
/* Fills sw with the words of sentence si. */
void claims_sent_words(const fb_doc *doc, size_t si, sent_words *sw);
/* The next word at or after pos as claims_next_word(buf, pos, end) finds
 * it: from sw when pos is its sentence's start or the end of one of its
 * words, else scanned. *k: where to look on in sw (0 at first). */
int claims_word_from(const char *buf, const sent_words *sw, size_t *k, size_t pos, size_t end, size_t *ws, size_t *we);
/* The word ending before pos, no farther back than lo; as claims_next_word. */
int claims_prev_word(const char *buf, size_t lo, size_t pos, size_t *ws, size_t *we, int *punct);
/* A noun's lemma in lower case ("cities" -> "city"), interned in c. */
const char *claims_lemma(const fb_claimer *cl, fb_claims *c, const char *s, size_t n);

/* claims_find.c: a number's subject, measure, clause and context */

/* Is the word a past participle that can be a predicate ("leaked")? */
int claims_is_participle(const fb_claimer *cl, const char *w, size_t n);
/* Is the word right before q a verb in -ing ("by delaying two")? */
int claims_gerund_before(const fb_doc *doc, const fb_quantity *q);
/* Is quantity qi the whole of a partitive count right before it: the 612
 * in "148 of the 612 patients", "25 of Cordell's 58 delegates"? */
int claims_partitive_whole(const fb_doc *doc, const fb_qlist *ql, size_t qi);
/* The counted noun's class after q; fills k->noun_* and k->mod_*. NULL
 * when none (k may be NULL for an enumeration). */
const char *claims_find_subject(const fb_claimer *cl, fb_claims *c, const fb_doc *doc,
    const fb_quantity *q, fb_claim *k);
/* The predicate of quantity qi, with its default subject and implied
 * measure; NULL when none. */
const char *claims_find_measure(const fb_claimer *cl, fb_claims *c, const fb_doc *doc, const fb_qlist *ql,
    size_t qi, const fb_claim *k, const char **def, const char **implies);
/* The opening clause [*os, *oe) after a dateline that starts sentence
 * sent ("KABUL, Afghanistan (May 2) - Since May,"), ending before limit. */
int claims_dateline_clause(const fb_doc *doc, size_t sent, size_t limit, size_t *os, size_t *oe);
/* The clause [*cs, *ce) of sentence sent around [qs, qe), and the end of
 * the sentence's opening clause (its start when none). */
void claims_clause_of(const fb_doc *doc, size_t sent, size_t qs, size_t qe,
    size_t *cs, size_t *ce, size_t *intro_end);
/* A numeric claim's span: q's clause (its sentence when attributed), cut
 * to a window around q. */
void claims_claim_span(const fb_doc *doc, const fb_qlist *ql, const fb_quantity *q, int attributed, size_t *start,
    size_t *end);
/* Index of the first quantity starting at or after off. */
size_t claims_first_q_from(const fb_qlist *ql, size_t off);
/* Adds the other-event phrases of a sentence that holds a quantity, its
 * words sw, to ps (caller frees ps->v). */
void claims_other_event_spans(const fb_claimer *cl, const fb_doc *doc, const sent_words *sw, phrase_spans *ps);
/* Does an other-event phrase stand in quantity qi's clause or opening
 * clause? Stores its span. */
int claims_find_context(const fb_claimer *cl, const phrase_spans *ps, const fb_doc *doc, const fb_qlist *ql, size_t qi,
    size_t *cs, size_t *ce);
/* Is q an addition ("200 more", "another 5")? */
int claims_is_increment(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k);
/* The first year 1800-2100 written in a date quantity, or -1. */
int claims_year_in(const fb_doc *doc, const fb_quantity *q);
/* A year other than own_year in quantity qi's clause; stores its span. */
int claims_other_year(const fb_doc *doc, const fb_qlist *ql, size_t qi, int own_year, int own_month,
    size_t *cs, size_t *ce);
/* The month a date names (1 to 12), or 0. */
int claims_month_in(const fb_doc *doc, const fb_quantity *q);
/* Builds the per-sentence quantity index; free with claims_qindex_free. */
void claims_qindex_build(qindex *x, const fb_doc *doc, const fb_qlist *ql);
void claims_qindex_free(qindex *x);
/* A place named in q's clause ("in Varnesk"); stores its span. */
int claims_find_place(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx, const fb_quantity *q,
    size_t *cs, size_t *ce);
/* The sorted spans of the source mentions of at. Caller frees .v. */
spans claims_cue_spans(const fb_attribution *at);
/* Adds the words written with a capital inside a sentence, its words sw,
 * to the article's names lx. */
void claims_proper_names(const fb_claimer *cl, const fb_doc *doc, const sent_words *sw, fb_lexicon *lx);
/* Hashes the proper names of quantity qi's clause into k->names. */
void claims_clause_names(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t qi, const spans *ms,
    const fb_lexicon *names, fb_claim *k);

/* claims_people.c: people counted with no number */

/* Is m one of the measures listed in measures.tsv? */
int claims_listed_measure(const fb_claimer *cl, const char *m);
/* The listed measure of the entry e of measures.tsv, with its default
 * subject and implied measure. */
const char *claims_measure_of(const fb_entry *e, const char **def, const char **implies);
/* Is the word an auxiliary or adverb before a passive ("were", "also")? */
int claims_aux_word(const char *w, size_t n);
/* A listed measure after q's noun behind an auxiliary ("had been killed"). */
const char *claims_measure_after_aux(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k, const char **def, const char **implies);
/* Is [s, s+n) "his", "her", "its" or "their"? */
int claims_possessive_word(const char *s, size_t n);
/* The predicate of a phrase joined to q's by "and" / "along with". */
const char *claims_measure_over_conjunct(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k, const char **def, const char **implies);
/* Is the class one of people (victims, suspects, attackers)? */
int claims_people_class(const fb_claimer *cl, const char *cls);
/* Does quantity q count bodies ("12 bodies", "four dead
 * bodies") or the people "the bodies of" names? (data/remains.txt) */
int claims_counts_remains(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q);
/* Is a claim's subject (a class or a noun's lemma) people? */
int claims_counts_people(const fb_claimer *cl, const char *subject);
/* The measure of people a verb of data/people-verbs.tsv names: the
 * measure m of quantity q, or with none, the word right before q. NULL
 * when it is no such verb. */
const char *claims_people_verb(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const char *m);
/* Adds the single people named with no number in the sentence of words
 * sw to v (n of cap), in text order. */
void claims_find_singles(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const sent_words *sw, single **v,
    size_t *n, size_t *cap);
/* Keeps a claim's own quantity; returns what fb_claim.own holds. (The
 * analyser, starting from a caller that is no longer static, assumes
 * c->own NULL with room left: FB_PUSH keeps own and owncap together.) */
static inline size_t claims_own_add(fb_claims *c, const fb_quantity *q)
{
	*FB_PUSH(c->own, c->nown, c->owncap) = *q; // NOLINT(clang-analyzer-core.NullDereference)
	return c->nown;
}
/* Adds a claim of one for each single person that restates no count. */
void claims_add_singles(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc,
    const fb_qlist *ql, const fb_attribution *at, const single *sv, size_t ns);
/* The quantity a numeric claim states, or NULL. */
const fb_quantity *claims_claim_q(const fb_claims *c, const fb_qlist *ql, const fb_claim *k);
/* Is q about an earlier attack laid at someone's door? Stores the span. */
int claims_past_deed(const fb_doc *doc, const fb_quantity *q, size_t *cs, size_t *ce);
/* "the two attacks have killed 23", "both blasts wounded 64": a total of
 * several things' deeds, an event of its own. Stores the subject's span. */
int claims_several_doers(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t qi, size_t *cs,
    size_t *ce);

/* claims_totals.c: a release's totals */

/* Is m a measure of people ("killed", "arrested")? */
int claims_people_measure(const fb_claimer *cl, const char *m);
/* qsort order of claim_ord: by start, then by index. */
int claims_cmp_claim_ord(const void *a, const void *b);
/* Adds the derived total of each measure of people counted over a release. */
void claims_add_totals(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const single *sv, size_t ns);

#endif
