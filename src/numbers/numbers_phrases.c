/* numbers_phrases.c - numbers in phrases around the number grammar: dates
 * ("March 5, 2024", "5/17/2018"), vague words ("several", "a few days"),
 * "a"/"an" as one ("a week", "a couple of", "a whole day"), and over a
 * sentence's quantities, enumerations ("two policemen, two rangers and one
 * civilian") and bounds joined ("between 20 and 30"). */
#include "numbers_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* "2:04:51" at token k, matched up to e: a length in hours ("won in
 * 2:04:51"), or after "at" a time of day with its seconds ("at 14:05:33",
 * kept as 14.05 as the clock pattern keeps "14:05"). */
static size_t clock_length_at(scan *sc, size_t k, size_t e)
{
	size_t a = 0, b = 0, j = tok_from(sc, k, e);
	double f[3];
	for (int g = 0; g < 3; g++) {
		group(sc, g + 1, &a, &b);
		f[g] = digits_value(sc->buf, a, b, NULL);
	}
	if (k > 0 && tword(sc, k - 1, "at")) {
		if (f[0] > 24)
			return k;
		set_exact(emit(sc, k, j, FB_QK_TIME), f[0] + f[1] / 100);
		return j;
	}
	fb_quantity *q = emit(sc, k, j, FB_QK_DURATION);
	q->unit = "hour";
	set_exact(q, f[0] + f[1] / 60 + f[2] / 3600);
	return j;
}

/* Dates and times at token k; returns the token after, or k. */
/* "Oct. 2-7", "from Oct. 2 to 7", "between May 4 and 6": days of one
 * month joined to the date before them (tokens j on), so that the
 * range's end is no count. A word joins only after "from" or "between"
 * before the month ("rose on Oct. 2 to 17" is a level). Returns the token
 * after the range (and its year), or j. */
static size_t day_range_end(scan *sc, size_t k, size_t j, double day)
{
	int joined = is_dash(sc, j);
	if (!joined && k > 0 && tword(sc, k - 1, "from"))
		joined = tword(sc, j, "to") || tword(sc, j, "through") || tword(sc, j, "until");
	if (!joined && k > 0 && tword(sc, k - 1, "between"))
		joined = tword(sc, j, "and");
	const tok *n = j + 1 < sc->n ? &sc->t[j + 1] : NULL;
	if (!joined || !n || n->type != T_NUM || n->e - n->s > 2)
		return j;
	double v = digits_value(sc->buf, n->s, n->e, NULL);
	if (!(v > day && v <= 31) || tchar(sc, j + 2, '%') || tword(sc, j + 2, "percent") || tword(sc, j + 2, "per") ||
	    (tchar(sc, j + 2, '.') && j + 3 < sc->n && sc->t[j + 3].type == T_NUM && !sc->t[j + 3].sp))
		return j; /* "from 2 to 7 percent", "7.5" */
	size_t e = j + 2;
	if (tchar(sc, e, ',') && e + 1 < sc->n && sc->t[e + 1].type == T_NUM && sc->t[e + 1].e - sc->t[e + 1].s == 4)
		e += 2; /* ", 2025" */
	return e;
}

