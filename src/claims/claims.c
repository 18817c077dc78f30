/* claims.c - turns quantities and attributed stretches into claims: finds
 * each number's counted noun (its subject class) and predicate (its
 * measure), resolves nounless numbers ("All three") to an antecedent, and
 * derives implied totals ("one blew himself up, two others were shot"). */
#include "claims.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "scope.h"
#include "util.h"

/* Bytes around a number that its clause may span. */
#define CLAUSE_WINDOW 400
/* Bytes a word may have before it is cut. */
#define MAX_WORD 64
/* Bytes around a number that its claim's text may show. */
#define SPAN_WINDOW 240
/* In a sentence of more numbers than this (a table in prose, a long
 * enumeration), each claim keeps less of it: the record stays in
 * proportion to the article whatever its shape. */
#define CROWDED 8
#define CROWDED_WINDOW 60
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
	"additional", "extra", "further", NULL,
};

/* Words between a measure and its number: "the toll had risen to 38",
 * "the number of dead was 12". */
static const char *const measure_skips[] = {
	"to", "of", "rate", "figure", "number", "count", "tally", "level", "total", "a", "at", "the",
	"was", "were", "is", "are", "had", "has", "have", "now", "since", "all", "both", NULL,
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

static int in_list(const fb_lexicon *set, const char *s, size_t n)
{
	return fb_lexicon_get(set, s, n) != NULL;
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
	    !(cl->persons = fb_lexicon_load_data("attribution/people.txt", err, errlen)) ||
	    !(cl->number_words = fb_lexicon_load_data("numbers/words.tsv", err, errlen)) ||
	    !(cl->summary = fb_lexicon_load_data("summary.txt", err, errlen)) ||
	    !(cl->scoper = fb_scoper_new(err, errlen))) {
		fb_claimer_free(cl);
		return NULL;
	}
	cl->clause_stops = word_set(clause_stops);
	cl->not_nouns = word_set(not_nouns);
	cl->not_predicates = word_set(not_predicates);
	cl->measure_skips = word_set(measure_skips);
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
	fb_lexicon_free(cl->classes);
	fb_lexicon_free(cl->other_event);
	fb_lexicon_free(cl->increments);
	fb_lexicon_free(cl->place_nouns);
	fb_lexicon_free(cl->parents);
	fb_lexicon_free(cl->heads);
	fb_lexicon_free(cl->persons);
	fb_lexicon_free(cl->number_words);
	fb_lexicon_free(cl->summary);
	fb_lexicon_free(cl->clause_stops);
	fb_lexicon_free(cl->not_nouns);
	fb_lexicon_free(cl->not_predicates);
	fb_lexicon_free(cl->link_verbs);
	fb_lexicon_free(cl->measure_skips);
	fb_scoper_free(cl->scoper);
	free(cl);
}

/* ------------------------------------------------------------------ words */

/* The longest listed phrase at s, looking no farther than a phrase can
 * reach: lists hold phrases of a few words, and the text after them may
 * be a megabyte without an ASCII space. */
