/* hpdf_fixups.c - repairs for known libharu 2.3.0 defects and slow paths:
 * the embedded fonts (made here from ttf.c's subset: a valid ToUnicode,
 * CIDSystemInfo, widths), destinations, annotation flags, PDF/A,
 * text and stream writes, deflate, save. The only file that touches
 * libharu's internal structures. */
#include "hpdf_fixups.h"
#include "ttf.h"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <libdeflate.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CMakeLists.txt refuses any libharu but 2.3.0, whose private structures
 * this file reads; this is the compile-time half of that check. */
#if HPDF_VERSION_ID != 20300
#error "factbrief needs libharu 2.3.0 (HPDF_VERSION_ID 20300)"
#endif

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

void fb_hpdf_set_dest(HPDF_Dict owner, HPDF_Page page, float left, float top)
{
	if (!owner)
		return;
	HPDF_Array d = HPDF_Array_New(owner->mmgr);
	HPDF_Array_Add(d, page);
	HPDF_Array_AddName(d, "XYZ");
	HPDF_Array_AddReal(d, left);
	HPDF_Array_AddReal(d, top);
	HPDF_Array_Add(d, HPDF_Null_New(owner->mmgr));
	HPDF_Dict_Add(owner, "Dest", d);
}

HPDF_Annotation fb_hpdf_link(HPDF_Page page, float x0, float y0, float x1, float y1,
    HPDF_Page target, float left, float top)
{
	HPDF_PageAttr pa = page ? (HPDF_PageAttr)page->attr : NULL;
	if (!pa)
		return NULL;
	HPDF_MMgr mm = page->mmgr;
	HPDF_Dict an = HPDF_Dict_New(mm);
	if (!an || HPDF_Xref_Add(pa->xref, an) != HPDF_OK)
		return NULL;
	/* Small: no optional /Type, whole points (a brief has a link per
	 * claim row). */
	HPDF_Dict_AddName(an, "Subtype", "Link");
	HPDF_Array r = HPDF_Array_New(mm);
	HPDF_Array_AddNumber(r, (HPDF_INT32)floorf(x0));
	HPDF_Array_AddNumber(r, (HPDF_INT32)floorf(y0));
	HPDF_Array_AddNumber(r, (HPDF_INT32)ceilf(x1));
	HPDF_Array_AddNumber(r, (HPDF_INT32)ceilf(y1));
	HPDF_Dict_Add(an, "Rect", r);
	HPDF_Array b = HPDF_Array_New(mm);
	HPDF_Array_AddNumber(b, 0);
	HPDF_Array_AddNumber(b, 0);
	HPDF_Array_AddNumber(b, 0);
	HPDF_Dict_Add(an, "Border", b);
	fb_hpdf_annot_printable(an);
	fb_hpdf_set_dest(an, target, left, top);
	HPDF_Array annots = HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY);
	if (!annots) {
		annots = HPDF_Array_New(mm);
		HPDF_Dict_Add(page, "Annots", annots);
	}
	HPDF_Array_Add(annots, an);
	return an;
}

/* Appends v with two decimals ("-12.05"), without printf's cost. */
static void put_fixed2(fb_buf *b, float v)
{
	long long r = (long long)(v * 100.0f + (v < 0 ? -0.5f : 0.5f));
	if (r < 0)
		fb_buf_putc(b, '-'), r = -r;
	char d[32];
	int n = 0;
	long long ip = r / 100;
	do
		d[n++] = (char)('0' + ip % 10), ip /= 10;
	while (ip && n < 20);
	while (n)
		fb_buf_putc(b, d[--n]);
	fb_buf_putc(b, '.');
	fb_buf_putc(b, (int)('0' + r / 10 % 10));
	fb_buf_putc(b, (int)('0' + r % 10));
}

/* A real as PDF wants it: no exponent, up to five decimals, no trailing
 * zeros (what libharu's HPDF_FToA writes). */
static void put_real(fb_buf *b, float v)
{
	long long r = llroundf(v * 100000.0f);
	if (r < 0)
		fb_buf_putc(b, '-'), r = -r;
	char d[32];
	int n = 0;
	long long ip = r / 100000, fp = r % 100000;
	do
		d[n++] = (char)('0' + ip % 10), ip /= 10;
	while (ip && n < 20);
	while (n)
		fb_buf_putc(b, d[--n]);
	if (fp) {
		char f[6];
		int k = 5;
		f[5] = '\0';
		while (k--)
			f[k] = (char)('0' + fp % 10), fp /= 10;
		k = 5;
		while (k > 0 && f[k - 1] == '0')
			f[--k] = '\0';
		fb_buf_putc(b, '.');
		fb_buf_puts(b, f);
	}
}

/* HPDF_Stream_Write for a memory stream, with memcpy: libharu 2.3.0's
 * copies a byte at a time (HPDF_MemCpy), and a brief's pages, fonts and
 * attachments are some 200 KB of writes. The chunks are libharu's own, so
 * its readers and HPDF_Stream_Write can go on with the stream. */
static void stream_put(HPDF_Stream s, const void *data, size_t n)
{
	if (s->type != HPDF_STREAM_MEMORY || HPDF_Error_GetCode(s->error) != HPDF_OK) {
		HPDF_Stream_Write(s, (const HPDF_BYTE *)data, (HPDF_UINT)n);
		return;
	}
	HPDF_MemStreamAttr a = s->attr;
	const char *p = data;
	size_t left = n;
	while (left) {
		if (!a->w_ptr || a->w_pos >= a->buf_siz) {
			HPDF_BYTE *c = HPDF_GetMem(s->mmgr, a->buf_siz);
			if (!c)
				return; /* libharu's error handler has been called */
			if (HPDF_List_Add(a->buf, c) != HPDF_OK) {
				HPDF_FreeMem(s->mmgr, c);
				return;
			}
			a->w_ptr = c;
			a->w_pos = 0;
		}
		size_t k = a->buf_siz - a->w_pos < left ? a->buf_siz - a->w_pos : left;
		memcpy(a->w_ptr, p, k);
		a->w_ptr += k, a->w_pos += (HPDF_UINT)k;
		p += k, left -= k;
		s->size += (HPDF_UINT)k;
	}
}

