/* attribution_patterns.c - reporting verbs and what may follow them (the
 * patterns of verbs.tsv), and the cues that are not a verb after its
 * subject: labels, pull quotes, nouns, views, "issued", headlines. */
#include "attribution_impl.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------- reporting verbs */

/* The reporting verb at token i: the longest of speech-verbs.txt and the
 * lexicon verbs.tsv (the latter wins a tie, for its kind and pattern).
 * Entries of verbs.tsv carry fields class, kind, pattern, negated. */
const fb_entry *fb_attr_verb_at(const ctx *c, size_t i, size_t *w, const fb_entry **row)
{
	size_t w1 = 0, w2 = 0;
	const fb_entry *a = fb_attr_toks_in(c, L_VERBS, i, &w1);
	const fb_entry *b = fb_attr_toks_in(c, L_RVERBS, i, &w2);
	*row = b && w2 >= w1 ? b : NULL; /* its kind; negated */
	if (b && (!a || w2 > w1)) {
		*w = w2;
		return b;
	}
	/* a verb of speech-verbs.txt keeps its class and takes any content */
	if (a)
		*w = w1;
	return a;
}

int fb_attr_has_pattern(const fb_entry *ve)
{
	return ve->nfield >= 3;
}

/* Whether the verb's pattern is pt, or pt is the first of two
 * ("to/NP": "threatened to sue" and "threatened a veto"). */
int fb_attr_pattern_is(const fb_entry *ve, const char *pt)
{
	if (!fb_attr_has_pattern(ve))
		return 0;
	size_t n = strlen(pt);
	return !strncmp(ve->field[2], pt, n) && (ve->field[2][n] == '\0' || ve->field[2][n] == '/');
}

fb_cue_kind fb_attr_verb_kind(const fb_entry *ve)
{
	if (ve->nfield >= 2)
		for (int k = 0; k < FB_CK__MAX; k++)
			if (!strcmp(ve->field[1], fb_cue_kind_names[k]))
				return (fb_cue_kind)k;
	const char *cls = ve->nfield ? ve->field[0] : "say";
	if (!strcmp(cls, "cognition"))
		return FB_CK_BELIEF;
	if (!strcmp(cls, "stance"))
		return FB_CK_STANCE;
	return FB_CK_SPEECH;
}

int fb_attr_verb_negated(const fb_entry *ve)
{
	return ve->nfield >= 4 && !strcmp(ve->field[3], "negated");
}

/* "'...,' argued X": only verbs whose content may come first invert. */
int fb_attr_verb_inverts(const fb_entry *ve)
{
	return !fb_attr_has_pattern(ve) || fb_attr_pattern_is(ve, "S");
}

int fb_attr_ends_with(const ctx *c, size_t ti, const char *suf)
{
	size_t l = strlen(suf), n = c->t[ti].e - c->t[ti].s;
	return ti < c->nt && c->t[ti].kind == TK_WORD && n > l + 1 && fb_word_eq(c->buf + c->t[ti].e - l, l, suf);
}

/* An adverb after a verb that leaves the content where it was: "said
 * sarcastically", "said then", "added later". */
int fb_attr_after_adverb(const ctx *c, size_t ti)
{
	return ti < c->nt && c->t[ti].kind == TK_WORD && !c->t[ti].cap &&
	    (fb_attr_ends_with(c, ti, "ly") || lower_eq(c, ti, "then") || lower_eq(c, ti, "later") ||
	     lower_eq(c, ti, "again") || lower_eq(c, ti, "too") || lower_eq(c, ti, "afterwards") ||
	     lower_eq(c, ti, "afterward"));
}

/* Whether a clause (what a speech or belief verb reports) starts at token
 * j: "that ...", a quotation, a colon, nothing (the content came before),
 * a pronoun subject, or a short noun phrase and a finite verb ("the plan
 * would fail"). */
int fb_attr_clause_at(const ctx *c, size_t j)
{
	while (fb_attr_after_adverb(c, j))
		j++;
	if (fb_attr_is_end(c, j) || lower_eq(c, j, "that") || c->t[j].kind == TK_QUOTE || is_punct(c, j, ':'))
		return 1;
	if (is_punct(c, j, ','))
		return j + 1 < c->nt && (c->t[j + 1].kind == TK_QUOTE || fb_attr_is_end(c, j + 1));
	if (fb_attr_is_pronoun(c, j) || lower_eq(c, j, "i") || lower_eq(c, j, "we") || lower_eq(c, j, "you") ||
	    lower_eq(c, j, "there"))
		return 1;
	/* a gerund: "recommended merging the schools", "suggested raising
	 * the fee" */
	if (c->t[j].kind == TK_WORD && !c->t[j].cap && fb_attr_ends_with(c, j, "ing") && !(wflags(c, j) & W_PREP) &&
	    !lower_eq(c, j, "during") && !lower_eq(c, j, "following") && !lower_eq(c, j, "according"))
		return 1;
	static const char *const fin[] = { "is", "are", "was", "were", "would", "will", "could", "can", "should",
		"must", "had", "has", "have", "might", "may", NULL };
	for (size_t m = j + 1; m < c->nt && m < j + 7 && c->t[m].kind == TK_WORD; m++)
		for (size_t k = 0; fin[k]; k++)
			if (lower_eq(c, m, fin[k]))
				return 1;
	return 0;
}

/* Whether word w comes within the next lim tokens from j, before the
 * sentence ends; its index + 1, or 0. */
static size_t word_within(const ctx *c, size_t j, size_t lim, const char *w)
{
	for (size_t m = j; m < c->nt && m < j + lim && !fb_attr_is_end(c, m); m++)
		if (lower_eq(c, m, w))
			return m + 1;
	return 0;
}

/* Whether a noun phrase holding a figure starts at token j: what a
 * forecast or an estimate puts a number on ("forecasts annual sales of $4
 * billion", "had expected 31 cents", "projects a deficit of 2 percent").
 * No verb, preposition-led phrase or clause punctuation comes before the
 * figure, so "expected in 2027" and "estimated the house, built in 1990"
 * are no figures of theirs. */
