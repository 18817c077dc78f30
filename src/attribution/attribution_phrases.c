/* attribution_phrases.c - what the attribution stage reads a sentence as:
 * quotations across sentences and paragraphs, the sentence's tokens, and
 * the noun phrases that may name a source, with their appositions. */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- quotations */

static unsigned cp_at(const ctx *c, size_t i, size_t end, size_t *len)
{
	if (i >= end) {
		*len = 0;
		return 0;
	}
	return fb_utf8_decode(c->buf, end, i, len);
}

static unsigned cp_before(const ctx *c, size_t i, size_t start)
{
	if (i <= start)
		return ' ';
	size_t j = i - 1;
	while (j > start && ((unsigned char)c->buf[j] & 0xC0) == 0x80)
		j--;
	size_t l;
	return fb_utf8_decode(c->buf, i, j, &l);
}

/* A quotation opened at byte i of paragraph p, closed at the paragraph's
 * end pe until its closing mark is found; returns its index. */
static int open_quote(ctx *c, size_t i, size_t pe, size_t p)
{
	quote *q = FB_PUSH(c->q, c->nq, c->qcap);
	q->open = i;
	q->close = pe;
	q->speaker = q->via = -1;
	q->para = p;
	return (int)(c->nq - 1);
}

/* Finds every direct quotation: curly and straight double quotes, and
 * single curly quotes that are not apostrophes. A paragraph that leaves a
 * quote open continues it when the next one opens again (news style). */
void fb_attr_find_quotes(ctx *c)
{
	const fb_doc *d = c->doc;
	int open = -1;     /* index of the open quote */
	int mark = 0;      /* its mark: 'c' curly double, 's' straight, '1' single */
	int nested = 0;    /* single quotes inside a double one */
	for (size_t p = 0; p < d->npara; p++) {
		size_t ps = d->para[p].start, pe = d->para[p].end;
		/* only '"' and the curly marks (lead byte E2) matter, and a
		 * continuation byte is never either: jump between them */
		const char *nq = NULL, *ne = NULL;
		for (size_t i = ps; i < pe;) {
			if (!nq || nq < c->buf + i)
				nq = memchr(c->buf + i, '"', pe - i);
			if (!ne || ne < c->buf + i)
				ne = memchr(c->buf + i, 0xE2, pe - i);
			if (!nq)
				nq = c->buf + pe;
			if (!ne)
				ne = c->buf + pe;
			size_t nx = (size_t)((nq < ne ? nq : ne) - c->buf);
			if (nx >= pe)
				break;
			i = nx;
			size_t l;
			unsigned cp = cp_at(c, i, pe, &l);
			unsigned prev = cp_before(c, i, ps);
			size_t nl;
			unsigned next = cp_at(c, i + l, pe, &nl);
			int at_start = i == ps;
			if (cp == 0x201C || (cp == '"' && (open < 0 || mark == 's'))) {
				int straight = cp == '"';
				if (open < 0) {
					open = open_quote(c, i, pe, p);
					mark = straight ? 's' : 'c';
					nested = 0;
				} else if (at_start) {
					/* the paragraph continues an open quote */
				} else if (straight) {
					c->q[open].close = i + l;
					open = -1;
				}
			} else if (cp == 0x201D && open >= 0 && mark == 'c') {
				c->q[open].close = i + l;
				open = -1;
			} else if (cp == 0x2018) {
				if (open >= 0)
					nested++;
				else if (!fb_is_word_cp(prev) && fb_is_word_cp(next)) {
					open = open_quote(c, i, pe, p);
					mark = '1';
				}
			} else if (cp == 0x2019 && !(fb_is_word_cp(prev) && fb_is_word_cp(next))) {
				if (open >= 0 && mark == '1' && !nested) {
					c->q[open].close = i + l;
					open = -1;
				} else if (nested)
					nested--;
			}
			i += l ? l : 1;
		}
		if (open >= 0) {
			/* continue into the next paragraph only if it reopens */
			int cont = 0;
			if (p + 1 < d->npara) {
				size_t ns = d->para[p + 1].start, l;
				unsigned cp = cp_at(c, ns, d->para[p + 1].end, &l);
				cont = (mark == 'c' && cp == 0x201C) || (mark == 's' && cp == '"') ||
				    (mark == '1' && cp == 0x2018);
			}
			if (!cont) {
				c->q[open].close = pe;
				open = -1;
			} else
				c->q[open].close = d->para[p + 1].end;
		}
	}
}

