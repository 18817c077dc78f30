/* scope_place.c - whose number and where: place phrases, the subject that
 * holds a size or a sum, a possessive's home, a population, the holder of
 * an earlier claim, and the place an anaphoric count ("the city's 12")
 * takes from its paragraph. */
#include "scope_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is word i the start of a place after its preposition: "in Ohio", "in
 * the Darsan bombing", "in the northern province", "the village of Oskol"?
 * Returns the index after the place's words, 0 when it is none. */
size_t scope_place_at(const fb_scoper *sc, const fb_lexicon *pn, const char *b, const words *w, size_t i,
    size_t ca, size_t cb)
{
	if (i <= ca)
		return 0;
	const tok *prev = &w->t[i - 1];
	int prep = tok_is(prev, K_PLACE_PREP) ||
	    (word_is(b, prev, "the") && i >= ca + 2 && tok_is(&w->t[i - 2], K_PLACE_PREP)) ||
	    (word_is(b, prev, "of") && i >= ca + 2 && pn && fb_lexicon_get(pn, b + w->t[i - 2].s, w->t[i - 2].e - w->t[i - 2].s));
	if (!prep || w->t[i].comma || w->t[i].brk)
		return 0;
	if (tok_is(&w->t[i], K_COMPASS) && !w->t[i].cap && i + 1 < cb && w->t[i + 1].cap && !w->t[i + 1].comma &&
	    !w->t[i + 1].brk)
		i++; /* "in northern Velastra" */
	if (w->t[i].cap) {
		size_t j = i + 1;
		while (j < cb && w->t[j].cap && !w->t[j].comma && !w->t[j].brk)
			j++;
		return j;
	}
	/* lower case: up to two words ending in a place noun ("the northern
	 * province"; not "the area", "the local area": the scene again) */
	for (size_t j = i; j < cb && j < i + 3; j++) {
		if (w->t[j].comma || w->t[j].brk || w->t[j].cap || w->t[j].num || tok_is(&w->t[j], K_VAGUE_PLACE))
			return 0;
		if (pn && fb_lexicon_get(pn, b + w->t[j].s, w->t[j].e - w->t[j].s))
			return j + 1;
	}
	return 0;
}

/* "a town of about 26,000 people": the size of a place, a label of it. */
int scope_population(const fb_lexicon *pn, const char *b, const words *w, size_t ca, size_t qa)
{
	size_t i = qa;
	while (i > ca && tok_is(&w->t[i - 1], K_STOP) && !word_is(b, &w->t[i - 1], "of"))
		i--; /* "of about", "of some" */
	if (i < ca + 3 || !word_is(b, &w->t[i - 1], "of"))
		return 0;
	const tok *n = &w->t[i - 2];
	return fb_lexicon_get(pn, b + n->s, n->e - n->s) && tok_is(&w->t[i - 3], K_INDEFINITE);
}

/* Is t a place noun, singular or plural ("town", "towns", "cities")? */
int scope_place_noun(const fb_lexicon *pn, const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	if (!pn)
		return 0;
	if (fb_lexicon_get(pn, b + t->s, n))
		return 1;
	if (n > 4 && strncmp(b + t->e - 3, "ies", 3) == 0) {
		char buf[64];
		if (n - 2 >= sizeof buf)
			return 0;
		memcpy(buf, b + t->s, n - 3);
		buf[n - 3] = 'y';
		return fb_lexicon_get(pn, buf, n - 2) != NULL;
	}
	return n > 3 && b[t->e - 1] == 's' && fb_lexicon_get(pn, b + t->s, n - 1);
}

/* The subject of the verb at v, in [ca, v): for "Harlow, Mass., which
 * employs" the name before the relative pronoun ("Harlow"); else the
 * first name before the verb ("The Brinton plant, the smallest, employs":
 * "Brinton"), else the first common noun ("The company": "company");
 * NULL when none. Owned. */
