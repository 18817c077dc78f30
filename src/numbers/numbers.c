/* numbers.c - the number scan: tokens (with the pre-check that skips
 * sentences holding no number), the look-ups over tokens the other parts
 * share, and the public entry (a sentence, a document, the lists). The
 * grammar is in numbers_parse.c, a number made a quantity in
 * numbers_quantity.c; word lists live in data/numbers/. */
#include "numbers_int.h"
#include "segment.h"

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

int is_dash(const scan *sc, size_t k)
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

/* ------------------------------------------------------ the entry */

/* Scans one sentence with reusable scratch space. */
static void scan_range(const fb_numbers *nm, const char *buf, size_t start,
    size_t end, size_t sent, fb_qlist *out, scratch *w, int headline)
{
	scan sc = { nm, buf, start, end, sent, w->t, 0, out, w->md, headline };
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
	scan_range(nm, buf, start, end, sent, out, &w, 0);
	scratch_free(&w);
}

void fb_numbers_scan_doc(const fb_numbers *nm, const fb_doc *doc, fb_qlist *out)
{
	scratch w = { NULL, 0, NULL };
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc->para[doc->sent[s].para].boilerplate)
			scan_range(nm, doc->buf, doc->sent[s].start, doc->sent[s].end, s, out, &w,
			    fb_doc_headline_case(doc, doc->sent[s].para));
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

/* The number as written, in the text's unit, whatever the hedge: the value
 * when exact, else the one finite bound ("more than 30" -> 30), the upper
 * bound of "nearly 50"; none for a range with two different ends or a
 * vague word ("several"). */
int fb_quantity_stated(const fb_quantity *q, double *out)
{
	if (q->vague)
		return 0;
	if (q->has_value) {
		*out = q->value;
		return 1;
	}
	if (q->near && q->has_max) { /* "nearly 50": 45 to 50, 50 stated */
		*out = q->max;
		return 1;
	}
	if (q->has_min && q->has_max) {
		*out = q->min;
		return q->min == q->max;
	}
	if (q->has_min || q->has_max) {
		*out = q->has_min ? q->min : q->max;
		return 1;
	}
	return 0;
}
