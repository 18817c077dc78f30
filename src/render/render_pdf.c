/* render_pdf.c - the PDF brief: lays the record out into a display list
 * (so "page N of M" is known before drawing), then draws it with libharu. */
#include "render.h"
#include "render_pdf.h"

#include <hpdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "hpdf_fixups.h"
#include "util.h"

#ifndef FB_ICC_PROFILE
#define FB_ICC_PROFILE "/usr/share/color/icc/sRGB.icc" /* Debian icc-profiles-free */
#endif

/* libharu deflates at 6; libdeflate at 6 is as small or smaller, faster. */
#define FB_PDF_DEFLATE_LEVEL 6

#ifndef FB_VERSION
#define FB_VERSION "0"
#endif

/* ------------------------------------------------------------ line breaking */

static int is_ws(unsigned char c) { return fb_isspace(c); }

/* Length of the UTF-8 character starting with byte c (1 for stray bytes). */
static size_t u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

void fb_pdf_fold(const char *s, size_t a, size_t b, fb_buf *out)
{
	int sp = 0;
	for (size_t i = a; i < b; i++) {
		if (is_ws((unsigned char)s[i])) {
			sp = 1;
			continue;
		}
		if (sp)
			fb_buf_putc(out, ' ');
		sp = 0;
		fb_buf_putc(out, s[i]);
	}
}

/* 1 when s[0,n) is surely wider than maxw, told from prefixes of doubling
 * length (widths only grow as characters are added), so that a word of a
 * megabyte costs about a line's measuring, not the whole word's, per line;
 * 0 when it may fit (the caller then measures it whole, as before). */
static int too_wide(const char *s, size_t n, float maxw, fb_measure_fn m, void *ctx)
{
	for (size_t p = 16; p < n; p *= 2) {
		while (p < n && ((unsigned char)s[p] & 0xc0) == 0x80)
			p++;
		if (p >= n)
			break;
		if (m(ctx, s, p) > maxw)
			return 1;
	}
	return 0;
}

size_t fb_pdf_wrap(const char *s, size_t n, float maxw, fb_measure_fn m, void *ctx, fb_line **lines)
{
	fb_line *v = NULL;
	size_t nv = 0, cap = 0;
	float spw = m(ctx, " ", 1);
	size_t ls = 0, le = 0; /* the open line, empty when ls == le */
	float lw = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && is_ws((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		size_t ws = i;
		while (i < n && !is_ws((unsigned char)s[i]))
			i++;
		size_t we = i;
		while (ws < we) {
			/* a (rest of a) word surely too wide for any line is not
			 * measured whole: it is broken below */
			int wide = too_wide(s + ws, we - ws, maxw, m, ctx);
			float ww = wide ? 0 : m(ctx, s + ws, we - ws);
			if (!wide && ls < le && lw + spw + ww <= maxw) {
				le = we, lw += spw + ww;
				break;
			}
			if (ls < le) {
				fb_line *l = FB_PUSH(v, nv, cap);
				l->start = ls, l->end = le;
				ls = le = 0, lw = 0;
			}
			if (!wide && ww <= maxw) {
				ls = ws, le = we, lw = ww;
				break;
			}
			/* A word wider than the line: after its last hyphen that
			 * fits ("ambiguous-|mention"), else as many whole characters
			 * as fit, at least one; the rest starts the next line. The
			 * characters that fit are counted first, so that neither
			 * search looks further into the word than a line. */
			size_t k = ws;
			float w = 0;
			while (k < we) {
				size_t cl = u8len((unsigned char)s[k]);
				if (k + cl > we)
					cl = we - k;
				float cw = m(ctx, s + k, cl);
				if (k > ws && w + cw > maxw)
					break;
				w += cw;
				k += cl;
			}
			/* No hyphen past k (and a character's slack for rounding)
			 * fits; prefixes only grow, so going back from there the
			 * first hyphen that fits is the last one that does. */
			size_t hy = 0;
			for (size_t d = k + 4 < we - 1 ? k + 4 : we - 1; d > ws && !hy; d--)
				if (d + 1 < we && s[d] == '-' && m(ctx, s + ws, d + 1 - ws) <= maxw)
					hy = d + 1;
			if (hy) {
				fb_line *l = FB_PUSH(v, nv, cap);
				l->start = ws, l->end = hy;
				ws = hy;
				continue;
			}
			fb_line *l = FB_PUSH(v, nv, cap);
			l->start = ws, l->end = k;
			ws = k;
		}
	}
	if (ls < le) {
		fb_line *l = FB_PUSH(v, nv, cap);
		l->start = ls, l->end = le;
	}
	*lines = v;
	return nv;
}

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

/* ------------------------------------------------------------- display list */

enum { FN_REG, FN_BOLD, FN_MONO, FN__MAX };
enum opkind { OP_TEXT, OP_RECT, OP_LINE, OP_LINK };

typedef struct op {
	enum opkind kind;
	int page;
	int font;              /* OP_TEXT */
	float size;            /* OP_TEXT: font size; OP_LINE: line width */
	fb_rgb color;
	float x, y, w, h;      /* text: baseline origin; rect/link: box; line: from (x,y) by (w,h) */
	size_t str;            /* OP_TEXT: offset of a NUL-terminated string in the
	                          arena; OP_LINK to a claim: the claim's index */
	int loose;             /* OP_TEXT: spaces set half a space wider */
	int target;            /* OP_LINK: anchor index; <= -2: paragraph -2 - target;
	                          -1 with font 1: the row of claim str */
} op;

typedef struct anchor { int page; float y; } anchor;

typedef struct outline_ent {
	int level;             /* 0 section, 1 entry under it */
	size_t title;          /* arena offset */
	int anchor;
} outline_ent;

/* The layout state: the cursor, the display list, the anchors. */
typedef struct lay {
	const fb_template *t;
	const fb_record *rec;
	const char *article;
	size_t article_len;
	const fb_ttf *ttf[FN__MAX];  /* metrics for measuring */
	float x0, x1, top, bottom;   /* the body box */
	float y;                     /* next baseline region starts below y */
	int page, at_top;            /* current page (0-based); nothing drawn on it yet */
	int loose;                   /* text_at marks its ops loose (quantities) */
	op *ops;
	size_t nops, capops;
	fb_buf arena;
	anchor *anch;
	size_t nanch, capanch;
	outline_ent *outl;
	size_t noutl, capoutl;
	int *para_anchor;            /* paragraph n (1-based) -> anchor, or -1 */
	size_t npara_anchor;
	/* the claim table rows and conflicts link here */
	int *claim_anchor;           /* claim (index) -> anchor, or -1 */
	unsigned char *used[FN__MAX];  /* per font: bitmap of BMP code points drawn */
	/* redraw of table headers after a page break */
	const struct tcol *hdr_cols;
	size_t hdr_ncols;
	/* para_block draws no line past this page (-1: no limit) and then
	 * sets cut */
	int stop_page, cut;
} lay;

static float tw(void *ctx, int f, float size, const char *s, size_t n)
{
	lay *l = ctx;
	if (!n)
		return 0;
	return (float)fb_ttf_text_width(l->ttf[f], s, n) * size / 1000.0f;
}

/* Measuring closures for fb_pdf_wrap. */
typedef struct meas { lay *l; int f; float size; int loose; } meas;
static float meas_fn(void *ctx, const char *s, size_t n)
{
	meas *m = ctx;
	float w = tw(m->l, m->f, m->size, s, n);
	if (m->loose) /* as show_text sets it */
		for (size_t i = 0; i < n; i++)
			if (s[i] == ' ')
				w += tw(m->l, m->f, m->size, " ", 1) * 0.5f;
	return w;
}

/* Copies s[0,n) into the arena, NUL-terminated, with the characters our
 * 16-bit CID fonts cannot carry (outside the BMP) and C0 controls replaced,
 * so measuring and drawing see the same text. Returns its offset. */
static size_t arena_put(lay *l, const char *s, size_t n)
{
	size_t off = l->arena.len;
	/* at most three bytes out for a byte in (a stray byte becomes U+FFFD) */
	char *o = fb_buf_reserve(&l->arena, 3 * n + 1);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7f) {
			*o++ = (char)c, i++;
			continue;
		}
		size_t cl = u8len(c);
		if (i + cl > n)
			cl = n - i;
		if (c < 0x20 || c == 0x7f)
			*o++ = ' ';
		else if (cl == 4 || (c >= 0x80 && c < 0xc0))
			memcpy(o, "\xef\xbf\xbd", 3), o += 3;
		else
			memcpy(o, s + i, cl), o += cl;
		i += cl;
	}
	*o++ = '\0';
	l->arena.len = (size_t)(o - l->arena.p);
	l->arena.p[l->arena.len] = '\0';
	return off;
}

static const char *astr(const lay *l, size_t off) { return l->arena.p + off; }

static op *push_op(lay *l, enum opkind k)
{
	op *o = FB_PUSH(l->ops, l->nops, l->capops);
	memset(o, 0, sizeof *o);
	o->kind = k;
	o->page = l->page;
	o->target = -1;
	return o;
}

/* Links the box to the claims-table row of claim c (drawn later, so
 * resolved when drawing); a claim without an id has no row to link to. */
static void link_claim(lay *l, const fb_rec_claim *c, float x, float y, float w, float h)
{
	if (!c->id || !*c->id)
		return;
	op *o = push_op(l, OP_LINK);
	o->x = x, o->y = y, o->w = w, o->h = h;
	o->str = (size_t)(c - l->rec->claims);
	o->font = 1; /* marks str as set */
}

