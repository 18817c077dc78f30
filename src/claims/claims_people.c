/* claims_people.c - people counted without a number: predicates found
 * over an auxiliary or a conjunction, single people named ("killed an
 * insurgent", "a facilitator was arrested", "Abdul Karim, a commander,
 * was killed"), "both" and "all of them", and their claims. */
#include "claims_int.h"

#include "attribution.h"

/* ---------------------------------------------------------- people counted */

/* Is the measure name m one of the listed measures (not a lemma found in
 * the text)? */
int claims_listed_measure(const fb_claimer *cl, const char *m)
{
	size_t lo = 0, hi = cl->nmeasure_names;
	while (m && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = strcmp(cl->measure_names[mid], m);
		if (d == 0)
			return 1;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* The listed measure of the entry e, with its default subject and implied
 * measure. */
const char *claims_measure_of(const fb_entry *e, const char **def, const char **implies)
{
	*def = e->nfield > 1 && e->field[1][0] ? e->field[1] : NULL;
	*implies = e->nfield > 2 ? e->field[2] : NULL;
	return e->field[0];
}

/* Auxiliaries and adverbs between a subject and its passive predicate:
 * "were also detained", "had been killed", "was later confirmed killed". */
int claims_aux_word(const char *w, size_t n)
{
	static const char *const aux[] = {
		"were", "was", "had", "have", "has", "been", "be", "also", "reportedly", "later",
		"subsequently", "then", "all", "both", "confirmed", "successfully", "eventually", NULL,
	};
	for (size_t i = 0; aux[i]; i++)
		if (fb_word_eq(w, n, aux[i]))
			return 1;
	return 0;
}

/* The clause's own event predicate when the word before the number was
 * a verb of saying or finding ("confirmed several insurgents had been
 * killed"): a listed measure after the counted noun behind an auxiliary. */
const char *claims_measure_after_aux(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k, const char **def, const char **implies)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t pos = k->noun_end > q->end ? k->noun_end : q->end, ws, we, used;
	int punct, aux = 0;
	for (int words = 0; words < 5 && claims_next_word(b, pos, st->end, &ws, &we, &punct) && !punct; words++) {
		const fb_entry *e = aux ? claims_phrase_at(cl->measures, b + ws, st->end - ws, &used) : NULL;
		if (e && e->nfield)
			return claims_measure_of(e, def, implies);
		if (!claims_aux_word(b + ws, we - ws))
			return NULL;
		aux |= !fb_word_eq(b + ws, we - ws, "all") && !fb_word_eq(b + ws, we - ws, "both");
		pos = we;
	}
	return NULL;
}

int claims_possessive_word(const char *s, size_t n)
{
	return fb_word_eq(s, n, "his") || fb_word_eq(s, n, "her") || fb_word_eq(s, n, "its") || fb_word_eq(s, n, "their");
}

/* Is the word at [ws, we) a conjunction that joins counted people ("and",
 * "along with", "as well as", "plus")? Stores where the joined phrase
 * ends (after "with" / the second "as"). */
static int conj_at(const char *b, size_t ws, size_t we, size_t end, size_t *after)
{
	size_t ws2, we2, ws3, we3;
	int p;
	if (fb_word_eq(b + ws, we - ws, "and") || fb_word_eq(b + ws, we - ws, "plus")) {
		*after = we;
		return 1;
	}
	if (fb_word_eq(b + ws, we - ws, "along") && claims_next_word(b, we, end, &ws2, &we2, &p) && !p &&
	    fb_word_eq(b + ws2, we2 - ws2, "with")) {
		*after = we2;
		return 1;
	}
	if (fb_word_eq(b + ws, we - ws, "as") && claims_next_word(b, we, end, &ws2, &we2, &p) && !p &&
	    fb_word_eq(b + ws2, we2 - ws2, "well") && claims_next_word(b, we2, end, &ws3, &we3, &p) && !p &&
	    fb_word_eq(b + ws3, we3 - ws3, "as")) {
		*after = we3;
		return 1;
	}
	return 0;
}

/* The predicate of a counted phrase joined to another by "and" / "along
 * with": "captured a leader and several associates" (the measure before
 * the first part), "two facilitators and two other militants were
 * captured" (after the last part). NULL when there is none. */
const char *claims_measure_over_conjunct(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k, const char **def, const char **implies)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, used, after;
	int punct;
	/* before: the conjunction right before the number, then the first
	 * part, then its predicate */
	size_t pos = q->start;
	int joined = 0;
	for (int back = 0; back < 10; back++) {
		if (!claims_prev_word(b, st->start, pos, &ws, &we, &punct))
			break;
		if (punct && !joined)
			break;
		/* "a leader and his two bodyguards": past the possessive */
		if (!joined && back == 0 && claims_possessive_word(b + ws, we - ws)) {
			pos = ws;
			continue;
		}
		if (!joined) {
			size_t ws0 = ws, we0 = we;
			if (fb_word_eq(b + ws, we - ws, "with") || (fb_word_eq(b + ws, we - ws, "as") && back == 0)) {
				size_t a2, b2;
				int p2;
				/* step back to "along" / "as well" */
				while (claims_prev_word(b, st->start, ws0, &a2, &b2, &p2) && !p2 &&
				       (fb_word_eq(b + a2, b2 - a2, "along") || fb_word_eq(b + a2, b2 - a2, "well") ||
				        fb_word_eq(b + a2, b2 - a2, "as")))
					ws0 = a2, we0 = b2;
			}
			if (!conj_at(b, ws0, we0, st->end, &after) || after > q->start)
				break;
			joined = 1;
			pos = ws0;
			continue;
		}
		if (claims_in_list(cl->clause_stops, b + ws, we - ws))
			break;
		const fb_entry *e = claims_phrase_at(cl->measures, b + ws, st->end - ws, &used);
		if (e && e->nfield && ws + used <= pos)
			return claims_measure_of(e, def, implies);
		pos = ws;
	}
	/* after: "... and two others were detained" */
	if (k->noun_end <= q->start)
		return NULL;
	pos = k->noun_end;
	if (!claims_next_word(b, pos, st->end, &ws, &we, &punct) || punct || !conj_at(b, ws, we, st->end, &after))
		return NULL;
	pos = after;
	int aux = 0;
	for (int words = 0; words < 10 && claims_next_word(b, pos, st->end, &ws, &we, &punct) && !punct; words++) {
		if (claims_in_list(cl->clause_stops, b + ws, we - ws))
			break;
		const fb_entry *e = aux ? claims_phrase_at(cl->measures, b + ws, st->end - ws, &used) : NULL;
		if (e && e->nfield)
			return claims_measure_of(e, def, implies);
		if (claims_aux_word(b + ws, we - ws))
			aux = 1;
		else if (aux)
			break;
		pos = we;
	}
	return NULL;
}

/* Is the class one of people (victims, suspects, attackers)? */
int claims_people_class(const fb_claimer *cl, const char *cls)
{
	return cls && (fb_class_within(cl, cls, "people") || fb_class_within(cl, cls, "attackers"));
}

int fb_names_people(const fb_claimer *cl, const char *cls)
{
	if (fb_class_within(cl, cls, "people"))
		return 1;
	const fb_entry *e = fb_lexicon_get(cl->persons, cls, strlen(cls));
	return e && e->nfield >= 2 && strcmp(e->field[1], "person") == 0;
}

/* Is the verb m, found after the count q in its sentence, active: the
 * count its subject ("The 241 victims lost $170,000 each"), not its
 * object ("28 soldiers were lost")? */
static int active_after(const fb_doc *doc, const fb_quantity *q, const char *m)
{
	const char *b = doc->buf;
	size_t end = doc->sent[q->sent].end, pos = q->end, ws, we, pws = 0, pwe = 0;
	int punct;
	for (int words = 0; words < 12 && claims_next_word(b, pos, end, &ws, &we, &punct); words++) {
		if (fb_word_eq(b + ws, we - ws, m))
			return !(pwe > pws && claims_aux_word(b + pws, pwe - pws));
		pws = ws;
		pwe = we;
		pos = we;
	}
	return 0;
}

const char *claims_people_verb(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const char *m)
{
	const fb_entry *e = m ? fb_lexicon_get(cl->people_verbs, m, strlen(m)) : NULL;
	size_t ws, we;
	int punct;
	if (e && active_after(doc, q, m))
		return NULL; /* "the victims lost $170,000": what they lost is counted */
	/* "neutralizing five": a form no participle test takes, right before */
	if (!m && claims_prev_word(doc->buf, doc->sent[q->sent].start, q->start, &ws, &we, &punct) && !punct)
		e = fb_lexicon_get(cl->people_verbs, doc->buf + ws, we - ws);
	return e && e->nfield ? e->field[0] : NULL;
}

