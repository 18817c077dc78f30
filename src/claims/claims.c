/* claims.c - turns quantities and attributed stretches into claims: finds
 * each number's counted noun (its subject class) and predicate (its
 * measure), resolves nounless numbers ("All three") to an antecedent, and
 * derives implied totals ("one blew himself up, two others were shot").
 * This file: the word lists, the word scanner, classes and the build;
 * the parts are in claims_find.c, claims_people.c and claims_totals.c. */
#include "claims_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "lemma.h"
#include "scope.h"
#include "segment.h"
#include "util.h"

/* Bytes a word may have before it is cut. */
#define MAX_WORD 64
/* Earlier claims searched for an antecedent or a derived total. */
#define MAX_LOOKBACK 32

/* Words that end the search for a number's predicate. */
static const char *const clause_stops[] = {
	"who", "which", "that", "after", "when", "while", "whereas", "but", "because",
	"before", "since", "although", "though", "where", "as", "if", "until", "unless",
	"according", "said", "says", "told", NULL,
};

/* Words that never name what a number counts. */
static const char *const not_nouns[] = {
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
	"were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
	"could", "should", "may", "might", "must", "can", "did", "do", "does", "not", "no",
	"who", "which", "that", "this", "these", "those", "it", "its", "their", "his", "her",
	"they", "them", "he", "she", "we", "us", "i", "you", "more", "less", "than", "about",
	"per", "percent", "cent", "times", "each", "all", "both", "also", "now", "then", "so",
	"after", "before", "during", "over", "under", "up", "down", "out", "into", "onto",
	"said", "says", "say", "told", "later", "earlier", "ago", "last", "next", "other",
	"another", "others", "such", "some", "many", "most", "same", "new", "old", "year", "years",
	"additional", "extra", "further", "as", "since", "while", "when", "where", "because", "if",
	"unless", "until", "though", "although", "whether", "against", "despite", "amid", "among",
	"between", "through", "toward", "towards", "within", "without", "across", "along", "around",
	"behind", "beyond", "near", "upon", "via", "like", "including", "there", "here", "what",
	"whose", "whom", "how", "why", "just", "only", "even", "still", "yet", "already", "again", NULL,
};

/* Words between a measure and its number: "the toll had risen to 38",
 * "the number of dead was 12", "detained another 12", "killed an
 * additional 5" (one more count of the same deed). */
static const char *const measure_skips[] = {
	"to", "of", "rate", "figure", "number", "count", "tally", "level", "total", "a", "at", "the",
	"was", "were", "is", "are", "had", "has", "have", "now", "since", "all", "both", "another",
	"an", "additional", "further", NULL,
};

/* Words that open an aside between commas after a counted noun, which the
 * predicate is sought past: "Two women, aged 19 and 20, were arrested",
 * "Five people, including a child, died". */
static const char *const aside_openers[] = {
	"aged", "ages", "including", "among", "both", "all", "each", "mostly", "mainly", "believed",
	"thought", "said", "reportedly", "apparently", "none", "most", "many", "some", NULL,
};

/* Past participles that are hedges or adjectives, not predicates. */
static const char *const not_predicates[] = {
	"reported", "estimated", "expected", "alleged", "combined", "related", "limited",
	"united", "based", "aged", "named", "called", "armed", "used", "supposed",
	"unprecedented", "detailed", "advanced", "registered", "needed", NULL,
};

static fb_lexicon *word_set(const char *const *list)
{
	fb_lexicon *lx = fb_lexicon_new();
	for (size_t i = 0; list[i]; i++)
		fb_lexicon_add(lx, list[i], strlen(list[i]), NULL, 0);
	return lx;
}

int claims_in_list(const fb_lexicon *set, const char *s, size_t n)
{
	return fb_lexicon_get(set, s, n) != NULL;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The measures of measures.tsv, sorted, each once: claims_listed_measure
 * asks for one by bisection instead of reading the whole list. */
static void measure_names(fb_claimer *cl)
{
	const fb_lexicon *m = cl->measures;
	cl->measure_names = fb_xcalloc(m->n ? m->n : 1, sizeof *cl->measure_names);
	size_t n = 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->e[i].nfield)
			cl->measure_names[n++] = m->e[i].field[0];
	qsort(cl->measure_names, n, sizeof *cl->measure_names, by_name);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!k || strcmp(cl->measure_names[k - 1], cl->measure_names[i]) != 0)
			cl->measure_names[k++] = cl->measure_names[i];
	cl->nmeasure_names = k;
}

/* The irregular pasts of verb_pasts, each a key of past_forms. */
static void past_forms(fb_claimer *cl)
{
	cl->past_forms = fb_lexicon_new();
	for (size_t i = 0; i < cl->verb_pasts->n; i++)
		for (const char *p = cl->verb_pasts->e[i].nfield ? cl->verb_pasts->e[i].field[0] : ""; *p;) {
			size_t n = strcspn(p, " ");
			if (n && !fb_lexicon_get(cl->past_forms, p, n))
				fb_lexicon_add(cl->past_forms, p, n, NULL, 0);
			p += n;
			p += *p == ' ';
		}
}

int fb_is_past_verb(const fb_claimer *cl, const char *s, size_t n)
{
	return n && fb_islower((unsigned char)s[0]) &&
	    (claims_is_participle(cl, s, n) || fb_lexicon_get(cl->past_forms, s, n) != NULL);
}

const char *fb_role_measure(const fb_claimer *cl, const char *noun)
{
	const fb_entry *e = noun && cl->role_nouns ? fb_lexicon_get(cl->role_nouns, noun, strlen(noun)) : NULL;
	return e && e->nfield ? e->field[0] : NULL;
}

/* data/measure-nouns.tsv (generated from WordNet): nouns that name a
 * measure's event ("arrests" = arrested), added to the measures where
 * measures.tsv has no line of their own. */
static int add_measure_nouns(fb_claimer *cl, char *err, size_t errlen)
{
	fb_lexicon *lx = fb_lexicon_load_data("measure-nouns.tsv", err, errlen);
	if (!lx)
		return 0;
	for (size_t i = 0; i < lx->n; i++) {
		const fb_entry *e = &lx->e[i];
		if (!fb_lexicon_get(cl->measures, e->key, e->keylen))
			fb_lexicon_add(cl->measures, e->key, e->keylen, (const char *const *)e->field, e->nfield);
	}
	fb_lexicon_free(lx);
	return 1;
}

