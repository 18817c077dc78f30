/* align_group.c - the groups: claims bucketed by measure, subject class and
 * event, a voice added for each source, guests across predicates (a set's
 * size) and sums restated under another noun. */
#include "align_impl.h"
#include "segment.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bucket *bucket_for(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q, int func)
{
	const char *unit = q->unit ? q->unit : "";
	char kbuf[256]; /* most keys fit: no heap on this per-voice path */
	int kn = snprintf(kbuf, sizeof kbuf, "%s|%s|%s|%d|%s|%d", measure, subject, context, (int)q->kind, unit, func);
	char *key = kn >= 0 && (size_t)kn < sizeof kbuf ? kbuf
	    : fb_xasprintf("%s|%s|%s|%d|%s|%d", measure, subject, context, (int)q->kind, unit, func);
	const fb_entry *e = fb_lexicon_get(a->index, key, strlen(key));
	if (!e) {
		fb_entry *ne = fb_lexicon_add(a->index, key, strlen(key), NULL, 0);
		bucket *b = FB_PUSH(a->b, a->nb, a->cap);
		b->measure = measure;
		b->subject = subject;
		b->unit = q->unit;
		b->kind = (int)q->kind;
		b->func = func;
		b->context = fb_xstrdup(context);
		ne->line = a->nb;
		e = ne;
	}
	if (key != kbuf)
		free(key);
	return &a->b[e->line - 1];
}

static member *add_member(aligner *a, const char *measure, const char *subject, const char *context,
    const fb_quantity *q, size_t ci, interval v, int sub, const char *cls, int parts)
{
	bucket *b = bucket_for(a, measure, subject, context, q, (int)a->sc[ci].function);
	/* one voice per claim and group; claims are added in order, so a
	 * voice of this claim can only be the bucket's last (keeps this
	 * linear in the size of big groups) */
	if (b->nm && b->m[b->nm - 1].claim == ci)
		return NULL;
	member *m = FB_PUSH(b->m, b->nm, b->cap);
	m->claim = ci;
	m->v = v;
	m->sub = sub;
	m->cls = cls;
	m->loose = sub && fb_class_is_loose(a->cl, cls);
	m->parts = (unsigned char)parts;
	m->kind = 0;
	m->guest = 0;
	if (!sub)
		b->direct = 1;
	return m;
}

/* The article's first word for a WordNet head: "pupil" and "student" make
 * one group, named as the article first names it. add: note subject as
 * that word when the head has none yet. */
static const char *as_said(aligner *a, const char *head, const char *subject, int add)
{
	const fb_entry *e = fb_lexicon_get(a->said_at, head, strlen(head));
	if (e && e->line >= 1 && e->line <= a->nsaid)
		return a->said[e->line - 1];
	if (!add)
		return head;
	*FB_PUSH(a->said, a->nsaid, a->saidcap) = subject;
	fb_lexicon_add(a->said_at, head, strlen(head), NULL, 0)->line = a->nsaid;
	return subject;
}

/* A person noun that no class of classes.tsv names, by WordNet
 * (data/heads.tsv): another name of a head ("pupil" is counted as
 * "student") and the head it is a kind of ("contributor" of "donor"),
 * in *kind_of, or NULL. */
static const char *person_head(const aligner *a, const char *subject, const char **kind_of)
{
	*kind_of = NULL;
	const fb_lexicon *h = a->cl->heads;
	if (!h || fb_class_of(a->cl, subject, strlen(subject)) || fb_class_parent(a->cl, subject))
		return subject;
	const fb_entry *e = fb_lexicon_get(h, subject, strlen(subject));
	if (e && e->nfield >= 2 && strcmp(e->field[1], "same") == 0) {
		subject = e->field[0];
		const char *cls = fb_class_of(a->cl, subject, strlen(subject));
		if (cls) /* "pupil" -> "student", which classes.tsv lists */
			return cls;
		e = fb_lexicon_get(h, subject, strlen(subject));
	}
	if (e && e->nfield >= 2 && strcmp(e->field[1], "kind") == 0) {
		const char *cls = fb_class_of(a->cl, e->field[0], strlen(e->field[0]));
		*kind_of = cls ? cls : e->field[0];
	}
	return subject;
}

/* The measure a verb word[0,n) says of a thing of class subject when it
 * says another than its own ("We lost 172 homes": homes destroyed), or
 * NULL. */
static const char *thing_measure(const aligner *a, const char *word, size_t n, const char *subject)
{
	if (fb_word_eq(word, n, "lost") && subject && fb_class_within(a->cl, subject, "homes"))
		return "destroyed";
	return NULL;
}

/* Registers claim ci as a voice about class cls with value v: in its own
 * group, and as a sub-class voice in each ancestor's group. */
static void add_voice(aligner *a, const char *measure, const fb_quantity *q, size_t ci,
    const char *context, const char *cls, interval v)
{
	add_member(a, measure, cls, context, q, ci, v, 0, cls, DESC_PARTS);
	const char *p = fb_class_parent(a->cl, cls);
	for (int depth = 0; p && depth < 8; depth++, p = fb_class_parent(a->cl, p))
		add_member(a, measure, p, context, q, ci, v, 1, cls, DESC_PARTS);
}

void align_collect(aligner *a)
{
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		/* a difference is no total ("200 more"), but for a margin
		 * compared with margins ("won by 6 points") */
		if (k->type != FB_CT_NUMERIC || !q || (k->increment && a->sc[ci].function != FB_QF_MARGIN))
			continue;
		/* the scope's own head when the claim's subject was elsewhere */
		const char *subject = a->sc[ci].own_head ? a->sc[ci].head : k->subject;
		const char *measure = a->sc[ci].measure ? a->sc[ci].measure : k->measure ? k->measure
		    : a->sc[ci].own_head || (a->sc[ci].set_size && (q->kind == FB_QK_COUNT || q->kind == FB_QK_MEASURE)) ? "number" : NULL; /* "Vance's 41 points": a set */
		/* "defeated Brandt by 6 points", "his 6-point win", "a
		 * 26-delegate lead": a margin, whatever its verb */
		if (a->sc[ci].function == FB_QF_MARGIN && q->kind == FB_QK_MEASURE && q->unit)
			measure = "margin";
		/* "by 1,312 votes" and "a 1,321-vote margin": a margin counted
		 * in votes */
		if (a->sc[ci].function == FB_QF_MARGIN && q->kind == FB_QK_COUNT && a->sc[ci].head) {
			const fb_scope *s = &a->sc[ci];
			measure = "margin";
			subject = strcmp(s->head, "margin") == 0 && s->modifiers && !strchr(s->modifiers, ' ') ? s->modifiers
			    : s->head;
		}
		/* "about 4 in 10 likely voters", "nearly 1 in 10": a share is
		 * compared with shares only; the numbers of a share written in
		 * two ("4", "10") are no counts of voters */
		if (a->sc[ci].function == FB_QF_RATIO && q->kind == FB_QK_COUNT) {
			double st;
			if (!fb_quantity_stated(q, &st) || st >= 1)
				continue;
			measure = "share";
		}
		if (!measure || !subject)
			continue;
		const char *tm = thing_measure(a, measure, strlen(measure), subject);
		if (tm)
			measure = tm;
		if (q->kind == FB_QK_DATE || q->kind == FB_QK_TIME || q->kind == FB_QK_ORDINAL)
			continue;
		if (!align_comparable(&a->sc[ci]))
			continue;
		interval v = align_interval_of(q);
		if (!v.has_lo && !v.has_hi)
			continue;
		/* the event, not the words that named it: "since January" on one
		 * mention only does not split a pair */
		char *context = k->event > 0 && !a->sc[ci].framed && k->context_end > k->context_start
		    ? fb_fold_text(a->doc->buf + k->context_start, k->context_end - k->context_start)
		    : fb_xstrdup("");
		for (char *p = context; *p; p++)
			*p = (char)fb_tolower((unsigned char)*p);
		const char *kind_of, *said = subject;
		subject = as_said(a, person_head(a, subject, &kind_of), said, 1);
		if (kind_of)
			kind_of = as_said(a, kind_of, NULL, 0);
		a->subject[ci] = subject;
		add_voice(a, measure, q, ci, context, subject, v);
		if (kind_of) { /* "44,000 contributors" speaks of donors too */
			member *m = add_member(a, measure, kind_of, context, q, ci, v, 1, subject, DESC_PARTS);
			if (m)
				m->kind = 1, m->loose = 0;
		}
		/* the parts of an enumeration speak for every class between
		 * them and the whole: "2 policemen + 2 rangers" says 4 security
		 * forces were killed */
		if (q->nparts > 1) {
			const char *seen[FB_MAX_PARTS * 8];
			size_t nseen = 0;
			for (size_t i = 0; i < q->nparts; i++) {
				const char *cls = align_part_class(a, &q->parts[i]);
				for (int depth = 0; cls && depth < 8 && strcmp(cls, subject) != 0;
				     depth++, cls = fb_class_parent(a->cl, cls)) {
					int dup = 0;
					for (size_t s = 0; s < nseen; s++)
						dup |= strcmp(seen[s], cls) == 0;
					if (!dup && nseen < sizeof seen / sizeof *seen)
						seen[nseen++] = cls;
				}
			}
			for (size_t s = 0; s < nseen; s++) {
				size_t nsub = 0;
				double sum = 0;
				for (size_t i = 0; i < q->nparts; i++) {
					const char *pc = align_part_class(a, &q->parts[i]);
					if (pc && fb_class_within(a->cl, pc, seen[s])) {
						nsub++;
						sum += q->parts[i].value;
					}
				}
				if (!nsub)
					continue;
				const char *cls = seen[s];
				add_member(a, measure, cls, context, q, ci, align_exact(sum), 0, cls, DESC_PARTS_OF_CLASS);
			}
		}
		free(context);
	}
}

/* Does a relative clause after claim ci's number say its measure ("the
 * 11 people who died": killed, data/measures.tsv)? Read from the text:
 * the word "who" or "that" within four words, then its verb. */
