/* scope.c - the scope model: for every numeric claim, what its number does
 * (its function) and what it is about (head, modifiers, holder, place,
 * time, determiner, role, mode), read from the words of its clause. The
 * aligner compares two numbers only when their scopes agree. Word lists:
 * data/scope.tsv (word, kind). */
#include "scope.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "compare.h"
#include "lexicon.h"
#include "util.h"

const char *const fb_qfunc_names[FB_QF__MAX] = { "count", "label", "ratio", "margin", "rate", "threshold" };
const char *const fb_det_names[FB_DET__MAX] = { "bare", "definite", "indefinite", "partitive", "universal" };
const char *const fb_role_names[FB_RO__MAX] = { "total", "part", "threshold", "margin", "average" };
const char *const fb_mode_names[FB_MO__MAX] = { "asserted", "hypothetical", "generic" };

/* Word kinds (data/scope.tsv), one bit each. */
enum {
	K_STOP = 1u << 0,
	K_MONTH = 1u << 1,
	K_WEEKDAY = 1u << 2,
	K_PLACE_PREP = 1u << 3,
	K_DEFINITE = 1u << 4,
	K_INDEFINITE = 1u << 5,
	K_MARGIN_VERB = 1u << 6,
	K_MARGIN_AFTER = 1u << 7,
	K_THRESHOLD = 1u << 8,
	K_THRESHOLD_AFTER = 1u << 9,
	K_RATE_UNIT = 1u << 10,
	K_CONDITION = 1u << 11,
	K_HYPOTHETICAL = 1u << 12,
	K_RELATIVE = 1u << 13,
	K_GENERIC = 1u << 14,
	K_PERIOD = 1u << 15,
	K_AGE = 1u << 16,
	K_TIMES = 1u << 17,
	K_SPEECH = 1u << 18,
	K_TOTAL_NOUN = 1u << 19,
	K_DIGIT_WORD = 1u << 20,
	K_PRONOUN = 1u << 21,
	K_VAGUE_PLACE = 1u << 22,
	K_SUPERLATIVE = 1u << 23,
	K_AUX = 1u << 24,
	K_SUPERSEDED = 1u << 25,
	K_FORECAST = 1u << 26,
	K_HARM = 1u << 27,
	K_COLLECTIVE = 1u << 28,
	K_REVISED = 1u << 29,
	K_REMAINDER = 1u << 30,
	K_FIGURE_VERB = 1u << 31,
};

/* The kinds' names in data/scope.tsv, in bit order. */
static const char *const kind_names[] = {
	"stop", "month", "weekday", "place-prep", "definite", "indefinite", "margin-verb", "margin-after", "threshold", "threshold-after", "rate-unit", "condition", "hypothetical", "relative", "generic", "period", "age", "times", "speech", "total-noun", "digit-word", "pronoun", "vague-place", "superlative", "aux", "superseded", "forecast", "harm", "collective", "revised", "remainder", "figure-verb"
};

struct fb_scoper {
	fb_lexicon *words; /* word -> entry whose line holds its kinds (bits) */
	fb_lexicon *size;  /* data/size.tsv: "represents" -> size, "room for" -> capacity */
	fb_lexicon *periods; /* data/periods.txt: "series", "season": "in the five-game series" is a time */
	fb_lexicon *homes;   /* data/home-nouns.txt: "in his country": the place of the pronoun's owner */
	fb_lexicon *owned;   /* data/owned-sums.txt: "budget", "cost": a sum some thing has */
	fb_lexicon *insts;   /* data/institutions.txt: "Maple Grove Elementary" names no place */
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
		unsigned bits = 0;
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
				bits |= 1u << j;
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
	if (!sc->size || !sc->periods || !sc->homes || !sc->owned || !sc->insts) {
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
	free(sc);
}

/* The kinds of the word s[0,n) (K_* bits), 0 when it is not listed. */
static unsigned kinds_of(const fb_scoper *sc, const char *s, size_t n)
{
	const fb_entry *e = n ? fb_lexicon_get(sc->words, s, n) : NULL;
	return e ? (unsigned)e->line : 0;
}

/* Is s[0,n) listed with this kind? */
static int is(const fb_scoper *sc, unsigned kind, const char *s, size_t n)
{
	return (kinds_of(sc, s, n) & kind) != 0;
}

/* ------------------------------------------------------------------ words */

#define MAX_TOK 160
#define WINDOW 240 /* bytes read either side of a number */

typedef struct tok {
	size_t s, e;
	int cap;      /* starts with a capital */
	int num;      /* starts with a digit */
	int brk;      /* a clause break before it (; : — or a sentence start) */
	int comma;    /* a comma before it */
	unsigned kinds; /* K_* bits of the word (data/scope.tsv) */
} tok;

typedef struct words {
	tok t[MAX_TOK];
	size_t n;
	int whole;    /* from the sentence's start (else a window around a number) */
} words;

static int tok_is(const tok *t, unsigned kind)
{
	return (t->kinds & kind) != 0;
}

static int word_byte(unsigned char c)
{
	return fb_isalnum(c) || c == '\'' || c >= 0x80 || c == '-' || c == '.' || c == ',';
}

/* The sentence's words: letters, digits, inner apostrophes, hyphens,
 * points and commas of numbers ("1,204", "p.m."). sc NULL: no word kinds
 * looked up (all 0). */
static void tokenize(const fb_scoper *sc, const char *b, size_t start, size_t end, words *w)
{
	w->n = 0;
	int brk = 1, comma = 0;
	size_t i = start;
	while (i < end && w->n < MAX_TOK) {
		unsigned char c = (unsigned char)b[i];
		if (!fb_isalnum(c) && !(c >= 0x80 && !(c == 0xE2 && i + 2 < end && (unsigned char)b[i + 1] == 0x80))) {
			if (c == ':' && i > start && i + 1 < end && fb_isdigit((unsigned char)b[i - 1]) &&
			    fb_isdigit((unsigned char)b[i + 1]))
				; /* "8:15 a.m.": a clock time, no break */
			else if (c == ';' || c == ':' || c == '(' || c == ')')
				brk = 1;
			else if (c == 0xE2) { /* dashes and quotes: U+2013, U+2014 break */
				if (i + 2 < end && ((unsigned char)b[i + 2] == 0x93 || (unsigned char)b[i + 2] == 0x94))
					brk = 1;
				i += 3;
				continue;
			} else if (c == ',')
				comma = 1;
			i++;
			continue;
		}
		size_t s = i;
		while (i < end && word_byte((unsigned char)b[i])) {
			unsigned char d = (unsigned char)b[i];
			if ((d == ',' || d == '.' || d == '\'' || d == '-') &&
			    !(i + 1 < end && fb_isalnum((unsigned char)b[i + 1])))
				break;
			if (d == ',' && !(fb_isdigit((unsigned char)b[i - 1]) && i + 1 < end && fb_isdigit((unsigned char)b[i + 1])))
				break;
			if (d == 0xE2)
				break;
			i++;
		}
		if (i == s) {
			i++;
			continue;
		}
		tok *t = &w->t[w->n++];
		t->s = s;
		t->e = i;
		t->cap = fb_isupper((unsigned char)b[s]);
		t->num = fb_isdigit((unsigned char)b[s]);
		t->brk = brk;
		t->comma = comma;
		t->kinds = sc ? kinds_of(sc, b + s, i - s) : 0;
		brk = comma = 0;
	}
}

/* Words that start a new clause with its own subject. */
static int clause_word(const char *b, const words *w, size_t i)
{
	const tok *t = &w->t[i];
	size_t n = t->e - t->s;
	if (fb_word_eq(b + t->s, n, "while") || fb_word_eq(b + t->s, n, "whereas") || fb_word_eq(b + t->s, n, "but"))
		return 1;
	/* "... and Senator Okonjo has won 187": a new subject; not "in the
	 * cities of Kirsa and Davar": two names after one preposition */
	if (!fb_word_eq(b + t->s, n, "and") || i + 1 >= w->n || !w->t[i + 1].cap)
		return 0;
	if (i >= 2 && t[-1].cap && !t->comma) {
		const tok *p = t - 2;
		if (tok_is(p, K_PLACE_PREP) || fb_word_eq(b + p->s, p->e - p->s, "of") ||
		    fb_word_eq(b + p->s, p->e - p->s, "between") || fb_word_eq(b + p->s, p->e - p->s, "from"))
			return 0;
	}
	return 1;
}

/* ------------------------------------------------------------------ names */

/* Capitalised words seen inside sentences (not first): names, not openers. */
static fb_lexicon *mid_capitals(const fb_doc *doc)
{
	fb_lexicon *lx = fb_lexicon_new();
	words w;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		if (doc->para[st->para].boilerplate)
			continue;
		tokenize(NULL, doc->buf, st->start, st->end, &w); /* capitals only: no look-ups */
		for (size_t i = 1; i < w.n; i++)
			if (w.t[i].cap && !fb_lexicon_get(lx, doc->buf + w.t[i].s, w.t[i].e - w.t[i].s))
				fb_lexicon_add(lx, doc->buf + w.t[i].s, w.t[i].e - w.t[i].s, NULL, 0);
	}
	return lx;
}


/* Is word i a name (a capitalised word that is not a listed opener, month
 * or day, and that the article capitalises inside a sentence somewhere)? */
static int name_word(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i)
{
	if (i >= w->n)
		return 0;
	const tok *t = &w->t[i];
	if (!t->cap || tok_is(t, K_STOP) || tok_is(t, K_MONTH) || tok_is(t, K_WEEKDAY))
		return 0;
	size_t n = t->e - t->s;
	if (n >= 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's')
		n -= 2; /* "Calder's" */
	if (i > 0 && !t->brk)
		return 1;
	return fb_lexicon_get(mid, b + t->s, n) != NULL;
}

/* The last word of the name run at i ("Governor Tom Estes" -> Estes), its
 * possessive cut; *next gets the word after the run. */
static char *name_at(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i, size_t lim,
    size_t *next)
{
	size_t j = i;
	while (j + 1 < lim && name_word(sc, mid, b, w, j + 1) && !w->t[j + 1].comma && !w->t[j + 1].brk)
		j++;
	*next = j + 1;
	size_t s = w->t[j].s, e = w->t[j].e;
	if (e - s >= 2 && b[e - 2] == '\'' && b[e - 1] == 's')
		e -= 2;
	return fb_fold_text(b + s, e - s);
}

/* ------------------------------------------------------------------ scope */

static int word_is(const char *b, const tok *t, const char *w)
{
	return fb_word_eq(b + t->s, t->e - t->s, w);
}

