/* fuzz_home.h - a private FACTBRIEF_HOME for the fuzzers: the source tree's
 * data and templates, with fonts/ overrides so that no run calls fontconfig
 * (which costs tens of milliseconds a call and is not ours to fuzz). */
#ifndef FB_FUZZ_HOME_H
#define FB_FUZZ_HOME_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef FB_SOURCE_DIR
#error "FB_SOURCE_DIR must name the source tree"
#endif

/* The DejaVu files fonts-dejavu-core installs. */
static const char *const fuzz_fonts[3][2] = {
	{ "regular", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" },
	{ "bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" },
	{ "mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf" },
};

/* Sets FACTBRIEF_HOME to a fresh folder (once per process) unless the
 * caller set it. Returns 0, or -1 when the folder cannot be made; the
 * fuzzer then falls back on the source tree and fontconfig. */
static int fuzz_home_setup(void)
{
	static char dir[] = "/tmp/factbrief-fuzz-XXXXXX";
	char p[4096];
	if (getenv("FACTBRIEF_HOME"))
		return 0;
	if (!mkdtemp(dir))
		return -1;
	snprintf(p, sizeof p, "%s/data", dir);
	if (symlink(FB_SOURCE_DIR "/data", p) != 0)
		return -1;
	snprintf(p, sizeof p, "%s/templates", dir);
	if (symlink(FB_SOURCE_DIR "/templates", p) != 0)
		return -1;
	snprintf(p, sizeof p, "%s/fonts", dir);
	if (mkdir(p, 0755) != 0)
		return -1;
	for (int i = 0; i < 3; i++) {
		snprintf(p, sizeof p, "%s/fonts/%s.ttf", dir, fuzz_fonts[i][0]);
		if (access(fuzz_fonts[i][1], R_OK) == 0 && symlink(fuzz_fonts[i][1], p) != 0)
			return -1;
	}
	setenv("FACTBRIEF_HOME", dir, 1);
	return 0;
}

#endif
