/* align_compare.c - a group's pairs compared: restatements and parts,
 * times and agents of the event, values that point elsewhere or back
 * another, the status and the conflicting pairs. */
#include "align_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Do the three words after the whole's noun ("the 23 people wounded in
 * Monday's blast") name measure? Then a part of it read with that measure
 * took the whole's word, not a verb of its own. */
static int whole_says_measure(const aligner *a, const fb_quantity *qw, const char *measure)
{
	const char *b = a->doc->buf;
	size_t end = a->doc->sent[qw->sent].end, i = qw->noun_end > qw->end ? qw->noun_end : qw->end;
	size_t ws;
	for (int n = 0; n < 3 && i < end; n++) {
		if (!align_next_word(b, &i, end, &ws))
			return 0;
		const fb_entry *e = fb_lexicon_get(a->cl->measures, b + ws, i - ws);
		if (e && e->nfield && e->field[0] && strcmp(e->field[0], measure) == 0)
			return 1;
	}
	return 0;
}

/* "2,118 of them cast ballots": a part of a known whole (part_of) that
 * does the bucket's predicate is the whole of those who did it, so it is
 * compared for equality with another mention of that predicate whose
 * value is not the whole's own. */
static int subset_restated(const aligner *a, const bucket *b, const member *part, const member *other)
{
	int w = a->sc[part->claim].part_of;
	if (w < 0 || (size_t)w == other->claim || a->sc[part->claim].determiner != FB_DET_PARTITIVE ||
	    strcmp(b->measure, "number") == 0)
		return 0;
	const fb_claim *ko = &a->c->c[other->claim];
	const fb_scope *so = &a->sc[other->claim];
	if (a->sc[part->claim].place_opens && !so->place)
		return 0; /* "In the north, 12 of the 30 seats": that place's part only */
	const char *om = so->measure ? so->measure : so->predicate ? so->predicate : ko->measure;
	if (!om || strcmp(om, b->measure) != 0 || a->sc[other->claim].role != FB_RO_TOTAL)
		return 0; /* a guest of the bucket: a set's size under another verb */
	/* (not "six of them were later found dead" of the 18 listed as
	 * missing: some of those who did another verb, not all who died) */
	const char *wm = a->sc[w].measure ? a->sc[w].measure : a->c->c[w].measure;
	if (wm && strcmp(wm, "number") != 0 && strcmp(wm, b->measure) != 0 && a->sc[w].harm)
		return 0;
	const fb_quantity *qw = align_quantity_of(a, &a->c->c[w]);
	if (!qw || !qw->has_value)
		return 0;
	if (whole_says_measure(a, qw, b->measure))
		return 0; /* "14 of the 23 people wounded were still treated": the whole's word */
	interval wv = align_exact(qw->value); /* "about 2,400" restated is 2,400 */
	return align_disjoint(&wv, &other->v);
}

/* "45 of its 380 stores" ... "the 45 stores it will close": a mention of
 * the same number as a part of w's whole speaks of that part, not of w. */
static int restates_part(const aligner *a, const member *w, const member *o)
{
	for (int i = a->first_part[w->claim]; i >= 0; i = a->next_part[i]) {
		if ((size_t)i == o->claim)
			continue;
		const fb_quantity *q = align_quantity_of(a, &a->c->c[i]);
		if (!q)
			continue;
		interval pv = align_interval_of(q);
		if (!pv.has_lo || !pv.has_hi)
			continue; /* "at least 25 of the state's 41": no number of its own to restate */
		if (!align_disjoint(&pv, &o->v))
			return 1;
	}
	return 0;
}

/* Does the group count for two or more times ("in March", "in April")
 * within the event of member x? Then a mention without a time is not
 * known to be about the one a timed mention is about. *cache keeps the
 * answer for the main event (-1: not yet worked out). */
static int event_times(const aligner *a, const bucket *b, const member *x, int *cache)
{
	int ev = a->c->c[x->claim].event;
	if (ev == 0 && *cache >= 0)
		return *cache;
	const char *first = NULL;
	int many = 0;
	for (size_t i = 0; i < b->nm && i < MAX_COMPARE && !many; i++) /* those compared */
		if (!b->m[i].sub && a->c->c[b->m[i].claim].event == ev)
			align_note(&first, &many, a->sc[b->m[i].claim].time);
	if (ev == 0)
		*cache = many;
	return many;
}

/* Do the bucket's members name two or more agents ("retailers shed",
 * "construction added")? */