/* The function of the quantity whose words are [qa, qb). */
static fb_qfunc function_of(const fb_scoper *sc, const fb_doc *doc, const fb_quantity *q, const words *w,
    size_t ca, size_t cb, size_t qa, size_t qb, size_t head_end)
{
	const char *b = doc->buf;
	if (q->kind == FB_QK_DATE || q->kind == FB_QK_TIME || q->kind == FB_QK_ORDINAL)
		return FB_QF_LABEL;
	if (q->kind == FB_QK_PERCENT)
		return FB_QF_RATIO;
	/* "5-4", "2-1": a score; "a 5-storey building", "26-delegate lead" */
	if (q->end < doc->len && (b[q->end] == '-' || (q->start > 0 && b[q->start - 1] == '-' &&
	    q->start > 1 && fb_isdigit((unsigned char)b[q->start - 2])))) {
		if (q->end + 1 < doc->len && fb_isdigit((unsigned char)b[q->end + 1]))
			return FB_QF_LABEL;
		if (q->start > 0 && b[q->start - 1] == '-')
			return FB_QF_LABEL;
		if (q->end + 1 < doc->len && fb_isalpha((unsigned char)b[q->end + 1])) {
			/* the word after the compound: "lead" makes it a margin */
			for (size_t i = qb; i < cb && i < qb + 2; i++)
				if (tok_is(&w->t[i], K_MARGIN_AFTER))
					return FB_QF_MARGIN;
			return FB_QF_LABEL;
		}
	}
	if (q->has_value && q->value > 0 && q->value < 1 && q->kind == FB_QK_COUNT)
		return FB_QF_RATIO; /* "two-thirds" */
	/* "won the series four games to two", "lost three sets to one": a
	 * score spelt out, both numbers, ending its clause (not "from 40 people
	 * to 52": a change; nor "61,480 votes to 44,210 for Dreyer": a tally) */
	if (q->kind == FB_QK_COUNT && qb + 2 < cb && !w->t[qb].comma && !w->t[qb].num && !w->t[qb].cap &&
	    word_is(b, &w->t[qb + 1], "to") && (w->t[qb + 2].num || tok_is(&w->t[qb + 2], K_DIGIT_WORD)) &&
	    (qb + 3 >= cb || w->t[qb + 3].comma || w->t[qb + 3].brk) && !(qa > ca && word_is(b, &w->t[qa - 1], "from")))
		return FB_QF_LABEL;
	if (q->kind == FB_QK_COUNT && qa >= ca + 3 && word_is(b, &w->t[qa - 1], "to") && !w->t[qa - 2].comma &&
	    !w->t[qa - 2].num && !w->t[qa - 2].cap && (w->t[qa - 3].num || tok_is(&w->t[qa - 3], K_DIGIT_WORD)) &&
	    (qb >= cb || w->t[qb].comma || w->t[qb].brk) && !(qa >= ca + 4 && word_is(b, &w->t[qa - 4], "from")))
		return FB_QF_LABEL;
	/* "five-storey", "a two-day" in the surface itself ("twenty-five" is a number) */
	if (!q->vague) {
		const char *h = NULL;
		for (size_t i = q->start; i < q->end; i++)
			if (b[i] == '-' && i + 1 < q->end && fb_isalpha((unsigned char)b[i + 1]))
				h = b + i + 1;
		if (h && !is(sc, K_DIGIT_WORD, h, (size_t)(b + q->end - h)))
			return FB_QF_LABEL;
	}
	/* "over the five games", "across the 12 races": the extent a figure
	 * is taken over, not a count of this event (not "in the 12 races":
	 * "won 8 of the 12" counts them) */
	if (q->kind == FB_QK_COUNT && qa >= ca + 2 && word_is(b, &w->t[qa - 1], "the") &&
	    (word_is(b, &w->t[qa - 2], "over") || word_is(b, &w->t[qa - 2], "across") ||
	     word_is(b, &w->t[qa - 2], "during") || word_is(b, &w->t[qa - 2], "throughout")))
		return FB_QF_LABEL;
	/* a year without a noun: "in 2016" */
	if (q->kind == FB_QK_COUNT && q->has_value && q->value >= 1800 && q->value <= 2100 && head_end == 0 &&
	    q->end - q->start == 4)
		return FB_QF_LABEL;
	/* "6 in 10", "3 out of 10", and the 10 itself */
	if (qb + 1 < cb && word_is(b, &w->t[qb], "in") && w->t[qb + 1].num)
		return FB_QF_RATIO;
	if (qa >= 2 && qa > ca && word_is(b, &w->t[qa - 1], "in") && w->t[qa - 2].num)
		return FB_QF_RATIO;
	if (qb < cb && tok_is(&w->t[qb], K_TIMES))
		return FB_QF_RATIO;
	/* "leads by 8 points", "won by 4" (not "heard by 15 judges": an agent) */
	if (qa >= ca + 2 && word_is(b, &w->t[qa - 1], "by") && tok_is(&w->t[qa - 2], K_MARGIN_VERB))
		return FB_QF_MARGIN;
	if (qa >= ca + 3 && word_is(b, &w->t[qa - 1], "by") && tok_is(&w->t[qa - 3], K_MARGIN_VERB))
		return FB_QF_MARGIN; /* "leads Okonjo by 25" */
	/* "8 points ahead", "25 delegates ahead" (not "three attackers were
	 * behind the attack") */
	for (size_t i = qb; i < cb && i < qb + 2; i++)
		if (tok_is(&w->t[i], K_MARGIN_AFTER) && !w->t[i].comma)
			return FB_QF_MARGIN;
	/* an age: "who is 58", "aged 58", with no noun after */
	if (qa > ca && tok_is(&w->t[qa - 1], K_AGE) && head_end == 0 &&
	    (qb >= cb || w->t[qb].comma || w->t[qb].brk || word_is(b, &w->t[qb], "and")))
		return FB_QF_LABEL;
	if (qb + 1 < cb && (word_is(b, &w->t[qb], "years") || word_is(b, &w->t[qb], "year")) &&
	    word_is(b, &w->t[qb + 1], "old"))
		return FB_QF_LABEL;
	/* a rate: "$12,000 a month", "two at each site", "$40 per ticket" */
	for (size_t i = qb; i + 1 < cb && i < qb + 4; i++) {
		if (w->t[i].comma || w->t[i].brk)
			break;
		if ((word_is(b, &w->t[i], "a") || word_is(b, &w->t[i], "an") || word_is(b, &w->t[i], "per")) &&
		    tok_is(&w->t[i + 1], K_RATE_UNIT) &&
		    !(i + 2 < cb && tok_is(&w->t[i + 2], K_RELATIVE)))
			return FB_QF_RATE; /* not "$2.9 billion a year earlier" */
		if (word_is(b, &w->t[i], "per") || (word_is(b, &w->t[i], "at") && word_is(b, &w->t[i + 1], "each")))
			return FB_QF_RATE;
	}
	/* a threshold: "needs 2,026 delegates", "2,383 needed to win" */
	for (size_t i = qa; i > ca && i + 5 > qa; i--)
		if (tok_is(&w->t[i - 1], K_THRESHOLD))
			return FB_QF_THRESHOLD;
	for (size_t i = qb; i < cb && i < qb + 3; i++)
		if (tok_is(&w->t[i], K_THRESHOLD_AFTER))
			return FB_QF_THRESHOLD;
	return FB_QF_COUNT;
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

/* The measure of a headline's verb in the present: "Detains" as
 * "detained", "Kills" as "killed" (data/measures.tsv lists past forms). */
static const char *headline_verb(const fb_claimer *cl, const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	if (n < 3 || n > 40 || !fb_isalpha((unsigned char)b[t->s]))
		return NULL;
	char w[48];
	memcpy(w, b + t->s, n);
	w[n] = '\0';
	if (w[n - 1] == 's')
		w[--n] = '\0';
	const char *forms[] = { "%sed", "%sd", "%s" };
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		char f[56];
		int fn = snprintf(f, sizeof f, forms[i], w);
		const fb_entry *e = fn > 0 && (size_t)fn < sizeof f ? fb_lexicon_get(cl->measures, f, (size_t)fn) : NULL;
		if (e && e->nfield && e->field[0])
			return e->field[0];
	}
	return NULL;
}

/* Are most of a short paragraph's longer words capitalised? */
static int headline_case(const char *b, size_t start, size_t end)
{
	size_t nw = 0, caps = 0;
	if (end - start > 300)
		return 0;
	for (size_t i = start; i < end; i++) {
		if (!fb_isalpha((unsigned char)b[i]) || (i > start && fb_isalpha((unsigned char)b[i - 1])))
			continue;
		size_t e = i;
		while (e < end && fb_isalpha((unsigned char)b[e]))
			e++;
		if (e - i >= 4) {
			nw++;
			caps += fb_isupper((unsigned char)b[i]);
		}
	}
	return nw >= 3 && caps * 10 >= nw * 7;
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
 * sentence punctuation. */
static size_t count_words(const char *b, size_t s, size_t e, int *digit, int *stop)
{
	size_t n = 0;
	*digit = 0;
	for (size_t i = s; i < e; i++) {
		if (fb_isdigit((unsigned char)b[i]))
			*digit = 1;
		if (!fb_isspace((unsigned char)b[i]) && (i == s || fb_isspace((unsigned char)b[i - 1])))
			n++;
	}
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
	size_t n = count_words(doc->buf, st->start, st->end, &digit, &stop);
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
	for (size_t p = 1; p < doc->npara; p++) {
		int in, digit, stop;
		if (doc->para[p].boilerplate)
			continue;
		int head = item_head(doc, p, &in);
		heads += (size_t)head;
		if (!head || in) { /* a paragraph of the items' text */
			body++;
			nwords += count_words(doc->buf, doc->para[p].start, doc->para[p].end, &digit, &stop);
		}
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

/* The time the clause names: a month or a year after in/since/during/of,
 * or "last month". */
static char *time_at(const fb_scoper *sc, const char *b, const words *w, size_t i, size_t ca, size_t cb);
static char *lower_dup(const char *s, size_t n);

/* "the most since 2019", "the highest in a decade since": a superlative
 * at i with "since" a few words on frames a comparison. */
static int since_frame(const char *b, const words *w, size_t i, size_t cb)
{
	if (!tok_is(&w->t[i], K_SUPERLATIVE))
		return 0;
	for (size_t j = i + 1; j < cb && j < i + 11; j++) /* "the most for any candidate in a city election since" */
		if (word_is(b, &w->t[j], "since"))
			return 1;
	return 0;
}

/* The time nearest the number in its clause: the first after it ("$1
 * million in April"), else the last before it ("In February, ..."). */
static char *time_in(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t cb, size_t qa,
    size_t qb)
{
	for (size_t i = qb; i < cb; i++) {
		/* "240, down from 410 a decade ago": the time is the other value's */
		if ((word_is(b, &w->t[i], "from") || word_is(b, &w->t[i], "than")) && i + 1 < cb &&
		    (w->t[i + 1].num || tok_is(&w->t[i + 1], K_DIGIT_WORD)))
			break;
		/* "three times the $5 million approved in 2019": a definite count
		 * after this one, with its own clause, holds the time after it */
		if (i > qb && w->t[i].num && tok_is(&w->t[i - 1], K_DEFINITE))
			break;
		/* "The 31 killed were the most since 2019": the time after a
		 * superlative frames the comparison, not this count */
		if (i > qb && since_frame(b, w, i, cb))
			break;
		char *t = time_at(sc, b, w, i, ca, cb);
		if (t)
			return t;
	}
	for (size_t i = qa; i > ca; i--) {
		char *t = time_at(sc, b, w, i - 1, ca, cb);
		if (t)
			return t;
	}
	return NULL;
}

/* "years" in "four years ago" */
static int ago_unit(const char *b, const tok *t)
{
	static const char *const units[] = { "year", "years", "month", "months", "week", "weeks", "day", "days",
		"decade", "decades" };
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (word_is(b, t, units[i]))
			return 1;
	return 0;
}

/* Is word i a time ("March", "May 3", "in 2018", "on Sunday", "last month")? */
static char *time_at(const fb_scoper *sc, const char *b, const words *w, size_t i, size_t ca, size_t cb)
{
	const tok *t = &w->t[i];
	/* "in the five-game series", "during the regular season", "across the
	 * playoffs": a period named by its event noun (data/periods.txt); "the
	 * series" and "the regular season" are two times */
	if ((word_is(b, t, "in") || word_is(b, t, "during") || word_is(b, t, "over") || word_is(b, t, "across") ||
	    word_is(b, t, "throughout")) && i + 2 < cb && word_is(b, &w->t[i + 1], "the"))
		for (size_t j = i + 2; j < cb && j < i + 5; j++) {
			const tok *u = &w->t[j];
			if (u->comma || u->brk || u->cap || tok_is(u, K_STOP) || u->num)
				break;
			const fb_entry *pe = fb_lexicon_get(sc->periods, b + u->s, u->e - u->s);
			if (pe && !(pe->nfield && j == i + 2) &&
			    !(j + 1 < cb && !w->t[j + 1].comma && !w->t[j + 1].brk && word_is(b, &w->t[j + 1], "of")))
				return lower_dup(b + w->t[i + 1].s, u->e - w->t[i + 1].s);
		}
	/* "the third quarter's profit": the same period as a possessive */
	if (t->e - t->s > 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's' && !t->cap)
		for (size_t j = i; j > ca && j + 3 > i; j--)
			if (word_is(b, &w->t[j - 1], "the")) {
				const fb_entry *pe = fb_lexicon_get(sc->periods, b + t->s, t->e - t->s - 2);
				if (pe && !(pe->nfield && j == i))
					return lower_dup(b + w->t[j - 1].s, t->e - 2 - w->t[j - 1].s);
				break;
			}
	if (tok_is(t, K_MONTH) && t->cap) {
		size_t e = t->e;
		if (i + 1 < cb && w->t[i + 1].num && w->t[i + 1].e - w->t[i + 1].s <= 2)
			e = w->t[i + 1].e; /* "May 3" */
		return fb_fold_text(b + t->s, e - t->s);
	}
	/* "died on Sunday" (not "said on Sunday": when it was told) */
	if (tok_is(t, K_WEEKDAY) && t->cap && i > ca && word_is(b, &w->t[i - 1], "on") &&
	    !(i > ca + 1 && tok_is(&w->t[i - 2], K_SPEECH)))
		return fb_fold_text(b + t->s, t->e - t->s);
	if (t->num && t->e - t->s == 4 && i > ca &&
	    (word_is(b, &w->t[i - 1], "in") || word_is(b, &w->t[i - 1], "since") ||
	     word_is(b, &w->t[i - 1], "during"))) {
		long y = strtol(b + t->s, NULL, 10);
		if (y >= 1800 && y <= 2100)
			return fb_fold_text(b + t->s, t->e - t->s);
	}
	if (tok_is(t, K_PERIOD) && i + 1 < cb && tok_is(&w->t[i + 1], K_RATE_UNIT))
		return fb_fold_text(b + t->s, w->t[i + 1].e - t->s);
	/* "17 goals in 21 matches", "9 wins over 12 races": a count over so
	 * many of something has that extent, and one over another many is
	 * another (a season's goals against a career's). Not a calendar
	 * period: "the first rise in six years" says nothing of the rise's
	 * own time. */
	if ((word_is(b, t, "in") || word_is(b, t, "over") || word_is(b, t, "across")) && i + 2 < cb &&
	    (w->t[i + 1].num || tok_is(&w->t[i + 1], K_DIGIT_WORD)) && !w->t[i + 1].comma && !w->t[i + 2].comma &&
	    !w->t[i + 1].brk && !w->t[i + 2].brk && !w->t[i + 2].num && !w->t[i + 2].cap &&
	    !ago_unit(b, &w->t[i + 2]) && !tok_is(&w->t[i + 2], K_PERIOD)) {
		long y = w->t[i + 1].num ? strtol(b + w->t[i + 1].s, NULL, 10) : 0;
		if (!(w->t[i + 1].e - w->t[i + 1].s == 4 && y >= 1800 && y <= 2100))
			return fb_fold_text(b + t->s, w->t[i + 2].e - t->s);
	}
	/* "four years ago", "a year ago": another period than the article's */
	if (i + 2 < cb && word_is(b, &w->t[i + 2], "ago") && ago_unit(b, &w->t[i + 1]) &&
	    (t->num || tok_is(t, K_DIGIT_WORD) || word_is(b, t, "a")))
		return fb_fold_text(b + t->s, w->t[i + 2].e - t->s);
	return NULL;
}

/* Is word i the start of a place after its preposition: "in Ohio", "in
 * the Darsan bombing", "in the northern province", "the village of Oskol"?
 * Returns the index after the place's words, 0 when it is none. */
static size_t place_at(const fb_scoper *sc, const fb_lexicon *pn, const char *b, const words *w, size_t i,
    size_t ca, size_t cb)
{
	if (i <= ca)
		return 0;
	const tok *prev = &w->t[i - 1];
	int prep = tok_is(prev, K_PLACE_PREP) ||
	    (word_is(b, prev, "the") && i >= ca + 2 && tok_is(&w->t[i - 2], K_PLACE_PREP)) ||
	    (word_is(b, prev, "of") && i >= ca + 2 && pn && fb_lexicon_get(pn, b + w->t[i - 2].s, w->t[i - 2].e - w->t[i - 2].s));
	if (!prep || w->t[i].comma || w->t[i].brk)
		return 0;
	if (w->t[i].cap) {
		size_t j = i + 1;
		while (j < cb && w->t[j].cap && !w->t[j].comma && !w->t[j].brk)
			j++;
		return j;
	}
	/* lower case: up to two words ending in a place noun ("the northern
	 * province"; not "the area", "the local area": the scene again) */
	for (size_t j = i; j < cb && j < i + 3; j++) {
		if (w->t[j].comma || w->t[j].brk || w->t[j].cap || w->t[j].num || tok_is(&w->t[j], K_VAGUE_PLACE))
			return 0;
		if (pn && fb_lexicon_get(pn, b + w->t[j].s, w->t[j].e - w->t[j].s))
			return j + 1;
	}
	return 0;
}

static char *lower_dup(const char *s, size_t n);

/* The predicate of a relative or partitive clause from word i on: a
 * listed measure (in s->measure), else the first word that is no
 * auxiliary ("ride" in "3,100 of them ride a bus", "the pupils who ride",
 * in s->predicate; in s->measure too when unlisted is set). */
static void predicate_after(const fb_claimer *cl, const char *b, const words *w, size_t i, size_t cb, fb_scope *s,
    int unlisted)
{
	for (size_t j = i; j < cb && j < i + 3; j++) {
		const tok *t = &w->t[j];
		const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
		if (e && e->nfield && e->field[0]) {
			s->measure = e->field[0];
			return;
		}
		if (tok_is(t, K_AUX) && !t->comma && !t->brk)
			continue;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP) || t->e - t->s < 3 ||
		    memchr(b + t->s, '-', t->e - t->s) || memchr(b + t->s, '\'', t->e - t->s))
			return;
		size_t n = t->e - t->s;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's')
			n--; /* "rides" as "ride" */
		s->predicate = lower_dup(b + t->s, n);
		if (unlisted)
			s->measure = s->predicate;
		return;
	}
}