/* Draws text at (x, baseline y). */
static void text_at(lay *l, int f, float size, fb_rgb c, float x, float y, const char *s, size_t n)
{
	if (!n)
		return;
	op *o = push_op(l, OP_TEXT);
	o->font = f, o->size = size, o->color = c, o->x = x, o->y = y;
	o->loose = l->loose;
	o->str = arena_put(l, s, n);
	l->at_top = 0;
	const char *a = astr(l, o->str);
	size_t al = strlen(a);
	for (size_t i = 0; i < al;) {
		unsigned char b = (unsigned char)a[i];
		if (b < 0x80) {
			l->used[f][b >> 3] |= (unsigned char)(1u << (b & 7));
			i++;
			continue;
		}
		size_t cl = 1;
		unsigned cp = fb_utf8_decode(a, al, i, &cl);
		if (cl == 0)
			cl = 1;
		if (cp < 65536)
			l->used[f][cp >> 3] |= (unsigned char)(1u << (cp & 7));
		i += cl;
	}
}

static void rect_at(lay *l, fb_rgb c, float x, float y, float w, float h)
{
	op *o = push_op(l, OP_RECT);
	o->color = c, o->x = x, o->y = y, o->w = w, o->h = h;
}

static void hline(lay *l, fb_rgb c, float width, float x, float y, float len)
{
	op *o = push_op(l, OP_LINE);
	o->color = c, o->size = width, o->x = x, o->y = y, o->w = len, o->h = 0;
}

static int new_anchor(lay *l, float y)
{
	anchor *a = FB_PUSH(l->anch, l->nanch, l->capanch);
	a->page = l->page, a->y = y;
	return (int)(l->nanch - 1);
}

static void link_at(lay *l, int target, float x, float y, float w, float h)
{
	if (target == -1)
		return;
	op *o = push_op(l, OP_LINK);
	o->target = target, o->x = x, o->y = y, o->w = w, o->h = h;
}

static void outline_add(lay *l, int level, const char *title, int anc)
{
	outline_ent *e = FB_PUSH(l->outl, l->noutl, l->capoutl);
	e->level = level, e->anchor = anc;
	e->title = arena_put(l, title, strlen(title));
}

static fb_rgb tint(fb_rgb c, float k)
{
	fb_rgb r = { 1 - (1 - c.r) * k, 1 - (1 - c.g) * k, 1 - (1 - c.b) * k };
	return r;
}

static void draw_table_header(lay *l);

static void new_page(lay *l)
{
	l->page++;
	l->y = l->top;
	l->at_top = 1;
}

/* Makes room for h points below the cursor, starting a page if needed;
 * tables repeat their header row. */
static void need(lay *l, float h)
{
	if (l->y - h >= l->bottom || l->at_top)
		return;
	new_page(l);
	if (l->hdr_cols)
		draw_table_header(l);
}

static float lead(float size) { return size * 1.32f; }

/* A highlight: bytes [a, b) of a block's text, drawn behind it in c. */
typedef struct span { size_t a, b; fb_rgb c; } span;

/* Lays the highlight spans out by line: the spans of line i are
 * (*idx)[(*first)[i], (*first)[i+1]) in the order given (so drawn as
 * before), found by binary search, not by trying every span on every
 * line. Caller frees both. */
static void spans_by_line(const fb_line *ln, size_t nl, const span *hl, size_t nhl, size_t **first, size_t **idx)
{
	size_t *f = fb_xcalloc(nl + 2, sizeof *f), tot = 0;
	size_t *lo = fb_xcalloc(nhl + 1, sizeof *lo);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < nhl; k++) {
			if (pass == 0) {
				/* the first line that ends after the span starts */
				size_t a = 0, b = nl;
				while (a < b) {
					size_t m = a + (b - a) / 2;
					if (ln[m].end <= hl[k].a)
						a = m + 1;
					else
						b = m;
				}
				lo[k] = a;
			}
			for (size_t i = lo[k]; i < nl && ln[i].start < hl[k].b; i++) {
				size_t a = hl[k].a > ln[i].start ? hl[k].a : ln[i].start;
				size_t b = hl[k].b < ln[i].end ? hl[k].b : ln[i].end;
				if (a >= b)
					continue;
				if (pass == 0)
					f[i + 2]++, tot++;
				else
					(*idx)[f[i + 1]++] = k;
			}
		}
		if (pass == 0) {
			for (size_t i = 2; i < nl + 2; i++)
				f[i] += f[i - 1];
			*idx = fb_xcalloc(tot + 1, sizeof **idx);
		}
	}
	free(lo);
	*first = f; /* after the second pass f[i] is where line i starts */
}

/* Wraps and draws a block of text in [x, x+w) from the cursor down, page
 * breaking between lines. hl_* give optional highlight spans (byte ranges
 * of s, with colours). Returns the number of lines drawn; stops (and sets
 * l->cut) before a line that would fall past l->stop_page. */
static size_t para_block(lay *l, int f, float size, fb_rgb c, float x, float w,
    const char *s, size_t n, const span *hl, size_t nhl)
{
	meas m = { l, f, size, 0 };
	fb_line *ln;
	size_t nl = fb_pdf_wrap(s, n, w, meas_fn, &m, &ln);
	float ld = lead(size);
	fb_buf t = {0};
	size_t *first = NULL, *idx = NULL;
	if (nhl)
		spans_by_line(ln, nl, hl, nhl, &first, &idx);
	size_t i;
	for (i = 0; i < nl; i++) {
		need(l, ld);
		if (l->stop_page >= 0 && l->page > l->stop_page) {
			l->cut = 1;
			break;
		}
		float base = l->y - size;
		for (size_t j = nhl ? first[i] : 0; j < (nhl ? first[i + 1] : 0); j++) {
			size_t k = idx[j];
			size_t a = hl[k].a > ln[i].start ? hl[k].a : ln[i].start;
			size_t b = hl[k].b < ln[i].end ? hl[k].b : ln[i].end;
			t.len = 0;
			fb_pdf_fold(s, ln[i].start, a, &t);
			float xa = tw(l, f, size, t.p ? t.p : "", t.len);
			/* fold drops a trailing space that the line still shows */
			if (a > ln[i].start && is_ws((unsigned char)s[a - 1]))
				xa += tw(l, f, size, " ", 1);
			t.len = 0;
			fb_pdf_fold(s, ln[i].start, b, &t);
			float xb = tw(l, f, size, t.p ? t.p : "", t.len);
			rect_at(l, hl[k].c, x + xa - 1, base - size * 0.26f, xb - xa + 2, size * 1.22f);
		}
		t.len = 0;
		fb_pdf_fold(s, ln[i].start, ln[i].end, &t);
		text_at(l, f, size, c, x, base, t.p, t.len);
		l->y -= ld;
	}
	fb_buf_free(&t);
	free(ln);
	free(first);
	free(idx);
	return i;
}

static void gap(lay *l, float h)
{
	if (!l->at_top)
		l->y -= h;
}

/* A section heading with a rule, kept with at least `keep` points after. */
static int section(lay *l, const char *title, float keep)
{
	const fb_template *t = l->t;
	gap(l, t->size_heading * 1.2f);
	need(l, t->size_heading * 2.2f + keep);
	int a = new_anchor(l, l->y + 4);
	float base = l->y - t->size_heading;
	text_at(l, FN_BOLD, t->size_heading, t->color_accent, l->x0, base, title, strlen(title));
	hline(l, t->color_accent, 0.8f, l->x0, base - t->size_heading * 0.45f, l->x1 - l->x0);
	l->y = base - t->size_heading * 1.1f;
	outline_add(l, 0, title, a);
	return a;
}

/* ------------------------------------------------------------ record access */

#define S fb_rec_str

/* The status labels, in fb_rec_status order: status_label draws them. */
static const char *const *status_names = fb_rec_status_names;

/* The source name of a claim: primary source, "via" outlet, candidates. */
static char *claim_source(const fb_record *rec, const fb_rec_claim *c)
{
	fb_buf b = {0};
	const fb_rec_source *s = fb_rec_source_of(rec, c->source);
	if (s)
		fb_buf_puts(&b, S(s->name));
	else {
		for (size_t i = 0; i < c->ncandidates; i++) {
			const fb_rec_source *cs = fb_rec_source_of(rec, c->candidates[i]);
			if (!cs)
				continue;
			fb_buf_puts(&b, b.len ? " or " : "");
			fb_buf_puts(&b, S(cs->name));
		}
		if (b.len)
			fb_buf_puts(&b, "?");
		else
			fb_buf_puts(&b, "unattributed");
	}
	const fb_rec_source *via = fb_rec_source_of(rec, c->via);
	if (via && via != s)
		fb_buf_printf(&b, " (via %s)", S(via->name));
	return b.p;
}

/* Clamps a record span to the article and to UTF-8 boundaries. */
static void clamp_span(const lay *l, long long a, long long b, size_t *pa, size_t *pb)
{
	if (a < 0)
		a = 0;
	if (b < a)
		b = a;
	size_t x = (size_t)a < l->article_len ? (size_t)a : l->article_len;
	size_t y = (size_t)b < l->article_len ? (size_t)b : l->article_len;
	while (x > 0 && x < l->article_len && ((unsigned char)l->article[x] & 0xc0) == 0x80)
		x--;
	while (y < l->article_len && ((unsigned char)l->article[y] & 0xc0) == 0x80)
		y++;
	*pa = x, *pb = y;
}

/* ---------------------------------------------------------------- limits */

