/* layout.h - the PDF brief's layout, inside render/: a display list of
 * text, rules, boxes and links on numbered pages (layout.c), filled by the
 * brief's sections (sections.c) and drawn with libharu (render_pdf.c). */
#ifndef FB_LAYOUT_H
#define FB_LAYOUT_H

#include <stddef.h>

#include "hpdf_fixups.h"
#include "record_model.h"
#include "render.h"
#include "render_pdf.h"
#include "template.h"
#include "util.h"

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


/* A highlight: bytes [a, b) of a block's text, drawn behind it in c. */
typedef struct span { size_t a, b; fb_rgb c; } span;

#define S fb_rec_str

/* A table's columns and cells. */
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

static inline const char *lay_str(const lay *l, size_t off) { return l->arena.p + off; }

static inline float lay_lead(float size) { return size * 1.32f; }

static inline fb_rgb lay_tint(fb_rgb c, float k)
{
	fb_rgb r = { 1 - (1 - c.r) * k, 1 - (1 - c.g) * k, 1 - (1 - c.b) * k };
	return r;
}

/* ---------------------------------------------------- layout (layout.c) */

/* A measuring closure for fb_pdf_wrap: text in font f at size, spaces
 * half a space wider when loose (as show_text sets quantities). */
typedef struct meas { lay *l; int f; float size; int loose; } meas;
float lay_measure(void *ctx, const char *s, size_t n);

float lay_width(void *ctx, int f, float size, const char *s, size_t n);

/* Links the box to the claims-table row of claim c (drawn later, so
 * resolved when drawing); a claim without an id has no row to link to. */
void lay_link_claim(lay *l, const fb_rec_claim *c, float x, float y, float w, float h);

/* Draws text at (x, baseline y). */
void lay_text(lay *l, int f, float size, fb_rgb c, float x, float y, const char *s, size_t n);

void lay_rect(lay *l, fb_rgb c, float x, float y, float w, float h);

void lay_hline(lay *l, fb_rgb c, float width, float x, float y, float len);

int lay_anchor(lay *l, float y);

void lay_outline(lay *l, int level, const char *title, int anc);

/* Makes room for h points below the cursor, starting a page if needed;
 * tables repeat their header row. */
void lay_need(lay *l, float h);

/* Wraps and draws a block of text in [x, x+w) from the cursor down, page
 * breaking between lines. hl_* give optional highlight spans (byte ranges
 * of s, with colours). Returns the number of lines drawn; stops (and sets
 * l->cut) before a line that would fall past l->stop_page. */
size_t lay_para(lay *l, int f, float size, fb_rgb c, float x, float w,
    const char *s, size_t n, const span *hl, size_t nhl);

/* lay_para in two steps, for a caller that would know how much of a long
 * block can be drawn before it makes the block's highlights: lay_wrap
 * breaks s[0,n) into lines for width w (a malloc'ed array in *ln, caller
 * frees; returns the count), lay_para_lines draws them as lay_para does,
 * and lay_lines_room says how many lines of text at size can be drawn at
 * most before l->stop_page is passed (SIZE_MAX without a limit): spans
 * after the last of those lines are never drawn. */
size_t lay_wrap(lay *l, int f, float size, float w, const char *s, size_t n, fb_line **ln);
size_t lay_lines_room(const lay *l, float size);
size_t lay_para_lines(lay *l, int f, float size, fb_rgb c, float x, const char *s, const fb_line *ln, size_t nl,
    const span *hl, size_t nhl);

void lay_gap(lay *l, float h);

/* A section heading with a rule, kept with at least `keep` points after. */
int lay_section(lay *l, const char *title, float keep);

/* The source name of a claim: primary source, "via" outlet, candidates. */
char *lay_claim_source(const fb_record *rec, const fb_rec_claim *c);

/* Clamps a record span to the article and to UTF-8 boundaries. */
void lay_clamp_span(const lay *l, long long a, long long b, size_t *pa, size_t *pb);

/* s cut after the template's max_text characters, saying how many more
 * there are. Returns a malloc'ed string; caller frees. */
char *lay_cap_text(const lay *l, const char *s);

/* Says, after a list cut at a template limit, how many items it left out
 * and where they all are. */
void lay_left_out(lay *l, size_t n, const char *what, const char *key, long lim);

void lay_table_begin(lay *l, const tcol *cols, size_t n);

void lay_table_end(lay *l);

void lay_status_label(lay *l, int st, float x, float ytop);

/* Draws one row, splitting it over pages only when it is taller than a
 * page; the header row repeats on each new page. zebra shades the row;
 * row_link (an op.target, or -1) links the whole row (one annotation per
 * row, not per cell: each costs ~120 bytes). */
void lay_table_row(lay *l, const tcol *cols, const tcell *cells, size_t n, int zebra, int *row_anchor,
    int row_link);

/* Splits the table width over columns: fixed widths, one column takes the
 * rest. */
void lay_fit_cols(lay *l, tcol *c, size_t n, size_t flex);

/* --------------------------------------- the brief's sections (sections.c) */

void lay_link_claim(lay *l, const fb_rec_claim *c, float x, float y, float w, float h);

void lay_text(lay *l, int f, float size, fb_rgb c, float x, float y, const char *s, size_t n);

void lay_rect(lay *l, fb_rgb c, float x, float y, float w, float h);

void lay_hline(lay *l, fb_rgb c, float width, float x, float y, float len);

void lay_outline(lay *l, int level, const char *title, int anc);

void lay_need(lay *l, float h);

size_t lay_para(lay *l, int f, float size, fb_rgb c, float x, float w,
    const char *s, size_t n, const span *hl, size_t nhl);

void lay_gap(lay *l, float h);

int lay_section(lay *l, const char *title, float keep);

void lay_clamp_span(const lay *l, long long a, long long b, size_t *pa, size_t *pb);

void lay_left_out(lay *l, size_t n, const char *what, const char *key, long lim);

void lay_table_begin(lay *l, const tcol *cols, size_t n);

void lay_table_end(lay *l);

void lay_status_label(lay *l, int st, float x, float ytop);

void lay_table_row(lay *l, const tcol *cols, const tcell *cells, size_t n, int zebra, int *row_anchor,
    int row_link);

void lay_fit_cols(lay *l, tcol *c, size_t n, size_t flex);

void lay_title_block(lay *l);

/* --compare: the reports, then one row per group two reports speak to and
 * one column per report; a figure in a pair across reports is in the
 * conflict colour, and the cross-report pairs follow in the conflicts
 * section with both outlets in their reasons. */
void lay_across(lay *l);

void lay_conflicts(lay *l);

void lay_claims(lay *l);

void lay_sources(lay *l);

void lay_article(lay *l);

#endif
