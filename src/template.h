/* template.h - the brief's layout and styles, loaded at run time from a
 * template file (templates/brief): page size, margins, fonts, colours per
 * status, section titles, header and footer text with placeholders. */
#ifndef FB_TEMPLATE_H
#define FB_TEMPLATE_H

#include <stddef.h>

typedef struct fb_rgb { float r, g, b; } fb_rgb;

typedef struct fb_template {
	char *path;
	float page_w, page_h;            /* points */
	float margin_top, margin_bottom, margin_left, margin_right;
	char *font_regular, *font_bold, *font_mono; /* fontconfig names or files */
	float size_body, size_small, size_title, size_heading;
	fb_rgb color_text, color_muted, color_accent, color_rule, color_highlight;
	fb_rgb color_status[5];          /* single consistent review conflict unverifiable */
	char *title_conflicts, *title_claims, *title_sources, *title_article;
	char *header, *footer;           /* with {title} {page} {pages} {date} {sha256} {file} */
} fb_template;

/* Loads a template; NULL with "path:line: why" in err on failure. */
fb_template *fb_template_load(const char *path, char *err, size_t errlen);
void fb_template_free(fb_template *t);

#endif