/* s cut after the template's max_text characters, saying how many more
 * there are. Returns a malloc'ed string; caller frees. */
static char *cap_text(const lay *l, const char *s)
{
	long max = l->t->max_text;
	size_t n = strlen(s), i = 0, chars = 0;
	while (i < n && (long)chars < max)
		i += u8len((unsigned char)s[i]), chars++;
	if (i >= n) /* (a cut character at the very end counts as the end) */
		return fb_xstrdup(s);
	size_t more = 0;
	for (size_t k = i; k < n; k++)
		more += ((unsigned char)s[k] & 0xc0) != 0x80;
	return fb_xasprintf("%.*s\xe2\x80\xa6 (%zu more characters)", (int)i, s, more);
}

/* Says, after a list cut at a template limit, how many items it left out
 * and where they all are. */
static void left_out(lay *l, size_t n, const char *what, const char *key, long lim)
{
	const fb_template *t = l->t;
	char *s = fb_xasprintf("%zu more %s not shown here (the template's %s is %ld): the JSON record%s lists "
	    "them all.", n, what, key, lim, t->pdfa == FB_PDFA_3B ? " attached to this PDF" : "");
	gap(l, 4);
	para_block(l, FN_BOLD, t->size_small * 1.1f, t->color_status[2], l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
	free(s);
}

/* ---------------------------------------------------------------- tables */

typedef struct tcol { const char *title; float w; } tcol;

typedef struct tcell {
	const char *s;          /* text (UTF-8) */
	int font;
	float size;
	fb_rgb color;
	int status;             /* >= 0: draw as a status label instead */
	int link;               /* link target as op.target, or -1 for none */
	int loose;              /* a quantity: see show_text */
} tcell;

#define PAD 3.5f

static void draw_table_header(lay *l)
{
	const fb_template *t = l->t;
	float sz = t->size_small, h = lead(sz) + 2 * PAD;
	float x = l->x0;
	rect_at(l, tint(t->color_accent, 0.12f), l->x0, l->y - h, l->x1 - l->x0, h);
	for (size_t i = 0; i < l->hdr_ncols; i++) {
		const char *s = l->hdr_cols[i].title;
		text_at(l, FN_BOLD, sz, t->color_accent, x + PAD, l->y - PAD - sz, s, strlen(s));
		x += l->hdr_cols[i].w;
	}
	hline(l, t->color_accent, 0.6f, l->x0, l->y - h, l->x1 - l->x0);
	l->y -= h;
	l->at_top = 0;
}

static void table_begin(lay *l, const tcol *cols, size_t n)
{
	l->hdr_cols = NULL;
	need(l, 3 * (lead(l->t->size_body) + 2 * PAD));
	l->hdr_cols = cols, l->hdr_ncols = n;
	draw_table_header(l);
}

static void table_end(lay *l) { l->hdr_cols = NULL; gap(l, 4); }

static void status_label(lay *l, int st, float x, float ytop)
{
	const fb_template *t = l->t;
	float sz = t->size_small * 0.92f;
	char up[16];
	size_t n = strlen(status_names[st]);
	for (size_t i = 0; i < n && i < sizeof up - 1; i++)
		up[i] = (char)(status_names[st][i] - 32);
	float w = tw(l, FN_BOLD, sz, up, n) + 6;
	rect_at(l, t->color_status[st], x, ytop - sz - 3.2f, w, sz + 3.8f);
	fb_rgb white = { 1, 1, 1 };
	text_at(l, FN_BOLD, sz, white, x + 3, ytop - sz - 0.6f, up, n);
}

/* Draws one row, splitting it over pages only when it is taller than a
 * page; the header row repeats on each new page. zebra shades the row;
 * row_link (an op.target, or -1) links the whole row (one annotation per
 * row, not per cell: each costs ~120 bytes). */
static void table_row(lay *l, const tcol *cols, const tcell *cells, size_t n, int zebra, int *row_anchor,
    int row_link)
{
	const fb_template *t = l->t;
	fb_line *ln[16];
	size_t nl[16], done[16];
	float ld[16], maxh = 0;
	if (n > 16)
		n = 16;
	for (size_t i = 0; i < n; i++) {
		done[i] = 0;
		ld[i] = lead(cells[i].size);
		if (cells[i].status >= 0) {
			ln[i] = NULL, nl[i] = 1;
		} else {
			meas m = { l, cells[i].font, cells[i].size, cells[i].loose };
			nl[i] = fb_pdf_wrap(cells[i].s, strlen(cells[i].s), cols[i].w - 2 * PAD, meas_fn, &m, &ln[i]);
		}
		if (nl[i] * ld[i] > maxh)
			maxh = nl[i] * ld[i];
	}
	float body = l->top - l->bottom - (lead(t->size_small) + 2 * PAD);
	if (l->y - maxh - 2 * PAD < l->bottom && maxh + 2 * PAD <= body) {
		new_page(l);
		draw_table_header(l);
	}
	fb_buf txt = {0};
	int first = 1;
	for (;;) {
		/* How much of every cell fits above the bottom margin. */
		float avail = l->y - l->bottom - 2 * PAD, h = 0;
		int left = 0;
		size_t take[16];
		for (size_t i = 0; i < n; i++) {
			size_t k = nl[i] - done[i];
			size_t fit = avail > 0 ? (size_t)(avail / ld[i]) : 0;
			take[i] = k < fit ? k : fit;
			if (take[i] < k)
				left = 1;
			if (take[i] * ld[i] > h)
				h = take[i] * ld[i];
		}
		if (h <= 0 && !left) /* every cell empty (a stored record's {}): one blank line */
			h = lead(t->size_body);
		else if (h <= 0) {
			new_page(l);
			draw_table_header(l);
			continue;
		}
		float top = l->y, rh = h + 2 * PAD;
		if (zebra)
			rect_at(l, tint(t->color_rule, 0.22f), l->x0, top - rh, l->x1 - l->x0, rh);
		if (first && row_anchor)
			*row_anchor = new_anchor(l, top);
		float x = l->x0;
		for (size_t i = 0; i < n; i++) {
			if (cells[i].status >= 0 && first)
				status_label(l, cells[i].status, x + PAD, top - PAD + 0.5f);
			for (size_t k = 0; cells[i].status < 0 && k < take[i]; k++) {
				const fb_line *li = &ln[i][done[i] + k];
				txt.len = 0;
				fb_pdf_fold(cells[i].s, li->start, li->end, &txt);
				l->loose = cells[i].loose;
				text_at(l, cells[i].font, cells[i].size, cells[i].color, x + PAD,
				    top - PAD - k * ld[i] - cells[i].size, txt.p, txt.len);
				l->loose = 0;
			}
			if (cells[i].link != -1 && first)
				link_at(l, cells[i].link, x, top - rh, cols[i].w, rh);
			done[i] += take[i];
			x += cols[i].w;
		}
		if (row_link != -1 && first)
			link_at(l, row_link, l->x0, top - rh, l->x1 - l->x0, rh);
		hline(l, t->color_rule, 0.4f, l->x0, top - rh, l->x1 - l->x0);
		l->y = top - rh;
		first = 0;
		if (!left)
			break;
		new_page(l);
		draw_table_header(l);
	}
	fb_buf_free(&txt);
	for (size_t i = 0; i < n; i++)
		free(ln[i]);
}

/* Splits the table width over columns: fixed widths, one column takes the
 * rest. */
static void fit_cols(lay *l, tcol *c, size_t n, size_t flex)
{
	float sum = 0;
	for (size_t i = 0; i < n; i++)
		if (i != flex)
			sum += c[i].w;
	c[flex].w = l->x1 - l->x0 - sum;
	if (c[flex].w < 60)
		c[flex].w = 60;
}

/* ---------------------------------------------------------------- sections */

static void title_block(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	char *title = cap_text(l, S(r->input.title)); /* a --title of a megabyte */
	int a = new_anchor(l, l->y);
	outline_add(l, 0, "Summary", a);
	const char *kicker = "VERIFICATION BRIEF";
	text_at(l, FN_BOLD, t->size_small, t->color_accent, l->x0, l->y - t->size_small, kicker, strlen(kicker));
	l->y -= lead(t->size_small) + 4;
	para_block(l, FN_BOLD, t->size_title, t->color_text, l->x0, l->x1 - l->x0,
	    *title ? title : "(untitled article)", *title ? strlen(title) : 18, NULL, 0);
	free(title);
	l->y -= 4;
	hline(l, t->color_rule, 0.6f, l->x0, l->y, l->x1 - l->x0);
	l->y -= 8;

	/* File, date, hash: a two-column key/value list. */
	char date[64];
	const char *gen = S(r->generated);
	snprintf(date, sizeof date, "%.10s %.5s UTC", gen, strlen(gen) >= 16 ? gen + 11 : "");
	char bytes[64];
	snprintf(bytes, sizeof bytes, "%lld bytes", r->input.bytes);
	const char *k[] = { "File", "Size", "Generated", "SHA-256", "Tool" };
	char tool[80];
	snprintf(tool, sizeof tool, "%s %s", r->tool.name ? r->tool.name : "factbrief",
	    r->tool.version ? r->tool.version : FB_VERSION);
	const char *v[] = { S(r->input.path), bytes, gen[0] ? date : "", S(r->input.sha256), tool };
	for (size_t i = 0; i < 5; i++) {
		float sz = t->size_body;
		text_at(l, FN_BOLD, t->size_small, t->color_muted, l->x0, l->y - sz, k[i], strlen(k[i]));
		int f = i == 3 ? FN_MONO : FN_REG;
		para_block(l, f, i == 3 ? t->size_small * 1.05f : sz, t->color_text, l->x0 + 62, l->x1 - l->x0 - 62,
		    v[i], strlen(v[i]), NULL, 0);
		l->y -= 1.5f;
	}
	l->y -= 8;

	/* Count cards. */
	struct { const char *label; long long n; int st; } cards[] = {
		{ "claims", r->summary.claims, -1 },
		{ "conflicts", r->summary.conflicts, 3 },
		{ "for review", r->summary.review, 2 },
		{ "unattributed", r->summary.unattributed, -1 },
		{ "sources", (long long)r->nsources, -1 },
	};
	size_t nc = sizeof cards / sizeof cards[0];
	float gapw = 8, cw = (l->x1 - l->x0 - gapw * (nc - 1)) / nc, ch = 42;
	need(l, ch);
	for (size_t i = 0; i < nc; i++) {
		float x = l->x0 + i * (cw + gapw);
		int hot = cards[i].st >= 0 && cards[i].n > 0;
		fb_rgb col = hot ? t->color_status[cards[i].st] : t->color_text;
		rect_at(l, hot ? tint(col, 0.10f) : tint(t->color_rule, 0.25f), x, l->y - ch, cw, ch);
		rect_at(l, hot ? col : t->color_rule, x, l->y - ch, 2.5f, ch);
		char num[32];
		snprintf(num, sizeof num, "%lld", cards[i].n);
		text_at(l, FN_BOLD, 17, col, x + 9, l->y - 22, num, strlen(num));
		text_at(l, FN_REG, t->size_small, t->color_muted, x + 9, l->y - 34, cards[i].label, strlen(cards[i].label));
	}
	l->y -= ch + 6;
}

/* One side of a conflict: a card with the claim's place, source, value
 * and words. Returns the height used; draws only when draw is set. */
static float claim_card(lay *l, const fb_rec_claim *c, float x, float w, float ytop, int draw, int st)
{
	const fb_template *t = l->t;
	float y = ytop - 6, sz = t->size_body;
	if (!c) {
		if (draw)
			text_at(l, FN_REG, sz, t->color_muted, x + 8, y - sz, "(claim missing from the record)", 31);
		return lead(sz) + 12;
	}
	char *src0 = claim_source(l->rec, c), *src = cap_text(l, src0);
	char *head = fb_xasprintf("%s \xc2\xb7 \xc2\xb6 %lld \xc2\xb7 %s", S(c->id), c->paragraph, src);
	char *val = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
	char *text = cap_text(l, S(c->text));
	char *quoted = fb_xasprintf("\xe2\x80\x9c%s\xe2\x80\x9d", text);
	free(src0), free(text);
	struct { const char *s; int f; float size; fb_rgb col; } parts[] = {
		{ head, FN_BOLD, t->size_small, t->color_muted },
		{ val, FN_BOLD, sz * 1.25f, t->color_status[st] },
		{ quoted, FN_REG, sz, t->color_text },
	};
	fb_buf txt = {0};
	for (size_t p = 0; p < 3; p++) {
		meas m = { l, parts[p].f, parts[p].size, p == 1 };
		fb_line *ln;
		size_t nl = fb_pdf_wrap(parts[p].s, strlen(parts[p].s), w - 16, meas_fn, &m, &ln);
		for (size_t i = 0; i < nl; i++) {
			if (draw) {
				txt.len = 0;
				fb_pdf_fold(parts[p].s, ln[i].start, ln[i].end, &txt);
				l->loose = p == 1; /* the quantity */
				text_at(l, parts[p].f, parts[p].size, parts[p].col, x + 10, y - parts[p].size, txt.p, txt.len);
				l->loose = 0;
			}
			y -= lead(parts[p].size);
		}
		free(ln);
		y -= 2;
	}
	fb_buf_free(&txt);
	free(src), free(head), free(val), free(quoted);
	return ytop - y + 4;
}

/* --compare: the reports, then one row per group two reports speak to and
 * one column per report; a figure in a pair across reports is in the
 * conflict colour, and the cross-report pairs follow in the conflicts
 * section with both outlets in their reasons. */
static void across_section(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	size_t nd = r->ndocuments, i, d;
	if (nd < 2)
		return;
	section(l, t->title_across, 60);
	float sz = t->size_body * 0.92f;
	tcol rc[] = { { "Report", 34 }, { "Outlet", 120 }, { "Published", 96 }, { "Title", 0 } };
	fit_cols(l, rc, 4, 3);
	table_begin(l, rc, 4);
	for (d = 0; d < nd; d++) {
		const fb_rec_document *doc = &r->documents[d];
		char *title = cap_text(l, S(doc->title));
		tcell cells[4] = {
			{ S(doc->id), FN_MONO, t->size_small, t->color_muted, -1, -1, 0 },
			{ *S(doc->outlet) ? doc->outlet : S(doc->path), FN_BOLD, sz, t->color_text, -1, -1, 0 },
			{ *S(doc->published) ? doc->published : "\xe2\x80\x94", FN_REG, sz, t->color_text, -1, -1, 0 },
			{ title, FN_REG, sz, t->color_text, -1, -1, 0 },
		};
		table_row(l, rc, cells, 4, d % 2 == 1, NULL, -1);
		free(title);
	}
	table_end(l);
	/* the figures: at most 15 columns of reports fit a row */
	size_t ncol = nd < 15 ? nd : 15;
	tcol cols[16];
	cols[0] = (tcol){ "Figure", 0 };
	char ids[15][24];
	for (d = 0; d < ncol; d++) {
		snprintf(ids[d], sizeof ids[d], "%s", S(r->documents[d].id));
		cols[d + 1] = (tcol){ ids[d], (l->x1 - l->x0 - 150) / (float)ncol };
	}
	fit_cols(l, cols, ncol + 1, 0);
	int rows = 0;
	fb_buf cell[15];
	memset(cell, 0, sizeof cell);
	for (i = 0; i < r->ngroups; i++) {
		const fb_rec_group *g = &r->groups[i];
		size_t k, seen = 0;
		int cross[15] = { 0 };
		for (d = 0; d < ncol; d++) {
			cell[d].len = 0;
			const char *did = ids[d];
			size_t n = 0;
			for (k = 0; k < g->nclaims; k++) {
				const fb_rec_claim *c = fb_rec_claim_of(r, g->claims[k]);
				if (!c || strcmp(S(c->document.id), did) != 0)
					continue;
				char *v = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
				fb_buf_printf(&cell[d], "%s%s", n++ ? "; " : "", v);
				free(v);
				cross[d] |= fb_rec_in_cross_pair(g, S(c->id));
			}
			seen += n > 0;
			fb_buf_putc(&cell[d], '\0');
		}
		if (seen < 2)
			continue;
		if (!rows++)
			table_begin(l, cols, ncol + 1);
		char *label = fb_xasprintf("%s %s %s", S(g->id), S(g->subject), S(g->measure));
		tcell cells[16];
		cells[0] = (tcell){ label, FN_BOLD, sz, t->color_text, -1, -1, 0 };
		for (d = 0; d < ncol; d++)
			cells[d + 1] = (tcell){ cell[d].len > 1 ? cell[d].p : "\xe2\x80\x94", cross[d] ? FN_BOLD : FN_REG, sz,
				cross[d] ? t->color_status[3] : t->color_text, -1, -1, 1 };
		table_row(l, cols, cells, ncol + 1, rows % 2 == 0, NULL, -1);
		free(label);
	}
	for (d = 0; d < ncol; d++)
		fb_buf_free(&cell[d]);
	if (rows) {
		table_end(l);
		const char *note = "Figures in red are in a conflict or review pair across reports, set out with both outlets "
		                   "under Conflicts and review.";
		para_block(l, FN_REG, t->size_small, t->color_muted, l->x0, l->x1 - l->x0, note, strlen(note), NULL, 0);
	} else {
		const char *none = "No figure is given by two reports.";
		para_block(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, none, strlen(none), NULL, 0);
	}
}

static void conflicts_section(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	section(l, t->title_conflicts, 60);
	int any = 0;
	size_t shown = 0, hidden = 0; /* cards drawn and left out (max_conflicts) */
	for (size_t gi = 0; gi < r->ngroups; gi++) {
		const fb_rec_group *g = &r->groups[gi];
		if (g->status != FB_RS_CONFLICT && g->status != FB_RS_REVIEW)
			continue;
		any = 1;
		if ((long)shown >= t->max_conflicts) {
			size_t np = g->npairs;
			hidden += np ? np : g->nclaims;
			continue;
		}
		int st = (int)g->status;
		float sz = t->size_body;
		gap(l, 6);
		/* Keep the heading with its first card: measure both. */
		float colw0 = (l->x1 - l->x0 - 22) / 2, head_h = lead(sz * 1.05f) + 2 + 3, first_h = 0;
		char *summ0 = cap_text(l, S(g->summary));
		if (*summ0) {
			meas m = { l, FN_REG, t->size_small * 1.1f, 0 };
			fb_line *ln;
			head_h += fb_pdf_wrap(summ0, strlen(summ0), l->x1 - l->x0, meas_fn, &m, &ln) * lead(t->size_small * 1.1f);
			free(ln);
		}
		if (g->npairs) {
			const fb_rec_pair *p0 = &g->pairs[0];
			const fb_rec_claim *ca = fb_rec_claim_of(r, p0->a);
			const fb_rec_claim *cb = fb_rec_claim_of(r, p0->b);
			float ha = claim_card(l, ca, l->x0, colw0, l->y, 0, st), hb = claim_card(l, cb, l->x0, colw0, l->y, 0, st);
			char *reason = cap_text(l, S(p0->reason));
			meas m = { l, FN_REG, sz, 0 };
			fb_line *ln;
			size_t nr = fb_pdf_wrap(reason, strlen(reason), l->x1 - l->x0 - 70, meas_fn, &m, &ln);
			free(ln);
			free(reason);
			first_h = (ha > hb ? ha : hb) + nr * lead(sz) + 14;
		} else {
			const fb_rec_claim *c0 = g->nclaims ? fb_rec_claim_of(r, g->claims[0]) : NULL;
			first_h = claim_card(l, c0, l->x0, l->x1 - l->x0, l->y, 0, st) + 4;
		}
		need(l, head_h + first_h);
		/* Group heading: label, what is counted, summary. */
		int ga = new_anchor(l, l->y + 2);
		status_label(l, st, l->x0, l->y);
		const char *ms = S(g->measure);
		char *what = fb_xasprintf("%s%s%s", ms, *ms && *S(g->subject) ? " \xe2\x80\x94 " : "", S(g->subject));
		if (fb_islower((unsigned char)what[0]))
			what[0] = (char)(what[0] - 32); /* "Killed — people" */
		int rv = g->status == FB_RS_REVIEW;
		float lw = tw(l, FN_BOLD, t->size_small * 0.92f, rv ? "REVIEW" : "CONFLICT", rv ? 6 : 8) + 12;
		text_at(l, FN_BOLD, sz * 1.05f, t->color_text, l->x0 + lw, l->y - sz * 1.0f, what, strlen(what));
		char *gtitle = fb_xasprintf("%s: %s", S(g->id), what);
		outline_add(l, 1, gtitle, ga);
		free(gtitle);
		free(what);
		l->y -= lead(sz * 1.05f) + 2;
		if (*summ0)
			para_block(l, FN_REG, t->size_small * 1.1f, t->color_muted, l->x0, l->x1 - l->x0, summ0, strlen(summ0), NULL, 0);
		free(summ0);
		l->y -= 3;
		float colw = (l->x1 - l->x0 - 22) / 2;
		for (size_t pi = 0; pi < g->npairs; pi++) {
			const fb_rec_pair *p = &g->pairs[pi];
			if ((long)shown >= t->max_conflicts) {
				hidden += g->npairs - pi;
				break;
			}
			shown++;
			const fb_rec_claim *ca = fb_rec_claim_of(r, p->a);
			const fb_rec_claim *cb = fb_rec_claim_of(r, p->b);
			int pst = p->review ? 2 : st;
			/* a count against its own list: one claim, drawn once, full width */
			int self = ca && ca == cb;
			float wa = self ? l->x1 - l->x0 : colw;
			float ha = claim_card(l, ca, l->x0, wa, l->y, 0, pst);
			float hb = self ? 0 : claim_card(l, cb, l->x0 + colw + 22, colw, l->y, 0, pst);
			float h = ha > hb ? ha : hb;
			char *reason = cap_text(l, S(p->reason));
			meas m = { l, FN_REG, sz, 0 };
			fb_line *ln;
			size_t nr = fb_pdf_wrap(reason, strlen(reason), l->x1 - l->x0 - 70, meas_fn, &m, &ln);
			free(ln);
			need(l, h + nr * lead(sz) + 14);
			float top = l->y;
			fb_rgb bg = tint(t->color_rule, 0.2f);
			rect_at(l, bg, l->x0, top - h, wa, h);
			rect_at(l, t->color_status[pst], l->x0, top - h, 2.5f, h);
			claim_card(l, ca, l->x0, wa, top, 1, pst);
			if (!self) {
				rect_at(l, bg, l->x0 + colw + 22, top - h, colw, h);
				rect_at(l, t->color_status[pst], l->x0 + colw + 22, top - h, 2.5f, h);
				claim_card(l, cb, l->x0 + colw + 22, colw, top, 1, pst);
				text_at(l, FN_BOLD, sz, t->color_muted, l->x0 + colw + 4.5f, top - h / 2 - 3, "vs", 2);
			}
			/* Each side links to its claim's row in the claims table. */
			for (int s = 0; s < (self ? 1 : 2); s++) {
				const fb_rec_claim *c = s ? cb : ca;
				if (c)
					link_claim(l, c, l->x0 + s * (colw + 22), top - h, s ? colw : wa, h);
			}
			l->y = top - h - 4;
			const char *rl = pst == 2 ? "Why review" : "Why";
			text_at(l, FN_BOLD, sz, t->color_status[pst], l->x0, l->y - sz, rl, strlen(rl));
			para_block(l, FN_REG, sz, t->color_text, l->x0 + 70, l->x1 - l->x0 - 70, reason, strlen(reason), NULL, 0);
			free(reason);
			l->y -= 8;
		}
		if (g->npairs == 0) {
			/* A review group without pairs: list its claims. */
			for (size_t ci = 0; ci < g->nclaims; ci++) {
				if ((long)shown >= t->max_conflicts) {
					hidden += g->nclaims - ci;
					break;
				}
				shown++;
				const fb_rec_claim *c = fb_rec_claim_of(r, g->claims[ci]);
				float h = claim_card(l, c, l->x0, l->x1 - l->x0, l->y, 0, st);
				need(l, h + 4);
				rect_at(l, tint(t->color_rule, 0.2f), l->x0, l->y - h, l->x1 - l->x0, h);
				claim_card(l, c, l->x0, l->x1 - l->x0, l->y, 1, st);
				if (c)
					link_claim(l, c, l->x0, l->y - h, l->x1 - l->x0, h);
				l->y -= h + 4;
			}
		}
	}
	if (hidden)
		left_out(l, hidden, "conflict pairs and items for review", "max_conflicts", t->max_conflicts);
	if (!any) {
		const char *s = r->nclaims ? "No conflicts and nothing for review: every compared figure agrees."
		                                       : "No claims found, so nothing to compare.";
		para_block(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
	}
}

static void claims_section(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	section(l, t->title_claims, 90); /* the table head and a first row */
	if (r->nclaims == 0) {
		para_block(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, "No claims found.", 16, NULL, 0);
		return;
	}
	tcol cols[] = { { "ID", 30 }, { "Claim", 0 }, { "Value", 78 }, { "Source", 92 }, { "\xc2\xb6", 22 }, { "Status", 70 } };
	fit_cols(l, cols, 6, 1);
	if (t->max_claims > 0) /* max_claims 0: no table, only the note */
		table_begin(l, cols, 6);
	float sz = t->size_body * 0.92f;
	for (size_t i = 0; i < r->nclaims; i++) {
		const fb_rec_claim *c = &r->claims[i];
		if ((long)i >= t->max_claims)
			break;
		char *val = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
		char *src0 = claim_source(r, c), *src = cap_text(l, src0);
		char *text = cap_text(l, S(c->text));
		free(src0);
		char para[24];
		snprintf(para, sizeof para, "%lld", c->paragraph);
		long long pn = c->paragraph;
		int plink = pn > 0 && (size_t)pn <= l->npara_anchor ? -2 - (int)pn : -1;
		int unattributed = c->source.id == NULL;
		tcell cells[6] = {
			{ S(c->id), FN_MONO, t->size_small, t->color_muted, -1, -1, 0 },
			{ text, FN_REG, sz, t->color_text, -1, -1, 0 },
			{ val, FN_BOLD, sz, t->color_text, -1, -1, 1 },
			{ src, FN_REG, t->size_small * 1.05f, unattributed ? t->color_muted : t->color_text, -1, -1, 0 },
			{ para, FN_REG, sz, t->color_muted, -1, -1, 0 },
			{ "", FN_REG, sz, t->color_text, (int)c->status, -1, 0 },
		};
		int ra = -1;
		table_row(l, cols, cells, 6, i % 2 == 1, &ra, plink);
		if (ra >= 0)
			l->claim_anchor[i] = ra;
		free(val);
		free(src);
		free(text);
	}
	if (t->max_claims > 0)
		table_end(l);
	if (r->nclaims > (size_t)t->max_claims)
		left_out(l, r->nclaims - (size_t)t->max_claims, "claims", "max_claims", t->max_claims);
}

/* Says how many items of a list in a cell were left out. */
static void more_items(fb_buf *b, size_t n)
{
	fb_buf_printf(b, " \xe2\x80\xa6 (%zu more)", n);
}

/* Joins a list of strings with sep, at most max of them (then how many
 * more). Caller frees. */
static char *join(const fb_rec_strs *arr, const char *sep, long max)
{
	fb_buf b = {0};
	for (size_t i = 0; i < arr->n; i++) {
		if ((long)i >= max) {
			more_items(&b, arr->n - i);
			break;
		}
		if (b.len)
			fb_buf_puts(&b, sep);
		fb_buf_puts(&b, arr->s[i]);
	}
	return b.p ? b.p : fb_xstrdup("");
}

/* join at most max_list items, the whole cut at max_text. */
static char *capped_join(const lay *l, const fb_rec_strs *arr, const char *sep)
{
	char *j = join(arr, sep, l->t->max_list), *c = cap_text(l, j);
	free(j);
	return c;
}

static void sources_section(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	section(l, t->title_sources, 90); /* the table head and a first row */
	if (r->nsources == 0) {
		para_block(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, "No sources named.", 17, NULL, 0);
		return;
	}
	tcol cols[] = { { "Source", 110 }, { "Kind", 62 }, { "Roles", 0 }, { "Also called", 88 }, { "\xc2\xb6", 46 }, { "Flags", 70 } };
	fit_cols(l, cols, 6, 2);
	if (t->max_sources > 0)
		table_begin(l, cols, 6);
	float sz = t->size_body * 0.92f;
	for (size_t i = 0; i < r->nsources; i++) {
		const fb_rec_source *s = &r->sources[i];
		if ((long)i >= t->max_sources)
			break;
		char *name = cap_text(l, S(s->name));
		char *roles = capped_join(l, &s->roles, "; ");
		char *aliases = capped_join(l, &s->aliases, ", ");
		char *flags = capped_join(l, &s->flags, ", ");
		/* Paragraphs mentioned, in order, once each; max_list of them. */
		fb_buf pb = {0};
		long long last = -1;
		size_t k, np = 0;
		for (k = 0; k < s->nmentions; k++) {
			long long p = s->mentions[k].paragraph;
			if (p == last)
				continue;
			if ((long)np >= t->max_list) {
				size_t more = 0;
				for (; k < s->nmentions; k++) {
					long long q = s->mentions[k].paragraph;
					more += q != last;
					last = q;
				}
				more_items(&pb, more);
				break;
			}
			fb_buf_printf(&pb, "%s%lld", pb.len ? ", " : "", p);
			last = p;
			np++;
		}
		tcell cells[6] = {
			{ name, FN_BOLD, sz, t->color_text, -1, -1, 0 },
			{ S(s->kind), FN_REG, t->size_small * 1.05f, t->color_muted, -1, -1, 0 },
			{ roles, FN_REG, sz, t->color_text, -1, -1, 0 },
			{ aliases, FN_REG, t->size_small * 1.05f, t->color_text, -1, -1, 0 },
			{ pb.p ? pb.p : "", FN_REG, t->size_small * 1.05f, t->color_muted, -1, -1, 0 },
			{ flags, FN_REG, t->size_small * 1.05f, t->color_status[2], -1, -1, 0 },
		};
		table_row(l, cols, cells, 6, i % 2 == 1, NULL, -1);
		free(name), free(roles), free(aliases), free(flags);
		fb_buf_free(&pb);
	}
	if (t->max_sources > 0)
		table_end(l);
	if (r->nsources > (size_t)t->max_sources)
		left_out(l, r->nsources - (size_t)t->max_sources, "sources", "max_sources", t->max_sources);
}

static void article_section(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	section(l, t->title_article, 30);
	const char *note = "Numbers under claim are marked in the colour of their status; greyed paragraphs are site furniture.";
	para_block(l, FN_REG, t->size_small, t->color_muted, l->x0, l->x1 - l->x0, note, strlen(note), NULL, 0);
	l->y -= 4;
	/* Quantity spans, with the tint of their claim's status. */
	span *hl = NULL;
	size_t nhl = 0, caphl = 0;
	size_t i;
	float gut = 26, sz = t->size_body;
	size_t ci = 0, nclaims = r->nclaims; /* claims come in paragraph order */
	/* max_article_pages, counted from the section's first page */
	long last = (long)l->page + t->max_article_pages - 1;
	l->stop_page = last > 1000000000 ? 1000000000 : (int)last;
	l->cut = 0;
	size_t cut_at = r->nparagraphs, cut_byte = 0; /* the first paragraph not (all) shown */
	for (i = 0; i < r->nparagraphs; i++) {
		const fb_rec_paragraph *p = &r->paragraphs[i];
		size_t a, b;
		clamp_span(l, p->start, p->end, &a, &b);
		if (l->stop_page < l->page || (l->y - lead(sz) * 2 < l->bottom && !l->at_top && l->page >= l->stop_page)) {
			l->cut = 1; /* not even its first line fits */
			cut_at = i, cut_byte = a;
			break;
		}
		long long n = p->n;
		int boiler = p->boilerplate;
		nhl = 0;
		while (ci < nclaims && r->claims[ci].paragraph < n)
			ci++;
		for (; ci < nclaims && r->claims[ci].paragraph == n; ci++) {
			const fb_rec_claim *c = &r->claims[ci];
			const fb_rec_quantity *q = c->quantity;
			if (!q)
				continue;
			size_t qa, qb;
			clamp_span(l, q->start, q->end, &qa, &qb);
			if (qa < a || qb > b || qa >= qb)
				continue;
			span *s = FB_PUSH(hl, nhl, caphl);
			s->a = qa - a, s->b = qb - a;
			int st = (int)c->status;
			s->c = st == 0 ? t->color_highlight : tint(t->color_status[st], 0.22f);
		}
		/* --compare: each report's paragraphs under its outlet */
		const char *pd = S(p->document.id);
		if (*pd && (i == 0 || strcmp(pd, S(r->paragraphs[i - 1].document.id)) != 0)) {
			const fb_rec_document *doc = fb_rec_document_of(r, p->document);
			const char *outlet = doc ? S(doc->outlet) : "", *path = doc ? S(doc->path) : "";
			const char *published = doc ? S(doc->published) : "";
			char *h = fb_xasprintf("%s \xc2\xb7 %s%s%s", pd, *outlet ? outlet : path, *published ? ", " : "", published);
			need(l, lead(sz) * 4);
			gap(l, i ? 6 : 0);
			para_block(l, FN_BOLD, t->size_small * 1.1f, t->color_accent, l->x0, l->x1 - l->x0, h, strlen(h), NULL, 0);
			l->y -= 3;
			free(h);
		}
		need(l, lead(sz) * 2);
		int an = new_anchor(l, l->y + 2);
		if (n > 0 && (size_t)n <= l->npara_anchor)
			l->para_anchor[n - 1] = an;
		char num[24];
		snprintf(num, sizeof num, "%lld", n);
		float nw = tw(l, FN_BOLD, t->size_small, num, strlen(num));
		text_at(l, FN_BOLD, t->size_small, boiler ? tint(t->color_muted, 0.55f) : t->color_accent,
		    l->x0 + gut - 8 - nw, l->y - sz, num, strlen(num));
		para_block(l, FN_REG, sz, boiler ? tint(t->color_muted, 0.7f) : t->color_text, l->x0 + gut,
		    l->x1 - l->x0 - gut, l->article + a, b - a, hl, nhl);
		if (l->cut) { /* cut inside this paragraph */
			cut_at = i, cut_byte = a;
			break;
		}
		l->y -= sz * 0.55f;
	}
	free(hl);
	l->stop_page = -1;
	if (l->cut) {
		size_t np = r->nparagraphs;
		char *s = fb_xasprintf("The article is cut here, after the template's max_article_pages (%ld): "
		    "paragraphs %lld to %lld (from byte %zu of %zu) are not shown in full. The %s hold it all.",
		    t->max_article_pages, cut_at < np ? r->paragraphs[cut_at].n : 0, np ? r->paragraphs[np - 1].n : 0,
		    cut_byte, l->article_len,
		    t->pdfa == FB_PDFA_3B ? "article and the JSON record attached to this PDF" : "input file and the JSON record");
		gap(l, 4);
		para_block(l, FN_BOLD, t->size_small * 1.1f, t->color_status[2], l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
		free(s);
		l->cut = 0;
	}
	if (r->nparagraphs == 0)
		para_block(l, FN_REG, sz, t->color_muted, l->x0, l->x1 - l->x0, "(empty article)", 15, NULL, 0);
}

/* ------------------------------------------------------------------ drawing */

typedef struct hctx { HPDF_STATUS code, detail; } hctx;

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *user)
{
	hctx *h = user;
	if (!h->code)
		h->code = code, h->detail = detail;
}

static int hex_digit(char c)
{
	return c >= 'a' ? c - 'a' + 10 : c - '0';
}

/* Parses "YYYY-MM-DDTHH:MM:SSZ" into a libharu date. Returns 0 or -1. */
static int parse_date(const char *s, HPDF_Date *d)
{
	/* exactly the record's form: digits where digits go, nothing after */
	static const char form[] = "dddd-dd-ddTdd:dd:ddZ";
	for (size_t i = 0; i < sizeof form - 1; i++)
		if (form[i] == 'd' ? !fb_isdigit((unsigned char)s[i]) : s[i] != form[i])
			return -1;
	if (s[sizeof form - 1] != '\0')
		return -1;
#define DIGITS2(p) (((p)[0] - '0') * 10 + ((p)[1] - '0'))
	int Y = DIGITS2(s) * 100 + DIGITS2(s + 2), M = DIGITS2(s + 5), D = DIGITS2(s + 8);
	int h = DIGITS2(s + 11), m = DIGITS2(s + 14), sec = DIGITS2(s + 17);
#undef DIGITS2
	if (Y < 1 || M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || sec > 59)
		return -1;
	memset(d, 0, sizeof *d);
	d->year = Y, d->month = M, d->day = D, d->hour = h, d->minutes = m, d->seconds = sec;
	d->ind = 'Z';
	return 0;
}

/* Truncates s to fit width w, ending with an ellipsis. Caller frees. */
static char *fit_text(lay *l, int f, float size, const char *s, float w)
{
	size_t n = strlen(s);
	if (tw(l, f, size, s, n) <= w)
		return fb_xstrdup(s);
	float ew = tw(l, f, size, "\xe2\x80\xa6", 3);
	size_t k = 0, best = 0;
	while (k < n) {
		size_t cl = u8len((unsigned char)s[k]);
		if (tw(l, f, size, s, k + cl) + ew > w)
			break;
		k += cl;
		best = k;
	}
	while (best > 0 && s[best - 1] == ' ')
		best--;
	return fb_xasprintf("%.*s\xe2\x80\xa6", (int)best, s);
}

/* Running header (from page 2) and footer on every page. */
static void furniture(lay *l, int page, int pages)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	char date[32];
	snprintf(date, sizeof date, "%.10s", S(r->generated));
	/* the title cut as in the title block: fit_text measures it whole on
	 * every page */
	char *title = cap_text(l, S(r->input.title));
	fb_tpl_vars v = { title, date, S(r->input.sha256), S(r->input.path), page + 1, pages };
	float sz = t->size_small;
	int save = l->page;
	l->page = page;
	struct { const char *l, *r; float y; int rule_above; } rows[2] = {
		{ t->header, t->header_right, t->page_h - t->margin_top + 14, 0 },
		{ t->footer, t->footer_right, t->margin_bottom - 20, 1 },
	};
	for (int i = page == 0 ? 1 : 0; i < 2; i++) {
		char *right = fb_template_expand(rows[i].r, &v);
		char *left = fb_template_expand(rows[i].l, &v);
		float rw = tw(l, FN_REG, sz, right, strlen(right));
		char *lf = fit_text(l, FN_REG, sz, left, l->x1 - l->x0 - rw - 24);
		text_at(l, FN_REG, sz, t->color_muted, l->x0, rows[i].y, lf, strlen(lf));
		text_at(l, FN_REG, sz, t->color_muted, l->x1 - rw, rows[i].y, right, strlen(right));
		float ry = rows[i].rule_above ? rows[i].y + sz + 3 : rows[i].y - 4;
		hline(l, t->color_rule, 0.4f, l->x0, ry, l->x1 - l->x0);
		free(right), free(left), free(lf);
	}
	free(title);
	l->page = save;
}

/* Where a jump to anchor a lands: a little above it, on the page. */
static float dest_top(const lay *l, int a)
{
	float y = l->anch[a].y + 6;
	return y > l->t->page_h ? l->t->page_h : y;
}

#define HCHECK(h, what) do { if ((h)->code) { snprintf(err, errlen, "libharu: %s failed (error 0x%04X, detail %u)", what, (unsigned)(h)->code, (unsigned)(h)->detail); goto out; } } while (0)

/* Pen state while drawing a page, so that runs of text in one font and
 * colour share a BT/ET block and set nothing twice. */
typedef struct pen {
	int font;              /* -1: none set */
	float size;
	fb_rgb fill, stroke;
	float line_w;
	int fill_set, stroke_set, in_text;
} pen;

static void pen_fill(HPDF_Page pg, pen *p, fb_rgb c)
{
	if (p->fill_set && p->fill.r == c.r && p->fill.g == c.g && p->fill.b == c.b)
		return;
	fb_hpdf_set_fill(pg, c.r, c.g, c.b);
	p->fill = c, p->fill_set = 1;
}

static void pen_end_text(HPDF_Page pg, pen *p)
{
	if (p->in_text)
		HPDF_Page_EndText(pg);
	p->in_text = 0;
}

/* Shows a text op. In a loose one (a quantity: "≥ 4", "≈ 6 h") every
 * space is half a space wider: with plain spaces pdftotext -layout puts a
 * wide symbol, a number and a unit in adjacent columns ("≈6h"). Quantity
 * cells leave room for this (table_row and claim_card measure loose). */
static void show_text(const lay *L, HPDF_Page pg, const op *o)
{
	const char *s = astr(L, o->str);
	size_t n = strlen(s);
	if (!o->loose || !memchr(s, ' ', n)) {
		fb_hpdf_show_text(pg, o->x, o->y, s, n);
		return;
	}
	float x = o->x, sp = tw((void *)L, o->font, o->size, " ", 1) * 1.5f;
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		if (e > i) {
			fb_hpdf_show_text(pg, x, o->y, s + i, e - i);
			x += tw((void *)L, o->font, o->size, s + i, e - i);
		}
		if (e < n)
			x += sp;
		i = e + 1;
	}
}

