/* numbers_units.c - the quantities a number makes: emitted with their
 * noun, units and currencies after or before the number, amounts in parts
 * ("2 hours and 30 minutes", "$20 and 43c") and hedges ("about", "more than"). */
#include "numbers_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------- emitting */

fb_quantity *emit(scan *sc, size_t i, size_t j, fb_qkind kind)
{
	fb_quantity *q = FB_PUSH(sc->out->q, sc->out->n, sc->out->cap);
	q->start = sc->t[i].s;
	q->end = sc->t[j - 1].e;
	q->sent = sc->sent;
	q->kind = kind;
	return q;
}

void set_exact(fb_quantity *q, double v)
{
	q->has_value = q->has_min = q->has_max = 1;
	q->value = q->min = q->max = v;
}

/* The noun phrase a count counts, from token k: "people", "armed men",
 * "members of the security forces". Returns its end token (k: none). */
size_t noun_phrase(const scan *sc, size_t k, double v)
{
	if (!nounish(sc, k))
		return k;
	size_t m = k, last = k + 1;
	/* up to three words: a compound ends at its plural head ("dock
	 * workers"); a collective ("police") or a singular count's noun
	 * ("one security guard") goes on while another noun follows that
	 * does not look like a verb */
	for (int w = 0; w < 3 && nounish(sc, m); w++) {
		last = m + 1;
		const char *p = sc->buf + sc->t[m].s;
		size_t l = sc->t[m].e - sc->t[m].s;
		int plural = l > 2 && p[l - 1] == 's' && p[l - 2] != 's';
		int collective = fb_word_eq(p, l, "people") || fb_word_eq(p, l, "men") ||
		    fb_word_eq(p, l, "women") || fb_word_eq(p, l, "children") || fb_word_eq(p, l, "police") ||
		    fb_word_eq(p, l, "personnel") || fb_word_eq(p, l, "staff");
		if (sc->t[m + 1 < sc->n ? m + 1 : m].sp == 0 || !nounish(sc, m + 1))
			break;
		if (plural && !collective)
			break;
		if (v == 1 || collective) {
			/* the next word continues the noun unless it is a verb form
			 * or a plural after a singular count */
			const char *q = sc->buf + sc->t[m + 1].s;
			size_t ql = sc->t[m + 1].e - sc->t[m + 1].s;
			int verbish = (ql > 3 && q[ql - 2] == 'e' && q[ql - 1] == 'd') ||
			    (ql > 4 && q[ql - 3] == 'i' && q[ql - 2] == 'n' && q[ql - 1] == 'g') ||
			    (ql > 2 && q[ql - 1] == 's' && (v == 1 || fb_word_eq(p, l, "people") || fb_word_eq(p, l, "men") ||
			     fb_word_eq(p, l, "women") || fb_word_eq(p, l, "children")));
			if (verbish || (collective && !fb_word_eq(p, l, "police") && !fb_word_eq(p, l, "staff")))
				break;
		}
		m++;
	}
	/* "members of the security forces" */
	if (tword(sc, last, "of") && sc->t[last].sp) {
		size_t x = last + 1;
		if (tword(sc, x, "the"))
			x++;
		size_t y = x;
		while (y < sc->n && y < x + 3 && nounish(sc, y))
			y++;
		if (y > x)
			last = y;
	}
	return last;
}

/* True when a money word ("cost", "paid", money-cues.txt) stands in the
 * clause before token k, at most eight tokens back. */
static int money_cue_before(const scan *sc, size_t k)
{
	for (size_t i = k, n = 0; i > 0 && n < 8; i--, n++) {
		const tok *t = &sc->t[i - 1];
		if (t->type == T_PUNCT && strchr(",;:()", sc->buf[t->s]))
			break;
		if (t->type == T_WORD && lget(sc->nm->money_cues, sc->buf + t->s, t->e - t->s))
			return 1;
	}
	return 0;
}

/* True when the hundredths of a currency follow token k: "2 pounds 50
 * pence", "3 pounds and 20p" (so that "pounds" is money, not weight). */
static int minor_after(scan *sc, size_t k)
{
	size_t a = k + (tword(sc, k, "and") ? 1 : 0), cj;
	num c;
	if (a >= sc->n || sc->t[a].type != T_NUM || !parse_number(sc, a, &c) || c.decimals || c.scaled || c.v >= 100)
		return 0;
	const fb_entry *cu = lex_at(sc, sc->nm->cur, c.j, &cj);
	return cu && (!strcmp(cu->field[0], "GBX") || !strcmp(cu->field[0], "cent"));
}