fb_claimer *fb_claimer_new(char *err, size_t errlen)
{
	fb_claimer *cl = fb_xcalloc(1, sizeof *cl);
	if (!(cl->measures = fb_lexicon_load_data("measures.tsv", err, errlen)) ||
	    !(cl->classes = fb_lexicon_load_data("classes.tsv", err, errlen)) ||
	    !(cl->other_event = fb_lexicon_load_data("other-event.txt", err, errlen)) ||
	    !(cl->increments = fb_lexicon_load_data("increments.txt", err, errlen)) ||
	    !(cl->place_nouns = fb_lexicon_load_data("place-nouns.txt", err, errlen)) ||
	    !(cl->link_verbs = fb_lexicon_load_data("link-verbs.txt", err, errlen)) ||
	    !(cl->heads = fb_lexicon_load_data("heads.tsv", err, errlen)) ||
	    !(cl->persons = fb_lexicon_load_shared("attribution/people.txt", err, errlen)) ||
	    !(cl->number_words = fb_lexicon_load_data("numbers/words.tsv", err, errlen)) ||
	    !(cl->summary = fb_lexicon_load_data("summary.txt", err, errlen)) ||
	    !(cl->people_verbs = fb_lexicon_load_data("people-verbs.tsv", err, errlen)) ||
	    !(cl->remains = fb_lexicon_load_data("remains.txt", err, errlen)) ||
	    !(cl->intransitive = fb_lexicon_load_data("intransitive.txt", err, errlen)) ||
	    !(cl->verb_pasts = fb_lexicon_load_data("verb-pasts.tsv", err, errlen)) ||
	    !(cl->role_nouns = fb_lexicon_load_data("role-nouns.tsv", err, errlen)) ||
	    !(cl->plurals = fb_plurals_load(err, errlen)) ||
	    !(cl->scoper = fb_scoper_new(err, errlen)) || !add_measure_nouns(cl, err, errlen)) {
		fb_claimer_free(cl);
		return NULL;
	}
	measure_names(cl);
	past_forms(cl);
	cl->clause_stops = word_set(clause_stops);
	cl->not_nouns = word_set(not_nouns);
	cl->not_predicates = word_set(not_predicates);
	cl->measure_skips = word_set(measure_skips);
	cl->aside_openers = word_set(aside_openers);
	/* class -> (parent, flags), from every line that names a parent */
	cl->parents = fb_lexicon_new();
	for (size_t i = 0; i < cl->classes->n; i++) {
		const fb_entry *e = &cl->classes->e[i];
		if (e->nfield < 2 || !e->field[1][0])
			continue;
		const char *f[2] = { e->field[1], e->nfield > 2 ? e->field[2] : "" };
		fb_lexicon_add(cl->parents, e->field[0], strlen(e->field[0]), f, 2);
	}
	return cl;
}

void fb_claimer_free(fb_claimer *cl)
{
	if (!cl)
		return;
	fb_lexicon_free(cl->measures);
	free(cl->measure_names);
	fb_lexicon_free(cl->classes);
	fb_lexicon_free(cl->other_event);
	fb_lexicon_free(cl->increments);
	fb_lexicon_free(cl->place_nouns);
	fb_lexicon_free(cl->parents);
	fb_lexicon_free(cl->heads);
	fb_lexicon_free(cl->persons);
	fb_lexicon_free(cl->number_words);
	fb_lexicon_free(cl->summary);
	fb_lexicon_free(cl->people_verbs);
	fb_lexicon_free(cl->verb_pasts);
	fb_lexicon_free(cl->role_nouns);
	fb_lexicon_free(cl->past_forms);
	fb_lexicon_free(cl->remains);
	fb_lexicon_free(cl->plurals);
	fb_lexicon_free(cl->intransitive);
	fb_lexicon_free(cl->clause_stops);
	fb_lexicon_free(cl->not_nouns);
	fb_lexicon_free(cl->not_predicates);
	fb_lexicon_free(cl->link_verbs);
	fb_lexicon_free(cl->measure_skips);
	fb_lexicon_free(cl->aside_openers);
	fb_scoper_free(cl->scoper);
	free(cl);
}

/* ------------------------------------------------------------------ words */

/* The longest listed phrase at s, looking no farther than a phrase can
 * reach: lists hold phrases of a few words, and the text after them may
 * be a megabyte without an ASCII space. */
const fb_entry *claims_phrase_at(const fb_lexicon *lx, const char *s, size_t n, size_t *used)
{
	return fb_lexicon_longest(lx, s, n < 96 ? n : 96, used);
}

/* The first non-space offset in [from, to). */
static size_t skip_space(const char *b, size_t from, size_t to)
{
	while (from < to && fb_isspace((unsigned char)b[from]))
		from++;
	return from;
}

/* Finds the next word in buf[pos, end): letters, digits and inner hyphens
 * or apostrophes. Stores its span; returns 0 when none. A clause
 * punctuation mark (, ; : ( ) before the word sets *punct. */
int claims_next_word(const char *buf, size_t pos, size_t end, size_t *ws, size_t *we, int *punct)
{
	size_t i = pos;
	*punct = 0;
	while (i < end) {
		unsigned char c = (unsigned char)buf[i];
		if (c < 0x80) { /* ASCII, most of any news text */
			if (fb_isalnum(c))
				break;
			if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"')
				*punct = 1;
			i++;
			continue;
		}
		size_t l;
		unsigned cp = fb_utf8_decode(buf, end, i, &l);
		if (fb_is_word_cp(cp))
			break;
		if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == 0x2014 || cp == '"' || cp == 0x201C || cp == 0x201D)
			*punct = 1;
		i += l;
	}
	if (i >= end)
		return 0;
	*ws = i;
	if (end - i > MAX_WORD) /* "1-2-3-4-…" is no word: cut it, stay linear */
		end = i + MAX_WORD;
	while (i < end) {
		unsigned char c = (unsigned char)buf[i];
		if (c < 0x80) { /* ASCII: no decoding, as the loop above */
			if (fb_isalnum(c)) {
				i++;
				continue;
			}
			if ((c == '-' || c == '\'') && i + 1 < end) {
				size_t l2;
				if (fb_is_word_cp(fb_utf8_decode(buf, end, i + 1, &l2))) {
					i++;
					continue;
				}
			}
			break;
		}
		size_t l;
		unsigned cp = fb_utf8_decode(buf, end, i, &l);
		if (fb_is_word_cp(cp)) {
			i += l;
			continue;
		}
		if ((cp == '-' || cp == '\'' || cp == 0x2019) && i + l < end) {
			size_t l2;
			unsigned nx = fb_utf8_decode(buf, end, i + l, &l2);
			if (fb_is_word_cp(nx)) {
				i += l;
				continue;
			}
		}
		break;
	}
	*we = i;
	return 1;
}