/* ------------------------------------------------------------- tokens */

/* Cuts buf[s, e) into words, punctuation, and quotations (one token for
 * each quoted stretch of the sentence). qi is the first quote that may
 * overlap. */
void fb_attr_tokenize(ctx *c, size_t s, size_t e, size_t qi)
{
	c->nt = 0;
	size_t i = s;
	while (i < e) {
		while (qi < c->nq && c->q[qi].close <= i)
			qi++;
		if (qi < c->nq && c->q[qi].open <= i) {
			tok *t = FB_PUSH(c->t, c->nt, c->tcap);
			t->s = i;
			t->e = c->q[qi].close < e ? c->q[qi].close : e;
			t->kind = TK_QUOTE;
			t->quote = (int)qi;
			t->wid = 0;
			i = t->e;
			continue;
		}
		size_t stop = qi < c->nq && c->q[qi].open < e ? c->q[qi].open : e;
		size_t l;
		unsigned cp = dec(c->buf, e, i, &l);
		if (fb_space_len(c->buf + i, e - i)) {
			i += l;
			continue;
		}
		if (word_cp(cp)) {
			tok *t = FB_PUSH(c->t, c->nt, c->tcap);
			t->s = i;
			t->kind = TK_WORD;
			t->cap = fb_isupper((int)cp);
			size_t j = i + l;
			while (j < stop) {
				size_t l2, l3;
				unsigned x = dec(c->buf, e, j, &l2);
				if (word_cp(x)) {
					j += l2;
					continue;
				}
				if ((x == '\'' || x == 0x2019 || x == '-' || x == '.' || x == '&') && j + l2 < stop &&
				    word_cp(dec(c->buf, e, j + l2, &l3)) &&
				    (x != '.' || fb_isalpha((unsigned char)c->buf[j + l2]))) {
					j += l2;
					continue;
				}
				/* "9,000" is one word, so its comma sets off nothing
				 * ("The survey, which covered 9,000 homes, found") */
				if (x == ',' && j + 1 < stop && fb_isdigit((unsigned char)c->buf[j - 1]) &&
				    fb_isdigit((unsigned char)c->buf[j + 1])) {
					j++;
					continue;
				}
				break;
			}
			char f[256];
			size_t fh = 0, fl = fb_attr_fold_hash(c->buf + i, j - i, f, sizeof f - 1, &fh);
			/* "Mr." and initials keep their point */
			if (j < stop && c->buf[j] == '.') {
				size_t wl = j - i;
				size_t dh = fb_fnv(fh, '.');
				if (wl == 1 && t->cap)
					j++, f[fl++] = '.', fh = dh;
				else if (fl) {
					f[fl] = '.';
					uint32_t id = fb_attr_word_id_h(c->at, f, fl + 1, dh);
					if (id && word_ent(c->at, id, L_TITLES))
						j++, fl++, fh = dh;
				}
			}
			t->wid = fl ? fb_attr_word_id_h(c->at, f, fl, fh) : 0;
			t->e = j;
			i = j;
			continue;
		}
		tok *t = FB_PUSH(c->t, c->nt, c->tcap);
		t->s = i;
		t->e = i + l;
		t->kind = TK_PUNCT;
		t->wid = 0;
		t->ch = cp < 0x80 ? (int)cp : (cp == 0x2013 || cp == 0x2014 || cp == 0x2015) ? '-' : '?' + 0x100;
		i += l;
	}
	/* phrases run over words with only white space between them */
	for (size_t k = 0; k < c->nt; k++) {
		tok *t = &c->t[k];
		t->ws_before = 1;
		for (size_t p = k ? c->t[k - 1].e : t->s; p < t->s; p++)
			if (!fb_isspace((unsigned char)c->buf[p])) {
				t->ws_before = 0;
				break;
			}
	}
}

