/* render_text.c - the terminal summary of a record: conflicts and review
 * items first, then agreeing groups, claims and sources. Reads only the
 * record; derives nothing. */
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "render.h"

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static const char *source_name(const json_t *rec, const json_t *id)
{
	if (!json_is_string(id))
		return "unattributed";
	const json_t *s = fb_record_find(json_object_get(rec, "sources"), json_string_value(id));
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

/* Pads o with spaces from byte mark to w display columns (UTF-8
 * continuation bytes take none). */
static void pad_to(fb_buf *o, size_t mark, size_t w)
{
	size_t cols = 0;
	for (size_t i = mark; i < o->len; i++)
		cols += ((unsigned char)o->p[i] & 0xC0) != 0x80;
	while (cols++ < w)
		fb_buf_putc(o, ' ');
}

/* Is claim id in a pair of the group that joins two reports? */
static int in_cross_pair(const json_t *g, const char *id)
{
	size_t k;
	const json_t *p;
	json_array_foreach(json_object_get(g, "conflicts"), k, p)
		if (json_object_get(p, "documents") && (strcmp(str(p, "a"), id) == 0 || strcmp(str(p, "b"), id) == 0))
			return 1;
	return 0;
}

/* With several reports: one row per group that two reports speak to, one
 * column per report; '*' marks a figure in a pair across reports. */
static void put_across(fb_buf *o, const json_t *rec)
{
	const json_t *docs = json_object_get(rec, "documents");
	const json_t *claims = json_object_get(rec, "claims");
	size_t nd = json_array_size(docs), i, d;
	const json_t *doc, *g;
	if (nd < 2)
		return;
	fb_buf_puts(o, "\nACROSS REPORTS\n");
	json_array_foreach(docs, i, doc) {
		fb_buf_printf(o, "  %s %s", str(doc, "id"), *str(doc, "outlet") ? str(doc, "outlet") : str(doc, "path"));
		if (*str(doc, "published"))
			fb_buf_printf(o, ", %s", str(doc, "published"));
		fb_buf_puts(o, ": ");
		put_clipped(o, str(doc, "title"), 80);
		fb_buf_putc(o, '\n');
	}
	size_t mark = o->len;
	fb_buf_puts(o, "  ");
	pad_to(o, mark, 32);
	json_array_foreach(docs, d, doc) {
		size_t m = o->len;
		fb_buf_printf(o, "| %s", str(doc, "id"));
		pad_to(o, m, 26);
	}
	fb_buf_putc(o, '\n');
	int rows = 0;
	json_array_foreach(json_object_get(rec, "groups"), i, g) {
		/* the reports this group's claims come from */
		size_t k, seen = 0;
		const json_t *id;
		json_array_foreach(docs, d, doc) {
			json_array_foreach(json_object_get(g, "claims"), k, id) {
				const json_t *c = fb_record_find(claims, json_string_value(id));
				if (c && strcmp(str(c, "document"), str(doc, "id")) == 0) {
					seen++;
					break;
				}
			}
		}
		if (seen < 2)
			continue;
		rows++;
		mark = o->len;
		fb_buf_printf(o, "  %s ", str(g, "id"));
		put_clipped(o, *str(g, "subject") ? str(g, "subject") : "", 14);
		fb_buf_putc(o, ' ');
		put_clipped(o, str(g, "measure"), 10);
		pad_to(o, mark, 32);
		json_array_foreach(docs, d, doc) {
			size_t m = o->len, n = 0;
			fb_buf_puts(o, "| ");
			fb_buf cell = { 0 };
			json_array_foreach(json_object_get(g, "claims"), k, id) {
				const json_t *c = fb_record_find(claims, json_string_value(id));
				if (!c || strcmp(str(c, "document"), str(doc, "id")) != 0)
					continue;
				fb_buf_printf(&cell, "%s%s%s", n++ ? "; " : "", str(json_object_get(c, "quantity"), "surface"),
				    in_cross_pair(g, str(c, "id")) ? " *" : "");
			}
			put_clipped(o, n ? cell.p : "-", 22);
			fb_buf_free(&cell);
			pad_to(o, m, 26);
		}
		fb_buf_putc(o, '\n');
	}
	if (!rows)
		fb_buf_puts(o, "  no figure is given by two reports\n");
	else
		fb_buf_puts(o, "  * in a conflict or review pair across reports (listed below)\n");
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

	put_across(o, rec);

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
			const json_t *ca = fb_record_find(claims, str(p, "a")), *cb = fb_record_find(claims, str(p, "b"));
			if (ca)
				put_claim_line(o, rec, ca);
			if (cb && cb != ca) /* a count against its own list: one claim */
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
