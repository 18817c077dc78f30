/* main.c - the factbrief command: options, files in, briefs out. The only
 * file that prints to the terminal or exits; all work is in the library. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "factbrief.h"
#include "render.h"
#include "template.h"

enum format { FMT_PDF, FMT_JSON, FMT_TEXT };

typedef struct options {
	const char *output;     /* -o */
	enum format format;     /* -f */
	const char *json;       /* --json */
	const char *template;   /* -t */
	const char *title;      /* --title */
	int list_numbers;
	int fail_on_conflict;
	int quiet, verbose;
	fb_read_opts read;
} options;

static const char usage[] =
    "usage: factbrief [OPTIONS] ARTICLE...\n"
    "Reads news articles (ARTICLE may be - for standard input) and writes a PDF\n"
    "brief and a JSON verification record of their numeric and attributed claims.\n"
    "\n"
    "  -o, --output PATH      output file (one article) or folder (several);\n"
    "                         default out/<name>.pdf, or standard output for\n"
    "                         json and text; - is standard output\n"
    "  -f, --format FMT       pdf (default) | json | text\n"
    "      --json PATH        also write the JSON record when the format is pdf\n"
    "  -t, --template PATH    layout template (default: the installed templates/brief)\n"
    "      --title TEXT       title for the brief (default: the first paragraph)\n"
    "      --list-numbers     print every numeric expression, one JSON object per\n"
    "                         line, and exit\n"
    "      --fail-on-conflict exit status 1 when any conflict is found\n"
    "      --max-bytes N      refuse inputs larger than N bytes (default 64 MiB)\n"
    "      --lossy            replace invalid UTF-8 by U+FFFD (with a warning)\n"
    "  -q, --quiet            print nothing but errors\n"
    "  -v, --verbose          say what was written, with counts\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n"
    "\n"
    "Exit status: 0 done; 1 conflicts found (with --fail-on-conflict);\n"
    "2 usage or input error. SOURCE_DATE_EPOCH fixes the record's date.\n";

/* The temporary file being written, removed if a signal arrives. */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

static void on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void die_usage(const char *msg)
{
	fprintf(stderr, "factbrief: %s\n", msg);
	fputs("Try 'factbrief --help' for more information.\n", stderr);
	exit(2);
}

/* Writes data to path atomically: a temporary file in the same folder,
 * renamed into place when complete. "-" writes to standard output.
 * Returns 0, or -1 with err. */
