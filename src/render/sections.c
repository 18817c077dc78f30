/* sections.c - the brief's sections in reading order: title block, claims
 * across paragraphs, conflicts, the claims table, sources, the article
 * with its claims highlighted. Each lays out from the typed record. */
#include "layout.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- sections */

void lay_title_block(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	char *title = lay_cap_text(l, S(r->input.title)); /* a --title of a megabyte */
	int a = lay_anchor(l, l->y);
	lay_outline(l, 0, "Summary", a);
	const char *kicker = "VERIFICATION BRIEF";
	lay_text(l, FN_BOLD, t->size_small, t->color_accent, l->x0, l->y - t->size_small, kicker, strlen(kicker));
	l->y -= lay_lead(t->size_small) + 4;
	lay_para(l, FN_BOLD, t->size_title, t->color_text, l->x0, l->x1 - l->x0,
	    *title ? title : "(untitled article)", *title ? strlen(title) : 18, NULL, 0);
	free(title);
	l->y -= 4;
	lay_hline(l, t->color_rule, 0.6f, l->x0, l->y, l->x1 - l->x0);
	l->y -= 8;

	/* File, date, hash: a two-column key/value list. */
	char date[64];
	const char *gen = S(r->generated);
	snprintf(date, sizeof date, "%.10s %.5s UTC", gen, strlen(gen) >= 16 ? gen + 11 : "");
	char bytes[64];
	snprintf(bytes, sizeof bytes, "%lld bytes", r->input.bytes);
	const char *k[] = { "File", "Size", "Generated", "SHA-256", "Tool" };
	char tool[80];
	snprintf(tool, sizeof tool, "%s %s", r->tool.name ? r->tool.name : "factbrief",
	    r->tool.version ? r->tool.version : FB_VERSION);
	const char *v[] = { S(r->input.path), bytes, gen[0] ? date : "", S(r->input.sha256), tool };
	for (size_t i = 0; i < 5; i++) {
		float sz = t->size_body;
		lay_text(l, FN_BOLD, t->size_small, t->color_muted, l->x0, l->y - sz, k[i], strlen(k[i]));
		int f = i == 3 ? FN_MONO : FN_REG;
		lay_para(l, f, i == 3 ? t->size_small * 1.05f : sz, t->color_text, l->x0 + 62, l->x1 - l->x0 - 62,
		    v[i], strlen(v[i]), NULL, 0);
		l->y -= 1.5f;
	}
	l->y -= 8;

	/* Count cards. */
	struct { const char *label; long long n; int st; } cards[] = {
		{ "claims", r->summary.claims, -1 },
		{ "conflicts", r->summary.conflicts, 3 },
		{ "for review", r->summary.review, 2 },
		{ "unattributed", r->summary.unattributed, -1 },
		{ "sources", (long long)r->nsources, -1 },
	};
	size_t nc = sizeof cards / sizeof cards[0];
	float gapw = 8, cw = (l->x1 - l->x0 - gapw * (nc - 1)) / nc, ch = 42;
	lay_need(l, ch);
	for (size_t i = 0; i < nc; i++) {
		float x = l->x0 + i * (cw + gapw);
		int hot = cards[i].st >= 0 && cards[i].n > 0;
		fb_rgb col = hot ? t->color_status[cards[i].st] : t->color_text;
		lay_rect(l, hot ? lay_tint(col, 0.10f) : lay_tint(t->color_rule, 0.25f), x, l->y - ch, cw, ch);
		lay_rect(l, hot ? col : t->color_rule, x, l->y - ch, 2.5f, ch);
		char num[32];
		snprintf(num, sizeof num, "%lld", cards[i].n);
		lay_text(l, FN_BOLD, 17, col, x + 9, l->y - 22, num, strlen(num));
		lay_text(l, FN_REG, t->size_small, t->color_muted, x + 9, l->y - 34, cards[i].label, strlen(cards[i].label));
	}
	l->y -= ch + 6;
}

/* One side of a conflict: a card with the claim's place, source, value
 * and words. Returns the height used; draws only when draw is set. */