static int figure_object(const ctx *c, size_t j)
{
	if (j >= c->nt || c->t[j].kind != TK_WORD || fb_attr_is_prep(c, j) || fb_attr_is_pronoun(c, j) ||
	    (c->t[j].cap && !fb_isdigit((unsigned char)c->buf[c->t[j].s])))
		return 0;
	for (size_t m = j; m < c->nt && m < j + 6 && !fb_attr_is_end(c, m); m++) {
		const char *x = c->buf + c->t[m].s;
		size_t xl = c->t[m].e - c->t[m].s;
		if (fb_isdigit((unsigned char)x[0]) || x[0] == '$' || (xl >= 2 && !memcmp(x, "\xC2\xA3", 2)) ||
		    (xl >= 3 && !memcmp(x, "\xE2\x82\xAC", 3)))
			return 1; /* a digit, "$", a pound or euro sign */
		if (c->t[m].kind != TK_WORD || (m > j && (tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m))) ||
		    (wflags(c, m) & (W_AUX | W_NEG)))
			return 0;
	}
	return 0;
}

/* Whether token j is a single quotation mark opening a word that is no
 * quotation of its own ("Praises 'Fearless' Defence", "hailed the
 * \u2018historic\u2019 deal"). */
static int scare_quote(const ctx *c, size_t j)
{
	if (j + 1 >= c->nt || c->t[j].kind != TK_PUNCT || c->t[j + 1].kind != TK_WORD)
		return 0;
	const char *x = c->buf + c->t[j].s;
	size_t l = c->t[j].e - c->t[j].s;
	return (l == 1 && x[0] == '\'') || (l == 3 && !memcmp(x, "\xE2\x80\x98", 3));
}

/* Whether a document head stands among the few words before the verb at
 * i, from its subject at subj on ("Polls show", "surveys of shoppers
 * suggest", "the league's statistics show"). */
static int document_subject(const ctx *c, size_t subj, size_t i)
{
	for (size_t m = i; m-- > subj && m + 6 > i;) {
		if (c->t[m].kind != TK_WORD)
			return 0;
		if (tok_in(c, L_DOCS, m) && (!c->t[m].cap || m == 0))
			return 1;
	}
	return 0;
}

/* Whether a noun phrase that can be what a document shows starts at j
 * ("a similar split", "broad support", "little change"): a lower-case
 * word or a figure, no preposition, helper, particle or time. */
static int np_object(const ctx *c, size_t j)
{
	if (j >= c->nt || c->t[j].kind != TK_WORD || (c->t[j].cap && !fb_isdigit((unsigned char)c->buf[c->t[j].s])) ||
	    fb_attr_is_prep(c, j) || (wflags(c, j) & (W_AUX | W_NEG | W_CONN)) || fb_attr_day_word(c, j) || tok_in(c, L_STOP, j))
		return 0;
	static const char *const part[] = { "up", "off", "out", "away", "down", "on", "in", "back", "over", "no", NULL };
	for (size_t k = 0; part[k]; k++)
		if (lower_eq(c, j, part[k]))
			return !strcmp(part[k], "no"); /* "show no sign of": a finding */
	return !fb_attr_is_end(c, j + 1);
}

/* Whether a main clause stands before the comma just before token subj
 * ("Rents will keep rising, the study finds."; not "After the vote, the
 * talks continued.", whose words before the comma open the sentence with a
 * preposition or a subordinator): the clause a sentence-final verb reports. */
static int clause_before_comma(const ctx *c, size_t subj)
{
	if (subj < 4 || !is_punct(c, subj - 1, ',') || c->t[0].kind != TK_WORD || fb_attr_is_prep(c, 0) ||
	    fb_attr_subordinator(c, 0) || lower_eq(c, 0, "and") || lower_eq(c, 0, "but") || lower_eq(c, 0, "so") ||
	    lower_eq(c, 0, "yet"))
		return 0;
	for (size_t k = 0; k + 1 < subj; k++)
		if (c->t[k].kind != TK_WORD && !is_punct(c, k, ',') && !is_punct(c, k, '%') && !is_punct(c, k, '$'))
			return 0; /* a quotation, a dash, a colon: another shape */
	return 1;
}

/* Whether the object from token j is people, not a thing: an object
 * pronoun, a name, or a phrase holding a noun of people, a group or the
 * unnamed ("questioned two suspects", "questioned 1,204 voters",
 * "questioned Lee"; not "questioned the figures", "questioned her
 * judgment"). A headline capitalises every word: no name is read
 * there. */
static int people_object(const ctx *c, size_t j)
{
	if (lower_eq(c, j, "him") || lower_eq(c, j, "them") || lower_eq(c, j, "us") || lower_eq(c, j, "me") ||
	    (lower_eq(c, j, "her") && !(j + 1 < c->nt && c->t[j + 1].kind == TK_WORD)))
		return 1;
	for (size_t m = j; m < c->nt && m < j + 6 && c->t[m].kind == TK_WORD && !fb_attr_is_prep(c, m) &&
	    !lower_eq(c, m, "whether") && !lower_eq(c, m, "that"); m++)
		if (tok_in(c, L_PEOPLE, m) || tok_in(c, L_GROUPS, m) || tok_in(c, L_ANON, m) ||
		    (m == j && c->t[m].cap && !fb_attr_is_det(c, m) && c->para != c->title_para))
			return 1;
	return 0;
}

/* Whether the words after a verb of verbs.tsv fit its pattern: a broad
 * verb is a cue only with what it reports ("argued that", "vowed to",
 * "called the plan 'a disaster'", "accused him of"). */
