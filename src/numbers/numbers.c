/* numbers.c - the number grammar: tokens, then digit literals (PCRE2),
 * number words, fractions, scales, ranges and dates; units, money and
 * hedges are in numbers_units.c, loading in numbers_load.c. Word lists live
 * in data/numbers/; these files hold only the grammar. */
#include "numbers_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ tokens */

/* A word-list look-up; fb_lexicon_get folds case and white space and
 * matches non-ASCII keys ("€", "½") byte for byte. */
const fb_entry *lget(const fb_lexicon *lx, const char *s, size_t n)
{
	return fb_lexicon_get(lx, s, n);
}

/* Length of a white-space character at s[i] (ASCII, NBSP, thin spaces). */
static inline size_t space_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char)s[i];
	if (c > ' ' && c < 0x80)
		return 0;
	if (fb_isspace(c))
		return 1;
	if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80) {
		unsigned char d = (unsigned char)s[i + 2];
		if ((d >= 0x80 && d <= 0x8A) || d == 0xAF)
			return 3;
	}
	return 0;
}

/* Skips a URL, e-mail address or handle starting at s[i]; returns its end
 * or i when there is none. */
static size_t skip_link(const char *s, size_t i, size_t end)
{
	size_t j = i;
	int link = 0;
	if (end - i > 7 && (!strncmp(s + i, "http://", 7) || !strncmp(s + i, "https:/", 7)))
		link = 1;
	else if (end - i > 4 && !strncmp(s + i, "www.", 4))
		link = 1;
	if (!link)
		return i;
	while (j < end && !space_at(s, j, end))
		j++;
	return j;
}

/* The prefix-bitmap index of the ASCII word s[0,n) (n >= 1). */
static inline size_t word_prefix(const fb_numbers *nm, const char *s, size_t n)
{
	size_t a = (size_t)(nm->lc[(unsigned char)s[0]] - 'a');
	size_t b = n > 1 ? (size_t)(nm->lc[(unsigned char)s[1]] - 'a' + 1) : 0;
	size_t c = n > 2 ? (size_t)(nm->lc[(unsigned char)s[2]] - 'a' + 1) : 0;
	return (a * 27 + b) * 27 + c;
}

/* True when the ASCII word s[0,n) is a trigger word; *ts gets its slot. */
static inline int word_trigger(const fb_numbers *nm, const char *s, size_t n, const struct tslot **ts)
{
	size_t p;
	if (n >= 16)
		return 0;
	p = word_prefix(nm, s, n);
	return (nm->prefix[p / 8] >> (p % 8) & 1) && (*ts = trig_get(nm, s, n)) != NULL;
}

/* The pre-check: end when tokenize() would find nothing that may start a
 * quantity in [i, end), so the sentence is skipped without tokens; else
 * the offset of the first byte or word that may (no word before it is a
 * trigger). Errs only towards a hit (non-ASCII symbols other than spaces,
 * quotes and dashes count without a look-up). A table walk. */
/* The end of the run of ASCII letters from u[j]: eight bytes at a time
 * (a byte is a letter when, with bit 5 set, it lies in 'a'..'z'). */
static inline size_t alpha_end(const unsigned char *u, size_t j, size_t end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (j + 8 <= end) {
		uint64_t x;
		memcpy(&x, u + j, 8);
		uint64_t y = x | 0x2020202020202020ull;
		uint64_t over_z = y + 0x0505050505050505ull;   /* bit 7: above 'z' (or not ASCII) */
		uint64_t from_a = y + 0x1F1F1F1F1F1F1F1Full;   /* bit 7: 'a' or above */
		uint64_t non = ~(from_a & ~over_z) & 0x8080808080808080ull;
		if (non)
			return j + (size_t)(__builtin_ctzll(non) >> 3);
		j += 8;
	}
#endif
	while (j < end && fb_isalpha(u[j]))
		j++;
	return j;
}

static size_t may_hold(const fb_numbers *nm, const char *s, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	while (i < end) {
		unsigned cl = nm->bcls[u[i]];
		if (cl == B_ALPHA) {
			size_t j = alpha_end(u, i + 1, end);
			const struct tslot *ts;
			if (word_trigger(nm, s + i, j - i, &ts))
				return i;
			i = j;
		} else if (cl == B_HIT)
			return i;
		else if (cl == B_HIGH) {
			/* U+2000..U+203F: spaces, quotes, dashes; U+00A0 */
			if (u[i] == 0xE2 && i + 2 < end && u[i + 1] == 0x80)
				i += 3;
			else if (u[i] == 0xC2 && i + 1 < end && u[i + 1] == 0xA0)
				i += 2;
			else
				return i;
		} else
			i++;
	}
	return end;
}

/* Splits [start, end) into tokens; returns 1 when any token may start a
 * quantity (a digit, a symbol or a trigger word). Words before byte hit
 * are known not to be triggers (may_hold). Room for every token and four
 * sentinels is made first: a token is at least one byte. Words and
 * digits get their phrase hash when a look-up first needs it. */