static float claim_card(lay *l, const fb_rec_claim *c, float x, float w, float ytop, int draw, int st)
{
	const fb_template *t = l->t;
	float y = ytop - 6, sz = t->size_body;
	if (!c) {
		if (draw)
			lay_text(l, FN_REG, sz, t->color_muted, x + 8, y - sz, "(claim missing from the record)", 31);
		return lay_lead(sz) + 12;
	}
	char *src0 = lay_claim_source(l->rec, c), *src = lay_cap_text(l, src0);
	char *head = fb_xasprintf("%s \xc2\xb7 \xc2\xb6 %lld \xc2\xb7 %s", S(c->id), c->paragraph, src);
	char *val = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
	char *text = lay_cap_text(l, S(c->text));
	char *quoted = fb_xasprintf("\xe2\x80\x9c%s\xe2\x80\x9d", text);
	free(src0), free(text);
	struct { const char *s; int f; float size; fb_rgb col; } parts[] = {
		{ head, FN_BOLD, t->size_small, t->color_muted },
		{ val, FN_BOLD, sz * 1.25f, t->color_status[st] },
		{ quoted, FN_REG, sz, t->color_text },
	};
	fb_buf txt = {0};
	for (size_t p = 0; p < 3; p++) {
		meas m = { l, parts[p].f, parts[p].size, p == 1 };
		fb_line *ln;
		size_t nl = fb_pdf_wrap(parts[p].s, strlen(parts[p].s), w - 16, lay_measure, &m, &ln);
		for (size_t i = 0; i < nl; i++) {
			if (draw) {
				txt.len = 0;
				fb_pdf_fold(parts[p].s, ln[i].start, ln[i].end, &txt);
				l->loose = p == 1; /* the quantity */
				lay_text(l, parts[p].f, parts[p].size, parts[p].col, x + 10, y - parts[p].size, txt.p, txt.len);
				l->loose = 0;
			}
			y -= lay_lead(parts[p].size);
		}
		free(ln);
		y -= 2;
	}
	fb_buf_free(&txt);
	free(src), free(head), free(val), free(quoted);
	return ytop - y + 4;
}

/* --compare: the reports, then one row per group two reports speak to and
 * one column per report; a figure in a pair across reports is in the
 * conflict colour, and the cross-report pairs follow in the conflicts
 * section with both outlets in their reasons. */
void lay_across(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	size_t nd = r->ndocuments, i, d;
	if (nd < 2)
		return;
	lay_section(l, t->title_across, 60);
	float sz = t->size_body * 0.92f;
	tcol rc[] = { { "Report", 34 }, { "Outlet", 120 }, { "Published", 96 }, { "Title", 0 } };
	lay_fit_cols(l, rc, 4, 3);
	lay_table_begin(l, rc, 4);
	for (d = 0; d < nd; d++) {
		const fb_rec_document *doc = &r->documents[d];
		char *title = lay_cap_text(l, S(doc->title));
		tcell cells[4] = {
			{ S(doc->id), FN_MONO, t->size_small, t->color_muted, -1, -1, 0 },
			{ *S(doc->outlet) ? doc->outlet : S(doc->path), FN_BOLD, sz, t->color_text, -1, -1, 0 },
			{ *S(doc->published) ? doc->published : "\xe2\x80\x94", FN_REG, sz, t->color_text, -1, -1, 0 },
			{ title, FN_REG, sz, t->color_text, -1, -1, 0 },
		};
		lay_table_row(l, rc, cells, 4, d % 2 == 1, NULL, -1);
		free(title);
	}
	lay_table_end(l);
	/* the figures: at most 15 columns of reports fit a row */
	size_t ncol = nd < 15 ? nd : 15;
	tcol cols[16];
	cols[0] = (tcol){ "Figure", 0 };
	char ids[15][24];
	for (d = 0; d < ncol; d++) {
		snprintf(ids[d], sizeof ids[d], "%s", S(r->documents[d].id));
		cols[d + 1] = (tcol){ ids[d], (l->x1 - l->x0 - 150) / (float)ncol };
	}
	lay_fit_cols(l, cols, ncol + 1, 0);
	int rows = 0;
	fb_buf cell[15];
	memset(cell, 0, sizeof cell);
	for (i = 0; i < r->ngroups; i++) {
		const fb_rec_group *g = &r->groups[i];
		size_t k, seen = 0;
		int cross[15] = { 0 };
		for (d = 0; d < ncol; d++) {
			cell[d].len = 0;
			const char *did = ids[d];
			size_t n = 0;
			for (k = 0; k < g->nclaims; k++) {
				const fb_rec_claim *c = fb_rec_claim_of(r, g->claims[k]);
				if (!c || strcmp(S(c->document.id), did) != 0)
					continue;
				char *v = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
				fb_buf_printf(&cell[d], "%s%s", n++ ? "; " : "", v);
				free(v);
				cross[d] |= fb_rec_in_cross_pair(g, S(c->id));
			}
			seen += n > 0;
			fb_buf_putc(&cell[d], '\0');
		}
		if (seen < 2)
			continue;
		if (!rows++)
			lay_table_begin(l, cols, ncol + 1);
		char *label = fb_xasprintf("%s %s %s", S(g->id), S(g->subject), S(g->measure));
		tcell cells[16];
		cells[0] = (tcell){ label, FN_BOLD, sz, t->color_text, -1, -1, 0 };
		for (d = 0; d < ncol; d++)
			cells[d + 1] = (tcell){ cell[d].len > 1 ? cell[d].p : "\xe2\x80\x94", cross[d] ? FN_BOLD : FN_REG, sz,
				cross[d] ? t->color_status[3] : t->color_text, -1, -1, 1 };
		lay_table_row(l, cols, cells, ncol + 1, rows % 2 == 0, NULL, -1);
		free(label);
	}
	for (d = 0; d < ncol; d++)
		fb_buf_free(&cell[d]);
	if (rows) {
		lay_table_end(l);
		const char *note = "Figures in red are in a conflict or review pair across reports, set out with both outlets "
		                   "under Conflicts and review.";
		lay_para(l, FN_REG, t->size_small, t->color_muted, l->x0, l->x1 - l->x0, note, strlen(note), NULL, 0);
	} else {
		const char *none = "No figure is given by two reports.";
		lay_para(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, none, strlen(none), NULL, 0);
	}
}

