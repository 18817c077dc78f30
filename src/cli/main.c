/* main.c - the factbrief command: options, files in, briefs out. The only
 * file that prints to the terminal or exits; all work is in the library. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "compare.h"
#include "datadir.h"
#include "record.h"
#include "render.h"

static const char usage[] =
    "usage: factbrief [OPTIONS] ARTICLE|FOLDER...\n"
    "       factbrief --jsonl [OPTIONS] < LINES\n"
    "       factbrief --render RECORD [ARTICLE] [OPTIONS]\n"
    "       factbrief --compare REPORT REPORT... [OPTIONS]\n"
    "Reads news articles (ARTICLE may be - for standard input; a FOLDER means\n"
    "its *.txt files and files without extension) and writes a PDF brief and a\n"
    "JSON verification record of their numeric and attributed claims.\n"
    "\n"
    "  -o, --output PATH      output file (one article) or folder (several);\n"
    "                         default out/<name>.pdf, or standard output for\n"
    "                         json and text; - is standard output\n"
    "  -f, --format FMT       pdf (default) | json | text\n"
    "      --json PATH        also write the JSON record when the format is pdf\n"
    "      --pretty           indent the JSON record (default: one line, except\n"
    "                         on a terminal); the brief attaches the record as\n"
    "                         written\n"
    "  -t, --template PATH    layout template (default: the installed templates/brief)\n"
    "      --title TEXT       title for the brief (default: the first paragraph)\n"
    "      --list-numbers     print every numeric expression, one JSON object per\n"
    "                         line, and exit\n"
    "      --fail-on-conflict exit status 1 when any conflict is found\n"
    "      --max-bytes N      refuse inputs larger than N bytes (default 64 MiB)\n"
    "      --lossy            replace invalid UTF-8 by U+FFFD (with a warning)\n"
    "      --pdfa PART        archival conformance of the PDF: 1b, 3b (the record\n"
    "                         and article attached) or none; default from the\n"
    "                         template (3b)\n"
    "  -j, --jobs N           articles processed at once, in worker processes\n"
    "                         (default: one per processor)\n"
    "      --jsonl            read JSON lines {\"id\": ..., \"text\": ...} on standard\n"
    "                         input, write one compact record per line on standard\n"
    "                         output (and PDFs named after the ids with -o FOLDER)\n"
    "      --compare          the ARTICLEs are reports of one event: one brief and\n"
    "                         one record that compare them (-o and --json name\n"
    "                         files); a report may open with the header lines\n"
    "                         Source: NAME (or Outlet:) and Date: YYYY-MM-DD[THH:MM];\n"
    "                         with --jsonl, consecutive lines of one \"event\" are\n"
    "                         compared, with their \"outlet\" and \"published\"\n"
    "      --render RECORD    draw the brief (or -f text) again from an archived\n"
    "                         record; the article is ARTICLE, else the record's\n"
    "                         input path, and must match the record's SHA-256\n"
    "  -q, --quiet            print nothing but errors (no progress, no summary)\n"
    "  -v, --verbose          say what was written, with counts\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n"
    "\n"
    "Exit status: 0 done; 1 conflicts found (with --fail-on-conflict);\n"
    "2 usage or input error, or any article of a batch failed.\n"
    "SOURCE_DATE_EPOCH fixes the record's date.\n";

static void die_usage(const char *msg)
{
	fprintf(stderr, "factbrief: %s\n", msg);
	fputs("Try 'factbrief --help' for more information.\n", stderr);
	exit(2);
}
typedef struct inputs {
	char **v;            /* paths (owned) */
	size_t n, cap;
	int dirs;            /* a folder was given */
} inputs;

static int by_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds arg to the inputs: a folder adds its regular files named *.txt or
 * without extension, sorted; hidden files are skipped. Returns 0, or -1
 * when the folder cannot be read or holds no article. */