/* Looks for a unit or currency after number tokens ending at k. Fills q's
 * unit and kind; returns the token after the unit (k: none). */
size_t unit_after(scan *sc, size_t k, const num *r, fb_quantity *q, int money_ctx)
{
	size_t j;
	const fb_entry *u = NULL, *cu = NULL;
	size_t uj = k, cj = k;
	if (k >= sc->n)
		return k;
	int glued = !sc->t[k].sp;
	/* a glued single letter: case decides ("10M" million, "1.8m" metres) */
	if (glued && r->digits && sc->t[k].type == T_WORD) {
		const char *p = sc->buf + sc->t[k].s;
		size_t l = sc->t[k].e - sc->t[k].s;
		/* "1m people", "2m users": millions of a plural noun, not metres */
		int plural_after = k + 1 < sc->n && sc->t[k + 1].sp && sc->t[k + 1].type == T_WORD &&
		    fb_islower((unsigned char)sc->buf[sc->t[k + 1].s]) && sc->t[k + 1].e - sc->t[k + 1].s > 3 &&
		    sc->buf[sc->t[k + 1].e - 1] == 's' && sc->buf[sc->t[k + 1].e - 2] != 's';
		/* "4G", "5G": a network, not billions, unless money is counted */
		if (l == 1 && (p[0] == 'M' || ((p[0] == 'G' || p[0] == 'B') && (money_ctx || plural_after)) ||
		    p[0] == 'K' || p[0] == 'k' || p[0] == 'b' || (p[0] == 'm' && (money_ctx || plural_after)))) {
			return k; /* a scale: handled by the caller */
		}
	}
	u = lex_at(sc, sc->nm->units, k, &uj);
	cu = lex_at(sc, sc->nm->cur, k, &cj);
	if (u && u->nfield > 2 && !strcmp(u->field[2], "abbr") && !r->digits)
		u = NULL;
	if (u && u->nfield > 2 && (!strcmp(u->field[2], "glued") || !strcmp(u->field[2], "glued-either")) &&
	    (!glued || !r->digits))
		u = NULL;
	/* one glued letter is written in the unit's own case: "4g" grams,
	 * "4G" no unit; "glued-either" takes both ("1.5l", "2L") */
	if (u && glued && u->keylen == 1 && sc->t[k].e - sc->t[k].s == 1 && sc->buf[sc->t[k].s] != u->key[0] &&
	    !(u->nfield > 2 && (!strcmp(u->field[2], "glued-upper") || !strcmp(u->field[2], "glued-either"))))
		u = NULL;
	/* "41C"; spaced only at a clause's end: "at 180 C.", not "5 C grade" */
	if (u && u->nfield > 2 && !strcmp(u->field[2], "glued-upper") &&
	    (!r->digits || !fb_isupper((unsigned char)sc->buf[sc->t[k].s]) ||
	     (!glued && !(uj >= sc->n || (sc->t[uj].type == T_PUNCT && strchr(".,;:)", sc->buf[sc->t[uj].s]))))))
		u = NULL;
	if (cu && !strcmp(cu->field[1], "pre"))
		cu = NULL;
	if (cu && !strcmp(cu->field[1], "glued") && !glued)
		cu = NULL;
	/* "1h30", "2h15": hours and minutes glued, read as hours */
	if (u && glued && r->digits && !r->decimals && !strcmp(u->field[0], "hour") && uj == k + 1 && uj < sc->n &&
	    !sc->t[uj].sp && sc->t[uj].type == T_NUM && sc->t[uj].e - sc->t[uj].s == 2 &&
	    (uj + 1 >= sc->n || sc->t[uj + 1].sp || sc->t[uj + 1].type == T_PUNCT)) {
		double mins = strtod(sc->buf + sc->t[uj].s, NULL);
		if (mins < 60 && q->has_value) {
			q->value += mins / 60, q->min += mins / 60, q->max += mins / 60;
			q->kind = FB_QK_DURATION, q->unit = u->field[0];
			return uj + 1;
		}
	}
	/* a unit word must end at a word boundary, not run into digits */
	if (u && uj < sc->n && !sc->t[uj].sp && sc->t[uj].type == T_NUM)
		u = NULL;
	if (cu && cj < sc->n && !sc->t[cj].sp && sc->t[cj].type == T_NUM)
		cu = NULL;
	if (u && money_ctx && !cu && strcmp(u->field[1], "percent") != 0)
		u = NULL; /* "$ 48 \"": an amount of money takes no measure unit */
	/* a glued "c" is cents only where money is spoken of: "costs 43c",
	 * not "Flat 4c" or "hit 30c" */
	if (cu && !strcmp(cu->field[1], "glued") && !strcmp(cu->field[0], "cent") && !money_ctx &&
	    (r->decimals || !money_cue_before(sc, r->i)))
		cu = NULL;
	/* a word both a unit and a currency ("10 pounds") is the currency
	 * after a money word ("paid 10 pounds"), else the unit */
	if (cu && u && cj == uj && !money_ctx && !r->scaled && !tword(sc, uj, "of") &&
	    (money_cue_before(sc, r->i) || minor_after(sc, uj)))
		u = NULL;
	if (cu && (!u || r->scaled || cj > uj || money_ctx)) {
		q->kind = FB_QK_MONEY;
		q->unit = cu->field[0];
		if (cu->nfield > 2) {
			double m;
			if (parse_field_num(cu->field[2], &m))
				q->value *= m, q->min *= m, q->max *= m;
		}
		return cj;
	}
	if (u) {
		const char *kind = u->field[1];
		q->unit = u->field[0];
		if (!strcmp(kind, "duration"))
			q->kind = FB_QK_DURATION;
		else if (!strcmp(kind, "percent"))
			q->kind = FB_QK_PERCENT;
		else
			q->kind = FB_QK_MEASURE;
		return uj;
	}
	(void)j;
	return k;
}

