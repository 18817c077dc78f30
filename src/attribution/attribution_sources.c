/* attribution_sources.c - the registry of sources of the attribution
 * stage: names and their keys, aliases, roles, mentions, people found by
 * any part of their name, and organisations, outlets and documents. */
#include "attribution_impl.h"

#include <stdlib.h>

static size_t hkey(const char *s)
{
	size_t h = FB_FNV_START;
	for (; *s; s++)
		h = fb_fnv(h, (unsigned char)*s);
	return h;
}

/* The (key, source) chain an entry is in. */
static size_t pair_bucket(const ctx *c, size_t hash, int src)
{
	return (hash ^ ((size_t)(unsigned)src * 0x9E3779B97F4A7C15u)) & (c->nbucket - 1);
}

static void idx_rehash(ctx *c)
{
	size_t nb = c->nbucket ? c->nbucket * 2 : 64;
	free(c->bucket);
	free(c->pbucket);
	c->bucket = fb_xcalloc(nb, sizeof *c->bucket);
	c->pbucket = fb_xcalloc(nb, sizeof *c->pbucket);
	c->nbucket = nb;
	for (size_t i = 0; i < c->nh; i++) {
		size_t b = c->h[i].hash & (nb - 1), pb = pair_bucket(c, c->h[i].hash, c->h[i].src);
		c->h[i].next = c->bucket[b];
		c->bucket[b] = i + 1;
		c->h[i].pnext = c->pbucket[pb];
		c->pbucket[pb] = i + 1;
	}
}

/* Adds key -> src unless that pair is there. */
void fb_reg_idx_add(ctx *c, const char *key, int src)
{
	size_t hash = hkey(key);
	if (c->nbucket) {
		for (size_t i = c->pbucket[pair_bucket(c, hash, src)]; i; i = c->h[i - 1].pnext)
			if (c->h[i - 1].src == src && c->h[i - 1].hash == hash && !strcmp(c->h[i - 1].key, key))
				return;
	}
	hent *e = FB_PUSH(c->h, c->nh, c->hcap);
	e->key = fb_xstrdup(key);
	e->src = src;
	e->hash = hash;
	if (c->nh * 2 > c->nbucket)
		idx_rehash(c);
	else {
		size_t b = hash & (c->nbucket - 1), pb = pair_bucket(c, hash, src);
		e->next = c->bucket[b];
		c->bucket[b] = c->nh;
		e->pnext = c->pbucket[pb];
		c->pbucket[pb] = c->nh;
	}
}

/* Sources filed under key, at most max, in out; returns how many. */
size_t fb_reg_idx_find(const ctx *c, const char *key, int *out, size_t max)
{
	size_t n = 0;
	if (!c->nbucket)
		return 0;
	for (size_t i = c->bucket[hkey(key) & (c->nbucket - 1)]; i && n < max; i = c->h[i - 1].next)
		if (!strcmp(c->h[i - 1].key, key)) {
			int dup = 0;
			for (size_t k = 0; k < n; k++)
				dup |= out[k] == c->h[i - 1].src;
			if (!dup)
				out[n++] = c->h[i - 1].src;
		}
	return n;
}

/* Text of buf[s, e) with white space runs made one space; caller frees. */
char *fb_reg_collapse(const char *buf, size_t s, size_t e)
{
	fb_buf o = {0};
	int sp = 0;
	for (size_t i = s; i < e; i++) {
		unsigned char ch = (unsigned char)buf[i];
		if (fb_isspace(ch)) {
			sp = 1;
			continue;
		}
		if (sp && o.len)
			fb_buf_putc(&o, ' ');
		sp = 0;
		fb_buf_putc(&o, ch);
	}
	if (!o.p)
		fb_buf_put(&o, "", 0);
	return o.p;
}

/* Lower-case letters and digits of s only: "Tehreek-e-Taliban" and
 * "Tehreek e Taliban" get one key. Caller frees. */
