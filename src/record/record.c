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
#include "record_emit.h"

/* Bytes of a first paragraph kept as the title. */
#define MAX_TITLE 300

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
	emit_strn(e, scratch->p, scratch->len);
}

static void e_flags(emitter *e, unsigned flags, const char *const *names, size_t count)
{
	emit_arr(e);
	for (size_t i = 0; i < count; i++)
		if (flags & (1u << i))
			emit_str(e, names[i]);
	emit_close(e, 0);
}

static const char *const sflag_names[] = { "roles-differ", "aliases-merged", "ambiguous-mention" };

/* func: the quantity's function in its claim (spec "Additions"), NULL to
 * leave it out (a bare number list) */
static void e_quantity(emitter *e, const fb_doc *doc, const fb_quantity *q, const char *func, fb_buf *scratch)
{
	emit_obj(e);
	emit_key(e, "surface"), e_text(e, doc, q->start, q->end, scratch);
	emit_span(e, q->start, q->end);
	emit_key(e, "kind"), emit_str(e, fb_qkind_names[q->kind]);
	emit_key(e, "value"), emit_opt_num(e, q->has_value, q->value);
	emit_key(e, "min"), emit_opt_num(e, q->has_min, q->min);
	emit_key(e, "max"), emit_opt_num(e, q->has_max, q->max);
	emit_key(e, "min_open"), emit_bool(e, q->min_open);
	emit_key(e, "max_open"), emit_bool(e, q->max_open);
	emit_key(e, "approx"), emit_bool(e, q->approx);
	emit_key(e, "vague"), emit_bool(e, q->vague);
	emit_key(e, "unit"), emit_opt_str(e, q->unit);
	double stated = 0;
	int has_stated = fb_quantity_stated(q, &stated);
	emit_key(e, "stated"), emit_opt_num(e, has_stated, stated);
	if (func)
		emit_key(e, "function"), emit_str(e, func);
	if (q->nparts) {
		emit_key(e, "parts");
		emit_arr(e);
		for (size_t i = 0; i < q->nparts; i++) {
			emit_obj(e);
			emit_key(e, "value"), emit_num(e, q->parts[i].value);
			emit_key(e, "what"), e_text(e, doc, q->parts[i].what_start, q->parts[i].what_end, scratch);
			emit_close(e, 1);
		}
		emit_close(e, 0);
	}
	emit_close(e, 1);
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
		emit_null(e);
		return;
	}
	emit_id(e, 'S', (size_t)i);
}

static void e_ids(emitter *e, const int *v, size_t n)
{
	emit_arr(e);
	for (size_t i = 0; i < n; i++)
		e_src_id(e, v[i]);
	emit_close(e, 0);
}

/* "C12" for claim index 11. */
static void e_claim_id(emitter *e, size_t i)
{
	emit_id(e, 'C', i);
}

static void e_strs(emitter *e, char **v, size_t n)
{
	emit_arr(e);
	for (size_t i = 0; i < n; i++)
		emit_str(e, v[i]);
	emit_close(e, 0);
}