static void put_op(HPDF_Page page, const float *v, int nv, const char *name, const char *op)
{
	HPDF_PageAttr pa = (HPDF_PageAttr)page->attr;
	char tmp[160];
	fb_buf b = { 0 };
	b.p = tmp, b.cap = sizeof tmp; /* fits: no allocation */
	if (name) {
		fb_buf_putc(&b, '/');
		fb_buf_puts(&b, name);
		fb_buf_putc(&b, ' ');
	}
	for (int i = 0; i < nv; i++) {
		put_real(&b, v[i]);
		fb_buf_putc(&b, ' ');
	}
	fb_buf_puts(&b, op);
	fb_buf_putc(&b, '\n');
	stream_put(pa->stream, b.p, b.len);
	if (b.p != tmp)
		fb_buf_free(&b);
}

void fb_hpdf_set_fill(HPDF_Page page, float r, float g, float b)
{
	HPDF_PageAttr pa = page ? (HPDF_PageAttr)page->attr : NULL;
	if (!pa || !(pa->gmode == HPDF_GMODE_PAGE_DESCRIPTION || pa->gmode == HPDF_GMODE_TEXT_OBJECT) ||
	    r < 0 || r > 1 || g < 0 || g > 1 || b < 0 || b > 1) {
		HPDF_Page_SetRGBFill(page, r, g, b); /* libharu says what is wrong */
		return;
	}
	float v[3] = { r, g, b };
	put_op(page, v, 3, NULL, "rg");
	pa->gstate->rgb_fill.r = r, pa->gstate->rgb_fill.g = g, pa->gstate->rgb_fill.b = b;
	pa->gstate->cs_fill = HPDF_CS_DEVICE_RGB;
}

void fb_hpdf_set_font(HPDF_Page page, HPDF_Font font, float size)
{
	HPDF_PageAttr pa = page ? (HPDF_PageAttr)page->attr : NULL;
	const char *name = pa && (pa->gmode == HPDF_GMODE_TEXT_OBJECT || pa->gmode == HPDF_GMODE_PAGE_DESCRIPTION) &&
	                   HPDF_Font_Validate(font) &&
	                   size > 0 && size <= HPDF_MAX_FONTSIZE ? HPDF_Page_GetLocalFontName(page, font) : NULL;
	if (!name) {
		HPDF_Page_SetFontAndSize(page, font, size);
		return;
	}
	float v[1] = { size };
	put_op(page, v, 1, name, "Tf");
	pa->gstate->font = font;
	pa->gstate->font_size = size;
	pa->gstate->writing_mode = ((HPDF_FontAttr)font->attr)->writing_mode;
}

void fb_hpdf_rectangle(HPDF_Page page, float x, float y, float w, float h)
{
	HPDF_PageAttr pa = page ? (HPDF_PageAttr)page->attr : NULL;
	if (!pa || !(pa->gmode == HPDF_GMODE_PAGE_DESCRIPTION || pa->gmode == HPDF_GMODE_PATH_OBJECT)) {
		HPDF_Page_Rectangle(page, x, y, w, h);
		return;
	}
	float v[4] = { x, y, w, h };
	put_op(page, v, 4, NULL, "re");
	pa->cur_pos.x = x, pa->cur_pos.y = y;
	pa->str_pos = pa->cur_pos;
	pa->gmode = HPDF_GMODE_PATH_OBJECT;
}

void fb_hpdf_show_text(HPDF_Page page, float x, float y, const char *s, size_t n)
{
	HPDF_PageAttr pa = page ? (HPDF_PageAttr)page->attr : NULL;
	if (!pa || pa->gmode != HPDF_GMODE_TEXT_OBJECT) {
		if (page)
			HPDF_Page_TextOut(page, x, y, s);
		return;
	}
	/* A move relative to the last line start (BeginText puts it at 0 0):
	 * runs of lines give "0 -12.54 Td" again and again, which deflates to
	 * almost nothing. Codes are the UTF-16BE code units of the BMP
	 * (the fonts of fb_hpdf_font_new use Identity-H with CID = code point), as a
	 * literal string: half the bytes of hex for zlib to chew (karachi:
	 * 78.0 KB and 95.7M instructions against 78.9 KB and 102M). */
	char tmp[512];
	fb_buf b = { tmp, 0, sizeof tmp }; /* most lines fit: no allocation */
	x = roundf(x * 100) / 100, y = roundf(y * 100) / 100; /* no drift */
	put_fixed2(&b, x - pa->text_pos.x);
	fb_buf_putc(&b, ' ');
	put_fixed2(&b, y - pa->text_pos.y);
	fb_buf_puts(&b, " Td (");
	/* Four bytes at most a character, two escaped. */
	if (b.len + 4 * n + 8 > b.cap) {
		fb_buf big = {0};
		fb_buf_put(&big, b.p, b.len);
		b = big;
		fb_buf_reserve(&b, 4 * n + 8);
	}
	char *o = b.p + b.len;
	for (size_t i = 0; i < n;) {
		unsigned cp = (unsigned char)s[i];
		if (cp < 0x80)
			i++;
		else {
			size_t l = 1;
			cp = fb_utf8_decode(s, n, i, &l);
			i += l ? l : 1;
			if (cp > 0xffff)
				cp = 0xfffd;
		}
		for (int k = 0; k < 2; k++) {
			unsigned c = k ? cp & 0xff : cp >> 8;
			if (c == '(' || c == ')' || c == '\\')
				*o++ = '\\', *o++ = (char)c;
			else if (c == '\n' || c == '\r')
				*o++ = '\\', *o++ = c == '\n' ? 'n' : 'r';
			else
				*o++ = (char)c;
		}
	}
	b.len = (size_t)(o - b.p);
	fb_buf_puts(&b, ") Tj\n");
	stream_put(pa->stream, b.p, b.len);
	if (b.p != tmp)
		fb_buf_free(&b);
	pa->text_matrix.x = pa->text_pos.x = x;
	pa->text_matrix.y = pa->text_pos.y = y;
}

