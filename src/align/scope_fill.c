/* scope_fill.c - one numeric claim's scope, filled step by step from the
 * words of its clause; parts and their wholes ("four of the 30"), the verb
 * a whole gives its part, and definite sums that restate an earlier one. */
#include "scope_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One claim's clause as the steps below read it: the article's words
 * around the number, the number's words [qa, qb) and its clause's
 * [ca, cb). */
typedef struct clause {
	const fb_scoper *sc;
	const fb_claimer *cl;
	const fb_lexicon *mid; /* words capitalised inside sentences: names */
	const fb_lexicon *pn;  /* place nouns ("town", "province") */
	const fb_doc *doc;
	const char *b;
	const fb_quantity *q;
	const fb_claim *k;
	const words *w;
	size_t qa, qb, ca, cb;
	int no_measure; /* the claim has no measure, or only "number" */
} clause;

/* The number's words and the clause around it, up to its attribution. */
static void clause_bounds(clause *x)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t qa = 0, qb = 0;
	while (qa < w->n && w->t[qa].e <= x->q->start)
		qa++;
	qb = qa;
	while (qb < w->n && w->t[qb].s < x->q->end)
		qb++;
	if (qa >= w->n) {
		qa = qb = w->n;
	}
	/* the clause around the number */
	size_t ca = qa, cb = qb;
	while (ca > 0 && ca < w->n && !w->t[ca].brk && !scope_clause_word(b, w, ca))
		ca--;
	if (ca < w->n && scope_clause_word(b, w, ca))
		ca++;
	/* ... up to its attribution: "according to X, a leader in Sindh" says
	 * who speaks, not where the number is */
	while (cb < w->n && !w->t[cb].brk && !scope_clause_word(b, w, cb) &&
	    !(cb > qb && tok_is(&w->t[cb], K_SPEECH)))
		cb++;
	/* "10:45 a.m. In Pennsylvania, ...": a live blog's stamp opens the
	 * sentence; the clause begins after it */
	if (ca == 0 && w->whole && w->n > 3 && w->t[0].num && w->t[1].num && !w->t[1].brk && qa > 3 &&
	    (word_is(b, &w->t[2], "a.m") || word_is(b, &w->t[2], "p.m")))
		ca = 3;
	if (ca > qa)
		ca = qa;
	/* "Ilse Varga, the novelist whose saga sold 14 million copies, died
	 * on Sunday at her home in ...": a relative clause up to its comma
	 * ("whose", or ", who" and ", which") is the number's clause; the main
	 * clause's time and place are not its own */
	for (size_t r = qa; r > ca; r--) {
		const tok *t = &w->t[r - 1];
		if (word_is(b, t, "whose") || ((word_is(b, t, "who") || word_is(b, t, "which")) && t->comma)) {
			for (size_t j = qb; j < cb; j++)
				if (w->t[j].comma) {
					cb = j;
					break;
				}
			break;
		}
		if (t->comma || t->brk)
			break;
	}
	x->qa = qa, x->qb = qb, x->ca = ca, x->cb = cb;
}

/* The head: the counted noun right after the number, when the claim
 * found none or one elsewhere ("to build 14 new bus lanes"), else the
 * claim's subject; a sum's head and payer. Returns the index after the
 * head read here, 0 when none. */
/* "put the civilian death toll at 27", "the police toll rose to 9": a
 * toll a class of people names counts that class. */
static void fill_toll_class(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	for (size_t i = x->ca + 1; i < x->qa; i++) {
		if (!word_is(b, &w->t[i], "toll") && !word_is(b, &w->t[i], "tolls"))
			continue;
		size_t m = i - 1;
		if (word_is(b, &w->t[m], "death") && m > x->ca)
			m--;
		const tok *t = &w->t[m];
		const char *cls = t->cap || t->num ? NULL : fb_class_of(x->cl, b + t->s, t->e - t->s);
		if (cls && strcmp(cls, "people") != 0 && fb_names_people(x->cl, cls)) {
			free(s->head);
			s->head = fb_xstrdup(cls);
			s->own_head = 1;
		}
		return;
	}
}

static size_t fill_head(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	const fb_quantity *q = x->q;
	const fb_claim *k = x->k;
	size_t qb = x->qb, cb = x->cb;
	size_t h = k->quantity >= 0 && !q->nparts ? scope_np_head(x->sc, b, w, qb, cb) : 0;
	/* "60,000 refugee children": a compound's head is its last noun, a
	 * plural the classes know though not in -s ("children", "people");
	 * the singular before it is a modifier */
	int compound = 0;
	if (!h && k->quantity >= 0 && !q->nparts && qb + 1 < cb) {
		size_t j = qb;
		while (j < cb && j < qb + 3 && !w->t[j].cap && !w->t[j].num && !w->t[j].comma && !w->t[j].brk &&
		    !tok_is(&w->t[j], K_STOP) && !memchr(b + w->t[j].s, '-', w->t[j].e - w->t[j].s))
			j++;
		if (j > qb + 1 && fb_class_of(x->cl, b + w->t[j - 1].s, w->t[j - 1].e - w->t[j - 1].s) &&
		    tok_is(&w->t[j - 1], K_COLLECTIVE))
			h = j, compound = 1;
	}
	const fb_entry *nominal = h ? fb_lexicon_get(x->cl->measures, b + w->t[h - 1].s, w->t[h - 1].e - w->t[h - 1].s)
	                            : NULL;
	if (nominal && k->measure && k->subject && nominal->nfield > 1 && strcmp(nominal->field[0], k->measure) == 0 &&
	    strcmp(nominal->field[1], k->subject) == 0 && strcmp(nominal->key, k->subject) != 0)
		h = 0; /* "12 deaths", "37 arrests": the noun names the measure, the head is who it befell */
	if (h && (compound || !(k->subject && k->noun_end > k->noun_start && k->noun_start >= w->t[qb].s &&
	    k->noun_start <= w->t[h - 1].s))) {
		const char *cls = fb_class_of(x->cl, b + w->t[h - 1].s, w->t[h - 1].e - w->t[h - 1].s);
		s->head = cls ? fb_xstrdup(cls) : scope_head_lemma(x->cl, b + w->t[h - 1].s, w->t[h - 1].e - w->t[h - 1].s);
		s->own_head = !(k->subject && strcmp(k->subject, s->head) == 0);
	} else if (k->subject) {
		/* "48,095 for Hutchins" after "48,207 votes": "vote", as a noun
		 * read after a number is (a class or a unit stays as it is) */
		size_t n = strlen(k->subject);
		int plural = n > 3 && k->subject[n - 1] == 's' && !q->unit && !fb_class_of(x->cl, k->subject, n);
		for (size_t i = 0; plural && i < n; i++)
			plural = fb_islower((unsigned char)k->subject[i]);
		s->head = plural ? scope_head_lemma(x->cl, k->subject, n) : fb_xstrdup(k->subject);
	}
	/* "About 400 soldiers and rebels were killed": both nouns' set, no
	 * count of soldiers ("12 soldiers and two civilians" is a list) */
	if (h && s->head && h + 1 < cb && word_is(b, &w->t[h], "and") && !w->t[h].comma && !w->t[h + 1].cap &&
	    !w->t[h + 1].num && !w->t[h + 1].kinds && (h + 2 >= cb || !w->t[h + 2].num)) {
		const tok *y = &w->t[h + 1];
		size_t yn = y->e - y->s;
		/* "212 farming cooperatives and irrigation districts": a
		 * compound's noun (not "230 homes and other buildings", told
		 * again as "the 230 homes") */
		if (!(fb_class_of(x->cl, b + y->s, yn) || (yn > 3 && b[y->e - 1] == 's' && b[y->e - 2] != 's')) &&
		    h + 2 < cb && !w->t[h + 2].comma && !w->t[h + 2].brk && !w->t[h + 2].cap && !w->t[h + 2].num &&
		    !w->t[h + 2].kinds && (h + 3 >= cb || !w->t[h + 3].num) && !word_is(b, y, "other") &&
		    !word_is(b, y, "more") && !word_is(b, y, "some") && !word_is(b, y, "many")) {
			y = &w->t[h + 2];
			yn = y->e - y->s;
		}
		if (fb_class_of(x->cl, b + y->s, yn) || (yn > 3 && b[y->e - 1] == 's' && b[y->e - 2] != 's')) {
			char both[96];
			snprintf(both, sizeof both, "%s and %.*s", s->head, (int)yn, b + y->s);
			free(s->head);
			s->head = fb_xstrdup(both);
			s->own_head = 1;
		}
	}
	if (q->kind == FB_QK_MONEY && (!k->measure || strcmp(k->measure, "number") == 0)) {
		scope_money_head(x->sc, x->cl, b, w, x->ca, x->qa, qb, q, s);
		scope_money_payer(x->sc, x->mid, b, w, x->ca, x->qa, qb, cb, s);
	}
	return h;
}

/* Does word i on say that what was counted before it is what is left:
 * "that remain", "who still remain", "that are left", "left" at the
 * clause's end? */
static int remainder_after(const char *b, const words *w, size_t i, size_t cb)
{
	if (i >= cb || w->t[i].comma || w->t[i].brk)
		return 0;
	if (word_is(b, &w->t[i], "left"))
		return i + 1 >= cb || w->t[i + 1].comma || w->t[i + 1].brk;
	if (!word_is(b, &w->t[i], "that") && !word_is(b, &w->t[i], "who") && !word_is(b, &w->t[i], "which"))
		return 0;
	for (size_t j = i + 1; j < cb && j < i + 4 && !w->t[j].comma && !w->t[j].brk; j++) {
		/* (not "who remain unaccounted for", "that remain closed": a
		 * state they are in) */
		if (word_is(b, &w->t[j], "remain") || word_is(b, &w->t[j], "remains") ||
		    word_is(b, &w->t[j], "remained") || word_is(b, &w->t[j], "left"))
			return j + 1 >= cb || w->t[j + 1].comma || w->t[j + 1].brk || tok_is(&w->t[j + 1], K_STOP | K_AUX);
		if (!tok_is(&w->t[j], K_AUX) && !word_is(b, &w->t[j], "still"))
			return 0;
	}
	return 0;
}

/* Is word i a present participle that restricts the noun before it,
 * a reduced relative clause: "patients taking the drug", "soldiers
 * guarding the gate"? Not "including", "during" and their like. */
static int ing_restricts(const char *b, const words *w, size_t i, size_t cb)
{
	static const char *const not_restrictive[] = { "including", "excluding", "according", "during", "following",
		"regarding", "concerning", "totaling", "totalling", "bringing", "making", "leaving", "killing", "injuring",
		"wounding", "notwithstanding", "pending", "nothing", "something", "anything", "everything" };
	if (i >= cb || i + 1 >= cb)
		return 0;
	const tok *t = &w->t[i];
	size_t n = t->e - t->s;
	if (t->comma || t->brk || t->cap || t->num || t->kinds || n < 6 || strncmp(b + t->e - 3, "ing", 3) != 0 ||
	    w->t[i + 1].comma || w->t[i + 1].brk)
		return 0;
	for (size_t k = 0; k < sizeof not_restrictive / sizeof *not_restrictive; k++)
		if (word_is(b, t, not_restrictive[k]))
			return 0;
	return 1;
}

/* The predicate of a relative clause or a participle after the head
 * (h: the index after it). */
