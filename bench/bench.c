/* bench.c - fb-bench: times each stage of factbrief (segment, numbers,
 * attribution, claims, align, record, PDF) over real and synthetic input.
 *
 * Inputs are read at run time, never stored in the repository: the
 * Wikinews corpus and the sample article from ../shared, synthetic
 * documents built from our own example articles (examples/ and
 * tests/align/, without their '#' expectation lines). Each input case runs
 * in a child process so that its peak RSS is its own. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <locale.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "datadir.h"
#include "factbrief.h"
#include "record_read.h"
#include "render.h"
#include "template.h"

extern char **environ;

enum stage {
	ST_READ,      /* fb_doc_load: UTF-8 validation and copy */
	ST_SEGMENT,   /* fb_segment */
	ST_NUMBERS,   /* fb_numbers_scan_doc */
	ST_ATTR,      /* fb_attribute */
	ST_CLAIMS,    /* fb_extract_claims */
	ST_ALIGN,     /* fb_align */
	ST_RECORD,    /* fb_record_write: the JSON record, streamed as -f json writes it */
	ST_ANALYSIS,  /* all of the above: the whole analysis without PDF */
	ST_PDF,       /* fb_record_build + dump + fb_record_read (what the renderer reads) + fb_render_pdf */
	ST_TOTAL,     /* analysis and PDF */
	ST__MAX
};

static const char *const stage_names[ST__MAX] = {
	"read", "segment", "numbers", "attribution", "claims", "align", "record",
	"analysis", "pdf", "total",
};

/* Runs of the binary end to end (median reported). */
#define E2E_RUNS 51
#define MAX_RUNS 64

/* What a child reports to the parent about one case, through a pipe. */
typedef struct result {
	char name[32];
	size_t bytes, articles;
	int runs;
	int pdf;                      /* the PDF stage ran */
	double t[ST__MAX][MAX_RUNS];  /* seconds per run, summed over articles */
	size_t quantities, claims, groups, conflicts, pdf_bytes;
	size_t record_bytes;          /* the record as -f json writes it, one run */
	long base_kb;                 /* RSS before the input was read */
	long peak_kb;                 /* filled by the parent from wait4 */
} result;

typedef struct text {
	char *p;
	size_t len;
} text;

/* One input case: a set of articles held in memory. */
typedef struct bcase {
	const char *name;
	text *art;
	size_t n;
	size_t bytes;
} bcase;

typedef struct config {
	const char *shared, *src, *binary, *json, *dump, *only;
	int runs;
	double budget;                /* seconds per case before runs stop */
	double min_time;              /* small cases run at least this long */
	size_t pdf_max;               /* no PDF stage for larger articles */
	int big;                      /* run the 50 MB stream */
} config;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long rss_kb(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = 0;
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, "VmRSS:", 6) == 0)
			kb = strtol(line + 6, NULL, 10);
	if (f)
		fclose(f);
	return kb;
}

/* Reads a whole file; 0 on success. */
static int slurp(const char *path, text *t)
{
	fb_buf b = { 0 };
	if (fb_buf_read_file(&b, path) != 0) {
		fb_buf_free(&b);
		return -1;
	}
	if (!b.p)
		fb_buf_put(&b, "", 0);
	t->p = b.p;
	t->len = b.len;
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted *.txt files of dir; caller frees each and the array. */
static char **txt_files(const char *dir, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
			*FB_PUSH(v, *n, cap) = fb_xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (*n)
		qsort(v, *n, sizeof *v, by_name);
	return v;
}

/* Our own articles, the seed of the synthetic documents: examples/ *.txt
 * as they are, tests/align/ *.txt without the '#' lines and with a blank
 * line between paragraphs (they hold one paragraph a line). */
static text *seed_articles(const config *c, size_t *n)
{
	text *out = NULL;
	size_t cap = 0;
	*n = 0;
	const char *dirs[2] = { "examples", "tests/align" };
	for (int d = 0; d < 2; d++) {
		char *dir = fb_xasprintf("%s/%s", c->src, dirs[d]);
		size_t nf;
		char **files = txt_files(dir, &nf);
		for (size_t i = 0; i < nf; i++) {
			text raw;
			if (slurp(files[i], &raw) == 0) {
				fb_buf b = { 0 };
				for (size_t s = 0; s < raw.len;) {
					const char *nl = memchr(raw.p + s, '\n', raw.len - s);
					size_t e = nl ? (size_t)(nl - raw.p) : raw.len;
					if (e > s && raw.p[s] != '#') {
						fb_buf_put(&b, raw.p + s, e - s);
						fb_buf_puts(&b, d == 1 ? "\n\n" : "\n");
					}
					s = e + 1;
				}
				text *t = FB_PUSH(out, *n, cap);
				t->p = b.p;
				t->len = b.len;
				free(raw.p);
			}
			free(files[i]);
		}
		free(files);
		free(dir);
	}
	return out;
}

/* Concatenates the seed articles, a blank line between them, over and
 * over until the result holds at least target bytes. *narticles gets the
 * number of articles it contains. */
static text concat_to(const text *seed, size_t nseed, size_t target, size_t *narticles)
{
	fb_buf b = { 0 };
	*narticles = 0;
	for (size_t i = 0; nseed && b.len < target; i = (i + 1) % nseed) {
		fb_buf_put(&b, seed[i].p, seed[i].len);
		while (b.len && b.p[b.len - 1] == '\n')
			b.len--;
		fb_buf_puts(&b, "\n\n");
		(*narticles)++;
	}
	text t = { b.p, b.len };
	return t;
}

static void case_single(bcase *k, const char *name, text t, size_t articles)
{
	k->name = name;
	k->art = fb_xcalloc(1, sizeof *k->art);
	k->art[0] = t;
	k->n = 1;
	k->bytes = t.len;
	(void)articles;
}

static void case_free(bcase *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->art[i].p);
	free(k->art);
	memset(k, 0, sizeof *k);
}

