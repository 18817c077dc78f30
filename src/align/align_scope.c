/* align_scope.c - whether two members of a group speak of the same thing:
 * their scopes (head, holder, place, time, part, mode) matched slot by
 * slot, with the anchors that say why. */
#include "align_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int align_source_of(const aligner *a, const fb_claim *k)
{
	if (k->attr < 0 || !a->at)
		return -1;
	return a->at->attr[k->attr].source;
}

/* Could two claims be about the same named things? Not when each clause
 * names something and they name nothing in common. */
int align_same_names(const fb_claim *x, const fb_claim *y)
{
	if (!x->nnames || !y->nnames)
		return 1;
	for (size_t i = 0; i < x->nnames; i++)
		for (size_t j = 0; j < y->nnames; j++)
			if (x->names[i] == y->names[j])
				return 1;
	return 0;
}

static void anchor(match *m, const char *slot, const char *value, int counts)
{
	if (m->nan < FB_MAX_ANCHORS) {
		m->an[m->nan].slot = slot;
		m->an[m->nan++].value = value;
	}
	m->anchored |= counts;
}

/* The value of anchor i, the event's written into buf. */
const char *align_anchor_value(const match *m, size_t i, char *buf, size_t len)
{
	if (m->an[i].value)
		return m->an[i].value;
	if (m->ex == m->ey)
		snprintf(buf, len, "E%d", m->ex + 1);
	else
		snprintf(buf, len, "E%d/E%d", m->ex + 1, m->ey + 1);
	return buf;
}

/* The length of the word at s: up to a space or hyphen, but "non-" keeps
 * its word ("non-teaching" is no "teaching"). */
static size_t mod_word(const char *s)
{
	size_t n = strcspn(s, " -");
	return n == 3 && strncmp(s, "non", 3) == 0 && s[3] == '-' ? strcspn(s, " ") : n;
}

int align_words_meet(const char *p, const char *q)
{
	for (const char *s = p; *s;) {
		size_t n = mod_word(s);
		for (const char *t = q; *t;) {
			size_t m = mod_word(t);
			if (n == m && n && strncmp(s, t, n) == 0)
				return 1;
			t += m;
			t += *t != '\0';
		}
		s += n;
		s += *s != '\0';
	}
	return 0;
}

/* Is a scope time an extent ("in 71 games", "over 12 races"): a
 * preposition, then a number (not a year)? */
int align_time_extent(const char *t)
{
	static const char *const preps[] = { "in ", "over ", "across " };
	static const char *const digits[] = { "two ", "three ", "four ", "five ", "six ", "seven ", "eight ",
		"nine ", "ten ", "a dozen " };
	for (size_t i = 0; t && i < sizeof preps / sizeof *preps; i++) {
		size_t n = strlen(preps[i]);
		if (strncmp(t, preps[i], n) != 0)
			continue;
		const char *r = t + n;
		if (fb_isdigit((unsigned char)*r))
			return strspn(r, "0123456789,") != 4 || r[4] != '\0';
		for (size_t j = 0; j < sizeof digits / sizeof *digits; j++)
			if (strncmp(r, digits[j], strlen(digits[j])) == 0)
				return 1;
	}
	return 0;
}

void align_note(const char **first, int *many, const char *v)
{
	if (!v)
		return;
	if (!*first)
		*first = v;
	else if (strcasecmp(*first, v) != 0) /* a dateline's "DUNMERE" is Dunmere */
		*many = 1;
}

head_stat *align_head_stats(const aligner *a, fb_lexicon *index)
{
	head_stat *hs = fb_xcalloc(a->c->nc ? a->c->nc : 1, sizeof *hs);
	size_t n = 0;
	for (size_t i = 0; i < a->c->nc; i++) {
		const fb_scope *s = &a->sc[i];
		if (!s->set || !s->head || !align_comparable(s))
			continue;
		const fb_entry *e = fb_lexicon_get(index, s->head, strlen(s->head));
		if (!e) {
			fb_entry *ne = fb_lexicon_add(index, s->head, strlen(s->head), NULL, 0);
			ne->line = ++n;
			e = ne;
		}
		head_stat *h = &hs[e->line - 1];
		align_note(&h->holder, &h->many_holders, s->holder);
		align_note(&h->place, &h->many_places, s->place);
	}
	return hs;
}

/* Is a claim's predicate known (a listed measure, or a verb of a
 * relative clause), not the bare "number"? */
static int predicate_known(const fb_scope *s, const fb_claim *k)
{
	return s->measure || s->relative || (k->measure && strcmp(k->measure, "number") != 0);
}

/* The next word of s[*i, n), lower case, in w (at most wn bytes); articles
 * are skipped. Returns its length, 0 at the end or at a clause break. */