static int relative_does(const aligner *a, size_t ci, const char *measure)
{
	const fb_quantity *q = align_quantity_of(a, &a->c->c[ci]);
	const char *b = a->doc->buf;
	size_t end = a->doc->sent[q->sent].end, i = q->end;
	int rel = 0;
	size_t ws;
	for (int n = 0; n < 8 && i < end; n++) {
		if (!align_next_word(b, &i, end, &ws))
			return 0; /* a comma, a digit: the noun phrase is over */
		if (rel) {
			const fb_entry *e = fb_lexicon_get(a->cl->measures, b + ws, i - ws);
			if (e && e->nfield && e->field[0])
				return strcmp(e->field[0], measure) == 0;
		} else if (n < 4 && (fb_word_eq(b + ws, i - ws, "who") || fb_word_eq(b + ws, i - ws, "that")))
			rel = 1;
		else if (n >= 4)
			return 0;
	}
	return 0;
}

static int by_subject(const void *p, const void *q)
{
	const by_subject_key *x = p, *y = q;
	int d = strcmp(x->subject, y->subject);
	return d ? d : (x->i > y->i) - (x->i < y->i);
}

/* A definite "the N X" is the size of a set whatever the verb: its voice
 * joins the groups of the same noun under other predicates ("the 410
 * families who brought the case" against "340 families had argued"). */
void align_across_predicates(aligner *a)
{
	size_t nb = a->nb;
	if (nb > 4096)
		return; /* bounded work on pathological inputs */
	/* the buckets of each subject (only they can take a guest), and the
	 * buckets each claim is in (no claim is a guest twice) */
	by_subject_key *key = fb_xcalloc(nb ? nb : 1, sizeof *key);
	for (size_t i = 0; i < nb; i++)
		key[i].subject = a->b[i].subject, key[i].i = i;
	qsort(key, nb, sizeof *key, by_subject);
	size_t *order = fb_xcalloc(nb ? nb : 1, sizeof *order), *run = fb_xcalloc(nb ? nb : 1, sizeof *run);
	for (size_t r = 0; r < nb; r++) { /* run[bucket] = where its subject's run begins in order */
		order[r] = key[r].i;
		run[order[r]] = r && strcmp(key[r].subject, key[r - 1].subject) == 0 ? run[order[r - 1]] : r;
	}
	free(key);
	/* The buckets a claim is in: those it was put in, counted into one
	 * array (in[first[c]], ... in[first[c + 1]]), then those it joins
	 * as a guest, a list per claim in one pool (few claims have any):
	 * not an allocation a claim (27 MB for a one-speaker article of
	 * 10 MB). */
	size_t nc = a->c->nc;
	size_t *first = fb_xcalloc(nc + 2, sizeof *first), nin = 0;
	for (size_t i = 0; i < nb; i++)
		for (size_t k = 0; k < a->b[i].nm; k++)
			first[a->b[i].m[k].claim + 2]++, nin++;
	for (size_t c = 2; c < nc + 2; c++)
		first[c] += first[c - 1];
	size_t *in = fb_xcalloc(nin + 1, sizeof *in);
	for (size_t i = 0; i < nb; i++)
		for (size_t k = 0; k < a->b[i].nm; k++)
			in[first[a->b[i].m[k].claim + 1]++] = i;
	size_t *guest = fb_xcalloc(nc + 1, sizeof *guest); /* 1 + its first node in pool, or 0 */
	struct gnode { size_t b, next; } *pool = fb_xcalloc(1, sizeof *pool);
	size_t npool = 0, cappool = 1;
	for (size_t i = 0; i < nb; i++) {
		for (size_t k = 0; k < a->b[i].nm; k++) {
			member mx = a->b[i].m[k];
			const fb_scope *s = &a->sc[mx.claim];
			if ((mx.sub && !mx.kind) || !s->set_size || (s->measure && !s->headline))
				continue; /* "the 1,310 who voted": its own verb restricts it */
			const fb_quantity *mq = align_quantity_of(a, &a->c->c[mx.claim]);
			if (a->b[i].unit && !(mq && mq->kind == FB_QK_MEASURE && s->determiner == FB_DET_DEFINITE && s->holder))
				continue; /* money, a duration: a sum is no set of things
				           * (but "Vance's 41 points": a holder's tally) */
			for (size_t r = run[i]; r < nb && strcmp(a->b[order[r]].subject, a->b[i].subject) == 0; r++) {
				size_t j = order[r];
				bucket *x = &a->b[i], *y = &a->b[j];
				/* "the 52 residents who developed it" joins "41 had
				 * developed it since 2009" whatever that one's context */
				int same_verb = s->relative && s->predicate && strcmp(s->predicate, y->measure) == 0;
				/* "the three hospitals" is no holder's size ("runs five
				 * hospitals") nor what a place could hold (data/size.tsv) */
				if (strcmp(y->measure, "size") == 0 || strcmp(y->measure, "capacity") == 0)
					continue;
				/* "All 47 people aboard" is no count of the three the
				 * crash killed: what was done to some is a part of
				 * the set, not its size (but "the 11 people who
				 * died": its own clause may say it) */
				if (y->nm && a->sc[y->m[0].claim].harm &&
				    !relative_does(a, mx.claim, y->measure))
					continue;
				if (j == i || !y->direct || strcmp(x->measure, y->measure) == 0 ||
				    (strcmp(x->context, y->context) != 0 && !same_verb) || x->kind != y->kind ||
				    x->func != y->func || (x->unit == NULL) != (y->unit == NULL) ||
				    (x->unit && strcmp(x->unit, y->unit) != 0))
					continue;
				int dup = 0;
				for (size_t t = first[mx.claim]; t < first[mx.claim + 1] && !dup; t++)
					dup = in[t] == j;
				for (size_t g = guest[mx.claim]; g && !dup; g = pool[g - 1].next)
					dup = pool[g - 1].b == j;
				if (dup)
					continue;
				member *m = FB_PUSH(y->m, y->nm, y->cap);
				*m = mx;
				m->guest = 1;
				struct gnode *gn = FB_PUSH(pool, npool, cappool);
				gn->b = j, gn->next = guest[mx.claim];
				guest[mx.claim] = npool;
			}
		}
	}
	free(first);
	free(in);
	free(guest);
	free(pool);
	free(order);
	free(run);
}

/* Is claim ci a definite sum with no verb of its own that restates one
 * ("the $8.2 million came from 96,000 donors"), not a thing it names ("the
 * $500,000 bond")? The word after it must be a verb. */
