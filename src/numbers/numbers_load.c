/* numbers_load.c - loads the number grammar's word lists (data/numbers/),
 * builds its phrase and trigger tables and compiles its patterns. */
#include "numbers_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const wcls_names[W__MAX] = {
	"", "card", "tens", "hundred", "scale", "abbr", "ord", "ordpl",
	"half", "quarter", "group", "frac", "month", "weekday", "mult", "sign", "single",
};

static const char *const hkind_names[H__MAX] = {
	"", "ge", "gt", "le", "lt", "eq", "approx", "near",
	"post-ge", "post-le", "post-approx", "post-eqclose",
};

/* ------------------------------------------------------------- loading */

static unsigned wclass_of(const char *s)
{
	for (unsigned i = 1; i < W__MAX; i++)
		if (!strcmp(s, wcls_names[i]))
			return i;
	return W_NONE;
}

static unsigned hkind_of(const char *s)
{
	for (unsigned i = 1; i < H__MAX; i++)
		if (!strcmp(s, hkind_names[i]))
			return i;
	return H_NONE;
}

/* Parses a plain decimal number from a C string (data files only); returns
 * 0 when the field is not one. Locale-free. */
int parse_field_num(const char *s, double *out)
{
	if (!s || !*s)
		return 0;
	double v = 0, scale = 1;
	int neg = 0, digits = 0, frac = 0;
	const char *p = s;
	if (*p == '-')
		neg = 1, p++;
	for (; *p; p++) {
		if (fb_isdigit((unsigned char)*p)) {
			digits++;
			if (frac)
				v += (*p - '0') * (scale /= 10);
			else
				v = v * 10 + (*p - '0');
		} else if (*p == '.' && !frac)
			frac = 1;
		else if ((*p == 'e' || *p == 'E') && digits) {
			int en = 0, eneg = 0;
			p++;
			if (*p == '+' || *p == '-')
				eneg = *p++ == '-';
			for (; fb_isdigit((unsigned char)*p) && en < 400; p++)
				en = en * 10 + (*p - '0');
			if (*p)
				return 0;
			v *= pow(10, eneg ? -en : en);
			break;
		} else
			return 0;
	}
	*out = neg ? -v : v;
	return digits > 0;
}

static size_t prefix_index(const char *s, size_t n)
{
	size_t a = (size_t)(fb_tolower((unsigned char)s[0]) - 'a');
	size_t b = n > 1 && fb_isalpha((unsigned char)s[1]) ? (size_t)(fb_tolower((unsigned char)s[1]) - 'a' + 1) : 0;
	size_t c = n > 2 && fb_isalpha((unsigned char)s[2]) ? (size_t)(fb_tolower((unsigned char)s[2]) - 'a' + 1) : 0;
	return (a * 27 + b) * 27 + c;
}

/* Adds the words of a phrase to the trigger list and its prefix bitmap. */
static void add_trigger(fb_numbers *nm, const char *k, size_t kl)
{
	size_t i = 0;
	while (i < kl) {
		while (i < kl && !fb_isalpha((unsigned char)k[i]))
			i++;
		size_t j = i;
		while (j < kl && fb_isalpha((unsigned char)k[j]))
			j++;
		if (j > i) {
			fb_lexicon_add(nm->trig, k + i, j - i, NULL, 0);
			size_t p = prefix_index(k + i, j - i);
			nm->prefix[p / 8] |= (unsigned char)(1u << (p % 8));
		}
		i = j;
	}
}

static size_t trig_hash(const char *s, size_t n)
{
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = fb_fnv(h, (unsigned char)fb_tolower((unsigned char)s[i]));
	return h;
}

/* Length of the token that starts key[i] (the tokenizer's rules). */
static size_t key_tok(const char *k, size_t kl, size_t i)
{
	unsigned char c = (unsigned char)k[i];
	size_t j = i + 1;
	if (fb_isalpha(c))
		while (j < kl && fb_isalpha((unsigned char)k[j]))
			j++;
	else if (fb_isdigit(c))
		while (j < kl && fb_isdigit((unsigned char)k[j]))
			j++;
	else if (c >= 0x80)
		while (j < kl && ((unsigned char)k[j] & 0xC0) == 0x80)
			j++;
	return j - i;
}

/* Indexes the first and last tokens of every phrase of lx, so that a
 * look-up at a token that starts (or ends) no phrase costs one probe. */
