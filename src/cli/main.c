/* main.c - the factbrief command: options, files in, briefs out. The only
 * file that prints to the terminal or exits; all work is in the library. */
#define _GNU_SOURCE /* sched_getaffinity, MSG_NOSIGNAL */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <locale.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compare.h"
#include "datadir.h"
#include "factbrief.h"
#include "record.h"
#include "record_read.h"
#include "render.h"
#include "segment.h"
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
	size_t jobs;            /* -j: worker processes, 0 for one per processor */
	int jsonl;              /* --jsonl: JSON lines in, records out */
	int pdfa;               /* --pdfa: enum fb_pdfa + 1; 0 keeps the template's */
	const char *render;     /* --render: a stored record to draw again */
	int compare;            /* --compare: the inputs are reports of one event */
	int pretty;             /* --pretty: the record indented */
} options;

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

/* The temporary files being written (a brief and its record), removed if
 * a signal arrives. */
#define OUT_SLOTS 2
static volatile sig_atomic_t have_tmp[OUT_SLOTS];
static char tmp_path[OUT_SLOTS][4096];

static void on_signal(int sig)
{
	for (int i = 0; i < OUT_SLOTS; i++)
		if (have_tmp[i])
			unlink(tmp_path[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void die_usage(const char *msg)
{
	fprintf(stderr, "factbrief: %s\n", msg);
	fputs("Try 'factbrief --help' for more information.\n", stderr);
	exit(2);
}

/* An output file: written to a temporary file in the target folder and
 * renamed into place by out_commit only when complete, so that a failure
 * (or a signal) leaves no partial file and an older file of the same name
 * untouched. "-" is standard output. */
typedef struct outfile {
	const char *path;
	int slot;        /* its tmp_path, or -1 for standard output */
	FILE *f;
} outfile;

static int out_open(outfile *of, int slot, const char *path, char *err, size_t errlen)
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
static void out_abort(outfile *of)
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
static int out_close(outfile *of, char *err, size_t errlen)
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
static int out_commit(outfile *of, char *err, size_t errlen)
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
static int write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
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

/* Is the record written to path (or attached with it) on one line? Yes
 * unless --pretty, or it goes to a terminal. */
static int record_compact(const options *o, const char *path)
{
	return !o->pretty && !(path && strcmp(path, "-") == 0 && isatty(STDOUT_FILENO));
}

/* --render: the brief of an archived record, drawn again without the
 * analysis. The record is attached as stored, so a record written with
 * --json gives the same PDF byte for byte. Returns the exit status. */
static int render_stored(const options *o, const fb_template *tpl, const char *article)
{
	char err[1024] = "", warn[512] = "";
	fb_buf raw = { 0 }, bytes = { 0 };
	fb_record *typed = NULL;
	fb_doc doc = { 0 };
	char *out = NULL, *rec_text = NULL;
	int rc = 2, have_doc = 0;
	if (fb_buf_read_file(&raw, o->render) != 0) {
		fprintf(stderr, "factbrief: %s: cannot read: %s\n", o->render, strerror(errno));
		goto done;
	}
	/* streamed: the record's tree is never held whole */
	int line = 0;
	typed = fb_record_read_text(raw.p, raw.len, &line, err, sizeof err);
	if (!typed && line) {
		fprintf(stderr, "factbrief: %s:%s\n", o->render, err);
		goto done;
	}
	if (!typed) { /* a member of the wrong type, named in err */
		fprintf(stderr, "factbrief: %s: not a valid record: %s\n", o->render, err);
		goto done;
	}
	if (!typed->schema || strcmp(typed->schema, "factbrief.record/1") != 0) {
		fprintf(stderr, "factbrief: %s: not a factbrief.record/1 record\n", o->render);
		goto done;
	}
	if (typed->ndocuments > 0) {
		fprintf(stderr, "factbrief: %s: a record of several reports; run --compare on them again\n", o->render);
		goto done;
	}
	const char *path = article ? article : typed->input.path;
	const char *sha = typed->input.sha256;
	if (!path || strcmp(path, "-") == 0) {
		fprintf(stderr, "factbrief: %s: the record's article came from standard input; give ARTICLE\n", o->render);
		goto done;
	}
	if (fb_doc_read(&doc, path, &o->read, err, sizeof err, warn, sizeof warn) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		goto done;
	}
	have_doc = 1;
	char got[65];
	fb_sha256_hex(doc.buf, doc.len, got);
	if (!sha || strcmp(sha, got) != 0) {
		fprintf(stderr, "factbrief: %s: not the article of record %s (SHA-256 differs)\n", path, o->render);
		goto done;
	}
	rec_text = fb_xstrndup(raw.p ? raw.p : "", raw.len); /* the record as stored, attached as is */
	fb_render_input in = { .record = typed, .article = doc.buf, .article_len = doc.len, .record_json = rec_text };
	out = output_path(o, o->render, 0, o->format == FMT_TEXT ? "txt" : "pdf");
	if (o->format == FMT_TEXT)
		fb_render_text(&in, &bytes);
	else if (fb_render_pdf(&in, tpl, &bytes, err, sizeof err) != 0) {
		fprintf(stderr, "factbrief: %s: %s\n", o->render, err);
		goto done;
	} else if (err[0] && !o->quiet)
		fprintf(stderr, "factbrief: warning: %s: %s\n", o->render, err);
	if (write_atomic(out, bytes.p, bytes.len, err, sizeof err) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		goto done;
	}
	if (o->verbose)
		fprintf(stderr, "factbrief: %s -> %s\n", o->render, strcmp(out, "-") ? out : "standard output");
	rc = 0;
done:
	if (have_doc)
		fb_doc_free(&doc);
	fb_record_free(typed);
	fb_buf_free(&raw);
	fb_buf_free(&bytes);
	free(rec_text);
	free(out);
	return rc;
}

/* --compare: the reports of one event, one brief and one record. The
 * brief is drawn from the record with the joined text's offsets; the
 * record written (and attached) has each report's own. Returns the exit
 * status. */
static int run_compare(const fb_engine *e, const fb_template *tpl, const options *o, char **paths, size_t n)
{
	char err[1024] = "", warn[512] = "";
	fb_doc *docs = fb_xcalloc(n, sizeof *docs);
	int rc = 2;
	fb_result *r = NULL;
	fb_record *typed = NULL;
	char *rec = NULL, *out = NULL;
	fb_buf bytes = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (fb_doc_read(&docs[i], paths[i], &o->read, err, sizeof err, warn, sizeof warn) != 0) {
			fprintf(stderr, "factbrief: %s\n", err);
			goto done;
		}
		if (warn[0] && !o->quiet)
			fprintf(stderr, "factbrief: warning: %s\n", warn);
		warn[0] = '\0';
	}
	fb_record_opts ro = { .title = o->title, .generated = fb_generation_time() };
	r = fb_analyze_reports(e, docs, n, NULL, &ro);
	/* the record written and attached has each report's own offsets */
	fb_record_opts wo = ro;
	wo.report_offsets = 1;
	int compact = record_compact(o, o->format == FMT_PDF ? o->json : o->output ? o->output : "-");
	fb_buf rb = { 0 };
	fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &wo, compact, &rb, NULL,
	    NULL);
	if (compact)
		fb_buf_putc(&rb, '\n');
	rec = rb.p;
	/* the brief is drawn with the joined text's offsets */
	fb_buf jb = { 0 };
	fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, 1, &jb, NULL, NULL);
	fb_result_drop_model(r);
	typed = fb_record_read_text(jb.p, jb.len, NULL, err, sizeof err);
	fb_buf_free(&jb);
	if (!typed) {
		fprintf(stderr, "factbrief: %s: %s\n", paths[0], err);
		goto done;
	}
	fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = rec, .reports = r->doc.rep, .nreports = r->doc.nrep };
	if (o->format == FMT_PDF) {
		out = o->output ? fb_xstrdup(o->output) : output_path(o, paths[0], 0, "compare.pdf");
		if (fb_render_pdf(&in, tpl, &bytes, err, sizeof err) != 0) {
			fprintf(stderr, "factbrief: %s: %s\n", paths[0], err);
			goto done;
		}
		if (err[0] && !o->quiet)
			fprintf(stderr, "factbrief: warning: %s\n", err);
	} else if (o->format == FMT_TEXT) {
		out = output_path(o, paths[0], 0, "txt");
		fb_render_text(&in, &bytes);
	} else {
		out = output_path(o, paths[0], 0, "json");
		fb_buf_puts(&bytes, rec);
	}
	/* the record first: a brief is never left without its record */
	if (o->json && o->format == FMT_PDF && write_atomic(o->json, rec, strlen(rec), err, sizeof err) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		goto done;
	}
	if (write_atomic(out, bytes.p ? bytes.p : "", bytes.len, err, sizeof err) != 0) {
		fprintf(stderr, "factbrief: %s\n", err);
		if (o->json && o->format == FMT_PDF)
			unlink(o->json);
		goto done;
	}
	long long nconf = typed->summary.conflicts;
	if (o->verbose)
		fprintf(stderr, "factbrief: %zu reports: %lld claims, %lld conflicts, %lld for review -> %s\n", n,
		    typed->summary.claims, nconf, typed->summary.review, strcmp(out, "-") ? out : "standard output");
	rc = o->fail_on_conflict && nconf > 0 ? 1 : 0;
