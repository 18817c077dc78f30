/* fonts.c - resolves the brief's fonts to TrueType files: overrides in
 * datadir/fonts first, then fontconfig (default DejaVu, fonts-dejavu-core). */
#include "fonts.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "datadir.h"
#include "util.h"

struct fb_fonts {
	FcConfig *cfg;  /* NULL until fontconfig is first needed */
	int cfg_failed; /* fontconfig could not be initialised */
};

fb_fonts *fb_fonts_new(void)
{
	return fb_xcalloc(1, sizeof(fb_fonts));
}

void fb_fonts_free(fb_fonts *f)
{
	if (!f)
		return;
	if (f->cfg)
		FcConfigDestroy(f->cfg);
	free(f);
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int ends_with_ttf(const char *s)
{
	size_t n = strlen(s);
	return n > 4 && strcasecmp(s + n - 4, ".ttf") == 0;
}

/* The template's default names and where Debian (fonts-dejavu-core),
 * Fedora and Arch install them. Consulted before fontconfig only because
 * loading fontconfig's configuration takes ~15 ms, several times the rest
 * of a brief; any other name, or a system without these files, goes to
 * fontconfig. */
static const struct { const char *spec, *file; } known[] = {
	{ "DejaVu Sans", "DejaVuSans.ttf" },
	{ "DejaVu Sans:style=Bold", "DejaVuSans-Bold.ttf" },
	{ "DejaVu Sans:bold", "DejaVuSans-Bold.ttf" },
	{ "DejaVu Sans Mono", "DejaVuSansMono.ttf" },
};
static const char *const known_dirs[] = {
	"/usr/share/fonts/truetype/dejavu",
	"/usr/share/fonts/dejavu-sans-fonts",
	"/usr/share/fonts/dejavu-sans-mono-fonts",
	"/usr/share/fonts/TTF",
};

/* A known install path of spec, or NULL. Caller frees. */
static char *known_lookup(const char *spec)
{
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
		if (strcasecmp(spec, known[i].spec) != 0)
			continue;
		for (size_t d = 0; d < sizeof known_dirs / sizeof known_dirs[0]; d++) {
			char *p = fb_xasprintf("%s/%s", known_dirs[d], known[i].file);
			if (is_file(p))
				return p;
			free(p);
		}
	}
	return NULL;
}

/* Asks fontconfig for spec; returns the file when the match is a TrueType
 * font of the requested family (fontconfig always answers something, so
 * a substitute family counts as missing). NULL otherwise. */
static char *fc_lookup(fb_fonts *f, const char *spec)
{
	if (!f->cfg && !f->cfg_failed) {
		f->cfg = FcInitLoadConfigAndFonts();
		f->cfg_failed = !f->cfg;
	}
	FcConfig *cfg = f->cfg;
	if (!cfg)
		return NULL;
	char *out = NULL;
	FcPattern *pat = FcNameParse((const FcChar8 *)spec);
	if (!pat)
		return NULL;
	FcChar8 *want = NULL;
	FcPatternGetString(pat, FC_FAMILY, 0, &want);
	char *want_family = want ? fb_xstrdup((const char *)want) : NULL;
	FcConfigSubstitute(cfg, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	FcResult res;
	FcPattern *m = FcFontMatch(cfg, pat, &res);
	if (m) {
		FcChar8 *file = NULL, *fmt = NULL;
		int family_ok = !want_family;
		for (int i = 0; want_family && !family_ok; i++) {
			FcChar8 *fam = NULL;
			if (FcPatternGetString(m, FC_FAMILY, i, &fam) != FcResultMatch)
				break;
			family_ok = strcasecmp((const char *)fam, want_family) == 0;
		}
		if (family_ok && FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
		    FcPatternGetString(m, FC_FONTFORMAT, 0, &fmt) == FcResultMatch &&
		    strcmp((const char *)fmt, "TrueType") == 0 && ends_with_ttf((const char *)file))
			out = fb_xstrdup((const char *)file);
		FcPatternDestroy(m);
	}
	free(want_family);
	FcPatternDestroy(pat);
	return out;
}

char *fb_fonts_resolve(fb_fonts *f, const char *spec, const char *role, char *err, size_t errlen)
{
	char *p = fb_xasprintf("%s/fonts/%s.ttf", fb_datadir(), role);
	if (is_file(p))
		return p;
	free(p);
	if (ends_with_ttf(spec)) {
		if (is_file(spec))
			return fb_xstrdup(spec);
		p = fb_xasprintf("%s/fonts/%s", fb_datadir(), spec);
		if (is_file(p))
			return p;
		free(p);
		snprintf(err, errlen, "font file '%s' not found (looked in %s/fonts too)", spec, fb_datadir());
		return NULL;
	}
	p = known_lookup(spec);
	if (!p)
		p = fc_lookup(f, spec);
	if (p)
		return p;
	snprintf(err, errlen, "font '%s' not found: fontconfig has no TrueType match "
	    "(install fonts-dejavu-core, or drop %s.ttf into %s/fonts)", spec, role, fb_datadir());
	return NULL;
}

char *fb_font_resolve(const char *spec, const char *role, char *err, size_t errlen)
{
	fb_fonts *f = fb_fonts_new();
	char *p = fb_fonts_resolve(f, spec, role, err, errlen);
	fb_fonts_free(f);
	return p;
}