int fb_attr_pattern_holds(const ctx *c, const fb_entry *ve, size_t i, size_t w, size_t subj)
{
	if (!fb_attr_has_pattern(ve))
		return 1;
	const char *pt = ve->field[2];
	size_t j = i + w;
	if (fb_attr_pattern_is(ve, "S")) {
		size_t m = j;
		while (fb_attr_after_adverb(c, m) || fb_attr_day_word(c, m) ||
		    (lower_eq(c, m, "on") && fb_attr_day_word(c, m + 1)))
			m++; /* "..., she argued on Monday." */
		/* nothing after the verb: a quotation must come before ("'...,'
		 * she argued."; "The talks continued." is no cue) */
		if (fb_attr_is_end(c, m))
			return subj > 0 && (c->t[subj - 1].kind == TK_QUOTE ||
			    (subj > 1 && is_punct(c, subj - 1, ',') && c->t[subj - 2].kind == TK_QUOTE) ||
			    clause_before_comma(c, subj));
		/* "posted on social media that ...", "wrote in a letter that ..." */
		if (fb_attr_is_prep(c, j)) {
			size_t t = word_within(c, j, 7, "that");
			for (size_t k = j; t && k + 1 < t; k++)
				if (c->t[k].kind != TK_WORD || tok_in(c, L_VERBS, k) || tok_in(c, L_RVERBS, k))
					t = 0;
			if (t)
				return 1;
		}
		return fb_attr_clause_at(c, j) || (!strcmp(pt, "S/NP") && (figure_object(c, j) ||
		    (document_subject(c, subj, i) && np_object(c, j))));
	}
	if (!strcmp(pt, "for"))
		return !fb_attr_is_end(c, j);
	if (fb_attr_pattern_is(ve, "to")) {
		size_t m = j;
		if (lower_eq(c, m, "not") || lower_eq(c, m, "never"))
			m++;
		if (lower_eq(c, m, "to") && m + 1 < c->nt && c->t[m + 1].kind == TK_WORD &&
		    (!c->t[m + 1].cap || c->para == c->title_para)) /* "Vow To Block", "Vows to Fight" */
			return 1;
		/* "threatened a veto", "sought a stricter version": what is
		 * wanted, a phrase with its article or quantifier (not "him",
		 * not a name) */
		if (strcmp(pt, "to/NP") != 0 || m != j)
			return 0;
		if (lower_eq(c, j, "the") && c->para != c->title_para)
			return 0; /* "threatened the coast": a thing endangered */
		return (fb_attr_is_det(c, j) && !fb_attr_is_pronoun(c, j)) || lower_eq(c, j, "legal") || lower_eq(c, j, "more") ||
		    (c->para == c->title_para && c->t[j].kind == TK_WORD && c->t[j].cap);
	}
	if (fb_attr_is_end(c, j) || (c->t[j].kind == TK_PUNCT && !scare_quote(c, j)))
		return 0;
	/* "backed away", "called off", "pressed on": a particle, not an object */
	static const char *const part[] = { "up", "off", "out", "away", "down", "on", "in", "back", "over", "into",
		"through", "around", "at", "by", NULL };
	for (size_t k = 0; part[k]; k++)
		if (lower_eq(c, j, part[k]))
			return 0;
	if (!strcmp(pt, "NP"))
		return 1;
	if (!strcmp(pt, "NP/wh"))
		return !people_object(c, j);
	/* "attributed the delay to a shortage"; "to" straight after the
	 * verb only when the object is a relative before its subject
	 * ("which Ortega attributed to the cold"), else the verb is a
	 * participle ("a remark attributed to Lincoln") */
	if (!strcmp(pt, "NP-cause"))
		return lower_eq(c, j, "to") ? subj > 0 && (lower_eq(c, subj - 1, "which") || lower_eq(c, subj - 1, "that"))
		                            : word_within(c, j + 1, 8, "to") != 0;
	if (!strcmp(pt, "NP-S"))
		return word_within(c, j, 8, "that") || (j + 1 < c->nt && c->t[j + 1].kind == TK_QUOTE);
	if (!strcmp(pt, "NP-to")) {
		size_t m = word_within(c, j, 8, "to");
		if (m && m < c->nt && c->t[m].kind == TK_WORD && !c->t[m].cap && !fb_attr_is_det(c, m))
			return 1;
		return lower_eq(c, j, "whether") || lower_eq(c, j, "if") || lower_eq(c, j, "why") ||
		    lower_eq(c, j, "how") || lower_eq(c, j, "what") || lower_eq(c, j, "about");
	}
	if (!strcmp(pt, "NP-of"))
		return word_within(c, j + 1, 8, "of") || word_within(c, j + 1, 8, "for");
	if (!strcmp(pt, "NP-as")) {
		for (size_t m = j; m < c->nt && m < j + 8 && !fb_attr_is_end(c, m); m++)
			if (c->t[m].kind == TK_QUOTE || lower_eq(c, m, "as") || (m > j && (lower_eq(c, m, "a") ||
			    lower_eq(c, m, "an"))))
				return 1;
		/* "called the bill cruel.": an object and an adjective last */
		for (size_t x = j + 2; fb_attr_is_det(c, j) && x < j + 4 && x + 1 <= c->nt; x++)
			if (c->t[x].kind == TK_WORD && !c->t[x].cap && !tok_in(c, L_STOP, x) && !fb_attr_is_prep(c, x) &&
			    !fb_attr_ends_with(c, x, "ly") && !fb_attr_day_word(c, x) && !lower_eq(c, x, "early") && !lower_eq(c, x, "late") &&
			    !lower_eq(c, x, "off") && !lower_eq(c, x, "back") && !lower_eq(c, x, "up") &&
			    (fb_attr_is_end(c, x + 1) || is_punct(c, x + 1, ',')))
				return 1;
		return 0;
	}
	return 0;
}

/* Whether the reporting verb at token i is one of speech ("said",
 * "told"), not a finding, belief or stance. */
int fb_attr_verb_says(const ctx *c, size_t i)
{
	size_t w = 0;
	const fb_entry *row = NULL, *ve = fb_attr_verb_at(c, i, &w, &row);
	const char *cls = ve && ve->nfield ? ve->field[0] : "say";
	return !strcmp(cls, "say") || !strcmp(cls, "tell");
}

/* Whether subject p fits the verb at i: "X backed by Y" is a passive, "by
 * a user labelled" a participle after a preposition's object, and "a light
 * show" a noun after a noun (a description that does not agree with the
 * verb's bare form). */