/* The verb of a relative clause from word i on ("voted" in "who have
 * voted for"), lower case, or NULL. */
static char *relative_verb(const char *b, const words *w, size_t i, size_t cb)
{
	for (size_t j = i; j < cb && j < i + 3; j++) {
		const tok *t = &w->t[j];
		if (tok_is(t, K_AUX) && !t->comma && !t->brk)
			continue;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP))
			return NULL;
		/* the verb and what follows it in the clause, up to five words:
		 * "voted for a smaller increase" */
		size_t e = j + 1;
		while (e < cb && e < j + 6 && !w->t[e].comma && !w->t[e].brk)
			e++;
		return lower_dup(b + t->s, w->t[e - 1].e - t->s);
	}
	return NULL;
}

/* The counted noun of "14 new bus lanes": the first plural among the
 * (at most three) lower-case words right after the number; index + 1, or
 * 0 when there is none. */
static size_t np_head(const fb_scoper *sc, const char *b, const words *w, size_t qb, size_t cb)
{
	for (size_t i = qb; i < cb && i < qb + 3; i++) {
		const tok *t = &w->t[i];
		size_t n = t->e - t->s;
		/* "Twenty-two Republicans joined 46 Democrats": a capitalised
		 * plural right after the number, not a name's first word ("24
		 * Oklahoma delegates", "3 Rivers Bank") */
		if (i == qb && t->cap && !t->comma && !t->brk && n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's' &&
		    b[t->e - 2] != '\'' && !tok_is(t, K_STOP | K_MONTH | K_WEEKDAY) &&
		    !(i + 1 < cb && w->t[i + 1].cap && !w->t[i + 1].brk))
			return i + 1;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP) || memchr(b + t->s, '-', n))
			return 0;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's' && b[t->e - 2] != 'u' && b[t->e - 2] != '\'')
			return i + 1;
	}
	return 0;
}

/* "lanes" -> "lane", "families" -> "family" (as the claims stage does) */
static char *head_lemma(const char *s, size_t n)
{
	char *r = fb_xasprintf("%.*s", (int)n, s);
	for (char *p = r; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	if (n > 4 && strcmp(r + n - 3, "ies") == 0)
		strcpy(r + n - 3, "y");
	else if (n > 4 && (strcmp(r + n - 4, "ches") == 0 || strcmp(r + n - 4, "shes") == 0 ||
	    strcmp(r + n - 3, "xes") == 0 || strcmp(r + n - 4, "sses") == 0))
		r[n - 2] = '\0';
	else if (n > 3 && r[n - 1] == 's' && r[n - 2] != 's')
		r[n - 1] = '\0'; /* "lanes"; not "loan" ("a loan of $2 billion") nor "gross" */
	return r;
}

static char *lower_dup(const char *s, size_t n)
{
	char *r = fb_fold_text(s, n);
	for (char *p = r; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	return r;
}

/* "economists expect a gain of 160,000 jobs": a forecast (up to eight
 * words before the number in its clause) is no statement of what happened;
 * "early reports put the toll at seven": a figure since replaced. */
static void forecast_superseded(const char *b, const words *w, size_t ca, size_t qa, fb_scope *s)
{
	/* "a plan to close two schools", "proposes to cut 300 jobs": what is
	 * proposed has not happened */
	static const char *const plans[] = { "plan", "plans", "proposal", "proposals", "proposes", "proposed", "aims",
		"intends", "bid" };
	for (size_t i = ca; i + 1 < qa; i++)
		for (size_t j = 0; j < sizeof plans / sizeof *plans; j++)
			if (word_is(b, &w->t[i], plans[j]) && word_is(b, &w->t[i + 1], "to") && !w->t[i + 1].comma &&
			    qa - i <= 5)
				s->mode = FB_MO_HYPOTHETICAL;
	for (size_t i = ca; i < qa; i++) {
		if (tok_is(&w->t[i], K_FORECAST) && qa - i <= 8 && s->mode == FB_MO_ASSERTED)
			s->mode = FB_MO_HYPOTHETICAL;
		if (tok_is(&w->t[i], K_SUPERSEDED))
			s->superseded = 1;
		/* "officials had put the toll at 31": a figure given before the
		 * one the article reports now */
		if (word_is(b, &w->t[i], "had") && i + 1 < qa && tok_is(&w->t[i + 1], K_FIGURE_VERB))
			s->superseded = 1;
	}
}

/* Words between an agent and its verb: "the city has paid", "also added". */
static int agent_skip(const char *b, const tok *t)
{
	static const char *const skip[] = { "has", "have", "had", "also", "still", "already", "just", "then",
		"reportedly", "only" };
	for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
		if (word_is(b, t, skip[i]))
			return 1;
	return 0;
}

/* Who did the verb right before the number, when it is a common noun:
 * "retailers shed 14,000 jobs", "health care, which added 54,000
 * positions", "the city has paid $2.3 million"; NULL when the word before
 * the number is no verb or its subject is no plain noun. */
static char *agent_of(const char *b, const words *w, size_t ca, size_t qa, const char *measure)
{
	if (qa < ca + 2 || qa > w->n)
		return NULL;
	const tok *v = &w->t[qa - 1];
	if (v->num || v->cap || v->brk || (v->kinds && !word_is(b, v, measure)))
		return NULL; /* "said 27", "about 40", "the 12"; not "added 12,000 jobs" */
	size_t n = qa - 2;
	int rel = 0;
	if (v->comma) { /* "leisure, which drove the recovery, added 18,000" */
		while (n > ca && !((word_is(b, &w->t[n], "which") || word_is(b, &w->t[n], "who")) && w->t[n].comma))
			n--;
		if (n <= ca)
			return NULL;
	}
	while (n > ca && agent_skip(b, &w->t[n]))
		n--;
	const tok *t = &w->t[n];
	rel = (word_is(b, t, "which") || word_is(b, t, "who") || word_is(b, t, "that")) && t->comma && n > ca;
	if (rel)
		t = &w->t[--n]; /* "government, which added 41,000" */
	if (t->num || t->kinds || agent_skip(b, t) || (t->cap && !(t->brk || n == ca)))
		return NULL; /* a name is a holder; "they", "the" hold nothing */
	size_t p = n;
	while (p > ca && (tok_is(&w->t[p - 1], K_DEFINITE) || tok_is(&w->t[p - 1], K_INDEFINITE)))
		p--;
	if (!rel && p > ca && tok_is(&w->t[p - 1], K_STOP) && !w->t[p].comma && !word_is(b, &w->t[p - 1], "and"))
		return NULL; /* "a bomb outside a bus station killed": no subject */
	return lower_dup(b + t->s, t->e - t->s);
}

/* "The 12,000 people in shelters", "the 187,000 jobs added in March",
 * "the 41 boxes we took down", "the 88 boxes now in use": a set its words
 * after the noun restrict is no set size for other predicates. */
static int restricted_after(const char *b, const words *w, size_t qb, size_t cb, const char *measure)
{
	static const char *const preps[] = { "in", "on", "at", "inside", "with", "without", "from", "under",
		"aboard", "near", "now", "we", "they", "he", "she", "i", "you" };
	size_t h = qb;
	int noun_in = qb > 0 && !w->t[qb - 1].num; /* "187,000 jobs" read as one quantity */
	for (; h < cb && h < qb + 3; h++) {
		const tok *t = &w->t[h];
		/* "jobs added in March" (not "lanes would cut": a verb) */
		if (measure && (h > qb || noun_in) && h > 0 && !w->t[h - 1].kinds && word_is(b, t, measure))
			return !w->t[h].comma;
		int stop = 0;
		for (size_t i = 0; i < sizeof preps / sizeof *preps && !stop; i++)
			stop = word_is(b, t, preps[i]);
		if (stop)
			break;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP))
			return 0;
	}
	if ((h == qb && !noun_in) || h >= cb || h >= qb + 3 || w->t[h].comma || w->t[h].brk)
		return 0;
	/* "at the Ardent school": a name's, the place's whole set */
	for (size_t j = h + 1; j < cb && j < h + 5 && !w->t[j].comma; j++)
		if (w->t[j].cap && !tok_is(&w->t[j], K_MONTH | K_WEEKDAY))
			return 0;
	return 1;
}

