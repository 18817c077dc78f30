/* scope_head.c - what a number counts and does: its function (count,
 * label, ratio, margin, rate, threshold), its head noun, the predicate of
 * a relative clause, the measure (a headline's verb, a level, a size, a
 * sum paid), its agent and what restricts its set. */
#include "scope_impl.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The function of the quantity whose words are [qa, qb). */
fb_qfunc scope_function_of(const fb_scoper *sc, const fb_doc *doc, const fb_quantity *q, const words *w,
    size_t ca, size_t cb, size_t qa, size_t qb, size_t head_end)
{
	const char *b = doc->buf;
	if (q->kind == FB_QK_DATE || q->kind == FB_QK_TIME || q->kind == FB_QK_ORDINAL)
		return FB_QF_LABEL;
	if (q->kind == FB_QK_PERCENT)
		return FB_QF_RATIO;
	/* "5-4", "2-1": a score; "a 5-storey building", "26-delegate lead" */
	if (q->end < doc->len && (b[q->end] == '-' || (q->start > 0 && b[q->start - 1] == '-' &&
	    q->start > 1 && fb_isdigit((unsigned char)b[q->start - 2])))) {
		if (q->end + 1 < doc->len && fb_isdigit((unsigned char)b[q->end + 1]))
			return FB_QF_LABEL;
		if (q->start > 0 && b[q->start - 1] == '-')
			return FB_QF_LABEL;
		if (q->end + 1 < doc->len && fb_isalpha((unsigned char)b[q->end + 1])) {
			/* the word after the compound: "lead" makes it a margin */
			for (size_t i = qb; i < cb && i < qb + 2; i++)
				if (tok_is(&w->t[i], K_MARGIN_AFTER))
					return FB_QF_MARGIN;
			return FB_QF_LABEL;
		}
	}
	double stated;
	if (q->kind == FB_QK_COUNT && fb_quantity_stated(q, &stated) && stated > 0 && stated < 1)
		return FB_QF_RATIO; /* "two-thirds", "nearly 1 in 10" */
	/* "won the series four games to two", "lost three sets to one": a
	 * score spelt out, both numbers, ending its clause (not "from 40 people
	 * to 52": a change; nor "61,480 votes to 44,210 for Dreyer": a tally) */
	if (q->kind == FB_QK_COUNT && qb + 2 < cb && !w->t[qb].comma && !w->t[qb].num && !w->t[qb].cap &&
	    word_is(b, &w->t[qb + 1], "to") && (w->t[qb + 2].num || tok_is(&w->t[qb + 2], K_DIGIT_WORD)) &&
	    (qb + 3 >= cb || w->t[qb + 3].comma || w->t[qb + 3].brk) && !(qa > ca && word_is(b, &w->t[qa - 1], "from")))
		return FB_QF_LABEL;
	/* (not "climbed 23 percent to 812": a change and the level it reached) */
	if (q->kind == FB_QK_COUNT && qa >= ca + 3 && word_is(b, &w->t[qa - 1], "to") && !w->t[qa - 2].comma &&
	    !w->t[qa - 2].num && !w->t[qa - 2].cap && (w->t[qa - 3].num || tok_is(&w->t[qa - 3], K_DIGIT_WORD)) &&
	    !word_is(b, &w->t[qa - 2], "percent") && !word_is(b, &w->t[qa - 2], "points") &&
	    (qb >= cb || w->t[qb].comma || w->t[qb].brk) && !(qa >= ca + 4 && word_is(b, &w->t[qa - 4], "from")))
		return FB_QF_LABEL;
	/* "five-storey", "a two-day" in the surface itself ("twenty-five" is a number) */
	if (!q->vague) {
		const char *h = NULL;
		for (size_t i = q->start; i < q->end; i++)
			if (b[i] == '-' && i + 1 < q->end && fb_isalpha((unsigned char)b[i + 1]))
				h = b + i + 1;
		if (h && !is(sc, K_DIGIT_WORD, h, (size_t)(b + q->end - h))) {
			/* "his 6-point win", "a 12-point lead": a margin */
			if (qb < cb && !w->t[qb].comma && tok_is(&w->t[qb], K_MARGIN_AFTER))
				return FB_QF_MARGIN;
			/* "a 10-year term", "the 90-day window", "a 900,000-koruna
			 * fine": a span or a sum still, what the noun lasts or
			 * costs (not "the 25-year-old", an age) */
			if ((q->kind == FB_QK_DURATION || q->kind == FB_QK_MONEY) && q->has_value &&
			    !(q->end + 4 <= doc->len && strncmp(b + q->end, "-old", 4) == 0) &&
			    !(q->end >= q->start + 4 && strncmp(b + q->end - 4, "-old", 4) == 0))
				return FB_QF_COUNT;
			return FB_QF_LABEL;
		}
	}
	/* "over the five games", "across the 12 races": the extent a figure
	 * is taken over, not a count of this event (not "in the 12 races":
	 * "won 8 of the 12" counts them) */
	if (q->kind == FB_QK_COUNT && qa >= ca + 2 && word_is(b, &w->t[qa - 1], "the") &&
	    (word_is(b, &w->t[qa - 2], "over") || word_is(b, &w->t[qa - 2], "across") ||
	     word_is(b, &w->t[qa - 2], "during") || word_is(b, &w->t[qa - 2], "throughout"))) {
		/* (a figure before it: "averaged 31 points over the five games";
		 * not "grievances over the 86 layoffs": what they are about) */
		int figure = 0;
		for (size_t i = ca; i + 2 < qa; i++)
			figure = (figure && !w->t[i].comma) || w->t[i].num || tok_is(&w->t[i], K_DIGIT_WORD);
		if (figure || !word_is(b, &w->t[qa - 2], "over"))
			return FB_QF_LABEL;
	}
	/* "a magnitude 7.1 earthquake", "a Category 4 storm", "Level 3
	 * alert": a scale's reading names the thing, it counts nothing */
	if (qa > ca && (word_is(b, &w->t[qa - 1], "magnitude") || word_is(b, &w->t[qa - 1], "category") ||
	    word_is(b, &w->t[qa - 1], "level") || word_is(b, &w->t[qa - 1], "grade")))
		return FB_QF_LABEL;
	/* "the average household had 2.11 people", "1.6 children per woman":
	 * a count with a fraction and no scale word ("1.87 million") is an
	 * average, no count of things (a scale's reading is a label, above) */
	if (q->kind == FB_QK_COUNT && q->has_value && q->value < 1e15 && q->value != floor(q->value)) {
		size_t i = q->start;
		while (i < q->end && (fb_isdigit((unsigned char)b[i]) || b[i] == '.' || b[i] == ','))
			i++;
		if (i == q->end)
			return FB_QF_RATIO;
	}
	/* a year before a singular noun: "a 2019 round of closures", "the
	 * 2016 election" (a count that large takes a plural) */
	if (q->kind == FB_QK_COUNT && q->has_value && q->value >= 1800 && q->value <= 2100 && q->end - q->start == 4 &&
	    qb < cb && !w->t[qb].comma && !w->t[qb].brk && !w->t[qb].num && w->t[qb].e - w->t[qb].s > 2 &&
	    b[w->t[qb].e - 1] != 's')
		return FB_QF_LABEL;
	/* a year without a noun: "in 2016" */
	if (q->kind == FB_QK_COUNT && q->has_value && q->value >= 1800 && q->value <= 2100 && head_end == 0 &&
	    q->end - q->start == 4)
		return FB_QF_LABEL;
	/* "6 in 10", "3 out of 10", and the 10 itself (not "killed 31 in 3
	 * days": a span of time) */
	if (qb + 1 < cb && word_is(b, &w->t[qb], "in") && w->t[qb + 1].num && !scope_tok_year(b, &w->t[qb + 1]) &&
	    !(qb + 2 < w->n && scope_ago_unit(b, &w->t[qb + 2])))
		return FB_QF_RATIO; /* not "$36 million in 2021" */
	if (qa >= 2 && qa > ca && word_is(b, &w->t[qa - 1], "in") && w->t[qa - 2].num && !(q->kind == FB_QK_DURATION))
		return FB_QF_RATIO;
	if (qb < cb && tok_is(&w->t[qb], K_TIMES))
		return FB_QF_RATIO;
	/* "leads by 8 points", "won by 4" (not "heard by 15 judges": an agent) */
	if (qa >= ca + 2 && word_is(b, &w->t[qa - 1], "by") && tok_is(&w->t[qa - 2], K_MARGIN_VERB))
		return FB_QF_MARGIN;
	if (qa >= ca + 3 && word_is(b, &w->t[qa - 1], "by") && tok_is(&w->t[qa - 3], K_MARGIN_VERB))
		return FB_QF_MARGIN; /* "leads Okonjo by 25" */
	/* "wins the mayor's race by 6 points", "beat the Comets on Sunday by
	 * 24 points": a margin verb further back, a measure with its unit */
	/* (a count too: "wins the race by 1,312 votes") */
	if (((q->kind == FB_QK_MEASURE && q->unit) || q->kind == FB_QK_COUNT) && qa >= ca + 2 &&
	    word_is(b, &w->t[qa - 1], "by"))
		for (size_t i = qa - 1; i > ca && i + 7 > qa; i--) {
			const tok *t = &w->t[i - 1];
			if (t->comma || t->brk || t->num || tok_is(t, K_SPEECH))
				break;
			/* (not "strikes down a formula in suit by 37 districts":
			 * "up" and "down" lead a margin only right before "by") */
			if (tok_is(t, K_MARGIN_VERB) && !word_is(b, t, "up") && !word_is(b, t, "down"))
				return FB_QF_MARGIN;
		}
	/* "came within 112 votes of", "within two points": how close, a
	 * margin (not "within three hours": a span) */
	if (((qa > ca && word_is(b, &w->t[qa - 1], "within")) || word_is(b, &w->t[qa], "within")) && qb < cb &&
	    (word_is(b, &w->t[qb], "votes") || word_is(b, &w->t[qb], "points") || word_is(b, &w->t[qb], "seats") ||
	     word_is(b, &w->t[qb], "goals") || word_is(b, &w->t[qb], "runs") || word_is(b, &w->t[qb], "strokes")))
		return FB_QF_MARGIN;
	/* "8 points ahead", "25 delegates ahead" (not "three attackers were
	 * behind the attack") */
	for (size_t i = qb; i < cb && i < qb + 2 && !w->t[i].comma; i++) /* not "35,129, a margin of" */
		if (tok_is(&w->t[i], K_MARGIN_AFTER))
			return FB_QF_MARGIN;
	/* "led Haddon by 53 percent to 45 percent, or about 182,000 votes":
	 * the margin told again in votes */
	if (((q->kind == FB_QK_MEASURE && q->unit) || q->kind == FB_QK_COUNT) && qa >= 3 &&
	    word_is(b, &w->t[qa - 1], "or") && w->t[qa - 1].comma)
		for (size_t i = qa - 1; i > 1 && i + 16 > qa && !w->t[i].brk; i--)
			if (word_is(b, &w->t[i - 1], "by") && (tok_is(&w->t[i - 2], K_MARGIN_VERB) ||
			    (i >= 3 && tok_is(&w->t[i - 3], K_MARGIN_VERB)) || (i >= 3 && w->t[i - 1].comma)))
				return FB_QF_MARGIN;
	/* "a margin of 6,108 votes", "a lead of 8 points" */
	if (qa >= ca + 2 && word_is(b, &w->t[qa - 1], "of") && tok_is(&w->t[qa - 2], K_MARGIN_AFTER) &&
	    !tok_is(&w->t[qa - 2], K_STOP) && !word_is(b, &w->t[qa - 2], "behind"))
		return FB_QF_MARGIN;
	/* "Sixty-three votes separated them", "just 12 votes separate the
	 * two": what lies between two is a margin (not "families separated
	 * by the border") */
	if (qb + 2 < cb && (word_is(b, &w->t[qb + 1], "separated") || word_is(b, &w->t[qb + 1], "separate") ||
	    word_is(b, &w->t[qb + 1], "separates")) && (word_is(b, &w->t[qb + 2], "them") || word_is(b, &w->t[qb + 2], "the")))
		return FB_QF_MARGIN;
	/* "two days after a car bomb", "a week later", "three hours
	 * earlier": how far apart two times are, a time, no span of the
	 * event (data/scope.tsv kind relative) */
	if (q->kind == FB_QK_DURATION && qb < cb && !w->t[qb].comma && tok_is(&w->t[qb], K_RELATIVE) &&
	    !(qa > ca && (word_is(b, &w->t[qa - 1], "for") || word_is(b, &w->t[qa - 1], "within") ||
	                  word_is(b, &w->t[qa - 1], "lasted") || word_is(b, &w->t[qa - 1], "over"))))
		return FB_QF_LABEL; /* (not "fought the blaze for six hours before it was out": a span) */
	/* an age: "who is 58", "aged 58", with no noun after */
	if (qa > ca && tok_is(&w->t[qa - 1], K_AGE) && head_end == 0 &&
	    (qb >= cb || w->t[qb].comma || w->t[qb].brk || word_is(b, &w->t[qb], "and")))
		return FB_QF_LABEL;
	if (qb + 1 < cb && (word_is(b, &w->t[qb], "years") || word_is(b, &w->t[qb], "year")) &&
	    word_is(b, &w->t[qb + 1], "old"))
		return FB_QF_LABEL;
	/* an age between commas, as the numbers stage read it ("The victim,
	 * 30, died", "Dorian Welke, 31,"): a label, no count of the verb */
	if (q->kind == FB_QK_DURATION && q->unit && strcmp(q->unit, "year") == 0 && q->has_value &&
	    q->value < 130 && qa > ca && w->t[qa].comma && qb < cb && w->t[qb].comma && head_end == 0)
		return FB_QF_LABEL;
	/* an average: "averaged 31.5 points", "an average of 212" */
	if (qa > ca && (tok_is(&w->t[qa - 1], K_AVERAGE) ||
	    (qa > ca + 1 && word_is(b, &w->t[qa - 1], "of") && tok_is(&w->t[qa - 2], K_AVERAGE))) &&
	    !w->t[qa - 1].comma)
		return FB_QF_RATE;
	/* a rate: "$12,000 a month", "two at each site", "$40 per ticket" */
	for (size_t i = qb; i + 1 < cb && i < qb + 4; i++) {
		if (w->t[i].comma || w->t[i].brk)
			break;
		if ((word_is(b, &w->t[i], "a") || word_is(b, &w->t[i], "an") || word_is(b, &w->t[i], "per")) &&
		    tok_is(&w->t[i + 1], K_RATE_UNIT) &&
		    !(i + 2 < cb && tok_is(&w->t[i + 2], K_RELATIVE)))
			return FB_QF_RATE; /* not "$2.9 billion a year earlier" */
		if (word_is(b, &w->t[i], "per") || (word_is(b, &w->t[i], "at") && word_is(b, &w->t[i + 1], "each")))
			return FB_QF_RATE;
	}
	/* a threshold: "needs 2,026 delegates", "2,383 needed to win" */
	for (size_t i = qa; i > ca && i + 5 > qa; i--)
		if (tok_is(&w->t[i - 1], K_THRESHOLD))
			return FB_QF_THRESHOLD;
	for (size_t i = qb; i < cb && i < qb + 3; i++)
		if (tok_is(&w->t[i], K_THRESHOLD_AFTER))
			return FB_QF_THRESHOLD;
	return FB_QF_COUNT;
}

