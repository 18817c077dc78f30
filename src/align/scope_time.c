/* scope_time.c - when a number holds: the time its clause names, figures
 * superseded (a forecast, a revision, a baseline), the perfect tense of a
 * running total, the time a sentence that points back takes from the one
 * before it, and the time's ISO 8601 form. */
#include "scope_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The time the clause names: a month or a year after in/since/during/of,
 * or "last month". */
static char *time_at(const fb_scoper *sc, const char *b, const words *w, size_t i, size_t ca, size_t cb);

/* "the most since 2019", "the highest in a decade since": a superlative
 * at i with "since" a few words on frames a comparison. */
int scope_since_frame(const char *b, const words *w, size_t i, size_t cb)
{
	if (!tok_is(&w->t[i], K_SUPERLATIVE))
		return 0;
	for (size_t j = i + 1; j < cb && j < i + 11; j++) /* "the most for any candidate in a city election since" */
		if (word_is(b, &w->t[j], "since"))
			return 1;
	return 0;
}

/* The time nearest the number in its clause: the first after it ("$1
 * million in April"), else the last before it ("In February, ..."). */
char *scope_time_in(const fb_scoper *sc, const char *b, const words *w, size_t ca, size_t cb, size_t qa,
    size_t qb)
{
	for (size_t i = qb; i < cb; i++) {
		/* "the bridge, which has been closed since 2023": an aside on
		 * another noun, whose time is its own */
		if (i > qb && w->t[i].comma && (word_is(b, &w->t[i], "which") || word_is(b, &w->t[i], "who") ||
		    word_is(b, &w->t[i], "where")))
			break;
		/* "14 families who sued the state six years ago": what the
		 * counted did before, not when the count holds (but "12 people
		 * who died last week": a harm's own time; and "the 8,420 people
		 * who arrived in the first quarter": a definite set's clause
		 * says which set) */
		if (i >= qb && !(qa > ca && (tok_is(&w->t[qa - 1], K_DEFINITE) || tok_possessive(b, &w->t[qa - 1]))) &&
		    (word_is(b, &w->t[i], "who") || word_is(b, &w->t[i], "which") || word_is(b, &w->t[i], "that"))) {
			size_t v = i + 1;
			while (v < cb && v < i + 3 && (word_is(b, &w->t[v], "were") || word_is(b, &w->t[v], "was") ||
			    word_is(b, &w->t[v], "had") || word_is(b, &w->t[v], "have") || word_is(b, &w->t[v], "has") ||
			    word_is(b, &w->t[v], "been")))
				v++;
			if (v < cb && !tok_is(&w->t[v], K_HARM) && !word_is(b, &w->t[v], "died"))
				break;
		}
		/* "240, down from 410 a decade ago": the time is the other value's */
		if ((word_is(b, &w->t[i], "from") || word_is(b, &w->t[i], "than")) && i + 1 < cb &&
		    (w->t[i + 1].num || tok_is(&w->t[i + 1], K_DIGIT_WORD)))
			break;
		/* "three times the $5 million approved in 2019": a definite count
		 * after this one, with its own clause, holds the time after it */
		if (i > qb && w->t[i].num && tok_is(&w->t[i - 1], K_DEFINITE))
			break;
		/* "The 31 killed were the most since 2019": the time after a
		 * superlative frames the comparison, not this count */
		if (i > qb && scope_since_frame(b, w, i, cb))
			break;
		/* "scored 38 points, 21 of them in the fourth quarter, on
		 * Friday": the apposed part's time is the part's */
		if (w->t[i].comma && (w->t[i].num || tok_is(&w->t[i], K_DIGIT_WORD)) && i + 2 < cb &&
		    word_is(b, &w->t[i + 1], "of") && (word_is(b, &w->t[i + 2], "them") || word_is(b, &w->t[i + 2], "those"))) {
			size_t j = i + 3;
			while (j < cb && !w->t[j].comma && !w->t[j].brk)
				j++;
			i = j - 1;
			continue;
		}
		char *t = time_at(sc, b, w, i, ca, cb);
		if (t)
			return t;
	}
	for (size_t i = qa; i > ca; i--) {
		/* "in three shipments": the number's own extent is no time of
		 * it (but "Six in 10 likely voters" is a share's) */
		if (i == qa && (word_is(b, &w->t[i - 1], "in") || word_is(b, &w->t[i - 1], "over") ||
		    word_is(b, &w->t[i - 1], "across")) &&
		    !(i >= ca + 2 && (w->t[i - 2].num || tok_is(&w->t[i - 2], K_DIGIT_WORD))))
			continue;
		char *t = time_at(sc, b, w, i - 1, ca, cb);
		if (t)
			return t;
	}
	return NULL;
}

