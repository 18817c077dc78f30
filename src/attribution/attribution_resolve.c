/* attribution_resolve.c - which source a noun phrase names: pronouns by
 * gender and recency, titled people, outlets, organisations, groups and
 * the unnamed, found in or added to the registry. */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- resolving */

char *fb_attr_tok_text(const ctx *c, size_t a, size_t b)
{
	return fb_reg_collapse(c->buf, c->t[a].s, c->t[b - 1].e);
}

int fb_attr_all_caps(const ctx *c, size_t ti)
{
	size_t n = 0;
	for (size_t i = c->t[ti].s; i < c->t[ti].e; i++) {
		unsigned char ch = (unsigned char)c->buf[i];
		if (fb_islower(ch))
			return 0;
		n += fb_isupper(ch);
	}
	return n >= 2;
}

/* Whether x[0, n) and y[0, n) are equal but for ASCII case. */
static int same_ci(const char *x, const char *y, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fb_tolower((unsigned char)x[i]) != fb_tolower((unsigned char)y[i]))
			return 0;
	return 1;
}

/* Whether word x[0, xn) of a role stands for word w[0, wn) of a title:
 * the same word, or a listed title cut short ("Gov." for "governor",
 * "Sen" for "senator"). */
static int word_fits(const ctx *c, const char *x, size_t xn, const char *w, size_t wn)
{
	if (xn == wn && same_ci(x, w, wn))
		return 1;
	size_t k = xn && x[xn - 1] == '.' ? xn - 1 : xn;
	return k >= 3 && k < wn && same_ci(x, w, k) && fb_lexicon_get(c->at->lx[L_TITLES], x, xn);
}

int fb_attr_role_fits(const ctx *c, const char *role, const char *title, size_t tn)
{
	size_t words = 0;
	for (size_t i = 0; i < tn;) {
		while (i < tn && title[i] == ' ')
			i++;
		size_t j = i;
		while (j < tn && title[j] != ' ')
			j++;
		if (j == i)
			break;
		int hit = 0;
		for (const char *r = role; *r && !hit;) {
			while (*r == ' ' || *r == ',')
				r++;
			const char *q = r;
			while (*q && *q != ' ' && *q != ',')
				q++;
			hit = q > r && word_fits(c, r, (size_t)(q - r), title + i, j - i);
			r = q;
		}
		if (!hit)
			return 0;
		words++;
		i = j;
	}
	return words > 0;
}

/* The latest person whose roles fit the word of token ti ("the senator":
 * "Senator", "Sen.", "state senator"). */
static int person_by_role(const ctx *c, size_t ti)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != FB_SK_PERSON)
			continue;
		for (size_t r = 0; r < s->nroles; r++)
			if (fb_attr_role_fits(c, s->roles[r], c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s) &&
			    (best < 0 || s->last > c->a->src[best].last))
				best = (int)i;
	}
	return best;
}

/* Whether name holds the word w[0, n) whole, in any case ("ministry" in
 * "Interior Ministry"; "ad" not in "road"). */
static int has_word(const char *name, const char *w, size_t n)
{
	for (const char *p = name; *p;) {
		size_t l = strcspn(p, " -");
		if (l == n && same_ci(p, w, n))
			return 1;
		p += l;
		while (*p == ' ' || *p == '-')
			p++;
	}
	return 0;
}

/* The latest source of a kind whose name holds the word of token ti
 * (any word when ti is SIZE_MAX). */
static int latest_of_kind(const ctx *c, fb_skind kind, size_t ti)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != kind ||
		    (ti != SIZE_MAX && !has_word(s->name, c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s)))
			continue;
		if (best < 0 || s->last > c->a->src[best].last)
			best = (int)i;
	}
	return best;
}

/* 'm' or 'f' for a first name of first-names.txt, 0 otherwise. */
static int name_gender(const ctx *c, const char *name)
{
	size_t l = strcspn(name, " ");
	const fb_entry *e = l ? fb_lexicon_get(c->at->lx[L_FNAMES], name, l) : NULL;
	return e && e->nfield ? e->field[0][0] : 0;
}

/* The anonymous source last mentioned whose name ends with the word at
 * ti ("senior administration official" for "the official"), within the
 * paragraph or the one before; -1 when none. */
static int latest_unnamed(const ctx *c, size_t ti)
{
	size_t wl = c->t[ti].e - c->t[ti].s;
	const char *w = c->buf + c->t[ti].s;
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		size_t nl = strlen(s->name);
		if (s->kind != FB_SK_ANONYMOUS || nl < wl || !s->nmentions ||
		    s->mentions[s->nmentions - 1].para + 1 < c->para || (nl > wl && s->name[nl - wl - 1] != ' '))
			continue;
		size_t k = 0;
		while (k < wl && fb_tolower((unsigned char)s->name[nl - wl + k]) == fb_tolower((unsigned char)w[k]))
			k++;
		if (k < wl)
			continue;
		if (best < 0 || s->last > c->a->src[best].last)
			best = (int)i;
	}
	return best;
}

int fb_attr_gender_of(const ctx *c, int s)
{
	return s >= 0 && (size_t)s < c->gcap ? c->gender[s] : 0;
}

/* Whether "he" or "she" (g) cannot mean source s: not a person, or a
 * person of the other gender by a title or pronoun used of them, else by
 * their first name. */