size_t date_at(scan *sc, size_t k)
{
	const tok *t = &sc->t[k];
	size_t e;
	fb_quantity *q;
	if (t->type == T_WORD && (t->cls == W_MONTH || tword(sc, k, "late") || tword(sc, k, "early") || tword(sc, k, "mid"))) {
		size_t a, b;
		if ((e = match_at(sc, sc->nm->re_date_md, t->s))) {
			int day = group(sc, 2, &a, &b), year = group(sc, 3, &a, &b);
			size_t mk = tok_from(sc, k, pcre2_get_ovector_pointer(sc->md)[2]);
			/* "may", "march" alone are verbs; a month alone must be
			 * capitalised, and "May" or "March" after a word of time
			 * ("in March", "since May", "late March") */
			int verbish = tword(sc, mk, "may") || tword(sc, mk, "march");
			int timed = mk > 0 && (tword(sc, mk - 1, "in") || tword(sc, mk - 1, "since") || tword(sc, mk - 1, "until") ||
			    tword(sc, mk - 1, "through") || tword(sc, mk - 1, "last") || tword(sc, mk - 1, "next") ||
			    tword(sc, mk - 1, "early") || tword(sc, mk - 1, "late") || tword(sc, mk - 1, "mid"));
			if (day || year ||
			    (sc->t[mk].upper && (verbish ? timed : sc->t[mk].e - sc->t[mk].s > 3))) {
				size_t j = tok_from(sc, k, e);
				if (day && !year) {
					size_t ds, de;
					group(sc, 2, &ds, &de);
					j = day_range_end(sc, k, j, digits_value(sc->buf, ds, de, NULL));
				}
				q = emit(sc, k, j, FB_QK_DATE);
				if (year && !day) {
					q->has_value = 0;
				}
				return j;
			}
		}
	}
	if (t->type == T_WORD && (t->cls == W_WEEKDAY || ((tword(sc, k, "late") || tword(sc, k, "early")) && card_class(sc, k + 1) == W_WEEKDAY))) {
		size_t j = k + (t->cls == W_WEEKDAY ? 1 : 2);
		if (tword(sc, j, "morning") || tword(sc, j, "afternoon") || tword(sc, j, "evening") || tword(sc, j, "night"))
			j++;
		emit(sc, k, j, FB_QK_DATE);
		return j;
	}
	/* the patterns below start with one, two or four digits; each test
	 * before a match is what its pattern needs right after them */
	size_t dl = t->e - t->s;
	unsigned char c = byte_after(sc, t);
	if (t->type == T_NUM && dl <= 4) {
		if (((dl <= 2 && (c == '/' || c == '.')) || (dl == 4 && c == '-')) &&
		    (e = match_at(sc, sc->nm->re_date_num, t->s))) {
			size_t j = tok_from(sc, k, e);
			emit(sc, k, j, FB_QK_DATE);
			return j;
		}
		if (dl <= 2 && (card_class(sc, k + 1) == W_MONTH || card_class(sc, k + 2) == W_MONTH || card_class(sc, k + 3) == W_MONTH) &&
		    (e = match_at(sc, sc->nm->re_date_dm, t->s))) {
			size_t j = tok_from(sc, k, e);
			emit(sc, k, j, FB_QK_DATE);
			return j;
		}
		if (dl <= 2 && c == ':' && (e = match_at(sc, sc->nm->re_hms, t->s)))
			return clock_length_at(sc, k, e);
		if (dl <= 2 && (c == ':' || c == '.' || fb_tolower(c) == 'a' || fb_tolower(c) == 'p' || (c && fb_isspace(c))) &&
		    (e = match_at(sc, sc->nm->re_time, t->s))) {
			size_t a = 0, b = 0, j = tok_from(sc, k, e);
			double h = 0, mi = 0;
			if (group(sc, 1, &a, &b)) {
				h = digits_value(sc->buf, a, b, NULL);
				if (group(sc, 2, &a, &b))
					mi = digits_value(sc->buf, a, b, NULL);
				group(sc, 3, &a, &b);
				int pm = fb_tolower((unsigned char)sc->buf[a]) == 'p';
				if (h > 12 || h < 1)
					return k;
				if (pm && h < 12)
					h += 12;
				if (!pm && h == 12)
					h = 0;
			} else {
				group(sc, 4, &a, &b);
				h = digits_value(sc->buf, a, b, NULL);
				group(sc, 5, &a, &b);
				mi = digits_value(sc->buf, a, b, NULL);
				if (h > 24 || mi > 59)
					return k;
			}
			q = emit(sc, k, j, FB_QK_TIME);
			set_exact(q, h + mi / 100); /* 22.30 for half past ten at night */
			return j;
		}
	}
	return k;
}

