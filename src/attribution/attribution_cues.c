/* attribution_cues.c - the cues of one sentence in the order of the text:
 * a statement opener, "according to", a participle, an inverted verb, a
 * verb sharing a subject, a verb with its subject; where each content is. */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* A cue with no source yet: no via, no quotation. */
void fb_attr_cue_init(cue *k)
{
	memset(k, 0, sizeof *k);
	k->via = -1;
	k->quote = -1;
}

/* The content of k opens forward at token j, past a "that", a comma or a
 * colon: its anchor, and the quotation that starts there. Returns the
 * content's first token. */
static size_t open_forward(ctx *c, size_t j, cue *k)
{
	if (lower_eq(c, j, "that") || is_punct(c, j, ',') || is_punct(c, j, ':'))
		j++;
	k->dir = 1;
	k->anchor = j < c->nt ? c->t[j].s : c->t[c->nt - 1].e;
	if (j < c->nt && c->t[j].kind == TK_QUOTE)
		k->quote = c->t[j].quote;
	return j;
}

/* "In a statement, X ...", "In an interview with CNN, X ...": the
 * sentence's opening token i starts w words of statement.txt. Returns 1
 * with *k the cue over the whole sentence; 0 with *k reset. */
static int statement_cue(ctx *c, size_t i, size_t w, cue *k)
{
	size_t j = i + w;
	if (lower_eq(c, j, "with") || lower_eq(c, j, "to") || lower_eq(c, j, "on")) {
		cue vk;
		memset(&vk, 0, sizeof vk);
		j = fb_attr_right_sources(c, j + 1, &vk, 0);
		if (vk.nsrc && c->a->src[vk.src[0]].kind == FB_SK_OUTLET)
			k->via = vk.src[0];
	}
	if (is_punct(c, j, ',')) {
		size_t e = fb_attr_right_sources(c, j + 1, k, 0);
		if (k->nsrc && !fb_attr_passive_after(c, e)) {
			k->cs = c->t[i].s;
			k->ce = c->t[e - 1].e;
			k->dir = 0;
			k->stmt = 1;
			return 1;
		}
	}
	fb_attr_cue_init(k);
	return 0;
}

/* "according to X": a preposition of w words at token i. Fills *k (no
 * source when k->nsrc is 0) and returns the token after its sources. */
static size_t prep_cue(ctx *c, size_t i, size_t w, cue *k)
{
	size_t e = fb_attr_right_sources(c, fb_attr_prep_name(c, i + w), k, 0);
	if (!k->nsrc)
		return e;
	k->cs = c->t[i].s;
	k->ce = c->t[e - 1].e;
	k->outlet = c->a->src[k->src[0]].kind == FB_SK_OUTLET;
	if (i == 0 || (i == 1 && c->t[0].kind == TK_WORD)) {
		int sep = is_punct(c, e, ',') || is_punct(c, e, ':'); /* "In the words of X: '...'" */
		k->dir = 1;
		k->anchor = e < c->nt ? c->t[sep && e + 1 < c->nt ? e + 1 : e].s : c->t[c->nt - 1].e;
		if (e < c->nt && c->t[sep ? e + 1 < c->nt ? e + 1 : e : e].kind == TK_QUOTE)
			k->quote = c->t[sep ? e + 1 : e].quote;
	} else if (fb_attr_is_end(c, is_punct(c, e, ',') ? e + 1 : e) ||
	    (is_punct(c, i - 1, ',') && i >= 3 && !fb_attr_is_relative(c, i - 2) && !lower_eq(c, i - 2, "that"))) {
		k->dir = -1;
		k->anchor = c->t[is_punct(c, i - 1, ',') ? i - 1 : i].s;
		if (c->t[i - 1].kind == TK_QUOTE)
			k->quote = c->t[i - 1].quote;
	} else
		k->dir = 0;
	return e;
}

/* ", saying ...", ", adding that ...": the participle at token i takes the
 * subject of the clause before: the cue before it (out[n - 1]), or the
 * noun phrase the sentence opens with. 1 when *k is a cue. */