/* Is t a year: four digits from 1800 to 2100 ("in 2021")? */
int scope_tok_year(const char *b, const tok *t)
{
	if (t->e - t->s != 4)
		return 0;
	int y = 0;
	for (size_t i = t->s; i < t->e; i++) {
		if (!fb_isdigit((unsigned char)b[i]))
			return 0;
		y = y * 10 + (b[i] - '0');
	}
	return y >= 1800 && y <= 2100;
}

/* "year", "weeks": a calendar unit, the word s[0, n) */
int scope_period_unit(const char *s, size_t n)
{
	static const char *const units[] = { "year", "years", "month", "months", "week", "weeks", "day", "days",
		"decade", "decades" };
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (fb_word_eq(s, n, units[i]))
			return 1;
	return 0;
}

/* "years" in "four years ago" */
int scope_ago_unit(const char *b, const tok *t)
{
	return scope_period_unit(b + t->s, t->e - t->s);
}

/* Is word i a time ("March", "May 3", "in 2018", "on Sunday", "last month")? */
static char *time_at(const fb_scoper *sc, const char *b, const words *w, size_t i, size_t ca, size_t cb)
{
	const tok *t = &w->t[i];
	/* "in the five-game series", "during the regular season", "across the
	 * playoffs": a period named by its event noun (data/periods.txt); "the
	 * series" and "the regular season" are two times */
	if ((word_is(b, t, "in") || word_is(b, t, "during") || word_is(b, t, "over") || word_is(b, t, "across") ||
	    word_is(b, t, "throughout")) && i + 2 < cb &&
	    (word_is(b, &w->t[i + 1], "the") || word_is(b, &w->t[i + 1], "his") || word_is(b, &w->t[i + 1], "her") ||
	     word_is(b, &w->t[i + 1], "their")))
		/* (a person's too: "14 goals in his first season"; not "its
		 * fiscal second quarter", which a later clause's count of the
		 * same sentence would take) */
		for (size_t j = i + 2; j < cb && j < i + 5; j++) {
			const tok *u = &w->t[j];
			if (u->comma || u->brk || u->cap || tok_is(u, K_STOP) || u->num)
				break;
			const fb_entry *pe = fb_lexicon_get(sc->periods, b + u->s, u->e - u->s);
			if (pe && !(pe->nfield && j == i + 2) &&
			    !(j + 1 < cb && !w->t[j + 1].comma && !w->t[j + 1].brk && word_is(b, &w->t[j + 1], "of")))
				return scope_lower_dup(b + w->t[i + 1].s, u->e - w->t[i + 1].s);
		}
	/* "the third quarter's profit": the same period as a possessive */
	if (tok_possessive(b, t) && !t->cap)
		for (size_t j = i; j > ca && j + 3 > i; j--)
			if (word_is(b, &w->t[j - 1], "the")) {
				const fb_entry *pe = fb_lexicon_get(sc->periods, b + t->s, t->e - t->s - 2);
				if (pe && !(pe->nfield && j == i))
					return scope_lower_dup(b + w->t[j - 1].s, t->e - 2 - w->t[j - 1].s);
				break;
			}
	/* "Saturday's 112 arrests", "May's 41 deaths": the day's or month's */
	if (t->cap && tok_possessive(b, t) && is(sc, K_WEEKDAY | K_MONTH, b + t->s, t->e - t->s - 2))
		return fb_fold_text(b + t->s, t->e - t->s - 2);
	if (tok_is(t, K_MONTH) && t->cap) {
		size_t e = t->e;
		if (i + 1 < cb && w->t[i + 1].num && w->t[i + 1].e - w->t[i + 1].s <= 2)
			e = w->t[i + 1].e; /* "May 3" */
		return fb_fold_text(b + t->s, e - t->s);
	}
	/* "died on Sunday" (not "said on Sunday": when it was told); "by
	 * Tuesday evening, the toll stood at 27": the level then */
	if (tok_is(t, K_WEEKDAY) && t->cap && i > ca && (word_is(b, &w->t[i - 1], "on") || word_is(b, &w->t[i - 1], "by")) &&
	    !(i > ca + 1 && tok_is(&w->t[i - 2], K_SPEECH)))
		return fb_fold_text(b + t->s, t->e - t->s);
	/* "By mid-morning, 12 people had been confirmed dead" and "by
	 * afternoon, the toll had risen to 31": two times of one day */
	if (tok_is(t, K_DAYPART) && i > ca && (word_is(b, &w->t[i - 1], "by") || word_is(b, &w->t[i - 1], "until") ||
	    (i > ca + 1 && word_is(b, &w->t[i - 1], "of") && word_is(b, &w->t[i - 2], "as"))))
		return fb_fold_text(b + w->t[i - 1].s, t->e - w->t[i - 1].s);
	/* "By 4 p.m. the toll had risen to 7": a clock time a running
	 * figure was given at, as "by afternoon" */
	if (t->num && t->e - t->s <= 5 && i > ca && i + 1 < cb &&
	    (word_is(b, &w->t[i - 1], "by") || word_is(b, &w->t[i - 1], "until")) &&
	    (w->t[i - 1].cap || w->t[i - 1].brk || w->t[i - 1].comma) && /* opening its clause */
	    (b[w->t[i + 1].s] == 'a' || b[w->t[i + 1].s] == 'p') && w->t[i + 1].e - w->t[i + 1].s >= 2 &&
	    b[w->t[i + 1].s + 1] == '.')
		return fb_fold_text(b + w->t[i - 1].s, w->t[i + 1].e - w->t[i - 1].s);
	/* "up from 61,000 at 11:20 a.m.", "at 4 p.m.": the clock time a
	 * figure was given at (a live blog's entry of that time gave it; the
	 * tokens of "11:20" are two) */
	if (word_is(b, t, "at") && i + 2 < cb && w->t[i + 1].num && !w->t[i + 1].comma &&
	    w->t[i + 1].e - w->t[i + 1].s <= 2) {
		size_t m = i + 2;
		if (b[w->t[i + 1].e] == ':' && w->t[m].num && m + 1 < cb)
			m++;
		const tok *u = &w->t[m];
		if (!u->comma && !u->brk && (b[u->s] == 'a' || b[u->s] == 'p') && u->e - u->s >= 2 && b[u->s + 1] == '.')
			return fb_fold_text(b + w->t[i + 1].s, u->e + (b[u->e] == '.') - w->t[i + 1].s);
	}
	if (scope_tok_year(b, t) && i > ca &&
	    (word_is(b, &w->t[i - 1], "in") || word_is(b, &w->t[i - 1], "since") ||
	     word_is(b, &w->t[i - 1], "during")))
		return fb_fold_text(b + t->s, t->e - t->s);
	if (tok_is(t, K_PERIOD) && i + 1 < cb && tok_is(&w->t[i + 1], K_RATE_UNIT))
		return fb_fold_text(b + t->s, w->t[i + 1].e - t->s);
	/* "17 goals in 21 matches", "9 wins over 12 races": a count over so
	 * many of something has that extent, and one over another many is
	 * another (a season's goals against a career's). Not a calendar
	 * period: "the first rise in six years" says nothing of the rise's
	 * own time. */
	/* (so "over his three seasons", "in their 12 years": an owner's) */
	size_t i0 = i;
	if ((word_is(b, t, "in") || word_is(b, t, "over") || word_is(b, t, "across")) && i + 3 < cb &&
	    (word_is(b, &w->t[i + 1], "his") || word_is(b, &w->t[i + 1], "her") || word_is(b, &w->t[i + 1], "their") ||
	     word_is(b, &w->t[i + 1], "its")) && (w->t[i + 2].num || tok_is(&w->t[i + 2], K_DIGIT_WORD)) &&
	    !w->t[i + 2].comma && !w->t[i + 1].comma)
		i++;
	if ((word_is(b, t, "in") || word_is(b, t, "over") || word_is(b, t, "across")) && i + 2 < cb &&
	    (w->t[i + 1].num || tok_is(&w->t[i + 1], K_DIGIT_WORD)) && !w->t[i + 1].comma && !w->t[i + 2].comma &&
	    !w->t[i + 1].brk && !w->t[i + 2].brk && !w->t[i + 2].num && !w->t[i + 2].cap &&
	    !scope_ago_unit(b, &w->t[i + 2]) && !tok_is(&w->t[i + 2], K_PERIOD) &&
	    (!w->t[i + 1].num || fb_isdigit((unsigned char)b[w->t[i + 1].s])) && !word_is(b, &w->t[i + 2], "million") &&
	    !word_is(b, &w->t[i + 2], "billion") && !word_is(b, &w->t[i + 2], "thousand") &&
	    !word_is(b, &w->t[i + 2], "percent") && !memchr(b + w->t[i + 1].s, '%', w->t[i + 1].e - w->t[i + 1].s)) {
		/* not a sum or a share: "hauls in $4.2 million", "shrank
		 * tumors in 41 percent of patients" */
		/* the extent is its noun, past a word that describes it: "in
		 * three separate operations" is "in three operations" */
		size_t n = i + 2;
		const tok *u = &w->t[n];
		if (b[u->e - 1] != 's' && n + 1 < cb) {
			const tok *v = &w->t[n + 1];
			if (!v->comma && !v->brk && !v->cap && !v->num && !tok_is(v, K_STOP) && b[v->e - 1] == 's' &&
			    !tok_is(v, K_PERIOD))
				n++;
		}
		if (!scope_tok_year(b, &w->t[i + 1])) {
			char *x = fb_fold_text(b + t->s, w->t[i + 1].e - t->s);
			char *y = fb_fold_text(b + w->t[n].s, w->t[n].e - w->t[n].s);
			char *r = fb_xasprintf("%s %s", x, y);
			free(x);
			free(y);
			return r;
		}
	}
	i = i0;
	/* "four years ago", "a year ago": another period than the article's */
	if (i + 2 < cb && word_is(b, &w->t[i + 2], "ago") && scope_ago_unit(b, &w->t[i + 1]) &&
	    (t->num || tok_is(t, K_DIGIT_WORD) || word_is(b, t, "a")))
		return fb_fold_text(b + t->s, w->t[i + 2].e - t->s);
	return NULL;
}

