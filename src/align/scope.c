/* scope.c - the scope model: for every numeric claim, what its number does
 * (its function) and what it is about (head, modifiers, holder, place,
 * time, determiner, role, mode), read from the words of its clause. The
 * aligner compares two numbers only when their scopes agree. Word lists:
 * data/scope.tsv (word, kind). This file: the word lists loaded, the
 * page's shape (lede, headlines, a live blog's entries, a page of brief
 * items) and the build over all claims; one claim's scope is filled in
 * scope_fill.c, from the phases of the other scope_*.c files. */
#include "scope_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const fb_qfunc_names[FB_QF__MAX] = { "count", "label", "ratio", "margin", "rate", "threshold" };
const char *const fb_det_names[FB_DET__MAX] = { "bare", "definite", "indefinite", "partitive", "universal" };
const char *const fb_role_names[FB_RO__MAX] = { "total", "part", "threshold", "margin", "average" };
const char *const fb_mode_names[FB_MO__MAX] = { "asserted", "hypothetical", "generic" };

/* The kinds' names in data/scope.tsv, in bit order. */
static const char *const kind_names[] = {
	"stop", "month", "weekday", "place-prep", "definite", "indefinite", "margin-verb", "margin-after", "threshold", "threshold-after", "rate-unit", "condition", "hypothetical", "relative", "generic", "period", "age", "times", "speech", "total-noun", "digit-word", "pronoun", "vague-place", "superlative", "aux", "superseded", "forecast", "harm", "collective", "revised", "remainder", "figure-verb", "rise", "daypart", "place-suffix", "compass", "plural", "harm-where", "compare", "part-verb", "average"
};

fb_scoper *fb_scoper_new(char *err, size_t errlen)
{
	fb_lexicon *lx = fb_lexicon_load_data("scope.tsv", err, errlen);
	if (!lx)
		return NULL;
	fb_scoper *sc = fb_xcalloc(1, sizeof *sc);
	sc->words = fb_lexicon_new();
	for (size_t i = 0; i < lx->n; i++) {
		const fb_entry *e = &lx->e[i];
		kindset bits = 0;
		for (const char *k = e->nfield ? e->field[0] : ""; k && *k;) { /* "stop place-prep" */
			size_t n = strcspn(k, " "), j = 0;
			while (j < sizeof kind_names / sizeof *kind_names &&
			    !(strlen(kind_names[j]) == n && strncmp(kind_names[j], k, n) == 0))
				j++;
			if (n && j == sizeof kind_names / sizeof *kind_names) {
				snprintf(err, errlen, "%s:%zu: unknown kind '%.*s'", lx->path ? lx->path : "scope.tsv",
				    e->line, (int)n, k);
				fb_lexicon_free(lx);
				fb_scoper_free(sc);
				return NULL;
			}
			if (n)
				bits |= (kindset)1 << j;
			k += n;
			k += *k == ' ';
		}
		fb_entry *ne = fb_lexicon_add(sc->words, e->key, e->keylen, NULL, 0);
		ne->line = bits;
	}
	fb_lexicon_free(lx);
	sc->size = fb_lexicon_load_data("size.tsv", err, errlen);
	sc->periods = sc->size ? fb_lexicon_load_data("periods.txt", err, errlen) : NULL;
	sc->homes = sc->periods ? fb_lexicon_load_data("home-nouns.txt", err, errlen) : NULL;
	sc->owned = sc->homes ? fb_lexicon_load_data("owned-sums.txt", err, errlen) : NULL;
	sc->insts = sc->owned ? fb_lexicon_load_data("institutions.txt", err, errlen) : NULL;
	sc->orgs = sc->insts ? fb_lexicon_load_data("org-suffixes.txt", err, errlen) : NULL;
	sc->titles = sc->orgs ? fb_lexicon_load_data("attribution/titles.txt", err, errlen) : NULL;
	if (!sc->size || !sc->periods || !sc->homes || !sc->owned || !sc->insts || !sc->orgs || !sc->titles) {
		fb_scoper_free(sc);
		return NULL;
	}
	return sc;
}

void fb_scoper_free(fb_scoper *sc)
{
	if (!sc)
		return;
	fb_lexicon_free(sc->words);
	fb_lexicon_free(sc->size);
	fb_lexicon_free(sc->periods);
	fb_lexicon_free(sc->homes);
	fb_lexicon_free(sc->owned);
	fb_lexicon_free(sc->insts);
	fb_lexicon_free(sc->orgs);
	fb_lexicon_free(sc->titles);
	free(sc);
}

/* A live blog's entry time: the paragraph opens with "9:20 p.m." or
 * "14:05". Writes its folded text; 0 when none. */
