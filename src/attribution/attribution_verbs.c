/* attribution_verbs.c - the reporting-verb lexicon: data/attribution/verbs.tsv
 * (base form, pattern, kind; generated from WordNet by scripts/gen-verbs.py)
 * made into one entry per inflected form. */
#include "attribution_verbs.h"

#include <string.h>

#include "util.h"

static int vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* Writes w[0,n) + suffix into out when it fits. */
static int put(char *out, size_t cap, const char *w, size_t n, const char *suffix)
{
	size_t l = strlen(suffix);
	if (n + l + 1 > cap)
		return 0;
	memcpy(out, w, n);
	memcpy(out + n, suffix, l + 1);
	return 1;
}

int fb_verb_inflect(const char *base, int form, char *out, size_t cap)
{
	size_t n = strlen(base);
	if (!n || cap == 0)
		return 0;
	char last = base[n - 1];
	char prev = n > 1 ? base[n - 2] : 0;
	switch (form) {
	case FB_VF_BASE:
		return put(out, cap, base, n, "");
	case FB_VF_S:
		if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
			return put(out, cap, base, n, "es");
		if (last == 'y' && n > 1 && !vowel(prev))
			return put(out, cap, base, n - 1, "ies");
		return put(out, cap, base, n, "s");
	case FB_VF_ED:
		if (last == 'e')
			return put(out, cap, base, n, "d");
		if (last == 'y' && n > 1 && !vowel(prev))
			return put(out, cap, base, n - 1, "ied");
		return put(out, cap, base, n, "ed");
	case FB_VF_ING:
		if (last == 'e' && n > 2 && prev != 'e' && prev != 'y' && prev != 'o')
			return put(out, cap, base, n - 1, "ing");
		if (last == 'e' && prev == 'i') /* lie -> lying */
			return put(out, cap, base, n - 2, "ying");
		return put(out, cap, base, n, "ing");
	default:
		return 0;
	}
}

/* Adds form + rest (the particle, " for") with the row's fields. */
static void add_form(fb_lexicon *lx, const char *form, const char *rest, const char *const *f, size_t nf)
{
	char key[96];
	size_t a = strlen(form);
	if (put(key, sizeof key, form, a, rest))
		fb_lexicon_add(lx, key, strlen(key), f, nf);
}

/* The class the cue finder reads (see speech-verbs.txt) for a pattern and
 * kind: an addressee first is "tell", a belief "cognition", speech "say",
 * the rest "stance" (content after the verb, never before the subject). */
static const char *class_of(const char *pattern, const char *kind)
{
	if (!strcmp(pattern, "NP-S"))
		return "tell";
	if (!strcmp(kind, "belief"))
		return "cognition";
	if (!strcmp(kind, "speech") && (!strcmp(pattern, "S") || !strcmp(pattern, "S/NP")))
		return "say";
	return "stance";
}

fb_lexicon *fb_verbs_build(const fb_lexicon *rows)
{
	fb_lexicon *lx = fb_lexicon_new();
	for (size_t i = 0; rows && i < rows->n; i++) {
		const fb_entry *e = &rows->e[i];
		if (e->nfield < 2 || e->keylen >= 64)
			continue;
		const char *pattern = e->field[0], *kind = e->field[1];
		const char *irr = e->nfield > 2 ? e->field[2] : "-";
		const char *neg = e->nfield > 3 && !strcmp(e->field[3], "negated") ? "negated" : "";
		const char *f[] = { class_of(pattern, kind), kind, pattern, neg };
		char head[64];
		size_t hl = strcspn(e->key, " ");
		memcpy(head, e->key, hl);
		head[hl] = 0;
		const char *rest = e->key + hl; /* "" or " for" */
		char form[96];
		for (int k = 0; k < FB_VF__MAX; k++)
			if (fb_verb_inflect(head, k, form, sizeof form))
				add_form(lx, form, rest, f, 4);
		/* irregular forms from WordNet's verb.exc: "said", "planned" */
		for (const char *p = irr; strcmp(irr, "-") != 0 && *p;) {
			size_t l = strcspn(p, ",");
			if (l && l < sizeof form) {
				memcpy(form, p, l);
				form[l] = 0;
				add_form(lx, form, rest, f, 4);
			}
			p += l + (p[l] == ',');
		}
	}
	return lx;
}