/* "economists expect a gain of 160,000 jobs": a forecast (up to eight
 * words before the number in its clause, twelve with no comma) is no
 * statement of what happened;
 * "early reports put the toll at seven": a figure since replaced. */
/* Is word i "early" of a time ("early Friday", "early in the morning"):
 * when, not an early report? */
static int early_time(const char *b, const words *w, size_t i)
{
	static const char *const parts[] = { "morning", "afternoon", "evening", "today", "tonight", "hours" };
	if (!(word_is(b, &w->t[i], "early") || word_is(b, &w->t[i], "earlier")) || i + 1 >= w->n || w->t[i + 1].comma ||
	    w->t[i + 1].brk)
		return 0;
	size_t j = i + 1;
	if ((word_is(b, &w->t[j], "in") || word_is(b, &w->t[j], "on")) && j + 1 < w->n)
		j++; /* "early in the morning", "earlier on Monday" */
	if (word_is(b, &w->t[j], "the") && j + 1 < w->n)
		j++;
	if (tok_is(&w->t[j], K_WEEKDAY | K_MONTH))
		return 1;
	for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
		if (word_is(b, &w->t[j], parts[k]))
			return 1;
	return 0;
}

void scope_forecast_superseded(const char *b, const words *w, size_t ca, size_t qa, fb_scope *s)
{
	/* "a plan to close two schools", "proposes to cut 300 jobs": what is
	 * proposed has not happened */
	static const char *const plans[] = { "plan", "plans", "proposal", "proposals", "proposes", "proposed", "aims",
		"intends", "bid" };
	for (size_t i = qa > ca + 5 ? qa - 5 : ca; i + 1 < qa; i++) /* up to five words before it */
		for (size_t j = 0; j < sizeof plans / sizeof *plans; j++)
			if (word_is(b, &w->t[i], plans[j]) && word_is(b, &w->t[i + 1], "to") && !w->t[i + 1].comma)
				s->mode = FB_MO_HYPOTHETICAL;
	for (size_t i = ca; i < qa; i++) {
		/* (not a comparison with it: "more than economists had
		 * expected, and the rate edged down to 4.1 percent") */
		int than = 0;
		for (size_t j = i; j > ca && j + 3 > i && !than; j--)
			than = word_is(b, &w->t[j - 1], "than");
		if (tok_is(&w->t[i], K_FORECAST) && qa - i <= 12 && s->mode == FB_MO_ASSERTED && !than) {
			/* up to eight words before the number, or twelve with no
			 * comma between ("had expected earnings of $1.79 a share on
			 * revenue of $3.72 billion") */
			int open = 1;
			for (size_t j = i + 1; j < qa && open; j++)
				open = !w->t[j].comma && !w->t[j].brk;
			if (qa - i <= 8 || open)
				s->mode = FB_MO_HYPOTHETICAL;
		}
		/* (not "up 6 percent from a year earlier": a baseline's time) */
		if (tok_is(&w->t[i], K_SUPERSEDED) && !early_time(b, w, i) &&
		    !(i > ca && (tok_is(&w->t[i - 1], K_PERIOD) || scope_ago_unit(b, &w->t[i - 1]))))
			s->superseded = 1;
		/* "officials had put the toll at 31": a figure given before the
		 * one the article reports now */
		if (word_is(b, &w->t[i], "had") && i + 1 < qa && tok_is(&w->t[i + 1], K_FIGURE_VERB))
			s->superseded = 1;
		/* "after the first count showed Greenway ahead by 1,301 votes":
		 * a first count or tally, since replaced */
		if (word_is(b, &w->t[i], "first") && i + 1 < qa &&
		    (word_is(b, &w->t[i + 1], "count") || word_is(b, &w->t[i + 1], "tally") ||
		     word_is(b, &w->t[i + 1], "estimate") || word_is(b, &w->t[i + 1], "results")))
			s->superseded = 1;
		/* "the agency's first estimate put the dead at 46": the first
		 * of the figures given, since replaced */
		if ((word_is(b, &w->t[i], "first") || word_is(b, &w->t[i], "earliest")) && qa >= 2 &&
		    word_is(b, &w->t[qa - 1], "at"))
			for (size_t j = i + 1; j + 1 < qa && j < i + 12; j++)
				if (tok_is(&w->t[j], K_FIGURE_VERB) && !tok_is(&w->t[j], K_SPEECH) && j + 4 >= qa)
					s->superseded = 1;
	}
}

