/* record.c - the JSON verification record (spec/record.md) from the model:
 * written as it is made by our own emitter (fb_record_write), or built as
 * a jansson tree by the same code (fb_record_build: the tests' oracle and
 * fb_analyze); stable key order, SHA-256 of the input bytes (libcrypto). */
#include "record.h"

#include <math.h>
/* SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP,
 * whose first use initialises the provider framework: 1.9 ms a run, a
 * tenth of a brief, to hash 4 KB. These run the same code directly and,
 * from libcrypto.a, bring 30 KB of it instead of loading 4.7 MB. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "lexicon.h"
#include "scope.h"
#include "util.h"

const char *const fb_qkind_names[FB_QK__MAX] = {
	"count", "ordinal", "duration", "date", "time", "percent", "money", "measure",
};
const char *const fb_skind_names[FB_SK__MAX] = {
	"person", "organization", "anonymous", "outlet", "document", "group",
};
const char *const fb_cflag_names[FB_CF__COUNT] = {
	"unattributed", "anonymous-source", "ambiguous-source", "hedged", "quoted", "derived", "vague", "negated",
};
const char *const fb_cue_kind_names[FB_CK__MAX] = {
	"speech", "belief", "intention", "stance", "document",
};
const char *const fb_status_names[FB_ST__MAX] = {
	"single", "consistent", "review", "conflict", "unverifiable",
};

void fb_sha256_hex(const char *buf, size_t len, char out[65])
{
	unsigned char md[SHA256_DIGEST_LENGTH];
	static const char hex[] = "0123456789abcdef";
	SHA256_CTX c;
	if (!SHA256_Init(&c) || !SHA256_Update(&c, buf, len) || !SHA256_Final(md, &c)) {
		fputs("factbrief: SHA-256 failed in libcrypto\n", stderr);
		abort(); /* as out of memory: nothing sensible to go on with */
	}
	for (unsigned k = 0; k < 32; k++) {
		out[2 * k] = hex[md[k] >> 4];
		out[2 * k + 1] = hex[md[k] & 15];
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

/* The record is produced once, through a small emitter, in schema order.
 * It either builds the whole jansson tree (fb_record_build: the renderers
 * read it), or writes the JSON text itself as it goes (fb_record_write),
 * holding neither the tree nor the whole text. The written text is byte
 * for byte what json_dumps writes for the tree with the same flags (two
 * spaces of indent or compact, keys in order, reals to 15 digits): the
 * tests compare the two on our articles, odd strings and the corpus. As
 * with jansson, a string that is not valid UTF-8 (or NULL) is left out,
 * with its key. */

#define EMIT_DEPTH 16
/* Bytes of a first paragraph kept as the title. */
#define MAX_TITLE 300

typedef struct emitter {
	/* building (fb_record_build) */
	json_t *root;
	json_t *stack[EMIT_DEPTH];
	int depth;                /* open containers */
	const char *key;          /* the key for the next value in an object */
	size_t keylen;
	/* writing (fb_record_write) */
	int stream;
	int compact;              /* one line, no spaces, as JSON_COMPACT */
	fb_buf *out;              /* where the text goes, or f */
	FILE *f;
	int failed;               /* a write to f failed */
	char pend[16384];         /* text not yet passed to out or f */
	size_t npend;
	unsigned char is_obj[EMIT_DEPTH];
	size_t members[EMIT_DEPTH];
	/* several reports: the joined document, and what is taken off the
	 * offsets written now (the start of the current element's report
	 * when offsets are each report's own) */
	const fb_doc *reports;
	int report_offsets;
	size_t base;
} emitter;

static int utf8_ok(const char *s, size_t n)
{
	return fb_utf8_valid(s, n);
}

static void e_drain(emitter *e)
{
	if (e->f) {
		if (e->npend && fwrite(e->pend, 1, e->npend, e->f) != e->npend)
			e->failed = 1;
	} else
		fb_buf_put(e->out, e->pend, e->npend);
	e->npend = 0;
}

static void e_write(emitter *e, const char *s, size_t n)
{
	if (n > sizeof e->pend - e->npend) {
		e_drain(e);
		if (n > sizeof e->pend) {
			if (e->f) {
				if (fwrite(s, 1, n, e->f) != n)
					e->failed = 1;
			} else
				fb_buf_put(e->out, s, n);
			return;
		}
	}
	memcpy(e->pend + e->npend, s, n);
	e->npend += n;
}

static void e_indent(emitter *e, int level)
{
	static const char spaces[] = "                                ";
	e_write(e, "\n", 1);
	e_write(e, spaces, (size_t)level * 2);
}

/* A value begins in the open container: the separator, the indentation
 * and the key, as jansson writes them. */
static void e_member(emitter *e)
{
	if (e->depth == 0)
		return;
	int d = e->depth - 1;
	/* in place: a separator, an indent and a key (the schema's own short
	 * ASCII names) always fit a drained buffer */
	if (sizeof e->pend - e->npend < 8 + 2 * EMIT_DEPTH + e->keylen)
		e_drain(e);
	char *p = e->pend + e->npend;
	if (e->members[d]++)
		*p++ = ',';
	if (!e->compact) {
		*p++ = '\n';
		memset(p, ' ', (size_t)(d + 1) * 2);
		p += (d + 1) * 2;
	}
	if (e->is_obj[d]) {
		*p++ = '"';
		memcpy(p, e->key, e->keylen);
		p += e->keylen;
		*p++ = '"';
		*p++ = ':';
		if (!e->compact)
			*p++ = ' ';
	}
	e->npend = (size_t)(p - e->pend);
	e->key = NULL;
}

/* Which bytes a JSON string escapes: 1 for '"' and '\\', 2 for the
 * controls. */
static const unsigned char json_esc[256] = {
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	0, 0, 1, ['\\'] = 1,
};

/* s[0,n), valid UTF-8, as a JSON string: runs of plain bytes copied
 * whole, the escapes jansson writes for the rest. */
static void e_quoted(emitter *e, const char *s, size_t n)
{
	e_write(e, "\"", 1);
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		/* eight bytes at a time while none is a control, '"' or '\\' */
		while (i + 8 <= n) {
			uint64_t v, ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
			memcpy(&v, s + i, 8);
			uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\');
			if (((v - ones * 0x20) | (q - ones) | (bs - ones)) & ~v & high)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		if (!json_esc[c])
			continue;
		e_write(e, s + run, i - run);
		run = i + 1;
		char seq[8];
		const char *t = seq;
		size_t len = 2;
		switch (c) {
		case '\\': t = "\\\\"; break;
		case '"': t = "\\\""; break;
		case '\b': t = "\\b"; break;
		case '\f': t = "\\f"; break;
		case '\n': t = "\\n"; break;
		case '\r': t = "\\r"; break;
		case '\t': t = "\\t"; break;
		default:
			snprintf(seq, sizeof seq, "\\u%04X", (unsigned)c);
			len = 6;
		}
		e_write(e, t, len);
	}
	e_write(e, s + run, n - run);
	e_write(e, "\"", 1);
}

/* Hangs v on the open container of the tree (takes the reference). */
static void e_attach(emitter *e, json_t *v)
{
	if (e->depth == 0) {
		e->root = v;
		return;
	}
	json_t *top = e->stack[e->depth - 1];
	if (json_is_object(top))
		json_object_set_new_nocheck(top, e->key, v);
	else
		json_array_append_new(top, v);
	e->key = NULL;
}

/* The key of the next member: a string literal, always (its length is
 * known where it is written). */
#define e_key(e, k) ((e)->key = ("" k), (e)->keylen = sizeof(k) - 1)

static void e_open(emitter *e, int obj)
{
	if (e->depth >= EMIT_DEPTH)
		abort(); /* the record's depth is fixed by its schema */
	if (e->stream) {
		e_member(e);
		e->is_obj[e->depth] = (unsigned char)obj;
		e->members[e->depth++] = 0;
		e_write(e, obj ? "{" : "[", 1);
		return;
	}
	json_t *c = obj ? json_object() : json_array();
	e_attach(e, c); /* the parent (or the root) holds the reference */
	e->stack[e->depth++] = c;
}

static void e_obj(emitter *e) { e_open(e, 1); }
static void e_arr(emitter *e) { e_open(e, 0); }

/* Closes the innermost container (obj: an object, for the reader). */
static void e_close(emitter *e, int obj)
{
	(void)obj;
	e->depth--;
	if (!e->stream)
		return;
	if (e->members[e->depth] && !e->compact)
		e_indent(e, e->depth);
	e_write(e, e->is_obj[e->depth] ? "}" : "]", 1);
}

static void e_strn(emitter *e, const char *s, size_t n)
{
	if (!s || !utf8_ok(s, n)) {
		e->key = NULL; /* jansson leaves out the key of a bad string */
		return;
	}
	if (e->stream) {
		e_member(e);
		e_quoted(e, s, n);
		return;
	}
	e_attach(e, json_stringn_nocheck(s, n)); /* checked above */
}

static void e_str(emitter *e, const char *s)
{
	e_strn(e, s, s ? strlen(s) : 0);
}

/* A scalar's text, written after its key. */
static void e_raw(emitter *e, const char *s, size_t n)
{
	e_member(e);
	e_write(e, s, n);
}

static void e_int(emitter *e, long long v)
{
	if (!e->stream) {
		e_attach(e, json_integer((json_int_t)v));
		return;
	}
	char tmp[24] = "", *p = tmp + sizeof tmp;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	e_raw(e, p, (size_t)(tmp + sizeof tmp - p));
}

static void e_null(emitter *e)
{
	if (e->stream)
		e_raw(e, "null", 4);
	else
		e_attach(e, json_null());
}

static void e_bool(emitter *e, int b)
{
	if (e->stream)
		e_raw(e, b ? "true" : "false", b ? 4 : 5);
	else
		e_attach(e, json_boolean(b));
}

/* A real as jansson writes it with JSON_REAL_PRECISION(15): "%.15g",
 * ".0" added when that looks like an integer, and the exponent without
 * its '+' and leading zeros. */
static size_t real_text(double v, char *buf, size_t size)
{
	int n = snprintf(buf, size, "%.15g", v);
	if (n < 0 || (size_t)n + 3 >= size)
		return 0;
	size_t len = (size_t)n;
	if (!strchr(buf, '.') && !strchr(buf, 'e')) {
		memcpy(buf + len, ".0", 3);
		len += 2;
	}
	char *x = strchr(buf, 'e');
	if (x) {
		char *from = x + 1, *to = x + 1;
		if (*from == '-')
			from++, to++;
		else if (*from == '+')
			from++;
		while (*from == '0' && from[1])
			from++;
		size_t rest = len - (size_t)(from - buf);
		memmove(to, from, rest + 1);
		len -= (size_t)(from - to);
	}
	return len;
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
	if (!e->stream) {
		e_attach(e, json_real(v));
		return;
	}
	char buf[40] = "";
	e_raw(e, buf, real_text(v, buf, sizeof buf));
}
/* A string, or null when there is none (where e_str would leave the key
 * out, as jansson does). */
static void e_opt_str(emitter *e, const char *s)
{
	if (s)
		e_str(e, s);
	else
		e_null(e);
}

/* A number, or null when it is not known. */
static void e_opt_num(emitter *e, int has, double v)
{
	if (has)
		e_num(e, v);
	else
		e_null(e);
}

/* "start" and "end" of a span, in its report's own offsets when asked. */
static void e_span(emitter *e, size_t a, size_t b)
{
	e_key(e, "start"), e_int(e, (long long)(a - e->base));
	e_key(e, "end"), e_int(e, (long long)(b - e->base));
}

/* Several reports: the report of an element starting at pos becomes the
 * current one (its offsets are taken off, when asked). Returns it. */
static size_t e_report(emitter *e, size_t pos)
{
	if (!e->reports)
		return 0;
	size_t r = fb_doc_report_of(e->reports, pos);
	e->base = e->report_offsets ? e->reports->rep[r].start : 0;
	return r;
}

/* An id: a letter and the element's number from 1 ("C12" for claim
 * index 11), without printf: a record has tens of thousands. */
static void e_id(emitter *e, char letter, size_t index)
{
	char id[24] = "", *p = id + sizeof id;
	size_t n = index + 1;
	do
		*--p = (char)('0' + n % 10);
	while (n /= 10);
	*--p = letter;
	e_strn(e, p, (size_t)(id + sizeof id - p));
}

static void e_doc_id(emitter *e, size_t r)
{
	e_id(e, 'D', r);
}

/* The text of doc[a,b) with white space folded, as the record keeps it,
 * up to the first run that takes it past max bytes. Returns where in doc
 * it stopped: b, or the white space after that run. */
static size_t fold_span_upto(const fb_doc *doc, size_t a, size_t b, size_t max, fb_buf *o)
{
	/* Runs without white space are copied whole: this is on every claim. */
	const char *s = doc->buf;
	o->len = 0;
	size_t i = a, sp;
	while (i < b && o->len <= max) {
		if (fb_space_len(s + i, b - i)) {
			while (i < b && (sp = fb_space_len(s + i, b - i)) != 0)
				i += sp;
			if (o->len && i < b)
				fb_buf_putc(o, ' ');
			continue;
		}
		size_t r = i;
		while (r < b) {
			unsigned char c = (unsigned char)s[r];
			if ((c > ' ' && c < 0x80) || !fb_space_len(s + r, b - r))
				r++; /* printable ASCII is never white space */
			else
				break;
		}
		fb_buf_put(o, s + i, r - i);
		i = r;
	}
	if (!o->p)
		fb_buf_put(o, "", 0);
	return i;
}

/* The text of doc[a,b) with white space folded, as the record keeps it. */
static void fold_span(const fb_doc *doc, size_t a, size_t b, fb_buf *o)
{
	fold_span_upto(doc, a, b, SIZE_MAX, o);
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

/* The number as written, in the text's unit, whatever the hedge: the value
 * when exact, else the one finite bound ("more than 30" -> 30), the upper
 * bound of "nearly 50"; none for a range with two different ends or a
 * vague word ("several"). */
static int quantity_stated(const fb_quantity *q, double *out)
{
	if (q->vague)
		return 0;
	if (q->has_value) {
		*out = q->value;
		return 1;
	}
	if (q->near && q->has_max) { /* "nearly 50": 45 to 50, 50 stated */
		*out = q->max;
		return 1;
	}
	if (q->has_min && q->has_max) {
		*out = q->min;
		return q->min == q->max;
	}
	if (q->has_min || q->has_max) {
		*out = q->has_min ? q->min : q->max;
		return 1;
	}
	return 0;
}

/* func: the quantity's function in its claim (spec "Additions"), NULL to
 * leave it out (a bare number list) */
static void e_quantity(emitter *e, const fb_doc *doc, const fb_quantity *q, const char *func, fb_buf *scratch)
{
	e_obj(e);
	e_key(e, "surface"), e_text(e, doc, q->start, q->end, scratch);
	e_span(e, q->start, q->end);
	e_key(e, "kind"), e_str(e, fb_qkind_names[q->kind]);
	e_key(e, "value"), e_opt_num(e, q->has_value, q->value);
	e_key(e, "min"), e_opt_num(e, q->has_min, q->min);
	e_key(e, "max"), e_opt_num(e, q->has_max, q->max);
	e_key(e, "min_open"), e_bool(e, q->min_open);
	e_key(e, "max_open"), e_bool(e, q->max_open);
	e_key(e, "approx"), e_bool(e, q->approx);
	e_key(e, "vague"), e_bool(e, q->vague);
	e_key(e, "unit"), e_opt_str(e, q->unit);
	double stated = 0;
	int has_stated = quantity_stated(q, &stated);
	e_key(e, "stated"), e_opt_num(e, has_stated, stated);
	if (func)
		e_key(e, "function"), e_str(e, func);
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
	e_quantity(&e, doc, q, NULL, &scratch);
	fb_buf_free(&scratch);
	return e.root;
}

static void e_src_id(emitter *e, int i)
{
	if (i < 0) {
		e_null(e);
		return;
	}
	e_id(e, 'S', (size_t)i);
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
	e_id(e, 'C', i);
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
			size_t r = e_report(e, s->mentions[k].start);
			e_key(e, "paragraph"), e_int(e, (long long)s->mentions[k].para + 1);
			e_span(e, s->mentions[k].start, s->mentions[k].end);
			if (e->reports)
				e_key(e, "document"), e_doc_id(e, r);
			e_close(e, 1);
		}
		e_close(e, 0);
		if (e->reports) { /* the reports it is quoted in, and their outlets */
			const fb_doc *doc = e->reports;
			e_key(e, "documents");
			e_arr(e);
			for (size_t d = 0; d < doc->nrep; d++)
				for (size_t k = 0; k < s->nmentions; k++)
					if (fb_doc_report_of(doc, s->mentions[k].start) == d) {
						e_doc_id(e, d);
						break;
					}
			e_close(e, 0);
			e_key(e, "outlets");
			e_arr(e);
			for (size_t d = 0; d < doc->nrep; d++)
				for (size_t k = 0; k < s->nmentions; k++)
					if (fb_doc_report_of(doc, s->mentions[k].start) == d) {
						if (doc->rep[d].outlet)
							e_str(e, doc->rep[d].outlet);
						break;
					}
			e_close(e, 0);
		}
		e_close(e, 1);
	}
	e_close(e, 0);
}