static int bit(const unsigned char *used, unsigned c) { return used[c >> 3] >> (c & 7) & 1; }

void fb_hpdf_tounicode_cmap(const unsigned char *used, fb_buf *out)
{
	fb_buf_puts(out,
	    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	/* Runs of consecutive codes inside one high byte become bfranges
	 * (a range may not cross the last byte); single codes, bfchars. */
	unsigned rs[100], re[100];
	unsigned nr = 0;
	fb_buf chars = {0};
	unsigned nc = 0;
	for (unsigned c = 0; c < 65536;) {
		if (!used[c >> 3]) { /* eight codes unused */
			c = (c | 7) + 1;
			continue;
		}
		if (!bit(used, c) || (c >= 0xd800 && c <= 0xdfff)) {
			c++;
			continue;
		}
		unsigned e = c;
		while (e + 1 < 65536 && (e + 1) >> 8 == c >> 8 && bit(used, e + 1))
			e++;
		if (e > c) {
			rs[nr] = c, re[nr] = e, nr++;
		} else {
			fb_buf_printf(&chars, "<%04X> <%04X>\n", c, c);
			nc++;
		}
		if (nr == 100) {
			fb_buf_printf(out, "100 beginbfrange\n");
			for (unsigned i = 0; i < nr; i++)
				fb_buf_printf(out, "<%04X> <%04X> <%04X>\n", rs[i], re[i], rs[i]);
			fb_buf_puts(out, "endbfrange\n");
			nr = 0;
		}
		if (nc == 100) {
			fb_buf_printf(out, "100 beginbfchar\n%sendbfchar\n", chars.p);
			chars.len = 0;
			nc = 0;
		}
		c = e + 1;
	}
	if (nr) {
		fb_buf_printf(out, "%u beginbfrange\n", nr);
		for (unsigned i = 0; i < nr; i++)
			fb_buf_printf(out, "<%04X> <%04X> <%04X>\n", rs[i], re[i], rs[i]);
		fb_buf_puts(out, "endbfrange\n");
	}
	if (nc)
		fb_buf_printf(out, "%u beginbfchar\n%sendbfchar\n", nc, chars.p);
	fb_buf_free(&chars);
	fb_buf_puts(out, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

/* --------------------------------------------------------------- fonts */

static void font_free(HPDF_Dict d)
{
	HPDF_FreeMem(d->mmgr, d->attr);
}

HPDF_Font fb_hpdf_font_new(HPDF_Doc pdf, const char *path)
{
	(void)path;
	HPDF_Dict font = HPDF_Dict_New(pdf->mmgr);
	if (!font)
		return NULL;
	HPDF_FontAttr a = HPDF_GetMem(pdf->mmgr, sizeof *a);
	if (!a) {
		HPDF_Dict_Free(font);
		return NULL;
	}
	memset(a, 0, sizeof *a);
	a->type = HPDF_FONT_TYPE0_TT;
	a->writing_mode = HPDF_WMODE_HORIZONTAL;
	a->xref = pdf->xref;
	font->header.obj_class |= HPDF_OSUBCLASS_FONT;
	font->attr = a;
	font->free_fn = font_free;
	/* The font dictionary has no stream: its filter says whether the
	 * font's streams are to be deflated. */
	if (pdf->compression_mode & HPDF_COMP_METADATA)
		font->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (HPDF_Xref_Add(pdf->xref, font) != HPDF_OK)
		return NULL; /* the xref freed it */
	return font;
}

/* A stream dictionary holding p[0,n), deflated when filter says so. */
static HPDF_Dict font_stream(HPDF_Dict font, const void *p, size_t n)
{
	HPDF_FontAttr a = font->attr;
	HPDF_Dict s = HPDF_DictStream_New(font->mmgr, a->xref);
	if (!s)
		return NULL;
	stream_put(s->stream, p, n);
	s->filter = font->filter;
	return s;
}

/* The subset tag: six capitals from the font's name and the codes used,
 * so that two subsets of one font differ, and a run repeats itself. */
static void subset_tag(const ttf *t, const unsigned char *used, char tag[8])
{
	size_t h = FB_FNV_START;
	for (const char *s = t->psname; *s; s++)
		h = fb_fnv(h, (unsigned char)*s);
	for (size_t i = 0; i < 8192; i++)
		h = fb_fnv(h, used[i]);
	for (int i = 0; i < 6; i++, h /= 26)
		tag[i] = (char)('A' + h % 26);
	tag[6] = '+', tag[7] = '\0';
}

int fb_hpdf_font_embed(HPDF_Font font, const fb_ttf *t, const char *name, const unsigned char *used,
    char *err, size_t errlen)
{
	HPDF_FontAttr attr = HPDF_Font_Validate(font) ? (HPDF_FontAttr)font->attr : NULL;
	if (!attr || attr->type != HPDF_FONT_TYPE0_TT || attr->descendant_font) {
		snprintf(err, errlen, "%s: not a font of fb_hpdf_font_new, or embedded already", name);
		return -1;
	}
	HPDF_MMgr mm = font->mmgr;
	unsigned ng = t->nglyphs;
	unsigned char *flag = fb_xcalloc(ng + 1, 1);
	unsigned *newid = fb_xcalloc(ng + 1, sizeof *newid), *keep = fb_xcalloc(ng + 1, sizeof *keep);
	unsigned maxcid = 0;
	flag[0] = 1;
	for (unsigned c = 0; c < 65536; c++) {
		if (!used[c >> 3]) { /* eight codes unused */
			c |= 7;
			continue;
		}
		if (bit(used, c)) {
			flag[t->gid[c]] = 1;
			maxcid = c;
		}
	}
	fb_ttf_mark_components(t, flag, ng);
	unsigned n = 0;
	for (unsigned g = 0; g < ng; g++)
		if (flag[g])
			newid[g] = n, keep[n++] = g;
	fb_buf prog = {0};
	int rc = -1;
	if (fb_ttf_subset(t, keep, n, newid, &prog) != 0) {
		snprintf(err, errlen, "%s: cannot subset the font", name);
		goto out;
	}
	char base[80];
	subset_tag(t, used, base);
	snprintf(base + 7, sizeof base - 7, "%s", t->psname);

	/* Per code used: its CID in CIDSet (CID 0, .notdef, too), its new
	 * glyph in CIDToGIDMap, its width in /W (in runs of codes). */
	unsigned char *bits = fb_xcalloc((size_t)maxcid / 8 + 1, 1);
	unsigned char *map = fb_xcalloc((size_t)maxcid + 1, 2);
	HPDF_Array w = HPDF_Array_New(mm), run = NULL;
	bits[0] |= 0x80;
	for (unsigned c = 0; c <= maxcid; c++) {
		if (!bit(used, c)) {
			run = NULL;
			if (!used[c >> 3])
				c |= 7;
			continue;
		}
		bits[c >> 3] |= (unsigned char)(0x80u >> (c & 7));
		set16(map + 2 * c, newid[t->gid[c]]);
		if (!run) {
			HPDF_Array_AddNumber(w, (HPDF_INT32)c);
			run = HPDF_Array_New(mm);
			HPDF_Array_Add(w, run);
		}
		HPDF_Array_AddNumber(run, t->gw[t->gid[c]]);
	}

	/* The font program, and its descriptor. */
	HPDF_Dict desc = HPDF_Dict_New(mm);
	HPDF_Xref_Add(attr->xref, desc);
	HPDF_Dict data = font_stream(font, prog.p, prog.len);
	HPDF_Dict_AddNumber(data, "Length1", (HPDF_INT32)prog.len);
	HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
	HPDF_Dict_AddName(desc, "FontName", base);
	HPDF_Dict_AddNumber(desc, "Flags", t->flags);
	HPDF_Box bb = { (HPDF_REAL)t->bbox[0], (HPDF_REAL)t->bbox[1], (HPDF_REAL)t->bbox[2], (HPDF_REAL)t->bbox[3] };
	HPDF_Dict_Add(desc, "FontBBox", HPDF_Box_Array_New(mm, bb));
	HPDF_Dict_AddNumber(desc, "ItalicAngle", t->italic_angle);
	HPDF_Dict_AddNumber(desc, "Ascent", t->ascent);
	HPDF_Dict_AddNumber(desc, "Descent", t->descent);
	HPDF_Dict_AddNumber(desc, "CapHeight", t->cap_height);
	HPDF_Dict_AddNumber(desc, "XHeight", t->x_height);
	HPDF_Dict_AddNumber(desc, "StemV", t->stem_v);
	HPDF_Dict_Add(desc, "FontFile2", data);
	/* CIDSet: as PDF/A-1 wants for subset CID fonts */
	HPDF_Dict_Add(desc, "CIDSet", font_stream(font, bits, maxcid / 8 + 1));

	/* The CIDFont. */
	HPDF_Dict cid = HPDF_Dict_New(mm);
	HPDF_Xref_Add(attr->xref, cid);
	HPDF_Dict_AddName(cid, "Type", "Font");
	HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
	HPDF_Dict_AddName(cid, "BaseFont", base);
	HPDF_Dict csi = HPDF_Dict_New(mm);
	HPDF_Dict_Add(csi, "Registry", HPDF_String_New(mm, "Adobe", NULL));
	HPDF_Dict_Add(csi, "Ordering", HPDF_String_New(mm, "Identity", NULL));
	HPDF_Dict_AddNumber(csi, "Supplement", 0);
	HPDF_Dict_Add(cid, "CIDSystemInfo", csi);
	HPDF_Dict_Add(cid, "FontDescriptor", desc);
	HPDF_Dict_AddNumber(cid, "DW", t->gw[0]);
	HPDF_Dict_Add(cid, "W", w);
	HPDF_Dict_Add(cid, "CIDToGIDMap", font_stream(font, map, 2 * ((size_t)maxcid + 1)));
	free(bits), free(map);

	/* The Type0 font pages name: Identity-H, a valid ToUnicode. */
	HPDF_Dict_AddName(font, "Type", "Font");
	HPDF_Dict_AddName(font, "Subtype", "Type0");
	HPDF_Dict_AddName(font, "BaseFont", base);
	HPDF_Dict_AddName(font, "Encoding", "Identity-H");
	HPDF_Array desc_fonts = HPDF_Array_New(mm);
	HPDF_Array_Add(desc_fonts, cid);
	HPDF_Dict_Add(font, "DescendantFonts", desc_fonts);
	fb_buf cm = {0};
	fb_hpdf_tounicode_cmap(used, &cm);
	HPDF_Dict_Add(font, "ToUnicode", font_stream(font, cm.p, cm.len));
	fb_buf_free(&cm);
	attr->descendant_font = cid;
	rc = HPDF_Error_GetCode(font->error) ? -1 : 0;
	if (rc)
		snprintf(err, errlen, "%s: libharu error 0x%04X while embedding the font", name,
		    (unsigned)HPDF_Error_GetCode(font->error));
out:
	fb_buf_free(&prog);
	free(flag), free(newid), free(keep);
	return rc;
}

/* ------------------------------------------------------------------ PDF/A */

void fb_xml_escape(const char *s, fb_buf *out)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': fb_buf_puts(out, "&amp;"); break;
		case '<': fb_buf_puts(out, "&lt;"); break;
		case '>': fb_buf_puts(out, "&gt;"); break;
		case '"': fb_buf_puts(out, "&quot;"); break;
		case '\'': fb_buf_puts(out, "&apos;"); break;
		default:
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				fb_buf_putc(out, ' '); /* not allowed in XML 1.0 */
			else
				fb_buf_putc(out, (int)c);
		}
	}
}

