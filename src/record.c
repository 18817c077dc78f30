/* record.c - builds the JSON verification record (spec/record.md) from the
 * model with jansson: stable key order, SHA-256 of the input bytes. */
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

/* A number as JSON: an integer when it is one, else a real. */
static json_t *num(double v)
{
	if (!isfinite(v))
		return json_null();
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *text_of(const fb_doc *doc, size_t a, size_t b)
{
	/* The record keeps the original characters; only white space folds.
	 * Runs without white space are copied whole: this is on every claim. */
	const char *s = doc->buf;
	char stackbuf[512] = "";
	size_t cap = b > a ? b - a : 0;
	char *o = cap <= sizeof stackbuf ? stackbuf : fb_xmalloc(cap);
	size_t len = 0;
	for (size_t i = a; i < b;) {
		if (fb_isspace((unsigned char)s[i])) {
			while (i < b && fb_isspace((unsigned char)s[i]))
				i++;
			if (len && i < b)
				o[len++] = ' ';
			continue;
		}
		size_t r = i;
		while (r < b && !fb_isspace((unsigned char)s[r]))
			r++;
		memcpy(o + len, s + i, r - i);
		len += r - i;
		i = r;
	}
	json_t *j = json_stringn(o, len);
	if (o != stackbuf)
		free(o);
	return j;
}

static json_t *flags_json(unsigned flags, const char *const *names, size_t count)
{
	json_t *a = json_array();
	for (size_t i = 0; i < count; i++)
		if (flags & (1u << i))
			json_array_append_new(a, json_string(names[i]));
	return a;
}

static const char *const sflag_names[] = { "roles-differ", "aliases-merged", "ambiguous-mention" };

json_t *fb_quantity_json(const fb_doc *doc, const fb_quantity *q)
{
	json_t *o = json_object();
	json_object_set_new(o, "surface", text_of(doc, q->start, q->end));
	json_object_set_new(o, "start", json_integer((json_int_t)q->start));
	json_object_set_new(o, "end", json_integer((json_int_t)q->end));
	json_object_set_new(o, "kind", json_string(fb_qkind_names[q->kind]));
	json_object_set_new(o, "value", q->has_value ? num(q->value) : json_null());
	json_object_set_new(o, "min", q->has_min ? num(q->min) : json_null());
	json_object_set_new(o, "max", q->has_max ? num(q->max) : json_null());
	json_object_set_new(o, "min_open", json_boolean(q->min_open));
	json_object_set_new(o, "max_open", json_boolean(q->max_open));
	json_object_set_new(o, "approx", json_boolean(q->approx));
	json_object_set_new(o, "vague", json_boolean(q->vague));
	json_object_set_new(o, "unit", q->unit ? json_string(q->unit) : json_null());
	if (q->nparts) {
		json_t *parts = json_array();
		for (size_t i = 0; i < q->nparts; i++) {
			json_t *p = json_object();
			json_object_set_new(p, "value", num(q->parts[i].value));
			json_object_set_new(p, "what", text_of(doc, q->parts[i].what_start, q->parts[i].what_end));
			json_array_append_new(parts, p);
		}
		json_object_set_new(o, "parts", parts);
	}
	return o;
}

static json_t *str_array(char **v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

static json_t *src_id(int i)
{
	if (i < 0)
		return json_null();
	char id[24];
	snprintf(id, sizeof id, "S%d", i + 1);
	return json_string(id);
}

static json_t *ids_array(const int *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, src_id(v[i]));
	return a;
}

/* "C12" for claim index 11 as a JSON string, without the heap. */
static json_t *claim_id_json(size_t i)
{
	char id[24];
	snprintf(id, sizeof id, "C%zu", i + 1);
	return json_string(id);
}

static json_t *sources_json(const fb_doc *doc, const fb_attribution *at)
{
	json_t *a = json_array();
	for (size_t i = 0; at && i < at->nsrc; i++) {
		const fb_source *s = &at->src[i];
		json_t *o = json_object();
		json_object_set_new(o, "id", src_id((int)i));
		json_object_set_new(o, "name", json_string(s->name));
		json_object_set_new(o, "kind", json_string(fb_skind_names[s->kind]));
		json_object_set_new(o, "aliases", str_array(s->aliases, s->naliases));
		json_object_set_new(o, "roles", str_array(s->roles, s->nroles));
		json_object_set_new(o, "flags", flags_json(s->flags, sflag_names, 3));
		json_t *m = json_array();
		for (size_t k = 0; k < s->nmentions; k++) {
			json_t *mo = json_object();
			json_object_set_new(mo, "paragraph", json_integer((json_int_t)s->mentions[k].para + 1));
			json_object_set_new(mo, "start", json_integer((json_int_t)s->mentions[k].start));
			json_object_set_new(mo, "end", json_integer((json_int_t)s->mentions[k].end));
			json_array_append_new(m, mo);
		}
		json_object_set_new(o, "mentions", m);
		json_array_append_new(a, o);
	}
	return a;
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

static json_t *claims_json(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, size_t *unattributed)
{
	json_t *arr = json_array();
	for (size_t i = 0; c && i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		const fb_sent *st = &doc->sent[k->sent];
		const fb_attrib *a = k->attr >= 0 && at ? &at->attr[k->attr] : NULL;
		json_t *o = json_object();
		json_object_set_new(o, "id", claim_id_json(i));
		json_object_set_new(o, "type", json_string(k->type == FB_CT_NUMERIC ? "numeric" : "attribution"));
		json_object_set_new(o, "paragraph", json_integer((json_int_t)st->para + 1));
		json_object_set_new(o, "sentence", json_integer((json_int_t)(k->sent - doc->para[st->para].first_sent + 1)));
		json_object_set_new(o, "start", json_integer((json_int_t)k->start));
		json_object_set_new(o, "end", json_integer((json_int_t)k->end));
		json_object_set_new(o, "text", text_of(doc, k->start, k->end));
		json_object_set_new(o, "source", a ? src_id(a->source) : json_null());
		json_object_set_new(o, "sources", a ? ids_array(a->sources, a->nsources) : json_array());
		json_object_set_new(o, "source_candidates", a ? ids_array(a->candidates, a->ncandidates) : json_array());
		json_object_set_new(o, "via", a ? src_id(a->via) : json_null());
		unsigned f = claim_flags(k, at, ql);
		if (f & FB_CF_UNATTRIBUTED)
			(*unattributed)++;
		json_object_set_new(o, "flags", flags_json(f, fb_cflag_names, FB_CF__COUNT));
		if (k->quantity >= 0)
			json_object_set_new(o, "quantity", fb_quantity_json(doc, &ql->q[k->quantity]));
		else if (k->has_own)
			json_object_set_new(o, "quantity", fb_quantity_json(doc, &k->own));
		json_object_set_new(o, "measure", k->measure ? json_string(k->measure) : json_null());
		json_object_set_new(o, "subject", k->subject ? json_string(k->subject) : json_null());
		int g = al ? al->claim_group[i] : -1;
		char gid[24];
		snprintf(gid, sizeof gid, "G%d", g + 1);
		json_object_set_new(o, "group", g >= 0 ? json_string(gid) : json_null());
		json_object_set_new(o, "status", json_string(fb_status_names[al ? al->claim_status[i] : FB_ST_SINGLE]));
		if (k->derived_from >= 0) {
			json_object_set_new(o, "derived_from", claim_id_json((size_t)k->derived_from));
		}
		json_array_append_new(arr, o);
	}
	return arr;
}

static json_t *groups_json(const fb_alignment *al, size_t *conflicts, size_t *review)
{
	json_t *arr = json_array();
	for (size_t i = 0; al && i < al->ng; i++) {
		const fb_group *g = &al->g[i];
		json_t *o = json_object();
		char gid[24];
		snprintf(gid, sizeof gid, "G%zu", i + 1);
		json_object_set_new(o, "id", json_string(gid));
		json_object_set_new(o, "measure", g->measure ? json_string(g->measure) : json_null());
		json_object_set_new(o, "subject", g->subject ? json_string(g->subject) : json_null());
		json_t *cl = json_array();
		for (size_t k = 0; k < g->nclaims; k++) {
			json_array_append_new(cl, claim_id_json(g->claims[k]));
		}
		json_object_set_new(o, "claims", cl);
		json_object_set_new(o, "status", json_string(fb_status_names[g->status]));
		json_t *pairs = json_array();
		for (size_t k = 0; k < g->npairs; k++) {
			json_t *p = json_object();
			json_object_set_new(p, "a", claim_id_json(g->pairs[k].a));
			json_object_set_new(p, "b", claim_id_json(g->pairs[k].b));
			json_object_set_new(p, "reason", json_string(g->pairs[k].reason ? g->pairs[k].reason : ""));
			json_object_set_new(p, "review", json_boolean(g->pairs[k].review));
			json_array_append_new(pairs, p);
		}
		json_object_set_new(o, "conflicts", pairs);
		json_object_set_new(o, "independent_sources", json_integer((json_int_t)g->independent));
		json_object_set_new(o, "summary", json_string(g->summary ? g->summary : ""));
		if (g->status == FB_ST_CONFLICT)
			(*conflicts)++;
		else if (g->status == FB_ST_REVIEW)
			(*review)++;
		json_array_append_new(arr, o);
	}
	return arr;
}

json_t *fb_record_build(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o)
{
	json_t *r = json_object();
	json_object_set_new(r, "schema", json_string("factbrief.record/1"));
	json_t *tool = json_object();
	json_object_set_new(tool, "name", json_string("factbrief"));
	json_object_set_new(tool, "version", json_string(FB_VERSION));
	json_object_set_new(r, "tool", tool);
	char when[21];
	fb_iso8601(o->generated, when);
	json_object_set_new(r, "generated", json_string(when));

	json_t *in = json_object();
	json_object_set_new(in, "path", json_string(doc->path ? doc->path : "-"));
	json_object_set_new(in, "bytes", json_integer((json_int_t)doc->len));
	char sha[65];
	fb_sha256_hex(doc->buf, doc->len, sha);
	json_object_set_new(in, "sha256", json_string(sha));
	json_t *title = NULL;
	if (o->title)
		title = json_string(o->title);
	for (size_t i = 0; !title && i < doc->npara; i++)
		if (!doc->para[i].boilerplate)
			title = text_of(doc, doc->para[i].start, doc->para[i].end);
	json_object_set_new(in, "title", title ? title : json_string(""));
	json_object_set_new(r, "input", in);

	json_t *paras = json_array();
	for (size_t i = 0; i < doc->npara; i++) {
		json_t *p = json_object();
		json_object_set_new(p, "n", json_integer((json_int_t)i + 1));
		json_object_set_new(p, "start", json_integer((json_int_t)doc->para[i].start));
		json_object_set_new(p, "end", json_integer((json_int_t)doc->para[i].end));
		json_object_set_new(p, "sentences", json_integer((json_int_t)doc->para[i].nsent));
		json_object_set_new(p, "boilerplate", json_boolean(doc->para[i].boilerplate));
		json_array_append_new(paras, p);
	}
	json_object_set_new(r, "paragraphs", paras);
	json_object_set_new(r, "sources", sources_json(doc, at));
	size_t unattributed = 0, conflicts = 0, review = 0;
	json_t *claims = claims_json(doc, ql, at, c, al, &unattributed);
	json_object_set_new(r, "claims", claims);
	json_object_set_new(r, "groups", groups_json(al, &conflicts, &review));
	json_t *sum = json_object();
	json_object_set_new(sum, "claims", json_integer((json_int_t)json_array_size(claims)));
	json_object_set_new(sum, "groups", json_integer((json_int_t)(al ? al->ng : 0)));
	json_object_set_new(sum, "conflicts", json_integer((json_int_t)conflicts));
	json_object_set_new(sum, "review", json_integer((json_int_t)review));
	json_object_set_new(sum, "unattributed", json_integer((json_int_t)unattributed));
	json_object_set_new(r, "summary", sum);
	return r;
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