static void add_aux(fb_numbers *nm, const fb_lexicon *lx)
{
	struct aux *a = &nm->aux[nm->naux++];
	a->lx = lx;
	a->first = fb_lexicon_new();
	a->last = fb_lexicon_new();
	for (size_t e = 0; e < lx->n; e++) {
		const char *k = lx->e[e].key;
		size_t kl = lx->e[e].keylen, i = 0, ntok = 0, ls = 0, ll = 0;
		while (i < kl) {
			if (k[i] == ' ') {
				i++;
				continue;
			}
			size_t l = key_tok(k, kl, i);
			if (!ntok)
				fb_lexicon_add(a->first, k + i, l, NULL, 0);
			ls = i, ll = l, ntok++;
			i += l;
		}
		if (ntok) {
			fb_lexicon_add(a->last, k + ls, ll, NULL, 0);
			if (ntok > a->maxtok)
				a->maxtok = ntok;
		}
	}
}

/* Builds the phrase table of lx; the first entry of equal keys wins,
 * as in a linear walk of the list. */
static void add_ptab(fb_numbers *nm, const fb_lexicon *lx)
{
	struct ptab *p = &nm->pt[nm->npt++];
	size_t ns = 16;
	while (ns < lx->n * 2 + 2)
		ns *= 2;
	p->lx = lx;
	p->mask = ns - 1;
	p->slot = fb_xcalloc(ns, sizeof *p->slot);
	for (size_t i = 0; i < lx->n; i++) {
		const fb_entry *e = &lx->e[i];
		uint64_t h = 0;
		for (size_t k = 0; k < e->keylen; k++)
			h = ph_byte(h, (unsigned char)e->key[k]);
		size_t x = h & p->mask;
		int dup = 0;
		for (; p->slot[x].e; x = (x + 1) & p->mask)
			if (p->slot[x].h == h && p->slot[x].e->keylen == e->keylen && !memcmp(p->slot[x].e->key, e->key, e->keylen))
				dup = 1;
		if (!dup) {
			p->slot[x].h = h;
			p->slot[x].e = e;
		}
	}
}

static const struct ptab *ptab_of(const fb_numbers *nm, const fb_lexicon *lx)
{
	for (size_t i = 0; i < nm->npt; i++)
		if (nm->pt[i].lx == lx)
			return &nm->pt[i];
	return NULL;
}

/* Compiles one pattern with JIT; returns NULL and fills err on failure. */
static pcre2_code *compile(fb_numbers *nm, const char *pat, size_t len, char *err, size_t errlen)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, len,
	    PCRE2_CASELESS | PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, &ec, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		snprintf(err, errlen, "numbers.c: pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return NULL;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	uint32_t cap = 0;
	pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
	if (cap + 1 > nm->ovec_pairs)
		nm->ovec_pairs = cap + 1;
	return re;
}

/* The alternation of every words entry of one class, longest first. */
static void class_alternation(const fb_numbers *nm, unsigned cls, fb_buf *b)
{
	size_t maxl = 0, first = 1;
	for (size_t i = 0; i < nm->words->n; i++)
		if (nm->wcls[i] == cls && nm->words->e[i].keylen > maxl)
			maxl = nm->words->e[i].keylen;
	for (size_t l = maxl; l > 0; l--)
		for (size_t i = 0; i < nm->words->n; i++)
			if (nm->wcls[i] == cls && nm->words->e[i].keylen == l) {
				if (!first)
					fb_buf_putc(b, '|');
				first = 0;
				fb_buf_put(b, nm->words->e[i].key, l);
			}
}

/* Loads the word lists of data/numbers/. Returns 0 on failure, with the
 * message in err. */
static int load_lists(fb_numbers *nm, char *err, size_t errlen)
{
	if (!(nm->words = fb_lexicon_load_data("numbers/words.tsv", err, errlen)) ||
	    !(nm->hedges = fb_lexicon_load_data("numbers/hedges.tsv", err, errlen)) ||
	    !(nm->vague = fb_lexicon_load_data("numbers/vague.tsv", err, errlen)) ||
	    !(nm->units = fb_lexicon_load_data("numbers/units.tsv", err, errlen)) ||
	    !(nm->cur = fb_lexicon_load_data("numbers/currencies.tsv", err, errlen)) ||
	    !(nm->ranges = fb_lexicon_load_data("numbers/ranges.tsv", err, errlen)) ||
	    !(nm->labels = fb_lexicon_load_data("numbers/labels.tsv", err, errlen)) ||
	    !(nm->stop = fb_lexicon_load_data("numbers/stopwords.tsv", err, errlen)) ||
	    !(nm->one_units = fb_lexicon_load_data("numbers/one-units.txt", err, errlen)) ||
	    !(nm->unit_adj = fb_lexicon_load_data("numbers/unit-adjectives.txt", err, errlen)) ||
	    !(nm->money_cues = fb_lexicon_load_data("numbers/money-cues.txt", err, errlen)) ||
	    !(nm->people = fb_lexicon_load_shared("attribution/people.txt", err, errlen)) ||
	    !(nm->people_more = fb_lexicon_load_data("numbers/people.txt", err, errlen)))
		return 0;
	return 1;
}

