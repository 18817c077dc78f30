/* numbers_quantity.c - a parsed number made one quantity: what is not a
 * count (names, identifiers, telephone numbers, "one" as a pronoun),
 * ordinals, suffix scales, units and money, years, ranges, ratios and
 * hedges, in the order quantity_at takes them. */
#include "numbers_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A quantity being read at one number: what the steps of quantity_at
 * share. */
typedef struct qread {
	num r;                   /* the number as parsed, then extended */
	fb_quantity q;           /* the quantity so far, emitted at the end */
	const fb_entry *pre_cur; /* a currency before the number, or NULL */
	size_t qi;               /* its first token */
	size_t end;              /* the token after it */
	int money;               /* read as money */
	int ranged;              /* the bounds of a range */
} qread;

/* ----------------------------------- ordinals and chained numbers */

/* Is token j a suffix glued to the digits before it: "21st", "4th"? */
static int ordinal_suffix(const scan *sc, size_t j)
{
	if (j >= sc->n || sc->t[j].sp || sc->t[j].type != T_WORD)
		return 0;
	const char *p = sc->buf + sc->t[j].s;
	size_t l = sc->t[j].e - sc->t[j].s;
	return l == 2 && (fb_word_eq(p, l, "st") || fb_word_eq(p, l, "nd") || fb_word_eq(p, l, "rd") || fb_word_eq(p, l, "th"));
}

/* An ordinal (never a count), with what English bounds it by: a range of
 * ordinals ("between the tenth and the fifteenth", "5th-7th", "from 3rd
 * to 5th") or a comparison ("higher than the tenth"; join_bounds makes
 * "... but lower than the fifteenth" one range). Returns the token after. */
static size_t ordinal_quantity(scan *sc, const num *r)
{
	/* "per second", "every second", "a fraction of a second": the unit of
	 * time, not the ordinal ("a second attack", "the second day" are) */
	if (r->j == r->i + 1 && tword(sc, r->i, "second") && r->i > 0) {
		size_t p = r->i - 1, nx = r->j;
		int ends = nx >= sc->n || sc->t[nx].type == T_PUNCT || tword(sc, nx, "of") || tword(sc, nx, "later") ||
		           tword(sc, nx, "ago") || tword(sc, nx, "or") || tword(sc, nx, "and") || tword(sc, nx, "before") ||
		           tword(sc, nx, "after") || tword(sc, nx, "too");
		if (tword(sc, p, "per") || tword(sc, p, "every") || tword(sc, p, "each") ||
		    ((tword(sc, p, "a") || tword(sc, p, "split")) && ends))
			return r->j;
	}
	size_t qi = r->i, end = r->j;
	double lo = r->v, hi = r->v;
	int ranged = 0, max_open = 0;
	size_t rj;
	const fb_entry *rc = lex_at(sc, sc->nm->ranges, end, &rj);
	if (rc && rj == end + 1) {
		size_t bi = rj + (tword(sc, rj, "the") ? 1 : 0);
		num b;
		size_t pre = qi > 0 && tword(sc, qi - 1, "the") ? qi - 1 : qi; /* "between the tenth" */
		const char *need = rc->nfield > 0 ? rc->field[0] : "";
		int ok_need = !*need || (pre > 0 && tword(sc, pre - 1, need));
		int got = bi < sc->n && parse_number(sc, bi, &b);
		if (got && !b.ordinal && b.digits && b.integer && ordinal_suffix(sc, b.j))
			b.ordinal = 1, b.j++; /* "5th-7th" */
		if (ok_need && got && b.ordinal && b.v > r->v) {
			ranged = 1;
			hi = b.v;
			end = b.j;
			max_open = rc->nfield > 1 && rc->field[1][0] == '1';
			if (*need)
				qi = pre - 1;
			else if (pre > 0 && tword(sc, pre - 1, "from"))
				qi = pre - 1;
		}
	}
	fb_quantity q;
	memset(&q, 0, sizeof q);
	q.kind = FB_QK_ORDINAL;
	if (ranged) {
		q.has_min = q.has_max = 1;
		q.min = lo, q.max = hi;
		q.max_open = max_open;
	} else {
		set_exact(&q, r->v);
		size_t pre = qi > 0 && tword(sc, qi - 1, "the") ? qi - 1 : qi, hi_at;
		const fb_entry *h = pre > 0 ? hedge_before(sc, pre, &hi_at) : NULL;
		unsigned hk = h ? hedge_kind(sc->nm, h) : H_NONE;
		if (hk == H_GT || hk == H_GE || hk == H_LT || hk == H_LE) {
			apply_hedge(&q, hk, r->v);
			qi = hi_at;
		}
	}
	fb_quantity *o = emit(sc, qi, end, FB_QK_ORDINAL);
	size_t s0 = o->start, e0 = o->end, sent = o->sent;
	*o = q;
	o->start = s0, o->end = e0, o->sent = sent;
	return end;
}

/* True when a glued dash and a number stand next to token k, before it
 * (dir -1: "three-" before "nought-four") or after it (dir 1): numbers
 * chained by dashes ("three-nought-four", "2-1-2") are read one by one,
 * never as a range. */
static int number_chain(const scan *sc, size_t k, int dir)
{
	if (dir < 0) {
		if (k < 2 || !is_dash(sc, k - 1) || sc->t[k].sp || sc->t[k - 1].sp)
			return 0;
		return sc->t[k - 2].type == T_NUM || card_class(sc, k - 2) == W_CARD;
	}
	if (k + 1 >= sc->n || !is_dash(sc, k) || sc->t[k].sp || sc->t[k + 1].sp)
		return 0;
	return sc->t[k + 1].type == T_NUM || card_class(sc, k + 1) == W_CARD;
}

/* ------------------------------------------------ not a count at all */

/* Names and identifiers at k: a number word in capitals before a name,
 * "G7", "Covid-19", "Section 144", "a Boeing 737". Returns the token after
 * the name, or 0 when token k starts none. */
