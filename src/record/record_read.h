/* record_read.h - reads a record's jansson tree into the typed fb_record
 * (record_model.h). The only place that turns record JSON into C values:
 * renderers take the fb_record and include no JSON header. */
#ifndef FB_RECORD_READ_H
#define FB_RECORD_READ_H

#include <jansson.h>
#include <stddef.h>

#include "record_model.h"

/* Reads rec, a record as fb_record_build makes it or json_load* read it.
 * Checks the type of every member it reads: a member of the wrong type
 * gives NULL and one line in err naming it ("claims[3].quantity.value: a
 * number or null expected, got a string"). Members it does not know are
 * ignored; a missing member is absent (see record_model.h). The result
 * shares nothing with rec: free rec as soon as it is read. Caller frees
 * with fb_record_free. */
fb_record *fb_record_read(const json_t *rec, char *err, size_t errlen);

/* The same from the record's JSON text (as fb_record_write or
 * fb_record_dump write it, or a stored file), without ever holding its
 * whole tree: each element of the record's arrays (a claim, a source...)
 * is parsed alone, read and freed, and the members of an element that
 * can be as long as the article (a source's mentions, a group's claims
 * and pairs) an item at a time, so the cost is the text and the typed
 * record. Text that is not JSON gives NULL with "LINE:COL: why" in err and
 * the line in *line (when line is not NULL; else, and for a type error,
 * *line is 0). */
fb_record *fb_record_read_text(const char *text, size_t len, int *line, char *err, size_t errlen);

/* The same, telling behind(ctx, n) now and then that text[0,n) has been
 * read and will not be looked at again (a caller that mapped the text can
 * let those pages go). */
typedef void (*fb_read_behind_fn)(void *ctx, size_t n);
fb_record *fb_record_read_text_behind(const char *text, size_t len, int *line, char *err, size_t errlen,
    fb_read_behind_fn behind, void *ctx);

#endif