static int participle_cue(ctx *c, size_t i, const cue *out, size_t n, cue *k)
{
	if (!(i > 0 && is_punct(c, i - 1, ',')))
		return 0;
	int s = -1;
	if (n)
		s = out[n - 1].nsrc ? out[n - 1].src[0] : -1;
	else {
		np p;
		if (fb_attr_np_right(c, fb_attr_dateline_end(c), &p))
			s = fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
	}
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	k->cs = c->t[i].s;
	k->ce = c->t[i].e;
	k->dir = 1;
	size_t j = i + 1;
	if (lower_eq(c, j, "that"))
		j++;
	k->anchor = j < c->nt ? c->t[j].s : c->t[i].e;
	if (j < c->nt && c->t[j].kind == TK_QUOTE)
		k->quote = c->t[j].quote;
	return 1;
}

/* Inverted: ", said X", "” said X": the verb at token i (w words, entries
 * ve and row, class cls) before its subject. Returns 1 with *k the cue
 * and *ep the token after its sources; 0 otherwise (*k reset when it was
 * tried). */
static int inverted_cue(ctx *c, size_t i, size_t w, const char *cls, int actor, const fb_entry *ve,
    const fb_entry *row, cue *k, size_t *ep)
{
	/* (not a stance verb: "The governor, a former judge, endorsed
	 * Porter" has its subject before) */
	/* (not after an apposition of a subject before: "A senior
	 * official, speaking on condition of anonymity, said aides
	 * from both parties had met" is the official's) */
	np sp;
	int sneg0 = 0;
	if (!(!actor && strcmp(cls, "tell") != 0 && strcmp(cls, "stance") != 0 && fb_attr_verb_inverts(ve) &&
	    (!row || fb_attr_verb_inverts(row)) && i > 0 && (is_punct(c, i - 1, ',') || is_punct(c, i - 1, '-') ||
	    c->t[i - 1].kind == TK_QUOTE) && !(is_punct(c, i - 1, ',') && fb_attr_subject_left(c, i, 0, &sp, &sneg0) &&
	    !(sp.b == sp.a + 1 && fb_attr_is_pronoun(c, sp.a)))))
		return 0;
	size_t e = fb_attr_right_sources(c, i + w, k, 0);
	if (k->nsrc && (fb_attr_is_end(c, e) || is_punct(c, e, ',') || fb_attr_is_prep(c, e) ||
	    c->t[e].kind == TK_QUOTE)) {
		k->cs = c->t[i].s;
		k->ce = c->t[e - 1].e;
		k->dir = -1;
		if (c->t[i - 1].kind == TK_QUOTE) {
			k->quote = c->t[i - 1].quote;
			k->anchor = c->t[i - 1].e;
		} else {
			k->anchor = c->t[i - 1].s;
			if (i >= 2 && c->t[i - 2].kind == TK_QUOTE)
				k->quote = c->t[i - 2].quote;
		}
		if (!strcmp(cls, "report") && c->a->src[k->src[0]].kind == FB_SK_OUTLET)
			k->outlet = 1;
		*ep = e;
		return 1;
	}
	fb_attr_cue_init(k);
	return 0;
}

/* "The council condemned the raid and pledged to ...", "she declined to
 * comment but said ...": a verb after "and" or "but" with no subject of
 * its own shares the subject of the verb cue before it (share, from token
 * share_at on), and is a cue of its own; with no cue before (n 0), a
 * speech verb takes the sentence's opening subject. Returns 0 when it
 * does not apply, 1 to pass the verb by, 2 with *k the cue and *jp where
 * its content starts. */
static int shared_cue(ctx *c, size_t i, size_t w, const fb_entry *ve, const char *cls, int share, size_t share_at,
    size_t n, cue *k, size_t *jp)
{
	size_t b = i;
	int sneg = 0;
	int be = 0; /* "and are expected to": a passive */
	while (b > share_at && fb_attr_is_aux(c, b - 1, &sneg)) {
		be |= lower_eq(c, b - 1, "is") || lower_eq(c, b - 1, "are") || lower_eq(c, b - 1, "was") ||
		    lower_eq(c, b - 1, "were");
		b--;
	}
	int sh = share;
	if (!(!be && b > share_at && (lower_eq(c, b - 1, "and") || lower_eq(c, b - 1, "but")) &&
	    fb_attr_pattern_holds(c, ve, i, w, 0) && (sh >= 0 || (!n && (sh = fb_attr_opening_subject(c, b - 1, k)) >= 0))))
		return 0;
	if (sneg)
		k->flags |= FB_CF_NEGATED;
	if ((k->flags & FB_CF_NEGATED) && ((fb_attr_wh_after(c, i + w) && !fb_attr_negated_question(c, k->kind, i + w)) ||
	    fb_attr_no_content(c, i + w)))
		return 1;
	fb_attr_cue_add(k, sh);
	k->cs = c->t[b].s; /* "did not say" */
	k->ce = c->t[i + w - 1].e;
	size_t j = i + w;
	if (!strcmp(cls, "tell")) /* the listener: "and told reporters that" */
		while (j < c->nt && j < i + w + 4 && c->t[j].kind == TK_WORD && !lower_eq(c, j, "that") &&
		    !(j > i + w && fb_attr_is_prep(c, j)))
			j++;
	*jp = open_forward(c, j, k);
	return 2;
}

