/* align_impl.h - what the files of the align stage share: a group's
 * members and buckets, the aligner, matches and their anchors, and the
 * steps each file provides. Private to src/align/. */
#ifndef FB_ALIGN_IMPL_H
#define FB_ALIGN_IMPL_H

#include <stddef.h>

#include "align.h"
#include "lexicon.h"
#include "scope.h"
#include "util.h"

/* Approximate values ("about 50") may be off by this share either way. */
#define APPROX_TOLERANCE 0.10
/* Pairs compared per group at most: bounds the cost of huge groups. */
#define MAX_COMPARE 256
/* Conflicting pairs listed per group at most. */
#define MAX_PAIRS 32

typedef struct interval {
	int has_lo, has_hi;
	double lo, hi;
	int lo_open, hi_open;
} interval;

/* Which of its quantity's parts a member's description lists. */
enum { DESC_PARTS, DESC_PARTS_OF_CLASS, DESC_NO_PARTS };

/* One claim's voice in one group. Its description ("5 (2 policemen + 2
 * rangers + 1 civilian)") is only written for a pair's reason (describe_member):
 * most voices are never in a pair, and a long article has many. */
typedef struct member {
	size_t claim;
	interval v;
	const char *cls;     /* the class it speaks of */
	unsigned char sub;   /* speaks of a sub-class of the group's subject */
	unsigned char loose; /* that sub-class is often used for the whole */
	unsigned char kind;  /* that sub-class is a kind of the group's noun by
	                        WordNet (data/heads.tsv), not by classes.tsv */
	unsigned char guest; /* a set's size joined from another predicate (1),
	                        a restating sum (2), a definite restatement of
	                        the member with (3) */
	unsigned char backed; /* an earlier member of its group, in another
	                        paragraph, agrees with it (its antecedent) */
	unsigned char parts; /* DESC_*: the parts its description lists: all,
	                        those within cls, or none */
	size_t with;         /* guest 3: the claim it restates (compared with that one only) */
	size_t restates;     /* 1 + a claim of its bucket it misquotes (a definite
	                        restatement with another value), else 0: compared
	                        as its restatement when nothing else matches them */
} member;

typedef struct bucket {
	const char *measure, *subject, *unit;
	char *context;       /* folded "last week", or "" (owned) */
	int kind, func;
	member *m;
	size_t nm, cap;
	int direct;          /* has a member that is not a sub-class voice */
} bucket;

typedef struct head_stat head_stat;

typedef struct aligner {
	const fb_claimer *cl;
	const fb_doc *doc;
	const fb_qlist *ql;
	const fb_attribution *at;
	const fb_claims *c;
	const fb_scope *sc;  /* per claim */
	head_stat *hs;       /* per head noun (heads: noun -> entry line = index + 1) */
	fb_lexicon *heads;
	bucket *b;
	size_t nb, cap;
	fb_lexicon *index;   /* key -> bucket (entry line = index + 1) */
	int *first_part;     /* per claim: the first claim whose part_of it is, or -1 */
	int *next_part;      /* per claim: the next part of the same whole, or -1 */
	size_t *restates;    /* per claim: for a definite "the N" restating an
	                         earlier mention of its value in any group
	                         (align_definite_restatements), that claim + 1 */
	const char **subject; /* per claim: the noun of its own group (after data/heads.tsv) */
	fb_lexicon *said_at; /* WordNet head ("student") -> entry line = index + 1 in said */
	const char **said;   /* the article's first noun for that head ("pupil") */
	size_t nsaid, saidcap;
} aligner;

/* A bucket's place in order of subject, then of index (across_predicates). */
typedef struct {
	const char *subject;
	size_t i;
} by_subject_key;

enum { SC_NO, SC_SAME, SC_PART_X, SC_PART_Y };

/* A match's anchors borrow their values from the scopes (most pairs
 * are dropped after the match); the event's is written when asked for. */
typedef struct match {
	int verdict;          /* SC_*: PART_X, x is a part of y (only x <= y is checked) */
	struct {
		const char *slot, *value; /* value NULL: the event ("E1", "E1/E2") */
	} an[FB_MAX_ANCHORS];
	size_t nan;
	int ex, ey;           /* the events compared */
	int anchored;         /* an anchor beyond event and head */
	int lede_only;        /* anchored by the title or lede alone */
	int apart;            /* SC_NO for a slot that tells the two apart (a
	                         holder, place, agent, item or modifier): two
	                         quantities */
} match;

/* Per head noun, over the whole article: does it count for two or more
 * holders, or in two or more places? Then a mention that names neither is
 * not known to be about the one a named mention is about. */
struct head_stat {
	const char *holder, *place; /* the first seen */
	int many_holders, many_places;
};

/* align_describe.c: values as intervals, members described */

/* The quantity claim k states (its own when it has no quantity of the
 * article's). Inline: the pair loops ask it of every member. */
static inline const fb_quantity *align_quantity_of(const aligner *a, const fb_claim *k)
{
	return k->quantity >= 0 ? &a->ql->q[k->quantity] : fb_claim_own(a->c, k);
}
/* Labels (years, ages, scores), hypotheticals, generic rules and one
 * individual ("one witness") are no quantity to compare. */
int align_comparable(const fb_scope *s);
/* The values q allows: its value or its bounds; an approximate value
 * ("about 50") widened by APPROX_TOLERANCE either way. */