static int add_input(inputs *in, const char *arg)
{
	if (strcmp(arg, "-") == 0 || !is_dir(arg)) {
		*FB_PUSH(in->v, in->n, in->cap) = fb_xstrdup(arg);
		return 0;
	}
	in->dirs = 1;
	DIR *d = opendir(arg);
	if (!d) {
		fprintf(stderr, "factbrief: %s: %s\n", arg, strerror(errno));
		return -1;
	}
	size_t first = in->n;
	struct dirent *de;
	size_t al = strlen(arg);
	int slash = al && arg[al - 1] == '/';
	while ((de = readdir(d))) {
		const char *nm = de->d_name;
		if (nm[0] == '.')
			continue;
		const char *dot = strrchr(nm, '.');
		if (dot && strcmp(dot, ".txt") != 0)
			continue;
		char *p = fb_xasprintf("%s%s%s", arg, slash ? "" : "/", nm);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			*FB_PUSH(in->v, in->n, in->cap) = p;
		else
			free(p);
	}
	closedir(d);
	if (in->n == first) {
		fprintf(stderr, "factbrief: %s: no articles (*.txt or files without extension) in this folder\n", arg);
		return -1;
	}
	qsort(in->v + first, in->n - first, sizeof *in->v, by_str);
	return 0;
}

/* With several articles, two inputs with one name would write one output.
 * Returns 1 with the first such pair in *a < *b, else 0. */
typedef struct named {
	char *stem;
	size_t i;
} named;

static int by_stem(const void *x, const void *y)
{
	const named *a = x, *b = y;
	int c = strcmp(a->stem, b->stem);
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

static int stem_clash(const inputs *in, size_t *a, size_t *b)
{
	named *v = fb_xcalloc(in->n ? in->n : 1, sizeof *v);
	for (size_t i = 0; i < in->n; i++) {
		v[i].stem = stem(in->v[i]);
		v[i].i = i;
	}
	qsort(v, in->n, sizeof *v, by_stem);
	int found = 0;
	for (size_t i = 1; i < in->n && !found; i++)
		if (strcmp(v[i - 1].stem, v[i].stem) == 0) {
			*a = v[i - 1].i;
			*b = v[i].i;
			found = 1;
		}
	for (size_t i = 0; i < in->n; i++)
		free(v[i].stem);
	free(v);
	return found;
}

static size_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		die_usage("--max-bytes takes a number of bytes (K, M, G suffixes allowed)");
	int shift = 0;
	if (*end == 'K' || *end == 'k')
		shift = 10, end++;
	else if (*end == 'M' || *end == 'm')
		shift = 20, end++;
	else if (*end == 'G' || *end == 'g')
		shift = 30, end++;
	if (*end || v == 0)
		die_usage("--max-bytes takes a number of bytes (K, M, G suffixes allowed)");
	/* no wrap: "99999999999G" is refused, not a small limit in disguise */
	if (v > (unsigned long long)SIZE_MAX >> shift)
		die_usage("--max-bytes: the number is too large");
	return (size_t)(v << shift);
}

/* Reads the options into *o; optind is then the first ARTICLE. A bad
 * option exits with status 2. Returns 1 when --help or --version has been
 * answered (nothing more to do), else 0. */