static int tokenize(scan *sc, size_t hit, size_t *cap)
{
	const fb_numbers *nm = sc->nm;
	const char *s = sc->buf;
	size_t i = sc->start, end = sc->end;
	int any = 0, sp = 1, odd = 0;
	if (!sc->t || *cap < end - i + 8) {
		*cap = end - i + 8 > 2 * *cap ? end - i + 8 : 2 * *cap;
		sc->t = fb_xrealloc(sc->t, *cap, sizeof *sc->t);
	}
	while (i < end) {
		unsigned char c = (unsigned char)s[i];
		unsigned cl = nm->bcls[c];
		if (cl == B_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		if (cl == B_HIGH || cl == B_OTHER) {
			size_t w = space_at(s, i, end);
			if (w) {
				sp = 1;
				odd |= w > 1;
				i += w;
				continue;
			}
		}
		if (sp && i + 1 < end && ((c == 'h' && s[i + 1] == 't') || (c == 'w' && s[i + 1] == 'w'))) {
			size_t l = skip_link(s, i, end);
			if (l > i) {
				i = l;
				odd = 1;
				continue;
			}
		}
		tok *t = &sc->t[sc->n++];
		t->s = i;
		t->sp = (unsigned char)sp;
		t->upper = 0;
		t->cls = W_NONE;
		t->trig = 0;
		t->val = 0;
		t->gap = (unsigned char)odd;
		sp = 0;
		odd = 0;
		if (cl == B_ALPHA) {
			size_t j = alpha_end((const unsigned char *)s, i + 1, end);
			t->hl = 0;
			t->e = j;
			t->type = T_WORD;
			t->upper = fb_isupper(c);
			const struct tslot *ts;
			if (i >= hit && word_trigger(nm, s + i, j - i, &ts)) {
				any = 1;
				t->trig = 1;
				if (ts->word >= 0) {
					t->cls = nm->wcls[ts->word];
					t->val = nm->wval[ts->word];
				}
			}
			i = j;
		} else if (fb_isdigit(c)) {
			size_t j = i + 1;
			while (j < end && fb_isdigit((unsigned char)s[j]))
				j++;
			t->hl = 0;
			t->e = j;
			t->type = T_NUM;
			any = t->trig = 1;
			i = j;
		} else if (c < 0x80) {
			t->e = i + 1;
			t->h = c;
			t->hl = 1;
			t->type = T_PUNCT;
			if (c == '$')
				any = 1;
			t->trig = c == '$' || c == '.' || c == '-' || c == '+' || c == '<' || c == '>' || c == '"';
			i++;
		} else {
			size_t l = 1;
			fb_utf8_decode(s, end, i, &l);
			if (!l)
				l = 1;
			t->e = i + l < end ? i + l : end;
			t->h = 0;
			for (size_t x = i; x < t->e; x++)
				t->h = ph_byte(t->h, (unsigned char)s[x]);
			t->hl = (unsigned short)(t->e - i);
			t->type = T_SYM;
			/* quotes and dashes (U+2010..U+203F) are never number symbols */
			const fb_entry *e = NULL;
			if (!(c == 0xE2 && l == 3 && (unsigned char)s[i + 1] == 0x80)) {
				e = lget(nm->words, s + i, t->e - i);
				if (e) {
					t->cls = nm->wcls[e - nm->words->e];
					t->val = nm->wval[e - nm->words->e];
					any = t->trig = 1;
				} else if (lget(nm->cur, s + i, t->e - i) || lget(nm->units, s + i, t->e - i))
					any = t->trig = 1;
				else if (c == 0xE2 && l == 3 && (unsigned char)s[i + 1] == 0x88)
					t->trig = 1; /* minus sign, comparison signs */
			}
			i = t->e;
		}
	}
	return any;
}

/* ----------------------------------------------------------- helpers */

int tchar(const scan *sc, size_t k, char c)
{
	return k < sc->n && sc->t[k].type == T_PUNCT && sc->buf[sc->t[k].s] == c;
}

static int is_dash(const scan *sc, size_t k)
{
	if (k >= sc->n)
		return 0;
	if (tchar(sc, k, '-'))
		return 1;
	const char *p = sc->buf + sc->t[k].s;
	return sc->t[k].type == T_SYM && sc->t[k].e - sc->t[k].s == 3 &&
	    (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94);
}

/* True when tokens [a, b) spell key folded: lower case, one space where
 * white space separates them. */
static int span_eq(const scan *sc, size_t a, size_t b, const char *key, size_t kl)
{
	size_t p = 0;
	for (size_t x = a; x < b; x++) {
		const tok *t = &sc->t[x];
		if (x > a && t->sp) {
			if (p >= kl || key[p] != ' ')
				return 0;
			p++;
		}
		if (t->e - t->s > kl - p)
			return 0;
		for (size_t i = t->s; i < t->e; i++, p++)
			if ((unsigned char)fb_tolower((unsigned char)sc->buf[i]) != (unsigned char)key[p])
				return 0;
	}
	return p == kl;
}

/* The entry of lx whose phrase is tokens [a, b), or NULL. Same answers as
 * lget() on the text of the span; spans with a non-ASCII space or a link
 * inside take that slow path. */
const fb_entry *span_get(const scan *sc, const struct ptab *p, size_t a, size_t b)
{
	const fb_lexicon *lx = p->lx;
	uint64_t h = 0;
	size_t len = 0;
	for (size_t x = a; x < b; x++) {
		tok *t = &sc->t[x];
		if (!t->hl) { /* a word or digits, not hashed yet */
			uint64_t th = 0;
			for (size_t i = t->s; i < t->e; i++)
				th = ph_byte(th, (unsigned char)fb_tolower((unsigned char)sc->buf[i]));
			t->h = th;
			t->hl = (unsigned short)(t->e - t->s > PH_MAXLEN ? PH_MAXLEN + 1 : t->e - t->s);
		}
		if (x > a) {
			if (t->gap)
				return lget(lx, sc->buf + sc->t[a].s, sc->t[b - 1].e - sc->t[a].s);
			if (t->sp)
				h = ph_byte(h, ' '), len++;
		}
		h = h * sc->nm->pw[t->hl > PH_MAXLEN ? PH_MAXLEN + 1 : t->hl] + t->h;
		len += t->hl;
	}
	if (len > PH_MAXLEN)
		return NULL;
	for (size_t x = h & p->mask; p->slot[x].e; x = (x + 1) & p->mask)
		if (p->slot[x].h == h && span_eq(sc, a, b, p->slot[x].e->key, p->slot[x].e->keylen))
			return p->slot[x].e;
	return NULL;
}

/* Longest phrase of lx that spans tokens [k, k+m) for m <= MAX_TOK_WORDS;
 * *j gets the token after it. */
/* A currency code whose position is "code" ("TRY", "MAD", "ALL": codes that
 * are also English words) stands only when written in capitals. */
static int code_case_ok(const scan *sc, const fb_entry *e, size_t a, size_t b)
{
	if (e->nfield < 2 || strcmp(e->field[1], "code") != 0)
		return 1;
	for (size_t x = sc->t[a].s; x < sc->t[b - 1].e; x++)
		if (fb_islower((unsigned char)sc->buf[x]))
			return 0;
	return 1;
}

const fb_entry *lex_at(const scan *sc, const fb_lexicon *lx, size_t k, size_t *j)
{
	if (k >= sc->n)
		return NULL;
	const struct aux *a = aux_of(sc->nm, lx);
	size_t mt = MAX_TOK_WORDS;
	if (a) {
		if (!span_get(sc, a->pfirst, k, k + 1))
			return NULL;
		mt = a->maxtok;
	}
	size_t m = sc->n - k < mt ? sc->n - k : mt;
	for (; m > 0; m--) {
		const fb_entry *e = a ? span_get(sc, a->pt, k, k + m) :
		    lget(lx, sc->buf + sc->t[k].s, sc->t[k + m - 1].e - sc->t[k].s);
		if (e && !code_case_ok(sc, e, k, k + m))
			e = NULL;
		if (e) {
			*j = k + m;
			return e;
		}
	}
	return NULL;
}

/* Longest phrase of lx that ends just before token k; *i gets its first. */
const fb_entry *lex_before(const scan *sc, const fb_lexicon *lx, size_t k, size_t *i)
{
	const struct aux *a = aux_of(sc->nm, lx);
	size_t mt = MAX_TOK_WORDS;
	if (!k)
		return NULL;
	if (a) {
		if (!span_get(sc, a->plast, k - 1, k))
			return NULL;
		mt = a->maxtok;
	}
	for (size_t m = k < mt ? k : mt; m > 0; m--) {
		const fb_entry *e = a ? span_get(sc, a->pt, k - m, k) :
		    lget(lx, sc->buf + sc->t[k - m].s, sc->t[k - 1].e - sc->t[k - m].s);
		if (e && !code_case_ok(sc, e, k - m, k))
			e = NULL;
		if (e) {
			*i = k - m;
			return e;
		}
	}
	return NULL;
}

/* Runs re anchored at byte off; returns the match end or 0. */
size_t match_at(scan *sc, const pcre2_code *re, size_t off)
{
	if (!sc->md)
		sc->md = pcre2_match_data_create((uint32_t)sc->nm->ovec_pairs, NULL);
	/* anchored at compile time: PCRE2_ANCHORED passed here would bypass
	 * the JIT and run the interpreter */
	int rc = pcre2_match(re, (PCRE2_SPTR)sc->buf, sc->end, off,
	    PCRE2_NO_UTF_CHECK, sc->md, sc->nm->mctx);
	if (rc <= 0)
		return 0;
	return pcre2_get_ovector_pointer(sc->md)[1];
}

/* Capture group g of the last match: *s, *e; returns 0 when unset. */
int group(const scan *sc, int g, size_t *s, size_t *e)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
	if (ov[2 * g] == PCRE2_UNSET)
		return 0;
	*s = ov[2 * g];
	*e = ov[2 * g + 1];
	return 1;
}