/* The predicate of a relative or partitive clause from word i on: a
 * listed measure (in s->measure), else the first word that is no
 * auxiliary ("ride" in "3,100 of them ride a bus", "the pupils who ride",
 * in s->predicate; in s->measure too when unlisted is set). */
void scope_predicate_after(const fb_claimer *cl, const char *b, const words *w, size_t i, size_t cb, fb_scope *s,
    int unlisted)
{
	for (size_t j = i; j < cb && j < i + 3; j++) {
		const tok *t = &w->t[j];
		const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
		if (!(e && e->nfield) && j + 1 < cb && !w->t[j + 1].comma && !w->t[j + 1].brk) /* "unaccounted for" */
			e = fb_lexicon_get(cl->measures, b + t->s, w->t[j + 1].e - t->s);
		if (e && e->nfield && e->field[0]) {
			s->measure = e->field[0];
			return;
		}
		/* "who remain unaccounted for", "who are still missing" */
		if (((tok_is(t, K_AUX) || word_is(b, t, "remain") || word_is(b, t, "remains") ||
		      word_is(b, t, "remained") || word_is(b, t, "still")) && !t->comma && !t->brk))
			continue;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP) || t->e - t->s < 3 ||
		    memchr(b + t->s, '-', t->e - t->s) || memchr(b + t->s, '\'', t->e - t->s))
			return;
		size_t n = t->e - t->s;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's')
			n--; /* "rides" as "ride" */
		s->predicate = scope_lower_dup(b + t->s, n);
		if (unlisted)
			s->measure = s->predicate;
		return;
	}
}

