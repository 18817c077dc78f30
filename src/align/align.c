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
		    s->determiner == FB_DET_PARTITIVE || s->role != FB_RO_TOTAL)
			continue;
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

/* The byte after a sentence's anaphoric partitive opener, "Of those,",
 * "Of them,", "Among those sickened,": a set named before, split in the
 * clause that follows; the participle, if any ("sickened"), in [*vs, *ve).
 * 0 when the sentence has no such opener. */
static size_t those_opener(const char *b, size_t i, size_t end, size_t *vs, size_t *ve)
{
	static const char *const openers[] = { "Of those", "Of them", "Among those", "Among them" };
	*vs = *ve = 0;
	if (i < end && b[i] == '"')
		i++;
	else if (i + 3 <= end && (unsigned char)b[i] == 0xE2 && (unsigned char)b[i + 1] == 0x80 &&
	         (unsigned char)b[i + 2] == 0x9C) /* a quote's opening mark */
		i += 3;
	for (size_t o = 0; o < sizeof openers / sizeof *openers; o++) {
		size_t n = strlen(openers[o]);
		if (i + n >= end || strncmp(b + i, openers[o], n) != 0 || fb_isalpha((unsigned char)b[i + n]))
			continue;
		size_t j = i + n;
		for (int w = 0; w < 2 && j < end && b[j] == ' '; w++) { /* "Of those sickened," */
			size_t ws = j + 1, we = ws;
			while (we < end && fb_islower((unsigned char)b[we]))
				we++;
			if (we == ws)
				return 0;
			if (!*ve)
				*vs = ws, *ve = we;
			j = we;
		}
		return j < end && b[j] == ',' ? j + 1 : 0;
	}
	return 0;
}

/* Does the text between two counts, [i, e), open a part of the first
 * ("including", "of whom", "who")? */
static int sub_part(const char *b, size_t i, size_t e)
{
	static const char *const words[] = { "including", "whom", "who", "which", "among" };
	while (i < e) {
		while (i < e && !fb_isalpha((unsigned char)b[i]))
			i++;
		size_t ws = i;
		while (i < e && fb_isalpha((unsigned char)b[i]))
			i++;
		for (size_t w = 0; w < sizeof words / sizeof *words; w++)
			if (fb_word_eq(b + ws, i - ws, words[w]))
				return 1;
	}
	return 0;
}