/* Index of the first token that starts at or after byte b. */
size_t tok_from(const scan *sc, size_t k, size_t b)
{
	/* binary search: callers start from 0 in passes over a whole
	 * sentence, which a linear walk would make quadratic */
	size_t hi = sc->n;
	while (k < hi) {
		size_t mid = k + (hi - k) / 2;
		if (sc->t[mid].s < b)
			k = mid + 1;
		else
			hi = mid;
	}
	return k;
}

/* Converts the digits of s[a, b) (separators skipped) to a double. */
double digits_value(const char *s, size_t a, size_t b, int *ndig)
{
	double v = 0, scale = 1;
	int frac = 0, n = 0;
	for (size_t i = a; i < b && n < LIT_MAX; i++) {
		unsigned char c = (unsigned char)s[i];
		if (fb_isdigit(c)) {
			n++;
			if (frac)
				v += (c - '0') * (scale /= 10);
			else
				v = v * 10 + (c - '0');
		} else if (c == '.')
			frac = 1;
	}
	if (ndig)
		*ndig = n;
	return v;
}

static int is_stop(const scan *sc, size_t k)
{
	return k < sc->n && sc->t[k].type == T_WORD &&
	    span_get(sc, sc->nm->pt_stop, k, k + 1);
}

/* True for a lower-case word that may be a counted noun. */
int nounish(const scan *sc, size_t k)
{
	return k < sc->n && sc->t[k].type == T_WORD && !sc->t[k].upper &&
	    sc->t[k].cls == W_NONE && !is_stop(sc, k);
}

/* ------------------------------------------------------- the grammar */

int is_article(const scan *sc, size_t k)
{
	if (k >= sc->n || sc->t[k].type != T_WORD || sc->t[k].e - sc->t[k].s > 2 ||
	    fb_tolower((unsigned char)sc->buf[sc->t[k].s]) != 'a')
		return 0;
	return tword(sc, k, "a") || tword(sc, k, "an");
}

/* True when the literal pattern may match more than the digit run t:
 * only a separator, a point, an exponent or a power can extend it. */
static int lit_may_extend(const scan *sc, const tok *t)
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

/* Parses a cardinal expression of words and digits from k: "two hundred and
 * five", "4 thousand 3 hundred and 21", "1.5 million", "a dozen", "five
 * and a half". Fills r; returns 0 when nothing parses. */
static int parse_cardinal(scan *sc, size_t k, num *r);

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

