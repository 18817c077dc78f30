/* numbers_parse.c - the number grammar: digit literals (PCRE2), number
 * words, ordinals, fractions, spoken decimals and scales, read into a num
 * before any unit or hedge. */
#include "numbers_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


int is_article(const scan *sc, size_t k)
{
	if (k >= sc->n || sc->t[k].type != T_WORD || sc->t[k].e - sc->t[k].s > 2 ||
	    fb_tolower((unsigned char)sc->buf[sc->t[k].s]) != 'a')
		return 0;
	return tword(sc, k, "a") || tword(sc, k, "an");
}

/* True when the literal pattern may match more than the digit run t:
 * only a separator, a point, an exponent or a power can extend it. */
int lit_may_extend(const scan *sc, const tok *t)
{
	unsigned char c = byte_after(sc, t);
	if (c == ' ') /* a space group: "12 500" */
		return t->e + 1 < sc->end && fb_isdigit((unsigned char)sc->buf[t->e + 1]);
	return c == ',' || c == '.' || c == 'e' || c == 'E' || c == '^' || c == 'x' || c == 'X' ||
	    c == 0xC2 || c == 0xC3 || c == 0xE2;
}

/* Parses a digit literal at token k (a digit, or a dot before digits).
 * Returns 0 when there is none. */
static int digit_literal(scan *sc, size_t k, num *r)
{
	const tok *t = &sc->t[k];
	memset(r, 0, sizeof *r);
	if (t->type != T_NUM && !(tchar(sc, k, '.') && k + 1 < sc->n && sc->t[k + 1].type == T_NUM && !sc->t[k + 1].sp))
		return 0;
	if (t->type == T_NUM && !lit_may_extend(sc, t)) {
		/* the pattern can only match the digit run itself */
		int nd = 0;
		r->v = digits_value(sc->buf, t->s, t->e, &nd);
		r->i = k;
		r->j = k + 1;
		r->lit_e = t->e;
		r->digits = 1;
		r->ok = 1;
		r->integer = 1;
		r->year = t->e - t->s == 4 && r->v >= 1000 && r->v <= 2199;
		return 1;
	}
	size_t e = match_at(sc, sc->nm->re_lit, t->s);
	if (!e)
		return 0;
	size_t a, b;
	int nd = 0;
	double v = 0;
	r->decimals = 0;
	if (group(sc, 1, &a, &b) && (memchr(sc->buf + a, '.', b - a) ||
	    (b - a >= 3 && sc->buf[b - 2] == ',') || (b - a >= 4 && sc->buf[b - 3] == ','))) {
		/* European: dots group thousands, a comma marks the decimals */
		const char *cm = memchr(sc->buf + a, ',', b - a);
		size_t ie = cm ? (size_t)(cm - sc->buf) : b;
		for (size_t x = a; x < ie; x++)
			if (fb_isdigit((unsigned char)sc->buf[x]))
				v = v * 10 + (sc->buf[x] - '0'), nd++;
		if (cm) {
			double sc10 = 1;
			for (size_t x = ie + 1; x < b && nd < LIT_MAX; x++, nd++)
				v += (sc->buf[x] - '0') * (sc10 /= 10);
			r->decimals = 1;
		}
	} else if (group(sc, 1, &a, &b)) {
		size_t c, d;
		if (group(sc, 2, &c, &d)) {
			b = d;
			r->decimals = 1;
		}
		v = digits_value(sc->buf, a, b, &nd);
	} else if (group(sc, 3, &a, &b)) {
		v = digits_value(sc->buf, a, b, NULL);
		r->decimals = 1;
	}
	size_t c, d;
	if (group(sc, 4, &c, &d)) {
		int neg = sc->buf[c + 1] == '-';
		double ex = digits_value(sc->buf, c + 1, d, NULL);
		if (ex > 300)
			ex = 300;
		v *= pow(10, neg ? -ex : ex);
	}
	if (group(sc, 6, &c, &d)) {
		size_t sa, sb;
		int minus = 0;
		if (group(sc, 5, &sa, &sb))
			for (size_t x = sa; x < sb; x++)
				minus += sc->buf[x] == '-';
		double ex = digits_value(sc->buf, c, d, NULL);
		if (ex > 300)
			ex = 300;
		v = pow(v, (minus & 1) ? -ex : ex);
	}
	if (group(sc, 7, &c, &d)) {
		int neg = sc->buf[c] == '-';
		double ex = digits_value(sc->buf, c + (sc->buf[c] == '-' || sc->buf[c] == '+'), d, NULL);
		if (ex > 300)
			ex = 300;
		v *= pow(10, neg ? -ex : ex);
	}
	r->v = v;
	r->i = k;
	r->j = tok_from(sc, k, e);
	r->lit_e = e;
	r->digits = 1;
	r->ok = 1;
	r->integer = !r->decimals && r->j == k + 1;
	r->year = t->type == T_NUM && t->e - t->s == 4 && r->j == k + 1 && v >= 1000 && v <= 2199;
	return 1;
}