static const fb_entry *phrase_at(const fb_lexicon *lx, const char *s, size_t n, size_t *used)
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
static int next_word(const char *buf, size_t pos, size_t end, size_t *ws, size_t *we, int *punct)
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
		if (fb_isalnum((unsigned char)buf[i])) {
			i++;
			continue;
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

/* The word ending just before pos (after skipping non-word bytes), or 0. */
static int prev_word(const char *buf, size_t lo, size_t pos, size_t *ws, size_t *we, int *punct)
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
	while (next_word(s, pos, n, &ws, &we, &punct)) {
		size_t used;
		const fb_entry *e = phrase_at(cl->classes, s + ws, n - ws, &used);
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

/* A generic noun's lemma: "jobs" -> "job", "casinos" -> "casino",
 * "cities" -> "city". */
static const char *lemma(fb_claims *c, const char *s, size_t n)
{
	char tmp[64];
	n = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	for (size_t i = 0; i < n; i++)
		tmp[i] = (char)fb_tolower((unsigned char)tmp[i]);
	if (n > 4 && strcmp(tmp + n - 3, "ies") == 0)
		tmp[n - 3] = 'y', n -= 2;
	else if (n > 4 && (strcmp(tmp + n - 4, "ches") == 0 || strcmp(tmp + n - 4, "shes") == 0 ||
	                   strcmp(tmp + n - 3, "xes") == 0 || strcmp(tmp + n - 4, "sses") == 0))
		n -= 2; /* "churches", "boxes", "classes"; but "houses" -> "house" */
	else if (n > 3 && tmp[n - 1] == 's' && tmp[n - 2] != 's' && tmp[n - 2] != 'u')
		n -= 1;
	return intern(c, tmp, n);
}

/* ---------------------------------------------------------------- finding */

/* Is the word a past participle that can be a predicate ("leaked",
 * "released")? Hedges and adjectives in -ed are not. */
static int is_participle(const fb_claimer *cl, const char *w, size_t n)
{
	return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && fb_islower((unsigned char)w[0]) &&
	       !in_list(cl->not_predicates, w, n);
}

static int aux_word(const char *w, size_t n);

/* Is the word [ws, we) a participle used as an adjective: an unlisted
 * past participle right before a listed class ("suspected insurgents",
 * "wanted men")? Then it modifies the noun and is no predicate. Object:
 * the count is the object of a verb in -ing ("by delaying two planned
 * stations until ..."), which is its predicate. */
static int participle_modifier(const fb_claimer *cl, const char *b, size_t ws, size_t we, size_t end, int object)
{
	size_t ml, ws2, we2;
	int p2;
	if (!is_participle(cl, b + ws, we - ws) || phrase_at(cl->measures, b + ws, end - ws, &ml))
		return 0;
	if (!next_word(b, we, end, &ws2, &we2, &p2) || p2)
		return 0;
	if (phrase_at(cl->classes, b + ws2, end - ws2, &ml))
		return 1;
	/* an unlisted plural noun with its verb after it: "suspected smugglers
	 * were"; or whatever follows, when a verb in -ing has the count */
	size_t ws3, we3;
	int p3;
	return fb_islower((unsigned char)b[ws2]) && we2 - ws2 > 3 && b[we2 - 1] == 's' &&
	    !in_list(cl->not_nouns, b + ws2, we2 - ws2) && !phrase_at(cl->measures, b + ws2, end - ws2, &ml) &&
	    (object || (next_word(b, we2, end, &ws3, &we3, &p3) && !p3 &&
	    (aux_word(b + ws3, we3 - ws3) || fb_word_eq(b + ws3, we3 - ws3, "are") ||
	     phrase_at(cl->measures, b + ws3, end - ws3, &ml))));
}

/* Is the word right before the quantity a verb in -ing ("by delaying two
 * planned stations")? Then that verb has the count. */
static int gerund_before(const fb_doc *doc, const fb_quantity *q)
{
	size_t ws = 0, we = 0;
	int p = 0;
	return prev_word(doc->buf, doc->sent[q->sent].start, q->start, &ws, &we, &p) && !p && we - ws > 4 &&
	    fb_islower((unsigned char)doc->buf[ws]) && strncmp(doc->buf + we - 3, "ing", 3) == 0;
}

/* Looks for the counted noun right after the quantity (or its "of the"):
 * a listed class, else the head of a short run of content words. Fills
 * k->noun_*, k->mod_* and returns the subject, or NULL. */
static const char *find_subject(const fb_claimer *cl, fb_claims *c, const fb_doc *doc,
    const fb_quantity *q, fb_claim *k)
{
	const char *b = doc->buf;
	size_t end = doc->sent[q->sent].end, pos = q->end;
	size_t ws, we;
	int punct;
	if (q->nparts) { /* an enumeration: the class of all its parts */
		const char *common = NULL;
		for (size_t i = 0; i < q->nparts; i++) {
			const char *cls = fb_class_in(cl, b + q->parts[i].what_start,
			    q->parts[i].what_end - q->parts[i].what_start);
			if (!cls)
				return NULL;
			if (!common)
				common = cls;
			while (common && !fb_class_within(cl, cls, common))
				common = fb_class_parent(cl, common);
			if (!common)
				return NULL;
		}
		return common;
	}
	/* "One of the attackers", "three of them" */
	size_t p = pos;
	if (next_word(b, p, end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of")) {
		size_t p2 = we;
		if (next_word(b, p2, end, &ws, &we, &punct) && !punct &&
		    (fb_word_eq(b + ws, we - ws, "the") || fb_word_eq(b + ws, we - ws, "these") ||
		     fb_word_eq(b + ws, we - ws, "those") || fb_word_eq(b + ws, we - ws, "its") ||
		     fb_word_eq(b + ws, we - ws, "their") || fb_word_eq(b + ws, we - ws, "our") ||
		     fb_word_eq(b + ws, we - ws, "his") || fb_word_eq(b + ws, we - ws, "her")))
			pos = we;
		else if (q->kind == FB_QK_PERCENT || (q->has_value && q->value < 1))
			pos = ws; /* "58 percent of registered voters" */
		else
			pos = q->end;
	}
	size_t mstart = 0, mend = 0;
	for (int words = 0; words < 4; words++) {
		if (!next_word(b, pos, end, &ws, &we, &punct) || punct)
			break;
		if (words == 0 && (fb_word_eq(b + ws, we - ws, "other") || fb_word_eq(b + ws, we - ws, "additional") ||
		                   fb_word_eq(b + ws, we - ws, "more") || fb_word_eq(b + ws, we - ws, "further") ||
		                   fb_word_eq(b + ws, we - ws, "extra"))) {
			pos = we; /* "several other fighters", "four additional suspects" */
			continue;
		}
		size_t used, ws2, we2, ml;
		int p2;
		const fb_entry *e = phrase_at(cl->classes, b + ws, end - ws, &used);
		/* "police buildings": a class word used as a modifier */
		if (e && next_word(b, ws + used, end, &ws2, &we2, &p2) && !p2 && ws2 == ws + used + 1 &&
		    fb_islower((unsigned char)b[ws2]) && b[we2 - 1] == 's' && we2 - ws2 > 3 &&
		    !in_list(cl->not_nouns, b + ws2, we2 - ws2) &&
		    !phrase_at(cl->measures, b + ws2, end - ws2, &ml) &&
		    !phrase_at(cl->classes, b + ws2, end - ws2, &ml))
			e = NULL;
		if (e) {
			k->noun_start = ws;
			k->noun_end = ws + used;
			k->mod_start = mstart;
			k->mod_end = mend;
			return e->nfield ? e->field[0] : e->key;
		}
		if (fb_isupper((unsigned char)b[ws]) && !in_list(cl->not_nouns, b + ws, we - ws) &&
		    next_word(b, we, end, &ws2, &we2, &p2) && !p2 &&
		    phrase_at(cl->classes, b + ws2, end - ws2, &ml)) {
			/* "Muslim pilgrims", "Afghan soldiers" */
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		if (in_list(cl->not_nouns, b + ws, we - ws) || !fb_isalpha((unsigned char)b[ws]) ||
		    fb_isupper((unsigned char)b[ws]))
			break;
		if (participle_modifier(cl, b, ws, we, end, gerund_before(doc, q))) {
			/* "several suspected insurgents": an adjective, not the predicate */
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		if (phrase_at(cl->measures, b + ws, end - ws, &ml) || is_participle(cl, b + ws, we - ws))
			break; /* "14 injured", "the 42,000 tonnes harvested": a predicate, not a noun */
		/* a content word: a modifier, or the head if the next is not */
		int more = next_word(b, we, end, &ws2, &we2, &p2) && !p2 &&
		    fb_isalpha((unsigned char)b[ws2]) && !fb_isupper((unsigned char)b[ws2]) &&
		    !in_list(cl->not_nouns, b + ws2, we2 - ws2) &&
		    !phrase_at(cl->measures, b + ws2, end - ws2, &ml) && words < 2 &&
		    (we - ws) > 2 && b[we - 1] != 's';
		if (more) {
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		k->noun_start = ws;
		k->noun_end = we;
		k->mod_start = mstart;
		k->mod_end = mend;
		return lemma(c, b + ws, we - ws);
	}
	return NULL;
}

/* The predicate of the quantity: a measure phrase just before it
 * ("killed at least 14", "injuring 20"), else the first one after it in the
 * same clause. Sets *def to the measure's default subject and *implies. */
static const char *find_measure(const fb_claimer *cl, fb_claims *c, const fb_doc *doc, const fb_qlist *ql,
    size_t qi, const fb_claim *k, const char **def, const char **implies)
{
	const char *b = doc->buf;
	const fb_quantity *q = &ql->q[qi];
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, used;
	int punct;
	*def = *implies = NULL;
	/* just before: skip "to", "of", "a total of" */
	size_t pos = q->start;
	const fb_entry *weak = NULL; /* "rose to 38": kept unless "toll" precedes */
	for (int back = 0; back < 4; back++) {
		if (!prev_word(b, st->start, pos, &ws, &we, &punct) || punct)
			break;
		const fb_entry *e = phrase_at(cl->measures, b + ws, st->end - ws, &used);
		int linking = in_list(cl->link_verbs, b + ws, we - ws);
		if (e && ws + used <= q->start && e->nfield) {
			if (!linking) {
				*def = e->nfield > 1 && e->field[1][0] ? e->field[1] : NULL;
				*implies = e->nfield > 2 ? e->field[2] : NULL;
				return e->field[0];
			}
			if (!weak)
				weak = e;
		}
		if (is_participle(cl, b + ws, we - ws) && !weak)
			return lemma(c, b + ws, we - ws); /* "released 1,000 pages" */
		if (!(linking || in_list(cl->measure_skips, b + ws, we - ws)))
			break;
		pos = ws;
	}
	/* the subject of a copula or link verb right before the number:
	 * "Turnout in the referendum was 62 percent", "The toll from the
	 * floods stood at 40" */
	{
		size_t p = q->start, vws = 0, vwe = 0;
		int ok = 0;
		for (int back = 0; back < 2; back++) {
			if (!prev_word(b, st->start, p, &vws, &vwe, &punct) || punct)
				break;
			if (fb_word_eq(b + vws, vwe - vws, "at") || fb_word_eq(b + vws, vwe - vws, "to")) {
				p = vws;
				continue;
			}
			ok = fb_word_eq(b + vws, vwe - vws, "was") || fb_word_eq(b + vws, vwe - vws, "is") ||
			     fb_word_eq(b + vws, vwe - vws, "were") || fb_word_eq(b + vws, vwe - vws, "are") ||
			     in_list(cl->link_verbs, b + vws, vwe - vws);
			break;
		}
		if (ok) {
			/* the farthest listed measure among the dozen words before the verb,
			 * in one clause */
			const fb_entry *found = NULL;
			size_t from = vws, w0 = 0, w1 = 0;
			for (int n = 0; n < 12 && prev_word(b, st->start, from, &w0, &w1, &punct) && !punct; n++) {
				if (in_list(cl->clause_stops, b + w0, w1 - w0))
					break; /* "officials who voted said the figure was 40" */
				const fb_entry *e = phrase_at(cl->measures, b + w0, vws - w0, &used);
				if (e && e->nfield && !in_list(cl->link_verbs, b + w0, w1 - w0))
					found = e;
				from = w0;
			}
			if (found) {
				*def = found->nfield > 1 && found->field[1][0] ? found->field[1] : NULL;
				*implies = found->nfield > 2 ? found->field[2] : NULL;
				return found->field[0];
			}
		}
	}
	/* "rose to 38" with no measure in its subject ("the death toll from
	 * the floods rose to 5" has one): the link verb itself */
	if (weak) {
		*def = weak->nfield > 1 && weak->field[1][0] ? weak->field[1] : NULL;
		*implies = weak->nfield > 2 ? weak->field[2] : NULL;
		return weak->field[0];
	}
	/* after: within the clause, up to the next quantity */
	size_t limit = st->end;
	if (qi + 1 < ql->n && ql->q[qi + 1].sent == q->sent && ql->q[qi + 1].start < limit)
		limit = ql->q[qi + 1].start;
	pos = k->noun_end > q->end ? k->noun_end : q->end;
	int after_aux = 0;
	for (int words = 0; words < 10; words++) {
		if (!next_word(b, pos, limit, &ws, &we, &punct))
			break;
		if (punct && words > 0)
			break;
		const fb_entry *e = phrase_at(cl->measures, b + ws, st->end - ws, &used);
		if (e && e->nfield) {
			*def = e->nfield > 1 && e->field[1][0] ? e->field[1] : NULL;
			*implies = e->nfield > 2 ? e->field[2] : NULL;
			return e->field[0];
		}
		if (in_list(cl->clause_stops, b + ws, we - ws))
			break;
		/* "killed a commander and one insurgent and detained two": a verb
		 * after "and" right behind the noun has the clause's subject */
		if (words == 0 && fb_word_eq(b + ws, we - ws, "and"))
			break;
		/* an unlisted past participle right after the noun ("were
		 * leaked", "escaped") is the predicate all the same */
		if ((words < 3 || after_aux) && is_participle(cl, b + ws, we - ws))
			return lemma(c, b + ws, we - ws);
		after_aux = fb_word_eq(b + ws, we - ws, "were") || fb_word_eq(b + ws, we - ws, "was") ||
		    fb_word_eq(b + ws, we - ws, "been") || fb_word_eq(b + ws, we - ws, "be") ||
		    fb_word_eq(b + ws, we - ws, "had") || fb_word_eq(b + ws, we - ws, "have") ||
		    fb_word_eq(b + ws, we - ws, "has");
		if (!(fb_word_eq(b + ws, we - ws, "were") || fb_word_eq(b + ws, we - ws, "was") ||
		      fb_word_eq(b + ws, we - ws, "have") || fb_word_eq(b + ws, we - ws, "had") ||
		      fb_word_eq(b + ws, we - ws, "been") || fb_word_eq(b + ws, we - ws, "are") ||
		      fb_word_eq(b + ws, we - ws, "is") || fb_word_eq(b + ws, we - ws, "be") ||
		      fb_word_eq(b + ws, we - ws, "reportedly") || fb_word_eq(b + ws, we - ws, "also") ||
		      fb_word_eq(b + ws, we - ws, "now")))
			words = words < 3 ? 3 : words; /* past the verb group: listed measures only */
		pos = we;
	}
	return NULL;
}

static int is_clause_mark(const char *b, size_t i)
{
	return b[i] == ',' || b[i] == ';' || b[i] == ':';
}

/* The clause of the sentence that holds [qs, qe): between clause marks,
 * with a relative clause ("in which 1,426 were trampled") joined to the
 * one it hangs on. Also gives the sentence's opening clause ("Last week,"). */
static void clause_of(const fb_doc *doc, size_t sent, size_t qs, size_t qe,
    size_t *cs, size_t *ce, size_t *intro_end)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t lo = qs, hi = qe;
	/* a clause longer than the window is cut to it: what lies farther
	 * says nothing about this number, and the cost stays linear */
	size_t lo_limit = qs > st->start + CLAUSE_WINDOW ? qs - CLAUSE_WINDOW : st->start;
	size_t hi_limit = st->end - qe > CLAUSE_WINDOW ? qe + CLAUSE_WINDOW : st->end;
	while (lo > lo_limit) {
		if (is_clause_mark(b, lo - 1)) {
			size_t ws, we;
			int punct;
			if (next_word(b, lo, qs, &ws, &we, &punct) &&
			    (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "which") ||
			     fb_word_eq(b + ws, we - ws, "where") || fb_word_eq(b + ws, we - ws, "during") ||
			     fb_word_eq(b + ws, we - ws, "when") || fb_word_eq(b + ws, we - ws, "who"))) {
				size_t ws2, we2;
				if (fb_word_eq(b + ws, we - ws, "which") || fb_word_eq(b + ws, we - ws, "where") ||
				    fb_word_eq(b + ws, we - ws, "when") || fb_word_eq(b + ws, we - ws, "who") ||
				    (next_word(b, we, qs, &ws2, &we2, &punct) &&
				     (fb_word_eq(b + ws2, we2 - ws2, "which") || fb_word_eq(b + ws2, we2 - ws2, "whom")))) {
					lo--;
					continue;
				}
			}
			break;
		}
		lo--;
	}
	while (hi < hi_limit && !is_clause_mark(b, hi))
		hi++;
	*cs = lo;
	*ce = hi;
	size_t i = st->start, intro_limit = st->end - st->start > CLAUSE_WINDOW ? st->start + CLAUSE_WINDOW : st->end;
	while (i < intro_limit && !is_clause_mark(b, i))
		i++;
	*intro_end = i < intro_limit ? i : st->start;
}

/* A numeric claim's span: the clause that holds its number (spec: a claim
 * is a clause or a sentence), so that a sentence of four numbers is not
 * written four times over. An attributed number keeps its sentence: the
 * claim is then also what the source said, and no other claim covers
 * that sentence. Either is cut to a window around the number at word
 * boundaries when very long, so that a record stays proportional to its
 * article; to a narrower window in a sentence crowded with numbers. */
static size_t first_q_from(const fb_qlist *ql, size_t off);
static void claim_span(const fb_doc *doc, const fb_qlist *ql, const fb_quantity *q, int attributed, size_t *start,
    size_t *end)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t s = st->start, e = st->end, intro;
	if (!attributed)
		clause_of(doc, q->sent, q->start, q->end, &s, &e, &intro);
	size_t win = first_q_from(ql, st->end) - first_q_from(ql, st->start) > CROWDED ? CROWDED_WINDOW : SPAN_WINDOW;
	if (q->start > s + win) {
		s = q->start - win;
		while (s < q->start && !fb_isspace((unsigned char)b[s]))
			s++;
	}
	if (e > q->end + win) {
		e = q->end + win;
		while (e > q->end && !fb_isspace((unsigned char)b[e - 1]))
			e--;
	}
	while (s < q->start && fb_isspace((unsigned char)b[s]))
		s++;
	while (e > q->end && fb_isspace((unsigned char)b[e - 1]))
		e--;
	*start = s;
	*end = e;
}

/* Index of the first quantity starting at or after off (quantities are in
 * text order), by bisection. */
static size_t first_q_from(const fb_qlist *ql, size_t off)
{
	size_t lo = 0, hi = ql->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ql->q[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does the opening clause hold a counted number? Then it is no intro. */
static int intro_has_count(const fb_qlist *ql, size_t qi, size_t sent_start, size_t intro_end)
{
	(void)qi;
	for (size_t j = first_q_from(ql, sent_start); j < ql->n && ql->q[j].start < intro_end; j++)
		if (ql->q[j].end <= intro_end && ql->q[j].kind != FB_QK_DATE && ql->q[j].kind != FB_QK_TIME)
			return 1;
	return 0;
}

/* Where the other-event phrases of the article are, found in one pass
 * over the sentences that hold a quantity (a clause asks only about its
 * own sentence); a clause then asks by bisection. */
typedef struct phrase_spans {
	size_t (*v)[2];
	size_t n, cap;
} phrase_spans;

static phrase_spans other_event_spans(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql)
{
	phrase_spans ps = { 0 };
	size_t qi = 0;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		while (qi < ql->n && ql->q[qi].sent < si)
			qi++;
		/* a boilerplate paragraph's numbers are claims too: its contexts count */
		if (qi >= ql->n || ql->q[qi].sent != si)
			continue;
		size_t pos = st->start, ws, we, used;
		int punct;
		while (next_word(doc->buf, pos, st->end, &ws, &we, &punct)) {
			if (phrase_at(cl->other_event, doc->buf + ws, st->end - ws, &used)) {
				size_t (*e)[2] = FB_PUSH(ps.v, ps.n, ps.cap);
				(*e)[0] = ws;
				(*e)[1] = ws + used;
			}
			pos = we;
		}
	}
	return ps;
}

/* The first other-event phrase inside [a, e); stores its span. */
static int context_in(const phrase_spans *ps, size_t a, size_t e, size_t *cs, size_t *ce)
{
	size_t lo = 0, hi = ps->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ps->v[mid][0] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ps->n && ps->v[lo][1] <= e) {
		*cs = ps->v[lo][0];
		*ce = ps->v[lo][1];
		return 1;
	}
	return 0;
}

/* Does a phrase from the other-event list stand in the quantity's clause,
 * or in the sentence's opening clause ("Last week, ...")? */
static int find_context(const phrase_spans *ps, const fb_doc *doc, const fb_qlist *ql, size_t qi,
    size_t *cs, size_t *ce)
{
	const fb_quantity *q = &ql->q[qi];
	const fb_sent *st = &doc->sent[q->sent];
	size_t a, e, intro;
	clause_of(doc, q->sent, q->start, q->end, &a, &e, &intro);
	if (context_in(ps, a, e, cs, ce))
		return 1;
	if (intro > st->start && intro <= a && !intro_has_count(ql, qi, st->start, intro) &&
	    context_in(ps, st->start, intro, cs, ce))
		return 1;
	/* a dateline ("Dec. 22: Since March, ...") opens no clause: the one
	 * after it is the sentence's opening clause */
	size_t j = first_q_from(ql, st->start);
	if (intro > st->start && intro < a && doc->buf[intro] == ':' && j < ql->n && ql->q[j].kind == FB_QK_DATE &&
	    ql->q[j].end <= intro && intro - ql->q[j].end <= 1) {
		size_t i2 = intro + 1;
		while (i2 < a && !is_clause_mark(doc->buf, i2))
			i2++;
		if (i2 < a && !intro_has_count(ql, qi, intro + 1, i2))
			return context_in(ps, intro + 1, i2, cs, ce);
	}
	return 0;
}

/* Is the quantity an addition ("200 more", "another 5", "two others")? */
static int is_increment(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we;
	int punct;
	if (next_word(b, q->end, st->end, &ws, &we, &punct) && !punct &&
	    fb_lexicon_get(cl->increments, b + ws, we - ws))
		return 1;
	if (k->noun_end > q->end && next_word(b, k->noun_end, st->end, &ws, &we, &punct) && !punct &&
	    fb_lexicon_get(cl->increments, b + ws, we - ws))
		return 1; /* "606 delegates away", "eight casinos too many" */
	if (prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "another") || fb_word_eq(b + ws, we - ws, "additional") ||
	     fb_word_eq(b + ws, we - ws, "by") || /* "won by 424 votes": a margin */
	     fb_word_eq(b + ws, we - ws, "than") || fb_word_eq(b + ws, we - ws, "extra")))
		return 1;
	return 0;
}

/* The first four-digit year (1800-2100) written in a date quantity, or -1. */
static int year_in(const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	for (size_t i = q->start; i + 4 <= q->end; i++) {
		if ((i > q->start && fb_isdigit((unsigned char)b[i - 1])) || !fb_isdigit((unsigned char)b[i]) ||
		    !fb_isdigit((unsigned char)b[i + 1]) || !fb_isdigit((unsigned char)b[i + 2]) ||
		    !fb_isdigit((unsigned char)b[i + 3]) || (i + 4 < q->end && fb_isdigit((unsigned char)b[i + 4])))
			continue;
		int y = (b[i] - '0') * 1000 + (b[i + 1] - '0') * 100 + (b[i + 2] - '0') * 10 + (b[i + 3] - '0');
		if (y >= 1800 && y <= 2100)
			return y;
	}
	return -1;
}

/* A year in the sentence that differs from the article's own (the year of
 * its dateline, if any): puts the sentence's numbers on another event. */
/* "spent $14.2 million, three times the $5 million approved in 2019":
 * a year after a definite count ("the $5 million") between qi and it is
 * that count's (not "six were killed and 23 hurt in 2019": both's). */
static int year_of_later_count(const fb_doc *doc, const fb_qlist *ql, size_t qi, size_t yj)
{
	for (size_t k = qi + 1; k < yj && k < ql->n; k++) {
		size_t s = ql->q[k].start;
		if (ql->q[k].kind == FB_QK_DATE || ql->q[k].kind == FB_QK_TIME || s < ql->q[qi].end || s < 4)
			continue;
		const char *b = doc->buf;
		if (b[s - 1] == ' ' && fb_tolower((unsigned char)b[s - 4]) == 't' && b[s - 3] == 'h' && b[s - 2] == 'e' &&
		    (s == 4 || !fb_isalnum((unsigned char)b[s - 5])))
			return 1;
	}
	return 0;
}

static int other_year(const fb_doc *doc, const fb_qlist *ql, size_t qi, int own_year,
    size_t *cs, size_t *ce)
{
	size_t sent = ql->q[qi].sent;
	const fb_sent *st = &doc->sent[sent];
	size_t a, e, intro;
	clause_of(doc, sent, ql->q[qi].start, ql->q[qi].end, &a, &e, &intro);
	int use_intro = intro > st->start && intro <= a && !intro_has_count(ql, qi, st->start, intro);
	size_t from = first_q_from(ql, use_intro ? st->start : a);
	for (size_t j = from; j < ql->n && ql->q[j].start < e; j++) {
		const fb_quantity *y = &ql->q[j];
		if (use_intro && y->start >= intro && y->start < a)
			j = first_q_from(ql, a), y = &ql->q[j];
		if (j >= ql->n || y->start >= e)
			break;
		if (y->kind != FB_QK_DATE)
			continue;
		if (!(y->start >= a && y->end <= e) && !(use_intro && y->end <= intro))
			continue;
		int yr = year_in(doc, y);
		if (yr > 0 && yr != own_year && !year_of_later_count(doc, ql, qi, j)) {
			*cs = y->start;
			*ce = y->end;
			return 1;
		}
	}
	return 0;
}

/* The quantities of each sentence, so that a look-up stays within one
 * sentence instead of scanning the whole article (which made this stage
 * quadratic in the article's length). */
typedef struct qindex {
	size_t *head;        /* per sentence: its first quantity, or QNONE */
	size_t *next;        /* per quantity: the next one of its sentence */
} qindex;

#define QNONE ((size_t)-1)

static void qindex_build(qindex *x, const fb_doc *doc, const fb_qlist *ql)
{
	x->head = fb_xmalloc((doc->nsent + 1) * sizeof *x->head);
	x->next = fb_xmalloc((ql->n + 1) * sizeof *x->next);
	for (size_t s = 0; s <= doc->nsent; s++)
		x->head[s] = QNONE;
	for (size_t j = ql->n; j-- > 0;) {
		size_t s = ql->q[j].sent < doc->nsent ? ql->q[j].sent : doc->nsent;
		x->next[j] = x->head[s];
		x->head[s] = j;
	}
}

static void qindex_free(qindex *x)
{
	free(x->head);
	free(x->next);
}

/* "27 people were killed in Varnesk": a place named after the number in
 * its clause makes it a count for that place. Stores "in Varnesk". */
static int place_from(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx,
    const fb_quantity *q, size_t pos, size_t limit, size_t *cs, size_t *ce);

static int find_place(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx, const fb_quantity *q,
    size_t *cs, size_t *ce)
{
	const fb_sent *st = &doc->sent[q->sent];
	if (place_from(cl, doc, ql, qx, q, q->end, st->end, cs, ce))
		return 1;
	/* an opening clause: "In the northern province, 8 people were killed" */
	size_t s0, e0;
	if (q->start > st->start && place_from(cl, doc, ql, qx, q, st->start, q->start, &s0, &e0) &&
	    doc->buf[e0] == ',') {
		*cs = s0;
		*ce = e0;
		return 1;
	}
	return 0;
}

/* A place after "in" or "at" among the words of [pos, limit). */
static int place_from(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx,
    const fb_quantity *q, size_t pos, size_t limit, size_t *cs, size_t *ce)
{
	const char *b = doc->buf;
	size_t ws, we;
	int punct;
	for (int words = 0; words < 8 && next_word(b, pos, limit, &ws, &we, &punct); words++) {
		if (punct || in_list(cl->clause_stops, b + ws, we - ws))
			return 0;
		if (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "at")) {
			size_t ps, pe;
			if (!next_word(b, we, limit, &ps, &pe, &punct) || punct)
				goto next;
			if (!fb_isupper((unsigned char)b[ps])) {
				/* "in the northern province", "in the capital": a listed
				 * place noun within a few words after "the" */
				if (!fb_word_eq(b + ps, pe - ps, "the"))
					goto next;
				size_t x = pe, xs, xe;
				for (int n = 0; n < 3 && next_word(b, x, limit, &xs, &xe, &punct) && !punct; n++) {
					if (fb_lexicon_get(cl->place_nouns, b + xs, xe - xs)) {
						*cs = ws;
						*ce = xe;
						return 1;
					}
					x = xe;
				}
				goto next;
			}
			for (size_t j = qx->head[q->sent]; j != QNONE; j = qx->next[j])
				if (ql->q[j].start <= ps && ps < ql->q[j].end)
					goto next; /* "in March": a date, not a place */
			size_t end = pe, ns, ne;
			while (next_word(b, end, limit, &ns, &ne, &punct) && !punct && fb_isupper((unsigned char)b[ns]))
				end = ne;
			/* "in Hajj stampede": a name modifying a noun, not a place */
			if (next_word(b, end, limit, &ns, &ne, &punct) && !punct && fb_islower((unsigned char)b[ns]) &&
			    !in_list(cl->not_nouns, b + ns, ne - ns) && !in_list(cl->clause_stops, b + ns, ne - ns))
				goto next;
			*cs = ws;
			*ce = end;
			return 1;
		}
next:
		pos = we;
	}
	return 0;
}