static int restating_sum(const aligner *a, size_t ci)
{
	static const char *const verbs[] = { "came", "was", "is", "were", "will", "would", "has", "had", "went",
		"includes", "included", "covers", "covered", "paid", "pays", "represents", "represented" };
	const fb_claim *k = &a->c->c[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	const fb_scope *s = &a->sc[ci];
	if (k->type != FB_CT_NUMERIC || !q || q->kind != FB_QK_MONEY || !q->unit || k->increment || !s->holder ||
	    !align_comparable(s) || s->lede || s->measure || (k->measure && strcmp(k->measure, "number") != 0))
		return 0;
	const char *b = a->doc->buf;
	size_t len = a->doc->len;
	if (q->start < 4 || fb_tolower((unsigned char)b[q->start - 4]) != 't' || strncmp(b + q->start - 3, "he ", 3) != 0 ||
	    (q->start > 4 && fb_isalnum((unsigned char)b[q->start - 5])) ||
	    (q->start >= 7 && strncmp(b + q->start - 7, "of ", 3) == 0))
		return 0; /* "the $8.2 million", not "of the $64 million" (a part) */
	size_t i = q->end, n = 0;
	while (i < len && b[i] == ' ')
		i++;
	while (i + n < len && fb_islower((unsigned char)b[i + n]))
		n++;
	if (n > 3 && b[i + n - 2] == 'e' && b[i + n - 1] == 'd')
		return 1; /* "the $64 million reserved" */
	if (!n && i < len && fb_isupper((unsigned char)b[i])) { /* "the £52 million Harbor City will pay" */
		size_t hl = strlen(s->holder);
		for (size_t j = i; j + hl <= len && j < i + 40; j++)
			if (strncmp(b + j, s->holder, hl) == 0)
				return 1;
	}
	for (size_t j = 0; j < sizeof verbs / sizeof *verbs; j++)
		if (strlen(verbs[j]) == n && strncmp(b + i, verbs[j], n) == 0)
			return 1;
	return 0;
}

/* A restating sum (above) joins the groups of the same unit in which the
 * title or lede gives a sum of the same holder; it is compared with those
 * lede mentions only (align_compare()). */
void align_sum_restatements(aligner *a)
{
	size_t nb = a->nb;
	for (size_t ci = 0; ci < a->c->nc && nb <= 4096; ci++) {
		if (!restating_sum(a, ci))
			continue;
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		const fb_scope *s = &a->sc[ci];
		interval v = align_interval_of(q);
		for (size_t j = 0; j < nb; j++) {
			bucket *y = &a->b[j];
			if (!y->unit || strcmp(y->unit, q->unit) != 0 || y->kind != (int)q->kind || y->func != (int)s->function)
				continue;
			int lede = 0, dup = 0;
			for (size_t t = 0; t < y->nm && t < MAX_COMPARE; t++) {
				const fb_scope *st = &a->sc[y->m[t].claim];
				dup |= y->m[t].claim == ci;
				lede |= !y->m[t].sub && st->lede && st->holder && strcmp(st->holder, s->holder) == 0;
			}
			if (!lede || dup)
				continue;
			member *m = FB_PUSH(y->m, y->nm, y->cap);
			memset(m, 0, sizeof *m);
			m->claim = ci;
			m->v = v;
			m->cls = y->subject;
			m->parts = DESC_NO_PARTS;
			m->guest = 2;
		}
	}
}

static int word_before(const char *b, size_t lo, size_t e, size_t *ws, size_t *we);

/* Is the word before byte k (an "of") a part's count: "38 of Mesa's 64",
 * "one of the 25 groups"? */
static int part_before(const aligner *a, const fb_sent *st, size_t k)
{
	const char *b = a->doc->buf;
	size_t ws, we;
	static const char *const counts[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "each", "all", "most", "some", "none", "half", "many", "several" };
	if (!word_before(b, st->start, k, &ws, &we))
		return k >= st->start + 2 && fb_isdigit((unsigned char)b[k - 2]);
	for (size_t i = 0; i < sizeof counts / sizeof *counts; i++)
		if (fb_word_eq(b + ws, we - ws, counts[i]))
			return 1;
	return 0;
}

/* Is the number q written "the N" or "the roughly N", not "of the N" (but
 * a part's whole, "four of the 12", is the N)? 2 for an owner's "Voss's N"
 * (a sum may restate so). */
static int the_before(const aligner *a, const fb_quantity *q)
{
	const fb_sent *st = &a->doc->sent[q->sent];
	const char *b = a->doc->buf;
	size_t ws, we, e = q->start;
	for (int back = 0; back < 2; back++) {
		/* the word before e, within the sentence */
		size_t i = e;
		while (i > st->start && b[i - 1] == ' ')
			i--;
		we = i;
		while (i > st->start && fb_isalpha((unsigned char)b[i - 1]))
			i--;
		ws = i;
		/* "the 212", "Of the 212 plaintiffs, 47 ...", "Of Adeyemi's
		 * 48,306 votes": a whole opening its sentence is restated, and
		 * a part's whole ("four of the five"), but no other N after
		 * "of" ("the bills of the 117 people") */
		size_t ap = we - ws == 1 && b[ws] == 's' ? ws : 0; /* "'s" or "’s": the owner's word before */
		if (ap > st->start + 1 && b[ap - 1] == '\'')
			ap -= 1;
		else if (ap > st->start + 3 && (unsigned char)b[ap - 3] == 0xE2 && (unsigned char)b[ap - 2] == 0x80 &&
		         (unsigned char)b[ap - 1] == 0x99)
			ap -= 3;
		else
			ap = 0;
		int poss = ap && fb_isalpha((unsigned char)b[ap - 1]);
		if (poss) { /* the owner's word, whole */
			ws = ap;
			while (ws > st->start && fb_isalpha((unsigned char)b[ws - 1]))
				ws--;
		}
		/* a quotation may open before it: "\"The 193 survivors" */
		if (ws == we || (ws > st->start && !(b[ws - 1] == ' ' || b[ws - 1] == '"' ||
		    (ws >= st->start + 3 && (unsigned char)b[ws - 3] == 0xE2 && (unsigned char)b[ws - 1] == 0x9C))))
			return 0;
		/* "Of his 36 points", "His 36 points" opening the sentence: an
		 * owner's, as "Renko's" (not "two of their three children") */
		int pron = fb_word_eq(b + ws, we - ws, "his") || fb_word_eq(b + ws, we - ws, "her") ||
		           fb_word_eq(b + ws, we - ws, "their") || fb_word_eq(b + ws, we - ws, "its") ||
		           fb_word_eq(b + ws, we - ws, "our");
		poss |= pron;
		if (fb_word_eq(b + ws, we - ws, "the") || fb_word_eq(b + ws, we - ws, "these") ||
		    fb_word_eq(b + ws, we - ws, "those") || poss) { /* "These six men": the six named before */
			size_t j = ws;
			while (j > st->start && b[j - 1] == ' ')
				j--;
			size_t k = j;
			while (k > st->start && fb_isalpha((unsigned char)b[k - 1]))
				k--;
			int of = k < j && fb_word_eq(b + k, j - k, "of");
			/* (but "his 19 goals" within its sentence: the holder's) */
			if (pron && ws != st->start && of && k != st->start)
				return 0;
			if (of && k == st->start && b[k] == 'O')
				return 1;
			/* "won 38 of Mesa's 64 delegates", "one of the 12 schools":
			 * a part's whole is the set's size, said again */
			if (of && part_before(a, st, k))
				return poss ? 2 : 1;
			if (poss && !of)
				return 2; /* "Voss's $600,000 loan": an owner's sum */
			return !poss && !of;
		}
		/* a hedge of the restated number: "the roughly 2.3 million" */
		if (!(fb_word_eq(b + ws, we - ws, "roughly") || fb_word_eq(b + ws, we - ws, "about") ||
		      fb_word_eq(b + ws, we - ws, "nearly") || fb_word_eq(b + ws, we - ws, "some")))
			return 0;
		e = ws;
	}
	return 0;
}

/* Do the heads of claims i and j allow one to restate the other: the
 * same head, one within the other's class, or one with no head beyond
 * its unit? */
static int heads_meet(const aligner *a, size_t i, size_t j)
{
	const fb_scope *si = &a->sc[i], *sj = &a->sc[j];
	const fb_quantity *qi = align_quantity_of(a, &a->c->c[i]);
	const char *hi = si->head, *hj = sj->head;
	if (!hi || !hj || (qi->unit && (strcmp(hi, qi->unit) == 0 || strcmp(hj, qi->unit) == 0)))
		return 1;
	if (strcmp(hi, hj) == 0)
		return 1;
	const char *ci = a->subject[i], *cj = a->subject[j];
	if (!ci || !cj)
		return 0;
	return strcmp(ci, cj) == 0 || fb_class_within(a->cl, ci, cj) || fb_class_within(a->cl, cj, ci) ||
	       (fb_names_people(a->cl, ci) && fb_names_people(a->cl, cj)); /* "The 64 survivors" after "64 people" */
}

/* Do two scopes name different times, holders or places ("this year's
 * $3.2 billion plan" and "the $3.5 billion plan" for next year)? */
static int slots_clash(const fb_scope *x, const fb_scope *y)
{
	/* "in 612 households" (an extent, "17 goals in 21 matches") says
	 * nothing against "on Friday" */
	return (x->time && y->time && strcmp(x->time, y->time) != 0 &&
	        align_time_extent(x->time) == align_time_extent(y->time)) ||
	       (x->holder && y->holder && strcasecmp(x->holder, y->holder) != 0) ||
	       (x->place && y->place && strcmp(x->place, y->place) != 0) || x->superseded != y->superseded ||
	       (y->separate && !x->separate) || /* (x restates y: not a set told of separately) */
	       (x->modifiers && y->modifiers && !align_words_meet(x->modifiers, y->modifiers));
}

/* The number a quantity states: its value, or the bound of "at least N" */
static double stated(const fb_quantity *q)
{
	if (q->has_value)
		return q->value;
	return q->has_min && !q->min_open && !q->has_max ? q->min : NAN;
}

/* The significant digits of a whole number v ("3,214": 4, "38,500": 3,
 * "2.3 million": 2); 0 for a fraction. */
static int digits_of(double v)
{
	if (v < 1 || v > 1e15 || v != floor(v))
		return 0;
	unsigned long long n = (unsigned long long)v;
	while (n % 10 == 0)
		n /= 10;
	int d = 0;
	for (; n; n /= 10)
		d++;
	return d;
}

/* Claims' direct voices as (claim, bucket) pairs sorted by claim, so that
 * whether two claims share a bucket is two short runs compared. */
typedef struct voice_at {
	size_t claim, bucket;
} voice_at;

static int by_claim(const void *p, const void *q)
{
	const voice_at *x = p, *y = q;
	if (x->claim != y->claim)
		return x->claim < y->claim ? -1 : 1;
	return (x->bucket > y->bucket) - (x->bucket < y->bucket);
}

/* The first pair of claim ci in v[0, n), or n. */
static size_t voices_of(const voice_at *v, size_t n, size_t ci)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].claim < ci)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is claim ci a direct voice of a bucket where claim cj is one too? */
static int share_bucket(const voice_at *v, size_t n, size_t ci, size_t cj)
{
	size_t x = voices_of(v, n, ci), y = voices_of(v, n, cj);
	while (x < n && y < n && v[x].claim == ci && v[y].claim == cj) {
		if (v[x].bucket == v[y].bucket)
			return 1;
		if (v[x].bucket < v[y].bucket)
			x++;
		else
			y++;
	}
	return 0;
}

/* The direct voices of the buckets there are now, sorted by claim
 * (caller frees); *n their number. */
static voice_at *direct_voices(const aligner *a, size_t *n)
{
	voice_at *va = NULL;
	size_t nva = 0, vcap = 0;
	for (size_t i = 0; i < a->nb; i++)
		for (size_t k = 0; k < a->b[i].nm; k++)
			if (!a->b[i].m[k].sub)
				*FB_PUSH(va, nva, vcap) = (voice_at){ a->b[i].m[k].claim, i };
	if (nva)
		qsort(va, nva, sizeof *va, by_claim);
	*n = nva;
	return va;
}

/* The first word of three letters or more after byte e in its sentence,
 * past "in" and "of" ("the $65 million in severance": "severance"), in
 * [*ws, *we); 0 when there is none among the next three words. */
static int word_after(const aligner *a, size_t sent, size_t e, size_t *ws, size_t *we)
{
	const char *b = a->doc->buf;
	size_t end = a->doc->sent[sent].end;
	for (int n = 0; n < 3; n++) {
		while (e < end && !fb_isalpha((unsigned char)b[e])) {
			if (b[e] == ',' || b[e] == ';' || b[e] == '.' || fb_isdigit((unsigned char)b[e]))
				return 0;
			e++;
		}
		*ws = e;
		while (e < end && fb_isalpha((unsigned char)b[e]))
			e++;
		*we = e;
		/* "$140 billion for water": what it is for, past the preposition */
		if (*we - *ws >= 3 && !fb_word_eq(b + *ws, *we - *ws, "the") && !fb_word_eq(b + *ws, *we - *ws, "and") &&
		    !fb_word_eq(b + *ws, *we - *ws, "for") && !fb_word_eq(b + *ws, *we - *ws, "from") &&
		    !fb_word_eq(b + *ws, *we - *ws, "with"))
			return fb_islower((unsigned char)b[*ws]);
	}
	return 0;
}

/* The word ending at byte e, skipping spaces, in [*ws, *we); 0 when none. */
static int word_before(const char *b, size_t lo, size_t e, size_t *ws, size_t *we)
{
	while (e > lo && b[e - 1] == ' ')
		e--;
	*we = e;
	while (e > lo && fb_isalpha((unsigned char)b[e - 1]))
		e--;
	*ws = e;
	return *we > *ws;
}

/* Are b[x0, x1) and b[ws, we) one word, but for a plural's "s" ("fees",
 * "fee")? */