int claims_counts_remains(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	size_t used, ws, we;
	int punct;
	/* a listed phrase right after the number: "12 bodies", "3 dead
	 * bodies", not "three regulatory bodies" */
	size_t from = q->start, st = doc->sent[q->sent].start, se = doc->sent[q->sent].end;
	if (claims_next_word(b, q->end, se, &ws, &we, &punct) && !punct &&
	    claims_phrase_at(cl->remains, b + ws, se - ws, &used) && (ws + used == se || !fb_isalnum((unsigned char)b[ws + used])))
		return 1;
	/* "the bodies of (the) four fishermen" */
	if (!claims_prev_word(b, st, from, &ws, &we, &punct) || punct)
		return 0;
	if (fb_word_eq(b + ws, we - ws, "the") && (!claims_prev_word(b, st, ws, &ws, &we, &punct) || punct))
		return 0;
	if (!fb_word_eq(b + ws, we - ws, "of") || !claims_prev_word(b, st, ws, &ws, &we, &punct) || punct)
		return 0;
	return claims_phrase_at(cl->remains, b + ws, we - ws, &used) && ws + used == we;
}

/* Is the word [s, s+n) one of list (NULL-ended)? */
static int word_in(const char *s, size_t n, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (fb_word_eq(s, n, list[i]))
			return 1;
	return 0;
}

/* Is the word [s, s+n) a singular noun of one person in WordNet, listed in
 * heads.tsv (a kind of a listed class) or people.txt ("driver", "maker")? */
static int person_noun(const fb_claimer *cl, const char *s, size_t n)
{
	if (fb_lexicon_get(cl->heads, s, n))
		return 1;
	const fb_entry *e = fb_lexicon_get(cl->persons, s, n);
	return e && e->nfield >= 2 && strcmp(e->field[0], "singular") == 0 && strcmp(e->field[1], "person") == 0;
}

int claims_counts_people(const fb_claimer *cl, const char *subject)
{
	return subject && (claims_people_class(cl, subject) || fb_names_people(cl, subject) ||
	                   person_noun(cl, subject, strlen(subject)));
}

/* The people class of the listed noun at [ws, ...) when it is singular
 * ("leader", "police officer"); stores its end. */
static const char *singular_person(const fb_claimer *cl, const char *b, size_t ws, size_t end, size_t *ne)
{
	size_t used;
	const fb_entry *e = claims_phrase_at(cl->classes, b + ws, end - ws, &used);
	if (!e || !used) {
		/* a person noun of WordNet no class lists ("a weapons dealer",
		 * "a courier"): a person, counted as people */
		size_t w0, w1;
		int p;
		if (!claims_next_word(b, ws, end, &w0, &w1, &p) || p || w0 != ws || !fb_islower((unsigned char)b[ws]) ||
		    !person_noun(cl, b + w0, w1 - w0))
			return NULL;
		/* "a senior leader", "a student activist": a person noun before
		 * another is its modifier */
		size_t x0, x1, xu;
		if (claims_next_word(b, w1, end, &x0, &x1, &p) && !p &&
		    (person_noun(cl, b + x0, x1 - x0) || claims_phrase_at(cl->classes, b + x0, end - x0, &xu)))
			return NULL;
		*ne = w1;
		return "people";
	}
	const char *cls = e->nfield && e->field[0][0] ? e->field[0] : e->key;
	if (!claims_people_class(cl, cls))
		return NULL;
	char last = (char)fb_tolower((unsigned char)b[ws + used - 1]);
	char prev = used > 1 ? (char)fb_tolower((unsigned char)b[ws + used - 2]) : 0;
	if (last == 's' && prev != 's')
		return NULL; /* a plural: "insurgents" */
	if (fb_word_eq(b + ws, used, "people") || fb_word_eq(b + ws, used, "police") ||
	    fb_word_eq(b + ws, used, "personnel") || fb_word_eq(b + ws, used, "staff") ||
	    fb_word_eq(b + ws, used, "men") || fb_word_eq(b + ws, used, "women") ||
	    fb_word_eq(b + ws, used, "children") || fb_word_eq(b + ws, used, "security personnel"))
		return NULL;
	*ne = ws + used;
	return cls;
}

static int titled_name(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s);
static int named_person(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s);
static int apposed_person(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t verb, single *s);

/* Does the clause around [s, e) name another event (a listed phrase, or a
 * relative clause: "an attack that killed a soldier")? */
static int single_elsewhere(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t s, size_t e,
    size_t verb, size_t *cs, size_t *ce)
{
	const char *b = doc->buf;
	size_t a, z, intro, ws, we, used;
	int punct;
	claims_clause_of(doc, sent, s, e, &a, &z, &intro);
	size_t from = a < verb ? a : verb;
	for (size_t pos = from; claims_next_word(b, pos, z, &ws, &we, &punct); pos = we)
		if (claims_phrase_at(cl->other_event, b + ws, z - ws, &used)) {
			*cs = ws;
			*ce = ws + used;
			return 1;
		}
	for (size_t pos = doc->sent[sent].start; intro > pos && claims_next_word(b, pos, intro, &ws, &we, &punct); pos = we)
		if (claims_phrase_at(cl->other_event, b + ws, intro - ws, &used)) {
			*cs = ws;
			*ce = ws + used;
			return 1;
		}
	/* the opening clause after a dateline: "KABUL (May 2) - Since May, ..." */
	size_t ds, de;
	if (claims_dateline_clause(doc, sent, from, &ds, &de))
		for (size_t pos = ds; claims_next_word(b, pos, de, &ws, &we, &punct); pos = we)
			if (claims_phrase_at(cl->other_event, b + ws, de - ws, &used)) {
				*cs = ws;
				*ce = ws + used;
				return 1;
			}
	/* "... that killed a soldier": the predicate of a relative clause */
	if (claims_prev_word(b, doc->sent[sent].start, verb, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "that") || fb_word_eq(b + ws, we - ws, "which"))) {
		*cs = *ce = 0;
		return 1;
	}
	return 0;
}

/* A person named by title and name with no determiner: modifiers
 * ("Taliban leader", "gang leader"), a singular people noun, then a
 * capitalised name, after a comma or not. Fills s. */
static int titled_name(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s)
{
	size_t at = ws, w0, w1, ne;
	int p;
	for (int words = 0; words < 5 && claims_next_word(b, at, end, &w0, &w1, &p) && (!p || words == 0); words++) {
		const char *cls = singular_person(cl, b, w0, end, &ne);
		if (cls) {
			size_t x0, x1;
			int p2;
			if (!claims_next_word(b, ne, end, &x0, &x1, &p2) || !fb_isupper((unsigned char)b[x0]) ||
			    (p2 && b[ne] != ','))
				return 0;
			s->start = ws;
			s->noun_start = w0;
			s->end = s->noun_end = ne;
			s->cls = cls;
			s->definite = 1;
			return 1;
		}
		if (claims_in_list(cl->not_nouns, b + w0, w1 - w0) || claims_in_list(cl->clause_stops, b + w0, w1 - w0))
			return 0;
		at = w1;
	}
	return 0;
}

/* A person named by a name of two or more capitalised words right after
 * the predicate: "confirmed the death of Abdul Karim", "killed Mullah
 * Ahmad, a leader". The name must end the phrase: a comma, the sentence's
 * end or a function word follows (not a noun: "killed Afghan Army
 * soldiers"). Fills s. */
static int named_person(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s)
{
	size_t at = ws, w0 = 0, w1 = 0, last = 0;
	int p = 0, caps = 0;
	while (caps < 5 && claims_next_word(b, at, end, &w0, &w1, &p) && (!p || caps == 0) &&
	       fb_isupper((unsigned char)b[w0]) && !claims_in_list(cl->not_nouns, b + w0, w1 - w0)) {
		size_t used;
		if (claims_phrase_at(cl->classes, b + w0, end - w0, &used) || claims_phrase_at(cl->place_nouns, b + w0, end - w0, &used))
			return 0;
		caps++;
		last = w1;
		at = w1;
	}
	if (caps < 2)
		return 0;
	size_t x0, x1;
	int p2;
	if (claims_next_word(b, last, end, &x0, &x1, &p2) && !p2 && !claims_in_list(cl->not_nouns, b + x0, x1 - x0) &&
	    !claims_in_list(cl->clause_stops, b + x0, x1 - x0) &&
	    !word_in(b + x0, x1 - x0, (const char *const[]){ "during", "near", "outside", "inside", "behind", "along",
	        "across", "following", "without", "between", NULL }))
		return 0;
	s->start = s->noun_start = ws;
	s->end = s->noun_end = last;
	s->cls = "people";
	s->definite = 1;
	return 1;
}

