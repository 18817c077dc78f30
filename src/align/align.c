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
#include "scope.h"
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

/* Which of its quantity's parts a member's description lists. */
enum { DESC_PARTS, DESC_PARTS_OF_CLASS, DESC_NO_PARTS };

/* One claim's voice in one group. Its description ("5 (2 policemen + 2
 * rangers + 1 civilian)") is only written for a pair's reason (describe_member):
 * most voices are never in a pair, and a long article has many. */
typedef struct member {
	size_t claim;
	interval v;
	const char *cls;     /* the class it speaks of */
	unsigned char sub;   /* speaks of a sub-class of the group's subject */
	unsigned char loose; /* that sub-class is often used for the whole */
	unsigned char kind;  /* that sub-class is a kind of the group's noun by
	                        WordNet (data/heads.tsv), not by classes.tsv */
	unsigned char guest; /* a set's size joined from another predicate */
	unsigned char backed; /* an earlier member of its group, in another
	                        paragraph, agrees with it (its antecedent) */
	unsigned char parts; /* DESC_*: the parts its description lists: all,
	                        those within cls, or none */
} member;

typedef struct bucket {
	const char *measure, *subject, *unit;
	char *context;       /* folded "last week", or "" (owned) */
	int kind, func;
	member *m;
	size_t nm, cap;
	int direct;          /* has a member that is not a sub-class voice */
} bucket;

typedef struct head_stat head_stat;

typedef struct aligner {
	const fb_claimer *cl;
	const fb_doc *doc;
	const fb_qlist *ql;
	const fb_attribution *at;
	const fb_claims *c;
	const fb_scope *sc;  /* per claim */
	head_stat *hs;       /* per head noun (heads: noun -> entry line = index + 1) */
	fb_lexicon *heads;
	bucket *b;
	size_t nb, cap;
	fb_lexicon *index;   /* key -> bucket (entry line = index + 1) */
	int *first_part;     /* per claim: the first claim whose part_of it is, or -1 */
	int *next_part;      /* per claim: the next part of the same whole, or -1 */
	const char **subject; /* per claim: the noun of its own group (after data/heads.tsv) */
	fb_lexicon *said_at; /* WordNet head ("student") -> entry line = index + 1 in said */
	const char **said;   /* the article's first noun for that head ("pupil") */
	size_t nsaid, saidcap;
} aligner;


static const fb_quantity *quantity_of(const aligner *a, const fb_claim *k)
{
	if (k->quantity >= 0)
		return &a->ql->q[k->quantity];
	return fb_claim_own(a->c, k);
}

/* Labels (years, ages, scores), hypotheticals, generic rules and one
 * individual ("one witness") are no quantity to compare. */