static void fill_relative(const clause *x, size_t h, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, cb = x->cb;
	/* "the 2,180 nurses who voted": the relative clause's verb is the
	 * predicate when the claims stage found none */
	/* (past an adverb of where: "the 38,000 children nationwide who have
	 * missed a dose") */
	size_t r = h;
	if (h && h + 2 < cb && !w->t[h].comma && !w->t[h].brk &&
	    (word_is(b, &w->t[h], "nationwide") || word_is(b, &w->t[h], "statewide") ||
	     word_is(b, &w->t[h], "worldwide") || word_is(b, &w->t[h], "abroad") || word_is(b, &w->t[h], "overall")))
		r = h + 1;
	if (r && r + 1 < cb && x->no_measure && (word_is(b, &w->t[r], "who") || word_is(b, &w->t[r], "that")) &&
	    !w->t[r - 1].comma)
	{
		scope_predicate_after(x->cl, b, w, r + 1, cb, s, 0); /* "the 410 who sued": still the set's size */
		s->rel_verb = scope_relative_verb(b, w, r + 1, cb);
	}
	/* "Eleven victims spoke at the hearing", "Nine patients in the
	 * placebo group stopped treatment": a bare count that opens its clause
	 * as the subject of a past verb no list names (past a preposition's
	 * phrase) counts those who did it, a set of its own (no set's size
	 * for other predicates; not "Twenty-two Republicans joined 46
	 * Democrats in voting for the bill": a count after the verb) */
	size_t v = h;
	if (h && h < cb && tok_is(&w->t[h], K_PLACE_PREP))
		for (v = h + 1; v < cb && v < h + 5 && !w->t[v].comma && !w->t[v].brk && !w->t[v].num &&
		     !fb_is_past_verb(x->cl, b + w->t[v].s, w->t[v].e - w->t[v].s); v++)
			;
	if (h && v < cb && x->no_measure && !s->predicate && qa == ca && !w->t[v].comma && !w->t[v].brk &&
	    !w->t[v].cap && !w->t[v].num && !w->t[v].kinds && fb_is_past_verb(x->cl, b + w->t[v].s, w->t[v].e - w->t[v].s) &&
	    (v + 1 >= cb || (!w->t[v + 1].num && !w->t[v + 1].cap)))
		scope_predicate_after(x->cl, b, w, v, cb, s, 1);
	/* "the two schools proposed for closure", "the 12 players named in the
	 * squad": a past participle and a preposition after the noun restrict
	 * the set, as a relative clause does */
	if (h && h + 1 < cb && !s->rel_verb && !w->t[h].comma && !w->t[h].brk && !w->t[h].cap && !w->t[h].num &&
	    !w->t[h].kinds && w->t[h].e - w->t[h].s > 4 &&
	    (fb_word_eq(b + w->t[h].e - 2, 2, "ed") || fb_word_eq(b + w->t[h].e - 2, 2, "en")) &&
	    !w->t[h + 1].comma && !w->t[h + 1].brk && tok_is(&w->t[h + 1], K_STOP) && !tok_is(&w->t[h + 1], K_DEFINITE) &&
	    qa > ca && (tok_is(&w->t[qa - 1], K_DEFINITE) || word_is(b, &w->t[qa - 1], "all"))) {
		s->rel_verb = scope_relative_verb(b, w, h, cb);
		if (!s->predicate)
			s->predicate = scope_lower_dup(b + w->t[h].s, w->t[h].e - w->t[h].s);
	}
}

/* A level's measure ("revenue rose to ..."): a sum only when the
 * company's own: "revenue rose to $3.9 billion" has no payer, and a
 * division's revenue or a rival's would meet it. */
static void fill_level(const clause *x, fb_scope *s)
{
	const fb_quantity *q = x->q;
	const fb_claim *k = x->k;
	if (q->kind == FB_QK_COUNT && (!k->measure || strcmp(k->measure, "rose") == 0 || strcmp(k->measure, "fell") == 0 ||
	    !s->head))
		scope_level_measure(x->cl, x->b, x->w, x->ca, x->qa, s, 0);
	else if (q->kind == FB_QK_MONEY && !k->measure)
		scope_level_measure(x->cl, x->b, x->w, x->ca, x->qa, s, 1); /* "its profit rose 18 percent, to $412 million" */
}

/* Determiner and role: the words before the number, a total noun, "one".
 * Returns whether a named holder's possessive makes the number the size
 * of a set ("Vance's 41 points"). */
static int fill_determiner(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	const fb_quantity *q = x->q;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	int no_measure = x->no_measure;
	s->determiner = FB_DET_BARE;
	s->role = FB_RO_TOTAL;
	int poss_set = 0; /* "Vance's 41 points": a named holder's set */
	if (qa > ca) {
		const tok *p = &w->t[qa - 1];
		if (tok_possessive(b, p)) {
			s->determiner = FB_DET_DEFINITE; /* "the state's 16 delegates" */
			/* "Vance's 41 points on Sunday included ...", "the fire's
			 * 38,000 acres": a holder's known set, whatever the verb */
			s->set_size = poss_set = no_measure && (q->kind == FB_QK_COUNT || q->kind == FB_QK_MEASURE) && qb < cb && !w->t[qb].comma && !w->t[qb].brk && !w->t[qb].num &&
			    !(qa >= ca + 2 && word_is(b, &w->t[qa - 2], "of")) &&
			    !(qa >= ca + 3 && word_is(b, &w->t[qa - 3], "of")); /* not a whole: "a third of the county's" */
		}
		else if (word_is(b, p, "all") || word_is(b, p, "both")) {
			s->determiner = FB_DET_UNIVERSAL;
			/* "All 44,000 contributors will be invited": the set's size
			 * (not "killing all four": the verb's own total) */
			s->set_size = qb < cb && !w->t[qb].comma && !w->t[qb].brk && !tok_is(&w->t[qb], K_STOP) &&
			    !w->t[qb].num;
			/* "killing all 17 people aboard": the verb's own total too */
			if (qa >= ca + 2) {
				const tok *v = &w->t[qa - 2];
				size_t vn = v->e - v->s;
				if (!v->cap && !v->comma && vn > 4 && (strncmp(b + v->e - 3, "ing", 3) == 0 ||
				    strncmp(b + v->e - 2, "ed", 2) == 0))
					s->set_size = 0;
			}
		}
		else if (word_is(b, p, "other") || word_is(b, p, "another") || word_is(b, p, "remaining"))
			s->role = FB_RO_PART; /* "the other five": what is left of a set */
		else if (tok_is(p, K_DEFINITE)) {
			s->determiner = FB_DET_DEFINITE;
			/* not the whole of "four of the 30" */
			s->set_size = !(qa >= ca + 2 && word_is(b, &w->t[qa - 2], "of"));
		}
		else if (tok_is(p, K_INDEFINITE))
			s->determiner = FB_DET_INDEFINITE;
		if (qa > ca + 1 && word_is(b, &w->t[qa - 2], "in") && word_is(b, p, "all")) {
			s->determiner = FB_DET_UNIVERSAL; /* "In all, 14 people" */
			s->set_size = 0; /* the total of its own verb */
		}
		if (qa > ca + 1 && (word_is(b, &w->t[qa - 2], "out") || word_is(b, &w->t[qa - 2], "of")) &&
		    word_is(b, p, "of"))
			s->determiner = FB_DET_DEFINITE; /* "out of 10": a whole */
		if (word_is(b, p, "of") && qa >= ca + 2 && w->t[qa - 2].num)
			s->determiner = FB_DET_DEFINITE; /* "11 of 16": the whole */
		/* "the survey of 1,204 voters", "the crowd of 5,000": a set's size
		 * (not "the voters of seven states": a plural's owners) */
		if (word_is(b, p, "of") && qa >= ca + 3 && tok_is(&w->t[qa - 3], K_DEFINITE) &&
		    !w->t[qa - 2].num && !w->t[qa - 2].cap && !tok_is(&w->t[qa - 2], K_STOP) &&
		    !tok_is(&w->t[qa - 2], K_TOTAL_NOUN) && !tok_is(&w->t[qa - 2], K_PLURAL) &&
		    !(b[w->t[qa - 2].e - 1] == 's' && b[w->t[qa - 2].e - 2] != 's')) {
			s->determiner = FB_DET_DEFINITE;
			s->set_size = 1;
		}
	}
	/* "The farmers, about 340 families, had argued": apposed to a definite
	 * subject that opens its clause, the same set */
	if (s->determiner == FB_DET_BARE && w->t[qa].comma && qa >= ca + 2 && qa <= ca + 3 &&
	    tok_is(&w->t[ca], K_DEFINITE) && !w->t[ca + 1].comma && !w->t[qa - 1].comma && !w->t[qa - 1].num)
		s->determiner = FB_DET_DEFINITE;
	/* "the toll was at least 20", "a total of 12": the size of a set */
	for (size_t i = qa; i > ca && i + 6 > qa && s->determiner == FB_DET_BARE; i--)
		if (tok_is(&w->t[i - 1], K_TOTAL_NOUN))
			s->determiner = FB_DET_DEFINITE;
	if (q->has_value && q->value == 1 && s->determiner != FB_DET_DEFINITE) {
		s->determiner = FB_DET_INDEFINITE; /* "one witness", "a single donor" */
		s->individual = !(qa > ca && word_is(b, &w->t[qa - 1], "only")); /* "only one" counts */
	}
	return poss_set;
}

/* "four of the five", "two of the dead", "11 of its 16": a part, and in
 * *whole_at where its whole stands. */
/* "Of the 34 injured officers, 19 were hurt on Saturday", "Among the 200
 * people on board, 141 were rescued": a set opening its sentence is split
 * by the counts after its comma, each a part of it (a count with no noun
 * of its own, or the set's own noun; not "17 were convicted on 40
 * counts"). */
static void fill_fronted_part(const clause *x, fb_scope *s, size_t *whole_at)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t qa = x->qa, qb = x->qb, o = 0;
	/* the sentence's first word, or the first after its dateline
	 * ("RIVERTON - Of the union's ...") */
	if (!word_is(b, &w->t[0], "of") && !word_is(b, &w->t[0], "among")) {
		o = 1;
		while (o < qa && o < 6 && !w->t[o].brk)
			o++;
		if (o >= qa || !w->t[o].cap)
			return;
	}
	if (x->q->kind != FB_QK_COUNT || s->determiner != FB_DET_BARE || qa < o + 3 ||
	    !(word_is(b, &w->t[o], "of") || word_is(b, &w->t[o], "among")))
		return;
	size_t j = o + 1;
	if (tok_is(&w->t[o + 1], K_DEFINITE) || tok_possessive(b, &w->t[o + 1]))
		j = o + 2;
	if (j == o + 2 && j + 1 < qa && !w->t[j].num && tok_possessive(b, &w->t[j]))
		j++; /* "Of the union's 8,100 members" */
	if (j >= qa || !(w->t[j].num || tok_is(&w->t[j], K_DIGIT_WORD)))
		return;
	size_t comma = 0; /* the first word after the set's comma */
	for (size_t i = j + 1; i <= qa && !comma; i++)
		if (w->t[i].comma || w->t[i].brk)
			comma = i;
	if (!comma)
		return;
	for (size_t i = j + 1; i < comma; i++)
		if (w->t[i].num)
			return; /* "Of the 46 people, 12 men and 20 women": which? */
	const tok *n = qb < w->n ? &w->t[qb] : NULL;
	const char *cls = n ? fb_class_of(x->cl, b + n->s, n->e - n->s) : NULL;
	int own_noun = n && !n->comma && !n->brk && !n->num && !n->cap &&
	    ((cls && strcmp(cls, "people") != 0) || (!cls && n->e - n->s > 3 && b[n->e - 1] == 's' && b[n->e - 2] != 's')) &&
	    !(j + 1 < w->n && n->e - n->s == w->t[j + 1].e - w->t[j + 1].s &&
	      strncmp(b + n->s, b + w->t[j + 1].s, n->e - n->s) == 0);
	if (own_noun)
		return;
	s->determiner = FB_DET_PARTITIVE;
	s->role = FB_RO_PART;
	s->set_size = s->individual = 0;
	*whole_at = w->t[j].s;
}

