/* attribution.c - the third stage: who says each sentence. Finds quotations
 * across sentences and paragraphs, attribution cues ("according to X", "X
 * said", "said X", "X told CNN"), and keeps one registry of sources; each
 * sentence's cues become attributed stretches (the parts: src/README.md). */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- stretches */

static void trim(const char *buf, size_t *s, size_t *e)
{
	for (;;) {
		while (*s < *e && (fb_isspace((unsigned char)buf[*s]) || buf[*s] == ','))
			(*s)++;
		while (*e > *s && (fb_isspace((unsigned char)buf[*e - 1]) || buf[*e - 1] == ',' || buf[*e - 1] == ';'))
			(*e)--;
		if (*e >= *s + 4 && fb_word_eq(buf + *e - 4, 4, " and"))
			*e -= 4;
		else if (*e >= *s + 4 && fb_word_eq(buf + *e - 4, 4, " but"))
			*e -= 4;
		else
			break;
	}
}

static fb_attrib *push_attr(ctx *c)
{
	fb_attrib *x = FB_PUSH(c->a->attr, c->a->nattr, c->attrcap);
	x->source = x->via = x->actor = x->quote = -1;
	return x;
}

/* The plural noun phrase of people whose head is token k, no further
 * left than d, into [*a, *b); *group set when its head is a group word.
 * Returns 0 when k is no plural head of people. */
static int plural_at(const ctx *c, size_t k, size_t d, size_t *a, size_t *b, int *group)
{
	const fb_entry *e = tok_in(c, L_PEOPLE, k);
	if (!e || c->t[k].cap)
		e = tok_in(c, L_ANON, k);
	*group = 0;
	if (!e && (e = tok_in(c, L_GROUPS, k)) != NULL)
		*group = 1;
	if (!e || !e->nfield || strcmp(e->field[0], "plural") != 0 || fb_attr_is_pronoun(c, k) || tok_in(c, L_STOP, k))
		return 0;
	*a = k;
	*b = k + 1;
	while (*a > d && k - *a < 2 && fb_attr_people_modifier(c, *a - 1) && !fb_attr_verb_between(c, *a - 1, *a))
		(*a)--;
	if (*b + 1 < c->nt && (lower_eq(c, *b, "in") || lower_eq(c, *b, "on") || lower_eq(c, *b, "at") ||
	    lower_eq(c, *b, "of"))) {
		size_t m = *b + 1 + (size_t)fb_attr_is_det(c, *b + 1);
		while (m < c->nt && m < *b + 5 && fb_attr_np_word(c, m))
			m++;
		if (m > *b + 1 + (size_t)fb_attr_is_det(c, *b + 1))
			*b = m;
	}
	return 1;
}

/* Notes the plural noun phrase of people in the sentence (c->plural) a
 * "they" in the next sentence means: its subject when one opens it
 * ("Dairy farmers met state officials. They said ..."), else the last
 * one: a plural head of people.txt, anonymous.txt or groups.txt with up
 * to two modifiers before it and "in/on/at/of X" after a group or
 * unnamed head ("Republicans on the committee"). */
static void scan_plural(ctx *c)
{
	size_t d = fb_attr_dateline_end(c);
	if (c->plural[1].name) {
		free(c->plural[0].name);
		c->plural[0] = c->plural[1];
		c->plural[1].name = NULL;
	}
	size_t pa = 0, pb = 0, a, b;
	int pgroup = 0, group, found = 0;
	/* the subject: a head within the first words (an article and two
	 * modifiers before it) */
	for (size_t k = d; k < c->nt && k < d + 4 && !found; k++)
		found = plural_at(c, k, d, &a, &b, &group) && (a == d || (a == d + 1 && fb_attr_is_det(c, d)));
	for (size_t k = c->nt; k-- > d && !found;)
		found = plural_at(c, k, d, &a, &b, &group);
	if (!found)
		return;
	pa = a;
	pb = b;
	pgroup = group;
	c->plural[1].name = fb_attr_tok_text(c, pa, pb);
	c->plural[1].start = c->t[pa].s;
	c->plural[1].end = c->t[pb - 1].e;
	c->plural[1].sent = c->sent;
	c->plural[1].subj = pa == d || (pa == d + 1 && fb_attr_is_det(c, d));
	c->plural[1].group = pgroup;
}

/* "..., Governor Says": the first person the body names with the title
 * the headline's source has alone, outside any cue ("Gov. Ann Reyes
 * signed it", "the governor, Ann Reyes, ..."), into c->head_name. */
static void scan_head_name(ctx *c)
{
	const fb_source *h = &c->a->src[c->head_role];
	for (size_t k = 0; k < c->nt; k++) {
		size_t n = 0;
		if (!fb_attr_toks_in(c, L_TITLES, k, &n))
			continue;
		char *title = fb_attr_tok_text(c, k, k + n);
		int fits = fb_attr_role_fits(c, title, h->name, strlen(h->name));
		free(title);
		size_t m = k + n;
		/* "the governor, Ann Reyes, ..." */
		int apposed = is_punct(c, m, ',') && k > 0 && lower_eq(c, k - 1, "the");
		m += (size_t)apposed;
		size_t e = m;
		while (e < c->nt && e < m + 3 && fb_attr_name_word(c, e))
			e++;
		if (!fits || e < m + 2 || (apposed && e < c->nt && !is_punct(c, e, ',') && !fb_attr_is_end(c, e)))
			continue;
		c->head_name = fb_attr_tok_text(c, m, e);
		c->head_para = c->para;
		c->head_s = c->t[m].s;
		c->head_e = c->t[e - 1].e;
		c->head_rs = c->t[apposed ? k - 1 : k].s;
		c->head_re = c->t[k + n - 1].e;
		return;
	}
}

