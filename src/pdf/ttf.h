/* ttf.h - the TrueType fonts the brief embeds, inside pdf/: the file in
 * memory with its glyph locations and metrics (ttf.c reads and subsets
 * it; hpdf_fixups.c embeds the subset through libharu). */
#ifndef FB_TTF_H
#define FB_TTF_H

#include <stddef.h>
#include <stdint.h>

#include "hpdf_fixups.h"
#include "util.h"

/* The font file in memory with its glyph locations and metrics. */
struct fb_ttf {
	unsigned char *p;
	size_t n;
	size_t glyf, glyf_len;
	size_t loca;
	int long_loca;
	unsigned nglyphs;
	int mapped;             /* p is mmap'ed (else malloc'ed) */
	uint16_t *gid;          /* BMP code point -> glyph (65536) */
	uint16_t *gw;           /* glyph -> advance in 1/1000 em */
	/* For the font descriptor, in 1/1000 em. */
	char psname[64];        /* PostScript name (name 6), PDF-name safe */
	int flags;              /* PDF font flags */
	int bbox[4], italic_angle, ascent, descent, cap_height, x_height, stem_v;
};
typedef struct fb_ttf ttf;

/* Big-endian numbers, read and written as the font tables hold them. */
static inline unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static inline uint32_t be32(const unsigned char *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static inline void put16(fb_buf *b, unsigned v) { fb_buf_putc(b, (int)(v >> 8 & 255)); fb_buf_putc(b, (int)(v & 255)); }
static inline void put32(fb_buf *b, uint32_t v) { put16(b, v >> 16); put16(b, v & 0xffff); }
static inline void set16(unsigned char *p, unsigned v) { p[0] = (unsigned char)(v >> 8), p[1] = (unsigned char)v; }
static inline void set32(unsigned char *p, uint32_t v) { set16(p, v >> 16); set16(p + 2, v & 0xffff); }

/* Marks, in flags (one byte per glyph), the glyphs that the marked
 * composite glyphs are made of, to any depth. */
void fb_ttf_mark_components(const ttf *t, unsigned char *flags, unsigned nflags);

/* A font program of the glyphs keep[0,n) (keep[0] is .notdef), glyph g
 * renumbered newid[g]: glyf, loca, hmtx and the other tables a PDF viewer
 * needs. Appends to out; returns 0, or -1. */
int fb_ttf_subset(const ttf *t, const unsigned *keep, unsigned n, const unsigned *newid, fb_buf *out);

#endif