/* "of the 900 pupils", "of the victims", "of the dead": the words after
 * "of the" name a set (a number, a plural, a collective noun), so the
 * number before is a part of it; not "850 pupils of the school". */
static int set_after(const char *b, const words *w, size_t i, size_t cb)
{
	int read = 0;
	for (size_t j = i; j < cb && j < i + 4; j++) {
		const tok *t = &w->t[j];
		if (j > i && (t->comma || t->brk || tok_is(t, K_STOP)))
			break;
		if (t->num || tok_is(t, K_COLLECTIVE | K_DIGIT_WORD))
			return 1;
		size_t n = t->e - t->s;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's')
			return 1; /* "victims", "the party's" */
		read = 1;
	}
	return !read; /* nothing to read: as before */
}

/* "a town of about 26,000 people": the size of a place, a label of it. */
static int population(const fb_lexicon *pn, const char *b, const words *w, size_t ca, size_t qa)
{
	size_t i = qa;
	while (i > ca && tok_is(&w->t[i - 1], K_STOP) && !word_is(b, &w->t[i - 1], "of"))
		i--; /* "of about", "of some" */
	if (i < ca + 3 || !word_is(b, &w->t[i - 1], "of"))
		return 0;
	const tok *n = &w->t[i - 2];
	return fb_lexicon_get(pn, b + n->s, n->e - n->s) && tok_is(&w->t[i - 3], K_INDEFINITE);
}

/* "900 homes, a figure it revised upward on Thursday": a revising word
 * after the number in its sentence, with no number of its own after it
 * ("revised to 46" gives the new one), marks a superseded figure. */
static int revised_after(const words *w, size_t qb)
{
	for (size_t i = qb; i < w->n; i++) {
		if (!tok_is(&w->t[i], K_REVISED))
			continue;
		for (size_t j = i + 1; j < w->n && j < i + 4; j++)
			if (w->t[j].num)
				return 0;
		return 1;
	}
	return 0;
}

/* "the 27 goals Pike scored", "the 14 counts Hale faced": a definite
 * count whose head is followed by a name and a verb is restricted by that
 * contact clause; the name holds the set ("Pike's goals") and the verb is
 * its predicate. h: the head's index + 1. */
static int contact_relative(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const char *b,
    const words *w, size_t ca, size_t qa, size_t h, size_t cb, int no_measure, fb_scope *s)
{
	if (!h || h + 1 >= cb || s->predicate || s->measure || qa <= ca ||
	    !tok_is(&w->t[qa - 1], K_DEFINITE) || w->t[h].comma || w->t[h].brk || !name_word(sc, mid, b, w, h))
		return 0;
	size_t next;
	char *nm = name_at(sc, mid, b, w, h, cb, &next);
	if (!nm)
		return 0;
	const tok *v = next < cb ? &w->t[next] : NULL;
	if (v && !v->cap && !v->num && !v->comma && !v->brk && !tok_is(v, K_STOP | K_PLACE_PREP) &&
	    !word_is(b, v, "and") && !word_is(b, v, "of")) {
		if (no_measure)
			predicate_after(cl, b, w, next, cb, s, 1); /* its own verb: no set size for others */
		if (s->measure || s->predicate || !no_measure) { /* "the 23 goals Osei has scored" */
			free(s->holder);
			s->holder = nm;
			return 1;
		}
	}
	free(nm);
	return 0;
}

/* Is t a place noun, singular or plural ("town", "towns", "cities")? */
static int place_noun(const fb_lexicon *pn, const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	if (!pn)
		return 0;
	if (fb_lexicon_get(pn, b + t->s, n))
		return 1;
	if (n > 4 && strncmp(b + t->e - 3, "ies", 3) == 0) {
		char buf[64];
		if (n - 2 >= sizeof buf)
			return 0;
		memcpy(buf, b + t->s, n - 3);
		buf[n - 3] = 'y';
		return fb_lexicon_get(pn, buf, n - 2) != NULL;
	}
	return n > 3 && b[t->e - 1] == 's' && fb_lexicon_get(pn, b + t->s, n - 1);
}

/* The measure of a change verb's entry ("rose", "fell"), else NULL. */
static const char *change_verb(const fb_claimer *cl, const char *b, const tok *t)
{
	const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
	if (!e || !e->nfield || !e->field[0])
		return NULL;
	return strcmp(e->field[0], "rose") == 0 || strcmp(e->field[0], "fell") == 0 ? e->field[0] : NULL;
}

/* "its profit rose 18 percent, to $412 million", "the number of people
 * confirmed dead rose to 43": a number reached by a change ("to N") is the
 * level of what changed, so its measure is the listed word before the
 * verb ("profit", "dead" = killed), and "the number of X" names its head. */
/* "its", "their", "Halvorsen's": the owner of what follows is the clause's
 * subject or a name, not a common noun's part ("the division's"). */
static int owner_word(const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	return word_is(b, t, "its") || word_is(b, t, "their") || word_is(b, t, "his") || word_is(b, t, "her") ||
	    (t->cap && n > 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's');
}

static void level_measure(const fb_claimer *cl, const char *b, const words *w, size_t ca, size_t qa, fb_scope *s,
    int owned_only)
{
	if (s->measure || qa < ca + 3 || !word_is(b, &w->t[qa - 1], "to"))
		return;
	size_t v = qa - 1;
	while (v > ca && !change_verb(cl, b, &w->t[v - 1]))
		v--;
	if (v <= ca + 1)
		return;
	v--; /* the change verb */
	for (size_t i = ca; i < v; i++) {
		const tok *t = &w->t[i];
		if (!s->head && i + 2 < v && word_is(b, t, "number") && word_is(b, &w->t[i + 1], "of") &&
		    !w->t[i + 2].cap && !w->t[i + 2].num) {
			const tok *h = &w->t[i + 2];
			const char *cls = fb_class_of(cl, b + h->s, h->e - h->s);
			s->head = cls ? fb_xstrdup(cls) : head_lemma(b + h->s, h->e - h->s);
			s->own_head = 1;
		}
		const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
		if (e && e->nfield && e->field[0] && !change_verb(cl, b, t)) {
			if (owned_only && !(i > 0 && owner_word(b, &w->t[i - 1])))
				return; /* "the division's revenue rose to $1.1 billion" */
			s->measure = e->field[0];
			return;
		}
	}
}

/* "which represents about 14,000 nurses", "room for 1,500 people": the
 * measure (data/size.tsv) of a count that is what its holder has or could
 * hold, read from the one or two words before it in its clause; NULL when
 * none is listed. */
static const char *size_measure(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t qa)
{
	if (qa <= ca || qa > w->n)
		return NULL;
	const tok *v = &w->t[qa - 1];
	const fb_entry *e = NULL;
	if (qa >= ca + 2 && !v->comma && !v->brk) {
		const tok *u = &w->t[qa - 2];
		char two[64];
		int n = snprintf(two, sizeof two, "%.*s %.*s", (int)(u->e - u->s), b + u->s, (int)(v->e - v->s), b + v->s);
		if (n > 0 && (size_t)n < sizeof two) {
			for (int i = 0; i < n; i++)
				two[i] = (char)fb_tolower((unsigned char)two[i]);
			e = fb_lexicon_get(sc->size, two, (size_t)n);
		}
	}
	if (!e)
		e = fb_lexicon_get(sc->size, b + v->s, v->e - v->s);
	return e && e->nfield ? e->field[0] : NULL;
}

/* "has killed 18,000", "18,000 people have died": a present perfect right
 * before the number, or after its noun, says a running total. */
static int perfect_tense(const char *b, const words *w, size_t ca, size_t cb, size_t qa, size_t qb)
{
	if (qa >= ca + 2 && qa <= w->n && (word_is(b, &w->t[qa - 2], "has") || word_is(b, &w->t[qa - 2], "have")) &&
	    !w->t[qa - 1].cap && !w->t[qa - 1].num && !w->t[qa - 1].comma)
		return 1;
	for (size_t i = qb; i < cb && i < qb + 3; i++) {
		if (w->t[i].comma || w->t[i].brk || w->t[i].num)
			break;
		if ((word_is(b, &w->t[i], "has") || word_is(b, &w->t[i], "have")) && i + 1 < cb && !w->t[i + 1].cap &&
		    !w->t[i + 1].num)
			return 1;
	}
	return 0;
}

/* A sum is grouped by what it pays for, never by the bare unit: "a fee of
 * £52 million" and "a record £52 million fee" are both a fee's (the noun
 * before "of", or the one the claims stage read after the sum). */
static void money_head(const fb_scoper *sc, const fb_claimer *cl, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, const fb_quantity *q, fb_scope *s)
{
	if (qa >= ca + 2 && qa <= w->n && word_is(b, &w->t[qa - 1], "of")) {
		const tok *t = &w->t[qa - 2];
		size_t n = t->e - t->s;
		int alpha = n > 2;
		for (size_t i = t->s; i < t->e && alpha; i++)
			alpha = fb_islower((unsigned char)b[i]);
		if (alpha && !t->comma && !tok_is(t, K_STOP | K_TOTAL_NOUN | K_DEFINITE | K_DIGIT_WORD | K_SUPERLATIVE)) {
			const char *cls = fb_class_of(cl, b + t->s, n);
			free(s->head);
			s->head = cls ? fb_xstrdup(cls) : head_lemma(b + t->s, n);
			s->own_head = 1;
			return;
		}
	}
	/* "the $2.6 billion plan takes effect": the noun right after a sum is
	 * what it pays for (not "takes", a verb read as a plural) */
	static const char *const closed[] = { "for", "to", "from", "with", "of", "on", "by", "over", "into", "than",
		"and", "or", "but", "per", "since", "after", "before", "this", "that", "these", "those", "its", "their",
		"his", "her", "our", "was", "were", "is", "are", "will", "would", "more", "less" };
	const tok *t = qb < w->n ? &w->t[qb] : NULL;
	size_t n = t ? t->e - t->s : 0;
	int noun = t && n > 2 && !t->cap && !t->num && !t->comma && !t->brk && !t->kinds &&
	    !(b[t->e - 1] == 's' || (b[t->e - 2] == 'e' && b[t->e - 1] == 'd') ||
	      (n > 4 && strncmp(b + t->e - 3, "ing", 3) == 0) || (b[t->e - 2] == 'e' && b[t->e - 1] == 'r'));
	for (size_t i = noun ? t->s : 0; noun && i < t->e; i++)
		noun = fb_islower((unsigned char)b[i]);
	for (size_t i = 0; noun && i < sizeof closed / sizeof *closed; i++)
		noun = !word_is(b, t, closed[i]);
	if (noun && qb + 1 < w->n && !w->t[qb + 1].brk && !w->t[qb + 1].comma && !w->t[qb + 1].cap &&
	    b[w->t[qb + 1].e - 1] == 's' && s->head && q->unit && strcmp(s->head, q->unit) != 0) {
		const char *cls = fb_class_of(cl, b + t->s, n);
		free(s->head);
		s->head = cls ? fb_xstrdup(cls) : head_lemma(b + t->s, n);
	}
	if (s->head && q->unit && strcmp(s->head, q->unit) != 0 && strcmp(s->head, "money") != 0)
		s->own_head = 1; /* "a record £52 million fee" */
}

/* "the £52 million Harbor City will pay": a definite sum whose contact
 * clause names its payer, who holds it. */
static void money_payer(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, size_t cb, fb_scope *s)
{
	if (s->holder || qa <= ca || qb + 1 >= cb || !tok_is(&w->t[qa - 1], K_DEFINITE) || w->t[qb].comma ||
	    w->t[qb].brk || !name_word(sc, mid, b, w, qb))
		return;
	size_t next;
	char *nm = name_at(sc, mid, b, w, qb, cb, &next);
	const tok *v = nm && next < cb ? &w->t[next] : NULL;
	if (v && !v->cap && !v->num && !v->comma && !v->brk && !tok_is(v, K_STOP | K_PLACE_PREP | K_SPEECH) &&
	    !word_is(b, v, "and") && !word_is(b, v, "of")) {
		s->holder = nm;
		return;
	}
	free(nm);
}

/* The subject of the verb at v, in [ca, v): for "Harlow, Mass., which
 * employs" the name before the relative pronoun ("Harlow"); else the
 * first name before the verb ("The Brinton plant, the smallest, employs":
 * "Brinton"), else the first common noun ("The company": "company");
 * NULL when none. Owned. */