/* "2026-11-26T19:00:00Z" -> "D:20261126190000Z" (PDF date string). */
static void pdf_date(const char *iso, char out[24])
{
	char d[15] = "19700101000000";
	const int pos[] = { 0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18 };
	if (iso && strlen(iso) >= 19)
		for (int i = 0; i < 14; i++)
			d[i] = fb_isdigit((unsigned char)iso[pos[i]]) ? iso[pos[i]] : '0';
	snprintf(out, 24, "D:%sZ", d);
}

static void xmp_prop(fb_buf *x, const char *tag, const char *v)
{
	fb_buf_printf(x, "   <%s>", tag);
	fb_xml_escape(v ? v : "", x);
	fb_buf_printf(x, "</%s>\n", tag);
}

/* A text string for the info-like entries we add: UTF-16BE with BOM. */
static HPDF_Binary text_string(HPDF_MMgr mm, const char *s)
{
	fb_buf b = {0};
	fb_buf_putc(&b, 0xfe), fb_buf_putc(&b, 0xff);
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		size_t l = 1;
		unsigned cp = fb_utf8_decode(s, n, i, &l);
		if (!l)
			l = 1;
		if (cp >= 0x10000) {
			cp -= 0x10000;
			put16(&b, 0xd800 + (cp >> 10));
			put16(&b, 0xdc00 + (cp & 0x3ff));
		} else
			put16(&b, cp);
		i += l;
	}
	/* libharu writes binaries as <hex>: a valid PDF string either way. */
	HPDF_Binary r = HPDF_Binary_New(mm, (HPDF_BYTE *)b.p, (HPDF_UINT)b.len);
	fb_buf_free(&b);
	return r;
}