static void fill_part(const clause *x, fb_scope *s, size_t *whole_at)
{
	const char *b = x->b;
	const words *w = x->w;
	const fb_claim *k = x->k;
	size_t qb = x->qb, cb = x->cb;
	for (size_t i = qb; x->q->kind == FB_QK_COUNT && i + 1 < cb && i < qb + 3; i++) {
		if (w->t[i].comma)
			break;
		/* "lost 28 of their own soldiers": their own soldiers, no part */
		if (word_is(b, &w->t[i], "of") && i + 2 < cb && word_is(b, &w->t[i + 2], "own"))
			break;
		/* "6,500 people out of their homes", "out of the water": where
		 * they are, no part (but "out of 10", "out of the 40 aboard") */
		if (word_is(b, &w->t[i], "of") && i > qb && word_is(b, &w->t[i - 1], "out") &&
		    !(w->t[i + 1].num || tok_is(&w->t[i + 1], K_DIGIT_WORD) ||
		      (i + 2 < cb && (w->t[i + 2].num || tok_is(&w->t[i + 2], K_DIGIT_WORD)))))
			break;
		/* "380 of those detained": of a set named before */
		int those = (word_is(b, &w->t[i + 1], "those") || word_is(b, &w->t[i + 1], "these")) &&
		    !(i + 2 < cb && (w->t[i + 2].num || tok_is(&w->t[i + 2], K_DIGIT_WORD)));
		/* "23 of last year's killings": of a period's set */
		int period_set = i + 2 < cb && (word_is(b, &w->t[i + 1], "last") || word_is(b, &w->t[i + 1], "this")) &&
		    tok_possessive(b, &w->t[i + 2]);
		if (word_is(b, &w->t[i], "of") && ((tok_is(&w->t[i + 1], K_DEFINITE) && scope_set_after(b, w, i + 2, cb)) ||
		    word_is(b, &w->t[i + 1], "them") || those || w->t[i + 1].num ||
		    tok_possessive(b, &w->t[i + 1]) || period_set)) {
			s->determiner = FB_DET_PARTITIVE;
			s->role = FB_RO_PART;
			s->set_size = s->individual = 0;
			/* where the whole is: "of the 30", "of its 16", "of 16"; "of
			 * them" points back (SIZE_MAX - 1) */
			/* "of the nine members": a number word too */
			size_t wn = w->t[i + 1].num ? i + 1
			    : i + 2 < cb && (w->t[i + 2].num || tok_is(&w->t[i + 2], K_DIGIT_WORD)) ? i + 2 : 0;
			/* "of the state's 64 delegates": past the owner */
			if (!wn && i + 3 < cb && tok_is(&w->t[i + 1], K_DEFINITE) && tok_possessive(b, &w->t[i + 2]) &&
			    (w->t[i + 3].num || tok_is(&w->t[i + 3], K_DIGIT_WORD)))
				wn = i + 3;
			if (wn)
				*whole_at = w->t[wn].s;
			else if (those)
				*whole_at = SIZE_MAX - 1;
			else if (word_is(b, &w->t[i + 1], "them")) {
				*whole_at = SIZE_MAX - 1;
				if (!k->measure || strcmp(k->measure, "number") == 0)
					scope_predicate_after(x->cl, b, w, i + 2, cb, s, 1); /* "3,100 of them ride" */
			}
			break;
		}
		if (word_is(b, &w->t[i], "among") && i == qb)
			s->role = FB_RO_PART;
	}
	/* "Among the dead were five children and three police officers":
	 * some of a set named before */
	size_t ca = x->ca, qa = x->qa;
	if (qa >= ca + 3 && qa <= ca + 6 && word_is(b, &w->t[ca], "among") &&
	    (word_is(b, &w->t[qa - 1], "were") || word_is(b, &w->t[qa - 1], "was") || word_is(b, &w->t[qa - 1], "are") ||
	     word_is(b, &w->t[qa - 1], "is"))) {
		int plain = 1;
		for (size_t i = ca + 1; i + 1 < qa; i++)
			plain &= !w->t[i].num && !w->t[i].comma && !w->t[i].brk;
		if (plain)
			s->role = FB_RO_PART;
	}
	fill_fronted_part(x, s, whole_at);
}

/* The next word of b[*i, end): its bounds; 0 at the end. */
static int raw_word(const char *b, size_t *i, size_t end, size_t *ws, size_t *we)
{
	size_t j = *i;
	while (j < end && !fb_isalnum((unsigned char)b[j]))
		j++;
	if (j == end)
		return 0;
	*ws = j;
	while (j < end && (fb_isalnum((unsigned char)b[j]) || b[j] == '-'))
		j++;
	*we = *i = j;
	return 1;
}

/* Does the paragraph of sentence si open on one member picked from a set
 * ("In the largest operation, ...", "The third raid ...", "In another
 * attack, ...")? Its later sentences tell of that member ("Two soldiers
 * died in the exchange of fire"). */
static int para_picks_member(const fb_scoper *sc, const fb_doc *doc, size_t si)
{
	const fb_para *pa = &doc->para[doc->sent[si].para];
	if (pa->first_sent == si)
		return 0; /* its own clause says (fill_role) */
	const fb_sent *st = &doc->sent[pa->first_sent];
	const char *b = doc->buf;
	size_t i = st->start, ws, we;
	if (!raw_word(b, &i, st->end, &ws, &we))
		return 0;
	if (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "at") ||
	    fb_word_eq(b + ws, we - ws, "during") || fb_word_eq(b + ws, we - ws, "on"))
		if (!raw_word(b, &i, st->end, &ws, &we))
			return 0;
	if (fb_word_eq(b + ws, we - ws, "another"))
		return raw_word(b, &i, st->end, &ws, &we) && !is(sc, K_PERIOD, b + ws, we - ws);
	if (!fb_word_eq(b + ws, we - ws, "the") && !fb_word_eq(b + ws, we - ws, "a"))
		return 0;
	if (!raw_word(b, &i, st->end, &ws, &we) || !is(sc, K_SUPERLATIVE, b + ws, we - ws))
		return 0;
	/* (not "the first quarter", "the second half", "the first week") */
	return raw_word(b, &i, st->end, &ws, &we) && !fb_isdigit((unsigned char)b[ws]) &&
	       !fb_word_eq(b + ws, we - ws, "quarter") && !fb_word_eq(b + ws, we - ws, "half") &&
	       !is(sc, K_PERIOD, b + ws, we - ws);
}

/* A member picked from a set is a part; a threshold, a margin and a rate
 * have roles of their own. */
static void fill_role(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa;
	/* "At the largest hospital, 640 nurses voted": a superlative after a
	 * place preposition before the number picks one member of a set */
	for (size_t i = ca; i + 1 < qa; i++)
		if (tok_is(&w->t[i], K_PLACE_PREP))
			for (size_t j = i + 1; j < qa && j < i + 4 && !w->t[j].comma; j++)
				if (tok_is(&w->t[j], K_SUPERLATIVE) &&
				    !(j + 1 < w->n && (scope_ago_unit(b, &w->t[j + 1]) || word_is(b, &w->t[j + 1], "quarter") ||
				      word_is(b, &w->t[j + 1], "half"))))
					s->role = FB_RO_PART; /* not "in the first quarter": a time */
	/* "The first bomb went off near the station, killing 19": a clause
	 * whose subject is one member picked from a set ("the first", "the
	 * largest") counts for that member alone */
	if (qa > ca + 2 && (tok_is(&w->t[ca], K_DEFINITE) || tok_is(&w->t[ca], K_INDEFINITE)) &&
	    tok_is(&w->t[ca + 1], K_SUPERLATIVE) && !w->t[ca + 2].num && !scope_ago_unit(b, &w->t[ca + 2]) &&
	    !word_is(b, &w->t[ca + 2], "quarter") && !word_is(b, &w->t[ca + 2], "half"))
		s->role = FB_RO_PART;
	if (para_picks_member(x->sc, x->doc, x->k->sent))
		s->role = FB_RO_PART;
	/* "Our ship alone pulled 63 people out of the water": one doer's
	 * share, a part */
	for (size_t i = ca + 1; i + 1 < qa && i < ca + 6; i++) {
		if (w->t[i].comma || w->t[i].num)
			break;
		if (word_is(b, &w->t[i], "alone") && !w->t[i + 1].comma) {
			s->role = FB_RO_PART;
			break;
		}
	}
	/* "Car occupants accounted for 602 deaths": one part of a whole */
	if (qa >= ca + 2 && word_is(b, &w->t[qa - 1], "for") && tok_is(&w->t[qa - 2], K_PART_VERB) && !w->t[qa - 1].comma)
		s->role = FB_RO_PART;
	/* "the 10 most expensive lots", "the five largest plants", "the top
	 * 10 lots": members picked by rank are a part of the set */
	size_t qb = x->qb;
	if ((qb < x->cb && !w->t[qb].comma && !w->t[qb].brk && tok_is(&w->t[qb], K_SUPERLATIVE) &&
	     !word_is(b, &w->t[qb], "first") && !word_is(b, &w->t[qb], "main")) ||
	    (qa > ca && word_is(b, &w->t[qa - 1], "top") && qa >= ca + 2 && tok_is(&w->t[qa - 2], K_DEFINITE)))
		s->role = FB_RO_PART;
	/* "131 cases were in children under 10, and 81 in people aged 10 or
	 * older": a count said to be among some people is that part of the
	 * set */
	for (size_t j = qb, n = 0; j + 1 < x->cb && n < 4; j++, n++) {
		const tok *t = &w->t[j];
		if (t->comma || t->brk || t->num || t->cap)
			break;
		if (word_is(b, t, "in") || word_is(b, t, "among")) {
			const tok *u = &w->t[j + 1];
			const char *cls = u->comma || u->brk ? NULL : fb_class_of(x->cl, b + u->s, u->e - u->s);
			if (cls && fb_names_people(x->cl, cls))
				s->role = FB_RO_PART;
			break;
		}
		if (n > 0 && !(word_is(b, t, "were") || word_is(b, t, "was") || word_is(b, t, "are") || word_is(b, t, "is")))
			break; /* the noun, then a copula, then "in" */
	}
	if (s->function == FB_QF_THRESHOLD)
		s->role = FB_RO_THRESHOLD;
	else if (s->function == FB_QF_MARGIN) {
		s->role = FB_RO_MARGIN;
		/* "a 6-point win", "by 6 points": a margin counts its unit */
		if (x->q->kind == FB_QK_MEASURE && x->q->unit && (!s->head || strcmp(s->head, x->q->unit) != 0)) {
			free(s->head);
			s->head = fb_xstrdup(x->q->unit);
			s->own_head = 1;
		}
	}
	else if (s->function == FB_QF_RATE)
		s->role = FB_RO_AVERAGE;
}

/* mode: "if", "would" before it in its clause, or the sentence opens
 * with "If"; "could have died" after it; "every" before it */
static void fill_mode(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	s->mode = FB_MO_ASSERTED;
	if (w->n && w->whole && tok_is(&w->t[0], K_CONDITION))
		s->mode = FB_MO_HYPOTHETICAL; /* "If the bus had been full, ..." */
	for (size_t i = ca; i < qa; i++) {
		if (tok_is(&w->t[i], K_CONDITION) ||
		    (tok_is(&w->t[i], K_HYPOTHETICAL) && i + 1 < qa && word_is(b, &w->t[i + 1], "have")))
			s->mode = FB_MO_HYPOTHETICAL;
		else if (tok_is(&w->t[i], K_GENERIC))
			s->mode = FB_MO_GENERIC;
	}
	/* "more than 50 people could have died" (not "would cut 1,200 jobs":
	 * a plan reported, not a supposition) */
	for (size_t i = qb; i + 1 < cb && i < qb + 4; i++)
		if (tok_is(&w->t[i], K_HYPOTHETICAL) && (word_is(b, &w->t[i + 1], "have") || word_is(b, &w->t[i + 1], "be")) &&
		    !(word_is(b, &w->t[i + 1], "be") && i + 2 < cb && tok_is(&w->t[i + 2], K_DEFINITE | K_INDEFINITE)))
			s->mode = FB_MO_HYPOTHETICAL; /* "2.4 million ballots would be cast": a forecast; not
			                               * "the $60 billion would be the largest": what it is */
	/* "fit trackers on all ferries carrying more than 50 passengers",
	 * "any vessel with 12 or more people": a count in a phrase on a
	 * quantified noun is a class's threshold, no count of things */
	for (size_t i = qa; i > ca + 2 && i + 5 > qa; i--) {
		const tok *v = &w->t[i - 1];
		size_t vn = v->e - v->s;
		int link = word_is(b, v, "with") || (vn > 4 && strncmp(b + v->e - 3, "ing", 3) == 0);
		if (!link)
			continue;
		const tok *q = &w->t[i - 3];
		if (!w->t[i - 2].cap && !w->t[i - 2].num &&
		    (word_is(b, q, "all") || word_is(b, q, "any") || word_is(b, q, "every") || word_is(b, q, "each") ||
		     word_is(b, q, "no")))
			s->mode = FB_MO_GENERIC;
		break;
	}
	/* "demanded that the 133 people facing charges be freed": a bare
	 * "be" with no modal or "to" before it is a subjunctive, a wish */
	static const char *const modal[] = { "to", "will", "would", "can", "could", "may", "might", "must", "shall",
		"should", "cannot", "won't", "let" };
	for (size_t i = qb + 1; i < cb && i < qb + 8; i++) {
		if (!word_is(b, &w->t[i], "be") || w->t[i].comma || w->t[i].brk)
			continue;
		int m = 0; /* "will not all be", "would likely be" */
		for (size_t k = i; k-- > qb && k + 4 > i && !m;)
			for (size_t j = 0; j < sizeof modal / sizeof *modal && !m; j++)
				m = word_is(b, &w->t[k], modal[j]);
		if (!m)
			s->mode = FB_MO_HYPOTHETICAL;
		break;
	}
}