static size_t name_at(const scan *sc, size_t k)
{
	const tok *t = &sc->t[k];

	/* a number word in capitals before a capitalised word is a name:
	 * "the FIRST Global Challenge", "the ONE Campaign" (a headline in
	 * capitals, "THREE KILLED", is not: its next word is capitals too) */
	if (t->type == T_WORD && t->cls != W_NONE && t->e - t->s >= 3 && k + 1 < sc->n && sc->t[k + 1].type == T_WORD &&
	    sc->t[k + 1].sp && sc->t[k + 1].upper) {
		int caps = 1, next_lower = 0;
		for (size_t x = t->s; x < t->e && caps; x++)
			caps = fb_isupper((unsigned char)sc->buf[x]);
		for (size_t x = sc->t[k + 1].s + 1; x < sc->t[k + 1].e && !next_lower; x++)
			next_lower = sc->buf[x] >= 'a' && sc->buf[x] <= 'z';
		if (caps && next_lower)
			return k + 1;
	}
	/* names and identifiers: "G7", "Covid-19", "Section 144" */
	if (t->type == T_NUM && k > 0 && !t->sp && sc->t[k - 1].type == T_WORD) {
		size_t ci;
		if (!currency_before(sc, k, &ci)) {
			size_t j = k;
			while (j < sc->n && !sc->t[j].sp && (sc->t[j].type == T_NUM || sc->t[j].type == T_WORD))
				j++;
			return j;
		}
	}
	if (t->type == T_NUM && k > 1 && !t->sp && is_dash(sc, k - 1) && !sc->t[k - 1].sp &&
	    sc->t[k - 2].type == T_WORD && sc->t[k - 2].cls == W_NONE) {
		const char *p = sc->buf + sc->t[k - 2].s;
		size_t l = sc->t[k - 2].e - sc->t[k - 2].s;
		int caps = 0;
		for (size_t x = 0; x < l; x++)
			caps += fb_isupper((unsigned char)p[x]);
		if (caps) {
			size_t j = k;
			while (j < sc->n && !sc->t[j].sp && (sc->t[j].type == T_NUM || sc->t[j].type == T_WORD || is_dash(sc, j)))
				j++;
			return j;
		}
	}
	if (t->type == T_NUM) {
		size_t li;
		if (lex_before(sc, sc->nm->labels, k, &li) && (tchar(sc, k - 1, '.') || sc->t[k - 1].type == T_WORD)) {
			size_t j = k + 1;
			while (j < sc->n && !sc->t[j].sp && sc->t[j].type != T_PUNCT)
				j++;
			return j;
		}
		/* model and series names: "a Boeing 737 crashed", "Windows 10":
		 * a plain integer after a capitalised word inside the sentence,
		 * with no counted noun, unit or scale after it */
		/* (not after a headline's verb: "Cyclone Kills 47 Along Coast") */
		if (!(sc->headline && k >= 1 && sc->buf[sc->t[k - 1].e - 1] == 's') && t->sp && k >= 2 && sc->t[k - 1].type == T_WORD && sc->t[k - 1].upper && sc->t[k - 1].cls == W_NONE &&
		    !sc->t[k - 1].trig && (sc->t[k - 2].type == T_WORD || sc->t[k - 2].type == T_NUM) && t->e - t->s <= 4 &&
		    !lit_may_extend(sc, t) && !currency_before(sc, k, &li)) {
			size_t n1 = k + 1, uj;
			const tok *x = &sc->t[n1];
			/* "12 Boeing 737 jets": the count came first; "737 and
			 * Airbus A320", "737 or F-16": a list of names */
			int named_list = (tword(sc, n1, "and") || tword(sc, n1, "or")) && n1 + 1 < sc->n &&
			                 sc->t[n1 + 1].type == T_WORD && sc->t[n1 + 1].upper && sc->t[n1 + 1].cls == W_NONE;
			int free_after = n1 >= sc->n || sc->t[k - 2].type == T_NUM || named_list || (x->type == T_PUNCT && x->sp) ||
			    (x->type == T_PUNCT && strchr(",.;:)\"", sc->buf[x->s]) && !(sc->buf[x->s] == '.' && n1 + 1 < sc->n && sc->t[n1 + 1].type == T_NUM && !sc->t[n1 + 1].sp)) ||
			    (x->type == T_WORD && x->sp && x->cls == W_NONE && !lex_at(sc, sc->nm->units, n1, &uj) &&
			     !lex_at(sc, sc->nm->cur, n1, &uj) && !lex_at(sc, sc->nm->ranges, n1, &uj) &&
			     !tword(sc, n1, "and") && !tword(sc, n1, "or") && (x->upper || sc->buf[x->e - 1] != 's'));
			if (free_after)
				return k + 1;
		}
	}
	return 0;
}

/* Telephone numbers and dotted sequences at k ("192.168.1.2" is four
 * numbers, emitted here). Returns the token after them, or 0 when token k
 * starts none. */
static size_t digit_run_at(scan *sc, size_t k)
{
	const tok *t = &sc->t[k];

	if (t->type == T_NUM) {
		/* telephone numbers */
		int plus = k > 0 && (tchar(sc, k - 1, '+') || tchar(sc, k - 1, '(')) && !t->sp;
		size_t dl = t->e - t->s;
		unsigned char c = byte_after(sc, t);
		size_t pe = 0;
		if (plus || (dl >= 3 && dl <= 5 && (c == '-' || c == '/' || (dl == 3 && (c == ')' || c == '.')))))
			pe = match_at(sc, sc->nm->re_phone, plus ? sc->t[k - 1].s : t->s);
		if (pe && (pe - t->s >= 10)) {
			return tok_from(sc, k, pe);
		}
		/* dotted sequences: "192.168.1.2" is four numbers, unless the
		 * dots group thousands ("1.234.567", a literal past them) */
		if (tchar(sc, k + 1, '.') && k + 2 < sc->n && sc->t[k + 2].type == T_NUM && !sc->t[k + 1].sp && !sc->t[k + 2].sp &&
		    tchar(sc, k + 3, '.') && k + 4 < sc->n && sc->t[k + 4].type == T_NUM && !sc->t[k + 3].sp && !sc->t[k + 4].sp &&
		    match_at(sc, sc->nm->re_lit, t->s) <= sc->t[k + 2].e) {
			size_t j = k;
			while (j < sc->n && sc->t[j].type == T_NUM) {
				fb_quantity *q = emit(sc, j, j + 1, FB_QK_COUNT);
				set_exact(q, digits_value(sc->buf, sc->t[j].s, sc->t[j].e, NULL));
				if (tchar(sc, j + 1, '.') && j + 2 < sc->n && sc->t[j + 2].type == T_NUM && !sc->t[j + 2].sp)
					j += 2;
				else
					break;
			}
			return j + 1;
		}
	}
	if (tchar(sc, k, '+') && k + 1 < sc->n && sc->t[k + 1].type == T_NUM && !sc->t[k + 1].sp) {
		size_t pe = match_at(sc, sc->nm->re_phone, t->s);
		if (pe && pe - t->s >= 10)
			return tok_from(sc, k, pe); /* "+1-222-2222/2222" */
	}
	return 0;
}