/* The verb of a relative clause from word i on ("voted" in "who have
 * voted for"), lower case, or NULL. */
char *scope_relative_verb(const char *b, const words *w, size_t i, size_t cb)
{
	for (size_t j = i; j < cb && j < i + 3; j++) {
		const tok *t = &w->t[j];
		if (tok_is(t, K_AUX) && !t->comma && !t->brk)
			continue;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP))
			return NULL;
		/* the verb and what follows it in the clause, up to five words:
		 * "voted for a smaller increase" */
		size_t e = j + 1;
		while (e < cb && e < j + 6 && !w->t[e].comma && !w->t[e].brk)
			e++;
		return scope_lower_dup(b + t->s, w->t[e - 1].e - t->s);
	}
	return NULL;
}

/* The counted noun of "14 new bus lanes": the first plural among the
 * (at most three) lower-case words right after the number; index + 1, or
 * 0 when there is none. */
size_t scope_np_head(const fb_scoper *sc, const char *b, const words *w, size_t qb, size_t cb)
{
	for (size_t i = qb; i < cb && i < qb + 3; i++) {
		const tok *t = &w->t[i];
		size_t n = t->e - t->s;
		/* "Twenty-two Republicans joined 46 Democrats": a capitalised
		 * plural right after the number, not a name's first word ("24
		 * Oklahoma delegates", "3 Rivers Bank") */
		if (i == qb && t->cap && !t->comma && !t->brk && n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's' &&
		    b[t->e - 2] != '\'' && !tok_is(t, K_STOP | K_MONTH | K_WEEKDAY) &&
		    !(i + 1 < cb && w->t[i + 1].cap && !w->t[i + 1].brk))
			return i + 1;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP) || memchr(b + t->s, '-', n))
			return 0;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's' && b[t->e - 2] != 'u' && b[t->e - 2] != '\'')
			return i + 1;
		/* plurals with no "-s" right after the number (data/scope.tsv
		 * kind plural): "the 87 people who signed up" (a compound's,
		 * "refugee children", is read as one: scope_fill.c) */
		if (i == qb && tok_is(t, K_PLURAL))
			return i + 1;
	}
	return 0;
}