/* Builds case number i of the standard set; returns 0 when there is no
 * such case (or its input is missing), setting *articles. */
static int build_case(const config *c, int i, bcase *k, size_t *articles)
{
	memset(k, 0, sizeof *k);
	*articles = 0;
	char *wdir = fb_xasprintf("%s/corpus/wikinews", c->shared);
	int ok = 0;
	if (i == 0) { /* the 24 Wikinews articles, one by one */
		size_t nf;
		char **files = txt_files(wdir, &nf);
		if (files && nf) {
			k->name = "wikinews-24";
			k->art = fb_xcalloc(nf, sizeof *k->art);
			for (size_t f = 0; f < nf; f++) {
				if (slurp(files[f], &k->art[k->n]) == 0)
					k->bytes += k->art[k->n++].len;
				free(files[f]);
			}
			free(files);
			*articles = k->n;
			ok = k->n > 0;
		}
	} else if (i == 1) { /* the sample article */
		char *p = fb_xasprintf("%s/corpus/karachi-police-office.txt", c->shared);
		text t;
		if (slurp(p, &t) == 0) {
			case_single(k, "karachi", t, 1);
			*articles = 1;
			ok = 1;
		}
		free(p);
	} else if (i >= 2 && i <= 5) { /* synthetic documents */
		static const char *const names[] = { "synth-10K", "synth-100K", "synth-1M", "synth-10M" };
		static const size_t sizes[] = { 10u << 10, 100u << 10, 1u << 20, 10u << 20 };
		size_t ns;
		text *seed = seed_articles(c, &ns);
		if (ns) {
			text t = concat_to(seed, ns, sizes[i - 2], articles);
			case_single(k, names[i - 2], t, *articles);
			ok = 1;
		}
		for (size_t s = 0; s < ns; s++)
			free(seed[s].p);
		free(seed);
	} else if (i == 6 && c->big) { /* the corpus as one 50 MB stream */
		size_t nf;
		char **files = txt_files(wdir, &nf);
		text *seed = fb_xcalloc(nf ? nf : 1, sizeof *seed);
		size_t ns = 0;
		for (size_t f = 0; f < nf; f++) {
			if (slurp(files[f], &seed[ns]) == 0)
				ns++;
			free(files[f]);
		}
		free(files);
		if (ns) {
			text t = concat_to(seed, ns, 50u << 20, articles);
			case_single(k, "wikinews-50M", t, *articles);
			ok = 1;
		}
		for (size_t s = 0; s < ns; s++)
			free(seed[s].p);
		free(seed);
	}
	free(wdir);
	return ok;
}

#define NCASES 7

/* Runs one article through every stage once, adding each stage's time
 * to r->t[.][run]. */
/* A stream's write that only counts the bytes (the record's size). */
static ssize_t count_bytes(void *cookie, const char *buf, size_t n)
{
	(void)buf;
	*(size_t *)cookie += n;
	return (ssize_t)n;
}