static int gender_clash(const ctx *c, int s, int g)
{
	if (s < 0 || c->a->src[s].kind != FB_SK_PERSON)
		return 1;
	int k = fb_attr_gender_of(c, s) ? fb_attr_gender_of(c, s) : name_gender(c, c->a->src[s].name);
	return k && k != g;
}

/* The person last mentioned in this paragraph or the one before whom "he"
 * or "she" (g) may mean, other than s; -1 when none. */
static int recent_person(const ctx *c, int g, int s)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *x = &c->a->src[i];
		if ((int)i == s || gender_clash(c, (int)i, g) || !x->nmentions || x->last < c->rep_start ||
		    x->mentions[x->nmentions - 1].para + 1 < c->para)
			continue;
		if (best < 0 || x->last > c->a->src[best].last)
			best = (int)i;
	}
	return best;
}

/* The person of gender g (by a title, a pronoun used of them or their
 * first name) last mentioned anywhere in the report, other than s; -1
 * when none. A profile's "she" far from its subject's last mention still
 * means her when no other woman was named since. */
static int known_person(const ctx *c, int g, int s)
{
	int best = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *x = &c->a->src[i];
		if ((int)i == s || x->kind != FB_SK_PERSON || !x->nmentions || x->last < c->rep_start)
			continue;
		int k = fb_attr_gender_of(c, (int)i) ? fb_attr_gender_of(c, (int)i) : name_gender(c, x->name);
		if (k == g && (best < 0 || x->last > c->a->src[best].last))
			best = (int)i;
	}
	return best;
}

void fb_attr_set_gender(ctx *c, int s, int g)
{
	if (s < 0 || !g)
		return;
	if ((size_t)s >= c->gcap) {
		size_t n = c->gcap ? c->gcap : 16;
		while (n <= (size_t)s)
			n *= 2;
		c->gender = fb_xrealloc(c->gender, n, 1);
		memset(c->gender + c->gcap, 0, n - c->gcap);
		c->gcap = n;
	}
	if (!c->gender[s])
		c->gender[s] = (char)g;
}

/* The gender a title entry gives ('m', 'f'), 0 when none. */
int fb_attr_title_gender(const fb_entry *e)
{
	if (!e || e->nfield < 2)
		return 0;
	return !strcmp(e->field[1], "m") ? 'm' : !strcmp(e->field[1], "f") ? 'f' : 0;
}

/* Whom "he" or "she" (g) means: the last speaker, unless that person has
 * the other gender or a person of this gender was mentioned since. */
int fb_attr_pronoun_person(const ctx *c, int g)
{
	int cand = c->last_person;
	int best = -1, unknown = -1;
	size_t from = c->a->nsrc > MAX_LOOKBACK ? c->a->nsrc - MAX_LOOKBACK : 0;
	for (size_t i = from; i < c->a->nsrc; i++) {
		const fb_source *s = &c->a->src[i];
		if (s->kind != FB_SK_PERSON || s->last < c->rep_start)
			continue;
		if (fb_attr_gender_of(c, (int)i) == g && (best < 0 || s->last > c->a->src[best].last))
			best = (int)i;
		if (!fb_attr_gender_of(c, (int)i) && (unknown < 0 || s->last > c->a->src[unknown].last))
			unknown = (int)i;
	}
	if (cand >= 0 && fb_attr_gender_of(c, cand) && fb_attr_gender_of(c, cand) != g)
		return best >= 0 ? best : unknown;
	/* a person of unknown gender named since ("Joe Lee said he ...") */
	if (unknown >= 0 && cand >= 0 && c->a->src[unknown].last > c->a->src[cand].last &&
	    (best < 0 || c->a->src[unknown].last > c->a->src[best].last))
		return unknown;
	if (best >= 0 && (cand < 0 || c->a->src[best].last > c->a->src[cand].last))
		return best;
	return cand;
}

/* The hash of s[0,n) in lower case, never 0 (0 marks an empty slot). */
size_t fb_attr_lower_hash(const char *s, size_t n)
{
	size_t h = FB_FNV_START;
	for (size_t i = 0; i < n; i++)
		h = fb_fnv(h, (unsigned char)fb_tolower((unsigned char)s[i]));
	return h | 1;
}

size_t fb_attr_tail_hash(const ctx *c, size_t ti)
{
	return fb_attr_lower_hash(c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s);
}

int fb_attr_tail_has(const ctx *c, uint64_t h)
{
	if (!c->ntslot)
		return 0;
	for (size_t k = h & (c->ntslot - 1); c->tails[k]; k = (k + 1) & (c->ntslot - 1))
		if (c->tails[k] == h)
			return 1;
	return 0;
}

void fb_attr_tail_add(ctx *c, uint64_t h)
{
	if (fb_attr_tail_has(c, h))
		return;
	if (2 * (c->ntails + 1) > c->ntslot) {
		size_t ns = c->ntslot ? c->ntslot * 2 : 1024;
		uint64_t *old = c->tails;
		size_t on = c->ntslot;
		c->tails = fb_xcalloc(ns, sizeof *c->tails);
		c->ntslot = ns;
		for (size_t i = 0; i < on; i++)
			if (old[i]) {
				size_t k = old[i] & (ns - 1);
				while (c->tails[k])
					k = (k + 1) & (ns - 1);
				c->tails[k] = old[i];
			}
		free(old);
	}
	size_t k = h & (c->ntslot - 1);
	while (c->tails[k])
		k = (k + 1) & (c->ntslot - 1);
	c->tails[k] = h;
	c->ntails++;
}

