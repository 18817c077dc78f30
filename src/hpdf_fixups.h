/* hpdf_fixups.h - repairs for known libharu 2.3.0 defects, kept in one
 * place so they can be dropped when libharu is fixed (HPDF_VERSION_ID). */
#ifndef FB_HPDF_FIXUPS_H
#define FB_HPDF_FIXUPS_H

#include <hpdf.h>
#include <stddef.h>

#include "util.h"

/* Marks a link annotation printable (/F 4; libharu sets no flags). */
void fb_hpdf_annot_printable(HPDF_Annotation an);

/* Points dst at (left, top) of its page keeping the reader's zoom:
 * [page /XYZ left top null]. libharu's SetXYZ refuses a null zoom. */
void fb_hpdf_dest_xyz(HPDF_Destination dst, HPDF_Page page, float left, float top);

/* Rewrites the saved document in into out, repairing libharu's defects.
 * Returns 0, or -1 with err. */
int fb_hpdf_fixup(const fb_buf *in, fb_buf *out, char *err, size_t errlen);

#endif