/* Notes the runs of capitalised words of the sentence that may name a
 * person (c->names): titles before them dropped ("Mayor Ortiz", "Mr.
 * Lee"), one to three words that may be a name's, a possessive "'s" only
 * on the last and not in the mention. A lone word before a figure or
 * after "in" ("May 4", "in May") is a date. */
static void scan_name_runs(ctx *c)
{
	for (size_t k = 0; k < c->nt; k++) {
		if (c->t[k].kind != TK_WORD || !c->t[k].cap)
			continue;
		size_t e = k + 1, n = 0;
		while (e < c->nt && c->t[e].kind == TK_WORD && c->t[e].cap && c->t[e].ws_before)
			e++;
		size_t a = k;
		k = e - 1;
		while (a < e && fb_attr_toks_in(c, L_TITLES, a, &n) && a + n < e)
			a += n;
		if (e - a > 3)
			continue;
		/* a possessive only last; its "'s" is no part of the name */
		size_t end = c->t[e - 1].e, ap = 0;
		int ok = 1;
		for (size_t m = a; m < e && ok; m++) {
			size_t l = c->t[m].e - c->t[m].s;
			const char *w = c->buf + c->t[m].s;
			ap = l > 2 && w[l - 1] == 's' ? w[l - 2] == '\'' ? 2 : l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99", 3) ? 4 : 0 : 0;
			ok = (!ap || m + 1 == e) && (ap || fb_attr_name_word(c, m));
		}
		if (!ok || (e - a == 1 && ((e < c->nt && fb_isdigit((unsigned char)c->buf[c->t[e].s])) ||
		    (a > 0 && lower_eq(c, a - 1, "in")) || fb_attr_day_word(c, a))))
			continue;
		fb_mention *x = FB_PUSH(c->names, c->nnames, c->namecap);
		x->para = c->para;
		x->start = c->t[a].s;
		x->end = end - ap;
	}
}

/* Notes the last name after a title in the sentence ("Sen. Mara Quill",
 * "Foreign Minister Tomas Berg"; not an honorific alone) in c->titled,
 * which a description by title in this sentence or the next may mean. */
static void scan_titled(ctx *c)
{
	for (size_t k = c->nt; k-- > 0;) {
		size_t n = 0;
		/* a name follows: the next word is capitalised */
		if (k + 1 >= c->nt || !c->t[k + 1].cap || !fb_attr_toks_in(c, L_TITLES, k, &n) || !fb_attr_has_title(c, k, k + n))
			continue;
		size_t m = k + n, e = m;
		while (e < c->nt && e < m + 3 && fb_attr_name_word(c, e))
			e++;
		if (e < m + 2)
			continue;
		free(c->titled.name);
		c->titled.name = fb_attr_tok_text(c, m, e);
		c->titled.rs = c->t[k].s;
		c->titled.re = c->t[m - 1].e;
		c->titled.s = c->t[m].s;
		c->titled.e = c->t[e - 1].e;
		c->titled.sent = c->sent;
		c->titled.para = c->para;
		return;
	}
}

/* Notes the last document the sentence names with an indefinite or
 * possessive determiner ("a report", "an 80-page study", "its annual
 * survey") in c->docnote: it need not speak there to be what "the report
 * said" means later (see resolve_described). Up to two modifiers. */
static void scan_document(ctx *c)
{
	static const char *const det[] = { "a", "an", "its", "their", "his", "her", "our", NULL };
	for (size_t k = c->nt; k-- > 1;) {
		if (c->t[k].kind != TK_WORD || c->t[k].cap || !tok_in(c, L_DOCS, k))
			continue;
		for (size_t d = k; d-- > 0 && d + 3 >= k;) {
			int is_det = 0;
			for (size_t i = 0; det[i] && !is_det; i++)
				is_det = lower_eq(c, d, det[i]);
			if (is_det) {
				c->docnote.hs = c->t[k].s;
				c->docnote.he = c->docnote.e = c->t[k].e;
				c->docnote.s = c->t[d + 1].s;
				c->docnote.sent = c->sent;
				c->docnote.para = c->para;
				c->docnote.on = 1;
				return;
			}
			if (c->t[d].kind != TK_WORD || c->t[d].cap || tok_in(c, L_STOP, d))
				break;
		}
	}
}

/* Notes what the sentence says about people outside cues: capitalised
 * words that follow another (surnames: "Microsoft" never does), and a
 * gendered title before a known person's name ("Mrs Ames"), which is a
 * mention and gives the gender "she" must agree with. */