static int one_word(const char *b, size_t x0, size_t x1, size_t ws, size_t we)
{
	size_t n = x1 - x0, m = we - ws;
	if (n == m + 1 && fb_tolower((unsigned char)b[x1 - 1]) == 's')
		n--;
	else if (m == n + 1 && fb_tolower((unsigned char)b[we - 1]) == 's')
		m--;
	return n == m && n > 0 && strncasecmp(b + x0, b + ws, n) == 0;
}

/* Does quantity q's own phrase name the word [ws, we): 2 for the word
 * after it ("$65 million in severance payments", "$140 billion for
 * water"), 1 for a compound's later noun or the noun it is "of" ("a loss
 * of $84 million"), 0 for none. */
static int names_word(const aligner *a, const fb_quantity *q, size_t ws, size_t we)
{
	const char *b = a->doc->buf;
	size_t lo = a->doc->sent[q->sent].start, x0, x1;
	if (word_after(a, q->sent, q->end, &x0, &x1)) {
		if (one_word(b, x0, x1, ws, we))
			return 2; /* the word right after: named most plainly */
		/* "a $3.4 million state grant": the compound's noun too */
		if (x1 < a->doc->sent[q->sent].end && b[x1] == ' ' && word_after(a, q->sent, x1, &x0, &x1) &&
		    one_word(b, x0, x1, ws, we))
			return 1;
	}
	if (!(word_before(b, lo, q->start, &x0, &x1) && fb_word_eq(b + x0, x1 - x0, "of") && word_before(b, lo, x0, &x0, &x1)))
		return 0;
	if (one_word(b, x0, x1, ws, we))
		return 1;
	/* "a graduation rate of 87 percent": the compound's first word too */
	return word_before(b, lo, x0, &x0, &x1) && x1 < q->start && b[x1] == ' ' && one_word(b, x0, x1, ws, we);
}

/* "The grant, worth $3.8 million,", "the contract, valued at $2
 * million": a sum apposed to a definite noun restates that noun's sum;
 * the noun in [*ws, *we). */
static int apposed_sum(const aligner *a, const fb_quantity *q, size_t *ws, size_t *we)
{
	const char *b = a->doc->buf;
	size_t lo = a->doc->sent[q->sent].start, x0, x1;
	if (!word_before(b, lo, q->start, &x0, &x1))
		return 0;
	if (fb_word_eq(b + x0, x1 - x0, "at") && !(word_before(b, lo, x0, &x0, &x1) &&
	    fb_word_eq(b + x0, x1 - x0, "valued")))
		return 0;
	if (!(fb_word_eq(b + x0, x1 - x0, "worth") || fb_word_eq(b + x0, x1 - x0, "valued") ||
	      fb_word_eq(b + x0, x1 - x0, "totaling") || fb_word_eq(b + x0, x1 - x0, "totalling")))
		return 0;
	size_t c = x0;
	while (c > lo && b[c - 1] == ' ')
		c--;
	if (c <= lo || b[c - 1] != ',')
		return 0;
	if (!word_before(b, lo, c - 1, ws, we) || !fb_islower((unsigned char)b[*ws]) || *we - *ws < 3)
		return 0;
	return word_before(b, lo, *ws, &x0, &x1) && fb_word_eq(b + x0, x1 - x0, "the");
}

/* Is the larger of x and y at most r times the smaller (both positive)? */
static int near_values(double x, double y, double r)
{
	if (!(x > 0 && y > 0))
		return 0;
	return x > y ? x <= y * r : y <= x * r;
}

/* Do the three words after quantities q and r share one of four letters
 * or more ("the 93 new officers" and "dozens of officers from")? A loose
 * count is given no head, so its words are read. */
static int nouns_meet(const aligner *a, const fb_quantity *q, const fb_quantity *r)
{
	const char *b = a->doc->buf;
	size_t qe = a->doc->sent[q->sent].end, re = a->doc->sent[r->sent].end;
	size_t i = q->end;
	for (int n = 0; n < 3 && i < qe; n++) {
		while (i < qe && b[i] == ' ')
			i++;
		size_t ws = i;
		while (i < qe && fb_isalpha((unsigned char)b[i]))
			i++;
		if (i == ws)
			return 0; /* a comma, a digit: the noun phrase is over */
		size_t j = r->end;
		for (int m = 0; m < 3 && j < re; m++) {
			while (j < re && b[j] == ' ')
				j++;
			size_t vs = j;
			while (j < re && fb_isalpha((unsigned char)b[j]))
				j++;
			if (j == vs)
				break;
			if (i - ws >= 4 && j - vs == i - ws && strncasecmp(b + ws, b + vs, i - ws) == 0)
				return 1;
		}
	}
	return 0;
}

/* Is word [ws, we) one that restricts nothing: a verb's helper, a
 * pronoun, a word of three letters or less that is no name? */
static int light_word(const char *b, size_t ws, size_t we)
{
	static const char *const light[] = { "were", "have", "been", "will", "would", "could", "should", "that",
		"which", "from", "with", "into", "this", "they", "them", "their", "said", "says", "also", "more" };
	if (we - ws < 4) /* but "May", "Ohio": a name says which */
		return we - ws < 3 || !fb_isupper((unsigned char)b[ws]);
	for (size_t i = 0; i < sizeof light / sizeof *light; i++)
		if (fb_word_eq(b + ws, we - ws, light[i]))
			return 1;
	return 0;
}

/* How many of the four words after q's noun does the sentence of
 * quantity r say, but for r and its noun? "The 12,000 people in shelters"
 * and "12,000 people have been moved to 38 shelters": one. */
static int restriction_said(const aligner *a, const fb_quantity *q, const fb_quantity *r, const char *rmeasure,
    const char *head)
{
	const char *b = a->doc->buf;
	const fb_sent *sq = &a->doc->sent[q->sent], *sr = &a->doc->sent[r->sent];
	size_t i = q->noun_end > q->end ? q->noun_end : q->end, np = r->noun_end > r->end ? r->noun_end : r->end;
	int said = 0;
	for (int n = 0; n < 4 && i < sq->end; n++) {
		while (i < sq->end && (b[i] == ' ' || b[i] == '"'))
			i++;
		size_t ws = i;
		while (i < sq->end && fb_isalpha((unsigned char)b[i]))
			i++;
		if (i == ws)
			break; /* a comma, a digit: the noun phrase is over */
		if (light_word(b, ws, i))
			continue;
		/* "the 421 homes lost" names what "destroyed 412 homes" did */
		const char *tm = rmeasure ? thing_measure(a, b + ws, i - ws, head) : NULL;
		if (tm && strcmp(tm, rmeasure) == 0) {
			said++;
			continue;
		}
		for (size_t j = sr->start; j < sr->end;) {
			while (j < sr->end && !fb_isalpha((unsigned char)b[j]))
				j++;
			size_t vs = j;
			while (j < sr->end && fb_isalpha((unsigned char)b[j]))
				j++;
			if ((vs < r->start || vs >= np) && j - vs == i - ws && strncasecmp(b + ws, b + vs, i - ws) == 0) {
				said++;
				break;
			}
		}
	}
	return said;
}

/* Is kj (quantity qj) an exact, stated count of q's kind and unit, no
 * addition, in a paragraph before pi: one a definite count may restate? */
static int earlier_count_of(const aligner *a, const fb_quantity *q, const fb_claim *kj, const fb_quantity *qj,
    size_t pi)
{
	return kj->type == FB_CT_NUMERIC && qj && !qj->vague && qj->has_value && qj->kind == q->kind &&
	       (!qj->unit) == (!q->unit) && (!q->unit || strcmp(q->unit, qj->unit) == 0) && !kj->increment &&
	       align_para_of(a, (size_t)(kj - a->c->c)) < pi;
}

/* Is b[i] a mark that ends a clause: a comma, a semicolon, a colon, a
 * bracket or a dash ("—")? */
static int clause_mark(const char *b, size_t i)
{
	unsigned char c = (unsigned char)b[i];
	return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
	       (c == 0xE2 && (unsigned char)b[i + 1] == 0x80 && (unsigned char)b[i + 2] == 0x94);
}

/* How many of the words w does b[lo, hi) say, outside [xs, xe)? */
static int words_said(const char *b, size_t lo, size_t hi, size_t xs, size_t xe, size_t w[][2], size_t nw,
    unsigned *used)
{
	int said = 0;
	for (size_t i = lo; i < hi;) {
		while (i < hi && !fb_isalpha((unsigned char)b[i]))
			i++;
		size_t vs = i;
		while (i < hi && fb_isalpha((unsigned char)b[i]))
			i++;
		if (i == vs || (vs >= xs && vs < xe))
			continue;
		for (size_t k = 0; k < nw; k++)
			if (!(*used & 1u << k) && one_word(b, w[k][0], w[k][1], vs, i)) {
				*used |= 1u << k;
				said++;
			}
	}
	return said;
}

/* The name after "by" in the eight words after q ("the 88 guards handed
 * over by Varn"): its doer, in span; 0 when none. */
static int agent_after(const aligner *a, const fb_quantity *q, size_t span[2])
{
	const char *b = a->doc->buf;
	size_t end = a->doc->sent[q->sent].end;
	for (size_t i = q->end, ws, n = 0; n < 8 && align_next_word(b, &i, end, &ws); n++)
		if (fb_word_eq(b + ws, i - ws, "by")) {
			size_t j = i, vs;
			if (!align_next_word(b, &j, end, &vs) || !fb_isupper((unsigned char)b[vs]))
				return 0;
			span[0] = vs;
			span[1] = j;
			return 1;
		}
	return 0;
}

/* The clause of quantity q: its sentence's bytes between the clause
 * marks around it, in [*lo, *hi). */
static void clause_of(const aligner *a, const fb_quantity *q, size_t *lo, size_t *hi)
{
	const char *b = a->doc->buf;
	const fb_sent *st = &a->doc->sent[q->sent];
	*lo = q->start;
	*hi = q->end;
	while (*lo > st->start && !clause_mark(b, *lo - 1))
		(*lo)--;
	while (*hi < st->end && !clause_mark(b, *hi))
		(*hi)++;
}