/* "900 homes, a figure it revised upward on Thursday": a revising word
 * after the number in its sentence, with no number of its own after it
 * ("revised to 46" gives the new one), marks a superseded figure. */
int scope_revised_after(const words *w, size_t qb)
{
	for (size_t i = qb; i < w->n; i++) {
		if (!tok_is(&w->t[i], K_REVISED))
			continue;
		for (size_t j = i + 1; j < w->n && j < i + 4; j++)
			if (w->t[j].num)
				return 0;
		return 1;
	}
	return 0;
}

/* "has killed 18,000", "18,000 people have died": a present perfect right
 * before the number, or after its noun, says a running total. */
int scope_perfect_tense(const char *b, const words *w, size_t ca, size_t cb, size_t qa, size_t qb)
{
	if (qa >= ca + 2 && qa <= w->n && (word_is(b, &w->t[qa - 2], "has") || word_is(b, &w->t[qa - 2], "have")) &&
	    !w->t[qa - 1].cap && !w->t[qa - 1].num && !w->t[qa - 1].comma)
		return 1;
	for (size_t i = qb; i < cb && i < qb + 3; i++) {
		if (w->t[i].comma || w->t[i].brk || w->t[i].num)
			break;
		if ((word_is(b, &w->t[i], "has") || word_is(b, &w->t[i], "have")) && i + 1 < cb && !w->t[i + 1].cap &&
		    !w->t[i + 1].num)
			return 1;
	}
	return 0;
}