/* The word value of token k for the cardinal grammar, or -1. */
int card_class(const scan *sc, size_t k)
{
	if (k >= sc->n || sc->t[k].type != T_WORD)
		return -1;
	return sc->t[k].cls;
}

/* Skips a hyphen that joins two number words ("twenty-one", "fifty - two"). */
static size_t skip_join(const scan *sc, size_t k)
{
	if (is_dash(sc, k) && k + 1 < sc->n && sc->t[k + 1].type == T_WORD)
		return k + 1;
	return k;
}

/* An ordinal word expression at k: "fifth", "twenty-first", "one hundred
 * twenty fifth", "hundredth". *pl: plural (a fraction denominator).
 * Returns the token after it, or k when none. */
static size_t ordinal_at(const scan *sc, size_t k, double *v, int *pl)
{
	int c = card_class(sc, k);
	if (c == W_ORD || c == W_ORDPL) {
		*v = sc->t[k].val;
		*pl = c == W_ORDPL;
		return k + 1;
	}
	/* compound: cardinal words then an ordinal */
	double cur = 0, total = 0;
	int last = L_NONE;
	size_t m = k;
	while (m < sc->n) {
		c = card_class(sc, m);
		if (c == W_CARD && (last == L_NONE || last == L_HUNDRED || last == L_SCALE || (last == L_TENS && sc->t[m].val < 10 && sc->t[m].val > 0)))
			cur += sc->t[m].val, last = sc->t[m].val < 10 ? L_UNIT : L_TEEN;
		else if (c == W_TENS && (last == L_NONE || last == L_HUNDRED || last == L_SCALE))
			cur += sc->t[m].val, last = L_TENS;
		else if (c == W_HUNDRED && (last == L_UNIT || last == L_TEEN || last == L_TENS) && cur < 100)
			cur *= 100, last = L_HUNDRED;
		else if (c == W_SCALE && cur > 0 && last != L_SCALE)
			total += cur * sc->t[m].val, cur = 0, last = L_SCALE;
		else if (tword(sc, m, "and") && (last == L_HUNDRED || last == L_SCALE))
			;
		else if ((c == W_ORD || c == W_ORDPL) && last != L_NONE) {
			double o = sc->t[m].val;
			if (o >= 100 && (last == L_UNIT || last == L_TEEN || last == L_TENS))
				*v = (total + cur) * o; /* "two hundredth" */
			else if (o < 100 && (last == L_HUNDRED || last == L_SCALE || (last == L_TENS && o < 10)))
				*v = total + cur + o;
			else
				return k;
			*pl = c == W_ORDPL;
			return m + 1;
		} else
			return k;
		m = skip_join(sc, m + 1);
	}
	return k;
}

/* A fraction starting with numerator value nv ending before k: tries the
 * denominator at k. Returns the token after it, or k. */
static size_t fraction_den(const scan *sc, size_t k, double *den, int *pl)
{
	int c = card_class(sc, k);
	if (c == W_HALF || c == W_QUARTER) {
		*den = sc->t[k].val;
		*pl = 0;
		return k + 1;
	}
	size_t a = skip_join(sc, k), e = ordinal_at(sc, a, den, pl);
	return e > a ? e : k;
}