static char *subject_of(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t v)
{
	size_t nx;
	if (v > ca && v <= w->n && (word_is(b, &w->t[v - 1], "which") || word_is(b, &w->t[v - 1], "that") ||
	    word_is(b, &w->t[v - 1], "who"))) {
		size_t j = v - 1, first = SIZE_MAX;
		while (j > ca && name_word(sc, mid, b, w, j - 1) && !w->t[j].brk)
			first = --j; /* "Harlow, Mass.,": back to the run's first name */
		if (first == SIZE_MAX)
			return NULL;
		size_t a = first;
		return name_at(sc, mid, b, w, a, v, &nx);
	}
	size_t stop = v;
	for (size_t i = ca + 1; i < v; i++)
		if (w->t[i].comma || w->t[i].brk) {
			stop = i; /* "The Brinton plant, the smallest of the three,": its apposition names nothing */
			break;
		}
	for (size_t i = ca; i < stop; i++)
		if (name_word(sc, mid, b, w, i))
			return name_at(sc, mid, b, w, i, stop, &nx);
	for (size_t i = ca; i < stop; i++) {
		const tok *t = &w->t[i];
		if (!t->cap && !t->num && !tok_is(t, K_STOP) && t->e - t->s > 2 &&
		    (i + 1 == stop || tok_is(&w->t[i + 1], K_AUX)))
			return lower_dup(b + t->s, t->e - t->s);
	}
	return NULL;
}

/* "against", "over", "under", "within": a preposition that measures a
 * thing against a sum ("came in under a budget of $9 million"). */
static int frame_prep(const char *b, const tok *t)
{
	static const char *const preps[] = { "against", "over", "under", "within", "above", "below", "beyond", "on",
		"with" };
	for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
		if (word_is(b, t, preps[i]))
			return 1;
	return 0;
}

/* Is the sum at [qa, qb) a budget or cost some thing has: "its $1.3
 * billion budget", "a budget of $450 million" (data/owned-sums.txt)? */
static int owned_sum(const fb_scoper *sc, const char *b, const words *w, size_t qa, size_t qb, size_t cb)
{
	if (qb < cb && !w->t[qb].comma && !w->t[qb].brk && fb_lexicon_get(sc->owned, b + w->t[qb].s, w->t[qb].e - w->t[qb].s))
		return 1;
	return qa >= 2 && word_is(b, &w->t[qa - 1], "of") && !w->t[qa - 1].comma &&
	    fb_lexicon_get(sc->owned, b + w->t[qa - 2].s, w->t[qa - 2].e - w->t[qa - 2].s) != NULL;
}

/* "Dalvia's prime minister said the 280,000 refugees in his country": the
 * place "in his/her/its/their NOUN" (data/home-nouns.txt) names after the
 * number, the possessive name before it in the sentence, else the
 * sentence's opening name (its subject); NULL when there is none. */
static char *home_place(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t qb,
    size_t cb)
{
	size_t i = qb;
	while (i + 2 < cb && i < qb + 6 && !w->t[i + 1].brk && !word_is(b, &w->t[i], "in"))
		i++;
	if (i + 2 >= cb || !word_is(b, &w->t[i], "in") || w->t[i + 1].brk || w->t[i + 2].brk ||
	    !(word_is(b, &w->t[i + 1], "his") || word_is(b, &w->t[i + 1], "her") || word_is(b, &w->t[i + 1], "its") ||
	      word_is(b, &w->t[i + 1], "their")) ||
	    !fb_lexicon_get(sc->homes, b + w->t[i + 2].s, w->t[i + 2].e - w->t[i + 2].s))
		return NULL;
	size_t nx;
	for (size_t j = i; j > 0; j--) {
		const tok *t = &w->t[j - 1];
		if (t->e - t->s > 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's' && name_word(sc, mid, b, w, j - 1)) {
			size_t a = j - 1;
			while (a > 0 && name_word(sc, mid, b, w, a - 1) && !w->t[a].comma && !w->t[a].brk)
				a--;
			return name_at(sc, mid, b, w, a, j, &nx);
		}
	}
	if (w->whole && w->n && name_word(sc, mid, b, w, 0))
		return name_at(sc, mid, b, w, 0, qb, &nx);
	return NULL;
}

