/* render_text.c - the terminal summary of a record: conflicts and review
 * items first, then agreeing groups, claims and sources. Reads only the
 * record; derives nothing. */
#include <string.h>

#include "render.h"

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static const json_t *find_by_id(const json_t *arr, const char *id)
{
	size_t i;
	const json_t *v;
	json_array_foreach(arr, i, v)
		if (strcmp(str(v, "id"), id) == 0)
			return v;
	return NULL;
}

static const char *source_name(const json_t *rec, const json_t *id)
{
	if (!json_is_string(id))
		return "unattributed";
	const json_t *s = find_by_id(json_object_get(rec, "sources"), json_string_value(id));
	return s ? str(s, "name") : json_string_value(id);
}

/* Prints text folded to one line of at most max bytes, cut at a UTF-8
 * character boundary, with an ellipsis when cut. */
static void put_clipped(fb_buf *o, const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max) {
		fb_buf_put(o, s, n);
		return;
	}
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	fb_buf_put(o, s, max);
	fb_buf_puts(o, "\xE2\x80\xA6");
}

static void put_claim_line(fb_buf *o, const json_t *rec, const json_t *c)
{
	fb_buf_printf(o, "    %-4s p%-3lld %-22.22s ", str(c, "id"),
	    (long long)json_integer_value(json_object_get(c, "paragraph")),
	    source_name(rec, json_object_get(c, "source")));
	const json_t *q = json_object_get(c, "quantity");
	if (q) {
		fb_buf_putc(o, '[');
		fb_buf_puts(o, str(q, "surface"));
		fb_buf_puts(o, "] ");
	}
	put_clipped(o, str(c, "text"), 120);
	fb_buf_putc(o, '\n');
}

void fb_render_text(const fb_render_input *in, fb_buf *o)
{
	const json_t *rec = in->record;
	const json_t *input = json_object_get(rec, "input");
	const json_t *sum = json_object_get(rec, "summary");
	const json_t *claims = json_object_get(rec, "claims");
	const json_t *groups = json_object_get(rec, "groups");
	fb_buf_puts(o, "factbrief: ");
	put_clipped(o, str(input, "title"), 100);
	fb_buf_printf(o, "\n  file %s, %lld bytes, sha256 %s\n  generated %s\n",
	    str(input, "path"), (long long)json_integer_value(json_object_get(input, "bytes")),
	    str(input, "sha256"), str(rec, "generated"));
	fb_buf_printf(o, "  %lld claims, %lld groups, %lld in conflict, %lld for review, %lld unattributed claims\n",
	    (long long)json_integer_value(json_object_get(sum, "claims")),
	    (long long)json_integer_value(json_object_get(sum, "groups")),
	    (long long)json_integer_value(json_object_get(sum, "conflicts")),
	    (long long)json_integer_value(json_object_get(sum, "review")),
	    (long long)json_integer_value(json_object_get(sum, "unattributed")));

	size_t i;
	const json_t *g;
	int any = 0;
	fb_buf_puts(o, "\nCONFLICTS AND REVIEW\n");
	json_array_foreach(groups, i, g) {
		const char *st = str(g, "status");
		if (strcmp(st, "conflict") != 0 && strcmp(st, "review") != 0)
			continue;
		any = 1;
		fb_buf_printf(o, "  %s %s: %s\n", str(g, "id"), strcmp(st, "conflict") == 0 ? "CONFLICT" : "REVIEW",
		    str(g, "summary"));
		size_t k;
		const json_t *p;
		json_array_foreach(json_object_get(g, "conflicts"), k, p) {
			fb_buf_printf(o, "    %s vs %s: %s\n", str(p, "a"), str(p, "b"), str(p, "reason"));
			const json_t *ca = find_by_id(claims, str(p, "a")), *cb = find_by_id(claims, str(p, "b"));
			if (ca)
				put_claim_line(o, rec, ca);
			if (cb)
				put_claim_line(o, rec, cb);
		}
	}
	if (!any)
		fb_buf_puts(o, "  none\n");

	fb_buf_puts(o, "\nAGREEING GROUPS\n");
	any = 0;
	json_array_foreach(groups, i, g) {
		if (strcmp(str(g, "status"), "consistent") != 0)
			continue;
		any = 1;
		fb_buf_printf(o, "  %s %s\n", str(g, "id"), str(g, "summary"));
	}
	if (!any)
		fb_buf_puts(o, "  none\n");

	fb_buf_puts(o, "\nCLAIMS\n");
	const json_t *c;
	json_array_foreach(claims, i, c)
		put_claim_line(o, rec, c);
	if (json_array_size(claims) == 0)
		fb_buf_puts(o, "  no claims found\n");

	fb_buf_puts(o, "\nSOURCES\n");
	const json_t *s;
	json_array_foreach(json_object_get(rec, "sources"), i, s) {
		fb_buf_printf(o, "  %-4s %s (%s)", str(s, "id"), str(s, "name"), str(s, "kind"));
		size_t k;
		const json_t *r;
		json_array_foreach(json_object_get(s, "roles"), k, r)
			fb_buf_printf(o, "%s%s", k ? "; " : ": ", json_string_value(r));
		const json_t *fl = json_object_get(s, "flags");
		json_array_foreach(fl, k, r)
			fb_buf_printf(o, " [%s]", json_string_value(r));
		fb_buf_putc(o, '\n');
	}
	if (json_array_size(json_object_get(rec, "sources")) == 0)
		fb_buf_puts(o, "  none named\n");
}
