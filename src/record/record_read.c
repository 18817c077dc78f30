/* record_read.c - a record's jansson tree into the typed fb_record: every
 * member type-checked, every string copied into one arena, every id
 * reference resolved to the index of what it names. */
#include "record_read.h"

#include <math.h>
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
	block *strs;          /* strings, packed byte by byte */
	const char **tab;     /* strings interned: open addressing */
	size_t tabcap, tabn;
	struct shared *sh;    /* lists of strings and parts kept once */
	size_t shcap, shn;
};

/* A list of strings (flags) or of an enumeration's parts, kept once
 * however many claims have it (every claim of a long enumeration has the
 * same flags, and its parts from a handful of lists). */
typedef struct shared { const void *p; size_t n, h; int kind; } shared;

/* Every string is kept once however often it comes (kinds, measures,
 * units, cue words, names, and the texts of claims in a long enumeration
 * that repeats itself: one copy each, not one a claim). The table is only
 * for reading: reader_end lets it go. */

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

/* n bytes for a string (no alignment), in the string blocks. */
static char *arena_chars(struct fb_rec_arena *a, size_t n)
{
	block *b = a->strs;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > BLOCK_BYTES ? n : BLOCK_BYTES;
		b = fb_xmalloc(sizeof *b + cap);
		b->cap = cap, b->used = 0;
		b->next = a->strs;
		a->strs = b;
	}
	char *p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