/* Is [ws, we) a word of a person's name: capitalised, a particle
 * ("bin") or a prefix before a capital ("al-Baghdadi")? */
static int person_name_word(const fb_claimer *cl, const char *b, size_t ws, size_t we)
{
	if (fb_isupper((unsigned char)b[ws]))
		return !claims_in_list(cl->not_nouns, b + ws, we - ws);
	if (word_in(b + ws, we - ws, (const char *const[]){ "bin", "ibn", "bint", NULL }))
		return 1;
	for (size_t i = ws; i + 1 < we && i < ws + 4; i++)
		if (b[i] == '-')
			return fb_isupper((unsigned char)b[i + 1]);
	return 0;
}

static int passive_noun(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t n0, size_t n1,
    single *s);

/* Is [from, to) a place, capitalised words then a place noun ("Helmand
 * province")? */
static int place_segment(const fb_claimer *cl, const char *b, size_t from, size_t to)
{
	size_t w0, w1, at = from;
	int p, caps = 0;
	while (claims_next_word(b, at, to, &w0, &w1, &p) && !p && w1 <= to) {
		if (w1 == to)
			return caps > 0 && fb_lexicon_get(cl->place_nouns, b + w0, w1 - w0) != NULL;
		if (!fb_isupper((unsigned char)b[w0]) || claims_in_list(cl->not_nouns, b + w0, w1 - w0))
			return 0;
		caps++;
		at = w1;
	}
	return 0;
}

/* A person named by two or more capitalised words ending at to, the
 * subject of a passive: "Abdul Karim was killed", "officials said Abdul
 * Karim was killed" (not the object of a preposition: "the leader of Hizb
 * Islami was killed" names no one of its own). Fills s. */
static int subject_name(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t to, single *s)
{
	size_t pos = to, w0, w1, start = to;
	int p = 0, words = 0;
	while (words < 6 && claims_prev_word(b, lo, pos, &w0, &w1, &p) && !p && person_name_word(cl, b, w0, w1)) {
		size_t used;
		/* "Afghan Border Police", "Nad Ali District": no one's name */
		if (claims_phrase_at(cl->classes, b + w0, end - w0, &used) ||
		    claims_phrase_at(cl->place_nouns, b + w0, end - w0, &used))
			return 0;
		start = w0;
		pos = w0;
		words++;
	}
	if (words < 2 || !fb_isupper((unsigned char)b[start]))
		return 0;
	/* what comes before: the sentence's start, a comma, or a verb ("said") */
	size_t v0, v1;
	int pv;
	if (claims_prev_word(b, lo, start, &v0, &v1, &pv) && !pv && fb_islower((unsigned char)b[v0]) &&
	    claims_in_list(cl->not_nouns, b + v0, v1 - v0) &&
	    !word_in(b + v0, v1 - v0, (const char *const[]){ "that", "said", "says", NULL }))
		return 0;
	s->start = s->noun_start = start;
	s->end = s->noun_end = to;
	s->cls = "people";
	s->definite = 1;
	return 1;
}

/* A person with a determiner, then what they are of, for or in, ending at
 * to: "the Taliban leader for the district", "the governor of Nad Ali".
 * Fills s with the person. */
static int person_before_of(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t to, single *s)
{
	size_t pos = to, w0, w1, n0, n1;
	int p, pn;
	for (int words = 0; words < 6 && claims_prev_word(b, lo, pos, &w0, &w1, &p) && !p; words++) {
		if (claims_in_list(cl->clause_stops, b + w0, w1 - w0))
			return 0;
		if (word_in(b + w0, w1 - w0, (const char *const[]){ "of", "for", "in", "from", NULL }))
			return claims_prev_word(b, lo, w0, &n0, &n1, &pn) && !pn && passive_noun(cl, b, lo, end, n0, n1, s);
		pos = w0;
	}
	return 0;
}

/* A person with an apposition between commas before the predicate at
 * verb, the subject of a passive or of "died". A name with a person
 * aside: "Abdul Karim, a senior commander in the district, was killed"
 * (the name and the aside are the span). A person with a determiner and
 * an aside that is a person, a name or a participle's phrase: "The
 * victim, a 30-year-old man, died", "the leader, Abdul Karim, was
 * killed", "the gunman, armed with a rifle, was killed" (the person is
 * the span).
 * Looks back a dozen words at most, past a place's own comma ("in Nad Ali
 * district, Helmand province,"). Fills s. */
static int apposed_person(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t verb, single *s)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t pos = verb, ws, we, ne, person = 0, person_end = 0, seg_end = 0;
	const char *cls = NULL;
	int punct, first = 1, name = 1; /* name: every word of the aside is one of a name */
	for (int back = 0; back < 20 && claims_prev_word(b, st->start, pos, &ws, &we, &punct); back++) {
		if (punct && !first) {
			/* the comma that opens the apposition: pos is its first word */
			size_t d0, d1;
			int p0;
			if (!claims_next_word(b, pos, st->end, &d0, &d1, &p0))
				return 0;
			int np = fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "an") ||
			    fb_word_eq(b + d0, d1 - d0, "the");
			/* "..., Helmand province,": a place's own comma, inside the aside */
			if (place_segment(cl, b, d0, seg_end)) {
				seg_end = we;
				name = person_name_word(cl, b, ws, we);
				pos = ws;
				if (claims_in_list(cl->clause_stops, b + ws, we - ws))
					return 0;
				const char *c2 = singular_person(cl, b, ws, st->end, &ne);
				if (c2 && !cls)
					cls = c2, person = ws, person_end = ne;
				continue;
			}
			if (np && cls && fb_isupper((unsigned char)b[ws]) && !claims_in_list(cl->not_nouns, b + ws, we - ws)) {
				s->start = ws;
				s->end = person_end;
				s->noun_start = person;
				s->noun_end = person_end;
				s->cls = cls;
				s->definite = 1;
				return 1;
			}
			/* a person with a determiner before the comma; the aside a
			 * person, a name or a participle's phrase ("armed with a rifle") */
			if (b[we] != ',' || !((np && cls) || (name && fb_isupper((unsigned char)b[d0])) ||
			                      claims_is_participle(cl, b + d0, d1 - d0)))
				return 0;
			return passive_noun(cl, b, st->start, st->end, ws, we, s) ||
			    person_before_of(cl, b, st->start, st->end, we, s);
		}
		if (first)
			seg_end = we;
		first = 0;
		size_t a0, a1;
		int pa;
		/* "identified as Abdul Wali", "known as": "as" after a participle
		 * opens no clause */
		if (claims_in_list(cl->clause_stops, b + ws, we - ws) &&
		    !(fb_word_eq(b + ws, we - ws, "as") && claims_prev_word(b, st->start, ws, &a0, &a1, &pa) && !pa &&
		      claims_is_participle(cl, b + a0, a1 - a0)))
			return 0;
		name &= person_name_word(cl, b, ws, we);
		const char *c2 = singular_person(cl, b, ws, st->end, &ne);
		if (c2 && !cls) {
			cls = c2;
			person = ws;
			person_end = ne;
		}
		pos = ws;
	}
	return 0;
}

/* Is the word [ws, we) part of a name, the word after it starting at
 * next: capitalised ("Security Assistance Force", "al-Qaeda") or "of" /
 * "in" between two such words ("Movement of Uzbekistan", "al-Qaeda in
 * Iraq")? */
static int name_word(const fb_claimer *cl, const char *b, size_t lo, size_t ws, size_t we, size_t next)
{
	size_t p0, p1;
	int p;
	if (fb_word_eq(b + ws, we - ws, "of") || fb_word_eq(b + ws, we - ws, "in"))
		return fb_isupper((unsigned char)b[next]) && claims_prev_word(b, lo, ws, &p0, &p1, &p) && !p &&
		    person_name_word(cl, b, p0, p1);
	return person_name_word(cl, b, ws, we);
}

/* The singular person noun of a passive, its last word at [n0, n1): "a/the
 * [modifiers] NOUN was killed". Fills s; 0 when there is none. */
