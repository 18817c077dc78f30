/* hpdf_fixups.h - repairs for known libharu 2.3.0 defects, kept in one
 * place so they can be dropped when libharu is fixed. Every repair that
 * reaches into libharu's internals is compiled only for HPDF_VERSION_ID
 * 20300 (2.3.0); with another version it does nothing and says so. */
#ifndef FB_HPDF_FIXUPS_H
#define FB_HPDF_FIXUPS_H

#include <hpdf.h>
#include <stddef.h>

#include "util.h"

/* 1 when the repairs below apply to the libharu we were built with. */
int fb_hpdf_fixups_active(void);

/* Marks a link annotation printable (/F 4; libharu sets no flags, and
 * PDF/A wants annotations printed). */
void fb_hpdf_annot_printable(HPDF_Annotation an);

/* Points dst at (left, top) of page, keeping the reader's zoom:
 * [page /XYZ left top null]. libharu's SetXYZ refuses a null zoom. */
void fb_hpdf_dest_xyz(HPDF_Destination dst, HPDF_Page page, float left, float top);

/* The ToUnicode CMap for a font drawn with libharu's UTF-8 encoder (code =
 * Unicode BMP code point): bfrange/bfchar for every code whose bit is set
 * in used (8192 bytes, bit c of byte c/8). Appends to out. */
void fb_hpdf_tounicode_cmap(const unsigned char *used, fb_buf *out);

/* Repairs a Type0 TrueType font loaded from ttf_path with the UTF-8
 * encoder, before the document is saved:
 * - replaces libharu's ToUnicode (written with begincidrange, invalid:
 *   poppler warns, Ghostscript loses the text) with fb_hpdf_tounicode_cmap;
 * - sets CIDSystemInfo /Ordering to (Identity) (libharu writes Identity-H);
 * - marks the components of composite glyphs used (accented letters such
 *   as ễ are built from parts that libharu's subsetting otherwise drops).
 * Returns 0, or -1 with err. */
int fb_hpdf_fix_font(HPDF_Font font, const char *ttf_path, const unsigned char *used,
    char *err, size_t errlen);

/* Rewrites the saved document in into out, repairing what can only be
 * repaired in the bytes. Returns 0, or -1 with err. */
int fb_hpdf_fixup(const fb_buf *in, fb_buf *out, char *err, size_t errlen);

#endif
