/* quantity.c - a record quantity as a reader sees it in the brief:
 * "≥ 4", "5 (2 + 2 + 1)", "≤ 3 h". */
#include "render_pdf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ------------------------------------------------------ quantity formatting */

/* A number for people: integers plain (grouped by thousands from 10 000),
 * others with up to six significant digits. */
static void put_num(fb_buf *b, double v)
{
	if (!isfinite(v)) {
		fb_buf_puts(b, "?");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		long long x = (long long)v;
		char d[32];
		snprintf(d, sizeof d, "%lld", x < 0 ? -x : x);
		if (x < 0)
			fb_buf_putc(b, '-');
		size_t n = strlen(d);
		for (size_t i = 0; i < n; i++) {
			if (n > 4 && i && (n - i) % 3 == 0)
				fb_buf_putc(b, ',');
			fb_buf_putc(b, d[i]);
		}
		return;
	}
	fb_buf_printf(b, "%.6g", v);
}

static const struct { const char *unit, *prefix, *suffix; } unit_fmt[] = {
	{ "hour", "", " h" }, { "minute", "", " min" }, { "second", "", " s" },
	{ "day", "", " d" }, { "week", "", " wk" }, { "month", "", " mo" }, { "year", "", " yr" },
	{ "percent", "", "%" }, { "USD", "$", "" }, { "EUR", "\xe2\x82\xac", "" },
	{ "GBP", "\xc2\xa3", "" }, { "person", "", "" }, { "people", "", "" },
};

/* Appends one bound with the unit around it. */
static void put_val(fb_buf *b, double v, const char *unit, int ordinal)
{
	const char *pre = "", *suf = "";
	char tmp[64];
	if (unit) {
		size_t i;
		for (i = 0; i < sizeof unit_fmt / sizeof unit_fmt[0]; i++)
			if (strcmp(unit, unit_fmt[i].unit) == 0)
				break;
		if (i < sizeof unit_fmt / sizeof unit_fmt[0])
			pre = unit_fmt[i].prefix, suf = unit_fmt[i].suffix;
		else if (strlen(unit) < 40 && !ordinal) {
			snprintf(tmp, sizeof tmp, " %s", unit);
			suf = tmp;
		}
	}
	fb_buf_puts(b, pre);
	put_num(b, v);
	if (ordinal && v == floor(v) && v >= 0 && v < 1e15) { /* no "1e+26th" */
		int x = (int)fmod(v, 100.0); /* the last two digits */
		const char *o = "th";
		if (x < 11 || x > 13)
			o = x % 10 == 1 ? "st" : x % 10 == 2 ? "nd" : x % 10 == 3 ? "rd" : "th";
		fb_buf_puts(b, o);
	}
	fb_buf_puts(b, suf);
}

char *fb_pdf_format_quantity(const fb_rec_quantity *q)
{
	return fb_pdf_format_quantity_max(q, FB_PDF_MAX_PARTS);
}

char *fb_pdf_format_quantity_max(const fb_rec_quantity *q, long max_parts)
{
	if (!q)
		return fb_xstrdup("\xe2\x80\x94");
	fb_buf b = {0};
	double v = q->value.v, lo = q->min.v, hi = q->max.v;
	int hv = q->value.has, hlo = q->min.has, hhi = q->max.has;
	const char *unit = q->unit;
	const char *kind = q->kind;
	int ordinal = kind && strcmp(kind, "ordinal") == 0;
	const char *surface = q->surface;
	int approx = q->approx;
	int when = kind && (strcmp(kind, "date") == 0 || strcmp(kind, "time") == 0);
	if (when || q->vague || (!hv && !hlo && !hhi)) {
		/* a date is shown as written: "1987", not "1987 yr" */
		fb_buf_puts(&b, surface && *surface ? surface : "?");
		return b.p;
	}
	if (approx)
		fb_buf_puts(&b, "\xe2\x89\x88 "); /* ≈ */
	if (hv) {
		put_val(&b, v, unit, ordinal);
		size_t np = q->nparts;
		if (np > 1 && max_parts > 0) {
			/* past max_parts: the first ones, then how many more */
			size_t show = np > (size_t)max_parts ? (size_t)max_parts : np;
			fb_buf_puts(&b, " (");
			for (size_t i = 0; i < show; i++) {
				if (i)
					fb_buf_puts(&b, " + ");
				if (q->parts[i].value.has)
					put_num(&b, q->parts[i].value.v);
				else
					fb_buf_puts(&b, "?");
			}
			if (show < np) {
				fb_buf_puts(&b, " + \xe2\x80\xa6 "); /* … */
				put_num(&b, (double)(np - show));
				fb_buf_puts(&b, np - show == 1 ? " more part" : " more parts");
			}
			fb_buf_putc(&b, ')');
		}
	} else if (hlo && hhi) {
		put_num(&b, lo);
		fb_buf_puts(&b, "\xe2\x80\x93"); /* – */
		put_val(&b, hi, unit, ordinal);
	} else if (approx) {
		put_val(&b, hlo ? lo : hi, unit, ordinal); /* "nearly six hours": ≈ 6 h */
	} else if (hlo) {
		fb_buf_puts(&b, q->min_open ? "> " : "\xe2\x89\xa5 ");
		put_val(&b, lo, unit, ordinal);
	} else {
		fb_buf_puts(&b, q->max_open ? "< " : "\xe2\x89\xa4 ");
		put_val(&b, hi, unit, ordinal);
	}
	return b.p;
}