/* Whether token ti is an outlet word that names news media as a common
 * noun (field "media" of outlet-words.txt: "the local newspaper", "state
 * television"), not only as the last word of a name ("network", "post"). */
static int media_word(const ctx *c, size_t ti)
{
	const fb_entry *e = tok_in(c, L_OWORDS, ti);
	return e && e->nfield && !strcmp(e->field[0], "media");
}

/* An organisation word news uses without an article: the field "bare"
 * in organisation-words.txt ("police said", "prosecutors said"). */
static int tok_is_bare_org(const ctx *c, size_t ti)
{
	const fb_entry *e = tok_in(c, L_ORGS, ti);
	for (size_t i = 0; e && i < e->nfield; i++)
		if (!strcmp(e->field[i], "bare"))
			return 1;
	return 0;
}


/* How a case of fb_attr_resolve ends (the resolve_* helpers): not this case, try
 * the next; note the mention and the roles; note only the roles (the
 * case noted its mention); or return the source as it is. */
enum { RS_NEXT, RS_MENTION, RS_ROLES, RS_DONE };

/* The source a lone pronoun at token a stands for; -1 none. */
static int resolve_pronoun(ctx *c, size_t a)
{
	int r, g = lower_eq(c, a, "he") ? 'm' : lower_eq(c, a, "she") ? 'f' : 0;
	/* the antecedent, when a name outside any cue ("Jim Smith runs a
	 * shop. '...,' he said."): a mention of the source too */
	int topic = -1, named = -1, plural = -1;
	size_t as = 0, ae = 0, asent = 0;
	if (g) {
		r = -1;
		if (c->topic && (!c->topic_gender || c->topic_gender == g) &&
		    (c->topic_sent + 1 == c->sent || (c->topic_sent == c->sent && c->t[a].s > c->topic_end))) {
			int tc[FB_MAX_SRC];
			size_t ntc = 0;
			r = fb_reg_person(c, fb_xstrdup(c->topic), tc, &ntc, 1);
			if (r >= 0 && fb_attr_gender_of(c, r) && fb_attr_gender_of(c, r) != g)
				r = -1;
			topic = r;
		}
		/* a person named after the topic is nearer ("Ann Lee, a
		 * nurse, met Joe Park. He said ...") */
		int near = fb_attr_pronoun_person(c, g);
		if (r < 0 || (near >= 0 && near != r && c->a->src[near].last > c->topic_end &&
		    (!fb_attr_gender_of(c, near) || fb_attr_gender_of(c, near) == g)))
			r = near;
		/* "Mayor Jim Ford met Sarah Kim. She said ...": no one of
		 * that gender spoke, or was named since: the person last
		 * named with a first name of that gender, in this
		 * sentence or the one before */
		int gi = g == 'f';
		if (gender_clash(c, r, g)) {
			int n = -1;
			if (c->named[gi].name && c->named[gi].end <= c->t[a].s && c->named[gi].sent + 1 >= c->sent) {
				int tc[FB_MAX_SRC];
				size_t ntc = 0;
				n = fb_reg_person(c, fb_xstrdup(c->named[gi].name), tc, &ntc, 1);
				named = n;
			}
			int o = r;
			r = n >= 0 ? n : recent_person(c, g, o);
			if (r < 0)
				r = known_person(c, g, o);
		}
		fb_attr_set_gender(c, r, g);
	} else if (lower_eq(c, a, "they")) {
		r = c->last_plural >= 0 ? c->last_plural : c->last_org;
		/* "Republicans on the committee blocked it. They argued
		 * ...": people named in the sentence before, when no one
		 * plural spoke or they open that sentence and came later */
		int pi = c->plural[1].name && c->plural[1].end <= c->t[a].s ? 1 : 0;
		if (c->plural[pi].name && c->plural[pi].sent + 1 >= c->sent && c->plural[pi].end <= c->t[a].s &&
		    (r < 0 || (c->plural[pi].subj && c->a->src[r].last < c->plural[pi].end))) {
			r = fb_reg_entity(c, fb_xstrdup(c->plural[pi].name),
			    c->plural[pi].group ? FB_SK_GROUP : FB_SK_ANONYMOUS, NULL);
			c->a->src[r].plural = 1;
			plural = r;
			as = c->plural[pi].start;
			ae = c->plural[pi].end;
			asent = c->plural[pi].sent;
		}
	}
	else
		r = c->last_org;
	if (r >= 0 && r == topic) {
		as = c->topic_start;
		ae = c->topic_end;
		asent = c->topic_sent;
	} else if (r >= 0 && r == named) {
		as = c->named[g == 'f'].start;
		ae = c->named[g == 'f'].end;
		asent = c->named[g == 'f'].sent;
	} else if (r < 0 || r != plural)
		as = ae = 0;
	if (r >= 0 && c->npron < 8) {
		c->pron[c->npron].s = c->t[a].s;
		c->pron[c->npron].e = c->t[a].e;
		c->pron[c->npron].as = as;
		c->pron[c->npron].ae = ae;
		c->pron[c->npron].apara = as < ae ? c->doc->sent[asent].para : 0;
		c->pron[c->npron++].src = r;
	}
	return r;
}

/* The source a pronoun outside any cue stands for, by resolve_pronoun's
 * rules but making none (see attribution_impl.h); -1 none. */