done:
	for (size_t i = 0; i < n; i++)
		fb_doc_free(&docs[i]);
	free(docs);
	fb_record_free(typed);
	fb_result_free(r);
	free(rec);
	free(out);
	fb_buf_free(&bytes);
	return rc;
}

/* --jsonl --compare: consecutive lines with the same "event" are the
 * reports of one event, and give one output line: its compact record
 * (offsets per report), or {"event", "line", "error"} when a line of it is
 * bad. With -o FOLDER, the brief too, named after the event. Runs in this
 * process: an event's lines must be analysed together. Returns the worst
 * status. */
/* A JSON line's "id" (a string, or an integer written out in idbuf) and
 * "text", checked as --jsonl takes them. Returns 0, or -1 with err. */
static int jsonl_fields(const json_t *in, size_t max, char idbuf[64], const char **id, const json_t **text,
    char *err, size_t errlen)
{
	const json_t *jid = json_object_get(in, "id");
	*text = json_object_get(in, "text");
	*id = NULL;
	if (json_is_string(jid))
		*id = json_string_value(jid);
	else if (json_is_integer(jid)) {
		snprintf(idbuf, 64, "%lld", (long long)json_integer_value(jid));
		*id = idbuf;
	}
	if (!json_is_object(in))
		snprintf(err, errlen, "not a JSON object");
	else if (!*id)
		snprintf(err, errlen, "\"id\" is missing or not a string or integer");
	else if (!json_is_string(*text))
		snprintf(err, errlen, "\"text\" is missing or not a string");
	else if (json_string_length(*text) > max)
		snprintf(err, errlen, "\"text\" is %zu bytes, over the limit of %zu (see --max-bytes)",
		    json_string_length(*text), max);
	else
		return 0;
	return -1;
}

static char *safe_name(const char *id, size_t lineno);

typedef struct jl_line {
	size_t lineno;
	json_t *obj;
} jl_line;

static void jl_event_key(const json_t *obj, fb_buf *key)
{
	const json_t *ev = json_object_get(obj, "event");
	key->len = 0;
	if (json_is_string(ev))
		fb_buf_printf(key, "s%s", json_string_value(ev));
	else if (json_is_integer(ev))
		fb_buf_printf(key, "i%lld", (long long)json_integer_value(ev));
	fb_buf_putc(key, '\0');
}