/* A figure superseded: a forecast or early report, a baseline, a
 * revision, what remains to be done. */
static void fill_superseded(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	scope_forecast_superseded(b, w, ca, qa, s);
	/* "5.1 percent larger than this year's $1.21 billion plan", "more
	 * than the $31 million spent last year": a baseline the comparison is
	 * made against, another time (not "more than 800": a hedge, with the
	 * number right after "than"; "than the current year's $2.06 billion
	 * budget": up to four words between) */
	for (size_t i = qa; i > ca && i + 5 > qa; i--) {
		const tok *t = &w->t[i - 1];
		if (word_is(b, t, "than")) {
			const tok *d = &w->t[i];
			if (i < qa && !d->comma && (tok_is(d, K_DEFINITE) ||
			    tok_possessive(b, d)))
				s->superseded = 3;
			break;
		}
		if (t->num || t->comma || t->brk)
			break;
	}
	/* "surpassing the 633,000 cast four years ago", "eclipsing the 26
	 * achieved in 1988": the figure weighed against, a baseline too */
	if (qa >= ca + 2 && (tok_is(&w->t[qa - 1], K_DEFINITE) || tok_possessive(b, &w->t[qa - 1])) &&
	    tok_is(&w->t[qa - 2], K_COMPARE) && !w->t[qa - 1].comma)
		s->superseded = 3;
	/* "31 this year, compared with 17 in all of last year": the figure
	 * weighed against */
	if (qa >= ca + 2 && (word_is(b, &w->t[qa - 1], "with") || word_is(b, &w->t[qa - 1], "to")) &&
	    word_is(b, &w->t[qa - 2], "compared") && !w->t[qa - 1].comma)
		s->superseded = 3;
	if (w->whole && scope_revised_after(w, qb))
		s->superseded = 1;
	/* "the confirmed toll had risen to 31", "climbed to 31 by noon": the
	 * level a rise reached (up to three words between the verb and "to") */
	if (qa >= ca + 2 && word_is(b, &w->t[qa - 1], "to") && !w->t[qa - 1].comma)
		for (size_t i = qa - 1; i > ca && i + 4 >= qa; i--) {
			if (tok_is(&w->t[i - 1], K_RISE)) {
				s->risen = 1;
				break;
			}
			if (w->t[i - 1].comma || w->t[i - 1].num || w->t[i].comma)
				break;
		}
	/* "120,000 ballots still to be counted", "71,000 left to count": what
	 * remains is no count of what was done (nor of what was superseded) */
	size_t rlim = cb < qb + 3 ? cb : qb + 3;
	for (size_t i = qb; i < rlim; i++) {
		const tok *t = &w->t[i];
		if (t->comma || word_is(b, t, "and"))
			break; /* not "killed five people and left 30,000 homes" */
		if ((tok_is(t, K_REMAINDER) && i <= qb + 1) ||
		    ((word_is(b, t, "still") || word_is(b, t, "yet")) && i + 1 < cb &&
		     (word_is(b, &w->t[i + 1], "to") || tok_is(&w->t[i + 1], K_REMAINDER))))
			s->superseded = 2;
	}
}

/* A size's measure ("employs 19,400"): returns the size's subject
 * (owned), or NULL. (A headline's present verb is the claims stage's:
 * present_measure().) */
static char *fill_measure(const clause *x, fb_scope *s)
{
	size_t ca = x->ca, qa = x->qa;
	char *size_subject = NULL;
	if (x->q->kind == FB_QK_COUNT) {
		const char *sz = scope_size_measure(x->sc, x->b, x->w, ca, qa);
		if (sz) {
			s->measure = sz;
			s->set_size = 0; /* its own measure: no guest elsewhere */
			size_subject = scope_subject_of(x->sc, x->mid, x->b, x->w, ca, qa - 1);
		}
	}
	return size_subject;
}

/* holder: the clause's first name before the number that is no place;
 * place: a name after in/at/near; a name right before the head noun
 * ("24 Oklahoma delegates") is a place too. Returns the last name read
 * before the number that neither holds nor places it (owned), or NULL. */
/* "The 23 injured were taken to hospitals in Pardee": a place phrase
 * after the number that follows institutions (data/institutions.txt:
 * "hospitals", "shelters") says where those are, not where the counted
 * happened ("were killed in Varnesk", "knocked on doors in Milwaukee"
 * keep theirs). */
static int other_nouns_place(const clause *x, size_t i)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t p = i - 1; /* the preposition, or "the" after it */
	if (i < 2 || i <= x->qb)
		return 0;
	if (word_is(b, &w->t[p], "the") && p > x->qb)
		p--;
	if (p <= x->qb)
		return 0;
	const tok *v = &w->t[p - 1];
	size_t n = v->e - v->s;
	if (v->cap || v->num || n < 4 || b[v->e - 1] != 's' || b[v->e - 2] == 's' || w->t[p].comma ||
	    (x->k->noun_start <= v->s && v->e <= x->k->noun_end))
		return 0;
	return fb_lexicon_get(x->sc->insts, b + v->s, n - 1) != NULL;
}