int fb_attr_subject_agrees(const ctx *c, const np *p, size_t i, size_t w)
{
	if (lower_eq(c, i + w, "by") && !(p->b == p->a + 1 && fb_attr_is_pronoun(c, p->a)) &&
	    !(i + w + 1 < c->nt && fb_isdigit((unsigned char)c->buf[c->t[i + w + 1].s])))
		return 0;
	if (!p->desc)
		return 1;
	/* "protests from two players who said": a relative clause's verb */
	if (p->end == p->b + 1 && lower_eq(c, p->b, "who"))
		return 1;
	/* "the asylum seekers found in the water may have ...": a reduced
	 * relative, not a finding */
	if (fb_attr_is_prep(c, i + w) && !lower_eq(c, i + w, "to") && !fb_attr_verb_says(c, i))
		return 0;
	if (p->a > 0 && (fb_attr_is_prep(c, p->a - 1) || lower_eq(c, p->a - 1, "of") || lower_eq(c, p->a - 1, "for")))
		return 0;
	/* the head is before a phrase after it: "Shop owners on the quay say"
	 * (but after a share's "of": "a third of nurses say") */
	size_t h = p->head1 ? p->head1 - 1 : p->b - 1;
	for (size_t k = p->a + 1; k + 1 < p->b && !p->head1; k++)
		if (c->t[k].kind == TK_WORD && !c->t[k].cap && (fb_attr_is_prep(c, k) || lower_eq(c, k, "of")) &&
		    fb_attr_share_start(c, k, p->a) != p->a + 1) {
			h = k - 1;
			break;
		}
	char hl = c->buf[c->t[h].e - 1], vl = c->buf[c->t[i].e - 1];
	return hl == 's' || vl == 's' || vl == 'd' || vl == 't' || vl == 'e';
}

/* ", saying ...", ", adding that ...", ", arguing ...": a participle of a
 * speech or belief verb carrying the subject of the clause before. */
int fb_attr_says_participle(const ctx *c, size_t i, const fb_entry *ve)
{
	if (lower_eq(c, i, "saying"))
		return 1;
	if (!fb_attr_ends_with(c, i, "ing") || !is_punct(c, i - 1, ','))
		return 0;
	/* ", calling it 'a plan that works'", ", accusing him of ...",
	 * ", urging lawmakers to ...": a verb whose pattern names what it
	 * reports after its object */
	size_t w2 = 0;
	const fb_entry *row = NULL;
	fb_attr_verb_at(c, i, &w2, &row);
	if (row && (!strcmp(row->field[2], "NP-as") || !strcmp(row->field[2], "NP-of") ||
	    !strcmp(row->field[2], "NP-to")) && fb_attr_pattern_holds(c, row, i, 1, 0))
		return 1;
	fb_cue_kind k = fb_attr_verb_kind(ve);
	const char *cls = ve->nfield ? ve->field[0] : "say";
	/* ", finding that ...", ", showing that ...": what a body or a
	 * document found, with its "that" */
	if (row && fb_attr_verb_kind(row) == FB_CK_DOCUMENT && fb_attr_pattern_is(row, "S") && lower_eq(c, i + 1, "that"))
		return 1;
	if (k != FB_CK_SPEECH && k != FB_CK_BELIEF)
		return 0;
	if (strcmp(cls, "say") != 0 && strcmp(cls, "cognition") != 0)
		return 0;
	return fb_attr_pattern_holds(c, ve, i, 1, 0) && !fb_attr_is_end(c, i + 1);
}

/* The quotation that opens right after byte e, past white space only (the
 * next sentence or paragraph), or -1. */
int fb_attr_quote_after(const ctx *c, size_t e)
{
	for (size_t k = 0; k < c->nq; k++) {
		if (c->q[k].open < e)
			continue;
		for (size_t i = e; i < c->q[k].open; i++)
			if (!fb_isspace((unsigned char)c->buf[i]))
				return -1;
		return (int)k;
	}
	return -1;
}

/* A name written in capitals ("OKAFOR", "MARY-JO O'NEIL") in the usual
 * case: a letter after a letter is small, the first of each word and one
 * after a hyphen or apostrophe stays capital. In place. */
static void name_case(char *s)
{
	if (!s || !*s)
		return;
	for (size_t i = 1; s[i]; i++)
		if (fb_isalpha((unsigned char)s[i - 1]))
			s[i] = (char)fb_tolower((unsigned char)s[i]);
}

/* The source a label of m words opening the sentence names. A label in
 * capitals ("CALLOWAY:", "RUTH CALLOWAY:") is how a transcript writes a
 * speaker's name, not an acronym: an organisation registered under it,
 * else the person registered with those words (surname or alias, in any
 * case), else a role word ("HOST:", an unnamed person), else a new person,
 * named in the usual case ("Okafor"), whose words count as a surname
 * (see the lone-name rule of fb_attribute). Other labels resolve as any noun phrase. -1 when none. */
static int label_source(ctx *c, size_t m, cue *k)
{
	np p;
	memset(&p, 0, sizeof p);
	p.b = p.end = m;
	int caps = 1;
	for (size_t i = 0; i < m; i++)
		caps &= fb_attr_all_caps(c, i);
	if (!caps)
		return fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
	char *nm = fb_attr_tok_text(c, 0, m);
	char *key = fb_reg_norm_key("o:", nm);
	int got[4], s = fb_reg_idx_find(c, key, got, 4) ? got[0] : -1;
	free(key);
	if (s < 0)
		s = fb_reg_person(c, fb_xstrdup(nm), k->cands, &k->ncands, 0);
	if (s < 0 && (tok_in(c, L_TITLES, m - 1) || tok_in(c, L_ANON, m - 1) || tok_in(c, L_PEOPLE, m - 1))) {
		s = fb_reg_entity(c, nm, FB_SK_ANONYMOUS, NULL);
		nm = NULL;
	}
	if (s < 0) {
		/* no one yet: named as a byline would write it, "Okafor" */
		name_case(nm);
		s = fb_reg_person(c, nm, k->cands, &k->ncands, 1);
		nm = NULL;
		for (size_t i = 0; i < m; i++)
			fb_attr_tail_add(c, fb_attr_tail_hash(c, i));
	}
	free(nm);
	if (s >= 0)
		fb_reg_add_mention(c, s, c->t[0].s, c->t[m - 1].e);
	return s;
}

/* A transcript's turn "DELGADO: ..." or a labelled headline "Poll: ...":
 * one to three capitalised words open the paragraph, then a colon. The
 * speaker holds for the paragraph (see fb_attr_attribute_sentence). */
