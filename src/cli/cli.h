/* cli.h - the factbrief command's own parts, shared by its files: the
 * options (main.c), output files written whole or not at all (output.c),
 * one article (article.c), reports of one event (compare.c) and batches
 * in worker processes (batch.c). Nothing here is in the library. */
#ifndef FB_CLI_H
#define FB_CLI_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "factbrief.h"
#include "segment.h"
#include "template.h"
#include "util.h"

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

/* ------------------------------------------- output files (output.c) */

/* An output file: written to a temporary file in the target folder and
 * renamed into place by out_commit only when complete, so that a failure
 * (or a signal) leaves no partial file and an older file of the same name
 * untouched. "-" is standard output. */
typedef struct outfile {
	const char *path;
	int slot;        /* its tmp_path, or -1 for standard output */
	FILE *f;
} outfile;

/* Installs the handlers: on SIGINT/SIGTERM the temporary files being
 * written are removed and the process dies of the signal; SIGXFSZ is
 * ignored so that a write over ulimit -f fails and is cleaned up. */
void out_catch_signals(void);

int out_open(outfile *of, int slot, const char *path, char *err, size_t errlen);

/* Removes the temporary file (nothing is left of the output). */
void out_abort(outfile *of);

/* Flushes and closes the file: every byte is on disk, or -1 with err (and
 * the temporary file removed). */
int out_close(outfile *of, char *err, size_t errlen);

/* Renames the closed temporary file into place. */
int out_commit(outfile *of, char *err, size_t errlen);

/* Writes data to path atomically (out_open, out_close, out_commit).
 * Returns 0, or -1 with err. */
int write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

/* The article's name for output files: its base name without extension. */
char *stem(const char *path);

/* Is p an existing folder? */
int is_dir(const char *p);

/* Where the main output of article `path` goes; caller frees. */
char *output_path(const options *o, const char *path, int several, const char *ext);

/* Is the record written to path (or attached with it) on one line? Yes
 * unless --pretty, or it goes to a terminal. */
int record_compact(const options *o, const char *path);

/* A file written and then mapped to be read, whose pages can be let go
 * as they are read: a large record is never held whole. */
typedef struct fb_map {
	const char *p;
	size_t len;
} fb_map;

/* Maps what f holds (flushed; read from its start). Returns 0, or -1 with
 * err. An empty file maps to "" with len 0. */
int map_file(fb_map *m, FILE *f, char *err, size_t errlen);

/* Lets the pages of m->p[0,n) go: they are read again from the file if
 * looked at. map_let_go_fn is the same as an fb_read_behind_fn. */
void map_let_go(fb_map *m, size_t n);
void map_let_go_fn(void *m, size_t n);

/* Writes the mapped bytes to out, letting them go behind; flushes out.
 * Returns 0, or -1 with err. */
int map_copy(fb_map *m, FILE *out, char *err, size_t errlen);

/* A scratch file, already unlinked: in the folder of the output near
 * (which is being written anyway), else the system's temporary folder.
 * NULL with errno set. */
FILE *scratch_file(const char *near);

/* Unmaps; an unmapped fb_map does nothing. */
void map_free(fb_map *m);

/* ------------------------------------------- one article (article.c) */

/* What one article added to a batch's totals. */
typedef struct counts {
	long long claims, conflicts;
} counts;

/* Where an article's messages go: standard error, or a buffer that the
 * batch prints between progress lines (a worker sends it to the parent). */
extern fb_buf *msg_sink;

void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Processes one article. Returns 0 done, 1 conflicts (when asked), 2 error.
 * Its claims and conflicts go to *cnt. */
int run_one(const fb_engine *e, const fb_template *tpl, const options *o,
    const char *path, int several, counts *cnt);

/* --render: the brief of an archived record, drawn again without the
 * analysis. The record is attached as stored, so a record written with
 * --json gives the same PDF byte for byte. Returns the exit status. */
int render_stored(const options *o, const fb_template *tpl, const char *article);

/* ---------------------------------- reports of one event (compare.c) */

/* --compare: the reports of one event, one brief and one record. The
 * brief is drawn from the record with the joined text's offsets; the
 * record written (and attached) has each report's own. Returns the exit
 * status. */
int run_compare(const fb_engine *e, const fb_template *tpl, const options *o, char **paths, size_t n);

/* --jsonl --compare: consecutive lines with the same "event" are the
 * reports of one event, and give one output line: its compact record
 * (offsets per report), or {"event", "line", "error"} when a line of it is
 * bad. With -o FOLDER, the brief too, named after the event. Runs in this
 * process: an event's lines must be analysed together. Returns the worst
 * status. */
int run_jsonl_compare(const fb_engine *e, const fb_template *tpl, const options *o);

/* A JSON line's "id" (a string, or an integer written out in idbuf) and
 * "text", checked as --jsonl takes them. Returns 0, or -1 with err. */
int jsonl_fields(const json_t *in, size_t max, char idbuf[64], const char **id, const json_t **text,
    char *err, size_t errlen);

/* ------------------------------------------------- batches (batch.c) */

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

/* Runs every task of src on `jobs` worker processes. */
void run_pool(batch *b, source *src, size_t jobs);

/* Runs every task of src here, one after the other. */
void run_here(batch *b, source *src);

/* How many workers -j means by default: the processors we may run on. */
size_t default_jobs(void);

/* Wipes the progress line, if one is on the screen. */
void progress_clear(batch *b);

/* Seconds on the monotonic clock. */
double now_s(void);

/* A file name made from a record id: letters, digits, '.', '-' and '_'
 * kept, the rest '_', no leading dot, at most 100 bytes; caller frees. */
char *safe_name(const char *id, size_t lineno);

#endif