/* A definite count past the lede whose value no earlier mention has
 * ("Of the 221 plaintiffs" after "212 residents", "the 54 new officers"
 * after "hire 45 officers"): the one earlier count of its head, in its
 * event and with no slot against it, that it names again, so that a
 * misquoted number is seen; failing one of its head, the one earlier
 * count of people of a near value ("the 1,062 respondents" after "a
 * survey of 1,026 likely voters"). Not a set its relative clause
 * restricts ("the 12 officers who were fired"); one restricted after its
 * noun, only a count whose sentence says those words (restriction_said);
 * nor a few ("the two men": people
 * named before), nor, for a count its opening phrase places ("In the
 * north, ... 12 of the 30 seats"), one of no place (the whole it is a
 * part of), nor, for an owner's count ("Marsh's 37 goals"), one that
 * names no owner (slots_clash() keeps another owner's apart), nor, of a
 * value far apart, one the article also counts loosely ("dozens of
 * officers": another set it may be). SIZE_MAX when none. */
static size_t misquoted_set(const aligner *a, size_t ci, size_t pi, int owned)
{
	const fb_claim *k = &a->c->c[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	const fb_scope *s = &a->sc[ci];
	/* a count, or a measure counted in its unit with nothing after its
	 * noun to restrict it ("Of his 36 points, ..."; not "the 4 inches that
	 * were predicted") */
	if ((q->kind != FB_QK_COUNT && !(q->kind == FB_QK_MEASURE && q->unit)) || !s->head || s->relative ||
	    s->rel_verb || q->value < 3 || (!a->subject[ci] && q->kind == FB_QK_COUNT))
		return SIZE_MAX;
	if (q->kind == FB_QK_MEASURE) {
		const char *b = a->doc->buf;
		size_t e = q->end, end = a->doc->sent[q->sent].end;
		while (e < end && b[e] == ' ')
			e++;
		if (e < end && b[e] != ',' && b[e] != ';' && b[e] != '.')
			return SIZE_MAX;
	}
	/* "the 7 in critical condition" after "Of the 57 injured, 9 are in
	 * critical condition": the one earlier count of its own measure in
	 * its event, of a near value, though a part of another set */
	if (k->measure && strcmp(k->measure, "number") != 0 && !owned) {
		size_t by_measure = SIZE_MAX;
		int nmeasure = 0;
		for (size_t cj = ci, look = 0; cj-- > 0 && look < 400; look++) {
			const fb_claim *kj = &a->c->c[cj];
			const fb_quantity *qj = align_quantity_of(a, kj);
			const fb_scope *sj = &a->sc[cj];
			if (!earlier_count_of(a, q, kj, qj, pi) || kj->event != k->event || !kj->measure ||
			    strcmp(kj->measure, k->measure) != 0 || slots_clash(s, sj) || !align_comparable(sj) ||
			    sj->individual)
				continue;
			nmeasure++;
			if (near_values(q->value, qj->value, 1.5))
				by_measure = cj;
		}
		if (nmeasure == 1 && by_measure != SIZE_MAX)
			return by_measure;
	}
	int people = a->subject[ci] && fb_names_people(a->cl, a->subject[ci]);
	size_t agent[1][2];
	int has_agent = agent_after(a, q, agent[0]);
	size_t same = SIZE_MAX, near = SIZE_MAX;
	int nsame = 0, nnear = 0, far = 0, others = 0, best = 0;
	/* "the 193 survivors": people named by what was done to them
	 * (data/role-nouns.tsv) restate the one count of that measure */
	const char *role = fb_role_measure(a->cl, s->head);
	size_t by_role = SIZE_MAX;
	int nrole = 0;
	for (size_t cj = ci, look = 0; cj-- > 0 && look < 400; look++) {
		const fb_claim *kj = &a->c->c[cj];
		const fb_quantity *qj = align_quantity_of(a, kj);
		const fb_scope *sj = &a->sc[cj];
		const char *x = a->subject[ci], *y = a->subject[cj];
		if (!earlier_count_of(a, q, kj, qj, pi) || sj->role != FB_RO_TOTAL ||
		    sj->determiner == FB_DET_PARTITIVE || sj->individual || slots_clash(s, sj) || !align_comparable(sj) ||
		    kj->event != k->event || (owned && !sj->holder) || (s->place_opens && !sj->place) ||
		    (sj->place && !s->place && !sj->lede)) { /* one ward's votes: a part, not "Okafor's 41,237 votes" */
			/* "dozens of officers", "more than 900 homes": a set
			 * counted loosely that "the N" may name as well (a loose
			 * count has no head: its words are read) */
			if (kj->type == FB_CT_NUMERIC && qj && (qj->vague || !qj->has_value) && align_para_of(a, cj) < pi &&
			    kj->event == k->event && !slots_clash(s, sj))
				others += (sj->head && strcmp(s->head, sj->head) == 0) || (x && y && strcmp(x, y) == 0) ||
				    nouns_meet(a, q, qj);
			continue;
		}
		/* "Of the 46 people wounded" is no count of those killed */
		if (s->harm && sj->harm && k->measure && kj->measure && strcmp(k->measure, kj->measure) != 0)
			continue;
		/* "the 88 guards handed over by Varn": a count whose clause does
		 * not name that doer before it ("Orsk freed 84 people", "84
		 * returned to Varn") is not it */
		size_t lo, hi;
		unsigned said_agent = 0;
		clause_of(a, qj, &lo, &hi);
		if (has_agent && !words_said(a->doc->buf, lo, qj->start, qj->start, qj->end, agent, 1, &said_agent))
			continue;
		/* "Of the 200 people listed" is no misquote of the "186
		 * passengers" of "186 passengers and 14 crew members": a count
		 * joined to another, of another noun, is a part of the set the
		 * two make */
		if (align_coordinated_count(a, qj) && k->noun_end > k->noun_start && kj->noun_end > kj->noun_start &&
		    !align_same_noun(a, k, kj))
			continue;
		/* nor "The 11 injured workers" of "41 workers underground":
		 * those harmed are some of a set counted with no harm; nor
		 * "All 184 people on board" of "7 people were hurt" */
		if ((s->harm && !sj->harm) || (!s->harm && sj->harm && s->determiner == FB_DET_UNIVERSAL))
			continue;
		if (role && kj->measure && strcmp(kj->measure, role) == 0 && y && fb_names_people(a->cl, y) &&
		    near_values(q->value, qj->value, 2)) {
			nrole++;
			by_role = cj;
		}
		if ((sj->head && strcmp(s->head, sj->head) == 0) ||
		    (x && y && (strcmp(x, y) == 0 || fb_class_within(a->cl, y, x)))) {
			/* (not a broader class: a narrower set named definitely,
			 * "the 7 police officers killed", is some of "14 people"
			 * killed, not them) */
			/* a set its words restrict ("the 12,000 people in
			 * shelters", "the 187,000 jobs added in March") is the
			 * earlier count of its head whose sentence says those
			 * words ("moved to 38 shelters", "employers added") */
			if (s->restricted) {
				int said = restriction_said(a, q, qj, kj->measure, a->subject[cj]);
				if (!said || said < best)
					continue;
				if (said > best) /* the one that says the most of them */
					best = said, nsame = 0, far = 0;
			}
			nsame++;
			same = cj;
			far |= !near_values(q->value, qj->value, 2);
		}
		else if (people && !s->restricted && y && fb_names_people(a->cl, y) && qj->value >= 10 &&
		    near_values(q->value, qj->value, 1.5)) {
			nnear++;
			near = cj;
		}
	}
	/* far apart, it is another set when the article also counts its
	 * head loosely before ("dozens of homes": the set "the N" names may
	 * be that one); else "the N" points back to the one count there is,
	 * unless more than three times apart ("three of the four ridings
	 * that have reported" after "all 61 ridings": a misquote is never
	 * off by so much) */
	if (nrole == 1)
		return by_role;
	if (nsame) /* (but no misquote is off by more than three times) */
		return nsame == 1 && !(far && others) &&
		    near_values(q->value, align_quantity_of(a, &a->c->c[same])->value, 3) ? same : SIZE_MAX;
	return nnear == 1 ? near : SIZE_MAX;
}

/* The words that say what the sum q is ("the department's $421 million
 * allocation would allow it to cut overtime": department, allocation,
 * allow, overtime): up to four of its clause before it and five after it
 * that restrict something (light_word). Their spans in w; how many. */
static size_t sum_words(const aligner *a, const fb_quantity *q, size_t w[][2])
{
	const char *b = a->doc->buf;
	const fb_sent *st = &a->doc->sent[q->sent];
	size_t n = 0, i = q->start;
	for (int seen = 0; seen < 6 && i > st->start && n < 4; seen++) {
		while (i > st->start && !fb_isalpha((unsigned char)b[i - 1]) && !clause_mark(b, i - 1) && b[i - 1] != '"')
			i--;
		size_t we = i;
		while (i > st->start && fb_isalpha((unsigned char)b[i - 1]))
			i--;
		if (i == we)
			break; /* the clause opens */
		if (!light_word(b, i, we) && !fb_word_eq(b + i, we - i, "said") && !fb_word_eq(b + i, we - i, "told")) {
			w[n][0] = i;
			w[n++][1] = we;
		}
	}
	size_t before = n;
	i = q->end;
	for (int seen = 0; seen < 8 && i < st->end && n < before + 5; seen++) {
		while (i < st->end && (b[i] == ' ' || b[i] == '\'' || b[i] == '-'))
			i++;
		size_t ws = i;
		while (i < st->end && fb_isalpha((unsigned char)b[i]))
			i++;
		if (i == ws)
			break; /* a comma, a digit, a quotation's end: the phrase is over */
		if (!light_word(b, ws, i)) {
			w[n][0] = ws;
			w[n++][1] = i;
		}
	}
	return n;
}

/* A definite sum past the lede whose value no earlier sum has ("the
 * department's $421 million allocation" after "The Police Department will
 * receive $412 million", "the $19 million he has lent the campaign" after
 * "lent his campaign ... a total of $15 million"): the earlier sum of its
 * currency, event and near value (within half as much again) whose
 * words say most of what its own words say, two points for a word of
 * that sum's clause, one for a word elsewhere in its paragraph; at least
 * two points, and of several as good the nearest in value. A time of its
 * own ("paid in 2021") must be that sum's too; a doer after "by" must be
 * named before it. A count or a measure no other rule points back is read
 * the same way, more strictly: within three tenths, three points, its
 * noun shared, the names before its noun said, no earlier count in a
 * group with it. SIZE_MAX when none. */
static size_t misquoted_by_words(const aligner *a, const voice_at *va, size_t nva, size_t ci, size_t pi)
{
	const fb_claim *k = &a->c->c[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	const fb_scope *s = &a->sc[ci];
	const char *b = a->doc->buf;
	size_t w[9][2];
	size_t nw = sum_words(a, q, w);
	if (!nw || (!q->unit && q->kind != FB_QK_COUNT) || s->function != FB_QF_COUNT || k->quantity < 0)
		return SIZE_MAX;
	/* its value said before in any way ("11 plant employees" in a list):
	 * no misquote */
	for (size_t j = 0; j < (size_t)k->quantity; j++) {
		const fb_quantity *r = &a->ql->q[j];
		if (a->doc->sent[r->sent].para < pi && r->kind == q->kind && r->has_value && r->value == q->value &&
		    (!r->unit) == (!q->unit) && (!q->unit || strcmp(q->unit, r->unit) == 0))
			return SIZE_MAX;
	}
	/* a time its own words say ("paid for Berg in 2021"), not one after
	 * another amount ("an increase of $700 million over this year") */
	int own_time = 0;
	if (s->time && k->quantity >= 0) {
		size_t lim = a->doc->sent[q->sent].end, tl = strlen(s->time);
		for (size_t j = (size_t)k->quantity + 1; j < a->ql->n && a->ql->q[j].sent == q->sent; j++)
			if (a->ql->q[j].kind != FB_QK_DATE && a->ql->q[j].kind != FB_QK_TIME) {
				lim = a->ql->q[j].start;
				break;
			}
		for (size_t i = q->end; !own_time && i + tl <= lim; i++)
			own_time = strncasecmp(b + i, s->time, tl) == 0;
	}
	/* a count already met by an earlier one in a group ("The 1,285
	 * drivers who voted" with "1,258 of them voted"): that one is its
	 * antecedent */
	for (size_t cj = ci, look = 0; q->kind == FB_QK_COUNT && cj-- > 0 && look < 400; look++)
		if (align_para_of(a, cj) < pi && share_bucket(va, nva, ci, cj))
			return SIZE_MAX;
	/* its doer named after "by" ("the 31 prisoners released by Arvenia"):
	 * the sum it restates says that name before it, in its clause */
	size_t agent[1][2];
	int has_agent = agent_after(a, q, agent[0]);
	/* the names before its noun ("the 14 National Forward members"): the
	 * set of that party, that country; the count it restates names them
	 * in its clause too */
	size_t names[3][2], nnames = 0;
	for (size_t i = q->end, ws; nnames < 3 && align_next_word(b, &i, a->doc->sent[q->sent].end, &ws) &&
	     fb_isupper((unsigned char)b[ws]);) {
		size_t j = i, vs;
		if (!align_next_word(b, &j, a->doc->sent[q->sent].end, &vs))
			break; /* the name is the noun itself ("the 16 Daruvans") */
		names[nnames][0] = ws;
		names[nnames++][1] = i;
	}
	if (nnames && !fb_islower((unsigned char)b[names[nnames - 1][1] + 1]))
		nnames = 0;
	size_t noun[1][2] = { { q->noun_start, q->noun_end } }, qlo, qhi;
	clause_of(a, q, &qlo, &qhi);
	size_t best = SIZE_MAX;
	int best_score = q->kind == FB_QK_COUNT ? 2 : 1, tie = 0;
	double most = q->kind == FB_QK_COUNT ? 1.3 : 1.5; /* a count so far off may be a subset */
	double best_ratio = 0;
	for (size_t cj = ci, look = 0; cj-- > 0 && look < 400; look++) {
		const fb_claim *kj = &a->c->c[cj];
		const fb_quantity *qj = align_quantity_of(a, kj);
		const fb_scope *sj = &a->sc[cj];
		if (!earlier_count_of(a, q, kj, qj, pi) || kj->event != k->event || sj->role != FB_RO_TOTAL ||
		    sj->determiner == FB_DET_PARTITIVE || slots_clash(s, sj) || !align_comparable(sj) ||
		    !near_values(q->value, qj->value, most) || (own_time && !sj->time) || sj->function != FB_QF_COUNT)
			continue; /* "the £41 million paid for Berg in 2021": a time its sum does not say */
		const fb_sent *st = &a->doc->sent[qj->sent];
		size_t lo, hi;
		clause_of(a, qj, &lo, &hi);
		unsigned said_agent = 0, said_names = 0, said_noun = 0;
		if ((has_agent && !words_said(b, lo, qj->start, qj->start, qj->end, agent, 1, &said_agent)) ||
		    (nnames && words_said(b, lo, hi, qj->start, qj->end, names, nnames, &said_names) < (int)nnames))
			continue;
		/* a set restricted after its noun ("the 14 members on the
		 * committee"): one whose sentence says those words */
		if (s->restricted && q->kind == FB_QK_COUNT && !restriction_said(a, q, qj, kj->measure, a->subject[cj]))
			continue;
		const fb_para *pa = &a->doc->para[st->para];
		/* a count's noun: its antecedent's too, or said in its clause,
		 * or the antecedent's noun among its own words ("The 4,300
		 * employees losing their jobs" after "eliminate 4,800 jobs"; but
		 * "the 88 servicemen handed over" is no restatement of "103
		 * detainees": some of them) */
		size_t their[1][2] = { { qj->noun_start, qj->noun_end } };
		unsigned said_theirs = 0;
		if (q->kind == FB_QK_COUNT && !(s->head && sj->head && strcmp(s->head, sj->head) == 0) &&
		    !(q->noun_end > q->noun_start && words_said(b, lo, hi, qj->start, qj->end, noun, 1, &said_noun)) &&
		    !(qj->noun_end > qj->noun_start &&
		      words_said(b, q->end, qhi, 0, 0, their, 1, &said_theirs)))
			continue;
		unsigned used = 0;
		int score = 2 * words_said(b, lo, hi, qj->start, qj->end, w, nw, &used);
		score += words_said(b, pa->start, pa->end, qj->start, qj->end, w, nw, &used);
		double ratio = q->value > qj->value ? q->value / qj->value : qj->value / q->value;
		if (score > best_score || (score == best_score && best != SIZE_MAX && ratio < best_ratio)) {
			tie = 0;
			best = cj;
			best_score = score;
			best_ratio = ratio;
		}
		else if (score == best_score && best != SIZE_MAX && ratio == best_ratio)
			tie = 1;
	}
	return tie ? SIZE_MAX : best;
}

/* Claim ci restates claim found with another value, and a bucket holds
 * both ("Employers added 187,000 jobs in March", "The 374,000 jobs added
 * in March"): there the two are compared as a restatement when their
 * slots match nothing else (another agent, a modifier on one side could
 * keep a misquoted number apart). */
static void restate_in_bucket(aligner *a, const voice_at *va, size_t nva, size_t ci, size_t found)
{
	for (size_t v = voices_of(va, nva, ci); v < nva && va[v].claim == ci; v++) {
		bucket *b = &a->b[va[v].bucket];
		member *mc = NULL;
		int host = 0;
		for (size_t t = 0; t < b->nm; t++) {
			if (b->m[t].claim == ci && b->m[t].guest <= 1 && !b->m[t].sub)
				mc = &b->m[t]; /* (joined from another verb, too) */
			host |= b->m[t].claim == found && !b->m[t].guest && !b->m[t].sub;
		}
		if (mc && host)
			mc->restates = found + 1;
	}
}

/* Claim ci restates claim found: it joins the group of that mention
 * ("The $1.24 billion plan" in the budget's group, with the title's and
 * the lede's), compared with that one only; or, when that mention has
 * none, makes one with it. va holds the direct voices. */
static void join_mention(aligner *a, const voice_at *va, size_t nva, size_t ci, size_t found)
{
	const fb_claim *k = &a->c->c[ci];
	const fb_quantity *q = align_quantity_of(a, k);
	const fb_scope *s = &a->sc[ci];
	if (stated(align_quantity_of(a, &a->c->c[found])) == q->value)
		a->restates[ci] = found + 1;
	if (share_bucket(va, nva, ci, found))
		return;
	/* it joins the group of the mention it restates ("The $1.24
	 * billion plan" in the budget's group, with the title's and the
	 * lede's), compared with that one only */
	bucket *host = NULL;
	for (size_t v = voices_of(va, nva, found); v < nva && va[v].claim == found && !host; v++) {
		bucket *hb = &a->b[va[v].bucket];
		for (size_t t = 0; t < hb->nm && !host; t++)
			if (hb->m[t].claim == found && !hb->m[t].guest && a->subject[found] &&
			    strcmp(hb->subject, a->subject[found]) == 0)
				host = hb;
	}
	if (host) {
		member *m = FB_PUSH(host->m, host->nm, host->cap);
		memset(m, 0, sizeof *m);
		m->claim = ci;
		m->v = align_interval_of(q);
		m->cls = host->subject;
		m->parts = DESC_NO_PARTS;
		m->guest = 3;
		m->with = found;
		return;
	}
	const fb_claim *kf = &a->c->c[found];
	/* named as the later mention names it ("the $184 million budget") */
	const char *subject = s->head ? s->head : a->subject[found] ? a->subject[found] : a->subject[ci] ? a->subject[ci]
	    : kf->subject ? kf->subject : k->subject ? k->subject : q->unit ? q->unit : "things";
	bucket *y = FB_PUSH(a->b, a->nb, a->cap);
	memset(y, 0, sizeof *y);
	y->measure = kf->measure ? kf->measure : k->measure ? k->measure : "restated";
	y->subject = subject;
	y->unit = q->unit;
	y->kind = (int)q->kind;
	y->func = (int)s->function;
	y->context = fb_xstrdup("");
	y->direct = 1;
	for (int t = 0; t < 2; t++) {
		member *m = FB_PUSH(y->m, y->nm, y->cap);
		memset(m, 0, sizeof *m);
		m->claim = t ? ci : found;
		m->v = align_interval_of(t ? q : align_quantity_of(a, kf));
		m->cls = subject;
		m->parts = DESC_NO_PARTS;
		m->guest = t ? 3 : 0;
		m->with = t ? found : 0;
	}
}

/* The mention in the lede that title claim found states again, with its
 * value, kind and unit and no slot against claim ci, or found itself: a
 * body's restatement points back to the lede's full sentence rather than
 * the headline's words ("Ferrin's $4.8 million haul" after the title's
 * "raises $4.2 million" and the lede's "raised $4.2 million in the third
 * quarter"). */
static size_t lede_for_title(const aligner *a, size_t ci, size_t found)
{
	size_t p = align_para_of(a, found);
	const fb_quantity *qf = align_quantity_of(a, &a->c->c[found]);
	double vf;
	if (!fb_doc_is_title(a->doc, p) || !qf || !fb_quantity_stated(qf, &vf))
		return found;
	size_t lp = fb_doc_next_text(a->doc, p), one = SIZE_MAX;
	int n = 0;
	for (size_t cj = found + 1; cj < ci && align_para_of(a, cj) <= lp; cj++) {
		const fb_claim *kj = &a->c->c[cj];
		const fb_quantity *qj = align_quantity_of(a, kj);
		double v;
		if (align_para_of(a, cj) != lp || kj->type != FB_CT_NUMERIC || !qj || qj->vague || qj->kind != qf->kind ||
		    (!qj->unit) != (!qf->unit) || (qf->unit && strcmp(qf->unit, qj->unit) != 0) ||
		    !fb_quantity_stated(qj, &v) || v != vf || a->sc[cj].role != FB_RO_TOTAL || slots_clash(&a->sc[ci], &a->sc[cj]))
			continue;
		n++;
		one = cj;
	}
	return n == 1 ? one : found;
}

/* "The $84 million second-quarter loss was ..." after "reported a
 * second-quarter loss of $84 million", "The 81 survivors were taken" after
 * "rescued 81 people": a definite "the N" past the lede with the value and
 * unit of a mention in an earlier paragraph whose head it allows points
 * back to it, whatever the verbs. It joins the group of that mention
 * (or, when that mention has none, makes one with it), compared with that
 * mention only. */
void align_definite_restatements(aligner *a)
{
	if (a->nb > 4096 || a->c->nc > 65536)
		return; /* bounded work on pathological inputs */
	size_t nva;
	voice_at *va = direct_voices(a, &nva);
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		const fb_scope *s = &a->sc[ci];
		int pct = q && q->kind == FB_QK_PERCENT;
		size_t ws, we;
		int appos = k->type == FB_CT_NUMERIC && q && q->kind == FB_QK_MONEY && apposed_sum(a, q, &ws, &we);
		if (k->type != FB_CT_NUMERIC || !q || !q->has_value || q->vague || k->increment || s->lede ||
		    !align_comparable(s) || (s->determiner != FB_DET_DEFINITE && s->determiner != FB_DET_UNIVERSAL && !appos) ||
		    s->role != FB_RO_TOTAL ||
		    s->part_of >= 0 || !(q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY || q->kind == FB_QK_MEASURE || pct))
			continue;
		/* "All 15 crew members survived": the whole set, said again */
		int the = appos || s->determiner == FB_DET_UNIVERSAL ? 1 : the_before(a, q);
		/* an owner's count ("Marsh's 21 goals") restates only one of the
		 * same owner ("Marsh has scored 17 league goals") */
		int owned = the == 2 && (q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY) && s->holder;
		if (!the || (the == 2 && q->kind != FB_QK_MONEY && !owned))
			continue;
		size_t pi = align_para_of(a, ci), found = SIZE_MAX;
		int said_before = 0; /* an earlier mention has its value */
		for (size_t cj = ci, look = 0; cj-- > 0 && look < 400; look++) {
			const fb_claim *kj = &a->c->c[cj];
			const fb_quantity *qj = align_quantity_of(a, kj);
			const fb_scope *sj = &a->sc[cj];
			if (kj->type != FB_CT_NUMERIC || !qj || qj->vague || align_para_of(a, cj) >= pi || qj->kind != q->kind ||
			    (!qj->unit) != (!q->unit) || (q->unit && strcmp(q->unit, qj->unit) != 0) || stated(qj) != q->value)
				continue;
			/* (one of another event, "compared with 17 in all of last
			 * year", is no earlier mention of this set) */
			said_before |= kj->event == k->event;
			if (sj->role != FB_RO_TOTAL || sj->determiner == FB_DET_PARTITIVE || slots_clash(s, sj) ||
			    !align_comparable(sj))
				continue;
			/* the heads allow it, or the number is one no other thing
			 * would have by chance ("the 3,214 sales" after "3,214 homes
			 * changed hands"); a share needs its head */
			if (!heads_meet(a, ci, cj) && (pct || digits_of(q->value) < 3))
				continue;
			if (pct && (!s->head || !sj->head))
				continue;
			found = cj;
			break;
		}
		/* none with its value: the one earlier mention of its unit whose
		 * words after it name ("The $114 million in cash" after "will pay
		 * $141 million in cash"), for a change to be seen */
		if (found == SIZE_MAX && q->unit && (appos || word_after(a, k->sent, q->end, &ws, &we))) {
			/* "the 6.8 inches that fell": a relative clause says what
			 * the measure did; it restates the one earlier measure of
			 * its unit and event whose verb is of the clause's
			 * measure ("dropped 6.2 inches of rain": fell), of a near
			 * value */
			int rel = !appos && (fb_word_eq(a->doc->buf + ws, we - ws, "that") ||
			                     fb_word_eq(a->doc->buf + ws, we - ws, "which")) && q->kind == FB_QK_MEASURE;
			int n = 0, plain = 0, n_has = 0;
			double v_named = 0;
			size_t found_plain = SIZE_MAX;
			for (size_t cj = ci, look = 0; cj-- > 0 && look < 400 && plain < 2; look++) {
				const fb_claim *kj = &a->c->c[cj];
				const fb_quantity *qj = align_quantity_of(a, kj);
				const fb_scope *sj = &a->sc[cj];
				if (kj->type != FB_CT_NUMERIC || !qj || align_para_of(a, cj) >= pi || qj->kind != q->kind ||
				    !qj->unit || strcmp(q->unit, qj->unit) != 0)
					continue;
				int named = rel ? 1 : names_word(a, qj, ws, we);
				if (!named ||
				    (rel && !relative_does(a, ci, sj->measure ? sj->measure : kj->measure ? kj->measure : "")) ||
				    kj->event != k->event)
					continue; /* not August's "64 percent in favor": another poll */
				/* mentions of one sum count once: the title's and the
				 * lede's "$1.42 billion budget" are one budget */
				double vj;
				int has = fb_quantity_stated(qj, &vj);
				if (!n || !has || !n_has || vj != v_named)
					n++;
				if (has && !n_has) {
					v_named = vj;
					n_has = 1;
				}
				plain += named == 2;
				if (qj->has_value && !qj->vague && sj->role == FB_RO_TOTAL && sj->determiner != FB_DET_PARTITIVE &&
				    !slots_clash(s, sj) && align_comparable(sj) && (!rel || near_values(q->value, qj->value, 1.5))) {
					if (named == 2 && found_plain == SIZE_MAX)
						found_plain = cj;
					if (found == SIZE_MAX)
						found = cj;
				}
			}
			/* "$140 billion for water" names it more plainly than the
			 * title's "$740 billion infrastructure and water bill" */
			if (plain == 1 && found_plain != SIZE_MAX)
				found = found_plain;
			else if (n != 1)
				found = SIZE_MAX;
		}
		/* "Of the 84 injured" on Thursday after "injuring 84" on
		 * Wednesday: a value said before is no misquote of another */
		int misquoted = found == SIZE_MAX;
		int by_words = 0;
		if (found == SIZE_MAX && !said_before)
			found = misquoted_set(a, ci, pi, owned);
		if (found == SIZE_MAX && !said_before && (q->kind == FB_QK_MONEY || q->kind == FB_QK_COUNT || q->kind == FB_QK_MEASURE)) {
			found = misquoted_by_words(a, va, nva, ci, pi);
			by_words = found != SIZE_MAX; /* its owner is among the words it is found by */
		}
		if (found != SIZE_MAX && owned && !by_words && !(a->sc[found].holder && strcasecmp(a->sc[found].holder, s->holder) == 0))
			found = SIZE_MAX;
		if (found == SIZE_MAX)
			continue;
		found = lede_for_title(a, ci, found);
		/* a count of its head misquoted: in a bucket with it, too, it
		 * is compared with that mention only */
		if (misquoted && share_bucket(va, nva, ci, found))
			restate_in_bucket(a, va, nva, ci, found);
		join_mention(a, va, nva, ci, found);
	}
	free(va);
}

/* Is paragraph p a short title (fb_doc_is_title): a long first line is
 * no headline whose numbers restate the lede's. */
static int title_para(const aligner *a, size_t p)
{
	const fb_para *pp = &a->doc->para[p];
	return pp->end - pp->start <= 200 && fb_doc_is_title(a->doc, p);
}

/* Does the sentence of quantity r hold the stem (first five letters) of
 * one of the three words before quantity q in its clause ("acquits six"
 * and "acquitted six others"; "homicides fall to 58" and "58
 * homicides")? */
static int verb_stem_in(const aligner *a, const fb_quantity *q, const fb_quantity *r)
{
	const char *b = a->doc->buf;
	size_t lo = a->doc->sent[q->sent].start, i = q->start;
	const fb_sent *st = &a->doc->sent[r->sent];
	for (int n = 0; n < 3; n++) {
		while (i > lo && b[i - 1] == ' ')
			i--;
		size_t we = i;
		while (i > lo && fb_isalpha((unsigned char)b[i - 1]))
			i--;
		if (we == i)
			return 0; /* a comma, a digit: the clause is over */
		if (we - i < 5)
			continue;
		for (size_t j = st->start; j + 5 <= st->end; j++)
			if ((j == st->start || !fb_isalpha((unsigned char)b[j - 1])) && strncasecmp(b + j, b + i, 5) == 0)
				return 1;
	}
	return 0;
}

/* Can claim cj in the lede be what title claim ci states: a total (no
 * part: "21 of them") of the same kind, unit and function, with a
 * number? */
static int lede_match(const aligner *a, size_t ci, size_t cj)
{
	const fb_claim *kj = &a->c->c[cj];
	const fb_quantity *q = align_quantity_of(a, &a->c->c[ci]), *qj = align_quantity_of(a, kj);
	const fb_scope *s = &a->sc[ci], *sj = &a->sc[cj];
	double v;
	/* "acquits six": a title count with no noun, unit or measure is the
	 * lede's only if the lede says its verb */
	if (kj->type == FB_CT_NUMERIC && qj && q->kind == FB_QK_COUNT && !q->unit && !s->head && !a->c->c[ci].measure &&
	    !verb_stem_in(a, q, qj))
		return 0;
	/* "1.2 Million Evacuated" is no misstated "killing 47": two deeds */
	const char *m = a->c->c[ci].measure, *mj = kj->measure;
	if (m && mj && strcmp(m, "number") != 0 && strcmp(mj, "number") != 0 && strcmp(m, mj) != 0 &&
	    (a->sc[ci].harm || sj->harm) && !a->sc[ci].risen && !sj->risen)
		return 0; /* (but "the toll rose to 342": the harm's level) */
	return kj->type == FB_CT_NUMERIC && qj && !qj->vague && fb_quantity_stated(qj, &v) && qj->kind == q->kind &&
	       (!qj->unit) == (!q->unit) && (!q->unit || strcmp(q->unit, qj->unit) == 0) && sj->function == s->function &&
	       !kj->increment && align_comparable(sj) && sj->superseded == s->superseded && sj->role != FB_RO_PART &&
	       sj->determiner != FB_DET_PARTITIVE &&
	       /* a misstatement, not another thing: "Okonjo's 27 goals" is no
	        * "crowd of 31,400" (of other heads, within ten times) */
	       ((s->head && sj->head && strcmp(s->head, sj->head) == 0) || (v <= 10 * q->value && q->value <= 10 * v));
}

/* The one claim of paragraph lp that lede_match()es title claim ci with
 * ci's head, or SIZE_MAX (also when lp states ci's value elsewhere). */
static size_t lede_of_head(const aligner *a, size_t ci, size_t lp)
{
	const char *h = a->sc[ci].head;
	double title = align_quantity_of(a, &a->c->c[ci])->value;
	size_t found = SIZE_MAX, n = 0;
	for (size_t cj = ci + 1; cj < a->c->nc && align_para_of(a, cj) <= lp; cj++) {
		if (align_para_of(a, cj) != lp)
			continue;
		const fb_quantity *qj = align_quantity_of(a, &a->c->c[cj]);
		double v;
		if (qj && fb_quantity_stated(qj, &v) && v == title)
			return SIZE_MAX; /* the lede says the title's number, in a
			                  * mention not compared ("said it would
			                  * cut 340 jobs"): not another one */
		if (lede_match(a, ci, cj) && a->sc[cj].head && strcmp(a->sc[cj].head, h) == 0) {
			found = cj;
			n++;
		}
	}
	return n == 1 ? found : SIZE_MAX;
}

/* How many other claims of title paragraph p lede_match() claim ci with
 * its head? */
static size_t title_peers_head(const aligner *a, size_t ci, size_t p)
{
	const char *h = a->sc[ci].head;
	size_t n = 0, from = ci;
	while (from > 0 && align_para_of(a, from - 1) == p)
		from--;
	for (size_t cj = from; cj < a->c->nc && align_para_of(a, cj) == p; cj++)
		n += cj != ci && lede_match(a, ci, cj) && a->sc[cj].head && strcmp(a->sc[cj].head, h) == 0;
	return n;
}

/* "Storm dumps 11 inches of rain on Calder Valley" over "A storm dropped
 * as much as 11 inches of rain on the valley": a headline states what
 * its lede reports, in other words (its verb in the present, or none:
 * "Median home price hits record $418,600"; a name cut short). A title's
 * number meets the lede's one number of its kind, unit and function; of
 * several, the one of its value (heads are no guide: the title names
 * things its own way). It joins that
 * mention's group, compared with it only (join_mention()), so a title
 * that misstates its lede is seen. */
void align_title_restatements(aligner *a)
{
	if (a->nb > 4096 || a->c->nc > 65536)
		return; /* bounded work on pathological inputs */
	size_t nva;
	voice_at *va = direct_voices(a, &nva);
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		const fb_scope *s = &a->sc[ci];
		if (k->type != FB_CT_NUMERIC || !q || !q->has_value || q->vague || k->increment || !align_comparable(s) ||
		    s->role != FB_RO_TOTAL || s->part_of >= 0 ||
		    !(q->kind == FB_QK_COUNT || q->kind == FB_QK_MONEY || q->kind == FB_QK_MEASURE || q->kind == FB_QK_PERCENT) ||
		    (s->function != FB_QF_COUNT && s->function != FB_QF_RATIO))
			continue;
		size_t p = align_para_of(a, ci);
		if (!title_para(a, p))
			continue;
		size_t lp = fb_doc_next_text(a->doc, p);
		size_t n = 0, one = SIZE_MAX, nval = 0, val = SIZE_MAX;
		int same_value = 0; /* a lede number of its value and unit, matched or not */
		for (size_t cj = ci + 1; cj < a->c->nc && align_para_of(a, cj) <= lp; cj++) {
			if (align_para_of(a, cj) != lp)
				continue;
			const fb_quantity *qj = align_quantity_of(a, &a->c->c[cj]);
			double vj;
			/* (a bare title number, "ringleader gets 28", names the
			 * lede's "28 years" whatever its unit) */
			same_value |= a->c->c[cj].type == FB_CT_NUMERIC && qj &&
			    ((qj->kind == q->kind && (!qj->unit) == (!q->unit) && (!q->unit || strcmp(q->unit, qj->unit) == 0)) ||
			     (!q->unit && k->noun_end <= k->noun_start)) &&
			    fb_quantity_stated(qj, &vj) && vj == q->value;
			if (!lede_match(a, ci, cj))
				continue;
			n++;
			one = cj;
			double v;
			if (fb_quantity_stated(align_quantity_of(a, &a->c->c[cj]), &v) && v == q->value) {
				nval++;
				val = cj;
			}
		}
		/* a title with several numbers of its kind names each by value */
		size_t peers = 0;
		for (size_t cj = ci; cj-- > 0 && align_para_of(a, cj) == p;)
			peers += lede_match(a, ci, cj);
		for (size_t cj = ci + 1; cj < a->c->nc && align_para_of(a, cj) == p; cj++)
			peers += lede_match(a, ci, cj);
		size_t found = n == 1 && !peers ? one : nval == 1 ? val : SIZE_MAX;
		/* "€1.2 billion in tax cuts" over "raise spending to €94.6
		 * billion and cut income taxes by €1.2 billion": a lede number of
		 * its value and unit, whatever its function, is the one it
		 * names, so it is made to restate no other that matches (it
		 * meets that one in a bucket, if their scopes let it) */
		if (!nval && same_value)
			found = SIZE_MAX;
		/* of none of its value, the one lede number of its head when no
		 * other title number has that head ("frees 33 hostages for 1,250
		 * prisoners" over "... in exchange for 1,520 prisoners") */
		if (found == SIZE_MAX && !nval && s->head && title_peers_head(a, ci, p) == 0)
			found = lede_of_head(a, ci, lp);
		/* in a bucket with it, a title that misstates it is compared
		 * with it only (its names are the headline's own) */
		if (found != SIZE_MAX && !nval && share_bucket(va, nva, ci, found))
			restate_in_bucket(a, va, nva, ci, found);
		if (found != SIZE_MAX)
			join_mention(a, va, nva, ci, found);
	}
	free(va);
}