/* Whether the verb at token i (w words, entry row) with subject *p is no
 * cue after all: an open question, a relative clause, a cue nested in
 * what the cue before (out[n - 1]) reports, or a verb with no content.
 * neg: a helper negates it; share: the subject a verb after "and" or
 * "but" shares. */
static int subject_cue_skip(ctx *c, const np *p, size_t i, size_t w, const fb_entry *row, int neg, const cue *k,
    const cue *out, size_t n, int share)
{
	/* "have not said whether they support the deal": a verb in an
	 * open question is no one's word */
	if (p->a > 0 && lower_eq(c, p->a - 1, "whether"))
		return 1;
	/* "the very exhibit they had wanted to attend": a pronoun right
	 * after a noun opens a relative clause, no cue */
	if (p->b == p->a + 1 && fb_attr_is_pronoun(c, p->a) && p->a > 0 && fb_attr_pronoun_after_noun(c, p->a))
		return 1;
	/* "X said in an interview that the party believed ...": a cue
	 * whose subject opens what the cue before reports is nested in
	 * it; the outer cue owns the clause (a pronoun there is read
	 * below as the speaker's own) */
	if (n && out[n - 1].verb && !out[n - 1].actor && out[n - 1].dir > 0 && out[n - 1].quote < 0 &&
	    out[n - 1].anchor == c->t[p->a].s && !(p->b == p->a + 1 && fb_attr_is_pronoun(c, p->a) && !lower_eq(c, p->a, "it")) &&
	    (out[n - 1].kind == FB_CK_SPEECH || out[n - 1].kind == FB_CK_BELIEF))
		return 1;
	/* "announced where the shuttles will go", "will say whether":
	 * an open question, not what was said (asking verbs take one,
	 * see fb_attr_pattern_holds; "explained how ..." tells something;
	 * a verb of an object takes the question as one: "questioned
	 * whether the plan could work" doubts it) */
	const char *pt = row ? row->field[2] : "S";
	if (strcmp(pt, "NP-to") != 0 && strcmp(pt, "NP/wh") != 0 && (lower_eq(c, i + w, "whether") ||
	    lower_eq(c, i + w, "where")) && !((neg || (k->flags & FB_CF_NEGATED)) && fb_attr_negated_question(c, k->kind, i + w)))
		return 1;
	/* "The first figures are expected next month." has no content
	 * before it nor after: a verb of clauses with only a time after
	 * it and no quotation or comma before its subject */
	if (row && fb_attr_pattern_is(row, "S") && !(p->a > 0 && (c->t[p->a - 1].kind == TK_QUOTE ||
	    is_punct(c, p->a - 1, ',') || is_punct(c, p->a - 1, '-')))) {
		size_t m = i + w;
		while (m < c->nt && (fb_attr_day_word(c, m) || lower_eq(c, m, "next") || lower_eq(c, m, "last") ||
		    lower_eq(c, m, "this") || lower_eq(c, m, "week") || lower_eq(c, m, "month") ||
		    lower_eq(c, m, "year") || lower_eq(c, m, "soon")))
			m++;
		if (m > i + w && fb_attr_is_end(c, m))
			return 1;
	}
	/* "X told reporters the delegations had agreed ...": a
	 * description inside what an earlier cue reports is part of it */
	if (p->desc && n && out[n - 1].dir > 0 && !out[n - 1].actor &&
	    !(share >= 0 && p->a > 0 && (lower_eq(c, p->a - 1, "and") || lower_eq(c, p->a - 1, "but"))) &&
	    !(p->a > 0 && is_punct(c, p->a - 1, ';')) && /* "...; others said" */
	    !fb_attr_ends_sentence_cue(c, p->a, i + w))
		return 1; /* (after a cue of no clause, "and" opens a clause of its
		           * own: "called it 'a surrender,' and several groups
		           * threatened to ...") */
	return 0;
}