static void e_sources(emitter *e, const fb_attribution *at)
{
	emit_arr(e);
	for (size_t i = 0; at && i < at->nsrc; i++) {
		const fb_source *s = &at->src[i];
		emit_obj(e);
		emit_key(e, "id"), e_src_id(e, (int)i);
		emit_key(e, "name"), emit_str(e, s->name);
		emit_key(e, "kind"), emit_str(e, fb_skind_names[s->kind]);
		emit_key(e, "aliases"), e_strs(e, s->aliases, s->naliases);
		emit_key(e, "roles"), e_strs(e, s->roles, s->nroles);
		emit_key(e, "flags"), e_flags(e, s->flags, sflag_names, 3);
		emit_key(e, "mentions");
		emit_arr(e);
		for (size_t k = 0; k < s->nmentions; k++) {
			emit_obj(e);
			size_t r = emit_report(e, s->mentions[k].start);
			emit_key(e, "paragraph"), emit_int(e, (long long)s->mentions[k].para + 1);
			emit_span(e, s->mentions[k].start, s->mentions[k].end);
			if (e->reports)
				emit_key(e, "document"), emit_doc_id(e, r);
			emit_close(e, 1);
		}
		emit_close(e, 0);
		if (e->reports) { /* the reports it is quoted in, and their outlets */
			const fb_doc *doc = e->reports;
			emit_key(e, "documents");
			emit_arr(e);
			for (size_t d = 0; d < doc->nrep; d++)
				for (size_t k = 0; k < s->nmentions; k++)
					if (fb_doc_report_of(doc, s->mentions[k].start) == d) {
						emit_doc_id(e, d);
						break;
					}
			emit_close(e, 0);
			emit_key(e, "outlets");
			emit_arr(e);
			for (size_t d = 0; d < doc->nrep; d++)
				for (size_t k = 0; k < s->nmentions; k++)
					if (fb_doc_report_of(doc, s->mentions[k].start) == d) {
						if (doc->rep[d].outlet)
							emit_str(e, doc->rep[d].outlet);
						break;
					}
			emit_close(e, 0);
		}
		emit_close(e, 1);
	}
	emit_close(e, 0);
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
	emit_id(e, 'E', i);
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
	emit_obj(e);
	if (sc) {
		emit_key(e, "head"), emit_opt_str(e, sc->head);
		emit_key(e, "modifiers");
		emit_arr(e);
		for (const char *m = sc->modifiers; m && *m;) {
			size_t n = strcspn(m, " ");
			if (n)
				emit_strn(e, m, n);
			m += n;
			m += *m == ' ';
		}
		emit_close(e, 0);
		emit_key(e, "holder");
		int hs = holder_source(hx, sc->holder);
		if (hs >= 0)
			e_src_id(e, hs); /* a source id when the registry has the holder */
		else
			emit_opt_str(e, sc->holder);
		emit_key(e, "place"), emit_opt_str(e, sc->place);
		emit_key(e, "time");
		if (sc->time) {
			emit_obj(e);
			char year[8];
			emit_key(e, "text"), emit_str(e, sc->time);
			emit_key(e, "norm"), emit_opt_str(e, fb_time_norm(sc->time, year, sizeof year));
			emit_close(e, 1);
		} else
			emit_null(e);
	}
	emit_key(e, "event"), e_event_id(e, (size_t)k->event);
	if (sc) {
		emit_key(e, "determiner"), emit_str(e, fb_det_names[sc->determiner]);
		emit_key(e, "part_of");
		if (sc->part_of >= 0)
			e_claim_id(e, (size_t)sc->part_of);
		else
			emit_null(e);
		emit_key(e, "role"), emit_str(e, fb_role_names[sc->role]);
		emit_key(e, "mode"), emit_str(e, fb_mode_names[sc->mode]);
	}
	emit_close(e, 1);
}

/* The scope slots a pair was matched on (spec "Additions": anchors). */
static void e_anchors(emitter *e, const fb_pair *p)
{
	emit_arr(e);
	for (size_t i = 0; i < p->nanchors; i++) {
		emit_obj(e);
		emit_key(e, "slot"), emit_str(e, p->anchors[i].slot);
		emit_key(e, "value"), emit_str(e, p->anchors[i].value);
		emit_close(e, 1);
	}
	emit_close(e, 0);
}

/* The article's own event and the others it mentions. */
static void e_events(emitter *e, const fb_doc *doc, const fb_claims *c, fb_buf *scratch)
{
	emit_arr(e);
	for (size_t i = 0; c && i < c->nev; i++) {
		const fb_event *ev = &c->ev[i];
		emit_obj(e);
		emit_key(e, "id"), e_event_id(e, i);
		emit_key(e, "label");
		if (ev->end > ev->start)
			e_text(e, doc, ev->start, ev->end, scratch);
		else
			emit_null(e);
		emit_key(e, "main"), emit_bool(e, ev->main);
		emit_close(e, 1);
	}
	emit_close(e, 0);
}

/* The word or mark that attributes a claim: { start, end, text, kind },
 * null for a claim nobody is said to make. */