/* Vague quantities at k: "several", "dozens", "hours-long". */
/* "a few days", "several more minutes", "millions of dollars": a vague
 * count of a unit written out in full (no abbreviation) takes the unit. */
static int vague_unit(scan *sc, fb_quantity *q, size_t j, size_t *end)
{
	size_t n = j, uj, cj;
	if (tword(sc, n, "of"))
		n++;
	else if (n < sc->n && sc->t[n].type == T_WORD && lget(sc->nm->unit_adj, sc->buf + sc->t[n].s, sc->t[n].e - sc->t[n].s))
		n++;
	if (n >= sc->n || sc->t[n].type != T_WORD)
		return 0;
	const fb_entry *u = lex_at(sc, sc->nm->units, n, &uj);
	const fb_entry *cu = lex_at(sc, sc->nm->cur, n, &cj);
	if (cu && !strcmp(cu->field[1], "post") && cu->nfield < 3) {
		q->kind = FB_QK_MONEY, q->unit = cu->field[0];
		*end = cj;
	} else if (u && !(u->nfield > 2 && u->field[2][0]) && !cu) {
		q->unit = u->field[0];
		q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION :
		    !strcmp(u->field[1], "percent") ? FB_QK_PERCENT : FB_QK_MEASURE;
		*end = uj;
	} else
		return 0;
	q->end = sc->t[*end - 1].e;
	return 1;
}

/* "several hundred", "a few thousand", "a few dozen", "several hundred
 * thousand": the vague word counts the scale after it, a singular one
 * ("hundreds" is a vague word of its own). The bounds are the word's times
 * the scale, below the next order: "a few hundred" is 300 to 999, "several
 * thousand" 3000 to 9999. Returns the token after the scales. */
static size_t vague_scale(scan *sc, fb_quantity *q, size_t j)
{
	double scale = 1;
	int n = 0;
	for (; n < 2 && j < sc->n && sc->t[j].type == T_WORD; n++, j++) {
		int c = card_class(sc, j);
		if (sc->buf[sc->t[j].e - 1] == 's' || !(c == W_SCALE || (!n && (c == W_HUNDRED || c == W_GROUP))))
			break;
		scale *= sc->t[j].val;
	}
	if (!n || !q->has_min)
		return j;
	q->max = q->has_max ? (q->max + 1) * scale - 1 : 10 * scale - 1;
	q->has_max = 1;
	q->min *= scale;
	q->end = sc->t[j - 1].e;
	return j;
}

size_t vague_at(scan *sc, size_t k)
{
	size_t j;
	const fb_entry *e = lex_at(sc, sc->nm->vague, k, &j);
	if (!e)
		return k;
	/* "many" in "how many", "as many as": not a quantity */
	if (k > 0 && (tword(sc, k - 1, "how") || tword(sc, k - 1, "as") || tword(sc, k - 1, "so") || tword(sc, k - 1, "too")))
		return k;
	fb_quantity *q = emit(sc, k, j, FB_QK_COUNT);
	double v;
	q->vague = 1;
	if (parse_field_num(e->field[0], &v))
		q->has_min = 1, q->min = v;
	if (e->nfield > 1 && parse_field_num(e->field[1], &v))
		q->has_max = 1, q->max = v;
	if (e->nfield > 2 && !strcmp(e->field[2], "duration"))
		q->kind = FB_QK_DURATION;
	if (e->nfield > 3 && e->field[3][0])
		q->unit = e->field[3];
	if (q->kind == FB_QK_COUNT)
		j = vague_scale(sc, q, j);
	if (q->kind == FB_QK_COUNT && vague_unit(sc, q, j, &j))
		return j;
	if (q->kind == FB_QK_COUNT) {
		size_t n = j;
		if (tword(sc, n, "of"))
			n++;
		size_t ne = noun_phrase(sc, n, 2);
		if (ne > n)
			q->noun_start = sc->t[n].s, q->noun_end = sc->t[ne - 1].e;
	}
	return j;
}