/* ------------------------------------------------------------- phrases */

int fb_attr_is_det(const ctx *c, size_t ti)
{
	return wflags(c, ti) & W_DET;
}

int fb_attr_is_connector(const ctx *c, size_t ti)
{
	uint32_t f = wflags(c, ti);
	if (f & W_CONN)
		return 1;
	/* "Ambassador to the United States", "Council on Foreign Relations" */
	if ((f & W_TOON) && ti > 0 && (tok_in(c, L_TITLES, ti - 1) || tok_in(c, L_ORGS, ti - 1)))
		return 1;
	return 0;
}

int fb_attr_is_pronoun(const ctx *c, size_t ti)
{
	return wflags(c, ti) & W_PRON;
}

/* Whether a word token can stand inside a source's noun phrase. */
int fb_attr_np_word(const ctx *c, size_t ti)
{
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return 0;
	if (!c->t[ti].cap && lower_eq(c, ti, "who"))
		return 0; /* the pronoun, not the WHO */
	if (tok_in(c, L_TITLES, ti) || tok_in(c, L_ANON, ti) || tok_in(c, L_DOCS, ti) || tok_in(c, L_GROUPS, ti) ||
	    tok_in(c, L_ORGS, ti) || tok_in(c, L_OWORDS, ti) || tok_in(c, L_MODS, ti))
		return 1;
	if (tok_in(c, L_STOP, ti) || tok_in(c, L_VERBS, ti))
		return 0;
	return c->t[ti].cap || (c->buf[c->t[ti].s] & 0x80);
}

/* Whether the tokens [a, b) hold a title or role word. */
int fb_attr_has_title(const ctx *c, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const fb_entry *e = tok_in(c, L_TITLES, i);
		if (e && !(e->nfield && !strcmp(e->field[0], "honorific")))
			return 1;
	}
	return 0;
}

/* Whether the tokens [a, b) read as a role apposition ("a senior leader
 * of ...", "police chief for Sindh province", "spokesman for ..."). */
int fb_attr_role_like(const ctx *c, size_t a, size_t b)
{
	if (a >= b)
		return 0;
	if (lower_eq(c, a, "who") || lower_eq(c, a, "which") || lower_eq(c, a, "that") ||
	    lower_eq(c, a, "where") || lower_eq(c, a, "when") || lower_eq(c, a, "and"))
		return 0;
	static const char *const fin[] = { "was", "were", "is", "are", "has", "have", "had", "will", NULL };
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, i, fin[k]))
				return 0;
	size_t lim = a + 6 < b ? a + 6 : b;
	for (size_t i = a; i < lim; i++) {
		if (c->t[i].kind != TK_WORD)
			return 0;
		if (tok_in(c, L_VERBS, i) && !tok_in(c, L_TITLES, i))
			return 0;
		if (fb_attr_has_title(c, i, i + 1))
			return 1;
	}
	return 0;
}

/* Whether [a, b) reads as a description of a person between commas: an
 * article and a few words, no finite or speech verb ("a former harbour
 * pilot", "an eyewitness", "the owner of the shop"). */
int fb_attr_description_like(const ctx *c, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 10 || !(lower_eq(c, a, "a") || lower_eq(c, a, "an") || lower_eq(c, a, "the")))
		return 0;
	static const char *const fin[] = { "was", "were", "is", "are", "has", "have", "had", "will", "who",
		"which", "that", "but", NULL };
	for (size_t i = a; i < b; i++) {
		if (c->t[i].kind != TK_WORD || tok_in(c, L_VERBS, i))
			return 0;
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, i, fin[k]))
				return 0;
	}
	return 1;
}

/* Whether [a, b) is a name alone: one to four capitalised words. */
int fb_attr_name_like(const ctx *c, size_t a, size_t b)
{
	if (b <= a || b - a > 4)
		return 0;
	for (size_t i = a; i < b; i++)
		if (c->t[i].kind != TK_WORD || !c->t[i].cap)
			return 0;
	return 1;
}