int fb_attr_pronoun_find(const ctx *c, size_t a)
{
	static const char *const m[] = { "he", "him", "his", NULL }, *const f[] = { "she", "her", "hers", NULL },
	    *const pl[] = { "they", "their", NULL };
	int g = 0, plural = 0;
	for (size_t i = 0; m[i]; i++)
		g = lower_eq(c, a, m[i]) ? 'm' : lower_eq(c, a, f[i]) ? 'f' : g;
	for (size_t i = 0; pl[i]; i++)
		plural |= lower_eq(c, a, pl[i]);
	if (g) {
		int r = fb_attr_pronoun_person(c, g);
		return gender_clash(c, r, g) ? -1 : r;
	}
	if (!plural)
		return -1;
	/* plural people who spoke; not an organisation, as a cue's "they"
	 * may be: a plural named outside every list would take that
	 * ("Inspectors released their ...") */
	int r = c->last_plural >= 0 && c->a->src[c->last_plural].plural ? c->last_plural : -1;
	/* people named since would be meant (as resolve_pronoun decides),
	 * and they are no source yet */
	int pi = c->plural[1].name && c->plural[1].end <= c->t[a].s ? 1 : 0;
	if (c->plural[pi].name && c->plural[pi].sent + 1 >= c->sent && c->plural[pi].end <= c->t[a].s &&
	    (r < 0 || (c->plural[pi].subj && c->a->src[r].last < c->plural[pi].end)))
		return -1;
	return r;
}

/* "Sen. Mara Quill met farmers. The senator said ...": the person last
 * named with a title that fits the word of token ti (c->titled), in this
 * sentence or the one before, when named after who (a person whose role
 * fits, or -1); made a source, with that title and name. Else who. */
static int titled_antecedent(ctx *c, size_t ti, int who)
{
	if (!c->titled.name || c->titled.sent + 1 < c->sent || c->titled.e > c->t[ti].s ||
	    (who >= 0 && c->a->src[who].last >= c->titled.e))
		return who;
	char *title = fb_reg_collapse(c->buf, c->titled.rs, c->titled.re);
	int fits = fb_attr_role_fits(c, title, c->buf + c->t[ti].s, c->t[ti].e - c->t[ti].s);
	free(title);
	if (!fits)
		return who;
	int cands[FB_MAX_SRC];
	size_t nc = 0;
	int r = fb_reg_person(c, fb_xstrdup(c->titled.name), cands, &nc, 1);
	if (r < 0 || nc)
		return who;
	fb_reg_add_role(c, r, c->titled.rs, c->titled.re, 1);
	fb_reg_insert_mention(c, r, c->titled.para, c->titled.s, c->titled.e);
	return r;
}

/* Tokens [a, b) after the article: the unnamed with what follows their
 * head ("people familiar with the matter"), someone's office or
 * spokesman ("Patel's spokesman"), a web address. RS_*; *r the source. */
static int resolve_possessed(ctx *c, const np *p, size_t a, size_t b, int *r)
{
	size_t head = b - 1;
	if (p->head1) {
		/* "people familiar with the matter": unnamed, whatever follows */
		const fb_entry *e = tok_in(c, L_ANON, p->head1 - 1);
		int doc = !e && !tok_in(c, L_GROUPS, p->head1 - 1) && tok_in(c, L_DOCS, p->head1 - 1);
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), doc ? FB_SK_DOCUMENT : FB_SK_ANONYMOUS, NULL); /* "posts on the board" */
		c->a->src[*r].plural = e && e->nfield ? !strcmp(e->field[0], "plural") : 0;
		return RS_MENTION;
	}
	size_t hl = c->t[head].e - c->t[head].s;
	const char *hs = c->buf + c->t[head].s;
	if ((hl > 2 && !memcmp(hs + hl - 2, "'s", 2)) || (hl > 4 && !memcmp(hs + hl - 4, "\xE2\x80\x99s", 4))) {
		*r = -1;
		return RS_DONE;
	}
	/* "Governor Ray Patel's office said", "Patel's spokesman said":
	 * someone's office, campaign or spokesman speaks, named as
	 * written; a distinct source from the person */
	for (size_t k = a; k + 1 < b; k++) {
		size_t kl = c->t[k].e - c->t[k].s;
		const char *ks = c->buf + c->t[k].s;
		if (!((kl > 2 && !memcmp(ks + kl - 2, "'s", 2)) || (kl > 4 && !memcmp(ks + kl - 4, "\xE2\x80\x99s", 4))))
			continue;
		if (!c->t[k].cap || b - (k + 1) > 2 || c->t[head].cap)
			break;
		fb_skind kind = tok_in(c, L_ORGS, head) ? FB_SK_ORGANIZATION
		              : tok_in(c, L_ANON, head) || fb_attr_has_title(c, head, b) ? FB_SK_ANONYMOUS : FB_SK__MAX;
		if (kind == FB_SK__MAX)
			break;
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), kind, NULL);
		return RS_MENTION;
	}
	/* a web address: "Gawker.com" */
	for (size_t k = c->t[head].s; k + 1 < c->t[head].e; k++)
		if (c->buf[k] == '.' && fb_islower((unsigned char)c->buf[k + 1]) && b - a == 1) {
			int rr = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_OUTLET, NULL);
			c->last_outlet = rr;
			fb_reg_add_mention(c, rr, c->t[a].s, c->t[b - 1].e);
			*r = rr;
			return RS_DONE;
		}
	return RS_NEXT;
}