/* "Kirsa has seen five attacks this year. In all, those attacks have killed
 * 67": a count in a sentence that points back with "those" or "these",
 * with no time of its own, takes the time of the sentence before it in
 * its paragraph; so does one that opens with "that" and a noun ("That
 * survey of 968 likely voters", "In that heat wave,"), from the paragraph
 * before too. */
void scope_demonstrative_times(const fb_doc *doc, const fb_qlist *ql, const fb_claims *c, fb_scope *out)
{
	/* the first claim of each sentence: no claim before it is of that
	 * sentence, so the look back stops there */
	size_t *first = fb_xcalloc(doc->nsent ? doc->nsent : 1, sizeof *first);
	for (size_t si = 0; si < doc->nsent; si++)
		first[si] = SIZE_MAX;
	for (size_t ci = c->nc; ci-- > 0;)
		first[c->c[ci].sent] = ci;
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || k->quantity < 0 || out[ci].time || !out[ci].set || k->sent == 0)
			continue;
		const fb_sent *st = &doc->sent[k->sent];
		size_t qs = ql->q[k->quantity].start, found = 0;
		int that = fb_sent_that_opens(doc->buf, st->start, qs);
		if (doc->sent[k->sent - 1].para != st->para && !that)
			continue;
		for (size_t i = st->start; i + 5 < qs && !found; i++)
			if ((i == st->start || !fb_isalnum((unsigned char)doc->buf[i - 1])) &&
			    (fb_word_eq(doc->buf + i, 5, "those") || fb_word_eq(doc->buf + i, 5, "these")) &&
			    doc->buf[i + 5] == ' ')
				found = 1;
		found |= that;
		for (size_t j = ci; found && j-- > 0 && j >= first[k->sent - 1];) {
			if (c->c[j].sent != k->sent - 1)
				continue;
			if (out[j].time && !out[j].entry) {
				out[ci].time = fb_xstrdup(out[j].time);
				break;
			}
		}
	}
	free(first);
}