static int parse_options(int argc, char **argv, options *o)
{
	enum { OPT_JSON = 256, OPT_TITLE, OPT_LIST, OPT_FAIL, OPT_MAXB, OPT_LOSSY, OPT_JSONL, OPT_PDFA, OPT_RENDER,
		OPT_COMPARE, OPT_PRETTY };
	static const struct option longs[] = {
		{ "output", required_argument, 0, 'o' },
		{ "format", required_argument, 0, 'f' },
		{ "json", required_argument, 0, OPT_JSON },
		{ "template", required_argument, 0, 't' },
		{ "title", required_argument, 0, OPT_TITLE },
		{ "list-numbers", no_argument, 0, OPT_LIST },
		{ "fail-on-conflict", no_argument, 0, OPT_FAIL },
		{ "max-bytes", required_argument, 0, OPT_MAXB },
		{ "lossy", no_argument, 0, OPT_LOSSY },
		{ "pdfa", required_argument, 0, OPT_PDFA },
		{ "jobs", required_argument, 0, 'j' },
		{ "jsonl", no_argument, 0, OPT_JSONL },
		{ "render", required_argument, 0, OPT_RENDER },
		{ "compare", no_argument, 0, OPT_COMPARE },
		{ "pretty", no_argument, 0, OPT_PRETTY },
		{ "quiet", no_argument, 0, 'q' },
		{ "verbose", no_argument, 0, 'v' },
		{ "help", no_argument, 0, 'h' },
		{ "version", no_argument, 0, 'V' },
		{ 0, 0, 0, 0 },
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:f:t:j:qvhV", longs, NULL)) != -1) {
		switch (c) {
		case 'o': o->output = optarg; break;
		case 'f':
			if (strcmp(optarg, "pdf") == 0) o->format = FMT_PDF;
			else if (strcmp(optarg, "json") == 0) o->format = FMT_JSON;
			else if (strcmp(optarg, "text") == 0) o->format = FMT_TEXT;
			else die_usage("--format takes pdf, json or text");
			break;
		case OPT_JSON: o->json = optarg; break;
		case 't': o->template = optarg; break;
		case OPT_TITLE: o->title = optarg; break;
		case OPT_LIST: o->list_numbers = 1; break;
		case OPT_FAIL: o->fail_on_conflict = 1; break;
		case OPT_MAXB: o->read.max_bytes = parse_size(optarg); break;
		case OPT_LOSSY: o->read.lossy = 1; break;
		case OPT_PDFA:
			if (strcmp(optarg, "1b") == 0) o->pdfa = FB_PDFA_1B + 1;
			else if (strcmp(optarg, "3b") == 0) o->pdfa = FB_PDFA_3B + 1;
			else if (strcmp(optarg, "none") == 0) o->pdfa = FB_PDFA_NONE + 1;
			else die_usage("--pdfa takes 1b, 3b or none");
			break;
		case 'j': {
			char *end;
			errno = 0;
			long v = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || v < 0 || v > 1024)
				die_usage("--jobs takes a number of worker processes (0 to 1024)");
			o->jobs = (size_t)v;
			break;
		}
		case OPT_JSONL: o->jsonl = 1; break;
		case OPT_RENDER: o->render = optarg; break;
		case OPT_COMPARE: o->compare = 1; break;
		case OPT_PRETTY: o->pretty = 1; break;
		case 'q': o->quiet = 1; o->verbose = 0; break;
		case 'v': o->verbose = 1; o->quiet = 0; break;
		case 'h': fputs(usage, stdout); return 1;
		case 'V': printf("factbrief %s\n", FB_VERSION); return 1;
		case ':': {
			char m[128];
			snprintf(m, sizeof m, "option '%s' needs a value", argv[optind - 1]);
			die_usage(m);
			break;
		}
		default: {
			char m[128];
			snprintf(m, sizeof m, "unknown option '%s'", argv[optind - 1]);
			die_usage(m);
		}
		}
	}
	return 0;
}

/* The layout template of -t (else the installed one), with --pdfa applied;
 * NULL with err. */
static fb_template *load_template(const options *o, char *err, size_t errlen)
{
	char *tp = o->template ? fb_xstrdup(o->template) : fb_datapath("templates/brief");
	fb_template *t = fb_template_load(tp, err, errlen);
	free(tp);
	if (t && o->pdfa)
		t->pdfa = (enum fb_pdfa)(o->pdfa - 1);
	return t;
}

/* --render: checks what goes with it, draws the stored record. */
static int main_render(const options *o, char **args, int nin)
{
	if (nin > 1)
		die_usage("--render takes one RECORD and at most one ARTICLE");
	if (o->jsonl || o->list_numbers || o->json || o->format == FMT_JSON)
		die_usage("--render draws a brief or a text summary; it does not go with --jsonl, --list-numbers, --json or -f json");
	if (o->output && is_dir(o->output))
		die_usage("with --render, -o names a file");
	fb_template *rt = NULL;
	if (o->format == FMT_PDF) {
		char rerr[1024];
		if (!(rt = load_template(o, rerr, sizeof rerr))) {
			fprintf(stderr, "factbrief: %s\n", rerr);
			return 2;
		}
	}
	int rrc = render_stored(o, rt, nin ? args[0] : NULL);
	fb_template_free(rt);
	return rrc;
}