/* Applies a hedge kind to q, whose exact value is v. */
void apply_hedge(fb_quantity *q, unsigned hk, double v)
{
	switch (hk) {
	case H_GE:
	case H_POST_GE:
		q->has_value = 0, q->has_min = 1, q->min = v, q->has_max = 0, q->min_open = 0;
		break;
	case H_GT:
		q->has_value = 0, q->has_min = 1, q->min = v, q->has_max = 0, q->min_open = 1;
		break;
	case H_LE:
	case H_POST_LE:
		q->has_value = 0, q->has_max = 1, q->max = v, q->has_min = 0, q->max_open = 0;
		break;
	case H_LT:
		q->has_value = 0, q->has_max = 1, q->max = v, q->has_min = 0, q->max_open = 1;
		break;
	case H_EQ:
		break;
	case H_APPROX:
	case H_POST_APPROX:
		q->approx = 1;
		q->has_min = q->has_max = 1;
		q->min = v - fabs(v) * APPROX_TOL, q->max = v + fabs(v) * APPROX_TOL;
		break;
	case H_NEAR:
		q->approx = 1, q->has_value = 0, q->near = 1;
		q->has_min = q->has_max = 1;
		q->min = v - fabs(v) * APPROX_TOL, q->max = v;
		break;
	case H_POST_EQCLOSE:
		q->min_open = q->max_open = 0;
		break;
	}
}

/* The longest pre-number hedge ending just before token k. */
const fb_entry *hedge_before(const scan *sc, size_t k, size_t *i)
{
	const struct aux *a = aux_of(sc->nm, sc->nm->hedges);
	if (!k || !span_get(sc, a->plast, k - 1, k))
		return NULL;
	for (size_t m = k < a->maxtok ? k : a->maxtok; m > 0; m--) {
		const fb_entry *e = span_get(sc, a->pt, k - m, k);
		if (e && sc->nm->hk[e - sc->nm->hedges->e] < H_POST_GE) {
			*i = k - m;
			return e;
		}
	}
	return NULL;
}

/* The hedge kind of entry e. */
unsigned hedge_kind(const fb_numbers *nm, const fb_entry *e)
{
	return nm->hk[e - nm->hedges->e];
}

/* Currency written before the number at k ("$", "US$", "Rs", "MAUD");
 * *i gets its first token. */
const fb_entry *currency_before(const scan *sc, size_t k, size_t *i)
{
	const fb_entry *e = lex_before(sc, sc->nm->cur, k, i);
	if (e && (!strcmp(e->field[1], "pre") || !strcmp(e->field[1], "both") || !strcmp(e->field[1], "code"))) {
		/* a letter code must stand apart from the word before it */
		return e;
	}
	return NULL;
}

/* Sizes of the units that combine into one amount, in their dimension's
 * base unit: a grammar of conversion, not a list editors extend (the units
 * themselves are in data/numbers/units.tsv). */