/* The day a sentence names an event by ("Monday's attack in Dusana
 * struck ..."): a capitalised weekday's possessive before a lower-case
 * word; NULL when none. */
static char *named_day(const fb_scoper *sc, const char *b, const words *w)
{
	for (size_t i = 0; i + 1 < w->n; i++) {
		const tok *t = &w->t[i], *u = &w->t[i + 1];
		if (t->cap && tok_possessive(b, t) && is(sc, K_WEEKDAY, b + t->s, t->e - t->s - 2) && !u->cap &&
		    !u->num && !u->comma && !u->brk)
			return fb_fold_text(b + t->s, t->e - t->s - 2);
	}
	return NULL;
}

/* Does b[s, e) hold "day's" or "day’s" (every weekday ends in "day")? */
static int day_possessive_in(const char *b, size_t s, size_t e)
{
	for (size_t i = s; i + 5 <= e; i++)
		if (b[i] == 'd' && b[i + 1] == 'a' && b[i + 2] == 'y' &&
		    ((b[i + 3] == '\'' && b[i + 4] == 's') ||
		     (i + 7 <= e && (unsigned char)b[i + 3] == 0xE2 && (unsigned char)b[i + 4] == 0x80 &&
		      (unsigned char)b[i + 5] == 0x99 && b[i + 6] == 's')))
			return 1;
	return 0;
}