static int comparable(const fb_scope *s)
{
	return s->set && s->function != FB_QF_LABEL && s->mode == FB_MO_ASSERTED && !s->individual;
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
	const fb_quantity *q = k->quantity >= 0 ? &a->ql->q[k->quantity] : fb_claim_own(a->c, k);
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

/* The class of an enumeration part's noun. */
static const char *part_class(const aligner *a, const fb_part *pt)
{
	return fb_class_in(a->cl, a->doc->buf + pt->what_start, pt->what_end - pt->what_start);
}

/* A member's description, as describe() writes it for the parts it
 * speaks for. Caller frees. */
static char *describe_member(const aligner *a, const member *m)
{
	const fb_claim *k = &a->c->c[m->claim];
	const fb_quantity *q = quantity_of(a, k);
	if (m->parts == DESC_NO_PARTS || !q)
		return describe(a, k, &m->v, NULL, 0, m->cls);
	if (m->parts == DESC_PARTS)
		return describe(a, k, &m->v, q->parts, q->nparts, m->cls);
	fb_part sub[FB_MAX_PARTS];
	size_t nsub = 0;
	for (size_t i = 0; i < q->nparts && nsub < FB_MAX_PARTS; i++) {
		const char *pc = part_class(a, &q->parts[i]);
		if (pc && fb_class_within(a->cl, pc, m->cls))
			sub[nsub++] = q->parts[i];
	}
	return describe(a, k, &m->v, sub, nsub, m->cls);
}

static bucket *bucket_for(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q, int func)
{
	const char *unit = q->unit ? q->unit : "";
	char kbuf[256]; /* most keys fit: no heap on this per-voice path */
	int kn = snprintf(kbuf, sizeof kbuf, "%s|%s|%s|%d|%s|%d", measure, subject, context, (int)q->kind, unit, func);
	char *key = kn >= 0 && (size_t)kn < sizeof kbuf ? kbuf
	    : fb_xasprintf("%s|%s|%s|%d|%s|%d", measure, subject, context, (int)q->kind, unit, func);
	const fb_entry *e = fb_lexicon_get(a->index, key, strlen(key));
	if (!e) {
		fb_entry *ne = fb_lexicon_add(a->index, key, strlen(key), NULL, 0);
		bucket *b = FB_PUSH(a->b, a->nb, a->cap);
		b->measure = measure;
		b->subject = subject;
		b->unit = q->unit;
		b->kind = (int)q->kind;
		b->func = func;
		b->context = fb_xstrdup(context);
		ne->line = a->nb;
		e = ne;
	}
	if (key != kbuf)
		free(key);
	return &a->b[e->line - 1];
}

static member *add_member(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q, size_t ci, interval v, int sub, const char *cls, int parts)
{
	bucket *b = bucket_for(a, measure, subject, context, q, (int)a->sc[ci].function);
	/* one voice per claim and group; claims are added in order, so a
	 * voice of this claim can only be the bucket's last (keeps this
	 * linear in the size of big groups) */
	if (b->nm && b->m[b->nm - 1].claim == ci)
		return NULL;
	member *m = FB_PUSH(b->m, b->nm, b->cap);
	m->claim = ci;
	m->v = v;
	m->sub = sub;
	m->cls = cls;
	m->loose = sub && fb_class_is_loose(a->cl, cls);
	m->parts = (unsigned char)parts;
	m->kind = 0;
	m->guest = 0;
	if (!sub)
		b->direct = 1;
	return m;
}

/* The article's first word for a WordNet head: "pupil" and "student" make
 * one group, named as the article first names it. add: note subject as
 * that word when the head has none yet. */
static const char *as_said(aligner *a, const char *head, const char *subject, int add)
{
	const fb_entry *e = fb_lexicon_get(a->said_at, head, strlen(head));
	if (e && e->line >= 1 && e->line <= a->nsaid)
		return a->said[e->line - 1];
	if (!add)
		return head;
	*FB_PUSH(a->said, a->nsaid, a->saidcap) = subject;
	fb_lexicon_add(a->said_at, head, strlen(head), NULL, 0)->line = a->nsaid;
	return subject;
}

/* A person noun that no class of classes.tsv names, by WordNet
 * (data/heads.tsv): another name of a head ("pupil" is counted as
 * "student") and the head it is a kind of ("contributor" of "donor"),
 * in *kind_of, or NULL. */
static const char *person_head(const aligner *a, const char *subject, const char **kind_of)
{
	*kind_of = NULL;
	const fb_lexicon *h = a->cl->heads;
	if (!h || fb_class_of(a->cl, subject, strlen(subject)) || fb_class_parent(a->cl, subject))
		return subject;
	const fb_entry *e = fb_lexicon_get(h, subject, strlen(subject));
	if (e && e->nfield >= 2 && strcmp(e->field[1], "same") == 0) {
		subject = e->field[0];
		const char *cls = fb_class_of(a->cl, subject, strlen(subject));
		if (cls) /* "pupil" -> "student", which classes.tsv lists */
			return cls;
		e = fb_lexicon_get(h, subject, strlen(subject));
	}
	if (e && e->nfield >= 2 && strcmp(e->field[1], "kind") == 0) {
		const char *cls = fb_class_of(a->cl, e->field[0], strlen(e->field[0]));
		*kind_of = cls ? cls : e->field[0];
	}
	return subject;
}

/* Registers claim ci as a voice about class cls with value v: in its own
 * group, and as a sub-class voice in each ancestor's group. */
static void add_voice(aligner *a, const char *measure, const fb_quantity *q, size_t ci,
    const char *context, const char *cls, interval v)
{
	add_member(a, measure, cls, context, q, ci, v, 0, cls, DESC_PARTS);
	const char *p = fb_class_parent(a->cl, cls);
	for (int depth = 0; p && depth < 8; depth++, p = fb_class_parent(a->cl, p))
		add_member(a, measure, p, context, q, ci, v, 1, cls, DESC_PARTS);
}

static void collect(aligner *a)
{
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = quantity_of(a, k);
		if (k->type != FB_CT_NUMERIC || !q || k->increment)
			continue;
		/* the scope's own head when the claim's subject was elsewhere */
		const char *subject = a->sc[ci].own_head ? a->sc[ci].head : k->subject;
		const char *measure = a->sc[ci].measure ? a->sc[ci].measure : k->measure ? k->measure
		    : a->sc[ci].own_head || (a->sc[ci].set_size && (q->kind == FB_QK_COUNT || q->kind == FB_QK_MEASURE)) ? "number" : NULL; /* "Vance's 41 points": a set */
		if (!measure || !subject)
			continue;
		if (q->kind == FB_QK_DATE || q->kind == FB_QK_TIME || q->kind == FB_QK_ORDINAL)
			continue;
		if (!comparable(&a->sc[ci]))
			continue;
		interval v = interval_of(q);
		if (!v.has_lo && !v.has_hi)
			continue;
		/* the event, not the words that named it: "since January" on one
		 * mention only does not split a pair */
		char *context = k->event > 0 && !a->sc[ci].framed && k->context_end > k->context_start
		    ? fb_fold_text(a->doc->buf + k->context_start, k->context_end - k->context_start)
		    : fb_xstrdup("");
		for (char *p = context; *p; p++)
			*p = (char)fb_tolower((unsigned char)*p);
		const char *kind_of, *said = subject;
		subject = as_said(a, person_head(a, subject, &kind_of), said, 1);
		if (kind_of)
			kind_of = as_said(a, kind_of, NULL, 0);
		a->subject[ci] = subject;
		add_voice(a, measure, q, ci, context, subject, v);
		if (kind_of) { /* "44,000 contributors" speaks of donors too */
			member *m = add_member(a, measure, kind_of, context, q, ci, v, 1, subject, DESC_PARTS);
			if (m)
				m->kind = 1, m->loose = 0;
		}
		/* the parts of an enumeration speak for every class between
		 * them and the whole: "2 policemen + 2 rangers" says 4 security
		 * forces were killed */
		if (q->nparts > 1) {
			const char *seen[FB_MAX_PARTS * 8];
			size_t nseen = 0;
			for (size_t i = 0; i < q->nparts; i++) {
				const char *cls = part_class(a, &q->parts[i]);
				for (int depth = 0; cls && depth < 8 && strcmp(cls, subject) != 0;
				     depth++, cls = fb_class_parent(a->cl, cls)) {
					int dup = 0;
					for (size_t s = 0; s < nseen; s++)
						dup |= strcmp(seen[s], cls) == 0;
					if (!dup && nseen < sizeof seen / sizeof *seen)
						seen[nseen++] = cls;
				}
			}
			for (size_t s = 0; s < nseen; s++) {
				size_t nsub = 0;
				double sum = 0;
				for (size_t i = 0; i < q->nparts; i++) {
					const char *pc = part_class(a, &q->parts[i]);
					if (pc && fb_class_within(a->cl, pc, seen[s])) {
						nsub++;
						sum += q->parts[i].value;
					}
				}
				if (!nsub)
					continue;
				const char *cls = seen[s];
				add_member(a, measure, cls, context, q, ci, exact(sum), 0, cls, DESC_PARTS_OF_CLASS);
			}
		}
		free(context);
	}
}

/* A definite "the N X" is the size of a set whatever the verb: its voice
 * joins the groups of the same noun under other predicates ("the 410
 * families who brought the case" against "340 families had argued"). */