/* A fraction after "and", at a: "a half", "one quarter", "three fifths",
 * "fifty-four hundredths". Returns the token after it, or a when there is
 * none; *fn gets its numerator (1 unless spelled), *den its denominator
 * (0 when none). */
static size_t and_fraction(const scan *sc, size_t a, double *fn, double *den)
{
	int pl = 0;
	size_t fe = a;
	*fn = 1, *den = 0;
	if (is_article(sc, a) || tword(sc, a, "one"))
		fe = fraction_den(sc, a + 1, den, &pl);
	else if (card_class(sc, a) == W_CARD || card_class(sc, a) == W_TENS) {
		/* "and three fifths", "and fifty-four hundredths" */
		size_t b = a;
		double nv = 0;
		int lastc = L_NONE;
		while (b < sc->n) {
			int cc = card_class(sc, b);
			if (cc == W_CARD && (lastc == L_NONE || (lastc == L_TENS && sc->t[b].val < 10)))
				nv += sc->t[b].val, lastc = L_UNIT;
			else if (cc == W_TENS && lastc == L_NONE)
				nv += sc->t[b].val, lastc = L_TENS;
			else
				break;
			b = skip_join(sc, b + 1);
		}
		if (b > a) {
			fe = fraction_den(sc, b, den, &pl);
			if (fe == b)
				fe = a;
			else
				*fn = nv;
		}
	}
	return fe;
}

/* Ends the cardinal r read from k at token good, with value v. Returns 0
 * when nothing is left but an article or a dangling "and". */
static int cardinal_end(const scan *sc, size_t k, size_t good, double v, num *r)
{
	/* a dangling "and" joined a number that a later scale rejected */
	if (good == k || (good == k + 1 && r->article))
		return 0;
	/* trailing hyphen was skipped by skip_join: the end is the last word */
	while (good > k && (is_dash(sc, good - 1) || tword(sc, good - 1, "and")))
		good--;
	r->i = k;
	r->j = good;
	r->v = v;
	r->ok = 1;
	if (!r->digits || r->j > r->i + 1)
		r->integer = 0;
	if (r->digits && r->j == r->i + 1)
		r->integer = !r->decimals;
	return 1;
}

/* Parses a cardinal expression of words and digits from k: "two hundred and
 * five", "4 thousand 3 hundred and 21", "1.5 million", "a dozen", "five
 * and a half". Fills r; returns 0 when nothing parses. */