int fb_attr_label_cue(ctx *c, cue *k)
{
	if (c->doc->para[c->para].first_sent != c->sent)
		return 0;
	size_t m = 0, w = 0;
	while (m < c->nt && m < 3 && c->t[m].kind == TK_WORD && c->t[m].cap)
		m++;
	/* a turn says something: a few words at least ("Image: Jo Lee." is
	 * a credit) */
	if (!m || !is_punct(c, m, ':') || m + 5 > c->nt || tok_in(c, L_STOP, 0) ||
	    (fb_attr_toks_in(c, L_LABELS, 0, &w) && w == m))
		return 0;
	int s = label_source(c, m, k);
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	k->cs = c->t[0].s;
	k->ce = c->t[m - 1].e;
	k->dir = 1;
	k->anchor = c->t[m + 1].s;
	if (c->t[m + 1].kind == TK_QUOTE)
		k->quote = c->t[m + 1].quote;
	c->turn = s;
	c->turn_para = c->para;
	c->turn_s = k->cs;
	c->turn_e = k->ce;
	return 1;
}

/* The quotation that closes right before byte e, past white space and
 * dashes only, or -1. */
int fb_attr_quote_before(const ctx *c, size_t e)
{
	/* quotes are found in text order and never overlap, so their ends
	 * rise: the last one closed by e, by bisection (a document of many
	 * quotes asks this once a sentence) */
	size_t lo = 0, hi = c->nq;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->q[mid].close <= e)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t k = lo; k-- > 0;) {
		if (c->q[k].close > e)
			continue;
		for (size_t i = c->q[k].close; i < e; i++)
			if (!fb_isspace((unsigned char)c->buf[i]) && c->buf[i] != '-' && (unsigned char)c->buf[i] < 0x80)
				return -1;
		return (int)k;
	}
	return -1;
}

/* A pull quote's name: "'...' - Ruth Amari, Dayton", or a paragraph of a
 * name and a role alone ("Charles Bolden, NASA Administrator") under a
 * quoted paragraph. The name ends the paragraph; no verb follows it. */
int fb_attr_pull_cue(ctx *c, cue *k)
{
	const fb_para *pa = &c->doc->para[c->para];
	if (c->sent + 1 != pa->first_sent + pa->nsent)
		return 0;
	size_t i = 0, w = 0;
	while (i < c->nt && !is_punct(c, i, '-'))
		i++;
	int q = -1;
	if (i < c->nt && i > 0 && c->t[i - 1].kind == TK_QUOTE)
		q = c->t[i - 1].quote; /* "'...' - Name" */
	else if (i == 0 || (i == c->nt && c->sent == pa->first_sent)) {
		i = i == 0 ? 0 : SIZE_MAX; /* a dash first, or a paragraph of its own */
		q = fb_attr_quote_before(c, c->t[0].s);
	}
	if (q < 0 || c->q[q].speaker >= 0)
		return 0;
	size_t a = i == SIZE_MAX ? 0 : i + 1;
	np p;
	if (a >= c->nt || !c->t[a].cap || !fb_attr_np_right(c, a, &p) || !fb_attr_name_like(c, p.a, p.b))
		return 0;
	/* a citation ("'...' - The Star, May 2") is no speaker's */
	for (size_t m = p.b; m < c->nt; m++)
		if (c->t[m].kind == TK_QUOTE || tok_in(c, L_VERBS, m) || tok_in(c, L_RVERBS, m) ||
		    fb_isdigit((unsigned char)c->buf[c->t[m].s]) ||
		    (m == p.b && !is_punct(c, m, ',') && !is_punct(c, m, '(') && !fb_attr_is_end(c, m)) || m > p.b + 12)
			return 0;
	if (fb_attr_toks_in(c, L_OUTLETS, p.a, &w) || (fb_attr_is_det(c, p.a) && fb_attr_toks_in(c, L_OUTLETS, p.a + 1, &w)))
		return 0;
	int s = fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0 || c->a->src[s].kind == FB_SK_OUTLET)
		return 0;
	fb_attr_cue_add(k, s);
	k->cs = c->t[p.a].s;
	k->ce = c->t[p.b - 1].e;
	k->dir = -1;
	k->anchor = c->q[q].close;
	k->quote = q;
	return 1;
}

/* Whether a question word opens the words from j ("why", "whether", "if"),
 * past an addressee of up to three words. */
int fb_attr_wh_after(const ctx *c, size_t j)
{
	static const char *const wh[] = { "why", "whether", "if", "how", "what", "when", "where", "who", NULL };
	for (size_t m = j; m < c->nt && m < j + 4 && c->t[m].kind == TK_WORD; m++)
		for (size_t k = 0; wh[k]; k++)
			if (lower_eq(c, m, wh[k]))
				return 1;
	return 0;
}

/* The source a possessor at token o names, with a mention: "his", "her",
 * "their" (resolved as "he", "she", "they" would be) or a name in 's
 * ("Lee's", "Ann Lee's"); -1 when none. */
static int possessor(ctx *c, size_t o)
{
	int s = -1;
	static const char *const pos[] = { "his", "her", "their", NULL };
	for (size_t m = 0; pos[m]; m++)
		if (lower_eq(c, o, pos[m])) {
			int g = m == 0 ? 'm' : m == 1 ? 'f' : 0;
			s = g ? fb_attr_pronoun_person(c, g) : c->last_plural;
			if (s >= 0)
				fb_reg_add_mention(c, s, c->t[o].s, c->t[o].e);
		}
	if (s < 0) {
		size_t l = c->t[o].e - c->t[o].s;
		const char *w = c->buf + c->t[o].s;
		size_t cut = l > 2 && !memcmp(w + l - 2, "'s", 2) ? 2 : l > 4 && !memcmp(w + l - 4, "\xE2\x80\x99s", 4) ? 4 : 0;
		if (!cut || !c->t[o].cap)
			return -1;
		size_t a = o;
		while (a > 0 && a + 3 > o && c->t[a - 1].kind == TK_WORD && c->t[a - 1].cap && !tok_in(c, L_STOP, a - 1) &&
		    !tok_in(c, L_TITLES, a - 1))
			a--;
		char *name = fb_attr_tok_text(c, a, o + 1);
		name[strlen(name) - cut] = 0;
		int cands[FB_MAX_SRC];
		size_t nc = 0;
		s = fb_reg_person(c, name, cands, &nc, 1);
		if (s < 0)
			return -1;
		fb_reg_add_mention(c, s, c->t[a].s, c->t[o].e - cut);
	}
	return s;
}

