/* attribution_subjects.c - the subject of a cue verb, read leftwards
 * past helpers, times, appositions and relative clauses; the sources a
 * preposition names; the speaker remembered for later pronouns. */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------- subjects */

int fb_attr_is_end(const ctx *c, size_t ti)
{
	return ti >= c->nt || (c->t[ti].kind == TK_PUNCT &&
	    (c->t[ti].ch == '.' || c->t[ti].ch == '!' || c->t[ti].ch == '?' || c->t[ti].ch == ';'));
}

/* Words between a subject and its verb: "later said", "has also told". */
int fb_attr_is_aux(const ctx *c, size_t ti, int *neg)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return 0;
	uint32_t f = wflags(c, ti);
	if (f & W_NEG) {
		*neg = 1;
		return 1;
	}
	size_t l = c->t[ti].e - c->t[ti].s;
	const char *s = c->buf + c->t[ti].s;
	if (l > 3 && (fb_word_eq(s + l - 3, 3, "n't") || (l > 5 && !memcmp(s + l - 5, "n\xE2\x80\x99t", 5)))) {
		*neg = 1;
		return 1;
	}
	if (f & W_AUX)
		return 1;
	if (!c->t[ti].cap && l > 4 && fb_word_eq(s + l - 2, 2, "ly") && !fb_attr_np_word(c, ti))
		return 1;
	return 0;
}

int fb_attr_is_prep(const ctx *c, size_t ti)
{
	return (wflags(c, ti) & W_PREP) != 0;
}

/* Adds the sources an NP list names to the cue. */
void fb_attr_cue_add(cue *k, int s)
{
	if (s < 0)
		return;
	for (size_t i = 0; i < k->nsrc; i++)
		if (k->src[i] == s)
			return;
	if (k->nsrc < FB_MAX_SRC)
		k->src[k->nsrc++] = s;
}

/* Resolves the coordinated noun phrases from token i ("government officials
 * and Ghulam Nabi Memon, police chief ..."); returns the token after them. */
size_t fb_attr_right_sources(ctx *c, size_t i, cue *k, int actor)
{
	np p;
	size_t end = i;
	while (fb_attr_np_right(c, i, &p)) {
		size_t before = k->ncands;
		int s = fb_attr_resolve(c, &p, actor, k->cands, &k->ncands);
		if (s < 0) {
			k->ncands = before;
			break;
		}
		if (k->ncands > before)
			k->flags |= FB_CF_AMBIGUOUS;
		fb_attr_cue_add(k, s);
		end = p.end;
		/* "according to a new survey from the Merrow Center", "a
		 * report by Amnesty International": the body named after a
		 * document made it, and speaks through it */
		np by;
		if (c->a->src[s].kind == FB_SK_DOCUMENT && (lower_eq(c, end, "from") || lower_eq(c, end, "by")) &&
		    fb_attr_np_right(c, end + 1, &by) && c->t[by.b - 1].cap) {
			size_t nc = k->ncands;
			int o = fb_attr_resolve(c, &by, actor, k->cands, &k->ncands);
			if (o >= 0 && o != s) {
				fb_attr_cue_add(k, o);
				end = by.end;
			} else
				k->ncands = nc;
		}
		if (lower_eq(c, end, "and") && end + 1 < c->nt)
			i = end + 1;
		else
			break;
	}
	return end;
}

int fb_attr_day_word(const ctx *c, size_t ti)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "yesterday", "today", "tonight", NULL };
	for (size_t k = 0; days[k]; k++)
		if (lower_eq(c, ti, days[k]))
			return 1;
	return 0;
}

/* A time adjunct ending at token j, between a subject and its verb ("on
 * Tuesday", "late Monday", "last month", "earlier this week"): the token
 * before it, or j when there is none. */
static size_t time_before(const ctx *c, size_t j, size_t lo)
{
	if (j <= lo + 1 || c->t[j].kind != TK_WORD)
		return j;
	size_t a = j;
	if (fb_attr_day_word(c, j)) {
		if (lower_eq(c, j - 1, "on") || lower_eq(c, j - 1, "late") || lower_eq(c, j - 1, "early") ||
		    lower_eq(c, j - 1, "last") || lower_eq(c, j - 1, "this"))
			a = j - 1;
		else if (lower_eq(c, j, "yesterday") || lower_eq(c, j, "today") || lower_eq(c, j, "tonight") ||
		    (!c->t[j - 1].cap && fb_attr_ends_with(c, j - 1, "ed")))
			a = j;
		else
			return j;
	} else if (lower_eq(c, j, "week") || lower_eq(c, j, "month") || lower_eq(c, j, "year") ||
	    lower_eq(c, j, "weekend") || lower_eq(c, j, "night")) {
		if (!(lower_eq(c, j - 1, "last") || lower_eq(c, j - 1, "this") || lower_eq(c, j - 1, "next")))
			return j;
		a = j - 1;
		if (a > lo + 1 && lower_eq(c, a - 1, "earlier"))
			a--;
	} else
		return j;
	/* "a poll released Tuesday found" */
	if (a > lo + 1 && !c->t[a - 1].cap && fb_attr_ends_with(c, a - 1, "ed") && !tok_in(c, L_VERBS, a - 1) &&
	    !tok_in(c, L_RVERBS, a - 1))
		a--;
	return a > lo + 1 && c->t[a - 1].kind == TK_WORD ? a - 1 : j;
}

/* Whether tokens [a, b) are a party and state tag: "R-Ky.", "D-N.Y.",
 * "I-Vt", "R-Texas" (a letter for the party, a dash, the state). */
