/* align.c - groups claims about the same quantity (measure, subject class,
 * event) and compares their values as intervals. An enumeration also
 * speaks for its sub-classes; a claim about a sub-class is weighed against
 * the whole; reading a loose sub-class as the whole is sent for review. */
#include "align.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* Approximate values ("about 50") may be off by this share either way. */
#define APPROX_TOLERANCE 0.10
/* Pairs compared per group at most: bounds the cost of huge groups. */
#define MAX_COMPARE 256
/* Conflicting pairs listed per group at most. */
#define MAX_PAIRS 32

typedef struct interval {
	int has_lo, has_hi;
	double lo, hi;
	int lo_open, hi_open;
} interval;

/* One claim's voice in one group. */
typedef struct member {
	size_t claim;
	interval v;
	int sub;             /* speaks of a sub-class of the group's subject */
	int loose;           /* that sub-class is often used for the whole */
	const char *cls;     /* the class it speaks of */
	char *desc;          /* "5 (2 policemen + 2 rangers + 1 civilian)" (owned) */
} member;

typedef struct bucket {
	const char *measure, *subject, *unit;
	char *context;       /* folded "last week", or "" (owned) */
	int kind;
	member *m;
	size_t nm, cap;
	int direct;          /* has a member that is not a sub-class voice */
} bucket;

typedef struct aligner {
	const fb_claimer *cl;
	const fb_doc *doc;
	const fb_qlist *ql;
	const fb_attribution *at;
	const fb_claims *c;
	bucket *b;
	size_t nb, cap;
	fb_lexicon *index;   /* key -> bucket (entry line = index + 1) */
} aligner;


static const fb_quantity *quantity_of(const aligner *a, const fb_claim *k)
{
	if (k->quantity >= 0)
		return &a->ql->q[k->quantity];
	return k->has_own ? &k->own : NULL;
}

static interval interval_of(const fb_quantity *q)
{
	interval v = { 0 };
	if (q->has_value) {
		v.has_lo = v.has_hi = 1;
		v.lo = v.hi = q->value;
	}
	if (q->has_min) {
		v.has_lo = 1;
		v.lo = q->min;
		v.lo_open = q->min_open;
	}
	if (q->has_max) {
		v.has_hi = 1;
		v.hi = q->max;
		v.hi_open = q->max_open;
	}
	if (q->approx && v.has_lo && v.has_hi && v.lo == v.hi) { /* no tolerance given */
		v.lo = v.lo * (1 - APPROX_TOLERANCE), v.lo_open = 0;
		v.hi = v.hi * (1 + APPROX_TOLERANCE), v.hi_open = 0;
	}
	return v;
}

static interval exact(double x)
{
	interval v = { 1, 1, x, x, 0, 0 };
	return v;
}

/* Can no value lie in both? */
static int disjoint(const interval *a, const interval *b)
{
	if (a->has_hi && b->has_lo && (a->hi < b->lo || (a->hi == b->lo && (a->hi_open || b->lo_open))))
		return 1;
	if (b->has_hi && a->has_lo && (b->hi < a->lo || (b->hi == a->lo && (b->hi_open || a->lo_open))))
		return 1;
	return 0;
}

static void fmt_num(fb_buf *o, double x)
{
	if (x == floor(x) && fabs(x) < 1e15)
		fb_buf_printf(o, "%.0f", x);
	else
		fb_buf_printf(o, "%g", x);
}

/* "at least 4", "more than 900", "10 to 12", "5" */
static void fmt_interval(fb_buf *o, const interval *v)
{
	if (v->has_lo && v->has_hi && v->lo == v->hi)
		fmt_num(o, v->lo);
	else if (v->has_lo && v->has_hi) {
		fmt_num(o, v->lo);
		fb_buf_puts(o, " to ");
		fmt_num(o, v->hi);
	} else if (v->has_lo) {
		fb_buf_puts(o, v->lo_open ? "more than " : "at least ");
		fmt_num(o, v->lo);
	} else if (v->has_hi) {
		fb_buf_puts(o, v->hi_open ? "fewer than " : "at most ");
		fmt_num(o, v->hi);
	} else
		fb_buf_puts(o, "an unknown number");
}

static void put_text(fb_buf *o, const char *s, size_t n)
{
	int sp = 0;
	for (size_t i = 0; i < n; i++) {
		if (fb_isspace((unsigned char)s[i])) {
			sp = 1;
			continue;
		}
		if (sp)
			fb_buf_putc(o, ' ');
		sp = 0;
		fb_buf_putc(o, s[i]);
	}
}

