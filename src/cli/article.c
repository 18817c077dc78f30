/* article.c - one article: read, analysed, its record, brief or summary
 * written; --list-numbers; --render, a brief drawn again from a stored
 * record. Messages go through say(). */
#include "cli.h"

#include <errno.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compare.h"
#include "record.h"
#include "record_read.h"
#include "render.h"

/* --render: the brief of an archived record, drawn again without the
 * analysis. The record is attached as stored, so a record written with
 * --json gives the same PDF byte for byte. Returns the exit status. */
int render_stored(const options *o, const fb_template *tpl, const char *article)
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

fb_buf *msg_sink;

void say(const char *fmt, ...)
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


/* Processes one article. Returns 0 done, 1 conflicts (when asked), 2 error.
 * Its claims and conflicts go to *cnt. */
int run_one(const fb_engine *e, const fb_template *tpl, const options *o,
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
	char *out = NULL, *jsonp = NULL;
	fb_record *typed = NULL;
	fb_buf bytes = {0};
	outfile main_of = { 0 }, json_of = { 0 };
	main_of.slot = json_of.slot = -1;
	if (o->json && o->format == FMT_PDF) {
		jsonp = several ? NULL : fb_xstrdup(o->json);
		if (several) {
			char *s = stem(path);
			jsonp = fb_xasprintf("%s/%s.json", o->json, s);
			free(s);
		}
	}
	out = output_path(o, path, several, o->format == FMT_PDF ? "pdf" : o->format == FMT_TEXT ? "txt" : "json");
	fb_map map = { 0 };
	FILE *tmp = NULL;
	fb_buf packed = { 0 };
	if (o->format != FMT_JSON) {
		/* The record is written once, as it is made, into the --json
		 * file (or a temporary one). Then the model goes, and the text,
		 * mapped, is packed for the brief's attachment and read into the
		 * typed record, its pages let go behind the reader: neither a
		 * tree of the record nor its whole text is held while the brief
		 * is drawn. */
		int compact = o->format == FMT_PDF ? record_compact(o, o->json) : 1;
		/* (a temporary file is named after the output it is for) */
		const char *rpath = jsonp && strcmp(jsonp, "-") != 0 ? jsonp : out;
		FILE *rf = NULL;
		if (jsonp && strcmp(jsonp, "-") != 0) {
			if (out_open(&json_of, 1, jsonp, err, sizeof err) != 0)
				goto fail;
			rf = json_of.f;
		} else if (!(rf = tmp = scratch_file(out))) {
			snprintf(err, sizeof err, "%s: cannot make a temporary file for its record: %s", out, strerror(errno));
			goto fail;
		}
		if (fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, compact, NULL,
		        rf, NULL) != 0 || (compact && putc('\n', rf) == EOF) || fflush(rf) != 0) {
			snprintf(err, sizeof err, "%s: cannot write: %s", rpath, strerror(errno ? errno : EIO));
			goto fail;
		}
		fb_result_drop_model(r);
		malloc_trim(0); /* the model's pages back to the system before the text is mapped */
		if (map_file(&map, rf, err, sizeof err) != 0)
			goto fail;
		if (o->format == FMT_PDF && tpl->pdfa != FB_PDFA_NONE) {
			if (fb_render_pack_record(map.p, map.len, &packed, map_let_go_fn, &map) != 0) {
				snprintf(err, sizeof err, "cannot compress the record for the brief");
				goto fail;
			}
			map_let_go(&map, map.len);
		}
		if (!(typed = fb_record_read_text_behind(map.p, map.len, NULL, err, sizeof err, map_let_go_fn, &map))) {
			say("factbrief: %s: %s\n", path, err);
			rc = 2;
			goto out;
		}
		map_let_go(&map, map.len);
		rs.claims = (size_t)typed->summary.claims;
		rs.groups = (size_t)typed->summary.groups;
		rs.conflicts = (size_t)typed->summary.conflicts;
		rs.review = (size_t)typed->summary.review;
	}
	if (o->format == FMT_PDF) {
		fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len,
			.record_z = packed.p, .record_zlen = packed.len, .record_len = map.len };
		/* the brief goes to its file as libharu writes it, not held
		 * whole first */
		if (out_open(&main_of, 0, out, err, sizeof err) != 0)
			goto fail;
		if (fb_render_pdf_file(&in, tpl, main_of.f, err, sizeof err) != 0) {
			if (ferror(main_of.f))
				snprintf(err, sizeof err, "%s: cannot write: %s", strcmp(out, "-") ? out : "standard output",
				    strerror(errno ? errno : EIO));
			out_abort(&main_of);
			say("factbrief: %s: %s\n", path, err);
			rc = 2;
			goto out;
		}
		if (err[0] && !o->quiet)
			say("factbrief: warning: %s: %s\n", path, err);
		err[0] = '\0';
	} else if (o->format == FMT_TEXT) {
		fb_render_input in = { .record = typed, .article = r->doc.buf, .article_len = r->doc.len, .record_json = NULL };
		fb_render_text(&in, &bytes);
	}
	/* Both files are written in full before either is renamed into place:
	 * a brief and its record go together, or neither is written. */
	int ok = main_of.f || out_open(&main_of, 0, out, err, sizeof err) == 0;
	int compact = record_compact(o, out);
	if (ok && o->format == FMT_JSON) /* written as it is made, never held whole */
		ok = (fb_record_write(&r->doc, &r->quantities, r->attribution, r->claims, r->alignment, &ro, compact,
		          NULL, main_of.f, &rs) == 0 && (!compact || putc('\n', main_of.f) != EOF)) ||
		     (snprintf(err, sizeof err, "%s: cannot write: %s", out, strerror(errno ? errno : EIO)), 0);
	else if (ok && bytes.len && fwrite(bytes.p, 1, bytes.len, main_of.f) != bytes.len)
		ok = (snprintf(err, sizeof err, "%s: cannot write: %s", out, strerror(errno ? errno : EIO)), 0);
	ok = ok && out_close(&main_of, err, sizeof err) == 0;
	if (ok && jsonp && !json_of.f) /* standard output: the record from its temporary file */
		ok = map_copy(&map, stdout, err, sizeof err) == 0;
	if (ok && jsonp && json_of.f)
		ok = out_close(&json_of, err, sizeof err) == 0;
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
	if (rc == 2) {
		out_abort(&main_of);
		out_abort(&json_of);
	}
	map_free(&map);
	if (tmp)
		fclose(tmp);
	fb_buf_free(&packed);
	fb_buf_free(&bytes);
	free(out);
	free(jsonp);
	fb_record_free(typed);
	fb_result_free(r);
	return rc;
fail:
	say("factbrief: %s\n", err);
	rc = 2;
	goto out;
}