/* A bucket's place in order of subject, then of index (across_predicates). */
typedef struct {
	const char *subject;
	size_t i;
} by_subject_key;

static int by_subject(const void *p, const void *q)
{
	const by_subject_key *x = p, *y = q;
	int d = strcmp(x->subject, y->subject);
	return d ? d : (x->i > y->i) - (x->i < y->i);
}

/* The buckets a claim is a member of, as across_predicates adds guests. */
typedef struct {
	size_t *b;
	size_t n, cap;
} bucket_list;

static void across_predicates(aligner *a)
{
	size_t nb = a->nb;
	if (nb > 4096)
		return; /* bounded work on pathological inputs */
	/* the buckets of each subject (only they can take a guest), and the
	 * buckets each claim is in (no claim is a guest twice) */
	by_subject_key *key = fb_xcalloc(nb ? nb : 1, sizeof *key);
	for (size_t i = 0; i < nb; i++)
		key[i].subject = a->b[i].subject, key[i].i = i;
	qsort(key, nb, sizeof *key, by_subject);
	size_t *order = fb_xcalloc(nb ? nb : 1, sizeof *order), *run = fb_xcalloc(nb ? nb : 1, sizeof *run);
	for (size_t r = 0; r < nb; r++) { /* run[bucket] = where its subject's run begins in order */
		order[r] = key[r].i;
		run[order[r]] = r && strcmp(key[r].subject, key[r - 1].subject) == 0 ? run[order[r - 1]] : r;
	}
	free(key);
	bucket_list *in = fb_xcalloc(a->c->nc ? a->c->nc : 1, sizeof *in);
	for (size_t i = 0; i < nb; i++)
		for (size_t k = 0; k < a->b[i].nm; k++) {
			bucket_list *l = &in[a->b[i].m[k].claim];
			*FB_PUSH(l->b, l->n, l->cap) = i;
		}
	for (size_t i = 0; i < nb; i++) {
		for (size_t k = 0; k < a->b[i].nm; k++) {
			member mx = a->b[i].m[k];
			const fb_scope *s = &a->sc[mx.claim];
			if ((mx.sub && !mx.kind) || !s->set_size || (s->measure && !s->headline))
				continue; /* "the 1,310 who voted": its own verb restricts it */
			const fb_quantity *mq = quantity_of(a, &a->c->c[mx.claim]);
			if (a->b[i].unit && !(mq && mq->kind == FB_QK_MEASURE && s->determiner == FB_DET_DEFINITE && s->holder))
				continue; /* money, a duration: a sum is no set of things
				           * (but "Vance's 41 points": a holder's tally) */
			for (size_t r = run[i]; r < nb && strcmp(a->b[order[r]].subject, a->b[i].subject) == 0; r++) {
				size_t j = order[r];
				bucket *x = &a->b[i], *y = &a->b[j];
				/* "the 52 residents who developed it" joins "41 had
				 * developed it since 2009" whatever that one's context */
				int same_verb = s->relative && s->predicate && strcmp(s->predicate, y->measure) == 0;
				/* "the three hospitals" is no holder's size ("runs five
				 * hospitals") nor what a place could hold (data/size.tsv) */
				if (strcmp(y->measure, "size") == 0 || strcmp(y->measure, "capacity") == 0)
					continue;
				if (j == i || !y->direct || strcmp(x->measure, y->measure) == 0 ||
				    (strcmp(x->context, y->context) != 0 && !same_verb) || x->kind != y->kind ||
				    x->func != y->func || (x->unit == NULL) != (y->unit == NULL) ||
				    (x->unit && strcmp(x->unit, y->unit) != 0))
					continue;
				bucket_list *l = &in[mx.claim];
				int dup = 0;
				for (size_t t = 0; t < l->n && !dup; t++)
					dup = l->b[t] == j;
				if (dup)
					continue;
				member *m = FB_PUSH(y->m, y->nm, y->cap);
				*m = mx;
				m->guest = 1;
				*FB_PUSH(l->b, l->n, l->cap) = j;
			}
		}
	}
	for (size_t i = 0; i < a->c->nc; i++)
		free(in[i].b);
	free(in);
	free(order);
	free(run);
}

/* Is claim ci a definite sum with no verb of its own that restates one
 * ("the $8.2 million came from 96,000 donors"), not a thing it names ("the
 * $500,000 bond")? The word after it must be a verb. */
static int restating_sum(const aligner *a, size_t ci)
{
	static const char *const verbs[] = { "came", "was", "is", "were", "will", "would", "has", "had", "went",
		"includes", "included", "covers", "covered", "paid", "pays", "represents", "represented" };
	const fb_claim *k = &a->c->c[ci];
	const fb_quantity *q = quantity_of(a, k);
	const fb_scope *s = &a->sc[ci];
	if (k->type != FB_CT_NUMERIC || !q || q->kind != FB_QK_MONEY || !q->unit || k->increment || !s->holder ||
	    !comparable(s) || s->lede || s->measure || (k->measure && strcmp(k->measure, "number") != 0))
		return 0;
	const char *b = a->doc->buf;
	size_t len = a->doc->len;
	if (q->start < 4 || fb_tolower((unsigned char)b[q->start - 4]) != 't' || strncmp(b + q->start - 3, "he ", 3) != 0 ||
	    (q->start > 4 && fb_isalnum((unsigned char)b[q->start - 5])) ||
	    (q->start >= 7 && strncmp(b + q->start - 7, "of ", 3) == 0))
		return 0; /* "the $8.2 million", not "of the $64 million" (a part) */
	size_t i = q->end, n = 0;
	while (i < len && b[i] == ' ')
		i++;
	while (i + n < len && fb_islower((unsigned char)b[i + n]))
		n++;
	if (n > 3 && b[i + n - 2] == 'e' && b[i + n - 1] == 'd')
		return 1; /* "the $64 million reserved" */
	if (!n && i < len && fb_isupper((unsigned char)b[i])) { /* "the £52 million Harbor City will pay" */
		size_t hl = strlen(s->holder);
		for (size_t j = i; j + hl <= len && j < i + 40; j++)
			if (strncmp(b + j, s->holder, hl) == 0)
				return 1;
	}
	for (size_t j = 0; j < sizeof verbs / sizeof *verbs; j++)
		if (strlen(verbs[j]) == n && strncmp(b + i, verbs[j], n) == 0)
			return 1;
	return 0;
}

