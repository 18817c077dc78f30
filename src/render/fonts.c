/* fonts.c - resolves the brief's fonts to TrueType files: overrides in
 * datadir/fonts first, then fontconfig (default DejaVu, fonts-dejavu-core).
 * fontconfig is opened (dlopen) on the first name that needs it: most
 * briefs use the template's DejaVu fonts where Debian installs them, and
 * loading libfontconfig with the five libraries it brings costs ~1 ms of
 * every run, a twentieth of a brief. */
#include "fonts.h"

#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "datadir.h"
#include "util.h"

/* The fontconfig functions we call, as its header declares them. */
typedef struct fc_api {
	__typeof__(FcInitLoadConfigAndFonts) *InitLoadConfigAndFonts;
	__typeof__(FcConfigDestroy) *ConfigDestroy;
	__typeof__(FcNameParse) *NameParse;
	__typeof__(FcPatternGetString) *PatternGetString;
	__typeof__(FcConfigSubstitute) *ConfigSubstitute;
	__typeof__(FcDefaultSubstitute) *DefaultSubstitute;
	__typeof__(FcFontMatch) *FontMatch;
	__typeof__(FcPatternDestroy) *PatternDestroy;
} fc_api;

#define FB_FONTCONFIG_SONAME "libfontconfig.so.1"

struct fb_fonts {
	fc_api fc;
	FcConfig *cfg;  /* NULL until fontconfig is first needed */
	int cfg_failed; /* fontconfig could not be opened or initialised */
};

/* Opens fontconfig and finds its functions; 0, or -1. The library stays
 * loaded to the end of the process (its caches live in it). */
static int fc_open(fc_api *fc)
{
	void *lib = dlopen(FB_FONTCONFIG_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		return -1;
#define FC_SYM(name) (*(void **)&fc->name = dlsym(lib, "Fc" #name)) == NULL
	if (FC_SYM(InitLoadConfigAndFonts) || FC_SYM(ConfigDestroy) || FC_SYM(NameParse) || FC_SYM(PatternGetString) ||
	    FC_SYM(ConfigSubstitute) || FC_SYM(DefaultSubstitute) || FC_SYM(FontMatch) || FC_SYM(PatternDestroy))
		return -1;
#undef FC_SYM
	return 0;
}

fb_fonts *fb_fonts_new(void)
{
	return fb_xcalloc(1, sizeof(fb_fonts));
}

void fb_fonts_free(fb_fonts *f)
{
	if (!f)
		return;
	if (f->cfg)
		f->fc.ConfigDestroy(f->cfg);
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
		f->cfg = fc_open(&f->fc) == 0 ? f->fc.InitLoadConfigAndFonts() : NULL;
		f->cfg_failed = !f->cfg;
	}
	const fc_api *fc = &f->fc;
	FcConfig *cfg = f->cfg;
	if (!cfg)
		return NULL;
	char *out = NULL;
	FcPattern *pat = fc->NameParse((const FcChar8 *)spec);
	if (!pat)
		return NULL;
	FcChar8 *want = NULL;
	fc->PatternGetString(pat, FC_FAMILY, 0, &want);
	char *want_family = want ? fb_xstrdup((const char *)want) : NULL;
	fc->ConfigSubstitute(cfg, pat, FcMatchPattern);
	fc->DefaultSubstitute(pat);
	FcResult res;
	FcPattern *m = fc->FontMatch(cfg, pat, &res);
	if (m) {
		FcChar8 *file = NULL, *fmt = NULL;
		int family_ok = !want_family;
		for (int i = 0; want_family && !family_ok; i++) {
			FcChar8 *fam = NULL;
			if (fc->PatternGetString(m, FC_FAMILY, i, &fam) != FcResultMatch)
				break;
			family_ok = strcasecmp((const char *)fam, want_family) == 0;
		}
		if (family_ok && fc->PatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
		    fc->PatternGetString(m, FC_FONTFORMAT, 0, &fmt) == FcResultMatch &&
		    strcmp((const char *)fmt, "TrueType") == 0 && ends_with_ttf((const char *)file))
			out = fb_xstrdup((const char *)file);
		fc->PatternDestroy(m);
	}
	free(want_family);
	fc->PatternDestroy(pat);
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
	if (f->cfg_failed)
		snprintf(err, errlen, "font '%s' not found: fontconfig (%s) cannot be loaded "
		    "(install libfontconfig1 and fonts-dejavu-core, or drop %s.ttf into %s/fonts)", spec,
		    FB_FONTCONFIG_SONAME, role, fb_datadir());
	else
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
