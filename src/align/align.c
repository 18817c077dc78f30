/* align.c - groups claims about the same quantity (measure, subject class,
 * event) and compares their values as intervals. An enumeration also
 * speaks for its sub-classes; a claim about a sub-class is weighed against
 * the whole; reading a loose sub-class as the whole is sent for review.
 * This file: the stage's run and the lists a name stands in apposition to
 * ("three cities, Kirsa, Davar and Oskol"); the groups are formed in
 * align_group.c, their pairs' scopes weighed in align_scope.c, their
 * values compared in align_compare.c and described in align_describe.c. */
#include "align_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The byte after a dash that sets off an apposition at i (" - ", an en or
 * em dash, a colon), or 0 when there is none. */
static size_t list_opener(const char *b, size_t i, size_t end)
{
	while (i < end && b[i] == ' ')
		i++;
	if (i < end && b[i] == ':')
		return i + 1;
	if (i + 1 < end && b[i] == '-' && b[i - 1] == ' ' && b[i + 1] == ' ')
		return i + 1;
	if (i + 2 < end && (unsigned char)b[i] == 0xE2 && (unsigned char)b[i + 1] == 0x80 &&
	    ((unsigned char)b[i + 2] == 0x93 || (unsigned char)b[i + 2] == 0x94))
		return i + 3;
	return 0;
}

/* One name of a list at i ("the Service Employees", "Rosa Delgado",
 * "Ludwig van Beck"): capitalised words, with lower-case particles inside;
 * the byte after it, or 0 when no name starts there. */
static size_t list_name(const char *b, size_t i, size_t end)
{
	while (i < end && b[i] == ' ')
		i++;
	if (i + 4 < end && strncmp(b + i, "the ", 4) == 0)
		i += 4;
	size_t last = 0;
	while (i < end) {
		size_t e = i;
		while (e < end && (fb_isalpha((unsigned char)b[e]) || (unsigned char)b[e] >= 0x80 || b[e] == '\'' ||
		    (b[e] == '-' && e + 1 < end && fb_isalpha((unsigned char)b[e + 1])) || (b[e] == '.' && e == i + 1)))
			e++;
		if (e == i || (unsigned char)b[i] == 0xE2)
			break;
		if (fb_isupper((unsigned char)b[i]))
			last = e;
		else if (!last || fb_word_eq(b + i, e - i, "and") || e >= end || b[e] != ' ' || e + 1 >= end ||
		    !fb_isupper((unsigned char)b[e + 1]))
			break; /* a particle only between capitals: "van", "de" */
		if (e >= end || b[e] != ' ')
			break;
		i = e + 1;
	}
	return last;
}

/* "five children - Ana, Ben and Cleo": the number of names apposed to the
 * count at q (its noun right after it), 0 when no closed list follows.
 * The list runs from *ls to *le. */
static size_t apposed_list(const char *b, const fb_quantity *q, size_t end, size_t *ne, size_t *ls, size_t *le)
{
	size_t i = q->end, words = 0;
	/* the counted noun: at most three words, no digits */
	while (words < 3) {
		size_t j = i;
		while (j < end && b[j] == ' ')
			j++;
		size_t e = j;
		while (e < end && (fb_isalpha((unsigned char)b[e]) || (e > j && (b[e] == '-' || b[e] == '\''))))
			e++;
		if (e == j)
			break;
		i = e;
		words++;
	}
	if (!words && !(q->end > q->start && fb_isalpha((unsigned char)b[q->end - 1])))
		return 0;
	size_t at = list_opener(b, i, end);
	if (!at)
		return 0;
	size_t n = 0, last_and = 0;
	*ne = i;
	while (at < end && b[at] == ' ')
		at++;
	*ls = at;
	for (;;) {
		size_t e = list_name(b, at, end);
		if (!e)
			return 0; /* not a list of names: "three officers: two of them ..." */
		n++;
		*le = e;
		if (last_and) {
			if (e + 2 < end && b[e] == ',' && b[e + 1] == ' ' && fb_isupper((unsigned char)b[e + 2]))
				return 0; /* "Dayton, Ohio, and Erie, Pa.": names with their states */
			break;
		}
		if (e + 5 < end && strncmp(b + e, " and ", 5) == 0)
			at = e + 5, last_and = 1;
		else if (e + 6 < end && strncmp(b + e, ", and ", 6) == 0)
			at = e + 6, last_and = 1;
		else if (e + 2 < end && b[e] == ',' && b[e + 1] == ' ')
			at = e + 2;
		else
			return 0; /* no "and" before the last: maybe not all are named */
	}
	return n >= 2 ? n : 0;
}

/* A count against its own apposed list ("Five states - Georgia, Arizona
 * and Nevada"): a list of another length is a conflict, in a group of its
 * own that names the list. */