static void fill(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const fb_doc *doc,
    const fb_quantity *q, const fb_claim *k, const words *w, const char *entry, int lede, int headline, fb_scope *s,
    size_t *whole_at, int *pron_subject)
{
	const char *b = doc->buf;
	const fb_lexicon *pn = cl->place_nouns;
	size_t qa = 0, qb = 0;
	while (qa < w->n && w->t[qa].e <= q->start)
		qa++;
	qb = qa;
	while (qb < w->n && w->t[qb].s < q->end)
		qb++;
	if (qa >= w->n) {
		qa = qb = w->n;
	}
	/* the clause around the number */
	size_t ca = qa, cb = qb;
	while (ca > 0 && ca < w->n && !w->t[ca].brk && !clause_word(b, w, ca))
		ca--;
	if (ca < w->n && clause_word(b, w, ca))
		ca++;
	/* ... up to its attribution: "according to X, a leader in Sindh" says
	 * who speaks, not where the number is */
	while (cb < w->n && !w->t[cb].brk && !clause_word(b, w, cb) &&
	    !(cb > qb && tok_is(&w->t[cb], K_SPEECH)))
		cb++;
	/* "10:45 a.m. In Pennsylvania, ...": a live blog's stamp opens the
	 * sentence; the clause begins after it */
	if (ca == 0 && w->whole && w->n > 3 && w->t[0].num && w->t[1].num && !w->t[1].brk && qa > 3 &&
	    (word_is(b, &w->t[2], "a.m") || word_is(b, &w->t[2], "p.m")))
		ca = 3;
	if (ca > qa)
		ca = qa;
	s->set = 1;
	s->lede = lede;
	s->headline = headline;
	/* the head: the counted noun right after the number, when the claim
	 * found none or one elsewhere ("to build 14 new bus lanes") */
	size_t h = k->quantity >= 0 && !q->nparts ? np_head(sc, b, w, qb, cb) : 0;
	/* "60,000 refugee children": a compound's head is its last noun, a
	 * plural the classes know though not in -s ("children", "people");
	 * the singular before it is a modifier */
	int compound = 0;
	if (!h && k->quantity >= 0 && !q->nparts && qb + 1 < cb) {
		size_t j = qb;
		while (j < cb && j < qb + 3 && !w->t[j].cap && !w->t[j].num && !w->t[j].comma && !w->t[j].brk &&
		    !tok_is(&w->t[j], K_STOP) && !memchr(b + w->t[j].s, '-', w->t[j].e - w->t[j].s))
			j++;
		if (j > qb + 1 && fb_class_of(cl, b + w->t[j - 1].s, w->t[j - 1].e - w->t[j - 1].s) &&
		    tok_is(&w->t[j - 1], K_COLLECTIVE))
			h = j, compound = 1;
	}
	if (h && (compound || !(k->subject && k->noun_end > k->noun_start && k->noun_start >= w->t[qb].s &&
	    k->noun_start <= w->t[h - 1].s))) {
		const char *cls = fb_class_of(cl, b + w->t[h - 1].s, w->t[h - 1].e - w->t[h - 1].s);
		s->head = cls ? fb_xstrdup(cls) : head_lemma(b + w->t[h - 1].s, w->t[h - 1].e - w->t[h - 1].s);
		s->own_head = !(k->subject && strcmp(k->subject, s->head) == 0);
	} else if (k->subject)
		s->head = fb_xstrdup(k->subject);
	if (q->kind == FB_QK_MONEY && (!k->measure || strcmp(k->measure, "number") == 0)) {
		money_head(sc, cl, b, w, ca, qa, qb, q, s);
		money_payer(sc, mid, b, w, ca, qa, qb, cb, s);
	}
	/* "the 2,180 nurses who voted": the relative clause's verb is the
	 * predicate when the claims stage found none */
	int no_measure = !k->measure || strcmp(k->measure, "number") == 0;
	if (h && h + 1 < cb && no_measure && (word_is(b, &w->t[h], "who") || word_is(b, &w->t[h], "that")) &&
	    !w->t[h - 1].comma)
	{
		predicate_after(cl, b, w, h + 1, cb, s, 0); /* "the 410 who sued": still the set's size */
		s->rel_verb = relative_verb(b, w, h + 1, cb);
	}
	/* "the two schools proposed for closure", "the 12 players named in the
	 * squad": a past participle and a preposition after the noun restrict
	 * the set, as a relative clause does */
	if (h && h + 1 < cb && !s->rel_verb && !w->t[h].comma && !w->t[h].brk && !w->t[h].cap && !w->t[h].num &&
	    !w->t[h].kinds && w->t[h].e - w->t[h].s > 4 &&
	    (fb_word_eq(b + w->t[h].e - 2, 2, "ed") || fb_word_eq(b + w->t[h].e - 2, 2, "en")) &&
	    !w->t[h + 1].comma && !w->t[h + 1].brk && tok_is(&w->t[h + 1], K_STOP) && !tok_is(&w->t[h + 1], K_DEFINITE) &&
	    qa > ca && (tok_is(&w->t[qa - 1], K_DEFINITE) || word_is(b, &w->t[qa - 1], "all"))) {
		s->rel_verb = relative_verb(b, w, h, cb);
		if (!s->predicate)
			s->predicate = lower_dup(b + w->t[h].s, w->t[h].e - w->t[h].s);
	}
	int contact = contact_relative(sc, cl, mid, b, w, ca, qa, h, cb, no_measure, s);
	s->relative = s->predicate != NULL;
	/* a sum only when the company's own: "revenue rose to $3.9 billion"
	 * has no payer, and a division's revenue or a rival's would meet it */
	if (q->kind == FB_QK_COUNT && (!k->measure || strcmp(k->measure, "rose") == 0 || strcmp(k->measure, "fell") == 0))
		level_measure(cl, b, w, ca, qa, s, 0);
	else if (q->kind == FB_QK_MONEY && !k->measure)
		level_measure(cl, b, w, ca, qa, s, 1); /* "its profit rose 18 percent, to $412 million" */
	if (k->mod_end > k->mod_start)
		s->modifiers = lower_dup(b + k->mod_start, k->mod_end - k->mod_start);
	s->function = function_of(sc, doc, q, w, ca, cb, qa, qb, k->noun_end);
	/* determiner and role: the word before the number */
	s->determiner = FB_DET_BARE;
	s->role = FB_RO_TOTAL;
	int poss_set = 0; /* "Vance's 41 points": a named holder's set */
	if (qa > ca) {
		const tok *p = &w->t[qa - 1];
		size_t plen = p->e - p->s;
		if (plen >= 2 && b[p->e - 2] == '\'' && b[p->e - 1] == 's') {
			s->determiner = FB_DET_DEFINITE; /* "the state's 16 delegates" */
			/* "Vance's 41 points on Sunday included ...", "the fire's
			 * 38,000 acres": a holder's known set, whatever the verb */
			s->set_size = poss_set = no_measure && (q->kind == FB_QK_COUNT || q->kind == FB_QK_MEASURE) && qb < cb && !w->t[qb].comma && !w->t[qb].brk && !w->t[qb].num &&
			    !(qa >= ca + 2 && word_is(b, &w->t[qa - 2], "of")) &&
			    !(qa >= ca + 3 && word_is(b, &w->t[qa - 3], "of")); /* not a whole: "a third of the county's" */
		}
		else if (word_is(b, p, "all") || word_is(b, p, "both")) {
			s->determiner = FB_DET_UNIVERSAL;
			/* "All 44,000 contributors will be invited": the set's size
			 * (not "killing all four": the verb's own total) */
			s->set_size = qb < cb && !w->t[qb].comma && !w->t[qb].brk && !tok_is(&w->t[qb], K_STOP) &&
			    !w->t[qb].num;
		}
		else if (word_is(b, p, "other") || word_is(b, p, "another") || word_is(b, p, "remaining"))
			s->role = FB_RO_PART; /* "the other five": what is left of a set */
		else if (tok_is(p, K_DEFINITE)) {
			s->determiner = FB_DET_DEFINITE;
			/* not the whole of "four of the 30" */
			s->set_size = !(qa >= ca + 2 && word_is(b, &w->t[qa - 2], "of"));
		}
		else if (tok_is(p, K_INDEFINITE))
			s->determiner = FB_DET_INDEFINITE;
		if (qa > ca + 1 && word_is(b, &w->t[qa - 2], "in") && word_is(b, p, "all")) {
			s->determiner = FB_DET_UNIVERSAL; /* "In all, 14 people" */
			s->set_size = 0; /* the total of its own verb */
		}
		if (qa > ca + 1 && (word_is(b, &w->t[qa - 2], "out") || word_is(b, &w->t[qa - 2], "of")) &&
		    word_is(b, p, "of"))
			s->determiner = FB_DET_DEFINITE; /* "out of 10": a whole */
		if (word_is(b, p, "of") && qa >= ca + 2 && w->t[qa - 2].num)
			s->determiner = FB_DET_DEFINITE; /* "11 of 16": the whole */
		/* "the survey of 1,204 voters", "the crowd of 5,000": a set's size */
		if (word_is(b, p, "of") && qa >= ca + 3 && tok_is(&w->t[qa - 3], K_DEFINITE) &&
		    !w->t[qa - 2].num && !w->t[qa - 2].cap && !tok_is(&w->t[qa - 2], K_STOP) &&
		    !tok_is(&w->t[qa - 2], K_TOTAL_NOUN)) {
			s->determiner = FB_DET_DEFINITE;
			s->set_size = 1;
		}
	}
	/* "the toll was at least 20", "a total of 12": the size of a set */
	for (size_t i = qa; i > ca && i + 6 > qa && s->determiner == FB_DET_BARE; i--)
		if (tok_is(&w->t[i - 1], K_TOTAL_NOUN))
			s->determiner = FB_DET_DEFINITE;
	if (q->has_value && q->value == 1 && s->determiner != FB_DET_DEFINITE) {
		s->determiner = FB_DET_INDEFINITE; /* "one witness", "a single donor" */
		s->individual = !(qa > ca && word_is(b, &w->t[qa - 1], "only")); /* "only one" counts */
	}
	/* "four of the five", "two of the dead", "11 of its 16": a part */
	for (size_t i = qb; q->kind == FB_QK_COUNT && i + 1 < cb && i < qb + 3; i++) {
		if (w->t[i].comma)
			break;
		if (word_is(b, &w->t[i], "of") && ((tok_is(&w->t[i + 1], K_DEFINITE) && set_after(b, w, i + 2, cb)) ||
		    word_is(b, &w->t[i + 1], "them") || w->t[i + 1].num ||
		    (w->t[i + 1].e - w->t[i + 1].s >= 2 && b[w->t[i + 1].e - 1] == 's' && b[w->t[i + 1].e - 2] == '\''))) {
			s->determiner = FB_DET_PARTITIVE;
			s->role = FB_RO_PART;
			s->set_size = s->individual = 0;
			/* where the whole is: "of the 30", "of its 16", "of 16"; "of
			 * them" points back (SIZE_MAX - 1) */
			/* "of the nine members": a number word too */
			size_t wn = w->t[i + 1].num ? i + 1
			    : i + 2 < cb && (w->t[i + 2].num || tok_is(&w->t[i + 2], K_DIGIT_WORD)) ? i + 2 : 0;
			if (wn)
				*whole_at = w->t[wn].s;
			else if (word_is(b, &w->t[i + 1], "them")) {
				*whole_at = SIZE_MAX - 1;
				if (!k->measure || strcmp(k->measure, "number") == 0)
					predicate_after(cl, b, w, i + 2, cb, s, 1); /* "3,100 of them ride" */
			}
			break;
		}
		if (word_is(b, &w->t[i], "among") && i == qb)
			s->role = FB_RO_PART;
	}
	/* "At the largest hospital, 640 nurses voted": a superlative after a
	 * place preposition before the number picks one member of a set */
	for (size_t i = ca; i + 1 < qa; i++)
		if (tok_is(&w->t[i], K_PLACE_PREP))
			for (size_t j = i + 1; j < qa && j < i + 4 && !w->t[j].comma; j++)
				if (tok_is(&w->t[j], K_SUPERLATIVE) &&
				    !(j + 1 < w->n && (ago_unit(b, &w->t[j + 1]) || word_is(b, &w->t[j + 1], "quarter") ||
				      word_is(b, &w->t[j + 1], "half"))))
					s->role = FB_RO_PART; /* not "in the first quarter": a time */
	/* "The first bomb went off near the station, killing 19": a clause
	 * whose subject is one member picked from a set ("the first", "the
	 * largest") counts for that member alone */
	if (qa > ca + 2 && (tok_is(&w->t[ca], K_DEFINITE) || tok_is(&w->t[ca], K_INDEFINITE)) &&
	    tok_is(&w->t[ca + 1], K_SUPERLATIVE) && !w->t[ca + 2].num && !ago_unit(b, &w->t[ca + 2]) &&
	    !word_is(b, &w->t[ca + 2], "quarter") && !word_is(b, &w->t[ca + 2], "half"))
		s->role = FB_RO_PART;
	if (s->function == FB_QF_THRESHOLD)
		s->role = FB_RO_THRESHOLD;
	else if (s->function == FB_QF_MARGIN)
		s->role = FB_RO_MARGIN;
	else if (s->function == FB_QF_RATE)
		s->role = FB_RO_AVERAGE;
	/* mode: "if", "would" before it in its clause, or the sentence opens
	 * with "If"; "could have died" after it; "every" before it */
	s->mode = FB_MO_ASSERTED;
	if (w->n && w->whole && tok_is(&w->t[0], K_CONDITION))
		s->mode = FB_MO_HYPOTHETICAL; /* "If the bus had been full, ..." */
	for (size_t i = ca; i < qa; i++) {
		if (tok_is(&w->t[i], K_CONDITION) ||
		    (tok_is(&w->t[i], K_HYPOTHETICAL) && i + 1 < qa && word_is(b, &w->t[i + 1], "have")))
			s->mode = FB_MO_HYPOTHETICAL;
		else if (tok_is(&w->t[i], K_GENERIC))
			s->mode = FB_MO_GENERIC;
	}
	/* "more than 50 people could have died" (not "would cut 1,200 jobs":
	 * a plan reported, not a supposition) */
	for (size_t i = qb; i + 1 < cb && i < qb + 4; i++)
		if (tok_is(&w->t[i], K_HYPOTHETICAL) && (word_is(b, &w->t[i + 1], "have") || word_is(b, &w->t[i + 1], "be")) &&
		    !(word_is(b, &w->t[i + 1], "be") && i + 2 < cb && tok_is(&w->t[i + 2], K_DEFINITE | K_INDEFINITE)))
			s->mode = FB_MO_HYPOTHETICAL; /* "2.4 million ballots would be cast": a forecast; not
			                               * "the $60 billion would be the largest": what it is */
	forecast_superseded(b, w, ca, qa, s);
	/* "5.1 percent larger than this year's $1.21 billion plan", "more
	 * than the $31 million spent last year": a baseline the comparison is
	 * made against, another time (not "more than 800": a hedge, with the
	 * number right after "than") */
	for (size_t i = qa; i > ca && i + 3 > qa; i--) {
		const tok *t = &w->t[i - 1];
		if (word_is(b, t, "than")) {
			const tok *d = &w->t[i];
			if (i < qa && !d->comma && (tok_is(d, K_DEFINITE) ||
			    (d->e - d->s > 2 && b[d->e - 2] == '\'' && b[d->e - 1] == 's')))
				s->superseded = 3;
			break;
		}
		if (t->num || t->comma || t->brk)
			break;
	}
	if (w->whole && revised_after(w, qb))
		s->superseded = 1;
	/* "120,000 ballots still to be counted", "71,000 left to count": what
	 * remains is no count of what was done (nor of what was superseded) */
	size_t rlim = cb < qb + 3 ? cb : qb + 3;
	for (size_t i = qb; i < rlim; i++) {
		const tok *t = &w->t[i];
		if (t->comma || word_is(b, t, "and"))
			break; /* not "killed five people and left 30,000 homes" */
		if ((tok_is(t, K_REMAINDER) && i <= qb + 1) ||
		    ((word_is(b, t, "still") || word_is(b, t, "yet")) && i + 1 < cb &&
		     (word_is(b, &w->t[i + 1], "to") || tok_is(&w->t[i + 1], K_REMAINDER))))
			s->superseded = 2;
	}
	if (population(pn, b, w, ca, qa))
		s->function = FB_QF_LABEL; /* the place's size, not a count of this event */
	/* holder: the clause's first name before the number that is no place;
	 * place: a name after in/at/near; a name right before the head noun
	 * ("24 Oklahoma delegates") is a place too */
	if (headline && qa > ca && (!k->measure || strcmp(k->measure, "number") == 0))
		s->measure = headline_verb(cl, b, &w->t[qa - 1]);
	char *size_subject = NULL;
	if (q->kind == FB_QK_COUNT) {
		const char *sz = size_measure(sc, b, w, ca, qa);
		if (sz) {
			s->measure = sz;
			s->set_size = 0; /* its own measure: no guest elsewhere */
			size_subject = subject_of(sc, mid, b, w, ca, qa - 1);
		}
	}
	char *last_name = NULL;
	size_t last_end = SIZE_MAX; /* the word after the last name read, and */
	int last_held = 0;           /* whether that name holds the number */
	int last_placey = 0;         /* whether a place preposition led to it */
	for (size_t i = headline ? cb : ca; i < cb;) {
		/* a place phrase opens the clause ("In Darsan, ...") or follows
		 * the number ("killed in Varnesk"): a name before the number in
		 * another phrase ("struck the town of Varnesk, killing 31") may
		 * be where the whole happened, not this part */
		if (i > qb && since_frame(b, w, i, cb))
			break; /* "the most since 2019, in the capital": the comparison's */
		size_t pe = place_at(sc, pn, b, w, i, ca, cb);
		int where = pe && (i >= qb || i <= ca + 2);
		if (where && !s->place && !name_word(sc, mid, b, w, i)) {
			/* "in the northern province"; not a capitalised opener alone
			 * ("in The ...") */
			size_t from = word_is(b, &w->t[i], "the") ? i + 1 : i;
			if (from < pe && !w->t[from].cap)
				s->place = lower_dup(b + w->t[from].s, w->t[pe - 1].e - w->t[from].s);
			i = pe;
			continue;
		}
		if (!name_word(sc, mid, b, w, i)) {
			/* "capsized on Lake Orin": a place phrase elsewhere in the
			 * clause, whose later words hold nothing either */
			i = pe && w->t[i].cap ? pe : i + 1;
			continue;
		}
		size_t next;
		char *nm = name_at(sc, mid, b, w, i, cb, &next);
		const tok *prev = i > ca ? &w->t[i - 1] : NULL;
		/* "Maple Grove Elementary": an institution, read whole (a place
		 * when where it stands makes it one: "At St Anne's Hospital, 240
		 * patients waited"), never the place 'Elementary' */
		int inst = fb_lexicon_get(sc->insts, b + w->t[next - 1].s, w->t[next - 1].e - w->t[next - 1].s) != NULL &&
		    next - 1 > i;
		if (inst) {
			free(nm);
			nm = fb_fold_text(b + w->t[i].s, w->t[next - 1].e - w->t[i].s);
		}
		int place = where ||
		    (i >= qb && i <= qb + 4 && !q->unit && word_is(b, prev, "from")) || /* "the 18 votes from Ohio" */
		    (i >= qb && k->noun_start > w->t[i].s && k->noun_start <= w->t[next - 1].e + 1) ||
		    (i >= qb && next < cb && k->noun_end && w->t[next].s == k->noun_start);
		/* "Pryce said ...": who speaks holds nothing */
		int speaks = next < cb && tok_is(&w->t[next], K_SPEECH);
		int after_prep = prev && (tok_is(prev, K_PLACE_PREP) || word_is(b, prev, "of") ||
		    word_is(b, prev, "on") || word_is(b, prev, "over") || /* "sank on Lake Varo" */
		    word_is(b, prev, "the") || word_is(b, prev, "against") ||
		    (tok_is(prev, K_INDEFINITE) && prev->comma)); /* ", a Republican," says what, not whose */
		/* "in the cities of Kirsa and Davar": a name coordinated with one
		 * that holds nothing holds nothing either */
		int joint = 0;
		if (!after_prep && prev && i >= ca + 2 && (word_is(b, prev, "and") || word_is(b, prev, "or")) &&
		    last_end == i - 1 && !last_held)
			after_prep = joint = 1;
		/* "hit the towns of Mirsk and Tolna, killing 20": the number
		 * counts in both, the place of neither alone */
		if (joint && last_placey && last_name && !s->place && i < qa && w->t[i - 2].cap) {
			char *both = fb_xasprintf("%s and %s", last_name, nm);
			free(nm);
			nm = both;
			place = 1;
		}
		/* "the race between Senator Whitcomb and Navarro": its parties
		 * hold nothing of the number */
		for (size_t j = ca; j < i && !after_prep; j++)
			after_prep = word_is(b, &w->t[j], "between");
		last_end = next;
		last_held = !place && !after_prep && !speaks && i < qa && !s->holder;
		last_placey = prev && (tok_is(prev, K_PLACE_PREP) || (word_is(b, prev, "of") && i >= ca + 2 &&
		    place_noun(pn, b, &w->t[i - 2])));
		if (place && !s->place)
			s->place = nm, nm = NULL;
		else if (!place && !after_prep && !speaks && i < qa && !s->holder)
			s->holder = nm, nm = NULL;
		else if (!place && i < qa) {
			free(last_name);
			last_name = nm, nm = NULL;
		}
		free(nm);
		i = next;
	}
	/* "Lind has won 11 of the state's 38 delegates": a count after a
	 * common noun's possessive is that noun's, not the clause subject's */
	int owned = 0;
	if (qa > ca) {
		const tok *p = &w->t[qa - 1];
		owned = !p->cap && p->e - p->s > 2 && b[p->e - 2] == '\'' && b[p->e - 1] == 's';
		if (owned) {
			free(s->holder);
			s->holder = NULL;
			/* "the Kerrow camp's 41,000 residents", "the Ashford plant's
			 * 380 workers": the name before the noun is the holder */
			if (qa >= ca + 2 && name_word(sc, mid, b, w, qa - 2) && !w->t[qa - 1].comma) {
				size_t nx;
				s->holder = name_at(sc, mid, b, w, qa - 2, qa - 1, &nx);
			}
		}
	}
	/* "The company employs 19,400 people", "The Brinton plant employs
	 * 420": what a holder has is that holder's, whatever other name the
	 * clause holds */
	if (size_subject) {
		free(s->holder);
		s->holder = size_subject;
	}
	/* "the 280,000 refugees in his country": the possessive name's place */
	char *home = q->kind == FB_QK_COUNT ? home_place(sc, mid, b, w, qb, cb) : NULL;
	if (home) {
		if (s->holder && strcmp(s->holder, home) == 0) {
			free(s->holder);
			s->holder = NULL;
		}
		free(s->place);
		s->place = home;
	}
	/* "the Southline extension, which opened $120 million over its $1.3
	 * billion budget": a budget or cost (data/owned-sums.txt) after "its"
	 * is the nearest thing named before it; "the arena ended up costing
	 * $580 million, against a budget of $450 million": the subject's */
	if (q->kind == FB_QK_MONEY && owned_sum(sc, b, w, qa, qb, cb)) {
		char *own = NULL;
		if (qa > ca && (word_is(b, &w->t[qa - 1], "its") || word_is(b, &w->t[qa - 1], "their"))) {
			own = last_name, last_name = NULL;
			if (!own) {
				size_t nx;
				for (size_t j = qa - 1; j > ca && !own; j--)
					if (name_word(sc, mid, b, w, j - 1)) {
						size_t a = j - 1;
						while (a > ca && name_word(sc, mid, b, w, a - 1) && !w->t[a].comma)
							a--;
						own = name_at(sc, mid, b, w, a, j, &nx);
					}
			}
		} else if (!s->holder && !owned && qa >= ca + 4 && word_is(b, &w->t[qa - 1], "of") &&
		    tok_is(&w->t[qa - 3], K_INDEFINITE) && frame_prep(b, &w->t[qa - 4]) && !w->t[qa - 3].brk) {
			/* "against a budget of": a budget the clause's subject is
			 * measured against (not "approved a budget of": its object) */
			size_t v = ca + 1;
			while (v < qa && !w->t[v].comma && !w->t[v].brk)
				v++;
			own = subject_of(sc, mid, b, w, ca, v);
		}
		if (own) {
			free(s->holder);
			s->holder = own;
			if (s->place && strcmp(s->place, own) == 0) {
				free(s->place);
				s->place = NULL;
			}
		}
	}
	/* "Denton, Ohio, with 480; and Brinton, Ga., with 420": a list's
	 * count after "with" is the name's before it, of the list's noun */
	if (q->kind == FB_QK_COUNT && no_measure && s->head && qa >= ca + 2 && word_is(b, &w->t[qa - 1], "with") &&
	    w->t[qa - 1].comma && name_word(sc, mid, b, w, qa - 2) && (qb >= cb || w->t[qb].comma || w->t[qb].brk ||
	    word_is(b, &w->t[qb], "and"))) {
		size_t first = qa - 1, nx;
		while (first > ca && name_word(sc, mid, b, w, first - 1) && !w->t[first].brk &&
		    !tok_is(&w->t[first - 1], K_STOP))
			first--; /* "Denton, Ohio,": back to the run's first name */
		free(s->holder);
		s->holder = name_at(sc, mid, b, w, first, qa - 1, &nx);
		s->own_head = 1; /* compared as a count of the list's noun */
	}
	/* "The Denton plant opened in 1991. Its 480 workers ...": a sentence
	 * that opens with "Its" holds for the first name of the sentence
	 * before it in the paragraph */
	if (!s->holder && w->whole && qa == 1 && word_is(b, &w->t[0], "its") && k->sent > 0 &&
	    doc->sent[k->sent - 1].para == doc->sent[k->sent].para) {
		words *pw = fb_xcalloc(1, sizeof *pw);
		tokenize(sc, b, doc->sent[k->sent - 1].start, doc->sent[k->sent - 1].end, pw);
		pw->whole = 1;
		for (size_t i = 0; i < pw->n && !s->holder; i++)
			if (name_word(sc, mid, b, pw, i)) {
				size_t nx;
				s->holder = name_at(sc, mid, b, pw, i, pw->n, &nx);
			}
		free(pw);
	}
	/* "wins Ohio and its 18 electoral votes": the thing named before "its" */
	if (!s->place && last_name && qa > ca && word_is(b, &w->t[qa - 1], "its"))
		s->place = last_name, last_name = NULL;
	/* "Okonjo's aides said the 24 delegates he won": a pronoun near the
	 * number holds for the last person named before it */
	if (!s->holder && last_name) {
		for (size_t i = qa > ca + 1 ? qa - 2 : ca; i < cb && i < qb + 4; i++)
			if (tok_is(&w->t[i], K_PRONOUN)) {
				s->holder = last_name, last_name = NULL;
				break;
			}
	}
	free(last_name);
	if (!s->holder && k->measure && strcmp(k->measure, "number") != 0 &&
	    !is(sc, K_HARM, k->measure, strlen(k->measure)))
		s->agent = agent_of(b, w, ca, qa, k->measure); /* not "a bomb killed 12" */
	if (s->determiner == FB_DET_DEFINITE && restricted_after(b, w, qb, w->n, k->measure))
		s->restricted = 1;
	/* past "added": no speech here; "Vance's 41 points on Sunday": a named
	 * holder's set, its time no restriction */
	if (s->set_size && (contact || (s->restricted && !(poss_set && s->holder))))
		s->set_size = 0;
	/* "the 11 dead", "the 40 injured": a set named by its own predicate */
	if (s->set_size && qb < w->n && (tok_is(&w->t[qb], K_HARM) || word_is(b, &w->t[qb], "dead") ||
	    (qb + 1 < cb && !w->t[qb + 1].comma && tok_is(&w->t[qb + 1], K_HARM)))) /* "the 31 people killed" */
		s->set_size = 0;
	/* "Pike's two goals took his total to 27", "bringing the tally to
	 * 1,144 delegates": a running total reached is the size of the set,
	 * whatever the verb (it joins the groups of other predicates) */
	if (q->kind == FB_QK_COUNT && qa >= ca + 3 && s->head && word_is(b, &w->t[qa - 1], "to") &&
	    tok_is(&w->t[qa - 2], K_TOTAL_NOUN) && !s->measure && (!k->measure || strcmp(k->measure, "number") == 0) &&
	    (tok_is(&w->t[qa - 3], K_DEFINITE) || (w->t[qa - 3].e - w->t[qa - 3].s > 2 && b[w->t[qa - 3].e - 2] == '\'' &&
	     b[w->t[qa - 3].e - 1] == 's'))) {
		s->determiner = FB_DET_DEFINITE;
		s->set_size = 1;
		s->own_head = 1;
	}
	/* "They scored 81 goals and conceded 35": a sentence whose subject is
	 * a personal pronoun, with no break before the number */
	*pron_subject = 0;
	if (!s->holder && !owned && w->whole && w->n && qa < w->n &&
	    (word_is(b, &w->t[0], "they") || word_is(b, &w->t[0], "he") || word_is(b, &w->t[0], "she"))) {
		*pron_subject = 1;
		for (size_t i = 1; i <= qa && *pron_subject; i++)
			*pron_subject = !w->t[i].comma && !w->t[i].brk;
	}
	s->time = time_in(sc, b, w, ca, cb, qa, qb);
	/* "9 of the district's 27 schools met the targets last year": a
	 * holder's whole is no count of the part's predicate, nor of its time */
	if (s->determiner == FB_DET_DEFINITE && q->kind == FB_QK_COUNT && qa >= ca + 4) {
		const tok *p = &w->t[qa - 1];
		size_t of = word_is(b, &w->t[qa - 2], "of") ? qa - 2 : word_is(b, &w->t[qa - 3], "of") ? qa - 3 : 0;
		if (!p->cap && p->e - p->s > 2 && b[p->e - 2] == '\'' && b[p->e - 1] == 's' && of > ca &&
		    (w->t[of - 1].num || tok_is(&w->t[of - 1], K_DIGIT_WORD))) {
			s->framed = 1;
			free(s->time);
			s->time = NULL;
		}
	}
	s->cumulative = perfect_tense(b, w, ca, cb, qa, qb);
	for (size_t i = qb + 1; i < cb && !s->framed; i++)
		s->framed = since_frame(b, w, i, cb);
	if (entry && !s->time) /* "where 92 delegates are at stake on March 26": its own */
		s->time = fb_xstrdup(entry);
	s->entry = entry != NULL; /* a live blog's: entries apart but for a definite restatement */
}

