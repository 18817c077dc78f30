/* scope_words.c - a sentence's words for the scope model (with their kinds
 * from data/scope.tsv and clause breaks), the article's names, and the
 * word forms scopes hold (folded, lemmatised heads). */
#include "scope_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lemma.h"

static int word_byte(unsigned char c)
{
	return fb_isalnum(c) || c == '\'' || c >= 0x80 || c == '-' || c == '.' || c == ',';
}

/* The sentence's words: letters, digits, inner apostrophes, hyphens,
 * points and commas of numbers ("1,204", "p.m."). sc NULL: no word kinds
 * looked up (all 0). */
/* Is the '(' at i a figure's aside that goes on with its clause: right
 * after a number or a word, short, holding a digit ("48,300 acres (about
 * 19,550 hectares) by Thursday", "$4 million (3.7 million euros)")? Returns
 * where its ')' is, else SIZE_MAX. */
static size_t soft_paren(const char *b, size_t start, size_t i, size_t end)
{
	size_t p = i;
	while (p > start && b[p - 1] == ' ')
		p--;
	if (p == start || !fb_isalnum((unsigned char)b[p - 1]))
		return SIZE_MAX;
	/* a figure in the last two words before it (not a dateline's
	 * "KABUL, Afghanistan (Jan. 12, 2011)") */
	int figure = 0;
	for (int n = 0; n < 2 && p > start && !figure; n++) {
		size_t e = p;
		while (p > start && b[p - 1] != ' ')
			p--;
		figure = fb_isdigit((unsigned char)b[p]) || (b[p] == '$' && p + 1 < e && fb_isdigit((unsigned char)b[p + 1]));
		while (p > start && b[p - 1] == ' ')
			p--;
	}
	if (!figure)
		return SIZE_MAX;
	int digit = 0;
	for (size_t j = i + 1; j < end && j < i + 40; j++) {
		if (b[j] == ')')
			return digit ? j : SIZE_MAX;
		if (b[j] == '(' || b[j] == ';' || b[j] == '"')
			return SIZE_MAX;
		digit |= fb_isdigit((unsigned char)b[j]);
	}
	return SIZE_MAX;
}