/* The flags a claim carries: its own, its attribution's, and
 * unattributed when nobody is named. */
static unsigned claim_flags(const fb_claims *c, const fb_claim *k, const fb_attribution *at, const fb_qlist *ql)
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
	const fb_quantity *q = k->quantity >= 0 ? &ql->q[k->quantity] : fb_claim_own(c, k);
	if (q && q->vague)
		f |= FB_CF_VAGUE;
	return f;
}

static void e_event_id(emitter *e, size_t i)
{
	e_id(e, 'E', i);
}

/* The registry by the words that end its names ("Moss", "Ada Moss" for
 * "Governor Ada Moss"): entry line = source index + 1, SIZE_MAX when two
 * sources share the words. */
static fb_lexicon *holder_index(const fb_attribution *at)
{
	fb_lexicon *lx = fb_lexicon_new();
	for (size_t i = 0; at && i < at->nsrc; i++) {
		const fb_source *src = &at->src[i];
		for (size_t f = 0; f <= src->naliases; f++) {
			const char *n = f ? src->aliases[f - 1] : src->name;
			for (size_t k = 0; n && n[k]; k++) {
				if (k && n[k - 1] != ' ')
					continue;
				fb_entry *e = fb_lexicon_add(lx, n + k, strlen(n + k), NULL, 0);
				if (!e->line)
					e->line = i + 1;
				else if (e->line != i + 1)
					e->line = SIZE_MAX;
			}
		}
	}
	return lx;
}