int fb_attr_is_relative(const ctx *c, size_t a)
{
	return lower_eq(c, a, "who") || lower_eq(c, a, "which") || lower_eq(c, a, "whose");
}

/* A word that opens a clause inside a sentence: "... as Republicans in
 * the House refused ...". */
int fb_attr_subordinator(const ctx *c, size_t ti)
{
	static const char *const w[] = { "as", "while", "when", "after", "because", "since", "though", "although",
		"before", "until", "and", "but", NULL };
	for (size_t k = 0; w[k]; k++)
		if (lower_eq(c, ti, w[k]))
			return 1;
	return 0;
}

/* An apposition t[a, b) of a description and a relative clause: "a
 * Republican who represents part of the county" (no reporting verb in it). */
int fb_attr_desc_relative(const ctx *c, size_t a, size_t b)
{
	if (b - a > 20)
		return 0;
	/* "a climate modeller at the National Weather Bureau who reviewed the
	 * study": the description may run to nine words before its "who" */
	for (size_t r = a + 2; r + 1 < b && r < a + 10; r++)
		if (fb_attr_is_relative(c, r)) {
			if (!fb_attr_description_like(c, a, r))
				return 0;
			for (size_t m = r + 1; m < b; m++)
				if (c->t[m].kind != TK_WORD || tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m))
					return 0;
			return 1;
		}
	return 0;
}

int fb_attr_known_as(const ctx *c, size_t a, size_t b, size_t *np_a)
{
	size_t i = a;
	if (i < b && (lower_eq(c, i, "also") || lower_eq(c, i, "better") || lower_eq(c, i, "widely")))
		i++;
	if (i + 1 < b && (lower_eq(c, i, "known") || lower_eq(c, i, "called")) && lower_eq(c, i + 1, "as")) {
		*np_a = i + 2;
		return 1;
	}
	if (i < b && lower_eq(c, i, "formerly")) {
		*np_a = i + 1;
		return 1;
	}
	return 0;
}

/* End of an apposition starting at token a: the next comma, semicolon,
 * dash, quotation or the end. */
static size_t app_end(const ctx *c, size_t a)
{
	size_t i = a;
	int paren = 0;
	while (i < c->nt && i < a + 30) {
		const tok *t = &c->t[i];
		if (t->kind == TK_QUOTE)
			break;
		if (t->kind == TK_PUNCT) {
			if (t->ch == '(')
				paren++;
			else if (t->ch == ')')
				paren--;
			else if (!paren && (t->ch == ',' || t->ch == ';' || t->ch == '-' || t->ch == ':' ||
			    t->ch == '.' || t->ch == '!' || t->ch == '?'))
				break;
		}
		i++;
	}
	return i;
}

/* Whether a group list word ("voters", "percent") is in [a, b). */
int fb_attr_group_head(const ctx *c, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (tok_in(c, L_GROUPS, i))
			return 1;
	return 0;
}


/* Whether token ti may modify a noun of people before it: a word, not a
 * grammar word, verb or pronoun ("farm", "Environmental", "the bill's"). */
int fb_attr_people_modifier(const ctx *c, size_t ti)
{
	return c->t[ti].kind == TK_WORD && !tok_in(c, L_STOP, ti) && !tok_in(c, L_VERBS, ti) &&
	    !tok_in(c, L_RVERBS, ti) && !(wflags(c, ti) & (W_AUX | W_PREP | W_NEG | W_CONN | W_PRON | W_DET)) &&
	    !fb_attr_subordinator(c, ti);
}

/* Whether a word of t[a, b) reads as a verb inside a noun phrase ("The
 * decision angered farmers"): an "-ed" word in lower case after the
 * phrase's first word ("Concerned parents" is a phrase, and so is "civil
 * rights groups"). */
int fb_attr_verb_between(const ctx *c, size_t a, size_t b)
{
	for (size_t m = a; m < b; m++)
		if (fb_attr_ends_with(c, m, "ed") && !c->t[m].cap)
			return 1;
	return 0;
}