/* Draws the ops of one page: idx[0, n) index them in the display list,
 * in its order. */
static void draw_page(const lay *L, HPDF_Page pg, const size_t *idx, size_t n, HPDF_Font *font, HPDF_Page *pages)
{
	pen pn = { .font = -1 };
	for (size_t j = 0; j < n; j++) {
		const op *o = &L->ops[idx[j]];
		switch (o->kind) {
		case OP_RECT:
			pen_end_text(pg, &pn);
			pen_fill(pg, &pn, o->color);
			fb_hpdf_rectangle(pg, o->x, o->y, o->w, o->h);
			HPDF_Page_Fill(pg);
			break;
		case OP_LINE:
			pen_end_text(pg, &pn);
			if (!pn.stroke_set || pn.stroke.r != o->color.r || pn.stroke.g != o->color.g || pn.stroke.b != o->color.b) {
				HPDF_Page_SetRGBStroke(pg, o->color.r, o->color.g, o->color.b);
				pn.stroke = o->color, pn.stroke_set = 1;
			}
			if (pn.line_w != o->size) {
				HPDF_Page_SetLineWidth(pg, o->size);
				pn.line_w = o->size;
			}
			HPDF_Page_MoveTo(pg, o->x, o->y);
			HPDF_Page_LineTo(pg, o->x + o->w, o->y + o->h);
			HPDF_Page_Stroke(pg);
			break;
		case OP_TEXT:
			if (!pn.in_text) {
				HPDF_Page_BeginText(pg);
				pn.in_text = 1;
			}
			if (pn.font != o->font || pn.size != o->size) {
				fb_hpdf_set_font(pg, font[o->font], o->size);
				pn.font = o->font, pn.size = o->size;
			}
			pen_fill(pg, &pn, o->color);
			show_text(L, pg, o);
			break;
		case OP_LINK: {
			int target = o->target;
			if (target == -1 && o->font == 1) {
				target = o->str < L->rec->nclaims ? L->claim_anchor[o->str] : -1;
			} else if (target <= -2) {
				long long pnum = -(long long)target - 2;
				target = pnum >= 1 && (size_t)pnum <= L->npara_anchor ? L->para_anchor[pnum - 1] : -1;
			}
			if (target < 0 || (size_t)target >= L->nanch)
				break;
			fb_hpdf_link(pg, o->x, o->y, o->x + o->w, o->y + o->h, pages[L->anch[target].page], 0,
			    dest_top(L, target));
			break;
		}
		}
	}
	pen_end_text(pg, &pn);
}