static int jl_flush(const fb_engine *e, const fb_template *tpl, const options *o, jl_line *v, size_t n)
{
	if (!n)
		return 0;
	char err[1024] = "", warn[512] = "";
	size_t bad_line = 0;
	const json_t *evj = json_object_get(v[0].obj, "event");
	char *event = json_is_string(evj) ? fb_xstrdup(json_string_value(evj))
	    : json_is_integer(evj) ? fb_xasprintf("%lld", (long long)json_integer_value(evj)) : NULL;
	fb_doc *docs = fb_xcalloc(n, sizeof *docs);
	fb_report_meta *meta = fb_xcalloc(n, sizeof *meta);
	size_t max = o->read.max_bytes ? o->read.max_bytes : FB_DEFAULT_MAX_BYTES;
	for (size_t i = 0; i < n && !err[0]; i++) {
		const json_t *obj = v[i].obj, *text;
		const char *id;
		char idbuf[64];
		bad_line = v[i].lineno;
		if (!event)
			snprintf(err, sizeof err, "\"event\" is missing or not a string or integer");
		else if (jsonl_fields(obj, max, idbuf, &id, &text, err, sizeof err) == 0 &&
		         fb_doc_load(&docs[i], id, json_string_value(text), json_string_length(text),
		             &o->read, err, sizeof err, warn, sizeof warn) == 0) {
			meta[i].outlet = json_string_value(json_object_get(obj, "outlet"));
			meta[i].published = json_string_value(json_object_get(obj, "published"));
			if (warn[0] && !o->quiet)
				fprintf(stderr, "factbrief: warning: stdin:%zu: %s\n", v[i].lineno, warn);
			warn[0] = '\0';
		}
	}
	int rc = 0;
	fb_result *r = NULL;
	char *line = NULL;
	if (!err[0]) {
		fb_record_opts ro = { .title = o->title, .generated = fb_generation_time() };
		r = fb_analyze_reports(e, docs, n, meta, &ro);
		fb_record_opts wo = ro;
		wo.report_offsets = 1;
		wo.event = event;
		fb_buf lb = { 0 };
		fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &wo, 1, &lb, NULL, NULL);
		line = lb.p;
		long long nconf = (long long)json_integer_value(json_object_get(json_object_get(r->record, "summary"), "conflicts"));
		if (tpl) {
			char *full = fb_xasprintf("%s\n", line); /* attached as the line is written */
			fb_buf jb = { 0 }; /* the brief is drawn with the joined text's offsets */
			fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, 1, &jb, NULL,
			    NULL);
			fb_record *typed = fb_record_read_text(jb.p, jb.len, NULL, err, sizeof err);
			fb_buf_free(&jb);
			fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len,
				.record_json = full, .reports = r->doc.rep, .nreports = r->doc.nrep };
			fb_buf bytes = { 0 };
			char *name = safe_name(event, v[0].lineno);
			char *pdf = fb_xasprintf("%s/%s.pdf", o->output, name);
			if (typed && fb_render_pdf(&in, tpl, &bytes, err, sizeof err) == 0)
				err[0] = '\0', write_atomic(pdf, bytes.p ? bytes.p : "", bytes.len, err, sizeof err);
			bad_line = v[0].lineno;
			free(name), free(pdf), free(full);
			fb_buf_free(&bytes);
			fb_record_free(typed);
		}
		if (o->fail_on_conflict && nconf > 0)
			rc = 1;
	}
	if (err[0]) {
		fprintf(stderr, "factbrief: stdin:%zu: %s%s%s\n", bad_line, event ? event : "", event ? ": " : "", err);
		json_t *x = json_object();
		json_object_set_new(x, "event", event ? json_string(event) : json_null());
		json_object_set_new(x, "line", json_integer((json_int_t)bad_line));
		json_object_set_new(x, "error", json_string(err));
		free(line);
		line = json_dumps(x, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(x);
		rc = 2;
	}
	fputs(line ? line : "{}", stdout);
	fputc('\n', stdout);
	free(line);
	fb_result_free(r);
	for (size_t i = 0; i < n; i++)
		fb_doc_free(&docs[i]);
	free(docs), free(meta), free(event);
	return rc;
}

static int run_jsonl_compare(const fb_engine *e, const fb_template *tpl, const options *o)
{
	jl_line *v = NULL;
	size_t n = 0, cap = 0, lineno = 0, linecap = 0;
	char *buf = NULL;
	fb_buf key = { 0 }, cur = { 0 };
	int worst = 0;
	ssize_t got;
	while ((got = getline(&buf, &linecap, stdin)) >= 0) {
		lineno++;
		size_t len = (size_t)got, k = 0;
		while (k < len && fb_isspace((unsigned char)buf[k]))
			k++;
		if (k == len)
			continue; /* blank lines are not reports */
		json_error_t je;
		json_t *obj = json_loadb(buf, len, 0, &je);
		if (!obj) { /* a line that is not JSON: its event is unknown; it ends the one before */
			jl_flush(e, tpl, o, v, n); /* its status is at most 2, which this line gives */
			for (size_t i = 0; i < n; i++)
				json_decref(v[i].obj);
			n = 0;
			cur.len = 0;
			fprintf(stderr, "factbrief: stdin:%zu: not JSON: %s (column %d)\n", lineno, je.text, je.column);
			printf("{\"event\":null,\"line\":%zu,\"error\":\"not JSON\"}\n", lineno);
			worst = 2;
			continue;
		}
		jl_event_key(obj, &key);
		if (n && (cur.len != key.len || memcmp(cur.p, key.p, key.len) != 0)) {
			int rc = jl_flush(e, tpl, o, v, n);
			worst = rc > worst ? rc : worst;
			for (size_t i = 0; i < n; i++)
				json_decref(v[i].obj);
			n = 0;
		}
		cur.len = 0;
		fb_buf_put(&cur, key.p, key.len);
		jl_line *l = FB_PUSH(v, n, cap);
		l->lineno = lineno;
		l->obj = obj;
	}
	int rc = jl_flush(e, tpl, o, v, n);
	worst = rc > worst ? rc : worst;
	for (size_t i = 0; i < n; i++)
		json_decref(v[i].obj);
	free(v), free(buf);
	fb_buf_free(&key), fb_buf_free(&cur);
	return worst;
}