static int parse_cardinal(scan *sc, size_t k, num *r)
{
	memset(r, 0, sizeof *r);
	double total = 0, cur = 0, sub = 0, lastscale = 1e300;
	int last = L_NONE;
	size_t m = k, good = k;       /* the next token; the end so far */
	double gtotal = 0, gcur = 0;  /* total and cur at good */
	size_t and_rb = 0;            /* token of an "and" we may give back */
	double rb_total = 0, rb_cur = 0;
	int digit_scale = 0;          /* a scale after digits: "$2.9 billion" */

	r->i = k;
	if (is_article(sc, k)) {
		/* "a hundred", "a dozen", "a half", "a fifth" */
		int c = card_class(sc, k + 1);
		if (c == W_HUNDRED || c == W_SCALE || c == W_GROUP) {
			cur = 1, sub = 1, last = L_UNIT, m = k + 1;
			r->article = 1;
		} else
			return 0;
	}
	while (m < sc->n) {
		const tok *t = &sc->t[m];
		int c = card_class(sc, m);
		num lit;
		if (t->type == T_NUM || tchar(sc, m, '.')) {
			if (!(last == L_NONE || last == L_HUNDRED || last == L_SCALE))
				break;
			if (!digit_literal(sc, m, &lit))
				break;
			if (last != L_NONE && (lit.decimals || lit.v >= (last == L_HUNDRED ? 100 : lastscale) || (and_rb && lit.v == 0)))
				break;
			if (last == L_NONE) {
				*r = lit;
				r->i = k;
			}
			cur += lit.v, sub = lit.v, last = L_DIGIT, m = lit.j;
			good = m, gtotal = total, gcur = cur;
			/* a digit literal takes only a scale or "hundred" after it */
			if (!(card_class(sc, m) == W_HUNDRED || card_class(sc, m) == W_SCALE || card_class(sc, m) == W_GROUP ||
			    (card_class(sc, m) == W_ABBR)))
				break;
			continue;
		}
		/* "$2.9 billion two years ago": words after a scale of digits
		 * start another number */
		if ((c == W_CARD || c == W_TENS) && last == L_SCALE && digit_scale && !and_rb)
			break;
		if (c == W_CARD) {
			double v = t->val;
			if (last == L_NONE || last == L_SCALE || (last == L_HUNDRED && fmod(cur, 100) == 0))
				cur += v, sub = v;
			else if (last == L_TENS && v > 0 && v < 10)
				cur += v, sub += v;
			else
				break;
			last = v < 10 ? L_UNIT : L_TEEN;
		} else if (c == W_TENS) {
			if (last == L_NONE || last == L_SCALE || (last == L_HUNDRED && fmod(cur, 100) == 0))
				cur += t->val, sub = t->val;
			else
				break;
			last = L_TENS;
		} else if (c == W_HUNDRED) {
			if (last == L_NONE && !r->article)
				break;
			/* the hundreds take what follows the last scale: "two thousand
			 * five hundred"; "3 hundred and 2 hundred" is two numbers */
			if (cur <= 0 || (cur >= 100 && !(last == L_DIGIT && cur == sub)) ||
			    !(last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_DIGIT))
				goto bad;
			cur *= 100, sub = 0, last = L_HUNDRED;
			and_rb = 0;
		} else if (c == W_SCALE || (c == W_ABBR && last == L_DIGIT &&
		    (!t->sp || t->e - t->s > 1 || fb_tolower((unsigned char)sc->buf[t->s]) == 'k'))) {
			double s = t->val;
			if (cur <= 0 && !(last == L_SCALE && s > lastscale))
				goto bad;
			if (last == L_SCALE && s > lastscale)
				total *= s; /* "three lakh crore" */
			else if (s >= lastscale)
				goto bad;
			else
				total += cur * s;
			digit_scale = last == L_DIGIT;
			cur = 0, sub = 0, lastscale = s, last = L_SCALE;
			r->scaled = 1;
			and_rb = 0;
		} else if (c == W_GROUP && (last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_DIGIT) && !r->decimals) {
			cur = cur - sub + sub * t->val, sub = 0, last = L_HUNDRED;
			r->scaled = 1;
		} else if (tword(sc, m, "and") && last != L_NONE) {
			/* "one hundred and six", "five and a half", "3 million and a quarter" */
			size_t a = m + 1;
			double fn, den;
			size_t fe = and_fraction(sc, a, &fn, &den);
			int hq = fe > a && (card_class(sc, fe - 1) == W_HALF || card_class(sc, fe - 1) == W_QUARTER ||
			    tword(sc, fe - 1, "quarters") || tword(sc, fe - 1, "halves"));
			if (fe > a && den > 0 && den < 1e13 && (last != L_HUNDRED || fn == 1 || hq || fmod(den, 10) == 0)) {
				double f = fn / den;
				if (card_class(sc, fe) == W_SCALE && (last == L_SCALE)) {
					f *= sc->t[fe].val;
					fe++;
				} else if (last == L_SCALE)
					f *= lastscale;
				cur += f;
				m = fe;
				r->fraction = 1;
				good = m, gtotal = total, gcur = cur;
				/* "five and a half million" */
				if (card_class(sc, m) == W_SCALE && total == 0 && sc->t[m].val < lastscale) {
					cur *= sc->t[m].val, m++;
					r->scaled = 1;
					good = m, gcur = cur;
				}
				break;
			}
			if (!(last == L_HUNDRED || last == L_SCALE))
				break;
			if (!(card_class(sc, a) == W_CARD || card_class(sc, a) == W_TENS || sc->t[a].type == T_NUM))
				break;
			and_rb = m, rb_total = total, rb_cur = cur;
			m = a;
			continue;
		} else if (c == W_HALF || c == W_QUARTER || c == W_ORDPL || c == W_ORD) {
			break; /* a fraction or ordinal: handled by the caller */
		} else
			break;
		m = skip_join(sc, m + 1);
		good = m, gtotal = total, gcur = cur;
		if (last == L_SCALE || last == L_HUNDRED)
			and_rb = 0;
		continue;
bad:
		if (and_rb) {
			good = and_rb, gtotal = rb_total, gcur = rb_cur;
			and_rb = 0;
		}
		break;
	}
	/* "3 hundred and 2.12 hundred": the "and" group ran into a number it
	 * cannot take, so the "and" separates two numbers */
	if (and_rb && m < sc->n && (sc->t[m].type == T_NUM || card_class(sc, m) == W_CARD ||
	    card_class(sc, m) == W_TENS || card_class(sc, m) == W_HUNDRED || card_class(sc, m) == W_SCALE))
		good = and_rb, gtotal = rb_total, gcur = rb_cur;
	return cardinal_end(sc, k, good, gtotal + gcur, r);
}