char *scope_subject_of(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t v)
{
	size_t nx;
	if (v > ca && v <= w->n && (word_is(b, &w->t[v - 1], "which") || word_is(b, &w->t[v - 1], "that") ||
	    word_is(b, &w->t[v - 1], "who"))) {
		size_t j = v - 1, first = SIZE_MAX;
		while (j > ca && scope_name_word(sc, mid, b, w, j - 1) && !w->t[j].brk)
			first = --j; /* "Harlow, Mass.,": back to the run's first name */
		if (first == SIZE_MAX)
			return NULL;
		size_t a = first;
		return scope_name_at(sc, mid, b, w, a, v, &nx);
	}
	size_t stop = v;
	for (size_t i = ca + 1; i < v; i++)
		if (w->t[i].comma || w->t[i].brk) {
			stop = i; /* "The Brinton plant, the smallest of the three,": its apposition names nothing */
			break;
		}
	for (size_t i = ca; i < stop; i++)
		if (scope_name_word(sc, mid, b, w, i))
			return scope_name_at(sc, mid, b, w, i, stop, &nx);
	for (size_t i = ca; i < stop; i++) {
		const tok *t = &w->t[i];
		if (!t->cap && !t->num && !tok_is(t, K_STOP) && t->e - t->s > 2 &&
		    (i + 1 == stop || tok_is(&w->t[i + 1], K_AUX)))
			return scope_lower_dup(b + t->s, t->e - t->s);
	}
	return NULL;
}

/* "against", "over", "under", "within": a preposition that measures a
 * thing against a sum ("came in under a budget of $9 million"). */
int scope_frame_prep(const char *b, const tok *t)
{
	static const char *const preps[] = { "against", "over", "under", "within", "above", "below", "beyond", "on",
		"with" };
	for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
		if (word_is(b, t, preps[i]))
			return 1;
	return 0;
}

/* Is the sum at [qa, qb) a budget or cost some thing has: "its $1.3
 * billion budget", "a budget of $450 million" (data/owned-sums.txt)? */
int scope_owned_sum(const fb_scoper *sc, const char *b, const words *w, size_t qa, size_t qb, size_t cb)
{
	if (qb < cb && !w->t[qb].comma && !w->t[qb].brk && fb_lexicon_get(sc->owned, b + w->t[qb].s, w->t[qb].e - w->t[qb].s))
		return 1;
	return qa >= 2 && word_is(b, &w->t[qa - 1], "of") && !w->t[qa - 1].comma &&
	    fb_lexicon_get(sc->owned, b + w->t[qa - 2].s, w->t[qa - 2].e - w->t[qa - 2].s) != NULL;
}

/* "Dalvia's prime minister said the 280,000 refugees in his country": the
 * place "in his/her/its/their NOUN" (data/home-nouns.txt) names after the
 * number, the possessive name before it in the sentence, else the
 * sentence's opening name (its subject); NULL when there is none. */
char *scope_home_place(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t qb,
    size_t cb)
{
	size_t i = qb;
	while (i + 2 < cb && i < qb + 6 && !w->t[i + 1].brk && !word_is(b, &w->t[i], "in"))
		i++;
	if (i + 2 >= cb || !word_is(b, &w->t[i], "in") || w->t[i + 1].brk || w->t[i + 2].brk ||
	    !(word_is(b, &w->t[i + 1], "his") || word_is(b, &w->t[i + 1], "her") || word_is(b, &w->t[i + 1], "its") ||
	      word_is(b, &w->t[i + 1], "their")) ||
	    !fb_lexicon_get(sc->homes, b + w->t[i + 2].s, w->t[i + 2].e - w->t[i + 2].s))
		return NULL;
	size_t nx;
	for (size_t j = i; j > 0; j--) {
		const tok *t = &w->t[j - 1];
		if (tok_possessive(b, t) && scope_name_word(sc, mid, b, w, j - 1)) {
			size_t a = j - 1;
			while (a > 0 && scope_name_word(sc, mid, b, w, a - 1) && !w->t[a].comma && !w->t[a].brk)
				a--;
			return scope_name_at(sc, mid, b, w, a, j, &nx);
		}
	}
	if (w->whole && w->n && scope_name_word(sc, mid, b, w, 0))
		return scope_name_at(sc, mid, b, w, 0, qb, &nx);
	return NULL;
}

