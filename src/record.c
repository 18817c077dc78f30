/* record.c - builds the JSON verification record (spec/record.md) from the
 * model: a jansson tree for the renderers, or JSON text written as it goes;
 * stable key order, SHA-256 of the input bytes. */
#include "record.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *const fb_qkind_names[FB_QK__MAX] = {
	"count", "ordinal", "duration", "date", "time", "percent", "money", "measure",
};
const char *const fb_skind_names[FB_SK__MAX] = {
	"person", "organization", "anonymous", "outlet", "document",
};
const char *const fb_cflag_names[FB_CF__COUNT] = {
	"unattributed", "anonymous-source", "ambiguous-source", "hedged", "quoted", "derived", "vague",
};
const char *const fb_status_names[FB_ST__MAX] = {
	"single", "consistent", "review", "conflict", "unverifiable",
};

/* SHA-256 (FIPS 180-4), here rather than through OpenSSL: EVP's first
 * call loads providers and configuration, over a millisecond at start-up
 * for one digest of a few kilobytes. */
static const uint32_t sha_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define SHA_ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

/* Folds one 64-byte block into the state h. */
static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = SHA_ROR(w[i - 15], 7) ^ SHA_ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = SHA_ROR(w[i - 2], 17) ^ SHA_ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = hh + (SHA_ROR(e, 6) ^ SHA_ROR(e, 11) ^ SHA_ROR(e, 25)) + ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
		uint32_t t2 = (SHA_ROR(a, 2) ^ SHA_ROR(a, 13) ^ SHA_ROR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
	}
	h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

void fb_sha256_hex(const char *buf, size_t len, char out[65])
{
	uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char *p = (const unsigned char *)buf;
	size_t i = 0;
	for (; len - i >= 64; i += 64)
		sha256_block(h, p + i);
	unsigned char tail[128] = { 0 };
	size_t rest = len - i;
	memcpy(tail, p + i, rest);
	tail[rest] = 0x80;
	size_t tl = rest + 1 + 8 <= 64 ? 64 : 128;
	uint64_t bits = (uint64_t)len * 8;
	for (int k = 0; k < 8; k++)
		tail[tl - 1 - k] = (unsigned char)(bits >> (8 * k));
	sha256_block(h, tail);
	if (tl == 128)
		sha256_block(h, tail + 64);
	static const char hex[] = "0123456789abcdef";
	for (int k = 0; k < 32; k++) {
		unsigned char byte = (unsigned char)(h[k / 4] >> (24 - 8 * (k % 4)));
		out[2 * k] = hex[byte >> 4];
		out[2 * k + 1] = hex[byte & 15];
	}
	out[64] = '\0';
}

void fb_iso8601(time_t t, char out[21])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* -------------------------------------------------------------- emitter */

/* The record is produced once, through an emitter with two ends: a
 * jansson tree (fb_record_build, for the renderers) or JSON text written
 * as it goes (fb_record_write, for -f json and --jsonl), so that a big
 * article's record never sits in memory twice, as a tree and as text.
 * One producer keeps the two byte for byte alike: the text is what
 * json_dumps gives for the tree with JSON_INDENT(2) or JSON_COMPACT and
 * JSON_REAL_PRECISION(15). As with jansson, a string that is not valid
 * UTF-8 (or NULL) is left out, with its key. */

#define EMIT_DEPTH 16

typedef struct emitter {
	int text;                 /* 0: build a tree; 1: write text */
	/* tree */
	json_t *root;
	json_t *stack[EMIT_DEPTH];
	/* text */
	fb_buf *out;
	FILE *f;                  /* flushed to when out grows, if not NULL */
	int indent;               /* 2, or 0 for compact */
	int failed;               /* a write to f failed */
	size_t count[EMIT_DEPTH]; /* items written in each open container */
	/* both */
	int depth;                /* open containers */
	const char *key;          /* the key for the next value in an object */
} emitter;

