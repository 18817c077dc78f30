/* fonts.h - finds the TrueType files the brief embeds: a file dropped in
 * datadir/fonts overrides, else fontconfig matches the template's name. */
#ifndef FB_FONTS_H
#define FB_FONTS_H

#include <stddef.h>

/* Resolves spec (a fontconfig name such as "DejaVu Sans:style=Bold", or a
 * file name ending in .ttf) for role ("regular", "bold" or "mono").
 * Order: datadir/fonts/<role>.ttf; a .ttf spec as a path, then under
 * datadir/fonts; fontconfig, which must return a TrueType file of the
 * family asked for. Returns a malloc'ed path (caller frees), or NULL with
 * a reason in err. */
char *fb_font_resolve(const char *spec, const char *role, char *err, size_t errlen);

#endif