static size_t next_word(const char *s, size_t n, size_t *i, char *w, size_t wn)
{
	for (;;) {
		while (*i < n && !fb_isalnum((unsigned char)s[*i]) && s[*i] != ',' && s[*i] != ';' && s[*i] != '.')
			(*i)++;
		if (*i >= n || !fb_isalnum((unsigned char)s[*i]))
			return 0;
		size_t l = 0;
		while (*i < n && (fb_isalnum((unsigned char)s[*i]) || s[*i] == '\'' || s[*i] == '-')) {
			if (l + 1 < wn)
				w[l++] = (char)fb_tolower((unsigned char)s[*i]);
			(*i)++;
		}
		w[l] = '\0';
		if (strcmp(w, "a") != 0 && strcmp(w, "an") != 0 && strcmp(w, "the") != 0)
			return l;
	}
}

/* 1: a preposition (an object's start, or an adjunct's after it); 2: an
 * auxiliary (the main clause's verb after a relative one); 0: other. */
static int closed_word(const char *w)
{
	static const char *const preps[] = { "for", "against", "on", "in", "at", "by", "to", "from", "with", "of",
		"over", "after", "before", "during", "since", "into", "about", "under", "across" };
	static const char *const aux[] = { "was", "were", "is", "are", "had", "have", "has", "will", "would", "said",
		"say", "says", "did", "do", "does", "could", "can", "may", "might", "should", "must", "been", "be", "and",
		"but", "or" };
	for (size_t i = 0; i < sizeof aux / sizeof *aux; i++)
		if (strcmp(w, aux[i]) == 0)
			return 2;
	for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
		if (strcmp(w, preps[i]) == 0)
			return 1;
	return 0;
}

/* Does the relative clause rel ("voted for a smaller increase") agree with
 * what claim ci's sentence says after the same verb ("Seven ... voted for
 * the increase": no)? A relative clause of ci's own must have the same
 * verb; a sentence without the verb agrees (nothing says otherwise). */
static int clause_agrees(const aligner *a, const char *rel, size_t ci)
{
	const fb_scope *so = &a->sc[ci];
	const char *t;
	size_t n, i = 0, r = 0, rn = strlen(rel);
	char rw[48], tw[48], verb[48];
	if (!next_word(rel, rn, &r, verb, sizeof verb))
		return 1;
	if (so->rel_verb) {
		t = so->rel_verb, n = strlen(t);
		if (!next_word(t, n, &i, tw, sizeof tw) || strcmp(tw, verb) != 0)
			return 0; /* "who backed" against "who voted" */
	} else {
		const fb_sent *st = &a->doc->sent[a->c->c[ci].sent];
		t = a->doc->buf + st->start, n = st->end - st->start;
		int found = 0;
		while (!found && i < n) {
			size_t at = i;
			if (!next_word(t, n, &i, tw, sizeof tw)) {
				i = at + 1;
				continue;
			}
			found = strcmp(tw, verb) == 0;
		}
		if (!found)
			return 1;
	}
	/* a preposition right after the verb on both sides, then the object
	 * up to its end: "for a smaller increase" against "for the increase";
	 * not "on doors in Milwaukee" against "on doors for Halvorsen" (an
	 * adjunct after the object), nor "who voted heard the result" (the
	 * main clause's verb after the relative one) */
	if (!next_word(rel, rn, &r, rw, sizeof rw) || closed_word(rw) != 1 || !next_word(t, n, &i, tw, sizeof tw) ||
	    closed_word(tw) != 1)
		return 1; /* "who voted heard ...", "1,900 of them commute daily" */
	if (strcmp(rw, tw) != 0)
		return 0; /* "voted for" against "voted against" */
	for (int k = 0; k < 4 && next_word(rel, rn, &r, rw, sizeof rw) && !closed_word(rw); k++) {
		if (!next_word(t, n, &i, tw, sizeof tw) || closed_word(tw))
			break; /* "for the ruling on Friday": the object ended */
		if (strcmp(rw, tw) != 0)
			return 0;
	}
	return 1;
}

/* "Three people died in the capital alone": the sentence marks its place
 * as one part of more. */
static int says_alone(const aligner *a, const fb_claim *k)
{
	const fb_sent *st = &a->doc->sent[k->sent];
	const char *b = a->doc->buf;
	for (size_t i = st->start; i + 5 <= st->end; i++)
		if (fb_word_eq(b + i, 5, "alone") && (i == st->start || !fb_isalnum((unsigned char)b[i - 1])) &&
		    (i + 5 == st->end || !fb_isalnum((unsigned char)b[i + 5])))
			return 1;
	return 0;
}

/* Does claim ci's sentence name the object of the relative clause rel
 * ("bill" in "backed the bill")? */