/* The registry's source a scope's holder names, or -1 when none or more
 * than one does. */
static int holder_source(const fb_lexicon *hx, const char *holder)
{
	const fb_entry *e = holder ? fb_lexicon_get(hx, holder, strlen(holder)) : NULL;
	return e && e->line && e->line != SIZE_MAX ? (int)(e->line - 1) : -1;
}

/* What makes two numbers about the same thing (spec "Additions": scope);
 * sc NULL: the event alone. */
static void e_scope(emitter *e, const fb_claim *k, const fb_scope *sc, const fb_lexicon *hx)
{
	e_obj(e);
	if (sc) {
		e_key(e, "head"), e_opt_str(e, sc->head);
		e_key(e, "modifiers");
		e_arr(e);
		for (const char *m = sc->modifiers; m && *m;) {
			size_t n = strcspn(m, " ");
			if (n)
				e_strn(e, m, n);
			m += n;
			m += *m == ' ';
		}
		e_close(e, 0);
		e_key(e, "holder");
		int hs = holder_source(hx, sc->holder);
		if (hs >= 0)
			e_src_id(e, hs); /* a source id when the registry has the holder */
		else
			e_opt_str(e, sc->holder);
		e_key(e, "place"), e_opt_str(e, sc->place);
		e_key(e, "time");
		if (sc->time) {
			e_obj(e);
			char year[8];
			e_key(e, "text"), e_str(e, sc->time);
			e_key(e, "norm"), e_opt_str(e, fb_time_norm(sc->time, year, sizeof year));
			e_close(e, 1);
		} else
			e_null(e);
	}
	e_key(e, "event"), e_event_id(e, (size_t)k->event);
	if (sc) {
		e_key(e, "determiner"), e_str(e, fb_det_names[sc->determiner]);
		e_key(e, "part_of");
		if (sc->part_of >= 0)
			e_claim_id(e, (size_t)sc->part_of);
		else
			e_null(e);
		e_key(e, "role"), e_str(e, fb_role_names[sc->role]);
		e_key(e, "mode"), e_str(e, fb_mode_names[sc->mode]);
	}
	e_close(e, 1);
}

