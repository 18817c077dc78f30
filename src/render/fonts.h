/* fonts.h - finds the TrueType files the brief embeds: a file dropped in
 * datadir/fonts overrides, else fontconfig matches the template's name. */
#ifndef FB_FONTS_H
#define FB_FONTS_H

#include <stddef.h>

/* A font resolver: holds one fontconfig configuration, made on the first
 * name that needs it (fontconfig itself is opened then, with dlopen) and
 * shared by every later look-up: loading the configuration costs more
 * than all the rest of a brief. */
typedef struct fb_fonts fb_fonts;

/* Returns a new resolver; caller frees with fb_fonts_free. */
fb_fonts *fb_fonts_new(void);

/* Frees a resolver and its fontconfig configuration; NULL does nothing. */
void fb_fonts_free(fb_fonts *f);

/* Resolves spec (a fontconfig name such as "DejaVu Sans:style=Bold", or a
 * file name ending in .ttf) for role ("regular", "bold" or "mono").
 * Order: datadir/fonts/<role>.ttf; a .ttf spec as a path, then under
 * datadir/fonts; for the three DejaVu names the template ships with, the
 * usual install paths of fonts-dejavu-core (a shortcut, taken only when
 * the file is there); then fontconfig, which must return a TrueType file
 * of the family asked for. Returns a malloc'ed path (caller frees), or
 * NULL with a reason in err. */
char *fb_fonts_resolve(fb_fonts *f, const char *spec, const char *role, char *err, size_t errlen);

/* fb_fonts_resolve with a resolver of its own, for a single look-up. */
char *fb_font_resolve(const char *spec, const char *role, char *err, size_t errlen);

#endif