/* "a whole day", "a full year", "an extra hour": one of a duration with a
 * word of data/numbers/unit-adjectives.txt between, unless a rate ("$5 a
 * full day") or a time ("a full day later"). */
static size_t one_adj_unit(scan *sc, size_t k)
{
	size_t j, vj;
	const fb_entry *u = lex_at(sc, sc->nm->units, k + 2, &j);
	if (!u || j != k + 3 || strcmp(u->field[1], "duration") != 0 || u->key[u->keylen - 1] == 's' ||
	    (u->nfield > 2 && u->field[2][0]) || (tchar(sc, j, '-') && !sc->t[j].sp))
		return k;
	if (k > 0 && (sc->t[k - 1].type == T_NUM || card_class(sc, k - 1) != W_NONE || tword(sc, k - 1, "per") ||
	    tword(sc, k - 1, "once") || tword(sc, k - 1, "times") || tword(sc, k - 1, "not") ||
	    lex_at(sc, sc->nm->units, k - 1, &vj) || lex_at(sc, sc->nm->cur, k - 1, &vj)))
		return k;
	if (tword(sc, j, "ago") || tword(sc, j, "later") || tword(sc, j, "earlier") || tword(sc, j, "after") ||
	    tword(sc, j, "before") || tword(sc, j, "or"))
		return k;
	fb_quantity *q = emit(sc, k, j, FB_QK_DURATION);
	set_exact(q, 1);
	q->unit = u->field[0];
	return j;
}

/* "a couple of hours", "a pair of dollars": two of the unit, currency or
 * scale that follows; "a couple (of) hundred people", "a couple dozen
 * eggs", "a couple of million dollars" are 200, 24 and two million.
 * American English drops the "of" before a scale or a unit ("a couple
 * days", "a couple more weeks"); "a couple" alone is two people, not a
 * number, and is left. k is the article; returns the token after. */
static size_t couple_at(scan *sc, size_t k)
{
	int couple = tword(sc, k + 1, "couple");
	size_t e = k + 2;
	int of = tword(sc, e, "of");
	double v = 2;
	int scale = 0;
	if (of)
		e++;
	/* "a couple hundred thousand": a hundred may take a larger scale */
	while (couple && scale < 2 && (card_class(sc, e) == W_HUNDRED || card_class(sc, e) == W_SCALE ||
	                               (!scale && card_class(sc, e) == W_GROUP))) {
		int hundred = card_class(sc, e) == W_HUNDRED;
		v *= sc->t[e].val;
		e++;
		scale = hundred ? 1 : 2;
	}
	/* "a couple more minutes": the unit after a word of unit-adjectives.txt */
	size_t a = e, uj = e, cj = e;
	if (couple && !of && !scale && sc->t[e].type == T_WORD &&
	    lget(sc->nm->unit_adj, sc->buf + sc->t[e].s, sc->t[e].e - sc->t[e].s))
		a = e + 1;
	const fb_entry *u = lex_at(sc, sc->nm->units, a, &uj);
	const fb_entry *cu = lex_at(sc, sc->nm->cur, a, &cj);
	if (cu && strcmp(cu->field[1], "post") != 0)
		cu = NULL;
	if (u && u->nfield > 2 && u->field[2][0])
		u = NULL; /* "abbr" and "glued" units follow digits only */
	if (!of && !scale && !u && !cu)
		return k;
	if (!u && !cu && a > e)
		a = e;
	fb_quantity *q = emit(sc, k, cu ? cj : u ? uj : a, FB_QK_COUNT);
	set_exact(q, v);
	q->approx = couple;
	if (cu) {
		q->kind = FB_QK_MONEY, q->unit = cu->field[0];
		return cj;
	}
	if (u) {
		q->unit = u->field[0];
		q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION :
		    !strcmp(u->field[1], "percent") ? FB_QK_PERCENT : FB_QK_MEASURE;
		return uj;
	}
	size_t ne = noun_phrase(sc, a, v);
	if (ne > a)
		q->noun_start = sc->t[a].s, q->noun_end = sc->t[ne - 1].e;
	return a;
}