static int run_article(const fb_engine *e, const fb_template *tpl, const config *c,
    const text *a, result *r, int run, int count)
{
	char err[512], warn[256];
	fb_doc doc;
	fb_qlist ql = { 0 };
	fb_record_opts ro = { .title = NULL, .generated = 1700000000 };
	double t0 = now();
	if (fb_doc_load(&doc, "bench", a->p, a->len, NULL, err, sizeof err, warn, sizeof warn) != 0) {
		fprintf(stderr, "fb-bench: %s\n", err);
		return -1;
	}
	double t1 = now();
	fb_segment(e->seg, &doc);
	double t2 = now();
	fb_numbers_scan_doc(e->num, &doc, &ql);
	double t3 = now();
	fb_attribution *at = fb_attribute(e->attr, &doc);
	double t4 = now();
	fb_claims *cl = fb_extract_claims(e->claimer, &doc, &ql, at);
	double t5 = now();
	fb_alignment *al = fb_align(e->claimer, &doc, &ql, at, cl);
	double t6 = now();
	/* written as -f json writes it to a file (one line): streamed to a
	 * stream that only counts its bytes, so that no disk is timed, never
	 * held whole */
	size_t written = 0;
	FILE *sink = fopencookie(&written, "w", (cookie_io_functions_t){ .write = count_bytes });
	fb_buf js = { 0 };
	fb_record_write(&doc, &ql, at, cl, al, &ro, 1, sink ? NULL : &js, sink, NULL);
	if (sink)
		fclose(sink);
	else
		written = js.len;
	if (run == 0)
		r->record_bytes += written + 1; /* and its newline */
	double t7 = now(), t8 = t7;
	size_t pdf_bytes = 0;
	json_t *rec = NULL;
	if (tpl && a->len <= c->pdf_max) {
		rec = fb_record_build(&doc, &ql, at, cl, al, &ro);
		/* as the command line: dumped (attached), read typed, tree freed */
		char *rec_json = fb_record_dump(rec);
		fb_record *typed = fb_record_read(rec, err, sizeof err);
		json_decref(rec);
		rec = NULL;
		fb_render_input in = { .record = typed, .article = doc.buf, .article_len = doc.len, .record_json = rec_json };
		fb_buf out = { 0 };
		if (!typed || fb_render_pdf(&in, tpl, &out, err, sizeof err) != 0)
			fprintf(stderr, "fb-bench: %s: pdf: %s\n", r->name, err);
		free(rec_json);
		fb_record_free(typed);
		pdf_bytes = out.len;
		fb_buf_free(&out);
		t8 = now();
		r->pdf = 1;
	}
	double d[ST__MAX] = {
		t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6, t7 - t0, t8 - t7, t8 - t0,
	};
	for (int s = 0; s < ST__MAX; s++)
		r->t[s][run] += d[s];
	if (count) {
		r->quantities += ql.n;
		r->claims += cl->nc;
		r->groups += al->ng;
		for (size_t g = 0; g < al->ng; g++)
			r->conflicts += al->g[g].status == FB_ST_CONFLICT;
		r->pdf_bytes += pdf_bytes;
	}
	fb_buf_free(&js);
	json_decref(rec);
	fb_alignment_free(al);
	fb_claims_free(cl);
	fb_attribution_free(at);
	fb_qlist_free(&ql);
	fb_doc_free(&doc);
	return 0;
}