/* Whether token k is the apostrophe of a plural possessive ("Nurses'
 * unions", "the builders' associations"): a lone apostrophe right after a
 * word in -s, with a word after it past a space. */
static int plural_possessive(const ctx *c, size_t k)
{
	if (k == 0 || k + 1 >= c->nt || c->t[k].kind != TK_PUNCT || c->t[k - 1].e != c->t[k].s ||
	    c->t[k - 1].kind != TK_WORD || c->t[k + 1].kind != TK_WORD || c->t[k + 1].s == c->t[k].e)
		return 0;
	const char *b = c->buf + c->t[k].s;
	size_t n = c->t[k].e - c->t[k].s;
	if (!(n == 1 && *b == '\'') && !(n == 3 && !memcmp(b, "\xe2\x80\x99", 3)))
		return 0;
	return (c->buf[c->t[k - 1].e - 1] | 0x20) == 's';
}

/* Whether token ti is a share of a whole: a fraction ("half", "a third",
 * "two-thirds"), a figure ("40", "nine"), or a quantifier that takes
 * "of" ("most", "many", "some"). */
static int share_word(const ctx *c, size_t ti)
{
	static const char *const frac[] = { "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
		"tenths", NULL };
	static const char *const compound[] = { "-half", "-third", "-thirds", "-quarter", "-quarters", "-fifth", "-fifths",
		"-tenth", "-tenths", NULL };
	static const char *const quant[] = { "most", "many", "some", "several", "few", "all", "none", "one", "two",
		"three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", NULL };
	if (ti >= c->nt || c->t[ti].kind != TK_WORD)
		return 0;
	if (fb_isdigit((unsigned char)c->buf[c->t[ti].s]))
		return 1;
	for (size_t k = 0; frac[k]; k++)
		if (lower_eq(c, ti, frac[k]) || fb_attr_ends_with(c, ti, compound[k])) /* "two-thirds" */
			return 1;
	for (size_t k = 0; quant[k]; k++)
		if (lower_eq(c, ti, quant[k]))
			return 1;
	return 0;
}

size_t fb_attr_share_start(const ctx *c, size_t of, size_t lo)
{
	if (of < lo + 1 || !lower_eq(c, of, "of") || !share_word(c, of - 1))
		return 0;
	size_t a = of - 1;
	/* "nearly two-thirds", "another 19", "more than half", "a third" */
	static const char *const hedge[] = { "nearly", "almost", "about", "around", "roughly", "some", "over", "under",
		"only", "just", "another", "fully", "barely", "a", "an", "the", NULL };
	for (int steps = 0; steps < 2 && a > lo; steps++) {
		int got = 0;
		for (size_t k = 0; hedge[k] && !got; k++)
			got = lower_eq(c, a - 1, hedge[k]);
		if (!got && a >= lo + 2 && lower_eq(c, a - 1, "than") &&
		    (lower_eq(c, a - 2, "more") || lower_eq(c, a - 2, "less") || lower_eq(c, a - 2, "fewer")))
			a--, got = 1;
		if (!got)
			break;
		a--;
	}
	return a + 1;
}

/* "farm lobbyists", "Environmental groups", "the bill's supporters": a
 * plural noun of people or of a body of them (people.txt, from WordNet)
 * at j, in lower case, with up to three modifiers before it when they
 * open the clause (its start, after a determiner or quantifier, after
 * punctuation or a conjunction). Fills out as a description; 0 when
 * t[j] is no such noun or the phrase does not open its clause. */