/* Words between an agent and its verb: "the city has paid", "also added". */
static int agent_skip(const char *b, const tok *t)
{
	static const char *const skip[] = { "has", "have", "had", "also", "still", "already", "just", "then",
		"reportedly", "only" };
	for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
		if (word_is(b, t, skip[i]))
			return 1;
	return 0;
}

/* Who did the verb right before the number, when it is a common noun:
 * "retailers shed 14,000 jobs", "health care, which added 54,000
 * positions", "the city has paid $2.3 million"; NULL when the word before
 * the number is no verb or its subject is no plain noun. */
char *scope_agent_of(const char *b, const words *w, size_t ca, size_t qa, const char *measure)
{
	if (qa < ca + 2 || qa > w->n)
		return NULL;
	const tok *v = &w->t[qa - 1];
	if (v->num || v->cap || v->brk || (v->kinds && !word_is(b, v, measure)))
		return NULL; /* "said 27", "about 40", "the 12"; not "added 12,000 jobs" */
	size_t n = qa - 2;
	int rel = 0;
	if (v->comma) { /* "leisure, which drove the recovery, added 18,000" */
		while (n > ca && !((word_is(b, &w->t[n], "which") || word_is(b, &w->t[n], "who")) && w->t[n].comma))
			n--;
		if (n <= ca)
			return NULL;
	}
	while (n > ca && agent_skip(b, &w->t[n]))
		n--;
	const tok *t = &w->t[n];
	rel = (word_is(b, t, "which") || word_is(b, t, "who") || word_is(b, t, "that")) && t->comma && n > ca;
	if (rel)
		t = &w->t[--n]; /* "government, which added 41,000" */
	if (t->num || t->kinds || agent_skip(b, t) || (t->cap && !(t->brk || n == ca)))
		return NULL; /* a name is a holder; "they", "the" hold nothing */
	size_t p = n;
	while (p > ca && (tok_is(&w->t[p - 1], K_DEFINITE) || tok_is(&w->t[p - 1], K_INDEFINITE)))
		p--;
	if (!rel && p > ca && tok_is(&w->t[p - 1], K_STOP) && !w->t[p].comma && !word_is(b, &w->t[p - 1], "and"))
		return NULL; /* "a bomb outside a bus station killed": no subject */
	return scope_lower_dup(b + t->s, t->e - t->s);
}