/* The byte tables of the pre-check and the tokenizer. */
static void byte_tables(fb_numbers *nm)
{
	for (unsigned c = 0; c < 256; c++) {
		nm->lc[c] = fb_isalpha((int)c) ? (unsigned char)fb_tolower((int)c) : 0;
		nm->bcls[c] = fb_isalpha((int)c) ? B_ALPHA : fb_isdigit((int)c) || c == '$' ? B_HIT :
		    fb_isspace((int)c) ? B_SPACE : c >= 0x80 ? B_HIGH : B_OTHER;
	}
}

/* Reads the fields of the lists (word classes and values, hedge kinds)
 * and collects the trigger words. Returns 0 on a malformed line, with the
 * message in err. */
static int read_lists(fb_numbers *nm, char *err, size_t errlen)
{
	nm->wcls = fb_xcalloc(nm->words->n + 1, 1);
	nm->wval = fb_xcalloc(nm->words->n + 1, sizeof(double));
	nm->trig = fb_lexicon_new();
	for (size_t i = 0; i < nm->words->n; i++) {
		const fb_entry *e = &nm->words->e[i];
		unsigned c = e->nfield ? wclass_of(e->field[0]) : W_NONE;
		if (c == W_NONE || e->nfield < 2 || !parse_field_num(e->field[1], &nm->wval[i])) {
			snprintf(err, errlen, "%s:%zu: want: word, class, value", nm->words->path, e->line);
			return 0;
		}
		nm->wcls[i] = (unsigned char)c;
		if (c != W_ABBR)
			add_trigger(nm, e->key, e->keylen);
	}
	nm->hk = fb_xcalloc(nm->hedges->n + 1, 1);
	for (size_t i = 0; i < nm->hedges->n; i++) {
		const fb_entry *e = &nm->hedges->e[i];
		unsigned k = e->nfield ? hkind_of(e->field[0]) : H_NONE;
		if (k == H_NONE) {
			snprintf(err, errlen, "%s:%zu: unknown hedge kind", nm->hedges->path, e->line);
			return 0;
		}
		nm->hk[i] = (unsigned char)k;
	}
	for (size_t i = 0; i < nm->vague->n; i++) {
		const fb_entry *e = &nm->vague->e[i];
		double d;
		if (e->nfield < 3 || !parse_field_num(e->field[0], &d)) {
			snprintf(err, errlen, "%s:%zu: want: phrase, min, max, kind, unit", nm->vague->path, e->line);
			return 0;
		}
		size_t skip = 0;
		if (e->keylen > 2 && e->key[0] == 'a' && e->key[1] == ' ')
			skip = 2; /* "a few": "few" triggers, not every "a" */
		size_t l = skip;
		while (l < e->keylen && e->key[l] != ' ')
			l++;
		add_trigger(nm, e->key + skip, l - skip);
	}
	for (size_t i = 0; i < nm->units->n; i++) {
		const fb_entry *e = &nm->units->e[i];
		if (e->nfield < 2) {
			snprintf(err, errlen, "%s:%zu: want: phrase, unit, kind", nm->units->path, e->line);
			return 0;
		}
		if (strcmp(e->field[1], "duration") == 0 && (e->nfield < 3 || strcmp(e->field[2], "abbr") != 0))
			add_trigger(nm, e->key, e->keylen); /* "a week", "hours-long" */
	}
	for (size_t i = 0; i < nm->cur->n; i++)
		if (nm->cur->e[i].nfield < 2) {
			snprintf(err, errlen, "%s:%zu: want: phrase, code, position", nm->cur->path, nm->cur->e[i].line);
			return 0;
		}
	for (size_t i = 0; i < nm->one_units->n; i++)
		add_trigger(nm, nm->one_units->e[i].key, nm->one_units->e[i].keylen);
	add_trigger(nm, "percent", 7);
	add_trigger(nm, "couple", 6);
	add_trigger(nm, "pair", 4);
	return 1;
}