static int bucket_agents(const aligner *a, const bucket *b)
{
	const char *first = NULL;
	int many = 0;
	for (size_t i = 0; i < b->nm && i < MAX_COMPARE && !many; i++)
		align_note(&first, &many, a->sc[b->m[i].claim].agent);
	return many;
}

/* "a poll of 980 likely voters" in July against "the 1,050 likely voters"
 * with no time, when the article also gives 1,050 for another time: the
 * definite mention points back to that one, not to the July figure. Does
 * a member of b other than u and t, at another time, agree with u? */
static int points_elsewhere(const aligner *a, const bucket *b, const member *u, const member *t)
{
	const char *tt = a->sc[t->claim].time;
	const fb_scope *su = &a->sc[u->claim];
	if (!tt || su->time || (su->determiner != FB_DET_DEFINITE && su->determiner != FB_DET_UNIVERSAL))
		return 0;
	for (size_t i = 0; i < b->nm && i < MAX_COMPARE; i++) {
		const member *z = &b->m[i];
		const char *zt = a->sc[z->claim].time;
		if (z == u || z == t || z->sub || z->claim == u->claim || !zt || strcmp(zt, tt) == 0 ||
		    align_para_of(a, z->claim) == align_para_of(a, u->claim))
			continue;
		if (!align_disjoint(&z->v, &u->v))
			return 1;
	}
	return 0;
}

/* "14 new bus lanes" ... "the 14 lanes would cut": a definite mention with
 * an earlier agreeing one in another paragraph points back to it, so it
 * may anchor a pair with a later mention too (scope_match). */
static void mark_backed(const aligner *a, bucket *b)
{
	for (size_t i = 0; i < b->nm && i < MAX_COMPARE; i++) {
		member *x = &b->m[i];
		const fb_quantity *qx = align_quantity_of(a, &a->c->c[x->claim]);
		x->backed = 0;
		for (size_t j = 0; j < b->nm && j < MAX_COMPARE && qx && !x->backed; j++) {
			const member *z = &b->m[j];
			const fb_quantity *qz = align_quantity_of(a, &a->c->c[z->claim]);
			x->backed = z != x && !z->sub && qz && qz->start < qx->start &&
			    align_para_of(a, z->claim) != align_para_of(a, x->claim) && !align_disjoint(&z->v, &x->v);
		}
	}
}

/* "the 140,000 voters" after "About 140,000 registered voters lack an
 * ID": a definite mention that an earlier one in another paragraph agrees
 * with restates that one (in b, or in any group: restates), not another
 * earlier mention whose value neither shares ("four voters who sued").
 * Is u such a mention, t such an other? (Not "at least four" and "five"
 * against a later "the toll at four": the five agrees with the four it
 * restates, so the two are compared.) */
static int restates_another(const aligner *a, const bucket *b, const member *u, const member *t)
{
	const fb_scope *su = &a->sc[u->claim];
	if (su->determiner != FB_DET_DEFINITE && su->determiner != FB_DET_UNIVERSAL)
		return 0;
	const fb_quantity *qu = align_quantity_of(a, &a->c->c[u->claim]);
	const fb_quantity *qt = align_quantity_of(a, &a->c->c[t->claim]);
	if (!qu || !qt || qt->start >= qu->start || !align_disjoint(&t->v, &u->v))
		return 0;
	int backers = 0;
	size_t pu = align_para_of(a, u->claim);
	for (size_t i = 0; i < b->nm && i < MAX_COMPARE; i++) {
		const member *z = &b->m[i];
		if (z == u || z->sub || align_para_of(a, z->claim) == pu || align_disjoint(&z->v, &u->v))
			continue;
		const fb_quantity *qz = align_quantity_of(a, &a->c->c[z->claim]);
		if (!qz || qz->start >= qu->start)
			continue;
		if (!align_disjoint(&z->v, &t->v))
			return 0;
		backers++;
	}
	if (a->restates[u->claim]) {
		interval zv = align_interval_of(align_quantity_of(a, &a->c->c[a->restates[u->claim] - 1]));
		if (!align_disjoint(&zv, &t->v))
			return 0;
		backers++;
	}
	return backers > 0;
}

/* Are two values more than r times apart (the larger's lower bound
 * above r times the smaller's upper bound)? */
static int far_apart(const interval *x, const interval *y, double r)
{
	return (x->has_hi && y->has_lo && x->hi > 0 && x->hi * r < y->lo) ||
	       (y->has_hi && x->has_lo && y->hi > 0 && y->hi * r < x->lo);
}

