/* fb.h - the model that flows through the factbrief pipeline.
 * Each stage fills one part of it; every span is [start, end) in bytes of
 * the one input buffer (fb_doc.buf), never a copy of the text. */
#ifndef FB_H
#define FB_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* ---------------------------------------------------------------- segment */

typedef struct fb_para {
	size_t start, end;        /* trimmed text of the paragraph */
	size_t first_sent, nsent; /* its sentences in fb_doc.sent */
	int boilerplate;          /* site furniture: yields no claims */
} fb_para;

typedef struct fb_sent {
	size_t start, end; /* trimmed text of the sentence */
	size_t para;       /* index into fb_doc.para */
} fb_sent;

/* One of several reports compared as one event (factbrief --compare). */
typedef struct fb_report {
	char *path;          /* as given (owned) */
	size_t start, end;   /* its bytes in the joined fb_doc.buf */
	char *orig;          /* the file's bytes as read, headers included (owned) */
	size_t origlen;
	char *outlet;        /* "Source:"/"Outlet:" header, else NULL (owned) */
	char *published;     /* "Date:" header, else NULL (owned) */
} fb_report;

typedef struct fb_doc {
	char *path;          /* as given on the command line; "-" for stdin */
	char *buf;           /* input bytes as read, NUL-terminated (owned) */
	size_t len;          /* bytes in buf, not counting the NUL */
	fb_para *para;       /* paragraphs in order */
	size_t npara;
	fb_sent *sent;       /* sentences in order, across paragraphs */
	size_t nsent;
	fb_report *rep;      /* the reports joined into buf (--compare), in
	                        order; NULL for one article */
	size_t nrep;
} fb_doc;

/* ---------------------------------------------------------------- numbers */

typedef enum fb_qkind {
	FB_QK_COUNT,
	FB_QK_ORDINAL,
	FB_QK_DURATION,
	FB_QK_DATE,
	FB_QK_TIME,
	FB_QK_PERCENT,
	FB_QK_MONEY,
	FB_QK_MEASURE,
	FB_QK__MAX
} fb_qkind;

extern const char *const fb_qkind_names[FB_QK__MAX];

#define FB_MAX_PARTS 8

typedef struct fb_part {
	double value;
	size_t start, end;   /* the whole part, e.g. "two rangers" */
	size_t what_start, what_end; /* its noun, e.g. "rangers" */
} fb_part;

/* Parts live apart from their quantities (most have none), in blocks that
 * never move: a quantity copied keeps pointing at its list's parts. */
#define FB_PART_BLOCK 64
typedef struct fb_part_block {
	struct fb_part_block *next;
	size_t n;
	fb_part p[FB_PART_BLOCK];
} fb_part_block;

typedef struct fb_quantity {
	size_t start, end;   /* surface, e.g. "At least four" */
	size_t sent;         /* index into fb_doc.sent (set by the caller) */
	double value;
	double min, max;
	const char *unit;    /* static or lexicon-owned: "percent", "USD", "hour",
	                        "storey"; NULL for a bare count */
	size_t noun_start, noun_end; /* the noun counted ("people"); 0,0 if none */
	const fb_part *parts; /* an enumeration's parts, NULL when none: kept in
	                         its list's fb_part_block chain, shared by copies */
	/* small members last, in bytes, so that a long article's many
	 * quantities take less room (all 0 or 1 but kind and nparts) */
	unsigned char nparts; /* a few: at most 16 (a derived total) */
	unsigned char kind;  /* fb_qkind */
	unsigned char has_value;     /* value is exact and known */
	unsigned char has_min, has_max; /* 0: that bound is open-ended (null) */
	unsigned char min_open, max_open; /* the bound itself is excluded */
	unsigned char approx; /* "about", "nearly", "some" */
	unsigned char near;   /* "nearly 50", "almost three dozen": max is the number stated */
	unsigned char vague;  /* "several", "dozens", "hours-long" */
} fb_quantity;

/* ------------------------------------------------------------ attribution */

typedef enum fb_skind {
	FB_SK_PERSON,
	FB_SK_ORGANIZATION,
	FB_SK_ANONYMOUS,
	FB_SK_OUTLET,
	FB_SK_DOCUMENT,
	FB_SK_GROUP,         /* a poll's population: "63 percent", "most voters" */
	FB_SK__MAX
} fb_skind;

extern const char *const fb_skind_names[FB_SK__MAX];

/* Source flags. */
#define FB_SF_ROLES_DIFFER   0x1u
#define FB_SF_ALIASES_MERGED 0x2u
#define FB_SF_AMBIGUOUS      0x4u

typedef struct fb_mention {
	size_t para;         /* index into fb_doc.para */
	size_t start, end;
} fb_mention;