/* The description of a member: its value, its parts, and what it counts. */
static char *describe(const aligner *a, const fb_claim *k, const interval *v,
    const fb_part *parts, size_t nparts, const char *cls)
{
	fb_buf o = { 0 };
	const fb_quantity *q = k->quantity >= 0 ? &a->ql->q[k->quantity] : k->has_own ? &k->own : NULL;
	if (nparts == 1) {
		fmt_num(&o, parts[0].value);
		fb_buf_putc(&o, ' ');
		put_text(&o, a->doc->buf + parts[0].what_start, parts[0].what_end - parts[0].what_start);
		return o.p;
	}
	if (nparts == 0 && q && q->nparts == 0) {
		/* as the article puts it: "about 3,000 people" */
		put_text(&o, a->doc->buf + q->start, q->end - q->start);
		if (k->noun_end > k->noun_start && !(k->noun_start >= q->start && k->noun_end <= q->end)) {
			fb_buf_putc(&o, ' ');
			put_text(&o, a->doc->buf + k->noun_start, k->noun_end - k->noun_start);
		} else if (k->noun_end <= k->noun_start && cls && k->subject && q->unit == NULL)
			fb_buf_printf(&o, " [%s]", k->subject); /* "All three [attackers]" */
		return o.p;
	}
	fmt_interval(&o, v);
	if (nparts > 1) {
		fb_buf_puts(&o, " (");
		for (size_t i = 0; i < nparts; i++) {
			if (i)
				fb_buf_puts(&o, " + ");
			fmt_num(&o, parts[i].value);
			fb_buf_putc(&o, ' ');
			put_text(&o, a->doc->buf + parts[i].what_start, parts[i].what_end - parts[i].what_start);
		}
		fb_buf_putc(&o, ')');
	} else if (k->noun_end > k->noun_start) {
		fb_buf_putc(&o, ' ');
		put_text(&o, a->doc->buf + k->noun_start, k->noun_end - k->noun_start);
	} else if (cls) {
		fb_buf_putc(&o, ' ');
		fb_buf_puts(&o, cls);
	}
	return o.p;
}

static bucket *bucket_for(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q)
{
	const char *unit = q->unit ? q->unit : "";
	char kbuf[256]; /* most keys fit: no heap on this per-voice path */
	int kn = snprintf(kbuf, sizeof kbuf, "%s|%s|%s|%d|%s", measure, subject, context, (int)q->kind, unit);
	char *key = kn >= 0 && (size_t)kn < sizeof kbuf ? kbuf
	    : fb_xasprintf("%s|%s|%s|%d|%s", measure, subject, context, (int)q->kind, unit);
	const fb_entry *e = fb_lexicon_get(a->index, key, strlen(key));
	if (!e) {
		fb_entry *ne = fb_lexicon_add(a->index, key, strlen(key), NULL, 0);
		bucket *b = FB_PUSH(a->b, a->nb, a->cap);
		b->measure = measure;
		b->subject = subject;
		b->unit = q->unit;
		b->kind = (int)q->kind;
		b->context = fb_xstrdup(context);
		ne->line = a->nb;
		e = ne;
	}
	if (key != kbuf)
		free(key);
	return &a->b[e->line - 1];
}

static void add_member(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q, size_t ci, interval v, int sub, const char *cls, char *desc)
{
	bucket *b = bucket_for(a, measure, subject, context, q);
	/* one voice per claim and group; claims are added in order, so a
	 * voice of this claim can only be the bucket's last (keeps this
	 * linear in the size of big groups) */
	if (b->nm && b->m[b->nm - 1].claim == ci) {
		free(desc);
		return;
	}
	member *m = FB_PUSH(b->m, b->nm, b->cap);
	m->claim = ci;
	m->v = v;
	m->sub = sub;
	m->cls = cls;
	m->loose = sub && fb_class_is_loose(a->cl, cls);
	m->desc = desc;
	if (!sub)
		b->direct = 1;
}

/* Registers claim ci as a voice about class cls with value v: in its own
 * group, and as a sub-class voice in each ancestor's group. */
static void add_voice(aligner *a, const fb_claim *k, const fb_quantity *q, size_t ci,
    const char *context, const char *cls, interval v, const fb_part *parts, size_t nparts)
{
	add_member(a, k->measure, cls, context, q, ci, v, 0, cls, describe(a, k, &v, parts, nparts, cls));
	const char *p = fb_class_parent(a->cl, cls);
	for (int depth = 0; p && depth < 8; depth++, p = fb_class_parent(a->cl, p))
		add_member(a, k->measure, p, context, q, ci, v, 1, cls, describe(a, k, &v, parts, nparts, cls));
}

/* The class of an enumeration part's noun. */
static const char *part_class(const aligner *a, const fb_part *pt)
{
	return fb_class_in(a->cl, a->doc->buf + pt->what_start, pt->what_end - pt->what_start);
}

