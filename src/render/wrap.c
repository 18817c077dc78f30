/* wrap.c - line breaking for the PDF brief: UTF-8 safe, white space
 * folded, over-long words broken by width. */
#include "render_pdf.h"

#include <stddef.h>
#include <stdlib.h>

#include "util.h"

/* ------------------------------------------------------------ line breaking */


void fb_pdf_fold(const char *s, size_t a, size_t b, fb_buf *out)
{
	int sp = 0;
	for (size_t i = a; i < b; i++) {
		if (fb_isspace((unsigned char)s[i])) {
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
		while (i < n && fb_isspace((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		size_t ws = i;
		while (i < n && !fb_isspace((unsigned char)s[i]))
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
				size_t cl = fb_u8len((unsigned char)s[k]);
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