/* "a week", "an hour" after a preposition; "a single", "a couple of". */
size_t article_at(scan *sc, size_t k)
{
	if (!is_article(sc, k) || k + 1 >= sc->n)
		return k;
	size_t j;
	if (tword(sc, k + 1, "couple") || tword(sc, k + 1, "pair"))
		return couple_at(sc, k);
	if (card_class(sc, k + 1) == W_SINGLE && nounish(sc, k + 2)) {
		fb_quantity *q = emit(sc, k, k + 2, FB_QK_COUNT);
		set_exact(q, 1);
		size_t ne = noun_phrase(sc, k + 2, 1);
		q->noun_start = sc->t[k + 2].s, q->noun_end = sc->t[ne - 1].e;
		return k + 2;
	}
	const fb_entry *u = lex_at(sc, sc->nm->units, k + 1, &j);
	size_t vj;
	if (lex_at(sc, sc->nm->vague, k + 1, &vj))
		return k; /* "an hours-long siege" */
	if (!u && sc->t[k + 1].type == T_WORD &&
	    lget(sc->nm->unit_adj, sc->buf + sc->t[k + 1].s, sc->t[k + 1].e - sc->t[k + 1].s))
		return one_adj_unit(sc, k);
	{
		/* "a dollar", "a kilogram", "an hour and a half": one of a unit,
		 * unless it is the rate of an amount before it ("$5 a day",
		 * "twice a week", "60 miles an hour") */
		size_t cj, e = k;
		const fb_entry *cu = lex_at(sc, sc->nm->cur, k + 1, &cj);
		int one = lget(sc->nm->one_units, sc->buf + sc->t[k + 1].s, sc->t[k + 1].e - sc->t[k + 1].s) != NULL;
		if (cu && cj == k + 2 && strcmp(cu->field[1], "pre") != 0 && one)
			e = cj;
		else if (u && j == k + 2 && one)
			e = j;
		else if (u && j == k + 2 && !strcmp(u->field[1], "duration") && u->key[u->keylen - 1] != 's' &&
		         !(u->nfield > 2 && u->field[2][0]) && tword(sc, j, "and") && is_article(sc, j + 1) &&
		         (tword(sc, j + 2, "half") || tword(sc, j + 2, "quarter")))
			e = j; /* "an hour and a half" */
		else if (u && j == k + 2 && !strcmp(u->field[1], "duration") && u->key[u->keylen - 1] != 's' &&
		         !(u->nfield > 2 && u->field[2][0]) && strcmp(u->field[0], "second") != 0 &&
		         !tword(sc, j, "after") && !tword(sc, j, "before") && !(tchar(sc, j, '-') && !sc->t[j].sp) &&
		         !(k > 0 && tword(sc, k - 1, "not")))
			e = j; /* "it took a week": one week, as "it took seven days" is seven;
			        * not "a second" (an ordinal), "a day after" (a time),
			        * "a year-long" (a compound) nor "not a day" */
		int rate = k > 0 && (sc->t[k - 1].type == T_NUM || card_class(sc, k - 1) != W_NONE ||
		    tword(sc, k - 1, "once") || tword(sc, k - 1, "times") || tword(sc, k - 1, "per") ||
		    (sc->out->n && sc->out->q[sc->out->n - 1].end == sc->t[k - 1].e) ||
		    lex_at(sc, sc->nm->units, k - 1, &vj) || lex_at(sc, sc->nm->cur, k - 1, &vj));
		int more = tword(sc, e, "and") && is_article(sc, e + 1) &&
		    (tword(sc, e + 2, "half") || tword(sc, e + 2, "quarter"));
		if (e > k && (more || (!rate && !tword(sc, e, "ago") && !tword(sc, e, "later") &&
		                       !tword(sc, e, "earlier") && !tword(sc, e, "or")))) {
			size_t hi;
			const fb_entry *h = k > 0 ? hedge_before(sc, k, &hi) : NULL;
			fb_quantity *q = emit(sc, h ? hi : k, e, e == cj && cu ? FB_QK_MONEY : FB_QK_COUNT);
			set_exact(q, 1);
			if (e == cj && cu) {
				q->unit = cu->field[0];
				e = joined_amount(sc, q, e);
				q->end = sc->t[e - 1].e;
			} else {
				q->unit = u->field[0];
				q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION :
				    !strcmp(u->field[1], "percent") ? FB_QK_PERCENT : FB_QK_MEASURE;
				e = joined_amount(sc, q, e);
				q->end = sc->t[e - 1].e;
			}
			if (h)
				apply_hedge(q, hedge_kind(sc->nm, h), q->value);
			return e;
		}
	}
	if (u && j == k + 2 && !strcmp(u->field[1], "duration") && k > 0 && u->key[u->keylen - 1] != 's') {
		size_t hi;
		const fb_entry *h = hedge_before(sc, k, &hi);
		int prep = tword(sc, k - 1, "for") || tword(sc, k - 1, "in") || tword(sc, k - 1, "after") ||
		    tword(sc, k - 1, "than") || tword(sc, k - 1, "over") || tword(sc, k - 1, "than");
		if (h || prep) {
			size_t s = h ? hi : k;
			fb_quantity *q = emit(sc, s, j, FB_QK_DURATION);
			set_exact(q, 1);
			q->unit = u->field[0];
			if (h)
				apply_hedge(q, hedge_kind(sc->nm, h), 1);
			return j;
		}
	}
	return k;
}