static void collect(aligner *a)
{
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = quantity_of(a, k);
		if (k->type != FB_CT_NUMERIC || !q || !k->measure || !k->subject || k->increment)
			continue;
		if (q->kind == FB_QK_DATE || q->kind == FB_QK_TIME || q->kind == FB_QK_ORDINAL)
			continue;
		interval v = interval_of(q);
		if (!v.has_lo && !v.has_hi)
			continue;
		char *context = k->context_end > k->context_start
		    ? fb_fold_text(a->doc->buf + k->context_start, k->context_end - k->context_start)
		    : fb_xstrdup("");
		for (char *p = context; *p; p++)
			*p = (char)fb_tolower((unsigned char)*p);
		add_voice(a, k, q, ci, context, k->subject, v, q->parts, q->nparts);
		/* the parts of an enumeration speak for every class between
		 * them and the whole: "2 policemen + 2 rangers" says 4 security
		 * forces were killed */
		if (q->nparts > 1) {
			const char *seen[FB_MAX_PARTS * 8];
			size_t nseen = 0;
			for (size_t i = 0; i < q->nparts; i++) {
				const char *cls = part_class(a, &q->parts[i]);
				for (int depth = 0; cls && depth < 8 && strcmp(cls, k->subject) != 0;
				     depth++, cls = fb_class_parent(a->cl, cls)) {
					int dup = 0;
					for (size_t s = 0; s < nseen; s++)
						dup |= strcmp(seen[s], cls) == 0;
					if (!dup && nseen < sizeof seen / sizeof *seen)
						seen[nseen++] = cls;
				}
			}
			for (size_t s = 0; s < nseen; s++) {
				fb_part sub[FB_MAX_PARTS];
				size_t nsub = 0;
				double sum = 0;
				for (size_t i = 0; i < q->nparts; i++) {
					const char *pc = part_class(a, &q->parts[i]);
					if (pc && fb_class_within(a->cl, pc, seen[s])) {
						sub[nsub++] = q->parts[i];
						sum += q->parts[i].value;
					}
				}
				if (!nsub)
					continue;
				const char *cls = seen[s];
				interval sv = exact(sum);
				add_member(a, k->measure, cls, context, q, ci, sv, 0, cls,
				    describe(a, k, &sv, sub, nsub, cls));
			}
		}
		free(context);
	}
}

static int source_of(const aligner *a, const fb_claim *k)
{
	if (k->attr < 0 || !a->at)
		return -1;
	return a->at->attr[k->attr].source;
}

static size_t para_of(const aligner *a, size_t ci)
{
	return a->doc->sent[a->c->c[ci].sent].para;
}

/* Could two claims be about the same named things? Not when each clause
 * names something and they name nothing in common. */
static int same_names(const fb_claim *x, const fb_claim *y)
{
	if (!x->nnames || !y->nnames)
		return 1;
	for (size_t i = 0; i < x->nnames; i++)
		for (size_t j = 0; j < y->nnames; j++)
			if (x->names[i] == y->names[j])
				return 1;
	return 0;
}