/* Outlets: listed names, or a name before "newspaper". RS_*. */
static int resolve_outlet(ctx *c, const np *p, size_t a, size_t b, int *r)
{
	const fb_attributor *at = c->at;
	size_t head = b - 1;
	size_t on = 0;
	if (fb_lexicon_get(at->lx[L_OUTLETS], c->buf + c->t[p->a].s, c->t[b - 1].e - c->t[p->a].s) ||
	    fb_lexicon_get(at->lx[L_OUTLETS], c->buf + c->t[a].s, c->t[b - 1].e - c->t[a].s)) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_OUTLET, NULL);
		c->last_outlet = *r;
		return RS_MENTION;
	}
	if (c->t[head].cap && tok_in(c, L_OWORDS, head) && b - a >= 2 && !fb_attr_has_title(c, a, b)) {
		/* the head may be an organisation word too ("Cable News
		 * Network"): the words before it decide */
		int org = 0;
		for (size_t k = a; k < head; k++)
			org |= tok_in(c, L_ORGS, k) != NULL;
		if (!org) {
			*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_OUTLET, NULL);
			c->last_outlet = *r;
			return RS_MENTION;
		}
	}
	for (size_t k = a + 1; k < b; k++)
		if (fb_attr_toks_in(c, L_OWORDS, k, &on) && k + on == b && c->t[k - 1].cap && !c->t[k].cap) {
			*r = fb_reg_entity(c, fb_attr_tok_text(c, a, k), FB_SK_OUTLET, NULL);
			c->last_outlet = *r;
			fb_reg_add_mention(c, *r, c->t[a].s, c->t[k - 1].e);
			return RS_DONE;
		}
	return RS_NEXT;
}

/* People named with a title, and the unnamed who speak for one ("an
 * aide to Sen. Lee"). RS_*. */
static int resolve_titled(ctx *c, size_t a, size_t b, int *cands, size_t *ncands, int *r)
{
	size_t head = b - 1;
	size_t on = 0;
	/* "a spokeswoman for Speaker Ann Dorn", "an aide to Sen. Lee": the
	 * unnamed one speaks for the person named after, and is not that
	 * person */
	if (b >= a + 3 && tok_in(c, L_ANON, a) && !c->t[a].cap && (lower_eq(c, a + 1, "for") || lower_eq(c, a + 1, "to")) &&
	    c->t[b - 1].cap && !tok_in(c, L_ORGS, b - 1) && !tok_in(c, L_OWORDS, b - 1)) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ANONYMOUS, NULL);
		return RS_MENTION;
	}
	/* "Sen. Jack Morrow of Arizona", "Professor Alan Whitby of Emory
	 * University": a titled name of two or three words, then where the
	 * person is from, a role */
	{
		size_t k = a, n = 0; /* after the last title ("Senate Minority Leader") */
		for (size_t x = a; x < b && !lower_eq(c, x, "of"); x++)
			if (fb_attr_toks_in(c, L_TITLES, x, &n))
				k = x + n;
		size_t m = k;
		while (m < b && m < k + 3 && fb_attr_name_word(c, m))
			m++;
		if (k > a && m >= k + 2 && m + 1 < b && lower_eq(c, m, "of") && c->t[b - 1].cap) {
			*r = fb_reg_person(c, fb_attr_tok_text(c, k, m), cands, ncands, 1);
			if (*r >= 0) {
				for (size_t x = a; x < k; x++)
					fb_attr_set_gender(c, *r, fb_attr_title_gender(tok_in(c, L_TITLES, x)));
				fb_reg_add_role(c, *r, c->t[a].s, c->t[k - 1].e, 1);
				fb_reg_add_role(c, *r, c->t[m + 1].s, c->t[b - 1].e, 0);
				fb_reg_add_mention(c, *r, c->t[k].s, c->t[m - 1].e);
			}
			return RS_ROLES;
		}
	}
	/* a title before a name: "Sindh Chief Minister Murad Ali Shah" */
	size_t name_a = SIZE_MAX, role_b = a;
	for (size_t k = a; k < b; k++) {
		size_t n = 0;
		const fb_entry *e = fb_attr_toks_in(c, L_TITLES, k, &n);
		if (!e || k + n >= b)
			continue;
		int capsafter = 1;
		for (size_t m = k + n; m < b; m++)
			capsafter &= c->t[m].cap || fb_attr_is_connector(c, m);
		capsafter &= c->t[b - 1].cap;
		if (!capsafter)
			continue;
		int hon = e->nfield && !strcmp(e->field[0], "honorific");
		size_t m = k + n;
		if (!hon && fb_attr_is_connector(c, m)) {
			/* "Governor of Washington Chris Gregoire": the name is
			 * what follows the last organisation word, else the last
			 * two words of a run of three or more */
			size_t x = m;
			while (x < b && (fb_attr_is_connector(c, x) || fb_attr_is_det(c, x)))
				x++;
			size_t run = b - x, cut = SIZE_MAX;
			for (size_t y = x; y < b; y++)
				if (tok_in(c, L_ORGS, y) && y + 1 < b)
					cut = y + 1;
			if (cut == SIZE_MAX && run >= 3)
				cut = b - 2;
			if (cut == SIZE_MAX)
				continue;
			name_a = cut;
			role_b = cut;
			continue;
		}
		name_a = m;
		if (!hon)
			role_b = m;
		else if (k > a)
			role_b = k;
	}
	if (name_a != SIZE_MAX && !tok_in(c, L_ORGS, head)) {
		while (name_a < b && (fb_attr_toks_in(c, L_TITLES, name_a, &on) || fb_attr_is_connector(c, name_a)))
			name_a++;
		if (name_a < b) {
			*r = fb_reg_person(c, fb_attr_tok_text(c, name_a, b), cands, ncands, 1);
			for (size_t k = a; k < name_a && *r >= 0; k++)
				fb_attr_set_gender(c, *r, fb_attr_title_gender(tok_in(c, L_TITLES, k)));
			if (*r >= 0 && role_b > a)
				fb_reg_add_role(c, *r, c->t[a].s, c->t[role_b - 1].e, 1);
			if (*r >= 0)
				fb_reg_add_mention(c, *r, c->t[name_a].s, c->t[b - 1].e);
			return RS_ROLES;
		}
	}
	return RS_NEXT;
}