/* Span of every source mention, sorted, to leave sources out of names. */
typedef struct spans {
	size_t (*v)[2];
	size_t n, cap;
} spans;

static int cmp_span(const void *a, const void *b)
{
	const size_t *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

static spans cue_spans(const fb_attribution *at)
{
	spans s = { 0 };
	for (size_t i = 0; at && i < at->nattr; i++) {
		if (at->attr[i].cue_end <= at->attr[i].cue_start)
			continue;
		size_t (*e)[2] = FB_PUSH(s.v, s.n, s.cap);
		(*e)[0] = at->attr[i].cue_start;
		(*e)[1] = at->attr[i].cue_end;
	}
	if (s.n)
		qsort(s.v, s.n, sizeof *s.v, cmp_span);
	return s;
}

static int in_spans(const spans *s, size_t off)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) { /* first span starting after off */
		size_t mid = (lo + hi) / 2;
		if (s->v[mid][0] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* mentions do not nest deeply: look back a few */
	for (size_t k = lo, seen = 0; k-- > 0 && seen < 8; seen++)
		if (s->v[k][0] <= off && off < s->v[k][1])
			return 1;
	return 0;
}

/* Collects the proper names of the quantity's clause: capitalised words
 * that do not open the sentence and are not a source's mention. */
static size_t name_len(const char *b, size_t ws, size_t we)
{
	/* "Calder's" is "Calder" */
	if (we - ws > 2 && b[we - 1] == 's' && (b[we - 2] == '\'' ))
		return we - ws - 2;
	if (we - ws > 4 && b[we - 1] == 's' && (unsigned char)b[we - 2] == 0x99 && (unsigned char)b[we - 4] == 0xE2)
		return we - ws - 4;
	return we - ws;
}

/* Words written with a capital inside sentences anywhere in the article:
 * names, so "Estes" opening a sentence is still a name. */
static fb_lexicon *proper_names(const fb_claimer *cl, const fb_doc *doc)
{
	fb_lexicon *lx = fb_lexicon_new();
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		size_t pos = st->start, ws, we;
		int punct, first = 1;
		while (next_word(doc->buf, pos, st->end, &ws, &we, &punct)) {
			pos = we;
			if (!first && fb_isupper((unsigned char)doc->buf[ws]) && !in_list(cl->not_nouns, doc->buf + ws, we - ws))
				fb_lexicon_add(lx, doc->buf + ws, name_len(doc->buf, ws, we), NULL, 0);
			first = 0;
		}
	}
	return lx;
}