/* Compares the members of one bucket; fills the group. */
static void compare(aligner *a, bucket *b, fb_group *g, fb_status *claim_status)
{
	size_t n = b->nm;
	g->measure = b->measure;
	g->subject = b->subject;
	g->nclaims = n;
	g->claims = fb_xcalloc(n ? n : 1, sizeof *g->claims);
	for (size_t i = 0; i < n; i++)
		g->claims[i] = b->m[i].claim;
	size_t cap = 0;
	int conflict = 0, review = 0;
	for (size_t i = 0; i < n && i < MAX_COMPARE; i++) {
		for (size_t j = i + 1; j < n && j < MAX_COMPARE; j++) {
			member *x = &b->m[i], *y = &b->m[j];
			if (x->sub && y->sub)
				continue; /* two parts of the whole say nothing of each other */
			if (para_of(a, x->claim) == para_of(a, y->claim))
				continue; /* one paragraph does not contradict itself */
			if (!same_names(&a->c->c[x->claim], &a->c->c[y->claim]))
				continue; /* 84,121 votes for one candidate, 58,825 for another */
			member *whole = x->sub ? y : x, *part = x->sub ? x : y;
			int is_review = 0;
			if (!part->sub) {
				if (!disjoint(&x->v, &y->v))
					continue;
			} else {
				/* a sub-class can be smaller than the whole, never
				 * larger; read loosely, it may be meant as the whole */
				interval below = part->v;
				int larger = whole->v.has_hi && below.has_lo &&
				    (below.lo > whole->v.hi || (below.lo == whole->v.hi && (below.lo_open || whole->v.hi_open)));
				if (larger)
					is_review = 1;
				else if (part->loose && disjoint(&x->v, &y->v))
					is_review = 1;
				else
					continue;
			}
			if (g->npairs >= MAX_PAIRS) {
				conflict |= !is_review;
				review |= is_review;
				continue;
			}
			fb_pair *p = FB_PUSH(g->pairs, g->npairs, cap);
			size_t ca = x->claim < y->claim ? x->claim : y->claim;
			member *ma = x->claim < y->claim ? x : y, *mb = x->claim < y->claim ? y : x;
			p->a = ca;
			p->b = ma == x ? y->claim : x->claim;
			p->review = is_review;
			if (is_review)
				p->reason = fb_xasprintf("%s (paragraph %zu) vs %s (paragraph %zu): only a conflict if '%s' means all the %s",
				    ma->desc, para_of(a, ma->claim) + 1, mb->desc, para_of(a, mb->claim) + 1, part->cls, b->subject);
			else
				p->reason = fb_xasprintf("%s (paragraph %zu) vs %s (paragraph %zu)",
				    ma->desc, para_of(a, ma->claim) + 1, mb->desc, para_of(a, mb->claim) + 1);
			conflict |= !is_review;
			review |= is_review;
		}
	}
	g->status = n < 2 ? FB_ST_SINGLE : conflict ? FB_ST_CONFLICT : review ? FB_ST_REVIEW : FB_ST_CONSISTENT;
	/* independent sources among the voices: the article itself counts
	 * once for every unattributed claim */
	int seen[64];
	size_t nseen = 0;
	for (size_t i = 0; i < n; i++) {
		int s = source_of(a, &a->c->c[b->m[i].claim]);
		int dup = 0;
		for (size_t k = 0; k < nseen; k++)
			dup |= seen[k] == s;
		if (!dup && nseen < 64)
			seen[nseen++] = s;
	}
	g->independent = nseen;
	fb_buf sm = { 0 };
	/* what is counted, in words: "people killed", "number of attackers",
	 * "time (cleared)" */
	if (strcmp(b->measure, "number") == 0)
		fb_buf_printf(&sm, "number of %s", b->subject);
	else if (strcmp(b->subject, "time") == 0)
		fb_buf_printf(&sm, "time (%s)", b->measure);
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
	g->summary = sm.p;
	for (size_t i = 0; i < n; i++) {
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

fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const fb_claims *c)
{
	aligner a = { cl, doc, ql, at, c, NULL, 0, 0, fb_lexicon_new() };
	fb_alignment *al = fb_xcalloc(1, sizeof *al);
	al->claim_group = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_group);
	al->claim_status = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_status);
	for (size_t i = 0; i < c->nc; i++) {
		al->claim_group[i] = -1;
		const fb_quantity *q = quantity_of(&a, &c->c[i]);
		al->claim_status[i] = q && q->vague && !q->has_min && !q->has_max ? FB_ST_UNVERIFIABLE : FB_ST_SINGLE;
	}
	collect(&a);
	/* groups: every bucket with a voice of its own, in order of first
	 * claim; sub-class voices alone make no group */
	size_t gcap = 0;
	for (size_t i = 0; i < a.nb; i++) {
		bucket *b = &a.b[i];
		if (!b->direct)
			continue;
		fb_group *g = FB_PUSH(al->g, al->ng, gcap);
		compare(&a, b, g, al->claim_status);
	}
	/* a claim's group: the first group where it speaks of its own class */
	for (size_t gi = 0; gi < al->ng; gi++)
		for (size_t k = 0; k < al->g[gi].nclaims; k++) {
			size_t ci = al->g[gi].claims[k];
			if (al->claim_group[ci] < 0 && c->c[ci].subject && strcmp(c->c[ci].subject, al->g[gi].subject) == 0)
				al->claim_group[ci] = (int)gi;
		}
	for (size_t i = 0; i < a.nb; i++) {
		for (size_t k = 0; k < a.b[i].nm; k++)
			free(a.b[i].m[k].desc);
		free(a.b[i].m);
		free(a.b[i].context);
	}
	free(a.b);
	fb_lexicon_free(a.index);
	return al;
}

void fb_alignment_free(fb_alignment *al)
{
	if (!al)
		return;
	for (size_t i = 0; i < al->ng; i++) {
		for (size_t k = 0; k < al->g[i].npairs; k++)
			free(al->g[i].pairs[k].reason);
		free(al->g[i].pairs);
		free(al->g[i].claims);
		free(al->g[i].summary);
	}
	free(al->g);
	free(al->claim_group);
	free(al->claim_status);
	free(al);
}