/* Builds the look-up tables: first and last tokens of the phrase lists,
 * a phrase table per list, the trigger table. */
static void build_tables(fb_numbers *nm)
{
	add_aux(nm, nm->hedges);
	add_aux(nm, nm->vague);
	add_aux(nm, nm->units);
	add_aux(nm, nm->cur);
	add_aux(nm, nm->ranges);
	add_aux(nm, nm->labels);
	nm->pw[0] = 1;
	for (size_t i = 1; i < PH_MAXLEN + 2; i++)
		nm->pw[i] = nm->pw[i - 1] * PH_MUL;
	add_ptab(nm, nm->words);
	add_ptab(nm, nm->hedges);
	add_ptab(nm, nm->vague);
	add_ptab(nm, nm->units);
	add_ptab(nm, nm->cur);
	add_ptab(nm, nm->ranges);
	add_ptab(nm, nm->labels);
	add_ptab(nm, nm->stop);
	for (size_t i = 0; i < nm->naux; i++) {
		add_ptab(nm, nm->aux[i].first);
		add_ptab(nm, nm->aux[i].last);
	}
	for (size_t i = 0; i < nm->naux; i++) {
		nm->aux[i].pt = ptab_of(nm, nm->aux[i].lx);
		nm->aux[i].pfirst = ptab_of(nm, nm->aux[i].first);
		nm->aux[i].plast = ptab_of(nm, nm->aux[i].last);
	}
	nm->pt_stop = ptab_of(nm, nm->stop);
	nm->nts = 64;
	while (nm->nts < nm->trig->n * 4)
		nm->nts *= 2;
	nm->ts = fb_xcalloc(nm->nts, sizeof *nm->ts);
	for (size_t i = 0; i < nm->trig->n; i++) {
		const fb_entry *e = &nm->trig->e[i], *w;
		size_t h = trig_hash(e->key, e->keylen) & (nm->nts - 1);
		while (nm->ts[h].key)
			h = (h + 1) & (nm->nts - 1);
		nm->ts[h].key = e->key;
		nm->ts[h].keylen = e->keylen;
		w = fb_lexicon_get(nm->words, e->key, e->keylen);
		nm->ts[h].word = w ? (int)(w - nm->words->e) : -1;
	}
}

/* Compiles the patterns: digit literals, dates, times, telephone numbers.
 * Returns 0 on failure, with the message in err. */