static int passive_noun(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t n0, size_t n1,
    single *s)
{
	size_t ne, h0 = n0, h1, hp, m1;
	int ph;
	const char *cls = NULL;
	/* "another was detained", "another, who was taken into custody": one
	 * more person, the noun left out */
	if (fb_word_eq(b + n0, n1 - n0, "another")) {
		s->start = s->noun_start = n0;
		s->end = s->noun_end = n1;
		s->cls = "people";
		s->definite = 0;
		return 1;
	}
	for (int t = 0; t < 2 && !cls; t++) {
		cls = singular_person(cl, b, h0, end, &ne);
		if (cls && ne != n1)
			cls = NULL;
		if (!cls && !(claims_prev_word(b, lo, h0, &h0, &h1, &ph) && !ph))
			break;
	}
	size_t m0 = h0;
	/* a name among the modifiers is one of them, however many words it
	 * has: "an International Security Assistance Force service member",
	 * "a Movement of Uzbekistan facilitator" */
	int words = 0, caps = 0;
	while (cls && words < 5 && caps < 8 && claims_prev_word(b, lo, m0, &hp, &m1, &ph) && !ph) {
		int indef = fb_word_eq(b + hp, m1 - hp, "a") || fb_word_eq(b + hp, m1 - hp, "an") ||
		    fb_word_eq(b + hp, m1 - hp, "another");
		int def = fb_word_eq(b + hp, m1 - hp, "the");
		if (indef || def) {
			s->start = hp;
			s->noun_start = h0;
			s->end = s->noun_end = n1;
			s->cls = cls;
			s->definite = def;
			return 1;
		}
		if (name_word(cl, b, lo, hp, m1, m0)) {
			caps++;
		} else {
			if (claims_in_list(cl->not_nouns, b + hp, m1 - hp) || claims_in_list(cl->clause_stops, b + hp, m1 - hp))
				break;
			words++;
		}
		m0 = hp;
	}
	return 0;
}

static const char *const person_dets[] = { "a", "an", "the", "another", "his", "her", "its", "their", NULL };

/* The end of an aside between commas that opens at the comma at from and
 * is closed by ", and" (", along with", ", as well as"): a name ("the
 * leader, Abdul Karim, and"), a relative clause ("a third man, who kept
 * watch, and"), a noun phrase ("Abdul Karim, a commander, and") or an age
 * ("John Doe, 45, and"): the end of the conjunction; 0 when there is
 * none. named: the first person is a name, so a name after it
 * is one more, not an aside. */
static size_t aside_to_and(const char *b, size_t from, size_t end, int named)
{
	size_t w0, w1, at = from;
	int p;
	if (from >= end || b[from] != ',' || !claims_next_word(b, at, end, &w0, &w1, &p) || !p)
		return 0;
	int cap = fb_isupper((unsigned char)b[w0]) && !named;
	int rel = word_in(b + w0, w1 - w0, (const char *const[]){ "who", "which", "whom", NULL });
	int np = word_in(b + w0, w1 - w0, (const char *const[]){ "a", "an", "the", NULL });
	/* an age: "John Doe, 45, and" */
	int age = fb_isdigit((unsigned char)b[w0]);
	if (!cap && !rel && !np && !age)
		return 0;
	for (int words = 0; words < 14; words++) {
		at = w1;
		if (!claims_next_word(b, at, end, &w0, &w1, &p))
			return 0;
		if (p) {
			size_t c = at;
			while (c < w0 && b[c] == ' ')
				c++;
			size_t after;
			if (c >= w0 || b[c] != ',' || !conj_at(b, w0, w1, end, &after))
				return 0;
			return after;
		}
		if ((cap && !fb_isupper((unsigned char)b[w0])) || age)
			return 0;
		if (fb_word_eq(b + w0, w1 - w0, "and"))
			return 0;
	}
	return 0;
}

/* The end of a place that a person is of or from, right after the
 * person at from: "of Chahar Dara district", "from Malawi" (capitalised
 * words, then a listed place noun or none); from when there is none. */
static size_t place_after(const fb_claimer *cl, const char *b, size_t from, size_t end)
{
	size_t w0, w1, at, used;
	int p, caps = 0;
	if (!claims_next_word(b, from, end, &w0, &w1, &p) || p ||
	    !(fb_word_eq(b + w0, w1 - w0, "of") || fb_word_eq(b + w0, w1 - w0, "from")))
		return from;
	at = w1;
	while (caps < 4 && claims_next_word(b, at, end, &w0, &w1, &p) && !p && fb_isupper((unsigned char)b[w0]) &&
	       !claims_in_list(cl->not_nouns, b + w0, w1 - w0) && !claims_phrase_at(cl->classes, b + w0, end - w0, &used)) {
		caps++;
		at = w1;
	}
	if (!caps)
		return from;
	if (claims_next_word(b, at, end, &w0, &w1, &p) && !p && fb_lexicon_get(cl->place_nouns, b + w0, w1 - w0))
		at = w1;
	return at;
}

/* The start of such a place that ends at we (the word before a passive's
 * auxiliary): "a peacekeeper from Malawi was killed"; stores the person's
 * last word before it in [*n0, *n1). 0 when there is none. */
static int place_before(const fb_claimer *cl, const char *b, size_t lo, size_t we, size_t end, size_t *n0, size_t *n1)
{
	size_t pos = we, w0, w1;
	int p;
	for (int words = 0; words < 6 && claims_prev_word(b, lo, pos, &w0, &w1, &p) && !p; words++) {
		if (fb_word_eq(b + w0, w1 - w0, "of") || fb_word_eq(b + w0, w1 - w0, "from")) {
			size_t p0, p1;
			int pp;
			if (!claims_prev_word(b, lo, w0, &p0, &p1, &pp) || pp || place_after(cl, b, p1, end) != we)
				return 0;
			*n0 = p0;
			*n1 = p1;
			return 1;
		}
		pos = w0;
	}
	return 0;
}

/* The end of one more person joined by "and" ("along with", "as well
 * as") to a person that ends at from: "the leader and his deputy", "a
 * commander and a fighter", "Omar Hassan and Ali Khan", "a third man, who
 * kept watch, and a fourth", "the governor, Haji Rauf, along with his
 * deputy"; 0 when none is (a count of its own: "and his two sons"; a
 * verb: "and wounded a fighter"; a thing: "and his car"). named: the
 * person before is a name, and names in a list after a comma are more
 * people ("Omar Hassan, Ali Khan and Yusuf Idris"). */
static size_t joined_person(const fb_claimer *cl, const fb_qlist *ql, const char *b, size_t from, size_t end,
    int named)
{
	size_t w0, w1, at;
	int p;
	single t = { 0 };
	from = place_after(cl, b, from, end); /* "the governor of Nad Ali district and his deputy" */
	if (!claims_next_word(b, from, end, &w0, &w1, &p))
		return 0;
	if (!p && conj_at(b, w0, w1, end, &at)) {
		/* "and", "along with", "as well as" */
	} else if (p && b[from] == ',' && conj_at(b, w0, w1, end, &at)) {
		/* "Omar Hassan, and Ali Khan", "the governor, along with his deputy" */
	} else if (p && named && b[from] == ',' && named_person(cl, b, w0, end, &t)) {
		return t.end; /* "Omar Hassan, Ali Khan and ..." */
	} else if (!(at = aside_to_and(b, from, end, named))) {
		return 0;
	}
	size_t d0, d1, ret = 0, elided = 0; /* elided: the end of "a fourth" standing for its noun */
	if (!claims_next_word(b, at, end, &d0, &d1, &p) || p)
		return 0;
	if (word_in(b + d0, d1 - d0, person_dets)) {
		size_t x = d1, x0, x1, ne;
		int px;
		/* "and a fourth": the ordinal stands for the noun */
		if (claims_next_word(b, x, end, &x0, &x1, &px) && !px && claims_later_ordinal(cl, b + x0, x1 - x0) &&
		    (fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "the"))) {
			size_t y0, y1;
			int py;
			if (!claims_next_word(b, x1, end, &y0, &y1, &py) || py || !singular_person(cl, b, y0, end, &ne))
				ret = elided = x1;
		}
		for (int words = 0; !ret && words < 4 && claims_next_word(b, x, end, &x0, &x1, &px) && !px; words++) {
			size_t used;
			if (singular_person(cl, b, x0, end, &ne)) {
				size_t y0, y1;
				int py;
				/* "a commander and an insurgent leader": on to its head */
				if (claims_next_word(b, ne, end, &y0, &y1, &py) && !py && y0 == ne + 1 &&
				    claims_phrase_at(cl->classes, b + y0, end - y0, &used)) {
					x = x1;
					continue;
				}
				if (ne < end && (b[ne] == '\'' || (unsigned char)b[ne] == 0xE2))
					return 0; /* "and the leader's guards": a possessive */
				ret = ne;
				break;
			}
			if (claims_in_list(cl->not_nouns, b + x0, x1 - x0) || claims_in_list(cl->clause_stops, b + x0, x1 - x0) ||
			    claims_phrase_at(cl->measures, b + x0, end - x0, &used))
				return 0;
			x = x1;
		}
	} else if (titled_name(cl, b, d0, end, &t) || named_person(cl, b, d0, end, &t)) {
		ret = t.end;
	}
	size_t v0, v1;
	int pv;
	/* "and a second was captured": the subject of a clause of its own */
	if (!ret || (claims_next_word(b, ret, end, &v0, &v1, &pv) && !pv &&
	    (word_in(b + v0, v1 - v0, (const char *const[]){ "was", "were", "is", "are", "had", "has", "have", NULL }) ||
	     claims_phrase_at(cl->measures, b + v0, end - v0, &v1))))
		return 0;
	/* a number of its own is counted as a number ("and his two sons");
	 * an ordinal ("and a second man") is none, nor "a fourth", read as a
	 * fraction */
	size_t qj = claims_first_q_from(ql, d0);
	while (qj < ql->n && ql->q[qj].start < ret &&
	       (ql->q[qj].kind == FB_QK_ORDINAL || ql->q[qj].kind == FB_QK_DURATION || ql->q[qj].end <= elided))
		qj++;
	return qj < ql->n && ql->q[qj].start < ret ? 0 : ret;
}