/* Pairs not compared, whatever their values: 1 for two quantities (two
 * parts or two guests, a guest far from the other's value, a restated
 * part, a mention pointing elsewhere or restating another), 2
 * for two mentions that may still be of one (in one paragraph, or naming
 * other things), 0 to compare. */
static int pair_skipped(const aligner *a, const bucket *b, const member *x, const member *y)
{
	if (x->sub && y->sub)
		return 1; /* two parts of the whole say nothing of each other */
	if (x->guest && y->guest)
		return 1; /* "the 41 boxes we took down" and "the 88 boxes now
		           * in use" met under a third verb: neither did it */
	if ((x->guest == 2 && !a->sc[y->claim].lede) || (y->guest == 2 && !a->sc[x->claim].lede))
		return 1; /* a restating sum meets the lede's sum only */
	if ((x->guest == 3 && x->with != y->claim) || (y->guest == 3 && y->with != x->claim))
		return 2; /* a definite restatement is compared with what it restates */
	if (align_para_of(a, x->claim) == align_para_of(a, y->claim))
		return 2; /* one paragraph does not contradict itself */
	/* "Of the 17 people taken to hospital" and "the seven Ketsiba
	 * victims": a set joined from another verb is the same set only
	 * near its value; far from it, another set of those people (but
	 * the lede's count names the story's set: "About 900 volunteers
	 * searched" and "The 1,400 volunteers were given maps") */
	if ((x->guest == 1) != (y->guest == 1) && far_apart(&x->v, &y->v, 1.5) &&
	    !a->sc[(x->guest == 1 ? y : x)->claim].lede)
		return 1;
	/* a definite restatement points back to its mention whatever else
	 * its clause names ("The 1,380 plaintiffs live in ... Eastgate") */
	if (!a->sc[x->claim].headline && !a->sc[y->claim].headline && x->guest != 3 && y->guest != 3 &&
	    !align_same_names(&a->c->c[x->claim], &a->c->c[y->claim]))
		return 2; /* 84,121 votes for one candidate, 58,825 for another */
	if (restates_part(a, x, y) || restates_part(a, y, x))
		return 1;
	if (points_elsewhere(a, b, x, y) || points_elsewhere(a, b, y, x) ||
	    restates_another(a, b, x, y) || restates_another(a, b, y, x))
		return 1;
	return 0;
}

/* Do the values of x and y, whose scopes match as m says, disagree? Sets
 * *is_review when the pair is only to review, *in_part when a part is
 * larger than its whole, *partp to the pair's part (else y). */
/* Do two intervals meet only at an open end, one's exact value the
 * other's stated bound ("14 million copies" and "more than 14 million
 * copies": the same figure, one hedged)? */
static int touch_only(const interval *x, const interval *y)
{
	return (x->has_hi && y->has_lo && x->hi == y->lo && (x->hi_open || y->lo_open)) ||
	    (y->has_hi && x->has_lo && y->hi == x->lo && (y->hi_open || x->lo_open));
}