/* The child's work: build case i, run it, write the result to fd. */
static int child(const fb_engine *e, const fb_template *tpl, const config *c, int i, int fd)
{
	result *r = fb_xcalloc(1, sizeof *r);
	r->base_kb = rss_kb();
	bcase k;
	size_t articles;
	if (!build_case(c, i, &k, &articles))
		return 3;
	snprintf(r->name, sizeof r->name, "%s", k.name);
	if (c->only && !strstr(k.name, c->only))
		return 3;
	r->bytes = k.bytes;
	r->articles = articles;
	/* a warm-up pass for small cases: caches, lazy tables, page faults */
	if (k.bytes <= (1u << 20)) {
		result scratch;
		memset(&scratch, 0, sizeof scratch);
		for (size_t a = 0; a < k.n; a++)
			run_article(e, tpl, c, &k.art[a], &scratch, 0, 0);
	}
	double start = now();
	/* at least --runs runs; more, up to MAX_RUNS, while the case has
	 * taken less than --min-time: a median of many short runs is what
	 * holds still on a busy machine */
	for (int run = 0; run < MAX_RUNS; run++) {
		for (size_t a = 0; a < k.n; a++)
			if (run_article(e, tpl, c, &k.art[a], r, run, run == 0) != 0)
				return 4;
		r->runs = run + 1;
		double el = now() - start;
		if (el > c->budget || (run + 1 >= c->runs && el >= c->min_time))
			break;
	}
	case_free(&k);
	const char *p = (const char *)r;
	size_t left = sizeof *r;
	while (left) {
		ssize_t w = write(fd, p, left);
		if (w <= 0)
			return 5;
		p += w;
		left -= (size_t)w;
	}
	free(r);
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

typedef struct stat3 {
	double med, min, max;
} stat3;

static stat3 stats(const double *v, int n)
{
	double s[MAX_RUNS];
	stat3 r = { 0, 0, 0 };
	if (n <= 0)
		return r;
	memcpy(s, v, (size_t)n * sizeof *s);
	qsort(s, (size_t)n, sizeof *s, cmp_double);
	r.med = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	r.min = s[0];
	r.max = s[n - 1];
	return r;
}

/* Runs the factbrief binary on the sample article n times; the median
 * wall time (ms) of a PDF+JSON brief, start-up and font loading included. */
static double e2e_ms(const config *c, const char *fmt, int n, double *mn, double *mx)
{
	char *art = fb_xasprintf("%s/corpus/karachi-police-office.txt", c->shared);
	char tmpl[] = "/tmp/fb-bench-XXXXXX";
	if (!mkdtemp(tmpl)) {
		free(art);
		return -1;
	}
	char *pdf = fb_xasprintf("%s/k.%s", tmpl, fmt);
	char *json = fb_xasprintf("%s/k.json", tmpl);
	double t[MAX_RUNS];
	int ok = 0;
	for (int i = 0; i < n && i < MAX_RUNS; i++) {
		char *argv_pdf[] = { (char *)c->binary, "-q", "-o", pdf, "--json", json, art, NULL };
		char *argv_json[] = { (char *)c->binary, "-q", "-f", "json", "-o", json, art, NULL };
		pid_t pid;
		double t0 = now();
		if (posix_spawn(&pid, c->binary, NULL, NULL, strcmp(fmt, "pdf") == 0 ? argv_pdf : argv_json, environ) != 0)
			break;
		int st;
		waitpid(pid, &st, 0);
		t[i] = now() - t0;
		if (!WIFEXITED(st) || WEXITSTATUS(st) > 1)
			break;
		ok = i + 1;
	}
	unlink(pdf);
	unlink(json);
	rmdir(tmpl);
	free(pdf);
	free(json);
	free(art);
	if (!ok)
		return -1;
	stat3 s = stats(t, ok);
	*mn = s.min * 1e3;
	*mx = s.max * 1e3;
	return s.med * 1e3;
}

static void dump_inputs(const config *c)
{
	mkdir(c->dump, 0755);
	for (int i = 0; i < NCASES; i++) {
		bcase k;
		size_t articles;
		if (!build_case(c, i, &k, &articles))
			continue;
		if (k.n > 1) {
			char *d = fb_xasprintf("%s/%s", c->dump, k.name);
			mkdir(d, 0755);
			for (size_t a = 0; a < k.n; a++) {
				char *p = fb_xasprintf("%s/%04zu.txt", d, a);
				FILE *f = fopen(p, "wb");
				if (f) {
					fwrite(k.art[a].p, 1, k.art[a].len, f);
					fclose(f);
				}
				free(p);
			}
			free(d);
		} else {
			char *p = fb_xasprintf("%s/%s.txt", c->dump, k.name);
			FILE *f = fopen(p, "wb");
			if (f) {
				fwrite(k.art[0].p, 1, k.art[0].len, f);
				fclose(f);
			}
			free(p);
		}
		printf("%s\t%zu\t%zu\n", k.name, k.bytes, articles);
		case_free(&k);
	}
}

static const char usage[] =
    "usage: fb-bench [OPTIONS]\n"
    "Times each factbrief stage over the Wikinews corpus, the sample article\n"
    "and synthetic documents of 10 KB to 10 MB (and a 50 MB stream).\n"
    "\n"
    "  --runs N          timed runs per case at least (default 5)\n"
    "  --min-time SECS   more runs (up to 64) until a case took this long (default 2)\n"
    "  --budget SECONDS  stop a case's runs after this long (default 60)\n"
    "  --pdf-max BYTES   no PDF stage for larger articles (default 1048576)\n"
    "  --no-big          skip the 50 MB stream\n"
    "  --only NAME       run only the cases whose name contains NAME\n"
    "  --binary PATH     also time the factbrief binary end to end on the sample\n"
    "  --json FILE       write the results as JSON lines to FILE\n"
    "  --dump DIR        write the inputs to DIR (for the JavaScript peers) and exit\n"
    "  --shared DIR      the shared folder (default: ../shared of the source tree)\n"
    "  --src DIR         the source tree (default: where fb-bench was built from)\n";

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C");
	config c = { .shared = FB_SHARED_DIR, .src = FB_SOURCE_DIR, .runs = 5, .budget = 60, .min_time = 2,
		.pdf_max = 1u << 20, .big = 1 };
	static const struct option longs[] = {
		{ "runs", required_argument, 0, 'r' },
		{ "budget", required_argument, 0, 'B' },
		{ "min-time", required_argument, 0, 'm' },
		{ "pdf-max", required_argument, 0, 'P' },
		{ "no-big", no_argument, 0, 'N' },
		{ "only", required_argument, 0, 'O' },
		{ "binary", required_argument, 0, 'b' },
		{ "json", required_argument, 0, 'j' },
		{ "dump", required_argument, 0, 'd' },
		{ "shared", required_argument, 0, 's' },
		{ "src", required_argument, 0, 'S' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	int o;
	while ((o = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
		switch (o) {
		case 'r': c.runs = atoi(optarg); break;
		case 'B': c.budget = atof(optarg); break;
		case 'm': c.min_time = atof(optarg); break;
		case 'P': c.pdf_max = strtoull(optarg, NULL, 10); break;
		case 'N': c.big = 0; break;
		case 'O': c.only = optarg; break;
		case 'b': c.binary = optarg; break;
		case 'j': c.json = optarg; break;
		case 'd': c.dump = optarg; break;
		case 's': c.shared = optarg; break;
		case 'S': c.src = optarg; break;
		case 'h': fputs(usage, stdout); return 0;
		default: fputs(usage, stderr); return 2;
		}
	}
	if (c.runs < 1 || c.runs > MAX_RUNS)
		c.runs = c.runs < 1 ? 1 : MAX_RUNS;
	if (!getenv("FACTBRIEF_HOME"))
		setenv("FACTBRIEF_HOME", c.src, 0);
	if (c.dump) {
		dump_inputs(&c);
		return 0;
	}

	char err[1024];
	double l0 = now();
	fb_engine *e = fb_engine_new(err, sizeof err);
	double l1 = now();
	if (!e) {
		fprintf(stderr, "fb-bench: %s\n", err);
		return 1;
	}
	char *tp = fb_datapath("templates/brief");
	fb_template *tpl = fb_template_load(tp, err, sizeof err);
	double l2 = now();
	free(tp);
	if (!tpl)
		fprintf(stderr, "fb-bench: %s (no PDF stage)\n", err);
	printf("factbrief %s bench: at least %d runs per case (more to fill %.0f s), median and spread (max-min)/median\n",
	    FB_VERSION, c.runs, c.min_time);
	printf("start-up: engine %.1f ms, template and fonts %.1f ms\n\n", (l1 - l0) * 1e3, (l2 - l1) * 1e3);

	FILE *jf = c.json ? fopen(c.json, "w") : NULL;
	if (jf)
		fprintf(jf, "{\"kind\":\"startup\",\"engine_ms\":%.3f,\"template_ms\":%.3f}\n", (l1 - l0) * 1e3, (l2 - l1) * 1e3);
	double analysis_1m = 0, analysis_10m = 0;
	for (int i = 0; i < NCASES; i++) {
		int fds[2];
		if (pipe(fds) != 0)
			return 1;
		fflush(stdout);
		pid_t pid = fork();
		if (pid == 0) {
			close(fds[0]);
			_exit(child(e, tpl, &c, i, fds[1]));
		}
		close(fds[1]);
		result *r = fb_xcalloc(1, sizeof *r);
		size_t got = 0;
		ssize_t n;
		while (got < sizeof *r && (n = read(fds[0], (char *)r + got, sizeof *r - got)) > 0)
			got += (size_t)n;
		close(fds[0]);
		int st;
		struct rusage ru;
		wait4(pid, &st, 0, &ru);
		if (got != sizeof *r) {
			if (!(WIFEXITED(st) && WEXITSTATUS(st) == 3))
				fprintf(stderr, "fb-bench: case %d failed (status %d)\n", i, st);
			free(r);
			continue;
		}
		r->peak_kb = ru.ru_maxrss;
		double mb = r->bytes / 1e6;
		printf("%-13s %9zu bytes, %zu article%s, %d run%s; %zu quantities, %zu claims, %zu groups, %zu conflicts\n",
		    r->name, r->bytes, r->articles, r->articles == 1 ? "" : "s", r->runs, r->runs == 1 ? "" : "s",
		    r->quantities, r->claims, r->groups, r->conflicts);
		printf("  %-12s %10s %9s %11s %12s\n", "stage", "median ms", "spread", "MB/s", "articles/s");
		if (jf)
			fprintf(jf, "{\"kind\":\"case\",\"case\":\"%s\",\"bytes\":%zu,\"articles\":%zu,\"runs\":%d,"
			    "\"quantities\":%zu,\"claims\":%zu,\"groups\":%zu,\"conflicts\":%zu,"
			    "\"record_bytes\":%zu,\"base_rss_kb\":%ld,\"peak_rss_kb\":%ld,\"stages\":{",
			    r->name, r->bytes, r->articles, r->runs, r->quantities, r->claims, r->groups,
			    r->conflicts, r->record_bytes, r->base_kb, r->peak_kb);
		int first = 1;
		for (int s = 0; s < ST__MAX; s++) {
			if ((s == ST_PDF || s == ST_TOTAL) && !r->pdf)
				continue;
			stat3 x = stats(r->t[s], r->runs);
			double spread = x.med > 0 ? (x.max - x.min) / x.med * 100 : 0;
			double mbs = x.med > 0 ? mb / x.med : 0, aps = x.med > 0 ? r->articles / x.med : 0;
			printf("  %-12s %10.3f %8.1f%% %11.1f %12.1f\n", stage_names[s], x.med * 1e3, spread, mbs, aps);
			if (jf)
				fprintf(jf, "%s\"%s\":{\"median_s\":%.9f,\"min_s\":%.9f,\"max_s\":%.9f,\"mb_per_s\":%.3f,\"articles_per_s\":%.3f}",
				    first ? "" : ",", stage_names[s], x.med, x.min, x.max, mbs, aps);
			first = 0;
		}
		if (jf)
			fprintf(jf, "}}\n");
		if (!r->pdf)
			printf("  %-12s skipped (article over --pdf-max %zu bytes)\n", "pdf", c.pdf_max);
		long grown = r->peak_kb - r->base_kb;
		printf("  record %.2f bytes per input byte (-f json, one line)\n",
		    r->bytes ? (double)r->record_bytes / (double)r->bytes : 0);
		printf("  peak RSS %.1f MB (%.1f MB over the engine's %.1f MB: %.1f x the input)\n\n",
		    r->peak_kb / 1024.0, grown / 1024.0, r->base_kb / 1024.0,
		    r->bytes ? grown * 1024.0 / r->bytes : 0);
		stat3 an = stats(r->t[ST_ANALYSIS], r->runs);
		if (strcmp(r->name, "synth-1M") == 0)
			analysis_1m = an.med;
		if (strcmp(r->name, "synth-10M") == 0)
			analysis_10m = an.med;
		free(r);
	}
	if (analysis_1m > 0 && analysis_10m > 0) {
		printf("scaling: analysis time(10 MB)/time(1 MB) = %.2f (linear: 10)\n", analysis_10m / analysis_1m);
		if (jf)
			fprintf(jf, "{\"kind\":\"scaling\",\"ratio_10m_1m\":%.3f}\n", analysis_10m / analysis_1m);
	}
	if (c.binary) {
		double mn = 0, mx = 0;
		/* a process start is at the mercy of the host: enough runs that
		 * the median says how long a brief takes, not how busy it was */
		double ms = e2e_ms(&c, "pdf", E2E_RUNS, &mn, &mx);
		double jmn = 0, jmx = 0;
		double jms = e2e_ms(&c, "json", E2E_RUNS, &jmn, &jmx);
		printf("end to end (%s on the sample article, %d runs): brief (PDF + JSON) %.1f ms (%.1f-%.1f), JSON only %.1f ms (%.1f-%.1f)\n",
		    c.binary, E2E_RUNS, ms, mn, mx, jms, jmn, jmx);
		if (jf)
			fprintf(jf, "{\"kind\":\"e2e\",\"brief_ms\":%.3f,\"brief_min_ms\":%.3f,\"brief_max_ms\":%.3f,\"json_ms\":%.3f}\n",
			    ms, mn, mx, jms);
	}
	if (jf)
		fclose(jf);
	fb_template_free(tpl);
	fb_engine_free(e);
	return 0;
}