/* Two people joined by "and" before "were" at were0: "a leader and a
 * suspected insurgent were captured". Fills s with both, a count of 2;
 * 0 when the words before are not two single people. */
static int passive_pair(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t were0, single *s)
{
	size_t n0, n1, a0, a1;
	int p;
	single second = { 0 }, first = { 0 };
	if (!claims_prev_word(b, lo, were0, &n0, &n1, &p) || p || !passive_noun(cl, b, lo, end, n0, n1, &second) ||
	    fb_word_eq(b + second.start, second.end - second.start, "another"))
		return 0;
	if (!claims_prev_word(b, lo, second.start, &a0, &a1, &p) || p || !fb_word_eq(b + a0, a1 - a0, "and") ||
	    !claims_prev_word(b, lo, a0, &n0, &n1, &p) || p || !passive_noun(cl, b, lo, end, n0, n1, &first))
		return 0;
	s->start = first.start;
	s->noun_start = first.noun_start;
	s->cls = first.cls;
	s->definite = first.definite;
	s->end = s->noun_end = second.end;
	s->count = 2;
	s->joined_new = !second.definite;
	return 1;
}

/* One person named with no number word is a count of one: "killed an
 * insurgent", "detained the Taliban leader", "a facilitator was
 * arrested", "engaged the man, killing him". Collects them per sentence
 * (ASCII determiners, listed people nouns, listed measures of people). */
/* The first single person with a determiner in [lo, hi) that is no
 * speaker ("a spokesman said"): the subject of a sentence's main clause.
 * Fills s. */
static int clause_subject(const fb_claimer *cl, const char *b, size_t lo, size_t hi, single *s)
{
	size_t pos = lo, d0, d1, w0, w1, ne;
	int p;
	while (claims_next_word(b, pos, hi, &d0, &d1, &p)) {
		pos = d1;
		int indef = fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "an");
		if (!indef && !fb_word_eq(b + d0, d1 - d0, "the"))
			continue;
		const char *cls = NULL;
		size_t at = d1;
		for (int words = 0; !cls && words < 4 && claims_next_word(b, at, hi, &w0, &w1, &p) && !p; words++, at = w1) {
			if (claims_in_list(cl->not_nouns, b + w0, w1 - w0) || claims_in_list(cl->clause_stops, b + w0, w1 - w0) ||
			    fb_word_eq(b + w0, w1 - w0, "a") || fb_word_eq(b + w0, w1 - w0, "an") || fb_word_eq(b + w0, w1 - w0, "the"))
				break;
			cls = singular_person(cl, b, w0, hi, &ne);
		}
		if (!cls)
			continue;
		size_t x0, x1;
		if (claims_next_word(b, ne, hi, &x0, &x1, &p) &&
		    (fb_word_eq(b + x0, x1 - x0, "said") || fb_word_eq(b + x0, x1 - x0, "says")))
			continue;
		s->start = d0;
		s->noun_start = w0;
		s->end = s->noun_end = ne;
		s->cls = cls;
		s->definite = !indef;
		return 1;
	}
	return 0;
}

/* clause_subject in [lo, hi) when it opens the sentence or a clause
 * (after a comma, a dateline or "said"): "a gunman opened fire and was
 * killed", not "two officers confronted a gunman and died". */
static int opening_subject(const fb_claimer *cl, const char *b, size_t lo, size_t hi, single *s)
{
	single t = *s;
	size_t w0, w1;
	int p;
	if (!clause_subject(cl, b, lo, hi, &t))
		return 0;
	if (claims_prev_word(b, lo, t.start, &w0, &w1, &p) && !p &&
	    !word_in(b + w0, w1 - w0, (const char *const[]){ "said", "says", "that", NULL }))
		return 0;
	*s = t;
	return 1;
}

/* The people class of a plural noun [s, s+n) ("militants", "gunmen"),
 * NULL when it is no noun of people. */
static const char *plural_people(const fb_claimer *cl, const char *s, size_t n)
{
	const char *cls = fb_class_in(cl, s, n);
	if (cls && claims_people_class(cl, cls))
		return cls;
	const fb_entry *e = fb_lexicon_get(cl->persons, s, n);
	return e && e->nfield >= 2 && strcmp(e->field[0], "plural") == 0 && strcmp(e->field[1], "person") == 0 ? "people"
	                                                                                                      : NULL;
}

/* "The armed militants, one of them a commander, were all killed": a
 * definite plural of people with no number, the subject of the passive
 * measure at ms, counts as many as the last count of the same noun before
 * it ("several armed militants" opened fire: 3). Fills s. */
static int carried_plural(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t sent, size_t ms, single *s)
{
	const char *b = doc->buf;
	size_t lo = doc->sent[sent].start, at = ms, a0, a1, w = (size_t)-1, n0, n1, m0, m1;
	int p, pm;
	if (claims_next_word(b, ms, doc->sent[sent].end, &a0, &a1, &p) && a0 == ms && fb_word_eq(b + a0, a1 - a0, "were"))
		w = a0; /* the phrase is "were killed" */
	while (w == (size_t)-1 && claims_prev_word(b, lo, at, &a0, &a1, &p) && !p && claims_aux_word(b + a0, a1 - a0)) {
		if (fb_word_eq(b + a0, a1 - a0, "were"))
			w = a0;
		at = a0;
	}
	if (w == (size_t)-1 || !claims_prev_word(b, lo, w, &n0, &n1, &p))
		return 0;
	if (p) { /* past an aside between commas */
		if (b[n1] != ',')
			return 0;
		int found = 0;
		for (int words = 0; !found && words < 12 && claims_prev_word(b, lo, n0, &m0, &m1, &pm); words++) {
			found = pm && b[m1] == ',';
			n0 = m0, n1 = m1;
		}
		if (!found)
			return 0;
	}
	const char *cls = plural_people(cl, b + n0, n1 - n0);
	if (!cls)
		return 0;
	size_t d = n0;
	for (int words = 0; words < 4; words++) {
		if (!claims_prev_word(b, lo, d, &m0, &m1, &pm) || pm)
			return 0;
		d = m0;
		if (fb_word_eq(b + m0, m1 - m0, "the"))
			break;
		if (words == 3 || !fb_islower((unsigned char)b[m0]) || claims_in_list(cl->not_nouns, b + m0, m1 - m0) ||
		    claims_in_list(cl->clause_stops, b + m0, m1 - m0))
			return 0;
	}
	/* a clause's subject, no partitive ("two of the militants") */
	if (claims_prev_word(b, lo, d, &m0, &m1, &pm) && !pm && !fb_word_eq(b + m0, m1 - m0, "and"))
		return 0;
	/* the last count of the same noun before it */
	double v = 0;
	for (size_t j = 0; j < ql->n && ql->q[j].start < d; j++) {
		const fb_quantity *q = &ql->q[j];
		size_t h0, h1;
		int ph;
		if (q->kind != FB_QK_COUNT || q->noun_end <= q->noun_start ||
		    !claims_prev_word(b, q->noun_start, q->noun_end, &h0, &h1, &ph) || h1 - h0 != n1 - n0)
			continue;
		size_t i = 0;
		while (i < n1 - n0 && fb_tolower((unsigned char)b[h0 + i]) == fb_tolower((unsigned char)b[n0 + i]))
			i++;
		if (i < n1 - n0)
			continue;
		v = q->has_value ? q->value : q->has_min ? q->min + (q->min_open ? 1 : 0) : 0;
	}
	if (v < 2 || v > 1000)
		return 0;
	s->start = d;
	s->noun_start = n0;
	s->end = s->noun_end = n1;
	s->cls = cls;
	s->definite = 1;
	s->count = (int)v;
	return 1;
}

/* The class of the people "both" or "all of them" takes up at pos: those
 * of the last count of people before it, in its sentence or the one
 * before ("engaged the two insurgents, killing both"), when it counts
 * want (2 for "both"; any number from 2 when want is 0), stored in *v.
 * NULL when there is none. */