typedef struct fb_source {
	char *name;          /* fullest form seen (owned) */
	fb_skind kind;
	char **aliases;      /* every other form resolved to it (owned) */
	size_t naliases;
	char **roles;        /* appositions and titles (owned) */
	size_t nroles;
	unsigned flags;      /* FB_SF_* */
	fb_mention *mentions;
	size_t nmentions;
	int plural;          /* "officials": a plural source */
	size_t last;         /* byte offset of its latest mention so far */
	unsigned titled;     /* bit i: roles[i] is a title before the name */
	char gender;         /* 'm' or 'f' when a title or "he"/"she" told it, else 0 */
} fb_source;

/* Claim flags, shared by attribution and claims. */
#define FB_CF_UNATTRIBUTED 0x01u
#define FB_CF_ANONYMOUS    0x02u
#define FB_CF_AMBIGUOUS    0x04u
#define FB_CF_HEDGED       0x08u
#define FB_CF_QUOTED       0x10u
#define FB_CF_DERIVED      0x20u
#define FB_CF_VAGUE        0x40u
#define FB_CF_NEGATED      0x80u /* "did not say", "denied": the cue denies it */
#define FB_CF__COUNT       8

extern const char *const fb_cflag_names[FB_CF__COUNT];

#define FB_MAX_SRC 4

/* What an attribution cue's word makes of its content (record: cue.kind). */
typedef enum fb_cue_kind {
	FB_CK_SPEECH, FB_CK_BELIEF, FB_CK_INTENTION, FB_CK_STANCE, FB_CK_DOCUMENT, FB_CK__MAX
} fb_cue_kind;

extern const char *const fb_cue_kind_names[FB_CK__MAX];

/* Who says a stretch of text: one per attributed clause or quotation. */
typedef struct fb_attrib {
	size_t sent;         /* index into fb_doc.sent */
	size_t start, end;   /* the content attributed (clause, quote or sentence) */
	size_t cue_start, cue_end; /* "according to officials", "he said" */
	int source;          /* index into the registry, -1 when none */
	int sources[FB_MAX_SRC]; /* every source the sentence names */
	int candidates[FB_MAX_SRC]; /* ambiguous mention: nearest first */
	int via;             /* outlet index, -1 when none */
	unsigned flags;      /* FB_CF_* */
	int actor;           /* who acts in an unattributed sentence ("X claimed
	                        responsibility"): registry index, -1 when none */
	int quote;           /* the quotation the content lies in, -1 when none */
	/* small members last, in bytes: one per attributed stretch */
	unsigned char cue_kind; /* fb_cue_kind */
	unsigned char nsources, ncandidates; /* at most FB_MAX_SRC */
} fb_attrib;

typedef struct fb_attribution {
	fb_source *src;      /* the registry, ids S1.. in this order */
	size_t nsrc;
	fb_attrib *attr;     /* attributed stretches, in text order */
	size_t nattr;
	unsigned *sent_flags; /* per sentence: FB_CF_HEDGED, FB_CF_QUOTED, ... */
} fb_attribution;

/* ----------------------------------------------------------------- claims */

typedef enum fb_ctype { FB_CT_NUMERIC, FB_CT_ATTRIBUTION, FB_CT__MAX } fb_ctype;

typedef struct fb_claim {
	size_t sent;         /* index into fb_doc.sent */
	size_t start, end;   /* clause or sentence */
	int attr;            /* index into fb_attribution.attr, -1 when none */
	int quantity;        /* index into fb_claims.q, -1 for attribution */
	const char *measure; /* normalised predicate ("killed"), NULL if none */
	const char *subject; /* normalised class ("people"), NULL if none */
	unsigned flags;      /* FB_CF_* beyond those of attr */
	int derived_from;    /* for derived claims: the claim they come from */
	size_t own;          /* a derived or split claim's own quantity (its
	                        quantity -1): 1 + its index into fb_claims.own,
	                        0 when none; fb_claim_own() reads it */
	int antecedent;      /* the claim whose noun this one counts, or -1 */
	int event;           /* index into fb_claims.ev: 0 is the article's own
	                        event; another for "last year's fire" */
	size_t context_start, context_end; /* "in 1991", "last week": another
	                        event than the article's own; 0,0 when none */
	size_t mod_start, mod_end; /* modifiers of the counted noun, 0,0 if none */
	size_t noun_start, noun_end; /* the counted noun found, 0,0 if none */
	uint32_t names[6];   /* hashes of the proper names in its clause (not
	                        its sources'): whose votes, which company */
	/* small members last, in bytes, so that a long article's many claims
	 * take less room */
	unsigned char type;  /* fb_ctype */
	unsigned char nnames; /* names used, at most 6 */
	unsigned char increment; /* "200 more", "another 5": an addition, not a total */
	unsigned char other_event; /* its context names another event (while extracting) */
} fb_claim;