/* The source of *p, the subject of a verb cue; -1 none. */
static int cue_speaker(ctx *c, const np *p, int actor, const cue *out, size_t n, cue *k)
{
	int s = -1;
	/* "Democrats in the Senate say they will push ...", "Lee said
	 * he would run": a pronoun opening what a cue reports is its
	 * speaker when it agrees ("they" a group, "he"/"she" a person) */
	if (n && p->b == p->a + 1 && fb_attr_is_pronoun(c, p->a) && out[n - 1].dir > 0 && out[n - 1].nsrc &&
	    !out[n - 1].actor && out[n - 1].anchor == c->t[p->a].s) {
		int o = out[n - 1].src[0], g = lower_eq(c, p->a, "he") ? 'm' : lower_eq(c, p->a, "she") ? 'f' : 0;
		const fb_source *os = &c->a->src[o];
		if (g ? os->kind == FB_SK_PERSON && (!fb_attr_gender_of(c, o) || fb_attr_gender_of(c, o) == g) :
		    lower_eq(c, p->a, "they") && (os->plural || os->kind == FB_SK_GROUP ||
		    os->kind == FB_SK_ORGANIZATION || os->kind == FB_SK_ANONYMOUS)) {
			s = o;
			if (g)
				fb_attr_set_gender(c, o, g);
			fb_reg_add_mention(c, o, c->t[p->a].s, c->t[p->a].e);
		}
	}
	if (s < 0)
		s = fb_attr_resolve(c, p, actor, k->cands, &k->ncands);
	return s;
}

/* The subject a later "and"/"but" verb shares with the verb cue at token
 * i (w words, entries ve and row, source s); -1 none. */
static int shared_subject(const ctx *c, size_t i, size_t w, const fb_entry *ve, const fb_entry *row, int actor, int s)
{
	/* a later "and"/"but" verb shares this subject when this verb's
	 * content is no clause ("condemned the raid and pledged ...",
	 * "declined to comment but said ...") or nothing comes between
	 * ("'...,' she said and added ..."); after a clause the verb may
	 * be the clause's own ("said that Lee walked in and told ...") */
	size_t x = i + w;
	while (fb_attr_after_adverb(c, x))
		x++;
	const fb_entry *pv = row ? row : ve; /* the pattern even of a verb of both lists */
	int clause = !fb_attr_has_pattern(pv) || fb_attr_pattern_is(pv, "S") || !strcmp(pv->field[2], "NP-S");
	return !actor && (!clause || lower_eq(c, x, "and") || lower_eq(c, x, "but") ||
	    fb_attr_thing_subject(c, x)) ? s : -1;
}

/* Makes *k the cue of source s, subject *p, verb at tokens [i, i + w):
 * its source, and its span from the subject (or a role before it) to the
 * verb. */
static void verb_cue_start(ctx *c, const np *p, size_t i, size_t w, int s, int actor, cue *k)
{
	fb_attr_cue_add(k, s);
	k->actor = actor;
	k->verb = 1;
	/* "Kiara Perkins admitted she was willing": a person who says
	 * "she" of the one speaking is a woman (news rarely reports one
	 * person speaking of another this way) */
	if (c->a->src[s].kind == FB_SK_PERSON && !(p->b == p->a + 1 && fb_attr_is_pronoun(c, p->a))) {
		size_t x = i + w;
		if (lower_eq(c, x, "that"))
			x++;
		if (lower_eq(c, x, "she"))
			fb_attr_set_gender(c, s, 'f');
		else if (lower_eq(c, x, "he"))
			fb_attr_set_gender(c, s, 'm');
	}
	k->cs = c->t[p->a].s;
	if (p->role2_e > p->role2_s && p->role2_s < k->cs) /* "The mayor, X, said" */
		k->cs = p->role2_s;
	if (p->role_e > p->role_s && p->role_s < k->cs) /* "The city's chief of staff, X, said" */
		k->cs = p->role_s;
	k->ce = c->t[i + w - 1].e;
}