/* A scale word after spoken decimals: "two point two million". */
static void point_scale(scan *sc, num *r)
{
	if (card_class(sc, r->j) == W_SCALE) {
		r->v *= sc->t[r->j].val;
		r->j++;
		r->scaled = 1;
	}
}

/* Extends a parsed number with a fraction denominator, "point" decimals,
 * a trailing scale ("half million") or a group ("half a dozen"). */
static void number_tail(scan *sc, num *r, int numerator_words, size_t tens_at_end)
{
	size_t k = r->j;
	double den;
	int pl;
	/* "one hundred point zero three", "five point five" */
	if (!r->digits && tword(sc, k, "point") && card_class(sc, k + 1) == W_CARD) {
		size_t m = k + 1;
		double f = 0, sc10 = 1;
		if (sc->t[m].val >= 10) {
			f = sc->t[m].val / 100, m++;
		} else if (card_class(sc, m) == W_CARD) {
			while (card_class(sc, m) == W_CARD && sc->t[m].val < 10) {
				f += sc->t[m].val * (sc10 /= 10);
				m = skip_join(sc, m + 1);
			}
		}
		if (m > k + 1) {
			r->v += r->v < 0 ? -f : f;
			r->j = m;
			point_scale(sc, r); /* "two point two million" */
			return;
		}
	}
	if (tword(sc, k, "point") && card_class(sc, k + 1) == W_TENS) {
		num t;
		if (parse_cardinal(sc, k + 1, &t) && t.v < 100) {
			r->v += t.v / 100;
			r->j = t.j;
			point_scale(sc, r);
			return;
		}
	}
	if (!numerator_words)
		return;
	size_t e = fraction_den(sc, k, &den, &pl);
	/* "one second", "two seconds": a duration; halves are never "seconds" */
	if (e > k && den == 2 && card_class(sc, k) != W_HALF)
		return;
	if (e > k && den > 0) {
		if (!pl && den >= 100 && den == floor(den) && (den == 100 || fmod(den, 1000) == 0) &&
		    ((!r->article && r->v >= 2) || (r->article && r->v >= 100 && den >= 1000 && !tword(sc, e, "of")))) {
			/* "three trillionth", "a hundred thousandth visitor": an
			 * ordinal; "a hundred thousandth of a second" a fraction */
			r->v *= den;
			r->ordinal = 1;
			r->j = e;
			return;
		}
		if (!pl && r->article && card_class(sc, k) != W_HALF && card_class(sc, k) != W_QUARTER && nounish(sc, e) && !tword(sc, e, "of")) {
			return; /* "a third term": the caller sees the ordinal */
		}
		if (!pl && !r->article && r->v != 1 && card_class(sc, k) != W_HALF && card_class(sc, k) != W_QUARTER && den < 1000) {
			return; /* "two fifth": not English */
		}
		r->v = r->v / den;
		r->fraction = 1;
		r->j = e;
		(void)tens_at_end;
	}
}

