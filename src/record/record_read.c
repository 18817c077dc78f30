/* record_read.c - a record's jansson tree into the typed fb_record: every
 * member type-checked, every string copied into one arena, every id
 * reference resolved to the index of what it names. */
#include "record_read.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *const fb_rec_status_names[FB_RS__MAX] = {
	"single", "consistent", "review", "conflict", "unverifiable",
};

/* ---------------------------------------------------------------- arena */

/* Blocks that never move: what is handed out stays where it is. */
typedef struct block {
	struct block *next;
	size_t used, cap;
	max_align_t data[];
} block;

struct fb_rec_arena {
	block *head;
};

#define BLOCK_BYTES ((size_t)64 * 1024)

/* n zeroed bytes, aligned for any type. */
static void *arena_alloc(struct fb_rec_arena *a, size_t n)
{
	size_t al = sizeof(max_align_t);
	n = (n + al - 1) / al * al;
	block *b = a->head;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > BLOCK_BYTES ? n : BLOCK_BYTES;
		b = fb_xcalloc(1, sizeof *b + cap);
		b->cap = cap;
		/* a block for one big item goes behind the current one, whose
		 * room is still used */
		if (a->head && n > BLOCK_BYTES) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

/* Zeroed array of n elements of size bytes (NULL for none). */
static void *arena_array(struct fb_rec_arena *a, size_t n, size_t size)
{
	if (!n)
		return NULL;
	if (size && n > SIZE_MAX / size)
		abort();
	return arena_alloc(a, n * size);
}

static const char *arena_str(struct fb_rec_arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void fb_record_free(fb_record *r)
{
	if (!r)
		return;
	if (r->arena) {
		block *b = r->arena->head;
		while (b) {
			block *n = b->next;
			free(b);
			b = n;
		}
		free(r->arena);
	}
	free(r);
}

/* ---------------------------------------------------------------- reading */

/* Where in the record a value is: a chain of keys and indexes, spelled
 * out only for an error. */
typedef struct at {
	const struct at *up;
	const char *key;   /* a member, or NULL: element idx of an array */
	size_t idx;
} at;

typedef struct rd {
	fb_record *r;
	struct fb_rec_arena *a;
	char *err;
	size_t errlen;
	int failed;
} rd;

static void put_path(fb_buf *b, const at *p)
{
	if (!p)
		return;
	put_path(b, p->up);
	if (p->key)
		fb_buf_printf(b, "%s%s", p->up ? "." : "", p->key);
	else
		fb_buf_printf(b, "[%zu]", p->idx);
}

static const char *type_name(const json_t *v)
{
	if (!v)
		return "text that is no JSON value";
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "an array";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "an integer";
	case JSON_REAL: return "a real number";
	case JSON_TRUE: case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

/* Records the first error: "PATH: WANT expected, got TYPE". */
static void bad(rd *d, const at *p, const char *want, const json_t *got, const char *word)
{
	if (d->failed)
		return;
	d->failed = 1;
	fb_buf b = { 0 };
	put_path(&b, p);
	if (word)
		fb_buf_printf(&b, "%s%s: unknown %s '%.40s'", b.len ? "" : "record", "", want, word);
	else
		fb_buf_printf(&b, "%s: %s expected, got %s", b.len ? "" : "record", want, type_name(got));
	if (d->errlen)
		snprintf(d->err, d->errlen, "%s", b.p);
	fb_buf_free(&b);
}

/* The member key of o, NULL when absent or null. */
static const json_t *member(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	return json_is_null(v) ? NULL : v;
}

static const char *get_str(rd *d, const json_t *o, const char *key, const at *up)
{
	const json_t *v = member(o, key);
	if (!v)
		return NULL;
	if (!json_is_string(v)) {
		at p = { up, key, 0 };
		bad(d, &p, "a string", v, NULL);
		return NULL;
	}
	return arena_str(d->a, json_string_value(v), strlen(json_string_value(v)));
}

static long long get_int(rd *d, const json_t *o, const char *key, const at *up)
{
	const json_t *v = member(o, key);
	if (!v)
		return 0;
	if (!json_is_integer(v)) {
		at p = { up, key, 0 };
		bad(d, &p, "an integer", v, NULL);
		return 0;
	}
	return (long long)json_integer_value(v);
}

static fb_rec_num get_num(rd *d, const json_t *o, const char *key, const at *up)
{
	fb_rec_num n = { 0, 0 };
	const json_t *v = member(o, key);
	if (!v)
		return n;
	if (!json_is_number(v)) {
		at p = { up, key, 0 };
		bad(d, &p, "a number or null", v, NULL);
		return n;
	}
	n.v = json_number_value(v), n.has = 1;
	return n;
}

static int get_bool(rd *d, const json_t *o, const char *key, const at *up)
{
	const json_t *v = member(o, key);
	if (!v)
		return 0;
	if (!json_is_boolean(v)) {
		at p = { up, key, 0 };
		bad(d, &p, "true or false", v, NULL);
		return 0;
	}
	return json_is_true(v);
}

/* The member as an object or an array, or NULL (absent, or wrong: then
 * an error). */
static const json_t *get_kind(rd *d, const json_t *o, const char *key, const at *up, int array)
{
	const json_t *v = member(o, key);
	if (!v)
		return NULL;
	if (array ? !json_is_array(v) : !json_is_object(v)) {
		at p = { up, key, 0 };
		bad(d, &p, array ? "an array" : "an object", v, NULL);
		return NULL;
	}
	return v;
}

/* Element i of arr, which must be an object; NULL (with an error) else. */
static const json_t *elem_obj(rd *d, const json_t *arr, size_t i, const at *p)
{
	const json_t *v = json_array_get(arr, i);
	if (!json_is_object(v)) {
		bad(d, p, "an object", v, NULL);
		return NULL;
	}
	return v;
}

static fb_rec_strs get_strs(rd *d, const json_t *o, const char *key, const at *up)
{
	fb_rec_strs s = { NULL, 0 };
	const json_t *arr = get_kind(d, o, key, up, 1);
	at pk = { up, key, 0 };
	size_t n = json_array_size(arr);
	s.s = arena_array(d->a, n, sizeof *s.s);
	for (size_t i = 0; i < n && !d->failed; i++) {
		const json_t *v = json_array_get(arr, i);
		if (!json_is_string(v)) {
			at p = { &pk, NULL, i };
			bad(d, &p, "a string", v, NULL);
			break;
		}
		s.s[s.n++] = arena_str(d->a, json_string_value(v), strlen(json_string_value(v)));
	}
	return s;
}

/* A reference: its text now, its index once every array is read. */
static fb_rec_ref get_ref(rd *d, const json_t *o, const char *key, const at *up)
{
	fb_rec_ref r = { get_str(d, o, key, up), -1 };
	return r;
}

static fb_rec_status get_status(rd *d, const json_t *o, const at *up)
{
	const char *s = get_str(d, o, "status", up);
	if (!s)
		return FB_RS_SINGLE;
	for (int i = 0; i < FB_RS__MAX; i++)
		if (strcmp(s, fb_rec_status_names[i]) == 0)
			return (fb_rec_status)i;
	at p = { up, "status", 0 };
	bad(d, &p, "status", NULL, s);
	return FB_RS_SINGLE;
}

/* ------------------------------------------------------------ elements */

static void read_paragraph(rd *d, const json_t *o, fb_rec_paragraph *p, const at *w)
{
	p->n = get_int(d, o, "n", w);
	p->start = get_int(d, o, "start", w);
	p->end = get_int(d, o, "end", w);
	p->sentences = get_int(d, o, "sentences", w);
	p->boilerplate = get_bool(d, o, "boilerplate", w);
	p->document = get_ref(d, o, "document", w);
}

static void read_source(rd *d, const json_t *o, fb_rec_source *s, const at *w)
{
	s->id = get_str(d, o, "id", w);
	s->name = get_str(d, o, "name", w);
	s->kind = get_str(d, o, "kind", w);
	s->aliases = get_strs(d, o, "aliases", w);
	s->roles = get_strs(d, o, "roles", w);
	s->flags = get_strs(d, o, "flags", w);
	const json_t *ms = get_kind(d, o, "mentions", w, 1);
	at pm = { w, "mentions", 0 };
	size_t n = json_array_size(ms);
	s->mentions = arena_array(d->a, n, sizeof *s->mentions);
	for (size_t k = 0; k < n && !d->failed; k++) {
		at pk = { &pm, NULL, k };
		const json_t *m = elem_obj(d, ms, k, &pk);
		if (!m)
			break;
		fb_rec_mention *x = &s->mentions[s->nmentions++];
		x->paragraph = get_int(d, m, "paragraph", &pk);
		x->start = get_int(d, m, "start", &pk);
		x->end = get_int(d, m, "end", &pk);
		x->document = get_ref(d, m, "document", &pk);
	}
}

static const fb_rec_quantity *read_quantity(rd *d, const json_t *c, const at *w)
{
	const json_t *o = get_kind(d, c, "quantity", w, 0);
	if (!o)
		return NULL;
	at pq = { w, "quantity", 0 };
	fb_rec_quantity *q = arena_alloc(d->a, sizeof *q);
	q->surface = get_str(d, o, "surface", &pq);
	q->kind = get_str(d, o, "kind", &pq);
	q->unit = get_str(d, o, "unit", &pq);
	q->function = get_str(d, o, "function", &pq);
	q->start = get_int(d, o, "start", &pq);
	q->end = get_int(d, o, "end", &pq);
	q->value = get_num(d, o, "value", &pq);
	q->min = get_num(d, o, "min", &pq);
	q->max = get_num(d, o, "max", &pq);
	q->stated = get_num(d, o, "stated", &pq);
	q->min_open = get_bool(d, o, "min_open", &pq);
	q->max_open = get_bool(d, o, "max_open", &pq);
	q->approx = get_bool(d, o, "approx", &pq);
	q->vague = get_bool(d, o, "vague", &pq);
	const json_t *parts = get_kind(d, o, "parts", &pq, 1);
	at pp = { &pq, "parts", 0 };
	size_t n = json_array_size(parts);
	q->parts = arena_array(d->a, n, sizeof *q->parts);
	for (size_t k = 0; k < n && !d->failed; k++) {
		at pk = { &pp, NULL, k };
		const json_t *p = elem_obj(d, parts, k, &pk);
		if (!p)
			break;
		q->parts[q->nparts].value = get_num(d, p, "value", &pk);
		q->parts[q->nparts++].what = get_str(d, p, "what", &pk);
	}
	return q;
}

static void read_claim(rd *d, const json_t *o, fb_rec_claim *c, const at *w)
{
	c->id = get_str(d, o, "id", w);
	c->type = get_str(d, o, "type", w);
	c->paragraph = get_int(d, o, "paragraph", w);
	c->sentence = get_int(d, o, "sentence", w);
	c->start = get_int(d, o, "start", w);
	c->end = get_int(d, o, "end", w);
	c->text = get_str(d, o, "text", w);
	c->source = get_ref(d, o, "source", w);
	c->via = get_ref(d, o, "via", w);
	fb_rec_strs cand = get_strs(d, o, "source_candidates", w);
	c->candidates = arena_array(d->a, cand.n, sizeof *c->candidates);
	for (size_t k = 0; k < cand.n; k++)
		c->candidates[k] = (fb_rec_ref){ cand.s[k], -1 };
	c->ncandidates = cand.n;
	const json_t *cue = get_kind(d, o, "cue", w, 0);
	if (cue) {
		at pc = { w, "cue", 0 };
		fb_rec_cue *x = arena_alloc(d->a, sizeof *x);
		x->start = get_int(d, cue, "start", &pc);
		x->end = get_int(d, cue, "end", &pc);
		x->text = get_str(d, cue, "text", &pc);
		x->kind = get_str(d, cue, "kind", &pc);
		c->cue = x;
	}
	c->flags = get_strs(d, o, "flags", w);
	c->quantity = read_quantity(d, o, w);
	c->measure = get_str(d, o, "measure", w);
	c->subject = get_str(d, o, "subject", w);
	c->group = get_ref(d, o, "group", w);
	c->document = get_ref(d, o, "document", w);
	c->status = get_status(d, o, w);
}

static void read_group(rd *d, const json_t *o, fb_rec_group *g, const at *w)
{
	g->id = get_str(d, o, "id", w);
	g->measure = get_str(d, o, "measure", w);
	g->subject = get_str(d, o, "subject", w);
	g->summary = get_str(d, o, "summary", w);
	g->status = get_status(d, o, w);
	g->independent_sources = get_int(d, o, "independent_sources", w);
	fb_rec_strs ids = get_strs(d, o, "claims", w);
	g->claims = arena_array(d->a, ids.n, sizeof *g->claims);
	for (size_t k = 0; k < ids.n; k++)
		g->claims[k] = (fb_rec_ref){ ids.s[k], -1 };
	g->nclaims = ids.n;
	const json_t *pairs = get_kind(d, o, "conflicts", w, 1);
	at pp = { w, "conflicts", 0 };
	size_t n = json_array_size(pairs);
	g->pairs = arena_array(d->a, n, sizeof *g->pairs);
	for (size_t k = 0; k < n && !d->failed; k++) {
		at pk = { &pp, NULL, k };
		const json_t *p = elem_obj(d, pairs, k, &pk);
		if (!p)
			break;
		fb_rec_pair *x = &g->pairs[g->npairs++];
		x->a = get_ref(d, p, "a", &pk);
		x->b = get_ref(d, p, "b", &pk);
		x->reason = get_str(d, p, "reason", &pk);
		x->review = get_bool(d, p, "review", &pk);
		x->across = json_object_get(p, "documents") != NULL;
	}
}

static void read_document(rd *d, const json_t *o, fb_rec_document *x, const at *w)
{
	x->id = get_str(d, o, "id", w);
	x->path = get_str(d, o, "path", w);
	x->bytes = get_int(d, o, "bytes", w);
	x->sha256 = get_str(d, o, "sha256", w);
	x->title = get_str(d, o, "title", w);
	x->outlet = get_str(d, o, "outlet", w);
	x->published = get_str(d, o, "published", w);
}

static void read_event(rd *d, const json_t *o, fb_rec_event *x, const at *w)
{
	x->id = get_str(d, o, "id", w);
	x->label = get_str(d, o, "label", w);
	x->main = get_bool(d, o, "main", w);
}

/* Reads the array rec[key] of objects into *arr (elements of size bytes)
 * with fn. */
#define READ_ARRAY(d, rec, key, arr, n, fn) do { \
		const json_t *a_ = get_kind((d), (rec), (key), NULL, 1); \
		at pa_ = { NULL, (key), 0 }; \
		size_t na_ = json_array_size(a_); \
		(arr) = arena_array((d)->a, na_, sizeof *(arr)); \
		for (size_t i_ = 0; i_ < na_ && !(d)->failed; i_++) { \
			at pi_ = { &pa_, NULL, i_ }; \
			const json_t *o_ = elem_obj((d), a_, i_, &pi_); \
			if (!o_) \
				break; \
			fn((d), o_, &(arr)[(n)++], &pi_); \
		} \
	} while (0)

/* ------------------------------------------------------------ references */

/* An id look-up over one array of elements whose first member is the id:
 * ids are numbered in order ("C17" is the 17th claim), so that place is
 * tried first; else the first element with that id, found by binary
 * search in the elements sorted by id (built on the first miss). */
typedef struct idx {
	const char *base;
	size_t n, stride;
	size_t *sorted;   /* element numbers by id, then by place */
} idx;

static const char *id_at(const idx *x, size_t i)
{
	const char *id = *(const char *const *)(const void *)(x->base + i * x->stride);
	return id ? id : "";
}

static const idx *sort_ctx;

static int by_id(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = strcmp(id_at(sort_ctx, a), id_at(sort_ctx, b));
	return c ? c : (a > b) - (a < b);
}

static long find(idx *x, const char *id)
{
	if (!id || !x->n)
		return -1;
	if (id[0] && id[1] >= '1' && id[1] <= '9') {
		char *end;
		unsigned long k = strtoul(id + 1, &end, 10);
		if (*end == '\0' && k >= 1 && k <= x->n && strcmp(id_at(x, k - 1), id) == 0)
			return (long)(k - 1);
	}
	if (!x->sorted) {
		x->sorted = fb_xcalloc(x->n, sizeof *x->sorted);
		for (size_t i = 0; i < x->n; i++)
			x->sorted[i] = i;
		sort_ctx = x;
		qsort(x->sorted, x->n, sizeof *x->sorted, by_id);
		sort_ctx = NULL;
	}
	size_t lo = 0, hi = x->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(id_at(x, x->sorted[mid]), id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && strcmp(id_at(x, x->sorted[lo]), id) == 0 ? (long)x->sorted[lo] : -1;
}

static void resolve(fb_record *r)
{
	idx src = { (const char *)r->sources, r->nsources, sizeof *r->sources, NULL };
	idx cl = { (const char *)r->claims, r->nclaims, sizeof *r->claims, NULL };
	idx gr = { (const char *)r->groups, r->ngroups, sizeof *r->groups, NULL };
	idx doc = { (const char *)r->documents, r->ndocuments, sizeof *r->documents, NULL };
	for (size_t i = 0; i < r->nparagraphs; i++)
		r->paragraphs[i].document.idx = find(&doc, r->paragraphs[i].document.id);
	for (size_t i = 0; i < r->nsources; i++)
		for (size_t k = 0; k < r->sources[i].nmentions; k++)
			r->sources[i].mentions[k].document.idx = find(&doc, r->sources[i].mentions[k].document.id);
	for (size_t i = 0; i < r->nclaims; i++) {
		fb_rec_claim *c = &r->claims[i];
		c->source.idx = find(&src, c->source.id);
		c->via.idx = find(&src, c->via.id);
		for (size_t k = 0; k < c->ncandidates; k++)
			c->candidates[k].idx = find(&src, c->candidates[k].id);
		c->group.idx = find(&gr, c->group.id);
		c->document.idx = find(&doc, c->document.id);
	}
	for (size_t i = 0; i < r->ngroups; i++) {
		fb_rec_group *g = &r->groups[i];
		for (size_t k = 0; k < g->nclaims; k++)
			g->claims[k].idx = find(&cl, g->claims[k].id);
		for (size_t k = 0; k < g->npairs; k++) {
			g->pairs[k].a.idx = find(&cl, g->pairs[k].a.id);
			g->pairs[k].b.idx = find(&cl, g->pairs[k].b.id);
		}
	}
	free(src.sorted), free(cl.sorted), free(gr.sorted), free(doc.sorted);
}

/* ---------------------------------------------------------------- record */

/* The members of the record that are not its big arrays. */
static void read_head(rd *d, const json_t *rec)
{
	fb_record *r = d->r;
	r->schema = get_str(d, rec, "schema", NULL);
	r->generated = get_str(d, rec, "generated", NULL);
	const json_t *tool = get_kind(d, rec, "tool", NULL, 0);
	at pt = { NULL, "tool", 0 };
	r->tool.name = get_str(d, tool, "name", &pt);
	r->tool.version = get_str(d, tool, "version", &pt);
	const json_t *in = get_kind(d, rec, "input", NULL, 0);
	at pin = { NULL, "input", 0 };
	r->input.path = get_str(d, in, "path", &pin);
	r->input.bytes = get_int(d, in, "bytes", &pin);
	r->input.sha256 = get_str(d, in, "sha256", &pin);
	r->input.title = get_str(d, in, "title", &pin);
	r->input.event = get_str(d, in, "event", &pin);
	r->input.reports = get_int(d, in, "reports", &pin);
	const json_t *sum = get_kind(d, rec, "summary", NULL, 0);
	at ps = { NULL, "summary", 0 };
	r->summary.claims = get_int(d, sum, "claims", &ps);
	r->summary.groups = get_int(d, sum, "groups", &ps);
	r->summary.conflicts = get_int(d, sum, "conflicts", &ps);
	r->summary.review = get_int(d, sum, "review", &ps);
	r->summary.unattributed = get_int(d, sum, "unattributed", &ps);
}

static fb_record *new_record(rd *d, char *err, size_t errlen)
{
	if (errlen)
		err[0] = '\0';
	fb_record *r = fb_xcalloc(1, sizeof *r);
	r->arena = fb_xcalloc(1, sizeof *r->arena);
	*d = (rd){ r, r->arena, err, errlen, 0 };
	return r;
}

static fb_record *finish(rd *d)
{
	if (d->failed) {
		fb_record_free(d->r);
		return NULL;
	}
	resolve(d->r);
	return d->r;
}

fb_record *fb_record_read(const json_t *rec, char *err, size_t errlen)
{
	rd d;
	fb_record *r = new_record(&d, err, errlen);
	if (!json_is_object(rec)) {
		bad(&d, NULL, "an object", rec, NULL);
		fb_record_free(r);
		return NULL;
	}
	read_head(&d, rec);
	READ_ARRAY(&d, rec, "documents", r->documents, r->ndocuments, read_document);
	READ_ARRAY(&d, rec, "paragraphs", r->paragraphs, r->nparagraphs, read_paragraph);
	READ_ARRAY(&d, rec, "sources", r->sources, r->nsources, read_source);
	READ_ARRAY(&d, rec, "claims", r->claims, r->nclaims, read_claim);
	READ_ARRAY(&d, rec, "groups", r->groups, r->ngroups, read_group);
	READ_ARRAY(&d, rec, "events", r->events, r->nevents, read_event);
	return finish(&d);
}

/* ----------------------------------------------------- from the record text */

/* Where the JSON value starting at s[i] (after white space) ends: one
 * past its last byte, or 0 when the text ends first. Strings are skipped
 * whole, escapes included; containers by depth. */
static size_t value_end(const char *s, size_t n, size_t i)
{
	size_t depth = 0;
	for (; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			if (i >= n)
				return 0;
			if (!depth)
				return i + 1;
		} else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (!depth)
				return 0;
			if (!--depth)
				return i + 1;
		} else if (!depth && (c == ',' || c == '}' || c == ']'))
			return i;
		else if (!depth && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
			/* a scalar: up to the next delimiter */
			while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n')
				i++;
			return i;
		}
	}
	return 0;
}

static size_t skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i;
}