static int entry_time(const fb_doc *doc, size_t para, char *out, size_t outlen)
{
	const fb_para *p = &doc->para[para];
	const char *b = doc->buf + p->start;
	size_t n = p->end - p->start, i = 0;
	while (i < n && i < 2 && fb_isdigit((unsigned char)b[i]))
		i++;
	if (i == 0 || i >= n || b[i] != ':' || i + 2 >= n || !fb_isdigit((unsigned char)b[i + 1]) ||
	    !fb_isdigit((unsigned char)b[i + 2]))
		return 0;
	size_t e = i + 3;
	/* " a.m." / " p.m." / " ET", not the entry's first word ("1:00 a.m. Overall") */
	static const char *const marks[] = { " a.m.", " p.m.", " am", " pm", " AM", " PM", " ET", " EST", " EDT",
		" GMT", " UTC", " BST", " CET" };
	for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
		size_t ml = strlen(marks[m]);
		if (e + ml <= n && memcmp(b + e, marks[m], ml) == 0 &&
		    (e + ml == n || !fb_isalnum((unsigned char)b[e + ml]))) {
			e += ml;
			break;
		}
	}
	snprintf(out, outlen, "%.*s", (int)e, b);
	return 1;
}

/* Is the article a live blog (three or more entries with a time)? */
static int live_blog(const fb_doc *doc)
{
	char t[32];
	size_t n = 0;
	for (size_t i = 0; i < doc->npara && n < 3; i++)
		n += (size_t)entry_time(doc, i, t, sizeof t);
	return n >= 3;
}

/* Words in [s, e), and whether any is a digit or the text ends in
 * sentence punctuation. Stops counting past most words, or at a digit
 * when most is set (a head has few words and no digit). */
static size_t count_words(const char *b, size_t s, size_t e, size_t most, int *digit, int *stop)
{
	size_t n = 0;
	int digits = 0, after_space = 1; /* the first byte starts a word */
	for (size_t i = s; i < e && !(most != SIZE_MAX && (digits || n > most)); i++) {
		unsigned char c = (unsigned char)b[i];
		int space = c <= ' ' && fb_isspace(c); /* most bytes are above */
		digits |= (unsigned)(c - '0') < 10;
		n += (size_t)(!space && after_space);
		after_space = space;
	}
	*digit = digits;
	*stop = e > s && (b[e - 1] == '.' || b[e - 1] == '!' || b[e - 1] == '?' || b[e - 1] == '"');
	return n;
}

/* Is paragraph p an item's head: a short line of its own with no
 * sentence punctuation ("Library hours cut"), or a short first sentence
 * before the item's text ("Bus crash. Six people ...")? *inline_head
 * says which. */
static int item_head(const fb_doc *doc, size_t p, int *inline_head)
{
	const fb_para *pa = &doc->para[p];
	int digit, stop;
	*inline_head = 0;
	if (pa->boilerplate || !pa->nsent || !fb_isupper((unsigned char)doc->buf[pa->start]))
		return 0;
	const fb_sent *st = &doc->sent[pa->first_sent];
	size_t n = count_words(doc->buf, st->start, st->end, 6, &digit, &stop);
	if (digit || n == 0 || n > 6)
		return 0;
	if (pa->nsent == 1 && !stop)
		return 1;
	if (pa->nsent >= 2 && stop && n <= 4 && doc->buf[st->end - 1] == '.') {
		*inline_head = 1;
		return 1;
	}
	return 0;
}

/* A page of several unrelated headed items ("news in brief"): per
 * paragraph, its item (1, 2, ...; 0 before the first head), or all 0
 * when the page is no such page: three heads or more, items of at most
 * two paragraphs of text on average, and short ones (a long story's
 * section heads and photo captions are not items). Returns the number of
 * items. */
static size_t page_items(const fb_doc *doc, int *item)
{
	size_t heads = 0, body = 0, nwords = 0;
	memset(item, 0, (doc->npara ? doc->npara : 1) * sizeof *item);
	for (size_t p = 1; p < doc->npara; p++) {
		int in;
		if (doc->para[p].boilerplate)
			continue;
		int head = item_head(doc, p, &in);
		heads += (size_t)head;
		if (!head || in) { /* a paragraph of the items' text */
			body++;
			item[p] = 1;
		}
	}
	/* the words of the text only when the heads could make items: a
	 * long page (a news stream) has few heads for its paragraphs */
	for (size_t p = 1; heads >= 3 && body <= 2 * heads && p < doc->npara; p++) {
		int digit, stop;
		if (item[p])
			nwords += count_words(doc->buf, doc->para[p].start, doc->para[p].end, SIZE_MAX, &digit, &stop);
	}
	memset(item, 0, (doc->npara ? doc->npara : 1) * sizeof *item);
	if (heads < 3 || body > 2 * heads || nwords > 60 * body || doc->nrep > 1)
		return 0;
	size_t cur = 0;
	for (size_t p = 1; p < doc->npara; p++) {
		int in;
		if (item_head(doc, p, &in))
			cur++;
		item[p] = (int)cur;
	}
	return cur;
}

