/* render_text.c - the terminal summary of a record: conflicts and review
 * items first, then agreeing groups, claims and sources. Reads only the
 * record; derives nothing. */
#include <stdlib.h>
#include <string.h>

#include "render.h"

#define S fb_rec_str

static const char *source_name(const fb_record *rec, fb_rec_ref id)
{
	if (!id.id)
		return "unattributed";
	const fb_rec_source *s = fb_rec_source_of(rec, id);
	return s ? S(s->name) : id.id;
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

static void put_claim_line(fb_buf *o, const fb_record *rec, const fb_rec_claim *c)
{
	fb_buf_printf(o, "    %-4s p%-3lld %-22.22s ", S(c->id), c->paragraph, source_name(rec, c->source));
	if (c->quantity) {
		fb_buf_putc(o, '[');
		fb_buf_puts(o, S(c->quantity->surface));
		fb_buf_puts(o, "] ");
	}
	put_clipped(o, S(c->text), 120);
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

/* With several reports: one row per group that two reports speak to, one
 * column per report; '*' marks a figure in a pair across reports. */
static void put_across(fb_buf *o, const fb_record *rec)
{
	size_t nd = rec->ndocuments, i, d;
	if (nd < 2)
		return;
	fb_buf_puts(o, "\nACROSS REPORTS\n");
	for (i = 0; i < nd; i++) {
		const fb_rec_document *doc = &rec->documents[i];
		fb_buf_printf(o, "  %s %s", S(doc->id), *S(doc->outlet) ? doc->outlet : S(doc->path));
		if (*S(doc->published))
			fb_buf_printf(o, ", %s", doc->published);
		fb_buf_puts(o, ": ");
		put_clipped(o, S(doc->title), 80);
		fb_buf_putc(o, '\n');
	}
	size_t mark = o->len;
	fb_buf_puts(o, "  ");
	pad_to(o, mark, 32);
	for (d = 0; d < nd; d++) {
		size_t m = o->len;
		fb_buf_printf(o, "| %s", S(rec->documents[d].id));
		pad_to(o, m, 26);
	}
	fb_buf_putc(o, '\n');
	int rows = 0;
	for (i = 0; i < rec->ngroups; i++) {
		const fb_rec_group *g = &rec->groups[i];
		/* the reports this group's claims come from */
		size_t k, seen = 0;
		for (d = 0; d < nd; d++) {
			for (k = 0; k < g->nclaims; k++) {
				const fb_rec_claim *c = fb_rec_claim_of(rec, g->claims[k]);
				if (c && strcmp(S(c->document.id), S(rec->documents[d].id)) == 0) {
					seen++;
					break;
				}
			}
		}
		if (seen < 2)
			continue;
		rows++;
		mark = o->len;
		fb_buf_printf(o, "  %s ", S(g->id));
		put_clipped(o, S(g->subject), 14);
		fb_buf_putc(o, ' ');
		put_clipped(o, S(g->measure), 10);
		pad_to(o, mark, 32);
		for (d = 0; d < nd; d++) {
			size_t m = o->len, n = 0;
			fb_buf_puts(o, "| ");
			fb_buf cell = { 0 };
			for (k = 0; k < g->nclaims; k++) {
				const fb_rec_claim *c = fb_rec_claim_of(rec, g->claims[k]);
				if (!c || strcmp(S(c->document.id), S(rec->documents[d].id)) != 0)
					continue;
				fb_buf_printf(&cell, "%s%s%s", n++ ? "; " : "", c->quantity ? S(c->quantity->surface) : "",
				    fb_rec_in_cross_pair(g, S(c->id)) ? " *" : "");
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
	const fb_record *rec = in->record;
	fb_buf_puts(o, "factbrief: ");
	put_clipped(o, S(rec->input.title), 100);
	fb_buf_printf(o, "\n  file %s, %lld bytes, sha256 %s\n  generated %s\n",
	    S(rec->input.path), rec->input.bytes, S(rec->input.sha256), S(rec->generated));
	fb_buf_printf(o, "  %lld claims, %lld groups, %lld in conflict, %lld for review, %lld unattributed claims\n",
	    rec->summary.claims, rec->summary.groups, rec->summary.conflicts, rec->summary.review,
	    rec->summary.unattributed);

	put_across(o, rec);

	size_t i;
	int any = 0;
	fb_buf_puts(o, "\nCONFLICTS AND REVIEW\n");
	for (i = 0; i < rec->ngroups; i++) {
		const fb_rec_group *g = &rec->groups[i];
		if (g->status != FB_RS_CONFLICT && g->status != FB_RS_REVIEW)
			continue;
		any = 1;
		fb_buf_printf(o, "  %s %s: %s\n", S(g->id), g->status == FB_RS_CONFLICT ? "CONFLICT" : "REVIEW",
		    S(g->summary));
		for (size_t k = 0; k < g->npairs; k++) {
			const fb_rec_pair *p = &g->pairs[k];
			fb_buf_printf(o, "    %s vs %s: %s\n", S(p->a.id), S(p->b.id), S(p->reason));
			const fb_rec_claim *ca = fb_rec_claim_of(rec, p->a), *cb = fb_rec_claim_of(rec, p->b);
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
	for (i = 0; i < rec->ngroups; i++) {
		const fb_rec_group *g = &rec->groups[i];
		if (g->status != FB_RS_CONSISTENT)
			continue;
		any = 1;
		fb_buf_printf(o, "  %s %s\n", S(g->id), S(g->summary));
	}
	if (!any)
		fb_buf_puts(o, "  none\n");

	fb_buf_puts(o, "\nCLAIMS\n");
	for (i = 0; i < rec->nclaims; i++)
		put_claim_line(o, rec, &rec->claims[i]);
	if (rec->nclaims == 0)
		fb_buf_puts(o, "  no claims found\n");

	fb_buf_puts(o, "\nSOURCES\n");
	for (i = 0; i < rec->nsources; i++) {
		const fb_rec_source *s = &rec->sources[i];
		fb_buf_printf(o, "  %-4s %s (%s)", S(s->id), S(s->name), S(s->kind));
		for (size_t k = 0; k < s->roles.n; k++)
			fb_buf_printf(o, "%s%s", k ? "; " : ": ", s->roles.s[k]);
		for (size_t k = 0; k < s->flags.n; k++)
			fb_buf_printf(o, " [%s]", s->flags.s[k]);
		fb_buf_putc(o, '\n');
	}
	if (rec->nsources == 0)
		fb_buf_puts(o, "  none named\n");
}