/* A PDF text string: literal when printable ASCII, else UTF-16BE. */
static void *pdf_text(HPDF_MMgr mm, const char *s)
{
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e)
			return text_string(mm, s);
	return HPDF_String_New(mm, s, NULL);
}

int fb_hpdf_set_info(HPDF_Doc pdf, HPDF_InfoType type, const char *utf8)
{
	const char *key = type == HPDF_INFO_TITLE ? "Title" : type == HPDF_INFO_AUTHOR ? "Author"
	                : type == HPDF_INFO_CREATOR ? "Creator" : type == HPDF_INFO_SUBJECT ? "Subject"
	                : type == HPDF_INFO_KEYWORDS ? "Keywords" : NULL;
	/* libharu makes the dictionary; the value is then ours */
	if (!key || HPDF_SetInfoAttr(pdf, type, "") != HPDF_OK || !pdf->info)
		return -1;
	return HPDF_Dict_Add(pdf->info, key, pdf_text(pdf->mmgr, utf8)) == HPDF_OK ? 0 : -1;
}

HPDF_Outline fb_hpdf_outline(HPDF_Doc pdf, HPDF_Outline parent, const char *utf8)
{
	HPDF_Outline o = HPDF_CreateOutline(pdf, parent, "", NULL);
	if (o)
		HPDF_Dict_Add(o, "Title", pdf_text(pdf->mmgr, utf8));
	return o;
}

static HPDF_STATUS write_flate_filter(HPDF_Dict d, HPDF_Stream out);

/* Puts data into d's stream deflated at level, as fb_hpdf_deflate_streams
 * would later (the same bytes), without first holding an uncompressed
 * copy in the stream and two more while compressing it: an attached record
 * may be tens of megabytes. Returns 0, or -1. */
int fb_pdf_deflate(const void *data, size_t n, int level, fb_buf *out)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
	if (!c)
		return -1;
	size_t cap = libdeflate_zlib_compress_bound(c, n);
	fb_buf_reserve(out, cap ? cap : 1);
	size_t z = libdeflate_zlib_compress(c, data, n, out->p + out->len, cap);
	libdeflate_free_compressor(c);
	if (z == 0)
		return -1;
	out->len += z;
	out->p[out->len] = '\0';
	return 0;
}

/* A stream libharu reads, at save time, from bytes it does not own (a
 * large attachment deflated ahead of the brief, not copied into a stream
 * of its own: the bytes are then held once, not twice). */
typedef struct ref_stream { const HPDF_BYTE *p; size_t n, pos; } ref_stream;

static HPDF_STATUS ref_read(HPDF_Stream s, HPDF_BYTE *ptr, HPDF_UINT *siz)
{
	ref_stream *r = s->attr;
	size_t k = r->n - r->pos < *siz ? r->n - r->pos : *siz;
	memcpy(ptr, r->p + r->pos, k);
	r->pos += k;
	*siz = (HPDF_UINT)k;
	return r->pos < r->n ? HPDF_OK : HPDF_STREAM_EOF;
}