static int people_left(const ctx *c, size_t j, size_t lo, np *out)
{
	const fb_entry *e = tok_in(c, L_PEOPLE, j);
	if (!e || c->t[j].cap || e->nfield < 1 || strcmp(e->field[0], "plural") != 0 || fb_attr_np_word(c, j))
		return 0;
	static const char *const quant[] = { "some", "many", "most", "several", "other", "few", "both", "all",
		"these", "those", "their", "its", "his", "her", "two", "three", "four", "dozens", "hundreds", NULL };
	size_t a = j;
	while (a > lo && j - a < 3) {
		if (fb_attr_people_modifier(c, a - 1))
			a--;
		else if (a >= lo + 2 && plural_possessive(c, a - 1) && fb_attr_people_modifier(c, a - 2))
			a -= 2; /* "Nurses' unions" */
		else
			break;
	}
	int open = a == lo || fb_attr_is_det(c, a - 1) || c->t[a - 1].kind != TK_WORD || fb_attr_subordinator(c, a - 1);
	for (size_t q = 0; !open && quant[q]; q++)
		open = lower_eq(c, a - 1, quant[q]);
	/* "a third of nurses", "nearly two-thirds of the adults", "most of
	 * those tenants": a share of the people is who speaks, from where
	 * the share opens its clause */
	size_t of = a > lo && (fb_attr_is_det(c, a - 1) || lower_eq(c, a - 1, "all") || lower_eq(c, a - 1, "those")) ? a - 2 : a - 1;
	size_t sh = a > lo + 1 ? fb_attr_share_start(c, of, lo) : 0;
	if (sh && (sh - 1 == lo || c->t[sh - 2].kind != TK_WORD || fb_attr_subordinator(c, sh - 2))) {
		memset(out, 0, sizeof *out);
		out->a = sh - 1;
		out->b = out->end = j + 1;
		out->desc = 1;
		return 1;
	}
	/* after a verb ("The decision angered ranchers, who said"): the
	 * words after it */
	for (size_t m = j; m-- > a + 1;)
		if (fb_attr_verb_between(c, m, m + 1)) {
			a = m + 1;
			open = 1;
			break;
		}
	if (!open)
		return 0; /* the object of something before ("a study of school
		           * children has found") */
	if (a > lo && c->t[a - 1].kind == TK_WORD && !fb_attr_subordinator(c, a - 1) && !fb_attr_verb_between(c, a - 1, a))
		a--; /* the determiner or quantifier */
	memset(out, 0, sizeof *out);
	out->a = a;
	out->b = out->end = j + 1;
	out->desc = 1;
	return 1;
}

/* The noun phrase ending at token j, scanning left no further than lo.
 * Returns 0 when there is none. */