void scope_tokenize(const fb_scoper *sc, const char *b, size_t start, size_t end, words *w)
{
	w->n = 0;
	int brk = 1, comma = 0;
	size_t i = start, soft_close = SIZE_MAX;
	while (i < end && w->n < MAX_TOK) {
		unsigned char c = (unsigned char)b[i];
		if (!fb_isalnum(c) && !(c >= 0x80 && !(c == 0xE2 && i + 2 < end && (unsigned char)b[i + 1] == 0x80))) {
			if (c == ':' && i > start && i + 1 < end && fb_isdigit((unsigned char)b[i - 1]) &&
			    fb_isdigit((unsigned char)b[i + 1]))
				; /* "8:15 a.m.": a clock time, no break */
			else if (c == '(' && (soft_close = soft_paren(b, start, i, end)) != SIZE_MAX)
				; /* "48,300 acres (about 19,550 hectares) by Thursday" */
			else if (c == ')' && i == soft_close)
				soft_close = SIZE_MAX;
			else if (c == ';' || c == ':' || c == '(' || c == ')')
				brk = 1;
			else if (c == '-' && i > start && b[i - 1] == ' ' && i + 1 < end && b[i + 1] == ' ')
				brk = 1; /* "PELLVIK - The party": a spaced hyphen is a dash */
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
			if (fb_isalnum(d)) { /* most bytes of a word: none of the tests below */
				i++;
				continue;
			}
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
		if (sc && !t->kinds && i - s > 2 && b[i - 2] == '\'' && b[i - 1] == 's')
			t->kinds = kinds_of(sc, b + s, i - s - 2) & (K_MONTH | K_WEEKDAY); /* "Sunday's election" */
		brk = comma = 0;
	}
}

/* Words that start a new clause with its own subject. */
int scope_clause_word(const char *b, const words *w, size_t i)
{
	const tok *t = &w->t[i];
	size_t n = t->e - t->s;
	if (fb_word_eq(b + t->s, n, "while") || fb_word_eq(b + t->s, n, "whereas") || fb_word_eq(b + t->s, n, "but"))
		return 1;
	if (!fb_word_eq(b + t->s, n, "and") || i + 1 >= w->n)
		return 0;
	/* "joined in August, and his 19 goals have come ...": after a comma,
	 * an owner's pronoun opens a new subject */
	if (t->comma && !w->t[i + 1].cap) {
		const tok *p = &w->t[i + 1];
		size_t m = p->e - p->s;
		return fb_word_eq(b + p->s, m, "his") || fb_word_eq(b + p->s, m, "her") ||
		       fb_word_eq(b + p->s, m, "their") || fb_word_eq(b + p->s, m, "its");
	}
	/* "... and Senator Okonjo has won 187": a new subject; not "in the
	 * cities of Kirsa and Davar": two names after one preposition */
	if (!w->t[i + 1].cap)
		return 0;
	if (i >= 2 && t[-1].cap && !t->comma) {
		const tok *p = t - 2;
		if (tok_is(p, K_PLACE_PREP) || fb_word_eq(b + p->s, p->e - p->s, "of") ||
		    fb_word_eq(b + p->s, p->e - p->s, "between") || fb_word_eq(b + p->s, p->e - p->s, "from"))
			return 0;
	}
	return 1;
}

/* The word t without a possessive "'s": its length. */
static size_t bare_len(const char *b, const tok *t)
{
	return tok_possessive(b, t) ? t->e - t->s - 2 : t->e - t->s;
}

/* Is t a title or honorific ("Sen.", "Mr", "President"), no given name? */
static int title_word(const fb_scoper *sc, const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	return fb_lexicon_get(sc->titles, b + t->s, n) ||
	    (n > 1 && b[t->e - 1] == '.' && fb_lexicon_get(sc->titles, b + t->s, n - 1));
}

/* Capitalised words seen inside sentences (not first): names, not openers.
 * One pass also marks the surnames that follow two different given names:
 * for each name run's last word, the capitalised word before it (an
 * initial "R." skipped) unless it is a title or a listed opener (looked
 * up only for those candidates). */
fb_lexicon *scope_mid_capitals(const fb_scoper *sc, const fb_doc *doc)
{
	fb_lexicon *lx = fb_lexicon_new();
	fb_lexicon *given = fb_lexicon_new(); /* surname -> its first given name */
	words w;
	const char *b = doc->buf;
	for (size_t si = 0; si < doc->nsent; si++) {
		const fb_sent *st = &doc->sent[si];
		/* a headline's capitals are its case, not names ("Burglaries
		 * Climb for Second Year") */
		if (doc->para[st->para].boilerplate ||
		    (fb_doc_is_head_line(doc, st->para) && fb_doc_headline_case(doc, st->para)))
			continue;
		scope_tokenize(NULL, b, st->start, st->end, &w); /* capitals only: no look-ups */
		for (size_t i = 1; i < w.n; i++) {
			const tok *t = &w.t[i];
			if (!t->cap)
				continue;
			fb_entry *m = (fb_entry *)fb_lexicon_get(lx, b + t->s, t->e - t->s);
			if (!m)
				(m = fb_lexicon_add(lx, b + t->s, t->e - t->s, NULL, 0))->line = 0;
			if (t->comma || t->brk || t->num || (i + 1 < w.n && w.t[i + 1].cap && !w.t[i + 1].comma &&
			    !w.t[i + 1].brk))
				continue; /* not the last word of a run */
			size_t g = i - 1;
			if (g > 0 && w.t[g].e - w.t[g].s == 2 && b[w.t[g].e - 1] == '.' && !w.t[g].comma && !w.t[g].brk)
				g--; /* "Kyle R. Ashworth" */
			tok gt = w.t[g];
			if (!gt.cap || gt.num || (g < i - 1 && (w.t[g + 1].comma || w.t[g + 1].brk)))
				continue;
			gt.kinds = kinds_of(sc, b + gt.s, gt.e - gt.s);
			if (tok_is(&gt, K_STOP | K_MONTH | K_WEEKDAY) || title_word(sc, b, &gt))
				continue;
			size_t n = bare_len(b, t), gn = bare_len(b, &gt);
			if (n != t->e - t->s)
				m = (fb_entry *)fb_lexicon_get(lx, b + t->s, n); /* "Ashworth's": the name's entry */
			const fb_entry *seen = fb_lexicon_get(given, b + t->s, n);
			if (!seen) {
				char *first = fb_xstrndup(b + gt.s, gn);
				const char *f[1] = { first };
				fb_lexicon_add(given, b + t->s, n, f, 1);
				free(first);
			} else if (m && !fb_word_eq(b + gt.s, gn, seen->field[0]))
				m->line = SHARED_SURNAME;
		}
	}
	fb_lexicon_free(given);
	return lx;
}

/* Is word i a name (a capitalised word that is not a listed opener, month
 * or day, and that the article capitalises inside a sentence somewhere)? */
int scope_name_word(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i)
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
	/* "1:15 a.m. ET: Speaking in Tulsa, Hargrove said": a participle
	 * opening its clause, a preposition after it, is no name */
	if (n > 5 && strncmp(b + t->s + n - 3, "ing", 3) == 0 && i + 1 < w->n && !w->t[i + 1].cap &&
	    tok_is(&w->t[i + 1], K_PLACE_PREP | K_DEFINITE))
		return 0;
	return fb_lexicon_get(mid, b + t->s, n) != NULL;
}