static int list_numbers(const fb_engine *e, fb_doc *doc)
{
	fb_result *r = fb_analyze_numbers(e, doc);
	const fb_qlist *ql = &r->quantities;
	fb_buf out = {0};
	for (size_t i = 0; i < ql->n; i++) {
		json_t *o = fb_quantity_json(&r->doc, &ql->q[i]);
		json_t *full = json_object();
		json_object_set_new(full, "paragraph", json_integer((json_int_t)r->doc.sent[ql->q[i].sent].para + 1));
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
	fb_result_free(r);
	return 0;
}

/* Where an article's messages go: standard error, or a buffer that the
 * batch prints between progress lines (a worker sends it to the parent). */
static fb_buf *msg_sink;

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (msg_sink) {
		char line[2048];
		vsnprintf(line, sizeof line, fmt, ap);
		fb_buf_puts(msg_sink, line);
	} else
		vfprintf(stderr, fmt, ap);
	va_end(ap);
}

/* What one article added to a batch's totals. */
typedef struct counts {
	long long claims, conflicts;
} counts;

/* Processes one article. Returns 0 done, 1 conflicts (when asked), 2 error.
 * Its claims and conflicts go to *cnt. */
static int run_one(const fb_engine *e, const fb_template *tpl, const options *o,
    const char *path, int several, counts *cnt)
{
	char err[1024] = "", warn[512] = "";
	fb_doc doc;
	if (fb_doc_read(&doc, path, &o->read, err, sizeof err, warn, sizeof warn) != 0) {
		say("factbrief: %s\n", err);
		return 2;
	}
	if (warn[0] && !o->quiet)
		say("factbrief: warning: %s\n", warn);
	if (o->list_numbers) {
		int rc = list_numbers(e, &doc);
		fb_doc_free(&doc);
		return rc;
	}
	fb_record_opts ro = { .title = o->title, .generated = fb_generation_time() };
	/* no tree: the record is written as it is made, and a brief is drawn
	 * from the typed record read back from that text */
	fb_result *r = fb_analyze_model(e, &doc);
	fb_record_summary rs = { 0 };
	int rc = 0;
	char *out = NULL, *jsonp = NULL, *rec = NULL;
	fb_record *typed = NULL;
	fb_buf bytes = {0};
	outfile main_of = { 0 }, json_of = { 0 };
	main_of.slot = json_of.slot = -1;
	if (o->format != FMT_JSON) {
		/* The record is written once: attached to the brief, and the
		 * --json file. The brief is drawn from that same text, read into
		 * the typed record element by element once the model is gone: no
		 * tree of the record is ever held. */
		fb_buf rb = { 0 };
		int compact = o->format == FMT_PDF ? record_compact(o, o->json) : 1;
		fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, compact, &rb,
		    NULL, NULL);
		if (compact)
			fb_buf_putc(&rb, '\n');
		rec = rb.p;
		fb_result_drop_model(r);
		if (!(typed = fb_record_read_text(rec, rb.len, NULL, err, sizeof err))) {
			say("factbrief: %s: %s\n", path, err);
			rc = 2;
			goto out;
		}
		if (o->format == FMT_TEXT) {
			free(rec);
			rec = NULL;
		}
		rs.claims = (size_t)typed->summary.claims;
		rs.groups = (size_t)typed->summary.groups;
		rs.conflicts = (size_t)typed->summary.conflicts;
		rs.review = (size_t)typed->summary.review;
	}
	if (o->format == FMT_PDF) {
		fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = rec };
		out = output_path(o, path, several, "pdf");
		if (fb_render_pdf(&in, tpl, &bytes, err, sizeof err) != 0) {
			say("factbrief: %s: %s\n", path, err);
			rc = 2;
			goto out;
		}
		if (err[0] && !o->quiet)
			say("factbrief: warning: %s: %s\n", path, err);
		err[0] = '\0';
	} else if (o->format == FMT_TEXT) {
		fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = NULL };
		out = output_path(o, path, several, "txt");
		fb_render_text(&in, &bytes);
	} else
		out = output_path(o, path, several, "json");
	if (o->json && o->format == FMT_PDF) {
		jsonp = several ? NULL : fb_xstrdup(o->json);
		if (several) {
			char *s = stem(path);
			jsonp = fb_xasprintf("%s/%s.json", o->json, s);
			free(s);
		}
	}
	/* Both files are written in full before either is renamed into place:
	 * a brief and its record go together, or neither is written. */
	int ok = out_open(&main_of, 0, out, err, sizeof err) == 0;
	int compact = record_compact(o, out);
	if (ok && o->format == FMT_JSON) /* written as it is made, never held whole */
		ok = (fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, compact,
		          NULL, main_of.f, &rs) == 0 && (!compact || putc('\n', main_of.f) != EOF)) ||
		     (snprintf(err, sizeof err, "%s: cannot write: %s", out, strerror(errno ? errno : EIO)), 0);
	else if (ok && bytes.len && fwrite(bytes.p, 1, bytes.len, main_of.f) != bytes.len)
		ok = (snprintf(err, sizeof err, "%s: cannot write: %s", out, strerror(errno ? errno : EIO)), 0);
	ok = ok && out_close(&main_of, err, sizeof err) == 0;
	if (ok && jsonp) {
		ok = out_open(&json_of, 1, jsonp, err, sizeof err) == 0;
		if (ok && fwrite(rec, 1, strlen(rec), json_of.f) != strlen(rec))
			ok = (snprintf(err, sizeof err, "%s: cannot write: %s", jsonp, strerror(errno ? errno : EIO)), 0);
		ok = ok && out_close(&json_of, err, sizeof err) == 0;
	}
	ok = ok && (!jsonp || out_commit(&json_of, err, sizeof err) == 0);
	if (ok && out_commit(&main_of, err, sizeof err) != 0) {
		ok = 0;
		if (jsonp)
			unlink(jsonp); /* its brief could not be put in place */
	}
	if (!ok) {
		out_abort(&main_of);
		out_abort(&json_of);
		say("factbrief: %s\n", err);
		rc = 2;
		goto out;
	}
	long long nconf = (long long)rs.conflicts;
	cnt->claims = (long long)rs.claims;
	cnt->conflicts = nconf;
	if (o->verbose)
		say("factbrief: %s: %lld claims, %lld groups, %lld conflicts, %lld for review -> %s%s%s\n",
		    path, (long long)rs.claims, (long long)rs.groups, nconf, (long long)rs.review,
		    strcmp(out, "-") ? out : "standard output", jsonp ? ", " : "", jsonp ? jsonp : "");
	if (o->fail_on_conflict && nconf > 0)
		rc = 1;