static void scan_names(ctx *c)
{
	for (size_t k = 1; k < c->nt; k++)
		if (c->t[k].kind == TK_WORD && c->t[k].cap && c->t[k - 1].kind == TK_WORD && c->t[k - 1].cap &&
		    c->t[k].ws_before)
			fb_attr_tail_add(c, fb_attr_tail_hash(c, k));
	scan_plural(c);
	scan_name_runs(c);
	scan_titled(c);
	scan_document(c);
	if (c->head_role >= 0 && !c->head_name && c->para != c->title_para)
		scan_head_name(c);
	for (size_t k = 0; k + 1 < c->nt; k++) {
		if (!c->t[k].cap || c->t[k].kind != TK_WORD || !c->t[k + 1].cap || !fb_attr_name_word(c, k + 1))
			continue;
		const fb_entry *fn = tok_in(c, L_FNAMES, k);
		if (!fn || !fn->nfield || (k && c->t[k - 1].kind == TK_WORD && c->t[k - 1].cap && !tok_in(c, L_TITLES, k - 1)))
			continue;
		size_t e = k + 1;
		while (e < c->nt && e < k + 3 && fb_attr_name_word(c, e))
			e++;
		int gi = fn->field[0][0] == 'f';
		free(c->named[gi].name);
		c->named[gi].name = fb_attr_tok_text(c, k, e);
		c->named[gi].start = c->t[k].s;
		c->named[gi].end = c->t[e - 1].e;
		c->named[gi].sent = c->sent;
		k = e - 1;
	}
	for (size_t k = 0; k + 1 < c->nt; k++) {
		int g = fb_attr_title_gender(tok_in(c, L_TITLES, k));
		if (!g || !c->t[k + 1].cap || c->t[k + 1].kind != TK_WORD || tok_in(c, L_TITLES, k + 1))
			continue;
		size_t e = k + 1;
		while (e < c->nt && e < k + 4 && c->t[e].kind == TK_WORD && c->t[e].cap && !tok_in(c, L_TITLES, e))
			e++;
		int cands[FB_MAX_SRC];
		size_t nc = 0;
		int r = fb_reg_person(c, fb_attr_tok_text(c, k + 1, e), cands, &nc, 0);
		if (r >= 0 && !nc) {
			fb_attr_set_gender(c, r, g);
			fb_reg_add_mention(c, r, c->t[k + 1].s, c->t[e - 1].e);
		}
		k = e - 1;
	}
}

/* Whether token ti may be a word of a person's name: capitalised, and no
 * title, organisation, place, outlet, role or function word. */
int fb_attr_name_word(const ctx *c, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD || !c->t[ti].cap)
		return 0;
	for (int l = 0; l < L__MAX; l++)
		if (l != L_PEOPLE && l != L_FNAMES && tok_in(c, l, ti)) /* "Dale", "Baker" are names */
			return 0;
	return 1;
}

/* Notes the person a sentence opens with, as its topic: "For Ann Lee,
 * ...", "To Ann Lee, ...", "Ann Lee, a nurse, ...": two or three name
 * words (titles before them skipped) and a comma. A "he" or "she" in the
 * sentence after it, or later in it, means that person rather than the
 * last speaker. */
static void scan_topic(ctx *c)
{
	size_t k = 0;
	int g = 0;
	if (lower_eq(c, 0, "for") || lower_eq(c, 0, "to"))
		k = 1;
	size_t k0 = k;
	for (const fb_entry *ti; k < c->nt && (ti = tok_in(c, L_TITLES, k)); k++)
		if (fb_attr_title_gender(ti))
			g = fb_attr_title_gender(ti);
	size_t e = k;
	while (e < c->nt && e < k + 3 && fb_attr_name_word(c, e))
		e++;
	/* "Jim Smith runs a shop.": a person the sentence is about, its
	 * subject, is whom a "he" next means too */
	int subj = e < c->nt && c->t[e].kind == TK_WORD && !c->t[e].cap && !fb_attr_is_connector(c, e) &&
	    !lower_eq(c, e, "or") && !fb_attr_is_prep(c, e) && k0 == 0; /* "Gov. Tom Reed signed ..." too */
	/* one name word as the subject: the surname of a person named
	 * before ("Sen. Tom Reyes ... Reyes spent the day in Erie, where he
	 * ...") */
	int known = e == k + 1 && subj && k == 0 && fb_attr_tail_has(c, fb_attr_tail_hash(c, k));
	if ((e - k < 2 && !known) || e >= c->nt || (!subj && (c->t[e].kind == TK_WORD || c->buf[c->t[e].s] != ',')))
		return;
	free(c->topic);
	c->topic = fb_attr_tok_text(c, k, e);
	c->topic_sent = c->sent;
	c->topic_start = c->t[k].s;
	c->topic_end = c->t[e - 1].e;
	c->topic_gender = g;
}

/* The channel of the sentence's cues (cues[0, n)): an outlet beside a
 * speaker (that outlet's cue is folded into the others), or a "via"
 * phrase ("in an interview with Reuters"); -1 none. */
static int sentence_via(ctx *c, cue *cues, size_t n)
{
	/* an outlet beside a speaker is the channel the speaker used */
	int via = -1;
	for (size_t i = 0; i < n; i++)
		if (cues[i].via >= 0)
			via = cues[i].via;
	size_t speakers = 0;
	for (size_t i = 0; i < n; i++)
		speakers += !cues[i].outlet && !cues[i].actor && !cues[i].stmt;
	for (size_t i = 0; i < n; i++)
		if (cues[i].outlet && speakers) {
			via = cues[i].src[0];
			cues[i].actor = 2; /* folded into the others */
		}
	/* "via" phrases: "in an interview with Reuters" */
	for (size_t i = 0; i < c->nt && via < 0; i++) {
		size_t w;
		if (fb_attr_toks_in(c, L_VIA, i, &w)) {
			np p;
			if (fb_attr_np_right(c, i + w, &p)) {
				size_t nc = 0;
				int cands[FB_MAX_SRC];
				size_t a = fb_attr_is_det(c, p.a) ? p.a + 1 : p.a;
				if (a < p.b && (fb_lexicon_get(c->at->lx[L_OUTLETS], c->buf + c->t[p.a].s, c->t[p.b - 1].e - c->t[p.a].s) ||
				    fb_lexicon_get(c->at->lx[L_OUTLETS], c->buf + c->t[a].s, c->t[p.b - 1].e - c->t[a].s) ||
				    tok_in(c, L_OWORDS, p.b - 1)))
					via = fb_attr_resolve(c, &p, 0, cands, &nc);
			}
		}
	}
	return via;
}