static char *fill_names(const clause *x, int headline, fb_scope *s)
{
	const fb_scoper *sc = x->sc;
	const fb_lexicon *mid = x->mid, *pn = x->pn;
	const char *b = x->b;
	const words *w = x->w;
	const fb_quantity *q = x->q;
	const fb_claim *k = x->k;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	char *last_name = NULL;
	size_t last_end = SIZE_MAX; /* the word after the last name read, and */
	int last_held = 0;           /* whether that name holds the number */
	int last_placey = 0;         /* whether a place preposition led to it */
	/* "Of the 312,000 foreign-born residents, about 41 percent lived in
	 * Santa Mirel": the whole opening its sentence before a share of it
	 * has the names of its own phrase only (the share's place is the
	 * share's) */
	if (qa == ca + 2 && word_is(b, &w->t[ca], "of") && word_is(b, &w->t[ca + 1], "the"))
		for (size_t i = qb; i < cb; i++)
			if (w->t[i].comma || w->t[i].brk) {
				size_t j = i;
				while (j < cb && j < i + 3 && !w->t[j].num)
					j++; /* past "about", "some" */
				if (j < cb && w->t[j].num && (b[w->t[j].e] == '%' ||
				    (j + 1 < cb && word_is(b, &w->t[j + 1], "percent"))))
					cb = i;
				break;
			}
	/* "It had destroyed 9 homes, which are not included in the Hatcher
	 * Fire count": an aside on the noun names no place or holder of the
	 * number */
	for (size_t i = qb + 1; i < cb; i++)
		if (w->t[i].comma && (word_is(b, &w->t[i], "which") || word_is(b, &w->t[i], "who"))) {
			cb = i;
			break;
		}
	for (size_t i = headline ? cb : ca; i < cb;) {
		/* a place phrase opens the clause ("In Darsan, ...") or follows
		 * the number ("killed in Varnesk"): a name before the number in
		 * another phrase ("struck the town of Varnesk, killing 31") may
		 * be where the whole happened, not this part */
		if (i > qb && scope_since_frame(b, w, i, cb))
			break; /* "the most since 2019, in the capital": the comparison's */
		size_t pe = scope_place_at(sc, pn, b, w, i, ca, cb);
		/* (not "A combined 214 delegates are at stake, with 98 in
		 * Kelland": a place after ", with" and another number is that
		 * number's) */
		int later_num = 0;
		for (size_t j = qb + 1; j + 1 < i && !later_num; j++)
			later_num = w->t[j].num && word_is(b, &w->t[j - 1], "with") && w->t[j - 1].comma;
		int where = pe && (i >= qb || i <= ca + 2) && !other_nouns_place(x, i) && !later_num;
		if (pe && tok_is(&w->t[i], K_COMPASS) && !w->t[i].cap && w->t[i + 1].cap)
			i++; /* "in northern Velastra": the name is the place */
		if (where && !s->place && !scope_name_word(sc, mid, b, w, i)) {
			/* "in the northern province"; not a capitalised opener alone
			 * ("in The ...") */
			size_t from = word_is(b, &w->t[i], "the") ? i + 1 : i;
			if (from < pe && !w->t[from].cap) {
				s->place = scope_lower_dup(b + w->t[from].s, w->t[pe - 1].e - w->t[from].s);
				s->place_opens = i <= ca + 2 && i < qa;
			}
			i = pe;
			continue;
		}
		if (!scope_name_word(sc, mid, b, w, i)) {
			/* "capsized on Lake Orin": a place phrase elsewhere in the
			 * clause, whose later words hold nothing either */
			i = pe && w->t[i].cap ? pe : i + 1;
			continue;
		}
		size_t next;
		char *nm = scope_name_at(sc, mid, b, w, i, cb, &next);
		const tok *prev = i > ca ? &w->t[i - 1] : NULL;
		/* "Maple Grove Elementary": an institution, read whole (a place
		 * when where it stands makes it one: "At St Anne's Hospital, 240
		 * patients waited"), never the place 'Elementary' */
		int inst = fb_lexicon_get(sc->insts, b + w->t[next - 1].s, w->t[next - 1].e - w->t[next - 1].s) != NULL &&
		    next - 1 > i;
		if (inst) {
			free(nm);
			nm = fb_fold_text(b + w->t[i].s, w->t[next - 1].e - w->t[i].s);
		}
		int place = where || (prev && tok_is(prev, K_COMPASS) && !prev->cap) || /* "struck southern Varnesh" */
		    (i >= qb && i <= qb + 4 && !q->unit && prev && word_is(b, prev, "from")) || /* "the 18 votes from Ohio" */
		    (i >= qb && k->noun_start > w->t[i].s && k->noun_start <= w->t[next - 1].e + 1) ||
		    (i >= qb && next < cb && k->noun_end && w->t[next].s == k->noun_start);
		/* "The Lakes region has recorded 24 deaths", "..., and the
		 * Coastal region 12": a name with a place noun opening the
		 * clause (or a conjunct of it) before the number is where it
		 * counts */
		size_t op = i > ca && word_is(b, &w->t[i - 1], "the") ? i - 1 : i; /* the phrase's first word */
		int conjunct = op >= ca + 2 && word_is(b, &w->t[op - 1], "and") && w->t[op - 1].comma; /* (a comma before "and") */
		if (!place && next < qa && !w->t[next - 1].comma && !w->t[next - 1].brk &&
		    (op == ca || (op == ca + 1 && word_is(b, &w->t[ca], "and")) || conjunct)) {
			/* (a lower-case noun: "Harbor City" or "Penn State" may be a team) */
			size_t end = next < cb && !w->t[next].cap && scope_place_noun(pn, b, &w->t[next]) ? next + 1 : 0;
			if (end) { /* the name alone, as "in the Lakes region" gives it */
				next = end;
				place = 1;
				if (conjunct) { /* "..., and the Coastal region 12": this conjunct's own */
					free(s->place);
					s->place = NULL;
				}
			}
		}
		/* "Pryce said ...": who speaks holds nothing */
		/* (but "Bell added 11 assists": a count added, no speech; "the
		 * ministry says 212 were killed" speaks) */
		int speaks = next < cb && tok_is(&w->t[next], K_SPEECH) &&
		    !((word_is(b, &w->t[next], "added") || word_is(b, &w->t[next], "adds")) &&
		      (next + 1 == qa || (next + 1 < cb && w->t[next + 1].num))) &&
		    /* "reported raising $2.9 million", "reported $1.4 million on
		     * hand": what one reports of oneself is one's own */
		    !(next + 1 < cb && (word_is(b, &w->t[next], "reported") || word_is(b, &w->t[next], "reports")) &&
		      (next + 1 == qa || (next + 2 == qa && w->t[next + 1].e - w->t[next + 1].s > 4 &&
		      strncmp(b + w->t[next + 1].e - 3, "ing", 3) == 0)));
		/* "Gil Ortega, who cast the lone no vote, said ...", "Ortega, a
		 * board member, said": past an aside between commas */
		for (size_t j = next + 1; !speaks && next < cb && w->t[next].comma && j < cb && j < next + 12 && j < qa &&
		     !w->t[j].brk; j++)
			if (w->t[j].comma) { /* (a comma before it) */
				speaks = tok_is(&w->t[j], K_SPEECH);
				break;
			}
		/* "Rival Northway Airlines said it had canceled 85 flights": a
		 * name whose report's subject is "it" speaks of what it did */
		if (speaks && next + 1 < qa) {
			size_t p = next + 1;
			if (word_is(b, &w->t[p], "that") && p + 1 < qa)
				p++;
			if (!w->t[p].comma && !w->t[p].brk && word_is(b, &w->t[p], "it"))
				speaks = 0;
		}
		int after_prep = prev && (tok_is(prev, K_PLACE_PREP) || word_is(b, prev, "of") ||
		    (tok_is(prev, K_COMPASS) && i >= ca + 2 && tok_is(&w->t[i - 2], K_PLACE_PREP)) ||
		    word_is(b, prev, "on") || word_is(b, prev, "over") || /* "sank on Lake Varo" */
		    word_is(b, prev, "the") || word_is(b, prev, "against") ||
		    (tok_is(prev, K_INDEFINITE) && prev->comma)); /* ", a Republican," says what, not whose */
		/* "The Red Line, the system's busiest, averaged 241,000", "The
		 * Green Line carried 122,000": a name opening the clause after
		 * "The", then an apposition or a past verb, is its subject */
		/* (past an opening phrase, "To the south, the Sable Creek Fire
		 * has"; past the name's own place, "the Juniper Ridge Fire in
		 * Keswick County grew") */
		size_t vn = next;
		if (vn + 1 < qa && !w->t[vn].comma && (word_is(b, &w->t[vn], "in") || word_is(b, &w->t[vn], "near")) &&
		    w->t[vn + 1].cap) {
			vn++;
			while (vn < qa && w->t[vn].cap && !(vn > next + 1 && w->t[vn].comma))
				vn++;
		}
		if (prev && (i == ca + 1 || prev->comma) && word_is(b, prev, "the") && vn < cb && vn < qa &&
		    (w->t[vn].comma || (!w->t[vn].cap && w->t[vn].e - w->t[vn].s > 3 &&
		     b[w->t[vn].e - 2] == 'e' && b[w->t[vn].e - 1] == 'd') ||
		     /* "The Juniper Ridge Fire grew to", "The Sable Creek Fire has
		      * blackened" */
		     fb_is_past_verb(x->cl, b + w->t[vn].s, w->t[vn].e - w->t[vn].s) ||
		     word_is(b, &w->t[vn], "has") || word_is(b, &w->t[vn], "had") ||
		     word_is(b, &w->t[vn], "have"))) {
			/* (no other name or pronoun before the number: not "The Harbor
			 * Tribune endorsed Marsh on Sunday, saying her lead had grown
			 * to 12 points") */
			int other = 0;
			for (size_t j = vn; j < qa && !other; j++)
				other = tok_is(&w->t[j], K_PRONOUN) || word_is(b, &w->t[j], "their") ||
				    word_is(b, &w->t[j], "its") || (j > vn && scope_name_word(sc, mid, b, w, j));
			if (!other)
				after_prep = 0;
		}
		/* "a Lamont County jury", "its Pell River plant": a name used as
		 * a noun's modifier after an article or a possessive says which
		 * thing, not whose the number is */
		if (prev && next < cb && (tok_is(prev, K_INDEFINITE) || word_is(b, prev, "its") || word_is(b, prev, "his") ||
		    word_is(b, prev, "her") || word_is(b, prev, "their") || word_is(b, prev, "our")) &&
		    !w->t[next].cap && !w->t[next].num && !w->t[next].comma && !w->t[next].brk && !tok_is(&w->t[next], K_STOP))
			after_prep = 1;
		/* "Democratic Senate candidate Dana Ferrin raised": a name
		 * before a title's noun and the person's name says which office
		 * (not "Ferrin told reporters Monday") */
		if (!after_prep && next + 1 < cb && next + 1 < qa && !w->t[next].cap && !w->t[next].num &&
		    !w->t[next].comma && !w->t[next].brk && !tok_is(&w->t[next], K_STOP) &&
		    !tok_is(&w->t[next], K_SPEECH) && !tok_is(&w->t[next], K_AUX) && w->t[next + 1].cap &&
		    !w->t[next + 1].comma && !w->t[next + 1].brk && !tok_is(&w->t[next + 1], K_MONTH) &&
		    !tok_is(&w->t[next + 1], K_WEEKDAY) && !tok_is(&w->t[next + 1], K_STOP)) {
			const tok *u = &w->t[next];
			size_t ul = u->e - u->s;
			after_prep = ul > 3 && b[u->e - 1] != 's' && !(b[u->e - 2] == 'e' && b[u->e - 1] == 'd');
		}
		/* "In a dissent joined by Justice Albers, Voss wrote ...": a name
		 * inside the clause's opening phrase, before its comma */
		if (!after_prep && i > ca && i < qa && tok_is(&w->t[ca], K_PLACE_PREP)) {
			int open = 1;
			for (size_t j = ca + 1; j <= i && open; j++)
				open = !w->t[j].comma && !w->t[j].brk;
			after_prep = open && next < qa && w->t[next].comma;
		}
		/* "in the cities of Kirsa and Davar": a name coordinated with one
		 * that holds nothing holds nothing either */
		int joint = 0;
		if (!after_prep && prev && i >= ca + 2 && (word_is(b, prev, "and") || word_is(b, prev, "or")) &&
		    last_end == i - 1 && !last_held)
			after_prep = joint = 1;
		/* "hit the towns of Mirsk and Tolna, killing 20": the number
		 * counts in both, the place of neither alone */
		if (joint && last_placey && last_name && !s->place && i < qa && w->t[i - 2].cap) {
			char *both = fb_xasprintf("%s and %s", last_name, nm);
			free(nm);
			nm = both;
			place = 1;
		}
		/* "emergency crews, National Guard members and volunteers had
		 * carried out 1,410 rescues": a name before a plural noun of
		 * people is that noun's modifier, and holds nothing */
		if (!after_prep && next < qa && !w->t[next].cap && !w->t[next].num && !w->t[next].comma &&
		    !w->t[next].brk && w->t[next].e - w->t[next].s > 3 && b[w->t[next].e - 1] == 's') {
			const char *cls = fb_class_of(x->cl, b + w->t[next].s, w->t[next].e - w->t[next].s);
			after_prep = (cls && fb_names_people(x->cl, cls)) || word_is(b, &w->t[next], "members");
		}
		/* "the race between Senator Whitcomb and Navarro": its parties
		 * hold nothing of the number */
		for (size_t j = ca; j < i && !after_prep; j++)
			after_prep = word_is(b, &w->t[j], "between");
		/* "Of Adeyemi's 48,306 votes": a possessive name right before
		 * the number holds it, whatever preposition leads to it */
		int owner = next == qa && tok_possessive(b, &w->t[next - 1]);
		if (owner)
			after_prep = 0;
		last_end = next;
		last_held = !place && !after_prep && !speaks && i < qa && !s->holder;
		last_placey = prev && (tok_is(prev, K_PLACE_PREP) || (word_is(b, prev, "of") && i >= ca + 2 &&
		    scope_place_noun(pn, b, &w->t[i - 2])));
		if (place && !s->place) {
			s->place = nm, nm = NULL;
			s->place_opens = where && i <= ca + 2 && i < qa;
		}
		else if (!place && !after_prep && !speaks && i < qa && (!s->holder || owner)) {
			/* "Otters coach Dale Marsh said of Lindahl's 41 saves": the
			 * owner right before the number holds it, not the clause's
			 * first name */
			free(s->holder);
			s->holder = nm, nm = NULL;
		}
		else if (!place && i < qa) {
			free(last_name);
			last_name = nm, nm = NULL;
		}
		free(nm);
		i = next;
	}
	return last_name;
}

/* "Lind has won 11 of the state's 38 delegates": a count after a common
 * noun's possessive is that noun's, not the clause subject's. Returns
 * whether the number is so owned. */
static int fill_owned(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa;
	int owned = 0;
	if (qa > ca) {
		const tok *p = &w->t[qa - 1];
		owned = !p->cap && tok_possessive(b, p);
		if (owned) {
			free(s->holder);
			s->holder = NULL;
			/* "the Kerrow camp's 41,000 residents", "the Ashford plant's
			 * 380 workers": the name before the noun is the holder */
			if (qa >= ca + 2 && scope_name_word(x->sc, x->mid, b, w, qa - 2) && !w->t[qa - 1].comma) {
				size_t nx;
				s->holder = scope_name_at(x->sc, x->mid, b, w, qa - 2, qa - 1, &nx);
			}
		}
	}
	return owned;
}

/* "the 280,000 refugees in his country": the possessive name's place */
static void fill_home(const clause *x, fb_scope *s)
{
	char *home = x->q->kind == FB_QK_COUNT ? scope_home_place(x->sc, x->mid, x->b, x->w, x->qb, x->cb) : NULL;
	if (home) {
		if (s->holder && strcmp(s->holder, home) == 0) {
			free(s->holder);
			s->holder = NULL;
		}
		free(s->place);
		s->place = home;
	}
}

/* "the Southline extension, which opened $120 million over its $1.3
 * billion budget": a budget or cost (data/owned-sums.txt) after "its"
 * is the nearest thing named before it; "the arena ended up costing
 * $580 million, against a budget of $450 million": the subject's. May
 * take *last_name. */
static void fill_sum_owner(const clause *x, int owned, char **last_name, fb_scope *s)
{
	const fb_scoper *sc = x->sc;
	const fb_lexicon *mid = x->mid;
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	if (x->q->kind == FB_QK_MONEY && scope_owned_sum(sc, b, w, qa, qb, cb)) {
		char *own = NULL;
		if (qa > ca && (word_is(b, &w->t[qa - 1], "its") || word_is(b, &w->t[qa - 1], "their"))) {
			own = *last_name, *last_name = NULL;
			if (!own) {
				size_t nx;
				for (size_t j = qa - 1; j > ca && !own; j--)
					if (scope_name_word(sc, mid, b, w, j - 1)) {
						size_t a = j - 1;
						while (a > ca && scope_name_word(sc, mid, b, w, a - 1) && !w->t[a].comma)
							a--;
						own = scope_name_at(sc, mid, b, w, a, j, &nx);
					}
			}
		} else if (!s->holder && !owned && qa >= ca + 4 && word_is(b, &w->t[qa - 1], "of") &&
		    tok_is(&w->t[qa - 3], K_INDEFINITE) && scope_frame_prep(b, &w->t[qa - 4]) && !w->t[qa - 3].brk) {
			/* "against a budget of": a budget the clause's subject is
			 * measured against (not "approved a budget of": its object) */
			size_t v = ca + 1;
			while (v < qa && !w->t[v].comma && !w->t[v].brk)
				v++;
			own = scope_subject_of(sc, mid, b, w, ca, v);
		}
		if (own) {
			free(s->holder);
			s->holder = own;
			if (s->place && strcmp(s->place, own) == 0) {
				free(s->place);
				s->place = NULL;
			}
		}
	}
}

/* "Denton, Ohio, with 480; and Brinton, Ga., with 420": a list's
 * count after "with" is the name's before it, of the list's noun */
static void fill_list_holder(const clause *x, fb_scope *s)
{
	const fb_scoper *sc = x->sc;
	const fb_lexicon *mid = x->mid;
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	if (x->q->kind == FB_QK_COUNT && x->no_measure && s->head && qa >= ca + 2 && word_is(b, &w->t[qa - 1], "with") &&
	    w->t[qa - 1].comma && scope_name_word(sc, mid, b, w, qa - 2) && (qb >= cb || w->t[qb].comma || w->t[qb].brk ||
	    word_is(b, &w->t[qb], "and"))) {
		size_t first = qa - 1, nx;
		while (first > ca && scope_name_word(sc, mid, b, w, first - 1) && !w->t[first].brk &&
		    !tok_is(&w->t[first - 1], K_STOP))
			first--; /* "Denton, Ohio,": back to the run's first name */
		free(s->holder);
		s->holder = scope_name_at(sc, mid, b, w, first, qa - 1, &nx);
		s->own_head = 1; /* compared as a count of the list's noun */
	}
}

/* The parts a breakdown names by common nouns: "Construction's 24,000
 * jobs" opening its sentence (capitalised only there), "followed by
 * leisure and hospitality with 38,000 and construction with 24,000": each
 * is that part's (its holder), not the whole's. */