/* Words that open what restricts a set after its noun ("in shelters",
 * "now in use", "we took down"). */
static const char *const preps[] = { "in", "on", "at", "inside", "with", "without", "from", "under", "aboard", "near",
	"for", "now", "we", "they", "he", "she", "i", "you" };

/* Words after a set's head that keep its noun phrase going though they
 * end in no "-ed" or "-ing": participles ("the 40 families left in the
 * camp") and adverbs ("the 12 people still missing"). */
static const char *const np_goes_on[] = { "left", "held", "kept", "built", "born", "caught", "hurt", "shot", "stuck",
	"made", "sent", "brought", "found", "lost", "hit", "taken", "seen", "given", "known", "put", "set", "spent",
	"sold", "paid", "laid", "cut", "run", "still", "already", "currently", "only", "alone", "abroad", "overseas",
	"nearby", "outside", "there", "here", "downtown", "total", "combined", "overall", "nationwide", "worldwide",
	"apiece", "each", "more", "less", "fewer", "so", "too", "also", "not", "who", "that", "which", "whose" };

/* Does t, ending a set's noun phrase, say which of them: a past
 * participle ("the 421 homes lost", "the 300 jobs cut") or an adverb of
 * place ("the 37 miners underground")? */
static int ends_set(const char *b, const tok *t)
{
	static const char *const enders[] = { "lost", "cut", "sold", "built", "hurt", "underground", "aboard", "onboard",
		"abroad", "overseas" };
	if (t->e - t->s > 4 && fb_word_eq(b + t->e - 2, 2, "ed"))
		return 1;
	for (size_t i = 0; i < sizeof enders / sizeof *enders; i++)
		if (word_is(b, t, enders[i]))
			return 1;
	return 0;
}

/* "The 1,380 plaintiffs live in 612 households": the word after the head
 * ("plaintiffs", as its scope head names it) is the clause's own verb, no
 * participle nor adverb of the noun phrase, so the words after it do not
 * restrict the set. */
static int verb_after_head(const char *b, const words *w, size_t qb, size_t cb, const char *head)
{
	size_t hl = head ? strlen(head) : 0;
	for (size_t j = qb; hl && j < cb && j < qb + 3; j++) {
		const tok *t = &w->t[j];
		size_t n = t->e - t->s;
		if (t->num || t->comma || t->brk)
			return 0;
		if (!(n >= hl && n <= hl + 2 && strncasecmp(b + t->s, head, hl) == 0))
			continue;
		if (j + 2 >= cb)
			return 0;
		const tok *v = &w->t[j + 1];
		size_t vn = v->e - v->s;
		if (v->cap || v->num || v->comma || v->brk || tok_is(v, K_STOP) || vn < 3 || !fb_islower((unsigned char)b[v->s]))
			return 0;
		if ((vn > 4 && strncmp(b + v->e - 3, "ing", 3) == 0) || strncmp(b + v->e - 2, "ed", 2) == 0 ||
		    strncmp(b + v->e - 2, "en", 2) == 0)
			return 0;
		for (size_t i = 0; i < sizeof np_goes_on / sizeof *np_goes_on; i++)
			if (word_is(b, v, np_goes_on[i]))
				return 0;
		for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
			if (word_is(b, v, preps[i]))
				return 0;
		return 1;
	}
	return 0;
}