/* True when "one" at k is a pronoun or idiom, not a count. */
static int one_idiom(const scan *sc, size_t k)
{
	size_t uj;
	if (!tword(sc, k, "one"))
		return 0;
	/* "the one hundred and first day": a number, whatever stands before */
	if (card_class(sc, k + 1) == W_HUNDRED || card_class(sc, k + 1) == W_SCALE)
		return 0;
	/* "One day we will win": at the head of a clause, "one day" is "some
	 * day", unless a time word follows ("one day later") */
	if (tword(sc, k + 1, "day") && (k == 0 || tchar(sc, k - 1, ',') || tchar(sc, k - 1, ';') || tchar(sc, k - 1, ':') ||
	    tchar(sc, k - 1, '"') || tchar(sc, k - 1, '.') || sc->t[k - 1].type == T_SYM || tword(sc, k - 1, "and") ||
	    tword(sc, k - 1, "but") || tword(sc, k - 1, "said") || tword(sc, k - 1, "until")) &&
	    !(tword(sc, k + 2, "later") || tword(sc, k + 2, "earlier") || tword(sc, k + 2, "after") ||
	      tword(sc, k + 2, "before") || tword(sc, k + 2, "ago") || tword(sc, k + 2, "of") || is_dash(sc, k + 2)))
		return 1;
	if (lex_at(sc, sc->nm->units, k + 1, &uj) || lex_at(sc, sc->nm->cur, k + 1, &uj))
		return 0;
	if (k > 0 && (tword(sc, k - 1, "no") || tword(sc, k - 1, "the") || tword(sc, k - 1, "this") ||
	    tword(sc, k - 1, "that") || tword(sc, k - 1, "which") || tword(sc, k - 1, "every") ||
	    tword(sc, k - 1, "any") || tword(sc, k - 1, "each") || tword(sc, k - 1, "someone") ||
	    tword(sc, k - 1, "little") || tword(sc, k - 1, "anyone")))
		return 1;
	if (tword(sc, k + 1, "another") || (tword(sc, k + 1, "by") && tword(sc, k + 2, "one")) ||
	    tword(sc, k + 1, "you") || tword(sc, k + 1, "do"))
		return 1;
	if (tword(sc, k + 1, "day") && !(k > 0 && (tword(sc, k - 1, "for") || tword(sc, k - 1, "within") ||
	    tword(sc, k - 1, "in") || tword(sc, k - 1, "than") || tword(sc, k - 1, "only") || tword(sc, k - 1, "just") ||
	    tword(sc, k - 1, "after") || tword(sc, k - 1, "about"))))
		return 1;
	if (tword(sc, k + 1, "of")) {
		/* "One of the attackers ..." counts when it starts a clause */
		if (k == 0 || tchar(sc, k - 1, ',') || tchar(sc, k - 1, ';') || tchar(sc, k - 1, ':') ||
		    tword(sc, k - 1, "and") || tword(sc, k - 1, "but") || tword(sc, k - 1, "while") ||
		    sc->t[k - 1].type == T_SYM || tchar(sc, k - 1, '"'))
			return 0;
		return 1;
	}
	return 0;
}

/* "percent of 10" at k: emits the percentage. Returns the token after
 * it, or 0 when no "percent" stands at k. */
static size_t percent_of(scan *sc, size_t k)
{
	num r;

	if (!(sc->t[k].type == T_WORD && (tword(sc, k, "percent") || tword(sc, k, "percents") ||
	    (tword(sc, k, "per") && tword(sc, k + 1, "cent")))))
		return 0;
	size_t o = k + (tword(sc, k, "per") ? 2 : 1);
	if (tword(sc, o, "of") && parse_number(sc, o + 1, &r) && !r.ordinal) {
		fb_quantity *q = emit(sc, k, r.j, FB_QK_PERCENT);
		set_exact(q, r.v);
		q->unit = "percent";
		return r.j;
	}
	return k + 1;
}

/* ------------------------------------------- the number, extended */

/* A currency before the number x->r: "$5", "US$ 1MM", "Rs 50"; the
 * quantity then starts at it. */
static void currency_first(const scan *sc, qread *x)
{
	size_t ci;
	x->pre_cur = currency_before(sc, x->r.i, &ci);
	if (x->pre_cur)
		x->qi = ci;
}

/* A glued suffix scale on x->r: "10k", "$2.4bn", "£3m", "10M". Returns the
 * token after a name such as "4G", which is no quantity, or 0. */
static size_t suffix_scale(const scan *sc, qread *x)
{
	num *r = &x->r;
	size_t j = r->j;
	if (r->digits && j < sc->n && sc->t[j].type == T_WORD && !r->ordinal) {
		const char *p = sc->buf + sc->t[j].s;
		size_t l = sc->t[j].e - sc->t[j].s;
		double m = 0;
		int glued = !sc->t[j].sp;
		const fb_entry *e = fb_lexicon_get(sc->nm->words, p, l);
		if (e && sc->nm->wcls[e - sc->nm->words->e] == W_ABBR && (glued || l > 1 || (p[0] != 'b' && p[0] != 'm')))
			m = sc->nm->wval[e - sc->nm->words->e];
		/* "1m people", "2m users": millions of a plural noun, not metres */
		int plural_after = glued && j + 1 < sc->n && sc->t[j + 1].sp && sc->t[j + 1].type == T_WORD &&
		    fb_islower((unsigned char)sc->buf[sc->t[j + 1].s]) && sc->t[j + 1].e - sc->t[j + 1].s > 3 &&
		    ((sc->buf[sc->t[j + 1].e - 1] == 's' && sc->buf[sc->t[j + 1].e - 2] != 's') || tword(sc, j + 1, "people"));
		if (l == 1 && (p[0] == 'M' || (p[0] == 'm' && (x->pre_cur || plural_after))))
			m = 1e6;
		else if (l == 1 && p[0] == 'G' && !(glued && !x->pre_cur && !plural_after && r->integer && r->v >= 1 && r->v <= 6))
			m = 1e9; /* "10G" is ten billion; "4G", "5G" are networks */
		else if (l == 1 && p[0] == 'B' && glued)
			m = 1e9;
		else if (l == 1 && (p[0] == 'm' || (p[0] == 'b' && !glued) || p[0] == 'g'))
			m = 0;
		if (l == 2 && p[0] == 'M' && p[1] == 'M')
			m = 1e6;
		if (l == 1 && p[0] == 'G' && glued && m == 0)
			return j + 1; /* "4G": a name, not four of anything */
		if (m > 0 && !(j + 1 < sc->n && !sc->t[j + 1].sp && sc->t[j + 1].type == T_NUM)) {
			r->v *= m;
			r->scaled = 1;
			r->integer = 0;
			r->year = 0;
			j++;
			r->j = j;
			if (card_class(sc, j) == W_SCALE && sc->t[j].val > m) { /* "1 lakh crore" */
				r->v *= sc->t[j].val;
				r->j = ++j;
			}
		}
	}
	return 0;
}