/* The scope slots a pair was matched on (spec "Additions": anchors). */
static void e_anchors(emitter *e, const fb_pair *p)
{
	e_arr(e);
	for (size_t i = 0; i < p->nanchors; i++) {
		e_obj(e);
		e_key(e, "slot"), e_str(e, p->anchors[i].slot);
		e_key(e, "value"), e_str(e, p->anchors[i].value);
		e_close(e, 1);
	}
	e_close(e, 0);
}

/* The article's own event and the others it mentions. */
static void e_events(emitter *e, const fb_doc *doc, const fb_claims *c, fb_buf *scratch)
{
	e_arr(e);
	for (size_t i = 0; c && i < c->nev; i++) {
		const fb_event *ev = &c->ev[i];
		e_obj(e);
		e_key(e, "id"), e_event_id(e, i);
		e_key(e, "label");
		if (ev->end > ev->start)
			e_text(e, doc, ev->start, ev->end, scratch);
		else
			e_null(e);
		e_key(e, "main"), e_bool(e, ev->main);
		e_close(e, 1);
	}
	e_close(e, 0);
}

/* The word or mark that attributes a claim: { start, end, text, kind },
 * null for a claim nobody is said to make. */
static void e_cue(emitter *e, const fb_doc *doc, const fb_attrib *a, fb_buf *scratch)
{
	if (!a || a->source < 0 || a->cue_end <= a->cue_start) {
		e_null(e);
		return;
	}
	e_obj(e);
	e_span(e, a->cue_start, a->cue_end);
	e_key(e, "text"), e_text(e, doc, a->cue_start, a->cue_end, scratch);
	e_key(e, "kind"), e_str(e, fb_cue_kind_names[a->cue_kind < FB_CK__MAX ? a->cue_kind : FB_CK_SPEECH]);
	e_close(e, 1);
}