static void fill_part_holder(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	if (s->holder || x->q->kind != FB_QK_COUNT || qa <= ca)
		return;
	const tok *p = &w->t[qa - 1];
	/* "Construction's", "Health care's": the sentence's first words */
	if (w->whole && tok_possessive(b, p) && qa <= 2 && w->t[0].cap && !tok_is(&w->t[0], K_STOP) &&
	    !tok_is(p, K_WEEKDAY | K_MONTH | K_PERIOD) && /* "Saturday's 112 arrests": a time */
	    (qa == 1 || (!p->cap && !w->t[1].comma)) && !scope_name_word(x->sc, x->mid, b, w, 0)) {
		s->holder = scope_lower_dup(b + w->t[0].s, p->e - 2 - w->t[0].s);
		return;
	}
	/* "and construction with 24,000": no noun after the number, the
	 * item ending there */
	if (!x->no_measure || qa < ca + 3 || !word_is(b, p, "with") || p->comma ||
	    !(qb >= cb || w->t[qb].comma || w->t[qb].brk || word_is(b, &w->t[qb], "and")))
		return;
	size_t e = qa - 1, a = e;
	while (a > ca && a + 3 > e && !w->t[a].comma && !w->t[a - 1].cap && !w->t[a - 1].num &&
	    !word_is(b, &w->t[a - 1], "and") && !word_is(b, &w->t[a - 1], "by") && !tok_is(&w->t[a - 1], K_STOP))
		a--;
	if (a == e || a == ca || !(w->t[a].comma || word_is(b, &w->t[a - 1], "and") || word_is(b, &w->t[a - 1], "by")))
		return;
	/* "leisure and hospitality": a pair joined by "and" before "with" */
	if (a >= ca + 2 && word_is(b, &w->t[a - 1], "and") && !w->t[a - 2].cap && !w->t[a - 2].num &&
	    !tok_is(&w->t[a - 2], K_STOP) && !w->t[a - 1].comma && a - 2 > ca &&
	    (word_is(b, &w->t[a - 3], "by") || w->t[a - 2].comma))
		a -= 2;
	s->holder = scope_lower_dup(b + w->t[a].s, w->t[e - 1].e - w->t[a].s);
}

/* "the pace set by Sen. Alma Rooke, who had raised $9.2 million": a
 * number in a relative clause on a name is that name's; so is one the
 * name's own verb gives past such a clause ("The Northline, which opened
 * in 2012, cost $1.1 billion") */
static void fill_relative_holder(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	int closed = 0; /* past the comma that closes the clause */
	for (size_t i = x->qa; i-- > 1;) {
		const tok *t = &w->t[i];
		if (!word_is(b, t, "who") && !word_is(b, t, "which")) {
			if (t->brk || (t->comma && closed) || tok_is(t, K_SPEECH))
				return; /* "the Courier, which reported that ...": what it reports */
			if (t->comma) {
				/* the verb right after the clause, nothing between */
				for (size_t j = i; j < x->qa; j++)
					if (w->t[j].cap || tok_is(&w->t[j], K_SPEECH) || w->t[j].num)
						return;
				closed = 1;
			}
			continue;
		}
		/* (past an age: "Lionel Sallow, 48, who was convicted on 19
		 * counts") */
		if (t->comma && i >= 2 && w->t[i - 1].num && w->t[i - 1].comma && w->t[i - 1].e - w->t[i - 1].s <= 3)
			i--;
		if (!t->comma || !scope_name_word(x->sc, x->mid, b, w, i - 1))
			return;
		size_t j = i - 1, nx;
		while (j > 0 && !w->t[j].comma && !w->t[j].brk && scope_name_word(x->sc, x->mid, b, w, j - 1))
			j--;
		if (j > 0 && w->t[j].comma && scope_name_word(x->sc, x->mid, b, w, j - 1))
			return; /* "in Selby, Ont., which employs 510": a place's name in two parts */
		char *nm = scope_name_at(x->sc, x->mid, b, w, j, i, &nx);
		if (nm) {
			free(s->holder);
			s->holder = nm;
		}
		return;
	}
}

/* "The Denton plant opened in 1991. Its 480 workers ...": a sentence
 * that opens with "Its" holds for the first name of the sentence
 * before it in the paragraph */
/* "The FHM ... acknowledged losing 12 of its own men": the set of the
 * sentence's first name, not of whoever else counts men. */
static void fill_own_holder(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t qb = x->qb;
	if (s->holder || !w->whole || qb + 2 >= x->cb || !word_is(b, &w->t[qb], "of") ||
	    !word_is(b, &w->t[qb + 2], "own") ||
	    !(word_is(b, &w->t[qb + 1], "its") || word_is(b, &w->t[qb + 1], "their")))
		return;
	for (size_t i = 0; i < x->qa && !s->holder; i++)
		if (scope_name_word(x->sc, x->mid, b, w, i)) {
			size_t nx;
			s->holder = scope_name_at(x->sc, x->mid, b, w, i, x->qa, &nx);
		}
}

static void fill_its_holder(const clause *x, fb_scope *s)
{
	const fb_doc *doc = x->doc;
	const fb_claim *k = x->k;
	const char *b = x->b;
	const words *w = x->w;
	if (!s->holder && w->whole && x->qa == 1 && word_is(b, &w->t[0], "its") && k->sent > 0 &&
	    doc->sent[k->sent - 1].para == doc->sent[k->sent].para) {
		words *pw = fb_xcalloc(1, sizeof *pw);
		scope_tokenize(x->sc, b, doc->sent[k->sent - 1].start, doc->sent[k->sent - 1].end, pw);
		pw->whole = 1;
		for (size_t i = 0; i < pw->n && !s->holder; i++)
			if (scope_name_word(x->sc, x->mid, b, pw, i)) {
				size_t nx;
				s->holder = scope_name_at(x->sc, x->mid, b, pw, i, pw->n, &nx);
			}
		free(pw);
	}
}

/* The last name read before the number (owned, freed here) after "its"
 * is the place, or near a pronoun the holder. */
static void fill_pronoun_names(const clause *x, char *last_name, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	/* "wins Ohio and its 18 electoral votes": the thing named before "its" */
	if (!s->place && last_name && qa > ca && word_is(b, &w->t[qa - 1], "its"))
		s->place = last_name, last_name = NULL;
	/* "Okonjo's aides said the 24 delegates he won": a pronoun near the
	 * number holds for the last person named before it */
	if (!s->holder && last_name) {
		for (size_t i = qa > ca + 1 ? qa - 2 : ca; i < cb && i < qb + 4; i++)
			if (tok_is(&w->t[i], K_PRONOUN)) {
				s->holder = last_name, last_name = NULL;
				break;
			}
	}
	free(last_name);
	/* "Norvane Systems, the maker of sensors, ... said it would eliminate
	 * 1,200 jobs": "it" or "he" as the subject right before the number's
	 * verb stands for the name that opens the sentence */
	if (!s->holder && w->whole && qa >= 3 && qa < w->n)
		for (size_t i = qa - 1; i > 0 && i + 4 > qa; i--) {
			const tok *t = &w->t[i];
			if (t->comma || t->brk || t->num)
				break;
			if (!(word_is(b, t, "it") || word_is(b, t, "he") || word_is(b, t, "she")))
				continue;
			const tok *v = &w->t[i - 1];
			if (!tok_is(v, K_SPEECH) && !word_is(b, v, "that"))
				break; /* "said it would", "said that he had" */
			size_t nx;
			if (scope_name_word(x->sc, x->mid, b, w, 0) || (w->n > 1 && scope_name_word(x->sc, x->mid, b, w, 1)))
				s->holder = scope_name_at(x->sc, x->mid, b, w, scope_name_word(x->sc, x->mid, b, w, 0) ? 0 : 1, i, &nx);
			break;
		}
}

/* "A coalition of Civic Union and Green Future would command 165 seats",
 * "Together, Harlow and Brandt hold 61 percent": the name holding the
 * number, right after another name and "and", holds it with that one
 * ("Union and Future"), not alone ("Green Future's 37 seats"). */
static void fill_joint_holder(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	if (!s->holder || strstr(s->holder, " and "))
		return;
	for (size_t i = x->ca; i < x->qa; i++) {
		if (!scope_name_word(x->sc, x->mid, b, w, i) || (i > 0 && scope_name_word(x->sc, x->mid, b, w, i - 1) &&
		    !w->t[i].comma && !w->t[i].brk))
			continue; /* the first word of a run */
		size_t nx;
		char *nm = scope_name_at(x->sc, x->mid, b, w, i, x->qa, &nx);
		int same = nm && strcmp(nm, s->holder) == 0;
		free(nm);
		if (!same)
			continue;
		if (i < 2 || w->t[i].comma || w->t[i].brk || w->t[i - 1].comma || w->t[i - 1].brk ||
		    !word_is(b, &w->t[i - 1], "and") || !scope_name_word(x->sc, x->mid, b, w, i - 2))
			return;
		size_t r = i - 2;
		while (r > 0 && scope_name_word(x->sc, x->mid, b, w, r - 1) && !w->t[r].comma && !w->t[r].brk)
			r--;
		char *first = scope_name_at(x->sc, x->mid, b, w, r, i - 1, &nx);
		if (first && strcmp(first, s->holder) != 0) {
			char *both = fb_xasprintf("%s and %s", first, s->holder);
			free(s->holder);
			s->holder = both;
		}
		free(first);
		return;
	}
}

/* Whether the number is the size of a set other predicates may be
 * compared with: restricted, a contact clause's, a harm's own set, or a
 * running total reached. */
static void fill_set_size(const clause *x, int contact, int poss_set, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	const fb_claim *k = x->k;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	/* (and "the 603 respondents the pollsters classified as likely
	 * voters": a contact clause restricts the set as well) */
	if (s->determiner == FB_DET_DEFINITE && (contact || scope_restricted_after(b, w, qb, w->n, k->measure, s->head)))
		s->restricted = 1;
	/* past "added": no speech here; "Vance's 41 points on Sunday": a named
	 * holder's set, its time no restriction */
	if (s->set_size && (contact || (s->restricted && !(poss_set && s->holder))))
		s->set_size = 0;
	/* "the 11 dead", "the 40 injured": a set named by its own predicate */
	if (s->set_size && qb < w->n && (tok_is(&w->t[qb], K_HARM) || word_is(b, &w->t[qb], "dead") ||
	    (qb + 1 < cb && !w->t[qb + 1].comma && tok_is(&w->t[qb + 1], K_HARM)))) /* "the 31 people killed" */
		s->set_size = 0;
	/* "Pike's two goals took his total to 27", "bringing the tally to
	 * 1,144 delegates": a running total reached is the size of the set,
	 * whatever the verb (it joins the groups of other predicates) */
	if (x->q->kind == FB_QK_COUNT && qa >= ca + 3 && s->head && word_is(b, &w->t[qa - 1], "to") &&
	    tok_is(&w->t[qa - 2], K_TOTAL_NOUN) && !s->measure && (!k->measure || strcmp(k->measure, "number") == 0) &&
	    (tok_is(&w->t[qa - 3], K_DEFINITE) || (w->t[qa - 3].e - w->t[qa - 3].s > 2 && b[w->t[qa - 3].e - 2] == '\'' &&
	     b[w->t[qa - 3].e - 1] == 's'))) {
		s->determiner = FB_DET_DEFINITE;
		s->set_size = 1;
		s->own_head = 1;
	}
}

/* "Six people died at the scene", "two later died in hospital": a harm
 * its clause says where or how it befell them (data/scope.tsv kind
 * harm-where, after a preposition and "the": "at the scene", "on the
 * spot", "instantly") restricts the count, some of those harmed (the
 * phrase its modifier). */
static void fill_harm_where(const clause *x, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	if (s->modifiers || !s->harm)
		return;
	for (size_t i = x->qb; i < x->cb && i < x->qb + 8; i++) {
		const tok *t = &w->t[i];
		if (t->comma && i > x->qb)
			return;
		if (!tok_is(t, K_HARM_WHERE))
			continue;
		size_t from = i;
		if (from > x->qb && word_is(b, &w->t[from - 1], "the"))
			from--;
		if (from > x->qb && (word_is(b, &w->t[from - 1], "at") || word_is(b, &w->t[from - 1], "on") ||
		    word_is(b, &w->t[from - 1], "in")))
			from--;
		else if (from != i)
			continue; /* "the scene" with no preposition: the place again */
		s->modifiers = scope_lower_dup(b + w->t[from].s, t->e - w->t[from].s);
		return;
	}
}