static const char *both_antecedent(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t sent,
    size_t pos, double want, double *v)
{
	const char *b = doc->buf;
	size_t lo = doc->sent[sent > 0 ? sent - 1 : 0].start, h0, h1;
	int ph;
	const char *cls = NULL;
	for (size_t j = claims_first_q_from(ql, lo); j < ql->n && ql->q[j].start < pos; j++) {
		const fb_quantity *q = &ql->q[j];
		if (q->kind != FB_QK_COUNT || q->noun_end <= q->noun_start)
			continue;
		const char *c2 = claims_prev_word(b, q->noun_start, q->noun_end, &h0, &h1, &ph) ?
		    plural_people(cl, b + h0, h1 - h0) : NULL;
		int fits = q->has_value && (want ? q->value == want : q->value >= 2 && q->value <= 1000);
		cls = fits && c2 ? c2 : NULL;
		*v = fits ? q->value : 0;
	}
	return cls;
}

/* "Both" at [b0, b1) counting two people: "both of them", "both the
 * suspects", or alone when an earlier count of two names them; "all of
 * them" counting as many as an earlier count does. The phrase must end
 * at to when to is not 0 (the subject of a passive). Fills s. */
static int both_people(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t sent, size_t b0, size_t b1,
    size_t to, single *s)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t w0, w1, at = b1, end = b1, n0 = b0, n1 = b1;
	int p, all = fb_word_eq(b + b0, b1 - b0, "all");
	double v = 2;
	const char *cls = NULL;
	if (claims_next_word(b, b1, st->end, &w0, &w1, &p) && !p && fb_word_eq(b + w0, w1 - w0, "of") &&
	    claims_next_word(b, w1, st->end, &w0, &w1, &p) && !p &&
	    word_in(b + w0, w1 - w0, (const char *const[]){ "them", "these", "those", NULL })) {
		end = w1; /* "both of them" */
	} else if (all) {
		return 0; /* "all" alone, "all the suspects": a count of its own or none */
	} else {
		/* "both (the) [modifiers] suspects" */
		for (int words = 0; words < 4 && claims_next_word(b, at, st->end, &w0, &w1, &p) && !p; words++) {
			size_t used;
			if ((cls = plural_people(cl, b + w0, w1 - w0))) {
				n0 = w0, n1 = end = w1;
				break;
			}
			if (!word_in(b + w0, w1 - w0, (const char *const[]){ "the", "these", "those", NULL }) &&
			    (claims_in_list(cl->not_nouns, b + w0, w1 - w0) || claims_in_list(cl->clause_stops, b + w0, w1 - w0) ||
			     claims_phrase_at(cl->measures, b + w0, st->end - w0, &used) || !fb_islower((unsigned char)b[w0])))
				break;
			at = w1;
		}
	}
	if (to && !(claims_next_word(b, end, st->end, &w0, &w1, &p) && !p && w0 == to))
		return 0;
	if (!cls && !(cls = both_antecedent(cl, doc, ql, sent, b0, all ? 0 : 2, &v)))
		return 0;
	s->start = b0;
	s->end = end;
	s->noun_start = n0;
	s->noun_end = n1;
	s->cls = cls;
	s->definite = 1;
	s->count = (int)v;
	s->anaphor = 1;
	return 1;
}

/* "Both" or "all" opening the subject that ends at wp (the passive's
 * "were", or "died"): "Both were killed", "and both of them died", "both
 * suspects were detained", "all of them were detained", at a clause's
 * start. Fills s. */
static int both_subject(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t sent, size_t wp, single *s)
{
	const char *b = doc->buf;
	size_t lo = doc->sent[sent].start, pos = wp, w0, w1, c0, c1;
	int p, pc;
	for (int words = 0; words < 5 && claims_prev_word(b, lo, pos, &w0, &w1, &p); words++) {
		if (fb_word_eq(b + w0, w1 - w0, "both") || fb_word_eq(b + w0, w1 - w0, "all")) {
			if (claims_prev_word(b, lo, w0, &c0, &c1, &pc) && !pc &&
			    !word_in(b + c0, c1 - c0, (const char *const[]){ "and", "but", "that", NULL }))
				return 0;
			return both_people(cl, doc, ql, sent, w0, w1, wp, s);
		}
		if (p)
			return 0;
		pos = w0;
	}
	return 0;
}

/* "a financier and two associates were killed": the single person
 * joined by "and" to the count whose noun ends right before "were" at
 * wp. Fills s. */
static int joined_before_count(const fb_claimer *cl, const fb_qlist *ql, const char *b, size_t lo, size_t end,
    size_t wp, single *s)
{
	size_t n0, n1, a0, a1, x0, x1;
	int p;
	if (!claims_prev_word(b, lo, wp, &n0, &n1, &p) || p)
		return 0;
	for (size_t j = claims_first_q_from(ql, lo); j < ql->n && ql->q[j].start < n0; j++) {
		const fb_quantity *q = &ql->q[j];
		if (q->kind != FB_QK_COUNT || q->noun_end != n1)
			continue;
		return claims_prev_word(b, lo, q->start, &a0, &a1, &p) && !p && fb_word_eq(b + a0, a1 - a0, "and") &&
		    claims_prev_word(b, lo, a0, &x0, &x1, &p) && !p && passive_noun(cl, b, lo, end, x0, x1, s);
	}
	return 0;
}