interval align_interval_of(const fb_quantity *q);
/* The interval of x alone. */
interval align_exact(double x);
/* Can no value lie in both? Inline: asked of every pair, and within
 * pairs of their bucket's other members. */
static inline int align_disjoint(const interval *a, const interval *b)
{
	if (a->has_hi && b->has_lo && (a->hi < b->lo || (a->hi == b->lo && (a->hi_open || b->lo_open))))
		return 1;
	if (b->has_hi && a->has_lo && (b->hi < a->lo || (b->hi == a->lo && (b->hi_open || a->lo_open))))
		return 1;
	return 0;
}
/* Writes s[0,n) to o with its runs of white space as one space. */
void align_put_text(fb_buf *o, const char *s, size_t n);
/* The class of an enumeration part's noun. */
const char *align_part_class(const aligner *a, const fb_part *pt);
/* A member's description, as describe() writes it for the parts it
 * speaks for. Caller frees. */
char *align_describe_member(const aligner *a, const member *m);

/* align_group.c: the groups */

/* Puts every comparable claim in the buckets of its measure, class and
 * event (and of the classes above it), a member each. */
void align_collect(aligner *a);
/* A definite "the N X" is the size of a set whatever the verb: its voice
 * joins the groups of the same noun under other predicates ("the 410
 * families who brought the case" against "340 families had argued"). */
void align_across_predicates(aligner *a);
/* A restating sum (a definite sum with no verb of its own) joins the groups of the same unit in which the
 * title or lede gives a sum of the same holder; it is compared with those
 * lede mentions only (align_compare()). */
void align_sum_restatements(aligner *a);
void align_definite_restatements(aligner *a);

/* align_sets.c: counts against another telling of their set */

/* "sickened 168 people ... Of those, 102 are adults and 76 are children":
 * parts that add up to more than the set they split are a conflict, to as
 * many a consistent group. */
void align_split_sums(const aligner *a, fb_alignment *al, size_t *gcap);
/* "a 22-story tower" ... "the building's 24 floors": a definite count of
 * floors against the one height compound before it. */
void align_building_floors(const aligner *a, fb_alignment *al, size_t *gcap);

/* align_scope.c: the scopes of a pair matched */

/* The source index of claim k's attribution, or -1. */
int align_source_of(const aligner *a, const fb_claim *k);
/* The paragraph of claim ci. Inline, as align_quantity_of. */
/* The word after b[*i] past spaces, up to end: its start in *ws, *i
 * moved past it; 0 when none is there (a comma, a digit: the phrase is
 * over). */
static inline int align_next_word(const char *b, size_t *i, size_t end, size_t *ws)
{
	while (*i < end && b[*i] == ' ')
		(*i)++;
	*ws = *i;
	while (*i < end && fb_isalpha((unsigned char)b[*i]))
		(*i)++;
	return *i > *ws;
}

static inline size_t align_para_of(const aligner *a, size_t ci)
{
	return a->doc->sent[a->c->c[ci].sent].para;
}
/* A title's number meets the lede's mention of it (align_group.c). */
void align_title_restatements(aligner *a);
/* A definite count restating, by its value, the one earlier count of
 * another head ("close nine schools" ... "the nine buildings"). */
void align_value_restatements(aligner *a);
/* Could two claims be about the same named things? Not when each clause
 * names something and they name nothing in common. */
int align_same_names(const fb_claim *x, const fb_claim *y);
/* Is count q joined by "and" to another count ("178 passengers and 6
 * crew members")? */
int align_coordinated_count(const aligner *a, const fb_quantity *q);
int align_same_noun(const aligner *a, const fb_claim *x, const fb_claim *y);
/* Do a set's own words restrict it: words after its noun, a relative or
 * a contact clause ("the 12,000 people in shelters", "the two members who
 * voted", "the 214 people our crews pulled out")? */
static inline int align_restricted(const fb_scope *s)
{
	return s->restricted || s->rel_verb || s->relative;
}
/* The value of anchor i, the event's written into buf. */
const char *align_anchor_value(const match *m, size_t i, char *buf, size_t len);
/* Notes value v: the first seen in *first, *many once another differs. */
void align_note(const char **first, int *many, const char *v);
/* Over the article's comparable scopes, per head noun (its slot, from
 * 1, kept in index): its holders and places. Caller frees. */
head_stat *align_head_stats(const aligner *a, fb_lexicon *index);
/* May x and y be compared, and how? Fills the anchors they agree on: the
 * same event and head always; at least one more is needed (a shared
 * holder, place, time or modifier, a definite mention, or the lede). */
void align_scope_match(const aligner *a, const member *x, const member *y, const head_stat *hs,
    int many_times, int many_agents, int money, const char *measure, const char *head, match *m);
/* x and y matched as a definite restatement and what it restates */
void align_restatement_match(const aligner *a, const member *x, const member *y, match *m);
/* Is a scope time an extent ("in 71 games", "over 12 races"), not a
 * calendar time ("Friday", "2019")? */
int align_time_extent(const char *t);
/* Do two word lists (scope modifiers) share a word? */
int align_words_meet(const char *p, const char *q);
/* "same event E1, same head 'people', same holder 'Estes', one definite" */
void align_say_anchors(fb_buf *o, const match *m);

/* align_compare.c: a group's pairs compared */

/* Compares the members of one bucket; adds a group for each set of them
 * that matched pairs link. */
void align_compare(aligner *a, bucket *b, fb_group **gs, size_t *ng, size_t *gcap, fb_status *claim_status);

#endif