static void apposed_lists(const aligner *a, fb_alignment *al, size_t *gcap)
{
	const char *b = a->doc->buf;
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_scope *s = &a->sc[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || !align_comparable(s) || s->function != FB_QF_COUNT ||
		    s->determiner == FB_DET_PARTITIVE || s->role != FB_RO_TOTAL || s->whole)
			continue; /* ("won three of the five states - A, B and C": the part's list) */
		const fb_quantity *q = &a->ql->q[k->quantity];
		if (q->kind != FB_QK_COUNT || !q->has_value || q->approx || q->vague || q->nparts || q->unit ||
		    q->value < 2 || q->value > 20 || q->value != floor(q->value))
			continue;
		size_t ne, ls, le, n = apposed_list(b, q, a->doc->sent[k->sent].end, &ne, &ls, &le);
		/* "three cities - Dayton, Ohio, and Erie, Pa.": places with their
		 * states are twice as many names */
		if (!n || (double)n == q->value || (double)n == 2 * q->value)
			continue;
		fb_group *g = FB_PUSH(al->g, al->ng, *gcap);
		memset(g, 0, sizeof *g);
		g->measure = k->measure;
		g->subject = s->head ? s->head : k->subject ? k->subject : "names";
		g->nclaims = 1;
		g->claims = fb_xcalloc(1, sizeof *g->claims);
		g->claims[0] = ci;
		g->status = FB_ST_CONFLICT;
		g->pairs = fb_xcalloc(1, sizeof *g->pairs);
		g->npairs = 1;
		fb_pair *p = &g->pairs[0];
		p->a = p->b = ci;
		fb_buf r = { 0 };
		align_put_text(&r, b + q->start, ne - q->start);
		fb_buf_printf(&r, " (paragraph %zu) vs %zu named: ", align_para_of(a, ci) + 1, n);
		align_put_text(&r, b + ls, le - ls);
		fb_buf_printf(&r, "; compared on: same event E%d, its own list", k->event + 1);
		p->reason = r.p;
		p->anchors[0].slot = "event";
		p->anchors[0].value = fb_xasprintf("E%d", k->event + 1);
		p->anchors[1].slot = "list";
		p->anchors[1].value = fb_fold_text(b + ls, le - ls);
		p->nanchors = 2;
		fb_buf sm = { 0 };
		fb_buf_printf(&sm, "number of %s: a count against its own list of %zu", g->subject, n);
		g->summary = sm.p;
		al->claim_status[ci] = FB_ST_CONFLICT;
	}
}

/* "Our 38,400 donors", said a campaign's manager: a count after "our" or
 * "my" in what a source says is that source's (its name the holder). */
static void first_person_holders(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, fb_scope *sc)
{
	for (size_t i = 0; at && i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		if (sc[i].holder || !sc[i].set || k->quantity < 0 || k->attr < 0 || at->attr[k->attr].source < 0)
			continue;
		size_t e = ql->q[k->quantity].start;
		while (e > 0 && doc->buf[e - 1] == ' ')
			e--;
		size_t s = e;
		while (s > 0 && fb_isalpha((unsigned char)doc->buf[s - 1]))
			s--;
		if (fb_word_eq(doc->buf + s, e - s, "our") || fb_word_eq(doc->buf + s, e - s, "my"))
			sc[i].holder = fb_xstrdup(at->src[at->attr[k->attr].source].name);
	}
}

/* A person's mention, in text order (pronoun_holders). */
typedef struct {
	size_t start;
	int src;
} person_at;

static int by_start(const void *p, const void *q)
{
	const person_at *x = p, *y = q;
	return (x->start > y->start) - (x->start < y->start);
}

/* "Her campaign said the 1,520 delegates she has won ...": a pronoun
 * the scope stage found no holder for in its paragraph holds for the
 * person named last before it who is not known to be of the other
 * gender (fb_source.gender). The mentions are sorted once; each pronoun
 * looks back over a bounded number of them. */