/* Digit ordinals ("21st", "4th") mark x->r an ordinal; a decade ("the
 * 1990s") or an age between ("in their 20s") is emitted here. Returns the
 * token after the one emitted, or 0. */
static size_t digit_suffix(scan *sc, qread *x)
{
	num *r = &x->r;
	size_t j = r->j;

	/* digit ordinals: "21st", "4th" */
	if (r->digits && r->integer && j < sc->n && !sc->t[j].sp && sc->t[j].type == T_WORD) {
		const char *p = sc->buf + sc->t[j].s;
		size_t l = sc->t[j].e - sc->t[j].s;
		if (ordinal_suffix(sc, j)) {
			r->ordinal = 1;
			r->j = ++j;
		} else if (l == 1 && (p[0] == 's') && r->year) {
			fb_quantity *q = emit(sc, r->i, j + 1, FB_QK_DATE);
			q->has_min = q->has_max = 1;
			q->min = r->v, q->max = r->v + 9;
			return j + 1;
		} else if (l == 1 && p[0] == 's' && r->v >= 10 && r->v <= 90 && fmod(r->v, 10) == 0 && r->i > 0 &&
		           (tword(sc, r->i - 1, "their") || tword(sc, r->i - 1, "his") || tword(sc, r->i - 1, "her") ||
		            tword(sc, r->i - 1, "my") || tword(sc, r->i - 1, "our") || tword(sc, r->i - 1, "your") ||
		            tword(sc, r->i - 1, "early") || tword(sc, r->i - 1, "mid") || tword(sc, r->i - 1, "late"))) {
			/* "in their 20s", "in her early 30s": an age between */
			fb_quantity *q = emit(sc, r->i, j + 1, FB_QK_DURATION);
			q->has_min = q->has_max = 1;
			q->min = r->v, q->max = r->v + 9;
			q->unit = "year";
			return j + 1;
		}
	}
	return 0;
}

/* Starts the quantity of x->r: a count, or money after a currency before
 * it; "5 and a half", the fraction of one unit ("half an hour"). */
static void start_quantity(const scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* "5 and a half minutes", "3 and a quarter miles" */
	if (r->digits && !r->scaled && !r->decimals && tword(sc, r->j, "and") && is_article(sc, r->j + 1) &&
	    (tword(sc, r->j + 2, "half") || tword(sc, r->j + 2, "quarter"))) {
		r->v += tword(sc, r->j + 2, "half") ? 0.5 : 0.25;
		r->j += 3;
	}
	q->kind = FB_QK_COUNT;
	set_exact(q, r->v);
	x->end = r->j;
	/* "half an hour", "a quarter of a mile": the fraction of one unit */
	if (r->fraction && r->v < 1 && !x->pre_cur) {
		size_t a = x->end + (tword(sc, x->end, "of") ? 1 : 0), uj;
		if (is_article(sc, a) && (lex_at(sc, sc->nm->units, a + 1, &uj) || lex_at(sc, sc->nm->cur, a + 1, &uj)))
			x->end = a + 1;
	}
	if (x->pre_cur) {
		q->kind = FB_QK_MONEY;
		q->unit = x->pre_cur->field[0];
		x->money = 1;
		if (x->pre_cur->nfield > 2) {
			double m;
			if (parse_field_num(x->pre_cur->field[2], &m))
				q->value *= m, q->min *= m, q->max *= m;
		}
		/* "$2.4 million" spaced scale already parsed; "US$ 1 MM" */
	}
}

/* ---------------------------------------------------- units and money */

/* A unit or currency joined by a dash: "five-storey", "48-hour",
 * "14-year-old", "12-cent"; "20-plus". */
static void compound_unit(const scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* compound adjectives: "five-storey", "48-hour", "14-year-old", "12-cent" */
	if (is_dash(sc, x->end) && !sc->t[x->end].sp && x->end + 1 < sc->n && !sc->t[x->end + 1].sp && sc->t[x->end + 1].type == T_WORD) {
		size_t uj;
		const fb_entry *u = lex_at(sc, sc->nm->units, x->end + 1, &uj);
		const fb_entry *cu = lex_at(sc, sc->nm->cur, x->end + 1, &uj);
		if (cu && !u) {
			q->kind = FB_QK_MONEY;
			q->unit = cu->field[0];
			lex_at(sc, sc->nm->cur, x->end + 1, &x->end);
		} else if (u) {
			lex_at(sc, sc->nm->units, x->end + 1, &x->end);
			q->unit = u->field[0];
			q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION :
			    !strcmp(u->field[1], "percent") ? FB_QK_PERCENT : FB_QK_MEASURE;
			if (is_dash(sc, x->end) && tword(sc, x->end + 1, "old"))
				x->end += 2; /* "14-year-old" */
			else if (is_dash(sc, x->end) && tword(sc, x->end + 1, "long") && q->kind == FB_QK_DURATION)
				x->end += 2; /* "three-hour-long" */
		} else if (tword(sc, x->end + 1, "plus")) {
			apply_hedge(q, H_POST_GE, r->v);
			x->end += 2;
		}
	}
}