int fb_attr_np_left(const ctx *c, size_t j, size_t lo, np *out)
{
	memset(out, 0, sizeof *out);
	if (j >= c->nt || j < lo)
		return 0;
	if (c->t[j].kind == TK_WORD && fb_attr_is_pronoun(c, j)) {
		out->a = j;
		out->b = out->end = j + 1;
		return 1;
	}
	if (people_left(c, j, lo, out))
		return 1;
	size_t b = j + 1;
	/* an acronym in parentheses right before the verb */
	if (is_punct(c, j, ')') && j >= lo + 2 && is_punct(c, j - 2, '(') && c->t[j - 1].kind == TK_WORD) {
		out->acro = j - 1;
		if (j < lo + 3)
			return 0;
		j -= 3;
		b = j + 1;
	}
	size_t a = b, n = 0;
	for (size_t i = j + 1; i-- > lo && n < 12; n++) {
		if (a < b && i > lo && plural_possessive(c, i)) {
			a = --i; /* "Teachers' Union" */
			continue;
		}
		if (c->t[i].kind != TK_WORD)
			break;
		if (fb_attr_is_det(c, i)) {
			if (a < b)
				a = i;
			break;
		}
		/* "nearly two-thirds of voters", "half of the delegates": a
		 * share of a group or of people opens the phrase */
		size_t sh = a < b && !c->t[b - 1].cap && (tok_in(c, L_GROUPS, b - 1) || tok_in(c, L_PEOPLE, b - 1)) ?
		    fb_attr_share_start(c, i, lo) : 0;
		if (sh) {
			a = sh - 1;
			break;
		}
		if (fb_attr_is_connector(c, i)) {
			/* "Lena Ostrova and Piet Vos said": a first name and a
			 * surname after "and" is a second person, not part of
			 * one name ("Marks and Spencer" is one) */
			int second = lower_eq(c, i, "and") && b - a >= 2 && c->t[a].cap && c->t[a + 1].cap &&
			    tok_in(c, L_FNAMES, a) && i > lo && c->t[i - 1].cap;
			if (a < b && i > lo && !second && fb_attr_np_word(c, i - 1) && (c->t[a].cap || !lower_eq(c, i, "and")) &&
			    !(lower_eq(c, i, "and") && !c->t[i - 1].cap && !tok_in(c, L_ANON, i - 1))) {
				a = i;
				continue;
			}
			break;
		}
		if (fb_attr_np_word(c, i)) {
			a = i;
			continue;
		}
		/* "another 19 percent", "63 percent of voters": a share of a
		 * poll's population */
		if (a < b && fb_isdigit((unsigned char)c->buf[c->t[i].s]) && fb_attr_group_head(c, a, b)) {
			a = i;
			if (i > lo && (lower_eq(c, i - 1, "another") || lower_eq(c, i - 1, "only") ||
			    lower_eq(c, i - 1, "just") || lower_eq(c, i - 1, "about") || lower_eq(c, i - 1, "nearly")))
				a = i - 1;
			break;
		}
		/* "the influential US daily": adjectives after an article */
		if (a < b && i > lo && !c->t[i].cap) {
			size_t k = i;
			while (k > lo && k + 2 > i && c->t[k - 1].kind == TK_WORD && !fb_attr_is_det(c, k - 1) &&
			    !tok_in(c, L_STOP, k - 1))
				k--;
			if (k > lo && fb_attr_is_det(c, k - 1) && !fb_attr_verb_between(c, k + 1, i + 1) && (tok_in(c, L_OWORDS, b - 1) ||
			    tok_in(c, L_TITLES, b - 1) || tok_in(c, L_ANON, b - 1) ||
			    tok_in(c, L_ORGS, b - 1) || tok_in(c, L_DOCS, b - 1)))
				a = k - 1;
			/* "Vostra's water minister": a name's possessive
			 * stands where the article would */
			else if (i > lo && c->t[i - 1].cap && (fb_attr_ends_with(c, i - 1, "'s") ||
			    fb_attr_ends_with(c, i - 1, "\xE2\x80\x99s")) && !fb_attr_verb_between(c, i, i + 1) &&
			    (tok_in(c, L_TITLES, b - 1) || tok_in(c, L_ANON, b - 1) || tok_in(c, L_ORGS, b - 1)))
				a = i - 1;
		}
		break;
	}
	/* trim connectors at the left edge */
	while (a < b && fb_attr_is_connector(c, a) && !lower_eq(c, a, "the"))
		a++;
	if (a >= b)
		return 0;
	/* "rights group Amnesty International", "the state broadcaster NHK":
	 * a body's common noun before a name describes it; the name speaks */
	for (size_t i = a; i + 1 < b; i++)
		if (!c->t[i].cap && c->t[i].kind == TK_WORD && (tok_in(c, L_ORGS, i) || tok_in(c, L_OWORDS, i))) {
			size_t m = i + 1;
			while (m < b && c->t[m].kind == TK_WORD && c->t[m].cap)
				m++;
			if (m == b && !out->acro) {
				out->role_s = c->t[a].s;
				out->role_e = c->t[i].e;
				a = i + 1;
			}
			break;
		}
	out->a = a;
	out->b = b;
	out->end = out->acro ? out->acro + 2 : b;
	return 1;
}

/* The noun phrase from token i on, with an acronym in parentheses and an
 * apposition after it. Returns 0 when there is none. */