/* "The 12,000 people in shelters", "the 187,000 jobs added in March",
 * "the 41 boxes we took down", "the 88 boxes now in use": a set its words
 * after the noun restrict is no set size for other predicates. */
int scope_restricted_after(const char *b, const words *w, size_t qb, size_t cb, const char *measure, const char *head)
{
	if (verb_after_head(b, w, qb, cb, head))
		return 0;
	size_t h = qb;
	int noun_in = qb > 0 && !w->t[qb - 1].num; /* "187,000 jobs" read as one quantity */
	for (; h < cb && h < qb + 3; h++) {
		const tok *t = &w->t[h];
		/* "jobs added in March" (not "lanes would cut": a verb) */
		/* but "The 241 victims lost an average of $170,000": an object
		 * after the verb makes it the sentence's own */
		if (measure && (h > qb || noun_in) && h > 0 && !w->t[h - 1].kinds && word_is(b, t, measure))
			return !w->t[h].comma && !(h + 1 < cb && (w->t[h + 1].num || tok_is(&w->t[h + 1], K_DEFINITE | K_INDEFINITE)));
		/* "the 421 homes lost so far", "the 300 jobs cut": a participle
		 * ending the noun phrase names the set by what was done; an
		 * adverb of place says where ("the 37 miners underground") */
		if ((h > qb || noun_in) && !t->cap && !t->num && !t->comma && !t->brk && ends_set(b, t) &&
		    (h + 1 >= cb || w->t[h + 1].comma || w->t[h + 1].brk ||
		     (h + 2 < cb && word_is(b, &w->t[h + 1], "so") && word_is(b, &w->t[h + 2], "far"))))
			return 1;
		int stop = 0;
		for (size_t i = 0; i < sizeof preps / sizeof *preps && !stop; i++)
			stop = word_is(b, t, preps[i]);
		if (stop)
			break;
		if (t->cap || t->num || t->comma || t->brk || tok_is(t, K_STOP))
			return 0;
	}
	if ((h == qb && !noun_in) || h >= cb || h >= qb + 3 || w->t[h].comma || w->t[h].brk)
		return 0;
	/* "at the Ardent school": a name's, the place's whole set */
	for (size_t j = h + 1; j < cb && j < h + 5 && !w->t[j].comma; j++)
		if (w->t[j].cap && !tok_is(&w->t[j], K_MONTH | K_WEEKDAY))
			return 0;
	return 1;
}

/* "of the 900 pupils", "of the victims", "of the dead": the words after
 * "of the" name a set (a number, a plural, a collective noun), so the
 * number before is a part of it; not "850 pupils of the school". */
int scope_set_after(const char *b, const words *w, size_t i, size_t cb)
{
	int read = 0;
	for (size_t j = i; j < cb && j < i + 4; j++) {
		const tok *t = &w->t[j];
		if (j > i && (t->comma || t->brk || tok_is(t, K_STOP)))
			break;
		if (t->num || tok_is(t, K_COLLECTIVE | K_DIGIT_WORD))
			return 1;
		size_t n = t->e - t->s;
		if (n > 3 && b[t->e - 1] == 's' && b[t->e - 2] != 's')
			return 1; /* "victims", "the party's" */
		read = 1;
	}
	return !read; /* nothing to read: as before */
}

/* "the 27 goals Pike scored", "the 14 counts Hale faced": a definite
 * count whose head is followed by a name and a verb is restricted by that
 * contact clause; the name holds the set ("Pike's goals") and the verb is
 * its predicate. h: the head's index + 1. */