static int write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	if (strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			snprintf(err, errlen, "standard output: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	char *dup = fb_xstrdup(path);
	char *dir = dirname(dup);
	int n = snprintf(tmp_path, sizeof tmp_path, "%s/.factbrief-XXXXXX", dir);
	free(dup);
	if (n < 0 || (size_t)n >= sizeof tmp_path) {
		snprintf(err, errlen, "%s: path too long", path);
		return -1;
	}
	int fd = mkstemp(tmp_path);
	if (fd < 0) {
		snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
		return -1;
	}
	have_tmp = 1;
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		off += (size_t)w;
	}
	int saved = errno;
	int ok = off == len;
	if (close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (ok) {
		fchmod(fd, 0644);
		chmod(tmp_path, 0644);
		if (rename(tmp_path, path) != 0) {
			ok = 0;
			saved = errno;
		}
	}
	if (!ok) {
		unlink(tmp_path);
		snprintf(err, errlen, "%s: cannot write: %s", path, strerror(saved ? saved : EIO));
	}
	have_tmp = 0;
	return ok ? 0 : -1;
}

/* The article's name for output files: its base name without extension. */
static char *stem(const char *path)
{
	if (strcmp(path, "-") == 0)
		return fb_xstrdup("stdin");
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b);
	return fb_xstrndup(b, n);
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the main output of article `path` goes; caller frees. */
static char *output_path(const options *o, const char *path, int several, const char *ext)
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

static int list_numbers(const fb_engine *e, fb_doc *doc)
{
	fb_segment(e->seg, doc);
	fb_qlist ql = {0};
	fb_numbers_scan_doc(e->num, doc, &ql);
	fb_buf out = {0};
	for (size_t i = 0; i < ql.n; i++) {
		json_t *o = fb_quantity_json(doc, &ql.q[i]);
		json_t *full = json_object();
		json_object_set_new(full, "paragraph", json_integer((json_int_t)doc->sent[ql.q[i].sent].para + 1));
		const char *k;
		json_t *v;
		json_object_foreach(o, k, v) json_object_set(full, k, v);
		char *s = json_dumps(full, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
		fb_buf_puts(&out, s);
		fb_buf_putc(&out, '\n');
		free(s);
		json_decref(full);
		json_decref(o);
	}
	fwrite(out.p ? out.p : "", 1, out.len, stdout);
	fb_buf_free(&out);
	fb_qlist_free(&ql);
	return 0;
}

/* Processes one article. Returns 0 done, 1 conflicts (when asked), 2 error. */
static int run_one(const fb_engine *e, const fb_template *tpl, const options *o,
    const char *path, int several)
{
	char err[1024] = "", warn[512] = "";
	fb_doc doc;
	if (fb_doc_read(&doc, path, &o->read, err, sizeof err, warn, sizeof warn) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		return 2;
	}
	if (warn[0] && !o->quiet)
		fprintf(stderr, "factbrief: warning: %s\n", warn);
	if (o->list_numbers) {
		int rc = list_numbers(e, &doc);
		fb_doc_free(&doc);
		return rc;
	}
	fb_record_opts ro = { .title = o->title, .generated = fb_generation_time() };
	fb_result *r = fb_analyze(e, &doc, &ro);
	int rc = 0;
	char *out = NULL, *jsonp = NULL;
	fb_render_input in = { r->record, r->doc.buf, r->doc.len };
	fb_buf bytes = {0};
	if (o->format == FMT_PDF) {
		out = output_path(o, path, several, "pdf");
		if (fb_render_pdf(&in, tpl, &bytes, err, sizeof err) != 0) {
			fprintf(stderr, "factbrief: %s: %s\n", path, err);
			rc = 2;
			goto out;
		}
	} else if (o->format == FMT_JSON) {
		out = output_path(o, path, several, "json");
		char *s = fb_record_dump(r->record);
		fb_buf_puts(&bytes, s);
		free(s);
	} else {
		out = output_path(o, path, several, "txt");
		fb_render_text(&in, &bytes);
	}
	if (o->json && o->format == FMT_PDF) {
		jsonp = several ? NULL : fb_xstrdup(o->json);
		if (several) {
			char *s = stem(path);
			jsonp = fb_xasprintf("%s/%s.json", o->json, s);
			free(s);
		}
		char *s = fb_record_dump(r->record);
		int w = write_atomic(jsonp, s, strlen(s), err, sizeof err);
		free(s);
		if (w != 0) {
			fprintf(stderr, "factbrief: %s\n", err);
			rc = 2;
			goto out;
		}
	}
	if (write_atomic(out, bytes.p ? bytes.p : "", bytes.len, err, sizeof err) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		if (jsonp)
			unlink(jsonp); /* no half a result: the pair goes together */
		rc = 2;
		goto out;
	}
	json_t *sum = json_object_get(r->record, "summary");
	json_int_t nconf = json_integer_value(json_object_get(sum, "conflicts"));
	if (o->verbose)
		fprintf(stderr, "factbrief: %s: %lld claims, %lld groups, %lld conflicts, %lld for review -> %s%s%s\n",
		    path, (long long)json_integer_value(json_object_get(sum, "claims")),
		    (long long)json_integer_value(json_object_get(sum, "groups")), (long long)nconf,
		    (long long)json_integer_value(json_object_get(sum, "review")),
		    strcmp(out, "-") ? out : "standard output", jsonp ? ", " : "", jsonp ? jsonp : "");
	if (o->fail_on_conflict && nconf > 0)
		rc = 1;
out:
	fb_buf_free(&bytes);
	free(out);
	free(jsonp);
	fb_result_free(r);
	return rc;
}

static size_t parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		die_usage("--max-bytes takes a number of bytes (K, M, G suffixes allowed)");
	if (*end == 'K' || *end == 'k')
		v <<= 10, end++;
	else if (*end == 'M' || *end == 'm')
		v <<= 20, end++;
	else if (*end == 'G' || *end == 'g')
		v <<= 30, end++;
	if (*end || v == 0)
		die_usage("--max-bytes takes a number of bytes (K, M, G suffixes allowed)");
	return (size_t)v;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C");
	options o = { .format = FMT_PDF };
	enum { OPT_JSON = 256, OPT_TITLE, OPT_LIST, OPT_FAIL, OPT_MAXB, OPT_LOSSY };
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
		{ "quiet", no_argument, 0, 'q' },
		{ "verbose", no_argument, 0, 'v' },
		{ "help", no_argument, 0, 'h' },
		{ "version", no_argument, 0, 'V' },
		{ 0, 0, 0, 0 },
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":o:f:t:qvhV", longs, NULL)) != -1) {
		switch (c) {
		case 'o': o.output = optarg; break;
		case 'f':
			if (strcmp(optarg, "pdf") == 0) o.format = FMT_PDF;
			else if (strcmp(optarg, "json") == 0) o.format = FMT_JSON;
			else if (strcmp(optarg, "text") == 0) o.format = FMT_TEXT;
			else die_usage("--format takes pdf, json or text");
			break;
		case OPT_JSON: o.json = optarg; break;
		case 't': o.template = optarg; break;
		case OPT_TITLE: o.title = optarg; break;
		case OPT_LIST: o.list_numbers = 1; break;
		case OPT_FAIL: o.fail_on_conflict = 1; break;
		case OPT_MAXB: o.read.max_bytes = parse_size(optarg); break;
		case OPT_LOSSY: o.read.lossy = 1; break;
		case 'q': o.quiet = 1; o.verbose = 0; break;
		case 'v': o.verbose = 1; o.quiet = 0; break;
		case 'h': fputs(usage, stdout); return 0;
		case 'V': printf("factbrief %s\n", FB_VERSION); return 0;
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
	int nin = argc - optind;
	if (nin < 1)
		die_usage("no article given");
	int several = nin > 1;
	if (several && o.output && !is_dir(o.output) && !o.list_numbers)
		die_usage("with several articles, -o must name an existing folder");
	if (several && o.json && !is_dir(o.json))
		die_usage("with several articles, --json must name an existing folder");
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	char err[1024] = "";
	fb_engine *e = fb_engine_new(err, sizeof err);
	if (!e) {
		fprintf(stderr, "factbrief: %s\n", err);
		return 2;
	}
	fb_template *tpl = NULL;
	if (o.format == FMT_PDF && !o.list_numbers) {
		char *tp = o.template ? fb_xstrdup(o.template) : fb_datapath("templates/brief");
		tpl = fb_template_load(tp, err, sizeof err);
		free(tp);
		if (!tpl) {
			fprintf(stderr, "factbrief: %s\n", err);
			fb_engine_free(e);
			return 2;
		}
	}
	int worst = 0;
	for (int i = optind; i < argc; i++) {
		int rc = run_one(e, tpl, &o, argv[i], several);
		if (rc == 2)
			worst = 2;
		else if (rc == 1 && worst == 0)
			worst = 1;
	}
	fb_template_free(tpl);
	fb_engine_free(e);
	return worst;
}