/* The claim holding the whole of claim ci, a part: the count starting at
 * byte whole_at, or for "N of them" (whole_at SIZE_MAX - 1) the last
 * count of the same head before it in its paragraph; -1 if none. */
static int whole_of(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, const fb_scope *out, size_t ci,
    size_t whole_at)
{
	size_t para = doc->sent[c->c[ci].sent].para;
	for (size_t j = ci; j-- > 0 && ci - j < 64;) {
		const fb_claim *k = &c->c[j];
		if (doc->sent[k->sent].para != para)
			break;
		if (k->type != FB_CT_NUMERIC || (k->quantity < 0 && !k->own) || (k->flags & FB_CF_DERIVED))
			continue;
		const fb_quantity *q = k->quantity >= 0 ? &ql->q[k->quantity] : fb_claim_own(c, k);
		/* "of them" with no noun of its own: the last count with one */
		if (whole_at != SIZE_MAX - 1 ? q->start == whole_at
		    : q->kind == FB_QK_COUNT && out[j].head && (!out[ci].head || strcmp(out[j].head, out[ci].head) == 0))
			return (int)j;
	}
	for (size_t j = ci + 1; whole_at != SIZE_MAX - 1 && j < c->nc && j < ci + 8; j++)
		if (c->c[j].type == FB_CT_NUMERIC && c->c[j].quantity >= 0 && ql->q[c->c[j].quantity].start == whole_at)
			return (int)j;
	return -1;
}

/* The holder of the last claim before claim ci in its paragraph, in an
 * earlier sentence (a copy), or NULL. */
static char *holder_before(const fb_doc *doc, const fb_claims *c, const fb_scope *out, size_t ci)
{
	size_t para = doc->sent[c->c[ci].sent].para;
	for (size_t j = ci; j-- > 0 && ci - j < 64;) {
		if (doc->sent[c->c[j].sent].para != para)
			break;
		if (c->c[j].sent != c->c[ci].sent && out[j].holder)
			return fb_xstrdup(out[j].holder);
	}
	return NULL;
}

/* Does b[at, at+n) stand as a whole word in b[lo, hi)? */
static int whole_word(const char *b, size_t lo, size_t hi, size_t at, size_t n)
{
	return (at == lo || !fb_isalnum((unsigned char)b[at - 1])) && (at + n >= hi || !fb_isalnum((unsigned char)b[at + n]));
}

/* Where the article's places stand in one paragraph: each whole-word
 * mention, by position then by the place's index (worked out once a
 * paragraph, when a claim there or after it first asks). */
typedef struct {
	size_t at;
	size_t k; /* index into the places */
} place_seen;

