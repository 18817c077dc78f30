/* render_pdf.c - the PDF brief: has the sections (sections.c) lay the record
 * out into a display list (layout.c), so "page N of M" is known before
 * drawing, then draws it with libharu and makes it an archival PDF. */
#include "render.h"
#include "render_pdf.h"
#include "layout.h"

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
	if (lay_width(l, f, size, s, n) <= w)
		return fb_xstrdup(s);
	float ew = lay_width(l, f, size, "\xe2\x80\xa6", 3);
	size_t k = 0, best = 0;
	while (k < n) {
		size_t cl = fb_u8len((unsigned char)s[k]);
		if (lay_width(l, f, size, s, k + cl) + ew > w)
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
	char *title = lay_cap_text(l, S(r->input.title));
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
		float rw = lay_width(l, FN_REG, sz, right, strlen(right));
		char *lf = fit_text(l, FN_REG, sz, left, l->x1 - l->x0 - rw - 24);
		lay_text(l, FN_REG, sz, t->color_muted, l->x0, rows[i].y, lf, strlen(lf));
		lay_text(l, FN_REG, sz, t->color_muted, l->x1 - rw, rows[i].y, right, strlen(right));
		float ry = rows[i].rule_above ? rows[i].y + sz + 3 : rows[i].y - 4;
		lay_hline(l, t->color_rule, 0.4f, l->x0, ry, l->x1 - l->x0);
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
	const char *s = lay_str(L, o->str);
	size_t n = strlen(s);
	if (!o->loose || !memchr(s, ' ', n)) {
		fb_hpdf_show_text(pg, o->x, o->y, s, n);
		return;
	}
	float x = o->x, sp = lay_width((void *)L, o->font, o->size, " ", 1) * 1.5f;
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		if (e > i) {
			fb_hpdf_show_text(pg, x, o->y, s + i, e - i);
			x += lay_width((void *)L, o->font, o->size, s + i, e - i);
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

/* The document information and, for PDF/A, the metadata, output intent
 * and attachments (the article or each compared report, and the record).
 * Dates come from the record, never the clock. Returns 0, or -1 with err
 * set. */
static int doc_info(HPDF_Doc pdf, hctx *h, const fb_render_input *in, const fb_template *tpl, char *err, size_t errlen)
{
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
	if (h->code || info_bad) {
		free(subject), free(keywords), free(author), free(title);
		if (!h->code)
			h->code = HPDF_INVALID_OBJECT;
		HCHECK(h, "setting document information");
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
			in->article ? in->article : "", in->article_len, 0, 0 };
		for (size_t i = 0; i < in->nreports; i++) {
			const char *rb = strrchr(in->reports[i].path, '/');
			rb = rb ? rb + 1 : in->reports[i].path;
			att[i] = (fb_pdf_attachment){ *rb && strcmp(rb, "-") != 0 ? rb : "report.txt",
				"A compared report as read (exact input bytes)", "text/plain", "Source",
				in->reports[i].orig, in->reports[i].origlen, 0, 0 };
		}
		att[natt - 1] = (fb_pdf_attachment){ recname, "The factbrief verification record (factbrief.record/1) this brief was drawn from",
			"application/json", "Data", rectext, rectext ? strlen(rectext) : 0, 0, 0 };
		if (!rectext)
			att[natt - 1].data = in->record_z, att[natt - 1].len = in->record_zlen,
			att[natt - 1].deflated = 1, att[natt - 1].size = in->record_len;
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

	return 0;
out:
	return -1;
}

int fb_render_pack_record(const char *json, size_t len, fb_buf *out,
    void (*behind)(void *arg, size_t done), void *arg)
{
	return fb_pdf_deflate_behind(json, len, FB_PDF_DEFLATE_LEVEL, FB_PDF_DEFLATE_WHOLE, out, behind, arg);
}

/* Renders the brief into out, or else into f. */
static int render(const fb_render_input *in, const fb_template *tpl, fb_buf *out, FILE *f,
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
	fb_hpdf_deflater *z = NULL;
	fb_ttf *ttf[FN__MAX] = {0};
	const char *files[FN__MAX] = { tpl->file_regular, tpl->file_bold, tpl->file_mono };
	if (tpl->pdfa != FB_PDFA_NONE && !in->record_json && !in->record_z) {
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
	lay_title_block(&L);
	lay_across(&L);
	lay_conflicts(&L);
	lay_claims(&L);
	lay_sources(&L);
	lay_article(&L);
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
	/* Each page deflated once drawn, as fb_hpdf_deflate_streams would at
	 * the end (the same bytes), so that only one is held uncompressed;
	 * the display list goes once every page is drawn. */
	if (!(z = fb_hpdf_deflater_new(FB_PDF_DEFLATE_LEVEL))) {
		snprintf(err, errlen, "libdeflate: cannot make a compressor at level %d", FB_PDF_DEFLATE_LEVEL);
		goto out;
	}
	for (int p = 0; p < npages; p++) {
		draw_page(&L, pages[p], byp + pstart[p], pstart[p + 1] - pstart[p], font, pages);
		HCHECK(&h, "drawing a page");
		if (fb_hpdf_deflate_page(z, pages[p]) != 0) {
			snprintf(err, errlen, "libdeflate: cannot compress a page of the document");
			goto out;
		}
	}
	fb_hpdf_deflater_free(z);
	z = NULL;
	free(L.ops);
	L.ops = NULL, L.nops = L.capops = 0;
	free(byp), free(pstart);
	byp = pstart = NULL;

	/* Outline: sections, with conflicts under theirs. */
	HPDF_Outline parent = NULL;
	for (size_t i = 0; i < L.noutl; i++) {
		const outline_ent *e = &L.outl[i];
		HPDF_Outline o = fb_hpdf_outline(pdf, e->level && parent ? parent : NULL, lay_str(&L, e->title));
		fb_hpdf_set_dest(o, pages[L.anch[e->anchor].page], 0, dest_top(&L, e->anchor));
		if (!e->level) {
			parent = o;
			HPDF_Outline_SetOpened(o, HPDF_TRUE);
		}
	}
	HCHECK(&h, "building the outline");

	if (doc_info(pdf, &h, in, tpl, err, errlen) != 0)
		goto out;

	for (int i = 0; i < FN__MAX; i++)
		if (fb_hpdf_font_embed(font[i], ttf[i], files[i], L.used[i], err, errlen) != 0)
			goto out;
	if (fb_hpdf_deflate_streams(pdf, FB_PDF_DEFLATE_LEVEL, err, errlen) != 0)
		goto out;
	if (out ? fb_hpdf_save(pdf, out) != 0 : fb_hpdf_save_file(pdf, f) != 0) {
		if (!h.code)
			h.code = HPDF_FILE_IO_ERROR;
		HCHECK(&h, "saving");
	}
	HCHECK(&h, "saving");
	rc = 0;
out:
	fb_hpdf_deflater_free(z);
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

int fb_render_pdf(const fb_render_input *in, const fb_template *tpl, fb_buf *out,
    char *err, size_t errlen)
{
	return render(in, tpl, out, NULL, err, errlen);
}

int fb_render_pdf_file(const fb_render_input *in, const fb_template *tpl, FILE *f,
    char *err, size_t errlen)
{
	return render(in, tpl, NULL, f, err, errlen);
}