/* The holder of the last claim before claim ci in its paragraph (or,
 * back > 0, in the paragraph before it too), in an earlier sentence (a
 * copy), or NULL. */
char *scope_holder_before(const fb_doc *doc, const fb_claims *c, const fb_scope *out, size_t ci, size_t back)
{
	size_t para = doc->sent[c->c[ci].sent].para;
	for (size_t j = ci; j-- > 0 && ci - j < 64;) {
		if (doc->sent[c->c[j].sent].para + back < para)
			break;
		if (c->c[j].sent != c->c[ci].sent && out[j].holder)
			return fb_xstrdup(out[j].holder);
	}
	return NULL;
}

/* Does b[at, at+n) stand as a whole word in b[lo, hi)? */
static int whole_word(const char *b, size_t lo, size_t hi, size_t at, size_t n)
{
	return (at == lo || !fb_isalnum((unsigned char)b[at - 1])) && (at + n >= hi || !fb_isalnum((unsigned char)b[at + n]));
}

/* Where the article's places stand in one paragraph: each whole-word
 * mention, by position then by the place's index (worked out once a
 * paragraph, when a claim there or after it first asks). */
typedef struct {
	size_t at;
	size_t k; /* index into the places */
} place_seen;

typedef struct {
	char *const *places;
	size_t np;
	size_t *len;         /* strlen of each place */
	unsigned char *done; /* per paragraph: mentions found */
	place_seen **seen;   /* per paragraph */
	size_t *nseen;
} place_index;

static const place_seen *places_in(const fb_doc *doc, place_index *px, size_t p, size_t *n)
{
	if (!px->done[p]) {
		const char *b = doc->buf;
		const fb_para *pa = &doc->para[p];
		size_t cap = 0;
		for (size_t i = pa->start; i < pa->end; i++) {
			if (!fb_isupper((unsigned char)b[i]) || (i > pa->start && fb_isalnum((unsigned char)b[i - 1])))
				continue; /* every place begins with a capital */
			for (size_t k = 0; k < px->np; k++)
				if (i + px->len[k] <= pa->end && px->places[k][0] == b[i] &&
				    memcmp(b + i, px->places[k], px->len[k]) == 0 &&
				    whole_word(b, pa->start, pa->end, i, px->len[k])) {
					place_seen *ps = FB_PUSH(px->seen[p], px->nseen[p], cap);
					ps->at = i, ps->k = k;
				}
		}
		px->done[p] = 1;
	}
	*n = px->nseen[p];
	return px->seen[p];
}

/* Does "there" ending at i open "there were 812", "there had been about
 * 60" (that something is, no place), not "residents there were alarmed"? */
static int existential(const char *b, size_t i, size_t end)
{
	static const char *const be[] = { "is", "are", "was", "were", "has", "have", "had", "will", "would", "may",
		"might", "could", "remain", "remained", "seem", "seemed", "appear", "appeared", NULL };
	static const char *const then[] = { "been", "be", "a", "an", "no", "some", "many", "more", "about", "at", "nearly",
		"several", "few", "only", "still", "over", "almost", "roughly", "around", "as", "fewer", "less", "up",
		"dozens", "hundreds", "thousands", NULL };
	size_t n, k;
	while (i < end && b[i] == ' ')
		i++;
	for (n = 0; i + n < end && fb_isalpha((unsigned char)b[i + n]); n++)
		;
	int is_be = 0;
	for (k = 0; be[k] && !is_be; k++)
		is_be = strlen(be[k]) == n && strncmp(b + i, be[k], n) == 0;
	if (!is_be)
		return n == 0;
	i += n;
	while (i < end && b[i] == ' ')
		i++;
	if (i >= end || fb_isdigit((unsigned char)b[i]) || b[i] == '$')
		return 1;
	for (n = 0; i + n < end && fb_isalpha((unsigned char)b[i + n]); n++)
		;
	for (k = 0; then[k]; k++)
		if (strlen(then[k]) == n && strncmp(b + i, then[k], n) == 0)
			return 1;
	return 0;
}