/* A noun cue: "Lee's claim that ...", "her view that ...": the possessor
 * (a person's name or a possessive pronoun) says the that-clause. */
int fb_attr_noun_cue(ctx *c, size_t i, cue *k)
{
	const fb_entry *e = tok_in(c, L_CNOUNS, i);
	if (!e || i == 0 || !lower_eq(c, i + 1, "that") || i + 2 >= c->nt)
		return 0;
	size_t o = i - 1;
	int s = possessor(c, o);
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	k->cs = c->t[o].s;
	k->ce = c->t[i + 1].e;
	k->dir = 1;
	k->anchor = c->t[i + 2].s;
	if (c->t[i + 2].kind == TK_QUOTE)
		k->quote = c->t[i + 2].quote;
	k->kind = FB_CK_SPEECH;
	for (int m = 0; e->nfield && m < FB_CK__MAX; m++)
		if (!strcmp(e->field[0], fb_cue_kind_names[m]))
			k->kind = (fb_cue_kind)m;
	return 1;
}

/* "In his view, ...", "In her words, ...", "In Smith's opinion, ...": an
 * opening phrase of views.txt that gives the clause after its comma to
 * the one it names (a possessive pronoun resolves to the person or group
 * last named, as "he" or "they" would). With "by": "By his count, ...",
 * "By one estimate, ..." (an unnamed estimate is an anonymous source),
 * "By one estimate from the Tax Center, ..." (the one after "from"/"of"). */
int fb_attr_view_cue(ctx *c, cue *k)
{
	int by = lower_eq(c, 0, "by");
	if (c->nt < 5 || !(lower_eq(c, 0, "in") || by))
		return 0;
	/* the noun after a possessor of up to three words ("In Ann Lee's view") */
	size_t n = by ? 1 : 2;
	while (n < 5 && n + 2 < c->nt && !(tok_in(c, L_VIEWS, n) && (is_punct(c, n + 1, ',') ||
	    (by && (lower_eq(c, n + 1, "from") || lower_eq(c, n + 1, "of"))))))
		n++;
	if (n == 5 || n + 2 >= c->nt)
		return 0;
	/* "from X," after the noun, its comma before or after it */
	size_t a = n + 1;
	int named = -1;
	if (by) {
		size_t f = is_punct(c, a, ',') ? a + 1 : a;
		if (lower_eq(c, f, "from") || lower_eq(c, f, "of")) {
			cue ok;
			memset(&ok, 0, sizeof ok);
			size_t e = fb_attr_right_sources(c, f + 1, &ok, 0);
			if (!ok.nsrc || !is_punct(c, e, ',') || e + 1 >= c->nt)
				return 0;
			named = ok.src[0];
			a = e;
		}
	}
	if (!is_punct(c, a, ','))
		return 0;
	int s = named;
	static const char *const some[] = { "one", "some", "many", "most", "several", "other", "another", "official",
		"independent", NULL };
	int anon = 0;
	for (size_t m = 0; by && n == 2 && some[m]; m++)
		anon |= lower_eq(c, 1, some[m]);
	if (s < 0 && anon) {
		s = fb_reg_entity(c, fb_attr_tok_text(c, 1, n + 1), FB_SK_ANONYMOUS, NULL);
		fb_reg_add_mention(c, s, c->t[1].s, c->t[n].e);
	}
	if (s < 0) {
		if (n < 2)
			return 0;
		for (size_t m = 1; m + 1 < n; m++)
			if (c->t[m].kind != TK_WORD || !c->t[m].cap)
				return 0;
		s = possessor(c, n - 1);
	}
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	const fb_entry *e = tok_in(c, L_VIEWS, n);
	k->kind = e && e->nfield && !strcmp(e->field[0], "speech") ? FB_CK_SPEECH : FB_CK_BELIEF;
	k->cs = c->t[0].s;
	k->ce = c->t[n].e;
	k->dir = 1;
	k->anchor = c->t[a + 1].s;
	if (c->t[a + 1].kind == TK_QUOTE)
		k->quote = c->t[a + 1].quote;
	return 1;
}

/* Whether a negated cue's infinitive at j reports nothing: "declined to
 * comment", "refused to elaborate further" (no-content.txt), not "declined
 * to confirm that ..." nor "refused to seek a second term". */
int fb_attr_no_content(const ctx *c, size_t j)
{
	size_t w = 0;
	if (lower_eq(c, j, "not"))
		j++;
	if (!lower_eq(c, j, "to") || !fb_attr_toks_in(c, L_NOCONT, j + 1, &w))
		return 0;
	j += 1 + w;
	/* "declined to say whether ...": the question left open is its
	 * content (kept, flagged negated) */
	static const char *const wh[] = { "whether", "why", "how", "when", "where", "if", "what", "who", NULL };
	for (size_t k = 0; wh[k]; k++)
		if (lower_eq(c, j, wh[k]))
			return 0;
	return !lower_eq(c, j, "that") && !(j < c->nt && c->t[j].kind == TK_QUOTE) && !is_punct(c, j, ':');
}

/* "X issued a statement ... . \"...\"", "X released a statement: \"...\"":
 * the quotation after the statement in the sentence, or opening right
 * after it, is X's, as is what follows "a statement saying/that". Without
 * them the statement says nothing of itself. */