/* Says in warn how many characters drawn the fonts have no glyph for
 * (they show as empty boxes: an article quoting Chinese, with DejaVu),
 * and which is the first; leaves warn alone when there are none. */
static void missing_glyphs(const lay *l, const char *const *files, char *warn, size_t warnlen)
{
	size_t n = 0;
	unsigned first = 0;
	int ff = 0;
	unsigned char seen[8192] = {0};
	for (int f = 0; f < FN__MAX; f++)
		for (unsigned c = 0x21; c < 65536; c++) {
			if (!l->used[f][c >> 3]) {
				c |= 7;
				continue;
			}
			if (!(l->used[f][c >> 3] >> (c & 7) & 1) || fb_ttf_has(l->ttf[f], c) || (seen[c >> 3] >> (c & 7) & 1))
				continue;
			seen[c >> 3] |= (unsigned char)(1u << (c & 7));
			if (!n++ || c < first)
				first = c, ff = f;
		}
	if (!n)
		return;
	char u8[4] = {0};
	if (first < 0x80)
		u8[0] = (char)first;
	else if (first < 0x800)
		u8[0] = (char)(0xC0 | first >> 6), u8[1] = (char)(0x80 | (first & 63));
	else
		u8[0] = (char)(0xE0 | first >> 12), u8[1] = (char)(0x80 | (first >> 6 & 63)), u8[2] = (char)(0x80 | (first & 63));
	snprintf(warn, warnlen, "%zu character%s the brief's fonts have no glyph for, drawn as empty boxes "
	    "(the first: U+%04X '%s', not in %s)", n, n == 1 ? "" : "s", first, u8, files[ff]);
}