static void clause_names(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t qi, const spans *ms,
    const fb_lexicon *names, fb_claim *k)
{
	const fb_quantity *q = &ql->q[qi];
	const char *b = doc->buf;
	size_t a, e, intro, pos, ws, we;
	int punct;
	clause_of(doc, q->sent, q->start, q->end, &a, &e, &intro);
	pos = a;
	/* Quantities are in text order: cur is the first that starts at or
	 * after the clause, reach the farthest end of those before it (they
	 * do not nest deeply: look back a few). */
	size_t cur = first_q_from(ql, a), reach = 0;
	for (size_t j = cur, seen = 0; j-- > 0 && seen < 8 && ql->q[j].sent == q->sent; seen++)
		if (ql->q[j].end > reach)
			reach = ql->q[j].end;
	while (k->nnames < sizeof k->names / sizeof *k->names && next_word(b, pos, e, &ws, &we, &punct)) {
		pos = we;
		if (!fb_isupper((unsigned char)b[ws]) || in_spans(ms, ws))
			continue;
		size_t nl = name_len(b, ws, we);
		if (ws == doc->sent[q->sent].start && !fb_lexicon_get(names, b + ws, nl))
			continue; /* "The", "Officials": capitalised only to open it */
		/* "Wednesday", "March": dates are no names. The words come in
		 * text order, so a cursor walks the quantities once. */
		while (cur < ql->n && ql->q[cur].start <= ws) {
			if (ql->q[cur].end > reach)
				reach = ql->q[cur].end;
			cur++;
		}
		if (reach > ws)
			continue;
		if (in_list(cl->not_nouns, b + ws, we - ws) || fb_word_eq(b + ws, we - ws, "i"))
			continue;
		uint32_t h = 2166136261u;
		for (size_t i = ws; i < ws + nl; i++)
			h = (h ^ (unsigned char)fb_tolower((unsigned char)b[i])) * 16777619u;
		int dup = 0;
		for (size_t i = 0; i < k->nnames; i++)
			dup |= k->names[i] == h;
		if (!dup)
			k->names[k->nnames++] = h;
	}
}