/* "Ruiz takes Caldera too. The state awards 148 delegates": a place noun
 * after "the" shortly before the number ("the state's 158 delegates"), or
 * "there" shortly after it, points back to the last place the paragraph names before it that the
 * article uses as a place somewhere (places: the capitalised ones). */
static char *anaphoric_place(const fb_claimer *cl, const fb_doc *doc, const fb_sent *st, size_t qstart,
    place_index *px)
{
	const char *b = doc->buf;
	size_t lo = qstart > st->start + 48 ? qstart - 48 : st->start, the = SIZE_MAX;
	for (size_t i = lo; i + 4 < qstart; i++) {
		if (fb_tolower((unsigned char)b[i]) != 't' || strncmp(b + i + 1, "he ", 3) != 0 ||
		    !whole_word(b, st->start, qstart, i, 3))
			continue;
		size_t n = 0;
		while (i + 4 + n < qstart && fb_isalpha((unsigned char)b[i + 4 + n]))
			n++;
		if (n && !(n == 4 && strncmp(b + i + 4, "area", 4) == 0) && fb_lexicon_get(cl->place_nouns, b + i + 4, n))
			the = i;
	}
	/* "12 people were killed and 47 wounded there"; "residents there were
	 * alarmed by the 812 burglaries" (not "there were 812 burglaries":
	 * nothing's place) */
	for (size_t i = qstart; the == SIZE_MAX && i + 5 <= st->end && i < qstart + 40; i++)
		if (strncmp(b + i, "there", 5) == 0 && whole_word(b, qstart, st->end, i, 5))
			the = qstart;
	for (size_t i = qstart > st->start + 40 ? qstart - 40 : st->start; the == SIZE_MAX && i + 5 < qstart; i++)
		if (strncmp(b + i, "there", 5) == 0 && whole_word(b, st->start, qstart, i, 5) &&
		    !existential(b, i + 5, qstart))
			the = qstart;
	if (the == SIZE_MAX)
		return NULL;
	/* its paragraph first, then up to three before it (a live blog's
	 * entry rarely names its state again): the last mention before the
	 * number, the later-listed place when two begin at one byte */
	for (size_t back = 0; back < 4 && back <= st->para; back++) {
		size_t p = st->para - back;
		const fb_para *pa = &doc->para[p];
		if (pa->boilerplate || (back && fb_doc_report_of(doc, pa->start) != fb_doc_report_of(doc, the)))
			continue;
		size_t n, best = 0, found = SIZE_MAX;
		const place_seen *ps = places_in(doc, px, p, &n);
		for (size_t j = 0; j < n; j++)
			if (back || ps[j].at + px->len[ps[j].k] <= the)
				best = ps[j].at, found = ps[j].k;
		if (!back) /* a place that ends where "the" begins is whole there */
			for (size_t k = 0; k < px->np; k++) {
				size_t i = the >= pa->start + px->len[k] ? the - px->len[k] : SIZE_MAX;
				if (i != SIZE_MAX && (found == SIZE_MAX || i > best || (i == best && k > found)) &&
				    memcmp(b + i, px->places[k], px->len[k]) == 0 && whole_word(b, pa->start, the, i, px->len[k]))
					best = i, found = k;
			}
		if (found != SIZE_MAX)
			return fb_xstrdup(px->places[found]);
	}
	return NULL;
}

/* Adds place p to places[*np] unless it is there (at most 64). */
static void add_place(char **places, size_t *np, char *p)
{
	for (size_t k = 0; k < *np; k++)
		if (strcmp(places[k], p) == 0)
			return;
	if (*np < 64)
		places[(*np)++] = p;
}

/* The names the article puts after a place preposition anywhere, claim or
 * not ("Polls close in Brevard, the night's biggest prize"): each is a
 * place "the state" may point back to. Owned strings in places[*np]. */