/* An event the article reports or mentions: E1 is its own; the others are
 * named by the context that set them apart ("last year", "in 1991"). */
typedef struct fb_event {
	size_t start, end;   /* the label's span; 0,0 for the main event */
	int main;            /* the article's own event */
} fb_event;

typedef struct fb_claims {
	fb_quantity *q;      /* every quantity found, in text order */
	size_t nq;
	fb_claim *c;         /* claims in text order, ids C1.. */
	size_t nc;
	char **str;          /* interned subject names (owned) */
	size_t nstr, strcap;
	fb_quantity *own;    /* derived and split claims' own quantities (few:
	                        kept apart so that every claim stays small) */
	size_t nown, owncap;
	fb_part_block *parts; /* derived claims' parts */
	fb_event *ev;        /* events, ids E1.. in this order; ev[0] is the main one */
	size_t nev;
} fb_claims;

/* A claim's own quantity (derived totals, split parts), NULL when it has
 * none and states ql->q[k->quantity] instead. */
static inline const fb_quantity *fb_claim_own(const fb_claims *c, const fb_claim *k)
{
	return k->own ? &c->own[k->own - 1] : NULL;
}

/* ------------------------------------------------------------------ scope */

/* What a number does (spec "Additions": quantity.function). */
typedef enum fb_qfunc {
	FB_QF_COUNT,     /* how many, how much */
	FB_QF_LABEL,     /* a year, an age, a score "5-4", "a 5-storey building" */
	FB_QF_RATIO,     /* "two-thirds", "6 in 10", "five times", a percentage */
	FB_QF_MARGIN,    /* "leads by 8 points", "a 26-delegate lead" */
	FB_QF_RATE,      /* "$100 a month", "two at each site" */
	FB_QF_THRESHOLD, /* "needs 2,026 delegates", "limits gifts to $3,300" */
	FB_QF__MAX
} fb_qfunc;

extern const char *const fb_qfunc_names[FB_QF__MAX];

typedef enum fb_det { FB_DET_BARE, FB_DET_DEFINITE, FB_DET_INDEFINITE, FB_DET_PARTITIVE,
	FB_DET_UNIVERSAL, FB_DET__MAX } fb_det;
typedef enum fb_role { FB_RO_TOTAL, FB_RO_PART, FB_RO_THRESHOLD, FB_RO_MARGIN, FB_RO_AVERAGE,
	FB_RO__MAX } fb_role;
typedef enum fb_mode { FB_MO_ASSERTED, FB_MO_HYPOTHETICAL, FB_MO_GENERIC, FB_MO__MAX } fb_mode;

extern const char *const fb_det_names[FB_DET__MAX];
extern const char *const fb_role_names[FB_RO__MAX];
extern const char *const fb_mode_names[FB_MO__MAX];

/* A numeric claim's scope (spec "Additions": scope). Strings are owned,
 * NULL when the text does not fill the slot; the event is the claim's. */