/* Folds cues (cues[0, n)) that repeat or sit inside another into it, by
 * marking them actor 2. */
static void fold_cues(cue *cues, size_t n)
{
	/* a statement opener repeats a verb cue's speaker */
	for (size_t i = 0; i < n; i++)
		if (cues[i].stmt)
			for (size_t k = 0; k < n; k++)
				if (k != i && !cues[k].actor && !cues[k].stmt && cues[k].nsrc && cues[i].nsrc &&
				    cues[k].src[0] == cues[i].src[0])
					cues[i].actor = 2;
	/* "Democrats worry that the bill will fail, two aides said.": the
	 * outer cue, after what it reports, owns the sentence; the verb cue
	 * inside its content is folded into it */
	for (size_t i = 0; i < n; i++)
		if (cues[i].verb && cues[i].dir < 0 && cues[i].quote < 0 && !cues[i].actor)
			for (size_t m = 0; m < i; m++)
				if (cues[m].verb && !cues[m].actor && cues[m].dir > 0 && cues[m].quote < 0 &&
				    cues[m].ce < cues[i].cs && cues[m].nsrc && cues[i].nsrc && cues[m].src[0] != cues[i].src[0])
					cues[m].actor = 2;
}

/* "The Times reports:" and the quotation next, or a pull quote's name
 * under it: the quotation, outside the sentence, is the content of cue *k
 * (quote_pass makes its stretch). */
static void cue_owns_quote(ctx *c, const cue *k, int via)
{
	quote *q = &c->q[k->quote];
	q->speaker = k->src[0];
	q->ncands = 0;
	q->via = k->via >= 0 ? k->via : via;
	q->flags = 0;
	q->cue_s = k->cs;
	q->cue_e = k->ce;
	c->para_speaker[c->para] = k->src[0];
	fb_attr_remember(c, k->src[0]);
}

/* Adds the stretch [s, e) of sentence si that cue *k attributes; all[0,
 * nall) are the sources the sentence names, via its channel, actor the
 * subject of "claimed responsibility" or -1. Returns the stretch. */
static fb_attrib *push_stretch(ctx *c, size_t si, const cue *k, size_t s, size_t e, const int *all, size_t nall,
    int via, int actor)
{
	fb_attrib *x = push_attr(c);
	x->sent = si;
	x->start = s;
	x->end = e;
	x->cue_start = k->cs;
	x->cue_end = k->ce;
	x->source = k->src[0];
	x->cue_kind = c->a->src[x->source].kind == FB_SK_DOCUMENT ? FB_CK_DOCUMENT : k->kind;
	x->sources[x->nsources++] = k->src[0];
	for (size_t m = 0; m < nall && x->nsources < FB_MAX_SRC; m++)
		if (all[m] != k->src[0])
			x->sources[x->nsources++] = all[m];
	memcpy(x->candidates, k->cands, k->ncands * sizeof k->cands[0]);
	x->ncandidates = k->ncands;
	x->via = k->via >= 0 ? k->via : via;
	if (x->via == x->source)
		x->via = -1;
	x->flags = k->flags | c->a->sent_flags[si];
	if (c->a->src[x->source].kind == FB_SK_ANONYMOUS)
		x->flags |= FB_CF_ANONYMOUS;
	x->actor = actor;
	x->quote = k->quote;
	if (k->quote >= 0) {
		quote *q = &c->q[k->quote];
		x->flags |= FB_CF_QUOTED;
		q->speaker = x->source;
		memcpy(q->cands, x->candidates, sizeof q->cands);
		q->ncands = x->ncandidates;
		q->via = x->via;
		q->flags = x->flags & (FB_CF_ANONYMOUS | FB_CF_AMBIGUOUS);
		q->cue_s = k->cs;
		q->cue_e = k->ce;
	}
	fb_attr_remember(c, x->source);
	return x;
}

/* "X claimed responsibility": with no other stretch, sentence si is the
 * article's own claim, with actor (a source) and the cue that names it. */
static void actor_stretch(ctx *c, size_t si, const cue *cues, size_t n, const int *all, size_t nall, int actor)
{
	const fb_sent *st = &c->doc->sent[si];
	fb_attrib *x = push_attr(c);
	x->sent = si;
	x->start = st->start;
	x->end = st->end;
	for (size_t i = 0; i < n; i++)
		if (cues[i].actor == 1) {
			x->cue_start = cues[i].cs;
			x->cue_end = cues[i].ce;
		}
	for (size_t m = 0; m < nall; m++)
		x->sources[x->nsources++] = all[m];
	x->actor = actor;
	x->flags = c->a->sent_flags[si] & FB_CF_HEDGED;
}

/* The one person the name run x fits (fb_reg_person_find); -1 none. */
static int name_fits(const ctx *c, const fb_mention *x)
{
	char nm[256];
	size_t n = 0;
	for (size_t b = x->start; b < x->end && n + 1 < sizeof nm; b++)
		nm[n++] = fb_isspace((unsigned char)c->buf[b]) ? ' ' : c->buf[b];
	nm[n] = 0;
	return n + 1 < sizeof nm ? fb_reg_person_find(c, nm) : -1;
}

/* Whether source s, found for a pronoun outside any cue at byte at, is
 * near enough to be meant: mentioned in this paragraph or the one before,
 * with no other name between ("Gina Holt said ... Omar brought the clock
 * he made": Omar, no source, may be meant; "Officials said ... The Kenyan
 * team sold their ...": so may the team). */