static const struct unit_size {
	const char *unit;
	char dim;   /* t time, l length, m mass */
	double size;
} unit_sizes[] = {
	{ "second", 't', 1 }, { "minute", 't', 60 }, { "hour", 't', 3600 }, { "day", 't', 86400 },
	{ "week", 't', 604800 }, { "month", 't', 2628000 }, { "year", 't', 31536000 },
	{ "mm", 'l', 0.001 }, { "cm", 'l', 0.01 }, { "m", 'l', 1 }, { "km", 'l', 1000 },
	{ "in", 'l', 0.0254 }, { "ft", 'l', 0.3048 }, { "yard", 'l', 0.9144 }, { "mile", 'l', 1609.344 },
	{ "ml", 'v', 0.001 }, { "l", 'v', 1 },
	{ "mg", 'm', 0.001 }, { "g", 'm', 1 }, { "kg", 'm', 1000 }, { "t", 'm', 1e6 },
	{ "oz", 'm', 28.349523125 }, { "lb", 'm', 453.59237 },
};

static const struct unit_size *unit_size(const char *u)
{
	for (size_t i = 0; u && i < sizeof unit_sizes / sizeof unit_sizes[0]; i++)
		if (!strcmp(unit_sizes[i].unit, u))
			return &unit_sizes[i];
	return NULL;
}

static void add_to(fb_quantity *q, double v)
{
	q->value += v, q->min += v, q->max += v;
}

/* The hundredths after whole units of money: "a dollar and 20 cents",
 * "a euro 50 cents", "a pound and 30 pence" (cents of a dollar or a euro,
 * pence of a pound). Returns the new end. */
static size_t minor_part(scan *sc, fb_quantity *q, size_t end)
{
	size_t a = end + (tword(sc, end, "and") ? 1 : 0), cj;
	num c;
	if (!q->unit || a >= sc->n || !parse_number(sc, a, &c) || c.ordinal || c.decimals || c.scaled || c.v < 1 ||
	    c.v >= 100 || c.v != floor(c.v))
		return end;
	const fb_entry *cu = lex_at(sc, sc->nm->cur, c.j, &cj);
	int gbp = !strcmp(q->unit, "GBP");
	int dollar_or_euro = !strcmp(q->unit, "USD") || !strcmp(q->unit, "CAD") || !strcmp(q->unit, "AUD") ||
	    !strcmp(q->unit, "EUR");
	if (!cu || !((gbp && !strcmp(cu->field[0], "GBX")) || (dollar_or_euro && !strcmp(cu->field[0], "cent"))))
		return end;
	add_to(q, c.v / 100);
	return cj;
}

/* An amount in one dimension written in parts: "2 hours and 30 minutes"
 * (2.5 hour), "2 years, 3 months", "5 km 300 m", and "an hour and a half".
 * Each further part is a smaller unit of the same dimension; parts in
 * other dimensions or currencies stay apart. Returns the new end. */
size_t joined_amount(scan *sc, fb_quantity *q, size_t end)
{
	if (!q->unit || !q->has_value || (q->kind != FB_QK_DURATION && q->kind != FB_QK_MEASURE && q->kind != FB_QK_MONEY))
		return end;
	if (tword(sc, end, "and") && is_article(sc, end + 1) &&
	    (tword(sc, end + 2, "half") || tword(sc, end + 2, "quarter"))) {
		add_to(q, tword(sc, end + 2, "half") ? 0.5 : 0.25);
		return end + 3;
	}
	if (q->kind == FB_QK_MONEY)
		return minor_part(sc, q, end);
	const struct unit_size *u1 = unit_size(q->unit);
	if (!u1)
		return end;
	double prev = u1->size;
	for (int parts = 0; parts < 4; parts++) {
		size_t a = end;
		if (tchar(sc, a, ','))
			a++;
		if (tword(sc, a, "and"))
			a++;
		num p2;
		size_t uj;
		const fb_entry *u2;
		const struct unit_size *s2;
		if (a >= sc->n || !parse_number(sc, a, &p2) || p2.ordinal || p2.j >= sc->n ||
		    !(u2 = lex_at(sc, sc->nm->units, p2.j, &uj)) || !(s2 = unit_size(u2->field[0])) ||
		    s2->dim != u1->dim || s2->size >= prev)
			break;
		if (u2->nfield > 2 && u2->field[2][0] && !p2.digits)
			break; /* "abbr" and "glued" units follow digits only */
		if (u2->nfield > 2 && !strncmp(u2->field[2], "glued", 5) && sc->t[p2.j].sp)
			break;
		add_to(q, p2.v * s2->size / u1->size);
		prev = s2->size;
		end = uj;
	}
	return end;
}
