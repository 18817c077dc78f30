/* align_sets.c - a count checked against another telling of its set: the
 * parts a later sentence splits it into ("Of those, 38 are adults and 19
 * are children") and a building's height told as a compound and as its
 * floors ("a 22-story tower", "the building's 24 floors"). Each makes a
 * group of its own, as the apposed lists of align.c do. */
#include "align_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
void align_split_sums(const aligner *a, fb_alignment *al, size_t *gcap)
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

/* Is q a building's height ("22-story", "30-storey", "9-floor")? */
static int height_unit(const fb_quantity *q)
{
	return q->unit && (strcmp(q->unit, "storey") == 0 || strcmp(q->unit, "floor") == 0);
}

/* Is claim ci a definite count of floors ("the building's 24 floors",
 * "its 24 stories", "all 24 floors")? */
static int definite_floors(const aligner *a, size_t ci)
{
	const fb_claim *k = &a->c->c[ci];
	const fb_scope *s = &a->sc[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	if (k->type != FB_CT_NUMERIC || !q || !q->has_value || q->vague || k->increment || !align_comparable(s) ||
	    s->function != FB_QF_COUNT || s->role != FB_RO_TOTAL || s->part_of >= 0 ||
	    (s->determiner != FB_DET_DEFINITE && s->determiner != FB_DET_UNIVERSAL))
		return 0;
	if (q->kind == FB_QK_MEASURE)
		return height_unit(q);
	return q->kind == FB_QK_COUNT && !q->unit && s->head &&
	       (strcmp(s->head, "floor") == 0 || strcmp(s->head, "storey") == 0 || strcmp(s->head, "story") == 0);
}

/* A year the scope's time names ("in 2011"): another building's time. */
static int of_a_year(const fb_scope *s, char *buf, size_t n)
{
	return s->time && fb_time_norm(s->time, buf, n) && strlen(buf) == 4;
}

/* "A fire swept through a 22-story apartment tower" ... "Engineers will
 * inspect the building's 24 floors": a definite count of floors tells the
 * height of the one building a height compound before it in its event
 * named ("a 22-story tower"; not "a nine-story building in 2011", a year's
 * other building). Two heights there, or none: left alone. */
void align_building_floors(const aligner *a, fb_alignment *al, size_t *gcap)
{
	const char *b = a->doc->buf;
	size_t first = al->ng; /* this rule's groups */
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		if (!definite_floors(a, ci))
			continue;
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		size_t found = SIZE_MAX;
		int n = 0;
		char yk[32], yj[32];
		int year = of_a_year(&a->sc[ci], yk, sizeof yk);
		for (size_t cj = ci, look = 0; cj-- > 0 && look < 400; look++) {
			const fb_claim *kj = &a->c->c[cj];
			const fb_quantity *qj = align_quantity_of(a, kj);
			if (kj->type != FB_CT_NUMERIC || !qj || qj->kind != FB_QK_MEASURE || !height_unit(qj) ||
			    a->sc[cj].function != FB_QF_LABEL || !qj->has_value || kj->event != k->event || kj->sent == k->sent)
				continue;
			int yj_set = of_a_year(&a->sc[cj], yj, sizeof yj);
			if (yj_set != year || (year && strcmp(yk, yj) != 0))
				continue;
			n++;
			found = cj;
		}
		if (n != 1)
			continue;
		const fb_quantity *qf = align_quantity_of(a, &a->c->c[found]);
		int conflict = qf->value != q->value;
		/* one group a building: its compound, then each count of its floors */
		fb_group *g = NULL;
		for (size_t gi = first; gi < al->ng && !g; gi++)
			if (al->g[gi].claims[0] == found)
				g = &al->g[gi];
		if (!g) {
			g = FB_PUSH(al->g, al->ng, *gcap);
			memset(g, 0, sizeof *g);
			g->measure = "height";
			g->subject = "floor";
			g->claims = fb_xcalloc(1, sizeof *g->claims);
			g->claims[g->nclaims++] = found;
			g->status = FB_ST_CONSISTENT;
			g->independent = 1;
		}
		g->claims = fb_xrealloc(g->claims, g->nclaims + 1, sizeof *g->claims);
		g->claims[g->nclaims++] = ci;
		if (conflict)
			g->status = FB_ST_CONFLICT;
		fb_buf sm = { 0 };
		fb_buf_printf(&sm, "floors of the building: %.0f against %.0f", qf->value, q->value);
		free(g->summary);
		g->summary = sm.p;
		for (size_t i = 0; i < g->nclaims; i++)
			if (g->status == FB_ST_CONFLICT || al->claim_status[g->claims[i]] == FB_ST_SINGLE)
				al->claim_status[g->claims[i]] = g->status;
		if (!conflict)
			continue;
		g->pairs = fb_xrealloc(g->pairs, g->npairs + 1, sizeof *g->pairs);
		fb_pair *pr = &g->pairs[g->npairs++];
		memset(pr, 0, sizeof *pr);
		pr->a = found, pr->b = ci;
		fb_buf r = { 0 };
		align_put_text(&r, b + qf->start, qf->end - qf->start);
		fb_buf_printf(&r, " (paragraph %zu) vs ", align_para_of(a, found) + 1);
		size_t e = k->noun_end > q->end && k->noun_end <= a->doc->sent[k->sent].end ? k->noun_end : q->end;
		align_put_text(&r, b + q->start, e - q->start);
		fb_buf_printf(&r, " (paragraph %zu); compared on: the floors of the one building of that height",
		    align_para_of(a, ci) + 1);
		pr->reason = r.p;
		pr->anchors[0].slot = "determiner";
		pr->anchors[0].value = fb_xstrdup("the floors of the one building of that height");
		pr->nanchors = 1;
	}
}