void claims_sent_words(const fb_doc *doc, size_t si, sent_words *sw)
{
	const fb_sent *st = &doc->sent[si];
	size_t pos = st->start, ws, we;
	int punct;
	sw->n = 0;
	sw->sent = si;
	sw->start = st->start;
	while (claims_next_word(doc->buf, pos, st->end, &ws, &we, &punct)) {
		size_t (*w)[2] = FB_PUSH(sw->w, sw->n, sw->cap);
		(*w)[0] = ws;
		(*w)[1] = we;
		pos = we;
	}
}

int claims_word_from(const char *buf, const sent_words *sw, size_t *k, size_t pos, size_t end, size_t *ws, size_t *we)
{
	while (*k < sw->n && sw->w[*k][0] < pos)
		(*k)++;
	if (pos == sw->start || (*k > 0 && sw->w[*k - 1][1] == pos)) {
		if (*k >= sw->n)
			return 0;
		*ws = sw->w[*k][0];
		*we = sw->w[*k][1];
		(*k)++;
		return 1;
	}
	int punct; /* pos inside a word or between two: scan as they were found */
	return claims_next_word(buf, pos, end, ws, we, &punct);
}

/* The word ending just before pos (after skipping non-word bytes), or 0. */
int claims_prev_word(const char *buf, size_t lo, size_t pos, size_t *ws, size_t *we, int *punct)
{
	size_t i = pos;
	*punct = 0;
	while (i > lo) {
		unsigned char c = (unsigned char)buf[i - 1];
		if (fb_isalnum(c) || c >= 0x80)
			break;
		if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
			*punct = 1;
		i--;
	}
	if (i <= lo)
		return 0;
	*we = i;
	if (i - lo > MAX_WORD)
		lo = i - MAX_WORD;
	while (i > lo) {
		unsigned char c = (unsigned char)buf[i - 1];
		if (fb_isalnum(c) || (c >= 0x80 && !(c == 0x99 && i >= 3 && (unsigned char)buf[i - 3] == 0xE2)))
			i--;
		else if ((c == '-' || c == '\'') && i - 1 > lo && fb_isalnum((unsigned char)buf[i - 2]))
			i--;
		else
			break;
	}
	/* step back over a partial UTF-8 sequence start */
	while (i < *we && ((unsigned char)buf[i] & 0xC0) == 0x80)
		i++;
	*ws = i;
	return *ws < *we;
}

/* ---------------------------------------------------------------- classes */

const char *fb_class_of(const fb_claimer *cl, const char *s, size_t n)
{
	const fb_entry *e = fb_lexicon_get(cl->classes, s, n);
	if (!e)
		return NULL;
	return e->nfield ? e->field[0] : e->key;
}

const char *fb_class_in(const fb_claimer *cl, const char *s, size_t n)
{
	/* the longest listed phrase starting at the earliest word wins:
	 * "members of the security forces", else "dock workers" -> workers */
	size_t pos = 0, ws, we;
	int punct;
	while (claims_next_word(s, pos, n, &ws, &we, &punct)) {
		size_t used;
		const fb_entry *e = claims_phrase_at(cl->classes, s + ws, n - ws, &used);
		if (e)
			return e->nfield ? e->field[0] : e->key;
		pos = we;
	}
	return NULL;
}

/* The entry that says what class cls is under: its line in the parent
 * table built from classes.tsv at load time, or NULL. */
static const fb_entry *class_def(const fb_claimer *cl, const char *cls)
{
	return fb_lexicon_get(cl->parents, cls, strlen(cls));
}

const char *fb_class_parent(const fb_claimer *cl, const char *cls)
{
	const fb_entry *e = class_def(cl, cls);
	if (!e || strcmp(e->field[0], cls) == 0 || !e->field[0][0])
		return NULL;
	return e->field[0];
}

int fb_class_is_loose(const fb_claimer *cl, const char *cls)
{
	const fb_entry *e = class_def(cl, cls);
	return e && e->nfield >= 2 && strcmp(e->field[1], "loose") == 0;
}

int fb_class_within(const fb_claimer *cl, const char *cls, const char *ancestor)
{
	for (int depth = 0; cls && depth < 16; depth++) {
		if (strcmp(cls, ancestor) == 0)
			return 1;
		cls = fb_class_parent(cl, cls);
	}
	return 0;
}

/* Interned strings for subjects that no class names: the singular of the
 * counted noun, kept in the claims so they live as long as the record. */