void lay_conflicts(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	lay_section(l, t->title_conflicts, 60);
	int any = 0;
	size_t shown = 0, hidden = 0; /* cards drawn and left out (max_conflicts) */
	for (size_t gi = 0; gi < r->ngroups; gi++) {
		const fb_rec_group *g = &r->groups[gi];
		if (g->status != FB_RS_CONFLICT && g->status != FB_RS_REVIEW)
			continue;
		any = 1;
		if ((long)shown >= t->max_conflicts) {
			size_t np = g->npairs;
			hidden += np ? np : g->nclaims;
			continue;
		}
		int st = (int)g->status;
		float sz = t->size_body;
		lay_gap(l, 6);
		/* Keep the heading with its first card: measure both. */
		float colw0 = (l->x1 - l->x0 - 22) / 2, head_h = lay_lead(sz * 1.05f) + 2 + 3, first_h = 0;
		char *summ0 = lay_cap_text(l, S(g->summary));
		if (*summ0) {
			meas m = { l, FN_REG, t->size_small * 1.1f, 0 };
			fb_line *ln;
			head_h += fb_pdf_wrap(summ0, strlen(summ0), l->x1 - l->x0, lay_measure, &m, &ln) * lay_lead(t->size_small * 1.1f);
			free(ln);
		}
		if (g->npairs) {
			const fb_rec_pair *p0 = &g->pairs[0];
			const fb_rec_claim *ca = fb_rec_claim_of(r, p0->a);
			const fb_rec_claim *cb = fb_rec_claim_of(r, p0->b);
			float ha = claim_card(l, ca, l->x0, colw0, l->y, 0, st), hb = claim_card(l, cb, l->x0, colw0, l->y, 0, st);
			char *reason = lay_cap_text(l, S(p0->reason));
			meas m = { l, FN_REG, sz, 0 };
			fb_line *ln;
			size_t nr = fb_pdf_wrap(reason, strlen(reason), l->x1 - l->x0 - 70, lay_measure, &m, &ln);
			free(ln);
			free(reason);
			first_h = (ha > hb ? ha : hb) + nr * lay_lead(sz) + 14;
		} else {
			const fb_rec_claim *c0 = g->nclaims ? fb_rec_claim_of(r, g->claims[0]) : NULL;
			first_h = claim_card(l, c0, l->x0, l->x1 - l->x0, l->y, 0, st) + 4;
		}
		lay_need(l, head_h + first_h);
		/* Group heading: label, what is counted, summary. */
		int ga = lay_anchor(l, l->y + 2);
		lay_status_label(l, st, l->x0, l->y);
		const char *ms = S(g->measure);
		char *what = fb_xasprintf("%s%s%s", ms, *ms && *S(g->subject) ? " \xe2\x80\x94 " : "", S(g->subject));
		if (fb_islower((unsigned char)what[0]))
			what[0] = (char)(what[0] - 32); /* "Killed — people" */
		int rv = g->status == FB_RS_REVIEW;
		float lw = lay_width(l, FN_BOLD, t->size_small * 0.92f, rv ? "REVIEW" : "CONFLICT", rv ? 6 : 8) + 12;
		lay_text(l, FN_BOLD, sz * 1.05f, t->color_text, l->x0 + lw, l->y - sz * 1.0f, what, strlen(what));
		char *gtitle = fb_xasprintf("%s: %s", S(g->id), what);
		lay_outline(l, 1, gtitle, ga);
		free(gtitle);
		free(what);
		l->y -= lay_lead(sz * 1.05f) + 2;
		if (*summ0)
			lay_para(l, FN_REG, t->size_small * 1.1f, t->color_muted, l->x0, l->x1 - l->x0, summ0, strlen(summ0), NULL, 0);
		free(summ0);
		l->y -= 3;
		float colw = (l->x1 - l->x0 - 22) / 2;
		for (size_t pi = 0; pi < g->npairs; pi++) {
			const fb_rec_pair *p = &g->pairs[pi];
			if ((long)shown >= t->max_conflicts) {
				hidden += g->npairs - pi;
				break;
			}
			shown++;
			const fb_rec_claim *ca = fb_rec_claim_of(r, p->a);
			const fb_rec_claim *cb = fb_rec_claim_of(r, p->b);
			int pst = p->review ? 2 : st;
			/* a count against its own list: one claim, drawn once, full width */
			int self = ca && ca == cb;
			float wa = self ? l->x1 - l->x0 : colw;
			float ha = claim_card(l, ca, l->x0, wa, l->y, 0, pst);
			float hb = self ? 0 : claim_card(l, cb, l->x0 + colw + 22, colw, l->y, 0, pst);
			float h = ha > hb ? ha : hb;
			char *reason = lay_cap_text(l, S(p->reason));
			meas m = { l, FN_REG, sz, 0 };
			fb_line *ln;
			size_t nr = fb_pdf_wrap(reason, strlen(reason), l->x1 - l->x0 - 70, lay_measure, &m, &ln);
			free(ln);
			lay_need(l, h + nr * lay_lead(sz) + 14);
			float top = l->y;
			fb_rgb bg = lay_tint(t->color_rule, 0.2f);
			lay_rect(l, bg, l->x0, top - h, wa, h);
			lay_rect(l, t->color_status[pst], l->x0, top - h, 2.5f, h);
			claim_card(l, ca, l->x0, wa, top, 1, pst);
			if (!self) {
				lay_rect(l, bg, l->x0 + colw + 22, top - h, colw, h);
				lay_rect(l, t->color_status[pst], l->x0 + colw + 22, top - h, 2.5f, h);
				claim_card(l, cb, l->x0 + colw + 22, colw, top, 1, pst);
				lay_text(l, FN_BOLD, sz, t->color_muted, l->x0 + colw + 4.5f, top - h / 2 - 3, "vs", 2);
			}
			/* Each side links to its claim's row in the claims table. */
			for (int s = 0; s < (self ? 1 : 2); s++) {
				const fb_rec_claim *c = s ? cb : ca;
				if (c)
					lay_link_claim(l, c, l->x0 + s * (colw + 22), top - h, s ? colw : wa, h);
			}
			l->y = top - h - 4;
			const char *rl = pst == 2 ? "Why review" : "Why";
			lay_text(l, FN_BOLD, sz, t->color_status[pst], l->x0, l->y - sz, rl, strlen(rl));
			lay_para(l, FN_REG, sz, t->color_text, l->x0 + 70, l->x1 - l->x0 - 70, reason, strlen(reason), NULL, 0);
			free(reason);
			l->y -= 8;
		}
		if (g->npairs == 0) {
			/* A review group without pairs: list its claims. */
			for (size_t ci = 0; ci < g->nclaims; ci++) {
				if ((long)shown >= t->max_conflicts) {
					hidden += g->nclaims - ci;
					break;
				}
				shown++;
				const fb_rec_claim *c = fb_rec_claim_of(r, g->claims[ci]);
				float h = claim_card(l, c, l->x0, l->x1 - l->x0, l->y, 0, st);
				lay_need(l, h + 4);
				lay_rect(l, lay_tint(t->color_rule, 0.2f), l->x0, l->y - h, l->x1 - l->x0, h);
				claim_card(l, c, l->x0, l->x1 - l->x0, l->y, 1, st);
				if (c)
					lay_link_claim(l, c, l->x0, l->y - h, l->x1 - l->x0, h);
				l->y -= h + 4;
			}
		}
	}
	if (hidden)
		lay_left_out(l, hidden, "conflict pairs and items for review", "max_conflicts", t->max_conflicts);
	if (!any) {
		const char *s = r->nclaims ? "No conflicts and nothing for review: every compared figure agrees."
		                                       : "No claims found, so nothing to compare.";
		lay_para(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
	}
}

void lay_claims(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	lay_section(l, t->title_claims, 90); /* the table head and a first row */
	if (r->nclaims == 0) {
		lay_para(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, "No claims found.", 16, NULL, 0);
		return;
	}
	tcol cols[] = { { "ID", 30 }, { "Claim", 0 }, { "Value", 78 }, { "Source", 92 }, { "\xc2\xb6", 22 }, { "Status", 70 } };
	lay_fit_cols(l, cols, 6, 1);
	if (t->max_claims > 0) /* max_claims 0: no table, only the note */
		lay_table_begin(l, cols, 6);
	float sz = t->size_body * 0.92f;
	for (size_t i = 0; i < r->nclaims; i++) {
		const fb_rec_claim *c = &r->claims[i];
		if ((long)i >= t->max_claims)
			break;
		char *val = fb_pdf_format_quantity_max(c->quantity, t->max_parts);
		char *src0 = lay_claim_source(r, c), *src = lay_cap_text(l, src0);
		char *text = lay_cap_text(l, S(c->text));
		free(src0);
		char para[24];
		snprintf(para, sizeof para, "%lld", c->paragraph);
		long long pn = c->paragraph;
		int plink = pn > 0 && (size_t)pn <= l->npara_anchor ? -2 - (int)pn : -1;
		int unattributed = c->source.id == NULL;
		tcell cells[6] = {
			{ S(c->id), FN_MONO, t->size_small, t->color_muted, -1, -1, 0 },
			{ text, FN_REG, sz, t->color_text, -1, -1, 0 },
			{ val, FN_BOLD, sz, t->color_text, -1, -1, 1 },
			{ src, FN_REG, t->size_small * 1.05f, unattributed ? t->color_muted : t->color_text, -1, -1, 0 },
			{ para, FN_REG, sz, t->color_muted, -1, -1, 0 },
			{ "", FN_REG, sz, t->color_text, (int)c->status, -1, 0 },
		};
		int ra = -1;
		lay_table_row(l, cols, cells, 6, i % 2 == 1, &ra, plink);
		if (ra >= 0)
			l->claim_anchor[i] = ra;
		free(val);
		free(src);
		free(text);
	}
	if (t->max_claims > 0)
		lay_table_end(l);
	if (r->nclaims > (size_t)t->max_claims)
		lay_left_out(l, r->nclaims - (size_t)t->max_claims, "claims", "max_claims", t->max_claims);
}

/* Says how many items of a list in a cell were left out. */
static void more_items(fb_buf *b, size_t n)
{
	fb_buf_printf(b, " \xe2\x80\xa6 (%zu more)", n);
}

/* Joins a list of strings with sep, at most max of them (then how many
 * more). Caller frees. */
static char *join(const fb_rec_strs *arr, const char *sep, long max)
{
	fb_buf b = {0};
	for (size_t i = 0; i < arr->n; i++) {
		if ((long)i >= max) {
			more_items(&b, arr->n - i);
			break;
		}
		if (b.len)
			fb_buf_puts(&b, sep);
		fb_buf_puts(&b, arr->s[i]);
	}
	return b.p ? b.p : fb_xstrdup("");
}

/* join at most max_list items, the whole cut at max_text. */
static char *capped_join(const lay *l, const fb_rec_strs *arr, const char *sep)
{
	char *j = join(arr, sep, l->t->max_list), *c = lay_cap_text(l, j);
	free(j);
	return c;
}

void lay_sources(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	lay_section(l, t->title_sources, 90); /* the table head and a first row */
	if (r->nsources == 0) {
		lay_para(l, FN_REG, t->size_body, t->color_muted, l->x0, l->x1 - l->x0, "No sources named.", 17, NULL, 0);
		return;
	}
	tcol cols[] = { { "Source", 110 }, { "Kind", 62 }, { "Roles", 0 }, { "Also called", 88 }, { "\xc2\xb6", 46 }, { "Flags", 70 } };
	lay_fit_cols(l, cols, 6, 2);
	if (t->max_sources > 0)
		lay_table_begin(l, cols, 6);
	float sz = t->size_body * 0.92f;
	for (size_t i = 0; i < r->nsources; i++) {
		const fb_rec_source *s = &r->sources[i];
		if ((long)i >= t->max_sources)
			break;
		char *name = lay_cap_text(l, S(s->name));
		char *roles = capped_join(l, &s->roles, "; ");
		char *aliases = capped_join(l, &s->aliases, ", ");
		char *flags = capped_join(l, &s->flags, ", ");
		/* Paragraphs mentioned, in order, once each; max_list of them. */
		fb_buf pb = {0};
		long long last = -1;
		size_t k, np = 0;
		for (k = 0; k < s->nmentions; k++) {
			long long p = s->mentions[k].paragraph;
			if (p == last)
				continue;
			if ((long)np >= t->max_list) {
				size_t more = 0;
				for (; k < s->nmentions; k++) {
					long long q = s->mentions[k].paragraph;
					more += q != last;
					last = q;
				}
				more_items(&pb, more);
				break;
			}
			fb_buf_printf(&pb, "%s%lld", pb.len ? ", " : "", p);
			last = p;
			np++;
		}
		tcell cells[6] = {
			{ name, FN_BOLD, sz, t->color_text, -1, -1, 0 },
			{ S(s->kind), FN_REG, t->size_small * 1.05f, t->color_muted, -1, -1, 0 },
			{ roles, FN_REG, sz, t->color_text, -1, -1, 0 },
			{ aliases, FN_REG, t->size_small * 1.05f, t->color_text, -1, -1, 0 },
			{ pb.p ? pb.p : "", FN_REG, t->size_small * 1.05f, t->color_muted, -1, -1, 0 },
			{ flags, FN_REG, t->size_small * 1.05f, t->color_status[2], -1, -1, 0 },
		};
		lay_table_row(l, cols, cells, 6, i % 2 == 1, NULL, -1);
		free(name), free(roles), free(aliases), free(flags);
		fb_buf_free(&pb);
	}
	if (t->max_sources > 0)
		lay_table_end(l);
	if (r->nsources > (size_t)t->max_sources)
		lay_left_out(l, r->nsources - (size_t)t->max_sources, "sources", "max_sources", t->max_sources);
}

void lay_article(lay *l)
{
	const fb_template *t = l->t;
	const fb_record *r = l->rec;
	lay_section(l, t->title_article, 30);
	const char *note = "Numbers under claim are marked in the colour of their status; greyed paragraphs are site furniture.";
	lay_para(l, FN_REG, t->size_small, t->color_muted, l->x0, l->x1 - l->x0, note, strlen(note), NULL, 0);
	l->y -= 4;
	/* Quantity spans, with the tint of their claim's status. */
	span *hl = NULL;
	size_t nhl = 0, caphl = 0;
	size_t i;
	float gut = 26, sz = t->size_body;
	size_t ci = 0, nclaims = r->nclaims; /* claims come in paragraph order */
	/* max_article_pages, counted from the section's first page */
	long last = (long)l->page + t->max_article_pages - 1;
	l->stop_page = last > 1000000000 ? 1000000000 : (int)last;
	l->cut = 0;
	size_t cut_at = r->nparagraphs, cut_byte = 0; /* the first paragraph not (all) shown */
	for (i = 0; i < r->nparagraphs; i++) {
		const fb_rec_paragraph *p = &r->paragraphs[i];
		size_t a, b;
		lay_clamp_span(l, p->start, p->end, &a, &b);
		if (l->stop_page < l->page || (l->y - lay_lead(sz) * 2 < l->bottom && !l->at_top && l->page >= l->stop_page)) {
			l->cut = 1; /* not even its first line fits */
			cut_at = i, cut_byte = a;
			break;
		}
		long long n = p->n;
		int boiler = p->boilerplate;
		nhl = 0;
		/* the paragraph's lines, made before its highlights: past the
		 * last line the page limit lets be drawn none is needed (one
		 * paragraph may be the whole article, with a claim every few
		 * words) */
		fb_line *ln;
		size_t nl = lay_wrap(l, FN_REG, sz, l->x1 - l->x0 - gut, l->article + a, b - a, &ln);
		/* (counted from this page: the paragraph starts on it or later,
		 * so with no more room than this) */
		size_t room = lay_lines_room(l, sz);
		size_t past = room < nl ? (room ? ln[room - 1].end : 0) : SIZE_MAX;
		while (ci < nclaims && r->claims[ci].paragraph < n)
			ci++;
		for (; ci < nclaims && r->claims[ci].paragraph == n; ci++) {
			const fb_rec_claim *c = &r->claims[ci];
			const fb_rec_quantity *q = c->quantity;
			if (!q)
				continue;
			size_t qa, qb;
			lay_clamp_span(l, q->start, q->end, &qa, &qb);
			if (qa < a || qb > b || qa >= qb || qa - a >= past)
				continue;
			span *s = FB_PUSH(hl, nhl, caphl);
			s->a = qa - a, s->b = qb - a;
			int st = (int)c->status;
			s->c = st == 0 ? t->color_highlight : lay_tint(t->color_status[st], 0.22f);
		}
		/* --compare: each report's paragraphs under its outlet */
		const char *pd = S(p->document.id);
		if (*pd && (i == 0 || strcmp(pd, S(r->paragraphs[i - 1].document.id)) != 0)) {
			const fb_rec_document *doc = fb_rec_document_of(r, p->document);
			const char *outlet = doc ? S(doc->outlet) : "", *path = doc ? S(doc->path) : "";
			const char *published = doc ? S(doc->published) : "";
			char *h = fb_xasprintf("%s \xc2\xb7 %s%s%s", pd, *outlet ? outlet : path, *published ? ", " : "", published);
			lay_need(l, lay_lead(sz) * 4);
			lay_gap(l, i ? 6 : 0);
			lay_para(l, FN_BOLD, t->size_small * 1.1f, t->color_accent, l->x0, l->x1 - l->x0, h, strlen(h), NULL, 0);
			l->y -= 3;
			free(h);
		}
		lay_need(l, lay_lead(sz) * 2);
		int an = lay_anchor(l, l->y + 2);
		if (n > 0 && (size_t)n <= l->npara_anchor)
			l->para_anchor[n - 1] = an;
		char num[24];
		snprintf(num, sizeof num, "%lld", n);
		float nw = lay_width(l, FN_BOLD, t->size_small, num, strlen(num));
		lay_text(l, FN_BOLD, t->size_small, boiler ? lay_tint(t->color_muted, 0.55f) : t->color_accent,
		    l->x0 + gut - 8 - nw, l->y - sz, num, strlen(num));
		lay_para_lines(l, FN_REG, sz, boiler ? lay_tint(t->color_muted, 0.7f) : t->color_text, l->x0 + gut,
		    l->article + a, ln, nl, hl, nhl);
		free(ln);
		if (l->cut) { /* cut inside this paragraph */
			cut_at = i, cut_byte = a;
			break;
		}
		l->y -= sz * 0.55f;
	}
	free(hl);
	l->stop_page = -1;
	if (l->cut) {
		size_t np = r->nparagraphs;
		char *s = fb_xasprintf("The article is cut here, after the template's max_article_pages (%ld): "
		    "paragraphs %lld to %lld (from byte %zu of %zu) are not shown in full. The %s hold it all.",
		    t->max_article_pages, cut_at < np ? r->paragraphs[cut_at].n : 0, np ? r->paragraphs[np - 1].n : 0,
		    cut_byte, l->article_len,
		    t->pdfa == FB_PDFA_3B ? "article and the JSON record attached to this PDF" : "input file and the JSON record");
		lay_gap(l, 4);
		lay_para(l, FN_BOLD, t->size_small * 1.1f, t->color_status[2], l->x0, l->x1 - l->x0, s, strlen(s), NULL, 0);
		free(s);
		l->cut = 0;
	}
	if (r->nparagraphs == 0)
		lay_para(l, FN_REG, sz, t->color_muted, l->x0, l->x1 - l->x0, "(empty article)", 15, NULL, 0);
}