/* Applies a fraction's multiplier: "half a dozen", "two thirds of a
 * million", "three quarters billion". */
static void fraction_scale(scan *sc, num *r)
{
	size_t k = r->j;
	if (tword(sc, k, "of") && is_article(sc, k + 1) && (card_class(sc, k + 2) == W_SCALE || card_class(sc, k + 2) == W_GROUP))
		k += 2;
	else if (is_article(sc, k) && (card_class(sc, k + 1) == W_SCALE || card_class(sc, k + 1) == W_GROUP))
		k += 1;
	if (card_class(sc, k) == W_SCALE || card_class(sc, k) == W_GROUP) {
		r->v *= sc->t[k].val;
		r->j = k + 1;
		r->scaled = 1;
		r->fraction = card_class(sc, k) == W_GROUP ? 0 : r->fraction;
	}
}

/* Do the words at tokens a and b share a stem ("suspect", "suspects")? */
static int same_stem(const scan *sc, size_t a, size_t b)
{
	const tok *x = &sc->t[a], *y = &sc->t[b];
	size_t n = 0, lx = x->e - x->s, ly = y->e - y->s, m = lx < ly ? lx : ly;
	while (n < m && fb_tolower((unsigned char)sc->buf[x->s + n]) == fb_tolower((unsigned char)sc->buf[y->s + n]))
		n++;
	return n >= 3 && n + 2 >= (lx > ly ? lx : ly);
}

/* Whether a count of den - 1 comes before k in its sentence, so that "a
 * third" (or "a fourth", ...) at k, ending before token e, is one more of
 * them: "Two men were killed and a third wounded", "detained three and a
 * fourth later", "two suspects ... a third suspect" (but not "the two
 * neighbours ... a third round": a noun after it is the count's own). A
 * count that is itself a fraction ("two thirds") does not count. */
static int one_more(const scan *sc, size_t k, size_t e, double den)
{
	if (den > 10)
		return 0;
	for (size_t back = 1; back <= 30 && back <= k; back++) {
		size_t i = k - back;
		const tok *t = &sc->t[i];
		if (tchar(sc, i, ';') || tchar(sc, i, ':'))
			return 0;
		int hit = (t->type == T_WORD && t->cls == W_CARD && t->val == den - 1) ||
			  (t->type == T_NUM && t->e == t->s + 1 && sc->buf[t->s] - '0' == (int)den - 1 &&
			   !(i > 0 && (sc->t[i - 1].type == T_NUM || tchar(sc, i - 1, '.') || tchar(sc, i - 1, ','))));
		if (!hit)
			continue;
		size_t n = skip_join(sc, i + 1);
		int c = card_class(sc, n);
		if (c == W_ORD || c == W_ORDPL || c == W_HALF || c == W_QUARTER || tword(sc, i + 1, "percent") ||
		    tchar(sc, i + 1, '%') || tchar(sc, i + 1, '.') || tchar(sc, i + 1, ','))
			return 0;
		size_t l = sc->t[e < sc->n ? e : 0].e - sc->t[e < sc->n ? e : 0].s;
		if (!nounish(sc, e) || (l > 3 && sc->buf[sc->t[e].e - 2] == 'e' && sc->buf[sc->t[e].e - 1] == 'd'))
			return 1; /* no noun of its own: "a third fled" */
		for (size_t j = i + 1; j < i + 4 && j < k; j++)
			if (same_stem(sc, j, e))
				return 1;
		return 0;
	}
	return 0;
}

/* Parses any number at k: sign, literal, words, fractions, ordinals.
 * Returns 0 when none starts there. */
