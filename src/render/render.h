/* render.h - the last stage: the PDF brief and the terminal summary, both
 * drawn from the typed record alone (and the input bytes for the
 * article). Renderers know no JSON: record_read.h reads a record's tree. */
#ifndef FB_RENDER_H
#define FB_RENDER_H

#include <stddef.h>
#include <stdio.h>

#include "fb.h"
#include "record_model.h"
#include "template.h"
#include "util.h"

typedef struct fb_render_input {
	const fb_record *record; /* the verification record */
	const char *article;     /* input bytes as read */
	size_t article_len;
	const char *record_json; /* the record as fb_record_dump writes it: a
	                          * PDF/A brief attaches it (required there);
	                          * NULL without PDF/A */
	const char *record_z;    /* or, instead of record_json: that text
	                          * deflated by fb_render_pack_record ... */
	size_t record_zlen;
	size_t record_len;       /* ... from this many bytes */
	const fb_report *reports; /* --compare: the reports, attached one by one
	                           * instead of the article; NULL otherwise */
	size_t nreports;
} fb_render_input;

/* Renders the PDF brief into out (bytes). Returns 0, or -1 with err. On
 * success err holds a warning (characters the fonts cannot draw), or is
 * empty. */
int fb_render_pdf(const fb_render_input *in, const fb_template *tpl, fb_buf *out,
    char *err, size_t errlen);

/* The same, the brief's bytes written to f as they are made rather than
 * held whole (a write error: -1, with ferror(f) set). */
int fb_render_pdf_file(const fb_render_input *in, const fb_template *tpl, FILE *f,
    char *err, size_t errlen);

/* The record's JSON text packed for a PDF/A brief's attachment (a zlib
 * stream, appended to out): made before the brief, so that the text need
 * not be held while it is drawn. A large text is packed a piece at a
 * time, and behind(arg, done) (when not NULL) is told how much of it has
 * been taken, so that its pages can be let go. Returns 0, or -1. */
int fb_render_pack_record(const char *json, size_t len, fb_buf *out,
    void (*behind)(void *arg, size_t done), void *arg);

/* Renders the plain-text summary (conflicts first) into out. */
void fb_render_text(const fb_render_input *in, fb_buf *out);

#endif