static int object_shared(const aligner *a, const char *rel, size_t ci)
{
	char rw[48], tw[48];
	size_t r = 0, rn = rel ? strlen(rel) : 0;
	if (!rel || !next_word(rel, rn, &r, rw, sizeof rw)) /* the verb */
		return 0;
	int found = 0;
	for (int k = 0; k < 3 && !found && next_word(rel, rn, &r, rw, sizeof rw); k++)
		found = !closed_word(rw); /* past "for", "against" */
	if (!found || strlen(rw) < 3)
		return 0;
	const fb_sent *st = &a->doc->sent[a->c->c[ci].sent];
	const char *t = a->doc->buf + st->start;
	size_t n = st->end - st->start, i = 0;
	while (i < n) {
		size_t at = i;
		if (!next_word(t, n, &i, tw, sizeof tw)) {
			i = at + 1;
			continue;
		}
		if (strcmp(tw, rw) == 0)
			return 1;
	}
	return 0;
}

/* Is the number q followed by a noun of its own, not by a verb, a
 * participle or adjective standing for people ("the 14 dead", "Seven
 * were", "the 29 injured"), or by punctuation? */
static int noun_after(const aligner *a, const fb_quantity *q)
{
	static const char *const not_nouns[] = {
		"dead", "injured", "wounded", "missing", "hurt", "killed", "were", "was", "are", "is", "had",
		"have", "has", "died", "remain", "remained", "will", "would", "could", "who", NULL,
	};
	const fb_sent *st = &a->doc->sent[q->sent];
	const char *b = a->doc->buf;
	size_t i = q->end;
	while (i < st->end && b[i] == ' ')
		i++;
	if (i >= st->end || !fb_isalpha((unsigned char)b[i]))
		return 0;
	size_t e = i;
	while (e < st->end && fb_isalpha((unsigned char)b[e]))
		e++;
	for (size_t k = 0; not_nouns[k]; k++)
		if (fb_word_eq(b + i, e - i, not_nouns[k]))
			return 0;
	return 1;
}

/* The last word of claim k's noun: its start (the noun's end is its end). */
static size_t noun_last_word(const char *b, const fb_claim *k)
{
	size_t i = k->noun_end;
	while (i > k->noun_start && b[i - 1] != ' ')
		i--;
	return i;
}

/* Do claims x and y name their counted things with one noun (its first
 * four letters: "passengers" and "passenger"), whatever the words before
 * it ("2,400 additional doctors" and "the 2,700 doctors"); one with no
 * noun of its own, by its head? */
int align_same_noun(const aligner *a, const fb_claim *x, const fb_claim *y)
{
	const char *b = a->doc->buf;
	if (x->noun_end <= x->noun_start || y->noun_end <= y->noun_start) {
		/* "340 still missing" after "5,600 people injured and": the
		 * head it takes from the count before */
		const char *hx = a->sc[x - a->c->c].head, *hy = a->sc[y - a->c->c].head;
		return hx && hy && strcmp(hx, hy) == 0;
	}
	size_t ix = noun_last_word(b, x), iy = noun_last_word(b, y);
	return x->noun_end > ix + 3 && y->noun_end > iy + 3 && strncasecmp(b + ix, b + iy, 4) == 0;
}

/* Is the number q joined by "and" to a count of another noun in its
 * phrase: "178 passengers and 6 crew members", "6 crew members" after
 * "178 passengers and"? Then each is a part of what the two make. */
int align_coordinated_count(const aligner *a, const fb_quantity *q)
{
	const fb_sent *st = &a->doc->sent[q->sent];
	const char *b = a->doc->buf;
	size_t i = q->end;
	for (int words = 0; words < 4 && i < st->end; words++) {
		while (i < st->end && b[i] == ' ')
			i++;
		size_t e = i;
		while (e < st->end && fb_isalpha((unsigned char)b[e]))
			e++;
		if (e == i)
			break; /* a comma or a digit: the phrase is over */
		if (fb_word_eq(b + i, e - i, "and")) {
			while (e < st->end && b[e] == ' ')
				e++;
			int noun = words > 0; /* or in the quantity: "178 passengers" */
			for (size_t c = q->start; c < q->end && !noun; c++)
				noun = fb_isalpha((unsigned char)b[c]);
			return e < st->end && fb_isdigit((unsigned char)b[e]) && noun;
		}
		i = e;
	}
	/* "178 passengers and 6": the count after "and" */
	size_t j = q->start;
	while (j > st->start && b[j - 1] == ' ')
		j--;
	if (j >= st->start + 4 && fb_word_eq(b + j - 3, 3, "and") && (j - 3 == st->start || b[j - 4] == ' ')) {
		size_t k = j - 4;
		for (int words = 0; words < 4 && k > st->start; words++) {
			while (k > st->start && b[k - 1] == ' ')
				k--;
			size_t ws = k;
			while (ws > st->start && fb_isalpha((unsigned char)b[ws - 1]))
				ws--;
			if (ws == k)
				return k > st->start && fb_isdigit((unsigned char)b[k - 1]) && words > 0;
			k = ws;
		}
	}
	return 0;
}

