/* claims_totals.c - a release's totals: which counts restate people and
 * which add to them, tallied per measure of people into derived claims. */
#include "claims_int.h"

#include <math.h>

/* Does the word [ws, we) stand earlier in the text, in the 4 KB before
 * pos (a name given before)? */
static int named_before(const char *b, size_t ws, size_t we, size_t pos)
{
	size_t n = we - ws, lo = pos > 4096 ? pos - 4096 : 0;
	for (size_t i = lo; i + n <= pos; i++)
		if (memcmp(b + i, b + ws, n) == 0 && (i == 0 || !fb_isalnum((unsigned char)b[i - 1])) &&
		    !fb_isalnum((unsigned char)b[i + n]))
			return 1;
	return 0;
}

/* Does a count restate people counted before rather than add to them:
 * "the two insurgents", "all 11", "one of the detainees"? (Only asked
 * when an earlier count of the same measure exists.) */
static int restates(const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, ws2, we2;
	int punct, p2;
	if (claims_prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "the") || fb_word_eq(b + ws, we - ws, "these") ||
	     fb_word_eq(b + ws, we - ws, "those") || fb_word_eq(b + ws, we - ws, "all") ||
	     fb_word_eq(b + ws, we - ws, "both") || fb_word_eq(b + ws, we - ws, "their") ||
	     fb_word_eq(b + ws, we - ws, "including"))) /* "killed four, including two women": among them */
		return 1;
	/* "The other 7 defendants", "the remaining six": the rest of a set
	 * counted before, not more people */
	if (claims_prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "other") || fb_word_eq(b + ws, we - ws, "remaining")) &&
	    claims_prev_word(b, st->start, ws, &ws2, &we2, &p2) && !p2 && fb_word_eq(b + ws2, we2 - ws2, "the"))
		return 1;
	/* "affected 61,000, including 52,000 whose flights were cancelled and
	 * 9,000 who faced delays": a count joined by "and" to one "including"
	 * opened is among them too */
	if (claims_prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "and")) {
		size_t from = q->start > st->start + 120 ? q->start - 120 : st->start;
		for (size_t i = ws; i > from; i--)
			if (b[i - 1] == ';' || b[i - 1] == '.')
				break;
			else if (i >= from + 9 && strncmp(b + i - 9, "including", 9) == 0 &&
			         (i - 9 == st->start || !fb_isalpha((unsigned char)b[i - 10])))
				return 1;
	}
	/* "one of the insurgents", "two of them" (but "two of his associates" adds) */
	if (claims_next_word(b, q->end, st->end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of") &&
	    claims_next_word(b, we, st->end, &ws2, &we2, &p2) && !p2 &&
	    !(fb_word_eq(b + ws2, we2 - ws2, "his") || fb_word_eq(b + ws2, we2 - ws2, "her") ||
	      fb_word_eq(b + ws2, we2 - ws2, "their") || fb_word_eq(b + ws2, we2 - ws2, "its")))
		return 1;
	/* "two insurgents, including Badam, were killed": one named before (or
	 * the definite "the leader") among them, those counted before */
	size_t e = k->noun_end > q->end ? k->noun_end : q->end;
	if (e < st->end && b[e] == ',' && claims_next_word(b, e, st->end, &ws, &we, &punct) &&
	    fb_word_eq(b + ws, we - ws, "including") && claims_next_word(b, we, st->end, &ws2, &we2, &p2) && !p2 &&
	    (fb_word_eq(b + ws2, we2 - ws2, "the") ||
	     (fb_isupper((unsigned char)b[ws2]) && named_before(b, ws2, we2, st->start))))
		return 1;
	return 0;
}

/* Is [s, s+n) an ordinal word past "first" ("second", "third")? */
int claims_later_ordinal(const fb_claimer *cl, const char *s, size_t n)
{
	const fb_entry *e = fb_lexicon_get(cl->number_words, s, n);
	return e && e->nfield >= 2 && strcmp(e->field[0], "ord") == 0 && strtod(e->field[1], NULL) >= 2;
}

