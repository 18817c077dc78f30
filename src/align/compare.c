/* compare.c - several reports of one event as one document (see
 * compare.h): header lines, joining, pairs across reports, and the
 * record's `documents`. */
#include "compare.h"

#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"

/* ---------------------------------------------------------------- headers */

/* Is line s[0,n) "Key: value" with Key one of keys (case-insensitive)?
 * Returns the value's offset in s, or 0. */
static size_t header_value(const char *s, size_t n, const char *key)
{
	size_t k = strlen(key);
	if (n <= k + 1 || strncasecmp(s, key, k) != 0 || s[k] != ':')
		return 0;
	return k + 1;
}

static char *trimmed(const char *s, size_t n)
{
	while (n && fb_isspace((unsigned char)*s))
		s++, n--;
	while (n && fb_isspace((unsigned char)s[n - 1]))
		n--;
	return n ? fb_xstrndup(s, n) : NULL;
}

void fb_report_headers(char *buf, size_t len, char **outlet, char **published)
{
	*outlet = *published = NULL;
	size_t i = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len) {
		size_t le = i;
		while (le < len && buf[le] != '\n' && buf[le] != '\r')
			le++;
		size_t v;
		char **slot = NULL;
		if ((v = header_value(buf + i, le - i, "source")) || (v = header_value(buf + i, le - i, "outlet")))
			slot = outlet;
		else if ((v = header_value(buf + i, le - i, "date")))
			slot = published;
		if (!slot)
			break; /* the first other line ends the header */
		char *val = trimmed(buf + i + v, le - i - v);
		if (!val || *slot) { /* empty, or said twice: not a header */
			free(val);
			break;
		}
		*slot = val;
		memset(buf + i, ' ', le - i);
		i = le;
		while (i < len && (buf[i] == '\n' || buf[i] == '\r'))
			i++;
	}
}

/* ---------------------------------------------------------------- joining */

void fb_doc_join(const fb_segmenter *sg, fb_doc *reports, size_t n, const fb_report_meta *meta, fb_doc *out)
{
	memset(out, 0, sizeof *out);
	fb_buf b = { 0 };
	size_t pcap = 0, scap = 0;
	out->rep = fb_xcalloc(n ? n : 1, sizeof *out->rep);
	out->nrep = n;
	for (size_t i = 0; i < n; i++) {
		fb_doc *d = &reports[i];
		fb_report *r = &out->rep[i];
		r->path = d->path, d->path = NULL;
		r->orig = fb_xstrndup(d->buf, d->len);
		r->origlen = d->len;
		fb_report_headers(d->buf, d->len, &r->outlet, &r->published);
		if (meta && meta[i].outlet)
			free(r->outlet), r->outlet = fb_xstrdup(meta[i].outlet);
		if (meta && meta[i].published)
			free(r->published), r->published = fb_xstrdup(meta[i].published);
		fb_segment(sg, d);
		if (i)
			fb_buf_puts(&b, "\n\n");
		r->start = b.len;
		fb_buf_put(&b, d->buf, d->len);
		r->end = b.len;
		size_t p0 = out->npara, s0 = out->nsent;
		for (size_t k = 0; k < d->npara; k++) {
			fb_para *p = FB_PUSH(out->para, out->npara, pcap);
			*p = d->para[k];
			p->start += r->start, p->end += r->start;
			p->first_sent += s0;
		}
		for (size_t k = 0; k < d->nsent; k++) {
			fb_sent *st = FB_PUSH(out->sent, out->nsent, scap);
			*st = d->sent[k];
			st->start += r->start, st->end += r->start;
			st->para += p0;
		}
		fb_doc_free(d);
	}
	fb_buf_putc(&b, '\0');
	out->len = b.len - 1;
	out->buf = b.p;
	out->path = fb_xstrdup(n ? out->rep[0].path : "-");
}

