/* record_emit.h - the record's emitter (private to src/record): one
 * writer of JSON values in schema order that either builds the jansson
 * tree (fb_record_build) or streams the text itself (fb_record_write). */
#ifndef FB_RECORD_EMIT_H
#define FB_RECORD_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "fb.h"
#include "util.h"

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

/* The key of the next member: a string literal, always (its length is
 * known where it is written). */
#define emit_key(e, k) ((e)->key = ("" k), (e)->keylen = sizeof(k) - 1)

/* Valid UTF-8 (a string that is not is left out, with its key, as
 * jansson does). */
int emit_utf8_ok(const char *s, size_t n);
/* Text not yet written goes to the buffer or file; raw text appended. */
void emit_drain(emitter *e);
void emit_write(emitter *e, const char *s, size_t n);
/* Containers: open an object or array (after emit_key in an object),
 * close it. */
void emit_obj(emitter *e);
void emit_arr(emitter *e);
void emit_close(emitter *e, int obj);
/* Values: strings, integers, null, booleans, reals as jansson prints
 * them; the _opt forms write null when there is none. */
void emit_strn(emitter *e, const char *s, size_t n);
void emit_str(emitter *e, const char *s);
void emit_int(emitter *e, long long v);
void emit_null(emitter *e);
void emit_bool(emitter *e, int b);
void emit_num(emitter *e, double v);
void emit_opt_str(emitter *e, const char *s);
void emit_opt_num(emitter *e, int has, double v);
/* "start" and "end" of a span in its report's offsets; the report of
 * the element at pos made current; ids such as "C12" and "D1". */
void emit_span(emitter *e, size_t a, size_t b);
size_t emit_report(emitter *e, size_t pos);
void emit_id(emitter *e, char letter, size_t index);
void emit_doc_id(emitter *e, size_t r);

#endif