int fb_attr_issued_cue(ctx *c, size_t i, cue *k)
{
	if (!(lower_eq(c, i, "issued") || lower_eq(c, i, "released")) || !fb_attr_is_det(c, i + 1) ||
	    !(lower_eq(c, i + 2, "statement") || lower_eq(c, i + 2, "letter")))
		return 0;
	np p;
	int neg = 0;
	if (!fb_attr_subject_left(c, i, 0, &p, &neg) || neg)
		return 0;
	int q = -1;
	for (size_t m = i + 3; m < c->nt && q < 0; m++)
		if (c->t[m].kind == TK_QUOTE && m > 0 && (is_punct(c, m - 1, ':') || is_punct(c, m - 1, ',')))
			q = c->t[m].quote;
	size_t at = i + 3; /* "issued a statement saying ...", "... calling X ..." */
	size_t vw = 0;
	const fb_entry *vrow = NULL;
	const fb_entry *pv = at < c->nt && fb_attr_ends_with(c, at, "ing") ? fb_attr_verb_at(c, at, &vw, &vrow) : NULL;
	if (lower_eq(c, at, "saying") || lower_eq(c, at, "that"))
		at++;
	else if (pv && vw == 1 && fb_attr_pattern_holds(c, pv, at, vw, p.a)) /* not "regarding the ruling" */
		at++;
	else
		at = 0;
	if (q < 0 && !at)
		q = fb_attr_quote_after(c, c->t[c->nt - 1].e);
	if ((q < 0 && (!at || at >= c->nt)) || (q >= 0 && c->q[q].speaker >= 0))
		return 0;
	int s = fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	k->verb = 1;
	k->kind = pv && at ? fb_attr_verb_kind(vrow ? vrow : pv) : FB_CK_SPEECH;
	k->cs = c->t[p.a].s;
	k->ce = c->t[i + 2].e;
	k->dir = 1;
	k->quote = at ? -1 : q;
	k->anchor = at ? c->t[at].s : c->q[q].open;
	return 1;
}

/* The first token after a dateline that opens the sentence ("RALEIGH -
 * A panel ..."), or 0. */
size_t fb_attr_dateline_end(const ctx *c)
{
	size_t d = 0;
	while (d < c->nt && d < 4 && c->t[d].kind == TK_WORD && fb_attr_all_caps(c, d))
		d++;
	return d && is_punct(c, d, '-') ? d + 1 : 0;
}

/* Whether token ti is a time's "a.m." or "p.m." (with or without points). */
static int meridiem(const ctx *c, size_t ti)
{
	return lower_eq(c, ti, "a.m") || lower_eq(c, ti, "p.m") || lower_eq(c, ti, "a.m.") || lower_eq(c, ti, "p.m.") ||
	    lower_eq(c, ti, "am") || lower_eq(c, ti, "pm");
}

size_t fb_attr_stamp_end(const ctx *c)
{
	if (!c->nt || c->t[0].kind != TK_WORD || !fb_isdigit((unsigned char)c->buf[c->t[0].s]))
		return 0;
	int clock = 0; /* "6:45", "14:05": digits, a colon, digits */
	for (size_t d = 1; d + 1 < c->nt && d < 8; d++) {
		int digits_after = c->t[d + 1].kind == TK_WORD && fb_isdigit((unsigned char)c->buf[c->t[d + 1].s]);
		if (is_punct(c, d, ':') && digits_after && !clock) {
			clock = 1;
			d++;
			continue;
		}
		if (clock && (meridiem(c, d) || is_punct(c, d, '.')))
			continue;
		if (clock && (is_punct(c, d, ':') || is_punct(c, d, '-')) && c->t[d + 1].cap)
			return d + 1;
		return 0;
	}
	return 0;
}

/* The subject the sentence opens with, past a dateline, when a verb
 * follows it before token end: "Estes won four states and said ..." gives
 * Estes to "said" (fb_attr_find_cues asks only when no cue came before, whose
 * clause the verb might be in). -1 when none. */
int fb_attr_opening_subject(ctx *c, size_t end, cue *k)
{
	size_t d = fb_attr_dateline_end(c);
	np p;
	if (!fb_attr_np_right(c, d, &p) || p.a != d || p.end >= end || c->t[p.end].kind != TK_WORD || c->t[p.end].cap ||
	    fb_attr_is_prep(c, p.end) || fb_attr_is_connector(c, p.end) || fb_attr_is_relative(c, p.end) || lower_eq(c, p.end, "was") ||
	    lower_eq(c, p.end, "were") || lower_eq(c, p.end, "is") || lower_eq(c, p.end, "are") ||
	    lower_eq(c, p.end, "been") || lower_eq(c, p.end, "be"))
		return -1; /* "People were encouraged to ... and suggest ...": a passive */
	return fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
}

/* "..., with senators from farm states calling it a betrayal", "with
 * aides saying that ...": an absolute phrase after "with" whose verb is the
 * participle of a listed verb and whose subject is a source. Fills k. */
int fb_attr_with_participle(ctx *c, size_t i, size_t w, const fb_entry *pv, cue *k)
{
	if (w != 1 || i < 2 || !fb_attr_ends_with(c, i, "ing"))
		return 0;
	size_t m = i - 1;
	while (m > 0 && i - m < 8 && c->t[m].kind == TK_WORD && !lower_eq(c, m, "with"))
		m--;
	if (!lower_eq(c, m, "with") || m + 1 >= i)
		return 0;
	np p;
	int neg = 0;
	if (!fb_attr_subject_left(c, i, m + 1, &p, &neg) || neg || p.a != m + 1 || !fb_attr_pattern_holds(c, pv, i, 1, p.a))
		return 0;
	int s = fb_attr_resolve(c, &p, 0, k->cands, &k->ncands);
	if (s < 0)
		return 0;
	fb_attr_cue_add(k, s);
	k->kind = fb_attr_verb_kind(pv);
	k->cs = c->t[p.a].s;
	k->ce = c->t[i].e;
	size_t j = i + 1;
	if (lower_eq(c, j, "that"))
		j++;
	k->dir = 1;
	k->anchor = j < c->nt ? c->t[j].s : c->t[i].e;
	if (j < c->nt && c->t[j].kind == TK_QUOTE)
		k->quote = c->t[j].quote;
	return 1;
}

/* "At a news conference, Ruth Ames, D-Nev., was asked ...": a passive
 * after the subject a statement opener names (past a party tag or an
 * apposition of capitalised words); that subject says nothing. */
int fb_attr_passive_after(const ctx *c, size_t e)
{
	size_t x = e;
	while (x < c->nt && x < e + 8 && (is_punct(c, x, ',') || is_punct(c, x, '.') || is_punct(c, x, '-') ||
	    (c->t[x].kind == TK_WORD && c->t[x].cap)))
		x++;
	if (x + 1 >= c->nt || !(lower_eq(c, x, "was") || lower_eq(c, x, "were") || lower_eq(c, x, "is") ||
	    lower_eq(c, x, "are")) || c->t[x + 1].kind != TK_WORD)
		return 0;
	return fb_attr_ends_with(c, x + 1, "ed") || lower_eq(c, x + 1, "told") || lower_eq(c, x + 1, "shown");
}