static int values_disagree(const aligner *a, const bucket *b, member *x, member *y, const match *m, int *is_review,
    int *in_part, member **partp)
{
	member *whole = x->sub ? y : x, *part = x->sub ? x : y;
	*is_review = *in_part = 0;
	*partp = part;
	/* "2,118 of them voted" against "the 2,180 who voted": both
	 * the set that voted */
	int restated = m->verdict != SC_SAME && !x->sub && !y->sub &&
	    subset_restated(a, b, m->verdict == SC_PART_X ? x : y, m->verdict == SC_PART_X ? y : x);
	if (m->verdict != SC_SAME && !x->sub && !y->sub && !restated) {
		/* "four of the five", one town's dead: a part is never
		 * more than its whole */
		part = m->verdict == SC_PART_X ? x : y;
		whole = part == x ? y : x;
		*partp = part;
		*in_part = 1;
		if (!(whole->v.has_hi && part->v.has_lo && (part->v.lo > whole->v.hi ||
		    (part->v.lo == whole->v.hi && (part->v.lo_open || whole->v.hi_open))))) {
			return 0;
		}
		*is_review = 1;
	} else if (!part->sub) {
		if (!align_disjoint(&x->v, &y->v) || touch_only(&x->v, &y->v)) {
			return 0;
		}
		/* a vague quantity against an exact one: review */
		const fb_quantity *qx = align_quantity_of(a, &a->c->c[x->claim]), *qy = align_quantity_of(a, &a->c->c[y->claim]);
		*is_review = (qx && qx->vague) || (qy && qy->vague);
	} else {
		/* a sub-class can be smaller than the whole, never
		 * larger; read loosely, it may be meant as the whole.
		 * A kind by WordNet only against a definite mention
		 * ("all 44,000 contributors"): "15 girls" and "9 women"
		 * may be two sets */
		const fb_scope *sw = &a->sc[whole->claim], *sp = &a->sc[part->claim];
		/* "Of the 34 injured officers, 19 were hurt on Saturday": some
		 * of a set, against a sub-class's count, says nothing */
		if ((m->verdict == SC_PART_X && whole == x) || (m->verdict == SC_PART_Y && whole == y))
			return 0;
		/* "1,412 migrants reach Kaltera" in the title against "about 60
		 * people on board" further down: a sub-class's count tied by
		 * the title alone to another noun's is no restatement of it */
		if (m->lede_only && !(sw->lede && sp->lede))
			return 0;
		/* "Of the 87 people who signed up to speak" is not all the
		 * people "612 students" are some of: a set its own words
		 * restrict is no class's whole */
		if (align_restricted(sw))
			return 0;
		if (part->kind && sw->determiner != FB_DET_DEFINITE && sw->determiner != FB_DET_UNIVERSAL &&
		    sp->determiner != FB_DET_DEFINITE && sp->determiner != FB_DET_UNIVERSAL) {
			return 0;
		}
		interval below = part->v;
		int larger = whole->v.has_hi && below.has_lo &&
		    (below.lo > whole->v.hi || (below.lo == whole->v.hi && (below.lo_open || whole->v.hi_open)));
		if (larger)
			*is_review = 1;
		else if (part->loose && align_disjoint(&x->v, &y->v))
			*is_review = 1;
		else {
			return 0;
		}
	}
	return 1;
}

/* Adds the pair x, y to the group, with its reason and anchors. */
static void add_pair(const aligner *a, const bucket *b, fb_group *g, size_t *cap, const member *x, const member *y,
    const member *part, const match *m, int is_review, int in_part)
{
	fb_pair *p = FB_PUSH(g->pairs, g->npairs, *cap);
	size_t ca = x->claim < y->claim ? x->claim : y->claim;
	const member *ma = x->claim < y->claim ? x : y, *mb = x->claim < y->claim ? y : x;
	p->a = ca;
	p->b = ma == x ? y->claim : x->claim;
	p->review = is_review;
	fb_buf r = { 0 };
	char *da = align_describe_member(a, ma), *db = align_describe_member(a, mb);
	fb_buf_printf(&r, "%s (paragraph %zu) vs %s (paragraph %zu)",
	    da, align_para_of(a, ma->claim) + 1, db, align_para_of(a, mb->claim) + 1);
	free(da);
	free(db);
	if (in_part)
		fb_buf_printf(&r, ": a part larger than its whole");
	else if (is_review && part->sub)
		fb_buf_printf(&r, ": only a conflict if '%s' means all the %s", part->cls, b->subject);
	else if (is_review)
		fb_buf_printf(&r, ": one of the two is vague");
	align_say_anchors(&r, m);
	p->reason = r.p;
	char ev[32];
	for (size_t t = 0; t < m->nan; t++) {
		p->anchors[t].slot = m->an[t].slot;
		p->anchors[t].value = fb_xstrdup(align_anchor_value(m, t, ev, sizeof ev));
	}
	p->nanchors = m->nan;
}

/* independent sources among the voices: the article itself counts
 * once for every unattributed claim */
static size_t independent_sources(const aligner *a, const bucket *b)
{
	int seen[64];
	size_t nseen = 0;
	for (size_t i = 0; i < b->nm; i++) {
		int s = align_source_of(a, &a->c->c[b->m[i].claim]);
		int dup = 0;
		for (size_t k = 0; k < nseen; k++)
			dup |= seen[k] == s;
		if (!dup && nseen < 64)
			seen[nseen++] = s;
	}
	return nseen;
}

/* The group's summary: what is counted, in words ("people killed",
 * "number of attackers", "time (cleared)"), and how its claims stand. */