static int compile_patterns(fb_numbers *nm, char *err, size_t errlen)
{
	fb_buf pat = {0};
	int rc = 0;
	nm->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(nm->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(nm->mctx, DEPTH_LIMIT);

	/* A digit literal: Indian or Western thousands, thin-space groups,
	 * decimals, exponent, power; European groups where no English reading
	 * fits ("1.234,5", "1.234.567", "1,5 million", "1,3%", "it was 1,3." but not
	 * the lists "1,2 and 3", "22,24,26,31": English groups have three digits).
	 * Anchored at a digit or
	 * a dot. */
	static const char lit[] =
	    "(?:(\\d{1,3}(?:\\.\\d{3})+,\\d+(?!\\d|[.,]\\d)|(?<!\\d,)\\d{1,3},\\d{1,2}(?=\\x20(?:million|billion|trillion)\\b|\\x20?%|\\x20percent\\b|[.;!?]?(?:\\s|$))(?!\\s+(?:and|or|&)\\s)|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d|[.,]\\d)"
	    "|\\d{1,2}(?:,\\d\\d)+,\\d{3}(?!\\d)|\\d{1,3}(?:,\\d{3})+(?![\\d])"
	    "|\\d{1,3}(?:(?:\\x20|\\x{a0}|\\x{202f})\\d{3}(?![\\d]))+|\\d+)(\\.\\d+)?|(\\.\\d+))"
	    "(?:([eE][+-]?\\d+)(?![a-zA-Z]))?"
	    "(?:\\^([+-]*)(\\d+)|[x\\x{d7}]10\\^([+-]?\\d+))?";
	if (!(nm->re_lit = compile(nm, lit, sizeof lit - 1, err, errlen)))
		goto out;
	/* Month day[, year] or month year. */
	fb_buf_puts(&pat, "(?:(?:late|early|mid)[\\s-]+)?(");
	class_alternation(nm, W_MONTH, &pat);
	/* an abbreviation's period only inside the date ("Sept. 5"): at the end
	 * of a sentence it is the sentence's ("from September.") */
	fb_buf_puts(&pat, ")(?:\\.(?=\\s+\\d))?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d))?(?:,?\\s+(\\d{4})(?!\\d))?(?![a-z])");
	if (!(nm->re_date_md = compile(nm, pat.p, pat.len, err, errlen)))
		goto out;
	pat.len = 0;
	fb_buf_puts(&pat, "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(");
	class_alternation(nm, W_MONTH, &pat);
	fb_buf_puts(&pat, ")\\.?(?![a-z])(?:,?\\s+(\\d{4})(?!\\d))?");
	if (!(nm->re_date_dm = compile(nm, pat.p, pat.len, err, errlen)))
		goto out;
	static const char dnum[] = "(?:\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d\\d)|\\d{4}-\\d\\d-\\d\\d)(?![\\d/])";
	if (!(nm->re_date_num = compile(nm, dnum, sizeof dnum - 1, err, errlen)))
		goto out;
	static const char tim[] =
	    "(\\d{1,2})(?:[:.](\\d\\d))?\\s?([ap])(?:\\.m\\.?|m)(?![a-z])|(\\d{1,2}):(\\d\\d)(?![\\d:])";
	if (!(nm->re_time = compile(nm, tim, sizeof tim - 1, err, errlen)))
		goto out;
	/* a race's or a session's length, "2:04:51" (the clock pattern above
	 * stops before a second colon) */
	static const char hms[] = "(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:\\.\\d{1,3})?(?![\\d:])";
	if (!(nm->re_hms = compile(nm, hms, sizeof hms - 1, err, errlen)))
		goto out;
	static const char phone[] =
	    "\\+\\d{1,3}(?:[-.\\x20/]?\\(?\\d{2,5}\\)?){2,5}(?!\\d)"
	    "|\\(?\\d{3}\\)?[-.]\\d{3}[-.]\\d{4}(?!\\d)|\\(\\d{2,5}\\)\\x20?\\d{3,4}[-.\\x20]?\\d{4}(?!\\d)"
	    "|\\d{3,5}[-/]\\d{3,5}[-/]\\d{3,5}(?!\\d)|0\\d{2,4}-\\d{6,8}(?!\\d)";
	if (!(nm->re_phone = compile(nm, phone, sizeof phone - 1, err, errlen)))
		goto out;
	rc = 1;
out:
	fb_buf_free(&pat);
	return rc;
}

fb_numbers *fb_numbers_new(char *err, size_t errlen)
{
	fb_numbers *nm = fb_xcalloc(1, sizeof *nm);
	if (!load_lists(nm, err, errlen))
		goto fail;
	byte_tables(nm);
	if (!read_lists(nm, err, errlen))
		goto fail;
	build_tables(nm);
	if (!compile_patterns(nm, err, errlen))
		goto fail;
	return nm;
fail:
	fb_numbers_free(nm);
	return NULL;
}

void fb_numbers_free(fb_numbers *nm)
{
	if (!nm)
		return;
	fb_lexicon_free(nm->words);
	fb_lexicon_free(nm->hedges);
	fb_lexicon_free(nm->vague);
	fb_lexicon_free(nm->units);
	fb_lexicon_free(nm->cur);
	fb_lexicon_free(nm->ranges);
	fb_lexicon_free(nm->labels);
	fb_lexicon_free(nm->stop);
	fb_lexicon_free(nm->one_units);
	fb_lexicon_free(nm->unit_adj);
	fb_lexicon_free(nm->money_cues);
	fb_lexicon_free(nm->people);
	fb_lexicon_free(nm->people_more);
	fb_lexicon_free(nm->trig);
	free(nm->ts);
	for (size_t i = 0; i < nm->npt; i++)
		free(nm->pt[i].slot);
	for (size_t i = 0; i < nm->naux; i++) {
		fb_lexicon_free(nm->aux[i].first);
		fb_lexicon_free(nm->aux[i].last);
	}
	free(nm->wcls);
	free(nm->wval);
	free(nm->hk);
	pcre2_code_free(nm->re_lit);
	pcre2_code_free(nm->re_date_md);
	pcre2_code_free(nm->re_date_dm);
	pcre2_code_free(nm->re_date_num);
	pcre2_code_free(nm->re_time);
	pcre2_code_free(nm->re_hms);
	pcre2_code_free(nm->re_phone);
	pcre2_match_context_free(nm->mctx);
	free(nm);
}
