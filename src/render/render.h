/* render.h - the last stage: the PDF brief and the terminal summary, both
 * drawn from the record alone (and the input bytes for the article). */
#ifndef FB_RENDER_H
#define FB_RENDER_H

#include <jansson.h>
#include <stddef.h>

#include "fb.h"
#include "template.h"
#include "util.h"

typedef struct fb_render_input {
	const json_t *record;    /* the verification record */
	const char *article;     /* input bytes as read */
	size_t article_len;
	const char *record_json; /* the record as fb_record_dump writes it, or
	                          * NULL: the PDF renderer dumps it to attach it */
	const fb_report *reports; /* --compare: the reports, attached one by one
	                           * instead of the article; NULL otherwise */
	size_t nreports;
} fb_render_input;

/* Renders the PDF brief into out (bytes). Returns 0, or -1 with err. On
 * success err holds a warning (characters the fonts cannot draw), or is
 * empty. */
int fb_render_pdf(const fb_render_input *in, const fb_template *tpl, fb_buf *out,
    char *err, size_t errlen);

/* Renders the plain-text summary (conflicts first) into out. */
void fb_render_text(const fb_render_input *in, fb_buf *out);

#endif