int fb_render_pdf(const fb_render_input *in, const fb_template *tpl, fb_buf *out,
    char *err, size_t errlen)
{
	if (errlen)
		err[0] = '\0';
	int rc = -1;
	hctx h = {0, 0};
	lay L;
	memset(&L, 0, sizeof L);
	HPDF_Doc pdf = NULL;
	HPDF_Page *pages = NULL;
	size_t *byp = NULL, *pstart = NULL; /* the ops by page */
	HPDF_Font font[FN__MAX] = {0};
	fb_ttf *ttf[FN__MAX] = {0};
	const char *files[FN__MAX] = { tpl->file_regular, tpl->file_bold, tpl->file_mono };
	if (tpl->pdfa != FB_PDFA_NONE && !in->record_json) {
		snprintf(err, errlen, "a PDF/A brief attaches the record: its JSON text is missing");
		return -1;
	}
	L.t = tpl, L.rec = in->record, L.article = in->article ? in->article : "", L.article_len = in->article_len;
	L.claim_anchor = fb_xcalloc(in->record->nclaims + 1, sizeof *L.claim_anchor);
	for (size_t i = 0; i < in->record->nclaims; i++)
		L.claim_anchor[i] = -1;
	for (int i = 0; i < FN__MAX; i++)
		L.used[i] = fb_xcalloc(8192, 1);
	/* Fonts, read once: their metrics lay the brief out, their tables
	 * are subset at the end. */
	for (int i = 0; i < FN__MAX; i++) {
		char why[512];
		ttf[i] = files[i] ? fb_ttf_open(files[i], why, sizeof why) : NULL;
		if (!ttf[i]) {
			snprintf(err, errlen, "%s: cannot load font '%s': %s", tpl->path, files[i] ? files[i] : "(none)",
			    files[i] ? why : "no file");
			goto out;
		}
		L.ttf[i] = ttf[i];
	}

	/* Lay out. */
	L.x0 = tpl->margin_left, L.x1 = tpl->page_w - tpl->margin_right;
	L.top = tpl->page_h - tpl->margin_top, L.bottom = tpl->margin_bottom;
	L.y = L.top, L.page = 0, L.at_top = 1;
	L.stop_page = -1;
	L.npara_anchor = in->record->nparagraphs;
	L.para_anchor = fb_xcalloc(L.npara_anchor + 1, sizeof *L.para_anchor);
	for (size_t i = 0; i < L.npara_anchor; i++)
		L.para_anchor[i] = -1;
	title_block(&L);
	across_section(&L);
	conflicts_section(&L);
	claims_section(&L);
	sources_section(&L);
	article_section(&L);
	int npages = L.page + 1;
	for (int p = 0; p < npages; p++)
		furniture(&L, p, npages);
	missing_glyphs(&L, files, err, errlen);

	/* Draw. */
	pdf = HPDF_New(on_error, &h);
	if (!pdf) {
		snprintf(err, errlen, "libharu: cannot create a document");
		goto out;
	}
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	for (int i = 0; i < FN__MAX; i++) {
		font[i] = fb_hpdf_font_new(pdf, files[i]);
		if (!font[i] || h.code) {
			snprintf(err, errlen, "%s: cannot load font '%s' (libharu error 0x%04X)", tpl->path,
			    files[i], (unsigned)h.code);
			goto out;
		}
	}
	pages = fb_xcalloc((size_t)npages, sizeof(HPDF_Page));
	for (int p = 0; p < npages; p++) {
		pages[p] = HPDF_AddPage(pdf);
		HPDF_Page_SetWidth(pages[p], tpl->page_w);
		HPDF_Page_SetHeight(pages[p], tpl->page_h);
	}
	HCHECK(&h, "adding pages");
	/* Pages labelled 1, 2, 3... as the footer numbers them. */
	HPDF_AddPageLabel(pdf, 0, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, NULL);
	HCHECK(&h, "labelling pages");
	/* Draw in page order; ops of later pages may precede (furniture), so
	 * the ops are first sorted by page (stably, by counting): one pass
	 * over the display list, not one per page. */
	byp = fb_xcalloc(L.nops + 1, sizeof *byp);
	pstart = fb_xcalloc((size_t)npages + 1, sizeof *pstart);
	for (size_t i = 0; i < L.nops; i++)
		pstart[L.ops[i].page + 1]++;
	for (int p = 0; p < npages; p++)
		pstart[p + 1] += pstart[p];
	{
		size_t *fill = fb_xcalloc((size_t)npages + 1, sizeof *fill);
		memcpy(fill, pstart, ((size_t)npages + 1) * sizeof *fill);
		for (size_t i = 0; i < L.nops; i++)
			byp[fill[L.ops[i].page]++] = i;
		free(fill);
	}
	for (int p = 0; p < npages; p++) {
		draw_page(&L, pages[p], byp + pstart[p], pstart[p + 1] - pstart[p], font, pages);
		HCHECK(&h, "drawing a page");
	}

	/* Outline: sections, with conflicts under theirs. */
	HPDF_Outline parent = NULL;
	for (size_t i = 0; i < L.noutl; i++) {
		const outline_ent *e = &L.outl[i];
		HPDF_Outline o = fb_hpdf_outline(pdf, e->level && parent ? parent : NULL, astr(&L, e->title));
		fb_hpdf_set_dest(o, pages[L.anch[e->anchor].page], 0, dest_top(&L, e->anchor));
		if (!e->level) {
			parent = o;
			HPDF_Outline_SetOpened(o, HPDF_TRUE);
		}
	}
	HCHECK(&h, "building the outline");

	/* Document information: dates from the record, never the clock. */
	const fb_record *rec = in->record;
	char *subject = fb_xasprintf("Verification brief for %s", S(rec->input.path));
	char *keywords = fb_xasprintf("fact-check, verification, claims, sources, sha256:%s", S(rec->input.sha256));
	char *author = fb_xasprintf("factbrief %s", FB_VERSION);
	/* libharu refuses strings over 64 KiB; a --title that long is cut */
	char *title = fb_xstrdup(S(rec->input.title));
	size_t tl = strlen(title);
	if (tl > 4000) {
		tl = 4000;
		while (tl > 0 && ((unsigned char)title[tl] & 0xC0) == 0x80)
			tl--;
		title[tl] = '\0';
	}
	int info_bad = fb_hpdf_set_info(pdf, HPDF_INFO_TITLE, *title ? title : "factbrief brief") |
	               fb_hpdf_set_info(pdf, HPDF_INFO_AUTHOR, author) |
	               fb_hpdf_set_info(pdf, HPDF_INFO_CREATOR, author) |
	               fb_hpdf_set_info(pdf, HPDF_INFO_SUBJECT, subject) |
	               fb_hpdf_set_info(pdf, HPDF_INFO_KEYWORDS, keywords);
	HPDF_Date d;
	if (parse_date(S(rec->generated), &d) == 0) {
		HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d);
		HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d);
	}
	if (h.code || info_bad) {
		free(subject), free(keywords), free(author), free(title);
		if (!h.code)
			h.code = HPDF_INVALID_OBJECT;
		HCHECK(&h, "setting document information");
	}
	if (tpl->pdfa != FB_PDFA_NONE) {
		/* /ID from the input's hash and the record's date: reproducible. */
		char *seed = fb_xasprintf("%s %s", S(rec->input.sha256), S(rec->generated));
		char hex[65];
		unsigned char id[16];
		fb_sha256_hex(seed, strlen(seed), hex);
		free(seed);
		for (int i = 0; i < 16; i++) /* fb_sha256_hex writes 0-9a-f */
			id[i] = (unsigned char)(hex_digit(hex[2 * i]) << 4 | hex_digit(hex[2 * i + 1]));
		const char *rectext = in->record_json;
		/* with several reports, input.path lists them all: name the
		 * record after the first */
		const char *path = in->nreports ? in->reports[0].path : S(rec->input.path);
		const char *base = strrchr(path, '/');
		base = base ? base + 1 : path;
		if (!*base || strcmp(base, "-") == 0)
			base = "article.txt";
		char *recname = fb_xasprintf("%.*s.record.json", (int)(strrchr(base, '.') && strrchr(base, '.') != base ? strrchr(base, '.') - base : (long)strlen(base)), base);
		/* the article (or each compared report) and the record */
		size_t natt = in->nreports ? in->nreports + 1 : 2;
		fb_pdf_attachment *att = fb_xcalloc(natt, sizeof *att);
		att[0] = (fb_pdf_attachment){ base, "The article as read (exact input bytes)", "text/plain", "Source",
			in->article ? in->article : "", in->article_len };
		for (size_t i = 0; i < in->nreports; i++) {
			const char *rb = strrchr(in->reports[i].path, '/');
			rb = rb ? rb + 1 : in->reports[i].path;
			att[i] = (fb_pdf_attachment){ *rb && strcmp(rb, "-") != 0 ? rb : "report.txt",
				"A compared report as read (exact input bytes)", "text/plain", "Source",
				in->reports[i].orig, in->reports[i].origlen };
		}
		att[natt - 1] = (fb_pdf_attachment){ recname, "The factbrief verification record (factbrief.record/1) this brief was drawn from",
			"application/json", "Data", rectext, strlen(rectext) };
		fb_pdfa_info pi = { tpl->pdfa == FB_PDFA_1B ? 1 : 3, *title ? title : "factbrief brief", author, subject, keywords, author,
		    S(rec->generated), FB_ICC_PROFILE, id, att, natt, FB_PDF_DEFLATE_LEVEL };
		int prc = fb_hpdf_pdfa(pdf, &pi, err, errlen);
		free(recname), free(att);
		if (prc != 0) {
			free(subject), free(keywords), free(author), free(title);
			goto out;
		}
	}
	free(subject), free(keywords), free(author), free(title);

	for (int i = 0; i < FN__MAX; i++)
		if (fb_hpdf_font_embed(font[i], ttf[i], files[i], L.used[i], err, errlen) != 0)
			goto out;
	if (fb_hpdf_deflate_streams(pdf, FB_PDF_DEFLATE_LEVEL, err, errlen) != 0)
		goto out;
	if (fb_hpdf_save(pdf, out) != 0) {
		if (!h.code)
			h.code = HPDF_FILE_IO_ERROR;
		HCHECK(&h, "saving");
	}
	HCHECK(&h, "saving");
	rc = 0;
out:
	if (pdf)
		HPDF_Free(pdf);
	free(pages);
	free(byp);
	free(pstart);
	for (int i = 0; i < FN__MAX; i++)
		fb_ttf_free(ttf[i]);
	free(L.ops);
	fb_buf_free(&L.arena);
	free(L.anch);
	free(L.outl);
	free(L.para_anchor);
	for (int i = 0; i < FN__MAX; i++)
		free(L.used[i]);
	free(L.claim_anchor);
	return rc;
}