/* "The mayor and the board said", "Lena Ostrova and John Vos said",
 * "Neither the mayor nor the board would say": the subjects coordinated
 * before the one next to the verb (subject *p, cue *k, its source added)
 * speak too, when the coordination opens the clause; "neither ... nor"
 * negates the cue. */
static void coordinated_subjects(ctx *c, const np *p, int actor, cue *k)
{
	size_t a = p->a;
	for (int n = 0; n < 4 && a >= 2 && k->nsrc < FB_MAX_SRC; n++) {
		size_t x = a - 1;
		int nor = lower_eq(c, x, "nor");
		if (!(lower_eq(c, x, "and") || nor || (n > 0 && is_punct(c, x, ','))))
			return;
		if (!nor && is_punct(c, x - 1, ',') && x >= 2)
			x--; /* "X, Y, and Z said" */
		np q;
		if (!fb_attr_np_left(c, x - 1, 0, &q) || q.b != x || (q.b == q.a + 1 && fb_attr_is_pronoun(c, q.a)))
			return;
		size_t o = q.a; /* where the coordination opens */
		if (o > 0 && (lower_eq(c, o - 1, "neither") || lower_eq(c, o - 1, "both") || lower_eq(c, o - 1, "either")))
			o--;
		/* it opens the clause: the sentence, a dateline, a comma,
		 * a colon, a quotation or "that" before it; or a list goes on */
		int opens = o == 0 || o <= fb_attr_dateline_end(c) || is_punct(c, o - 1, ',') || is_punct(c, o - 1, ':') ||
		    is_punct(c, o - 1, ';') || c->t[o - 1].kind == TK_QUOTE || lower_eq(c, o - 1, "that");
		int list = o == q.a && o >= 2 && is_punct(c, o - 1, ',');
		if (!opens && !list)
			return;
		size_t before = k->ncands;
		int s = fb_attr_resolve(c, &q, actor, k->cands, &k->ncands);
		if (s < 0) {
			k->ncands = before;
			return;
		}
		fb_attr_cue_add(k, s);
		k->cs = c->t[o].s;
		a = q.a;
		if (nor && o < q.a && lower_eq(c, o, "neither"))
			k->flags |= FB_CF_NEGATED;
		if (o < q.a || !list)
			return;
	}
}

/* After "told" at token j: an outlet told (a via, and the cue's end), or
 * the listener ("told supporters"). Returns where what was told starts. */
static size_t tell_listener(ctx *c, size_t j, cue *k)
{
	cue ok;
	memset(&ok, 0, sizeof ok);
	size_t e = fb_attr_right_sources(c, j, &ok, 0);
	if (ok.nsrc) {
		if (c->a->src[ok.src[0]].kind == FB_SK_OUTLET)
			k->via = ok.src[0];
		k->ce = c->t[e - 1].e;
		return e;
	}
	/* the listener: "told supporters", "told the court";
	 * an article or pronoun after it opens what was told
	 * ("told reporters the deficit had doubled") */
	size_t m = j;
	while (m < c->nt && m < j + 4 && c->t[m].kind == TK_WORD && !lower_eq(c, m, "that") &&
	    !(m > j && (fb_attr_is_prep(c, m) || ((fb_attr_is_det(c, m) || fb_attr_is_pronoun(c, m)) && !fb_attr_is_det(c, m - 1)))))
		m++;
	return m;
}

/* Where the content of verb cue *k is: after the verb, from token j on,
 * or before its subject, which starts at token first; sets its direction,
 * anchor and quotation. Returns the token to read on from. */