/* A count the parts-sum rule can add: exact, of things, with a noun. */
static int plain_count(const aligner *a, size_t ci)
{
	const fb_claim *k = &a->c->c[ci];
	const fb_scope *s = &a->sc[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	return k->type == FB_CT_NUMERIC && q && q->kind == FB_QK_COUNT && q->has_value && !q->approx && !q->vague &&
	       !q->unit && !q->nparts && !k->increment && s->function == FB_QF_COUNT && align_comparable(s) &&
	       q->value == floor(q->value);
}

/* The kind a count after "Of those" counts: its subject, or else the noun
 * after it and its verb ("93 are children under 18", where the age took
 * the noun), when that is a kind of people or thing the classes know;
 * NULL when none. */
static const char *part_kind(const aligner *a, size_t ci)
{
	if (a->subject[ci])
		return a->subject[ci];
	const fb_quantity *q = align_quantity_of(a, &a->c->c[ci]);
	const char *b = a->doc->buf;
	size_t e = a->doc->sent[q->sent].end, i = q->end;
	for (int w = 0; w < 2; w++) {
		while (i < e && b[i] == ' ')
			i++;
		size_t ws = i;
		while (i < e && fb_islower((unsigned char)b[i]))
			i++;
		if (i == ws || (i < e && fb_isalnum((unsigned char)b[i])))
			return NULL;
		if (w == 0 && (fb_word_eq(b + ws, i - ws, "are") || fb_word_eq(b + ws, i - ws, "were") ||
		               fb_word_eq(b + ws, i - ws, "is") || fb_word_eq(b + ws, i - ws, "was")))
			continue;
		return fb_class_of(a->cl, b + ws, i - ws);
	}
	return NULL;
}

/* Kinds of people that split a set with no overlap, each a list ending in
 * NULL: by age ("adults" and "children"), by sex and age ("men", "women"
 * and "children"). Kinds of people outside one list may overlap ("adults"
 * and "women", "children" and "students"). */
static const char *const split_axes[][6] = {
	{ "adults", "children", NULL },
	{ "adults", "minors", NULL },
	{ "men", "women", "children", NULL },
	{ "men", "women", "boys", "girls", NULL },
};

/* Is x on the axis, in its plural or singular ("girl")? */
static int on_axis(const char *const *axis, const char *x)
{
	size_t n = strlen(x);
	for (size_t i = 0; axis[i]; i++)
		if (strcmp(axis[i], x) == 0 || (strlen(axis[i]) == n + 1 && strncmp(axis[i], x, n) == 0))
			return 1;
	return 0;
}

/* May counts of kinds x and y be parts of one set that do not overlap? */
static int kinds_apart(const aligner *a, const char *x, const char *y)
{
	if (strcmp(x, y) == 0 || fb_class_within(a->cl, x, y) || fb_class_within(a->cl, y, x))
		return 0;
	if (!fb_names_people(a->cl, x) && !fb_names_people(a->cl, y))
		return 1; /* "40 were homes and 12 were shops" */
	for (size_t i = 0; i < sizeof split_axes / sizeof *split_axes; i++)
		if (on_axis(split_axes[i], x) && on_axis(split_axes[i], y))
			return 1;
	return 0;
}

/* Is the count q followed by "are", "were" ("131 are adults")? */
static int copula_after(const aligner *a, const fb_quantity *q)
{
	const char *b = a->doc->buf;
	size_t e = a->doc->sent[q->sent].end, i = q->end;
	while (i < e && b[i] == ' ')
		i++;
	size_t ws = i;
	while (i < e && fb_isalpha((unsigned char)b[i]))
		i++;
	return fb_word_eq(b + ws, i - ws, "are") || fb_word_eq(b + ws, i - ws, "were");
}

/* Is the count q an age bound after a part's noun ("children under 18",
 * "adults aged 65 and older")? The bound's word is its first or the one
 * before it. */
static int age_bound(const aligner *a, const fb_quantity *q)
{
	static const char *const words[] = { "under", "over", "aged", "ages", "age" };
	const char *b = a->doc->buf;
	size_t lo = a->doc->sent[q->sent].start, i = q->start, ws, we;
	for (we = i; we < q->end && fb_isalpha((unsigned char)b[we]); we++)
		;
	ws = i;
	if (we == ws) {
		while (i > lo && b[i - 1] == ' ')
			i--;
		we = i;
		while (i > lo && fb_isalpha((unsigned char)b[i - 1]))
			i--;
		ws = i;
	}
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		if (fb_word_eq(b + ws, we - ws, words[w]))
			return 1;
	return 0;
}

/* The whole the parts p[0..np) after "Of those" split: the nearest
 * earlier count, in its paragraph or the three before, of a class that
 * holds theirs (people of people), larger than each, done as the opener's
 * participle says when it has one; SIZE_MAX when none. */
static size_t split_whole(const aligner *a, const size_t *p, size_t np, const char *verb, size_t vn)
{
	const char *measure = NULL;
	char own[32] = "";
	if (vn) { /* a listed verb's measure, or the verb ("sickened") */
		const fb_entry *e = fb_lexicon_get(a->cl->measures, verb, vn);
		snprintf(own, sizeof own, "%.*s", (int)(vn < sizeof own ? vn : 0), verb);
		measure = e && e->nfield && e->field[0] ? e->field[0] : own;
	}
	size_t pi = align_para_of(a, p[0]);
	double most = 0;
	for (size_t i = 0; i < np; i++) {
		double v = align_quantity_of(a, &a->c->c[p[i]])->value;
		most = v > most ? v : most;
	}
	for (size_t cj = p[0], look = 0; cj-- > 0 && look < 64; look++) {
		if (align_para_of(a, cj) + 3 < pi)
			break;
		if (!plain_count(a, cj) || !a->subject[cj] || a->sc[cj].determiner == FB_DET_PARTITIVE || a->sc[cj].role != FB_RO_TOTAL ||
		    a->sc[cj].part_of >= 0)
			continue;
		const char *w = a->subject[cj];
		int holds = 1;
		for (size_t i = 0; i < np && holds; i++) {
			const char *x = part_kind(a, p[i]);
			holds = fb_class_within(a->cl, x, w) || (fb_names_people(a->cl, x) && fb_names_people(a->cl, w));
		}
		if (!holds || align_quantity_of(a, &a->c->c[cj])->value <= most)
			continue;
		if (measure) {
			const char *m = a->sc[cj].measure ? a->sc[cj].measure : a->c->c[cj].measure;
			if (!m || strcmp(m, measure) != 0)
				continue;
		}
		return cj;
	}
	return SIZE_MAX;
}

/* "sickened 168 people ... Of those, 102 are adults and 76 are children":
 * counts of different kinds after an anaphoric opener split the set named
 * before, so they add up to no more than it (and a sum equal to it agrees
 * with it). Parts of one kind, or of kinds one within the other ("women",
 * "mothers"), may overlap and are left alone. */
static void split_sums(const aligner *a, fb_alignment *al, size_t *gcap)
{
	const char *b = a->doc->buf;
	for (size_t ci = 0; ci < a->c->nc;) {
		size_t sent = a->c->c[ci].sent, end = ci;
		while (end < a->c->nc && a->c->c[end].sent == sent)
			end++;
		size_t s0 = a->doc->sent[sent].start, vs, ve, body = those_opener(b, s0, a->doc->sent[sent].end, &vs, &ve);
		/* with no opener, a clause of its own made of "N are X" parts
		 * ("The patients range in age from 1 to 90; 131 are adults and
		 * 83 are children"): the sentence, or what follows its last
		 * semicolon before them */
		int bare = !body;
		size_t p[FB_MAX_PARTS], np = 0;
		int ok = 1;
		for (size_t i = ci; i < end && ok; i++) {
			const fb_claim *k = &a->c->c[i];
			const fb_quantity *q = align_quantity_of(a, k);
			if (k->type != FB_CT_NUMERIC || !q || q->kind == FB_QK_DATE || q->kind == FB_QK_TIME ||
			    a->sc[i].function == FB_QF_LABEL || (np && age_bound(a, q)))
				continue;
			if (bare && !np) { /* the clause must open with the first part */
				size_t j = q->start;
				while (j > s0 && (b[j - 1] == ' ' || b[j - 1] == '"'))
					j--;
				if (j > s0 && b[j - 1] != ';')
					continue;
				body = q->start;
			}
			if (!body)
				continue;
			/* "..., including 15 who were hospitalized": a part of a
			 * part ends the list */
			if (np >= 2 && sub_part(b, align_quantity_of(a, &a->c->c[p[np - 1]])->end, q->start))
				break;
			ok = plain_count(a, i) && part_kind(a, i) && q->start >= body && np < FB_MAX_PARTS &&
			     (!bare || copula_after(a, q));
			for (size_t j = 0; j < np && ok; j++) {
				const char *x = part_kind(a, p[j]), *y = part_kind(a, i);
				ok = kinds_apart(a, x, y);
			}
			if (ok)
				p[np++] = i;
		}
		ci = end;
		if (!ok || np < 2)
			continue;
		size_t w = split_whole(a, p, np, b + vs, ve - vs);
		if (w == SIZE_MAX)
			continue;
		const fb_quantity *qw = align_quantity_of(a, &a->c->c[w]);
		double sum = 0;
		for (size_t i = 0; i < np; i++)
			sum += align_quantity_of(a, &a->c->c[p[i]])->value;
		if (sum < qw->value || qw->approx)
			continue; /* the rest may be of kinds not named */
		int conflict = sum > qw->value;
		fb_group *g = FB_PUSH(al->g, al->ng, *gcap);
		memset(g, 0, sizeof *g);
		g->measure = a->c->c[w].measure;
		g->subject = a->subject[w];
		g->nclaims = np + 1;
		g->claims = fb_xcalloc(np + 1, sizeof *g->claims);
		g->claims[0] = w;
		memcpy(g->claims + 1, p, np * sizeof *p);
		g->status = conflict ? FB_ST_CONFLICT : FB_ST_CONSISTENT;
		g->independent = 1;
		fb_buf sm = { 0 };
		fb_buf_printf(&sm, "number of %s: %zu parts adding up to %.0f, against %.0f", g->subject, np, sum, qw->value);
		g->summary = sm.p;
		for (size_t i = 0; i <= np; i++)
			if (conflict || al->claim_status[g->claims[i]] == FB_ST_SINGLE)
				al->claim_status[g->claims[i]] = g->status;
		if (!conflict)
			continue;
		g->pairs = fb_xcalloc(1, sizeof *g->pairs);
		g->npairs = 1;
		fb_pair *pr = &g->pairs[0];
		pr->a = w, pr->b = p[0];
		fb_buf r = { 0 };
		const fb_quantity *q0 = align_quantity_of(a, &a->c->c[p[0]]);
		const fb_claim *kw = &a->c->c[w];
		size_t we = kw->noun_end > qw->end && kw->noun_end <= a->doc->sent[qw->sent].end ? kw->noun_end : qw->end;
		align_put_text(&r, b + qw->start, we - qw->start); /* "168 people" */
		fb_buf_printf(&r, " (paragraph %zu) vs its parts ", align_para_of(a, w) + 1);
		align_put_text(&r, b + q0->start, q0->end - q0->start);
		for (size_t i = 1; i < np; i++) {
			const fb_quantity *qi = align_quantity_of(a, &a->c->c[p[i]]);
			fb_buf_printf(&r, i + 1 < np ? ", " : " and ");
			align_put_text(&r, b + qi->start, qi->end - qi->start);
		}
		fb_buf_printf(&r, " (paragraph %zu), adding up to %.0f; compared on: the later sentence splits the earlier "
		                  "set", align_para_of(a, p[0]) + 1, sum);
		pr->reason = r.p;
		pr->anchors[0].slot = "determiner";
		pr->anchors[0].value = fb_xstrdup("the later sentence splits the earlier set");
		pr->nanchors = 1;
	}
}

fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const fb_claims *c)
{
	aligner a = { .cl = cl, .doc = doc, .ql = ql, .at = at, .c = c, .index = fb_lexicon_new() };
	fb_alignment *al = fb_xcalloc(1, sizeof *al);
	al->scope = fb_scopes_build(cl, doc, ql, c);
	al->nscope = c->nc;
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
	split_sums(&a, al, &gcap);
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