static int pronoun_near(const ctx *c, int s, size_t at)
{
	const fb_source *x = &c->a->src[s];
	if (x->last < c->doc->para[c->para ? c->para - 1 : 0].start)
		return 0;
	for (size_t i = c->nnames; i-- > 0 && c->names[i].start > x->last;)
		if (c->names[i].end <= at)
			return name_fits(c, &c->names[i]) == s;
	return 1;
}

/* "Ruth Calloway said ... Calloway did not say whether she would vote":
 * a pronoun no cue of the sentence holds, and no cue resolved, is still a
 * mention of the source it stands for (fb_attr_pronoun_find); kept in
 * c->hits for name_mentions, which merges them once. No source is made. */
static void pronoun_mentions(ctx *c, const cue *cues, size_t n)
{
	for (size_t k = 0; k < c->nt; k++) {
		/* no pronoun is longer than "their" */
		if (c->t[k].kind != TK_WORD || c->t[k].e - c->t[k].s > 5)
			continue;
		int held = 0;
		for (size_t i = 0; i < n && !held; i++)
			held = cues[i].cs <= c->t[k].s && c->t[k].e <= cues[i].ce;
		for (size_t i = 0; i < c->npron && !held; i++)
			held = c->pron[i].s == c->t[k].s;
		int s = held ? -1 : fb_attr_pronoun_find(c, k);
		if (s >= 0 && pronoun_near(c, s, c->t[k].s))
			*FB_PUSH(c->hits, c->nhits, c->hitcap) =
			    (struct src_hit){ s, { c->para, c->t[k].s, c->t[k].e } };
	}
}

/* Attributes one sentence: its cues become stretches. */
static void attribute_sentence(ctx *c, size_t si)
{
	const fb_sent *st = &c->doc->sent[si];
	c->sent = si;
	scan_names(c);
	scan_topic(c);
	cue cues[16];
	c->npron = 0;
	size_t n = fb_attr_find_cues(c, cues, 16);
	/* the rest of a transcript's turn is its speaker's */
	if (!n && c->turn >= 0 && c->turn_para == c->para) {
		fb_attr_cue_init(&cues[0]);
		fb_attr_cue_add(&cues[0], c->turn);
		cues[0].cs = c->turn_s;
		cues[0].ce = c->turn_e;
		n = 1;
	}
	/* a pronoun is a mention when the cue it is in was kept */
	for (size_t k = 0; k < c->npron; k++)
		for (size_t i = 0; i < n; i++)
			if (cues[i].cs <= c->pron[k].s && c->pron[k].e <= cues[i].ce && cues[i].nsrc &&
			    cues[i].src[0] == c->pron[k].src) {
				if (c->pron[k].as < c->pron[k].ae)
					fb_reg_insert_mention(c, c->pron[k].src, c->pron[k].apara, c->pron[k].as, c->pron[k].ae);
				fb_reg_insert_mention(c, c->pron[k].src, c->para, c->pron[k].s, c->pron[k].e);
				break;
			}
	pronoun_mentions(c, cues, n);
	if (!n)
		return;
	/* "..., Governor Says": a title alone names the headline's source
	 * until the body names the person (headline_role) */
	for (size_t i = 0; i < n && c->para == c->title_para && c->head_role < 0; i++) {
		const fb_source *hs = cues[i].nsrc ? &c->a->src[cues[i].src[0]] : NULL;
		if (hs && hs->kind == FB_SK_ANONYMOUS && fb_lexicon_get(c->at->lx[L_TITLES], hs->name, strlen(hs->name)))
			c->head_role = cues[i].src[0];
	}
	int via = sentence_via(c, cues, n);
	/* every source the sentence names */
	int all[FB_MAX_SRC];
	size_t nall = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < cues[i].nsrc; k++) {
			int dup = 0;
			for (size_t m = 0; m < nall; m++)
				dup |= all[m] == cues[i].src[k];
			if (!dup && nall < FB_MAX_SRC)
				all[nall++] = cues[i].src[k];
		}
	fold_cues(cues, n);
	int actor = -1;
	for (size_t i = 0; i < n; i++)
		if (cues[i].actor == 1 && cues[i].nsrc)
			actor = cues[i].src[0];
	size_t made = 0, prev_end = st->start;
	for (size_t i = 0; i < n; i++) {
		cue *k = &cues[i];
		if (k->actor)
			continue;
		fb_attr_pick_primary(c, k);
		size_t s = st->start, e = st->end;
		if (k->quote >= 0 && (c->q[k->quote].open >= st->end || c->q[k->quote].close <= st->start)) {
			cue_owns_quote(c, k, via);
			continue;
		}
		if (k->quote >= 0) {
			s = c->q[k->quote].open > st->start ? c->q[k->quote].open : st->start;
			e = c->q[k->quote].close < st->end ? c->q[k->quote].close : st->end;
		} else if (k->dir > 0) {
			s = k->anchor;
			for (size_t m = i + 1; m < n; m++)
				if (!cues[m].actor && cues[m].cs > s) {
					e = cues[m].dir < 0 ? cues[m].anchor > s ? cues[m].anchor : cues[m].cs : cues[m].cs;
					break;
				}
		} else if (k->dir < 0) {
			s = prev_end;
			e = k->anchor;
		}
		if (k->dir > 0 || k->quote >= 0)
			prev_end = e > k->ce ? e : k->ce;
		else
			prev_end = k->ce;
		trim(c->buf, &s, &e);
		if (e <= s) {
			s = st->start;
			e = st->end;
		}
		fb_attrib *x = push_stretch(c, si, k, s, e, all, nall, via, actor);
		/* the paragraph's speaker is the outer cue's, not a nested one's
		 * ("X wrote that Y had claimed ...") */
		if (!(i > 0 && cues[i - 1].dir > 0 && !cues[i - 1].actor && k->cs > cues[i - 1].ce &&
		    c->para_speaker[c->para] == cues[i - 1].src[0]))
			c->para_speaker[c->para] = x->source;
		made++;
	}
	if (!made && actor >= 0)
		actor_stretch(c, si, cues, n, all, nall, actor);
}