char *fb_reg_norm_key(const char *prefix, const char *s)
{
	fb_buf o = {0};
	fb_buf_puts(&o, prefix);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (fb_isalnum(ch) || ch >= 0x80)
			fb_buf_putc(&o, fb_tolower(ch));
	}
	return o.p;
}

static int src_new(ctx *c, char *name, fb_skind kind)
{
	fb_attribution *a = c->a;
	fb_source *s = FB_PUSH(a->src, a->nsrc, c->srccap);
	s->name = name;
	s->kind = kind;
	return (int)(a->nsrc - 1);
}

/* fb_fold_text of s into out (at most cap bytes); returns the length, or
 * -1 when it does not fit. */
static long fold_into(const char *s, char *out, size_t cap)
{
	size_t n = strlen(s), o = 0;
	int space = 0;
	for (size_t i = 0; i < n;) {
		size_t l;
		unsigned cp = dec(s, n, i, &l);
		if (fb_space_len(s + i, n - i)) {
			space = 1;
			i += l;
			continue;
		}
		if (o + l + 1 > cap)
			return -1;
		if (space && o)
			out[o++] = ' ';
		space = 0;
		if (cp == 0x2018 || cp == 0x2019)
			out[o++] = '\'';
		else if (cp == 0x201C || cp == 0x201D)
			out[o++] = '"';
		else {
			memcpy(out + o, s + i, l);
			o += l;
		}
		i += l;
	}
	return (long)o;
}

/* Case- and apostrophe-insensitive equality of two C strings. */
static int same_text(const char *x, const char *y)
{
	if (!strcmp(x, y))
		return 1;
	char bx[256], by[256];
	long lx = fold_into(x, bx, sizeof bx), ly = fold_into(y, by, sizeof by);
	if (lx >= 0 && ly >= 0) {
		if (lx != ly)
			return 0;
		for (long i = 0; i < lx; i++)
			if (fb_tolower((unsigned char)bx[i]) != fb_tolower((unsigned char)by[i]))
				return 0;
		return 1;
	}
	char *fx = fb_fold_text(x, strlen(x)), *fy = fb_fold_text(y, strlen(y));
	int eq = strlen(fx) == strlen(fy);
	for (size_t i = 0; eq && fx[i]; i++)
		eq = fb_tolower((unsigned char)fx[i]) == fb_tolower((unsigned char)fy[i]);
	free(fx);
	free(fy);
	return eq;
}

void fb_reg_add_alias(ctx *c, int si, const char *text)
{
	fb_source *s = &c->a->src[si];
	if (same_text(s->name, text) || s->naliases >= MAX_FORMS)
		return;
	for (size_t i = 0; i < s->naliases; i++)
		if (same_text(s->aliases[i], text))
			return;
	s->aliases = fb_xrealloc(s->aliases, s->naliases + 1, sizeof *s->aliases);
	s->aliases[s->naliases++] = fb_xstrdup(text);
	s->flags |= FB_SF_ALIASES_MERGED;
}

/* Lower-cased text without a leading article, for comparing roles. */
char *fb_reg_role_key(const char *r)
{
	char *f = fb_fold_text(r, strlen(r));
	for (char *p = f; *p; p++)
		*p = (char)fb_tolower((unsigned char)*p);
	const char *arts[] = { "a ", "an ", "the " };
	for (size_t i = 0; i < 3; i++) {
		size_t l = strlen(arts[i]);
		if (!strncmp(f, arts[i], l)) {
			memmove(f, f + l, strlen(f + l) + 1);
			break;
		}
	}
	return f;
}

/* Adds a role; titled: a title before the name ("Chief Minister"), which
 * differs from an apposition only in form, so only roles of one form are
 * compared for FB_SF_ROLES_DIFFER. */