/* --compare: checks what goes with it, compares the reports. */
static int main_compare(const options *o, char **args, int nin)
{
	if (o->jsonl && nin > 0)
		die_usage("--jsonl reads standard input; give no ARTICLE");
	if (o->jsonl && o->output && !is_dir(o->output))
		die_usage("with --jsonl, -o must name an existing folder (for the PDFs)");
	if (o->jsonl && o->json)
		die_usage("with --jsonl, the records go to standard output; --json is not needed");
	if (!o->jsonl && nin < 2)
		die_usage("--compare needs two reports or more");
	if (o->list_numbers)
		die_usage("--compare does not go with --list-numbers");
	if (!o->jsonl && ((o->output && is_dir(o->output)) || (o->json && is_dir(o->json))))
		die_usage("with --compare, -o and --json name files");
	for (int i = 0; i < nin; i++)
		if (is_dir(args[i])) {
			fprintf(stderr, "factbrief: %s: is a folder; --compare takes report files\n", args[i]);
			return 2;
		}
	char cerr[1024] = "";
	fb_engine *ce = fb_engine_new(cerr, sizeof cerr);
	fb_template *ct = NULL;
	if (ce && (o->jsonl ? o->output != NULL : o->format == FMT_PDF))
		ct = load_template(o, cerr, sizeof cerr);
	int crc = 2;
	if (!ce || (o->jsonl ? o->output != NULL : o->format == FMT_PDF) != (ct != NULL))
		fprintf(stderr, "factbrief: %s\n", cerr);
	else if (o->jsonl)
		crc = run_jsonl_compare(ce, ct, o);
	else
		crc = run_compare(ce, ct, o, args, (size_t)nin);
	fb_template_free(ct);
	fb_engine_free(ce);
	return crc;
}

/* Bytes from which an allocation has a mapping of its own (glibc's first
 * threshold, kept fixed). */
#define FB_MMAP_THRESHOLD (128 * 1024)

/* The heap grows by this much at a time, in huge pages where the kernel
 * gives them on request (see start_heap). */
#define FB_HEAP_STEP (16 * 1024 * 1024)
#define FB_HUGE_PAGE (2 * 1024 * 1024)

/* Start-up is mostly the word lists' tables (about 6 MB of small blocks),
 * and on a 4 KB page each page costs a fault when first written: 1,500
 * faults were two thirds of the sample's run. The heap is made one 16 MB
 * step and marked for huge pages, so those tables take a few faults. Where
 * the kernel has no transparent huge pages, madvise fails and nothing
 * changes. */