/* Whether t ends a company's name ("Bank", "Holdings", "Inc."). */
static int org_word(const fb_scoper *sc, const char *b, const tok *t)
{
	size_t n = t->e - t->s;
	if (n >= 2 && b[t->e - 2] == '\'' && b[t->e - 1] == 's')
		n -= 2;
	return fb_lexicon_get(sc->orgs, b + t->s, n) != NULL;
}

/* The last word of the name run at i ("Governor Tom Estes" -> Estes), its
 * possessive cut; *next gets the word after the run. A company's name is
 * its first word instead, as later mentions shorten it ("Coastline Federal
 * Bank" -> Coastline), taking in the sentence's capitalised first word. */
char *scope_name_at(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t i, size_t lim,
    size_t *next)
{
	size_t j = i;
	while (j + 1 < lim && scope_name_word(sc, mid, b, w, j + 1) && !w->t[j + 1].comma && !w->t[j + 1].brk)
		j++;
	*next = j + 1;
	size_t f = i;
	if (f > 0 && w->t[f - 1].cap && w->t[f - 1].brk && !w->t[f].comma && !w->t[f].brk && !tok_is(&w->t[f - 1], K_STOP))
		f--; /* (not across a break: "NEW YORK (Reuters) - Castellane Foods Inc") */
	if (f < j && org_word(sc, b, &w->t[j]))
		j = f;
	else if (i < j && (tok_is(&w->t[j], K_PLACE_SUFFIX) || (w->t[j].e - w->t[j].s > 2 &&
	         b[w->t[j].e - 2] == '\'' && b[w->t[j].e - 1] == 's' &&
	         is(sc, K_PLACE_SUFFIX, b + w->t[j].s, w->t[j].e - w->t[j].s - 2))))
		j--; /* "Merritt County", "the Kasoma Valley's": Merritt, not every county */
	else if (j > f && j > 0) {
		/* "Damon Ashworth" when a Kyle Ashworth is named too */
		const fb_entry *m = fb_lexicon_get(mid, b + w->t[j].s, bare_len(b, &w->t[j]));
		if (m && m->line == SHARED_SURNAME && !title_word(sc, b, &w->t[j - 1]) && !w->t[j - 1].num) {
			size_t s = w->t[j - 1].s, e = w->t[j].s + bare_len(b, &w->t[j]);
			return fb_fold_text(b + s, e - s);
		}
	}
	size_t s = w->t[j].s, e = w->t[j].e;
	if (e - s >= 2 && b[e - 2] == '\'' && b[e - 1] == 's')
		e -= 2;
	return fb_fold_text(b + s, e - s);
}

/* "lanes" -> "lane", "families" -> "family": the claims stage's lemma
 * (fb_noun_lemma), malloc'ed. */
char *scope_head_lemma(const fb_claimer *cl, const char *s, size_t n)
{
	char tmp[64];
	size_t len = fb_noun_lemma(cl->plurals, s, n, tmp, sizeof tmp);
	if (len < sizeof tmp)
		return fb_xstrndup(tmp, len);
	char *r = fb_xmalloc(len + 1);
	fb_noun_lemma(cl->plurals, s, n, r, len + 1);
	return r;
}

char *scope_lower_dup(const char *s, size_t n)
{
	char *r = fb_fold_text(s, n);
	for (char *p = r; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	return r;
}