static HPDF_STATUS ref_seek(HPDF_Stream s, HPDF_INT pos, HPDF_WhenceMode mode)
{
	ref_stream *r = s->attr;
	long long to = mode == HPDF_SEEK_CUR ? (long long)r->pos + pos : mode == HPDF_SEEK_END ? (long long)r->n + pos : pos;
	if (to < 0 || (unsigned long long)to > r->n)
		return HPDF_SetError(s->error, HPDF_STREAM_EOF, 0);
	r->pos = (size_t)to;
	return HPDF_OK;
}

static HPDF_INT32 ref_tell(HPDF_Stream s)
{
	return (HPDF_INT32)((ref_stream *)s->attr)->pos;
}

static HPDF_UINT32 ref_size(HPDF_Stream s)
{
	return (HPDF_UINT32)((ref_stream *)s->attr)->n;
}

static void ref_free(HPDF_Stream s)
{
	HPDF_FreeMem(s->mmgr, s->attr);
	s->attr = NULL;
}

/* A zlib stream z[0,n) as the dictionary's stream, written as it is. With
 * borrow, the stream reads z when the document is saved: z must outlive
 * the save. */
static int put_zlib(HPDF_Dict d, const void *z, size_t n, int borrow)
{
	if (borrow) {
		if (n > 0x7fffffff)
			return -1;
		HPDF_Stream s = HPDF_GetMem(d->mmgr, sizeof *s);
		ref_stream *r = s ? HPDF_GetMem(d->mmgr, sizeof *r) : NULL;
		if (!r) {
			HPDF_FreeMem(d->mmgr, s);
			return -1;
		}
		memset(s, 0, sizeof *s);
		*r = (ref_stream){ z, n, 0 };
		s->sig_bytes = HPDF_STREAM_SIG_BYTES;
		s->type = HPDF_STREAM_CALLBACK;
		s->mmgr = d->mmgr;
		s->error = d->error;
		s->read_fn = ref_read, s->seek_fn = ref_seek, s->tell_fn = ref_tell;
		s->size_fn = ref_size, s->free_fn = ref_free;
		s->attr = r;
		HPDF_Stream_Free(d->stream);
		d->stream = s;
	} else {
		stream_put(d->stream, z, n);
		if (d->stream->size != n)
			return -1;
	}
	d->filter = HPDF_STREAM_FILTER_NONE;
	d->write_fn = write_flate_filter;
	return 0;
}

static int put_deflated(HPDF_Dict d, const void *data, size_t n, int level)
{
	fb_buf z = { 0 };
	int rc = fb_pdf_deflate(data, n, level, &z) == 0 ? put_zlib(d, z.p, z.len, 0) : -1;
	fb_buf_free(&z);
	return rc;
}