static void e_cue(emitter *e, const fb_doc *doc, const fb_attrib *a, fb_buf *scratch)
{
	if (!a || a->source < 0 || a->cue_end <= a->cue_start) {
		emit_null(e);
		return;
	}
	emit_obj(e);
	emit_span(e, a->cue_start, a->cue_end);
	emit_key(e, "text"), e_text(e, doc, a->cue_start, a->cue_end, scratch);
	emit_key(e, "kind"), emit_str(e, fb_cue_kind_names[a->cue_kind < FB_CK__MAX ? a->cue_kind : FB_CK_SPEECH]);
	emit_close(e, 1);
}

static void e_claims(emitter *e, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, size_t *unattributed, fb_buf *scratch)
{
	fb_lexicon *hx = holder_index(at);
	emit_arr(e);
	for (size_t i = 0; c && i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		const fb_sent *st = &doc->sent[k->sent];
		const fb_attrib *a = k->attr >= 0 && at ? &at->attr[k->attr] : NULL;
		emit_obj(e);
		emit_key(e, "id"), e_claim_id(e, i);
		emit_key(e, "type"), emit_str(e, k->type == FB_CT_NUMERIC ? "numeric" : "attribution");
		emit_key(e, "paragraph"), emit_int(e, (long long)st->para + 1);
		emit_key(e, "sentence"), emit_int(e, (long long)k->sent - (long long)doc->para[st->para].first_sent + 1);
		size_t rep = emit_report(e, k->start);
		emit_span(e, k->start, k->end);
		emit_key(e, "text"), e_text(e, doc, k->start, k->end, scratch);
		emit_key(e, "source");
		if (a)
			e_src_id(e, a->source);
		else
			emit_null(e);
		emit_key(e, "sources");
		if (a)
			e_ids(e, a->sources, a->nsources);
		else
			emit_arr(e), emit_close(e, 0);
		emit_key(e, "source_candidates");
		if (a)
			e_ids(e, a->candidates, a->ncandidates);
		else
			emit_arr(e), emit_close(e, 0);
		emit_key(e, "via");
		if (a)
			e_src_id(e, a->via);
		else
			emit_null(e);
		emit_key(e, "cue"), e_cue(e, doc, a, scratch);
		unsigned f = claim_flags(c, k, at, ql);
		if (f & FB_CF_UNATTRIBUTED)
			(*unattributed)++;
		emit_key(e, "flags"), e_flags(e, f, fb_cflag_names, FB_CF__COUNT);
		const fb_scope *sc = al && al->scope && i < al->nscope && al->scope[i].set ? &al->scope[i] : NULL;
		const char *func = sc ? fb_qfunc_names[sc->function] : NULL;
		if (k->quantity >= 0)
			emit_key(e, "quantity"), e_quantity(e, doc, &ql->q[k->quantity], func, scratch);
		else if (k->own)
			emit_key(e, "quantity"), e_quantity(e, doc, fb_claim_own(c, k), func, scratch);
		emit_key(e, "measure"), emit_opt_str(e, k->measure);
		emit_key(e, "subject"), emit_opt_str(e, k->subject);
		int g = al ? al->claim_group[i] : -1;
		emit_key(e, "group");
		if (g >= 0)
			emit_id(e, 'G', (size_t)g);
		else
			emit_null(e);
		emit_key(e, "status"), emit_str(e, fb_status_names[al ? al->claim_status[i] : FB_ST_SINGLE]);
		if (k->derived_from >= 0)
			emit_key(e, "derived_from"), e_claim_id(e, (size_t)k->derived_from);
		if (k->type == FB_CT_NUMERIC)
			emit_key(e, "scope"), e_scope(e, k, sc, hx);
		if (e->reports)
			emit_key(e, "document"), emit_doc_id(e, rep);
		emit_close(e, 1);
	}
	emit_close(e, 0);
	fb_lexicon_free(hx);
}