/* Whether the word before the pronoun at ti is a noun it follows in a
 * relative clause with no "that" ("the exhibit they wanted to see"): a
 * lower-case word of no list, no grammar word, adverb or day. */
int fb_attr_pronoun_after_noun(const ctx *c, size_t ti)
{
	size_t k = ti - 1;
	/* a verb's form after an article is a noun ("the very show they") */
	int noun = k > 0 && (fb_attr_is_det(c, k - 1) || lower_eq(c, k - 1, "very"));
	return c->t[k].kind == TK_WORD && !c->t[k].cap && !tok_in(c, L_STOP, k) &&
	    (noun || (!tok_in(c, L_VERBS, k) && !tok_in(c, L_RVERBS, k))) &&
	    !(wflags(c, k) & (W_AUX | W_PREP | W_NEG | W_CONN | W_DET)) &&
	    !fb_attr_subordinator(c, k) && !fb_attr_day_word(c, k) && !fb_attr_ends_with(c, k, "ly") &&
	    !fb_isdigit((unsigned char)c->buf[c->t[k].s]) && !tok_in(c, L_HEDGES, k);
}

/* Whether the capitalised word at i, a verb of the lexicon (ve, row), is
 * a headline's verb: last ("..., Lee Says"), or after a capitalised
 * subject it agrees with that is no verb itself, with its pattern
 * ("Senate Republicans Vow To Block ...", "Mayor Vows to Fight On",
 * "Farmers Push for Vote"; not "Senators Rip Plan to Cut ..."). */
int fb_attr_headline_verb(const ctx *c, size_t i, size_t w, const fb_entry *ve, const fb_entry *row)
{
	if (i + w >= c->nt - 1)
		return 1;
	if (!c->t[i - 1].cap || tok_in(c, L_VERBS, i - 1) || tok_in(c, L_RVERBS, i - 1) ||
	    fb_attr_ends_with(c, i, "s") == fb_attr_ends_with(c, i - 1, "s"))
		return 0;
	if (i >= 2 && c->t[i - 2].cap && fb_attr_has_pattern(ve) && strcmp(ve->field[2], "NP") != 0)
		return 1;
	return row && ((fb_attr_pattern_is(row, "to") && lower_eq(c, i + w, "to")) ||
	    (!strcmp(row->field[2], "for") && (w > 1 || lower_eq(c, i + w, "for"))) ||
	    /* "..., Parents Say Fight Is Not Over" */
	    (fb_attr_pattern_is(row, "S") && i + w < c->nt && c->t[i + w].cap && c->t[i + w].kind == TK_WORD) ||
	    /* "... as Coach Praises 'Fearless' Defence", "Engineer Faults
	     * Inspection Schedule": a verb of an object, after a one-word
	     * subject, before a quotation or a capitalised word */
	    ((fb_attr_pattern_is(row, "NP") || fb_attr_pattern_is(row, "NP-as")) && i + w < c->nt && fb_attr_pattern_holds(c, row, i, w, 0) &&
	     (c->t[i + w].kind == TK_QUOTE || scare_quote(c, i + w) || (c->t[i + w].cap && c->t[i + w].kind == TK_WORD))));
}

/* Whether a negated cue of kind kind with an open question after token j
 * is kept: "did not say whether ...", "would not say when ...", "declined
 * to say whether ..." report that a question was left open, a claim flagged
 * negated; "did not know why" (not speech) reports nothing. */
int fb_attr_negated_question(const ctx *c, fb_cue_kind kind, size_t j)
{
	size_t w;
	const fb_entry *row;
	if (!fb_attr_wh_after(c, j))
		return 0;
	if (kind == FB_CK_SPEECH)
		return 1;
	const fb_entry *ve = lower_eq(c, j, "to") ? fb_attr_verb_at(c, j + 1, &w, &row) : NULL;
	return ve && fb_attr_verb_kind(row ? row : ve) == FB_CK_SPEECH;
}

/* Whether the verb cue whose subject starts at token a and whose verb
 * ends before token j closes its sentence after a comma ("..., her chief
 * of staff said.", "..., two aides said Friday."): the outer cue, which
 * owns what comes before it. */
int fb_attr_ends_sentence_cue(const ctx *c, size_t a, size_t j)
{
	if (a == 0 || !is_punct(c, a - 1, ','))
		return 0;
	while (fb_attr_after_adverb(c, j) || fb_attr_day_word(c, j))
		j++;
	return fb_attr_is_end(c, j);
}

/* Where the source of a prepositional cue is named when a description
 * stands before the name ("In the words of one parent, Ana Ruiz: ...",
 * "according to a steward, Colin Barnes, ..."): the name between a comma
 * and a comma or colon; otherwise j itself. */
size_t fb_attr_prep_name(const ctx *c, size_t j)
{
	if (!(fb_attr_is_det(c, j) || lower_eq(c, j, "one")))
		return j;
	size_t m = j + 1;
	while (m < c->nt && m < j + 6 && c->t[m].kind == TK_WORD && !c->t[m].cap && !fb_attr_is_prep(c, m) &&
	    !tok_in(c, L_STOP, m))
		m++;
	if (m == j + 1 || !is_punct(c, m, ','))
		return j;
	size_t x = m + 1, y = x;
	while (y < c->nt && y < x + 5 && c->t[y].kind == TK_WORD)
		y++;
	if (y > x && (is_punct(c, y, ',') || is_punct(c, y, ':')) && fb_attr_app_name_end(c, x, y) == y)
		return x;
	/* "according to the town's weekly newspaper, The Harbor Light", "to
	 * a local watchdog group, Clean Streams.": a body or outlet word
	 * before the comma, then its name in capitals (an article may open
	 * it) up to a comma, a colon or the sentence's end */
	if (tok_in(c, L_OWORDS, m - 1) || tok_in(c, L_ORGS, m - 1)) {
		size_t z = x + (size_t)fb_attr_is_det(c, x);
		int caps = z < y;
		for (size_t k = z; k < y; k++)
			caps &= c->t[k].cap || fb_attr_is_connector(c, k);
		if (caps && c->t[y - 1].cap && (fb_attr_is_end(c, y) || is_punct(c, y, ',') || is_punct(c, y, ':')))
			return x;
	}
	return j;
}
