/* render_pdf.h - internals of the PDF renderer that the unit tests reach:
 * UTF-8 safe line breaking and the formatting of quantities. */
#ifndef FB_RENDER_PDF_H
#define FB_RENDER_PDF_H

#include <stddef.h>

#include "record_model.h"

/* Width of s[0,n) in points in some font and size. */
typedef float (*fb_measure_fn)(void *ctx, const char *s, size_t n);

typedef struct fb_line {
	size_t start, end;  /* bytes of the source; runs of white space inside
	                       print as one space */
} fb_line;

/* Breaks s[0,n) into lines no wider than maxw: at white space, and inside
 * a word longer than a line after its last hyphen that fits, else at UTF-8
 * character boundaries (never fewer than one character per line). Stores a malloc'ed array in *lines (caller
 * frees) and returns the count; 0 for text that is all white space. */
size_t fb_pdf_wrap(const char *s, size_t n, float maxw, fb_measure_fn m, void *ctx, fb_line **lines);

/* Copies s[a,b) with white space runs folded to one space; appends to out. */
struct fb_buf;
void fb_pdf_fold(const char *s, size_t a, size_t b, struct fb_buf *out);

/* Formats a record quantity for a reader: "≥ 4", "5 (2 + 2 + 1)", "≤ 3 h",
 * "> 900", "several", "≈ 40%". NULL (no quantity) gives "—".
 * Returns a malloc'ed string; caller frees. */
char *fb_pdf_format_quantity(const fb_rec_quantity *q);

/* The same, listing at most max_parts parts of an enumeration and then
 * how many more ("40 (2 + 2 + … 18 more parts)"); 0 lists none.
 * fb_pdf_format_quantity lists FB_PDF_MAX_PARTS. */
#define FB_PDF_MAX_PARTS 20
char *fb_pdf_format_quantity_max(const fb_rec_quantity *q, long max_parts);

#endif