/* "They scored 81 goals and conceded 35": a sentence whose subject is
 * a personal pronoun, with no break before the number */
static int pronoun_subject(const clause *x, int owned, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t qa = x->qa;
	int pron = 0;
	if (!s->holder && !owned && w->whole && w->n && qa < w->n &&
	    (word_is(b, &w->t[0], "they") || word_is(b, &w->t[0], "he") || word_is(b, &w->t[0], "she"))) {
		pron = 1;
		for (size_t i = 1; i <= qa && pron; i++)
			pron = !w->t[i].comma && !w->t[i].brk;
	}
	/* "The 8 delegates he picked up in Arizona": the contact clause's
	 * pronoun holds the set */
	if (!s->holder && !pron && !owned && s->relative && x->qb + 1 < x->cb)
		for (size_t i = x->qb; i < x->qb + 3 && i < x->cb && !pron; i++) {
			if (w->t[i].comma || w->t[i].brk)
				break;
			pron = i > x->qb && (word_is(b, &w->t[i], "he") || word_is(b, &w->t[i], "she") ||
			    word_is(b, &w->t[i], "they"));
			s->pron = !pron ? 0 : word_is(b, &w->t[i], "he") ? 1 : word_is(b, &w->t[i], "she") ? 2 : 0;
		}
	/* "His 36 points", "Of her 41 goals" opening the sentence: 2 */
	if (!s->holder && !pron && w->whole && qa >= 1 && qa <= 2 && qa < w->n &&
	    (word_is(b, &w->t[qa - 1], "his") || word_is(b, &w->t[qa - 1], "her")) &&
	    (qa == 1 || word_is(b, &w->t[0], "of")))
		pron = 2;
	/* "..., and his 19 goals have come in 21 games": a clause within the
	 * sentence that opens so */
	if (!s->holder && !pron && !owned && qa >= 2 && qa - 1 == x->ca && qa < w->n &&
	    (word_is(b, &w->t[qa - 1], "his") || word_is(b, &w->t[qa - 1], "her")) && word_is(b, &w->t[qa - 2], "and"))
		pron = 2;
	return pron;
}

/* The time: the clause's, none for a holder's whole, a live blog
 * entry's; whether the count is a running total or framed by "since". */
static void fill_time(const clause *x, const char *entry, fb_scope *s)
{
	const char *b = x->b;
	const words *w = x->w;
	size_t ca = x->ca, qa = x->qa, qb = x->qb, cb = x->cb;
	/* "Of the 84 injured, 12 were in critical condition on Thursday": the
	 * whole opening its sentence has the time of its own phrase only */
	size_t tend = cb;
	if (qa == ca + 2 && word_is(b, &w->t[ca], "of") && word_is(b, &w->t[ca + 1], "the"))
		for (size_t i = qb; i < cb; i++)
			if (w->t[i].comma) {
				tend = i;
				break;
			}
	s->time = scope_time_in(x->sc, b, w, ca, tend, qa, qb);
	/* "9 of the district's 27 schools met the targets last year": a
	 * holder's whole is no count of the part's predicate, nor of its time */
	if (s->determiner == FB_DET_DEFINITE && x->q->kind == FB_QK_COUNT && qa >= ca + 4) {
		const tok *p = &w->t[qa - 1];
		size_t of = word_is(b, &w->t[qa - 2], "of") ? qa - 2 : word_is(b, &w->t[qa - 3], "of") ? qa - 3 : 0;
		if (!p->cap && tok_possessive(b, p) && of > ca &&
		    (w->t[of - 1].num || tok_is(&w->t[of - 1], K_DIGIT_WORD)) &&
		    !(of == qa - 3 && (word_is(b, &w->t[qa - 2], "last") || word_is(b, &w->t[qa - 2], "this")))) {
			/* (not "three of last year's nine deaths": a period, no holder) */
			s->framed = 1;
			free(s->time);
			s->time = NULL;
		}
	}
	s->one_day = s->time && qa > ca && w->t[qa - 1].cap && tok_possessive(b, &w->t[qa - 1]) &&
	    is(x->sc, K_WEEKDAY, b + w->t[qa - 1].s, w->t[qa - 1].e - w->t[qa - 1].s - 2);
	s->cumulative = scope_perfect_tense(b, w, ca, cb, qa, qb);
	/* "raising the week's toll to 16", "the season's tally": a period's
	 * total (a calendar unit, or data/periods.txt), of which one day's
	 * count is a part */
	for (size_t i = ca; i + 1 < qa && !s->cumulative; i++) {
		const tok *t = &w->t[i];
		size_t n = t->e - t->s;
		s->cumulative = tok_possessive(b, t) && tok_is(&w->t[i + 1], K_TOTAL_NOUN) &&
		    (scope_period_unit(b + t->s, n - 2) || fb_lexicon_get(x->sc->periods, b + t->s, n - 2));
	}
	for (size_t i = qb + 1; i < cb && !s->framed; i++)
		s->framed = scope_since_frame(b, w, i, cb);
	if (entry && !s->time) /* "where 92 delegates are at stake on March 26": its own */
		s->time = fb_xstrdup(entry);
	s->entry = entry != NULL; /* a live blog's: entries apart but for a definite restatement */
}

/* Is the count the object of a relative clause on an indefinite noun
 * ("a bomb that killed", "an attack which wounded"): from "a" or "an", up
 * to three words, then that/which, then the verb words up to the count. */
static int instance_relative(const char *b, const words *w, size_t ca, size_t qa)
{
	size_t r = qa;
	while (r > 0 && r + 4 > qa && !w->t[r - 1].comma && !w->t[r - 1].brk && !w->t[r - 1].num &&
	    !word_is(b, &w->t[r - 1], "that") && !word_is(b, &w->t[r - 1], "which"))
		r--;
	if (r == 0 || r + 4 <= qa || r == qa || !(word_is(b, &w->t[r - 1], "that") || word_is(b, &w->t[r - 1], "which")))
		return 0;
	r--; /* the relative word */
	if (w->t[r].comma || r + 1 == qa || r + 1 < ca)
		return 0;
	for (size_t j = r; j > 0 && j + 5 > r; j--) {
		const tok *t = &w->t[j - 1];
		if (t->num || (j < r && (w->t[j].comma || w->t[j].brk)))
			return 0;
		if (tok_is(t, K_INDEFINITE) && !word_is(b, t, "single"))
			return 1;
		if (tok_is(t, K_DEFINITE) || t->cap)
			return 0;
	}
	return 0;
}

void scope_fill(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const fb_doc *doc,
    const fb_quantity *q, const fb_claim *k, const words *w, const char *entry, int lede, int headline, fb_scope *s,
    size_t *whole_at, int *pron_subject)
{
	clause x = { .sc = sc, .cl = cl, .mid = mid, .pn = cl->place_nouns, .doc = doc, .b = doc->buf, .q = q, .k = k,
		.w = w, .no_measure = !k->measure || strcmp(k->measure, "number") == 0 };
	clause_bounds(&x);
	s->set = 1;
	s->lede = lede;
	s->headline = headline;
	size_t h = fill_head(&x, s);
	fill_toll_class(&x, s);
	fill_relative(&x, h, s);
	int contact = scope_contact_relative(sc, cl, mid, x.b, w, x.ca, x.qa, h, x.cb, x.no_measure, s);
	s->relative = s->predicate != NULL;
	fill_level(&x, s);
	if (k->mod_end > k->mod_start)
		s->modifiers = scope_lower_dup(x.b + k->mod_start, k->mod_end - k->mod_start);
	s->function = scope_function_of(sc, doc, q, w, x.ca, x.cb, x.qa, x.qb, k->noun_end);
	/* "$38.50 per share", "at $38.50 a share": a price is its unit's
	 * ("share"), compared with other prices of it, not with sums */
	if (q->kind == FB_QK_MONEY && s->function == FB_QF_RATE && s->head && q->unit && strcmp(s->head, q->unit) == 0)
		for (size_t i = x.qb; i + 1 < x.cb && i < x.qb + 3; i++)
			if ((word_is(x.b, &w->t[i], "a") || word_is(x.b, &w->t[i], "an") || word_is(x.b, &w->t[i], "per")) &&
			    tok_is(&w->t[i + 1], K_RATE_UNIT)) {
				free(s->head);
				s->head = scope_head_lemma(cl, x.b + w->t[i + 1].s, w->t[i + 1].e - w->t[i + 1].s);
				s->own_head = 1;
				/* "raised the annual dividend to $1.48 a share": what the
				 * price is of, the noun before "to", "of" or "at", restricts
				 * it (not earnings of $3.91 a share) */
				if (!s->modifiers && x.qa >= x.ca + 2 &&
				    (word_is(x.b, &w->t[x.qa - 1], "to") || word_is(x.b, &w->t[x.qa - 1], "of") ||
				     word_is(x.b, &w->t[x.qa - 1], "at"))) {
					const tok *n = &w->t[x.qa - 2];
					if (!n->cap && !n->num && !n->comma && !n->brk && !tok_is(n, K_STOP) && n->e - n->s > 3 &&
					    fb_class_of(cl, x.b + n->s, n->e - n->s) == NULL && !fb_is_past_verb(cl, x.b + n->s, n->e - n->s))
						s->modifiers = scope_lower_dup(x.b + n->s, n->e - n->s);
				}
				break;
			}
	int poss_set = fill_determiner(&x, s);
	s->owner_set = poss_set != 0;
	for (size_t i = x.ca; i < x.qa && !s->separate; i++)
		s->separate = word_is(x.b, &w->t[i], "separately") || word_is(x.b, &w->t[i], "independently");
	/* "Separately, the smaller Tinder Ridge Fire ... It had destroyed 9
	 * homes": a paragraph that opens so tells of another set throughout */
	if (!s->separate) {
		const fb_sent *fs = &doc->sent[doc->para[doc->sent[k->sent].para].first_sent];
		size_t i = fs->start, ws, we, end = fs->end < fs->start + 16 ? fs->end : fs->start + 16;
		s->separate = raw_word(x.b, &i, end, &ws, &we) && fb_word_eq(x.b + ws, we - ws, "separately");
	}
	if (s->determiner == FB_DET_BARE && h && x.qa == x.ca && h < x.cb && !w->t[h].cap && !w->t[h].num &&
	    !w->t[h].comma && !w->t[h].brk) {
		size_t v = h;
		while (v + 1 < x.cb && v < h + 2 && (word_is(x.b, &w->t[v], "have") || word_is(x.b, &w->t[v], "has") ||
		    word_is(x.b, &w->t[v], "had") || (v > h && x.b[w->t[v].e - 1] == 'y' && x.b[w->t[v].e - 2] == 'l')))
			v++; /* "have simply disappeared" */
		s->acts = !tok_is(&w->t[v], K_STOP) && !word_is(x.b, &w->t[v], "were") && !word_is(x.b, &w->t[v], "was") &&
		    !word_is(x.b, &w->t[v], "are") && !word_is(x.b, &w->t[v], "is") && !word_is(x.b, &w->t[v], "remain") &&
		    !word_is(x.b, &w->t[v], "remained") && !word_is(x.b, &w->t[v], "been") && !tok_is(&w->t[v], K_SPEECH);
	}
	/* "the nine hospitalized patients", "the 34 unvaccinated patients": a
	 * definite set's participle before its noun restricts it, whatever
	 * measure the claims stage read from it */
	if (!s->modifiers && s->determiner == FB_DET_DEFINITE && x.qb + 1 < x.cb && !w->t[x.qb + 1].cap &&
	    !w->t[x.qb + 1].num && !w->t[x.qb + 1].comma && !w->t[x.qb + 1].brk && !w->t[x.qb + 1].kinds &&
	    x.b[w->t[x.qb + 1].e - 1] == 's') {
		const tok *a = &w->t[x.qb];
		size_t n = a->e - a->s;
		if (!a->cap && !a->num && !a->comma && !a->kinds && n > 4 && x.b[a->e - 2] == 'e' && x.b[a->e - 1] == 'd')
			s->modifiers = scope_lower_dup(x.b + a->s, n);
	}
	/* "two Japanese nationals", "three Democratic senators": a capitalised
	 * word between the number and a plural noun restricts it */
	if (!s->modifiers && x.qb + 1 < x.cb && w->t[x.qb].cap && !w->t[x.qb].brk && !w->t[x.qb].comma &&
	    !w->t[x.qb + 1].cap && !w->t[x.qb + 1].num && !w->t[x.qb + 1].comma && !w->t[x.qb + 1].brk &&
	    !w->t[x.qb + 1].kinds && x.b[w->t[x.qb + 1].e - 1] == 's' && !tok_possessive(x.b, &w->t[x.qb]) &&
	    !w->t[x.qb].kinds)
		s->modifiers = scope_lower_dup(x.b + w->t[x.qb].s, w->t[x.qb].e - w->t[x.qb].s);
	/* "Two patients taking the drug died": a count its noun's participle
	 * phrase restricts is a part of those the article counts */
	if (h && x.qa == x.ca && s->determiner == FB_DET_BARE && ing_restricts(x.b, w, h, x.cb))
		s->role = FB_RO_PART;
	/* "a petrol bomb that injured two officers", "an attack that killed
	 * four": what one thing of the event did to people or things (a harm
	 * measure, not "a plant that employs 80"), a part of its count */
	if (s->determiner == FB_DET_BARE && k->measure && is(sc, K_HARM, k->measure, strlen(k->measure)) &&
	    instance_relative(x.b, w, x.ca, x.qa))
		s->role = FB_RO_PART;
	/* "the 1,200 cuts will come in the sensors division, where 700
	 * positions will be eliminated": what one part of a whole holds */
	if (s->determiner == FB_DET_BARE && !s->place)
		for (size_t i = x.qa; i > 0 && i + 6 > x.qa; i--) {
			if (word_is(x.b, &w->t[i - 1], "where") && w->t[i - 1].comma) {
				s->role = FB_RO_PART;
				break;
			}
			if (w->t[i - 1].comma || w->t[i - 1].brk)
				break;
		}
	/* "killed seven people, including two children": some of them */
	if (s->determiner == FB_DET_BARE && x.qa > x.ca && word_is(x.b, &w->t[x.qa - 1], "including"))
		s->role = FB_RO_PART;
	/* "the 1,165 stores that remain", "the 1,165 that are left": what is
	 * left of a set, as "the remaining 1,165" */
	if (remainder_after(x.b, w, h ? h : x.qb, x.cb) || (x.qa > x.ca && word_is(x.b, &w->t[x.qa - 1], "remaining"))) {
		s->role = FB_RO_PART;
		s->remainder = 1;
		if (x.qa >= x.ca + 2 && word_is(x.b, &w->t[x.qa - 1], "remaining") && tok_is(&w->t[x.qa - 2], K_DEFINITE))
			s->determiner = FB_DET_DEFINITE; /* "the remaining 1,165" */
		s->set_size = s->determiner == FB_DET_DEFINITE; /* the size of what is left */
	}
	fill_part(&x, s, whole_at);
	fill_role(&x, s);
	fill_mode(&x, s);
	fill_superseded(&x, s);
	if (scope_population(x.pn, x.b, w, x.ca, x.qa))
		s->function = FB_QF_LABEL; /* the place's size, not a count of this event */
	char *size_subject = fill_measure(&x, s);
	char *last_name = fill_names(&x, headline, s);
	int owned = fill_owned(&x, s);
	/* "The company employs 19,400 people", "The Brinton plant employs
	 * 420": what a holder has is that holder's, whatever other name the
	 * clause holds */
	if (size_subject) {
		free(s->holder);
		s->holder = size_subject;
	}
	fill_home(&x, s);
	fill_sum_owner(&x, owned, &last_name, s);
	/* "48,095 for Hutchins", "61 percent for Ames": whose votes */
	for (size_t i = x.qb; i < x.qb + 2 && i + 1 < x.cb; i++) {
		if (w->t[i].comma || w->t[i].brk || w->t[i].num)
			break;
		if (word_is(x.b, &w->t[i], "for") && !w->t[i + 1].comma && scope_name_word(sc, mid, x.b, w, i + 1) &&
		    !scope_place_at(sc, x.pn, x.b, w, i + 1, x.ca, x.cb)) {
			size_t nx;
			free(s->holder);
			s->holder = scope_name_at(sc, mid, x.b, w, i + 1, x.cb, &nx);
			break;
		}
	}
	fill_list_holder(&x, s);
	fill_part_holder(&x, s);
	fill_its_holder(&x, s);
	fill_own_holder(&x, s);
	fill_relative_holder(&x, s);
	fill_pronoun_names(&x, last_name, s);
	fill_joint_holder(&x, s);
	if (!s->holder && k->measure && strcmp(k->measure, "number") != 0 &&
	    !is(sc, K_HARM, k->measure, strlen(k->measure)))
		s->agent = scope_agent_of(x.b, w, x.ca, x.qa, k->measure); /* not "a bomb killed 12" */
	fill_set_size(&x, contact, poss_set, s);
	s->harm = k->measure && is(sc, K_HARM, k->measure, strlen(k->measure));
	fill_harm_where(&x, s);
	*pron_subject = pronoun_subject(&x, owned, s);
	fill_time(&x, entry, s);
}