void claims_find_singles(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const sent_words *sw, single **v,
    size_t *n, size_t *cap)
{
	const char *b = doc->buf;
	size_t si = sw->sent;
	const fb_sent *st = &doc->sent[si];
	if (doc->para[st->para].boilerplate)
		return;
	size_t pos = st->start, ws, we, used, k = 0;
	while (claims_word_from(b, sw, &k, pos, st->end, &ws, &we)) {
		pos = we;
		if (!fb_islower((unsigned char)b[ws])) /* before the look-up: most words fail it */
			continue;
		const fb_entry *e = claims_phrase_at(cl->measures, b + ws, st->end - ws, &used);
		const char *measure = e && e->nfield >= 2 && strcmp(e->field[1], "people") == 0 ? e->field[0] : NULL;
		/* "neutralized a gunman": what the single counts is a person */
		if (!measure && (e = claims_phrase_at(cl->people_verbs, b + ws, st->end - ws, &used)) && e->nfield)
			measure = e->field[0];
		if (!measure)
			continue;
		size_t me = ws + used, ms = ws;
		pos = me;
		single s = { 0 };
		s.sent = si;
		s.measure = measure;
		/* active: the measure, then "a/an/the [modifiers] NOUN" or "him" */
		size_t d0, d1, w0, w1;
		int p;
		if (claims_next_word(b, me, st->end, &d0, &d1, &p) && !p) {
			int indef = fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "an") ||
			    fb_word_eq(b + d0, d1 - d0, "another");
			/* "detained its driver": a possessive is definite */
			int def = fb_word_eq(b + d0, d1 - d0, "the") || fb_word_eq(b + d0, d1 - d0, "its") ||
			    fb_word_eq(b + d0, d1 - d0, "his") || fb_word_eq(b + d0, d1 - d0, "her") ||
			    fb_word_eq(b + d0, d1 - d0, "their");
			size_t qj = claims_first_q_from(ql, d0);
			int number_here = qj < ql->n && ql->q[qj].start == d0;
			if ((fb_word_eq(b + d0, d1 - d0, "both") || fb_word_eq(b + d0, d1 - d0, "all")) && !number_here &&
			    both_people(cl, doc, ql, si, d0, d1, 0, &s)) {
				/* "killing both", "detained both suspects", "killing all of them" */
			} else if (fb_word_eq(b + d0, d1 - d0, "him") || fb_word_eq(b + d0, d1 - d0, "her")) {
				s.start = s.noun_start = d0;
				s.end = s.noun_end = d1;
				s.cls = "people";
				s.definite = s.anaphor = 1;
			} else if (!number_here && (titled_name(cl, b, d0, st->end, &s) || named_person(cl, b, d0, st->end, &s))) {
				/* "killed Taliban leader Saifullah" */
			} else if (fb_word_eq(b + d0, d1 - d0, "another") && !number_here &&
			    (!claims_next_word(b, d1, st->end, &w0, &w1, &p) || p ||
			     claims_in_list(cl->not_nouns, b + w0, w1 - w0) || claims_in_list(cl->clause_stops, b + w0, w1 - w0))) {
				/* "killed a gunman and detained another during the raid":
				 * one more person, the noun left out */
				s.start = s.noun_start = d0;
				s.end = s.noun_end = d1;
				s.cls = "people";
			} else if ((indef || def) && !number_here) {
				size_t at = d1, pw = 0; /* pw: the previous word's start */
				for (int words = 0; words < 6 && claims_next_word(b, at, st->end, &w0, &w1, &p) && !p; words++) {
					size_t ne;
					const char *cls = singular_person(cl, b, w0, st->end, &ne);
					if (cls) {
						size_t x0, x1;
						int p2;
						/* "the leader's network", "a leader and his deputy" are fine;
						 * "an insurgent leader" goes on to its head */
						if (claims_next_word(b, ne, st->end, &x0, &x1, &p2) && !p2 && x0 == ne + 1 &&
						    singular_person(cl, b, x0, st->end, &ne) == NULL &&
						    claims_phrase_at(cl->classes, b + x0, st->end - x0, &used)) {
							at = w1;
							continue;
						}
						if (ne < st->end && (b[ne] == '\'' || (unsigned char)b[ne] == 0xE2))
							break; /* "the leader's associates": a possessive */
						s.start = d0;
						s.end = s.noun_end = ne;
						s.noun_start = w0;
						s.cls = cls;
						s.definite = def;
						break;
					}
					size_t o0, o1;
					int po;
					/* "an Islamic Movement of Uzbekistan facilitator", "an al-Qaeda
					 * in Iraq financier": "of" or "in" inside a name */
					int name_of = (fb_word_eq(b + w0, w1 - w0, "of") || fb_word_eq(b + w0, w1 - w0, "in")) && pw &&
					    person_name_word(cl, b, pw, w0) && claims_next_word(b, w1, st->end, &o0, &o1, &po) && !po &&
					    fb_isupper((unsigned char)b[o0]);
					int extra = name_of || fb_word_eq(b + w0, w1 - w0, "additional") || fb_word_eq(b + w0, w1 - w0, "other") ||
					    fb_word_eq(b + w0, w1 - w0, "further");
					if (!extra && (claims_in_list(cl->not_nouns, b + w0, w1 - w0) || claims_in_list(cl->clause_stops, b + w0, w1 - w0) ||
					    claims_phrase_at(cl->measures, b + w0, st->end - w0, &used)))
						break;
					pw = w0;
					at = w1;
				}
			}
		}
		/* passive: "a/the [modifiers] NOUN was (also) detained" */
		if (!s.cls) {
			size_t at = ms, a0, a1;
			/* "a soldier died": an intransitive measure needs no auxiliary */
			size_t iu;
			int intrans = claims_phrase_at(cl->intransitive, b + ws, st->end - ws, &iu) && iu == used;
			int seen_aux = fb_word_eq(b + ws, we - ws, "was") || intrans;
			/* a name is the subject of a measure only people undergo: a
			 * town or a ship is captured, never killed or arrested */
			size_t mw0, mw1;
			int only_people = claims_next_word(b, ws, st->end, &mw0, &mw1, &p) &&
			    (strcmp(measure, "killed") == 0 ||
			     word_in(b + mw0, mw1 - mw0, (const char *const[]){ "arrested", "detained", NULL }));
			while (claims_prev_word(b, st->start, at, &a0, &a1, &p) && !p && claims_aux_word(b + a0, a1 - a0) &&
			       !fb_word_eq(b + a0, a1 - a0, "were") && !fb_word_eq(b + a0, a1 - a0, "have")) {
				seen_aux |= fb_word_eq(b + a0, a1 - a0, "was") || fb_word_eq(b + a0, a1 - a0, "been");
				at = a0;
			}
			size_t n0, n1;
			/* "a leader and a suspected insurgent were captured" */
			size_t wp = (size_t)-1; /* "were" */
			if (fb_word_eq(b + ws, we - ws, "were") || intrans)
				passive_pair(cl, b, st->start, st->end, wp = ws, &s); /* "were killed", "died" */
			else if (claims_prev_word(b, st->start, at, &a0, &a1, &p) && !p && fb_word_eq(b + a0, a1 - a0, "were"))
				passive_pair(cl, b, st->start, st->end, wp = a0, &s);
			/* "a financier and two associates were killed": the single
			 * joined to a count before "were" (the total adds them) */
			if (!s.cls && wp != (size_t)-1)
				joined_before_count(cl, ql, b, st->start, st->end, wp, &s);
			/* "both were killed", "and both suspects died" */
			if (!s.cls && wp != (size_t)-1)
				both_subject(cl, doc, ql, si, wp, &s);
			/* past an age between commas: "A woman, 20, was also arrested" */
			if (seen_aux && claims_prev_word(b, st->start, at, &n0, &n1, &p) && p && fb_isdigit((unsigned char)b[n0])) {
				size_t qa = claims_first_q_from(ql, n0), h0, h1;
				int ph;
				if (qa < ql->n && ql->q[qa].start == n0 && ql->q[qa].kind == FB_QK_DURATION && ql->q[qa].unit &&
				    strcmp(ql->q[qa].unit, "year") == 0 && claims_prev_word(b, st->start, n0, &h0, &h1, &ph) && ph &&
				    b[h1] == ',')
					at = h1;
			}
			if (seen_aux && claims_prev_word(b, st->start, at, &n0, &n1, &p) && p &&
			    apposed_person(cl, doc, si, at, &s)) {
				/* "Abdul Karim, a senior commander, was killed" */
			} else if (seen_aux && claims_prev_word(b, st->start, at, &n0, &n1, &p) && !p &&
			    (fb_word_eq(b + n0, n1 - n0, "he") || fb_word_eq(b + n0, n1 - n0, "she"))) {
				/* "He was later killed" */
				s.start = s.noun_start = n0;
				s.end = s.noun_end = n1;
				s.cls = "people";
				s.definite = s.anaphor = 1;
			} else if (seen_aux && claims_prev_word(b, st->start, at, &n0, &n1, &p) && !p) {
				/* "a peacekeeper from Malawi was killed": past the place */
				size_t m0, m1;
				if ((!place_before(cl, b, st->start, n1, st->end, &m0, &m1) ||
				     !passive_noun(cl, b, st->start, st->end, m0, m1, &s)) &&
				    !passive_noun(cl, b, st->start, st->end, n0, n1, &s) && only_people)
					subject_name(cl, b, st->start, st->end, n1, &s); /* "Abdul Karim was killed" */
			}
			size_t aux0 = at; /* where the auxiliaries start */
			/* "a third suspect who had fled was arrested": the noun
			 * before a relative clause that ends at the auxiliary */
			for (int words = 0; !s.cls && seen_aux && words < 12 && claims_prev_word(b, st->start, at, &n0, &n1, &p) &&
			     (!p || b[n1] == ','); words++) {
				if (fb_word_eq(b + n0, n1 - n0, "who") || fb_word_eq(b + n0, n1 - n0, "that")) {
					size_t r0, r1;
					int pr;
					if (claims_prev_word(b, st->start, n0, &r0, &r1, &pr) && (!pr || b[r1] == ',') &&
					    !passive_noun(cl, b, st->start, st->end, r0, r1, &s) && only_people)
						subject_name(cl, b, st->start, st->end, r1, &s);
					/* "X, who planned an attack that killed six, was killed":
					 * a relative inside the relative, on to the outer one */
					if (s.cls || fb_word_eq(b + n0, n1 - n0, "who"))
						break;
				}
				at = n0;
			}
			/* "the suspect was shot by officers and later died", "a gunman
			 * opened fire and was killed": a predicate with no subject of
			 * its own, joined to the clause's by "and" */
			if (!s.cls && seen_aux && claims_prev_word(b, st->start, aux0, &n0, &n1, &p) && !p &&
			    fb_word_eq(b + n0, n1 - n0, "and"))
				opening_subject(cl, b, st->start, n0, &s);
		}
		/* "a gunman shot two guards before being killed": the subject
		 * of the clause the participle hangs on */
		size_t g0, g1, c0, c1;
		int pg;
		if (!s.cls && claims_prev_word(b, st->start, ms, &g0, &g1, &pg) && !pg &&
		    fb_word_eq(b + g0, g1 - g0, "being") && claims_prev_word(b, st->start, g0, &c0, &c1, &pg) && !pg &&
		    (fb_word_eq(b + c0, c1 - c0, "before") || fb_word_eq(b + c0, c1 - c0, "after") ||
		     fb_word_eq(b + c0, c1 - c0, "upon")))
			clause_subject(cl, b, st->start, c0, &s);
		if (!s.cls)
			carried_plural(cl, doc, ql, si, ms, &s);
		if (!s.cls)
			continue;
		/* a number in the phrase is a count of its own ("an insurgent
		 * and two others": the "two" is found as a number) */
		size_t qj = claims_first_q_from(ql, s.start);
		/* but an ordinal is no count: "a second courier" is one person,
		 * nor an age: "a 24-year-old man" */
		while (qj < ql->n && ql->q[qj].start < s.end &&
		       (ql->q[qj].kind == FB_QK_ORDINAL || ql->q[qj].kind == FB_QK_DURATION))
			qj++;
		if (qj < ql->n && ql->q[qj].start < s.end)
			continue;
		/* people joined by "and" add: "the leader and his deputy" = 2 */
		int named = fb_isupper((unsigned char)b[s.noun_start]);
		size_t more;
		if (!s.count)
			s.count = 1;
		for (int k2 = 0; k2 < 16 && (more = joined_person(cl, ql, b, s.end, st->end, named)); k2++) {
			size_t j0, j1;
			int pj;
			/* past "and" / "along with" (and an aside): a person with "a/an"
			 * is a new one */
			for (size_t at = s.end; claims_next_word(b, at, more, &j0, &j1, &pj); at = j1)
				if (word_in(b + j0, j1 - j0, (const char *const[]){ "and", "with", "as", "plus", NULL }) &&
				    claims_next_word(b, j1, more, &j0, &j1, &pj))
					s.joined_new |= fb_word_eq(b + j0, j1 - j0, "a") || fb_word_eq(b + j0, j1 - j0, "an");
			s.end = s.noun_end = more;
			s.count++;
			/* a name after a comma is one more only in a list of names:
			 * "his son, Kevin Doe" is he */
			named = claims_prev_word(b, st->start, more, &j0, &j1, &pj) && fb_isupper((unsigned char)b[j0]);
		}
		*FB_PUSH(*v, *n, *cap) = s;
	}
}

