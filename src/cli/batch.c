/* batch.c - many articles: a list of files or JSON lines, in worker
 * processes that share the engine loaded once, results in input order,
 * a progress line on a terminal. */
#define _GNU_SOURCE /* sched_getaffinity, MSG_NOSIGNAL */
#include "cli.h"

#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "record.h"
#include "record_read.h"
#include "render.h"

/* Many articles: a list of files, or JSON lines on standard input. With
 * -j N, N worker processes share the engine loaded once (fork copies it
 * on write) and each works on one article at a time; the parent hands out
 * the articles, collects the results and the messages, keeps the JSON
 * lines in input order, and draws the progress line. A worker that
 * crashes costs one article, not the batch. */





double now_s(void)
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
char *safe_name(const char *id, size_t lineno)
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

void progress_clear(batch *b)
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
void run_pool(batch *b, source *src, size_t jobs)
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
void run_here(batch *b, source *src)
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
size_t default_jobs(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
		return (size_t)CPU_COUNT(&set);
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (size_t)n : 1;
}