/* "The Kenwood board voted to close nine schools" ... "the nine
 * buildings": a definite count with no earlier mention of its head that
 * agrees names, by its value, the one earlier count of that value in
 * another paragraph (of its event, no year, no unit): it restates that
 * one, so it is no misquote of another set of its head ("its 58
 * buildings"). Only where no mention of its head restates it already.
 * align_definite_restatements joins heads that meet, or any head for a
 * number of three digits; this takes the small numbers, where one other
 * head with that value is all the article offers. */
void align_value_restatements(aligner *a)
{
	if (a->nb > 4096 || a->c->nc > 65536)
		return; /* bounded work on pathological inputs */
	size_t nva;
	voice_at *va = direct_voices(a, &nva);
	for (size_t ci = 0; ci < a->c->nc; ci++) {
		const fb_claim *k = &a->c->c[ci];
		const fb_quantity *q = align_quantity_of(a, k);
		const fb_scope *s = &a->sc[ci];
		if (a->restates[ci] || k->type != FB_CT_NUMERIC || !q || q->kind != FB_QK_COUNT || q->unit || !q->has_value ||
		    q->vague || q->value < 2 || q->value != floor(q->value) || !s->head ||
		    (s->determiner != FB_DET_DEFINITE && s->determiner != FB_DET_UNIVERSAL) || !align_comparable(s))
			continue;
		size_t pi = align_para_of(a, ci), found = SIZE_MAX, n = 0;
		int same_head = 0;
		const char *other = NULL; /* the head of the earlier mentions (the title's and the lede's: one) */
		for (size_t cj = ci, look = 0; cj-- > 0 && look < 400 && !same_head; look++) {
			const fb_claim *kj = &a->c->c[cj];
			const fb_quantity *qj = align_quantity_of(a, kj);
			const fb_scope *sj = &a->sc[cj];
			if (kj->type != FB_CT_NUMERIC || !qj || qj->kind != FB_QK_COUNT || qj->unit || !qj->has_value ||
			    qj->vague || qj->value != q->value || align_para_of(a, cj) == pi || kj->event != k->event ||
			    !align_comparable(sj))
				continue;
			if (sj->head && strcmp(sj->head, s->head) == 0)
				same_head = 1; /* its own head's mention: the buckets say */
			else if (!sj->head || (other && strcmp(other, sj->head) != 0))
				n += 2; /* of no head, or of two: no telling */
			else if (!other)
				other = sj->head, n = 1, found = cj;
		}
		if (!same_head && n == 1)
			join_mention(a, va, nva, ci, found);
	}
	free(va);
}