static const char *arena_str(struct fb_rec_arena *a, const char *s, size_t n)
{
	size_t h = 0, i = 0;
	{
		if (a->tabn * 2 >= a->tabcap) { /* grow: half full at most */
			size_t cap = a->tabcap ? a->tabcap * 2 : 1024;
			const char **t = fb_xcalloc(cap, sizeof *t);
			for (size_t k = 0; k < a->tabcap; k++) {
				const char *x = a->tab[k];
				if (!x)
					continue;
				size_t xh = FB_FNV_START;
				for (const char *c = x; *c; c++)
					xh = fb_fnv(xh, (unsigned char)*c);
				size_t j = xh & (cap - 1);
				while (t[j])
					j = (j + 1) & (cap - 1);
				t[j] = x;
			}
			free(a->tab);
			a->tab = t, a->tabcap = cap;
		}
		h = FB_FNV_START;
		for (size_t k = 0; k < n; k++)
			h = fb_fnv(h, (unsigned char)s[k]);
		for (i = h & (a->tabcap - 1); a->tab[i]; i = (i + 1) & (a->tabcap - 1))
			if (strncmp(a->tab[i], s, n) == 0 && a->tab[i][n] == '\0')
				return a->tab[i];
	}
	char *p = arena_chars(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	a->tab[i] = p, a->tabn++;
	return p;
}

/* Hash and equality of n strings (interned: compared by address) or n
 * parts (value and the interned name of each). */
enum { SH_STRS, SH_PARTS };

static size_t sh_hash(int kind, const void *p, size_t n)
{
	size_t h = FB_FNV_START ^ (size_t)kind;
	for (size_t i = 0; i < n; i++) {
		uintptr_t w;
		double v = 0;
		int has = 0;
		if (kind == SH_STRS)
			w = (uintptr_t)((const char *const *)p)[i];
		else {
			const fb_rec_part *x = &((const fb_rec_part *)p)[i];
			w = (uintptr_t)x->what, v = x->value.v, has = x->value.has;
		}
		unsigned char b[sizeof w + sizeof v + 1];
		memcpy(b, &w, sizeof w);
		memcpy(b + sizeof w, &v, sizeof v);
		b[sizeof b - 1] = (unsigned char)has;
		for (size_t k = 0; k < sizeof b; k++)
			h = fb_fnv(h, b[k]);
	}
	return h;
}

static int sh_equal(int kind, const void *a, const void *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (kind == SH_STRS) {
			if (((const char *const *)a)[i] != ((const char *const *)b)[i])
				return 0;
		} else {
			const fb_rec_part *x = &((const fb_rec_part *)a)[i], *y = &((const fb_rec_part *)b)[i];
			/* (-0 and 0 kept apart: they may print apart) */
			if (x->what != y->what || x->value.has != y->value.has || !(x->value.v == y->value.v) ||
			    signbit(x->value.v) != signbit(y->value.v))
				return 0;
		}
	return 1;
}

/* The list p[0,n) (a scratch copy) in the arena: the copy already there
 * when one is equal, else a new one. */
static void *arena_shared(struct fb_rec_arena *a, int kind, const void *p, size_t n, size_t size)
{
	if (!n)
		return NULL;
	if (a->shn * 2 >= a->shcap) {
		size_t cap = a->shcap ? a->shcap * 2 : 256;
		shared *t = fb_xcalloc(cap, sizeof *t);
		for (size_t k = 0; k < a->shcap; k++) {
			if (!a->sh[k].p)
				continue;
			size_t j = a->sh[k].h & (cap - 1);
			while (t[j].p)
				j = (j + 1) & (cap - 1);
			t[j] = a->sh[k];
		}
		free(a->sh);
		a->sh = t, a->shcap = cap;
	}
	size_t h = sh_hash(kind, p, n), i;
	for (i = h & (a->shcap - 1); a->sh[i].p; i = (i + 1) & (a->shcap - 1))
		if (a->sh[i].h == h && a->sh[i].kind == kind && a->sh[i].n == n && sh_equal(kind, a->sh[i].p, p, n))
			return (void *)(uintptr_t)a->sh[i].p;
	void *q = arena_array(a, n, size);
	memcpy(q, p, n * size);
	a->sh[i] = (shared){ q, n, h, kind };
	a->shn++;
	return q;
}

void fb_record_free(fb_record *r)
{
	if (!r)
		return;
	if (r->arena) {
		block *chains[] = { r->arena->head, r->arena->strs };
		for (int c = 0; c < 2; c++)
			for (block *b = chains[c]; b;) {
				block *n = b->next;
				free(b);
				b = n;
			}
		free(r->arena->tab);
		free(r->arena->sh);
		free(r->arena);
	}
	free(r->paragraphs), free(r->sources), free(r->claims), free(r->groups), free(r->documents), free(r->events);
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

/* The record's arrays of elements, in the order of this table. */
enum { T_DOC, T_PARA, T_SRC, T_CLAIM, T_GROUP, T_EVENT, T__MAX };
static const char *const table_keys[T__MAX] = {
	"documents", "paragraphs", "sources", "claims", "groups", "events",
};

typedef struct rd {
	fb_record *r;
	struct fb_rec_arena *a;
	char *err;
	size_t errlen;
	int failed;
	int syntax_failed;      /* streaming: the text is not JSON (this error
	                           wins over a type error seen before it) */
	size_t cap[T__MAX];     /* room in each of the record's arrays */
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
		fb_buf_printf(&b, "%s: unknown %s '%.40s'", b.len ? "" : "record", want, word);
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
	if (!n)
		return s;
	const char **tmp = fb_xcalloc(n, sizeof *tmp);
	for (size_t i = 0; i < n && !d->failed; i++) {
		const json_t *v = json_array_get(arr, i);
		if (!json_is_string(v)) {
			at p = { &pk, NULL, i };
			bad(d, &p, "a string", v, NULL);
			break;
		}
		tmp[s.n++] = arena_str(d->a, json_string_value(v), strlen(json_string_value(v)));
	}
	s.s = arena_shared(d->a, SH_STRS, tmp, s.n, sizeof *tmp);
	free(tmp);
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

static void read_mention(rd *d, const json_t *m, fb_rec_mention *x, const at *pk)
{
	x->paragraph = get_int(d, m, "paragraph", pk);
	x->start = get_int(d, m, "start", pk);
	x->end = get_int(d, m, "end", pk);
	x->document = get_ref(d, m, "document", pk);
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
		read_mention(d, m, &s->mentions[s->nmentions++], &pk);
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
	fb_rec_part *tmp = n ? fb_xcalloc(n, sizeof *tmp) : NULL;
	for (size_t k = 0; k < n && !d->failed; k++) {
		at pk = { &pp, NULL, k };
		const json_t *p = elem_obj(d, parts, k, &pk);
		if (!p)
			break;
		tmp[q->nparts].value = get_num(d, p, "value", &pk);
		tmp[q->nparts++].what = get_str(d, p, "what", &pk);
	}
	q->parts = arena_shared(d->a, SH_PARTS, tmp, q->nparts, sizeof *tmp);
	free(tmp);
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

static void read_pair(rd *d, const json_t *p, fb_rec_pair *x, const at *pk)
{
	x->a = get_ref(d, p, "a", pk);
	x->b = get_ref(d, p, "b", pk);
	x->reason = get_str(d, p, "reason", pk);
	x->review = get_bool(d, p, "review", pk);
	x->across = json_object_get(p, "documents") != NULL;
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
		read_pair(d, p, &g->pairs[g->npairs++], &pk);
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

/* Reads o, element i of the record's array t, onto its end. */
static void read_elem(rd *d, int t, const json_t *o, size_t i)
{
	fb_record *r = d->r;
	at pa = { NULL, table_keys[t], 0 }, pi = { &pa, NULL, i };
	if (!json_is_object(o)) {
		bad(d, &pi, "an object", o, NULL);
		return;
	}
	switch (t) {
	case T_DOC: read_document(d, o, FB_PUSH(r->documents, r->ndocuments, d->cap[t]), &pi); break;
	case T_PARA: read_paragraph(d, o, FB_PUSH(r->paragraphs, r->nparagraphs, d->cap[t]), &pi); break;
	case T_SRC: read_source(d, o, FB_PUSH(r->sources, r->nsources, d->cap[t]), &pi); break;
	case T_CLAIM: read_claim(d, o, FB_PUSH(r->claims, r->nclaims, d->cap[t]), &pi); break;
	case T_GROUP: read_group(d, o, FB_PUSH(r->groups, r->ngroups, d->cap[t]), &pi); break;
	default: read_event(d, o, FB_PUSH(r->events, r->nevents, d->cap[t]), &pi); break;
	}
}

/* Empties the record's array t (a key given twice: the last counts, as
 * jansson has it). */
static void clear_table(rd *d, int t)
{
	fb_record *r = d->r;
	size_t *n[T__MAX] = { &r->ndocuments, &r->nparagraphs, &r->nsources, &r->nclaims, &r->ngroups, &r->nevents };
	*n[t] = 0;
}

/* The members of the record that are not its arrays of elements, and the
 * arrays rec holds (read_text takes them out as it streams them). */
static void read_top(rd *d, const json_t *rec)
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
	for (int t = 0; t < T__MAX && !d->failed; t++) {
		const json_t *arr = get_kind(d, rec, table_keys[t], NULL, 1);
		size_t n = json_array_size(arr);
		for (size_t i = 0; i < n && !d->failed; i++)
			read_elem(d, t, json_array_get(arr, i), i);
	}
	const json_t *sum = get_kind(d, rec, "summary", NULL, 0);
	at ps = { NULL, "summary", 0 };
	r->summary.claims = get_int(d, sum, "claims", &ps);
	r->summary.groups = get_int(d, sum, "groups", &ps);
	r->summary.conflicts = get_int(d, sum, "conflicts", &ps);
	r->summary.review = get_int(d, sum, "review", &ps);
	r->summary.unattributed = get_int(d, sum, "unattributed", &ps);
}

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

static fb_record *reader_new(rd *d, char *err, size_t errlen)
{
	fb_record *r = fb_xcalloc(1, sizeof *r);
	r->arena = fb_xcalloc(1, sizeof *r->arena);
	memset(d, 0, sizeof *d);
	d->r = r, d->a = r->arena, d->err = err, d->errlen = errlen;
	if (errlen)
		err[0] = '\0';
	return r;
}

/* The record read, its references resolved; or NULL after an error. */
static fb_record *reader_end(rd *d)
{
	if (d->failed) {
		fb_record_free(d->r);
		return NULL;
	}
	resolve(d->r);
	free(d->a->tab); /* nothing more is read into the arena */
	d->a->tab = NULL, d->a->tabcap = d->a->tabn = 0;
	free(d->a->sh);
	d->a->sh = NULL, d->a->shcap = d->a->shn = 0;
	return d->r;
}

fb_record *fb_record_read(const json_t *rec, char *err, size_t errlen)
{
	rd d;
	reader_new(&d, err, errlen);
	if (!json_is_object(rec))
		bad(&d, NULL, "an object", rec, NULL);
	else
		read_top(&d, rec);
	return reader_end(&d);
}

/* ------------------------------------------------------------ streaming */

typedef struct txt {
	const char *s;
	size_t n, pos;
	fb_read_behind_fn behind; /* told of what has been read, every ... */
	void *ctx;
	size_t told;              /* ... BEHIND_STEP bytes */
} txt;

#define BEHIND_STEP ((size_t)256 << 10)

static void skip_ws(txt *x)
{
	while (x->pos < x->n && (x->s[x->pos] == ' ' || x->s[x->pos] == '\t' || x->s[x->pos] == '\n' ||
	                         x->s[x->pos] == '\r'))
		x->pos++;
}

/* A JSON syntax error at byte at: "LINE:COL: why"; *line set. */
static void syntax(rd *d, const txt *x, size_t at_byte, const char *why, int *line)
{
	if (d->syntax_failed)
		return;
	d->failed = d->syntax_failed = 1;
	int ln = 1, col = 1;
	for (size_t i = 0; i < at_byte && i < x->n; i++) {
		if (x->s[i] == '\n')
			ln++, col = 1;
		else
			col++;
	}
	if (line)
		*line = ln;
	if (d->errlen)
		snprintf(d->err, d->errlen, "%d:%d: not a JSON record: %s", ln, col, why);
}

/* The JSON value at the cursor, which moves past it; NULL after an
 * error. */
static json_t *value_at(rd *d, txt *x, int *line)
{
	json_error_t je;
	json_t *v = json_loadb(x->s + x->pos, x->n - x->pos, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &je);
	if (!v) {
		syntax(d, x, x->pos + (je.position > 0 ? (size_t)je.position : 0), je.text, line);
		return NULL;
	}
	x->pos += (size_t)je.position;
	return v;
}

/* Expects the byte c at the cursor (after white space) and steps over it. */
static int expect(rd *d, txt *x, char c, const char *why, int *line)
{
	skip_ws(x);
	if (x->pos < x->n && x->s[x->pos] == c) {
		x->pos++;
		return 1;
	}
	syntax(d, x, x->pos, why, line);
	return 0;
}

/* The members of an element that may be as long as the article (a
 * source's mentions, a group's claims and pairs: one speaker quoted in
 * every paragraph): streamed an item at a time rather than parsed into a
 * tree whole, each item read into a vector and put into the element once
 * the rest of it is read. */
enum { L_MENTIONS, L_CLAIMS, L_PAIRS, L__MAX };

typedef struct longs {
	void *v[L__MAX];
	size_t n[L__MAX], cap[L__MAX];
	int seen[L__MAX];         /* the member was given as an array */
} longs;

static int long_member(int t, const char *key)
{
	if (t == T_SRC && strcmp(key, "mentions") == 0)
		return L_MENTIONS;
	if (t == T_GROUP && strcmp(key, "claims") == 0)
		return L_CLAIMS;
	if (t == T_GROUP && strcmp(key, "conflicts") == 0)
		return L_PAIRS;
	return -1;
}

static void *long_push(longs *ls, int k, size_t size)
{
	if (ls->n[k] == ls->cap[k]) {
		ls->cap[k] = ls->cap[k] ? 2 * ls->cap[k] : 64;
		ls->v[k] = fb_xrealloc(ls->v[k], ls->cap[k], size);
	}
	void *p = (char *)ls->v[k] + ls->n[k]++ * size;
	memset(p, 0, size);
	return p;
}

/* Reads item v (number idx) of long member k of element p. */
static void long_item(rd *d, longs *ls, int k, const json_t *v, const at *pm, size_t j)
{
	at pk = { pm, NULL, j };
	if (k == L_CLAIMS) {
		if (!json_is_string(v)) {
			bad(d, &pk, "a string", v, NULL);
			return;
		}
		fb_rec_ref *r = long_push(ls, k, sizeof *r);
		*r = (fb_rec_ref){ arena_str(d->a, json_string_value(v), strlen(json_string_value(v))), -1 };
		return;
	}
	if (!json_is_object(v)) {
		bad(d, &pk, "an object", v, NULL);
		return;
	}
	if (k == L_MENTIONS)
		read_mention(d, v, long_push(ls, k, sizeof(fb_rec_mention)), &pk);
	else
		read_pair(d, v, long_push(ls, k, sizeof(fb_rec_pair)), &pk);
}

/* Puts the streamed members into the element just read. */
static void long_put(rd *d, int t, longs *ls)
{
	static const size_t size[L__MAX] = { sizeof(fb_rec_mention), sizeof(fb_rec_ref), sizeof(fb_rec_pair) };
	void *a[L__MAX] = { NULL };
	for (int k = 0; k < L__MAX; k++)
		if (ls->seen[k] && ls->n[k]) {
			a[k] = arena_array(d->a, ls->n[k], size[k]);
			memcpy(a[k], ls->v[k], ls->n[k] * size[k]);
		}
	if (t == T_SRC && d->r->nsources && ls->seen[L_MENTIONS]) {
		fb_rec_source *s = &d->r->sources[d->r->nsources - 1];
		s->mentions = a[L_MENTIONS], s->nmentions = ls->n[L_MENTIONS];
	}
	if (t == T_GROUP && d->r->ngroups) {
		fb_rec_group *g = &d->r->groups[d->r->ngroups - 1];
		if (ls->seen[L_CLAIMS])
			g->claims = a[L_CLAIMS], g->nclaims = ls->n[L_CLAIMS];
		if (ls->seen[L_PAIRS])
			g->pairs = a[L_PAIRS], g->npairs = ls->n[L_PAIRS];
	}
}

static void tell_behind(txt *x)
{
	if (x->behind && x->pos - x->told >= BEHIND_STEP)
		x->behind(x->ctx, x->told = x->pos);
}

/* Element i of the record's array t, at the cursor (a '{'), read with its
 * long members streamed. Returns 0, or -1 after a syntax error. */
static int stream_elem(rd *d, txt *x, int t, size_t i, int *line)
{
	at pa = { NULL, table_keys[t], 0 }, pi = { &pa, NULL, i };
	json_t *obj = json_object();
	longs ls;
	memset(&ls, 0, sizeof ls);
	int rc = -1;
	x->pos++; /* '{' */
	skip_ws(x);
	if (x->pos < x->n && x->s[x->pos] == '}')
		x->pos++;
	else
		for (;;) {
			skip_ws(x);
			if (x->pos >= x->n || x->s[x->pos] != '"') {
				syntax(d, x, x->pos, "string or '}' expected", line);
				goto out;
			}
			json_t *kv = value_at(d, x, line);
			if (!kv)
				goto out;
			char *key = fb_xstrdup(json_string_value(kv));
			json_decref(kv);
			int k = long_member(t, key);
			if (!expect(d, x, ':', "':' expected", line)) {
				free(key);
				goto out;
			}
			skip_ws(x);
			if (k >= 0 && x->pos < x->n && x->s[x->pos] == '[') {
				x->pos++;
				json_object_del(obj, key); /* a key given twice: the last counts */
				ls.seen[k] = 1, ls.n[k] = 0;
				at pm = { &pi, key, 0 };
				skip_ws(x);
				if (x->pos < x->n && x->s[x->pos] == ']')
					x->pos++;
				else
					for (size_t j = 0;; j++) {
						skip_ws(x);
						json_t *v = value_at(d, x, line);
						if (!v) {
							free(key);
							goto out;
						}
						if (!d->failed)
							long_item(d, &ls, k, v, &pm, j);
						json_decref(v);
						tell_behind(x);
						skip_ws(x);
						if (x->pos < x->n && x->s[x->pos] == ']') {
							x->pos++;
							break;
						}
						if (!expect(d, x, ',', "',' or ']' expected", line)) {
							free(key);
							goto out;
						}
					}
			} else {
				json_t *v = value_at(d, x, line);
				if (!v) {
					free(key);
					goto out;
				}
				if (k >= 0)
					ls.seen[k] = 0; /* not an array: read_elem says so */
				json_object_set_new(obj, key, v);
			}
			free(key);
			skip_ws(x);
			if (x->pos < x->n && x->s[x->pos] == '}') {
				x->pos++;
				break;
			}
			if (!expect(d, x, ',', "',' or '}' expected", line))
				goto out;
		}
	if (!d->failed) {
		read_elem(d, t, obj, i);
		if (!d->failed)
			long_put(d, t, &ls);
	}
	rc = 0;
out:
	json_decref(obj);
	for (int k = 0; k < L__MAX; k++)
		free(ls.v[k]);
	return rc;
}

/* Streams the elements of one of the record's arrays, at the cursor (its
 * '[' read): each is parsed alone, read and freed. */
static void stream_table(rd *d, txt *x, int t, int *line)
{
	clear_table(d, t);
	skip_ws(x);
	if (x->pos < x->n && x->s[x->pos] == ']') {
		x->pos++;
		return;
	}
	for (size_t i = 0; !d->syntax_failed; i++) {
		skip_ws(x);
		if ((t == T_SRC || t == T_GROUP) && x->pos < x->n && x->s[x->pos] == '{') {
			if (stream_elem(d, x, t, i, line) != 0)
				return;
		} else {
			json_t *v = value_at(d, x, line);
			if (!v)
				return;
			if (!d->failed) /* after a type error, only the syntax is checked */
				read_elem(d, t, v, i);
			json_decref(v);
		}
		tell_behind(x);
		skip_ws(x);
		if (x->pos < x->n && x->s[x->pos] == ']') {
			x->pos++;
			return;
		}
		if (!expect(d, x, ',', "',' or ']' expected", line))
			return;
	}
}

fb_record *fb_record_read_text(const char *text, size_t len, int *line, char *err, size_t errlen)
{
	return fb_record_read_text_behind(text, len, line, err, errlen, NULL, NULL);
}

fb_record *fb_record_read_text_behind(const char *text, size_t len, int *line, char *err, size_t errlen,
    fb_read_behind_fn behind, void *ctx)
{
	rd d;
	reader_new(&d, err, errlen);
	if (line)
		*line = 0;
	txt x = { text ? text : "", text ? len : 0, 0, behind, ctx, 0 };
	json_t *top = json_object(); /* the members that are not streamed */
	if (!expect(&d, &x, '{', "'{' expected", line))
		goto out;
	skip_ws(&x);
	if (x.pos < x.n && x.s[x.pos] == '}')
		x.pos++;
	else
		for (;;) {
			skip_ws(&x);
			if (x.pos >= x.n || x.s[x.pos] != '"') {
				syntax(&d, &x, x.pos, "a key expected", line);
				goto out;
			}
			json_t *k = value_at(&d, &x, line);
			if (!k)
				goto out;
			char *key = fb_xstrdup(json_string_value(k));
			json_decref(k);
			int t = 0;
			while (t < T__MAX && strcmp(key, table_keys[t]) != 0)
				t++;
			if (!expect(&d, &x, ':', "':' expected", line)) {
				free(key);
				goto out;
			}
			skip_ws(&x);
			if (t < T__MAX && x.pos < x.n && x.s[x.pos] == '[') {
				x.pos++;
				json_object_del(top, key);
				stream_table(&d, &x, t, line);
			} else {
				json_t *v = value_at(&d, &x, line);
				if (v)
					json_object_set_new(top, key, v);
			}
			free(key);
			if (d.syntax_failed)
				goto out;
			skip_ws(&x);
			if (x.pos < x.n && x.s[x.pos] == '}') {
				x.pos++;
				break;
			}
			if (!expect(&d, &x, ',', "',' or '}' expected", line))
				goto out;
		}
	skip_ws(&x);
	if (x.pos < x.n) {
		syntax(&d, &x, x.pos, "end of file expected", line);
		goto out;
	}
	if (!d.failed)
		read_top(&d, top);
out:
	json_decref(top);
	return reader_end(&d);
}