/* Is the word that ends at e (after s) one of people: in WordNet's people
 * (a person or a body of them) or numbers/people.txt? */
static int person_word(const scan *sc, size_t s, size_t e)
{
	size_t w = e;
	while (w > s && (fb_isalpha((unsigned char)sc->buf[w - 1]) || sc->buf[w - 1] == '-'))
		w--;
	if (w == e)
		return 0;
	return lget(sc->nm->people, sc->buf + w, e - w) || lget(sc->nm->people_more, sc->buf + w, e - w);
}

/* Does the noun phrase b[s,e) count people? Its head is its last word, or
 * the word before "of" ("three members of the security forces"). */
static int counts_people(const scan *sc, size_t s, size_t e)
{
	if (person_word(sc, s, e))
		return 1;
	for (size_t i = s; i + 4 <= e; i++)
		if (sc->buf[i] == ' ' && !memcmp(sc->buf + i, " of ", 4))
			return person_word(sc, s, i);
	return 0;
}

/* Enumerations: "Two policemen, two rangers and one civilian" becomes one
 * quantity of five with three parts. Only people are summed: "3 bedrooms
 * and 2 baths" or "200 employees and 15 offices" stay two quantities.
 * Works on the quantities of this sentence from index first. */
void enumerations(scan *sc, size_t first)
{
	fb_qlist *ql = sc->out;
	size_t w = first;
	for (size_t a = first; a < ql->n; a++) {
		fb_quantity q = ql->q[a];
		if (q.kind == FB_QK_COUNT && q.has_value && !q.vague && q.noun_end && !q.nparts && q.value == floor(q.value) && q.value > 0) {
			fb_quantity m = q;
			fb_part parts[FB_MAX_PARTS];
			m.nparts = 1;
			parts[0].value = q.value;
			parts[0].start = q.start, parts[0].end = q.noun_end;
			parts[0].what_start = q.noun_start, parts[0].what_end = q.noun_end;
			size_t pos = q.noun_end, b = a + 1;
			int ended = 0;
			while (!ended && m.nparts < FB_MAX_PARTS) {
				/* separator: ",", "and", ", and" */
				size_t k = tok_from(sc, 0, pos);
				int sep = 0, saw_and = 0;
				if (tchar(sc, k, ','))
					k++, sep = 1;
				if (tword(sc, k, "and"))
					k++, sep = 1, saw_and = 1;
				if (!sep || k >= sc->n)
					break;
				double v = 0;
				size_t ps = sc->t[k].s, ns = 0, ne = 0;
				if (b < ql->n && ql->q[b].start == ps && ql->q[b].kind == FB_QK_COUNT && ql->q[b].has_value &&
				    ql->q[b].noun_end && !ql->q[b].vague && ql->q[b].value == floor(ql->q[b].value) && ql->q[b].value > 0) {
					v = ql->q[b].value, ns = ql->q[b].noun_start, ne = ql->q[b].noun_end;
					b++;
				} else if (saw_and && is_article(sc, k) && nounish(sc, k + 1) && (b >= ql->n || ql->q[b].start > sc->t[k].s)) {
					size_t e2 = noun_phrase(sc, k + 1, 1);
					v = 1, ns = sc->t[k + 1].s, ne = sc->t[e2 - 1].e;
				} else
					break;
				fb_part *p = &parts[m.nparts++];
				p->value = v, p->start = ps, p->end = ne, p->what_start = ns, p->what_end = ne;
				m.value += v;
				pos = ne;
				if (saw_and)
					ended = 1;
			}
			for (size_t i = 0; ended && i < m.nparts; i++)
				if (!counts_people(sc, parts[i].what_start, parts[i].what_end))
					ended = 0;
			if (m.nparts >= 2 && ended) {
				m.parts = fb_parts_add(&ql->parts, parts, m.nparts);
				m.min = m.max = m.value;
				m.end = pos;
				m.noun_start = m.noun_end = 0;
				ql->q[w++] = m;
				a = b - 1;
				continue;
			}
		}
		ql->q[w++] = q;
	}
	ql->n = w;
}