/* The unit or currency after the number, also past a word of
 * data/numbers/unit-adjectives.txt ("2 more minutes"); "75 USD million". */
static void unit_after_number(scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* "2 more minutes", "two straight weeks": the unit after a word of
	 * data/numbers/unit-adjectives.txt */
	if (q->kind == FB_QK_COUNT && !x->money && x->end < sc->n && sc->t[x->end].type == T_WORD &&
	    lget(sc->nm->unit_adj, sc->buf + sc->t[x->end].s, sc->t[x->end].e - sc->t[x->end].s)) {
		size_t uj;
		if (lex_at(sc, sc->nm->units, x->end + 1, &uj) && unit_after(sc, x->end + 1, r, q, x->money) > x->end + 1)
			x->end = uj;
	}
	if (q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY) {
		size_t ue = unit_after(sc, x->end, r, q, x->money);
		if (ue > x->end && q->kind == FB_QK_MONEY && !x->money) {
			x->money = 1;
			x->end = ue;
			/* "75 USD million" */
			if (card_class(sc, x->end) == W_SCALE) {
				q->value *= sc->t[x->end].val, q->min *= sc->t[x->end].val, q->max *= sc->t[x->end].val;
				x->end++;
				r->scaled = 1;
			}
		} else if (ue > x->end) {
			x->end = ue;
		}
	}
}

/* Cents after whole dollars or euros: "15 dollars 50", "thirteen dollars
 * and forty-five cents", "10 $ 30 cent". */
static void cents_after(scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* "15 dollars 50", "thirteen dollars and forty-five cents", "10 $ 30 cent" */
	if (x->money && !r->scaled && !r->decimals && x->end < sc->n && q->unit &&
	    (!strcmp(q->unit, "USD") || !strcmp(q->unit, "CAD") || !strcmp(q->unit, "AUD") || !strcmp(q->unit, "EUR") || !strcmp(q->unit, "GBP"))) {
		size_t a = x->end + (tword(sc, x->end, "and") ? 1 : 0);
		num c;
		if (a < sc->n && !tchar(sc, x->end, ',') && parse_number(sc, a, &c) && !c.ordinal && !c.decimals && !c.scaled &&
		    c.v >= 1 && c.v < 100 && c.v == floor(c.v)) {
			size_t ce = c.j, cj;
			const fb_entry *cu2 = lex_at(sc, sc->nm->cur, ce, &cj);
			int cents = cu2 && (!strcmp(cu2->field[0], "cent") || !strcmp(cu2->field[0], "GBX"));
			if (cents || (!cu2 && !nounish(sc, ce) && (ce >= sc->n || sc->t[ce].cls == W_NONE) && !lex_at(sc, sc->nm->units, ce, &cj))) {
				q->value += c.v / 100, q->min += c.v / 100, q->max += c.v / 100;
				x->end = cents ? cj : ce;
			}
		}
	}
}

static void add_part(fb_quantity *q, double v)
{
	q->value += v, q->min += v, q->max += v;
}

/* True when token k is the bytes of mark, a quote or prime sign. */
static int tok_is(const scan *sc, size_t k, const char *mark)
{
	size_t l = strlen(mark);
	return k < sc->n && sc->t[k].e - sc->t[k].s == l && !memcmp(sc->buf + sc->t[k].s, mark, l);
}

/* The number of a height's second part with its unit left out, from
 * token a: "6 foot 2" (inches below 12), "1 metre 80" (centimetres, always
 * two digits). Where no dash joins it ("6-foot-2"), the part must end the
 * phrase: "6 feet 2 men", "2 m 30 cm" and "5 ft 10 in" are not it. Returns
 * the token after it, or a when there is none. */
static size_t elided_part(scan *sc, size_t a, int dashed, int centi, double *v)
{
	num p;
	if (a >= sc->n || (dashed && sc->t[a].sp) || !parse_number(sc, a, &p) || p.ordinal || p.decimals || p.scaled ||
	    p.v < 1 || p.v != floor(p.v) || p.v >= (centi ? 100 : 12) || (centi && (sc->t[a].type != T_NUM || sc->t[a].e - sc->t[a].s != 2)))
		return a;
	size_t j = p.j, uj;
	if (j < sc->n && (sc->t[j].type == T_NUM || is_dash(sc, j) || lex_at(sc, sc->nm->units, j, &uj) ||
	    lex_at(sc, sc->nm->cur, j, &uj) || (!dashed && nounish(sc, j))))
		return a;
	*v = p.v;
	return j;
}

/* Feet and inches written with marks: "5'10\"", "6′2″". A bare count
 * becomes a length in feet; returns 1 when it did. */
static int height_marks(scan *sc, qread *x)
{
	fb_quantity *q = &x->q;
	size_t a = x->end;
	num in;
	if (q->unit || !x->r.digits || x->r.decimals || x->r.scaled || a + 1 >= sc->n || sc->t[a].sp ||
	    !(tok_is(sc, a, "'") || tok_is(sc, a, "\xe2\x80\xb2") || tok_is(sc, a, "\xe2\x80\x99")) || sc->t[a + 1].sp ||
	    sc->t[a + 1].type != T_NUM || !parse_number(sc, a + 1, &in) || in.decimals || in.v >= 12 || sc->t[in.j].sp)
		return 0;
	size_t e = in.j;
	if (tok_is(sc, e, "\"") || tok_is(sc, e, "\xe2\x80\xb3") || tok_is(sc, e, "\xe2\x80\x9d"))
		e++;
	else if (tok_is(sc, e, "'") && tok_is(sc, e + 1, "'") && !sc->t[e + 1].sp)
		e += 2;
	else
		return 0;
	q->kind = FB_QK_MEASURE;
	q->unit = "ft";
	add_part(q, in.v / 12);
	x->end = e;
	return 1;
}

/* What follows a measure: "years old", "of age", feet and inches, an
 * amount in parts ("2 hours and 30 minutes"). */