/* Does the clause of a count mark it as more people than those counted
 * before ("also detained", "four additional", "two other insurgents", "a
 * third suspect")? */
static int adds_to(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	static const char *const more[] = {
		"also", "additional", "additionally", "other", "others", "another", "more", "further",
		"separate", "separately", "second", "besides", "too", NULL,
	};
	const char *b = doc->buf;
	size_t a, z, intro, ws, we;
	int punct;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &z, &intro);
	size_t end = k->noun_end > q->end ? k->noun_end : q->end;
	/* the sentence's opening clause: "Additionally, the force detained two"
	 * (clause_of keeps it within its window) */
	for (size_t pos = doc->sent[q->sent].start; intro < a && claims_next_word(b, pos, intro, &ws, &we, &punct); pos = we)
		for (size_t i = 0; more[i]; i++)
			if (fb_word_eq(b + ws, we - ws, more[i]))
				return 1;
	int after = 0, past = 0; /* words looked at past the noun: "two were also detained" */
	for (size_t pos = a; claims_next_word(b, pos, z, &ws, &we, &punct); pos = we) {
		if (ws >= end && (after++ >= 3 || punct))
			break;
		if (ws >= q->end && past++ >= 2) {
			/* past the number's own modifiers ("two other", "four additional")
			 * only the adverbs: not "for further questioning" */
			if (fb_word_eq(b + ws, we - ws, "also") || fb_word_eq(b + ws, we - ws, "too"))
				return 1;
			continue;
		}
		for (size_t i = 0; more[i]; i++)
			if (fb_word_eq(b + ws, we - ws, more[i]))
				return 1;
		if (claims_later_ordinal(cl, b + ws, we - ws))
			return 1;
	}
	return 0;
}

/* Does q's clause open with a quantified plural doer ("as some crashes
 * killed more than one person", "many raids captured two or three")?
 * Then the count is each one's, no addition to the release's total. */
static int each_doer(const fb_doc *doc, const fb_quantity *q)
{
	static const char *const quant[] = { "some", "many", "several", "most", "few", "each", "every", NULL };
	const char *b = doc->buf;
	size_t a, z, intro, ws, we;
	int punct;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &z, &intro);
	for (size_t pos = a, n = 0; n < 6 && claims_next_word(b, pos, q->start, &ws, &we, &punct); pos = we, n++) {
		if (punct)
			return 0;
		for (size_t i = 0; quant[i]; i++)
			if (fb_word_eq(b + ws, we - ws, quant[i])) {
				size_t vs, ve;
				return claims_next_word(b, we, q->start, &vs, &ve, &punct) && !punct && ve - vs > 3 &&
				    b[ve - 1] == 's' && !fb_word_eq(b + vs, ve - vs, "others");
			}
	}
	return 0;
}

/* Paragraphs of a report whose counts a derived total adds up at most:
 * press releases are short; news articles retell. */
#define MAX_RELEASE_PARAS 15

/* The place that opens sentence sent ("In Paktika province, ...", after a
 * dateline or not): its capitalised words [*ps, *pe). 0 when none does. */
static int place_opener(const fb_doc *doc, size_t sent, size_t *ps, size_t *pe)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t os = st->start, oe, ws, we, a, z;
	int punct, caps = 0, rest = 0;
	if (!claims_dateline_clause(doc, sent, st->end, &os, &oe)) {
		claims_clause_of(doc, sent, st->start, st->start, &a, &z, &oe);
		if (oe <= st->start)
			return 0;
	}
	if (!claims_next_word(b, os, oe, &ws, &we, &punct) || punct ||
	    !(fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "near")))
		return 0;
	*ps = *pe = we;
	/* the clause is the place and a noun at most: "In Paktika province",
	 * not "In Paktika, police said" nor "In a separate operation" */
	for (size_t pos = we; claims_next_word(b, pos, oe, &ws, &we, &punct); pos = we) {
		if (punct)
			return 0;
		if (fb_isupper((unsigned char)b[ws]) && !rest) {
			caps++;
			*pe = we;
		} else if (++rest > 1 || !fb_islower((unsigned char)b[ws])) {
			return 0;
		}
	}
	return caps > 0;
}