static char *group_summary(const bucket *b, const fb_group *g, int conflict)
{
	size_t n = b->nm, nseen = g->independent;
	fb_buf sm = { 0 };
	if (strcmp(b->measure, "number") == 0)
		fb_buf_printf(&sm, "number of %s", b->subject);
	else if (strcmp(b->subject, "time") == 0)
		fb_buf_printf(&sm, "time (%s)", b->measure);
	else if (strcmp(b->measure, "size") == 0 || strcmp(b->measure, "capacity") == 0)
		fb_buf_printf(&sm, "%s (%s)", b->subject, strcmp(b->measure, "size") == 0 ? "a holder's size" : "capacity");
	else
		fb_buf_printf(&sm, "%s %s", b->subject, b->measure);
	if (g->status == FB_ST_SINGLE)
		fb_buf_puts(&sm, ": one claim, nothing to compare");
	else if (g->status == FB_ST_CONSISTENT)
		fb_buf_printf(&sm, ": %zu claims agree, from %zu independent source%s", n, nseen, nseen == 1 ? "" : "s");
	else
		fb_buf_printf(&sm, ": %zu claim%s, %zu pair%s %s", n, n == 1 ? "" : "s",
		    g->npairs, g->npairs == 1 ? "" : "s", conflict ? "in conflict" : "to review");
	if (b->context[0])
		fb_buf_printf(&sm, " (%s)", b->context);
	return sm.p;
}

/* Each member claim's status: the worst of its groups' (a claim that is
 * in no pair of a group in conflict only agrees there). */
static void claim_statuses(const bucket *b, const fb_group *g, fb_status *claim_status)
{
	for (size_t i = 0; i < b->nm; i++) {
		fb_status *cs = &claim_status[b->m[i].claim];
		fb_status st = g->status;
		if (st == FB_ST_CONFLICT || st == FB_ST_REVIEW) {
			/* a claim that is in no pair only agrees */
			int in = 0;
			for (size_t k = 0; k < g->npairs; k++)
				in |= g->pairs[k].a == b->m[i].claim || g->pairs[k].b == b->m[i].claim;
			if (!in)
				st = FB_ST_CONSISTENT;
		}
		static const int rank[FB_ST__MAX] = { 0, 1, 3, 4, 0 };
		if (rank[st] > rank[*cs])
			*cs = st;
	}
}

/* union-find over a bucket's members */
static size_t root_of(size_t *up, size_t i)
{
	while (up[i] != i)
		i = up[i] = up[up[i]];
	return i;
}

/* The group of the members of b whose root is r, with the pairs found
 * among them (their reasons and anchors move to it). A member that only
 * visits b (a sub-class voice, a guest) and matched none makes no group:
 * returns 0 then. */
static int emit_component(aligner *a, const bucket *b, size_t *up, size_t r, fb_group *all,
    const size_t *pair_root, fb_group **gs, size_t *ng, size_t *gcap, fb_status *claim_status)
{
	bucket sb = *b;
	sb.m = fb_xcalloc(b->nm, sizeof *sb.m);
	sb.nm = 0;
	int direct = 0;
	for (size_t i = 0; i < b->nm; i++)
		if (root_of(up, i) == r) {
			sb.m[sb.nm++] = b->m[i];
			direct |= !b->m[i].sub;
		}
	if (!direct || (sb.nm == 1 && sb.m[0].guest && b->nm > 1)) {
		free(sb.m);
		return 0;
	}
	fb_group *g = FB_PUSH(*gs, *ng, *gcap);
	g->measure = b->measure;
	g->subject = b->subject;
	g->nclaims = sb.nm;
	g->claims = fb_xcalloc(sb.nm, sizeof *g->claims);
	for (size_t i = 0; i < sb.nm; i++)
		g->claims[i] = sb.m[i].claim;
	int conflict = 0, review = 0;
	size_t cap = 0;
	for (size_t k = 0; k < all->npairs; k++)
		if (pair_root[k] == r) {
			*FB_PUSH(g->pairs, g->npairs, cap) = all->pairs[k];
			conflict |= !all->pairs[k].review;
			review |= all->pairs[k].review;
		}
	g->status = sb.nm < 2 ? FB_ST_SINGLE : conflict ? FB_ST_CONFLICT : review ? FB_ST_REVIEW : FB_ST_CONSISTENT;
	g->independent = independent_sources(a, &sb);
	g->summary = group_summary(&sb, g, conflict);
	claim_statuses(&sb, g, claim_status);
	free(sb.m);
	return 1;
}