int scope_contact_relative(const fb_scoper *sc, const fb_claimer *cl, const fb_lexicon *mid, const char *b,
    const words *w, size_t ca, size_t qa, size_t h, size_t cb, int no_measure, fb_scope *s)
{
	if (!h || h + 1 >= cb || s->predicate || s->measure || qa <= ca ||
	    !tok_is(&w->t[qa - 1], K_DEFINITE) || w->t[h].comma || w->t[h].brk)
		return 0;
	/* "the 214 people our crews pulled out", "the 40 we took down": a
	 * pronoun's or an owned noun's clause restricts the set too (its
	 * doer holds nothing a name could) */
	if (!scope_name_word(sc, mid, b, w, h)) {
		size_t v = h + 1;
		const tok *d = &w->t[h];
		if ((word_is(b, d, "our") || word_is(b, d, "their") || word_is(b, d, "its") || word_is(b, d, "his") ||
		     word_is(b, d, "her") || word_is(b, d, "my")) && v < cb && !w->t[v].cap && !w->t[v].comma)
			v++;
		else if (word_is(b, d, "the") && v + 1 < cb) {
			/* "the 603 respondents the Lakeshore pollsters classified":
			 * a noun phrase of up to three words, then its past verb */
			size_t e = v;
			while (e < cb && e < v + 3 && !w->t[e].comma && !w->t[e].brk && !w->t[e].num &&
			    !fb_is_past_verb(cl, b + w->t[e].s, w->t[e].e - w->t[e].s))
				e++;
			if (e == v || e >= cb || w->t[e].comma || w->t[e].brk || w->t[e].cap || b[w->t[e - 1].e - 1] != 's')
				return 0; /* (a plural doer: "the pollsters", not "the state capital") */
			v = e;
		}
		else if (!(word_is(b, d, "we") || word_is(b, d, "they") || word_is(b, d, "i") || word_is(b, d, "you") ||
		           word_is(b, d, "he") || word_is(b, d, "she")))
			return 0;
		while (v < cb && (word_is(b, &w->t[v], "have") || word_is(b, &w->t[v], "had") || word_is(b, &w->t[v], "has")))
			v++;
		if (v >= cb || w->t[v].cap || w->t[v].num || w->t[v].comma || w->t[v].brk ||
		    !fb_is_past_verb(cl, b + w->t[v].s, w->t[v].e - w->t[v].s))
			return 0;
		/* "the 1,520 delegates she has won": hers (align names her) */
		s->pron = word_is(b, d, "she") ? 2 : word_is(b, d, "he") ? 1 : 0;
		if (no_measure)
			scope_predicate_after(cl, b, w, v, cb, s, 1);
		return s->measure || s->predicate || !no_measure;
	}
	size_t next;
	char *nm = scope_name_at(sc, mid, b, w, h, cb, &next);
	if (!nm)
		return 0;
	const tok *v = next < cb ? &w->t[next] : NULL;
	if (v && !v->cap && !v->num && !v->comma && !v->brk && !tok_is(v, K_STOP | K_PLACE_PREP) &&
	    !word_is(b, v, "and") && !word_is(b, v, "of")) {
		if (no_measure)
			scope_predicate_after(cl, b, w, next, cb, s, 1); /* its own verb: no set size for others */
		if (s->measure || s->predicate || !no_measure) { /* "the 23 goals Osei has scored" */
			free(s->holder);
			s->holder = nm;
			return 1;
		}
	}
	free(nm);
	return 0;
}

/* The measure of a change verb's entry ("rose", "fell"), else NULL. */
static const char *change_verb(const fb_claimer *cl, const char *b, const tok *t)
{
	const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
	if (!e || !e->nfield || !e->field[0])
		return NULL;
	return strcmp(e->field[0], "rose") == 0 || strcmp(e->field[0], "fell") == 0 ? e->field[0] : NULL;
}

/* "its", "their", "Halvorsen's": the owner of what follows is the clause's
 * subject or a name, not a common noun's part ("the division's"). */
static int owner_word(const char *b, const tok *t)
{
	return word_is(b, t, "its") || word_is(b, t, "their") || word_is(b, t, "his") || word_is(b, t, "her") ||
	    (t->cap && tok_possessive(b, t));
}

/* "its profit rose 18 percent, to $412 million", "the number of people
 * confirmed dead rose to 43": a number reached by a change ("to N") is the
 * level of what changed, so its measure is the listed word before the
 * verb ("profit", "dead" = killed), and "the number of X" names its head. */
void scope_level_measure(const fb_claimer *cl, const char *b, const words *w, size_t ca, size_t qa, fb_scope *s,
    int owned_only)
{
	if (s->measure || qa < ca + 3 || !word_is(b, &w->t[qa - 1], "to"))
		return;
	size_t v = qa - 1;
	while (v > ca && !change_verb(cl, b, &w->t[v - 1]))
		v--;
	if (v <= ca + 1)
		return;
	v--; /* the change verb */
	for (size_t i = ca; i < v; i++) {
		const tok *t = &w->t[i];
		if (!s->head && i + 2 < v && word_is(b, t, "number") && word_is(b, &w->t[i + 1], "of") &&
		    !w->t[i + 2].cap && !w->t[i + 2].num) {
			const tok *h = &w->t[i + 2];
			const char *cls = fb_class_of(cl, b + h->s, h->e - h->s);
			s->head = cls ? fb_xstrdup(cls) : scope_head_lemma(cl, b + h->s, h->e - h->s);
			s->own_head = 1;
		}
		const fb_entry *e = fb_lexicon_get(cl->measures, b + t->s, t->e - t->s);
		if (e && e->nfield && e->field[0] && !change_verb(cl, b, t)) {
			if (owned_only && !(i > 0 && owner_word(b, &w->t[i - 1])))
				return; /* "the division's revenue rose to $1.1 billion" */
			s->measure = e->field[0];
			/* "Sales of existing homes rose 9.3 percent to 118,400": a
			 * count with no noun counts the level's subject ("the 118,400
			 * sales") */
					if (!s->head && !owned_only && (!t->cap || t->brk)) { /* (a capital opening it) */
				s->head = scope_head_lemma(cl, b + t->s, t->e - t->s);
				s->own_head = 1;
			}
			return;
		}
	}
}

/* "which represents about 14,000 nurses", "room for 1,500 people": the
 * measure (data/size.tsv) of a count that is what its holder has or could
 * hold, read from the one or two words before it in its clause; NULL when
 * none is listed. */