static void measure_tail(scan *sc, qread *x)
{
	fb_quantity *q = &x->q;

	/* ages: "five years old", "3 years of age" */
	if (q->kind == FB_QK_DURATION) {
		if (tword(sc, x->end, "old"))
			x->end++;
		else if (tword(sc, x->end, "of") && tword(sc, x->end + 1, "age"))
			x->end += 2;
	}
	/* "5 degrees below zero": a temperature under nought */
	if (q->unit && q->has_value && (!strcmp(q->unit, "degree") || !strcmp(q->unit, "degC") || !strcmp(q->unit, "degF")) &&
	    tword(sc, x->end, "below") && tword(sc, x->end + 1, "zero")) {
		double lo = q->min;
		q->value = -q->value, q->min = -q->max, q->max = -lo;
		x->end += 2;
	}
	height_marks(sc, x);
	/* feet and inches */
	if (q->unit && !strcmp(q->unit, "ft")) {
		size_t a = x->end + (tword(sc, x->end, "and") ? 1 : 0);
		num in;
		size_t ij;
		const fb_entry *u2;
		double v;
		int dash = is_dash(sc, x->end) && !sc->t[x->end].sp;
		if (a < sc->n && parse_number(sc, a, &in) && (((u2 = lex_at(sc, sc->nm->units, in.j, &ij)) && !strcmp(u2->field[0], "in")) ||
		     (in.digits && tword(sc, in.j, "in") && (ij = in.j + 1)))) {
			add_part(q, in.v / 12);
			x->end = ij;
		} else if (q->has_value && (ij = elided_part(sc, x->end + dash, dash, 0, &v)) > x->end + dash) {
			add_part(q, v / 12); /* "6 foot 2", "6-foot-2" */
			x->end = ij;
		}
	} else if (q->unit && !strcmp(q->unit, "m") && q->has_value && q->value == floor(q->value)) {
		double v;
		size_t ij = elided_part(sc, x->end, 0, 1, &v);
		if (ij > x->end) {
			add_part(q, v / 100); /* "1 metre 80" */
			x->end = ij;
		}
	}
	x->end = joined_amount(sc, q, x->end);
}

/* --------------------------------------------- years, ranges, ratios */

/* A year ("in 1991", "the 2016 election") rather than a count: emits the
 * date; returns 1 when it did. */
static int year_at(scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* years: "in 1991", "the 2016 election" */
	if (r->year && q->kind == FB_QK_COUNT && !x->pre_cur && !(r->i > 0 && sc->t[r->i].type != T_NUM)) {
		size_t hb;
		int hedged = r->i > 0 && hedge_before(sc, r->i, &hb);
		int prep = r->i > 0 && (tword(sc, r->i - 1, "in") || tword(sc, r->i - 1, "since") || tword(sc, r->i - 1, "of") ||
		    tword(sc, r->i - 1, "from") || tword(sc, r->i - 1, "until") || tword(sc, r->i - 1, "till") ||
		    tword(sc, r->i - 1, "by") || tword(sc, r->i - 1, "during") || tword(sc, r->i - 1, "before") ||
		    tword(sc, r->i - 1, "after") || tword(sc, r->i - 1, "the") || tword(sc, r->i - 1, "early") ||
		    tword(sc, r->i - 1, "late") || tword(sc, r->i - 1, "mid") || tword(sc, r->i - 1, "year") ||
		    tchar(sc, r->i - 1, ',') || is_dash(sc, r->i - 1) || card_class(sc, r->i - 1) == W_MONTH);
		int before_noun = nounish(sc, x->end);
		/* "2000 over 3": a ratio of bare numbers (below), not a year */
		num ov;
		size_t ouj;
		if (!prep && tword(sc, x->end, "over") && parse_number(sc, x->end + 1, &ov) && !ov.year && !ov.ordinal &&
		    !nounish(sc, ov.j) && !lex_at(sc, sc->nm->units, ov.j, &ouj) && !lex_at(sc, sc->nm->cur, ov.j, &ouj))
			before_noun = 1;
		if (!hedged && r->v >= 1500 && r->v <= 2100 && (prep || !before_noun) && !(r->i > 0 && tword(sc, r->i - 1, "of") && before_noun)) {
			fb_quantity *d = emit(sc, r->i, x->end, FB_QK_DATE);
			set_exact(d, r->v);
			d->unit = "year";
			return 1;
		}
	}
	return 0;
}

/* A range after the number: "10 to 12", "10-12", "between 10 and 12",
 * "from 10 to 12", "5 to 10 million", "from 40% to 55%". */
static void range_after(scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* ranges: "10 to 12", "10-12", "between 10 and 12", "from 10 to 12" */
	size_t rj;
	const fb_entry *rc = lex_at(sc, sc->nm->ranges, x->end, &rj);
	if (rc && rj == x->end + 1) {
		const char *need = rc->nfield > 0 ? rc->field[0] : "";
		size_t pi = x->qi;
		int ok_need = !*need || (x->qi > 0 && tword(sc, x->qi - 1, need));
		int dash = is_dash(sc, x->end);
		int dash_ok = !dash || (sc->t[x->end].sp == sc->t[x->end + 1 < sc->n ? x->end + 1 : x->end].sp) || !sc->t[x->end + 1 < sc->n ? x->end + 1 : x->end].sp;
		num b;
		size_t bi = rj, bci;
		const fb_entry *bcur = NULL;
		if (bi < sc->n && (bcur = lex_at(sc, sc->nm->cur, bi, &bci)) && strcmp(bcur->field[1], "post") != 0 && strcmp(bcur->field[1], "glued") != 0)
			bi = bci;
		if (ok_need && dash_ok && bi < sc->n && !(bcur && bi > rj && !x->money) && !(dash && r->year && r->v >= 1500 && r->v <= 2100) && parse_number(sc, bi, &b) && !b.ordinal && !(tword(sc, x->end, "or") && (r->digits || b.digits)) &&
		    !(dash && (number_chain(sc, x->qi, -1) || number_chain(sc, b.j, 1)))) {
			/* glued scale on the second: "5k-20k" */
			size_t bj = b.j;
			double bv = b.v;
			if (bj < sc->n && !sc->t[bj].sp && sc->t[bj].type == T_WORD) {
				const fb_entry *e = fb_lexicon_get(sc->nm->words, sc->buf + sc->t[bj].s, sc->t[bj].e - sc->t[bj].s);
				if (e && sc->nm->wcls[e - sc->nm->words->e] == W_ABBR)
					bv *= sc->nm->wval[e - sc->nm->words->e], bj++;
			}
			if (card_class(sc, bj) == W_SCALE && !b.scaled && r->scaled == 0) {
				/* "5 to 10 million": the scale applies to both */
				double s = sc->t[bj].val;
				bv *= s, bj++;
				q->value *= s;
			}
			double av = q->value;
			if (x->money && bv < av / 100)
				bv *= av / r->v > 1 ? av / r->v : 1;
			size_t xj;
			const fb_entry *bcu = lex_at(sc, sc->nm->cur, bj, &xj);
			if (bcu && !x->money && q->kind != FB_QK_COUNT)
				bv = -1e300; /* "6 % to 309,381 yen" */
			if (q->kind == FB_QK_PERCENT && !dash) {
				/* "rose by 25% to 34,500 tonnes": a change and a level */
				size_t uj2;
				const fb_entry *bu = lex_at(sc, sc->nm->units, bj, &uj2);
				int bpct = bu && !strcmp(bu->field[1], "percent");
				if (!bpct && (bu || bcu || bv > 100))
					bv = -1e300;
			}
			if (bv > av && !(b.year && !r->year && !dash)) {
				x->ranged = 1;
				q->has_value = 0;
				q->has_min = q->has_max = 1;
				q->min = av, q->max = bv;
				q->min_open = 0;
				q->max_open = rc->nfield > 1 && rc->field[1][0] == '1';
				x->end = bj;
				if (q->kind == FB_QK_COUNT) {
					num rr = b;
					size_t ue = unit_after(sc, x->end, &rr, q, x->money);
					if (ue > x->end)
						x->end = ue;
					if (q->kind == FB_QK_DURATION && tword(sc, x->end, "old"))
						x->end++;
				} else if (q->unit) {
					/* "from 40% to 55%": the unit again after the second */
					num rr = b;
					fb_quantity tq;
					memset(&tq, 0, sizeof tq);
					size_t ue = unit_after(sc, x->end, &rr, &tq, x->money);
					if (ue > x->end && tq.unit && !strcmp(tq.unit, q->unit))
						x->end = ue;
				}
				if (*need && pi > 0)
					x->qi = pi - 1;
				else if (x->qi > 0 && tword(sc, x->qi - 1, "from"))
					x->qi--;
			}
		}
	}
}