fb_scope *fb_scopes_build(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const fb_claims *c)
{
	fb_scope *out = fb_xcalloc(c->nc ? c->nc : 1, sizeof *out);
	for (size_t i = 0; i < c->nc; i++)
		out[i].part_of = -1;
	const fb_scoper *sc = cl ? cl->scoper : NULL;
	if (!sc)
		return out;
	fb_lexicon *mid = scope_mid_capitals(sc, doc);
	int blog = live_blog(doc);
	int *item = fb_xcalloc(doc->npara ? doc->npara : 1, sizeof *item);
	if (!blog)
		page_items(doc, item);
	/* the lede: the first two paragraphs that are not boilerplate (of each
	 * report, when several are compared) */
	char *lede = fb_xcalloc(doc->npara ? doc->npara : 1, 1);
	for (size_t i = 0, seen = 0, rep = 0; i < doc->npara; i++) {
		while (rep + 1 < doc->nrep && doc->para[i].start >= doc->rep[rep + 1].start)
			rep++, seen = 0; /* a new report begins */
		if (!doc->para[i].boilerplate && seen < 2)
			seen++, lede[i] = 1;
	}
	/* paragraphs in headline case ("Force Detains 2 Suspected Insurgents"):
	 * capitals there name nothing */
	char *headline = fb_xcalloc(doc->npara ? doc->npara : 1, 1);
	for (size_t i = 0; i < doc->npara; i++)
		headline[i] = (char)fb_doc_headline_case(doc, i);
	words *w = fb_xcalloc(1, sizeof *w);
	size_t wsent = (size_t)-1, wstart = 0, wend = 0;
	char entry[32] = "", cur[32];
	size_t entry_para = (size_t)-1;
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		const fb_quantity *q = k->quantity >= 0 ? &ql->q[k->quantity] : fb_claim_own(c, k);
		if (k->type != FB_CT_NUMERIC || !q)
			continue;
		/* the words around the number: its sentence, or a window of it
		 * (a clause is rarely longer; this keeps the work per claim bounded) */
		const fb_sent *st = &doc->sent[k->sent];
		size_t ws = q->start > st->start + WINDOW ? q->start - WINDOW : st->start;
		size_t we = q->end + WINDOW < st->end ? q->end + WINDOW : st->end;
		if (q->start < st->start || q->end > st->end)
			ws = st->start, we = st->end; /* a derived sum's span */
		while (ws > st->start && ws < we && !fb_isspace((unsigned char)doc->buf[ws - 1]))
			ws++;
		if (k->sent != wsent || ws != wstart || we != wend) {
			scope_tokenize(sc, doc->buf, ws, we, w);
			w->whole = ws == st->start;
			wsent = k->sent, wstart = ws, wend = we;
		}
		size_t para = doc->sent[k->sent].para;
		if (blog && para != entry_para) {
			/* entries run from one timed paragraph to the next; what
			 * comes before the first is the top of the page */
			for (size_t p = entry_para == (size_t)-1 ? 0 : entry_para + 1; p <= para; p++)
				if (entry_time(doc, p, cur, sizeof cur))
					snprintf(entry, sizeof entry, "%s", cur);
			if (!entry[0])
				snprintf(entry, sizeof entry, "top of the page");
			entry_para = para;
		}
		size_t whole_at = SIZE_MAX;
		int pron = 0;
		scope_fill(sc, cl, mid, doc, q, k, w, blog ? entry : NULL, lede[para] && !item[para], headline[para], &out[ci],
		    &whole_at, &pron);
		/* "United won 26 ... They scored 81": the last holder before; "Of
		 * his 36 points" opening a sentence, the paragraph before's too */
		if (pron)
			out[ci].holder = scope_holder_before(doc, c, out, ci, (size_t)(pron == 2));
		if (out[ci].holder)
			out[ci].pron = 0; /* (named: align need not) */
		out[ci].item = item[para];
		out[ci].title = (unsigned char)fb_doc_is_title(doc, para);
		if (whole_at != SIZE_MAX)
			out[ci].part_of = scope_whole_of(doc, ql, c, out, ci, whole_at);
		if (out[ci].part_of >= 0)
			out[out[ci].part_of].whole = 1;
		if (!out[ci].head && out[ci].part_of >= 0 && out[out[ci].part_of].head) {
			out[ci].head = fb_xstrdup(out[out[ci].part_of].head); /* "3,100 of them": pupils */
			out[ci].own_head = 1;
		}
	}
	scope_anaphoric_places(sc, cl, mid, doc, ql, c, out);
	scope_verb_to_part(c, out);
	scope_list_items(doc, ql, c, out);
	scope_it_holders(doc, ql, c, out);
	scope_demonstrative_times(doc, ql, c, out);
	scope_named_day_times(sc, doc, c, out);
	scope_definite_sums(doc, ql, c, out);
	free(w);
	free(item);
	free(headline);
	free(lede);
	fb_lexicon_free(mid);
	return out;
}

void fb_scopes_free(fb_scope *s, size_t n)
{
	if (!s)
		return;
	for (size_t i = 0; i < n; i++) {
		free(s[i].head);
		free(s[i].modifiers);
		free(s[i].holder);
		free(s[i].agent);
		free(s[i].place);
		free(s[i].time);
		free(s[i].predicate);
		free(s[i].rel_verb);
	}
	free(s);
}