int fb_attr_np_right(const ctx *c, size_t i, np *out)
{
	memset(out, 0, sizeof *out);
	if (i >= c->nt || c->t[i].kind != TK_WORD)
		return 0;
	if (fb_attr_is_pronoun(c, i)) {
		out->a = i;
		out->b = out->end = i + 1;
		return 1;
	}
	size_t a = i, k = i;
	if (fb_attr_is_det(c, k))
		k++;
	/* adjectives after the article, up to a head word; without an article
	 * only before an unnamed head ("congressional aides") */
	if (k == i && !fb_attr_np_word(c, k)) {
		size_t m = k;
		while (m < c->nt && m < k + 3 && c->t[m].kind == TK_WORD && !fb_attr_np_word(c, m) &&
		    !tok_in(c, L_STOP, m) && !c->t[m].cap)
			m++;
		if (m > k && (tok_in(c, L_ANON, m) || tok_in(c, L_DOCS, m)))
			k = m;
	}
	if (k > i) {
		size_t m = k;
		while (m < c->nt && m < k + 3 && c->t[m].kind == TK_WORD && !fb_attr_np_word(c, m) &&
		    !tok_in(c, L_STOP, m))
			m++;
		if (m > k && fb_attr_np_word(c, m))
			k = m;
	}
	size_t b = k;
	while (b < c->nt && b < i + 14) {
		if (fb_attr_np_word(c, b)) {
			b++;
			continue;
		}
		/* "a state appeals panel", "the ethics committee", "the state
		 * transport agency": a noun before an organisation word (one
		 * in "-s", or one of no list that is no grammar word) */
		if (b > k && b + 1 < c->nt && c->t[b].kind == TK_WORD && !c->t[b].cap && (fb_attr_ends_with(c, b, "s") ||
		    (!c->t[b].wid && !wflags(c, b))) && !tok_in(c, L_STOP, b) && tok_in(c, L_ORGS, b + 1) && !c->t[b + 1].cap) {
			b++;
			continue;
		}
		/* "the city comptroller's office": a possessor inside the
		 * phrase, before its head */
		if (b > k && b + 1 < c->nt && c->t[b].kind == TK_WORD && fb_attr_np_word(c, b + 1) &&
		    (fb_attr_ends_with(c, b, "'s") || fb_attr_ends_with(c, b, "\xE2\x80\x99s"))) {
			b++;
			continue;
		}
		if (c->t[b].kind == TK_WORD && fb_attr_is_connector(c, b) && !lower_eq(c, b, "and") &&
		    !lower_eq(c, b, "the") && b > k &&
		    (fb_attr_np_word(c, b + 1) || (fb_attr_is_det(c, b + 1) && fb_attr_np_word(c, b + 2)))) {
			b += fb_attr_is_det(c, b + 1) ? 2 : 1;
			continue;
		}
		break;
	}
	if (b == k)
		return 0;
	/* "sources close to the family", "people familiar with the matter" */
	size_t head1 = 0;
	if (tok_in(c, L_ANON, b - 1) && b + 1 < c->nt &&
	    ((lower_eq(c, b, "close") && lower_eq(c, b + 1, "to")) ||
	     (lower_eq(c, b, "familiar") && lower_eq(c, b + 1, "with")))) {
		np sub;
		head1 = b;
		if (fb_attr_np_right(c, b + 2, &sub))
			b = sub.b;
		else {
			size_t m = b + 2;
			if (fb_attr_is_det(c, m))
				m++;
			if (m < c->nt && c->t[m].kind == TK_WORD)
				b = m + 1;
		}
	}
	out->a = a;
	out->b = b;
	out->head1 = head1;
	size_t e = b;
	if (is_punct(c, e, '(') && e + 2 < c->nt && c->t[e + 1].kind == TK_WORD && is_punct(c, e + 2, ')')) {
		out->acro = e + 1;
		e += 3;
	}
	/* ", a senior leader of X," / ", also known as Y," */
	if (is_punct(c, e, ',') && e + 1 < c->nt) {
		size_t ae = app_end(c, e + 1), kn;
		if (fb_attr_known_as(c, e + 1, ae, &kn)) {
			out->alias_a = kn;
			out->alias_b = ae;
			e = ae;
		} else if (fb_attr_role_like(c, e + 1, ae)) {
			out->role_s = c->t[e + 1].s;
			out->role_e = c->t[ae - 1].e;
			e = ae;
		}
	}
	out->end = e;
	return 1;
}