/* A share spelled with "in", "out of" or "over": "1 in 5", "one out of
 * three", "2000 over 3". */
static void ratio_after(scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	size_t rj;
	/* fractions spelled with "in", "out of", "over": "1 in 5", "one out of three" */
	if (!x->ranged && q->kind == FB_QK_COUNT && !r->fraction && x->end == r->j &&
	    (tword(sc, x->end, "in") || tword(sc, x->end, "over") || (tword(sc, x->end, "out") && tword(sc, x->end + 1, "of")))) {
		size_t a = x->end + (tword(sc, x->end, "out") ? 2 : 1);
		num d;
		/* a noun after: "one in five jobs" is a share; "two in three attacks"
		 * may be two people in three attacks, so only "one in" */
		int noun_ok = r->v == 1 && tword(sc, x->end, "in");
		if (parse_number(sc, a, &d) && !d.ordinal && !d.year && d.v != 0 &&
		    !(d.j < sc->n && ((nounish(sc, d.j) && !noun_ok) || lex_at(sc, sc->nm->units, d.j, &rj) || lex_at(sc, sc->nm->cur, d.j, &rj))) &&
		    (tword(sc, x->end, "over") ? 1 : r->v < d.v) && !(tword(sc, x->end, "over") && nounish(sc, d.j))) {
			set_exact(q, r->v / d.v);
			x->end = d.j;
		} else if (tword(sc, x->end, "out") && parse_number(sc, a, &d) && r->v < d.v && !d.ordinal) {
			set_exact(q, r->v / d.v);
			x->end = d.j;
		}
	}
}

/* Hedges before ("at least", "more than", "nearly", "some") and after
 * ("500 or more", "5000 or less", "20 or so"). */
static void hedges_around(scan *sc, qread *x)
{
	fb_quantity *q = &x->q;

	/* hedges before: "at least", "more than", "nearly", "some" */
	size_t hi;
	const fb_entry *h = x->qi > 0 ? hedge_before(sc, x->qi, &hi) : NULL;
	/* "earned $2000 over 3 years", "rose 5% over two days": after an
	 * amount, "over" a duration is the period it accrued in, not a bound */
	if (h && q->kind == FB_QK_DURATION && hi + 1 == x->qi && tword(sc, hi, "over") && hi > 0 &&
	    sc->out->n > 0 && sc->out->q[sc->out->n - 1].end == sc->t[hi - 1].e)
		h = NULL;
	if (h && !x->ranged) {
		unsigned hk = hedge_kind(sc->nm, h);
		if (hk < H_POST_GE) {
			/* "some" before a word number is a determiner ("some one") only rarely */
			apply_hedge(q, hk, q->value);
			x->qi = hi;
		}
	} else if (h && x->ranged) {
		unsigned hk = hedge_kind(sc->nm, h);
		if (hk == H_APPROX || hk == H_NEAR) {
			q->approx = 1;
			x->qi = hi;
		}
	}
	/* hedges after: "500 or more", "5000 or less", "20 or so" */
	size_t pj;
	const fb_entry *ph = lex_at(sc, sc->nm->hedges, x->end, &pj);
	if (ph && !x->ranged) {
		unsigned hk = hedge_kind(sc->nm, ph);
		num dummy;
		int next_num = pj < sc->n && parse_number(sc, pj, &dummy);
		if (hk >= H_POST_GE && !next_num && !tword(sc, pj, "than") && !tword(sc, pj, "to")) {
			double v = q->has_value ? q->value : (q->has_min ? q->min : q->max);
			apply_hedge(q, hk, v);
			x->end = pj;
		}
	}
}

/* Whether the number at token k ends a list of ages: "aged 19 and 20",
 * "aged 19, 23 and 31" (the first one is read as an age on its own). */
static int age_list_before(const scan *sc, size_t k)
{
	for (int n = 0; n < 8 && k >= 2; n++) {
		size_t j = k;
		while (j > 0 && (tword(sc, j - 1, "and") || tchar(sc, j - 1, ',')))
			j--;
		if (j == k || j == 0 || !fb_isdigit((unsigned char)sc->buf[sc->t[j - 1].s]))
			return 0;
		k = j - 1;
		if (k > 0 && (tword(sc, k - 1, "aged") || tword(sc, k - 1, "ages")))
			return 1;
	}
	return 0;
}