out:
	fb_buf_free(&bytes);
	free(out);
	free(jsonp);
	free(rec);
	fb_record_free(typed);
	fb_result_free(r);
	return rc;
}

/* ------------------------------------------------------------------ batch */

/* Many articles: a list of files, or JSON lines on standard input. With
 * -j N, N worker processes share the engine loaded once (fork copies it
 * on write) and each works on one article at a time; the parent hands out
 * the articles, collects the results and the messages, keeps the JSON
 * lines in input order, and draws the progress line. A worker that
 * crashes costs one article, not the batch. */

typedef struct task {
	size_t idx;          /* order of the task in the batch */
	size_t lineno;       /* --jsonl: the line of standard input */
	char *data;          /* the article's path, or the JSON line (owned) */
	size_t len;
} task;

typedef struct source {
	char **paths;        /* files to process */
	size_t n, next;
	FILE *lines;         /* --jsonl: where the lines come from */
	size_t lineno, idx;
	char *line;          /* getline's buffer */
	size_t linecap;
} source;

typedef struct pending {
	size_t idx;
	char *data;
	size_t len;
} pending;

typedef struct batch {
	const options *o;
	const fb_engine *e;
	const fb_template *tpl;
	int several;
	int jsonl;
	size_t total;        /* articles to do, 0 when unknown (--jsonl) */
	size_t done, failed;
	long long claims, conflicts;
	int worst;           /* exit status so far */
	double t0, drawn_at;
	int progress, drawn; /* draw a progress line; one is on the screen */
	pending *pend;       /* --jsonl: results waiting for earlier lines */
	size_t npend, pendcap, emit;
} batch;

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The next task; 0 when there is none left. */
static int next_task(source *s, task *t)
{
	memset(t, 0, sizeof *t);
	if (!s->lines) {
		if (s->next >= s->n)
			return 0;
		t->idx = s->next;
		t->data = fb_xstrdup(s->paths[s->next++]);
		t->len = strlen(t->data);
		return 1;
	}
	ssize_t got;
	while ((got = getline(&s->line, &s->linecap, s->lines)) >= 0) {
		s->lineno++;
		size_t n = (size_t)got;
		while (n && (s->line[n - 1] == '\n' || s->line[n - 1] == '\r'))
			n--;
		size_t k = 0;
		while (k < n && fb_isspace((unsigned char)s->line[k]))
			k++;
		if (k == n)
			continue; /* blank lines are not articles */
		t->idx = s->idx++;
		t->lineno = s->lineno;
		t->data = fb_xstrndup(s->line, n);
		t->len = n;
		return 1;
	}
	return 0;
}

/* A file name made from a record id: letters, digits, '.', '-' and '_'
 * kept, the rest '_', no leading dot, at most 100 bytes; caller frees. */
static char *safe_name(const char *id, size_t lineno)
{
	fb_buf b = { 0 };
	for (const char *p = id ? id : ""; *p && b.len < 100; p++) {
		unsigned char c = (unsigned char)*p;
		int ok = fb_isalnum(c) || c == '-' || c == '_' || (c == '.' && b.len);
		fb_buf_putc(&b, ok ? c : '_');
	}
	if (!b.len || strspn(b.p, "_") == b.len) {
		fb_buf_free(&b);
		return fb_xasprintf("line-%zu", lineno);
	}
	return b.p;
}

/* One JSON line {"id": ..., "text": ...}: its compact record, or an error
 * record, goes to out as one line. Returns like run_one. */