static void e_groups(emitter *e, const fb_claims *c, const fb_alignment *al, size_t *conflicts, size_t *review)
{
	emit_arr(e);
	for (size_t i = 0; al && i < al->ng; i++) {
		const fb_group *g = &al->g[i];
		emit_obj(e);
		emit_key(e, "id"), emit_id(e, 'G', i);
		emit_key(e, "measure"), emit_opt_str(e, g->measure);
		emit_key(e, "subject"), emit_opt_str(e, g->subject);
		emit_key(e, "claims");
		emit_arr(e);
		for (size_t k = 0; k < g->nclaims; k++)
			e_claim_id(e, g->claims[k]);
		emit_close(e, 0);
		emit_key(e, "status"), emit_str(e, fb_status_names[g->status]);
		emit_key(e, "conflicts");
		emit_arr(e);
		for (size_t k = 0; k < g->npairs; k++) {
			emit_obj(e);
			emit_key(e, "a"), e_claim_id(e, g->pairs[k].a);
			emit_key(e, "b"), e_claim_id(e, g->pairs[k].b);
			emit_key(e, "reason"), emit_str(e, g->pairs[k].reason ? g->pairs[k].reason : "");
			emit_key(e, "review"), emit_bool(e, g->pairs[k].review);
			emit_key(e, "anchors"), e_anchors(e, &g->pairs[k]);
			if (e->reports && c) { /* a pair across reports names both */
				size_t da = fb_doc_report_of(e->reports, c->c[g->pairs[k].a].start);
				size_t db = fb_doc_report_of(e->reports, c->c[g->pairs[k].b].start);
				if (da != db) {
					emit_key(e, "documents");
					emit_arr(e);
					emit_doc_id(e, da);
					emit_doc_id(e, db);
					emit_close(e, 0);
				}
			}
			emit_close(e, 1);
		}
		emit_close(e, 0);
		emit_key(e, "independent_sources"), emit_int(e, (long long)g->independent);
		emit_key(e, "summary"), emit_str(e, g->summary ? g->summary : "");
		if (g->status == FB_ST_CONFLICT)
			(*conflicts)++;
		else if (g->status == FB_ST_REVIEW)
			(*review)++;
		emit_close(e, 1);
	}
	emit_close(e, 0);
}

/* Several reports: each file, as read. Its title is its first paragraph
 * that is not site furniture, folded, up to 160 bytes. */
static void e_documents(emitter *e, const fb_doc *doc)
{
	emit_arr(e);
	for (size_t i = 0; i < doc->nrep; i++) {
		const fb_report *r = &doc->rep[i];
		char sha[65];
		fb_sha256_hex(r->orig, r->origlen, sha);
		emit_obj(e);
		emit_key(e, "id"), emit_doc_id(e, i);
		emit_key(e, "path"), emit_str(e, r->path);
		emit_key(e, "bytes"), emit_int(e, (long long)r->origlen);
		emit_key(e, "sha256"), emit_str(e, sha);
		char *title = NULL;
		for (size_t p = 0; !title && p < doc->npara; p++) {
			const fb_para *pa = &doc->para[p];
			if (fb_doc_report_of(doc, pa->start) == i && !pa->boilerplate)
				title = fb_fold_text(doc->buf + pa->start, pa->end - pa->start < 160 ? pa->end - pa->start : 160);
		}
		emit_key(e, "title");
		if (title && emit_utf8_ok(title, strlen(title)))
			emit_str(e, title);
		else
			emit_str(e, ""); /* a cut through a character is no title */
		free(title);
		emit_key(e, "outlet"), emit_opt_str(e, r->outlet);
		emit_key(e, "published"), emit_opt_str(e, r->published);
		emit_close(e, 1);
	}
	emit_close(e, 0);
}