/* Compares the members of one bucket and adds its groups: the members
 * that some matched pair links, however their values stand, or that no
 * slot tells apart and whose values agree, are about the same quantity;
 * two claims of one bucket that nothing links (two banks' earnings, or
 * two different sums of one bank never compared) are two groups, not
 * claims that agree. */
void align_compare(aligner *a, bucket *b, fb_group **gs, size_t *ng, size_t *gcap, fb_status *claim_status)
{
	size_t n = b->nm;
	fb_group all = { 0 };
	size_t cap = 0;
	const fb_entry *he = fb_lexicon_get(a->heads, b->subject, strlen(b->subject));
	const head_stat *hs = he ? &a->hs[he->line - 1] : NULL;
	int main_times = -1;
	int many_agents = bucket_agents(a, b);
	size_t *up = fb_xcalloc(n ? n : 1, sizeof *up);
	size_t pair_member[MAX_PAIRS] = { 0 };
	for (size_t i = 0; i < n; i++)
		up[i] = i < MAX_COMPARE ? i : 0; /* past those compared: with the first, as before */
	mark_backed(a, b);
	/* event_times of each member compared, worked out once an event */
	int times[MAX_COMPARE];
	for (size_t i = 0; i < n && i < MAX_COMPARE; i++) {
		size_t j = 0;
		while (j < i && a->c->c[b->m[j].claim].event != a->c->c[b->m[i].claim].event)
			j++;
		times[i] = j < i ? times[j] : event_times(a, b, &b->m[i], &main_times);
	}
	for (size_t i = 0; i < n && i < MAX_COMPARE; i++) {
		for (size_t j = i + 1; j < n && j < MAX_COMPARE; j++) {
			member *x = &b->m[i], *y = &b->m[j], *part;
			int skip = pair_skipped(a, b, x, y);
			match m = { .verdict = SC_NO, .apart = skip == 1 };
			if (!skip)
				align_scope_match(a, x, y, hs, times[i], many_agents, b->unit != NULL, b->measure,
				    b->subject, &m);
			/* a misquoted restatement and what it restates: one set,
			 * whatever else keeps them apart, or makes one a part when
			 * both do the verb (but a part restated, "the 40 halls it
			 * runs" after "40 of its 55 halls", is no restatement of
			 * the whole; and "Forty volunteers reached the ridge" may
			 * be some of "The 1,400 volunteers" who came) */
			const member *rm = x->restates == y->claim + 1 ? x : y->restates == x->claim + 1 ? y : NULL;
			if (rm && skip != 1 && (m.verdict == SC_NO || (m.verdict != SC_SAME && !rm->guest)))
				align_restatement_match(a, x, y, &m);
			/* "22 seats" and "90 seats", "nine buildings" and "49
			 * buildings": values more than three times apart, met by their
			 * slots but neither restating the other, are two quantities
			 * (a misquote is rarely off by so much; a guest or a
			 * restatement says which it names) */
			else if (m.verdict != SC_NO && !x->guest && !y->guest && far_apart(&x->v, &y->v, 3.0)) {
				m.verdict = SC_NO;
				m.apart = 1;
			}
			/* not compared (another time, no anchor) but nothing
			 * tells them apart: one quantity if their values agree,
			 * else two that we do not say agree */
			if (m.verdict == SC_NO && !m.apart && !align_disjoint(&x->v, &y->v))
				up[root_of(up, j)] = root_of(up, i);
			if (m.verdict == SC_NO)
				continue;
			up[root_of(up, j)] = root_of(up, i);
			int is_review, in_part;
			if (!values_disagree(a, b, x, y, &m, &is_review, &in_part, &part))
				continue;
			if (all.npairs < MAX_PAIRS) {
				pair_member[all.npairs] = i;
				add_pair(a, b, &all, &cap, x, y, part, &m, is_review, in_part);
			}
		}
	}
	size_t pair_root[MAX_PAIRS] = { 0 };
	for (size_t k = 0; k < all.npairs; k++)
		pair_root[k] = root_of(up, pair_member[k]);
	for (size_t i = 0; i < n; i++)
		if (root_of(up, i) == i && !emit_component(a, b, up, i, &all, pair_root, gs, ng, gcap, claim_status))
			for (size_t k = 0; k < all.npairs; k++)
				if (pair_root[k] == i) { /* pairs of no group */
					free(all.pairs[k].reason);
					for (size_t t = 0; t < all.pairs[k].nanchors; t++)
						free(all.pairs[k].anchors[t].value);
				}
	free(all.pairs);
	free(up);
}