void fb_reg_add_role(ctx *c, int si, size_t s, size_t e, int titled)
{
	while (s < e && (fb_isspace((unsigned char)c->buf[s]) || c->buf[s] == ','))
		s++;
	while (e > s && (fb_isspace((unsigned char)c->buf[e - 1]) || c->buf[e - 1] == ','))
		e--;
	if (s >= e)
		return;
	fb_source *src = &c->a->src[si];
	if (src->nroles >= MAX_FORMS)
		return;
	char *r = fb_reg_collapse(c->buf, s, e);
	char *k = fb_reg_role_key(r);
	int differ = 0;
	for (size_t i = 0; i < src->nroles; i++) {
		char *o = fb_reg_role_key(src->roles[i]);
		int contained = strstr(o, k) || strstr(k, o);
		free(o);
		if (contained) {
			free(k);
			free(r);
			return;
		}
		if (i < 32 && !!(src->titled & (1u << i)) == !!titled)
			differ = 1;
	}
	free(k);
	if (titled && src->nroles < 32)
		src->titled |= 1u << src->nroles;
	src->roles = fb_xrealloc(src->roles, src->nroles + 1, sizeof *src->roles);
	src->roles[src->nroles++] = r;
	if (differ && src->kind == FB_SK_PERSON)
		src->flags |= FB_SF_ROLES_DIFFER;
}

void fb_reg_add_mention(ctx *c, int si, size_t s, size_t e)
{
	fb_source *src = &c->a->src[si];
	/* mentions come in text order: a repeat can only be the last one */
	if (src->nmentions && src->mentions[src->nmentions - 1].start == s &&
	    src->mentions[src->nmentions - 1].end == e)
		return;
	/* capacity doubles: it is the next power of two at or above the count */
	size_t n = src->nmentions;
	if (!n || (n >= 4 && !(n & (n - 1))))
		src->mentions = fb_xrealloc(src->mentions, n < 4 ? 4 : n * 2, sizeof *src->mentions);
	src->mentions[src->nmentions++] = (fb_mention){ c->para, s, e };
	if (e > src->last)
		src->last = e;
}

void fb_reg_insert_mention(ctx *c, int si, size_t para, size_t s, size_t e)
{
	fb_source *src = &c->a->src[si];
	size_t n = src->nmentions, i = n;
	while (i > 0 && src->mentions[i - 1].start >= e)
		i--;
	if (i > 0 && src->mentions[i - 1].end > s)
		return;
	/* capacity as fb_reg_add_mention keeps it */
	if (!n || (n >= 4 && !(n & (n - 1))))
		src->mentions = fb_xrealloc(src->mentions, n < 4 ? 4 : n * 2, sizeof *src->mentions);
	memmove(src->mentions + i + 1, src->mentions + i, (n - i) * sizeof *src->mentions);
	src->mentions[i] = (fb_mention){ para, s, e };
	src->nmentions++;
	if (e > src->last)
		src->last = e;
}

void fb_reg_merge_mentions(ctx *c, int si, const fb_mention *add, size_t n)
{
	fb_source *s = &c->a->src[si];
	size_t old = s->nmentions, cap = 4, i = 0, j = 0, o = 0;
	/* capacity as fb_reg_add_mention keeps it: a power of two at or
	 * above the count */
	while (cap < old + n)
		cap *= 2;
	fb_mention *m = fb_xcalloc(cap, sizeof *m);
	while (i < old || j < n) {
		int mine = j == n || (i < old && s->mentions[i].start <= add[j].start);
		const fb_mention *x = mine ? &s->mentions[i++] : &add[j++];
		if (!mine && ((o && m[o - 1].end > x->start) || (i < old && s->mentions[i].start < x->end)))
			continue;
		m[o++] = *x;
		if (x->end > s->last)
			s->last = x->end;
	}
	free(s->mentions);
	s->mentions = m;
	s->nmentions = o;
}

/* Splits a name into lower-case words (at most max); returns the count.
 * Each word is malloc'ed. */
static size_t words_of(const char *name, char **w, size_t max)
{
	size_t n = 0;
	const char *p = name;
	while (*p && n < max) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if (q > p) {
			w[n] = fb_xstrndup(p, (size_t)(q - p));
			for (char *x = w[n]; *x; x++)
				*x = (char)fb_tolower((unsigned char)*x);
			n++;
		}
		p = q;
	}
	return n;
}