static int parse_cardinal(scan *sc, size_t k, num *r)
{
	memset(r, 0, sizeof *r);
	double total = 0, cur = 0, sub = 0, lastscale = 1e300;
	int last = L_NONE;
	size_t m = k, good = k, tens_at = 0;
	double gtotal = 0, gcur = 0;
	int glast = L_NONE;
	size_t and_rb = 0;            /* token of an "and" we may give back */
	double rb_total = 0, rb_cur = 0;
	int rb_last = L_NONE;
	int words = 0;

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
			good = m, gtotal = total, gcur = cur, glast = last;
			/* a digit literal takes only a scale or "hundred" after it */
			if (!(card_class(sc, m) == W_HUNDRED || card_class(sc, m) == W_SCALE || card_class(sc, m) == W_GROUP ||
			    (card_class(sc, m) == W_ABBR)))
				break;
			continue;
		}
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
			tens_at = m;
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
			cur = 0, sub = 0, lastscale = s, last = L_SCALE;
			r->scaled = 1;
			and_rb = 0;
		} else if (c == W_GROUP && (last == L_UNIT || last == L_TEEN || last == L_TENS || last == L_DIGIT) && !r->decimals) {
			cur = cur - sub + sub * t->val, sub = 0, last = L_HUNDRED;
			r->scaled = 1;
		} else if (tword(sc, m, "and") && last != L_NONE) {
			/* "one hundred and six", "five and a half", "3 million and a quarter" */
			size_t a = m + 1;
			double fn = 1, den = 0;
			int pl = 0;
			size_t fe = a;
			if (is_article(sc, a) || tword(sc, a, "one"))
				fe = fraction_den(sc, a + 1, &den, &pl);
			else if (card_class(sc, a) == W_CARD || card_class(sc, a) == W_TENS) {
				/* "and three fifths", "and fifty-four hundredths" */
				num sn;
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
				(void)sn;
				if (b > a) {
					fe = fraction_den(sc, b, &den, &pl);
					if (fe == b)
						fe = a;
					else
						fn = nv;
				}
			}
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
				last = L_FRAC, m = fe;
				r->fraction = 1;
				good = m, gtotal = total, gcur = cur, glast = last;
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
			and_rb = m, rb_total = total, rb_cur = cur, rb_last = last;
			m = a;
			continue;
		} else if (c == W_HALF || c == W_QUARTER || c == W_ORDPL || c == W_ORD) {
			break; /* a fraction or ordinal: handled by the caller */
		} else
			break;
		words = 1;
		m = skip_join(sc, m + 1);
		if (last != L_SCALE && last != L_HUNDRED && and_rb) {
			/* keep the rollback until the "and" group is complete */
		}
		good = m, gtotal = total, gcur = cur, glast = last;
		if (last == L_SCALE || last == L_HUNDRED)
			and_rb = 0;
		continue;
bad:
		if (and_rb) {
			good = and_rb, gtotal = rb_total, gcur = rb_cur, glast = rb_last;
			and_rb = 0;
		}
		break;
	}
	/* "3 hundred and 2.12 hundred": the "and" group ran into a number it
	 * cannot take, so the "and" separates two numbers */
	if (and_rb && m < sc->n && (sc->t[m].type == T_NUM || card_class(sc, m) == W_CARD ||
	    card_class(sc, m) == W_TENS || card_class(sc, m) == W_HUNDRED || card_class(sc, m) == W_SCALE))
		good = and_rb, gtotal = rb_total, gcur = rb_cur, glast = rb_last;
	/* a dangling "and" joined a number that a later scale rejected */
	if (good == k || (good == k + 1 && r->article))
		return 0;
	/* trailing hyphen was skipped by skip_join: the end is the last word */
	while (good > k && (is_dash(sc, good - 1) || tword(sc, good - 1, "and")))
		good--;
	r->i = k;
	r->j = good;
	r->v = gtotal + gcur;
	r->ok = 1;
	(void)glast;
	(void)words;
	(void)tens_at;
	if (!r->digits || r->j > r->i + 1)
		r->integer = 0;
	if (r->digits && r->j == r->i + 1)
		r->integer = !r->decimals;
	return 1;
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

/* A number followed by what English puts after it; emits one quantity.
 * Returns the token after it. */

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