/* Does sentence sent open on a place other than the one that opens sentence
 * prev ("In Paktika province, ... In Baghlan province, ...")? A round-up of
 * operations, each in its own place: their people add up. */
static int other_place(const fb_doc *doc, size_t sent, size_t prev)
{
	size_t s1, e1, s2, e2;
	if (sent == prev || !place_opener(doc, sent, &s1, &e1) || !place_opener(doc, prev, &s2, &e2))
		return 0;
	return e1 - s1 != e2 - s2 || memcmp(doc->buf + s1, doc->buf + s2, e1 - s1) != 0;
}

/* Does the clause of a count say "also" ("the troops also killed four")?
 * Said of a body's first count, it adds to a lede of vague words. */
static int says_also(const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	size_t a, z, intro, ws, we;
	int punct;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &z, &intro);
	for (size_t pos = a; pos < q->start && claims_next_word(b, pos, q->start, &ws, &we, &punct); pos = we)
		if (fb_word_eq(b + ws, we - ws, "also"))
			return 1;
	return 0;
}

/* Is a vague count marked as more people by the word after it: "several
 * more", "a few other", "numerous additional"? */
static int vague_adds(const fb_doc *doc, const fb_quantity *q)
{
	size_t ws, we;
	int punct;
	const char *b = doc->buf;
	return claims_next_word(b, q->end, doc->sent[q->sent].end, &ws, &we, &punct) && !punct &&
	       (fb_word_eq(b + ws, we - ws, "more") || fb_word_eq(b + ws, we - ws, "other") ||
	        fb_word_eq(b + ws, we - ws, "additional") || fb_word_eq(b + ws, we - ws, "further"));
}

/* Is a count joined to other people of its sentence: "a leader and
 * several associates", "a commander and two fighters", "along with
 * several", "together with a number of"? Such people are more than
 * those named beside them. */
static int joined_on(const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, ws2, we2;
	int punct, p2;
	if (!claims_prev_word(b, st->start, q->start, &ws, &we, &punct) || punct)
		return 0;
	/* "a leader and his two bodyguards" */
	if (claims_possessive_word(b + ws, we - ws) && (!claims_prev_word(b, st->start, ws, &ws, &we, &punct) || punct))
		return 0;
	if (fb_word_eq(b + ws, we - ws, "and"))
		return 1;
	return fb_word_eq(b + ws, we - ws, "with") && claims_prev_word(b, st->start, ws, &ws2, &we2, &p2) && !p2 &&
	       (fb_word_eq(b + ws2, we2 - ws2, "along") || fb_word_eq(b + ws2, we2 - ws2, "together"));
}

/* Is a vague count marked as people beside those counted before: "more"
 * or "other" after it, "also" in its clause, "several of his guards",
 * "along with several associates"? Unmarked, it summarises the exact
 * counts of the release ("detained several suspects ... detained a leader
 * and two of his nephews": 3, not 6). */
