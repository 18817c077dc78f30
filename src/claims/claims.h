/* claims.h - the claims stage: turns quantities and attributed stretches
 * into claims, each with its clause, measure (what happened) and subject
 * (what is counted). Word lists: data/measures.tsv, data/classes.tsv. */
#ifndef FB_CLAIMS_H
#define FB_CLAIMS_H

#include "fb.h"
#include "lexicon.h"
#include "numbers.h"

typedef struct fb_claimer {
	fb_lexicon *measures; /* phrase -> measure ("lost their lives" -> killed) */
	fb_lexicon *classes;  /* noun -> class, parent ("policemen" -> policemen, security forces) */
	fb_lexicon *summary;     /* "in all": a release's stated total (data/summary.txt) */
	fb_lexicon *other_event; /* "last week": a number about another event */
	fb_lexicon *increments;  /* "more", "others": an addition, not a total */
	fb_lexicon *place_nouns; /* "province": "in the northern province" is a place */
	fb_lexicon *parents;     /* class -> parent class, flags (built at load) */
	/* the grammar's closed word classes, hashed at load (claims.c) */
	fb_lexicon *clause_stops, *not_nouns, *not_predicates, *measure_skips, *aside_openers;
	fb_lexicon *link_verbs;  /* "rose", "stood": a measure's level follows (data) */
	struct fb_scoper *scoper; /* the scope model's word lists (scope.c) */
	fb_lexicon *heads;       /* person noun -> head, same | kind (data/heads.tsv, WordNet) */
	fb_lexicon *number_words; /* word -> class, value (data/numbers/words.tsv): ordinals */
	fb_lexicon *persons;     /* nouns of people: singular|plural, person|body (data/attribution/people.txt) */
	fb_lexicon *remains;     /* "bodies": a count of the killed (data/remains.txt) */
	fb_lexicon *intransitive; /* "died": its subject is the one it counts (data/intransitive.txt) */
	fb_lexicon *people_verbs; /* "neutralized" -> killed, when it counts people (data/people-verbs.tsv) */
	fb_lexicon *verb_pasts;   /* verb -> its irregular pasts ("win" -> "won"; data/verb-pasts.tsv, WordNet) */
	fb_lexicon *role_nouns;   /* noun -> the measure done to its people ("survivors" -> rescued; data/role-nouns.tsv) */
	fb_lexicon *past_forms;   /* each of those pasts ("won", "spoke"; built at load) */
	fb_lexicon *plurals;     /* plural -> singular where the lemma's rules go wrong (data/nouns-plural.tsv) */
	const char **measure_names; /* the measures of measures.tsv, sorted, each once (built at load) */
	size_t nmeasure_names;
} fb_claimer;

fb_claimer *fb_claimer_new(char *err, size_t errlen);
void fb_claimer_free(fb_claimer *cl);

/* Builds the claims of doc. Caller frees with fb_claims_free. */
fb_claims *fb_extract_claims(const fb_claimer *cl, const fb_doc *doc,
    const fb_qlist *ql, const fb_attribution *at);
void fb_claims_free(fb_claims *c);

/* The class a noun phrase names ("security force members" -> "security
 * forces"), or NULL. */
const char *fb_class_of(const fb_claimer *cl, const char *s, size_t n);
/* The class named by the first listed phrase in s[0,n) ("dock workers"
 * -> workers), or NULL. */
const char *fb_class_in(const fb_claimer *cl, const char *s, size_t n);
/* The parent class of a class, or NULL at the top ("people"). */
const char *fb_class_parent(const fb_claimer *cl, const char *cls);
/* Is cls the class ancestor, or below it? */
int fb_class_within(const fb_claimer *cl, const char *cls, const char *ancestor);
/* Does the subject cls name people: a class within "people", or a person
 * noun of WordNet (data/attribution/people.txt: "survivors")? */
int fb_names_people(const fb_claimer *cl, const char *cls);
/* Is cls often used loosely for its parent ("militants" for attackers)? */
int fb_class_is_loose(const fb_claimer *cl, const char *cls);
/* Is s[0,n) a verb's past, in lower case, as a predicate may be: "voted"
 * (not a listed non-predicate such as "hundred"), "spoke", "fled"? */
int fb_is_past_verb(const fb_claimer *cl, const char *s, size_t n);
/* The measure a noun of people names ("survivors" -> "rescued",
 * data/role-nouns.tsv), or NULL. */
const char *fb_role_measure(const fb_claimer *cl, const char *noun);

#endif