static size_t verb_content(ctx *c, size_t first, size_t j, const char *cls, const fb_entry *row, cue *k)
{
	int lead = 1;
	int says = !strcmp(cls, "say") || !strcmp(cls, "tell") || !strcmp(cls, "report");
	size_t after = j;
	while (fb_attr_after_adverb(c, after) || fb_attr_day_word(c, after))
		after++;
	if (fb_attr_is_end(c, after)) /* "..., she said sarcastically.", "..., he said Friday." */
		lead = 0;
	/* "'...,' she said, but declined to ...", "'...,' Lee said
	 * sarcastically when asked ...": the quotation before is the
	 * content whatever follows the verb, unless a quotation, "that"
	 * or a colon opens more of what was said */
	else if (first > 0 && (c->t[first - 1].kind == TK_QUOTE || (first > 1 && is_punct(c, first - 1, ',') &&
	    c->t[first - 2].kind == TK_QUOTE)) && !(after < c->nt && (c->t[after].kind == TK_QUOTE ||
	    lower_eq(c, after, "that") || is_punct(c, after, ':'))) && !(is_punct(c, after, ',') &&
	    after + 1 < c->nt && (c->t[after + 1].kind == TK_QUOTE || lower_eq(c, after + 1, "that"))))
		lead = 0; /* and "'...,' Lee said and added that ..." */
	else if (fb_attr_is_prep(c, j) && says && first > 0 &&
	    !(lower_eq(c, j, "to") && row && fb_attr_pattern_is(row, "to"))) { /* not "vowed to fight" */
		size_t m = j;
		while (m < c->nt && !fb_attr_is_end(c, m) && !lower_eq(c, m, "that") && !(is_punct(c, m, ',') &&
		    !(m + 1 < c->nt && c->t[m + 1].cap && c->t[m + 1].kind == TK_WORD && fb_attr_is_end(c, m + 2))) &&
		    !is_punct(c, m, ':') && c->t[m].kind != TK_QUOTE)
			m++; /* past "in Dayton, Ohio." */
		if (fb_attr_is_end(c, m))
			lead = 0;
		else
			j = m;
	}
	if (lead) {
		j = open_forward(c, fb_attr_time_then_that(c, j), k);
		if (j >= c->nt && c->nt && (is_punct(c, c->nt - 1, ':') || is_punct(c, c->nt - 1, ',')))
			k->quote = fb_attr_quote_after(c, c->t[c->nt - 1].e); /* "She continued:" */
	} else {
		size_t f = first;
		if (f > 0 && (is_punct(c, f - 1, ',') || is_punct(c, f - 1, '-')))
			f--;
		if (f == 0) {
			k->dir = 0;
			/* '"...!" Lee told supporters.': the quotation just
			 * before, cut off by its own mark, is the content */
			int qb = fb_attr_quote_before(c, c->t[0].s);
			if (qb >= 0 && c->q[qb].speaker < 0 && c->q[qb].para == c->para) {
				k->dir = -1;
				k->quote = qb;
				k->anchor = c->q[qb].close;
			}
		} else {
			k->dir = -1;
			k->anchor = c->t[f - 1].kind == TK_QUOTE ? c->t[f - 1].e : c->t[f].s;
			if (c->t[f - 1].kind == TK_QUOTE)
				k->quote = c->t[f - 1].quote;
		}
	}
	return j;
}

/* Finds the cues of the sentence being read, at most max, in out, in
 * the order of the text; returns how many. */