static void e_claims(emitter *e, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, size_t *unattributed, fb_buf *scratch)
{
	fb_lexicon *hx = holder_index(at);
	e_arr(e);
	for (size_t i = 0; c && i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		const fb_sent *st = &doc->sent[k->sent];
		const fb_attrib *a = k->attr >= 0 && at ? &at->attr[k->attr] : NULL;
		e_obj(e);
		e_key(e, "id"), e_claim_id(e, i);
		e_key(e, "type"), e_str(e, k->type == FB_CT_NUMERIC ? "numeric" : "attribution");
		e_key(e, "paragraph"), e_int(e, (long long)st->para + 1);
		e_key(e, "sentence"), e_int(e, (long long)k->sent - (long long)doc->para[st->para].first_sent + 1);
		size_t rep = e_report(e, k->start);
		e_span(e, k->start, k->end);
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
		e_key(e, "cue"), e_cue(e, doc, a, scratch);
		unsigned f = claim_flags(c, k, at, ql);
		if (f & FB_CF_UNATTRIBUTED)
			(*unattributed)++;
		e_key(e, "flags"), e_flags(e, f, fb_cflag_names, FB_CF__COUNT);
		const fb_scope *sc = al && al->scope && i < al->nscope && al->scope[i].set ? &al->scope[i] : NULL;
		const char *func = sc ? fb_qfunc_names[sc->function] : NULL;
		if (k->quantity >= 0)
			e_key(e, "quantity"), e_quantity(e, doc, &ql->q[k->quantity], func, scratch);
		else if (k->own)
			e_key(e, "quantity"), e_quantity(e, doc, fb_claim_own(c, k), func, scratch);
		e_key(e, "measure"), e_opt_str(e, k->measure);
		e_key(e, "subject"), e_opt_str(e, k->subject);
		int g = al ? al->claim_group[i] : -1;
		e_key(e, "group");
		if (g >= 0)
			e_id(e, 'G', (size_t)g);
		else
			e_null(e);
		e_key(e, "status"), e_str(e, fb_status_names[al ? al->claim_status[i] : FB_ST_SINGLE]);
		if (k->derived_from >= 0)
			e_key(e, "derived_from"), e_claim_id(e, (size_t)k->derived_from);
		if (k->type == FB_CT_NUMERIC)
			e_key(e, "scope"), e_scope(e, k, sc, hx);
		if (e->reports)
			e_key(e, "document"), e_doc_id(e, rep);
		e_close(e, 1);
	}
	e_close(e, 0);
	fb_lexicon_free(hx);
}