static int jsonl_one(const batch *b, const task *t, fb_buf *out, counts *cnt)
{
	const options *o = b->o;
	char err[1024] = "", warn[512] = "", idbuf[64];
	const char *id = NULL;
	int rc = 0;
	json_error_t jerr;
	json_t *in = json_loadb(t->data, t->len, 0, &jerr);
	const json_t *jtext = NULL;
	size_t max = o->read.max_bytes ? o->read.max_bytes : FB_DEFAULT_MAX_BYTES;
	if (!in)
		snprintf(err, sizeof err, "not JSON: %s (column %d)", jerr.text, jerr.column);
	else
		jsonl_fields(in, max, idbuf, &id, &jtext, err, sizeof err);
	fb_result *r = NULL;
	fb_record_opts rec_opts = { 0 };
	char *pdf = NULL;
	if (!err[0]) {
		fb_doc doc;
		char e2[1024] = "";
		if (fb_doc_load(&doc, id, json_string_value(jtext), json_string_length(jtext), &o->read,
		        e2, sizeof e2, warn, sizeof warn) != 0)
			snprintf(err, sizeof err, "%s", e2);
		else {
			if (warn[0] && !o->quiet)
				say("factbrief: warning: stdin:%zu: %s\n", t->lineno, warn);
			fb_record_opts ro = { .title = o->title, .generated = fb_generation_time() };
			/* no tree: the line and the brief's record are written from the model */
			r = fb_analyze_model(b->e, &doc);
			rec_opts = ro;
		}
	}
	fb_buf line = { 0 };
	fb_record_summary rs = { 0 };
	if (r && b->tpl) { /* -o DIR: the brief too, with the line's record attached */
		fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &rec_opts, 1,
		    &line, NULL, &rs);
		fb_buf_putc(&line, '\n');
		char e2[1024] = "";
		fb_record *typed = fb_record_read_text(line.p, line.len, NULL, e2, sizeof e2);
		fb_render_input ri = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = line.p };
		fb_buf bytes = { 0 };
		char *name = safe_name(id, t->lineno);
		pdf = fb_xasprintf("%s/%s.pdf", o->output, name);
		free(name);
		int bad = !typed || fb_render_pdf(&ri, b->tpl, &bytes, e2, sizeof e2) != 0;
		fb_record_free(typed);
		if (!bad && e2[0] && !o->quiet)
			say("factbrief: warning: stdin:%zu: %s\n", t->lineno, e2);
		if (bad || write_atomic(pdf, bytes.p ? bytes.p : "", bytes.len, e2, sizeof e2) != 0)
			snprintf(err, sizeof err, "%s", e2);
		fb_buf_free(&bytes);
	}
	if (!r && !err[0])
		snprintf(err, sizeof err, "not analysed");
	if (err[0] || !r) {
		say("factbrief: stdin:%zu: %s%s%s\n", t->lineno, id ? id : "", id ? ": " : "", err);
		json_t *e = json_object();
		json_object_set_new(e, "id", id ? json_string(id) : json_null());
		json_object_set_new(e, "line", json_integer((json_int_t)t->lineno));
		json_object_set_new(e, "error", json_string(err));
		char *s = json_dumps(e, JSON_COMPACT | JSON_PRESERVE_ORDER);
		fb_buf_puts(out, s ? s : "{}");
		free(s);
		json_decref(e);
		rc = 2;
	} else {
		if (line.len)
			fb_buf_put(out, line.p, line.len - 1); /* the record attached, without its newline */
		else
			fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &rec_opts, 1,
			    out, NULL, &rs);
		cnt->claims = (long long)rs.claims;
		cnt->conflicts = (long long)rs.conflicts;
		if (o->verbose)
			say("factbrief: stdin:%zu: %s: %lld claims, %lld conflicts%s%s\n", t->lineno, id,
			    cnt->claims, cnt->conflicts, pdf ? " -> " : "", pdf ? pdf : "");
		if (o->fail_on_conflict && cnt->conflicts > 0)
			rc = 1;
	}
	fb_buf_putc(out, '\n');
	fb_buf_free(&line);
	free(pdf);
	fb_result_free(r);
	json_decref(in);
	return rc;
}

/* Runs one task in this process; its messages go to msgs, its JSON line
 * (--jsonl) to out. */
static int do_task(const batch *b, const task *t, fb_buf *out, fb_buf *msgs, counts *cnt)
{
	memset(cnt, 0, sizeof *cnt);
	msg_sink = msgs;
	int rc = b->jsonl ? jsonl_one(b, t, out, cnt) : run_one(b->e, b->tpl, b->o, t->data, b->several, cnt);
	msg_sink = NULL;
	return rc;
}

static void progress_clear(batch *b)
{
	if (b->drawn) {
		fputs("\r\033[K", stderr);
		b->drawn = 0;
	}
}

static void progress_draw(batch *b, int force)
{
	double t = now_s();
	if (!b->progress || (!force && t - b->drawn_at < 0.1))
		return;
	b->drawn_at = t;
	double el = t - b->t0, rate = el > 0 ? b->done / el : 0;
	char eta[48] = "";
	if (b->total && rate > 0 && b->done < b->total) {
		double left = (b->total - b->done) / rate;
		snprintf(eta, sizeof eta, ", ETA %dm%02ds", (int)(left / 60), (int)left % 60);
	}
	char tot[32] = "";
	if (b->total)
		snprintf(tot, sizeof tot, "/%zu", b->total);
	fprintf(stderr, "\r\033[Kfactbrief: %zu%s done, %.1f articles/s%s, %zu failed", b->done, tot, rate, eta, b->failed);
	fflush(stderr);
	b->drawn = 1;
}

/* Writes the JSON lines that are next in input order. */
static void emit_in_order(batch *b)
{
	for (;;) {
		size_t k = 0;
		while (k < b->npend && b->pend[k].idx != b->emit)
			k++;
		if (k == b->npend)
			return;
		fwrite(b->pend[k].data, 1, b->pend[k].len, stdout);
		free(b->pend[k].data);
		b->pend[k] = b->pend[--b->npend];
		b->emit++;
	}
	fflush(stdout);
}

/* Takes in one finished task: messages, totals, the JSON line. */
static void on_result(batch *b, size_t idx, int rc, const counts *c, char *out, size_t outlen,
    const char *msgs, size_t msglen)
{
	if (msglen) {
		progress_clear(b);
		fwrite(msgs, 1, msglen, stderr);
	}
	b->done++;
	if (rc == 2) {
		b->failed++;
		b->worst = 2;
	} else if (rc == 1 && b->worst == 0)
		b->worst = 1;
	b->claims += c->claims;
	b->conflicts += c->conflicts;
	if (b->jsonl) {
		pending *p = FB_PUSH(b->pend, b->npend, b->pendcap);
		p->idx = idx;
		p->data = out;
		p->len = outlen;
		emit_in_order(b);
		if (b->npend == 0)
			fflush(stdout);
	} else
		free(out);
	progress_draw(b, 0);
}

/* A task that never came back (its worker died). */
static void on_lost(batch *b, const task *t, const char *why)
{
	fb_buf msg = { 0 }, out = { 0 };
	counts c = { 0, 0 };
	if (b->jsonl) {
		fb_buf_printf(&msg, "factbrief: stdin:%zu: %s\n", t->lineno, why);
		fb_buf_printf(&out, "{\"id\":null,\"line\":%zu,\"error\":\"%s\"}\n", t->lineno, why);
	} else
		fb_buf_printf(&msg, "factbrief: %s: %s\n", t->data, why);
	on_result(b, t->idx, 2, &c, out.p ? out.p : fb_xstrdup(""), out.len, msg.p, msg.len);
	fb_buf_free(&msg);
}

/* Messages between the parent and a worker, over a socket pair. */
typedef struct task_head {
	uint64_t idx, lineno, len;
} task_head;