typedef struct {
	char *const *places;
	size_t np;
	size_t *len;         /* strlen of each place */
	unsigned char *done; /* per paragraph: mentions found */
	place_seen **seen;   /* per paragraph */
	size_t *nseen;
} place_index;

static const place_seen *places_in(const fb_doc *doc, place_index *px, size_t p, size_t *n)
{
	if (!px->done[p]) {
		const char *b = doc->buf;
		const fb_para *pa = &doc->para[p];
		size_t cap = 0;
		for (size_t i = pa->start; i < pa->end; i++) {
			if (!fb_isupper((unsigned char)b[i]) || (i > pa->start && fb_isalnum((unsigned char)b[i - 1])))
				continue; /* every place begins with a capital */
			for (size_t k = 0; k < px->np; k++)
				if (i + px->len[k] <= pa->end && px->places[k][0] == b[i] &&
				    memcmp(b + i, px->places[k], px->len[k]) == 0 &&
				    whole_word(b, pa->start, pa->end, i, px->len[k])) {
					place_seen *ps = FB_PUSH(px->seen[p], px->nseen[p], cap);
					ps->at = i, ps->k = k;
				}
		}
		px->done[p] = 1;
	}
	*n = px->nseen[p];
	return px->seen[p];
}

/* "Ruiz takes Caldera too. The state awards 148 delegates": a place noun
 * after "the" shortly before the number ("the state's 158 delegates"), or
 * "there" shortly after it, points back to the last place the paragraph names before it that the
 * article uses as a place somewhere (places: the capitalised ones). */
static char *anaphoric_place(const fb_claimer *cl, const fb_doc *doc, const fb_sent *st, size_t qstart,
    place_index *px)
{
	const char *b = doc->buf;
	size_t lo = qstart > st->start + 48 ? qstart - 48 : st->start, the = SIZE_MAX;
	for (size_t i = lo; i + 4 < qstart; i++) {
		if (fb_tolower((unsigned char)b[i]) != 't' || strncmp(b + i + 1, "he ", 3) != 0 ||
		    !whole_word(b, st->start, qstart, i, 3))
			continue;
		size_t n = 0;
		while (i + 4 + n < qstart && fb_isalpha((unsigned char)b[i + 4 + n]))
			n++;
		if (n && !(n == 4 && strncmp(b + i + 4, "area", 4) == 0) && fb_lexicon_get(cl->place_nouns, b + i + 4, n))
			the = i;
	}
	/* "12 people were killed and 47 wounded there" */
	for (size_t i = qstart; the == SIZE_MAX && i + 5 <= st->end && i < qstart + 40; i++)
		if (strncmp(b + i, "there", 5) == 0 && whole_word(b, qstart, st->end, i, 5))
			the = qstart;
	if (the == SIZE_MAX)
		return NULL;
	/* its paragraph first, then up to three before it (a live blog's
	 * entry rarely names its state again): the last mention before the
	 * number, the later-listed place when two begin at one byte */
	for (size_t back = 0; back < 4 && back <= st->para; back++) {
		size_t p = st->para - back;
		const fb_para *pa = &doc->para[p];
		if (pa->boilerplate || (back && fb_doc_report_of(doc, pa->start) != fb_doc_report_of(doc, the)))
			continue;
		size_t n, best = 0, found = SIZE_MAX;
		const place_seen *ps = places_in(doc, px, p, &n);
		for (size_t j = 0; j < n; j++)
			if (back || ps[j].at + px->len[ps[j].k] <= the)
				best = ps[j].at, found = ps[j].k;
		if (!back) /* a place that ends where "the" begins is whole there */
			for (size_t k = 0; k < px->np; k++) {
				size_t i = the >= pa->start + px->len[k] ? the - px->len[k] : SIZE_MAX;
				if (i != SIZE_MAX && (found == SIZE_MAX || i > best || (i == best && k > found)) &&
				    memcmp(b + i, px->places[k], px->len[k]) == 0 && whole_word(b, pa->start, the, i, px->len[k]))
					best = i, found = k;
			}
		if (found != SIZE_MAX)
			return fb_xstrdup(px->places[found]);
	}
	return NULL;
}

/* Fills the place of claims whose clause says "the state" (above). */
static void anaphoric_places(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const fb_claims *c,
    fb_scope *out)
{
	char *places[64];
	size_t np = 0;
	for (size_t i = 0; i < c->nc && np < 64; i++) {
		const char *p = out[i].place;
		if (!p || !fb_isupper((unsigned char)p[0]))
			continue;
		int dup = 0;
		for (size_t k = 0; k < np && !dup; k++)
			dup = strcmp(places[k], p) == 0;
		if (!dup)
			places[np++] = out[i].place;
	}
	if (!np)
		return;
	size_t len[64], npara = doc->npara ? doc->npara : 1;
	for (size_t k = 0; k < np; k++)
		len[k] = strlen(places[k]);
	place_index px = { places, np, len, fb_xcalloc(npara, 1), fb_xcalloc(npara, sizeof(place_seen *)),
		fb_xcalloc(npara, sizeof(size_t)) };
	for (size_t i = 0; i < c->nc; i++) {
		const fb_claim *k = &c->c[i];
		if (!out[i].set || out[i].place || k->type != FB_CT_NUMERIC || k->quantity < 0)
			continue;
		out[i].place = anaphoric_place(cl, doc, &doc->sent[k->sent], ql->q[k->quantity].start, &px);
	}
	for (size_t p = 0; p < doc->npara; p++)
		free(px.seen[p]);
	free(px.seen);
	free(px.nseen);
	free(px.done);
}

/* "Kirsa has seen five attacks this year. In all, those attacks have killed
 * 67": a count in a sentence that points back with "those" or "these",
 * with no time of its own, takes the time of the sentence before it in
 * its paragraph. */
static void demonstrative_times(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	/* the first claim of each sentence: no claim before it is of that
	 * sentence, so the look back stops there */
	size_t *first = fb_xcalloc(doc->nsent ? doc->nsent : 1, sizeof *first);
	for (size_t si = 0; si < doc->nsent; si++)
		first[si] = SIZE_MAX;
	for (size_t ci = c->nc; ci-- > 0;)
		first[c->c[ci].sent] = ci;
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || out[ci].time || !out[ci].set || k->sent == 0)
			continue;
		const fb_sent *st = &doc->sent[k->sent];
		if (doc->sent[k->sent - 1].para != st->para)
			continue;
		size_t qs = ql->q[k->quantity].start, found = 0;
		for (size_t i = st->start; i + 5 < qs && !found; i++)
			if ((i == st->start || !fb_isalnum((unsigned char)doc->buf[i - 1])) &&
			    (fb_word_eq(doc->buf + i, 5, "those") || fb_word_eq(doc->buf + i, 5, "these")) &&
			    doc->buf[i + 5] == ' ')
				found = 1;
		for (size_t j = ci; found && j-- > 0 && j >= first[k->sent - 1];) {
			if (c->c[j].sent != k->sent - 1)
				continue;
			if (out[j].time && !out[j].entry) {
				out[ci].time = fb_xstrdup(out[j].time);
				break;
			}
		}
	}
	free(first);
}

/* "approved a $1.42 billion budget for next year" ... "The $1.42 billion
 * plan also includes": a definite sum with no time of its own, equal to a
 * sum named earlier in another paragraph, restates that one (whatever its
 * noun), and has its time and holder; it is not this year's $1.36 billion
 * plan. */
static void definite_sums(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || out[ci].time ||
		    (out[ci].determiner != FB_DET_DEFINITE && out[ci].determiner != FB_DET_UNIVERSAL))
			continue;
		const fb_quantity *q = &ql->q[k->quantity];
		if (q->kind != FB_QK_MONEY || !q->has_value || !q->unit)
			continue;
		for (size_t j = 0; j < ci; j++) {
			const fb_claim *e = &c->c[j];
			if (e->type != FB_CT_NUMERIC || e->quantity < 0 || doc->sent[e->sent].para == doc->sent[k->sent].para)
				continue;
			const fb_quantity *p = &ql->q[e->quantity];
			if (p->kind != FB_QK_MONEY || !p->has_value || !p->unit || p->value != q->value ||
			    strcmp(p->unit, q->unit) != 0)
				continue;
			if (!(out[j].time && !out[j].entry) && !out[j].holder)
				continue; /* the title's "$1.42 Billion Budget": nothing to take */
			if (out[j].time && !out[j].entry)
				out[ci].time = fb_xstrdup(out[j].time);
			if (out[j].holder && !out[ci].holder)
				out[ci].holder = fb_xstrdup(out[j].holder);
			break;
		}
	}
}

/* "Seven of the nine members voted for it": the verb after "N of the M X"
 * is the part's; the claims stage may give it to the whole, which is then
 * the size of the set, with no verb of its own. */
static void verb_to_part(const fb_claims *c, fb_scope *out)
{
	for (size_t ci = 0; ci < c->nc; ci++) {
		int j = out[ci].part_of;
		if (j <= (int)ci || c->c[j].sent != c->c[ci].sent || out[ci].measure || out[j].measure)
			continue;
		const char *pm = c->c[ci].measure, *wm = c->c[j].measure;
		if ((pm && strcmp(pm, "number") != 0) || !wm || strcmp(wm, "number") == 0)
			continue;
		out[ci].measure = wm;
		out[j].measure = "number";
	}
}

fb_scope *fb_scopes_build(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const fb_claims *c)
{
	fb_scope *out = fb_xcalloc(c->nc ? c->nc : 1, sizeof *out);
	for (size_t i = 0; i < c->nc; i++)
		out[i].part_of = -1;
	const fb_scoper *sc = cl ? cl->scoper : NULL;
	if (!sc)
		return out;
	fb_lexicon *mid = mid_capitals(doc);
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
		headline[i] = (char)headline_case(doc->buf, doc->para[i].start, doc->para[i].end);
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
			tokenize(sc, doc->buf, ws, we, w);
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
		fill(sc, cl, mid, doc, q, k, w, blog ? entry : NULL, lede[para] && !item[para], headline[para], &out[ci],
		    &whole_at, &pron);
		if (pron) /* "United won 26 ... They scored 81": the last holder before */
			out[ci].holder = holder_before(doc, c, out, ci);
		out[ci].item = item[para];
		if (whole_at != SIZE_MAX)
			out[ci].part_of = whole_of(doc, ql, c, out, ci, whole_at);
		if (!out[ci].head && out[ci].part_of >= 0 && out[out[ci].part_of].head) {
			out[ci].head = fb_xstrdup(out[out[ci].part_of].head); /* "3,100 of them": pupils */
			out[ci].own_head = 1;
		}
	}
	anaphoric_places(cl, doc, ql, c, out);
	verb_to_part(c, out);
	demonstrative_times(doc, ql, c, out);
	definite_sums(doc, ql, c, out);
	free(w);
	free(item);
	free(headline);
	free(lede);
	fb_lexicon_free(mid);
	return out;
}

const char *fb_time_norm(const char *text, char *out, size_t outlen)
{
	static const struct { const char *text, *norm; } rel[] = {
		{ "last year", "-P1Y" }, { "last month", "-P1M" }, { "last week", "-P1W" },
		{ "last night", "-P1D" }, { "this year", "P0Y" }, { "this month", "P0M" }, { "this week", "P0W" },
		{ "a year ago", "-P1Y" }, { "a month ago", "-P1M" }, { "a week ago", "-P1W" }, { "a day ago", "-P1D" },
	};
	if (!text)
		return NULL;
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++)
		if (fb_word_eq(text, strlen(text), rel[i].text))
			return rel[i].norm;
	/* a year: "2018" */
	if (strlen(text) == 4 && fb_isdigit((unsigned char)text[0]) && fb_isdigit((unsigned char)text[1]) &&
	    fb_isdigit((unsigned char)text[2]) && fb_isdigit((unsigned char)text[3])) {
		snprintf(out, outlen, "%s", text);
		return out;
	}
	/* "4 years ago" */
	char *e;
	long n = strtol(text, &e, 10);
	if (e != text && n > 0 && n < 1000 && *e == ' ') {
		static const struct { const char *unit; char c; } u[] = { { "years", 'Y' }, { "months", 'M' },
			{ "weeks", 'W' }, { "days", 'D' } };
		for (size_t i = 0; i < sizeof u / sizeof *u; i++)
			if (strncmp(e + 1, u[i].unit, strlen(u[i].unit)) == 0 && strcmp(e + 1 + strlen(u[i].unit), " ago") == 0) {
				snprintf(out, outlen, "-P%ld%c", n, u[i].c);
				return out;
			}
	}
	return NULL; /* a month or a day without its year: not worked out */
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
