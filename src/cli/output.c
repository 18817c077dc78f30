/* output.c - output files written whole or not at all: a temporary file in
 * the target folder, renamed into place when complete and removed on a
 * failure or a signal; the names of outputs made from inputs. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary files being written (a brief and its record), removed if
 * a signal arrives. */
#define OUT_SLOTS 2
static volatile sig_atomic_t have_tmp[OUT_SLOTS];
static char tmp_path[OUT_SLOTS][4096];

/* Only async-signal-safe calls (unlink, signal, raise). */
static void on_signal(int sig)
{
	for (int i = 0; i < OUT_SLOTS; i++)
		if (have_tmp[i])
			unlink(tmp_path[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void out_catch_signals(void)
{
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGXFSZ, SIG_IGN); /* over ulimit -f a write fails (EFBIG) and we clean up */
}

int out_open(outfile *of, int slot, const char *path, char *err, size_t errlen)
{
	of->path = path;
	of->slot = -1;
	of->f = NULL;
	if (strcmp(path, "-") == 0) {
		of->f = stdout;
		return 0;
	}
	char *dup = fb_xstrdup(path);
	char *dir = dirname(dup);
	int n = snprintf(tmp_path[slot], sizeof tmp_path[slot], "%s/.factbrief-XXXXXX", dir);
	free(dup);
	if (n < 0 || (size_t)n >= sizeof tmp_path[slot]) {
		snprintf(err, errlen, "%s: path too long", path);
		return -1;
	}
	int fd = mkstemp(tmp_path[slot]);
	if (fd < 0) {
		snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
		return -1;
	}
	have_tmp[slot] = 1;
	of->slot = slot;
	if (fchmod(fd, 0644) != 0 || !(of->f = fdopen(fd, "wb"))) {
		snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
		close(fd);
		unlink(tmp_path[slot]);
		have_tmp[slot] = 0;
		return -1;
	}
	return 0;
}

/* Removes the temporary file (nothing is left of the output). */
void out_abort(outfile *of)
{
	if (of->f && of->f != stdout)
		fclose(of->f);
	of->f = NULL;
	if (of->slot >= 0) {
		unlink(tmp_path[of->slot]);
		have_tmp[of->slot] = 0;
		of->slot = -1;
	}
}

/* Flushes and closes the file: every byte is on disk, or -1 with err (and
 * the temporary file removed). */
int out_close(outfile *of, char *err, size_t errlen)
{
	int std = of->f == stdout;
	int bad = ferror(of->f) || fflush(of->f) != 0;
	int saved = errno;
	if (!std) {
		if (fclose(of->f) != 0 && !bad) {
			bad = 1;
			saved = errno;
		}
		of->f = NULL;
	}
	if (bad) {
		snprintf(err, errlen, "%s: cannot write: %s", std ? "standard output" : of->path,
		    strerror(saved ? saved : EIO));
		out_abort(of);
		return -1;
	}
	return 0;
}

/* Renames the closed temporary file into place. */
int out_commit(outfile *of, char *err, size_t errlen)
{
	if (of->slot < 0)
		return 0;
	if (rename(tmp_path[of->slot], of->path) != 0) {
		snprintf(err, errlen, "%s: cannot write: %s", of->path, strerror(errno));
		out_abort(of);
		return -1;
	}
	have_tmp[of->slot] = 0;
	of->slot = -1;
	return 0;
}

/* Writes data to path atomically (out_open, out_close, out_commit).
 * Returns 0, or -1 with err. */
int write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	outfile of;
	if (out_open(&of, 0, path, err, errlen) != 0)
		return -1;
	if (len && fwrite(data, 1, len, of.f) != len) {
		snprintf(err, errlen, "%s: cannot write: %s", strcmp(path, "-") ? path : "standard output",
		    strerror(errno ? errno : EIO));
		out_abort(&of);
		return -1;
	}
	if (out_close(&of, err, errlen) != 0)
		return -1;
	return out_commit(&of, err, errlen);
}

/* The article's name for output files: its base name without extension. */
char *stem(const char *path)
{
	if (strcmp(path, "-") == 0)
		return fb_xstrdup("stdin");
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
	return fb_xstrndup(b, n);
}

int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the main output of article `path` goes; caller frees. */
char *output_path(const options *o, const char *path, int several, const char *ext)
{
	if (o->output && !several && !is_dir(o->output))
		return fb_xstrdup(o->output);
	if (!o->output && !several && o->format != FMT_PDF)
		return fb_xstrdup("-");
	const char *dir = o->output ? o->output : "out";
	if (!o->output)
		mkdir("out", 0755);
	char *s = stem(path);
	char *p = fb_xasprintf("%s/%s.%s", dir, s, ext);
	free(s);
	return p;
}

/* Is the record written to path (or attached with it) on one line? Yes
 * unless --pretty, or it goes to a terminal. */
int record_compact(const options *o, const char *path)
{
	return !o->pretty && !(path && strcmp(path, "-") == 0 && isatty(STDOUT_FILENO));
}

int map_file(fb_map *m, FILE *f, char *err, size_t errlen)
{
	struct stat st;
	m->p = "", m->len = 0;
	if (fflush(f) != 0 || fstat(fileno(f), &st) != 0) {
		snprintf(err, errlen, "cannot read back the record: %s", strerror(errno));
		return -1;
	}
	if (st.st_size == 0)
		return 0;
	void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fileno(f), 0);
	if (p == MAP_FAILED) {
		snprintf(err, errlen, "cannot read back the record: %s", strerror(errno));
		return -1;
	}
	m->p = p, m->len = (size_t)st.st_size;
	return 0;
}

void map_let_go(fb_map *m, size_t n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	n = n < m->len ? n / page * page : m->len;
	if (m->len && n)
		madvise((void *)(uintptr_t)m->p, n, MADV_DONTNEED);
}

void map_let_go_fn(void *m, size_t n)
{
	map_let_go(m, n);
}

int map_copy(fb_map *m, FILE *out, char *err, size_t errlen)
{
	const size_t step = (size_t)4 << 20;
	for (size_t at = 0; at < m->len; at += step) {
		size_t n = m->len - at < step ? m->len - at : step;
		if (fwrite(m->p + at, 1, n, out) != n)
			break;
		map_let_go(m, at + n);
	}
	if (ferror(out) || fflush(out) != 0) {
		snprintf(err, errlen, "standard output: cannot write: %s", strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

void map_free(fb_map *m)
{
	if (m->len)
		munmap((void *)(uintptr_t)m->p, m->len);
	m->p = NULL, m->len = 0;
}

FILE *scratch_file(const char *near)
{
	if (near && strcmp(near, "-") != 0) {
		char *dup = fb_xstrdup(near);
		char *path = fb_xasprintf("%s/.factbrief-XXXXXX", dirname(dup));
		free(dup);
		int fd = mkstemp(path);
		if (fd >= 0) {
			unlink(path); /* nothing is left behind, whatever happens */
			free(path);
			FILE *f = fdopen(fd, "w+b");
			if (!f)
				close(fd);
			return f;
		}
		free(path);
	}
	return tmpfile();
}