static void e_groups(emitter *e, const fb_claims *c, const fb_alignment *al, size_t *conflicts, size_t *review)
{
	e_arr(e);
	for (size_t i = 0; al && i < al->ng; i++) {
		const fb_group *g = &al->g[i];
		e_obj(e);
		e_key(e, "id"), e_id(e, 'G', i);
		e_key(e, "measure"), e_opt_str(e, g->measure);
		e_key(e, "subject"), e_opt_str(e, g->subject);
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
			e_key(e, "anchors"), e_anchors(e, &g->pairs[k]);
			if (e->reports && c) { /* a pair across reports names both */
				size_t da = fb_doc_report_of(e->reports, c->c[g->pairs[k].a].start);
				size_t db = fb_doc_report_of(e->reports, c->c[g->pairs[k].b].start);
				if (da != db) {
					e_key(e, "documents");
					e_arr(e);
					e_doc_id(e, da);
					e_doc_id(e, db);
					e_close(e, 0);
				}
			}
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

/* Several reports: each file, as read. Its title is its first paragraph
 * that is not site furniture, folded, up to 160 bytes. */
static void e_documents(emitter *e, const fb_doc *doc)
{
	e_arr(e);
	for (size_t i = 0; i < doc->nrep; i++) {
		const fb_report *r = &doc->rep[i];
		char sha[65];
		fb_sha256_hex(r->orig, r->origlen, sha);
		e_obj(e);
		e_key(e, "id"), e_doc_id(e, i);
		e_key(e, "path"), e_str(e, r->path);
		e_key(e, "bytes"), e_int(e, (long long)r->origlen);
		e_key(e, "sha256"), e_str(e, sha);
		char *title = NULL;
		for (size_t p = 0; !title && p < doc->npara; p++) {
			const fb_para *pa = &doc->para[p];
			if (fb_doc_report_of(doc, pa->start) == i && !pa->boilerplate)
				title = fb_fold_text(doc->buf + pa->start, pa->end - pa->start < 160 ? pa->end - pa->start : 160);
		}
		e_key(e, "title");
		if (title && utf8_ok(title, strlen(title)))
			e_str(e, title);
		else
			e_str(e, ""); /* a cut through a character is no title */
		free(title);
		e_key(e, "outlet"), e_opt_str(e, r->outlet);
		e_key(e, "published"), e_opt_str(e, r->published);
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
	if (doc->nrep) { /* the set: every path, the bytes of all the files */
		size_t total = 0;
		scratch.len = 0;
		for (size_t i = 0; i < doc->nrep; i++) {
			if (i)
				fb_buf_putc(&scratch, ' ');
			fb_buf_puts(&scratch, doc->rep[i].path);
			total += doc->rep[i].origlen;
		}
		e_key(e, "path"), e_strn(e, scratch.p ? scratch.p : "", scratch.len);
		e_key(e, "bytes"), e_int(e, (long long)total);
	} else {
		e_key(e, "path"), e_str(e, doc->path ? doc->path : "-");
		e_key(e, "bytes"), e_int(e, (long long)doc->len);
	}
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
			/* a long paragraph is not folded whole to be cut: what
			 * is left of it needs only to be valid text */
			size_t end = doc->para[i].end;
			size_t rest = fold_span_upto(doc, doc->para[i].start, end, MAX_TITLE, &scratch);
			if (utf8_ok(scratch.p, scratch.len) && utf8_ok(doc->buf + rest, end - rest))
				title = scratch.p, tlen = scratch.len;
			if (title && tlen > MAX_TITLE) {
				/* a paragraph is no title: cut at a word, with an ellipsis */
				size_t cut = MAX_TITLE;
				while (cut > MAX_TITLE / 2 && scratch.p[cut] != ' ')
					cut--;
				while (cut > 0 && ((unsigned char)scratch.p[cut] & 0xC0) == 0x80)
					cut--;
				scratch.len = cut;
				fb_buf_puts(&scratch, "\xE2\x80\xA6");
				title = scratch.p, tlen = scratch.len;
			}
		}
	e_key(e, "title"), e_strn(e, title ? title : "", title ? tlen : 0);
	if (doc->nrep)
		e_key(e, "reports"), e_int(e, (long long)doc->nrep);
	if (o->event)
		e_key(e, "event"), e_str(e, o->event);
	e_close(e, 1);
	if (doc->nrep)
		e_key(e, "documents"), e_documents(e, doc);
	e->reports = doc->nrep ? doc : NULL;
	e->report_offsets = o->report_offsets;

	e_key(e, "paragraphs");
	e_arr(e);
	for (size_t i = 0; i < doc->npara; i++) {
		e_obj(e);
		e_key(e, "n"), e_int(e, (long long)i + 1);
		size_t r = e_report(e, doc->para[i].start);
		e_span(e, doc->para[i].start, doc->para[i].end);
		e_key(e, "sentences"), e_int(e, (long long)doc->para[i].nsent);
		e_key(e, "boilerplate"), e_bool(e, doc->para[i].boilerplate);
		if (e->reports)
			e_key(e, "document"), e_doc_id(e, r);
		e_close(e, 1);
	}
	e_close(e, 0);
	e_key(e, "sources"), e_sources(e, at);
	fb_record_summary s = { 0 };
	e_key(e, "claims"), e_claims(e, doc, ql, at, c, al, &s.unattributed, &scratch);
	e_key(e, "groups"), e_groups(e, c, al, &s.conflicts, &s.review);
	e_key(e, "events"), e_events(e, doc, c, &scratch);
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

/* The flags of every record dump: two-space indent (or compact), keys in
 * insertion order, reals to 15 digits. */
static size_t dump_flags(int compact)
{
	return (compact ? JSON_COMPACT : JSON_INDENT(2)) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15);
}

int fb_record_write(const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o, int compact,
    fb_buf *out, FILE *f, fb_record_summary *sum)
{
	emitter e = { .stream = 1, .compact = compact, .out = out, .f = f };
	e_record(&e, doc, ql, at, c, al, o, sum);
	if (!compact)
		e_write(&e, "\n", 1);
	e_drain(&e);
	return e.failed ? -1 : 0;
}

char *fb_record_dump(const json_t *rec)
{
	char *s = rec ? json_dumps(rec, dump_flags(0)) : NULL;
	const char *from = s ? s : "{}";
	size_t n = strlen(from);
	char *t = fb_xmalloc(n + 2); /* vsnprintf's %s is slow on 50 KB */
	memcpy(t, from, n);
	t[n] = '\n', t[n + 1] = '\0';
	free(s);
	return t;
}

char *fb_record_dump_compact(const json_t *rec)
{
	char *s = rec ? json_dumps(rec, dump_flags(1)) : NULL;
	if (!s)
		return fb_xstrdup("{}");
	char *t = fb_xstrdup(s); /* callers free with free(): one allocator */
	free(s);
	return t;
}