static void text_places(const fb_scoper *sc, const fb_lexicon *pn, const fb_lexicon *mid, const fb_doc *doc,
    char **places, size_t *np, char **owned, size_t *nowned)
{
	words *w = fb_xcalloc(1, sizeof *w);
	for (size_t si = 0; si < doc->nsent && *nowned < 64; si++) {
		const fb_sent *st = &doc->sent[si];
		scope_tokenize(sc, doc->buf, st->start, st->end, w);
		w->whole = 1;
		for (size_t i = 1; i < w->n && *nowned < 64; i++) {
			if (!w->t[i].cap || !tok_is(&w->t[i - 1], K_PLACE_PREP) || !scope_name_word(sc, mid, doc->buf, w, i) ||
			    !scope_place_at(sc, pn, doc->buf, w, i, 0, w->n))
				continue;
			size_t next;
			char *nm = scope_name_at(sc, mid, doc->buf, w, i, w->n, &next);
			if (nm && next > i + 1 &&
			    fb_lexicon_get(sc->insts, doc->buf + w->t[next - 1].s, w->t[next - 1].e - w->t[next - 1].s)) {
				free(nm); /* "at Maple Grove Elementary": an institution, no place */
				nm = NULL;
			}
			if (!nm)
				continue;
			size_t before = *np;
			add_place(places, np, nm);
			if (*np > before)
				owned[(*nowned)++] = nm;
			else
				free(nm);
		}
	}
	free(w);
}

/* Does "NAME's" (or a name run ending "NAME Valley's") stand within the
 * 40 bytes before byte at in its sentence? */
static int possessive_before(const fb_doc *doc, const fb_sent *st, size_t at, const char *name)
{
	size_t n = strlen(name), lo = at > st->start + 40 ? at - 40 : st->start;
	for (size_t i = lo; i + n + 2 <= at; i++)
		if (memcmp(doc->buf + i, name, n) == 0 && (i == st->start || !fb_isalnum((unsigned char)doc->buf[i - 1]))) {
			size_t e = i + n;
			while (e < at && (fb_isalpha((unsigned char)doc->buf[e]) || doc->buf[e] == ' '))
				e++; /* "Kasoma Valley" */
			if (e + 1 < at && doc->buf[e] == '\'' && doc->buf[e + 1] == 's')
				return 1;
		}
	return 0;
}

/* Fills the place of claims whose clause says "the state" (above). */
void scope_anaphoric_places(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const fb_doc *doc,
    const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	char *places[64], *owned[64];
	size_t np = 0, nowned = 0, asks = 0;
	for (size_t i = 0; i < c->nc; i++) {
		const char *p = out[i].place;
		asks += out[i].set && !p && c->c[i].type == FB_CT_NUMERIC && c->c[i].quantity >= 0;
		if (p && fb_isupper((unsigned char)p[0]))
			add_place(places, &np, out[i].place);
	}
	/* "The Kasoma Valley's 13,800 elephants": a holder the article names
	 * as another count's place is this one's place */
	for (size_t i = 0; i < c->nc; i++)
		for (size_t k = 0; k < np && out[i].holder && !out[i].place && c->c[i].quantity >= 0; k++)
			if (strcmp(out[i].holder, places[k]) == 0 && possessive_before(doc, &doc->sent[c->c[i].sent],
			    ql->q[c->c[i].quantity].start, places[k])) {
				out[i].place = out[i].holder;
				out[i].holder = NULL;
			}
	if (!np || !asks)
		return;
	text_places(sc, cl->place_nouns, mid, doc, places, &np, owned, &nowned);
	size_t len[64], npara = doc->npara ? doc->npara : 1;
	for (size_t k = 0; k < np; k++)
		len[k] = strlen(places[k]);
	place_index px = { places, np, len, fb_xcalloc(npara, 1), fb_xcalloc(npara, sizeof(place_seen *)),
		fb_xcalloc(npara, sizeof(size_t)) };
	for (size_t i = 0; i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		if (!out[i].set || out[i].place || k->type != FB_CT_NUMERIC || k->quantity < 0)
			continue;
		out[i].place = anaphoric_place(cl, doc, &doc->sent[k->sent], ql->q[k->quantity].start, &px);
	}
	for (size_t p = 0; p < doc->npara; p++)
		free(px.seen[p]);
	free(px.seen);
	free(px.nseen);
	free(px.done);
	for (size_t k = 0; k < nowned; k++)
		free(owned[k]);
}