typedef void (*elem_fn)(rd *d, const json_t *o, void *out, const at *w);

/* The element readers with one signature. */
#define ELEM_FN(name, type) \
	static void name##_el(rd *d, const json_t *o, void *out, const at *w) { name(d, o, (type *)out, w); }
ELEM_FN(read_document, fb_rec_document)
ELEM_FN(read_paragraph, fb_rec_paragraph)
ELEM_FN(read_source, fb_rec_source)
ELEM_FN(read_claim, fb_rec_claim)
ELEM_FN(read_group, fb_rec_group)
ELEM_FN(read_event, fb_rec_event)
#undef ELEM_FN

/* The array s[i, end) (from its '['), element by element: each parsed on
 * its own and read into out[k] (size bytes each), so that no tree of the
 * whole array is ever held. */
static void read_array_text(rd *d, const char *s, size_t i, size_t end, const char *key, void **out, size_t *n,
    size_t size, elem_fn fn)
{
	at pa = { NULL, key, 0 };
	/* count first: the array is allocated once */
	size_t count = 0;
	for (size_t k = skip_ws(s, end, i + 1); k < end && s[k] != ']';) {
		size_t e = value_end(s, end, k);
		if (!e) {
			bad(d, &pa, "an array", NULL, NULL);
			return;
		}
		count++;
		k = skip_ws(s, end, e);
		if (k < end && s[k] == ',')
			k = skip_ws(s, end, k + 1);
	}
	char *arr = arena_array(d->a, count, size);
	*out = arr;
	size_t k = skip_ws(s, end, i + 1);
	for (size_t el = 0; el < count && !d->failed; el++) {
		size_t e = value_end(s, end, k);
		at pi = { &pa, NULL, el };
		json_error_t je;
		json_t *o = json_loadb(s + k, e - k, 0, &je);
		if (!json_is_object(o))
			bad(d, &pi, "an object", o, NULL);
		else
			fn(d, o, arr + (*n)++ * size, &pi);
		json_decref(o);
		k = skip_ws(s, end, e);
		if (k < end && s[k] == ',')
			k = skip_ws(s, end, k + 1);
	}
}

