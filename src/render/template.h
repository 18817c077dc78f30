/* template.h - the brief's layout and styles, loaded at run time from a
 * template file (templates/brief): page size, margins, fonts, colours per
 * status, section titles, header and footer text with placeholders. */
#ifndef FB_TEMPLATE_H
#define FB_TEMPLATE_H

#include <stddef.h>

typedef struct fb_rgb { float r, g, b; } fb_rgb;

/* The PDF/A part the brief claims (template key "pdfa"). */
enum fb_pdfa { FB_PDFA_NONE, FB_PDFA_1B, FB_PDFA_3B, FB_PDFA__MAX };

typedef struct fb_template {
	char *path;                      /* as given, for messages */
	float page_w, page_h;            /* points */
	float margin_top, margin_bottom, margin_left, margin_right;
	char *font_regular, *font_bold, *font_mono; /* as written in the template */
	char *file_regular, *file_bold, *file_mono; /* resolved TrueType files */
	float size_body, size_small, size_title, size_heading;
	fb_rgb color_text, color_muted, color_accent, color_rule, color_highlight;
	fb_rgb color_status[5];          /* single consistent review conflict unverifiable */
	char *title_conflicts, *title_claims, *title_sources, *title_article;
	char *title_across;      /* --compare: the table of figures by report */
	char *header, *footer;           /* left; with {title} {page} {pages} {date} {sha256} {file} */
	char *header_right, *footer_right; /* right-aligned counterparts */
	enum fb_pdfa pdfa;               /* archival conformance to claim */
	/* Limits that keep the brief readable (and its making bounded) on any
	 * input; past one the brief says how many it left out (the record
	 * stays complete). Template keys max_*; 0 shows none. */
	long max_claims;                 /* rows of the claims table */
	long max_sources;                /* rows of the sources table */
	long max_conflicts;              /* conflict pairs and review cards shown */
	long max_article_pages;          /* pages of the article section */
	long max_parts;                  /* parts of an enumeration listed in a value */
	long max_list;                   /* items of a list in a cell (paragraphs, roles, aliases) */
	long max_text;                   /* characters of one text in a cell or card */
} fb_template;

/* The largest value of a max_* key. */
#define FB_TEMPLATE_LIMIT_MAX 1000000000

/* Sets the max_* limits to their built-in defaults. */
void fb_template_default_limits(fb_template *t);

/* Loads a template; NULL with "path:line: why" in err on failure. Fonts are
 * resolved here (fonts/ overrides, then fontconfig), so a missing font is
 * reported at the line that names it. Caller frees with fb_template_free. */
fb_template *fb_template_load(const char *path, char *err, size_t errlen);

/* Parses template text already in memory; path is used in messages only. */
fb_template *fb_template_parse(const char *path, const char *text, size_t len,
    char *err, size_t errlen);

/* Frees a template; NULL does nothing. */
void fb_template_free(fb_template *t);

/* Expands {title} {page} {pages} {date} {sha256} {file} in fmt. Unknown
 * placeholders are kept as written. Returns a malloc'ed string; caller frees. */
typedef struct fb_tpl_vars {
	const char *title, *date, *sha256, *file;
	int page, pages;
} fb_tpl_vars;
char *fb_template_expand(const char *fmt, const fb_tpl_vars *v);

#endif