static void pronoun_holders(const fb_qlist *ql, const fb_attribution *at, const fb_claims *c, fb_scope *sc)
{
	size_t want = 0;
	for (size_t i = 0; at && i < c->nc; i++)
		want += sc[i].pron && !sc[i].holder && c->c[i].quantity >= 0;
	if (!want)
		return;
	size_t n = 0;
	for (size_t s = 0; s < at->nsrc; s++)
		if (at->src[s].kind == FB_SK_PERSON && !(at->src[s].flags & FB_SF_AMBIGUOUS))
			n += at->src[s].nmentions;
	if (!n)
		return;
	person_at *m = fb_xcalloc(n, sizeof *m);
	n = 0;
	for (size_t s = 0; s < at->nsrc; s++)
		if (at->src[s].kind == FB_SK_PERSON && !(at->src[s].flags & FB_SF_AMBIGUOUS))
			for (size_t k = 0; k < at->src[s].nmentions; k++)
				m[n].start = at->src[s].mentions[k].start, m[n++].src = (int)s;
	qsort(m, n, sizeof *m, by_start);
	for (size_t i = 0; i < c->nc; i++) {
		if (!sc[i].pron || sc[i].holder || c->c[i].quantity < 0)
			continue;
		size_t at_q = ql->q[c->c[i].quantity].start, lo = 0, hi = n;
		while (lo < hi) { /* the first mention at or after the number */
			size_t mid = lo + (hi - lo) / 2;
			if (m[mid].start < at_q)
				lo = mid + 1;
			else
				hi = mid;
		}
		char other = sc[i].pron == 2 ? 'm' : 'f';
		for (size_t k = lo, look = 0; k-- > 0 && look < 64; look++)
			if (at->src[m[k].src].gender != other) {
				sc[i].holder = fb_xstrdup(at->src[m[k].src].name);
				break;
			}
	}
	free(m);
}

fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const fb_claims *c)
{
	aligner a = { .cl = cl, .doc = doc, .ql = ql, .at = at, .c = c, .index = fb_lexicon_new() };
	fb_alignment *al = fb_xcalloc(1, sizeof *al);
	al->scope = fb_scopes_build(cl, doc, ql, c);
	al->nscope = c->nc;
	first_person_holders(doc, ql, at, c, al->scope);
	pronoun_holders(ql, at, c, al->scope);
	a.sc = al->scope;
	a.heads = fb_lexicon_new();
	a.hs = align_head_stats(&a, a.heads);
	a.first_part = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.first_part);
	a.subject = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.subject);
	a.said_at = fb_lexicon_new();
	a.next_part = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.next_part);
	a.restates = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.restates);
	for (size_t i = 0; i < c->nc; i++)
		a.first_part[i] = a.next_part[i] = -1;
	for (size_t i = c->nc; i-- > 0;)
		if (a.sc[i].part_of >= 0) {
			a.next_part[i] = a.first_part[a.sc[i].part_of];
			a.first_part[a.sc[i].part_of] = (int)i;
		}
	al->claim_group = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_group);
	al->claim_status = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_status);
	for (size_t i = 0; i < c->nc; i++) {
		al->claim_group[i] = -1;
		const fb_quantity *q = align_quantity_of(&a, &c->c[i]);
		al->claim_status[i] = q && q->vague && !q->has_min && !q->has_max ? FB_ST_UNVERIFIABLE : FB_ST_SINGLE;
	}
	align_collect(&a);
	align_across_predicates(&a);
	align_sum_restatements(&a);
	align_definite_restatements(&a);
	align_title_restatements(&a);
	align_value_restatements(&a);
	/* groups: every bucket with a voice of its own, in order of first
	 * claim; sub-class voices alone make no group */
	size_t gcap = 0;
	for (size_t i = 0; i < a.nb; i++) {
		bucket *b = &a.b[i];
		if (!b->direct)
			continue;
		align_compare(&a, b, &al->g, &al->ng, &gcap, al->claim_status);
	}
	apposed_lists(&a, al, &gcap);
	align_split_sums(&a, al, &gcap);
	align_building_floors(&a, al, &gcap);
	/* a claim's group: the first group where it speaks of its own class */
	for (size_t gi = 0; gi < al->ng; gi++)
		for (size_t k = 0; k < al->g[gi].nclaims; k++) {
			size_t ci = al->g[gi].claims[k];
			const char *subj = a.subject[ci];
			if (al->claim_group[ci] < 0 && subj && strcmp(subj, al->g[gi].subject) == 0)
				al->claim_group[ci] = (int)gi;
		}
	for (size_t i = 0; i < a.nb; i++) {
		free(a.b[i].m);
		free(a.b[i].context);
	}
	free(a.b);
	fb_lexicon_free(a.index);
	fb_lexicon_free(a.heads);
	free(a.hs);
	free(a.first_part);
	free(a.subject);
	free(a.said);
	fb_lexicon_free(a.said_at);
	free(a.next_part);
	free(a.restates);
	return al;
}

void fb_alignment_free(fb_alignment *al)
{
	if (!al)
		return;
	for (size_t i = 0; i < al->ng; i++) {
		for (size_t k = 0; k < al->g[i].npairs; k++) {
			free(al->g[i].pairs[k].reason);
			for (size_t j = 0; j < al->g[i].pairs[k].nanchors; j++)
				free(al->g[i].pairs[k].anchors[j].value);
		}
		free(al->g[i].pairs);
		free(al->g[i].claims);
		free(al->g[i].summary);
	}
	free(al->g);
	free(al->claim_group);
	free(al->claim_status);
	fb_scopes_free(al->scope, al->nscope);
	free(al);
}
