/* hpdf_fixups.c - repairs for known libharu 2.3.0 defects. */
#include "hpdf_fixups.h"

#include <hpdf_objects.h>
#include <stdio.h>
#include <string.h>

void fb_hpdf_annot_printable(HPDF_Annotation an)
{
	if (an)
		HPDF_Dict_AddNumber(an, "F", 4);
}

void fb_hpdf_dest_xyz(HPDF_Destination dst, HPDF_Page page, float left, float top)
{
	if (!dst)
		return;
	HPDF_Array_Clear(dst);
	HPDF_Array_Add(dst, page);
	HPDF_Array_AddName(dst, "XYZ");
	HPDF_Array_AddReal(dst, left);
	HPDF_Array_AddReal(dst, top);
	HPDF_Array_Add(dst, HPDF_Null_New(dst->mmgr));
}

int fb_hpdf_fixup(const fb_buf *in, fb_buf *out, char *err, size_t errlen)
{
	fb_buf_put(out, in->p, in->len);
	return 0;
}