size_t fb_doc_report_of(const fb_doc *doc, size_t pos)
{
	size_t lo = 0, hi = doc->nrep;
	while (hi - lo > 1) { /* the last report that starts at or before pos */
		size_t mid = lo + (hi - lo) / 2;
		if (doc->rep[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* ------------------------------------------------------------------ pairs */

static const char *report_name(const fb_doc *doc, size_t i)
{
	return doc->rep[i].outlet ? doc->rep[i].outlet : doc->rep[i].path;
}

void fb_compare_pairs(const fb_doc *doc, const fb_claims *c, fb_alignment *al)
{
	if (!doc->nrep || !al)
		return;
	for (size_t gi = 0; gi < al->ng; gi++) {
		fb_group *g = &al->g[gi];
		int was_conflict = g->status == FB_ST_CONFLICT, conflict = 0, changed = 0;
		for (size_t k = 0; k < g->npairs; k++) {
			fb_pair *p = &g->pairs[k];
			size_t da = fb_doc_report_of(doc, c->c[p->a].start), db = fb_doc_report_of(doc, c->c[p->b].start);
			if (da != db) {
				const fb_report *ra = &doc->rep[da], *rb = &doc->rep[db];
				char *why;
				if (!p->review && ra->published && rb->published && strcmp(ra->published, rb->published) != 0) {
					p->review = 1, changed = 1;
					why = fb_xasprintf("%s; across reports: D%zu (%s, %s) vs D%zu (%s, %s): reported at "
					                   "different times, a later figure may update an earlier one",
					    p->reason ? p->reason : "", da + 1, report_name(doc, da), ra->published,
					    db + 1, report_name(doc, db), rb->published);
				} else
					why = fb_xasprintf("%s; across reports: D%zu (%s) vs D%zu (%s)", p->reason ? p->reason : "",
					    da + 1, report_name(doc, da), db + 1, report_name(doc, db));
				free(p->reason);
				p->reason = why;
			}
			conflict |= !p->review;
		}
		if (!changed || !was_conflict || conflict)
			continue;
		g->status = FB_ST_REVIEW; /* every pair is now a review item */
		char *at = g->summary ? strstr(g->summary, " in conflict") : NULL;
		if (at) {
			char *s = fb_xasprintf("%.*s to review%s", (int)(at - g->summary), g->summary, at + strlen(" in conflict"));
			free(g->summary);
			g->summary = s;
		}
		for (size_t k = 0; k < g->nclaims; k++)
			if (al->claim_status[g->claims[k]] == FB_ST_CONFLICT)
				al->claim_status[g->claims[k]] = FB_ST_REVIEW;
	}
}

/* ----------------------------------------------------------------- record */

static json_t *doc_id(size_t i)
{
	char id[24];
	snprintf(id, sizeof id, "D%zu", i + 1);
	return json_string(id);
}

/* The report an object with "start" lies in. */
static size_t report_of_obj(const fb_doc *doc, const json_t *o)
{
	json_int_t s = json_integer_value(json_object_get(o, "start"));
	return fb_doc_report_of(doc, s > 0 ? (size_t)s : 0);
}

/* Sets "document" on each object of arr (by its "start"). */
static void mark_documents(json_t *arr, const fb_doc *doc)
{
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o)
		json_object_set_new(o, "document", doc_id(report_of_obj(doc, o)));
}

/* The first paragraph of report i that is not site furniture, folded to
 * one line, as its title. */
static json_t *report_title(const json_t *paras, const fb_doc *doc, size_t ri)
{
	size_t i;
	const json_t *p;
	json_array_foreach(paras, i, p) {
		if (report_of_obj(doc, p) != ri || json_is_true(json_object_get(p, "boilerplate")))
			continue;
		size_t a = (size_t)json_integer_value(json_object_get(p, "start"));
		size_t b = (size_t)json_integer_value(json_object_get(p, "end"));
		char *t = fb_fold_text(doc->buf + a, b - a < 160 ? b - a : 160);
		json_t *s = json_string(t);
		free(t);
		return s ? s : json_string("");
	}
	return json_string("");
}

void fb_compare_record(json_t *rec, const fb_doc *doc)
{
	if (!doc->nrep)
		return;
	json_t *paras = json_object_get(rec, "paragraphs");
	json_t *docs = json_array();
	fb_buf paths = { 0 };
	size_t total = 0;
	for (size_t i = 0; i < doc->nrep; i++) {
		const fb_report *r = &doc->rep[i];
		char sha[65];
		fb_sha256_hex(r->orig, r->origlen, sha);
		json_t *d = json_object();
		json_object_set_new(d, "id", doc_id(i));
		json_object_set_new(d, "path", json_string(r->path));
		json_object_set_new(d, "bytes", json_integer((json_int_t)r->origlen));
		json_object_set_new(d, "sha256", json_string(sha));
		json_object_set_new(d, "title", report_title(paras, doc, i));
		json_object_set_new(d, "outlet", r->outlet ? json_string(r->outlet) : json_null());
		json_object_set_new(d, "published", r->published ? json_string(r->published) : json_null());
		json_array_append_new(docs, d);
		fb_buf_printf(&paths, "%s%s", i ? " " : "", r->path);
		total += r->origlen;
	}
	/* input describes the set: every path, the bytes of all, the hash of
	 * the joined text analysed */
	json_t *input = json_object_get(rec, "input");
	json_object_set_new(input, "path", json_string(paths.p ? paths.p : ""));
	json_object_set_new(input, "bytes", json_integer((json_int_t)total));
	json_object_set_new(input, "reports", json_integer((json_int_t)doc->nrep));
	fb_buf_free(&paths);
	/* documents right after input: rebuild the object in order */
	json_t *copy = json_object();
	const char *key;
	json_t *v;
	json_object_foreach(rec, key, v) {
		json_object_set(copy, key, v);
		if (strcmp(key, "input") == 0)
			json_object_set(copy, "documents", docs);
	}
	json_object_clear(rec);
	json_object_update(rec, copy);
	json_decref(copy);

	mark_documents(paras, doc);
	mark_documents(json_object_get(rec, "claims"), doc);
	size_t i;
	json_t *s;
	json_array_foreach(json_object_get(rec, "sources"), i, s) {
		json_t *ms = json_object_get(s, "mentions");
		mark_documents(ms, doc);
		/* the reports it is quoted in, and through which outlets */
		json_t *sd = json_array(), *so = json_array();
		for (size_t d = 0; d < doc->nrep; d++) {
			size_t k;
			json_t *m;
			int in = 0;
			json_array_foreach(ms, k, m)
				in |= report_of_obj(doc, m) == d;
			if (!in)
				continue;
			json_array_append_new(sd, doc_id(d));
			if (doc->rep[d].outlet)
				json_array_append_new(so, json_string(doc->rep[d].outlet));
		}
		json_object_set_new(s, "documents", sd);
		json_object_set_new(s, "outlets", so);
	}
	/* a pair's two reports, when they differ */
	const json_t *claims = json_object_get(rec, "claims");
	json_t *g;
	json_array_foreach(json_object_get(rec, "groups"), i, g) {
		size_t k;
		json_t *p;
		json_array_foreach(json_object_get(g, "conflicts"), k, p) {
			const char *a = json_string_value(json_object_get(p, "a"));
			const char *b = json_string_value(json_object_get(p, "b"));
			if (!a || !b || a[0] != 'C' || b[0] != 'C')
				continue;
			const json_t *ca = json_array_get(claims, strtoul(a + 1, NULL, 10) - 1);
			const json_t *cb = json_array_get(claims, strtoul(b + 1, NULL, 10) - 1);
			const char *da = json_string_value(json_object_get(ca, "document"));
			const char *db = json_string_value(json_object_get(cb, "document"));
			if (da && db && strcmp(da, db) != 0) {
				json_t *two = json_array();
				json_array_append_new(two, json_string(da));
				json_array_append_new(two, json_string(db));
				json_object_set_new(p, "documents", two);
			}
		}
	}
	json_decref(docs);
}

/* Every object under v with integer start and end: moved to report ri's
 * own offsets. */
static void shift(json_t *v, const fb_doc *doc, size_t ri)
{
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
			shift(x, doc, ri);
		return;
	}
	if (!json_is_object(v))
		return;
	json_t *s = json_object_get(v, "start"), *e = json_object_get(v, "end");
	if (json_is_integer(s) && json_is_integer(e)) {
		json_int_t base = (json_int_t)doc->rep[ri].start;
		json_integer_set(s, json_integer_value(s) - base);
		json_integer_set(e, json_integer_value(e) - base);
	}
	const char *key;
	json_t *x;
	json_object_foreach(v, key, x)
		if (json_is_object(x) || json_is_array(x))
			shift(x, doc, ri);
}

/* Each element of arr moved by its own report. */
static void shift_each(json_t *arr, const fb_doc *doc)
{
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o)
		shift(o, doc, report_of_obj(doc, o));
}

void fb_compare_offsets(json_t *rec, const fb_doc *doc)
{
	if (!doc->nrep)
		return;
	shift_each(json_object_get(rec, "paragraphs"), doc);
	shift_each(json_object_get(rec, "claims"), doc);
	size_t i;
	json_t *s;
	json_array_foreach(json_object_get(rec, "sources"), i, s)
		shift_each(json_object_get(s, "mentions"), doc);
}