size_t fb_attr_find_cues(ctx *c, cue *out, size_t max)
{
	size_t n = 0;
	int share = -1;      /* the subject a verb after "and"/"but" shares, */
	size_t share_at = 0; /* from this token on */
	/* "Asked whether he would back the bill, Ortiz said ...": the
	 * question put to the speaker holds no cue */
	size_t asked = 0;
	if (lower_eq(c, 0, "asked"))
		for (size_t m = 1; m < c->nt && m < 40 && !asked; m++)
			if (is_punct(c, m, ','))
				asked = m;
	if (max && c->nt) {
		cue k;
		fb_attr_cue_init(&k);
		if (fb_attr_label_cue(c, &k) || fb_attr_pull_cue(c, &k)) {
			out[0] = k;
			return 1;
		}
		if (fb_attr_view_cue(c, &k))
			out[n++] = k;
	}
	for (size_t i = 0; i < c->nt && n < max; i++) {
		if (c->t[i].kind != TK_WORD || i < asked)
			continue;
		size_t w = 0, e = 0;
		cue k;
		fb_attr_cue_init(&k);
		/* In a statement, X ...  */
		if (i == 0 && fb_attr_toks_in(c, L_STMT, i, &w) && statement_cue(c, i, w, &k)) {
			out[n++] = k;
			continue;
		}
		/* according to X */
		if (fb_attr_toks_in(c, L_PREPS, i, &w)) {
			e = prep_cue(c, i, w, &k);
			if (!k.nsrc)
				continue;
			out[n++] = k;
			i = e ? e - 1 : i;
			continue;
		}
		if (fb_attr_noun_cue(c, i, &k)) {
			out[n++] = k;
			i++;
			continue;
		}
		if (fb_attr_issued_cue(c, i, &k)) {
			out[n++] = k;
			i += 2;
			continue;
		}
		const fb_entry *row = NULL;
		const fb_entry *ve = fb_attr_verb_at(c, i, &w, &row);
		/* a headline capitalises its verbs: "..., Lee Says", and in the
		 * middle "Senate Republicans Vow To Block ..." (a verb of the
		 * lexicon with a pattern, after a capitalised subject) */
		if (!ve || (c->t[i].cap && i > 0 && !(c->para == c->title_para && fb_attr_headline_verb(c, i, w, ve, row))))
			continue;
		k.kind = fb_attr_verb_kind(row ? row : ve);
		if (row && fb_attr_verb_negated(row))
			k.flags |= FB_CF_NEGATED;
		if (lower_eq(c, i + w, "have") || lower_eq(c, i + w, "has") || lower_eq(c, i + w, "had") ||
		    lower_eq(c, i + w, "were") || lower_eq(c, i + w, "was") || lower_eq(c, i + w, "are") ||
		    lower_eq(c, i + w, "is") || lower_eq(c, i + w, "say") || lower_eq(c, i + w, "said"))
			continue;
		const char *cls = ve->nfield ? ve->field[0] : "say";
		int actor = !strcmp(cls, "actor");
		if (!actor && fb_attr_with_participle(c, i, w, row ? row : ve, &k)) {
			out[n++] = k;
			continue;
		}
		/* ", saying ...", ", adding that ...": the subject of the clause
		 * before ("X was quoted as saying" is read as "X said", below) */
		if (fb_attr_says_participle(c, i, ve) && !(i >= 2 && lower_eq(c, i - 1, "as") && lower_eq(c, i - 2, "quoted"))) {
			if (participle_cue(c, i, out, n, &k))
				out[n++] = k;
			continue;
		}
		if (inverted_cue(c, i, w, cls, actor, ve, row, &k, &e)) {
			out[n++] = k;
			i = e ? e - 1 : i;
			continue;
		}
		if (!actor && i > share_at && (share >= 0 || !strcmp(cls, "say") || !strcmp(cls, "tell"))) {
			size_t j = 0;
			int got = shared_cue(c, i, w, ve, cls, share, share_at, n, &k, &j);
			if (got == 1)
				continue;
			if (got == 2) {
				out[n++] = k;
				share_at = j;
				i = j > i ? j - 1 : i;
				continue;
			}
		}
		/* X said / X told Y (that) ... */
		np p;
		int neg = 0;
		if (!fb_attr_subject_left(c, i, 0, &p, &neg) || !fb_attr_pattern_holds(c, ve, i, w, p.a) || !fb_attr_subject_agrees(c, &p, i, w))
			continue;
		if (subject_cue_skip(c, &p, i, w, row, neg, &k, out, n, share))
			continue;
		if (neg)
			k.flags |= FB_CF_NEGATED;
		/* "did not know why": a negated cue with a question after it
		 * claims nothing, unless it is one of speech ("did not say
		 * whether", kept, flagged negated) */
		if ((k.flags & FB_CF_NEGATED) && fb_attr_wh_after(c, i + w) && !fb_attr_negated_question(c, k.kind, i + w))
			continue;
		int s = cue_speaker(c, &p, actor, out, n, &k);
		if (s < 0) {
			k.ncands = 0;
			continue;
		}
		if (k.ncands)
			k.flags |= FB_CF_AMBIGUOUS;
		share = shared_subject(c, i, w, ve, row, actor, s);
		share_at = i + w;
		/* "declined to comment": a negated cue that reports nothing */
		if ((k.flags & FB_CF_NEGATED) && fb_attr_no_content(c, i + w)) {
			k.ncands = 0;
			continue;
		}
		verb_cue_start(c, &p, i, w, s, actor, &k);
		coordinated_subjects(c, &p, actor, &k);
		size_t j = i + w;
		if (!strcmp(cls, "tell") && j < c->nt)
			j = tell_listener(c, j, &k);
		if (!strcmp(cls, "report") && c->a->src[s].kind == FB_SK_OUTLET)
			k.outlet = 1;
		/* where the content is: after the verb, or before the subject */
		j = verb_content(c, p.a, j, cls, row, &k);
		out[n++] = k;
		i = j > i ? j - 1 : i;
	}
	return n;
}