static size_t quantity_at(scan *sc, size_t k)
{
	num r;
	size_t qi = k, cur_i = k;
	const fb_entry *pre_cur = NULL;
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
		if (t->sp && k >= 2 && sc->t[k - 1].type == T_WORD && sc->t[k - 1].upper && sc->t[k - 1].cls == W_NONE &&
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
	if (one_idiom(sc, k))
		return k + 1;
	/* "percent of 10" */
	if (t->type == T_WORD && (tword(sc, k, "percent") || tword(sc, k, "percents") || (tword(sc, k, "per") && tword(sc, k + 1, "cent")))) {
		size_t o = k + (tword(sc, k, "per") ? 2 : 1);
		if (tword(sc, o, "of") && parse_number(sc, o + 1, &r) && !r.ordinal) {
			fb_quantity *q = emit(sc, k, r.j, FB_QK_PERCENT);
			set_exact(q, r.v);
			q->unit = "percent";
			return r.j;
		}
		return k + 1;
	}
	if (!parse_number(sc, k, &r))
		return k;

	/* currency before: "$5", "US$ 1MM", "Rs 50" */
	size_t ci;
	pre_cur = currency_before(sc, r.i, &ci);
	if (pre_cur) {
		qi = ci;
		cur_i = ci;
	}
	/* a glued suffix scale: "10k", "$2.4bn", "£3m", "10M" */
	size_t j = r.j;
	if (r.digits && j < sc->n && sc->t[j].type == T_WORD && !r.ordinal) {
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
		if (l == 1 && (p[0] == 'M' || (p[0] == 'm' && (pre_cur || plural_after))))
			m = 1e6;
		else if (l == 1 && p[0] == 'G' && !(glued && !pre_cur && !plural_after && r.integer && r.v >= 1 && r.v <= 6))
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
			r.v *= m;
			r.scaled = 1;
			r.integer = 0;
			r.year = 0;
			j++;
			r.j = j;
			if (card_class(sc, j) == W_SCALE && sc->t[j].val > m) { /* "1 lakh crore" */
				r.v *= sc->t[j].val;
				r.j = ++j;
			}
		}
	}
	/* digit ordinals: "21st", "4th" */
	if (r.digits && r.integer && j < sc->n && !sc->t[j].sp && sc->t[j].type == T_WORD) {
		const char *p = sc->buf + sc->t[j].s;
		size_t l = sc->t[j].e - sc->t[j].s;
		if (ordinal_suffix(sc, j)) {
			r.ordinal = 1;
			r.j = ++j;
		} else if (l == 1 && (p[0] == 's') && r.year) {
			fb_quantity *q = emit(sc, r.i, j + 1, FB_QK_DATE);
			q->has_min = q->has_max = 1;
			q->min = r.v, q->max = r.v + 9;
			return j + 1;
		} else if (l == 1 && p[0] == 's' && r.v >= 10 && r.v <= 90 && fmod(r.v, 10) == 0 && r.i > 0 &&
		           (tword(sc, r.i - 1, "their") || tword(sc, r.i - 1, "his") || tword(sc, r.i - 1, "her") ||
		            tword(sc, r.i - 1, "my") || tword(sc, r.i - 1, "our") || tword(sc, r.i - 1, "your") ||
		            tword(sc, r.i - 1, "early") || tword(sc, r.i - 1, "mid") || tword(sc, r.i - 1, "late"))) {
			/* "in their 20s", "in her early 30s": an age between */
			fb_quantity *q = emit(sc, r.i, j + 1, FB_QK_DURATION);
			q->has_min = q->has_max = 1;
			q->min = r.v, q->max = r.v + 9;
			q->unit = "year";
			return j + 1;
		}
	}
	if (r.ordinal)
		return ordinal_quantity(sc, &r);

	/* "5 and a half minutes", "3 and a quarter miles" */
	if (r.digits && !r.scaled && !r.decimals && tword(sc, r.j, "and") && is_article(sc, r.j + 1) &&
	    (tword(sc, r.j + 2, "half") || tword(sc, r.j + 2, "quarter"))) {
		r.v += tword(sc, r.j + 2, "half") ? 0.5 : 0.25;
		r.j += 3;
	}
	fb_quantity tmp;
	memset(&tmp, 0, sizeof tmp);
	fb_quantity *q = &tmp;
	q->kind = FB_QK_COUNT;
	set_exact(q, r.v);
	size_t end = r.j;
	/* "half an hour", "a quarter of a mile": the fraction of one unit */
	if (r.fraction && r.v < 1 && !pre_cur) {
		size_t a = end + (tword(sc, end, "of") ? 1 : 0), uj;
		if (is_article(sc, a) && (lex_at(sc, sc->nm->units, a + 1, &uj) || lex_at(sc, sc->nm->cur, a + 1, &uj)))
			end = a + 1;
	}
	int money = 0;
	if (pre_cur) {
		q->kind = FB_QK_MONEY;
		q->unit = pre_cur->field[0];
		money = 1;
		if (pre_cur->nfield > 2) {
			double m;
			if (parse_field_num(pre_cur->field[2], &m))
				q->value *= m, q->min *= m, q->max *= m;
		}
		/* "$2.4 million" spaced scale already parsed; "US$ 1 MM" */
	}

	/* compound adjectives: "five-storey", "48-hour", "14-year-old", "12-cent" */
	if (is_dash(sc, end) && !sc->t[end].sp && end + 1 < sc->n && !sc->t[end + 1].sp && sc->t[end + 1].type == T_WORD) {
		size_t uj;
		const fb_entry *u = lex_at(sc, sc->nm->units, end + 1, &uj);
		const fb_entry *cu = lex_at(sc, sc->nm->cur, end + 1, &uj);
		if (cu && !u) {
			q->kind = FB_QK_MONEY;
			q->unit = cu->field[0];
			lex_at(sc, sc->nm->cur, end + 1, &end);
		} else if (u) {
			lex_at(sc, sc->nm->units, end + 1, &end);
			q->unit = u->field[0];
			q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION :
			    !strcmp(u->field[1], "percent") ? FB_QK_PERCENT : FB_QK_MEASURE;
			if (is_dash(sc, end) && tword(sc, end + 1, "old"))
				end += 2; /* "14-year-old" */
			else if (is_dash(sc, end) && tword(sc, end + 1, "long") && q->kind == FB_QK_DURATION)
				end += 2; /* "three-hour-long" */
		} else if (tword(sc, end + 1, "plus")) {
			apply_hedge(q, H_POST_GE, r.v);
			end += 2;
		}
	}
	/* "2 more minutes", "two straight weeks": the unit after a word of
	 * data/numbers/unit-adjectives.txt */
	if (q->kind == FB_QK_COUNT && !money && end < sc->n && sc->t[end].type == T_WORD &&
	    lget(sc->nm->unit_adj, sc->buf + sc->t[end].s, sc->t[end].e - sc->t[end].s)) {
		size_t uj;
		if (lex_at(sc, sc->nm->units, end + 1, &uj) && unit_after(sc, end + 1, &r, q, money) > end + 1)
			end = uj;
	}
	if (q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY) {
		size_t ue = unit_after(sc, end, &r, q, money);
		if (ue > end && q->kind == FB_QK_MONEY && !money) {
			money = 1;
			end = ue;
			/* "75 USD million" */
			if (card_class(sc, end) == W_SCALE) {
				q->value *= sc->t[end].val, q->min *= sc->t[end].val, q->max *= sc->t[end].val;
				end++;
				r.scaled = 1;
			}
		} else if (ue > end && q->kind != FB_QK_MONEY) {
			end = ue;
		} else if (ue > end)
			end = ue;
	}
	/* "15 dollars 50", "thirteen dollars and forty-five cents", "10 $ 30 cent" */
	if (money && !r.scaled && !r.decimals && end < sc->n && q->unit &&
	    (!strcmp(q->unit, "USD") || !strcmp(q->unit, "CAD") || !strcmp(q->unit, "AUD") || !strcmp(q->unit, "EUR") || !strcmp(q->unit, "GBP"))) {
		size_t a = end + (tword(sc, end, "and") ? 1 : 0);
		num c;
		if (a < sc->n && !tchar(sc, end, ',') && parse_number(sc, a, &c) && !c.ordinal && !c.decimals && !c.scaled &&
		    c.v >= 1 && c.v < 100 && c.v == floor(c.v)) {
			size_t ce = c.j, cj;
			const fb_entry *cu2 = lex_at(sc, sc->nm->cur, ce, &cj);
			int cents = cu2 && (!strcmp(cu2->field[0], "cent") || !strcmp(cu2->field[0], "GBX"));
			if (cents || (!cu2 && !nounish(sc, ce) && (ce >= sc->n || sc->t[ce].cls == W_NONE) && !lex_at(sc, sc->nm->units, ce, &cj))) {
				q->value += c.v / 100, q->min += c.v / 100, q->max += c.v / 100;
				end = cents ? cj : ce;
			}
		}
	}
	/* ages: "five years old", "3 years of age" */
	if (q->kind == FB_QK_DURATION) {
		if (tword(sc, end, "old"))
			end++;
		else if (tword(sc, end, "of") && tword(sc, end + 1, "age"))
			end += 2;
	}
	/* feet and inches */
	if (q->unit && !strcmp(q->unit, "ft")) {
		size_t a = end + (tword(sc, end, "and") ? 1 : 0);
		num in;
		size_t ij;
		const fb_entry *u2;
		if (a < sc->n && parse_number(sc, a, &in) && (((u2 = lex_at(sc, sc->nm->units, in.j, &ij)) && !strcmp(u2->field[0], "in")) ||
		     (in.digits && tword(sc, in.j, "in") && (ij = in.j + 1)))) {
			q->value += in.v / 12, q->min += in.v / 12, q->max += in.v / 12;
			end = ij;
		}
	}
	end = joined_amount(sc, q, end);
	/* years: "in 1991", "the 2016 election" */
	if (r.year && q->kind == FB_QK_COUNT && !pre_cur && !(r.i > 0 && sc->t[r.i].type != T_NUM)) {
		size_t hb;
		int hedged = r.i > 0 && hedge_before(sc, r.i, &hb);
		int prep = r.i > 0 && (tword(sc, r.i - 1, "in") || tword(sc, r.i - 1, "since") || tword(sc, r.i - 1, "of") ||
		    tword(sc, r.i - 1, "from") || tword(sc, r.i - 1, "until") || tword(sc, r.i - 1, "till") ||
		    tword(sc, r.i - 1, "by") || tword(sc, r.i - 1, "during") || tword(sc, r.i - 1, "before") ||
		    tword(sc, r.i - 1, "after") || tword(sc, r.i - 1, "the") || tword(sc, r.i - 1, "early") ||
		    tword(sc, r.i - 1, "late") || tword(sc, r.i - 1, "mid") || tword(sc, r.i - 1, "year") ||
		    tchar(sc, r.i - 1, ',') || is_dash(sc, r.i - 1) || card_class(sc, r.i - 1) == W_MONTH);
		int before_noun = nounish(sc, end);
		/* "2000 over 3": a ratio of bare numbers (below), not a year */
		num ov;
		size_t ouj;
		if (!prep && tword(sc, end, "over") && parse_number(sc, end + 1, &ov) && !ov.year && !ov.ordinal &&
		    !nounish(sc, ov.j) && !lex_at(sc, sc->nm->units, ov.j, &ouj) && !lex_at(sc, sc->nm->cur, ov.j, &ouj))
			before_noun = 1;
		if (!hedged && r.v >= 1500 && r.v <= 2100 && (prep || !before_noun) && !(r.i > 0 && tword(sc, r.i - 1, "of") && before_noun)) {
			fb_quantity *d = emit(sc, r.i, end, FB_QK_DATE);
			set_exact(d, r.v);
			d->unit = "year";
			return end;
		}
	}

	/* ranges: "10 to 12", "10-12", "between 10 and 12", "from 10 to 12" */
	size_t rj;
	const fb_entry *rc = lex_at(sc, sc->nm->ranges, end, &rj);
	int ranged = 0;
	if (rc && rj == end + 1) {
		const char *need = rc->nfield > 0 ? rc->field[0] : "";
		size_t pi = qi;
		int ok_need = !*need || (qi > 0 && tword(sc, qi - 1, need));
		int dash = is_dash(sc, end);
		int dash_ok = !dash || (sc->t[end].sp == sc->t[end + 1 < sc->n ? end + 1 : end].sp) || !sc->t[end + 1 < sc->n ? end + 1 : end].sp;
		num b;
		size_t bi = rj, bci;
		const fb_entry *bcur = NULL;
		if (bi < sc->n && (bcur = lex_at(sc, sc->nm->cur, bi, &bci)) && strcmp(bcur->field[1], "post") != 0 && strcmp(bcur->field[1], "glued") != 0)
			bi = bci;
		if (ok_need && dash_ok && bi < sc->n && !(bcur && bi > rj && !money) && !(dash && r.year && r.v >= 1500 && r.v <= 2100) && parse_number(sc, bi, &b) && !b.ordinal && !(tword(sc, end, "or") && (r.digits || b.digits)) &&
		    !(dash && (number_chain(sc, qi, -1) || number_chain(sc, b.j, 1)))) {
			/* glued scale on the second: "5k-20k" */
			size_t bj = b.j;
			double bv = b.v;
			if (bj < sc->n && !sc->t[bj].sp && sc->t[bj].type == T_WORD) {
				const fb_entry *e = fb_lexicon_get(sc->nm->words, sc->buf + sc->t[bj].s, sc->t[bj].e - sc->t[bj].s);
				if (e && sc->nm->wcls[e - sc->nm->words->e] == W_ABBR)
					bv *= sc->nm->wval[e - sc->nm->words->e], bj++;
			}
			if (card_class(sc, bj) == W_SCALE && !b.scaled && r.scaled == 0) {
				/* "5 to 10 million": the scale applies to both */
				double s = sc->t[bj].val;
				bv *= s, bj++;
				q->value *= s;
			}
			double av = q->value;
			if (money && bv < av / 100)
				bv *= av / r.v > 1 ? av / r.v : 1;
			size_t xj;
			const fb_entry *bcu = lex_at(sc, sc->nm->cur, bj, &xj);
			if (bcu && !money && q->kind != FB_QK_COUNT)
				bv = -1e300; /* "6 % to 309,381 yen" */
			if (q->kind == FB_QK_PERCENT && !dash) {
				/* "rose by 25% to 34,500 tonnes": a change and a level */
				size_t uj2;
				const fb_entry *bu = lex_at(sc, sc->nm->units, bj, &uj2);
				int bpct = bu && !strcmp(bu->field[1], "percent");
				if (!bpct && (bu || bcu || bv > 100))
					bv = -1e300;
			}
			if (bv > av && !(b.year && !r.year && !dash)) {
				ranged = 1;
				q->has_value = 0;
				q->has_min = q->has_max = 1;
				q->min = av, q->max = bv;
				q->min_open = 0;
				q->max_open = rc->nfield > 1 && rc->field[1][0] == '1';
				end = bj;
				if (q->kind == FB_QK_COUNT) {
					num rr = b;
					size_t ue = unit_after(sc, end, &rr, q, money);
					if (ue > end)
						end = ue;
					if (q->kind == FB_QK_DURATION && tword(sc, end, "old"))
						end++;
				} else if (q->unit) {
					/* "from 40% to 55%": the unit again after the second */
					num rr = b;
					fb_quantity tq;
					memset(&tq, 0, sizeof tq);
					size_t ue = unit_after(sc, end, &rr, &tq, money);
					if (ue > end && tq.unit && !strcmp(tq.unit, q->unit))
						end = ue;
				}
				if (*need && pi > 0)
					qi = pi - 1;
				else if (qi > 0 && tword(sc, qi - 1, "from"))
					qi--;
			}
		}
	}
	(void)cur_i;

	/* fractions spelled with "in", "out of", "over": "1 in 5", "one out of three" */
	if (!ranged && q->kind == FB_QK_COUNT && !r.fraction && end == r.j &&
	    (tword(sc, end, "in") || tword(sc, end, "over") || (tword(sc, end, "out") && tword(sc, end + 1, "of")))) {
		size_t a = end + (tword(sc, end, "out") ? 2 : 1);
		num d;
		/* a noun after: "one in five jobs" is a share; "two in three attacks"
		 * may be two people in three attacks, so only "one in" */
		int noun_ok = r.v == 1 && tword(sc, end, "in");
		if (parse_number(sc, a, &d) && !d.ordinal && !d.year && d.v != 0 &&
		    !(d.j < sc->n && ((nounish(sc, d.j) && !noun_ok) || lex_at(sc, sc->nm->units, d.j, &rj) || lex_at(sc, sc->nm->cur, d.j, &rj))) &&
		    (tword(sc, end, "over") ? 1 : r.v < d.v) && !(tword(sc, end, "over") && nounish(sc, d.j))) {
			set_exact(q, r.v / d.v);
			end = d.j;
		} else if (tword(sc, end, "out") && parse_number(sc, a, &d) && r.v < d.v && !d.ordinal) {
			set_exact(q, r.v / d.v);
			end = d.j;
		}
	}

	/* hedges before: "at least", "more than", "nearly", "some" */
	size_t hi;
	const fb_entry *h = qi > 0 ? hedge_before(sc, qi, &hi) : NULL;
	/* "earned $2000 over 3 years", "rose 5% over two days": after an
	 * amount, "over" a duration is the period it accrued in, not a bound */
	if (h && q->kind == FB_QK_DURATION && hi + 1 == qi && tword(sc, hi, "over") && hi > 0 &&
	    sc->out->n > 0 && sc->out->q[sc->out->n - 1].end == sc->t[hi - 1].e)
		h = NULL;
	if (h && !ranged) {
		unsigned hk = hedge_kind(sc->nm, h);
		if (hk < H_POST_GE) {
			/* "some" before a word number is a determiner ("some one") only rarely */
			apply_hedge(q, hk, q->value);
			qi = hi;
		}
	} else if (h && ranged) {
		unsigned hk = hedge_kind(sc->nm, h);
		if (hk == H_APPROX || hk == H_NEAR) {
			q->approx = 1;
			qi = hi;
		}
	}
	/* hedges after: "500 or more", "5000 or less", "20 or so" */
	size_t pj;
	const fb_entry *ph = lex_at(sc, sc->nm->hedges, end, &pj);
	if (ph && !ranged) {
		unsigned hk = hedge_kind(sc->nm, ph);
		num dummy;
		int next_num = pj < sc->n && parse_number(sc, pj, &dummy);
		if (hk >= H_POST_GE && !next_num && !tword(sc, pj, "than") && !tword(sc, pj, "to") && !(hk == H_POST_GE && tword(sc, end, "plus") && sc->t[end].sp && pj < sc->n && nounish(sc, pj) && 0)) {
			double v = q->has_value ? q->value : (q->has_min ? q->min : q->max);
			if (hk == H_POST_EQCLOSE)
				apply_hedge(q, hk, v);
			else
				apply_hedge(q, hk, v);
			end = pj;
		}
	}

	/* a unit in brackets: "20 (kg)", "20 [kg]", "20 <kg>" */
	if (q->kind == FB_QK_COUNT && !q->unit && end + 2 < sc->n && sc->t[end].sp &&
	    (tchar(sc, end, '(') || tchar(sc, end, '[') || tchar(sc, end, '{') || tchar(sc, end, '<'))) {
		static const char open[] = "([{<", close[] = ")]}>";
		size_t uj;
		const fb_entry *u = lex_at(sc, sc->nm->units, end + 1, &uj);
		const char *o = strchr(open, sc->buf[sc->t[end].s]);
		if (u && o && uj < sc->n && tchar(sc, uj, close[o - open]) && strcmp(u->field[1], "percent") != 0) {
			q->unit = u->field[0];
			q->kind = !strcmp(u->field[1], "duration") ? FB_QK_DURATION : FB_QK_MEASURE;
			end = uj + 1;
		}
	}
	/* an age: "age 87", "aged 87" */
	if (q->kind == FB_QK_COUNT && !q->unit && !ranged && q->has_value && r.integer && q->value > 0 &&
	    q->value < 130 && qi > 0 && qi == r.i && (tword(sc, qi - 1, "age") || tword(sc, qi - 1, "aged"))) {
		q->kind = FB_QK_DURATION;
		q->unit = "year";
		if (tword(sc, qi - 1, "age"))
			qi--;
	}
	/* a counted noun after a bare count */
	if (q->kind == FB_QK_COUNT) {
		size_t ne = noun_phrase(sc, end, q->has_value ? q->value : 2);
		if (ne > end) {
			q->noun_start = sc->t[end].s;
			q->noun_end = sc->t[ne - 1].e;
		}
	}
	fb_quantity *o = emit(sc, qi, end, q->kind);
	size_t s0 = o->start, e0 = o->end, sent = o->sent;
	*o = *q;
	o->start = s0, o->end = e0, o->sent = sent;
	if (o->kind == FB_QK_DURATION && !o->unit)
		o->unit = "hour";
	return end > k ? end : k + 1;
}