static int party_tag(const ctx *c, size_t a, size_t b)
{
	if (b <= a || b - a > 9 || c->t[a].kind != TK_WORD || !strchr("RDI", c->buf[c->t[a].s]))
		return 0;
	size_t i = a + 1;
	if (c->t[a].e - c->t[a].s == 1) {
		if (!is_punct(c, a + 1, '-') || a + 2 >= b || c->t[a + 2].kind != TK_WORD)
			return 0;
		i = a + 2;
	} else if (!(c->buf[c->t[a].s + 1] == '-' && fb_isupper((unsigned char)c->buf[c->t[a].s + 2])))
		return 0; /* "R-Ky" as one word */
	for (; i < b; i++)
		if (!(c->t[i].kind == TK_WORD ? c->t[i].cap : is_punct(c, i, '.') || is_punct(c, i, '-')))
			return 0;
	return 1;
}

/* A description in common nouns ending at token j: a determiner or a
 * possessive, at most two modifiers and a noun ("the authors", "some
 * individuals", "the report's authors", "one poster"). */
static int desc_left(const ctx *c, size_t j, size_t lo, np *out)
{
	static const char *const dets[] = { "the", "a", "an", "some", "many", "several", "most", "other", "these",
		"those", "his", "her", "their", "its", "one", "two", "three", "few", "both", "all", "each", NULL };
	if (j >= c->nt || c->t[j].kind != TK_WORD || c->t[j].cap || tok_in(c, L_STOP, j) || tok_in(c, L_VERBS, j) ||
	    tok_in(c, L_RVERBS, j) || fb_attr_is_pronoun(c, j) || (wflags(c, j) & (W_AUX | W_PREP | W_NEG | W_CONN)) ||
	    fb_isdigit((unsigned char)c->buf[c->t[j].s]))
		return 0;
	/* a headline drops its articles: "Greek court rules ...", "Local
	 * woman says ..." */
	if (c->para == c->title_para && j < lo + 3) {
		size_t k = lo;
		while (k < j && c->t[k].kind == TK_WORD && !tok_in(c, L_STOP, k) && !tok_in(c, L_VERBS, k) &&
		    !tok_in(c, L_RVERBS, k))
			k++;
		if (k == j) {
			memset(out, 0, sizeof *out);
			out->a = lo;
			out->b = out->end = j + 1;
			out->desc = 1;
			return 1;
		}
	}
	int of = 0;
	for (size_t k = j; k-- > lo && j - k <= 3 + 2 * (size_t)of;) {
		if (c->t[k].kind != TK_WORD)
			return 0;
		/* "the chamber of commerce": one "of" inside */
		if (lower_eq(c, k, "of") && !of && k < j) {
			of = 1;
			continue;
		}
		int det = 0;
		for (size_t d = 0; dets[d]; d++)
			det |= lower_eq(c, k, dets[d]);
		size_t l = c->t[k].e - c->t[k].s;
		const char *w = c->buf + c->t[k].s;
		if (det || (l > 2 && !memcmp(w + l - 2, "'s", 2)) || (l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99s", 4))) {
			/* "the report's authors": from the possessor's article */
			size_t a = det ? k : k > lo && fb_attr_is_det(c, k - 1) ? k - 1 : k;
			memset(out, 0, sizeof *out);
			out->a = a;
			out->b = out->end = j + 1;
			out->desc = 1;
			return 1;
		}
		if ((wflags(c, k) & (W_AUX | W_PREP | W_NEG | W_CONN)) || tok_in(c, L_STOP, k) || tok_in(c, L_VERBS, k) ||
		    (c->t[k].cap && k > lo))
			return 0;
	}
	return 0;
}

/* Whether the apposition t[k, j) is "one of" a few words with no verb
 * ("one of the two votes against the cut", "one of three Democrats on the
 * panel"). */
static int one_of(const ctx *c, size_t k, size_t j)
{
	if (!lower_eq(c, k, "one") || !lower_eq(c, k + 1, "of") || j <= k + 2 || j > k + 12)
		return 0;
	for (size_t i = k + 2; i < j; i++)
		if (c->t[i].kind != TK_WORD || tok_in(c, L_VERBS, i) || tok_in(c, L_RVERBS, i) || fb_attr_is_relative(c, i) ||
		    lower_eq(c, i, "that") || (wflags(c, i) & W_AUX))
			return 0;
	return 1;
}

/* The token of "that" after a time phrase at j ("said last month that",
 * "said on Monday that"), or j. */
size_t fb_attr_time_then_that(const ctx *c, size_t j)
{
	static const char *const w[] = { "last", "next", "this", "week", "month", "year", "on", "in", "earlier",
		"later", "ago", "yesterday", "today", "morning", "afternoon", "evening", "night", NULL };
	for (size_t m = j; m < c->nt && m < j + 5; m++) {
		if (lower_eq(c, m, "that"))
			return m > j ? m : j;
		int ok = fb_attr_day_word(c, m) || (c->t[m].kind == TK_WORD && fb_isdigit((unsigned char)c->buf[c->t[m].s]));
		for (size_t k = 0; !ok && w[k]; k++)
			ok = lower_eq(c, m, w[k]);
		if (!ok)
			return j;
	}
	return j;
}

/* Where the name of an apposition t[k, j) ends (exclusive), when it is
 * titles and a name of two or more capitalised words, with a party tag in
 * parentheses after it ("Sen. Mark Hadley (R-Ohio)"); 0 otherwise. */
size_t fb_attr_app_name_end(const ctx *c, size_t k, size_t j)
{
	size_t e = j;
	if (e >= k + 4 && is_punct(c, e - 1, ')')) {
		size_t q = e - 1;
		while (q > k && !is_punct(c, q, '(') && e - q < 10)
			q--;
		if (!is_punct(c, q, '(') || !party_tag(c, q + 1, e - 1))
			return 0;
		e = q;
	}
	size_t words = 0;
	for (size_t i = k; i < e; i++) {
		if (c->t[i].kind != TK_WORD || !c->t[i].cap)
			return 0;
		if (!tok_in(c, L_TITLES, i)) {
			if (tok_in(c, L_ORGS, i) || tok_in(c, L_OWORDS, i) || tok_in(c, L_PLACES, i) ||
			    tok_in(c, L_GROUPS, i) || tok_in(c, L_STOP, i))
				return 0;
			words++;
		} else if (words)
			return 0; /* a title after the name */
	}
	/* one word only when it is a first name ("His wife, Carol, said") */
	return (words >= 2 && words <= 4) || (words == 1 && e == k + 1 && tok_in(c, L_FNAMES, k)) ? e : 0;
}

/* Whether t[k, j) is two names joined by "and" ("Grace Liu and Thomas
 * Beck"). */
static int names_pair(const ctx *c, size_t k, size_t j)
{
	for (size_t m = k + 2; m + 2 < j && m < k + 6; m++)
		if (lower_eq(c, m, "and"))
			return fb_attr_app_name_end(c, k, m) == m && fb_attr_app_name_end(c, m + 1, j) == j;
	return 0;
}

/* Whether t[d, e) is a description that opens its clause and names who
 * someone is: an article, "one" or a possessive first, a few words, no
 * verb and no time ("The committee's ranking member", "A spokeswoman for
 * the Transportation Department", "The mayor's chief of staff"; not "The
 * next day"), then maybe a relative clause of words, with or without a
 * comma before its "who" ("An engineer who inspected the bridge", "One
 * resident, who gave only his first name"). */
static int lead_description(const ctx *c, size_t lo, size_t d, size_t e)
{
	if (e < d + 2 || e > d + 24 || !(d == lo || fb_attr_subordinator(c, d - 1)))
		return 0;
	static const char *const first[] = { "the", "a", "an", "one", "its", "his", "her", "their", NULL };
	int ok = 0;
	for (size_t f = 0; first[f]; f++)
		ok |= lower_eq(c, d, first[f]);
	/* "Price's mother", "Ann Lee's lawyer": a name's possessive */
	for (size_t i = d; i < d + 3 && i + 1 < e && !ok && c->t[i].kind == TK_WORD && c->t[i].cap; i++) {
		size_t l = c->t[i].e - c->t[i].s;
		const char *w = c->buf + c->t[i].s;
		ok = (l > 2 && !memcmp(w + l - 2, "'s", 2)) || (l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99s", 4));
	}
	if (!ok)
		return 0;
	size_t r = e; /* where the relative clause starts */
	for (size_t i = d + 1; i < e; i++)
		if (lower_eq(c, i, "who") && !c->t[i].cap) {
			r = is_punct(c, i - 1, ',') ? i - 1 : i;
			for (size_t x = i + 1; x < e; x++)
				if (c->t[x].kind != TK_WORD)
					return 0;
			if (e < i + 3)
				return 0; /* "who said", "who spoke": a clause of its own */
			break;
		}
	if (r < d + 2 || r > d + 10)
		return 0;
	e = r;
	static const char *const timew[] = { "day", "week", "month", "year", "morning", "afternoon", "evening",
		"night", "time", "later", "earlier", "ago", "moment", "hour", "weekend", NULL };
	for (size_t i = d; i < e; i++) {
		if (c->t[i].kind != TK_WORD || tok_in(c, L_VERBS, i) || tok_in(c, L_RVERBS, i) ||
		    (wflags(c, i) & (W_AUX | W_NEG)) || fb_attr_day_word(c, i) || fb_isdigit((unsigned char)c->buf[c->t[i].s]))
			return 0;
		for (size_t f = 0; timew[f]; f++)
			if (lower_eq(c, i, timew[f]))
				return 0;
	}
	return 1;
}

/* "Residents who packed the hearing room said", "Officials who briefed
 * reporters after the hearing said", "Lawmakers who oppose the bill
 * argue": the noun phrase before a relative "who" (or "that" after a
 * listed noun of people, bodies or documents) with no comma, opening the
 * clause; the relative clause between it and the verb at j + 1 is not the
 * speaker. Fills p; 0 when there is no such phrase. */
static int rel_subject(const ctx *c, size_t j, size_t lo, np *p)
{
	for (size_t m = j; m > lo && m + 14 > j; m--) {
		if (c->t[m].kind != TK_WORD)
			return 0;
		int who = lower_eq(c, m, "who");
		if (!who && !lower_eq(c, m, "that"))
			continue;
		if (m == j)
			return 0; /* "that said", handled as a document before "that" */
		np h;
		/* "Those who testified said": the phrase with its clause */
		if (who && m == lo + 1 && (lower_eq(c, lo, "those") || lower_eq(c, lo, "others"))) {
			memset(p, 0, sizeof *p);
			p->a = lo;
			p->b = p->end = j + 1;
			p->head1 = lo + 1;
			p->desc = 1;
			return 1;
		}
		if (!(fb_attr_np_left(c, m - 1, lo, &h) || desc_left(c, m - 1, lo, &h)) || h.b != m || fb_attr_is_pronoun(c, h.a) ||
		    !(h.a == lo || fb_attr_subordinator(c, h.a - 1)))
			return 0;
		size_t hd = h.b - 1;
		int listed = tok_in(c, L_PEOPLE, hd) || tok_in(c, L_GROUPS, hd) || tok_in(c, L_ANON, hd) ||
		    tok_in(c, L_ORGS, hd) || tok_in(c, L_DOCS, hd) || tok_in(c, L_TITLES, hd);
		if (!listed && !(who && c->t[hd].cap))
			return 0;
		*p = h;
		p->end = j + 1;
		return 1;
	}
	return 0;
}

/* Where a listed adverb or adverbial phrase (adverbs.txt: "nevertheless",
 * "now", "on average") ending at token j starts, when it does and some
 * token before it is left for a subject; otherwise j + 1. */
static size_t adverb_start(const ctx *c, size_t j, size_t lo)
{
	for (size_t k = j + 1; k-- > lo + 1 && k + 4 > j;) {
		size_t n = 0;
		if (fb_attr_toks_in(c, L_ADVS, k, &n) && k + n == j + 1)
			return k;
	}
	return j + 1;
}

/* Steps *j left past helpers ("has", "did not", "later") and listed
 * adverbs between a subject and its verb; whether one was a form of "be". */
static int skip_helpers(const ctx *c, size_t *j, size_t lo, int *neg)
{
	int be = 0;
	for (;;) {
		if (*j > lo && fb_attr_is_aux(c, *j, neg)) {
			be |= lower_eq(c, *j, "is") || lower_eq(c, *j, "was") || lower_eq(c, *j, "are") ||
			    lower_eq(c, *j, "were");
			(*j)--;
			continue;
		}
		size_t a = adverb_start(c, *j, lo);
		if (a <= *j) {
			*j = a - 1;
			continue;
		}
		return be;
	}
}

/* subject_left, first step: back from the verb at v past helpers, a
 * time, "as quoted" and a party tag; *jp gets the token that ends the
 * subject. 0 when the verb is passive or has no subject of its own. */
static int subject_start(const ctx *c, size_t v, size_t lo, int *neg, size_t *jp)
{
	size_t j = v - 1;
	/* "Reed was quoted as saying" */
	if (j >= lo + 2 && lower_eq(c, j, "as") && lower_eq(c, j - 1, "quoted"))
		j -= 2;
	int be = skip_helpers(c, &j, lo, neg);
	/* "Reyes on Tuesday said", "A poll last month found" */
	size_t tj = time_before(c, j, lo);
	if (tj < j) {
		j = tj;
		be |= skip_helpers(c, &j, lo, neg);
	}
	/* "It is estimated that ...", "it was reported": passive, nobody's
	 * word ("was saying" is active) */
	size_t vl = c->t[v].e - c->t[v].s;
	if (be && !(vl > 4 && fb_word_eq(c->buf + c->t[v].e - 3, 3, "ing")) && lower_eq(c, j, "it"))
		return 0;
	/* "was asked", "were told", "was accused of": the subject is
	 * spoken to or of, not speaking */
	if (be && !(vl > 4 && fb_word_eq(c->buf + c->t[v].e - 3, 3, "ing")) && !(j + 1 < v && lower_eq(c, j + 1, "quoted")))
		return 0;
	/* "Crowley (D-N.Y.) said" */
	if (is_punct(c, j, ')')) {
		size_t k = j;
		while (k > lo && !is_punct(c, k, '(') && j - k < 10)
			k--;
		if (is_punct(c, k, '(') && k > lo && party_tag(c, k + 1, j))
			j = k - 1;
	}
	if (fb_attr_is_aux(c, j, neg))
		return 0;
	*jp = j;
	return 1;
}

/* Tokens [a, b) as "Carla Brennan of Building Trades Local 18": a name of
 * capitalised words, then "of", "at" or "from" and capitalised words or
 * numbers. Returns the token of "of", 0 when it is not such. */
static size_t name_of_body(const ctx *c, size_t a, size_t b)
{
	size_t m = a;
	while (m < b && m < a + 4 && c->t[m].kind == TK_WORD && c->t[m].cap)
		m++;
	if (m < a + 2 || m + 1 >= b || !(lower_eq(c, m, "of") || lower_eq(c, m, "at") || lower_eq(c, m, "from")))
		return 0;
	for (size_t i = m + 1; i < b; i++)
		if (c->t[i].kind != TK_WORD || !(c->t[i].cap || fb_isdigit((unsigned char)c->buf[c->t[i].s]) ||
		    lower_eq(c, i, "the") || lower_eq(c, i, "of")) || i > m + 7)
			return 0;
	return m;
}

/* subject_left, second step: up to two appositions between commas before
 * the verb ("Ann Lee, a nurse, said"); *jp moves to the end of the name
 * before them, [*rsp, *rep) gets a role in bytes and [*asp, *aep) a
 * "known as" alias in tokens. Returns 0 when no subject, 1 when *p is the subject (a name
 * and whom it speaks for), 2 to read on from *jp. */
static int subject_appositions(const ctx *c, size_t lo, size_t *jp, np *p, size_t *rsp, size_t *rep, size_t *asp,
    size_t *aep)
{
	size_t j = *jp;
	size_t rs = 0, re = 0, as = 0, ae = 0;
	for (int round = 0; round < 2 && is_punct(c, j, ','); round++) {
		size_t k = j;
		while (k > lo && !is_punct(c, k - 1, ',') && c->t[k - 1].kind != TK_QUOTE &&
		    !is_punct(c, k - 1, ';') && j - k < 25)
			k--;
		if (k <= lo || !is_punct(c, k - 1, ',')) {
			/* "Rita Voss for the Dairy Council, says": a name and
			 * whom it speaks for, from the sentence's start */
			size_t m = lo;
			while (m < j && m < lo + 4 && c->t[m].kind == TK_WORD && c->t[m].cap && !tok_in(c, L_STOP, m))
				m++;
			if (round == 0 && k == lo && m >= lo + 2 && m < j && (lower_eq(c, m, "for") || lower_eq(c, m, "of") ||
			    lower_eq(c, m, "at") || lower_eq(c, m, "from")) && fb_attr_np_left(c, m - 1, lo, p) && p->a == lo)
				return 1;
			return 0;
		}
		/* the apposition is t[k, j) */
		size_t kn;
		if (fb_attr_is_relative(c, k) || party_tag(c, k, j))
			;
		else if (fb_attr_known_as(c, k, j, &kn)) {
			as = kn;
			ae = j;
		} else if (round == 0 && k >= lo + 3 && fb_attr_app_name_end(c, k, j) &&
		    lead_description(c, lo, lo + (size_t)fb_attr_subordinator(c, lo), k - 1)) {
			/* "The committee's ranking member, Sen. Mark Hadley
			 * (R-Ohio), said", "A spokeswoman for the department,
			 * Irene Valdez, said": the name between the commas
			 * speaks, the description before it is a role */
			rs = c->t[lo + (size_t)fb_attr_subordinator(c, lo)].s;
			re = c->t[k - 2].e;
			j = fb_attr_app_name_end(c, k, j) - 1;
			break;
		} else if (round == 0 && k >= lo + 2 && fb_attr_role_like(c, k, j) && j >= k + 3 && fb_attr_name_like(c, j - 2, j) &&
		    !c->t[k - 2].cap && c->t[k - 2].kind == TK_WORD) {
			/* "Her opponent, former police captain Luis Ferrer,
			 * said": the title and name between the commas name
			 * the speaker; the description before is a role */
			j--;
			break;
		} else if (fb_attr_role_like(c, k, j)) {
			rs = c->t[k].s;
			re = c->t[j - 1].e;
		} else if (fb_attr_is_det(c, k) && j - k <= 6 && (tok_in(c, L_ORGS, j - 1) || tok_in(c, L_OWORDS, j - 1))) {
			/* "Veltron, the state energy company, said": a description */
		} else if (fb_attr_description_like(c, k, j) || fb_attr_desc_relative(c, k, j)) {
			/* "Anton Kessler, a former harbour pilot, said": who the
			 * speaker is, even when no listed title says it */
			rs = c->t[k].s;
			re = c->t[j - 1].e;
		} else if (names_pair(c, k, j)) {
			/* "Two board members, Grace Liu and Thomas Beck, said":
			 * the members named, the phrase before speaks */
		} else if (fb_attr_toks_in(c, L_ASIDES, k, &kn) && k + kn == j) {
			/* "Industry lobbyists, however, urged": an aside */
		} else if (one_of(c, k, j)) {
			/* "Teresa Banks, one of the two votes against the cut,
			 * said": who the speaker is */
			rs = c->t[k].s;
			re = c->t[j - 1].e;
		} else if (j == k + 1 && c->t[k].kind == TK_WORD && fb_isdigit((unsigned char)c->buf[c->t[k].s]) &&
		    c->t[k].e - c->t[k].s <= 3) {
			/* "Lena Fox, 54, said": an age */
		} else if (j == k + 1 && c->t[k].kind == TK_WORD && fb_attr_all_caps(c, k) && c->t[k].e - c->t[k].s <= 4) {
			/* "Tom Molomby, SC, said", "Jane Roe, CEO, said": letters
			 * after the name */
			rs = c->t[k].s;
			re = c->t[k].e;
		} else if (round == 0 && fb_attr_name_like(c, k, j) && k >= 2 && fb_attr_has_title(c, k - 2, k - 1)) {
			/* "The city's mayor, Maria Lopez, said": the name stands
			 * between the commas; the title before it is taken below */
			j--;
			break;
		} else if (round == 0 && k >= 2 && fb_attr_has_title(c, k - 2, k - 1) && name_of_body(c, k, j) > k) {
			/* "A union representative, Carla Brennan of Local 18,
			 * says": the name, and the body it is of */
			j = name_of_body(c, k, j) - 1;
			break;
		} else if (lower_eq(c, k, "and") && k + 1 < j && round == 0 &&
		    (fb_attr_role_like(c, k + 1, j) || fb_attr_description_like(c, k + 1, j))) {
			/* "X, director of the lab, and chair of the board, said":
			 * the apposition before is read next */
			j = k - 1;
			continue;
		} else if (!(fb_attr_is_prep(c, k) || lower_eq(c, k, "of") || lower_eq(c, k, "for") ||
		    (!c->t[k].cap && c->t[k].e - c->t[k].s > 3 &&
		    fb_word_eq(c->buf + c->t[k].e - 2, 2, "ed")) || (!c->t[k].cap && c->t[k].e - c->t[k].s > 4 &&
		    fb_word_eq(c->buf + c->t[k].e - 3, 3, "ing"))))
			return 0; /* "The study, published in Nature, found" and "Mr Patel,
			           * speaking on Monday, said" skip it */
		if (k < lo + 2)
			return 0;
		j = k - 2;
		/* "Martha Quill, R-Ohio, who chairs ..., said", "Walter Brandt,
		 * R-Ky., the party's whip, said": the tag before the relative
		 * clause or apposition, after the name */
		if (is_punct(c, j + 1, ',')) {
			size_t q = j + 1;
			while (q > lo + 1 && !is_punct(c, q - 1, ',') && j + 1 - q < 9)
				q--;
			if (q > lo + 1 && is_punct(c, q - 1, ',') && party_tag(c, q, j + 1))
				j = q - 2;
		}
	}
	*jp = j;
	*rsp = rs;
	*rep = re;
	*asp = as;
	*aep = ae;
	return 2;
}

/* subject_left, third step: an unnamed or common head before a relative
 * "who", "close to", or a preposition of where it sits, ending at token
 * j; rs and as are the role and alias found so far. 1 when *p is set. */
static int subject_unnamed(const ctx *c, size_t v, size_t j, size_t lo, np *p, size_t rs, size_t as)
{
	/* "objections from three senators who said ...": a relative "who"
	 * right before a verb of speech; the noun phrase before it is the
	 * speaker, wherever it stands in the clause, when a clause follows
	 * ("a witness who asked not to be named said" is the witness's, but
	 * not for "asked") */
	if (j > lo + 1 && lower_eq(c, j, "who") && !c->t[j].cap && c->t[j - 1].kind == TK_WORD && fb_attr_verb_says(c, v) &&
	    fb_attr_clause_at(c, v + 1)) {
		np h;
		int got = fb_attr_np_left(c, j - 1, lo, &h) && h.b == j;
		if (!got && tok_in(c, L_PEOPLE, j - 1) && !c->t[j - 1].cap) {
			/* "from four drivers who", "of angry parents who": a
			 * plural of people and up to two modifiers, after a
			 * preposition or verb */
			memset(&h, 0, sizeof h);
			h.a = j - 1;
			h.b = h.end = j;
			h.desc = 1;
			while (h.a > lo && h.a + 3 > j && fb_attr_people_modifier(c, h.a - 1) && !fb_attr_ends_with(c, h.a - 1, "ed"))
				h.a--;
			got = 1;
		}
		if (got && !fb_attr_is_pronoun(c, h.a)) {
			size_t hd = h.b - 1;
			if (tok_in(c, L_PEOPLE, hd) || tok_in(c, L_GROUPS, hd) || tok_in(c, L_ANON, hd) ||
			    tok_in(c, L_ORGS, hd) || tok_in(c, L_TITLES, hd) || (c->t[hd].cap && !tok_in(c, L_STOP, hd))) {
				*p = h;
				p->end = j + 1;
				p->role_s = p->role_e = rs;
				p->alias_a = p->alias_b = as;
				return 1;
			}
		}
	}
	/* "A source close to the investigation said", "people familiar with
	 * the plans said": the unnamed head before "close to", whatever
	 * the words after it */
	for (size_t m = j; m >= lo + 3 && m + 5 > j; m--) {
		if (c->t[m].kind != TK_WORD)
			break;
		if (((lower_eq(c, m - 2, "close") && lower_eq(c, m - 1, "to")) ||
		     (lower_eq(c, m - 2, "familiar") && lower_eq(c, m - 1, "with"))) && tok_in(c, L_ANON, m - 3)) {
			np h;
			if (!fb_attr_np_left(c, m - 3, lo, &h))
				break;
			*p = h;
			p->b = p->end = j + 1;
			p->head1 = h.b;
			p->role_s = p->role_e = rs;
			p->alias_a = p->alias_b = as;
			return 1;
		}
	}
	if (rel_subject(c, j, lo, p)) {
		p->role_s = p->role_e = rs;
		p->alias_a = p->alias_b = as;
		return 1;
	}
	/* "Republicans in the legislature have vowed", "officials at the
	 * election board said", "critics of the plan say": a group, unnamed
	 * or document head, then a preposition
	 * and a short phrase of where they sit, from the sentence's start */
	for (size_t m = j; m >= lo + 2 && m + 6 > j; m--) {
		if (c->t[m].kind != TK_WORD || (m < j && tok_in(c, L_RVERBS, m)))
			break;
		int fr = lower_eq(c, m - 1, "for");
		if (!(lower_eq(c, m - 1, "in") || lower_eq(c, m - 1, "on") || lower_eq(c, m - 1, "at") ||
		    lower_eq(c, m - 1, "from") || lower_eq(c, m - 1, "of") || lower_eq(c, m - 1, "into") || fr))
			continue;
		np h;
		const fb_entry *g = tok_in(c, L_GROUPS, m - 2);
		if (!g)
			g = tok_in(c, L_ANON, m - 2);
		/* "Neighborhood associations on the east side opposed" */
		if (!g && !c->t[m - 2].cap && (g = tok_in(c, L_PEOPLE, m - 2)) != NULL &&
		    (!g->nfield || strcmp(g->field[0], "plural") != 0))
			g = NULL;
		/* "Posts on the message board said", "a report on the economy
		 * found", "an inquiry into the collapse concluded": a document
		 * and what it is on */
		if (!g && !fr && !lower_eq(c, m - 1, "of") && (!c->t[m - 2].cap || m - 2 == lo))
			g = tok_in(c, L_DOCS, m - 2);
		/* "for" only after a plural head ("lawyers for the city"; "a
		 * spokesman for X" speaks for X) */
		if (g && fr && !(g->nfield && !strcmp(g->field[0], "plural")))
			g = NULL;
		if (g && fb_attr_np_left(c, m - 2, lo, &h) && h.b == m - 1 && (h.a == lo || fb_attr_subordinator(c, h.a - 1))) {
			*p = h;
			p->b = p->end = j + 1;
			p->head1 = h.b;
			p->role_s = p->role_e = rs;
			p->alias_a = p->alias_b = as;
			return 1;
		}
		break;
	}
	return 0;
}

/* subject_left, fourth step: a phrase before a relative "that", "which"
 * or ", who" at or before token j. Returns 0 when no subject, 1 when *p
 * is the subject, 2 to read on. */
static int subject_relative(const ctx *c, size_t j, size_t lo, np *p)
{
	/* "an ad on Saturday that claims ...", "a report which found ...": a
	 * document, body or people before a relative "that" or "which" */
	if ((lower_eq(c, j, "that") || lower_eq(c, j, "which")) && j > lo + 1 && c->t[j - 1].kind == TK_WORD) {
		size_t q = time_before(c, j - 1, lo);
		np h;
		if ((fb_attr_np_left(c, q, lo, &h) || desc_left(c, q, lo, &h)) && !fb_attr_is_pronoun(c, h.a) && !c->t[h.b - 1].cap &&
		    (tok_in(c, L_DOCS, h.b - 1) || tok_in(c, L_ORGS, h.b - 1) || tok_in(c, L_ANON, h.b - 1) ||
		    tok_in(c, L_GROUPS, h.b - 1) || tok_in(c, L_PEOPLE, h.b - 1))) {
			*p = h;
			return 1;
		}
		return 0;
	}
	/* "Ann Lee, who in 2010 said ...": the noun phrase before "who" */
	for (size_t m = j; m > lo + 1 && m + 6 > j && c->t[m].kind == TK_WORD; m--)
		if (lower_eq(c, m, "who") && is_punct(c, m - 1, ',')) {
			size_t q = m - 2; /* "Carl Hobart, R-Neb., who ...": past the tag */
			size_t t0 = q;
			while (t0 > lo + 1 && !is_punct(c, t0 - 1, ',') && q - t0 < 9)
				t0--;
			if (q > lo + 1 && t0 > lo + 1 && is_punct(c, t0 - 1, ',') && party_tag(c, t0, q + 1))
				q = t0 - 2;
			if (m - 2 >= lo && fb_attr_np_left(c, q, lo, p) && !fb_attr_is_pronoun(c, p->a))
				return 1;
			break;
		}
	return 2;
}

/* subject_left, last step: widens or narrows the phrase *p found to what
 * speaks: a possessive before it, the document rather than whom it is
 * by, for or of, the unnamed one speaking for a person, the senator
 * rather than the state. */
static void subject_widen(const ctx *c, size_t lo, np *p)
{
	/* "Her campaign said", "his budget office said": the possessive
	 * belongs to the phrase, with one lower-case modifier between */
	if (p->a > lo && p->b <= p->a + 2 && !c->t[p->a].cap && !c->t[p->b - 1].cap) {
		size_t q = p->a - 1;
		if (p->b == p->a + 1 && q > lo && c->t[q].kind == TK_WORD && !c->t[q].cap && !tok_in(c, L_STOP, q) && !tok_in(c, L_VERBS, q) &&
		    !(wflags(c, q) & (W_AUX | W_PREP | W_NEG | W_CONN)) && (lower_eq(c, q - 1, "his") || lower_eq(c, q - 1, "her")))
			q--;
		if (lower_eq(c, q, "his") || lower_eq(c, q, "her")) {
			p->a = q;
			p->desc = 1;
		}
	}
	/* "A poll for the Gazette found", "a study by the university
	 * found": the document, not whom it was made by or for */
	if (p->a >= lo + 2 && (lower_eq(c, p->a - 1, "for") || lower_eq(c, p->a - 1, "by"))) {
		np d;
		if ((fb_attr_np_left(c, p->a - 2, lo, &d) || desc_left(c, p->a - 2, lo, &d)) && tok_in(c, L_DOCS, d.b - 1) &&
		    !c->t[d.b - 1].cap)
			*p = d;
	}
	/* "The family of a man shot by a police officer said": a by-phrase
	 * after a participle (any word not a preposition or stopword: "shot",
	 * "struck" and "dismissed" alike) is inside the subject; the people,
	 * body or group that opens the clause, before its "of", speaks */
	if (p->a >= lo + 4 && lower_eq(c, p->a - 1, "by") && c->t[p->a - 2].kind == TK_WORD && !c->t[p->a - 2].cap &&
	    !tok_in(c, L_PREPS, p->a - 2) && !tok_in(c, L_STOP, p->a - 2)) {
		for (size_t m = lo + 2; m + 2 < p->a && m < lo + 5; m++) {
			if (c->t[m].kind != TK_WORD)
				break;
			if (!lower_eq(c, m, "of"))
				continue;
			np d;
			if (fb_attr_np_left(c, m - 1, lo, &d) && d.a == lo && d.b == m && !c->t[m - 1].cap &&
			    (tok_in(c, L_PEOPLE, m - 1) || tok_in(c, L_GROUPS, m - 1) || tok_in(c, L_ORGS, m - 1) ||
			    tok_in(c, L_ANON, m - 1)))
				*p = d;
			break;
		}
	}
	/* "An analysis of its own traffic figures concluded", "a survey of
	 * 800 voters found": the document, not what it is of */
	for (size_t m = p->a; m >= lo + 2 && m + 6 > p->a; m--) {
		if (lower_eq(c, m - 1, "of")) {
			np d;
			if ((fb_attr_np_left(c, m - 2, lo, &d) || desc_left(c, m - 2, lo, &d)) && d.b == m - 1 &&
			    !c->t[d.b - 1].cap) {
				if (tok_in(c, L_DOCS, d.b - 1))
					*p = d;
				else if (p->desc && (tok_in(c, L_ORGS, d.b - 1) || tok_in(c, L_GROUPS, d.b - 1) ||
				    tok_in(c, L_ANON, d.b - 1))) {
					/* "a committee of the state board of education
					 * said": an unnamed body, named by all of it */
					size_t b = p->b;
					*p = d;
					p->head1 = d.b;
					p->b = p->end = b;
				}
			}
			break;
		}
		if (m < p->a + 1 && (c->t[m - 1].kind != TK_WORD || (c->t[m - 1].cap && m - 1 < p->a)))
			break;
	}
	/* "A spokesman for the mayor said", "an aide to the governor said",
	 * "a spokesman for the port said": the unnamed one speaks, for a
	 * person or a place (not "a spokesman for the ministry", which speaks
	 * as the ministry) */
	if (p->a >= lo + 2 && (lower_eq(c, p->a - 1, "for") || lower_eq(c, p->a - 1, "to")) &&
	    tok_in(c, L_ANON, p->a - 2) && !c->t[p->a - 2].cap && !tok_in(c, L_ORGS, p->b - 1) &&
	    !tok_in(c, L_OWORDS, p->b - 1)) {
		size_t a2 = p->a - 2;
		if (a2 > lo && fb_attr_is_det(c, a2 - 1))
			a2--;
		p->head1 = p->a - 1;
		p->a = a2;
		p->desc = 1;
	}
	/* "the senator from Texas said": the senator, not the state */
	if (p->a >= lo + 2 && lower_eq(c, p->a - 1, "from")) {
		np d;
		if (fb_attr_np_left(c, p->a - 2, lo, &d) && !c->t[d.b - 1].cap && fb_attr_has_title(c, d.b - 1, d.b))
			*p = d;
	}
}

/* The subject of the verb at token v, no further left than token lo,
 * into *p with its roles and alias; *neg set when a helper negates the
 * verb. Returns 0 when the verb has no subject that can speak. */
int fb_attr_subject_left(const ctx *c, size_t v, size_t lo, np *p, int *neg)
{
	if (v <= lo)
		return 0;
	size_t j = 0;
	if (!subject_start(c, v, lo, neg, &j))
		return 0;
	size_t rs = 0, re = 0, as = 0, ae = 0;
	int got = subject_appositions(c, lo, &j, p, &rs, &re, &as, &ae);
	if (got != 2)
		return got;
	if (subject_unnamed(c, v, j, lo, p, rs, as))
		return 1;
	got = subject_relative(c, j, lo, p);
	if (got != 2)
		return got;
	if (!fb_attr_np_left(c, j, lo, p) && !desc_left(c, j, lo, p))
		return 0;
	subject_widen(c, lo, p);
	if (rs < re || p->role_s == p->role_e) { /* else np_left's: "rights group" */
		p->role_s = rs;
		p->role_e = re;
	}
	p->alias_a = as;
	p->alias_b = ae;
	/* "Malaysia's Prime Minister, Najib Razak said" */
	if (p->a > lo + 1 && is_punct(c, p->a - 1, ',')) {
		size_t k = p->a - 1;
		while (k > lo && c->t[k - 1].kind == TK_WORD && p->a - k < 8)
			k--;
		size_t n;
		if (k < p->a - 1 && fb_attr_has_title(c, p->a - 2, p->a - 1) && !fb_attr_toks_in(c, L_VERBS, k, &n)) {
			p->role2_s = c->t[k].s;
			p->role2_e = c->t[p->a - 2].e;
		}
	}
	return 1;
}

/* Whether the clause a cue reports, from token x on, opens with a thing
 * for its subject ("wrote that the drug was safe", "said that its budget
 * had shrunk"): an article or possessive and lower-case words that name
 * no people, body or document. A cue verb after "and" later in the
 * sentence is then the speaker's, not the clause's ("... and called for
 * larger trials"). */
int fb_attr_thing_subject(const ctx *c, size_t x)
{
	if (lower_eq(c, x, "that"))
		x++;
	if (!(fb_attr_is_det(c, x) || lower_eq(c, x, "its") || lower_eq(c, x, "their") || lower_eq(c, x, "his") ||
	    lower_eq(c, x, "her")))
		return 0;
	size_t m = x + 1, n = 0;
	for (; m < c->nt && m < x + 6 && !(wflags(c, m) & (W_AUX | W_NEG)); m++, n++) {
		if (c->t[m].kind != TK_WORD || c->t[m].cap || tok_in(c, L_PEOPLE, m) || tok_in(c, L_ANON, m) ||
		    tok_in(c, L_GROUPS, m) || tok_in(c, L_ORGS, m) || tok_in(c, L_OWORDS, m) || tok_in(c, L_TITLES, m) ||
		    tok_in(c, L_DOCS, m) || tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m))
			return 0;
	}
	return n > 0 && n <= 3 && (wflags(c, m) & W_AUX);
}

/* Notes the speaker of a cue for pronouns that follow. */
void fb_attr_remember(ctx *c, int s)
{
	if (s < 0)
		return;
	const fb_source *src = &c->a->src[s];
	if (src->kind == FB_SK_PERSON)
		c->last_person = s;
	else if (src->plural)
		c->last_plural = s;
	else if (src->kind == FB_SK_ORGANIZATION) {
		c->last_org = s;
		c->last_plural = s;
	} else if (src->kind != FB_SK_ANONYMOUS)
		c->last_org = s;
}

/* Puts the named, non-anonymous, non-outlet source first. */
void fb_attr_pick_primary(const ctx *c, cue *k)
{
	for (size_t pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < k->nsrc; i++) {
			fb_skind kd = c->a->src[k->src[i]].kind;
			if ((pass == 0 && (kd == FB_SK_PERSON || kd == FB_SK_ORGANIZATION)) ||
			    (pass == 1 && kd != FB_SK_OUTLET)) {
				int t = k->src[i];
				memmove(&k->src[1], &k->src[0], i * sizeof k->src[0]);
				k->src[0] = t;
				return;
			}
		}
}