static int cmp_attr(const void *x, const void *y)
{
	const fb_attrib *a = x, *b = y;
	if (a->sent != b->sent)
		return a->sent < b->sent ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Gives every sentence of a quotation its speaker, and flags sentences
 * that lie mostly inside one. */
static void quote_pass(ctx *c)
{
	const fb_doc *d = c->doc;
	size_t qi = 0, nattr = c->a->nattr;
	/* a quotation that opens a paragraph with no cue of its own, after a
	 * paragraph with a named speaker, is that speaker's (news convention) */
	for (size_t k = 0; k < c->nq; k++) {
		quote *q = &c->q[k];
		size_t p = q->para;
		if (q->speaker >= 0 || p == 0 || p >= d->npara || q->open != d->para[p].start ||
		    c->para_speaker[p] >= 0)
			continue;
		size_t pp = p - 1;
		while (pp > 0 && d->para[pp].boilerplate)
			pp--;
		int s = c->para_speaker[pp];
		if (s < 0 || (c->a->src[s].kind != FB_SK_PERSON && c->a->src[s].kind != FB_SK_ORGANIZATION))
			continue;
		q->speaker = s;
		q->via = -1;
		q->ncands = 0;
		q->flags = 0;
		q->cue_s = q->cue_e = 0;
		c->para_speaker[p] = s;
		for (size_t m = p + 1; m < d->npara && d->para[m].start < q->close; m++)
			if (c->para_speaker[m] < 0)
				c->para_speaker[m] = s;
	}
	for (size_t si = 0; si < d->nsent; si++) {
		const fb_sent *st = &d->sent[si];
		if (d->para[st->para].boilerplate)
			continue;
		while (qi < c->nq && c->q[qi].close <= st->start)
			qi++;
		size_t inside = 0;
		for (size_t k = qi; k < c->nq && c->q[k].open < st->end; k++) {
			quote *q = &c->q[k];
			size_t s = q->open > st->start ? q->open : st->start;
			size_t e = q->close < st->end ? q->close : st->end;
			if (e <= s)
				continue;
			inside += e - s;
			/* stretches of the main pass are in sentence order */
			size_t lo = 0, hi = nattr;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (c->a->attr[mid].sent < si)
					lo = mid + 1;
				else
					hi = mid;
			}
			/* '"...," Lee told reporters. "That is the job."': a
			 * quotation that opens a sentence with no cue, after a
			 * sentence of the same paragraph with one, is that
			 * sentence's outer (first) speaker's, a person's or an
			 * organisation's */
			size_t pf = lo;
			while (pf > 0 && c->a->attr[pf - 1].sent + 1 == si)
				pf--;
			if (q->speaker < 0 && q->open == st->start && si > 0 && d->sent[si - 1].para == st->para &&
			    pf < lo && c->a->attr[pf].source >= 0 && !(lo < nattr && c->a->attr[lo].sent == si) &&
			    (c->a->src[c->a->attr[pf].source].kind == FB_SK_PERSON ||
			     c->a->src[c->a->attr[pf].source].kind == FB_SK_ORGANIZATION)) {
				const fb_attrib *pa = &c->a->attr[pf];
				q->speaker = pa->source;
				q->via = pa->via;
				q->ncands = 0;
				q->flags = pa->flags & FB_CF_ANONYMOUS;
				q->cue_s = pa->cue_start;
				q->cue_e = pa->cue_end;
			}
			if (q->speaker < 0)
				continue;
			int have = 0;
			for (size_t m = lo; m < nattr && c->a->attr[m].sent == si; m++)
				if (c->a->attr[m].quote == (int)k)
					have = 1;
			if (have)
				continue;
			fb_attrib *x = push_attr(c);
			x->sent = si;
			x->start = s;
			x->end = e;
			trim(c->buf, &x->start, &x->end);
			x->cue_start = q->cue_s;
			x->cue_end = q->cue_e;
			x->source = q->speaker;
			x->sources[x->nsources++] = q->speaker;
			memcpy(x->candidates, q->cands, sizeof q->cands);
			x->ncandidates = q->ncands;
			x->via = q->via;
			x->quote = (int)k;
			x->flags = q->flags | FB_CF_QUOTED | (c->a->sent_flags[si] & FB_CF_HEDGED);
		}
		if (2 * inside >= st->end - st->start && inside)
			c->a->sent_flags[si] |= FB_CF_QUOTED;
	}
}

/* By source, then in text order. */
static int cmp_hit(const void *x, const void *y)
{
	const struct src_hit *a = x, *b = y;
	if (a->src != b->src)
		return a->src < b->src ? -1 : 1;
	return a->m.start < b->m.start ? -1 : a->m.start > b->m.start;
}

/* Every name of c->names that fits one person registered is a mention of
 * that person, speaker there or not ("Jim Smith runs a shop. ... Smith's
 * shop"), as is every pronoun of c->hits of its source; no source is
 * made. */