/* The population a claim's sentence restricts it to, "among women" (the
 * words after "among" up to a comma or the sentence's end, at most 40
 * bytes, folded to lower case into buf), or "" when it names none. */
static const char *among_of(const aligner *a, size_t ci, char *buf, size_t len)
{
	const fb_sent *st = &a->doc->sent[a->c->c[ci].sent];
	const char *b = a->doc->buf;
	buf[0] = '\0';
	for (size_t i = st->start; i + 6 < st->end; i++) {
		if (fb_tolower((unsigned char)b[i]) != 'a' || strncmp(b + i + 1, "mong ", 5) != 0 ||
		    (i > st->start && fb_isalnum((unsigned char)b[i - 1])))
			continue;
		size_t s = i + 6, n = 0;
		while (s + n < st->end && n + 1 < len && n < 40 && b[s + n] != ',' && b[s + n] != '.' && b[s + n] != ';')
			n++;
		for (size_t k = 0; k < n; k++)
			buf[k] = (char)fb_tolower((unsigned char)b[s + k]);
		buf[n] = '\0';
		return buf;
	}
	return buf;
}

/* May x and y be compared, and how? Fills the anchors they agree on: the
 * same event and head always; at least one more is needed (a shared
 * holder, place, time or modifier, a definite mention, or the lede). */
void align_restatement_match(const aligner *a, const member *x, const member *y, match *m)
{
	memset(m, 0, sizeof *m);
	m->verdict = SC_SAME;
	m->ex = a->c->c[x->claim].event, m->ey = a->c->c[y->claim].event;
	anchor(m, "determiner", "the later one restates the earlier", 1);
}

/* Do a restricted set's own words say the group's measure ("the 395
 * people listed as missing")? */
static int says_measure(const fb_scope *s, const char *measure)
{
	return (s->measure && strcmp(s->measure, measure) == 0) || (s->rel_verb && strstr(s->rel_verb, measure));
}

/* Does a scope's modifiers hold a participle ("striking", "injured"): a
 * deed that picks some of a set ("the union's 7,300 striking members")? */
static int participle_in(const char *mods)
{
	for (const char *p = mods; p && *p;) {
		size_t n = strcspn(p, " ,");
		if (n > 5 && (strncmp(p + n - 3, "ing", 3) == 0 || strncmp(p + n - 2, "ed", 2) == 0))
			return 1;
		p += n;
		p += strspn(p, " ,");
	}
	return 0;
}

