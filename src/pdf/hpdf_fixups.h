/* hpdf_fixups.h - repairs for known libharu 2.3.0 defects and slow paths,
 * kept in one place so they can be dropped when libharu is fixed. The
 * repairs read libharu 2.3.0's private structures, so the build accepts
 * that version only (CMakeLists.txt stops at configure time otherwise,
 * naming the version needed): there is no untested fallback. */
#ifndef FB_HPDF_FIXUPS_H
#define FB_HPDF_FIXUPS_H

#include <hpdf.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

/* A TrueType font read once: its glyph map and advance widths for
 * measuring text without libharu (whose cmap look-up is a linear search
 * per character), and its glyph tables for subsetting. */
typedef struct fb_ttf fb_ttf;

/* Reads a TrueType file (glyf outlines, a Unicode BMP cmap). Returns the
 * font (caller frees with fb_ttf_free), or NULL with err. */
fb_ttf *fb_ttf_open(const char *path, char *err, size_t errlen);

/* Frees a font; NULL does nothing. */
void fb_ttf_free(fb_ttf *t);

/* Advance width of BMP code point cp in 1/1000 em, truncated exactly as
 * libharu computes the /W widths (advance * 1000 / unitsPerEm); a code
 * point the font lacks has the width of glyph 0. */
int fb_ttf_width(const fb_ttf *t, unsigned cp);

/* Whether the font has a glyph for BMP code point cp. */
int fb_ttf_has(const fb_ttf *t, unsigned cp);

/* Width of UTF-8 text s[0,n) in 1/1000 em; characters outside the BMP
 * count as glyph 0. */
long fb_ttf_text_width(const fb_ttf *t, const char *s, size_t n);

/* A font for fb_hpdf_set_font and fb_hpdf_show_text (only those can draw
 * with it): a Type0 font, CIDFontType2, Identity-H, code = Unicode BMP
 * code point, made by us rather than by libharu 2.3.0, whose TrueType
 * fonts write an invalid ToUnicode (begincidrange: poppler warns,
 * Ghostscript loses the text), CIDSystemInfo /Ordering (Identity-H), drop
 * the parts of composite glyphs (é, ễ drawn from pieces), and cost ~20M
 * instructions a brief in parsing the whole font and building /W and
 * CIDToGIDMap over every code. Its objects are filled by
 * fb_hpdf_font_embed once the codes drawn are known; its streams are
 * deflated when the document compresses metadata. path is only for a
 * libharu without the repairs, which loads the font itself. NULL on
 * failure. */
HPDF_Font fb_hpdf_font_new(HPDF_Doc pdf, const char *path);

/* Embeds t in a font of fb_hpdf_font_new, for the BMP code points whose
 * bit is set in used (8192 bytes, bit c of byte c/8): a true subset (the
 * glyphs of those codes and their parts, renumbered), its descriptor and
 * CIDSet, /W and CIDToGIDMap for those codes only, and a ToUnicode of
 * bfrange/bfchar. Call once, before saving. Returns 0, or -1 with err
 * (name says which font). */
int fb_hpdf_font_embed(HPDF_Font font, const fb_ttf *t, const char *name, const unsigned char *used,
    char *err, size_t errlen);

/* Marks a link annotation printable (/F 4; libharu sets no flags, and
 * PDF/A wants annotations printed). */
void fb_hpdf_annot_printable(HPDF_Annotation an);

/* Points dst at (left, top) of page, keeping the reader's zoom:
 * [page /XYZ left top null]. libharu's SetXYZ refuses a null zoom. */
void fb_hpdf_dest_xyz(HPDF_Destination dst, HPDF_Page page, float left, float top);

/* Sets owner's /Dest to a direct [page /XYZ left top null]. libharu's
 * destinations are indirect objects, which PDF/A validators reject. */
void fb_hpdf_set_dest(HPDF_Dict owner, HPDF_Page page, float left, float top);

/* Adds to page a printable, borderless link annotation over the box
 * (x0,y0)-(x1,y1) that jumps to (left, top) of target, with a direct
 * /Dest. Unlike HPDF_Page_CreateLinkAnnot it needs no destination object,
 * so none is left unused in the file. NULL on failure. */
HPDF_Annotation fb_hpdf_link(HPDF_Page page, float x0, float y0, float x1, float y1,
    HPDF_Page target, float left, float top);

/* Shows UTF-8 text s[0,n) (no NUL inside) with its baseline origin at
 * (x, y), inside BeginText/EndText, in the font last set (one of fb_hpdf_font_new): as
 * HPDF_Page_TextOut, without libharu measuring the text again (its cmap
 * look-up is a linear search per character), with relative moves and a
 * literal string rather than hex: fewer bytes to deflate. */
void fb_hpdf_show_text(HPDF_Page page, float x, float y, const char *s, size_t n);

/* HPDF_Page_SetRGBFill, HPDF_Page_SetFontAndSize and HPDF_Page_Rectangle,
 * written straight to the page (libharu 2.3.0 clears a 512-byte buffer a
 * byte at a time for each: a tenth of a brief's instructions go there);
 * libharu's graphics state is kept as its own calls keep it. */
void fb_hpdf_set_fill(HPDF_Page page, float r, float g, float b);
void fb_hpdf_set_font(HPDF_Page page, HPDF_Font font, float size);
void fb_hpdf_rectangle(HPDF_Page page, float x, float y, float w, float h);