/* "The agency published a report on Monday. The report said ...": the
 * document c->docnote holds, named with the word of token ti in this
 * sentence or the three before and after latest (the latest document
 * with that word, or -1) was last mentioned, made a source named by that
 * word, with that first mention. Else latest. */
static int noted_document(ctx *c, size_t ti, int latest)
{
	size_t n = c->t[ti].e - c->t[ti].s;
	if (!c->docnote.on || c->docnote.sent + 3 < c->sent || c->docnote.e > c->t[ti].s ||
	    c->docnote.he - c->docnote.hs != n || !same_ci(c->buf + c->docnote.hs, c->buf + c->t[ti].s, n) ||
	    (latest >= 0 && c->a->src[latest].last >= c->docnote.s))
		return latest;
	int r = fb_reg_entity(c, fb_attr_tok_text(c, ti, ti + 1), FB_SK_DOCUMENT, NULL);
	if (r >= 0)
		fb_reg_insert_mention(c, r, c->docnote.para, c->docnote.s, c->docnote.e);
	return r;
}

/* Phrases in common nouns: documents, bodies, groups, the unnamed, and
 * "the daily" or "the ministry" for the latest of that kind. RS_*. */
static int resolve_described(ctx *c, const np *p, size_t a, size_t b, int definite, int actor, int *r)
{
	size_t head = b - 1;
	if (tok_in(c, L_DOCS, head) && !c->t[head].cap) {
		/* "the book" after "a new book by Ellen Wade": the latest
		 * document named with that word */
		if (definite && b == a + 1 && (*r = noted_document(c, head, latest_of_kind(c, FB_SK_DOCUMENT, head))) >= 0)
			return RS_MENTION;
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_DOCUMENT, NULL);
		return RS_MENTION;
	}
	/* "her campaign", "his office": the body of the person last named */
	/* "her budget office": one lower-case modifier may come between */
	if (p->desc && (b == a + 2 || (b == a + 3 && c->t[a + 1].kind == TK_WORD && !c->t[a + 1].cap)) &&
	    (lower_eq(c, a, "his") || lower_eq(c, a, "her")) && tok_in(c, L_ORGS, head) && !c->t[head].cap) {
		int who = fb_attr_pronoun_person(c, lower_eq(c, a, "his") ? 'm' : 'f');
		if (who >= 0) {
			char *h = fb_attr_tok_text(c, a + 1, b);
			*r = fb_reg_entity(c, fb_xasprintf("%s's %s", c->a->src[who].name, h), FB_SK_ORGANIZATION, NULL);
			free(h);
			return RS_MENTION;
		}
	}
	/* "a third of nurses", "nearly two-thirds of the adults": a share
	 * of people is a group */
	for (size_t k = p->a + 1; p->desc && k + 1 < b && k < p->a + 6; k++)
		if (lower_eq(c, k, "of") && fb_attr_share_start(c, k, p->a) == p->a + 1 && tok_in(c, L_PEOPLE, head)) {
			*r = fb_reg_entity(c, fb_attr_tok_text(c, fb_attr_is_det(c, p->a) ? p->a + 1 : p->a, b), FB_SK_GROUP, NULL);
			c->a->src[*r].plural = 1;
			return RS_MENTION;
		}
	/* "the network" after "Cable News Network": a word that makes an
	 * outlet only in a name refers back to an outlet so named, and
	 * otherwise names none ("the national rail network" is a body) */
	if (!c->t[head].cap && tok_in(c, L_OWORDS, head) && !media_word(c, head)) {
		int o = latest_of_kind(c, FB_SK_OUTLET, head);
		if (o >= 0) {
			*r = o;
			return RS_MENTION;
		}
		/* "the election monitor said", "an independent observer":
		 * otherwise a word people.txt lists as a person is who it
		 * names, unnamed (the one last so named for "the monitor") */
		const fb_entry *e = tok_in(c, L_PEOPLE, head);
		if (e && e->nfield >= 2 && !strcmp(e->field[1], "person")) {
			if (!(definite && b == a + 1 && (*r = latest_unnamed(c, head)) >= 0)) {
				*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ANONYMOUS, NULL);
				c->a->src[*r].plural = !strcmp(e->field[0], "plural");
			}
			return RS_MENTION;
		}
	}
	if (p->desc && !c->t[head].cap && !(tok_in(c, L_ORGS, head) && b - a < 2) && !media_word(c, head) &&
	    !tok_in(c, L_TITLES, head) && !tok_in(c, L_ANON, head) && !fb_attr_group_head(c, head, b)) {
		/* "a state court", "the chamber of commerce": a body */
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), tok_in(c, L_ORGS, head) ? FB_SK_ORGANIZATION : FB_SK_ANONYMOUS, NULL);
		c->a->src[*r].plural = c->buf[c->t[head].e - 1] == 's';
		return RS_MENTION;
	}
	/* "most voters", "another 19 percent", "Republicans": a group */
	if (fb_attr_group_head(c, head, b) && (!c->t[head].cap || b - a == 1 || !tok_in(c, L_ORGS, head))) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, fb_attr_is_det(c, p->a) ? p->a + 1 : p->a, b), FB_SK_GROUP, NULL);
		c->a->src[*r].plural = 1;
		return RS_MENTION;
	}
	/* "a state appeals panel", "a federal appeals court": a body not
	 * named before, with what it is */
	if ((lower_eq(c, p->a, "a") || lower_eq(c, p->a, "an")) && b - a >= 2 && !c->t[head].cap &&
	    tok_in(c, L_ORGS, head) && !tok_in(c, L_STOP, head) && !fb_attr_has_title(c, a, b)) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		return RS_MENTION;
	}
	if (tok_in(c, L_ANON, head) || (fb_attr_has_title(c, head, b) && !c->t[head].cap) ||
	    (fb_attr_has_title(c, head, b) && b - a == 1)) {
		if (definite && fb_attr_has_title(c, head, b)) {
			int who = titled_antecedent(c, head, person_by_role(c, head));
			if (who >= 0) {
				*r = who;
				return RS_MENTION;
			}
		}
		const fb_entry *e = tok_in(c, L_ANON, head);
		/* "The official described ...": the unnamed one last named
		 * with that head ("a senior administration official") */
		if (definite && b == a + 1 && (*r = latest_unnamed(c, head)) >= 0)
			return RS_MENTION;
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ANONYMOUS, NULL);
		c->a->src[*r].plural = e && e->nfield ? !strcmp(e->field[0], "plural") : 0;
		return RS_MENTION;
	}
	/* "the daily", "the ministry": the latest one of that kind */
	if (b - a == 1 && !c->t[head].cap) {
		if (media_word(c, head))
			*r = c->last_outlet;
		else if (tok_in(c, L_ORGS, head)) {
			/* "a committee said": a body not named before */
			int indef = lower_eq(c, p->a, "a") || lower_eq(c, p->a, "an");
			*r = indef ? -1 : latest_of_kind(c, FB_SK_ORGANIZATION, head);
			/* "the ministry said", and "police said": news drops the
			 * article before a few such words */
			if (*r < 0 && (definite || indef || tok_is_bare_org(c, head)))
				*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		}
		if (*r >= 0)
			return RS_MENTION;
		*r = -1;
		return RS_DONE;
	}
	if (media_word(c, head) && !c->t[head].cap && c->last_outlet >= 0) {
		*r = c->last_outlet;
		return RS_MENTION;
	}
	/* "according to the local newspaper", "the town's weekly paper
	 * reported": an outlet described, none named before it */
	if (media_word(c, head) && !c->t[head].cap && b - a >= 2 && !actor) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_OUTLET, NULL);
		c->last_outlet = *r;
		return RS_MENTION;
	}
	/* "The Post", "The Times": an outlet's head word alone, capitalised,
	 * after the article */
	if (definite && b - a == 1 && c->t[head].cap && tok_in(c, L_OWORDS, head) && !actor) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_OUTLET, NULL);
		c->last_outlet = *r;
		return RS_MENTION;
	}
	return RS_NEXT;
}