/* ---------------------------------------------------------- people counted */

/* Is the measure name m one of the listed measures (not a lemma found in
 * the text)? */
static int listed_measure(const fb_claimer *cl, const char *m)
{
	for (size_t i = 0; m && i < cl->measures->n; i++)
		if (cl->measures->e[i].nfield && strcmp(cl->measures->e[i].field[0], m) == 0)
			return 1;
	return 0;
}

/* The listed measure of the entry e, with its default subject and implied
 * measure. */
static const char *measure_of(const fb_entry *e, const char **def, const char **implies)
{
	*def = e->nfield > 1 && e->field[1][0] ? e->field[1] : NULL;
	*implies = e->nfield > 2 ? e->field[2] : NULL;
	return e->field[0];
}

/* Auxiliaries and adverbs between a subject and its passive predicate:
 * "were also detained", "had been killed", "was later confirmed killed". */
static int aux_word(const char *w, size_t n)
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
static const char *measure_after_aux(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k, const char **def, const char **implies)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t pos = k->noun_end > q->end ? k->noun_end : q->end, ws, we, used;
	int punct, aux = 0;
	for (int words = 0; words < 5 && next_word(b, pos, st->end, &ws, &we, &punct) && !punct; words++) {
		const fb_entry *e = aux ? phrase_at(cl->measures, b + ws, st->end - ws, &used) : NULL;
		if (e && e->nfield)
			return measure_of(e, def, implies);
		if (!aux_word(b + ws, we - ws))
			return NULL;
		aux |= !fb_word_eq(b + ws, we - ws, "all") && !fb_word_eq(b + ws, we - ws, "both");
		pos = we;
	}
	return NULL;
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
	if (fb_word_eq(b + ws, we - ws, "along") && next_word(b, we, end, &ws2, &we2, &p) && !p &&
	    fb_word_eq(b + ws2, we2 - ws2, "with")) {
		*after = we2;
		return 1;
	}
	if (fb_word_eq(b + ws, we - ws, "as") && next_word(b, we, end, &ws2, &we2, &p) && !p &&
	    fb_word_eq(b + ws2, we2 - ws2, "well") && next_word(b, we2, end, &ws3, &we3, &p) && !p &&
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
static const char *measure_over_conjunct(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
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
		if (!prev_word(b, st->start, pos, &ws, &we, &punct))
			break;
		if (punct && !joined)
			break;
		if (!joined) {
			size_t ws0 = ws, we0 = we;
			if (fb_word_eq(b + ws, we - ws, "with") || (fb_word_eq(b + ws, we - ws, "as") && back == 0)) {
				size_t a2, b2;
				int p2;
				/* step back to "along" / "as well" */
				while (prev_word(b, st->start, ws0, &a2, &b2, &p2) && !p2 &&
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
		if (in_list(cl->clause_stops, b + ws, we - ws))
			break;
		const fb_entry *e = phrase_at(cl->measures, b + ws, st->end - ws, &used);
		if (e && e->nfield && ws + used <= pos)
			return measure_of(e, def, implies);
		pos = ws;
	}
	/* after: "... and two others were detained" */
	if (k->noun_end <= q->start)
		return NULL;
	pos = k->noun_end;
	if (!next_word(b, pos, st->end, &ws, &we, &punct) || punct || !conj_at(b, ws, we, st->end, &after))
		return NULL;
	pos = after;
	int aux = 0;
	for (int words = 0; words < 10 && next_word(b, pos, st->end, &ws, &we, &punct) && !punct; words++) {
		if (in_list(cl->clause_stops, b + ws, we - ws))
			break;
		const fb_entry *e = aux ? phrase_at(cl->measures, b + ws, st->end - ws, &used) : NULL;
		if (e && e->nfield)
			return measure_of(e, def, implies);
		if (aux_word(b + ws, we - ws))
			aux = 1;
		else if (aux)
			break;
		pos = we;
	}
	return NULL;
}

/* Is the class one of people (victims, suspects, attackers)? */
static int people_class(const fb_claimer *cl, const char *cls)
{
	return cls && (fb_class_within(cl, cls, "people") || fb_class_within(cl, cls, "attackers"));
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

/* The people class of the listed noun at [ws, ...) when it is singular
 * ("leader", "police officer"); stores its end. */
static const char *singular_person(const fb_claimer *cl, const char *b, size_t ws, size_t end, size_t *ne)
{
	size_t used;
	const fb_entry *e = phrase_at(cl->classes, b + ws, end - ws, &used);
	if (!e || !used) {
		/* a person noun of WordNet no class lists ("a weapons dealer",
		 * "a courier"): a person, counted as people */
		size_t w0, w1;
		int p;
		if (!next_word(b, ws, end, &w0, &w1, &p) || p || w0 != ws || !fb_islower((unsigned char)b[ws]) ||
		    !person_noun(cl, b + w0, w1 - w0))
			return NULL;
		/* "a senior leader", "a student activist": a person noun before
		 * another is its modifier */
		size_t x0, x1, xu;
		if (next_word(b, w1, end, &x0, &x1, &p) && !p &&
		    (person_noun(cl, b + x0, x1 - x0) || phrase_at(cl->classes, b + x0, end - x0, &xu)))
			return NULL;
		*ne = w1;
		return "people";
	}
	const char *cls = e->nfield && e->field[0][0] ? e->field[0] : e->key;
	if (!people_class(cl, cls))
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

typedef struct single single;
static int titled_name(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s);
static int named_person(const fb_claimer *cl, const char *b, size_t ws, size_t end, single *s);
static int apposed_person(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t verb, single *s);

typedef struct single {
	size_t start, end;   /* determiner .. noun */
	size_t noun_start, noun_end;
	size_t sent;
	const char *measure, *cls;
	int definite;        /* "the leader", "him": may restate an earlier one */
} single;

/* Does the clause around [s, e) name another event (a listed phrase, or a
 * relative clause: "an attack that killed a soldier")? */
static int single_elsewhere(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t s, size_t e,
    size_t verb, size_t *cs, size_t *ce)
{
	const char *b = doc->buf;
	size_t a, z, intro, ws, we, used;
	int punct;
	clause_of(doc, sent, s, e, &a, &z, &intro);
	size_t from = a < verb ? a : verb;
	for (size_t pos = from; next_word(b, pos, z, &ws, &we, &punct); pos = we)
		if (phrase_at(cl->other_event, b + ws, z - ws, &used)) {
			*cs = ws;
			*ce = ws + used;
			return 1;
		}
	for (size_t pos = doc->sent[sent].start; intro > pos && next_word(b, pos, intro, &ws, &we, &punct); pos = we)
		if (phrase_at(cl->other_event, b + ws, intro - ws, &used)) {
			*cs = ws;
			*ce = ws + used;
			return 1;
		}
	/* "... that killed a soldier": the predicate of a relative clause */
	if (prev_word(b, doc->sent[sent].start, verb, &ws, &we, &punct) && !punct &&
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
	for (int words = 0; words < 5 && next_word(b, at, end, &w0, &w1, &p) && (!p || words == 0); words++) {
		const char *cls = singular_person(cl, b, w0, end, &ne);
		if (cls) {
			size_t x0, x1;
			int p2;
			if (!next_word(b, ne, end, &x0, &x1, &p2) || !fb_isupper((unsigned char)b[x0]) ||
			    (p2 && b[ne] != ','))
				return 0;
			s->start = ws;
			s->noun_start = w0;
			s->end = s->noun_end = ne;
			s->cls = cls;
			s->definite = 1;
			return 1;
		}
		if (in_list(cl->not_nouns, b + w0, w1 - w0) || in_list(cl->clause_stops, b + w0, w1 - w0))
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
	while (caps < 5 && next_word(b, at, end, &w0, &w1, &p) && (!p || caps == 0) &&
	       fb_isupper((unsigned char)b[w0]) && !in_list(cl->not_nouns, b + w0, w1 - w0)) {
		size_t used;
		if (phrase_at(cl->classes, b + w0, end - w0, &used) || phrase_at(cl->place_nouns, b + w0, end - w0, &used))
			return 0;
		caps++;
		last = w1;
		at = w1;
	}
	if (caps < 2)
		return 0;
	size_t x0, x1;
	int p2;
	if (next_word(b, last, end, &x0, &x1, &p2) && !p2 && !in_list(cl->not_nouns, b + x0, x1 - x0) &&
	    !in_list(cl->clause_stops, b + x0, x1 - x0) && !fb_word_eq(b + x0, x1 - x0, "during"))
		return 0;
	s->start = s->noun_start = ws;
	s->end = s->noun_end = last;
	s->cls = "people";
	s->definite = 1;
	return 1;
}

/* A named person with an apposition before the predicate at verb:
 * "Abdul Karim, a senior commander in the district, was killed". Looks
 * back (a dozen words at most) for ", a/an/the ... PERSON ..." opened by
 * a comma right after a capitalised name. Fills s. */
static int apposed_person(const fb_claimer *cl, const fb_doc *doc, size_t sent, size_t verb, single *s)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t pos = verb, ws, we, ne, person = 0, person_end = 0;
	const char *cls = NULL;
	int punct, first = 1;
	for (int back = 0; back < 14 && prev_word(b, st->start, pos, &ws, &we, &punct); back++) {
		if (punct && !first) {
			/* the comma that opens the apposition: ws..we is its first word */
			size_t d0, d1;
			int p0;
			if (!cls || !next_word(b, pos, st->end, &d0, &d1, &p0) ||
			    !(fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "an") ||
			      fb_word_eq(b + d0, d1 - d0, "the")))
				return 0;
			if (!fb_isupper((unsigned char)b[ws]) || in_list(cl->not_nouns, b + ws, we - ws))
				return 0;
			s->start = ws;
			s->end = person_end;
			s->noun_start = person;
			s->noun_end = person_end;
			s->cls = cls;
			s->definite = 1;
			return 1;
		}
		first = 0;
		if (in_list(cl->clause_stops, b + ws, we - ws))
			return 0;
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

/* The singular person noun of a passive, its last word at [n0, n1): "a/the
 * [modifiers] NOUN was killed". Fills s; 0 when there is none. */
static int passive_noun(const fb_claimer *cl, const char *b, size_t lo, size_t end, size_t n0, size_t n1,
    single *s)
{
	size_t ne, h0 = n0, h1, hp, m1;
	int ph;
	const char *cls = NULL;
	for (int t = 0; t < 2 && !cls; t++) {
		cls = singular_person(cl, b, h0, end, &ne);
		if (cls && ne != n1)
			cls = NULL;
		if (!cls && !(prev_word(b, lo, h0, &h0, &h1, &ph) && !ph))
			break;
	}
	size_t m0 = h0;
	for (int words = 0; cls && words < 5 && prev_word(b, lo, m0, &hp, &m1, &ph) && !ph; words++) {
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
		if (in_list(cl->not_nouns, b + hp, m1 - hp) || in_list(cl->clause_stops, b + hp, m1 - hp))
			break;
		m0 = hp;
	}
	return 0;
}

/* One person named with no number word is a count of one: "killed an
 * insurgent", "detained the Taliban leader", "a facilitator was
 * arrested", "engaged the man, killing him". Collects them per sentence
 * (ASCII determiners, listed people nouns, listed measures of people). */
static single *find_singles(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t *nout)
{
	const char *b = doc->buf;
	single *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		if (doc->para[st->para].boilerplate)
			continue;
		size_t pos = st->start, ws, we, used;
		int punct;
		while (next_word(b, pos, st->end, &ws, &we, &punct)) {
			pos = we;
			if (!fb_islower((unsigned char)b[ws])) /* before the look-up: most words fail it */
				continue;
			const fb_entry *e = phrase_at(cl->measures, b + ws, st->end - ws, &used);
			if (!e || e->nfield < 2 || strcmp(e->field[1], "people") != 0)
				continue;
			size_t me = ws + used, ms = ws;
			pos = me;
			single s = { 0 };
			s.sent = si;
			s.measure = e->field[0];
			/* active: the measure, then "a/an/the [modifiers] NOUN" or "him" */
			size_t d0, d1, w0, w1;
			int p;
			if (next_word(b, me, st->end, &d0, &d1, &p) && !p) {
				int indef = fb_word_eq(b + d0, d1 - d0, "a") || fb_word_eq(b + d0, d1 - d0, "an") ||
				    fb_word_eq(b + d0, d1 - d0, "another");
				int def = fb_word_eq(b + d0, d1 - d0, "the");
				size_t qj = first_q_from(ql, d0);
				int number_here = qj < ql->n && ql->q[qj].start == d0;
				if (fb_word_eq(b + d0, d1 - d0, "him") || fb_word_eq(b + d0, d1 - d0, "her")) {
					s.start = s.noun_start = d0;
					s.end = s.noun_end = d1;
					s.cls = "people";
					s.definite = 1;
				} else if (!number_here && (titled_name(cl, b, d0, st->end, &s) || named_person(cl, b, d0, st->end, &s))) {
					/* "killed Taliban leader Saifullah" */
				} else if ((indef || def) && !number_here) {
					size_t at = d1, pw = 0; /* pw: the previous word's start */
					for (int words = 0; words < 6 && next_word(b, at, st->end, &w0, &w1, &p) && !p; words++) {
						size_t ne;
						const char *cls = singular_person(cl, b, w0, st->end, &ne);
						if (cls) {
							size_t x0, x1;
							int p2;
							/* "the leader's network", "a leader and his deputy" are fine;
							 * "an insurgent leader" goes on to its head */
							if (next_word(b, ne, st->end, &x0, &x1, &p2) && !p2 && x0 == ne + 1 &&
							    singular_person(cl, b, x0, st->end, &ne) == NULL &&
							    phrase_at(cl->classes, b + x0, st->end - x0, &used)) {
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
						/* "an Islamic Movement of Uzbekistan facilitator": "of" inside a name */
						int name_of = fb_word_eq(b + w0, w1 - w0, "of") && pw && fb_isupper((unsigned char)b[pw]) &&
						    next_word(b, w1, st->end, &o0, &o1, &po) && !po && fb_isupper((unsigned char)b[o0]);
						int extra = name_of || fb_word_eq(b + w0, w1 - w0, "additional") || fb_word_eq(b + w0, w1 - w0, "other") ||
						    fb_word_eq(b + w0, w1 - w0, "further");
						if (!extra && (in_list(cl->not_nouns, b + w0, w1 - w0) || in_list(cl->clause_stops, b + w0, w1 - w0) ||
						    phrase_at(cl->measures, b + w0, st->end - w0, &used)))
							break;
						pw = w0;
						at = w1;
					}
				}
			}
			/* passive: "a/the [modifiers] NOUN was (also) detained" */
			if (!s.cls) {
				size_t at = ms, a0, a1;
				int seen_aux = fb_word_eq(b + ws, we - ws, "was");
				while (prev_word(b, st->start, at, &a0, &a1, &p) && !p && aux_word(b + a0, a1 - a0) &&
				       !fb_word_eq(b + a0, a1 - a0, "were") && !fb_word_eq(b + a0, a1 - a0, "have")) {
					seen_aux |= fb_word_eq(b + a0, a1 - a0, "was") || fb_word_eq(b + a0, a1 - a0, "been");
					at = a0;
				}
				size_t n0, n1;
				if (seen_aux && prev_word(b, st->start, at, &n0, &n1, &p) && p &&
				    apposed_person(cl, doc, si, at, &s)) {
					/* "Abdul Karim, a senior commander, was killed" */
				} else if (seen_aux && prev_word(b, st->start, at, &n0, &n1, &p) && !p &&
				    (fb_word_eq(b + n0, n1 - n0, "he") || fb_word_eq(b + n0, n1 - n0, "she"))) {
					/* "He was later killed" */
					s.start = s.noun_start = n0;
					s.end = s.noun_end = n1;
					s.cls = "people";
					s.definite = 1;
				} else if (seen_aux && prev_word(b, st->start, at, &n0, &n1, &p) && !p) {
					passive_noun(cl, b, st->start, st->end, n0, n1, &s);
				}
				/* "a third suspect who had fled was arrested": the noun
				 * before a relative clause that ends at the auxiliary */
				for (int words = 0; !s.cls && seen_aux && words < 12 && prev_word(b, st->start, at, &n0, &n1, &p) &&
				     (!p || b[n1] == ','); words++) {
					if (fb_word_eq(b + n0, n1 - n0, "who") || fb_word_eq(b + n0, n1 - n0, "that")) {
						size_t r0, r1;
						int pr;
						if (prev_word(b, st->start, n0, &r0, &r1, &pr) && (!pr || b[r1] == ','))
							passive_noun(cl, b, st->start, st->end, r0, r1, &s);
						break;
					}
					at = n0;
				}
			}
			if (!s.cls)
				continue;
			/* a number in the phrase is a count of its own ("an insurgent
			 * and two others": the "two" is found as a number) */
			size_t qj = first_q_from(ql, s.start);
			/* but an ordinal is no count: "a second courier" is one person */
			while (qj < ql->n && ql->q[qj].start < s.end && ql->q[qj].kind == FB_QK_ORDINAL)
				qj++;
			if (qj < ql->n && ql->q[qj].start < s.end)
				continue;
			*FB_PUSH(v, n, cap) = s;
		}
	}
	*nout = n;
	return v;
}

/* Keeps a claim's own quantity; returns what fb_claim.own holds. */
static size_t own_add(fb_claims *c, const fb_quantity *q)
{
	*FB_PUSH(c->own, c->nown, c->owncap) = *q;
	return c->nown;
}

/* Adds a claim of one for each single person found, unless it is a
 * definite mention ("the leader") after an earlier count of the same
 * measure, which it restates. Claims [0, nnum) are the numeric ones in
 * text order. */
static void add_singles(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc,
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
		if (s->definite && earlier)
			continue;
		fb_quantity one;
		memset(&one, 0, sizeof one);
		one.start = s->start;
		one.end = s->end;
		one.sent = s->sent;
		one.kind = FB_QK_COUNT;
		one.has_value = one.has_min = one.has_max = 1;
		one.value = one.min = one.max = 1;
		one.noun_start = s->noun_start;
		one.noun_end = s->noun_end;
		fb_claim *k = FB_PUSH(c->c, c->nc, *cap);
		k->type = FB_CT_NUMERIC;
		k->sent = s->sent;
		k->quantity = -1;
		k->own = own_add(c, &one);
		k->measure = s->measure;
		k->subject = s->cls;
		k->noun_start = s->noun_start;
		k->noun_end = s->noun_end;
		k->derived_from = -1;
		k->antecedent = -1;
		k->attr = at ? fb_attribution_at(at, s->sent, s->start, s->end) : -1;
		claim_span(doc, ql, &one, k->attr >= 0 && at->attr[k->attr].source >= 0, &k->start, &k->end);
		k->other_event = single_elsewhere(cl, doc, s->sent, s->start, s->end, s->start, &k->context_start, &k->context_end);
	}
	fb_lexicon_free(seen);
}

/* The quantity a numeric claim states. */
static const fb_quantity *claim_q(const fb_claims *c, const fb_qlist *ql, const fb_claim *k)
{
	return k->own ? fb_claim_own(c, k) : k->quantity >= 0 ? &ql->q[k->quantity] : NULL;
}

/* An earlier attack laid at someone's door: "the commander is linked to
 * an attack that killed four soldiers", "responsible for a bombing which
 * wounded 12". A count right after "that/which VERB" in a sentence that
 * holds one of these phrases before it is about that attack, another
 * event. Stores the phrase's span. */
static int past_deed(const fb_doc *doc, const fb_quantity *q, size_t *cs, size_t *ce)
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
	for (int back = 0; back < 5 && prev_word(b, lo, pos, &ws, &we, &punct) && !punct; back++) {
		if (fb_word_eq(b + ws, we - ws, "that") || fb_word_eq(b + ws, we - ws, "which")) {
			rel = ws;
			break;
		}
		pos = ws;
	}
	if (!rel)
		return 0;
	size_t prev_s = 0, prev_e = 0;
	for (pos = lo; next_word(b, pos, rel, &ws, &we, &punct); pos = we) {
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

/* Does a count restate people counted before rather than add to them:
 * "the two insurgents", "all 11", "one of the detainees"? (Only asked
 * when an earlier count of the same measure exists.) */
static int restates(const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, ws2, we2;
	int punct, p2;
	if (prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "the") || fb_word_eq(b + ws, we - ws, "these") ||
	     fb_word_eq(b + ws, we - ws, "those") || fb_word_eq(b + ws, we - ws, "all") ||
	     fb_word_eq(b + ws, we - ws, "both") || fb_word_eq(b + ws, we - ws, "their")))
		return 1;
	/* "one of the insurgents", "two of them" (but "two of his associates" adds) */
	if (next_word(b, q->end, st->end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of") &&
	    next_word(b, we, st->end, &ws2, &we2, &p2) && !p2 &&
	    !(fb_word_eq(b + ws2, we2 - ws2, "his") || fb_word_eq(b + ws2, we2 - ws2, "her") ||
	      fb_word_eq(b + ws2, we2 - ws2, "their") || fb_word_eq(b + ws2, we2 - ws2, "its")))
		return 1;
	return 0;
}

/* Is [s, s+n) an ordinal word past "first" ("second", "third")? */
static int later_ordinal(const fb_claimer *cl, const char *s, size_t n)
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
	clause_of(doc, q->sent, q->start, q->end, &a, &z, &intro);
	size_t end = k->noun_end > q->end ? k->noun_end : q->end;
	/* the sentence's opening clause: "Additionally, the force detained two"
	 * (clause_of keeps it within its window) */
	for (size_t pos = doc->sent[q->sent].start; intro < a && next_word(b, pos, intro, &ws, &we, &punct); pos = we)
		for (size_t i = 0; more[i]; i++)
			if (fb_word_eq(b + ws, we - ws, more[i]))
				return 1;
	int after = 0, past = 0; /* words looked at past the noun: "two were also detained" */
	for (size_t pos = a; next_word(b, pos, z, &ws, &we, &punct); pos = we) {
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
		if (later_ordinal(cl, b + ws, we - ws))
			return 1;
	}
	return 0;
}

/* Is a vague count marked as more people by the word after it: "several
 * more", "a few other", "numerous additional"? */
static int vague_adds(const fb_doc *doc, const fb_quantity *q)
{
	size_t ws, we;
	int punct;
	const char *b = doc->buf;
	return next_word(b, q->end, doc->sent[q->sent].end, &ws, &we, &punct) && !punct &&
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
	if (!prev_word(b, st->start, q->start, &ws, &we, &punct) || punct)
		return 0;
	if (fb_word_eq(b + ws, we - ws, "and"))
		return 1;
	return fb_word_eq(b + ws, we - ws, "with") && prev_word(b, st->start, ws, &ws2, &we2, &p2) && !p2 &&
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
	if (next_word(b, q->end, st->end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of") &&
	    next_word(b, we, st->end, &ws2, &we2, &p2) && !p2 &&
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
static int people_measure(const fb_claimer *cl, const char *m)
{
	for (size_t e = 0; e < cl->measures->n; e++)
		if (cl->measures->e[e].nfield > 1 && strcmp(cl->measures->e[e].field[0], m) == 0 &&
		    strcmp(cl->measures->e[e].field[1], "people") == 0)
			return 1;
	return 0;
}

/* Numeric claims added after the first pass (single people, totals) go to
 * their place in text order, after the claims of the same start; links
 * between claims follow. */
typedef struct claim_ord {
	size_t start, idx;
} claim_ord;

static int cmp_claim_ord(const void *a, const void *b)
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
	int n = t->n || after;
	/* two vague words ("detained a few suspects ... detained a few
	 * suspects") are not added, each a minimum, not a count, unless
	 * marked ("Several more insurgents were killed") */
	if (q->vague && t->vague && !vague_adds(doc, q))
		return 0;
	if (n && restates(doc, q))
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
	         : adds_to(cl, doc, q, k) ? PART_MORE
	         : new_people(cl, t->subj, t->np, own_cls) ||
	             (t->np && t->parts[t->np - 1].end <= q->start && k->sent == t->psent && joined_on(doc, q))
	         ? PART_EXACT : -1;
	if (role < 0)
		return 0;
	t->said_more |= vague_adds(doc, q);
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
 * detained the targeted individual"): it is that one. */
static void tally_restated(const fb_claimer *cl, tally *t, const single *sv, size_t ns, const char *m, size_t lede)
{
	size_t np = t->np;
	for (size_t i = 0; i < ns; i++) {
		if (!sv[i].definite || sv[i].sent <= lede || !sv[i].measure || strcmp(sv[i].measure, m) != 0)
			continue;
		int own = 0;
		for (size_t p = 0; p < np && !own; p++)
			own = t->roles[p] == PART_EXACT && t->parts[p].value == 1 && t->parts[p].start < sv[i].start;
		if (!own)
			tally_part(cl, t, PART_EXACT, 0, 1, sv[i].start, sv[i].end, sv[i].noun_start, sv[i].noun_end, sv[i].cls);
	}
}

/* Pushes the derived total of tally t over measure m's counts. */
static void push_total(fb_claims *c, size_t *cap, const fb_qlist *ql, tally *t, double sum)
{
	fb_claim *d = FB_PUSH(c->c, c->nc, *cap);
	*d = c->c[t->last];
	const fb_quantity *lq = claim_q(c, ql, d);
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
	d->own = own_add(c, &tot);
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
		const fb_quantity *q = claim_q(c, ql, k);
		if (!q || q->kind != FB_QK_COUNT || q->vague)
			continue;
		size_t ws, we, used;
		int punct;
		for (size_t pos = doc->sent[q->sent].start; next_word(b, pos, q->start, &ws, &we, &punct); pos = we)
			if (phrase_at(cl->summary, b + ws, q->start - ws, &used))
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
static void add_totals(const fb_claimer *cl, fb_claims *c, size_t *cap, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const single *sv, size_t ns)
{
	size_t nnum = c->nc;
	const char *done[16];
	size_t ndone = 0;
	/* counts in text order: single people were added after the numbers */
	claim_ord *ord = malloc((nnum ? nnum : 1) * sizeof *ord);
	if (!ord)
		return;
	for (size_t j = 0; j < nnum; j++) {
		const fb_quantity *q = claim_q(c, ql, &c->c[j]);
		ord[j].start = q ? q->start : c->c[j].start;
		ord[j].idx = j;
	}
	qsort(ord, nnum, sizeof *ord, cmp_claim_ord);
	for (size_t i = 0; i < nnum && ndone < 16; i++) {
		const fb_claim *k0 = &c->c[i];
		const char *m = k0->measure;
		if (!m || !listed_measure(cl, m) || (k0->flags & FB_CF_DERIVED))
			continue;
		int seen = 0;
		for (size_t d = 0; d < ndone && !seen; d++)
			seen = strcmp(done[d], m) == 0;
		if (seen)
			continue;
		done[ndone++] = m;
		if (!people_measure(cl, m))
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
			const fb_quantity *q = claim_q(c, ql, k);
			if (!q || q->kind != FB_QK_COUNT || q->unit || q->nparts > 1)
				continue;
			/* people, or a noun no list knows ("couriers"): a measure of
			 * people counts people; listed things ("homes") are left out */
			if (k->subject && !people_class(cl, k->subject) &&
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
		 * says "more" ("two more", "several other") */
		if (!retold && lede.n && !lede.exact && !lede.more && body.n && body.np == (size_t)body.n &&
		    !body.said_more)
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
	qsort(o, nnum, sizeof *o, cmp_claim_ord);
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

fb_claims *fb_extract_claims(const fb_claimer *cl, const fb_doc *doc,
    const fb_qlist *ql, const fb_attribution *at)
{
	fb_claims *c = fb_xcalloc(1, sizeof *c);
	size_t cap = 0;
	int own_year = -1; /* the dateline's year: a date in the first paragraphs */
	for (size_t i = 0; i < ql->n && own_year < 0; i++)
		if (ql->q[i].kind == FB_QK_DATE && doc->sent[ql->q[i].sent].para < 3)
			own_year = year_in(doc, &ql->q[i]);
	/* sentence -> first claim index, to find antecedents near by */
	size_t *sent_claim_lo = fb_xcalloc(doc->nsent + 1, sizeof *sent_claim_lo);
	int *numeric_in_sent = fb_xcalloc(doc->nsent + 1, sizeof *numeric_in_sent);
	spans ms = cue_spans(at);
	phrase_spans evs = other_event_spans(cl, doc, ql);
	fb_lexicon *names = proper_names(cl, doc);
	qindex qx;
	qindex_build(&qx, doc, ql);
	for (size_t i = 0; i < ql->n; i++) {
		/* An enumeration whose parts are no one class ("12 new hospitals and
		 * 3,000 extra beds") has no meaningful total: a claim per part, each
		 * with its own quantity. */
		const fb_quantity *whole = &ql->q[i];
		/* an enumeration's class, found once: it decides the split and
		 * is the subject when there is one */
		const char *parts_class = whole->nparts > 1 ? find_subject(cl, c, doc, whole, NULL) : NULL;
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
			const fb_sent *st = &doc->sent[q->sent];
			fb_claim *k = FB_PUSH(c->c, c->nc, cap);
			size_t ki = c->nc - 1;
			if (!numeric_in_sent[q->sent])
				sent_claim_lo[q->sent] = ki;
			numeric_in_sent[q->sent]++;
			k->type = FB_CT_NUMERIC;
			k->sent = q->sent;
			k->quantity = split ? -1 : (int)i;
			if (split) {
				k->own = own_add(c, &part);
			}
			k->derived_from = -1;
			k->antecedent = -1;
			k->attr = at ? fb_attribution_at(at, q->sent, q->start, q->end) : -1;
			claim_span(doc, ql, q, k->attr >= 0 && at->attr[k->attr].source >= 0, &k->start, &k->end);
			if (!countlike(q))
				continue;
			const char *def = NULL, *implies = NULL;
			if (split) {
				k->noun_start = q->noun_start;
				k->noun_end = q->noun_end;
				k->subject = fb_class_in(cl, doc->buf + q->noun_start, q->noun_end - q->noun_start);
				size_t pws, pwe;
				if (part_noun(doc->buf, q->noun_start, q->noun_end, &pws, &pwe)) {
					if (!k->subject)
						k->subject = lemma(c, doc->buf + pws, pwe - pws); /* "9,800 pupils" */
					size_t m0 = skip_space(doc->buf, q->noun_start, pws), me = pws;
					while (me > m0 && fb_isspace((unsigned char)doc->buf[me - 1]))
						me--;
					if (me > m0) /* "2,500 regular passengers": a restriction */
						k->mod_start = m0, k->mod_end = me;
				}
			} else
				k->subject = q->kind == FB_QK_DURATION ? NULL
				           : q->nparts > 1 ? parts_class : find_subject(cl, c, doc, q, k);
			k->measure = find_measure(cl, c, doc, ql, i, k, &def, &implies);
			if (!listed_measure(cl, k->measure) && q->kind == FB_QK_COUNT) {
				/* the clause's event predicate, over a verb of finding
				 * or a conjunction */
				const char *d2 = NULL, *i2 = NULL;
				const char *m2 = measure_after_aux(cl, doc, q, k, &d2, &i2);
				if (!m2 && !k->measure) /* "and ten hostages freed" keeps "freed" */
					m2 = measure_over_conjunct(cl, doc, q, k, &d2, &i2);
				if (m2) {
					k->measure = m2;
					def = d2;
					implies = i2;
				}
			}
			/* "120 mm mortars, killing a gunman": a calibre, a length or a
			 * weight is no count of the people a predicate counts */
			if (k->measure && (q->kind == FB_QK_MEASURE || q->kind == FB_QK_PERCENT) && people_measure(cl, k->measure))
				k->measure = NULL;
			k->increment = is_increment(cl, doc, q, k);
			if (!k->subject && q->kind == FB_QK_COUNT && !q->unit) {
				/* nounless: "All three", "one is in critical condition",
				 * "at least one blew himself up": the nearest earlier
				 * claim in the paragraph with a noun (same value when it
				 * is in another sentence). */
				size_t para = st->para;
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
					k->subject = p->subject;
					k->antecedent = (int)j;
					break;
				}
			}
			if (!k->subject && q->unit && (q->kind == FB_QK_MEASURE || q->kind == FB_QK_MONEY))
				k->subject = q->unit; /* "42,000 tonnes", "$3 million" */
			if (!k->subject)
				k->subject = def;
			/* "by delaying two planned stations": a count that is the object
			 * of a verb in -ing has that verb; its participle adjective is no
			 * event predicate (issue 16) */
			if (k->measure == NULL && k->mod_end > k->mod_start && !gerund_before(doc, q)) {
				/* "30,000 deleted emails": the modifier is the predicate */
				size_t pos = k->mod_start, ws, we;
				int punct;
				while (!k->measure && next_word(doc->buf, pos, k->mod_end, &ws, &we, &punct)) {
					if (is_participle(cl, doc->buf + ws, we - ws))
						k->measure = lemma(c, doc->buf + ws, we - ws);
					pos = we;
				}
			}
			/* a bare count ("there were three attackers") is compared only
			 * when it names what it counts itself */
			if (k->measure == NULL && k->subject && q->kind == FB_QK_COUNT && k->noun_end > k->noun_start)
				k->measure = "number";
			if (q->kind == FB_QK_DURATION) {
				k->subject = "time";
				if (!k->measure) { /* the nearest verb before it, in its clause */
					size_t pos = q->start, ws, we, used;
					int punct;
					for (int back = 0; back < 8 && !k->measure; back++) {
						if (!prev_word(doc->buf, st->start, pos, &ws, &we, &punct) || punct)
							break;
						const fb_entry *e = phrase_at(cl->measures, doc->buf + ws, st->end - ws, &used);
						if (e && e->nfield && ws + used <= q->start)
							k->measure = e->field[0];
						else if (is_participle(cl, doc->buf + ws, we - ws))
							k->measure = lemma(c, doc->buf + ws, we - ws);
						pos = ws;
					}
				}
				if (!k->measure) { /* the sentence's verb, near by */
					size_t ws, we, used;
					size_t ce = st->end - q->end > CLAUSE_WINDOW ? q->end + CLAUSE_WINDOW : st->end;
					size_t pos = q->start > st->start + CLAUSE_WINDOW ? q->start - CLAUSE_WINDOW : st->start;
					int punct;
					while (next_word(doc->buf, pos, ce, &ws, &we, &punct)) {
						const fb_entry *e = phrase_at(cl->measures, doc->buf + ws, st->end - ws, &used);
						if (e && e->nfield) {
							k->measure = e->field[0];
							break;
						}
						pos = we;
					}
				}
			}
			clause_names(cl, doc, ql, i, &ms, names, k);
			k->other_event = find_context(&evs, doc, ql, i, &k->context_start, &k->context_end) ||
			    other_year(doc, ql, i, own_year, &k->context_start, &k->context_end) ||
			    past_deed(doc, q, &k->context_start, &k->context_end);
			if (!k->other_event)
				find_place(cl, doc, ql, &qx, q, &k->context_start, &k->context_end);
			/* "One ... blew himself up while two others were shot dead":
			 * the earlier count's measure implies this one's, so together
			 * they give a derived total. */
			if (k->increment && k->measure) {
				for (size_t j = ki, steps = 0; j-- > sent_claim_lo[q->sent] && c->c[j].sent == q->sent && steps < MAX_LOOKBACK; steps++) {
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
					fb_claim *d = FB_PUSH(c->c, c->nc, cap);
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
					if (next_word(doc->buf, q->end, st->end, &ows, &owe, &op) && !op &&
					    fb_lexicon_get(cl->increments, doc->buf + ows, owe - ows)) {
						two[1].what_start = ows; /* "others" */
						two[1].what_end = owe;
					} else {
						two[1].what_start = k->noun_start ? k->noun_start : q->start;
						two[1].what_end = k->noun_start ? k->noun_end : q->end;
					}
					sum.parts = fb_parts_add(&c->parts, two, 2);
					sum.nparts = 2;
					d->own = own_add(c, &sum);
					d->subject = p->subject;
					break;
				}
			}
			(void)implies;
		}
	}
	{
		/* single people named with no number, then the totals */
		size_t ns = 0;
		single *sv = find_singles(cl, doc, ql, &ns);
		add_singles(cl, c, &cap, doc, ql, at, sv, ns);
		size_t n0 = c->nc;
		sort_numeric(c, n0);
		add_totals(cl, c, &cap, doc, ql, at, sv, ns);
		free(sv);
		sort_numeric(c, c->nc);
	}
	size_t nnum = c->nc;
	/* attribution claims: attributed stretches with no number in them */
	for (size_t i = 0; at && i < at->nattr; i++) {
		const fb_attrib *a = &at->attr[i];
		if (a->source < 0 && a->actor < 0)
			continue; /* an actor alone: "X claimed responsibility" is the article's own claim */
		int has_number = 0;
		size_t as = a->sent < doc->nsent ? a->sent : doc->nsent;
		for (size_t j = qx.head[as]; j != QNONE && !has_number; j = qx.next[j])
			has_number = ql->q[j].sent == a->sent && ql->q[j].start >= a->start && ql->q[j].end <= a->end;
		if (has_number)
			continue;
		fb_claim *k = FB_PUSH(c->c, c->nc, cap);
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
	free(sent_claim_lo);
	free(numeric_in_sent);
	free(ms.v);
	free(evs.v);
	fb_lexicon_free(names);
	qindex_free(&qx);
	merge_in_text_order(c, nnum);
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