/* Is whole's head the part's, or two nouns the part's is the first of
 * ("driver and mechanics" for "1,258 of them" said of drivers)? */
static int same_or_first_head(const char *whole, const char *part)
{
	size_t n = strlen(part);
	return strcmp(whole, part) == 0 || (strncmp(whole, part, n) == 0 && strncmp(whole + n, " and ", 5) == 0);
}

/* The claim holding the whole of claim ci, a part: the count starting at
 * byte whole_at, or for "N of them" (whole_at SIZE_MAX - 1) the last
 * count of the same head before it in its paragraph; -1 if none. */
int scope_whole_of(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, const fb_scope *out, size_t ci,
    size_t whole_at)
{
	size_t para = doc->sent[c->c[ci].sent].para;
	for (size_t j = ci; j-- > 0 && ci - j < 64;) {
		const fb_claim *k = &c->c[j];
		if (doc->sent[k->sent].para != para)
			break;
		if (k->type != FB_CT_NUMERIC || (k->quantity < 0 && !k->own) || (k->flags & FB_CF_DERIVED))
			continue;
		const fb_quantity *q = k->quantity >= 0 ? &ql->q[k->quantity] : fb_claim_own(c, k);
		/* "of them" with no noun of its own: the last count with one */
		if (whole_at != SIZE_MAX - 1 ? q->start == whole_at
		    : q->kind == FB_QK_COUNT && out[j].head && (!out[ci].head || same_or_first_head(out[j].head, out[ci].head)))
			return (int)j;
	}
	for (size_t j = ci + 1; whole_at != SIZE_MAX - 1 && j < c->nc && j < ci + 8; j++)
		if (c->c[j].type == FB_CT_NUMERIC && c->c[j].quantity >= 0 && ql->q[c->c[j].quantity].start == whole_at)
			return (int)j;
	return -1;
}

/* "approved a $1.42 billion budget for next year" ... "The $1.42 billion
 * plan also includes": a definite sum with no time of its own, equal to a
 * sum named earlier in another paragraph, restates that one (whatever its
 * noun), and has its time and holder; it is not this year's $1.36 billion
 * plan. */
void scope_definite_sums(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || out[ci].time ||
		    (out[ci].determiner != FB_DET_DEFINITE && out[ci].determiner != FB_DET_UNIVERSAL))
			continue;
		const fb_quantity *q = &ql->q[k->quantity];
		if (q->kind != FB_QK_MONEY || !q->has_value || !q->unit)
			continue;
		for (size_t j = 0; j < ci; j++) {
			const fb_claim *e = &c->c[j];
			if (e->type != FB_CT_NUMERIC || e->quantity < 0 || doc->sent[e->sent].para == doc->sent[k->sent].para)
				continue;
			const fb_quantity *p = &ql->q[e->quantity];
			if (p->kind != FB_QK_MONEY || !p->has_value || !p->unit || p->value != q->value ||
			    strcmp(p->unit, q->unit) != 0)
				continue;
			if (!(out[j].time && !out[j].entry) && !out[j].holder)
				continue; /* the title's "$1.42 Billion Budget": nothing to take */
			if (out[j].time && !out[j].entry)
				out[ci].time = fb_xstrdup(out[j].time);
			if (out[j].holder && !out[ci].holder)
				out[ci].holder = fb_xstrdup(out[j].holder);
			break;
		}
	}
}

/* "Seven of the nine members voted for it": the verb after "N of the M X"
 * is the part's; the claims stage may give it to the whole, which is then
 * the size of the set, with no verb of its own. */
void scope_verb_to_part(const fb_claims *c, fb_scope *out)
{
	for (size_t ci = 0; ci < c->nc; ci++) {
		int j = out[ci].part_of;
		if (j <= (int)ci || c->c[j].sent != c->c[ci].sent || out[ci].measure || out[j].measure)
			continue;
		const char *pm = c->c[ci].measure, *wm = c->c[j].measure;
		if ((pm && strcmp(pm, "number") != 0) || !wm || strcmp(wm, "number") == 0)
			continue;
		out[ci].measure = wm;
		out[j].measure = "number";
	}
}

/* "Kheradi, where the storm landed, reported 21 dead; Baliaghat 13;
 * Mirzanagar nine": a count whose next sibling, after a semicolon, is an
 * elided item held by a name ("Baliaghat 13") is one item of a list of
 * holders' counts, a part of their whole, as that sibling is. */
void scope_list_items(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	const char *b = doc->buf;
	for (size_t ci = 0; ci + 1 < c->nc; ci++) {
		const fb_claim *k = &c->c[ci], *n = &c->c[ci + 1];
		if (k->type != FB_CT_NUMERIC || n->type != FB_CT_NUMERIC || k->quantity < 0 || n->quantity < 0 ||
		    n->sent != k->sent || !out[ci].set || !out[ci + 1].set || !out[ci + 1].holder ||
		    out[ci].role != FB_RO_TOTAL)
			continue;
		const fb_quantity *q = &ql->q[k->quantity], *r = &ql->q[n->quantity];
		/* the sibling: "; Name N", nothing else between */
		size_t i = q->end;
		while (i < r->start && b[i] != ';')
			i++;
		if (i >= r->start)
			continue;
		i++;
		while (i < r->start && b[i] == ' ')
			i++;
		if (i + 4 < r->start && strncmp(b + i, "and ", 4) == 0) /* "; and Dhanpur four" */
			i += 4;
		if (!fb_isupper((unsigned char)b[i]))
			continue;
		size_t hl = strlen(out[ci + 1].holder), j = i;
		while (j < r->start && (fb_isalpha((unsigned char)b[j]) || b[j] == ' ' || b[j] == '-'))
			j++;
		if (j != r->start || hl > r->start - i || memcmp(b + i, out[ci + 1].holder, hl) != 0)
			continue;
		out[ci].role = FB_RO_PART;
		out[ci + 1].role = FB_RO_PART;
	}
}

/* "The Sable Creek Fire has blackened 52,300 acres. It has destroyed 289
 * homes", "The Juniper Ridge Fire grew to 118,400 acres. The fire has
 * destroyed 612 homes": a sentence whose subject is "It", or "The" and
 * the last word of the name that held a count of the sentence before,
 * speaks of that name's: its counts are held by it too. */
void scope_it_holders(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	const char *b = doc->buf;
	for (size_t ci = 1; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || !out[ci].set || out[ci].holder || k->sent == 0)
			continue;
		const fb_sent *st = &doc->sent[k->sent];
		size_t qs = ql->q[k->quantity].start, i = st->start;
		if (qs < i + 4)
			continue;
		int it = strncmp(b + i, "It ", 3) == 0;
		size_t ws = 0, we = 0;
		if (!it) {
			if (strncmp(b + i, "The ", 4) != 0)
				continue;
			ws = we = i + 4;
			while (we < qs && fb_islower((unsigned char)b[we]))
				we++;
			if (we == ws || we >= qs || b[we] != ' ')
				continue;
		}
		/* the holder of a count of the sentence before */
		const char *h = NULL;
		for (size_t j = ci; j-- > 0 && c->c[j].sent + 1 >= k->sent && !h;) {
			if (c->c[j].sent + 1 != k->sent || !out[j].set || !out[j].holder)
				continue;
			const char *hj = out[j].holder, *last = strrchr(hj, ' ');
			last = last ? last + 1 : hj;
			if (!fb_isupper((unsigned char)hj[0]))
				continue;
			if (it || (strlen(last) == we - ws && strncasecmp(last, b + ws, we - ws) == 0))
				h = hj;
		}
		if (h)
			out[ci].holder = fb_xstrdup(h);
	}
}
