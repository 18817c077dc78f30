/* datadir.c - finds the folder with factbrief's data files, whether the
 * binary runs installed or from the build tree. */
#include "datadir.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static int has_data(const char *dir)
{
	char *p = fb_xasprintf("%s/data", dir);
	struct stat st;
	int ok = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
	free(p);
	return ok;
}

/* Resolved once per process; the answer never changes while it runs. */
static const char *resolve(void)
{
	static char found[4096];
	const char *env = getenv("FACTBRIEF_HOME");
	if (env && *env && has_data(env))
		return env;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *p = fb_xasprintf("%s/../share/factbrief", exe);
			if (has_data(p) && strlen(p) < sizeof found) {
				strcpy(found, p);
				free(p);
				return found;
			}
			free(p);
		}
	}
	if (has_data(FB_DATADIR_SOURCE))
		return FB_DATADIR_SOURCE;
	return FB_DATADIR_INSTALLED;
}

/* The answer, written once under pthread_once: engines may be created
 * from several threads, and a plain "if (!dir)" would be a data race. */
static const char *datadir;
static pthread_once_t datadir_once = PTHREAD_ONCE_INIT;

static void datadir_init(void)
{
	datadir = resolve();
}

const char *fb_datadir(void)
{
	pthread_once(&datadir_once, datadir_init);
	return datadir;
}

char *fb_datapath(const char *rel)
{
	return fb_xasprintf("%s/%s", fb_datadir(), rel);
}