typedef struct fb_scope {
	char *head;          /* the counted noun or class ("delegates") */
	char *modifiers;     /* restrictive modifiers, folded ("likely") */
	char *holder;        /* whose quantity: the clause's first name ("Estes") */
	char *place;         /* "in Ohio": "Ohio" */
	char *time;          /* "March", "2018", "last month", a live blog's "9:20 p.m." */
	const char *measure; /* a measure read here: a size ("employs 19,400"), a
	                        relative or partitive clause's, or NULL */
	char *predicate;     /* an unlisted verb read here ("3,100 of them ride",
	                        "the pupils who ride"), or NULL (owned); measure
	                        points to it after "of them" */
	char *rel_verb;      /* a relative clause after the noun from its verb on,
	                        listed or not, up to six words ("voted for a
	                        smaller increase" in "the two members who voted
	                        for a smaller increase"), or NULL (owned): a set
	                        restricted by its own clause is one with another
	                        mention only when their verbs and words agree */
	char *agent;         /* who did the predicate when not a name: "retailers
	                        shed 14,000 jobs" (owned), or NULL */
	int item;            /* a multi-item page's item (1, 2, ...), 0 when none */
	int part_of;         /* "N of the M", "N of them": the claim holding M, or -1 */
	/* the small members last, a byte each, so that a long article's many
	 * scopes take less room */
	unsigned char set;        /* filled (numeric claims only) */
	unsigned char function;   /* fb_qfunc */
	unsigned char determiner; /* fb_det */
	unsigned char role;       /* fb_role */
	unsigned char mode;       /* fb_mode */
	unsigned char lede;       /* in the title or lede (first two paragraphs not boilerplate) */
	unsigned char headline;   /* its paragraph is in headline case: capitals name nothing */
	unsigned char set_size;   /* "the 410 families": a set's size, whatever the verb */
	unsigned char individual; /* "one witness", "a single donor": one, not a count */
	unsigned char relative;   /* that verb is a relative clause's: it restricts the set */
	unsigned char cumulative; /* "the fighting has killed 18,000", "18,000 have
	                        died": a running total over the whole time, of
	                        which a timed count ("34 were killed in
	                        October") is a part */
	unsigned char framed;     /* "61,480 votes were the most ... since 2009": a
	                        superlative's frame after the number, whose time
	                        made another event; the count is the main event's */
	unsigned char restricted; /* a definite restricted after its noun ("the seven
	                        seats on the ballot", "the 4,000 people under
	                        evacuation orders"): a set of its own unless an
	                        earlier mention agrees */
	unsigned char entry : 1;    /* in a live blog entry (time: its own, else the stamp) */
	unsigned char title : 1;    /* in the title (fb_doc_is_title) */
	unsigned char own_head : 1; /* head read here: the claim's subject was not the
	                        noun phrase right after the number */
	unsigned char risen : 1;    /* "the toll had risen to 31": a level reached by a
	                        rise, later than a lower figure said before it */
	unsigned char harm : 1;     /* its measure is done to those counted ("killed",
	                        "rescued": data/scope.tsv kind harm): a part of
	                        the people there, not their whole set */
	unsigned char place_opens : 1; /* its place phrase opens the clause ("In the
	                        capital, Labor won 19 of the 24 seats"): that
	                        place's count only */
	unsigned char remainder : 1; /* "the 1,165 that remain", "the remaining 1,165":
	                        what is left of a set, a part of a whole's size
	                        only */
	unsigned char whole : 1; /* the M of "N of the M": a set some part is of */
	unsigned char one_day : 1; /* "Saturday's 112 arrests": one day's count, a
	                        part of a count with no time of its own */
	unsigned char separate : 1; /* "it had separately received 23 reports": a set
	                        of its own, said to be apart from the others */
	unsigned char pron : 2;   /* 1 "he", 2 "she": "the 1,520 delegates she has won",
	                        whose holder the scope stage could not name (align
	                        names it from the sources, fb_source.gender) */
	unsigned char acts : 1;   /* "Three hospitals have simply disappeared": a bare
	                        count opening its clause, then a verb of its own
	                        (not "were", "are"): what some of a set did */
	unsigned char owner_set : 1; /* "Merrow's 4,850 union nurses", "the carrier's
	                        163 cancellations": a possessor's set, of which
	                        a bare count with no holder is some */
	unsigned char superseded; /* 1: "early reports put the toll at 7": a figure since
	                        replaced, of another time than the current one;
	                        2: "120,000 ballots still to be counted": what
	                        remains (compared only with the same);
	                        3: "larger than this year's $1.2 billion plan":
	                        a comparison's baseline, another time */
} fb_scope;

/* ------------------------------------------------------------------ align */

typedef enum fb_status {
	FB_ST_SINGLE,
	FB_ST_CONSISTENT,
	FB_ST_REVIEW,
	FB_ST_CONFLICT,
	FB_ST_UNVERIFIABLE,
	FB_ST__MAX
} fb_status;

extern const char *const fb_status_names[FB_ST__MAX];

/* A scope slot two paired claims were matched on. */
typedef struct fb_anchor {
	const char *slot;    /* "event", "head", "holder", "determiner", ... (static) */
	char *value;         /* owned */
} fb_anchor;

#define FB_MAX_ANCHORS 8

typedef struct fb_pair {
	size_t a, b;         /* claim indices */
	int review;          /* 1: depends on an interpretation */
	char *reason;        /* owned */
	fb_anchor anchors[FB_MAX_ANCHORS]; /* why the two were compared */
	size_t nanchors;
} fb_pair;

typedef struct fb_group {
	const char *measure, *subject;
	size_t *claims;      /* claim indices (owned) */
	size_t nclaims;
	fb_status status;
	fb_pair *pairs;
	size_t npairs;
	size_t independent;  /* distinct sources that agree */
	char *summary;       /* owned */
} fb_group;

typedef struct fb_alignment {
	fb_group *g;
	size_t ng;
	int *claim_group;    /* per claim: group index or -1 */
	fb_status *claim_status; /* per claim */
	fb_scope *scope;     /* per claim (owned; see scope.h) */
	size_t nscope;
} fb_alignment;

#endif