void scope_named_day_times(const fb_scoper *sc, const fb_doc *doc, const fb_claims *c, fb_scope *out)
{
	char *day = NULL;
	size_t para = SIZE_MAX, sent = SIZE_MAX;
	words *w = fb_xcalloc(1, sizeof *w);
	for (size_t ci = 0; ci < c->nc; ci++) {
		const fb_claim *k = &c->c[ci];
		if (k->type != FB_CT_NUMERIC || !out[ci].set)
			continue;
		const fb_sent *st = &doc->sent[k->sent];
		if (st->para != para) {
			free(day);
			day = NULL;
			para = st->para;
			sent = SIZE_MAX;
		}
		/* the sentences since the last claim's, this one's included */
		for (size_t si = sent == SIZE_MAX ? doc->para[para].first_sent : sent + 1; si <= k->sent; si++) {
			if (!day_possessive_in(doc->buf, doc->sent[si].start, doc->sent[si].end))
				continue; /* a quick no: no "day's" in it */
			scope_tokenize(sc, doc->buf, doc->sent[si].start, doc->sent[si].end, w);
			char *d = named_day(sc, doc->buf, w);
			if (d) {
				free(day);
				day = d;
			}
		}
		sent = k->sent;
		if (day && !out[ci].time && !out[ci].entry && k->event == 0)
			out[ci].time = fb_xstrdup(day);
	}
	free(day);
	free(w);
}

const char *fb_time_norm(const char *text, char *out, size_t outlen)
{
	static const struct { const char *text, *norm; } rel[] = {
		{ "last year", "-P1Y" }, { "last month", "-P1M" }, { "last week", "-P1W" },
		{ "last night", "-P1D" }, { "this year", "P0Y" }, { "this month", "P0M" }, { "this week", "P0W" },
		{ "a year ago", "-P1Y" }, { "a month ago", "-P1M" }, { "a week ago", "-P1W" }, { "a day ago", "-P1D" },
	};
	if (!text)
		return NULL;
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++)
		if (fb_word_eq(text, strlen(text), rel[i].text))
			return rel[i].norm;
	/* a year: "2018" */
	if (strlen(text) == 4 && fb_isdigit((unsigned char)text[0]) && fb_isdigit((unsigned char)text[1]) &&
	    fb_isdigit((unsigned char)text[2]) && fb_isdigit((unsigned char)text[3])) {
		snprintf(out, outlen, "%s", text);
		return out;
	}
	/* "4 years ago" */
	char *e;
	long n = strtol(text, &e, 10);
	if (e != text && n > 0 && n < 1000 && *e == ' ') {
		static const struct { const char *unit; char c; } u[] = { { "years", 'Y' }, { "months", 'M' },
			{ "weeks", 'W' }, { "days", 'D' } };
		for (size_t i = 0; i < sizeof u / sizeof *u; i++)
			if (strncmp(e + 1, u[i].unit, strlen(u[i].unit)) == 0 && strcmp(e + 1 + strlen(u[i].unit), " ago") == 0) {
				snprintf(out, outlen, "-P%ld%c", n, u[i].c);
				return out;
			}
	}
	return NULL; /* a month or a day without its year: not worked out */
}