/* Does the clause of a single person say "also" before it: "Soldiers also
 * detained his brother" (one more, though definite)? */
static int single_also(const fb_doc *doc, const single *s)
{
	const char *b = doc->buf;
	size_t a, z, intro, ws, we;
	int punct;
	claims_clause_of(doc, s->sent, s->start, s->end, &a, &z, &intro);
	for (size_t pos = a; claims_next_word(b, pos, s->start, &ws, &we, &punct); pos = we)
		if (fb_word_eq(b + ws, we - ws, "also"))
			return 1;
	return 0;
}

/* Adds a claim of one for each single person found, unless it is a
 * definite mention ("the leader") after an earlier count of the same
 * measure, which it restates. Claims [0, nnum) are the numeric ones in
 * text order. */
void claims_add_singles(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc,
    const fb_qlist *ql, const fb_attribution *at, const single *sv, size_t ns)
{
	size_t nnum = c->nc, j = 0;
	fb_lexicon *seen = fb_lexicon_new(); /* measures counted so far, in text order */
	for (size_t i = 0; i < ns; i++) {
		const single *s = &sv[i];
		for (; j < nnum; j++) {
			const fb_claim *p = &c->c[j];
			const fb_quantity *pq = p->own ? fb_claim_own(c, p) : p->quantity >= 0 ? &ql->q[p->quantity] : NULL;
			if (pq && pq->start >= s->start)
				break;
			if (p->measure && !fb_lexicon_get(seen, p->measure, strlen(p->measure)))
				fb_lexicon_add(seen, p->measure, strlen(p->measure), NULL, 0);
		}
		int earlier = fb_lexicon_get(seen, s->measure, strlen(s->measure)) != NULL;
		if (!earlier)
			fb_lexicon_add(seen, s->measure, strlen(s->measure), NULL, 0);
		if (s->definite && earlier && !s->joined_new && !single_also(doc, s))
			continue;
		fb_quantity one;
		memset(&one, 0, sizeof one);
		one.start = s->start;
		one.end = s->end;
		one.sent = s->sent;
		one.kind = FB_QK_COUNT;
		one.has_value = one.has_min = one.has_max = 1;
		one.value = one.min = one.max = s->count > 1 ? s->count : 1;
		one.noun_start = s->noun_start;
		one.noun_end = s->noun_end;
		fb_claim *k = FB_PUSH(c->c, c->nc, *cap);
		k->type = FB_CT_NUMERIC;
		k->sent = s->sent;
		k->quantity = -1;
		k->own = claims_own_add(c, &one);
		k->measure = s->measure;
		k->subject = s->cls;
		k->noun_start = s->noun_start;
		k->noun_end = s->noun_end;
		k->derived_from = -1;
		k->antecedent = -1;
		k->attr = at ? fb_attribution_at(at, s->sent, s->start, s->end) : -1;
		claims_claim_span(doc, ql, &one, k->attr >= 0 && at->attr[k->attr].source >= 0, &k->start, &k->end);
		k->other_event = single_elsewhere(cl, doc, s->sent, s->start, s->end, s->start, &k->context_start, &k->context_end);
	}
	fb_lexicon_free(seen);
}

/* The quantity a numeric claim states. */
const fb_quantity *claims_claim_q(const fb_claims *c, const fb_qlist *ql, const fb_claim *k)
{
	return k->own ? fb_claim_own(c, k) : k->quantity >= 0 ? &ql->q[k->quantity] : NULL;
}

/* An earlier attack laid at someone's door: "the commander is linked to
 * an attack that killed four soldiers", "responsible for a bombing which
 * wounded 12". A count right after "that/which VERB" in a sentence that
 * holds one of these phrases before it is about that attack, another
 * event. Stores the phrase's span. */
int claims_past_deed(const fb_doc *doc, const fb_quantity *q, size_t *cs, size_t *ce)
{
	static const char *const blame[][2] = {
		{ "responsible", "for" }, { "linked", "to" }, { "involved", "in" }, { "connected", "to" },
		{ "tied", "to" }, { "implicated", "in" }, { NULL, NULL },
	};
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, lo = q->start > st->start + CLAUSE_WINDOW ? q->start - CLAUSE_WINDOW : st->start;
	int punct;
	/* "that killed" / "which killed" (with "at least" and the like between) */
	size_t pos = q->start, rel = 0;
	for (int back = 0; back < 5 && claims_prev_word(b, lo, pos, &ws, &we, &punct) && !punct; back++) {
		if (fb_word_eq(b + ws, we - ws, "that") || fb_word_eq(b + ws, we - ws, "which")) {
			rel = ws;
			break;
		}
		pos = ws;
	}
	if (!rel)
		return 0;
	size_t prev_s = 0, prev_e = 0;
	for (pos = lo; claims_next_word(b, pos, rel, &ws, &we, &punct); pos = we) {
		for (size_t i = 0; blame[i][0]; i++)
			if (prev_e && fb_word_eq(b + prev_s, prev_e - prev_s, blame[i][0]) &&
			    fb_word_eq(b + ws, we - ws, blame[i][1])) {
				*cs = prev_s;
				*ce = we;
				return 1;
			}
		prev_s = ws;
		prev_e = we;
	}
	return 0;
}

/* "Taken together, the two attacks have killed 23 people", "both blasts
 * wounded 64": what several things did to people together (the caller
 * checks the measure is one of people) is a total of their own, not one
 * event's count. The clause opens with "the N" (N two or more) or
 * "both", then a plural noun that names no people ("the two gunmen" are
 * one event's doers); its span is the context. */
int claims_several_doers(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t qi, size_t *cs,
    size_t *ce)
{
	const fb_quantity *q = &ql->q[qi];
	const char *b = doc->buf;
	size_t a, e, intro, ws, we, ns, ne;
	int punct;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &e, &intro);
	if (!claims_next_word(b, a, q->start, &ws, &we, &punct))
		return 0;
	size_t from = ws;
	/* "Together the two attacks have killed 31": an adverb of summing
	 * before the doers */
	if ((fb_word_eq(b + ws, we - ws, "together") || fb_word_eq(b + ws, we - ws, "combined") ||
	     fb_word_eq(b + ws, we - ws, "altogether") || fb_word_eq(b + ws, we - ws, "jointly")) &&
	    !claims_next_word(b, we, q->start, &ws, &we, &punct))
		return 0;
	if (fb_word_eq(b + ws, we - ws, "the")) {
		size_t j = claims_first_q_from(ql, we);
		if (j >= ql->n || j == qi || ql->q[j].start >= q->start || !ql->q[j].has_value || ql->q[j].value < 2 ||
		    ql->q[j].kind != FB_QK_COUNT || !claims_next_word(b, we, q->start, &ws, &we, &punct) || punct ||
		    ws != ql->q[j].start)
			return 0;
		we = ql->q[j].end;
	} else if (!fb_word_eq(b + ws, we - ws, "both"))
		return 0;
	if (!claims_next_word(b, we, q->start, &ns, &ne, &punct) || punct || ne - ns < 4 || b[ne - 1] != 's' ||
	    !fb_islower((unsigned char)b[ns]) || fb_class_of(cl, b + ns, ne - ns))
		return 0;
	/* a verb follows the noun: "the two attacks have killed", not "the
	 * two attacks' victims" */
	if (!claims_next_word(b, ne, q->start, &ws, &we, &punct) || punct)
		return 0;
	*cs = from;
	*ce = ne;
	return 1;
}