static void e_record(emitter *e, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at,
    const fb_claims *c, const fb_alignment *al, const fb_record_opts *o, fb_record_summary *sum)
{
	fb_buf scratch = { 0 };
	emit_obj(e);
	emit_key(e, "schema"), emit_str(e, "factbrief.record/1");
	emit_key(e, "tool");
	emit_obj(e);
	emit_key(e, "name"), emit_str(e, "factbrief");
	emit_key(e, "version"), emit_str(e, FB_VERSION);
	emit_close(e, 1);
	char when[21];
	fb_iso8601(o->generated, when);
	emit_key(e, "generated"), emit_str(e, when);

	emit_key(e, "input");
	emit_obj(e);
	if (doc->nrep) { /* the set: every path, the bytes of all the files */
		size_t total = 0;
		scratch.len = 0;
		for (size_t i = 0; i < doc->nrep; i++) {
			if (i)
				fb_buf_putc(&scratch, ' ');
			fb_buf_puts(&scratch, doc->rep[i].path);
			total += doc->rep[i].origlen;
		}
		emit_key(e, "path"), emit_strn(e, scratch.p ? scratch.p : "", scratch.len);
		emit_key(e, "bytes"), emit_int(e, (long long)total);
	} else {
		emit_key(e, "path"), emit_str(e, doc->path ? doc->path : "-");
		emit_key(e, "bytes"), emit_int(e, (long long)doc->len);
	}
	char sha[65];
	fb_sha256_hex(doc->buf, doc->len, sha);
	emit_key(e, "sha256"), emit_str(e, sha);
	/* the title: --title, else the first paragraph that is not site
	 * furniture (and is valid text), else "" */
	const char *title = NULL;
	size_t tlen = 0;
	if (o->title && emit_utf8_ok(o->title, strlen(o->title)))
		title = o->title, tlen = strlen(o->title);
	for (size_t i = 0; !title && i < doc->npara; i++)
		if (!doc->para[i].boilerplate) {
			/* a long paragraph is not folded whole to be cut: what
			 * is left of it needs only to be valid text */
			size_t end = doc->para[i].end;
			size_t rest = fold_span_upto(doc, doc->para[i].start, end, MAX_TITLE, &scratch);
			if (emit_utf8_ok(scratch.p, scratch.len) && emit_utf8_ok(doc->buf + rest, end - rest))
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
	emit_key(e, "title"), emit_strn(e, title ? title : "", title ? tlen : 0);
	if (doc->nrep)
		emit_key(e, "reports"), emit_int(e, (long long)doc->nrep);
	if (o->event)
		emit_key(e, "event"), emit_str(e, o->event);
	emit_close(e, 1);
	if (doc->nrep)
		emit_key(e, "documents"), e_documents(e, doc);
	e->reports = doc->nrep ? doc : NULL;
	e->report_offsets = o->report_offsets;

	emit_key(e, "paragraphs");
	emit_arr(e);
	for (size_t i = 0; i < doc->npara; i++) {
		emit_obj(e);
		emit_key(e, "n"), emit_int(e, (long long)i + 1);
		size_t r = emit_report(e, doc->para[i].start);
		emit_span(e, doc->para[i].start, doc->para[i].end);
		emit_key(e, "sentences"), emit_int(e, (long long)doc->para[i].nsent);
		emit_key(e, "boilerplate"), emit_bool(e, doc->para[i].boilerplate);
		if (e->reports)
			emit_key(e, "document"), emit_doc_id(e, r);
		emit_close(e, 1);
	}
	emit_close(e, 0);
	emit_key(e, "sources"), e_sources(e, at);
	fb_record_summary s = { 0 };
	emit_key(e, "claims"), e_claims(e, doc, ql, at, c, al, &s.unattributed, &scratch);
	emit_key(e, "groups"), e_groups(e, c, al, &s.conflicts, &s.review);
	emit_key(e, "events"), e_events(e, doc, c, &scratch);
	s.claims = c ? c->nc : 0;
	s.groups = al ? al->ng : 0;
	emit_key(e, "summary");
	emit_obj(e);
	emit_key(e, "claims"), emit_int(e, (long long)s.claims);
	emit_key(e, "groups"), emit_int(e, (long long)s.groups);
	emit_key(e, "conflicts"), emit_int(e, (long long)s.conflicts);
	emit_key(e, "review"), emit_int(e, (long long)s.review);
	emit_key(e, "unattributed"), emit_int(e, (long long)s.unattributed);
	emit_close(e, 1);
	emit_close(e, 1);
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
		emit_write(&e, "\n", 1);
	emit_drain(&e);
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
