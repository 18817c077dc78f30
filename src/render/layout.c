/* layout.c - the display list of the PDF brief: text measured with the
 * fonts' metrics, paragraphs broken into lines, highlights, tables whose
 * header comes again after a page break, anchors and outline entries. */
#include "layout.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

float lay_width(void *ctx, int f, float size, const char *s, size_t n)
{
	lay *l = ctx;
	if (!n)
		return 0;
	return (float)fb_ttf_text_width(l->ttf[f], s, n) * size / 1000.0f;
}

float lay_measure(void *ctx, const char *s, size_t n)
{
	meas *m = ctx;
	float w = lay_width(m->l, m->f, m->size, s, n);
	if (m->loose) /* as show_text sets it */
		for (size_t i = 0; i < n; i++)
			if (s[i] == ' ')
				w += lay_width(m->l, m->f, m->size, " ", 1) * 0.5f;
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
		size_t cl = fb_u8len(c);
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
void lay_link_claim(lay *l, const fb_rec_claim *c, float x, float y, float w, float h)
{
	if (!c->id || !*c->id)
		return;
	op *o = push_op(l, OP_LINK);
	o->x = x, o->y = y, o->w = w, o->h = h;
	o->str = (size_t)(c - l->rec->claims);
	o->font = 1; /* marks str as set */
}

/* Draws text at (x, baseline y). */
void lay_text(lay *l, int f, float size, fb_rgb c, float x, float y, const char *s, size_t n)
{
	if (!n)
		return;
	op *o = push_op(l, OP_TEXT);
	o->font = f, o->size = size, o->color = c, o->x = x, o->y = y;
	o->loose = l->loose;
	o->str = arena_put(l, s, n);
	l->at_top = 0;
	const char *a = lay_str(l, o->str);
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

void lay_rect(lay *l, fb_rgb c, float x, float y, float w, float h)
{
	op *o = push_op(l, OP_RECT);
	o->color = c, o->x = x, o->y = y, o->w = w, o->h = h;
}

void lay_hline(lay *l, fb_rgb c, float width, float x, float y, float len)
{
	op *o = push_op(l, OP_LINE);
	o->color = c, o->size = width, o->x = x, o->y = y, o->w = len, o->h = 0;
}

int lay_anchor(lay *l, float y)
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

void lay_outline(lay *l, int level, const char *title, int anc)
{
	outline_ent *e = FB_PUSH(l->outl, l->noutl, l->capoutl);
	e->level = level, e->anchor = anc;
	e->title = arena_put(l, title, strlen(title));
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
void lay_need(lay *l, float h)
{
	if (l->y - h >= l->bottom || l->at_top)
		return;
	new_page(l);
	if (l->hdr_cols)
		draw_table_header(l);
}

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
size_t lay_para(lay *l, int f, float size, fb_rgb c, float x, float w,
    const char *s, size_t n, const span *hl, size_t nhl)
{
	fb_line *ln;
	size_t nl = lay_wrap(l, f, size, w, s, n, &ln);
	size_t drawn = lay_para_lines(l, f, size, c, x, s, ln, nl, hl, nhl);
	free(ln);
	return drawn;
}

size_t lay_wrap(lay *l, int f, float size, float w, const char *s, size_t n, fb_line **ln)
{
	meas m = { l, f, size, 0 };
	return fb_pdf_wrap(s, n, w, lay_measure, &m, ln);
}

size_t lay_lines_room(const lay *l, float size)
{
	if (l->stop_page < 0)
		return SIZE_MAX;
	if (l->page > l->stop_page)
		return 0;
	/* every page from this one to the last allowed, whole: more than
	 * lay_need can fill (it starts a page when a line does not fit, and
	 * a page at its top takes a line of any height) */
	float ld = lay_lead(size);
	double per = floor((l->top - l->bottom) / ld) + 2;
	return (size_t)((double)(l->stop_page - l->page + 1) * per);
}

size_t lay_para_lines(lay *l, int f, float size, fb_rgb c, float x, const char *s, const fb_line *ln, size_t nl,
    const span *hl, size_t nhl)
{
	float ld = lay_lead(size);
	fb_buf t = {0};
	size_t *first = NULL, *idx = NULL;
	if (nhl)
		spans_by_line(ln, nl, hl, nhl, &first, &idx);
	size_t i;
	for (i = 0; i < nl; i++) {
		lay_need(l, ld);
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
			float xa = lay_width(l, f, size, t.p ? t.p : "", t.len);
			/* fold drops a trailing space that the line still shows */
			if (a > ln[i].start && fb_isspace((unsigned char)s[a - 1]))
				xa += lay_width(l, f, size, " ", 1);
			t.len = 0;
			fb_pdf_fold(s, ln[i].start, b, &t);
			float xb = lay_width(l, f, size, t.p ? t.p : "", t.len);
			lay_rect(l, hl[k].c, x + xa - 1, base - size * 0.26f, xb - xa + 2, size * 1.22f);
		}
		t.len = 0;
		fb_pdf_fold(s, ln[i].start, ln[i].end, &t);
		lay_text(l, f, size, c, x, base, t.p, t.len);
		l->y -= ld;
	}
	fb_buf_free(&t);
	free(first);
	free(idx);
	return i;
}

void lay_gap(lay *l, float h)
{
	if (!l->at_top)
		l->y -= h;
}

/* A section heading with a rule, kept with at least `keep` points after. */
int lay_section(lay *l, const char *title, float keep)
{
	const fb_template *t = l->t;
	lay_gap(l, t->size_heading * 1.2f);
	lay_need(l, t->size_heading * 2.2f + keep);
	int a = lay_anchor(l, l->y + 4);
	float base = l->y - t->size_heading;
	lay_text(l, FN_BOLD, t->size_heading, t->color_accent, l->x0, base, title, strlen(title));
	lay_hline(l, t->color_accent, 0.8f, l->x0, base - t->size_heading * 0.45f, l->x1 - l->x0);
	l->y = base - t->size_heading * 1.1f;
	lay_outline(l, 0, title, a);
	return a;
}

/* ------------------------------------------------------------ record access */


/* The status labels, in fb_rec_status order: status_label draws them. */

/* The source name of a claim: primary source, "via" outlet, candidates. */
char *lay_claim_source(const fb_record *rec, const fb_rec_claim *c)
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
void lay_clamp_span(const lay *l, long long a, long long b, size_t *pa, size_t *pb)
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
char *lay_cap_text(const lay *l, const char *s)
{
	long max = l->t->max_text;
	size_t n = strlen(s), i = 0, chars = 0;
	while (i < n && (long)chars < max)
		i += fb_u8len((unsigned char)s[i]), chars++;
	if (i >= n) /* (a cut character at the very end counts as the end) */
		return fb_xstrdup(s);
	size_t more = 0;
	for (size_t k = i; k < n; k++)
		more += ((unsigned char)s[k] & 0xc0) != 0x80;
	return fb_xasprintf("%.*s\xe2\x80\xa6 (%zu more characters)", (int)i, s, more);
}

/* Says, after a list cut at a template limit, how many items it left out
 * and where they all are. */
void lay_left_out(lay *l, size_t n, const char *what, const char *key, long lim)
{
	const fb_template *t = l->t;
	char *s = fb_xasprintf("%zu more %s not shown here (the template's %s is %ld): the JSON record%s lists "
	    "them all.", n, what, key, lim, t->pdfa == FB_PDFA_3B ? " attached to this PDF" : "");
	lay_gap(l, 4);
	lay_para(l, FN_BOLD, t->size_small * 1.1f, t->color_status[2], l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
	free(s);
}

/* ---------------------------------------------------------------- tables */




static void draw_table_header(lay *l)
{
	const fb_template *t = l->t;
	float sz = t->size_small, h = lay_lead(sz) + 2 * PAD;
	float x = l->x0;
	lay_rect(l, lay_tint(t->color_accent, 0.12f), l->x0, l->y - h, l->x1 - l->x0, h);
	for (size_t i = 0; i < l->hdr_ncols; i++) {
		const char *s = l->hdr_cols[i].title;
		lay_text(l, FN_BOLD, sz, t->color_accent, x + PAD, l->y - PAD - sz, s, strlen(s));
		x += l->hdr_cols[i].w;
	}
	lay_hline(l, t->color_accent, 0.6f, l->x0, l->y - h, l->x1 - l->x0);
	l->y -= h;
	l->at_top = 0;
}

void lay_table_begin(lay *l, const tcol *cols, size_t n)
{
	l->hdr_cols = NULL;
	lay_need(l, 3 * (lay_lead(l->t->size_body) + 2 * PAD));
	l->hdr_cols = cols, l->hdr_ncols = n;
	draw_table_header(l);
}

void lay_table_end(lay *l) { l->hdr_cols = NULL; lay_gap(l, 4); }

void lay_status_label(lay *l, int st, float x, float ytop)
{
	const fb_template *t = l->t;
	float sz = t->size_small * 0.92f;
	char up[16];
	size_t n = strlen(fb_rec_status_names[st]);
	for (size_t i = 0; i < n && i < sizeof up - 1; i++)
		up[i] = (char)(fb_rec_status_names[st][i] - 32);
	float w = lay_width(l, FN_BOLD, sz, up, n) + 6;
	lay_rect(l, t->color_status[st], x, ytop - sz - 3.2f, w, sz + 3.8f);
	fb_rgb white = { 1, 1, 1 };
	lay_text(l, FN_BOLD, sz, white, x + 3, ytop - sz - 0.6f, up, n);
}

/* Draws one row, splitting it over pages only when it is taller than a
 * page; the header row repeats on each new page. zebra shades the row;
 * row_link (an op.target, or -1) links the whole row (one annotation per
 * row, not per cell: each costs ~120 bytes). */
void lay_table_row(lay *l, const tcol *cols, const tcell *cells, size_t n, int zebra, int *row_anchor,
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
		ld[i] = lay_lead(cells[i].size);
		if (cells[i].status >= 0) {
			ln[i] = NULL, nl[i] = 1;
		} else {
			meas m = { l, cells[i].font, cells[i].size, cells[i].loose };
			nl[i] = fb_pdf_wrap(cells[i].s, strlen(cells[i].s), cols[i].w - 2 * PAD, lay_measure, &m, &ln[i]);
		}
		if (nl[i] * ld[i] > maxh)
			maxh = nl[i] * ld[i];
	}
	float body = l->top - l->bottom - (lay_lead(t->size_small) + 2 * PAD);
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
			h = lay_lead(t->size_body);
		else if (h <= 0) {
			new_page(l);
			draw_table_header(l);
			continue;
		}
		float top = l->y, rh = h + 2 * PAD;
		if (zebra)
			lay_rect(l, lay_tint(t->color_rule, 0.22f), l->x0, top - rh, l->x1 - l->x0, rh);
		if (first && row_anchor)
			*row_anchor = lay_anchor(l, top);
		float x = l->x0;
		for (size_t i = 0; i < n; i++) {
			if (cells[i].status >= 0 && first)
				lay_status_label(l, cells[i].status, x + PAD, top - PAD + 0.5f);
			for (size_t k = 0; cells[i].status < 0 && k < take[i]; k++) {
				const fb_line *li = &ln[i][done[i] + k];
				txt.len = 0;
				fb_pdf_fold(cells[i].s, li->start, li->end, &txt);
				l->loose = cells[i].loose;
				lay_text(l, cells[i].font, cells[i].size, cells[i].color, x + PAD,
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
		lay_hline(l, t->color_rule, 0.4f, l->x0, top - rh, l->x1 - l->x0);
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
void lay_fit_cols(lay *l, tcol *c, size_t n, size_t flex)
{
	float sum = 0;
	for (size_t i = 0; i < n; i++)
		if (i != flex)
			sum += c[i].w;
	c[flex].w = l->x1 - l->x0 - sum;
	if (c[flex].w < 60)
		c[flex].w = 60;
}