/* Whether the number at tokens [k, e) stands between commas right after a
 * name or a noun of a person: "Dorian Welke, 31, was arrested", "A woman,
 * 20, was also held" (an age, as news writes it), not after a number or
 * a date ("Friday, 12 July", "in 2019, 31 ..."). */
static int age_apposed(const scan *sc, size_t k, size_t e)
{
	if (k < 2 || e >= sc->n || !tchar(sc, k - 1, ',') || !(tchar(sc, e, ',') || tchar(sc, e, ')')))
		return 0;
	const tok *p = &sc->t[k - 2];
	if (p->type != T_WORD || p->cls == W_MONTH || p->cls == W_WEEKDAY || p->cls != W_NONE)
		return 0;
	/* the word before the comma ends a name or names a person: a capital,
	 * or a noun after "a", "the" or a possessive ("A woman, 20,", "The
	 * victim, 30,", "his son, 19,") */
	if (p->upper)
		return 1;
	/* one person has one age: not after a plural ("the most illnesses,
	 * 96, followed by ...") */
	size_t pl = p->e - p->s;
	const char *pw = sc->buf + p->s;
	if ((pl > 2 && pw[pl - 1] == 's' && pw[pl - 2] != 's') || tword(sc, k - 2, "people") || tword(sc, k - 2, "men") ||
	    tword(sc, k - 2, "women") || tword(sc, k - 2, "children"))
		return 0;
	/* the determiner may stand a few words before the noun ("A second
	 * man, 41,", "an off-duty officer, 34,", "The ferry's captain, 58,") */
	for (size_t j = k - 2; j-- > 0 && j + 7 >= k;) {
		if (is_article(sc, j) || tword(sc, j, "one") || tword(sc, j, "another") || tword(sc, j, "the") ||
		    tword(sc, j, "his") || tword(sc, j, "her") || tword(sc, j, "their"))
			return 1;
		/* "The ferry's captain, 58,": past an owner's "'s" (a name's too:
		 * "The Tessel Star's captain, 51,") */
		if (tchar(sc, j, '\'') || tword(sc, j, "s") || (sc->t[j].type == T_WORD && sc->t[j].upper && j + 2 < k &&
		    (tchar(sc, j + 1, '\'') || (sc->t[j + 1].type == T_WORD && sc->t[j + 1].upper))))
			continue;
		if (sc->t[j].type != T_WORD || sc->t[j].upper)
			return 0;
	}
	return 0;
}

/* What a bare count may still be: a unit in brackets, an age after "age"
 * or "aged" (or in a list of them); else the noun it counts. */
static void count_tail(const scan *sc, qread *x)
{
	num *r = &x->r;
	fb_quantity *q = &x->q;

	/* a unit in brackets: "20 (kg)", "20 [kg]", "20 <kg>" */
	if (q->kind == FB_QK_COUNT && !q->unit && x->end + 2 < sc->n && sc->t[x->end].sp &&
	    (tchar(sc, x->end, '(') || tchar(sc, x->end, '[') || tchar(sc, x->end, '{') || tchar(sc, x->end, '<'))) {
		static const char open[] = "([{<", close[] = ")]}>";
		size_t uj;
		const fb_entry *u = lex_at(sc, sc->nm->units, x->end + 1, &uj);
		const char *o = strchr(open, sc->buf[sc->t[x->end].s]);
		if (u && o && uj < sc->n && tchar(sc, uj, close[o - open]) && strcmp(u->field[1], "percent") != 0) {
			q->unit = u->field[0];
			q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION : FB_QK_MEASURE;
			x->end = uj + 1;
		}
	}
	/* an age: "age 87", "aged 87", "under the age of 5", "Dorian Welke, 31," */
	if (q->kind == FB_QK_COUNT && !q->unit && !x->ranged && q->has_value && r->integer && q->value > 0 &&
	    q->value < 130 && x->qi > 0 && x->qi == r->i && (tword(sc, x->qi - 1, "age") || tword(sc, x->qi - 1, "aged") ||
	    (x->qi > 1 && tword(sc, x->qi - 1, "of") && tword(sc, x->qi - 2, "age")) ||
	    age_list_before(sc, x->qi) || age_apposed(sc, x->qi, x->end))) {
		q->kind = FB_QK_DURATION;
		q->unit = "year";
		if (tword(sc, x->qi - 1, "age"))
			x->qi--;
	}
	/* a counted noun after a bare count */
	if (q->kind == FB_QK_COUNT) {
		size_t ne = noun_phrase(sc, x->end, q->has_value ? q->value : 2);
		if (ne > x->end) {
			q->noun_start = sc->t[x->end].s;
			q->noun_end = sc->t[ne - 1].e;
		}
	}
}

/* ------------------------------------------------------ quantity_at */

/* A number at k and what English puts around it; emits its quantity, or
 * none where it is a name, an identifier or "one" as a pronoun. Returns
 * the token after it (k when no number starts at k). */
size_t quantity_at(scan *sc, size_t k)
{
	size_t next;
	if ((next = name_at(sc, k)) || (next = digit_run_at(sc, k)))
		return next;
	if (one_idiom(sc, k))
		return k + 1;
	if ((next = percent_of(sc, k)))
		return next;

	qread x;
	memset(&x, 0, sizeof x);
	x.qi = k;
	if (!parse_number(sc, k, &x.r))
		return k;
	currency_first(sc, &x);
	if ((next = suffix_scale(sc, &x)) || (next = digit_suffix(sc, &x)))
		return next;
	if (x.r.ordinal)
		return ordinal_quantity(sc, &x.r);

	start_quantity(sc, &x);
	compound_unit(sc, &x);
	unit_after_number(sc, &x);
	cents_after(sc, &x);
	measure_tail(sc, &x);
	if (year_at(sc, &x))
		return x.end;
	range_after(sc, &x);
	ratio_after(sc, &x);
	hedges_around(sc, &x);
	count_tail(sc, &x);

	fb_quantity *o = emit(sc, x.qi, x.end, x.q.kind);
	size_t s0 = o->start, e0 = o->end, sent = o->sent;
	*o = x.q;
	o->start = s0, o->end = e0, o->sent = sent;
	if (o->kind == FB_QK_DURATION && !o->unit)
		o->unit = "hour";
	return x.end > k ? x.end : k + 1;
}