void align_scope_match(const aligner *a, const member *x, const member *y, const head_stat *hs,
    int many_times, int many_agents, int money, const char *measure, const char *head, match *m)
{
	int many_holders = hs && hs->many_holders, many_places = hs && hs->many_places;
	/* "Ashby awards 41 delegates" and "the state's 41 delegates" (the
	 * state: Ashby): a name that holds one count is the place of the
	 * other, one slot, not two */
	fb_scope cx = a->sc[x->claim], cy = a->sc[y->claim];
	if (cx.holder && !cx.place && cy.place && !cy.holder && strcmp(cx.holder, cy.place) == 0)
		cx.place = cx.holder, cx.holder = NULL;
	if (cy.holder && !cy.place && cx.place && !cx.holder && strcmp(cy.holder, cx.place) == 0)
		cy.place = cy.holder, cy.holder = NULL;
	const fb_scope *sx = &cx, *sy = &cy;
	const fb_claim *kx = &a->c->c[x->claim], *ky = &a->c->c[y->claim];
	memset(m, 0, sizeof *m);
	m->verdict = SC_NO;
	if (sx->item != sy->item) {
		m->apart = 1;
		return; /* two items of a news-in-brief page */
	}
	if (x->guest == 3 || y->guest == 3) {
		/* "the N" restating its group's other member
		 * (align_definite_restatements) */
		align_restatement_match(a, x, y, m);
		return;
	}
	int dx = sx->determiner == FB_DET_DEFINITE || sx->determiner == FB_DET_UNIVERSAL;
	int dy = sy->determiner == FB_DET_DEFINITE || sy->determiner == FB_DET_UNIVERSAL;
	/* the event, but for a superlative's frame ("the most since 2009") */
	int ex = sx->framed ? 0 : kx->event, ey = sy->framed ? 0 : ky->event;
	if (ex != ey) {
		/* "41 residents had developed the disease since 2009" and "the 52
		 * residents who developed the disease": a definite mention of the
		 * article's own event, with no time of its own, whose relative
		 * clause does the other's predicate, points back to it */
		const fb_scope *d = dx && ex == 0 && !sx->time ? sx : dy && ey == 0 && !sy->time ? sy : NULL;
		if (!d || !d->relative || !d->predicate || strcmp(d->predicate, measure) != 0)
			return;
	}
	if (sx->time && sy->time && strcmp(sx->time, sy->time) != 0 &&
	    !(sx->entry && sy->entry && (dx || dy) && sx->place && sy->place && strcmp(sx->place, sy->place) == 0))
		return; /* this month's money against last month's; a live blog's
		         * entries are apart, but for a definite restatement of
		         * one place's number ("the 18 electoral votes from Ohio") */
	if (sx->superseded != sy->superseded)
		return; /* "early reports put the toll at seven": another time */
	if (sx->function == FB_QF_MARGIN || sy->function == FB_QF_MARGIN) {
		/* a margin is someone's lead over someone, among some voters:
		 * "leads among women by 21 points" is no restatement of "a
		 * 6-point lead among likely voters", nor "he leads by 27" of hers */
		char ax[48], ay[48];
		if (!sx->holder || !sy->holder || strcmp(among_of(a, x->claim, ax, sizeof ax), among_of(a, y->claim, ay, sizeof ay)) != 0)
			return;
	}
	if (sx->risen != sy->risen) {
		/* "12 people had been confirmed dead" ... "the toll had risen
		 * to 31": a lower figure given before the rise is its earlier
		 * count, not a contradiction (but for one source's figure
		 * against another's rise: "stood at three, police said" and
		 * "opposition groups said the toll had risen to five") */
		const member *r = sx->risen ? x : y, *o = sx->risen ? y : x;
		const fb_quantity *qr = align_quantity_of(a, &a->c->c[r->claim]);
		const fb_quantity *qo = align_quantity_of(a, &a->c->c[o->claim]);
		if (qr && qo && qo->start < qr->start && o->v.has_hi && r->v.has_lo && o->v.hi < r->v.lo &&
		    align_source_of(a, kx) == align_source_of(a, ky))
			return;
		/* "By Wednesday the toll had risen to 180" after the week's
		 * "214 people had been confirmed dead": a rise dated on its way
		 * to the larger total given before it with no date (not "rose
		 * to 46 on Thursday" before "the 52 dead": that restates it) */
		const fb_scope *sr = sx->risen ? sx : sy, *so = sx->risen ? sy : sx;
		if (qr && qo && qo->start < qr->start && sr->time && !so->time && o->v.has_lo && r->v.has_hi &&
		    o->v.lo > r->v.hi)
			return;
	}
	/* what retailers shed against what builders added; one candidate's
	 * delegates against the other's: two quantities, whatever their values */
	m->apart = (sx->agent && sy->agent && strcmp(sx->agent, sy->agent) != 0) ||
	    (sx->holder && sy->holder && strcasecmp(sx->holder, sy->holder) != 0);
	if (m->apart)
		return;
	/* a title tells its lede's story: what one of the two leaves unsaid
	 * (a holder, a time, a restricting word) the other may say */
	int title_lede = (sx->title && sy->lede && !sy->title) || (sy->title && sx->lede && !sx->title);
	/* "The commission said it had separately received 23 reports": its
	 * own set, not the company's 164 */
	/* (a definite mention may restate the separate set, not the other way) */
	if (sx->separate != sy->separate && (sx->separate ? sx : sy)->determiner != FB_DET_DEFINITE) {
		m->apart = 1;
		return;
	}
	if ((!sx->holder) != (!sy->holder) && many_holders && !title_lede)
		return; /* whose, when the article counts for several holders? */
	if ((!sx->time) != (!sy->time) && many_times) {
		/* "$2.2 million in April" against the title's "$6.1 million":
		 * when, if the article counts for several periods? A definite
		 * mention without a time points back to one ("the $5.9 million
		 * raised in the quarter"). */
		const fb_scope *untimed = sx->time ? sy : sx, *timed = sx->time ? sx : sy;
		/* (but a title's count tells the lede's: "will cut 1,200 jobs"
		 * over "said on Thursday it would eliminate 1,200 jobs") */
		if (untimed->determiner != FB_DET_DEFINITE && untimed->determiner != FB_DET_UNIVERSAL && !title_lede)
			return;
		if (align_time_extent(timed->time))
			return; /* "58 goals in 71 games" is a career's, not the season's
			         * "27 goals Pike scored": a definite points back to a
			         * period, not to a count over so many games */
	}
	/* one town's dead against another's; likely voters against
	 * registered voters */
	m->apart = (sx->place && sy->place && strcmp(sx->place, sy->place) != 0) ||
	    (sx->modifiers && sy->modifiers && !align_words_meet(sx->modifiers, sy->modifiers));
	if (m->apart)
		return;
	int restricted_part = 0;
	if ((!sx->modifiers) != (!sy->modifiers) &&
	    (strcmp(measure, "number") == 0 || (sx->modifiers ? y : x)->guest == 1)) {
		/* "900 replacement nurses" against "the nurses": a restriction on
		 * one side only, with no predicate shared, is another set unless
		 * the restricted mention is itself definite (so too when the
		 * mention without it joined from another verb: "The 2,600 nurses
		 * make up" is no set of "700 replacement nurses" hired) */
		const fb_scope *r = sx->modifiers ? sx : sy;
		const member *plain = sx->modifiers ? y : x;
		/* (but "the 14 lanes" after "14 new bus lanes": a definite
		 * mention that an earlier one backs has its words) */
		if (r->determiner != FB_DET_DEFINITE && r->determiner != FB_DET_UNIVERSAL &&
		    !(plain->backed && (sx->modifiers ? dy : dx)) && !title_lede)
			return;
		/* "the eight hospitalized miners" against "37 workers were
		 * underground": the restricted set is some of a bare count's,
		 * and a set a deed picks of a definite's ("the union's 7,300
		 * striking members" of its 8,100) */
		if ((!(sx->modifiers ? dy : dx) || participle_in(r->modifiers)) && !title_lede)
			restricted_part = sx->modifiers ? 1 : 2;
	}
	/* "the 1,950 passengers who commute" against "2,500 passengers" or
	 * "300 passengers wrote to complain": a set its relative clause
	 * restricts is not one whose predicate is unknown */
	if ((sx->relative && !dy && !predicate_known(sy, ky) && !object_shared(a, sx->rel_verb, y->claim)) ||
	    (sy->relative && !dx && !predicate_known(sx, kx) && !object_shared(a, sy->rel_verb, x->claim)))
		return; /* but "the 24 Republicans who backed the bill" and "22
		         * Republicans joined ... in voting for the bill" */
	/* "the seven members who backed the increase" and "the two members
	 * who voted for a smaller one": each set is what its own clause says */
	if ((sx->rel_verb && !clause_agrees(a, sx->rel_verb, y->claim)) ||
	    (sy->rel_verb && !clause_agrees(a, sy->rel_verb, x->claim)))
		return;
	/* "the two schools proposed for closure" against "9 of the district's
	 * 27 schools": a set its own clause restricts is no holder's whole */
	if ((sx->rel_verb && sy->framed && dy && !sy->rel_verb) || (sy->rel_verb && sx->framed && dx && !sx->rel_verb))
		return;
	/* "the 370 that remain" is left of "its 400 shops", not of the 30
	 * shops closed: a remainder is compared with a whole's size only */
	if ((sx->remainder && !(dy && (sy->set_size || sy->whole) && !sy->remainder)) ||
	    (sy->remainder && !(dx && (sx->set_size || sx->whole) && !sx->remainder)))
		return;
	int part_x = sx->role == FB_RO_PART || restricted_part == 1, part_y = sy->role == FB_RO_PART || restricted_part == 2;
	/* "3,742 nurses vote to walk out" against "Merrow's 4,850 union
	 * nurses make up ...": a bare count with no holder, doing a verb of
	 * its own, is some of a possessor's set */
	if (strcmp(measure, "number") == 0 && sx->owner_set != sy->owner_set) {
		part_x |= sy->owner_set && sx->determiner == FB_DET_BARE && !sx->holder;
		part_y |= sx->owner_set && sy->determiner == FB_DET_BARE && !sy->holder;
	}
	/* "Three hospitals have simply disappeared" against "The 12 hospitals
	 * will add 3,600 beds": what some of a set did */
	if (strcmp(measure, "number") == 0 && sx->acts != sy->acts) {
		/* (of a definite set or the lede's; not "The 24 Republicans who
		 * backed the bill": that set) */
		part_x |= sx->acts && (dy || (sy->lede && !sx->lede)) && !sx->holder && !sy->rel_verb;
		part_y |= sy->acts && (dx || (sx->lede && !sy->lede)) && !sy->holder && !sx->rel_verb;
	}
	/* "The largest population, about 11,800 elephants, was in the Kasoma
	 * Valley" and "The Kasoma Valley's 13,800 elephants": the one place's
	 * own count, told twice (a part of the story's total, not of each
	 * other; but "Two of the dead in Kemel" is a part of Kemel's seven) */
	if (sx->place && sy->place && strcmp(sx->place, sy->place) == 0 && sx->part_of < 0 && sy->part_of < 0 &&
	    part_x != part_y && sx->determiner != FB_DET_PARTITIVE && sy->determiner != FB_DET_PARTITIVE)
		part_x = part_y = 0;
	/* "two Japanese nationals had died" against "killing 17": a count of
	 * harm its own words restrict is some of those the other counts,
	 * in one place too ("six died at the scene in Ketsiba" of its seven) */
	if ((!sx->modifiers) != (!sy->modifiers) && sx->harm && sy->harm) {
		part_x |= sx->modifiers && sx->determiner == FB_DET_BARE;
		part_y |= sy->modifiers && sy->determiner == FB_DET_BARE;
	}
	/* a set's size joined from another verb ("The 46 passengers had
	 * booked a tour") says nothing of a mention with no noun of its own
	 * ("the 14 dead", "Seven were in critical condition"): which set? */
	if ((x->guest == 1) != (y->guest == 1)) {
		const fb_claim *ok = x->guest == 1 ? ky : kx;
		const fb_scope *gs = x->guest == 1 ? sx : sy;
		const fb_quantity *oq = align_quantity_of(a, ok);
		if (oq && !oq->unit && !noun_after(a, oq))
			return;
		/* things counted bare by what was done ("Three passengers walked
		 * away", "manufacturing lost 9,000 jobs") are some of a definite
		 * set of them ("The 46 passengers", "The 187,000 jobs number"),
		 * not all (but "Vance scored 41 points" against "Vance's 43
		 * points": a holder's tally; nor "the 11 people who died in Brill
		 * on Tuesday" against "9 people died": its clause, place or time
		 * say which; nor what remains, "120,000 ballots still to be
		 * counted": one set; nor the lede's count, the story's set) */
		if (!(x->guest == 1 ? dy : dx) && !(x->guest == 1 ? sy : sx)->lede && !gs->holder && !gs->relative && !gs->place &&
		    !gs->time && !gs->superseded && strcmp(measure, "number") != 0 && strcmp(measure, "size") != 0) {
			part_x |= x->guest != 1;
			part_y |= y->guest != 1;
		}
	}
	/* "In the capital, Labor won 19 of the 24 seats" against "Labor's 148
	 * seats" (no place): a count its clause's opening phrase puts in one
	 * place is part of the story's, however few places the article names */
	if ((!sx->place) != (!sy->place) && !many_places) {
		const fb_scope *placed = sx->place ? sx : sy;
		if (placed->place_opens && !placed->lede) {
			part_x |= placed == sx;
			part_y |= placed == sy;
		}
	}
	/* "147 cases in Tarven alone" against the title's "212 cases": the
	 * word says the place's count is one part of more, however few
	 * places the article names */
	if ((!sx->place) != (!sy->place) && !many_places) {
		part_x |= sx->place != NULL && says_alone(a, kx);
		part_y |= sy->place != NULL && says_alone(a, ky);
	}
	if ((!sx->place) != (!sy->place) && many_places) {
		/* one place's number against the article's total; the lede's
		 * place is the scene of the whole ("6,200 nurses in Marlow
		 * walked out" and "the 6,200 striking nurses"); so is the
		 * title's, against its lede ("Car bomb kills 12 in Karvessa" and
		 * "killing 12 people") */
		part_x |= sx->place != NULL && !(sx->lede && dy && !says_alone(a, kx)) && !(sx->title && title_lede);
		part_y |= sy->place != NULL && !(sy->lede && dx && !says_alone(a, ky)) && !(sy->title && title_lede);
	}
	if ((!sx->agent) != (!sy->agent) && many_agents) {
		/* "construction added 12,000 jobs" against the month's total,
		 * when the article counts what several agents did */
		part_x |= sx->agent != NULL;
		part_y |= sy->agent != NULL;
	}
	/* "34 people were killed in October" against "the fighting has killed
	 * 18,000": a timed count is a part of a running total with no time;
	 * so is one day's ("Saturday's 112 arrests") of any untimed count */
	if ((!sx->time) != (!sy->time)) {
		part_x |= sx->time && ((sy->cumulative && !sx->cumulative) || sx->one_day);
		part_y |= sy->time && ((sx->cumulative && !sy->cumulative) || sy->one_day);
	}
	/* "the 300,000 people in Kessa", a set joined from another verb, is
	 * no set of a mention with no place ("2.1 million forced from their
	 * homes") */
	if (strcmp(measure, "number") != 0 && ((x->guest == 1 && sx->place && !sy->place && !sy->holder) ||
	    (y->guest == 1 && sy->place && !sx->place && !sx->holder)))
		return; /* (not against "The Ardent school has 800 students": no verb) */
	/* "the 37 miners underground" against "the mine's 212 workers": a
	 * set restricted after its noun is some of an unrestricted one */
	/* (so against a bare count, "The 11 cases in children younger than
	 * 5" against the title's "38 cases", when no agreeing mention backs
	 * the restricted one) */
	if (strcmp(measure, "number") == 0 && sx->restricted != sy->restricted) {
		part_x |= sx->restricted && dx && (dy || !x->backed);
		part_y |= sy->restricted && dy && (dx || !y->backed);
	}
	/* "carrying 178 passengers and 6 crew members" against "All 184
	 * people on board": a count joined to another's is a part of a set
	 * the two make */
	/* (so against "Of the 230 people on the manifest", a definite set of
	 * another noun than the part's "212 passengers and 18 crew members") */
	if (sx->determiner == FB_DET_UNIVERSAL || sy->determiner == FB_DET_UNIVERSAL || dx || dy) {
		const fb_quantity *jx = align_quantity_of(a, kx), *jy = align_quantity_of(a, ky);
		int other_noun = !align_same_noun(a, kx, ky);
		part_x |= (sy->determiner == FB_DET_UNIVERSAL || (dy && other_noun && jy && noun_after(a, jy))) && jx &&
		    align_coordinated_count(a, jx);
		part_y |= (sx->determiner == FB_DET_UNIVERSAL || (dx && other_noun && jx && noun_after(a, jx))) && jy &&
		    align_coordinated_count(a, jy);
	}
	if (part_x && part_y)
		return;
	/* "In Harrow County, where five people died" is no part of "the four
	 * people killed in the mobile home", nor "nine members of the
	 * committee" of "the two members who voted for a smaller rise": a set
	 * its own words restrict is the whole only of a part said to be of it
	 * ("three of them") */
	/* (but "the 395 people listed as missing": its words say the verb) */
	if ((part_x && !part_y && align_restricted(sy) && sx->part_of < 0 &&
	     !says_measure(sy, measure)) ||
	    (part_y && !part_x && align_restricted(sx) && sy->part_of < 0 &&
	     !says_measure(sx, measure)))
		return;
	m->verdict = part_x ? SC_PART_X : part_y ? SC_PART_Y : SC_SAME;
	m->ex = ex, m->ey = ey;
	anchor(m, "event", NULL, ex != ey);
	anchor(m, "head", head, 0);
	if (sx->holder && sy->holder)
		anchor(m, "holder", sx->holder, 1);
	if (sx->place && sy->place)
		anchor(m, "place", sx->place, 1);
	if (sx->time && sy->time && strcmp(sx->time, sy->time) == 0)
		anchor(m, "time", sx->time, 1);
	if (sx->modifiers && sy->modifiers)
		anchor(m, "modifiers", sx->modifiers, 1);
	/* a definite mention points back: "the 12,000 people under evacuation
	 * orders" is no anchor to "about 300 people" told to leave later on */
	const fb_quantity *qx = align_quantity_of(a, kx), *qy = align_quantity_of(a, ky);
	int x_later = qx && qy && qx->start > qy->start;
	int own_verb = strcmp(measure, "number") != 0 && x->guest != 1 && y->guest != 1; /* both did it */
	/* "the seven seats on the ballot": restricted after its noun, a set of
	 * its own but for an earlier mention that agrees or a verb both do */
	int ax = dx && (x->backed || own_verb || (!sx->restricted && x_later));
	int ay = dy && (y->backed || own_verb || (!sy->restricted && !x_later));
	/* nor does a set that agrees with an earlier mention tie a
	 * restricted one that agrees with none ("the 30 or so victims in
	 * the gallery" against "The 187 victims lost ...") */
	if ((sy->restricted && !y->backed && !own_verb) || (sx->restricted && !x->backed && !own_verb))
		ax = ay = 0;
	if (ax || ay)
		anchor(m, "determiner", dx && dy ? "both definite" : "one definite", 1);
	/* both "killed"; a sum paid is no set: what for? A guest, joined from
	 * another predicate, does not do this one */
	if (strcmp(measure, "number") != 0)
		anchor(m, "predicate", measure, !money && own_verb);
	/* "this year's $46.7 billion budget" against "the governor has
	 * proposed a budget of $48.1 billion": each has a slot the other has
	 * not (a time, a holder); the lede alone does not join them */
	int only_x = (sx->holder && !sy->holder) || (sx->time && !sy->time) || (sx->place && !sy->place);
	int only_y = (sy->holder && !sx->holder) || (sy->time && !sx->time) || (sy->place && !sx->place);
	int anchored = m->anchored;
	if (sx->lede || sy->lede)
		anchor(m, "lede", sx->lede && sy->lede ? "both in the title or lede" : "one in the title or lede",
		    m->anchored || !(only_x && only_y));
	m->lede_only = !anchored && m->anchored;
	if (!m->anchored) {
		m->nan = 0;
		m->verdict = SC_NO;
	}
}

/* "same event E1, same head 'people', same holder 'Estes', one definite" */
void align_say_anchors(fb_buf *o, const match *m)
{
	char ev[32];
	for (size_t i = 0; i < m->nan; i++) {
		fb_buf_puts(o, i ? ", " : "; compared on: ");
		const char *sl = m->an[i].slot, *v = align_anchor_value(m, i, ev, sizeof ev);
		if (strcmp(sl, "determiner") == 0 || strcmp(sl, "lede") == 0)
			fb_buf_puts(o, v);
		else if (strcmp(sl, "event") == 0 && strchr(v, '/'))
			fb_buf_printf(o, "events %s (a definite restatement)", v);
		else if (strcmp(sl, "event") == 0)
			fb_buf_printf(o, "same event %s", v);
		else if (strcmp(sl, "predicate") == 0)
			fb_buf_printf(o, "both '%s'", v);
		else
			fb_buf_printf(o, "same %s '%s'", sl, v);
	}
}