/* Scans one sentence with reusable scratch space. */
static void scan_range(const fb_numbers *nm, const char *buf, size_t start,
    size_t end, size_t sent, fb_qlist *out, scratch *w)
{
	scan sc = { nm, buf, start, end, sent, w->t, 0, out, w->md };
	size_t cap = w->cap;
	size_t hit = may_hold(nm, buf, start, end);
	if (hit >= end)
		return;
	if (!tokenize(&sc, hit, &cap)) {
		w->t = sc.t, w->cap = cap;
		return;
	}
	/* sentinels: look-ahead past the last token reads "nothing" */
	size_t n = sc.n;
	for (int i = 0; i < 4; i++) {
		tok *t = FB_PUSH(sc.t, sc.n, cap);
		t->s = t->e = end;
		t->type = T_PUNCT + 10;
		t->sp = 1;
	}
	sc.n = n;
	size_t first = out->n;
	for (size_t k = 0; k < sc.n;) {
		const tok *t = &sc.t[k];
		size_t j = k;
		if (!t->trig && !(t->type == T_WORD && (sc.t[k + 1].trig || sc.t[k + 1].cls ||
		    (sc.t[k + 2].trig && is_article(&sc, k))))) {
			k++; /* nothing can start here ("a whole day": an article two before) */
			continue;
		}
		if (t->type == T_NUM || t->cls == W_MONTH || t->cls == W_WEEKDAY ||
		    (t->type == T_WORD && (sc.t[k + 1].cls == W_MONTH || sc.t[k + 1].cls == W_WEEKDAY)))
			j = date_at(&sc, k);
		int art = t->type == T_WORD && is_article(&sc, k);
		if (j == k && (t->trig || art || tword(&sc, k, "per")))
			j = quantity_at(&sc, k);
		if (j == k && t->type == T_WORD && (t->trig || (art && (sc.t[k + 1].trig || sc.t[k + 2].trig)))) {
			j = vague_at(&sc, k);
			if (j == k)
				j = article_at(&sc, k);
			if (j == k && t->cls == W_MULT) {
				if (tword(&sc, k, "twice") || tword(&sc, k, "thrice") || tword(&sc, k + 1, "the") || tword(&sc, k + 1, "that")) {
					fb_quantity *q = emit(&sc, k, k + 1, FB_QK_COUNT);
					set_exact(q, t->val);
					q->unit = "times";
				}
				j = k + 1;
			}
		}
		k = j > k ? j : k + 1;
	}
	join_bounds(&sc, first);
	enumerations(&sc, first);
	w->t = sc.t, w->cap = cap, w->md = sc.md;
}