int fb_hpdf_pdfa(HPDF_Doc pdf, const fb_pdfa_info *in, char *err, size_t errlen)
{
	HPDF_MMgr mm = pdf->mmgr;
	HPDF_Dict root = pdf->catalog;
	char date[24];
	pdf_date(in->date, date);
	pdf->pdf_version = in->part == 1 ? HPDF_VER_14 : HPDF_VER_17;

	/* XMP, its values escaped, matching the info dictionary. */
	fb_buf x = {0};
	fb_buf_puts(&x, "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "  <rdf:Description rdf:about=\"\"\n    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
	    "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
	fb_buf_puts(&x, "   <dc:format>application/pdf</dc:format>\n   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
	fb_xml_escape(in->title, &x);
	fb_buf_puts(&x, "</rdf:li></rdf:Alt></dc:title>\n   <dc:creator><rdf:Seq><rdf:li>");
	fb_xml_escape(in->author, &x);
	fb_buf_puts(&x, "</rdf:li></rdf:Seq></dc:creator>\n   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
	fb_xml_escape(in->subject, &x);
	fb_buf_puts(&x, "</rdf:li></rdf:Alt></dc:description>\n");
	xmp_prop(&x, "pdf:Keywords", in->keywords);
	xmp_prop(&x, "pdf:Producer", "Haru Free PDF Library " HPDF_VERSION_TEXT);
	xmp_prop(&x, "xmp:CreatorTool", in->creator);
	char xd[32];
	snprintf(xd, sizeof xd, "%.19s+00:00", in->date ? in->date : "1970-01-01T00:00:00");
	xmp_prop(&x, "xmp:CreateDate", xd);
	xmp_prop(&x, "xmp:ModifyDate", xd);
	xmp_prop(&x, "xmp:MetadataDate", xd);
	fb_buf_printf(&x, "   <pdfaid:part>%d</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n", in->part);
	fb_buf_puts(&x, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n");
	for (int i = 0; i < 10; i++) /* padding lets editors update in place; 800 bytes is room enough */
		fb_buf_puts(&x, "                                                                                \n");
	fb_buf_puts(&x, "<?xpacket end=\"w\"?>");
	HPDF_Dict meta = HPDF_DictStream_New(mm, pdf->xref);
	HPDF_Dict_AddName(meta, "Type", "Metadata");
	HPDF_Dict_AddName(meta, "Subtype", "XML");
	stream_put(meta->stream, x.p, x.len);
	meta->filter = HPDF_STREAM_FILTER_NONE;
	HPDF_Dict_Add(root, "Metadata", meta);
	fb_buf_free(&x);
	/* Info dates in the form validators compare with XMP exactly. */
	char pd[40];
	snprintf(pd, sizeof pd, "%.16s+00'00'", date);
	HPDF_Dict_Add(pdf->info, "CreationDate", HPDF_String_New(mm, pd, NULL));
	HPDF_Dict_Add(pdf->info, "ModDate", HPDF_String_New(mm, pd, NULL));
	HPDF_Dict_Add(pdf->info, "Producer", HPDF_String_New(mm, "Haru Free PDF Library " HPDF_VERSION_TEXT, NULL));

	/* Output intent: sRGB. */
	fb_buf icc = {0};
	if (fb_buf_read_file(&icc, in->icc_path) != 0 || icc.len < 128) {
		fb_buf_free(&icc);
		snprintf(err, errlen, "%s: cannot read the sRGB ICC profile (install icc-profiles-free)", in->icc_path);
		return -1;
	}
	HPDF_Dict prof = HPDF_DictStream_New(mm, pdf->xref);
	HPDF_Dict_AddNumber(prof, "N", 3);
	stream_put(prof->stream, icc.p, icc.len);
	prof->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	fb_buf_free(&icc);
	HPDF_Dict oi = HPDF_Dict_New(mm);
	HPDF_Dict_AddName(oi, "Type", "OutputIntent");
	HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
	HPDF_Dict_Add(oi, "OutputConditionIdentifier", HPDF_String_New(mm, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(oi, "Info", HPDF_String_New(mm, "sRGB IEC61966-2.1", NULL));
	HPDF_Dict_Add(oi, "DestOutputProfile", prof);
	HPDF_Array ois = HPDF_Array_New(mm);
	HPDF_Array_Add(ois, oi);
	HPDF_Dict_Add(root, "OutputIntents", ois);

	/* Trailer /ID from the caller's seed, never the clock. */
	HPDF_Array id = HPDF_Array_New(mm);
	HPDF_Array_Add(id, HPDF_Binary_New(mm, (HPDF_BYTE *)in->id, 16));
	HPDF_Array_Add(id, HPDF_Binary_New(mm, (HPDF_BYTE *)in->id, 16));
	HPDF_Dict_Add(pdf->trailer, "ID", id);

	/* Associated files (PDF/A-3): embedded, named, listed in /AF. */
	if (in->part == 3 && in->natt) {
		HPDF_Array af = HPDF_Array_New(mm);
		HPDF_Array names = HPDF_Array_New(mm);
		/* The name tree wants its keys sorted: the caller's order is used
		 * when sorted; otherwise we sort a small index. */
		size_t order[16], n = in->natt < 16 ? in->natt : 16;
		for (size_t i = 0; i < n; i++)
			order[i] = i;
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j > 0 && strcmp(in->att[order[j - 1]].name, in->att[order[j]].name) > 0; j--) {
				size_t tmp = order[j];
				order[j] = order[j - 1], order[j - 1] = tmp;
			}
		for (size_t k = 0; k < n; k++) {
			const fb_pdf_attachment *a = &in->att[order[k]];
			HPDF_Dict ef = HPDF_DictStream_New(mm, pdf->xref);
			HPDF_Dict_AddName(ef, "Type", "EmbeddedFile");
			HPDF_Dict_AddName(ef, "Subtype", a->mime);
			if (a->deflated) {
				if (put_zlib(ef, a->data, a->len, 1) != 0) {
					snprintf(err, errlen, "cannot embed the attachment %s", a->name);
					return -1;
				}
			} else if (in->deflate_level > 0 && a->len > 0) {
				if (put_deflated(ef, a->data, a->len, in->deflate_level) != 0) {
					snprintf(err, errlen, "libdeflate: cannot compress the attachment %s", a->name);
					return -1;
				}
			} else {
				stream_put(ef->stream, a->data, a->len);
				ef->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
			}
			HPDF_Dict params = HPDF_Dict_New(mm);
			HPDF_Dict_AddNumber(params, "Size", (HPDF_INT32)(a->deflated ? a->size : a->len));
			HPDF_Dict_Add(params, "CreationDate", HPDF_String_New(mm, date, NULL));
			HPDF_Dict_Add(params, "ModDate", HPDF_String_New(mm, date, NULL));
			HPDF_Dict_Add(ef, "Params", params);
			HPDF_Dict fs = HPDF_Dict_New(mm);
			HPDF_Xref_Add(pdf->xref, fs);
			HPDF_Dict_AddName(fs, "Type", "Filespec");
			HPDF_Dict_Add(fs, "F", HPDF_String_New(mm, a->name, NULL));
			HPDF_Dict_Add(fs, "UF", text_string(mm, a->name));
			HPDF_Dict_Add(fs, "Desc", text_string(mm, a->desc));
			HPDF_Dict_AddName(fs, "AFRelationship", a->relationship);
			HPDF_Dict efd = HPDF_Dict_New(mm);
			HPDF_Dict_Add(efd, "F", ef);
			HPDF_Dict_Add(efd, "UF", ef);
			HPDF_Dict_Add(fs, "EF", efd);
			HPDF_Array_Add(af, fs);
			HPDF_Array_Add(names, HPDF_String_New(mm, a->name, NULL));
			HPDF_Array_Add(names, fs);
		}
		HPDF_Dict_Add(root, "AF", af);
		HPDF_Dict nd = HPDF_Dict_New(mm), efn = HPDF_Dict_New(mm);
		HPDF_Dict_Add(efn, "Names", names);
		HPDF_Dict_Add(nd, "EmbeddedFiles", efn);
		HPDF_Dict_Add(root, "Names", nd);
	}
	if (HPDF_GetError(pdf)) {
		snprintf(err, errlen, "libharu: error 0x%04X while adding the PDF/A parts", (unsigned)HPDF_GetError(pdf));
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ deflate */

/* The stream is compressed already; the filter is written here because
 * libharu drops /Filter from a dictionary whose filter flag is clear. */
static HPDF_STATUS write_flate_filter(HPDF_Dict d, HPDF_Stream out)
{
	(void)d;
	return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

/* Appends a memory stream's bytes to b, a chunk at a time (libharu's own
 * read copies a byte at a time). */
static void mem_stream_bytes(HPDF_Stream s, fb_buf *b)
{
	HPDF_MemStreamAttr a = s->attr;
	size_t left = s->size;
	for (HPDF_UINT i = 0; i < a->buf->count && left; i++) {
		size_t n = left < a->buf_siz ? left : a->buf_siz;
		fb_buf_put(b, (const char *)HPDF_List_ItemAt(a->buf, i), n);
		left -= n;
	}
}

static int deflate_dict(HPDF_Dict d, struct libdeflate_compressor *c, fb_buf *in, fb_buf *out)
{
	in->len = 0;
	mem_stream_bytes(d->stream, in);
	size_t cap = libdeflate_zlib_compress_bound(c, in->len);
	out->len = 0;
	char *to = fb_buf_reserve(out, cap);
	size_t n = libdeflate_zlib_compress(c, in->p, in->len, to, cap);
	if (n == 0)
		return -1;
	HPDF_MemStream_FreeData(d->stream);
	stream_put(d->stream, out->p, n);
	if (d->stream->size != n)
		return -1;
	d->filter = HPDF_STREAM_FILTER_NONE;
	d->write_fn = write_flate_filter;
	return 0;
}

struct fb_hpdf_deflater {
	struct libdeflate_compressor *c;
	fb_buf in, out;
};

fb_hpdf_deflater *fb_hpdf_deflater_new(int level)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
	if (!c)
		return NULL;
	fb_hpdf_deflater *z = fb_xcalloc(1, sizeof *z);
	z->c = c;
	return z;
}

int fb_hpdf_deflate_page(fb_hpdf_deflater *z, HPDF_Page page)
{
	HPDF_PageAttr pa = (HPDF_PageAttr)page->attr;
	HPDF_Dict d = pa ? pa->contents : NULL;
	/* as fb_hpdf_deflate_streams would take it */
	if (!d || !d->stream || d->filter != HPDF_STREAM_FILTER_FLATE_DECODE || d->write_fn || d->filterParams ||
	    d->stream->type != HPDF_STREAM_MEMORY || d->stream->size == 0)
		return 0;
	return deflate_dict(d, z->c, &z->in, &z->out);
}

void fb_hpdf_deflater_free(fb_hpdf_deflater *z)
{
	if (!z)
		return;
	libdeflate_free_compressor(z->c);
	fb_buf_free(&z->in), fb_buf_free(&z->out);
	free(z);
}

int fb_hpdf_deflate_streams(HPDF_Doc pdf, int level, char *err, size_t errlen)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
	if (!c) {
		snprintf(err, errlen, "libdeflate: cannot make a compressor at level %d", level);
		return -1;
	}
	fb_buf in = {0}, out = {0};
	int rc = 0;
	for (HPDF_Xref x = pdf->xref; x && rc == 0; x = x->prev)
		for (HPDF_UINT i = 0; i < x->entries->count && rc == 0; i++) {
			HPDF_XrefEntry e = HPDF_List_ItemAt(x->entries, i);
			HPDF_Obj_Header *h = e ? e->obj : NULL;
			if (!h || (h->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT)
				continue;
			HPDF_Dict d = (HPDF_Dict)h;
			/* Only plain memory streams libharu would deflate itself. */
			if (!d->stream || d->filter != HPDF_STREAM_FILTER_FLATE_DECODE || d->write_fn ||
			    d->filterParams || d->stream->type != HPDF_STREAM_MEMORY || d->stream->size == 0)
				continue;
			rc = deflate_dict(d, c, &in, &out);
		}
	libdeflate_free_compressor(c);
	fb_buf_free(&in), fb_buf_free(&out);
	if (rc)
		snprintf(err, errlen, "libdeflate: cannot compress a stream of the document");
	return rc;
}

/* A stream of ours that appends what libharu writes to the fb_buf in its
 * attr. */
static HPDF_STATUS buf_stream_write(HPDF_Stream s, const HPDF_BYTE *p, HPDF_UINT n)
{
	fb_buf_put(s->attr, (const char *)p, n);
	return HPDF_OK;
}

/* The same for a FILE in its attr. */
static HPDF_STATUS file_stream_write(HPDF_Stream s, const HPDF_BYTE *p, HPDF_UINT n)
{
	return fwrite(p, 1, n, s->attr) == n ? HPDF_OK : HPDF_FILE_IO_ERROR;
}

static int save_to(HPDF_Doc pdf, HPDF_Stream_Write_Func fn, void *attr)
{
	/* HPDF_SaveToStream writes into the document's stream, a memory
	 * stream of its own unless one is there: ours writes straight into
	 * out, so that the file is not held a second time to be copied. */
	HPDF_Stream s = HPDF_GetMem(pdf->mmgr, sizeof *s);
	if (!s)
		return -1;
	memset(s, 0, sizeof *s);
	s->sig_bytes = HPDF_STREAM_SIG_BYTES;
	s->type = HPDF_STREAM_CALLBACK;
	s->mmgr = pdf->mmgr;
	s->error = &pdf->error;
	s->write_fn = fn;
	s->attr = attr;
	if (pdf->stream)
		HPDF_Stream_Free(pdf->stream);
	pdf->stream = s; /* freed with the document (it frees no attr) */
	return HPDF_SaveToStream(pdf) == HPDF_OK ? 0 : -1;
}

int fb_hpdf_save(HPDF_Doc pdf, fb_buf *out)
{
	return save_to(pdf, buf_stream_write, out);
}

int fb_hpdf_save_file(HPDF_Doc pdf, FILE *f)
{
	return save_to(pdf, file_stream_write, f);
}