/* The source known under the organisation key of tokens [a, b); -1 none. */
static int resolve_org_key(ctx *c, size_t a, size_t b)
{
	int got[4], r = -1;
	char *nm = fb_attr_tok_text(c, a, b);
	char *key = fb_reg_norm_key("o:", nm);
	free(nm);
	if (fb_reg_idx_find(c, key, got, 4))
		r = got[0];
	free(key);
	return r;
}

/* Capitalised names: organisations, a country for its government,
 * acronyms, the subject of "claimed responsibility", and people. RS_*. */
static int resolve_named(ctx *c, const np *p, size_t a, size_t b, int definite, int actor, int *cands, size_t *ncands,
    int *r)
{
	int orgword = 0, caps = 1;
	for (size_t k = a; k < b; k++) {
		if (tok_in(c, L_ORGS, k) && (c->t[k].cap || definite || actor))
			orgword = 1;
		if (!c->t[k].cap && !fb_attr_is_connector(c, k) && !(c->buf[c->t[k].s] & 0x80))
			caps = 0;
	}
	/* "Executive director of the Harbor chapter of the League of Coastal
	 * Voters Nadia Ferris": a title before the phrase, an organisation in
	 * it, and a run of three or more capitalised words at its end, of
	 * which the last two are the person */
	if (orgword && !p->acro && !actor && b - a >= 4) {
		size_t x = b;
		while (x > a && c->t[x - 1].cap && !fb_attr_is_connector(c, x - 1) && !tok_in(c, L_ORGS, x - 1) &&
		    !tok_in(c, L_TITLES, x - 1) && !tok_in(c, L_OWORDS, x - 1) && !fb_attr_all_caps(c, x - 1))
			x--;
		size_t l = p->a, n = 0;
		while (l > 0 && n < 20 && c->t[l - 1].kind == TK_WORD) /* the clause before */
			l--, n++;
		if (b - x >= 3 && x > a && l < p->a && fb_attr_has_title(c, l, p->a)) {
			size_t na = b - 2;
			*r = fb_reg_person(c, fb_attr_tok_text(c, na, b), cands, ncands, 1);
			if (*r >= 0) {
				fb_reg_add_role(c, *r, c->t[l].s, c->t[na - 1].e, 1);
				fb_reg_add_mention(c, *r, c->t[na].s, c->t[b - 1].e);
			}
			return RS_ROLES;
		}
	}
	/* a country or capital alone speaks for its government */
	if (b - a == 1 && c->t[a].cap && tok_in(c, L_PLACES, a)) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		return RS_MENTION;
	}
	const char *acro = NULL;
	char *acro_s = p->acro ? fb_attr_tok_text(c, p->acro, p->acro + 1) : NULL;
	acro = acro_s;
	if (orgword || p->acro) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, acro);
		free(acro_s);
		return RS_MENTION;
	}
	free(acro_s);
	if (!caps) {
		*r = -1;
		return RS_DONE;
	}
	if (definite && !actor) {
		*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		return RS_MENTION;
	}
	if (b - a == 1 && fb_attr_all_caps(c, a)) {
		*r = resolve_org_key(c, a, b);
		if (*r < 0)
			*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
		return RS_MENTION;
	}
	if (actor) {
		*r = resolve_org_key(c, a, b);
		if (*r < 0) {
			size_t nc0 = *ncands;
			*r = fb_reg_person(c, fb_attr_tok_text(c, a, b), cands, ncands, 0);
			if (*r < 0) {
				*ncands = nc0;
				*r = fb_reg_entity(c, fb_attr_tok_text(c, a, b), FB_SK_ORGANIZATION, NULL);
			}
		}
		return RS_MENTION;
	}
	*r = resolve_org_key(c, a, b);
	if (*r < 0)
		*r = fb_reg_person(c, fb_attr_tok_text(c, a, b), cands, ncands, 1);
	return RS_MENTION;
}