/* The ToUnicode CMap for a font drawn with libharu's UTF-8 encoder (code =
 * Unicode BMP code point): bfrange/bfchar for every code whose bit is set
 * in used (8192 bytes, bit c of byte c/8). Appends to out. */
void fb_hpdf_tounicode_cmap(const unsigned char *used, fb_buf *out);

/* A file to embed as a PDF/A-3 associated file. */
typedef struct fb_pdf_attachment {
	const char *name;          /* file name (UTF-8) */
	const char *desc;          /* what it is */
	const char *mime;          /* e.g. "application/json" */
	const char *relationship;  /* AFRelationship: "Data" or "Source" */
	const char *data;
	size_t len;
	int deflated;              /* data is already a zlib stream made by
	                            * fb_pdf_deflate (read at the save, not
	                            * copied: it must outlive the save) ... */
	size_t size;               /* ... of this many bytes */
} fb_pdf_attachment;

/* data[0,n) as a zlib stream (deflate at level), appended to out: an
 * attachment made ahead of the brief, so that a large record need not be
 * held whole while the brief is drawn. Returns 0, or -1. */
int fb_pdf_deflate(const void *data, size_t n, int level, fb_buf *out);

/* The same for a text that may be too large to hold whole (deflate.c):
 * up to whole bytes as fb_pdf_deflate does it; past that with zlib, a
 * piece at a time, calling behind(arg, done) (when not NULL) once the
 * first done bytes are taken, so that the caller can let them go. The
 * stream differs in its bytes, not in what it inflates to. */
#define FB_PDF_DEFLATE_WHOLE ((size_t)16 << 20)
int fb_pdf_deflate_behind(const void *data, size_t n, int level, size_t whole, fb_buf *out,
    void (*behind)(void *arg, size_t done), void *arg);

/* What the archival parts of the document say. Strings are UTF-8. */
typedef struct fb_pdfa_info {
	int part;                  /* 1 (PDF/A-1b) or 3 (PDF/A-3b) */
	const char *title, *author, *subject, *keywords, *creator;
	const char *date;          /* ISO 8601 UTC, "2026-11-26T19:00:00Z" */
	const char *icc_path;      /* sRGB ICC profile for the output intent */
	const unsigned char *id;   /* 16 bytes for the trailer /ID */
	const fb_pdf_attachment *att;
	size_t natt;               /* part 3 only */
	int deflate_level;         /* > 0: attachments deflated at this level as
	                            * they are added (fb_hpdf_deflate_streams
	                            * then leaves them); 0: left to it */
} fb_pdfa_info;

/* Makes the document PDF/A (libharu's HPDF_PDFA_SetPDFAConformance builds
 * XMP at call time without escaping, writes /SubType and knows only part
 * 1; HPDF_AttachFile writes /Type /F and no PDF/A-3 keys): version, XMP
 * metadata matching the info dictionary, sRGB output intent, trailer /ID,
 * and (part 3) the attachments as associated files. Call after the info
 * dictionary is set, before saving. Returns 0, or -1 with err. */
int fb_hpdf_pdfa(HPDF_Doc pdf, const fb_pdfa_info *info, char *err, size_t errlen);

/* Sets the info dictionary's title, author, creator, subject or keywords
 * to UTF-8 text (a literal string when printable ASCII, else UTF-16BE),
 * without libharu's UTF-8 encoder: making it clears and fills 256 KB of
 * tables, and nothing else of a brief needs it. Returns 0, or -1. */
int fb_hpdf_set_info(HPDF_Doc pdf, HPDF_InfoType type, const char *utf8);

/* HPDF_CreateOutline with a UTF-8 title, as fb_hpdf_set_info writes it. */
HPDF_Outline fb_hpdf_outline(HPDF_Doc pdf, HPDF_Outline parent, const char *utf8);

/* Appends s to out escaped for XML text and attributes. */
void fb_xml_escape(const char *s, fb_buf *out);

/* Compresses, with libdeflate at level (1-12), every stream libharu would
 * deflate at save time, and marks it /Filter /FlateDecode already done.
 * libharu 2.3.0 deflates each stream with zlib at its fixed level 6, with
 * a fresh compressor per stream, copying the data a byte at a time: a
 * quarter of a brief's instructions. libdeflate at the same level is about
 * twice as fast and a little smaller. Call just before saving, after
 * every stream is complete. Returns 0, or -1 with err. */
int fb_hpdf_deflate_streams(HPDF_Doc pdf, int level, char *err, size_t errlen);

/* Deflates a page's content stream as fb_hpdf_deflate_streams would (the
 * same bytes), as soon as the page is drawn: a long brief's pages are not
 * all held uncompressed until the save. fb_hpdf_deflater_new gives NULL
 * when libdeflate has no compressor at level. Returns 0, or -1. */
typedef struct fb_hpdf_deflater fb_hpdf_deflater;
fb_hpdf_deflater *fb_hpdf_deflater_new(int level);
int fb_hpdf_deflate_page(fb_hpdf_deflater *z, HPDF_Page page);
void fb_hpdf_deflater_free(fb_hpdf_deflater *z);

/* Saves the document, its bytes appended to out. Returns 0, or -1
 * (libharu's error handler has been called, or its code is set). */
int fb_hpdf_save(HPDF_Doc pdf, fb_buf *out);

/* The same, its bytes written to f as they are made (a write error is a
 * -1; the caller sees errno and ferror). */
int fb_hpdf_save_file(HPDF_Doc pdf, FILE *f);

#endif