static int utf8_ok(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t l;
		unsigned min;
		if (c >= 0xC2 && c <= 0xDF)
			l = 2, min = 0x80;
		else if (c >= 0xE0 && c <= 0xEF)
			l = 3, min = 0x800;
		else if (c >= 0xF0 && c <= 0xF4)
			l = 4, min = 0x10000;
		else
			return 0;
		if (i + l > n)
			return 0;
		unsigned cp = c & (l == 2 ? 0x1F : l == 3 ? 0x0F : 0x07);
		for (size_t k = 1; k < l; k++) {
			if ((u[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (u[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += l;
	}
	return 1;
}

static void put_indent(fb_buf *o, int indent, int depth);
static void put_jstring(fb_buf *o, const char *s, size_t n);
static void put_jint(fb_buf *o, json_int_t v);

static void e_flush(emitter *e)
{
	if (e->f && e->out->len) {
		if (fwrite(e->out->p, 1, e->out->len, e->f) != e->out->len)
			e->failed = 1;
		e->out->len = 0;
		e->out->p[0] = '\0';
	}
}

/* Text: the separator, indentation and key before a value. */
static void e_pre(emitter *e)
{
	if (e->depth == 0)
		return;
	size_t *n = &e->count[e->depth - 1];
	if (*n)
		fb_buf_putc(e->out, ',');
	put_indent(e->out, e->indent, e->depth);
	(*n)++;
	if (e->key) {
		put_jstring(e->out, e->key, strlen(e->key));
		fb_buf_put(e->out, e->indent ? ": " : ":", e->indent ? 2 : 1);
	}
	e->key = NULL;
	if (e->f && e->out->len > (256u << 10))
		e_flush(e);
}

/* Tree: hangs v on the open container (takes the reference). */
static void e_attach(emitter *e, json_t *v)
{
	if (e->depth == 0) {
		e->root = v;
		return;
	}
	json_t *top = e->stack[e->depth - 1];
	if (json_is_object(top))
		json_object_set_new(top, e->key, v);
	else
		json_array_append_new(top, v);
	e->key = NULL;
}

static void e_key(emitter *e, const char *k)
{
	e->key = k;
}

static void e_open(emitter *e, int obj)
{
	if (e->depth >= EMIT_DEPTH)
		abort(); /* the record's depth is fixed by its schema */
	if (e->text) {
		e_pre(e);
		fb_buf_putc(e->out, obj ? '{' : '[');
		e->count[e->depth] = 0;
	} else {
		json_t *c = obj ? json_object() : json_array();
		e->stack[e->depth] = c;
		e_attach(e, c); /* the parent (or the root) holds the reference */
	}
	e->depth++;
}

static void e_obj(emitter *e) { e_open(e, 1); }
static void e_arr(emitter *e) { e_open(e, 0); }

/* Closes the innermost container, an object when obj (text needs its
 * bracket). */
static void e_close(emitter *e, int obj)
{
	e->depth--;
	if (e->text) {
		if (e->count[e->depth])
			put_indent(e->out, e->indent, e->depth);
		fb_buf_putc(e->out, obj ? '}' : ']');
	}
}

static void e_strn(emitter *e, const char *s, size_t n)
{
	if (!s || !utf8_ok(s, n)) {
		e->key = NULL; /* jansson leaves out the key of a bad string */
		return;
	}
	if (e->text) {
		e_pre(e);
		put_jstring(e->out, s, n);
	} else
		e_attach(e, json_stringn(s, n));
}

static void e_str(emitter *e, const char *s)
{
	e_strn(e, s, s ? strlen(s) : 0);
}

static void e_int(emitter *e, long long v)
{
	if (e->text) {
		e_pre(e);
		put_jint(e->out, (json_int_t)v);
	} else
		e_attach(e, json_integer((json_int_t)v));
}

static void e_null(emitter *e)
{
	if (e->text) {
		e_pre(e);
		fb_buf_put(e->out, "null", 4);
	} else
		e_attach(e, json_null());
}

static void e_bool(emitter *e, int b)
{
	if (e->text) {
		e_pre(e);
		fb_buf_puts(e->out, b ? "true" : "false");
	} else
		e_attach(e, json_boolean(b));
}

/* A number: an integer when it is one, else a real (null if not finite). */
static void e_num(emitter *e, double v)
{
	if (!isfinite(v)) {
		e_null(e);
		return;
	}
	if (v == floor(v) && fabs(v) < 9007199254740992.0) {
		e_int(e, (long long)v);
		return;
	}
	json_t *r = json_real(v);
	if (e->text) {
		e_pre(e);
		char *s = json_dumps(r, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
		fb_buf_puts(e->out, s ? s : "null");
		free(s);
		json_decref(r);
	} else
		e_attach(e, r);
}

/* The text of doc[a,b) with white space folded, as the record keeps it. */
static void fold_span(const fb_doc *doc, size_t a, size_t b, fb_buf *o)
{
	/* Runs without white space are copied whole: this is on every claim. */
	const char *s = doc->buf;
	o->len = 0;
	for (size_t i = a; i < b;) {
		if (fb_isspace((unsigned char)s[i])) {
			while (i < b && fb_isspace((unsigned char)s[i]))
				i++;
			if (o->len && i < b)
				fb_buf_putc(o, ' ');
			continue;
		}
		size_t r = i;
		while (r < b && !fb_isspace((unsigned char)s[r]))
			r++;
		fb_buf_put(o, s + i, r - i);
		i = r;
	}
	if (!o->p)
		fb_buf_put(o, "", 0);
}

static void e_text(emitter *e, const fb_doc *doc, size_t a, size_t b, fb_buf *scratch)
{
	fold_span(doc, a, b, scratch);
	e_strn(e, scratch->p, scratch->len);
}

static void e_flags(emitter *e, unsigned flags, const char *const *names, size_t count)
{
	e_arr(e);
	for (size_t i = 0; i < count; i++)
		if (flags & (1u << i))
			e_str(e, names[i]);
	e_close(e, 0);
}

static const char *const sflag_names[] = { "roles-differ", "aliases-merged", "ambiguous-mention" };

static void e_quantity(emitter *e, const fb_doc *doc, const fb_quantity *q, fb_buf *scratch)
{
	e_obj(e);
	e_key(e, "surface"), e_text(e, doc, q->start, q->end, scratch);
	e_key(e, "start"), e_int(e, (long long)q->start);
	e_key(e, "end"), e_int(e, (long long)q->end);
	e_key(e, "kind"), e_str(e, fb_qkind_names[q->kind]);
	e_key(e, "value");
	if (q->has_value)
		e_num(e, q->value);
	else
		e_null(e);
	e_key(e, "min");
	if (q->has_min)
		e_num(e, q->min);
	else
		e_null(e);
	e_key(e, "max");
	if (q->has_max)
		e_num(e, q->max);
	else
		e_null(e);
	e_key(e, "min_open"), e_bool(e, q->min_open);
	e_key(e, "max_open"), e_bool(e, q->max_open);
	e_key(e, "approx"), e_bool(e, q->approx);
	e_key(e, "vague"), e_bool(e, q->vague);
	e_key(e, "unit");
	if (q->unit)
		e_str(e, q->unit);
	else
		e_null(e);
	if (q->nparts) {
		e_key(e, "parts");
		e_arr(e);
		for (size_t i = 0; i < q->nparts; i++) {
			e_obj(e);
			e_key(e, "value"), e_num(e, q->parts[i].value);
			e_key(e, "what"), e_text(e, doc, q->parts[i].what_start, q->parts[i].what_end, scratch);
			e_close(e, 1);
		}
		e_close(e, 0);
	}
	e_close(e, 1);
}

json_t *fb_quantity_json(const fb_doc *doc, const fb_quantity *q)
{
	emitter e = { 0 };
	fb_buf scratch = { 0 };
	e_quantity(&e, doc, q, &scratch);
	fb_buf_free(&scratch);
	return e.root;
}

static void e_src_id(emitter *e, int i)
{
	if (i < 0) {
		e_null(e);
		return;
	}
	char id[24];
	snprintf(id, sizeof id, "S%d", i + 1);
	e_str(e, id);
}

static void e_ids(emitter *e, const int *v, size_t n)
{
	e_arr(e);
	for (size_t i = 0; i < n; i++)
		e_src_id(e, v[i]);
	e_close(e, 0);
}

/* "C12" for claim index 11. */
static void e_claim_id(emitter *e, size_t i)
{
	char id[24];
	snprintf(id, sizeof id, "C%zu", i + 1);
	e_str(e, id);
}

static void e_strs(emitter *e, char **v, size_t n)
{
	e_arr(e);
	for (size_t i = 0; i < n; i++)
		e_str(e, v[i]);
	e_close(e, 0);
}

static void e_sources(emitter *e, const fb_attribution *at)
{
	e_arr(e);
	for (size_t i = 0; at && i < at->nsrc; i++) {
		const fb_source *s = &at->src[i];
		e_obj(e);
		e_key(e, "id"), e_src_id(e, (int)i);
		e_key(e, "name"), e_str(e, s->name);
		e_key(e, "kind"), e_str(e, fb_skind_names[s->kind]);
		e_key(e, "aliases"), e_strs(e, s->aliases, s->naliases);
		e_key(e, "roles"), e_strs(e, s->roles, s->nroles);
		e_key(e, "flags"), e_flags(e, s->flags, sflag_names, 3);
		e_key(e, "mentions");
		e_arr(e);
		for (size_t k = 0; k < s->nmentions; k++) {
			e_obj(e);
			e_key(e, "paragraph"), e_int(e, (long long)s->mentions[k].para + 1);
			e_key(e, "start"), e_int(e, (long long)s->mentions[k].start);
			e_key(e, "end"), e_int(e, (long long)s->mentions[k].end);
			e_close(e, 1);
		}
		e_close(e, 0);
		e_close(e, 1);
	}
	e_close(e, 0);
}

/* The flags a claim carries: its own, its attribution's, and
 * unattributed when nobody is named. */
static unsigned claim_flags(const fb_claim *k, const fb_attribution *at, const fb_qlist *ql)
{
	unsigned f = k->flags;
	const fb_attrib *a = k->attr >= 0 && at ? &at->attr[k->attr] : NULL;
	if (a)
		f |= a->flags;
	if (at && k->sent < SIZE_MAX && at->sent_flags)
		f |= at->sent_flags[k->sent] & (FB_CF_HEDGED);
	if (!a || a->source < 0)
		f |= FB_CF_UNATTRIBUTED;
	else
		f &= ~FB_CF_UNATTRIBUTED;
	const fb_quantity *q = k->quantity >= 0 ? &ql->q[k->quantity] : k->has_own ? &k->own : NULL;
	if (q && q->vague)
		f |= FB_CF_VAGUE;
	return f;
}

static void e_claims(emitter *e, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, size_t *unattributed, fb_buf *scratch)
{
	e_arr(e);
	for (size_t i = 0; c && i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		const fb_sent *st = &doc->sent[k->sent];
		const fb_attrib *a = k->attr >= 0 && at ? &at->attr[k->attr] : NULL;
		e_obj(e);
		e_key(e, "id"), e_claim_id(e, i);
		e_key(e, "type"), e_str(e, k->type == FB_CT_NUMERIC ? "numeric" : "attribution");
		e_key(e, "paragraph"), e_int(e, (long long)st->para + 1);
		e_key(e, "sentence"), e_int(e, (long long)(k->sent - doc->para[st->para].first_sent + 1));
		e_key(e, "start"), e_int(e, (long long)k->start);
		e_key(e, "end"), e_int(e, (long long)k->end);
		e_key(e, "text"), e_text(e, doc, k->start, k->end, scratch);
		e_key(e, "source");
		if (a)
			e_src_id(e, a->source);
		else
			e_null(e);
		e_key(e, "sources");
		if (a)
			e_ids(e, a->sources, a->nsources);
		else
			e_arr(e), e_close(e, 0);
		e_key(e, "source_candidates");
		if (a)
			e_ids(e, a->candidates, a->ncandidates);
		else
			e_arr(e), e_close(e, 0);
		e_key(e, "via");
		if (a)
			e_src_id(e, a->via);
		else
			e_null(e);
		unsigned f = claim_flags(k, at, ql);
		if (f & FB_CF_UNATTRIBUTED)
			(*unattributed)++;
		e_key(e, "flags"), e_flags(e, f, fb_cflag_names, FB_CF__COUNT);
		if (k->quantity >= 0)
			e_key(e, "quantity"), e_quantity(e, doc, &ql->q[k->quantity], scratch);
		else if (k->has_own)
			e_key(e, "quantity"), e_quantity(e, doc, &k->own, scratch);
		e_key(e, "measure");
		if (k->measure)
			e_str(e, k->measure);
		else
			e_null(e);
		e_key(e, "subject");
		if (k->subject)
			e_str(e, k->subject);
		else
			e_null(e);
		int g = al ? al->claim_group[i] : -1;
		char gid[24];
		snprintf(gid, sizeof gid, "G%d", g + 1);
		e_key(e, "group");
		if (g >= 0)
			e_str(e, gid);
		else
			e_null(e);
		e_key(e, "status"), e_str(e, fb_status_names[al ? al->claim_status[i] : FB_ST_SINGLE]);
		if (k->derived_from >= 0)
			e_key(e, "derived_from"), e_claim_id(e, (size_t)k->derived_from);
		e_close(e, 1);
	}
	e_close(e, 0);
}

static void e_groups(emitter *e, const fb_alignment *al, size_t *conflicts, size_t *review)
{
	e_arr(e);
	for (size_t i = 0; al && i < al->ng; i++) {
		const fb_group *g = &al->g[i];
		e_obj(e);
		char gid[24];
		snprintf(gid, sizeof gid, "G%zu", i + 1);
		e_key(e, "id"), e_str(e, gid);
		e_key(e, "measure");
		if (g->measure)
			e_str(e, g->measure);
		else
			e_null(e);
		e_key(e, "subject");
		if (g->subject)
			e_str(e, g->subject);
		else
			e_null(e);
		e_key(e, "claims");
		e_arr(e);
		for (size_t k = 0; k < g->nclaims; k++)
			e_claim_id(e, g->claims[k]);
		e_close(e, 0);
		e_key(e, "status"), e_str(e, fb_status_names[g->status]);
		e_key(e, "conflicts");
		e_arr(e);
		for (size_t k = 0; k < g->npairs; k++) {
			e_obj(e);
			e_key(e, "a"), e_claim_id(e, g->pairs[k].a);
			e_key(e, "b"), e_claim_id(e, g->pairs[k].b);
			e_key(e, "reason"), e_str(e, g->pairs[k].reason ? g->pairs[k].reason : "");
			e_key(e, "review"), e_bool(e, g->pairs[k].review);
			e_close(e, 1);
		}
		e_close(e, 0);
		e_key(e, "independent_sources"), e_int(e, (long long)g->independent);
		e_key(e, "summary"), e_str(e, g->summary ? g->summary : "");
		if (g->status == FB_ST_CONFLICT)
			(*conflicts)++;
		else if (g->status == FB_ST_REVIEW)
			(*review)++;
		e_close(e, 1);
	}
	e_close(e, 0);
}

static void e_record(emitter *e, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o, fb_record_summary *sum)
{
	fb_buf scratch = { 0 };
	e_obj(e);
	e_key(e, "schema"), e_str(e, "factbrief.record/1");
	e_key(e, "tool");
	e_obj(e);
	e_key(e, "name"), e_str(e, "factbrief");
	e_key(e, "version"), e_str(e, FB_VERSION);
	e_close(e, 1);
	char when[21];
	fb_iso8601(o->generated, when);
	e_key(e, "generated"), e_str(e, when);

	e_key(e, "input");
	e_obj(e);
	e_key(e, "path"), e_str(e, doc->path ? doc->path : "-");
	e_key(e, "bytes"), e_int(e, (long long)doc->len);
	char sha[65];
	fb_sha256_hex(doc->buf, doc->len, sha);
	e_key(e, "sha256"), e_str(e, sha);
	/* the title: --title, else the first paragraph that is not site
	 * furniture (and is valid text), else "" */
	const char *title = NULL;
	size_t tlen = 0;
	if (o->title && utf8_ok(o->title, strlen(o->title)))
		title = o->title, tlen = strlen(o->title);
	for (size_t i = 0; !title && i < doc->npara; i++)
		if (!doc->para[i].boilerplate) {
			fold_span(doc, doc->para[i].start, doc->para[i].end, &scratch);
			if (utf8_ok(scratch.p, scratch.len))
				title = scratch.p, tlen = scratch.len;
		}
	e_key(e, "title"), e_strn(e, title ? title : "", title ? tlen : 0);
	e_close(e, 1);

	e_key(e, "paragraphs");
	e_arr(e);
	for (size_t i = 0; i < doc->npara; i++) {
		e_obj(e);
		e_key(e, "n"), e_int(e, (long long)i + 1);
		e_key(e, "start"), e_int(e, (long long)doc->para[i].start);
		e_key(e, "end"), e_int(e, (long long)doc->para[i].end);
		e_key(e, "sentences"), e_int(e, (long long)doc->para[i].nsent);
		e_key(e, "boilerplate"), e_bool(e, doc->para[i].boilerplate);
		e_close(e, 1);
	}
	e_close(e, 0);
	e_key(e, "sources"), e_sources(e, at);
	fb_record_summary s = { 0 };
	e_key(e, "claims"), e_claims(e, doc, ql, at, c, al, &s.unattributed, &scratch);
	e_key(e, "groups"), e_groups(e, al, &s.conflicts, &s.review);
	s.claims = c ? c->nc : 0;
	s.groups = al ? al->ng : 0;
	e_key(e, "summary");
	e_obj(e);
	e_key(e, "claims"), e_int(e, (long long)s.claims);
	e_key(e, "groups"), e_int(e, (long long)s.groups);
	e_key(e, "conflicts"), e_int(e, (long long)s.conflicts);
	e_key(e, "review"), e_int(e, (long long)s.review);
	e_key(e, "unattributed"), e_int(e, (long long)s.unattributed);
	e_close(e, 1);
	e_close(e, 1);
	if (sum)
		*sum = s;
	fb_buf_free(&scratch);
}

json_t *fb_record_build(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o)
{
	emitter e = { 0 };
	e_record(&e, doc, ql, at, c, al, o, NULL);
	return e.root;
}

int fb_record_write(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o, int compact,
    fb_buf *out, FILE *f, fb_record_summary *sum)
{
	fb_buf local = { 0 };
	emitter e = { .text = 1, .out = f ? &local : out, .f = f, .indent = compact ? 0 : 2 };
	e_record(&e, doc, ql, at, c, al, o, sum);
	if (!compact)
		fb_buf_putc(e.out, '\n');
	e_flush(&e);
	fb_buf_free(&local);
	return e.failed ? -1 : 0;
}

/* ------------------------------------------------------------ serialiser */

/* The record is written by hand rather than by json_dumps: jansson checks
 * every container for cycles through a hash table and calls back once per
 * token, which made dumping a quarter of the whole analysis. The output is
 * byte for byte what json_dumps gives with JSON_INDENT(2) (or JSON_COMPACT)
 * and JSON_REAL_PRECISION(15): keys in insertion order, '"', '\\' and
 * control characters escaped (\u00XX in upper case), UTF-8 as is. Reals,
 * rare in a record, are still formatted by jansson. */

static void put_indent(fb_buf *o, int indent, int depth)
{
	static const char spaces[] = "                                ";
	if (!indent)
		return;
	fb_buf_putc(o, '\n');
	size_t n = (size_t)indent * (size_t)depth;
	while (n) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		fb_buf_put(o, spaces, k);
		n -= k;
	}
}

static void put_jstring(fb_buf *o, const char *s, size_t n)
{
	fb_buf_putc(o, '"');
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		fb_buf_put(o, s + run, i - run);
		run = i + 1;
		char esc[8];
		switch (c) {
		case '"': fb_buf_put(o, "\\\"", 2); break;
		case '\\': fb_buf_put(o, "\\\\", 2); break;
		case '\b': fb_buf_put(o, "\\b", 2); break;
		case '\f': fb_buf_put(o, "\\f", 2); break;
		case '\n': fb_buf_put(o, "\\n", 2); break;
		case '\r': fb_buf_put(o, "\\r", 2); break;
		case '\t': fb_buf_put(o, "\\t", 2); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04X", c);
			fb_buf_put(o, esc, 6);
		}
	}
	fb_buf_put(o, s + run, n - run);
	fb_buf_putc(o, '"');
}

static void put_jint(fb_buf *o, json_int_t v)
{
	char tmp[24];
	size_t i = sizeof tmp;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do
		tmp[--i] = (char)('0' + u % 10);
	while ((u /= 10));
	if (v < 0)
		tmp[--i] = '-';
	fb_buf_put(o, tmp + i, sizeof tmp - i);
}

/* Writes j; the record's depth is fixed by its schema (no input decides
 * it), so the recursion is bounded. */
static void put_json(fb_buf *o, const json_t *j, int indent, int depth)
{
	switch (json_typeof(j)) {
	case JSON_NULL: fb_buf_put(o, "null", 4); break;
	case JSON_TRUE: fb_buf_put(o, "true", 4); break;
	case JSON_FALSE: fb_buf_put(o, "false", 5); break;
	case JSON_INTEGER: put_jint(o, json_integer_value(j)); break;
	case JSON_REAL: {
		char *r = json_dumps(j, JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
		fb_buf_puts(o, r ? r : "null");
		free(r);
		break;
	}
	case JSON_STRING: put_jstring(o, json_string_value(j), json_string_length(j)); break;
	case JSON_ARRAY: {
		size_t n = json_array_size(j);
		fb_buf_putc(o, '[');
		if (n == 0) {
			fb_buf_putc(o, ']');
			break;
		}
		put_indent(o, indent, depth + 1);
		for (size_t i = 0; i < n; i++) {
			put_json(o, json_array_get(j, i), indent, depth + 1);
			if (i + 1 < n) {
				fb_buf_putc(o, ',');
				put_indent(o, indent, depth + 1);
			} else
				put_indent(o, indent, depth);
		}
		fb_buf_putc(o, ']');
		break;
	}
	case JSON_OBJECT: {
		void *it = json_object_iter((json_t *)j);
		fb_buf_putc(o, '{');
		if (!it) {
			fb_buf_putc(o, '}');
			break;
		}
		put_indent(o, indent, depth + 1);
		while (it) {
			void *next = json_object_iter_next((json_t *)j, it);
			const char *k = json_object_iter_key(it);
			put_jstring(o, k, strlen(k));
			fb_buf_put(o, indent ? ": " : ":", indent ? 2 : 1);
			put_json(o, json_object_iter_value(it), indent, depth + 1);
			if (next) {
				fb_buf_putc(o, ',');
				put_indent(o, indent, depth + 1);
			} else
				put_indent(o, indent, depth);
			it = next;
		}
		fb_buf_putc(o, '}');
		break;
	}
	}
}

char *fb_record_dump(const json_t *rec)
{
	if (!rec)
		return fb_xstrdup("{}\n");
	fb_buf o = { 0 };
	put_json(&o, rec, 2, 0);
	fb_buf_putc(&o, '\n');
	return o.p;
}

char *fb_record_dump_compact(const json_t *rec)
{
	if (!rec)
		return fb_xstrdup("{}");
	fb_buf o = { 0 };
	put_json(&o, rec, 0, 0);
	return o.p;
}