static int vague_marked(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, ws2, we2;
	int punct, p2;
	if (vague_adds(doc, q) || adds_to(cl, doc, q, k))
		return 1;
	/* "several of his guards": people of someone counted before */
	if (claims_next_word(b, q->end, st->end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of") &&
	    claims_next_word(b, we, st->end, &ws2, &we2, &p2) && !p2 &&
	    (fb_word_eq(b + ws2, we2 - ws2, "his") || fb_word_eq(b + ws2, we2 - ws2, "her") ||
	     fb_word_eq(b + ws2, we2 - ws2, "their")))
		return 1;
	return joined_on(doc, q);
}

/* Are the people of class cls apart from every class counted before
 * (neither holds the other: "a leader" after "two insurgents")? A class
 * within another ("soldiers" after "people") may be the same people. */
static int new_people(const fb_claimer *cl, const char *const *seen, size_t n, const char *cls)
{
	if (!cls || strcmp(cls, "people") == 0)
		return 0; /* "several individuals": may be anyone counted before */
	for (size_t i = 0; i < n; i++)
		if (!seen[i] || strcmp(seen[i], "people") == 0 || fb_class_within(cl, cls, seen[i]) ||
		    fb_class_within(cl, seen[i], cls))
			return 0;
	return 1;
}

/* Is m a measure of people ("killed", "arrested") in measures.tsv? */
int claims_people_measure(const fb_claimer *cl, const char *m)
{
	for (size_t e = 0; e < cl->measures->n; e++)
		if (cl->measures->e[e].nfield > 1 && strcmp(cl->measures->e[e].field[0], m) == 0 &&
		    strcmp(cl->measures->e[e].field[1], "people") == 0)
			return 1;
	return 0;
}

int claims_cmp_claim_ord(const void *a, const void *b)
{
	const claim_ord *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* The parts of a release's total (add_totals): an exact count, a vague
 * one that may summarise the exact ones, or people marked as more. */
enum { PART_EXACT, PART_SUMMARY, PART_MORE };

/* People of one measure added up over some of a release's sentences. */
typedef struct tally {
	double exact, summary, more, best;
	int vague, n, mixed;
	size_t last, np, psent;
	fb_part parts[16];
	const char *subj[16];
	int roles[16], vg[16];
	const char *cls;
	int said_more; /* a count marked "more" right after it: "two more" */
	int seen;      /* counts offered to the tally, added or not */
	int first_more; /* the first count offered is marked as more: "also killed four" */
	int unplaced;   /* a count added stands in a sentence opened by no place */
} tally;

/* The tally's total: the larger of its summary and its exact counts,
 * and the people marked as more. */
static double tally_total(const tally *t)
{
	return (t->summary > t->exact ? t->summary : t->exact) + t->more;
}

/* Adds part (value v, what [ws, we)) in a role to t. */
static void tally_part(const fb_claimer *cl, tally *t, int role, int vague, double v, size_t s, size_t e,
    size_t ws, size_t we, const char *subject)
{
	if (v > t->best)
		t->best = v;
	if (role == PART_EXACT)
		t->exact += v;
	else if (role == PART_MORE)
		t->more += v;
	else if (v > t->summary)
		t->summary = v;
	t->vague |= vague;
	t->n++;
	if (t->np < 16) {
		t->subj[t->np] = subject;
		t->roles[t->np] = role;
		t->vg[t->np] = vague;
		fb_part *pp = &t->parts[t->np++];
		memset(pp, 0, sizeof *pp);
		pp->value = v;
		pp->start = s;
		pp->end = e;
		pp->what_start = ws;
		pp->what_end = we;
	}
	const char *sc = subject ? subject : "people";
	if (!t->cls && !t->mixed)
		t->cls = sc;
	while (t->cls && !fb_class_within(cl, sc, t->cls))
		t->cls = fb_class_parent(cl, t->cls);
	t->mixed |= !t->cls;
}

/* Adds count k (quantity q, at least v people) to t unless it restates
 * people counted before (returns 2) or is no addition (returns 0). after:
 * people were counted before the tally's first count (a release's body
 * after its lede). */
static int tally_add(const fb_claimer *cl, const fb_doc *doc, tally *t, int after, const fb_claim *k,
    const fb_quantity *q, double v, size_t j)
{
	int n = t->n || after, first = !t->seen++;
	/* two vague words ("detained a few suspects ... detained a few
	 * suspects") are not added, each a minimum, not a count, unless
	 * marked ("Several more insurgents were killed") */
	if (q->vague && t->vague && !vague_adds(doc, q))
		return 0;
	if (n && restates(doc, q, k))
		return 2;
	/* the same count of the same people again, with nothing that adds
	 * ("killed two insurgents ... returned fire, killing two
	 * insurgents"): a restatement. A count with no noun of its own
	 * ("killing several") may be anyone: it adds only when marked. An
	 * unmarked vague count summarises the exact ones: the larger of the
	 * two stands, not their sum. */
	const char *own_cls = k->noun_end > k->noun_start ? k->subject : NULL;
	int role = q->vague ? ((n ? vague_marked(cl, doc, q, k) : joined_on(doc, q)) ? PART_MORE : PART_SUMMARY)
	         : !n ? PART_EXACT
	         : adds_to(cl, doc, q, k) || (t->np && !t->unplaced && other_place(doc, k->sent, t->psent)) ? PART_MORE
	         : new_people(cl, t->subj, t->np, own_cls) ||
	             (t->np && t->parts[t->np - 1].end <= q->start && k->sent == t->psent && joined_on(doc, q))
	         ? PART_EXACT : -1;
	if (role < 0)
		return 0;
	t->first_more |= first && role == PART_MORE && !q->vague && says_also(doc, q);
	t->said_more |= vague_adds(doc, q);
	size_t ps, pe;
	t->unplaced |= !place_opener(doc, k->sent, &ps, &pe);
	t->last = j;
	t->psent = k->sent;
	tally_part(cl, t, role, !q->has_value, v, q->start, q->end, q->start,
	    q->noun_end > q->end ? q->noun_end : k->noun_end > q->end ? k->noun_end : q->end, k->subject);
	return 1;
}

/* Keeps the parts a total adds: the largest summary when it outweighs the
 * exact counts (else the exact counts), and every part marked as more;
 * sets t->vague when a vague part is kept. */
static void keep_parts(tally *t)
{
	size_t out = 0, top = t->np;
	int by_summary = t->summary > t->exact;
	for (size_t i = 0; i < t->np; i++)
		if (t->roles[i] == PART_SUMMARY && (top == t->np || t->parts[i].value > t->parts[top].value))
			top = i;
	t->vague = 0;
	for (size_t i = 0; i < t->np; i++) {
		int keep = t->roles[i] == PART_MORE || (by_summary ? i == top : t->roles[i] == PART_EXACT);
		if (!keep)
			continue;
		t->vague |= t->vg[i];
		t->parts[out++] = t->parts[i];
	}
	t->np = out;
}

/* Definite people of measure m after sentence lede ("the leader and two of
 * his associates were detained"), which add_singles left out: the body
 * tells again of people its lede counted. Adds each to t as one, unless
 * one person the body counted comes before it ("captured a leader ...
 * detained the targeted individual"): it is that one. "He" or "both"
 * takes up people just told of, whom the body holds already. */
static void tally_restated(const fb_claimer *cl, tally *t, const single *sv, size_t ns, const char *m, size_t lede)
{
	size_t np = t->np;
	for (size_t i = 0; i < ns; i++) {
		if (!sv[i].definite || sv[i].anaphor || sv[i].sent <= lede || !sv[i].measure ||
		    strcmp(sv[i].measure, m) != 0)
			continue;
		int own = 0;
		for (size_t p = 0; p < np && !own; p++)
			own = t->roles[p] == PART_EXACT && t->parts[p].value == 1 && t->parts[p].start < sv[i].start;
		if (!own)
			tally_part(cl, t, PART_EXACT, 0, sv[i].count > 1 ? sv[i].count : 1, sv[i].start, sv[i].end, sv[i].noun_start, sv[i].noun_end, sv[i].cls);
	}
}

/* Pushes the derived total of tally t over measure m's counts. */
static void push_total(fb_claims *c, size_t *cap, const fb_qlist *ql, tally *t, double sum)
{
	fb_claim *d = FB_PUSH(c->c, c->nc, *cap);
	*d = c->c[t->last];
	const fb_quantity *lq = claims_claim_q(c, ql, d);
	fb_quantity tot = *lq;
	int vague = t->vague;
	/* the total's surface is the last count's; its parts name the rest */
	tot.has_value = !vague;
	tot.value = vague ? 0 : sum;
	tot.has_min = 1;
	tot.min = sum;
	tot.has_max = !vague;
	tot.max = vague ? 0 : sum;
	tot.min_open = tot.max_open = 0;
	tot.approx = 0;
	tot.vague = vague;
	tot.parts = fb_parts_add(&c->parts, t->parts, t->np);
	tot.nparts = t->np;
	d->flags |= FB_CF_DERIVED | (vague ? FB_CF_VAGUE : 0u);
	d->derived_from = (int)t->last;
	d->antecedent = -1;
	d->increment = 0;
	d->quantity = -1;
	d->own = claims_own_add(c, &tot);
	d->subject = t->mixed || !t->cls ? "people" : t->cls;
}

/* Does the release state its own total of measure m: a count of it after
 * "in all", "altogether" (data/summary.txt) in its sentence ("In all, seven
 * militants were killed and three detained")? That total stands: none is
 * derived, even when the counts of the days add up to more. */
static int stated_total(const fb_claimer *cl, const fb_claims *c, size_t nnum, const fb_doc *doc,
    const fb_qlist *ql, const char *m)
{
	const char *b = doc->buf;
	for (size_t j = 0; j < nnum; j++) {
		const fb_claim *k = &c->c[j];
		if (k->type != FB_CT_NUMERIC || !k->measure || strcmp(k->measure, m) != 0 ||
		    (k->flags & FB_CF_DERIVED) || k->other_event)
			continue;
		const fb_quantity *q = claims_claim_q(c, ql, k);
		if (!q || q->kind != FB_QK_COUNT || q->vague)
			continue;
		size_t ws, we, used;
		int punct;
		for (size_t pos = doc->sent[q->sent].start; claims_next_word(b, pos, q->start, &ws, &we, &punct); pos = we)
			if (claims_phrase_at(cl->summary, b + ws, q->start - ws, &used))
				return 1;
	}
	return 0;
}

/* A release's total over several sentences: the people of one measure
 * ("killed", "arrested") counted in the article's own event, added up,
 * with restatements left out; a claim of its own, flagged derived, when
 * it is larger than every count. A body that tells again of people its
 * lede counted ("captured a leader and one insurgent ... the leader and
 * one of his associates were detained") retells the lede (inverted
 * pyramid): the larger of the two stands, not their sum. */
void claims_add_totals(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const single *sv, size_t ns)
{
	size_t nnum = c->nc;
	const char *done[16];
	size_t ndone = 0;
	/* a release's total: a short report (its paragraphs no more than
	 * MAX_RELEASE_PARAS) adds up its sentences' counts; a long article
	 * tells its people again and again ("convicted four" ... "Two
	 * businessmen were also convicted" ... "the four convicted
	 * defendants") */
	size_t text_paras = 0;
	for (size_t p = 0; p < doc->npara; p++)
		text_paras += !doc->para[p].boilerplate;
	if (text_paras > MAX_RELEASE_PARAS)
		return;
	/* counts in text order: single people were added after the numbers */
	claim_ord *ord = malloc((nnum ? nnum : 1) * sizeof *ord);
	if (!ord)
		return;
	for (size_t j = 0; j < nnum; j++) {
		const fb_quantity *q = claims_claim_q(c, ql, &c->c[j]);
		ord[j].start = q ? q->start : c->c[j].start;
		ord[j].idx = j;
	}
	qsort(ord, nnum, sizeof *ord, claims_cmp_claim_ord);
	for (size_t i = 0; i < nnum && ndone < 16; i++) {
		const fb_claim *k0 = &c->c[i];
		const char *m = k0->measure;
		if (!m || !claims_listed_measure(cl, m) || (k0->flags & FB_CF_DERIVED))
			continue;
		int seen = 0;
		for (size_t d = 0; d < ndone && !seen; d++)
			seen = strcmp(done[d], m) == 0;
		if (seen)
			continue;
		done[ndone++] = m;
		if (!claims_people_measure(cl, m))
			continue;
		tally all, lede, body;
		memset(&all, 0, sizeof all);
		memset(&lede, 0, sizeof lede);
		memset(&body, 0, sizeof body);
		size_t lede_sent = (size_t)-1;
		int mixed_src = 0, src0 = -1, retold = 0;
		for (size_t oi = 0; oi < nnum; oi++) {
			size_t j = ord[oi].idx;
			const fb_claim *k = &c->c[j];
			if (k->type != FB_CT_NUMERIC || !k->measure || strcmp(k->measure, m) != 0 ||
			    (k->flags & FB_CF_DERIVED) || k->other_event)
				continue;
			const fb_quantity *q = claims_claim_q(c, ql, k);
			if (!q || q->kind != FB_QK_COUNT || q->unit || q->nparts > 1 || each_doer(doc, q))
				continue;
			/* people, or a noun no list knows ("couriers"): a measure of
			 * people counts people; listed things ("homes") are left out */
			if (k->subject && !claims_people_class(cl, k->subject) &&
			    fb_lexicon_get(cl->classes, k->subject, strlen(k->subject)))
				continue;
			/* a count that a source gives is that source's toll: tolls of
			 * several sources are accounts of the same people */
			int src = at && k->attr >= 0 ? at->attr[k->attr].source : -1;
			if (src >= 0 && src0 >= 0 && src != src0) {
				mixed_src = 1;
				break;
			}
			if (src >= 0)
				src0 = src;
			double v = q->has_value ? q->value : q->has_min ? q->min + (q->min_open ? 1 : 0) : -1;
			if (v <= 0 || v >= 1e15 || v != floor(v))
				continue;
			if (lede_sent == (size_t)-1)
				lede_sent = k->sent;
			tally_add(cl, doc, &all, 0, k, q, v, j);
			if (k->sent == lede_sent)
				tally_add(cl, doc, &lede, 0, k, q, v, j);
			else if (tally_add(cl, doc, &body, 1, k, q, v, j) == 2) {
				/* "the two facilitators were detained": told again */
				retold = 1;
				tally_part(cl, &body, PART_EXACT, !q->has_value, v, q->start, q->end, q->start,
				    q->noun_end > q->end ? q->noun_end : q->end, k->subject);
			}
		}
		if (mixed_src || all.n < 2 || all.np < (size_t)all.n)
			continue;
		int nb = body.n;
		if (nb && lede_sent != (size_t)-1)
			tally_restated(cl, &body, sv, ns, m, lede_sent);
		retold |= body.n > nb;
		tally *t = &all;
		double sum = tally_total(&all);
		/* a lede of vague words only ("detained several suspects in
		 * operations in two provinces") sums up its body, unless the body
		 * says "more" ("two more", "several other") or its first count is
		 * marked as more people ("in another clash, also killed four") */
		if (!retold && lede.n && !lede.exact && !lede.more && body.n && body.np == (size_t)body.n &&
		    !body.said_more && !body.first_more)
			retold = 1;
		if (retold && lede.n && body.n && body.np == (size_t)body.n) {
			double tl = tally_total(&lede), tb = tally_total(&body);
			t = tl >= tb ? &lede : &body;
			sum = tl >= tb ? tl : tb;
			t->last = all.last; /* the total's surface: the release's last count */
		}
		if (sum <= all.best || t->n < 2 || stated_total(cl, c, nnum, doc, ql, m))
			continue;
		keep_parts(t);
		push_total(c, cap, ql, t, sum);
	}
	free(ord);
}
