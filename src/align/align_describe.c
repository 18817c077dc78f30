/* align_describe.c - a claim's value as an interval, and the words a
 * group's explanation gives each member ("5 (2 policemen + 3 civilians)"). */
#include "align_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Labels (years, ages, scores), hypotheticals, generic rules and one
 * individual ("one witness") are no quantity to compare. */
int align_comparable(const fb_scope *s)
{
	return s->set && s->function != FB_QF_LABEL && s->mode == FB_MO_ASSERTED && !s->individual;
}

interval align_interval_of(const fb_quantity *q)
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

interval align_exact(double x)
{
	interval v = { 1, 1, x, x, 0, 0 };
	return v;
}

/* Can no value lie in both? */
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

void align_put_text(fb_buf *o, const char *s, size_t n)
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
		align_put_text(&o, a->doc->buf + parts[0].what_start, parts[0].what_end - parts[0].what_start);
		return o.p;
	}
	if (nparts == 0 && q && q->nparts == 0) {
		/* as the article puts it: "about 3,000 people" */
		align_put_text(&o, a->doc->buf + q->start, q->end - q->start);
		if (k->noun_end > k->noun_start && !(k->noun_start >= q->start && k->noun_end <= q->end)) {
			fb_buf_putc(&o, ' ');
			align_put_text(&o, a->doc->buf + k->noun_start, k->noun_end - k->noun_start);
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
			align_put_text(&o, a->doc->buf + parts[i].what_start, parts[i].what_end - parts[i].what_start);
		}
		fb_buf_putc(&o, ')');
	} else if (k->noun_end > k->noun_start) {
		fb_buf_putc(&o, ' ');
		align_put_text(&o, a->doc->buf + k->noun_start, k->noun_end - k->noun_start);
	} else if (cls) {
		fb_buf_putc(&o, ' ');
		fb_buf_puts(&o, cls);
	}
	return o.p;
}

/* The class of an enumeration part's noun. */
const char *align_part_class(const aligner *a, const fb_part *pt)
{
	return fb_class_in(a->cl, a->doc->buf + pt->what_start, pt->what_end - pt->what_start);
}

/* A member's description, as describe() writes it for the parts it
 * speaks for. Caller frees. */
char *align_describe_member(const aligner *a, const member *m)
{
	const fb_claim *k = &a->c->c[m->claim];
	const fb_quantity *q = align_quantity_of(a, k);
	if (m->parts == DESC_NO_PARTS || !q)
		return describe(a, k, &m->v, NULL, 0, m->cls);
	if (m->parts == DESC_PARTS)
		return describe(a, k, &m->v, q->parts, q->nparts, m->cls);
	fb_part sub[FB_MAX_PARTS];
	size_t nsub = 0;
	for (size_t i = 0; i < q->nparts && nsub < FB_MAX_PARTS; i++) {
		const char *pc = align_part_class(a, &q->parts[i]);
		if (pc && fb_class_within(a->cl, pc, m->cls))
			sub[nsub++] = q->parts[i];
	}
	return describe(a, k, &m->v, sub, nsub, m->cls);
}