fb_record *fb_record_read_text(const char *s, size_t n, char *err, size_t errlen)
{
	rd d;
	fb_record *r = new_record(&d, err, errlen);
	json_t *head = json_object();
	size_t i = skip_ws(s, n, 0);
	if (i >= n || s[i] != '{') {
		bad(&d, NULL, "an object", NULL, NULL);
		goto done;
	}
	for (i = skip_ws(s, n, i + 1); i < n && s[i] != '}' && !d.failed;) {
		/* "key": value */
		size_t ke = value_end(s, n, i);
		size_t colon = ke ? skip_ws(s, n, ke) : n;
		if (!ke || s[i] != '"' || colon >= n || s[colon] != ':') {
			bad(&d, NULL, "an object", NULL, NULL);
			break;
		}
		char key[32];
		size_t kl = ke - i - 2 < sizeof key - 1 ? ke - i - 2 : sizeof key - 1;
		memcpy(key, s + i + 1, kl);
		key[kl] = '\0';
		size_t vs = skip_ws(s, n, colon + 1), ve = value_end(s, n, vs);
		if (!ve) {
			at pk = { NULL, key, 0 };
			bad(&d, &pk, "a value", NULL, NULL);
			break;
		}
#define ARRAY_MEMBER(name, field, count, fn) \
		if (strcmp(key, name) == 0 && s[vs] == '[') { \
			void *arr_ = NULL; \
			read_array_text(&d, s, vs, ve, name, &arr_, &r->count, sizeof *r->field, fn##_el); \
			r->field = arr_; \
		} else
		ARRAY_MEMBER("documents", documents, ndocuments, read_document)
		ARRAY_MEMBER("paragraphs", paragraphs, nparagraphs, read_paragraph)
		ARRAY_MEMBER("sources", sources, nsources, read_source)
		ARRAY_MEMBER("claims", claims, nclaims, read_claim)
		ARRAY_MEMBER("groups", groups, ngroups, read_group)
		ARRAY_MEMBER("events", events, nevents, read_event)
		{ /* a small member: parsed whole, read with the head */
			json_error_t je;
			json_t *v = json_loadb(s + vs, ve - vs, JSON_DECODE_ANY, &je);
			if (!v) {
				at pk = { NULL, key, 0 };
				bad(&d, &pk, "a JSON value", NULL, NULL);
				break;
			}
			json_object_set_new(head, key, v);
		}
#undef ARRAY_MEMBER
		i = skip_ws(s, n, ve);
		if (i < n && s[i] == ',')
			i = skip_ws(s, n, i + 1);
	}
	if (!d.failed)
		read_head(&d, head);
done:
	json_decref(head);
	return finish(&d);
}
