/* compare.c - --compare: several reports of one event analysed together,
 * one record and one brief; with --jsonl, consecutive lines of one event. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compare.h"
#include "record.h"
#include "record_read.h"
#include "render.h"

/* --compare: the reports of one event, one brief and one record. The
 * brief is drawn from the record with the joined text's offsets; the
 * record written (and attached) has each report's own. Returns the exit
 * status. */
int run_compare(const fb_engine *e, const fb_template *tpl, const options *o, char **paths, size_t n)
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

/* A JSON line's "id" (a string, or an integer written out in idbuf) and
 * "text", checked as --jsonl takes them. Returns 0, or -1 with err. */
int jsonl_fields(const json_t *in, size_t max, char idbuf[64], const char **id, const json_t **text,
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

/* --jsonl --compare: consecutive lines with the same "event" are the
 * reports of one event, and give one output line: its compact record
 * (offsets per report), or {"event", "line", "error"} when a line of it is
 * bad. With -o FOLDER, the brief too, named after the event. Runs in this
 * process: an event's lines must be analysed together. Returns the worst
 * status. */
int run_jsonl_compare(const fb_engine *e, const fb_template *tpl, const options *o)
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