/* Notes on source r what the phrase says of it besides its name: its
 * mention when asked, roles, and the name it is "known as". Returns r. */
static int resolve_roles(ctx *c, const np *p, size_t a, size_t b, int r, int mention)
{
	if (mention && r >= 0)
		fb_reg_add_mention(c, r, c->t[a].s, c->t[b - 1].e);
	if (r >= 0 && p->role_e > p->role_s && c->a->src[r].kind == FB_SK_PERSON)
		fb_reg_add_role(c, r, p->role_s, p->role_e, 0);
	if (r >= 0 && p->role2_e > p->role2_s && c->a->src[r].kind == FB_SK_PERSON)
		fb_reg_add_role(c, r, p->role2_s, p->role2_e, 1);
	if (r >= 0 && p->alias_b > p->alias_a) {
		size_t x = p->alias_a, y = p->alias_b;
		if (x < y && fb_attr_is_det(c, x))
			x++;
		if (y >= x + 4 && is_punct(c, y - 1, ')') && is_punct(c, y - 3, '(') && c->t[y - 2].kind == TK_WORD) {
			char *ac = fb_attr_tok_text(c, y - 2, y - 1);
			char *k = fb_reg_norm_key("o:", ac);
			fb_reg_idx_add(c, k, r);
			fb_reg_add_alias(c, r, ac);
			free(k);
			free(ac);
			y -= 3;
		}
		if (x < y) {
			char *al = fb_attr_tok_text(c, x, y);
			char *k = fb_reg_norm_key("o:", al);
			fb_reg_idx_add(c, k, r);
			free(k);
			/* the longer form is the fuller name */
			fb_source *s = &c->a->src[r];
			if (strlen(al) > strlen(s->name) && s->kind != FB_SK_PERSON) {
				char *old = s->name;
				s->name = al;
				fb_reg_add_alias(c, r, old);
				free(old);
			} else {
				fb_reg_add_alias(c, r, al);
				free(al);
			}
		}
	}
	return r;
}

/* Resolves a noun phrase to a registry index, making the source when
 * new; -1 when the phrase does not name a source. actor: the subject of
 * "claimed responsibility", an organisation unless titled. The cases are
 * tried in order; the first that applies decides. */
int fb_attr_resolve(ctx *c, const np *p, int actor, int *cands, size_t *ncands)
{
	size_t a = p->a, b = p->b;
	if (b == a + 1 && fb_attr_is_pronoun(c, a))
		return resolve_pronoun(c, a);
	int definite = lower_eq(c, a, "the");
	if (fb_attr_is_det(c, a))
		a++;
	if (a >= b)
		return -1;
	int r = -1;
	int step = resolve_possessed(c, p, a, b, &r);
	if (step == RS_NEXT)
		step = resolve_outlet(c, p, a, b, &r);
	if (step == RS_NEXT)
		step = resolve_titled(c, a, b, cands, ncands, &r);
	if (step == RS_NEXT)
		step = resolve_described(c, p, a, b, definite, actor, &r);
	if (step == RS_NEXT)
		step = resolve_named(c, p, a, b, definite, actor, cands, ncands, &r);
	if (step == RS_DONE)
		return r;
	return resolve_roles(c, p, a, b, r, step == RS_MENTION);
}