static void start_heap(void)
{
	mallopt(M_TOP_PAD, FB_HEAP_STEP);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	char *p = malloc(1);
	char *end = sbrk(0);
	/* p lies in the heap just grown when glibc serves it (not a sanitizer) */
	if (p && end != (char *)-1 && end > p && end - p <= 2 * FB_HEAP_STEP) {
		uintptr_t a = ((uintptr_t)p + FB_HUGE_PAGE - 1) & ~(uintptr_t)(FB_HUGE_PAGE - 1);
		if ((uintptr_t)end > a)
			madvise((void *)a, (uintptr_t)end - a, MADV_HUGEPAGE);
	}
	free(p);
#endif
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C");
	/* The model's large arrays grow by doubling. glibc would raise its
	 * mmap threshold after the first large free and put the next arrays
	 * in the heap, where each growth copies and leaves the old block as
	 * a hole: a fixed threshold keeps every large array in a mapping of
	 * its own, grown in place and given back whole when freed. */
	mallopt(M_MMAP_THRESHOLD, FB_MMAP_THRESHOLD);
	start_heap();
	options o = { .format = FMT_PDF };
	if (parse_options(argc, argv, &o))
		return 0;
	int nin = argc - optind;
	if (o.render)
		return main_render(&o, argv + optind, nin);
	if (o.compare)
		return main_compare(&o, argv + optind, nin);
	static inputs in; /* static: still reachable when die_usage exits (LeakSanitizer) */
	int input_failed = 0;
	if (o.jsonl) {
		if (nin > 0)
			die_usage("--jsonl reads standard input; give no ARTICLE");
		if (o.list_numbers)
			die_usage("--jsonl and --list-numbers do not go together");
		if (o.output && !is_dir(o.output))
			die_usage("with --jsonl, -o must name an existing folder (for the PDFs)");
		if (o.json)
			die_usage("with --jsonl, the records go to standard output; --json is not needed");
	} else if (nin < 1)
		die_usage("no article given");
	for (int i = optind; i < argc; i++)
		if (add_input(&in, argv[i]) != 0)
			input_failed = 1;
	int several = o.jsonl || in.n > 1 || in.dirs;
	if (in.dirs && nin == 1 && o.output && !is_dir(o.output) && !o.list_numbers) {
		/* one line naming the folder, as for any other bad input */
		fprintf(stderr, "factbrief: %s: a folder of articles needs -o to name an existing folder\n", argv[optind]);
		return 2;
	}
	if (several && !o.jsonl && o.output && !is_dir(o.output) && !o.list_numbers)
		die_usage("with several articles, -o must name an existing folder");
	if (several && !o.jsonl && o.json && !is_dir(o.json))
		die_usage("with several articles, --json must name an existing folder");
	size_t clash_a = 0, clash_b = 0;
	if (several && !o.jsonl && !o.list_numbers && stem_clash(&in, &clash_a, &clash_b)) {
		char m[1024];
		snprintf(m, sizeof m, "%s and %s would write outputs of one name; process them separately",
		    in.v[clash_a], in.v[clash_b]);
		die_usage(m);
	}
	out_catch_signals();

	char err[1024] = "";
	fb_engine *e = fb_engine_new(err, sizeof err);
	if (!e) {
		fprintf(stderr, "factbrief: %s\n", err);
		return 2;
	}
	fb_template *tpl = NULL;
	if ((o.jsonl && o.output) || (!o.jsonl && o.format == FMT_PDF && !o.list_numbers)) {
		if (!(tpl = load_template(&o, err, sizeof err))) {
			fprintf(stderr, "factbrief: %s\n", err);
			fb_engine_free(e);
			for (size_t i = 0; i < in.n; i++)
				free(in.v[i]);
			free(in.v);
			return 2;
		}
	}
	batch b = { .o = &o, .e = e, .tpl = tpl, .several = several, .jsonl = o.jsonl,
		.total = o.jsonl ? 0 : in.n, .t0 = now_s() };
	b.progress = several && !o.quiet && isatty(STDERR_FILENO);
	source src = { .paths = in.v, .n = in.n, .lines = o.jsonl ? stdin : NULL };
	size_t jobs = o.jobs ? o.jobs : default_jobs();
	if (!o.jsonl && jobs > in.n)
		jobs = in.n;
	if (o.list_numbers || jobs == 0)
		jobs = 1; /* --list-numbers prints as it goes, in order */
	if (jobs > 1 || o.jsonl)
		run_pool(&b, &src, jobs);
	else
		run_here(&b, &src);
	progress_clear(&b);
	if (several && !o.quiet) {
		double el = now_s() - b.t0;
		fprintf(stderr, "factbrief: %zu article%s, %lld claims, %lld conflict%s, %zu failed, %.2f s (%.1f articles/s)\n",
		    b.done, b.done == 1 ? "" : "s", b.claims, b.conflicts, b.conflicts == 1 ? "" : "s", b.failed, el,
		    el > 0 ? b.done / el : 0.0);
	}
	int worst = input_failed ? 2 : b.worst;
	if (b.worst == 2)
		worst = 2;
	for (size_t i = 0; i < in.n; i++)
		free(in.v[i]);
	free(in.v);
	free(src.line);
	free(b.pend);
	fb_template_free(tpl);
	fb_engine_free(e);
	return worst;
}