typedef struct result_head {
	uint64_t idx;
	int64_t rc, claims, conflicts;
	uint64_t outlen, msglen;
} result_head;

static int send_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t w = send(fd, c, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

static int recv_all(int fd, void *p, size_t n)
{
	char *c = p;
	while (n) {
		ssize_t r = read(fd, c, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		c += r;
		n -= (size_t)r;
	}
	return 0;
}

typedef struct worker {
	pid_t pid;           /* 0: not running */
	int fd;              /* the parent's end of the socket pair, -1 when closed */
	int busy;
	task t;              /* the task it holds */
} worker;

/* A worker's life: read a task, do it, send the result back; ends when the
 * parent closes the socket. */
static void worker_main(const batch *b, int fd)
{
	for (;;) {
		task_head h;
		if (recv_all(fd, &h, sizeof h) != 0)
			_exit(0);
		task t = { (size_t)h.idx, (size_t)h.lineno, fb_xmalloc((size_t)h.len + 1), (size_t)h.len };
		if (recv_all(fd, t.data, t.len) != 0)
			_exit(0);
		t.data[t.len] = '\0';
		fb_buf out = { 0 }, msgs = { 0 };
		counts c;
		int rc = do_task(b, &t, &out, &msgs, &c);
		result_head r = { h.idx, rc, c.claims, c.conflicts, out.len, msgs.len };
		if (send_all(fd, &r, sizeof r) != 0 || send_all(fd, out.p ? out.p : "", out.len) != 0 ||
		    send_all(fd, msgs.p ? msgs.p : "", msgs.len) != 0)
			_exit(2);
		fb_buf_free(&out);
		fb_buf_free(&msgs);
		free(t.data);
	}
}

/* Starts worker w; the others' sockets are closed in the child so that
 * each worker sees the end of its own. Returns 0, or -1. */
static int worker_start(const batch *b, worker *all, size_t n, worker *w)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	if (pid == 0) {
		/* no worker outlives a parent killed by a signal: it would
		 * write outputs after the user stopped the batch */
		if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
			_exit(2);
		close(sv[0]);
		for (size_t i = 0; i < n; i++)
			if (all[i].fd >= 0)
				close(all[i].fd);
		worker_main(b, sv[1]);
		_exit(0);
	}
	close(sv[1]);
	w->pid = pid;
	w->fd = sv[0];
	w->busy = 0;
	return 0;
}

/* Why worker w is gone, for the message; reaps it. */
static void worker_reap(worker *w, char *why, size_t n)
{
	int st = 0;
	if (w->fd >= 0)
		close(w->fd);
	w->fd = -1;
	if (w->pid > 0 && waitpid(w->pid, &st, 0) > 0 && WIFSIGNALED(st))
		snprintf(why, n, "failed: its worker was killed by signal %d (%s)", WTERMSIG(st), strsignal(WTERMSIG(st)));
	else
		snprintf(why, n, "failed: its worker stopped (exit status %d)", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	w->pid = 0;
	w->busy = 0;
}

/* Hands task t to w (starting it when needed). Returns 0, or -1 with the
 * task reported lost. */
static int worker_give(batch *b, worker *all, size_t n, worker *w, task *t)
{
	if (!w->pid && worker_start(b, all, n, w) != 0) {
		on_lost(b, t, "failed: cannot start a worker");
		free(t->data);
		return -1;
	}
	task_head h = { t->idx, t->lineno, t->len };
	if (send_all(w->fd, &h, sizeof h) != 0 || send_all(w->fd, t->data, t->len) != 0) {
		char why[160];
		worker_reap(w, why, sizeof why);
		on_lost(b, t, why);
		free(t->data);
		return -1;
	}
	w->t = *t;
	w->busy = 1;
	return 0;
}

/* Runs every task of src on `jobs` worker processes. */
static void run_pool(batch *b, source *src, size_t jobs)
{
	worker *w = fb_xcalloc(jobs, sizeof *w);
	for (size_t i = 0; i < jobs; i++)
		w[i].fd = -1;
	int more = 1;
	for (size_t i = 0; i < jobs && more; i++) {
		task t;
		if (!(more = next_task(src, &t)))
			break;
		worker_give(b, w, jobs, &w[i], &t);
	}
	struct pollfd *pf = fb_xcalloc(jobs, sizeof *pf);
	for (;;) {
		size_t np = 0;
		for (size_t i = 0; i < jobs; i++)
			if (w[i].busy) {
				pf[np].fd = w[i].fd;
				pf[np].events = POLLIN;
				pf[np].revents = 0;
				np++;
			}
		if (np == 0) {
			task t;
			if (!more || !(more = next_task(src, &t)))
				break;
			worker_give(b, w, jobs, &w[0], &t); /* every worker was lost */
			continue;
		}
		if (poll(pf, np, 1000) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		progress_draw(b, 0);
		for (size_t i = 0, k = 0; i < jobs; i++) {
			if (!w[i].busy)
				continue;
			short ev = pf[k++].revents;
			if (!ev)
				continue;
			result_head r;
			char *out = NULL, *msgs = NULL;
			if (recv_all(w[i].fd, &r, sizeof r) == 0 && r.outlen < ((uint64_t)1 << 40) && r.msglen < ((uint64_t)1 << 30)) {
				out = fb_xmalloc((size_t)r.outlen + 1);
				msgs = fb_xmalloc((size_t)r.msglen + 1);
				if (recv_all(w[i].fd, out, (size_t)r.outlen) != 0 || recv_all(w[i].fd, msgs, (size_t)r.msglen) != 0) {
					free(out);
					free(msgs);
					out = msgs = NULL;
				}
			}
			task done = w[i].t;
			if (out) {
				counts c = { r.claims, r.conflicts };
				w[i].busy = 0;
				on_result(b, done.idx, (int)r.rc, &c, out, (size_t)r.outlen, msgs, (size_t)r.msglen);
				free(msgs);
			} else {
				char why[160];
				worker_reap(&w[i], why, sizeof why);
				on_lost(b, &done, why);
			}
			free(done.data);
			task t;
			if (more && (more = next_task(src, &t)))
				worker_give(b, w, jobs, &w[i], &t);
		}
	}
	for (size_t i = 0; i < jobs; i++)
		if (w[i].pid) {
			close(w[i].fd);
			waitpid(w[i].pid, NULL, 0);
		}
	free(pf);
	free(w);
}

/* Runs every task of src here, one after the other. */
static void run_here(batch *b, source *src)
{
	task t;
	while (next_task(src, &t)) {
		fb_buf out = { 0 }, msgs = { 0 };
		counts c;
		int rc = do_task(b, &t, &out, &msgs, &c);
		on_result(b, t.idx, rc, &c, out.p ? out.p : fb_xstrdup(""), out.len, msgs.p, msgs.len);
		fb_buf_free(&msgs);
		free(t.data);
	}
}

/* How many workers -j means by default: the processors we may run on. */
static size_t default_jobs(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
		return (size_t)CPU_COUNT(&set);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (size_t)n : 1;
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

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C");
	options o = { .format = FMT_PDF };
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
		case OPT_PDFA:
			if (strcmp(optarg, "1b") == 0) o.pdfa = FB_PDFA_1B + 1;
			else if (strcmp(optarg, "3b") == 0) o.pdfa = FB_PDFA_3B + 1;
			else if (strcmp(optarg, "none") == 0) o.pdfa = FB_PDFA_NONE + 1;
			else die_usage("--pdfa takes 1b, 3b or none");
			break;
		case 'j': {
			char *end;
			errno = 0;
			long v = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || v < 0 || v > 1024)
				die_usage("--jobs takes a number of worker processes (0 to 1024)");
			o.jobs = (size_t)v;
			break;
		}
		case OPT_JSONL: o.jsonl = 1; break;
		case OPT_RENDER: o.render = optarg; break;
		case OPT_COMPARE: o.compare = 1; break;
		case OPT_PRETTY: o.pretty = 1; break;
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
	if (o.render) {
		if (nin > 1)
			die_usage("--render takes one RECORD and at most one ARTICLE");
		if (o.jsonl || o.list_numbers || o.json || o.format == FMT_JSON)
			die_usage("--render draws a brief or a text summary; it does not go with --jsonl, --list-numbers, --json or -f json");
		if (o.output && is_dir(o.output))
			die_usage("with --render, -o names a file");
		fb_template *rt = NULL;
		if (o.format == FMT_PDF) {
			char rerr[1024];
			char *tp = o.template ? fb_xstrdup(o.template) : fb_datapath("templates/brief");
			rt = fb_template_load(tp, rerr, sizeof rerr);
			free(tp);
			if (!rt) {
				fprintf(stderr, "factbrief: %s\n", rerr);
				return 2;
			}
			if (o.pdfa)
				rt->pdfa = (enum fb_pdfa)(o.pdfa - 1);
		}
		int rrc = render_stored(&o, rt, nin ? argv[optind] : NULL);
		fb_template_free(rt);
		return rrc;
	}
	if (o.compare) {
		if (o.jsonl && nin > 0)
			die_usage("--jsonl reads standard input; give no ARTICLE");
		if (o.jsonl && o.output && !is_dir(o.output))
			die_usage("with --jsonl, -o must name an existing folder (for the PDFs)");
		if (o.jsonl && o.json)
			die_usage("with --jsonl, the records go to standard output; --json is not needed");
		if (!o.jsonl && nin < 2)
			die_usage("--compare needs two reports or more");
		if (o.list_numbers)
			die_usage("--compare does not go with --list-numbers");
		if (!o.jsonl && ((o.output && is_dir(o.output)) || (o.json && is_dir(o.json))))
			die_usage("with --compare, -o and --json name files");
		for (int i = optind; i < argc; i++)
			if (is_dir(argv[i])) {
				fprintf(stderr, "factbrief: %s: is a folder; --compare takes report files\n", argv[i]);
				return 2;
			}
		char cerr[1024] = "";
		fb_engine *ce = fb_engine_new(cerr, sizeof cerr);
		fb_template *ct = NULL;
		if (ce && (o.jsonl ? o.output != NULL : o.format == FMT_PDF)) {
			char *tp = o.template ? fb_xstrdup(o.template) : fb_datapath("templates/brief");
			ct = fb_template_load(tp, cerr, sizeof cerr);
			free(tp);
			if (ct && o.pdfa)
				ct->pdfa = (enum fb_pdfa)(o.pdfa - 1);
		}
		int crc = 2;
		if (!ce || (o.jsonl ? o.output != NULL : o.format == FMT_PDF) != (ct != NULL))
			fprintf(stderr, "factbrief: %s\n", cerr);
		else if (o.jsonl)
			crc = run_jsonl_compare(ce, ct, &o);
		else
			crc = run_compare(ce, ct, &o, argv + optind, (size_t)nin);
		fb_template_free(ct);
		fb_engine_free(ce);
		return crc;
	}
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
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGXFSZ, SIG_IGN); /* over ulimit -f a write fails (EFBIG) and we clean up */

	char err[1024] = "";
	fb_engine *e = fb_engine_new(err, sizeof err);
	if (!e) {
		fprintf(stderr, "factbrief: %s\n", err);
		return 2;
	}
	fb_template *tpl = NULL;
	if ((o.jsonl && o.output) || (!o.jsonl && o.format == FMT_PDF && !o.list_numbers)) {
		char *tp = o.template ? fb_xstrdup(o.template) : fb_datapath("templates/brief");
		tpl = fb_template_load(tp, err, sizeof err);
		free(tp);
		if (!tpl) {
			fprintf(stderr, "factbrief: %s\n", err);
			fb_engine_free(e);
			for (size_t i = 0; i < in.n; i++)
				free(in.v[i]);
			free(in.v);
			return 2;
		}
		if (o.pdfa)
			tpl->pdfa = (enum fb_pdfa)(o.pdfa - 1);
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