static void scratch_free(scratch *w)
{
	if (w->md)
		pcre2_match_data_free(w->md);
	free(w->t);
}

void fb_numbers_scan(const fb_numbers *nm, const char *buf, size_t start,
    size_t end, size_t sent, fb_qlist *out)
{
	scratch w = { NULL, 0, NULL };
	scan_range(nm, buf, start, end, sent, out, &w);
	scratch_free(&w);
}

void fb_numbers_scan_doc(const fb_numbers *nm, const fb_doc *doc, fb_qlist *out)
{
	scratch w = { NULL, 0, NULL };
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc->para[doc->sent[s].para].boilerplate)
			scan_range(nm, doc->buf, doc->sent[s].start, doc->sent[s].end, s, out, &w);
	scratch_free(&w);
	fb_qlist_trim(out);
}

void fb_qlist_trim(fb_qlist *ql)
{
	/* an enumeration's parts are found as quantities of their own before
	 * it takes their place: the list once held several times what stays */
	if (ql->q && ql->cap > ql->n) {
		ql->q = fb_xrealloc(ql->q, ql->n ? ql->n : 1, sizeof *ql->q);
		ql->cap = ql->n ? ql->n : 1;
	}
}

const fb_part *fb_parts_add(fb_part_block **blocks, const fb_part *p, size_t n)
{
	fb_part_block *b = *blocks;
	if (!b || b->n + n > FB_PART_BLOCK) {
		b = fb_xcalloc(1, sizeof *b);
		b->next = *blocks;
		*blocks = b;
	}
	fb_part *dst = b->p + b->n;
	memcpy(dst, p, n * sizeof *p);
	b->n += n;
	return dst;
}

void fb_parts_free(fb_part_block **blocks)
{
	while (*blocks) {
		fb_part_block *next = (*blocks)->next;
		free(*blocks);
		*blocks = next;
	}
}

void fb_qlist_free(fb_qlist *ql)
{
	if (ql) {
		fb_parts_free(&ql->parts);
		free(ql->q);
		ql->q = NULL;
		ql->n = ql->cap = 0;
	}
}