static const char *intern(fb_claims *c, const char *s, size_t n)
{
	for (size_t i = 0; i < c->nstr; i++)
		if (strlen(c->str[i]) == n && memcmp(c->str[i], s, n) == 0)
			return c->str[i];
	char **slot = FB_PUSH(c->str, c->nstr, c->strcap);
	*slot = fb_xstrndup(s, n);
	for (char *p = *slot; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	return *slot;
}

/* A generic noun's lemma (fb_noun_lemma: "jobs" -> "job", "cities" ->
 * "city", "buses" -> "bus"), interned; a long word is cut to 63 bytes. */
const char *claims_lemma(const fb_claimer *cl, fb_claims *c, const char *s, size_t n)
{
	char tmp[64];
	size_t len = fb_noun_lemma(cl->plurals, s, n, tmp, sizeof tmp);
	return intern(c, tmp, len < sizeof tmp ? len : sizeof tmp - 1);
}

/* The last word of a split part's noun ("extra beds" -> "beds"), lower
 * case letters only; 0 when there is none. */
static int part_noun(const char *b, size_t s, size_t e, size_t *ws, size_t *we)
{
	while (e > s && !fb_isalpha((unsigned char)b[e - 1]))
		e--;
	size_t i = e;
	while (i > s && fb_isalpha((unsigned char)b[i - 1]))
		i--;
	if (e - i < 3 || !fb_islower((unsigned char)b[i]))
		return 0;
	*ws = i;
	*we = e;
	return 1;
}

/* Renumbers the links between claims [0, n) (claim i moves to dest[i]) and
 * moves each claim to its place, in place: one claim at a time is held
 * aside, so a long article's claims are never copied whole. dest is used
 * up (left the identity). */
static void move_claims(fb_claim *c, size_t n, size_t *dest)
{
	for (size_t i = 0; i < n; i++) {
		if (c[i].derived_from >= 0)
			c[i].derived_from = (int)dest[c[i].derived_from];
		if (c[i].antecedent >= 0)
			c[i].antecedent = (int)dest[c[i].antecedent];
	}
	for (size_t i = 0; i < n; i++)
		while (dest[i] != i) {
			size_t j = dest[i];
			fb_claim t = c[j];
			c[j] = c[i];
			c[i] = t;
			dest[i] = dest[j];
			dest[j] = j;
		}
}

static void sort_numeric(fb_claims *c, size_t nnum)
{
	if (nnum < 2)
		return;
	claim_ord *o = fb_xcalloc(nnum, sizeof *o);
	for (size_t i = 0; i < nnum; i++) {
		o[i].start = c->c[i].start;
		o[i].idx = i;
	}
	/* a derived claim stays after what it comes from */
	for (size_t i = 0; i < nnum; i++)
		if (c->c[i].derived_from >= 0 && o[i].start < c->c[c->c[i].derived_from].start)
			o[i].start = c->c[c->c[i].derived_from].start;
	qsort(o, nnum, sizeof *o, claims_cmp_claim_ord);
	size_t *newidx = fb_xcalloc(nnum, sizeof *newidx);
	for (size_t i = 0; i < nnum; i++)
		newidx[o[i].idx] = i;
	free(o);
	move_claims(c->c, nnum, newidx);
	free(newidx);
}

/* ------------------------------------------------------------------ build */

static int countlike(const fb_quantity *q)
{
	return q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY || q->kind == FB_QK_PERCENT ||
	       q->kind == FB_QK_MEASURE || q->kind == FB_QK_DURATION;
}

/* Numeric claims [0, nnum) and attribution claims [nnum, nc) are each in
 * text order; merges them, keeping derived claims after their origin and
 * renumbering the links between claims. */
static void merge_in_text_order(fb_claims *c, size_t nnum)
{
	if (!c->nc)
		return;
	size_t *newidx = fb_xcalloc(c->nc, sizeof *newidx);
	size_t i = 0, j = nnum, o = 0;
	while (i < nnum || j < c->nc) {
		int take_num = j >= c->nc || (i < nnum && c->c[i].start <= c->c[j].start);
		newidx[take_num ? i++ : j++] = o++;
	}
	move_claims(c->c, c->nc, newidx);
	free(newidx);
	/* the claims are done: no room kept for more */
	c->c = fb_xrealloc(c->c, c->nc, sizeof *c->c);
}

/* "The previous deadliest heat wave, in July 2003, killed 27 people. In
 * that heat wave, hospitals recorded about 700 visits": a count whose
 * sentence opens with "that" and a noun is of the event the sentence
 * before told of. */
static void that_events(fb_claims *c, const fb_doc *doc, const fb_qlist *ql)
{
	for (size_t i = 1; i < c->nc; i++) {
		fb_claim *k = &c->c[i];
		if (k->type != FB_CT_NUMERIC || k->other_event || k->quantity < 0 || k->sent == 0 ||
		    !fb_sent_that_opens(doc->buf, doc->sent[k->sent].start, ql->q[k->quantity].start))
			continue;
		for (size_t j = i; j-- > 0 && c->c[j].sent + 1 >= k->sent;) {
			const fb_claim *p = &c->c[j];
			if (p->sent + 1 == k->sent && p->type == FB_CT_NUMERIC && p->other_event &&
			    p->context_end > p->context_start) {
				k->other_event = 1;
				k->context_start = p->context_start;
				k->context_end = p->context_end;
				break;
			}
		}
	}
}

/* Events: E1 is the article's own; each distinct context that set a claim
 * apart ("last year", "in 1991") is another, in text order. */
static void assign_events(fb_claims *c, const fb_doc *doc)
{
	size_t cap = 0;
	fb_lexicon *seen = fb_lexicon_new(); /* folded label -> entry i is event i+1 */
	fb_event *main_ev = FB_PUSH(c->ev, c->nev, cap);
	main_ev->main = 1;
	for (size_t i = 0; i < c->nc; i++) {
		fb_claim *k = &c->c[i];
		k->event = 0;
		if (!k->other_event || k->context_end <= k->context_start)
			continue;
		const char *s = doc->buf + k->context_start;
		size_t n = k->context_end - k->context_start;
		const fb_entry *e = fb_lexicon_get(seen, s, n);
		if (!e) {
			e = fb_lexicon_add(seen, s, n, NULL, 0);
			fb_event *ev = FB_PUSH(c->ev, c->nev, cap);
			ev->start = k->context_start;
			ev->end = k->context_end;
		}
		k->event = (int)(e - seen->e) + 1;
	}
	fb_lexicon_free(seen);
}

/* What the build of one article's claims keeps while it goes over the
 * quantities (fb_extract_claims). */
typedef struct build_state {
	const fb_claimer *cl;
	const fb_doc *doc;
	const fb_qlist *ql;
	const fb_attribution *at;
	fb_claims *c;          /* the claims built */
	size_t cap;            /* room in c->c */
	int own_year;          /* the dateline's year: a date in the first paragraphs */
	int own_month;         /* and its month (1 to 12), or 0 */
	size_t *sent_claim_lo; /* sentence -> first claim index, to find antecedents near by */
	int *numeric_in_sent;  /* sentence -> its numeric claims so far */
	spans ms;              /* the source mentions */
	phrase_spans evs;      /* the other-event phrases */
	fb_lexicon *names;     /* the article's proper names */
	qindex qx;             /* the quantities of each sentence */
} build_state;

/* The subject of a part of a split enumeration: its listed class, else its
 * noun's lemma; what stands before that noun is a restriction. */
static void split_subject(const build_state *bs, const fb_quantity *q, fb_claim *k)
{
	const fb_doc *doc = bs->doc;
	fb_claims *c = bs->c;
	k->noun_start = q->noun_start;
	k->noun_end = q->noun_end;
	k->subject = fb_class_in(bs->cl, doc->buf + q->noun_start, q->noun_end - q->noun_start);
	size_t pws, pwe;
	if (part_noun(doc->buf, q->noun_start, q->noun_end, &pws, &pwe)) {
		if (!k->subject)
			k->subject = claims_lemma(bs->cl, c, doc->buf + pws, pwe - pws); /* "9,800 pupils" */
		size_t m0 = skip_space(doc->buf, q->noun_start, pws), me = pws;
		/* "2,400 additional doctors": "additional", "new", "more" say
		 * how many more, they restrict nothing */
		static const char *const lead[] = { "additional", "extra", "further", "more", "new", "other" };
		for (size_t i = 0; i < sizeof lead / sizeof *lead; i++) {
			size_t n = strlen(lead[i]);
			if (m0 + n < me && fb_word_eq(doc->buf + m0, n, lead[i]) && fb_isspace((unsigned char)doc->buf[m0 + n])) {
				m0 = skip_space(doc->buf, m0 + n, pws);
				break;
			}
		}
		while (me > m0 && fb_isspace((unsigned char)doc->buf[me - 1]))
			me--;
		if (me > m0) /* "2,500 regular passengers": a restriction */
			k->mod_start = m0, k->mod_end = me;
	}
}

/* The claim of the quantity just before q (i - 1) in its sentence, when
 * w is the word right before q and fewer than gap bytes part them
 * ("48,207 votes to 48,095", "killed seven people, including two");
 * NULL when not. */
static const fb_claim *count_before(const build_state *bs, size_t ki, size_t i, const fb_quantity *q, const char *w,
    size_t gap)
{
	const fb_claim *pk = ki > 0 ? &bs->c->c[ki - 1] : NULL;
	const fb_quantity *pq = i > 0 ? &bs->ql->q[i - 1] : NULL;
	size_t ws, we;
	int punct;
	if (!pk || !pq || pk->quantity != (int)i - 1 || pq->sent != q->sent || q->start - pq->end >= gap ||
	    !claims_prev_word(bs->doc->buf, pq->end, q->start, &ws, &we, &punct) || punct ||
	    !fb_word_eq(bs->doc->buf + ws, we - ws, w))
		return NULL;
	return pk;
}

/* Sets k->measure for quantity i (q): its predicate, else for a count the
 * clause's event predicate; *def and *implies as claims_find_measure. */
/* May a count of subj be one of class cls (a measure's default class):
 * within it, or a person noun (WordNet) when cls is people? */
static int may_count(const fb_claimer *cl, const char *subj, const char *cls)
{
	return fb_class_within(cl, subj, cls) || (fb_class_within(cl, cls, "people") && fb_names_people(cl, subj));
}

static void count_measure(const build_state *bs, size_t i, const fb_quantity *q, fb_claim *k,
    const char **def, const char **implies)
{
	const fb_claimer *cl = bs->cl;
	const fb_doc *doc = bs->doc;
	k->measure = claims_find_measure(cl, bs->c, doc, bs->ql, i, k, def, implies);
	if (!claims_listed_measure(cl, k->measure) && q->kind == FB_QK_COUNT) {
		/* the clause's event predicate, over a verb of finding
		 * or a conjunction */
		const char *d2 = NULL, *i2 = NULL;
		const char *m2 = claims_measure_after_aux(cl, doc, q, k, &d2, &i2);
		if (!m2 && !k->measure) /* "and ten hostages freed" keeps "freed" */
			m2 = claims_measure_over_conjunct(cl, doc, q, k, &d2, &i2);
		if (m2) {
			k->measure = m2;
			*def = d2;
			*implies = i2;
		}
	}
}

/* nounless: "All three", "one is in critical condition", "at least one
 * blew himself up": the nearest earlier claim in the paragraph with a
 * noun (same value when it is in another sentence), of the class its
 * measure counts (def) when that is known, gives claim ki (k) its subject
 * and antecedent. */
static void find_antecedent(const build_state *bs, size_t ki, const fb_quantity *q, fb_claim *k, const char *def)
{
	const fb_claims *c = bs->c;
	const fb_doc *doc = bs->doc;
	const fb_qlist *ql = bs->ql;
	size_t para = doc->sent[q->sent].para;
	for (size_t j = ki, steps = 0; j-- > 0 && steps < MAX_LOOKBACK; steps++) {
		const fb_claim *p = &c->c[j];
		if (doc->sent[p->sent].para != para)
			break;
		if (!p->subject || p->quantity < 0 || p->antecedent >= 0)
			continue;
		const fb_quantity *pq = &ql->q[p->quantity];
		if (p->sent != k->sent && !(pq->has_value && q->has_value && pq->value == q->value))
			continue;
		if (pq->kind != FB_QK_COUNT)
			continue;
		if (def && !may_count(bs->cl, p->subject, def))
			continue; /* "had 240 beds ... more than 400 wounded": the wounded are people */
		k->subject = p->subject;
		k->antecedent = (int)j;
		break;
	}
}

/* Does b[from, to) hold a dash (U+2014, or a spaced hyphen) or a
 * semicolon: a break between clauses a comma is not? */
static int dash_or_semicolon(const char *b, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (b[i] == ';' || (i + 2 < to && (unsigned char)b[i] == 0xE2 && (unsigned char)b[i + 1] == 0x80 &&
		    (unsigned char)b[i + 2] == 0x94) || (b[i] == '-' && i > from && b[i - 1] == ' ' && i + 1 < to &&
		    b[i + 1] == ' '))
			return 1;
	return 0;
}

/* A duration's subject is time; its measure the nearest verb before it in
 * its clause, else the sentence's verb near by. */
static void duration_measure(const build_state *bs, const fb_quantity *q, fb_claim *k)
{
	const fb_claimer *cl = bs->cl;
	const fb_doc *doc = bs->doc;
	fb_claims *c = bs->c;
	const fb_sent *st = &doc->sent[q->sent];
	k->subject = "time";
	if (!k->measure) { /* the nearest verb before it, in its clause */
		size_t pos = q->start, ws, we, used;
		int punct;
		for (int back = 0; back < 8 && !k->measure; back++) {
			if (!claims_prev_word(doc->buf, st->start, pos, &ws, &we, &punct) || punct)
				break;
			const fb_entry *e = claims_phrase_at(cl->measures, doc->buf + ws, st->end - ws, &used);
			if (e && e->nfield && ws + used <= q->start)
				k->measure = e->field[0];
			else if (claims_is_participle(cl, doc->buf + ws, we - ws))
				k->measure = claims_lemma(cl, c, doc->buf + ws, we - ws);
			pos = ws;
		}
	}
	if (!k->measure) { /* the sentence's verb, near by */
		size_t ws, we, used;
		size_t ce = st->end - q->end > CLAUSE_WINDOW ? q->end + CLAUSE_WINDOW : st->end;
		size_t pos = q->start > st->start + CLAUSE_WINDOW ? q->start - CLAUSE_WINDOW : st->start;
		int punct;
		while (claims_next_word(doc->buf, pos, ce, &ws, &we, &punct)) {
			if (punct && ws >= q->end && dash_or_semicolon(doc->buf, pos, ws))
				break; /* "within three hours of the alarm — and that people had been trapped" */
			const fb_entry *e = claims_phrase_at(cl->measures, doc->buf + ws, st->end - ws, &used);
			if (e && e->nfield) {
				k->measure = e->field[0];
				break;
			}
			pos = we;
		}
	}
}

/* "One ... blew himself up while two others were shot dead": the earlier
 * count's measure implies that of claim ki (an increment of quantity q),
 * so together they give a derived total, pushed after it. */
static void derive_increment_total(build_state *bs, size_t ki, const fb_quantity *q)
{
	const fb_claimer *cl = bs->cl;
	const fb_doc *doc = bs->doc;
	const fb_qlist *ql = bs->ql;
	fb_claims *c = bs->c;
	const fb_sent *st = &doc->sent[q->sent];
	fb_claim *k = &c->c[ki];
	for (size_t j = ki, steps = 0; j-- > bs->sent_claim_lo[q->sent] && c->c[j].sent == q->sent && steps < MAX_LOOKBACK; steps++) {
		const fb_claim *p = &c->c[j];
		if (p->quantity < 0 || !p->measure || !p->subject)
			continue;
		const fb_entry *pm = NULL;
		for (size_t m = 0; m < cl->measures->n && !pm; m++)
			if (strcmp(cl->measures->e[m].field[0], p->measure) == 0 &&
			    cl->measures->e[m].nfield > 2 && strcmp(cl->measures->e[m].field[2], k->measure) == 0)
				pm = &cl->measures->e[m];
		if (!pm)
			continue;
		const fb_quantity *pq = &ql->q[p->quantity];
		if (!pq->has_value || !q->has_value)
			break;
		if (!k->subject || strcmp(k->subject, "people") == 0)
			k->subject = p->subject;
		fb_claim *d = FB_PUSH(c->c, c->nc, bs->cap);
		k = &c->c[ki]; /* the array may have moved */
		*d = *k;
		d->flags |= FB_CF_DERIVED;
		d->derived_from = (int)ki;
		d->increment = 0;
		d->quantity = -1;
		fb_quantity sum = *q;
		sum.start = pq->start;
		sum.end = q->end;
		sum.value = sum.min = sum.max = pq->value + q->value;
		fb_part two[2];
		memset(two, 0, sizeof two);
		two[0].value = pq->value;
		two[0].start = pq->start;
		two[0].end = pq->end;
		/* "1 of the attackers + 2 others" */
		two[0].what_start = p->noun_start ? skip_space(doc->buf, pq->end, p->noun_start) : pq->start;
		two[0].what_end = p->noun_start ? p->noun_end : pq->end;
		two[1].value = q->value;
		two[1].start = q->start;
		two[1].end = q->end;
		size_t ows, owe;
		int op;
		if (claims_next_word(doc->buf, q->end, st->end, &ows, &owe, &op) && !op &&
		    fb_lexicon_get(cl->increments, doc->buf + ows, owe - ows)) {
			two[1].what_start = ows; /* "others" */
			two[1].what_end = owe;
		} else {
			two[1].what_start = k->noun_start ? k->noun_start : q->start;
			two[1].what_end = k->noun_start ? k->noun_end : q->end;
		}
		sum.parts = fb_parts_add(&c->parts, two, 2);
		sum.nparts = 2;
		d->own = claims_own_add(c, &sum);
		d->subject = p->subject;
		break;
	}
}

/* Pushes the numeric claim of quantity i, or of q, a part of it when the
 * enumeration is split; parts_class is the enumeration's class. */
/* Does a word of q's own noun phrase, between the number and its noun
 * (the word after the number when no noun was found), name a predicate
 * ("the 210,000 stranded passengers", "the 5,000 evacuated")? */
static int own_predicate(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	size_t pos = q->end, ws, we, used;
	size_t end = k->noun_end > pos ? k->noun_end : doc->sent[q->sent].end;
	int punct;
	while (pos < end && claims_next_word(doc->buf, pos, end, &ws, &we, &punct) && !punct) {
		const fb_entry *e = claims_phrase_at(cl->measures, doc->buf + ws, we - ws, &used);
		if ((e && used == we - ws) || claims_is_participle(cl, doc->buf + ws, we - ws))
			return 1;
		if (k->noun_end <= q->end)
			break; /* no noun found: the first word only */
		pos = we;
	}
	return 0;
}

static void numeric_claim(build_state *bs, size_t i, const fb_quantity *q, int split, const char *parts_class)
{
	const fb_claimer *cl = bs->cl;
	const fb_doc *doc = bs->doc;
	const fb_qlist *ql = bs->ql;
	const fb_attribution *at = bs->at;
	fb_claims *c = bs->c;
	fb_claim *k = FB_PUSH(c->c, c->nc, bs->cap);
	size_t ki = c->nc - 1;
	if (!bs->numeric_in_sent[q->sent])
		bs->sent_claim_lo[q->sent] = ki;
	bs->numeric_in_sent[q->sent]++;
	k->type = FB_CT_NUMERIC;
	k->sent = q->sent;
	k->quantity = split ? -1 : (int)i;
	if (split) {
		k->own = claims_own_add(c, q); /* q is the part */
	}
	k->derived_from = -1;
	k->antecedent = -1;
	k->attr = at ? fb_attribution_at(at, q->sent, q->start, q->end) : -1;
	claims_claim_span(doc, ql, q, k->attr >= 0 && at->attr[k->attr].source >= 0, &k->start, &k->end);
	if (!countlike(q))
		return;
	const char *def = NULL, *implies = NULL;
	if (split)
		split_subject(bs, q, k);
	else
		k->subject = q->kind == FB_QK_DURATION ? NULL
		           : q->nparts > 1 ? parts_class : claims_find_subject(cl, c, doc, q, k);
	count_measure(bs, i, q, k, &def, &implies);
	/* "120 mm mortars, killing a gunman": a calibre, a length or a
	 * weight is no count of the people a predicate counts */
	if (k->measure && (q->kind == FB_QK_MEASURE || q->kind == FB_QK_PERCENT) && claims_people_measure(cl, k->measure))
		k->measure = NULL;
	k->increment = claims_is_increment(cl, doc, q, k);
	if (!k->subject && q->kind == FB_QK_COUNT && !q->unit)
		find_antecedent(bs, ki, q, k, def);
	if (!k->subject && q->unit && (q->kind == FB_QK_MEASURE || q->kind == FB_QK_MONEY))
		k->subject = q->unit; /* "42,000 tonnes", "$3 million" */
	if (!k->subject)
		k->subject = def;
	/* "neutralized eight gunmen": a verb that is a measure of people
	 * only when it counts people (data/people-verbs.tsv) */
	const char *pm = claims_people_verb(cl, doc, q, k->measure);
	if (pm && claims_counts_people(cl, k->subject))
		k->measure = pm;
	/* "12 bodies were recovered", "found the bodies of four fishermen",
	 * "9 bodies had been pulled from the mudslide": the dead, whatever
	 * verb finds them */
	if (q->kind == FB_QK_COUNT && claims_counts_remains(cl, doc, q))
		k->measure = "killed";
	/* "148 of the 612 patients had died", "Six of the 30 passengers on
	 * board were killed": the clause's verb is the part's; the whole is
	 * the size of a set (but "38,000 of the 210,000 stranded passengers"
	 * keeps the predicate of its own words) */
	if (k->measure && ki > 0 && c->c[ki - 1].quantity == (int)i - 1 && claims_partitive_whole(doc, ql, i) &&
	    !own_predicate(cl, doc, q, k)) {
		fb_claim *part = &c->c[ki - 1];
		if (!part->measure || strcmp(part->measure, "number") == 0)
			part->measure = k->measure;
		if (strcmp(part->measure, k->measure) == 0)
			k->measure = NULL;
	}
	/* "by delaying two planned stations": a count that is the object
	 * of a verb in -ing has that verb; its participle adjective is no
	 * event predicate (issue 16) */
	if (k->measure == NULL && k->mod_end > k->mod_start && !claims_gerund_before(doc, q)) {
		/* "30,000 deleted emails": the modifier is the predicate */
		size_t pos = k->mod_start, ws, we;
		int punct;
		while (!k->measure && claims_next_word(doc->buf, pos, k->mod_end, &ws, &we, &punct)) {
			if (claims_is_participle(cl, doc->buf + ws, we - ws))
				k->measure = claims_lemma(cl, c, doc->buf + ws, we - ws);
			pos = we;
		}
	}
	/* "finished with 48,207 votes to 48,095 for Hutchins", "passed 61
	 * votes to 37": the second count of a tally has the first's measure */
	const fb_claim *pk = count_before(bs, ki, i, q, "to", 24);
	if (k->measure == NULL && k->subject && pk && pk->measure && pk->subject && strcmp(pk->subject, k->subject) == 0)
		k->measure = pk->measure;
	/* "the 395 people listed as missing", "12 reported as dead": what
	 * they are listed as is the measure */
	if (k->measure && (strcmp(k->measure, "listed") == 0 || strcmp(k->measure, "reported") == 0 ||
	    strcmp(k->measure, "registered") == 0 || strcmp(k->measure, "classified") == 0 ||
	    strcmp(k->measure, "declared") == 0 || strcmp(k->measure, "confirmed") == 0)) {
		const fb_sent *st = &doc->sent[q->sent];
		size_t pos = q->end, ws, we, used;
		int punct;
		for (int n = 0; n < 5 && claims_next_word(doc->buf, pos, st->end, &ws, &we, &punct) && !punct; n++) {
			if (fb_word_eq(doc->buf + ws, we - ws, "as") || fb_word_eq(doc->buf + ws, we - ws, "dead")) {
				size_t from = fb_word_eq(doc->buf + ws, we - ws, "as") ? we + 1 : ws;
				const fb_entry *e = from < st->end ? claims_phrase_at(cl->measures, doc->buf + from, st->end - from, &used)
				                                   : NULL;
				if (e && e->nfield)
					k->measure = e->field[0];
				break;
			}
			pos = we;
		}
	}
	/* "killed seven people, including two children": what the count
	 * before it did, some of them */
	pk = count_before(bs, ki, i, q, "including", 80);
	if ((!k->measure || strcmp(k->measure, "number") == 0) && pk && pk->measure && strcmp(pk->measure, "number") != 0)
		k->measure = pk->measure;
	/* a bare count ("there were three attackers") is compared only
	 * when it names what it counts itself */
	if (k->measure == NULL && k->subject && q->kind == FB_QK_COUNT && k->noun_end > k->noun_start)
		k->measure = "number";
	if (q->kind == FB_QK_DURATION)
		duration_measure(bs, q, k);
	claims_clause_names(cl, doc, ql, i, &bs->ms, bs->names, k);
	k->other_event = claims_find_context(cl, &bs->evs, doc, ql, i, &k->context_start, &k->context_end) ||
	    claims_other_year(doc, ql, i, bs->own_year, bs->own_month, &k->context_start, &k->context_end) ||
	    claims_past_deed(doc, q, &k->context_start, &k->context_end) ||
	    (k->measure && claims_several_doers(cl, doc, ql, i, &k->context_start, &k->context_end) &&
	     claims_people_measure(cl, k->measure));
	if (!k->other_event)
		claims_find_place(cl, doc, ql, &bs->qx, q, &k->context_start, &k->context_end);
	if (k->increment && k->measure)
		derive_increment_total(bs, ki, q);
	(void)implies;
}

/* The numeric claims of quantity i: one, or one per part of an
 * enumeration that is split. */
static void quantity_claims(build_state *bs, size_t i)
{
	/* An enumeration whose parts are no one class ("12 new hospitals and
	 * 3,000 extra beds") has no meaningful total: a claim per part, each
	 * with its own quantity. */
	const fb_quantity *whole = &bs->ql->q[i];
	/* an enumeration's class, found once: it decides the split and
	 * is the subject when there is one */
	const char *parts_class = whole->nparts > 1 ? claims_find_subject(bs->cl, bs->c, bs->doc, whole, NULL) : NULL;
	int split = whole->nparts > 1 && whole->kind == FB_QK_COUNT && !parts_class;
	size_t nsplit = split ? whole->nparts : 1;
	for (size_t pi = 0; pi < nsplit; pi++) {
		fb_quantity part;
		const fb_quantity *q = whole;
		if (split) {
			const fb_part *pp = &whole->parts[pi];
			part = *whole;
			part.has_value = part.has_min = part.has_max = 1;
			part.value = part.min = part.max = pp->value;
			part.start = pp->start;
			part.end = pp->end;
			part.noun_start = pp->what_start;
			part.noun_end = pp->what_end;
			part.parts = NULL;
			part.nparts = 0;
			q = &part;
		}
		numeric_claim(bs, i, q, split, parts_class);
	}
}

/* attribution claims: attributed stretches with no number in them */
static void attribution_claims(build_state *bs)
{
	const fb_doc *doc = bs->doc;
	const fb_qlist *ql = bs->ql;
	const fb_attribution *at = bs->at;
	fb_claims *c = bs->c;
	for (size_t i = 0; at && i < at->nattr; i++) {
		const fb_attrib *a = &at->attr[i];
		if (a->source < 0 && a->actor < 0)
			continue; /* an actor alone: "X claimed responsibility" is the article's own claim */
		int has_number = 0;
		size_t as = a->sent < doc->nsent ? a->sent : doc->nsent;
		for (size_t j = bs->qx.head[as]; j != QNONE && !has_number; j = bs->qx.next[j])
			has_number = ql->q[j].sent == a->sent && ql->q[j].start >= a->start && ql->q[j].end <= a->end;
		if (has_number)
			continue;
		fb_claim *k = FB_PUSH(c->c, c->nc, bs->cap);
		k->type = FB_CT_ATTRIBUTION;
		k->sent = a->sent;
		/* the claim is what is said and who says it: content and cue */
		k->start = a->cue_end > a->cue_start && a->cue_start < a->start ? a->cue_start : a->start;
		k->end = a->cue_end > a->cue_start && a->cue_end > a->end ? a->cue_end : a->end;
		k->attr = (int)i;
		k->quantity = -1;
		k->derived_from = -1;
		k->antecedent = -1;
	}
}

/* The passes over every word of every sentence, each sentence's words
 * found once: the other-event phrases of the sentences that hold a
 * quantity (a boilerplate paragraph's numbers are claims too: its
 * contexts count), the article's proper names, and the single people
 * named with no number (returned, *ns of them). */
static single *scan_words(build_state *bs, size_t *ns)
{
	const fb_doc *doc = bs->doc;
	const fb_qlist *ql = bs->ql;
	sent_words sw = { 0 };
	single *sv = NULL;
	size_t cap = 0, qi = 0;
	bs->names = fb_lexicon_new();
	for (size_t si = 0; si < doc->nsent; si++) {
		claims_sent_words(doc, si, &sw);
		while (qi < ql->n && ql->q[qi].sent < si)
			qi++;
		if (qi < ql->n && ql->q[qi].sent == si)
			claims_other_event_spans(bs->cl, doc, &sw, &bs->evs);
		claims_proper_names(bs->cl, doc, &sw, bs->names);
		claims_find_singles(bs->cl, doc, ql, &sw, &sv, ns, &cap);
	}
	free(sw.w);
	return sv;
}

fb_claims *fb_extract_claims(const fb_claimer *cl, const fb_doc *doc,
    const fb_qlist *ql, const fb_attribution *at)
{
	build_state bs = { .cl = cl, .doc = doc, .ql = ql, .at = at };
	fb_claims *c = bs.c = fb_xcalloc(1, sizeof *c);
	bs.own_year = -1;
	for (size_t i = 0; i < ql->n && bs.own_year < 0; i++)
		if (ql->q[i].kind == FB_QK_DATE && doc->sent[ql->q[i].sent].para < 3) {
			bs.own_year = claims_year_in(doc, &ql->q[i]);
			bs.own_month = bs.own_year > 0 ? claims_month_in(doc, &ql->q[i]) : 0;
		}
	bs.sent_claim_lo = fb_xcalloc(doc->nsent + 1, sizeof *bs.sent_claim_lo);
	bs.numeric_in_sent = fb_xcalloc(doc->nsent + 1, sizeof *bs.numeric_in_sent);
	bs.ms = claims_cue_spans(at);
	size_t ns = 0;
	single *sv = scan_words(&bs, &ns);
	claims_qindex_build(&bs.qx, doc, ql);
	for (size_t i = 0; i < ql->n; i++)
		quantity_claims(&bs, i);
	{
		/* single people named with no number, then the totals */
		claims_add_singles(cl, c, &bs.cap, doc, ql, at, sv, ns);
		size_t n0 = c->nc;
		sort_numeric(c, n0);
		claims_add_totals(cl, c, &bs.cap, doc, ql, at, sv, ns);
		free(sv);
		sort_numeric(c, c->nc);
	}
	size_t nnum = c->nc;
	attribution_claims(&bs);
	free(bs.sent_claim_lo);
	free(bs.numeric_in_sent);
	free(bs.ms.v);
	free(bs.evs.v);
	fb_lexicon_free(bs.names);
	claims_qindex_free(&bs.qx);
	merge_in_text_order(c, nnum);
	that_events(c, doc, ql);
	assign_events(c, doc);
	return c;
}

void fb_claims_free(fb_claims *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nstr; i++)
		free(c->str[i]);
	free(c->str);
	free(c->c);
	free(c->own);
	fb_parts_free(&c->parts);
	free(c->ev);
	free(c);
}