/* Joins "more than 10 and less than 20" into one range. */
void join_bounds(scan *sc, size_t first)
{
	fb_qlist *ql = sc->out;
	size_t w = first;
	for (size_t a = first; a < ql->n; a++) {
		fb_quantity *x = &ql->q[a];
		if (a + 1 < ql->n && !x->has_value && (x->has_min != x->has_max) && !x->vague) {
			fb_quantity *y = &ql->q[a + 1];
			if (!y->has_value && y->has_min != y->has_max && y->has_min != x->has_min && !y->vague && y->kind == x->kind) {
				size_t k = tok_from(sc, 0, x->end), e = tok_from(sc, 0, y->start);
				int ok = 1, conj = 0;
				for (size_t z = k; z < e; z++) {
					conj |= tword(sc, z, "and") || tword(sc, z, "but");
					if (!(tchar(sc, z, ',') || tword(sc, z, "and") || tword(sc, z, "but")))
						ok = 0;
				}
				double lo = x->has_min ? x->min : y->min, hi = x->has_max ? x->max : y->max;
				/* "less than 10, more than 10": a list, not one range */
				if (ok && (conj || x->has_min) && e - k <= 2 && (lo < hi || (lo == hi && !x->min_open && !x->max_open && !y->min_open && !y->max_open))) {
					fb_quantity m = *x;
					m.has_min = m.has_max = 1;
					m.min = lo, m.max = hi;
					m.min_open = x->has_min ? x->min_open : y->min_open;
					m.max_open = x->has_max ? x->max_open : y->max_open;
					m.end = y->end;
					ql->q[w++] = m;
					a++;
					continue;
				}
			}
		}
		ql->q[w++] = *x;
	}
	ql->n = w;
}