static void name_mentions(ctx *c)
{
	/* the pronouns are in c->hits already (pronoun_mentions) */
	for (size_t i = 0; i < c->nnames; i++) {
		int s = name_fits(c, &c->names[i]);
		if (s >= 0)
			*FB_PUSH(c->hits, c->nhits, c->hitcap) = (struct src_hit){ s, c->names[i] };
	}
	struct src_hit *hit = c->hits;
	size_t nhit = c->nhits;
	if (!hit)
		return;
	/* one merge per source: a person named often is not shifted once
	 * per name */
	qsort(hit, nhit, sizeof *hit, cmp_hit);
	fb_mention *add = fb_xcalloc(nhit, sizeof *add);
	for (size_t i = 0; i < nhit;) {
		size_t k = 0;
		int s = hit[i].src;
		for (; i < nhit && hit[i].src == s; i++)
			add[k++] = hit[i].m;
		fb_reg_merge_mentions(c, s, add, k);
	}
	free(add);
}

/* Frees what a source owns (not the source itself). */
static void source_free(fb_source *s)
{
	free(s->name);
	for (size_t k = 0; k < s->naliases; k++)
		free(s->aliases[k]);
	for (size_t k = 0; k < s->nroles; k++)
		free(s->roles[k]);
	free(s->aliases);
	free(s->roles);
	free(s->mentions);
}

/* Index i once source drop is removed and its uses go to keep. */
static int renumber(int i, int keep, int drop)
{
	if (i == drop)
		i = keep;
	return i > drop ? i - 1 : i;
}

/* Drops repeats from v[0, *n) in place. */
static void unique_ids(int *v, unsigned char *n)
{
	unsigned char k = 0;
	for (unsigned char i = 0; i < *n; i++) {
		int dup = 0;
		for (unsigned char j = 0; j < k; j++)
			dup |= v[j] == v[i];
		if (!dup)
			v[k++] = v[i];
	}
	*n = k;
}

/* Makes sources x and y, the person, one: the earlier index keeps their
 * mentions and the person's name, kind, roles and aliases; the other is
 * removed and every stretch renumbered. */
static void merge_sources(ctx *c, int x, int person)
{
	fb_attribution *a = c->a;
	int keep = x < person ? x : person, drop = x < person ? person : x;
	fb_source *k = &a->src[keep], *d = &a->src[drop];
	if (keep != person) {
		fb_source t = *k;
		*k = *d;
		*d = t;
		fb_mention *m = k->mentions;
		size_t nm = k->nmentions;
		k->mentions = d->mentions;
		k->nmentions = d->nmentions;
		k->last = d->last;
		d->mentions = m;
		d->nmentions = nm;
	}
	/* d now holds the title's source: its mentions go over, the rest is
	 * freed */
	for (size_t i = 0; i < d->nmentions; i++)
		fb_reg_insert_mention(c, keep, d->mentions[i].para, d->mentions[i].start, d->mentions[i].end);
	source_free(d);
	memmove(a->src + drop, a->src + drop + 1, (a->nsrc - (size_t)drop - 1) * sizeof *a->src);
	a->nsrc--;
	for (size_t i = 0; i < a->nattr; i++) {
		fb_attrib *t = &a->attr[i];
		if (t->source >= 0)
			t->source = renumber(t->source, keep, drop);
		if (t->via >= 0)
			t->via = renumber(t->via, keep, drop);
		if (t->actor >= 0)
			t->actor = renumber(t->actor, keep, drop);
		for (unsigned char m = 0; m < t->nsources; m++)
			t->sources[m] = renumber(t->sources[m], keep, drop);
		for (unsigned char m = 0; m < t->ncandidates; m++)
			t->candidates[m] = renumber(t->candidates[m], keep, drop);
		unique_ids(t->sources, &t->nsources);
		unique_ids(t->candidates, &t->ncandidates);
		if (t->source == keep)
			t->flags &= ~FB_CF_ANONYMOUS;
	}
}

/* "Tax Plan Will Hurt Farmers, Governor Says": the headline's source named
 * by a title alone (c->head_role) is the person the body names with that
 * title: the first registered whose role fits it ("Gov. Ann Reyes", "the
 * governor, Ann Reyes", "Foreign Minister Tomas Berg" for "Minister"),
 * else the first named so outside any cue. Without one it stays as it
 * is. */
static void headline_role(ctx *c)
{
	if (c->head_role < 0)
		return;
	const fb_source *h = &c->a->src[c->head_role];
	for (size_t i = 0; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		for (size_t r = 0; s->kind == FB_SK_PERSON && (int)i != c->head_role && r < s->nroles; r++)
			if (fb_attr_role_fits(c, s->roles[r], h->name, strlen(h->name))) {
				merge_sources(c, c->head_role, (int)i);
				return;
			}
	}
	if (!c->head_name)
		return;
	fb_source *s = &c->a->src[c->head_role];
	free(s->name);
	s->name = c->head_name;
	c->head_name = NULL;
	s->kind = FB_SK_PERSON;
	s->plural = 0;
	fb_reg_add_role(c, c->head_role, c->head_rs, c->head_re, 1);
	fb_reg_insert_mention(c, c->head_role, c->head_para, c->head_s, c->head_e);
	for (size_t i = 0; i < c->a->nattr; i++)
		if (c->a->attr[i].source == c->head_role)
			c->a->attr[i].flags &= ~FB_CF_ANONYMOUS;
}