const char *scope_size_measure(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t qa)
{
	if (qa <= ca || qa > w->n)
		return NULL;
	const tok *v = &w->t[qa - 1];
	const fb_entry *e = NULL;
	if (qa >= ca + 2 && !v->comma && !v->brk) {
		const tok *u = &w->t[qa - 2];
		char two[64];
		int n = snprintf(two, sizeof two, "%.*s %.*s", (int)(u->e - u->s), b + u->s, (int)(v->e - v->s), b + v->s);
		if (n > 0 && (size_t)n < sizeof two) {
			for (int i = 0; i < n; i++)
				two[i] = (char)fb_tolower((unsigned char)two[i]);
			e = fb_lexicon_get(sc->size, two, (size_t)n);
		}
	}
	if (!e)
		e = fb_lexicon_get(sc->size, b + v->s, v->e - v->s);
	return e && e->nfield ? e->field[0] : NULL;
}

/* A sum is grouped by what it pays for, never by the bare unit: "a fee of
 * £52 million" and "a record £52 million fee" are both a fee's (the noun
 * before "of", or the one the claims stage read after the sum). */
void scope_money_head(const fb_scoper *sc, const fb_claimer *cl, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, const fb_quantity *q, fb_scope *s)
{
	if (qa >= ca + 2 && qa <= w->n && word_is(b, &w->t[qa - 1], "of")) {
		const tok *t = &w->t[qa - 2];
		size_t n = t->e - t->s;
		int alpha = n > 2;
		for (size_t i = t->s; i < t->e && alpha; i++)
			alpha = fb_islower((unsigned char)b[i]);
		if (alpha && !t->comma && !tok_is(t, K_STOP | K_TOTAL_NOUN | K_DEFINITE | K_DIGIT_WORD | K_SUPERLATIVE)) {
			const char *cls = fb_class_of(cl, b + t->s, n);
			free(s->head);
			s->head = cls ? fb_xstrdup(cls) : scope_head_lemma(cl, b + t->s, n);
			s->own_head = 1;
			return;
		}
	}
	/* "the $2.6 billion plan takes effect": the noun right after a sum is
	 * what it pays for (not "takes", a verb read as a plural) */
	static const char *const closed[] = { "for", "to", "from", "with", "of", "on", "by", "over", "into", "than",
		"and", "or", "but", "per", "since", "after", "before", "this", "that", "these", "those", "its", "their",
		"his", "her", "our", "was", "were", "is", "are", "will", "would", "more", "less" };
	const tok *t = qb < w->n ? &w->t[qb] : NULL;
	size_t n = t ? t->e - t->s : 0;
	int noun = t && n > 2 && !t->cap && !t->num && !t->comma && !t->brk && !t->kinds &&
	    !(b[t->e - 1] == 's' || (b[t->e - 2] == 'e' && b[t->e - 1] == 'd') ||
	      (n > 4 && strncmp(b + t->e - 3, "ing", 3) == 0) || (b[t->e - 2] == 'e' && b[t->e - 1] == 'r'));
	for (size_t i = noun ? t->s : 0; noun && i < t->e; i++)
		noun = fb_islower((unsigned char)b[i]);
	for (size_t i = 0; noun && i < sizeof closed / sizeof *closed; i++)
		noun = !word_is(b, t, closed[i]);
	if (noun && qb + 1 < w->n && !w->t[qb + 1].brk && !w->t[qb + 1].comma && !w->t[qb + 1].cap &&
	    b[w->t[qb + 1].e - 1] == 's' && s->head && q->unit && strcmp(s->head, q->unit) != 0) {
		const char *cls = fb_class_of(cl, b + t->s, n);
		free(s->head);
		s->head = cls ? fb_xstrdup(cls) : scope_head_lemma(cl, b + t->s, n);
	}
	if (s->head && q->unit && strcmp(s->head, q->unit) != 0 && strcmp(s->head, "money") != 0)
		s->own_head = 1; /* "a record £52 million fee" */
}

/* "the £52 million Harbor City will pay": a definite sum whose contact
 * clause names its payer, who holds it. */
void scope_money_payer(const fb_scoper *sc, const fb_lexicon *mid, const char *b, const words *w, size_t ca,
    size_t qa, size_t qb, size_t cb, fb_scope *s)
{
	if (s->holder || qa <= ca || qb + 1 >= cb || !tok_is(&w->t[qa - 1], K_DEFINITE) || w->t[qb].comma ||
	    w->t[qb].brk || !scope_name_word(sc, mid, b, w, qb))
		return;
	size_t next;
	char *nm = scope_name_at(sc, mid, b, w, qb, cb, &next);
	const tok *v = nm && next < cb ? &w->t[next] : NULL;
	if (v && !v->cap && !v->num && !v->comma && !v->brk && !tok_is(v, K_STOP | K_PLACE_PREP | K_SPEECH) &&
	    !word_is(b, v, "and") && !word_is(b, v, "of")) {
		s->holder = nm;
		return;
	}
	free(nm);
}