static void free_words(char **w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(w[i]);
}

/* True when the words of x appear, in order, among those of y. */
static int subseq(char **x, size_t nx, char **y, size_t ny)
{
	size_t j = 0;
	for (size_t i = 0; i < ny && j < nx; i++)
		if (!strcmp(x[j], y[i]))
			j++;
	return j == nx;
}

static void index_person(ctx *c, int si, const char *name)
{
	char *w[8];
	size_t n = words_of(name, w, 8);
	for (size_t i = 0; i < n; i++) {
		char *k = fb_xasprintf("p:%s", w[i]);
		fb_reg_idx_add(c, k, si);
		free(k);
	}
	free_words(w, n);
}

/* Orders candidates by latest mention, nearest first. */
static void by_nearest(ctx *c, int *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && c->a->src[v[j]].last > c->a->src[v[j - 1]].last; j--) {
			int t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/* Appends to found (*nf of at most cap) each of got[0, ng) not yet in it. */
static void add_new(int *found, size_t *nf, size_t cap, const int *got, size_t ng)
{
	for (size_t g = 0; g < ng; g++) {
		int dup = 0;
		for (size_t j = 0; j < *nf; j++)
			dup |= found[j] == got[g];
		if (!dup && *nf < cap)
			found[(*nf)++] = got[g];
	}
}

/* Finds or makes the person named name (owned by the callee). A short form
 * that fits exactly one fuller name becomes its alias; one that fits
 * several fills cands and returns the nearest. */
int fb_reg_person(ctx *c, char *name, int *cands, size_t *ncands, int create)
{
	char *w[8];
	size_t n = words_of(name, w, 8);
	int found[32];
	size_t nf = 0;
	for (size_t i = 0; i < n; i++) {
		char *k = fb_xasprintf("p:%s", w[i]);
		int got[16];
		size_t ng = fb_reg_idx_find(c, k, got, 16);
		free(k);
		add_new(found, &nf, 32, got, ng);
	}
	int fuller[32], shorter[32];
	size_t nfull = 0, nshort = 0;
	int exact = -1;
	for (size_t i = 0; i < nf; i++) {
		fb_source *s = &c->a->src[found[i]];
		if (s->kind != FB_SK_PERSON)
			continue;
		char *y[8];
		size_t ny = words_of(s->name, y, 8);
		if (ny == n && subseq(w, n, y, ny))
			exact = found[i];
		else if (subseq(w, n, y, ny))
			fuller[nfull++] = found[i];
		else if (subseq(y, ny, w, n))
			shorter[nshort++] = found[i];
		free_words(y, ny);
		for (size_t k = 0; exact < 0 && k < s->naliases; k++)
			if (same_text(s->aliases[k], name))
				exact = found[i];
	}
	free_words(w, n);
	int r = -1;
	if (exact >= 0)
		r = exact;
	else if (nfull == 1) {
		r = fuller[0];
		fb_reg_add_alias(c, r, name);
	} else if (nfull > 1) {
		by_nearest(c, fuller, nfull);
		for (size_t i = 0; i < nfull && *ncands < FB_MAX_SRC; i++) {
			cands[(*ncands)++] = fuller[i];
			c->a->src[fuller[i]].flags |= FB_SF_AMBIGUOUS;
		}
		r = fuller[0];
	} else if (nshort == 1) {
		/* an earlier short form: this is its full name */
		r = shorter[0];
		fb_source *s = &c->a->src[r];
		char *old = s->name;
		s->name = fb_xstrdup(name);
		fb_reg_add_alias(c, r, old);
		free(old);
		index_person(c, r, name);
	} else if (create) {
		r = src_new(c, fb_xstrdup(name), FB_SK_PERSON);
		index_person(c, r, name);
	}
	free(name);
	return r;
}

int fb_reg_person_find(const ctx *c, const char *name)
{
	/* most names fit no one: their words are looked up first, in a
	 * buffer on the stack */
	char k[128];
	int found[16];
	size_t nf = 0;
	for (const char *p = name; *p;) {
		while (*p == ' ')
			p++;
		size_t l = strcspn(p, " ");
		if (!l)
			break;
		if (l + 3 > sizeof k)
			return -1;
		k[0] = 'p';
		k[1] = ':';
		for (size_t i = 0; i < l; i++)
			k[2 + i] = (char)fb_tolower((unsigned char)p[i]);
		k[2 + l] = 0;
		int got[16];
		size_t ng = fb_reg_idx_find(c, k, got, 16);
		add_new(found, &nf, 16, got, ng);
		p += l;
	}
	if (!nf)
		return -1;
	char *w[8];
	size_t n = words_of(name, w, 8);
	int r = -1, fits = 0;
	for (size_t i = 0; i < nf && fits < 2; i++) {
		const fb_source *s = &c->a->src[found[i]];
		if (s->kind != FB_SK_PERSON)
			continue;
		char *y[8];
		size_t ny = words_of(s->name, y, 8);
		int fit = subseq(w, n, y, ny);
		for (size_t m = 0; !fit && m < s->naliases; m++)
			fit = same_text(s->aliases[m], name);
		free_words(y, ny);
		if (fit && found[i] != r) {
			r = found[i];
			fits++;
		}
	}
	free_words(w, n);
	return fits == 1 ? r : -1;
}

/* Finds or makes an organisation, outlet, anonymous source or document of
 * that name; name is owned by the callee. Organisations match across
 * hyphens and spaces, by acronym, and by a shorter trailing form ("State
 * Department" / "US State Department"). */
int fb_reg_entity(ctx *c, char *name, fb_skind kind, const char *acro)
{
	const char *pre = kind == FB_SK_OUTLET ? "u:" : kind == FB_SK_ANONYMOUS ? "a:" : kind == FB_SK_DOCUMENT ? "d:" : "o:";
	char *k = fb_reg_norm_key(pre, name);
	int got[4];
	int r = -1;
	if (fb_reg_idx_find(c, k, got, 4))
		r = got[0];
	char *ak = acro ? fb_reg_norm_key(pre, acro) : NULL;
	if (r < 0 && ak && fb_reg_idx_find(c, ak, got, 4))
		r = got[0];
	if (r < 0 && kind == FB_SK_ORGANIZATION) {
		/* a trailing shorter or longer form of the same organisation */
		const char *sp = strrchr(name, ' ');
		char *hk = fb_reg_norm_key("oh:", sp ? sp + 1 : name);
		int hs[16];
		size_t nh = fb_reg_idx_find(c, hk, hs, 16);
		size_t kl = strlen(k);
		for (size_t i = 0; i < nh && r < 0; i++) {
			char *ok = fb_reg_norm_key("o:", c->a->src[hs[i]].name);
			size_t ol = strlen(ok);
			if ((ol < kl && !strcmp(k + kl - ol + 2, ok + 2)) ||
			    (kl < ol && !strcmp(ok + ol - kl + 2, k + 2)))
				r = hs[i];
			free(ok);
		}
		if (r >= 0 && strlen(c->a->src[r].name) < strlen(name)) {
			fb_source *s = &c->a->src[r];
			char *old = s->name;
			s->name = fb_xstrdup(name);
			fb_reg_add_alias(c, r, old);
			free(old);
		}
		free(hk);
	}
	if (r < 0)
		r = src_new(c, fb_xstrdup(name), kind);
	else
		fb_reg_add_alias(c, r, name);
	fb_reg_idx_add(c, k, r);
	if (ak) {
		fb_reg_idx_add(c, ak, r);
		fb_reg_add_alias(c, r, acro);
	}
	if (kind == FB_SK_ORGANIZATION) {
		const char *sp = strrchr(name, ' ');
		char *hk = fb_reg_norm_key("oh:", sp ? sp + 1 : name);
		fb_reg_idx_add(c, hk, r);
		free(hk);
	}
	free(ak);
	free(k);
	free(name);
	return r;
}