/* A restating sum (above) joins the groups of the same unit in which the
 * title or lede gives a sum of the same holder; it is compared with those
 * lede mentions only (compare()). */
static void sum_restatements(aligner *a)
{
	size_t nb = a->nb;
	for (size_t ci = 0; ci < a->c->nc && nb <= 4096; ci++) {
		if (!restating_sum(a, ci))
			continue;
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = quantity_of(a, k);
		const fb_scope *s = &a->sc[ci];
		interval v = interval_of(q);
		for (size_t j = 0; j < nb; j++) {
			bucket *y = &a->b[j];
			if (!y->unit || strcmp(y->unit, q->unit) != 0 || y->kind != (int)q->kind || y->func != (int)s->function)
				continue;
			int lede = 0, dup = 0;
			for (size_t t = 0; t < y->nm && t < MAX_COMPARE; t++) {
				const fb_scope *st = &a->sc[y->m[t].claim];
				dup |= y->m[t].claim == ci;
				lede |= !y->m[t].sub && st->lede && st->holder && strcmp(st->holder, s->holder) == 0;
			}
			if (!lede || dup)
				continue;
			member *m = FB_PUSH(y->m, y->nm, y->cap);
			memset(m, 0, sizeof *m);
			m->claim = ci;
			m->v = v;
			m->cls = y->subject;
			m->parts = DESC_NO_PARTS;
			m->guest = 2;
		}
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

/* ------------------------------------------------------------ scope match */

enum { SC_NO, SC_SAME, SC_PART_X, SC_PART_Y };

/* A match's anchors borrow their values from the scopes (most pairs
 * are dropped after the match); the event's is written when asked for. */
typedef struct match {
	int verdict;          /* SC_*: PART_X, x is a part of y (only x <= y is checked) */
	struct {
		const char *slot, *value; /* value NULL: the event ("E1", "E1/E2") */
	} an[FB_MAX_ANCHORS];
	size_t nan;
	int ex, ey;           /* the events compared */
	int anchored;         /* an anchor beyond event and head */
} match;

static void anchor(match *m, const char *slot, const char *value, int counts)
{
	if (m->nan < FB_MAX_ANCHORS) {
		m->an[m->nan].slot = slot;
		m->an[m->nan++].value = value;
	}
	m->anchored |= counts;
}

/* The value of anchor i, the event's written into buf. */
static const char *anchor_value(const match *m, size_t i, char *buf, size_t len)
{
	if (m->an[i].value)
		return m->an[i].value;
	if (m->ex == m->ey)
		snprintf(buf, len, "E%d", m->ex + 1);
	else
		snprintf(buf, len, "E%d/E%d", m->ex + 1, m->ey + 1);
	return buf;
}

/* Do two word lists share a word? */
static int words_meet(const char *p, const char *q)
{
	for (const char *s = p; *s;) {
		size_t n = strcspn(s, " -");
		for (const char *t = q; *t;) {
			size_t m = strcspn(t, " -");
			if (n == m && n && strncmp(s, t, n) == 0)
				return 1;
			t += m;
			t += *t != '\0';
		}
		s += n;
		s += *s != '\0';
	}
	return 0;
}

/* Is a scope time an extent ("in 71 games", "over 12 races"): a
 * preposition, then a number (not a year)? */
static int extent(const char *t)
{
	static const char *const preps[] = { "in ", "over ", "across " };
	static const char *const digits[] = { "two ", "three ", "four ", "five ", "six ", "seven ", "eight ",
		"nine ", "ten ", "a dozen " };
	for (size_t i = 0; t && i < sizeof preps / sizeof *preps; i++) {
		size_t n = strlen(preps[i]);
		if (strncmp(t, preps[i], n) != 0)
			continue;
		const char *r = t + n;
		if (fb_isdigit((unsigned char)*r))
			return strspn(r, "0123456789,") != 4 || r[4] != '\0';
		for (size_t j = 0; j < sizeof digits / sizeof *digits; j++)
			if (strncmp(r, digits[j], strlen(digits[j])) == 0)
				return 1;
	}
	return 0;
}

/* Per head noun, over the whole article: does it count for two or more
 * holders, or in two or more places? Then a mention that names neither is
 * not known to be about the one a named mention is about. */
struct head_stat {
	const char *holder, *place; /* the first seen */
	int many_holders, many_places;
};

static void note(const char **first, int *many, const char *v)
{
	if (!v)
		return;
	if (!*first)
		*first = v;
	else if (strcmp(*first, v) != 0)
		*many = 1;
}

static head_stat *head_stats(const aligner *a, fb_lexicon *index)
{
	head_stat *hs = fb_xcalloc(a->c->nc ? a->c->nc : 1, sizeof *hs);
	size_t n = 0;
	for (size_t i = 0; i < a->c->nc; i++) {
		const fb_scope *s = &a->sc[i];
		if (!s->set || !s->head || !comparable(s))
			continue;
		const fb_entry *e = fb_lexicon_get(index, s->head, strlen(s->head));
		if (!e) {
			fb_entry *ne = fb_lexicon_add(index, s->head, strlen(s->head), NULL, 0);
			ne->line = ++n;
			e = ne;
		}
		head_stat *h = &hs[e->line - 1];
		note(&h->holder, &h->many_holders, s->holder);
		note(&h->place, &h->many_places, s->place);
	}
	return hs;
}

/* Is a claim's predicate known (a listed measure, or a verb of a
 * relative clause), not the bare "number"? */
static int predicate_known(const fb_scope *s, const fb_claim *k)
{
	return s->measure || s->relative || (k->measure && strcmp(k->measure, "number") != 0);
}

/* The next word of s[*i, n), lower case, in w (at most wn bytes); articles
 * are skipped. Returns its length, 0 at the end or at a clause break. */
static size_t next_word(const char *s, size_t n, size_t *i, char *w, size_t wn)
{
	for (;;) {
		while (*i < n && !fb_isalnum((unsigned char)s[*i]) && s[*i] != ',' && s[*i] != ';' && s[*i] != '.')
			(*i)++;
		if (*i >= n || !fb_isalnum((unsigned char)s[*i]))
			return 0;
		size_t l = 0;
		while (*i < n && (fb_isalnum((unsigned char)s[*i]) || s[*i] == '\'' || s[*i] == '-')) {
			if (l + 1 < wn)
				w[l++] = (char)fb_tolower((unsigned char)s[*i]);
			(*i)++;
		}
		w[l] = '\0';
		if (strcmp(w, "a") != 0 && strcmp(w, "an") != 0 && strcmp(w, "the") != 0)
			return l;
	}
}

/* 1: a preposition (an object's start, or an adjunct's after it); 2: an
 * auxiliary (the main clause's verb after a relative one); 0: other. */
static int closed_word(const char *w)
{
	static const char *const preps[] = { "for", "against", "on", "in", "at", "by", "to", "from", "with", "of",
		"over", "after", "before", "during", "since", "into", "about", "under", "across" };
	static const char *const aux[] = { "was", "were", "is", "are", "had", "have", "has", "will", "would", "said",
		"say", "says", "did", "do", "does", "could", "can", "may", "might", "should", "must", "been", "be", "and",
		"but", "or" };
	for (size_t i = 0; i < sizeof aux / sizeof *aux; i++)
		if (strcmp(w, aux[i]) == 0)
			return 2;
	for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
		if (strcmp(w, preps[i]) == 0)
			return 1;
	return 0;
}

/* Does the relative clause rel ("voted for a smaller increase") agree with
 * what claim ci's sentence says after the same verb ("Seven ... voted for
 * the increase": no)? A relative clause of ci's own must have the same
 * verb; a sentence without the verb agrees (nothing says otherwise). */
static int clause_agrees(const aligner *a, const char *rel, size_t ci)
{
	const fb_scope *so = &a->sc[ci];
	const char *t;
	size_t n, i = 0, r = 0, rn = strlen(rel);
	char rw[48], tw[48], verb[48];
	if (!next_word(rel, rn, &r, verb, sizeof verb))
		return 1;
	if (so->rel_verb) {
		t = so->rel_verb, n = strlen(t);
		if (!next_word(t, n, &i, tw, sizeof tw) || strcmp(tw, verb) != 0)
			return 0; /* "who backed" against "who voted" */
	} else {
		const fb_sent *st = &a->doc->sent[a->c->c[ci].sent];
		t = a->doc->buf + st->start, n = st->end - st->start;
		int found = 0;
		while (!found && i < n) {
			size_t at = i;
			if (!next_word(t, n, &i, tw, sizeof tw)) {
				i = at + 1;
				continue;
			}
			found = strcmp(tw, verb) == 0;
		}
		if (!found)
			return 1;
	}
	/* a preposition right after the verb on both sides, then the object
	 * up to its end: "for a smaller increase" against "for the increase";
	 * not "on doors in Milwaukee" against "on doors for Halvorsen" (an
	 * adjunct after the object), nor "who voted heard the result" (the
	 * main clause's verb after the relative one) */
	if (!next_word(rel, rn, &r, rw, sizeof rw) || closed_word(rw) != 1 || !next_word(t, n, &i, tw, sizeof tw) ||
	    closed_word(tw) != 1)
		return 1; /* "who voted heard ...", "1,900 of them commute daily" */
	if (strcmp(rw, tw) != 0)
		return 0; /* "voted for" against "voted against" */
	for (int k = 0; k < 4 && next_word(rel, rn, &r, rw, sizeof rw) && !closed_word(rw); k++) {
		if (!next_word(t, n, &i, tw, sizeof tw) || closed_word(tw))
			break; /* "for the ruling on Friday": the object ended */
		if (strcmp(rw, tw) != 0)
			return 0;
	}
	return 1;
}

/* "Three people died in the capital alone": the sentence marks its place
 * as one part of more. */
static int says_alone(const aligner *a, const fb_claim *k)
{
	const fb_sent *st = &a->doc->sent[k->sent];
	const char *b = a->doc->buf;
	for (size_t i = st->start; i + 5 <= st->end; i++)
		if (fb_word_eq(b + i, 5, "alone") && (i == st->start || !fb_isalnum((unsigned char)b[i - 1])) &&
		    (i + 5 == st->end || !fb_isalnum((unsigned char)b[i + 5])))
			return 1;
	return 0;
}

/* Does claim ci's sentence name the object of the relative clause rel
 * ("bill" in "backed the bill")? */
static int object_shared(const aligner *a, const char *rel, size_t ci)
{
	char rw[48], tw[48];
	size_t r = 0, rn = rel ? strlen(rel) : 0;
	if (!rel || !next_word(rel, rn, &r, rw, sizeof rw)) /* the verb */
		return 0;
	int found = 0;
	for (int k = 0; k < 3 && !found && next_word(rel, rn, &r, rw, sizeof rw); k++)
		found = !closed_word(rw); /* past "for", "against" */
	if (!found || strlen(rw) < 3)
		return 0;
	const fb_sent *st = &a->doc->sent[a->c->c[ci].sent];
	const char *t = a->doc->buf + st->start;
	size_t n = st->end - st->start, i = 0;
	while (i < n) {
		size_t at = i;
		if (!next_word(t, n, &i, tw, sizeof tw)) {
			i = at + 1;
			continue;
		}
		if (strcmp(tw, rw) == 0)
			return 1;
	}
	return 0;
}

/* May x and y be compared, and how? Fills the anchors they agree on: the
 * same event and head always; at least one more is needed (a shared
 * holder, place, time or modifier, a definite mention, or the lede). */
static void scope_match(const aligner *a, const member *x, const member *y, const head_stat *hs,
    int many_times, int many_agents, int money, const char *measure, const char *head, match *m)
{
	int many_holders = hs && hs->many_holders, many_places = hs && hs->many_places;
	const fb_scope *sx = &a->sc[x->claim], *sy = &a->sc[y->claim];
	const fb_claim *kx = &a->c->c[x->claim], *ky = &a->c->c[y->claim];
	memset(m, 0, sizeof *m);
	m->verdict = SC_NO;
	if (sx->item != sy->item)
		return; /* two items of a news-in-brief page */
	int dx = sx->determiner == FB_DET_DEFINITE || sx->determiner == FB_DET_UNIVERSAL;
	int dy = sy->determiner == FB_DET_DEFINITE || sy->determiner == FB_DET_UNIVERSAL;
	/* the event, but for a superlative's frame ("the most since 2009") */
	int ex = sx->framed ? 0 : kx->event, ey = sy->framed ? 0 : ky->event;
	if (ex != ey) {
		/* "41 residents had developed the disease since 2009" and "the 52
		 * residents who developed the disease": a definite mention of the
		 * article's own event, with no time of its own, whose relative
		 * clause does the other's predicate, points back to it */
		const fb_scope *d = dx && ex == 0 && !sx->time ? sx : dy && ey == 0 && !sy->time ? sy : NULL;
		if (!d || !d->relative || !d->predicate || strcmp(d->predicate, measure) != 0)
			return;
	}
	if (sx->time && sy->time && strcmp(sx->time, sy->time) != 0 &&
	    !(sx->entry && sy->entry && (dx || dy) && sx->place && sy->place && strcmp(sx->place, sy->place) == 0))
		return; /* this month's money against last month's; a live blog's
		         * entries are apart, but for a definite restatement of
		         * one place's number ("the 18 electoral votes from Ohio") */
	if (sx->superseded != sy->superseded)
		return; /* "early reports put the toll at seven": another time */
	if (sx->agent && sy->agent && strcmp(sx->agent, sy->agent) != 0)
		return; /* what retailers shed against what builders added */
	if (sx->holder && sy->holder && strcmp(sx->holder, sy->holder) != 0)
		return; /* one candidate's delegates against the other's */
	if ((!sx->holder) != (!sy->holder) && many_holders)
		return; /* whose, when the article counts for several holders? */
	if ((!sx->time) != (!sy->time) && many_times) {
		/* "$2.2 million in April" against the title's "$6.1 million":
		 * when, if the article counts for several periods? A definite
		 * mention without a time points back to one ("the $5.9 million
		 * raised in the quarter"). */
		const fb_scope *untimed = sx->time ? sy : sx, *timed = sx->time ? sx : sy;
		if (untimed->determiner != FB_DET_DEFINITE && untimed->determiner != FB_DET_UNIVERSAL)
			return;
		if (extent(timed->time))
			return; /* "58 goals in 71 games" is a career's, not the season's
			         * "27 goals Pike scored": a definite points back to a
			         * period, not to a count over so many games */
	}
	if (sx->place && sy->place && strcmp(sx->place, sy->place) != 0)
		return; /* one town's dead against another's */
	if (sx->modifiers && sy->modifiers && !words_meet(sx->modifiers, sy->modifiers))
		return; /* likely voters against registered voters */
	if ((!sx->modifiers) != (!sy->modifiers) && strcmp(measure, "number") == 0) {
		/* "900 replacement nurses" against "the nurses": a restriction on
		 * one side only, with no predicate shared, is another set unless
		 * the restricted mention is itself definite */
		const fb_scope *r = sx->modifiers ? sx : sy;
		if (r->determiner != FB_DET_DEFINITE && r->determiner != FB_DET_UNIVERSAL)
			return;
	}
	/* "the 1,950 passengers who commute" against "2,500 passengers" or
	 * "300 passengers wrote to complain": a set its relative clause
	 * restricts is not one whose predicate is unknown */
	if ((sx->relative && !dy && !predicate_known(sy, ky) && !object_shared(a, sx->rel_verb, y->claim)) ||
	    (sy->relative && !dx && !predicate_known(sx, kx) && !object_shared(a, sy->rel_verb, x->claim)))
		return; /* but "the 24 Republicans who backed the bill" and "22
		         * Republicans joined ... in voting for the bill" */
	/* "the seven members who backed the increase" and "the two members
	 * who voted for a smaller one": each set is what its own clause says */
	if ((sx->rel_verb && !clause_agrees(a, sx->rel_verb, y->claim)) ||
	    (sy->rel_verb && !clause_agrees(a, sy->rel_verb, x->claim)))
		return;
	/* "the two schools proposed for closure" against "9 of the district's
	 * 27 schools": a set its own clause restricts is no holder's whole */
	if ((sx->rel_verb && sy->framed && dy && !sy->rel_verb) || (sy->rel_verb && sx->framed && dx && !sx->rel_verb))
		return;
	int part_x = sx->role == FB_RO_PART, part_y = sy->role == FB_RO_PART;
	if ((!sx->place) != (!sy->place) && many_places) {
		/* one place's number against the article's total; the lede's
		 * place is the scene of the whole ("6,200 nurses in Marlow
		 * walked out" and "the 6,200 striking nurses") */
		part_x |= sx->place != NULL && !(sx->lede && dy && !says_alone(a, kx));
		part_y |= sy->place != NULL && !(sy->lede && dx && !says_alone(a, ky));
	}
	if ((!sx->agent) != (!sy->agent) && many_agents) {
		/* "construction added 12,000 jobs" against the month's total,
		 * when the article counts what several agents did */
		part_x |= sx->agent != NULL;
		part_y |= sy->agent != NULL;
	}
	/* "34 people were killed in October" against "the fighting has killed
	 * 18,000": a timed count is a part of a running total with no time */
	if ((!sx->time) != (!sy->time)) {
		part_x |= sx->time && sy->cumulative && !sx->cumulative;
		part_y |= sy->time && sx->cumulative && !sy->cumulative;
	}
	/* "the 300,000 people in Kessa", a set joined from another verb, is
	 * no set of a mention with no place ("2.1 million forced from their
	 * homes") */
	if (strcmp(measure, "number") != 0 && ((x->guest == 1 && sx->place && !sy->place && !sy->holder) ||
	    (y->guest == 1 && sy->place && !sx->place && !sx->holder)))
		return; /* (not against "The Ardent school has 800 students": no verb) */
	if (part_x && part_y)
		return;
	/* "nine members of the committee" is no part of "the two members who
	 * voted for a smaller rise": a set its own clause restricts is the
	 * whole only of a part said to be of it ("three of them") */
	if ((part_x && !part_y && sy->rel_verb && sx->part_of < 0) ||
	    (part_y && !part_x && sx->rel_verb && sy->part_of < 0))
		return;
	m->verdict = part_x ? SC_PART_X : part_y ? SC_PART_Y : SC_SAME;
	m->ex = ex, m->ey = ey;
	anchor(m, "event", NULL, ex != ey);
	anchor(m, "head", head, 0);
	if (sx->holder && sy->holder)
		anchor(m, "holder", sx->holder, 1);
	if (sx->place && sy->place)
		anchor(m, "place", sx->place, 1);
	if (sx->time && sy->time && strcmp(sx->time, sy->time) == 0)
		anchor(m, "time", sx->time, 1);
	if (sx->modifiers && sy->modifiers)
		anchor(m, "modifiers", sx->modifiers, 1);
	/* a definite mention points back: "the 12,000 people under evacuation
	 * orders" is no anchor to "about 300 people" told to leave later on */
	const fb_quantity *qx = quantity_of(a, kx), *qy = quantity_of(a, ky);
	int x_later = qx && qy && qx->start > qy->start;
	int own_verb = strcmp(measure, "number") != 0 && x->guest != 1 && y->guest != 1; /* both did it */
	/* "the seven seats on the ballot": restricted after its noun, a set of
	 * its own but for an earlier mention that agrees or a verb both do */
	int ax = dx && (x->backed || own_verb || (!sx->restricted && x_later));
	int ay = dy && (y->backed || own_verb || (!sy->restricted && !x_later));
	if (ax || ay)
		anchor(m, "determiner", dx && dy ? "both definite" : "one definite", 1);
	/* both "killed"; a sum paid is no set: what for? A guest, joined from
	 * another predicate, does not do this one */
	if (strcmp(measure, "number") != 0)
		anchor(m, "predicate", measure, !money && own_verb);
	/* "this year's $46.7 billion budget" against "the governor has
	 * proposed a budget of $48.1 billion": each has a slot the other has
	 * not (a time, a holder); the lede alone does not join them */
	int only_x = (sx->holder && !sy->holder) || (sx->time && !sy->time) || (sx->place && !sy->place);
	int only_y = (sy->holder && !sx->holder) || (sy->time && !sx->time) || (sy->place && !sx->place);
	if (sx->lede || sy->lede)
		anchor(m, "lede", sx->lede && sy->lede ? "both in the title or lede" : "one in the title or lede",
		    m->anchored || !(only_x && only_y));
	if (!m->anchored) {
		m->nan = 0;
		m->verdict = SC_NO;
	}
}

/* "same event E1, same head 'people', same holder 'Estes', one definite" */
static void say_anchors(fb_buf *o, const match *m)
{
	char ev[32];
	for (size_t i = 0; i < m->nan; i++) {
		fb_buf_puts(o, i ? ", " : "; compared on: ");
		const char *sl = m->an[i].slot, *v = anchor_value(m, i, ev, sizeof ev);
		if (strcmp(sl, "determiner") == 0 || strcmp(sl, "lede") == 0)
			fb_buf_puts(o, v);
		else if (strcmp(sl, "event") == 0 && strchr(v, '/'))
			fb_buf_printf(o, "events %s (a definite restatement)", v);
		else if (strcmp(sl, "event") == 0)
			fb_buf_printf(o, "same event %s", v);
		else if (strcmp(sl, "predicate") == 0)
			fb_buf_printf(o, "both '%s'", v);
		else
			fb_buf_printf(o, "same %s '%s'", sl, v);
	}
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
	const char *om = so->measure ? so->measure : so->predicate ? so->predicate : ko->measure;
	if (!om || strcmp(om, b->measure) != 0 || a->sc[other->claim].role != FB_RO_TOTAL)
		return 0; /* a guest of the bucket: a set's size under another verb */
	const fb_quantity *qw = quantity_of(a, &a->c->c[w]);
	if (!qw || !qw->has_value)
		return 0;
	interval wv = exact(qw->value); /* "about 2,400" restated is 2,400 */
	return disjoint(&wv, &other->v);
}

/* "45 of its 380 stores" ... "the 45 stores it will close": a mention of
 * the same number as a part of w's whole speaks of that part, not of w. */
static int restates_part(const aligner *a, const member *w, const member *o)
{
	for (int i = a->first_part[w->claim]; i >= 0; i = a->next_part[i]) {
		if ((size_t)i == o->claim)
			continue;
		const fb_quantity *q = quantity_of(a, &a->c->c[i]);
		if (!q)
			continue;
		interval pv = interval_of(q);
		if (!disjoint(&pv, &o->v))
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
			note(&first, &many, a->sc[b->m[i].claim].time);
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
		note(&first, &many, a->sc[b->m[i].claim].agent);
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
		    para_of(a, z->claim) == para_of(a, u->claim))
			continue;
		if (!disjoint(&z->v, &u->v))
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
		const fb_quantity *qx = quantity_of(a, &a->c->c[x->claim]);
		x->backed = 0;
		for (size_t j = 0; j < b->nm && j < MAX_COMPARE && qx && !x->backed; j++) {
			const member *z = &b->m[j];
			const fb_quantity *qz = quantity_of(a, &a->c->c[z->claim]);
			x->backed = z != x && !z->sub && qz && qz->start < qx->start &&
			    para_of(a, z->claim) != para_of(a, x->claim) && !disjoint(&z->v, &x->v);
		}
	}
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
	const fb_entry *he = fb_lexicon_get(a->heads, b->subject, strlen(b->subject));
	const head_stat *hs = he ? &a->hs[he->line - 1] : NULL;
	int main_times = -1;
	int many_agents = bucket_agents(a, b);
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
			member *x = &b->m[i], *y = &b->m[j];
			if (x->sub && y->sub)
				continue; /* two parts of the whole say nothing of each other */
			if (x->guest && y->guest)
				continue; /* "the 41 boxes we took down" and "the 88 boxes now
				           * in use" met under a third verb: neither did it */
			if ((x->guest == 2 && !a->sc[y->claim].lede) || (y->guest == 2 && !a->sc[x->claim].lede))
				continue; /* a restating sum meets the lede's sum only */
			if (para_of(a, x->claim) == para_of(a, y->claim))
				continue; /* one paragraph does not contradict itself */
			if (!a->sc[x->claim].headline && !a->sc[y->claim].headline &&
			    !same_names(&a->c->c[x->claim], &a->c->c[y->claim]))
				continue; /* 84,121 votes for one candidate, 58,825 for another */
			if (restates_part(a, x, y) || restates_part(a, y, x))
				continue;
			if (points_elsewhere(a, b, x, y) || points_elsewhere(a, b, y, x))
				continue;
			match m;
			scope_match(a, x, y, hs, times[i], many_agents, b->unit != NULL, b->measure,
			    b->subject, &m);
			if (m.verdict == SC_NO)
				continue;
			member *whole = x->sub ? y : x, *part = x->sub ? x : y;
			int is_review = 0, in_part = 0;
			/* "2,118 of them voted" against "the 2,180 who voted": both
			 * the set that voted */
			int restated = m.verdict != SC_SAME && !x->sub && !y->sub &&
			    subset_restated(a, b, m.verdict == SC_PART_X ? x : y, m.verdict == SC_PART_X ? y : x);
			if (m.verdict != SC_SAME && !x->sub && !y->sub && !restated) {
				/* "four of the five", one town's dead: a part is never
				 * more than its whole */
				part = m.verdict == SC_PART_X ? x : y;
				whole = part == x ? y : x;
				in_part = 1;
				if (!(whole->v.has_hi && part->v.has_lo && (part->v.lo > whole->v.hi ||
				    (part->v.lo == whole->v.hi && (part->v.lo_open || whole->v.hi_open))))) {
					continue;
				}
				is_review = 1;
			} else if (!part->sub) {
				if (!disjoint(&x->v, &y->v)) {
					continue;
				}
				/* a vague quantity against an exact one: review */
				const fb_quantity *qx = quantity_of(a, &a->c->c[x->claim]), *qy = quantity_of(a, &a->c->c[y->claim]);
				is_review = (qx && qx->vague) || (qy && qy->vague);
			} else {
				/* a sub-class can be smaller than the whole, never
				 * larger; read loosely, it may be meant as the whole.
				 * A kind by WordNet only against a definite mention
				 * ("all 44,000 contributors"): "15 girls" and "9 women"
				 * may be two sets */
				const fb_scope *sw = &a->sc[whole->claim], *sp = &a->sc[part->claim];
				if (part->kind && sw->determiner != FB_DET_DEFINITE && sw->determiner != FB_DET_UNIVERSAL &&
				    sp->determiner != FB_DET_DEFINITE && sp->determiner != FB_DET_UNIVERSAL) {
					continue;
				}
				interval below = part->v;
				int larger = whole->v.has_hi && below.has_lo &&
				    (below.lo > whole->v.hi || (below.lo == whole->v.hi && (below.lo_open || whole->v.hi_open)));
				if (larger)
					is_review = 1;
				else if (part->loose && disjoint(&x->v, &y->v))
					is_review = 1;
				else {
					continue;
				}
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
			fb_buf r = { 0 };
			char *da = describe_member(a, ma), *db = describe_member(a, mb);
			fb_buf_printf(&r, "%s (paragraph %zu) vs %s (paragraph %zu)",
			    da, para_of(a, ma->claim) + 1, db, para_of(a, mb->claim) + 1);
			free(da);
			free(db);
			if (in_part)
				fb_buf_printf(&r, ": a part larger than its whole");
			else if (is_review && part->sub)
				fb_buf_printf(&r, ": only a conflict if '%s' means all the %s", part->cls, b->subject);
			else if (is_review)
				fb_buf_printf(&r, ": one of the two is vague");
			say_anchors(&r, &m);
			p->reason = r.p;
			char ev[32];
			for (size_t t = 0; t < m.nan; t++) {
				p->anchors[t].slot = m.an[t].slot;
				p->anchors[t].value = fb_xstrdup(anchor_value(&m, t, ev, sizeof ev));
			}
			p->nanchors = m.nan;
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

/* ------------------------------------------------------ apposed lists */

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
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || !comparable(s) || s->function != FB_QF_COUNT ||
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
		put_text(&r, b + q->start, ne - q->start);
		fb_buf_printf(&r, " (paragraph %zu) vs %zu named: ", para_of(a, ci) + 1, n);
		put_text(&r, b + ls, le - ls);
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

fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const fb_claims *c)
{
	aligner a = { cl, doc, ql, at, c, NULL, NULL, NULL, NULL, 0, 0, fb_lexicon_new(), NULL, NULL, NULL, NULL, NULL, 0, 0 };
	fb_alignment *al = fb_xcalloc(1, sizeof *al);
	al->scope = fb_scopes_build(cl, doc, ql, c);
	al->nscope = c->nc;
	a.sc = al->scope;
	a.heads = fb_lexicon_new();
	a.hs = head_stats(&a, a.heads);
	a.first_part = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.first_part);
	a.subject = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.subject);
	a.said_at = fb_lexicon_new();
	a.next_part = fb_xcalloc(c->nc ? c->nc : 1, sizeof *a.next_part);
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
		const fb_quantity *q = quantity_of(&a, &c->c[i]);
		al->claim_status[i] = q && q->vague && !q->has_min && !q->has_max ? FB_ST_UNVERIFIABLE : FB_ST_SINGLE;
	}
	collect(&a);
	across_predicates(&a);
	sum_restatements(&a);
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
	apposed_lists(&a, al, &gcap);
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