fb_attribution *fb_attribute(const fb_attributor *at, const fb_doc *doc)
{
	fb_attribution *a = fb_xcalloc(1, sizeof *a);
	a->sent_flags = fb_xcalloc(doc->nsent ? doc->nsent : 1, sizeof *a->sent_flags);
	ctx c;
	memset(&c, 0, sizeof c);
	c.at = at;
	c.doc = doc;
	c.buf = doc->buf;
	c.a = a;
	c.last_person = c.last_plural = c.last_org = c.last_outlet = -1;
	c.turn = -1;
	c.head_role = -1;
	while (c.title_para < doc->npara && doc->para[c.title_para].boilerplate)
		c.title_para++;
	c.para_speaker = fb_xcalloc(doc->npara ? doc->npara : 1, sizeof *c.para_speaker);
	for (size_t p = 0; p < doc->npara; p++)
		c.para_speaker[p] = -1;
	fb_attr_find_quotes(&c);
	size_t qi = 0, ri = 0;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		if (doc->para[st->para].boilerplate)
			continue;
		/* --compare: a new report starts with no one to refer back to;
		 * a name may still match a source of an earlier report */
		if (doc->nrep > 1 && ri + 1 < doc->nrep && doc->rep[ri + 1].start <= st->start) {
			while (ri + 1 < doc->nrep && doc->rep[ri + 1].start <= st->start)
				ri++;
			c.last_person = c.last_plural = c.last_org = c.last_outlet = -1;
			c.turn = -1;
			free(c.topic);
			c.topic = NULL;
			c.topic_gender = 0;
			for (int g = 0; g < 2; g++) {
				free(c.named[g].name);
				c.named[g].name = NULL;
			}
			for (int g = 0; g < 2; g++) {
				free(c.plural[g].name);
				c.plural[g].name = NULL;
			}
			free(c.titled.name);
			c.titled.name = NULL;
			c.docnote.on = 0;
			c.rep_start = doc->rep[ri].start;
		}
		c.para = st->para;
		while (qi < c.nq && c.q[qi].close <= st->start)
			qi++;
		fb_attr_hedge(&c, si);
		fb_attr_tokenize(&c, st->start, st->end, qi);
		size_t d = fb_attr_stamp_end(&c);
		if (d) {
			memmove(c.t, c.t + d, (c.nt - d) * sizeof *c.t);
			c.nt -= d;
		}
		attribute_sentence(&c, si);
	}
	quote_pass(&c);
	/* mostly in order already; the sort is stable, so skipping it when
	 * nothing is out of order changes nothing */
	int sorted = 1;
	for (size_t i = 1; i < a->nattr && sorted; i++)
		sorted = cmp_attr(&a->attr[i - 1], &a->attr[i]) <= 0;
	if (!sorted)
		qsort(a->attr, a->nattr, sizeof *a->attr, cmp_attr);
	/* a lone capitalised name that never follows another capitalised word
	 * (never "Mr X", never "Jane X") and never got a role is no person:
	 * "Microsoft said" */
	for (size_t i = 0; i < a->nsrc; i++) {
		fb_source *s = &a->src[i];
		if (s->kind != FB_SK_PERSON || s->nroles || s->naliases || strchr(s->name, ' ') ||
		    (i < c.gcap && c.gender[i]) || (s->flags & FB_SF_AMBIGUOUS))
			continue;
		if (!fb_attr_tail_has(&c, fb_attr_lower_hash(s->name, strlen(s->name))))
			s->kind = FB_SK_ORGANIZATION;
	}
	name_mentions(&c);
	headline_role(&c);
	for (size_t i = 0; i < a->nsrc && i < c.gcap; i++)
		a->src[i].gender = c.gender[i];
	/* the quote index is private to this pass */
	free(c.gender);
	free(c.head_name);
	free(c.titled.name);
	free(c.names);
	free(c.hits);
	free(c.topic);
	free(c.named[0].name);
	free(c.named[1].name);
	free(c.plural[0].name);
	free(c.plural[1].name);
	free(c.para_speaker);
	free(c.tails);
	free(c.t);
	free(c.q);
	for (size_t i = 0; i < c.nh; i++)
		free(c.h[i].key);
	free(c.h);
	free(c.bucket);
	free(c.pbucket);
	return a;
}

void fb_attribution_free(fb_attribution *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->nsrc; i++)
		source_free(&a->src[i]);
	free(a->src);
	free(a->attr);
	free(a->sent_flags);
	free(a);
}

int fb_attribution_at(const fb_attribution *a, size_t sent, size_t start, size_t end)
{
	if (!a || !a->nattr)
		return -1;
	/* stretches are sorted by sentence: find the first of this one */
	size_t lo = 0, hi = a->nattr;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a->attr[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	int best = -1, any = -1;
	size_t bestlen = SIZE_MAX;
	for (size_t i = lo; i < a->nattr && a->attr[i].sent == sent; i++) {
		const fb_attrib *x = &a->attr[i];
		if (x->start <= start && end <= x->end && x->end - x->start < bestlen) {
			best = (int)i;
			bestlen = x->end - x->start;
		}
		/* "Police arrested two men, but investigators haven't
		 * confirmed if ...": a negated cue answers for nothing
		 * outside its stretch */
		if ((x->flags & FB_CF_NEGATED) && !(x->start < end && start < x->end))
			continue;
		if (any < 0 || (a->attr[any].source < 0 && x->source >= 0) ||
		    (x->start < end && start < x->end && !(a->attr[any].start < end && start < a->attr[any].end)))
			any = (int)i;
	}
	return best >= 0 ? best : any;
}