int parse_number(scan *sc, size_t k, num *r)
{
	memset(r, 0, sizeof *r);
	if (k >= sc->n)
		return 0;
	size_t s0 = k;
	int neg = 0;
	if (card_class(sc, k) == W_SIGN && k + 1 < sc->n) {
		neg = 1, k++;
	} else if ((tchar(sc, k, '-') || tchar(sc, k, '+') ||
	           (sc->t[k].type == T_SYM && (unsigned char)sc->buf[sc->t[k].s] == 0xE2 &&
	            (unsigned char)sc->buf[sc->t[k].s + 2] == 0x92)) &&
	    k + 1 < sc->n && (sc->t[k + 1].type == T_NUM) &&
	    (!sc->t[k + 1].sp || k == 0)) {
		/* a sign unless it joins two numbers ("10-12") or a word ("Covid-19") */
		if (k > 0 && !sc->t[k].sp && (sc->t[k - 1].type == T_NUM || sc->t[k - 1].type == T_WORD))
			return 0;
		if (k > 0 && sc->t[k - 1].type == T_NUM)
			return 0;
		neg = sc->buf[sc->t[k].s] != '+';
		k++;
	}
	const tok *t = &sc->t[k];
	int ok = 0;
	if (t->type == T_NUM || tchar(sc, k, '.')) {
		if (!parse_cardinal(sc, k, r))
			return 0;
		ok = 1;
		/* "3/4", "2 1/4", "10 1/2" */
		size_t j = r->j;
		if (r->integer && tchar(sc, j, '/') && j + 1 < sc->n && sc->t[j + 1].type == T_NUM && !tchar(sc, j + 2, '/')) {
			double d = digits_value(sc->buf, sc->t[j + 1].s, sc->t[j + 1].e, NULL);
			/* a fraction is proper, over a denominator fractions use:
			 * "24/7" and "9/11" are not */
			int proper = r->v < d && (d == 2 || d == 3 || d == 4 || d == 5 || d == 6 || d == 8 || d == 10 ||
			                          d == 12 || d == 16 || d == 32 || d == 64 || d == 100);
			if (d > 0 && proper && (!sc->t[j].sp) == (!sc->t[j + 1].sp)) {
				r->v /= d;
				r->j = j + 2;
				r->fraction = 1;
				r->integer = 0;
				r->year = 0;
			}
		} else if (r->integer && !r->scaled && sc->t[j].type == T_SYM && sc->t[j].cls == W_FRAC) {
			/* "1 ½", "2¾": a whole number and a vulgar fraction */
			r->v += sc->t[j].val;
			r->j = j + 1;
			r->fraction = 1;
			r->integer = 0;
			r->year = 0;
		} else if (r->integer && sc->t[j].type == T_NUM && sc->t[j].sp && tchar(sc, j + 1, '/') &&
		    j + 2 < sc->n && sc->t[j + 2].type == T_NUM && !tchar(sc, j + 3, '/')) {
			double a = digits_value(sc->buf, sc->t[j].s, sc->t[j].e, NULL);
			double d = digits_value(sc->buf, sc->t[j + 2].s, sc->t[j + 2].e, NULL);
			if (d > 0 && a < d) {
				r->v += a / d;
				r->j = j + 3;
				r->fraction = 1;
				r->integer = 0;
				r->year = 0;
			}
		}
	} else if (t->type == T_SYM && t->cls == W_FRAC) {
		r->v = t->val, r->i = k, r->j = k + 1, r->ok = 1, r->fraction = 1;
		ok = 1;
	} else if (t->type == T_WORD) {
		int c = t->cls;
		double den;
		int pl;
		if (c == W_HALF || c == W_QUARTER) {
			/* "half", "half a dozen", "quarter million" */
			r->i = k, r->j = k + 1, r->v = 1 / t->val, r->fraction = 1, r->ok = 1;
			fraction_scale(sc, r);
			if (c == W_QUARTER && !r->scaled)
				return 0; /* "quarter" alone is a period of time */
			ok = 1;
		} else if (is_article(sc, k) && (card_class(sc, k + 1) == W_HALF || card_class(sc, k + 1) == W_QUARTER)) {
			r->i = k, r->j = k + 2, r->v = 1 / sc->t[k + 1].val, r->fraction = 1, r->ok = 1, r->article = 1;
			fraction_scale(sc, r);
			ok = 1;
		} else if (is_article(sc, k) && fraction_den(sc, k + 1, &den, &pl) > k + 1 && den >= 3 && !pl) {
			size_t e = fraction_den(sc, k + 1, &den, &pl);
			if (!tword(sc, e, "of") && one_more(sc, k, e, den)) {
				/* "two suspects were held and a third fled": one more */
				r->i = k, r->j = e, r->v = 1, r->integer = 1, r->ok = 1, r->article = 1;
				return 1;
			}
			if (nounish(sc, e) && !tword(sc, e, "of"))
				return 0; /* "a third term" */
			if (e > k + 2 && den >= 1000) {
				/* "a hundred trillionth": an ordinal */
				r->i = k, r->j = e, r->v = den, r->ordinal = 1, r->ok = 1;
				return 1;
			}
			r->i = k, r->j = e, r->v = 1 / den, r->fraction = 1, r->ok = 1, r->article = 1;
			fraction_scale(sc, r);
			ok = 1;
		} else if (c == W_CARD || c == W_TENS || c == W_HUNDRED || (is_article(sc, k) && k + 1 < sc->n)) {
			if (parse_cardinal(sc, k, r)) {
				ok = 1;
				/* "one hundred thirty fifths": the tens join the denominator */
				size_t j = r->j, jj = skip_join(sc, j), pt = j - 1;
				double dv;
				int dpl;
				if (card_class(sc, jj) == W_ORDPL && card_class(sc, pt) == W_TENS && pt >= 1 &&
				    (card_class(sc, pt - 1) == W_HUNDRED || card_class(sc, pt - 1) == W_SCALE) &&
				    sc->t[jj].val < 10) {
					double tv = sc->t[pt].val;
					r->v = (r->v - tv) / (tv + sc->t[jj].val);
					r->j = jj + 1;
					r->fraction = 1;
				} else if (tword(sc, j, "and") && (card_class(sc, pt) == W_HUNDRED || card_class(sc, pt) == W_SCALE) &&
				    ordinal_at(sc, j + 1, &dv, &dpl) > j + 1 && !dpl && dv < 100) {
					/* "one hundred and first", "two thousand and twentieth" */
					r->v += dv;
					r->j = ordinal_at(sc, j + 1, &dv, &dpl);
					r->ordinal = 1;
				} else if (card_class(sc, jj) == W_ORD && sc->t[jj].val < 10 && sc->t[jj].val > 0 &&
				    (card_class(sc, pt) == W_TENS || card_class(sc, pt) == W_HUNDRED || card_class(sc, pt) == W_SCALE) &&
				    (r->j > r->i + 1 || jj > j ||
				     /* "twenty fifth" spaced (not "twenty first-time voters") */
				     (card_class(sc, pt) == W_TENS && sc->t[jj].sp && !(is_dash(sc, jj + 1) && !sc->t[jj + 1].sp)))) {
					/* "one hundred twenty fifth", "twenty-first": a compound ordinal */
					r->v += sc->t[jj].val;
					r->j = jj + 1;
					r->ordinal = 1;
				} else if (ordinal_at(sc, jj, &dv, &dpl) > jj && !r->scaled && r->v > 0 &&
				    (card_class(sc, skip_join(sc, j)) == W_TENS || card_class(sc, skip_join(sc, j)) == W_CARD)) {
					/* "one twenty-fifth", "twenty twenty fifths" */
					size_t e = ordinal_at(sc, skip_join(sc, j), &dv, &dpl);
					r->v /= dv;
					r->j = e;
					r->fraction = 1;
				} else
					number_tail(sc, r, 1, 0);
				if (r->fraction)
					fraction_scale(sc, r);
			}
		}
		if (!ok) {
			/* an ordinal word: "third", "twenty-first", "hundredth" */
			double v;
			int pl2;
			size_t e = ordinal_at(sc, k, &v, &pl2);
			if (e > k && !pl2) {
				r->i = k, r->j = e, r->v = v, r->ordinal = 1, r->ok = 1;
				ok = 1;
			}
		}
	}
	if (!ok)
		return 0;
	if (neg)
		r->v = -r->v;
	r->i = s0;
	return 1;
}
