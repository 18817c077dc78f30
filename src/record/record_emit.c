/* record_emit.c - the record's emitter: JSON values in schema order, into
 * a jansson tree or as text byte for byte what json_dumps would write. */
#include "record_emit.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h" /* fb_doc_report_of */

int emit_utf8_ok(const char *s, size_t n)
{
	return fb_utf8_valid(s, n);
}

void emit_drain(emitter *e)
{
	if (e->f) {
		if (e->npend && fwrite(e->pend, 1, e->npend, e->f) != e->npend)
			e->failed = 1;
	} else
		fb_buf_put(e->out, e->pend, e->npend);
	e->npend = 0;
}

void emit_write(emitter *e, const char *s, size_t n)
{
	if (n > sizeof e->pend - e->npend) {
		emit_drain(e);
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
	emit_write(e, "\n", 1);
	emit_write(e, spaces, (size_t)level * 2);
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
		emit_drain(e);
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
	emit_write(e, "\"", 1);
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
		emit_write(e, s + run, i - run);
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
		emit_write(e, t, len);
	}
	emit_write(e, s + run, n - run);
	emit_write(e, "\"", 1);
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


static void e_open(emitter *e, int obj)
{
	if (e->depth >= EMIT_DEPTH)
		abort(); /* the record's depth is fixed by its schema */
	if (e->stream) {
		e_member(e);
		e->is_obj[e->depth] = (unsigned char)obj;
		e->members[e->depth++] = 0;
		emit_write(e, obj ? "{" : "[", 1);
		return;
	}
	json_t *c = obj ? json_object() : json_array();
	e_attach(e, c); /* the parent (or the root) holds the reference */
	e->stack[e->depth++] = c;
}

void emit_obj(emitter *e) { e_open(e, 1); }
void emit_arr(emitter *e) { e_open(e, 0); }

/* Closes the innermost container (obj: an object, for the reader). */
void emit_close(emitter *e, int obj)
{
	(void)obj;
	e->depth--;
	if (!e->stream)
		return;
	if (e->members[e->depth] && !e->compact)
		e_indent(e, e->depth);
	emit_write(e, e->is_obj[e->depth] ? "}" : "]", 1);
}

void emit_strn(emitter *e, const char *s, size_t n)
{
	if (!s || !emit_utf8_ok(s, n)) {
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

void emit_str(emitter *e, const char *s)
{
	emit_strn(e, s, s ? strlen(s) : 0);
}

/* A scalar's text, written after its key. */
static void e_raw(emitter *e, const char *s, size_t n)
{
	e_member(e);
	emit_write(e, s, n);
}

void emit_int(emitter *e, long long v)
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

void emit_null(emitter *e)
{
	if (e->stream)
		e_raw(e, "null", 4);
	else
		e_attach(e, json_null());
}

void emit_bool(emitter *e, int b)
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
void emit_num(emitter *e, double v)
{
	if (!isfinite(v)) {
		emit_null(e);
		return;
	}
	if (v == floor(v) && fabs(v) < 9007199254740992.0) {
		emit_int(e, (long long)v);
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
void emit_opt_str(emitter *e, const char *s)
{
	if (s)
		emit_str(e, s);
	else
		emit_null(e);
}

/* A number, or null when it is not known. */
void emit_opt_num(emitter *e, int has, double v)
{
	if (has)
		emit_num(e, v);
	else
		emit_null(e);
}

/* "start" and "end" of a span, in its report's own offsets when asked. */
void emit_span(emitter *e, size_t a, size_t b)
{
	emit_key(e, "start"), emit_int(e, (long long)(a - e->base));
	emit_key(e, "end"), emit_int(e, (long long)(b - e->base));
}

/* Several reports: the report of an element starting at pos becomes the
 * current one (its offsets are taken off, when asked). Returns it. */
size_t emit_report(emitter *e, size_t pos)
{
	if (!e->reports)
		return 0;
	size_t r = fb_doc_report_of(e->reports, pos);
	e->base = e->report_offsets ? e->reports->rep[r].start : 0;
	return r;
}

/* An id: a letter and the element's number from 1 ("C12" for claim
 * index 11), without printf: a record has tens of thousands. */
void emit_id(emitter *e, char letter, size_t index)
{
	char id[24] = "", *p = id + sizeof id;
	size_t n = index + 1;
	do
		*--p = (char)('0' + n % 10);
	while (n /= 10);
	*--p = letter;
	emit_strn(e, p, (size_t)(id + sizeof id - p));
}

void emit_doc_id(emitter *e, size_t r)
{
	emit_id(e, 'D', r);
}