/* claims_find.c - what one number of the text says: its counted noun
 * (subject), its predicate (measure), its clause and the claim's span, and
 * what sets it apart (another event, a year, a place, proper names). */
#include <stdio.h>
#include "claims_int.h"
#include "segment.h"

/* Bytes around a number that its claim's text may show. */
#define SPAN_WINDOW 240
/* In a sentence of more numbers than this (a table in prose, a long
 * enumeration), each claim keeps less of it: the record stays in
 * proportion to the article whatever its shape. */
#define CROWDED 8
#define CROWDED_WINDOW 60

/* ---------------------------------------------------------------- finding */

/* Is the word a past participle that can be a predicate ("leaked",
 * "released")? Hedges and adjectives in -ed are not. */
int claims_is_participle(const fb_claimer *cl, const char *w, size_t n)
{
	if (!(n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && fb_islower((unsigned char)w[0])))
		return 0;
	/* "laboratory-confirmed cases", "state-owned firms": a compound
	 * adjective (not "re-elected", "co-founded": a prefix) */
	const char *h = memchr(w, '-', n);
	if (h && h - w >= 4)
		return 0;
	return !claims_in_list(cl->not_predicates, w, n);
}

/* Is the word [ws, we) a participle used as an adjective: an unlisted
 * past participle right before a listed class ("suspected insurgents",
 * "wanted men")? Then it modifies the noun and is no predicate. Object:
 * the count is the object of a verb in -ing ("by delaying two planned
 * stations until ..."), which is its predicate. */
static int participle_modifier(const fb_claimer *cl, const char *b, size_t ws, size_t we, size_t end, int object)
{
	size_t ml, ws2, we2;
	int p2;
	if (!claims_is_participle(cl, b + ws, we - ws) || claims_phrase_at(cl->measures, b + ws, end - ws, &ml))
		return 0;
	if (!claims_next_word(b, we, end, &ws2, &we2, &p2) || p2)
		return 0;
	if (claims_phrase_at(cl->classes, b + ws2, end - ws2, &ml))
		return 1;
	/* an unlisted plural noun with its verb after it: "suspected smugglers
	 * were"; or whatever follows, when a verb in -ing has the count */
	size_t ws3, we3;
	int p3;
	return fb_islower((unsigned char)b[ws2]) && we2 - ws2 > 3 && b[we2 - 1] == 's' &&
	    !claims_in_list(cl->not_nouns, b + ws2, we2 - ws2) && !claims_phrase_at(cl->measures, b + ws2, end - ws2, &ml) &&
	    (object || (claims_next_word(b, we2, end, &ws3, &we3, &p3) && !p3 &&
	    (claims_aux_word(b + ws3, we3 - ws3) || fb_word_eq(b + ws3, we3 - ws3, "are") ||
	     claims_phrase_at(cl->measures, b + ws3, end - ws3, &ml))));
}

/* The measure of a verb in -ing the list names only in another form:
 * "cutting" (cut), "adding" (add), "hiring" (hired), or NULL. */
static const fb_entry *gerund_measure(const fb_claimer *cl, const char *w, size_t n)
{
	char stem[40];
	if (n < 6 || n > sizeof stem - 3 || strncmp(w + n - 3, "ing", 3) != 0)
		return NULL;
	size_t m = n - 3, used;
	for (size_t i = 0; i < m; i++)
		stem[i] = (char)fb_tolower((unsigned char)w[i]);
	const fb_entry *e = NULL;
	if (m >= 3 && stem[m - 1] == stem[m - 2]) { /* "cutting" */
		e = claims_phrase_at(cl->measures, stem, m - 1, &used);
		if (e && used != m - 1)
			e = NULL;
	}
	if (!e) { /* "adding" */
		e = claims_phrase_at(cl->measures, stem, m, &used);
		if (e && used != m)
			e = NULL;
	}
	if (!e) { /* "raising" */
		stem[m] = 'e';
		e = claims_phrase_at(cl->measures, stem, m + 1, &used);
		if (e && used != m + 1)
			e = NULL;
	}
	if (!e) { /* "hiring": the list's "hired" */
		stem[m] = 'e', stem[m + 1] = 'd';
		e = claims_phrase_at(cl->measures, stem, m + 2, &used);
		if (e && used != m + 2)
			e = NULL;
	}
	return e && e->nfield ? e : NULL;
}

/* Is the word right before the quantity a verb in -ing ("by delaying two
 * planned stations")? Then that verb has the count. */
int claims_gerund_before(const fb_doc *doc, const fb_quantity *q)
{
	size_t ws = 0, we = 0;
	int p = 0;
	return claims_prev_word(doc->buf, doc->sent[q->sent].start, q->start, &ws, &we, &p) && !p && we - ws > 4 &&
	    fb_islower((unsigned char)doc->buf[ws]) && strncmp(doc->buf + we - 3, "ing", 3) == 0;
}

/* Is the word [ws, we) a model's designation: up to four capitals, a
 * hyphen and a digit ("AK-47", "F-16", "MiG-29" not: lower case)? */
static int model_name(const char *b, size_t ws, size_t we)
{
	size_t i = ws;
	while (i < we && fb_isupper((unsigned char)b[i]))
		i++;
	return i > ws && i - ws <= 4 && i + 1 < we && b[i] == '-' && fb_isdigit((unsigned char)b[i + 1]);
}

/* Does the phrase [s, e) end in a possessive "'s" or "’s"? */
static int possessive_end(const char *b, size_t s, size_t e)
{
	return (e >= s + 3 && b[e - 2] == '\'' && b[e - 1] == 's') ||
	    (e >= s + 5 && memcmp(b + e - 4, "\xe2\x80\x99s", 4) == 0);
}

/* Does the word [ws, we) open the whole of a partitive: "the", "its",
 * "Cordell's" in "25 of Cordell's 58 delegates"? */
static int whole_determiner(const char *b, size_t ws, size_t we)
{
	static const char *const dets[] = { "the", "these", "those", "its", "their", "our", "his", "her", "my", "your" };
	for (size_t i = 0; i < sizeof dets / sizeof *dets; i++)
		if (fb_word_eq(b + ws, we - ws, dets[i]))
			return 1;
	return possessive_end(b, ws, we);
}

int claims_partitive_whole(const fb_doc *doc, const fb_qlist *ql, size_t qi)
{
	if (qi == 0)
		return 0;
	const fb_quantity *q = &ql->q[qi], *part = &ql->q[qi - 1];
	if (part->sent != q->sent || part->kind != FB_QK_COUNT || part->end > q->start)
		return 0;
	const char *b = doc->buf;
	size_t ws, we;
	int punct;
	if (!claims_next_word(b, part->end, q->start, &ws, &we, &punct) || punct || !fb_word_eq(b + ws, we - ws, "of") ||
	    !claims_next_word(b, we, q->start, &ws, &we, &punct) || punct || !whole_determiner(b, ws, we))
		return 0;
	size_t pos = we; /* "seven of the city's nine wards": an owner may follow */
	if (claims_next_word(b, pos, q->start, &ws, &we, &punct) && (punct || !possessive_end(b, ws, we)))
		return 0;
	return 1;
}

/* Looks for the counted noun right after the quantity (or its "of the"):
 * a listed class, else the head of a short run of content words. Fills
 * k->noun_*, k->mod_* and returns the subject, or NULL. */
const char *claims_find_subject(const fb_claimer *cl, fb_claims *c, const fb_doc *doc,
    const fb_quantity *q, fb_claim *k)
{
	const char *b = doc->buf;
	size_t end = doc->sent[q->sent].end, pos = q->end;
	size_t ws, we;
	int punct;
	if (q->nparts) { /* an enumeration: the class of all its parts */
		const char *common = NULL;
		for (size_t i = 0; i < q->nparts; i++) {
			const char *cls = fb_class_in(cl, b + q->parts[i].what_start,
			    q->parts[i].what_end - q->parts[i].what_start);
			if (!cls)
				return NULL;
			if (!common)
				common = cls;
			while (common && !fb_class_within(cl, cls, common))
				common = fb_class_parent(cl, common);
			if (!common)
				return NULL;
		}
		return common;
	}
	/* "One of the attackers", "three of them" */
	size_t p = pos;
	if (claims_next_word(b, p, end, &ws, &we, &punct) && !punct && fb_word_eq(b + ws, we - ws, "of")) {
		size_t p2 = we;
		if (claims_next_word(b, p2, end, &ws, &we, &punct) && !punct && whole_determiner(b, ws, we)) {
			pos = we;
			/* "seven of the city's nine wards", "25 of Cordell's 58
			 * delegates": the owner and the whole's count come before
			 * the counted noun */
			size_t p3 = pos;
			if (!possessive_end(b, ws, we) && claims_next_word(b, p3, end, &ws, &we, &punct) && !punct &&
			    possessive_end(b, ws, we))
				pos = p3 = we;
			if (claims_next_word(b, p3, end, &ws, &we, &punct) && !punct && fb_isdigit((unsigned char)b[ws]))
				pos = we;
		} else if (q->kind == FB_QK_PERCENT || (q->has_value && q->value < 1))
			pos = ws; /* "58 percent of registered voters" */
		else
			pos = q->end;
	}
	size_t mstart = 0, mend = 0;
	int lead = 0; /* "new", "other" before the noun phrase: not one of its words */
	for (int words = 0; words < 4 + lead; words++) {
		if (!claims_next_word(b, pos, end, &ws, &we, &punct) || punct)
			break;
		if (words == 0 && (fb_word_eq(b + ws, we - ws, "other") || fb_word_eq(b + ws, we - ws, "additional") ||
		                   fb_word_eq(b + ws, we - ws, "more") || fb_word_eq(b + ws, we - ws, "further") ||
		                   fb_word_eq(b + ws, we - ws, "extra") || fb_word_eq(b + ws, we - ws, "new"))) {
			pos = we; /* "several other fighters", "four additional suspects", "22 new jets" */
			lead = 1;
			continue;
		}
		size_t used, ws2, we2, ml;
		int p2;
		const fb_entry *e = claims_phrase_at(cl->classes, b + ws, end - ws, &used);
		/* "police buildings": a class word used as a modifier */
		if (e && claims_next_word(b, ws + used, end, &ws2, &we2, &p2) && !p2 && ws2 == ws + used + 1 &&
		    fb_islower((unsigned char)b[ws2]) && b[we2 - 1] == 's' && we2 - ws2 > 3 &&
		    !claims_in_list(cl->not_nouns, b + ws2, we2 - ws2) &&
		    !claims_phrase_at(cl->measures, b + ws2, end - ws2, &ml) &&
		    !claims_phrase_at(cl->classes, b + ws2, end - ws2, &ml))
			e = NULL;
		if (e) {
			k->noun_start = ws;
			k->noun_end = ws + used;
			k->mod_start = mstart;
			k->mod_end = mend;
			return e->nfield ? e->field[0] : e->key;
		}
		if (fb_isupper((unsigned char)b[ws]) && !claims_in_list(cl->not_nouns, b + ws, we - ws) &&
		    claims_next_word(b, we, end, &ws2, &we2, &p2) && !p2 &&
		    claims_phrase_at(cl->classes, b + ws2, end - ws2, &ml)) {
			/* "Muslim pilgrims", "Afghan soldiers" */
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		if (model_name(b, ws, we)) {
			/* a model's designation: "four AK-47 rifles", "two F-16 jets" */
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		if (possessive_end(b, ws, we) && fb_islower((unsigned char)b[ws])) {
			pos = we; /* "40 percent of the hospital's workforce": an owner, not the head */
			mstart = mend = 0;
			continue;
		}
		if (claims_in_list(cl->not_nouns, b + ws, we - ws) || !fb_isalpha((unsigned char)b[ws]) ||
		    fb_isupper((unsigned char)b[ws]))
			break;
		if (participle_modifier(cl, b, ws, we, end, claims_gerund_before(doc, q))) {
			/* "several suspected insurgents": an adjective, not the predicate */
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		if (claims_phrase_at(cl->measures, b + ws, end - ws, &ml) || claims_is_participle(cl, b + ws, we - ws))
			break; /* "14 injured", "the 42,000 tonnes harvested": a predicate, not a noun */
		/* a content word: a modifier, or the head if the next is not */
		int more = claims_next_word(b, we, end, &ws2, &we2, &p2) && !p2 &&
		    fb_isalpha((unsigned char)b[ws2]) && !fb_isupper((unsigned char)b[ws2]) &&
		    !claims_in_list(cl->not_nouns, b + ws2, we2 - ws2) &&
		    !claims_phrase_at(cl->measures, b + ws2, end - ws2, &ml) && words < 2 + lead &&
		    (we - ws) > 2 && (b[we - 1] != 's' || b[we - 2] == 's' || b[we - 2] == 'u'); /* "bus lanes" */
		if (more) {
			if (!mstart)
				mstart = ws;
			mend = we;
			pos = we;
			continue;
		}
		k->noun_start = ws;
		k->noun_end = we;
		k->mod_start = mstart;
		k->mod_end = mend;
		return claims_lemma(cl, c, b + ws, we - ws);
	}
	return NULL;
}

/* Does the word f[0,n) occur in the lede, the first paragraph after
 * the headline in paragraph hp that is no boilerplate? */
static int in_lede(const fb_doc *doc, size_t hp, const char *f, size_t n)
{
	size_t lp = fb_doc_next_text(doc, hp);
	if (lp >= doc->npara)
		return 0;
	const char *b = doc->buf;
	size_t lo = doc->para[lp].start, hi = doc->para[lp].end;
	if (hi - lo > 4096 || doc->para[hp].end - doc->para[hp].start > 300)
		return 0; /* no lede, or no headline: bounded work */
	for (size_t i = lo; n && i + n <= hi; i++) {
		const char *p = memchr(b + i, f[0], hi - n + 1 - i);
		if (!p)
			return 0;
		i = (size_t)(p - b);
		if (memcmp(p, f, n) == 0 && (i == 0 || !fb_isalnum((unsigned char)p[-1])) &&
		    (i + n == doc->len || !fb_isalnum((unsigned char)p[n])))
			return 1;
	}
	return 0;
}

/* The measure of f[0,n), a past form of a headline's verb, with the
 * particle that followed the verb ("hauled in"): the measure listed for
 * it, else the participle itself, as the body would read it ("vetoed"),
 * when the lede has it (the lede tells what the headline does; and a
 * guess "cuted" is no word); NULL when it is neither. */
static const char *past_measure(const fb_claimer *cl, fb_claims *c, const fb_doc *doc, size_t hp, const char *f,
    size_t n, const char *particle, const char **def, const char **implies)
{
	char g[64];
	size_t used;
	int gn = snprintf(g, sizeof g, "%.*s %s", (int)n, f, particle ? particle : "");
	if (particle && gn > 0 && (size_t)gn < sizeof g) {
		const fb_entry *e = claims_phrase_at(cl->measures, g, (size_t)gn, &used);
		if (e && used == (size_t)gn && e->nfield)
			return claims_measure_of(e, def, implies);
	}
	const fb_entry *e = claims_phrase_at(cl->measures, f, n, &used);
	if (e && used == n && e->nfield)
		return claims_measure_of(e, def, implies);
	return claims_is_participle(cl, f, n) && in_lede(doc, hp, f, n) ? claims_lemma(cl, c, f, n) : NULL;
}

/* A headline's verb in the present right before a count, or before the
 * particle that precedes it ("Storm kills 12", "Skyward Air cancels 2,900
 * flights", "Employers add 187,000 jobs", "Party wins 148 seats", "Navarro
 * hauls in $4.2 million"): the measure of its past form, so that it meets
 * the past of the report ("won", "vetoed"). The past is the verb's
 * irregular one when WordNet lists one (data/verb-pasts.tsv: "won",
 * "stopped"), else the regular "-ed". Only in a headline, whose present
 * tells what happened; in the body the present is habitual ("The state
 * awards 148 delegates", "Buses carry 22,000 riders a day"). Not a noun
 * after a determiner or preposition. */
/* Is the word [ws, we) a plural noun as a headline's subject: "bombings"? */
static int plural_word(const char *b, size_t ws, size_t we)
{
	return we - ws > 3 && b[we - 1] == 's' && b[we - 2] != 's' && b[we - 2] != '\'' && fb_isalpha((unsigned char)b[ws]);
}

/* Does a plural subject end right before pos, or before a place phrase
 * that ends there ("Two bombings in northern Nigeria kill 31")? */
static int plural_before(const char *b, size_t from, size_t pos)
{
	size_t ws, we;
	int punct;
	if (!claims_prev_word(b, from, pos, &ws, &we, &punct) || punct)
		return 0;
	if (plural_word(b, ws, we))
		return 1;
	static const char *const preps[] = { "in", "at", "on", "near", "across", "off", "outside", NULL };
	for (int back = 0; back < 4 && claims_prev_word(b, from, ws, &ws, &we, &punct) && !punct; back++)
		for (size_t i = 0; preps[i]; i++)
			if (fb_word_eq(b + ws, we - ws, preps[i]))
				return claims_prev_word(b, from, ws, &ws, &we, &punct) && !punct && plural_word(b, ws, we);
	return 0;
}

static const char *present_measure(const fb_claimer *cl, fb_claims *c, const fb_doc *doc, size_t hp, size_t from,
    size_t ws, size_t we, const char *particle, const char **def, const char **implies)
{
	const char *b = doc->buf;
	size_t n = we - ws, pws, pwe;
	int punct;
	/* "Employers add 187,000 jobs": a plural subject's verb has no -s */
	int bare = n >= 3 && b[we - 1] != 's';
	if (n < 3 || n > 40 || (!bare && (n < 4 || b[we - 2] == 's' || b[we - 2] == 'u' || b[we - 2] == 'i')) ||
	    !fb_isalpha((unsigned char)b[ws]) || !fb_islower((unsigned char)b[ws]) ||
	    !claims_prev_word(b, from, ws, &pws, &pwe, &punct) || punct || fb_isdigit((unsigned char)b[pws]))
		return NULL;
	if (bare && !plural_before(b, from, ws))
		return NULL;
	static const char *const before_noun[] = { "the", "a", "an", "its", "their", "his", "her", "our", "of", "in",
		"for", "to", "on", "at", "by", "with", "from", "these", "those", "some", "all", "about", NULL };
	for (size_t i = 0; before_noun[i]; i++)
		if (fb_word_eq(b + pws, pwe - pws, before_noun[i]))
			return NULL;
	/* "Firm cuts 340 jobs": a measure whose past is its base */
	size_t used;
	const fb_entry *same = claims_phrase_at(cl->measures, b + ws, bare ? n : n - 1, &used);
	if (same && used == (bare ? n : n - 1) && same->nfield && fb_word_eq(b + ws, used, same->field[0]))
		return claims_measure_of(same, def, implies);
	/* the base: "add", "wins" -> "win", "vetoes" -> "veto" */
	size_t bases[2] = { bare ? n : n - 1, !bare && n > 4 && b[we - 2] == 'e' ? n - 2 : 0 };
	for (size_t i = 0; i < 2 && bases[i]; i++) {
		const fb_entry *irr = fb_lexicon_get(cl->verb_pasts, b + ws, bases[i]);
		if (!irr || !irr->nfield)
			continue;
		const char *p = irr->field[0];
		while (*p) {
			size_t fl = strcspn(p, " ");
			const char *m = past_measure(cl, c, doc, hp, p, fl, particle, def, implies);
			if (m)
				return m;
			p += fl;
			p += *p == ' ';
		}
		return NULL; /* "wins": no "winned" */
	}
	char f[48];
	static const char *const forms[] = { "%.*sed", "%.*sd" };
	for (size_t i = 0; i < 2; i++) {
		int fn = snprintf(f, sizeof f, forms[i], (int)(bare ? n : n - 1), b + ws);
		if (fn <= 0 || (size_t)fn >= sizeof f)
			return NULL;
		/* "vetoes" -> "vetoe" + "d", "close" + "d"; not "vetoeed" */
		if (i == 0 && b[ws + (size_t)fn - 3] == 'e')
			continue;
		const char *m = past_measure(cl, c, doc, hp, f, (size_t)fn, particle, def, implies);
		if (m)
			return m;
	}
	return NULL;
}

/* Where an aside between commas that opens at ws ends: just past its
 * closing comma, within the sentence and a few words; 0 if it does not
 * close there. */
static size_t aside_end(const char *b, size_t ws, size_t end)
{
	size_t lim = ws + 120 < end ? ws + 120 : end;
	for (size_t i = ws; i < lim; i++) {
		if (b[i] == ',')
			return i + 1;
		if (b[i] == ';' || b[i] == '.' || b[i] == ':' || b[i] == '(' || b[i] == ')' || b[i] == '"')
			return 0;
	}
	return 0;
}

/* A measure of people a few words after the quantity's noun, in its
 * clause ("took the two drivers of the lorry into custody"), or NULL. */
static const fb_entry *complement_measure(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q,
    const fb_claim *k)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t pos = k->noun_end > q->end ? k->noun_end : q->end, ws, we, used;
	int punct;
	for (int words = 0; words < 6 && claims_next_word(b, pos, st->end, &ws, &we, &punct) && !punct; words++) {
		const fb_entry *e = claims_phrase_at(cl->measures, b + ws, st->end - ws, &used);
		if (e && e->nfield > 1 && strcmp(e->field[1], "people") == 0)
			return e;
		pos = we;
	}
	return NULL;
}

/* The predicate of the quantity: a measure phrase just before it
 * ("killed at least 14", "injuring 20"), else the first one after it in the
 * same clause. Sets *def to the measure's default subject and *implies. */
const char *claims_find_measure(const fb_claimer *cl, fb_claims *c, const fb_doc *doc, const fb_qlist *ql,
    size_t qi, const fb_claim *k, const char **def, const char **implies)
{
	const char *b = doc->buf;
	const fb_quantity *q = &ql->q[qi];
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, used;
	int punct;
	*def = *implies = NULL;
	/* just before: skip "to", "of", "a total of" */
	size_t pos = q->start;
	const fb_entry *weak = NULL; /* "rose to 38": kept unless "toll" precedes */
	for (int back = 0; back < 4; back++) {
		if (!claims_prev_word(b, st->start, pos, &ws, &we, &punct) || punct)
			break;
		const fb_entry *e = claims_phrase_at(cl->measures, b + ws, st->end - ws, &used);
		int linking = claims_in_list(cl->link_verbs, b + ws, we - ws);
		if (e && ws + used <= q->start && e->nfield) {
			/* "took three men into custody": a light verb, its
			 * complement after the noun names the event */
			const fb_entry *c2 = fb_word_eq(b + ws, we - ws, "took") || fb_word_eq(b + ws, we - ws, "take") ||
			    fb_word_eq(b + ws, we - ws, "taking") || fb_word_eq(b + ws, we - ws, "takes")
			    ? complement_measure(cl, doc, q, k) : NULL;
			if (c2)
				return claims_measure_of(c2, def, implies);
			if (!linking) {
				return claims_measure_of(e, def, implies);
			}
			if (!weak)
				weak = e;
		}
		/* a gerund opening its clause, with no doer before it ("Cutting
		 * 1,350 jobs is a painful step"; not "companies shedding 38,000
		 * jobs": the doer's own verb, read with its agent) */
		size_t gws, gwe;
		int gp = 1;
		if (back == 0 && !e && !weak &&
		    (!claims_prev_word(b, st->start, ws, &gws, &gwe, &gp) || gp || fb_word_eq(b + gws, gwe - gws, "that"))) {
			const fb_entry *g = gerund_measure(cl, b + ws, we - ws);
			if (g)
				return claims_measure_of(g, def, implies); /* "Cutting 1,350 jobs" */
		}
		if (claims_is_participle(cl, b + ws, we - ws) && !weak)
			return claims_lemma(cl, c, b + ws, we - ws); /* "released 1,000 pages" */
		if (back == 0 && !weak && !linking && fb_doc_is_head_line(doc, st->para)) {
			const char *pm = present_measure(cl, c, doc, st->para, st->start, ws, we, NULL, def, implies);
			/* "Navarro hauls in $4.2 million" */
			static const char *const particles[] = { "in", "up", "out", "off", "back", "down", NULL };
			size_t vws, vwe;
			int vp;
			for (size_t i = 0; !pm && particles[i]; i++)
				if (fb_word_eq(b + ws, we - ws, particles[i]) &&
				    claims_prev_word(b, st->start, ws, &vws, &vwe, &vp) && !vp)
					pm = present_measure(cl, c, doc, st->para, st->start, vws, vwe, particles[i], def, implies);
			if (pm)
				return pm;
		}
		/* a phrasal verb's particle ends its phrase: "gunned down 3",
		 * "rounded up 15", "laid off 300" */
		size_t pws, pwe, pused;
		int pp;
		if (back == 0 && (fb_word_eq(b + ws, we - ws, "down") || fb_word_eq(b + ws, we - ws, "up") ||
		                  fb_word_eq(b + ws, we - ws, "off") || fb_word_eq(b + ws, we - ws, "out")) &&
		    claims_prev_word(b, st->start, ws, &pws, &pwe, &pp) && !pp) {
			const fb_entry *pe = claims_phrase_at(cl->measures, b + pws, st->end - pws, &pused);
			if (pe && pe->nfield && pws + pused == we)
				return claims_measure_of(pe, def, implies);
		}
		if (!(linking || claims_in_list(cl->measure_skips, b + ws, we - ws)))
			break;
		pos = ws;
	}
	/* an apposition to the plural object of a measure of people, after its
	 * comma: "arrested their captors, three brothers from the valley" */
	if (claims_prev_word(b, st->start, q->start, &ws, &we, &punct) && punct && b[we] == ',' &&
	    fb_islower((unsigned char)b[ws]) && b[we - 1] == 's' && we - ws > 3) {
		size_t from = ws, w0, w1;
		for (int n = 0; n < 4 && claims_prev_word(b, st->start, from, &w0, &w1, &punct) && !punct; n++) {
			if (claims_in_list(cl->clause_stops, b + w0, w1 - w0))
				break;
			const fb_entry *e = claims_phrase_at(cl->measures, b + w0, ws - w0, &used);
			if (e && e->nfield > 1 && strcmp(e->field[1], "people") == 0)
				return claims_measure_of(e, def, implies);
			from = w0;
		}
	}
	/* the subject of a copula or link verb right before the number:
	 * "Turnout in the referendum was 62 percent", "The toll from the
	 * floods stood at 40" */
	{
		size_t p = q->start, vws = 0, vwe = 0;
		int ok = 0;
		for (int back = 0; back < 2; back++) {
			if (!claims_prev_word(b, st->start, p, &vws, &vwe, &punct) || punct)
				break;
			if (fb_word_eq(b + vws, vwe - vws, "at") || fb_word_eq(b + vws, vwe - vws, "to")) {
				p = vws;
				continue;
			}
			ok = fb_word_eq(b + vws, vwe - vws, "was") || fb_word_eq(b + vws, vwe - vws, "is") ||
			     fb_word_eq(b + vws, vwe - vws, "were") || fb_word_eq(b + vws, vwe - vws, "are") ||
			     claims_in_list(cl->link_verbs, b + vws, vwe - vws);
			break;
		}
		if (ok) {
			/* the farthest listed measure among the sixteen words before
			 * the verb, in one clause ("The death toll from Friday's
			 * bombing of a market in the old town has risen to 27") */
			const fb_entry *found = NULL;
			size_t from = vws, w0 = 0, w1 = 0;
			for (int n = 0; n < 16 && claims_prev_word(b, st->start, from, &w0, &w1, &punct) && !punct; n++) {
				if (claims_in_list(cl->clause_stops, b + w0, w1 - w0))
					break; /* "officials who voted said the figure was 40" */
				const fb_entry *e = claims_phrase_at(cl->measures, b + w0, vws - w0, &used);
				if (e && e->nfield && !claims_in_list(cl->link_verbs, b + w0, w1 - w0))
					found = e;
				from = w0;
			}
			if (found) {
				return claims_measure_of(found, def, implies);
			}
		}
	}
	/* "rose to 38" with no measure in its subject ("the death toll from
	 * the floods rose to 5" has one): the link verb itself */
	if (weak) {
		return claims_measure_of(weak, def, implies);
	}
	/* after: within the clause, up to the next quantity */
	size_t limit = st->end;
	if (qi + 1 < ql->n && ql->q[qi + 1].sent == q->sent && ql->q[qi + 1].start < limit)
		limit = ql->q[qi + 1].start;
	pos = k->noun_end > q->end ? k->noun_end : q->end;
	int after_aux = 0;
	for (int words = 0; words < 10; words++) {
		if (!claims_next_word(b, pos, limit, &ws, &we, &punct))
			break;
		if (punct && words > 0)
			break;
		/* past an aside after the noun: "Two women, aged 19 and 20, were" */
		size_t aside = 0;
		if (punct && words == 0 && b[pos] == ',' && claims_in_list(cl->aside_openers, b + ws, we - ws))
			aside = aside_end(b, we, st->end);
		if (aside) {
			pos = aside;
			limit = st->end;
			for (size_t j = qi + 1; j < ql->n && ql->q[j].sent == q->sent; j++)
				if (ql->q[j].start >= aside) {
					limit = ql->q[j].start;
					break;
				}
			words--;
			continue;
		}
		const fb_entry *e = claims_phrase_at(cl->measures, b + ws, st->end - ws, &used);
		if (e && e->nfield) {
			return claims_measure_of(e, def, implies);
		}
		if (claims_in_list(cl->clause_stops, b + ws, we - ws))
			break;
		/* "killed a commander and one insurgent and detained two": a verb
		 * after "and" right behind the noun has the clause's subject */
		if (words == 0 && fb_word_eq(b + ws, we - ws, "and"))
			break;
		/* an unlisted past participle right after the noun ("were
		 * leaked", "escaped") is the predicate all the same */
		if ((words < 3 || after_aux) && claims_is_participle(cl, b + ws, we - ws))
			return claims_lemma(cl, c, b + ws, we - ws);
		after_aux = fb_word_eq(b + ws, we - ws, "were") || fb_word_eq(b + ws, we - ws, "was") ||
		    fb_word_eq(b + ws, we - ws, "been") || fb_word_eq(b + ws, we - ws, "be") ||
		    fb_word_eq(b + ws, we - ws, "had") || fb_word_eq(b + ws, we - ws, "have") ||
		    fb_word_eq(b + ws, we - ws, "has");
		if (!(fb_word_eq(b + ws, we - ws, "were") || fb_word_eq(b + ws, we - ws, "was") ||
		      fb_word_eq(b + ws, we - ws, "have") || fb_word_eq(b + ws, we - ws, "had") ||
		      fb_word_eq(b + ws, we - ws, "been") || fb_word_eq(b + ws, we - ws, "are") ||
		      fb_word_eq(b + ws, we - ws, "is") || fb_word_eq(b + ws, we - ws, "be") ||
		      fb_word_eq(b + ws, we - ws, "reportedly") || fb_word_eq(b + ws, we - ws, "also") ||
		      fb_word_eq(b + ws, we - ws, "now")))
			words = words < 3 ? 3 : words; /* past the verb group: listed measures only */
		pos = we;
	}
	return NULL;
}

static int is_clause_mark(const char *b, size_t i)
{
	return b[i] == ',' || b[i] == ';' || b[i] == ':';
}

/* Is there a dash at i that ends a dateline: " - ", " -- ", or an en or
 * em dash? Stores where it ends. */
static int dateline_dash(const char *b, size_t i, size_t end, size_t *after)
{
	const unsigned char *u = (const unsigned char *)b;
	if (u[i] == '-' && i > 0 && b[i - 1] == ' ') {
		*after = i + 1 < end && b[i + 1] == '-' ? i + 2 : i + 1;
		return *after < end && b[*after] == ' ';
	}
	if (u[i] == 0xE2 && i + 2 < end && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94)) {
		*after = i + 3;
		return 1;
	}
	return 0;
}

/* The opening clause of a sentence that begins with a dateline ("KABUL,
 * Afghanistan (Feb. 9, 2012) - In the past week, ..."): the words after
 * the dash, up to a clause mark before limit. A dateline is capitalised
 * words, numbers and brackets only, in the sentence's first 100 bytes;
 * its commas open no clause. 0 when there is none. */
int claims_dateline_clause(const fb_doc *doc, size_t sent, size_t limit, size_t *os, size_t *oe)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t lim = st->end - st->start > 100 ? st->start + 100 : st->end, after = 0;
	for (size_t i = st->start; i < lim && !after; i++) {
		if (dateline_dash(b, i, st->end, &after))
			break;
		if (fb_islower((unsigned char)b[i]) && (i == st->start || !fb_isalnum((unsigned char)b[i - 1])))
			return 0; /* a word of a sentence: no dateline */
	}
	if (!after || after >= limit)
		return 0;
	/* an opening clause longer than a clause window is none: the scan
	 * stays bounded when each of a long sentence's numbers asks */
	size_t i = after, cap = limit - after > CLAUSE_WINDOW ? after + CLAUSE_WINDOW : limit;
	while (i < cap && !is_clause_mark(b, i))
		i++;
	if (i >= cap)
		return 0;
	*os = after;
	*oe = i;
	return 1;
}

/* The clause of the sentence that holds [qs, qe): between clause marks,
 * with a relative clause ("in which 1,426 were trampled") joined to the
 * one it hangs on. Also gives the sentence's opening clause ("Last week,"). */
void claims_clause_of(const fb_doc *doc, size_t sent, size_t qs, size_t qe,
    size_t *cs, size_t *ce, size_t *intro_end)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[sent];
	size_t lo = qs, hi = qe;
	/* a clause longer than the window is cut to it: what lies farther
	 * says nothing about this number, and the cost stays linear */
	size_t lo_limit = qs > st->start + CLAUSE_WINDOW ? qs - CLAUSE_WINDOW : st->start;
	size_t hi_limit = st->end - qe > CLAUSE_WINDOW ? qe + CLAUSE_WINDOW : st->end;
	while (lo > lo_limit) {
		if (is_clause_mark(b, lo - 1)) {
			size_t ws, we;
			int punct;
			if (claims_next_word(b, lo, qs, &ws, &we, &punct) &&
			    (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "which") ||
			     fb_word_eq(b + ws, we - ws, "where") || fb_word_eq(b + ws, we - ws, "during") ||
			     fb_word_eq(b + ws, we - ws, "when") || fb_word_eq(b + ws, we - ws, "who"))) {
				size_t ws2, we2;
				if (fb_word_eq(b + ws, we - ws, "which") || fb_word_eq(b + ws, we - ws, "where") ||
				    fb_word_eq(b + ws, we - ws, "when") || fb_word_eq(b + ws, we - ws, "who") ||
				    (claims_next_word(b, we, qs, &ws2, &we2, &punct) &&
				     (fb_word_eq(b + ws2, we2 - ws2, "which") || fb_word_eq(b + ws2, we2 - ws2, "whom")))) {
					lo--;
					continue;
				}
			}
			break;
		}
		lo--;
	}
	while (hi < hi_limit && !is_clause_mark(b, hi))
		hi++;
	*cs = lo;
	*ce = hi;
	size_t i = st->start, intro_limit = st->end - st->start > CLAUSE_WINDOW ? st->start + CLAUSE_WINDOW : st->end;
	while (i < intro_limit && !is_clause_mark(b, i))
		i++;
	*intro_end = i < intro_limit ? i : st->start;
}

/* A numeric claim's span: the clause that holds its number (spec: a claim
 * is a clause or a sentence), so that a sentence of four numbers is not
 * written four times over. An attributed number keeps its sentence: the
 * claim is then also what the source said, and no other claim covers
 * that sentence. Either is cut to a window around the number at word
 * boundaries when very long, so that a record stays proportional to its
 * article; to a narrower window in a sentence crowded with numbers. */
void claims_claim_span(const fb_doc *doc, const fb_qlist *ql, const fb_quantity *q, int attributed, size_t *start,
    size_t *end)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t s = st->start, e = st->end, intro;
	if (!attributed)
		claims_clause_of(doc, q->sent, q->start, q->end, &s, &e, &intro);
	size_t win = claims_first_q_from(ql, st->end) - claims_first_q_from(ql, st->start) > CROWDED ? CROWDED_WINDOW : SPAN_WINDOW;
	if (q->start > s + win) {
		s = q->start - win;
		while (s < q->start && !fb_isspace((unsigned char)b[s]))
			s++;
	}
	if (e > q->end + win) {
		e = q->end + win;
		while (e > q->end && !fb_isspace((unsigned char)b[e - 1]))
			e--;
	}
	while (s < q->start && fb_isspace((unsigned char)b[s]))
		s++;
	while (e > q->end && fb_isspace((unsigned char)b[e - 1]))
		e--;
	*start = s;
	*end = e;
}

/* Index of the first quantity starting at or after off (quantities are in
 * text order), by bisection. */
size_t claims_first_q_from(const fb_qlist *ql, size_t off)
{
	size_t lo = 0, hi = ql->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ql->q[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does the opening clause hold a counted number? Then it is no intro. */
static int intro_has_count(const fb_qlist *ql, size_t qi, size_t sent_start, size_t intro_end)
{
	(void)qi;
	for (size_t j = claims_first_q_from(ql, sent_start); j < ql->n && ql->q[j].start < intro_end; j++)
		if (ql->q[j].end <= intro_end && ql->q[j].kind != FB_QK_DATE && ql->q[j].kind != FB_QK_TIME)
			return 1;
	return 0;
}

/* Is the other-event phrase [cs, ce) "since" after a superlative ("the
 * most since", "the highest level since", "its lowest since")? */
static int since_compares(const char *b, size_t from, size_t cs, size_t ce)
{
	if (!(ce - cs == 5 && fb_word_eq(b + cs, 5, "since")))
		return 0;
	size_t pos = cs, ws, we;
	int punct;
	for (int n = 0; n < 3 && claims_prev_word(b, from, pos, &ws, &we, &punct) && !punct; n++, pos = ws) {
		size_t l = we - ws;
		if (fb_word_eq(b + ws, l, "most") || fb_word_eq(b + ws, l, "least") || fb_word_eq(b + ws, l, "fewest") ||
		    (l > 5 && fb_word_eq(b + we - 3, 3, "est") && claims_prev_word(b, from, ws, &ws, &we, &punct) && !punct &&
		     (fb_word_eq(b + ws, we - ws, "the") || fb_word_eq(b + ws, we - ws, "its") ||
		      fb_word_eq(b + ws, we - ws, "their"))))
			return 1;
	}
	return 0;
}

void claims_other_event_spans(const fb_claimer *cl, const fb_doc *doc, const sent_words *sw, phrase_spans *ps)
{
	size_t end = doc->sent[sw->sent].end, used;
	for (size_t i = 0; i < sw->n; i++) {
		size_t ws = sw->w[i][0];
		if (claims_phrase_at(cl->other_event, doc->buf + ws, end - ws, &used)) {
			/* "statewide, turnout was 47 percent" sets a count apart;
			 * "in proportion to the statewide vote" names a vote */
			size_t pe = ws + used;
			if (used > 4 && fb_word_eq(doc->buf + pe - 4, 4, "wide") && pe + 1 < end && doc->buf[pe] == ' ' &&
			    fb_islower((unsigned char)doc->buf[pe + 1]))
				continue;
			size_t (*e)[2] = FB_PUSH(ps->v, ps->n, ps->cap);
			(*e)[0] = ws;
			(*e)[1] = ws + used;
		}
	}
}
/* The first other-event phrase inside [a, e); stores its span. */
static int context_in(const phrase_spans *ps, size_t a, size_t e, size_t *cs, size_t *ce)
{
	size_t lo = 0, hi = ps->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ps->v[mid][0] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ps->n && ps->v[lo][1] <= e) {
		*cs = ps->v[lo][0];
		*ce = ps->v[lo][1];
		return 1;
	}
	return 0;
}

/* Does a phrase from the other-event list stand in the quantity's clause,
 * or in the sentence's opening clause ("Last week, ...")? */
/* Does [s, e) open with "between" or "from" and name a span of days
 * ("Between Jan. 1 and Jan. 31", "From May 1 to May 3")? Counts under it
 * are a round-up of several operations, no one event's. */
static int date_span(const fb_doc *doc, const fb_qlist *ql, size_t s, size_t e)
{
	size_t ws, we, dates = 0, all = 0;
	int punct;
	if (!claims_next_word(doc->buf, s, e, &ws, &we, &punct) ||
	    !(fb_word_eq(doc->buf + ws, we - ws, "between") || fb_word_eq(doc->buf + ws, we - ws, "from")))
		return 0;
	int span = 0;
	for (size_t j = claims_first_q_from(ql, ws); j < ql->n && ql->q[j].start < e; j++) {
		const fb_quantity *q = &ql->q[j];
		dates += q->kind == FB_QK_DATE;
		all++;
		/* "Between June 4 and 9": the numbers stage's one date of a span */
		for (size_t i = q->start; q->kind == FB_QK_DATE && i + 1 < q->end && !span; i++) {
			size_t wsj, wej;
			int pj;
			span = (doc->buf[i] == '-' && fb_isdigit((unsigned char)doc->buf[i + 1])) ||
			    (doc->buf[i] == ' ' && claims_next_word(doc->buf, i, q->end, &wsj, &wej, &pj) && !pj &&
			     (fb_word_eq(doc->buf + wsj, wej - wsj, "and") || fb_word_eq(doc->buf + wsj, wej - wsj, "to") ||
			      fb_word_eq(doc->buf + wsj, wej - wsj, "through")));
		}
	}
	return dates && (all >= 2 || span); /* "between May 1 and 3": the day alone is a count */
}

/* Does [s, e) end with "after" or "before" ("days after"): it puts the
 * clause after it on another event, not a number before it. */
static int links_clause(const char *b, size_t s, size_t e)
{
	return (e - s >= 5 && fb_word_eq(b + e - 5, 5, "after") && (e - s == 5 || b[e - 6] == ' ')) ||
	    (e - s >= 6 && fb_word_eq(b + e - 6, 6, "before") && (e - s == 6 || b[e - 7] == ' '));
}

/* Is the word after pos a gerund ("before finding")? */
static int gerund_after(const char *b, size_t pos, size_t end)
{
	size_t ws, we;
	int punct;
	return claims_next_word(b, pos, end, &ws, &we, &punct) && !punct && we - ws > 4 &&
	    fb_word_eq(b + we - 3, 3, "ing");
}

/* Does a number give the span of [cs, ce) ("four days after", "a week
 * before"): a quantity that covers its first word or ends right before it,
 * or the phrase opens with "a"? */
static int span_counted(const fb_doc *doc, const fb_qlist *ql, size_t cs, size_t ce)
{
	if (ce - cs > 2 && fb_word_eq(doc->buf + cs, 1, "a") && doc->buf[cs + 1] == ' ')
		return 1;
	for (size_t j = claims_first_q_from(ql, cs > 48 ? cs - 48 : 0); j < ql->n && ql->q[j].start < cs + 1; j++)
		if (ql->q[j].end >= cs - 1 && ql->q[j].start <= cs)
			return 1;
	return 0;
}

/* Is the number after "the", "these" or a possessive ("the 8,420 people
 * who arrived in the first quarter": a definite set its clause names)? */
static int whole_before(const fb_doc *doc, const fb_quantity *q)
{
	size_t ws, we;
	int punct;
	const fb_sent *st = &doc->sent[q->sent];
	return claims_prev_word(doc->buf, st->start, q->start, &ws, &we, &punct) && !punct &&
	    whole_determiner(doc->buf, ws, we);
}

/* Is b[ws, we) a verb's helper ("were", "has", "been")? */
static int aux_word(const char *b, size_t ws, size_t we)
{
	static const char *const aux[] = { "was", "were", "had", "has", "have", "been", "is", "are", "be", "being", NULL };
	for (size_t i = 0; aux[i]; i++)
		if (fb_word_eq(b + ws, we - ws, aux[i]))
			return 1;
	return 0;
}

/* Does a relative clause open in [from, to) ("who sued the state", "that
 * were seized") whose verb is no listed measure? Its context is what the
 * counted things did before, not the count's ("the 12 people who died last
 * week" keeps its week: a measure). */
static int relative_deed(const fb_claimer *cl, const char *b, size_t from, size_t to)
{
	size_t ws, we, used;
	int punct;
	for (size_t pos = from; claims_next_word(b, pos, to, &ws, &we, &punct); pos = we) {
		if (punct)
			return 0;
		if (!(fb_word_eq(b + ws, we - ws, "who") || fb_word_eq(b + ws, we - ws, "which") ||
		    fb_word_eq(b + ws, we - ws, "that")))
			continue;
		size_t vs = we;
		for (int n = 0; n < 3 && claims_next_word(b, vs, to, &ws, &we, &punct) && !punct; n++) {
			if (!aux_word(b, ws, we))
				return !claims_phrase_at(cl->measures, b + ws, we - ws, &used);
			vs = we;
		}
		return 0;
	}
	return 0;
}

/* Is the word before cs "in" or "during" ("lost seven people in last
 * summer's attack": the deed was done in that event)? */
static int in_before(const char *b, size_t lo, size_t cs)
{
	size_t ws, we;
	int punct;
	return claims_prev_word(b, lo, cs, &ws, &we, &punct) && !punct &&
	       (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "during"));
}

/* Does a past participle right before cs follow another number's noun
 * after quantity q ("the $212 million cost would be covered by a $60
 * million increase announced last month")? Then the time is that noun's,
 * a reduced relative clause's, not q's. */
static int others_participle(const fb_doc *doc, const fb_qlist *ql, size_t qi, size_t cs)
{
	const fb_quantity *q = &ql->q[qi];
	if (qi + 1 >= ql->n || ql->q[qi + 1].sent != q->sent || ql->q[qi + 1].start >= cs)
		return 0; /* no other number between */
	size_t ws, we, vs, ve;
	int punct;
	const size_t lo = doc->sent[q->sent].start;
	if (!claims_prev_word(doc->buf, lo, cs, &ws, &we, &punct) || punct || we - ws < 5 ||
	    !fb_word_eq(doc->buf + we - 2, 2, "ed"))
		return 0;
	if (!claims_prev_word(doc->buf, lo, ws, &vs, &ve, &punct) || punct)
		return 0;
	return !aux_word(doc->buf, vs, ve) && ve > ql->q[qi + 1].end; /* a noun after the other number, then the participle */
}

int claims_find_context(const fb_claimer *cl, const phrase_spans *ps, const fb_doc *doc, const fb_qlist *ql, size_t qi,
    size_t *cs, size_t *ce)
{
	const fb_quantity *q = &ql->q[qi];
	const fb_sent *st = &doc->sent[q->sent];
	size_t a, e, intro;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &e, &intro);
	/* a possessive after the number ("arrested three in connection with
	 * last week's bombing") is what a noun is of, not the clause's
	 * time: the arrests are today's; before it ("last week's bombing,
	 * which killed 17") it sets the number apart */
	for (size_t from = a; context_in(ps, from, e, cs, ce); from = *ce) {
		if ((*cs >= q->end && possessive_end(doc->buf, *cs, *ce) && !in_before(doc->buf, st->start, *cs)) ||
		    (links_clause(doc->buf, *cs, *ce) && *ce > q->start))
			continue; /* "killed nine four days after a bomber killed 14": the 14's, not the
			           * nine's nor the span's own ("fought for six hours before ...") */
		if (*cs >= q->end && !whole_before(doc, q) && relative_deed(cl, doc->buf, q->end, *cs))
			continue; /* "37 districts and 14 families who sued the state six years ago" */
		if (links_clause(doc->buf, *cs, *ce) && (gerund_after(doc->buf, *ce, e) || !span_counted(doc, ql, *cs, *ce)))
			continue; /* "two days before finding him guilty on 14 counts": one chain of
			           * deeds; "it could be weeks before the 19,400 return": no span */
		if (*cs >= q->end && others_participle(doc, ql, qi, *cs))
			continue; /* "... by a $60 million increase announced last month": that
			           * increase's time */
		if (*cs >= q->end && since_compares(doc->buf, st->start, *cs, *ce))
			continue; /* "The 118,400 sales were the most since 2022": what the count is
			           * weighed against, not its own time */
		if (*cs >= q->end && *ce - *cs > 4 && fb_word_eq(doc->buf + *cs, 3, "the") &&
		    (fb_word_eq(doc->buf + *cs + 4, *ce - *cs - 4, "deadliest") ||
		     fb_word_eq(doc->buf + *cs + 4, *ce - *cs - 4, "worst")))
			continue; /* "killing 37 people in the deadliest day of violence in
			           * more than a year": this event, ranked */
		return 1;
	}
	if (intro > st->start && intro <= a && !intro_has_count(ql, qi, st->start, intro) &&
	    context_in(ps, st->start, intro, cs, ce))
		return 1;
	if (intro > st->start && intro <= a && date_span(doc, ql, st->start, intro)) {
		*cs = st->start;
		*ce = intro;
		return 1;
	}
	if (date_span(doc, ql, a, e)) { /* the "3" of "Between May 1 and 3," */
		*cs = a;
		*ce = e;
		return 1;
	}
	/* a dateline ("Dec. 22: Since March, ...") opens no clause: the one
	 * after it is the sentence's opening clause */
	size_t j = claims_first_q_from(ql, st->start);
	if (intro > st->start && intro < a && doc->buf[intro] == ':' && j < ql->n && ql->q[j].kind == FB_QK_DATE &&
	    ql->q[j].end <= intro && intro - ql->q[j].end <= 1) {
		size_t i2 = intro + 1;
		while (i2 < a && !is_clause_mark(doc->buf, i2))
			i2++;
		if (i2 < a && !intro_has_count(ql, qi, intro + 1, i2))
			return context_in(ps, intro + 1, i2, cs, ce);
	}
	/* "the first fatal accident since 2009, when a turboprop went down,
	 * killing all 17 people aboard", "a 2019 round of closures in which
	 * the board shut five schools": what a when- or which-clause after a
	 * year tells is that year's event */
	const char *b = doc->buf;
	static const char *const links[] = { ", when ", ", where ", " in which ", " during which ", " at which " };
	for (size_t i = q->start; i > st->start + 6 && q->start - i < 240; i--) {
		size_t n = 0;
		if (b[i - 1] != ' ' || (b[i - 2] != 'n' && b[i - 2] != 'e' && b[i - 2] != 'h'))
			continue; /* each link ends "when ", "where ", "which " */
		for (size_t l = 0; l < sizeof links / sizeof *links && !n; l++) {
			size_t ln = strlen(links[l]);
			if (i >= st->start + ln && strncmp(b + i - ln, links[l], ln) == 0)
				n = ln;
		}
		if (!n)
			continue;
		size_t link = i - n + (b[i - n] == ',' ? 0 : 1), from = link > st->start + 50 ? link - 50 : st->start;
		for (size_t y = claims_first_q_from(ql, from); y < ql->n && ql->q[y].start < link; y++) {
			int comma = 0;
			for (size_t c = ql->q[y].end; c < link && !comma; c++)
				comma = b[c] == ',' || b[c] == ';';
			if (!comma && ql->q[y].end <= link && claims_year_in(doc, &ql->q[y]) >= 0) {
				*cs = ql->q[y].start;
				*ce = link;
				return 1;
			}
		}
		break;
	}
	/* a dateline's commas open no clause either: "KABUL, Afghanistan
	 * (Feb. 9) - Since May, ..." */
	size_t ds, de;
	if (claims_dateline_clause(doc, q->sent, a, &ds, &de) && !intro_has_count(ql, qi, ds, de)) {
		if (context_in(ps, ds, de, cs, ce))
			return 1;
		if (date_span(doc, ql, ds, de)) {
			*cs = ds;
			*ce = de;
			return 1;
		}
	}
	return 0;
}

/* "wells used by 212 families", "a raid led by 40 officers": a count
 * after a passive participle's "by" is its agents, counted; "won by 424
 * votes", "rose by 12" are margins (what margins count, or a change
 * verb). */
static int passive_agents(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	static const char *const margin_nouns[] = { "vote", "point", "seat", "goal", "run", "stroke", "game",
		"length", "shot", "delegate", "place", "spot", NULL };
	static const char *const participles[] = { "heard", "seen", "held", "taken", "given", "written", "known",
		"shown", "made", "done", "drawn", "chosen", "bought", "sold", "built", "run", "led", "won", NULL };
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we, vs, ve, used;
	int punct;
	if (q->kind != FB_QK_COUNT || q->unit || !k->subject ||
	    !claims_prev_word(b, st->start, q->start, &ws, &we, &punct) || punct || !fb_word_eq(b + ws, we - ws, "by") ||
	    !claims_prev_word(b, st->start, ws, &vs, &ve, &punct) || punct || ve - vs < 3)
		return 0;
	for (size_t i = 0; margin_nouns[i]; i++)
		if (strcmp(k->subject, margin_nouns[i]) == 0)
			return 0;
	int part = b[ve - 2] == 'e' && b[ve - 1] == 'd';
	for (size_t i = 0; !part && participles[i]; i++)
		part = fb_word_eq(b + vs, ve - vs, participles[i]);
	if (!part)
		return 0; /* "won by 424 votes", "led by 5 points": margin nouns, above */
	const fb_entry *e = claims_phrase_at(cl->measures, b + vs, ve - vs, &used);
	return !(e && e->nfield && (strcmp(e->field[0], "rose") == 0 || strcmp(e->field[0], "fell") == 0));
}

/* Is the quantity an addition ("200 more", "another 5", "two others")? */
int claims_is_increment(const fb_claimer *cl, const fb_doc *doc, const fb_quantity *q, const fb_claim *k)
{
	const char *b = doc->buf;
	const fb_sent *st = &doc->sent[q->sent];
	size_t ws, we;
	int punct;
	if (claims_next_word(b, q->end, st->end, &ws, &we, &punct) && !punct &&
	    fb_lexicon_get(cl->increments, b + ws, we - ws))
		return 1;
	if (k->noun_end > q->end && claims_next_word(b, k->noun_end, st->end, &ws, &we, &punct) && !punct &&
	    fb_lexicon_get(cl->increments, b + ws, we - ws))
		return 1; /* "606 delegates away", "eight casinos too many" */
	int agents = passive_agents(cl, doc, q, k);
	if (claims_prev_word(b, st->start, q->start, &ws, &we, &punct) && !punct &&
	    (fb_word_eq(b + ws, we - ws, "another") || fb_word_eq(b + ws, we - ws, "additional") ||
	     (fb_word_eq(b + ws, we - ws, "by") && !agents) ||
	     fb_word_eq(b + ws, we - ws, "than") || fb_word_eq(b + ws, we - ws, "extra") ||
	     fb_word_eq(b + ws, we - ws, "further"))) /* "and a further nine" */
		return 1;
	return 0;
}

/* The first four-digit year (1800-2100) written in a date quantity, or -1. */
int claims_year_in(const fb_doc *doc, const fb_quantity *q)
{
	const char *b = doc->buf;
	for (size_t i = q->start; i + 4 <= q->end; i++) {
		if ((i > q->start && fb_isdigit((unsigned char)b[i - 1])) || !fb_isdigit((unsigned char)b[i]) ||
		    !fb_isdigit((unsigned char)b[i + 1]) || !fb_isdigit((unsigned char)b[i + 2]) ||
		    !fb_isdigit((unsigned char)b[i + 3]) || (i + 4 < q->end && fb_isdigit((unsigned char)b[i + 4])))
			continue;
		int y = (b[i] - '0') * 1000 + (b[i + 1] - '0') * 100 + (b[i + 2] - '0') * 10 + (b[i + 3] - '0');
		if (y >= 1800 && y <= 2100)
			return y;
	}
	return -1;
}

/* The month a date names (1 to 12: "Sept. 5", "in April"), or 0. */
int claims_month_in(const fb_doc *doc, const fb_quantity *q)
{
	static const char *const names[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
		"dec" };
	const char *b = doc->buf;
	for (size_t i = q->start; i + 3 <= q->end; i++) {
		if ((i > q->start && fb_isalpha((unsigned char)b[i - 1])) || !fb_isupper((unsigned char)b[i]))
			continue;
		for (int m = 0; m < 12; m++)
			if (fb_tolower((unsigned char)b[i]) == names[m][0] && fb_tolower((unsigned char)b[i + 1]) == names[m][1] &&
			    fb_tolower((unsigned char)b[i + 2]) == names[m][2])
				return m + 1;
	}
	return 0;
}

/* Does the date q give a day of the month or a year ("Sept. 5", "March
 * 2011"), not a month alone ("April")? */
static int date_has_digits(const fb_doc *doc, const fb_quantity *q)
{
	for (size_t i = q->start; i < q->end; i++)
		if (fb_isdigit((unsigned char)doc->buf[i]))
			return 1;
	return 0;
}

/* "spent $14.2 million, three times the $5 million approved in 2019":
 * a year after a definite count ("the $5 million") between qi and it is
 * that count's (not "six were killed and 23 hurt in 2019": both's). */
static int year_of_later_count(const fb_doc *doc, const fb_qlist *ql, size_t qi, size_t yj)
{
	for (size_t k = qi + 1; k < yj && k < ql->n; k++) {
		size_t s = ql->q[k].start;
		if (ql->q[k].kind == FB_QK_DATE || ql->q[k].kind == FB_QK_TIME || s < ql->q[qi].end || s < 4)
			continue;
		const char *b = doc->buf;
		if (b[s - 1] == ' ' && fb_tolower((unsigned char)b[s - 4]) == 't' && b[s - 3] == 'h' && b[s - 2] == 'e' &&
		    (s == 4 || !fb_isalnum((unsigned char)b[s - 5])))
			return 1;
	}
	return 0;
}

/* Is count y a year modifying a noun after a determiner ("in that 2017
 * attack", "the 2019 election")? */
static int year_modifier(const fb_doc *doc, const fb_quantity *y)
{
	const char *b = doc->buf;
	size_t ws, we;
	int punct;
	if (y->kind != FB_QK_COUNT || y->end - y->start != 4 || claims_year_in(doc, y) < 0 || y->end + 1 >= doc->len ||
	    b[y->end] != ' ' || !fb_islower((unsigned char)b[y->end + 1]))
		return 0;
	if (!claims_prev_word(b, doc->sent[y->sent].start, y->start, &ws, &we, &punct) || punct)
		return 0;
	static const char *const det[] = { "the", "that", "this", "a", "an", "its", "their", "his", "her", NULL };
	for (size_t i = 0; det[i]; i++)
		if (fb_word_eq(b + ws, we - ws, det[i]))
			return 1;
	return 0;
}

/* A year in the sentence that differs from the article's own (the year of
 * its dateline, if any): puts the sentence's numbers on another event. */
int claims_other_year(const fb_doc *doc, const fb_qlist *ql, size_t qi, int own_year, int own_month,
    size_t *cs, size_t *ce)
{
	size_t sent = ql->q[qi].sent;
	const fb_sent *st = &doc->sent[sent];
	size_t a, e, intro;
	claims_clause_of(doc, sent, ql->q[qi].start, ql->q[qi].end, &a, &e, &intro);
	int use_intro = intro > st->start && intro <= a && !intro_has_count(ql, qi, st->start, intro);
	/* "has closed schools before: in 2012, during the recession, it shut
	 * four": the phrases after a colon or semicolon open the clause too */
	size_t lead = a;
	while (lead > st->start && lead + 160 > a && doc->buf[lead - 1] != ':' && doc->buf[lead - 1] != ';')
		lead--; /* (a bounded look back: one long sentence stays linear) */
	if (lead <= st->start || (doc->buf[lead - 1] != ':' && doc->buf[lead - 1] != ';') ||
	    intro_has_count(ql, qi, lead, a))
		lead = a;
	/* "In March 2022 a freight train came off the rails 40 kilometers
	 * north of the town, toppling 23 of its 48 cars": a dated sentence
	 * opening sets all its counts in that year */
	size_t f0 = claims_first_q_from(ql, st->start);
	if (f0 < ql->n && f0 < qi && ql->q[f0].kind == FB_QK_DATE && ql->q[f0].start == st->start + 3 &&
	    (fb_word_eq(doc->buf + st->start, 2, "in") || fb_word_eq(doc->buf + st->start, 2, "In"))) {
		int yr = claims_year_in(doc, &ql->q[f0]);
		if (yr > 0 && yr != own_year && !year_of_later_count(doc, ql, qi, f0)) {
			*cs = ql->q[f0].start;
			*ce = ql->q[f0].end;
			return 1;
		}
	}
	size_t from = claims_first_q_from(ql, use_intro ? st->start : lead);
	for (size_t j = from; j < ql->n && ql->q[j].start < e; j++) {
		const fb_quantity *y = &ql->q[j];
		if (use_intro && y->start >= intro && y->start < lead)
			j = claims_first_q_from(ql, lead), y = &ql->q[j];
		if (j >= ql->n || y->start >= e)
			break;
		if (y->kind != FB_QK_DATE && !year_modifier(doc, y))
			continue;
		if (!(y->start >= lead && y->end <= e) && !(use_intro && y->end <= intro))
			continue;
		int yr = claims_year_in(doc, y);
		/* "an ambush in April that killed three soldiers" in a release
		 * of June 6: a month alone, after "in", not the dateline's */
		int mo = own_month > 0 && !date_has_digits(doc, y) && y->start >= 3 && doc->buf[y->start - 1] == ' ' &&
		    fb_word_eq(doc->buf + y->start - 3, 2, "in") && (y->start == 3 || !fb_isalnum((unsigned char)doc->buf[y->start - 4]))
		    ? claims_month_in(doc, y) : 0;
		if (((yr > 0 && yr != own_year) || (mo > 0 && mo != own_month)) && !year_of_later_count(doc, ql, qi, j)) {
			*cs = y->start;
			*ce = y->end;
			return 1;
		}
	}
	return 0;
}

void claims_qindex_build(qindex *x, const fb_doc *doc, const fb_qlist *ql)
{
	x->head = fb_xmalloc((doc->nsent + 1) * sizeof *x->head);
	x->next = fb_xmalloc((ql->n + 1) * sizeof *x->next);
	for (size_t s = 0; s <= doc->nsent; s++)
		x->head[s] = QNONE;
	for (size_t j = ql->n; j-- > 0;) {
		size_t s = ql->q[j].sent < doc->nsent ? ql->q[j].sent : doc->nsent;
		x->next[j] = x->head[s];
		x->head[s] = j;
	}
}

void claims_qindex_free(qindex *x)
{
	free(x->head);
	free(x->next);
}

/* "27 people were killed in Varnesk": a place named after the number in
 * its clause makes it a count for that place. Stores "in Varnesk". */
static int place_from(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx,
    const fb_quantity *q, size_t pos, size_t limit, size_t *cs, size_t *ce);

int claims_find_place(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx, const fb_quantity *q,
    size_t *cs, size_t *ce)
{
	const fb_sent *st = &doc->sent[q->sent];
	if (place_from(cl, doc, ql, qx, q, q->end, st->end, cs, ce))
		return 1;
	/* an opening clause: "In the northern province, 8 people were killed" */
	size_t s0, e0;
	if (q->start > st->start && place_from(cl, doc, ql, qx, q, st->start, q->start, &s0, &e0) &&
	    doc->buf[e0] == ',') {
		*cs = s0;
		*ce = e0;
		return 1;
	}
	return 0;
}

/* A place after "in" or "at" among the words of [pos, limit). */
static int place_from(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const qindex *qx,
    const fb_quantity *q, size_t pos, size_t limit, size_t *cs, size_t *ce)
{
	const char *b = doc->buf;
	size_t ws, we;
	int punct;
	for (int words = 0; words < 8 && claims_next_word(b, pos, limit, &ws, &we, &punct); words++) {
		if (punct || claims_in_list(cl->clause_stops, b + ws, we - ws))
			return 0;
		if (fb_word_eq(b + ws, we - ws, "in") || fb_word_eq(b + ws, we - ws, "at")) {
			size_t ps, pe;
			if (!claims_next_word(b, we, limit, &ps, &pe, &punct) || punct)
				goto next;
			if (!fb_isupper((unsigned char)b[ps])) {
				/* "in the northern province", "in the capital": a listed
				 * place noun within a few words after "the" */
				if (!fb_word_eq(b + ps, pe - ps, "the"))
					goto next;
				size_t x = pe, xs, xe;
				for (int n = 0; n < 3 && claims_next_word(b, x, limit, &xs, &xe, &punct) && !punct; n++) {
					if (fb_lexicon_get(cl->place_nouns, b + xs, xe - xs)) {
						*cs = ws;
						*ce = xe;
						return 1;
					}
					x = xe;
				}
				goto next;
			}
			for (size_t j = qx->head[q->sent]; j != QNONE; j = qx->next[j])
				if (ql->q[j].start <= ps && ps < ql->q[j].end)
					goto next; /* "in March": a date, not a place */
			size_t end = pe, ns, ne;
			while (claims_next_word(b, end, limit, &ns, &ne, &punct) && !punct && fb_isupper((unsigned char)b[ns]))
				end = ne;
			/* "in Hajj stampede": a name modifying a noun, not a place */
			if (claims_next_word(b, end, limit, &ns, &ne, &punct) && !punct && fb_islower((unsigned char)b[ns]) &&
			    !claims_in_list(cl->not_nouns, b + ns, ne - ns) && !claims_in_list(cl->clause_stops, b + ns, ne - ns))
				goto next;
			*cs = ws;
			*ce = end;
			return 1;
		}
next:
		pos = we;
	}
	return 0;
}

static int cmp_span(const void *a, const void *b)
{
	const size_t *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

spans claims_cue_spans(const fb_attribution *at)
{
	spans s = { 0 };
	for (size_t i = 0; at && i < at->nattr; i++) {
		if (at->attr[i].cue_end <= at->attr[i].cue_start)
			continue;
		size_t (*e)[2] = FB_PUSH(s.v, s.n, s.cap);
		(*e)[0] = at->attr[i].cue_start;
		(*e)[1] = at->attr[i].cue_end;
	}
	if (s.n)
		qsort(s.v, s.n, sizeof *s.v, cmp_span);
	return s;
}

static int in_spans(const spans *s, size_t off)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) { /* first span starting after off */
		size_t mid = (lo + hi) / 2;
		if (s->v[mid][0] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* mentions do not nest deeply: look back a few */
	for (size_t k = lo, seen = 0; k-- > 0 && seen < 8; seen++)
		if (s->v[k][0] <= off && off < s->v[k][1])
			return 1;
	return 0;
}

/* Collects the proper names of the quantity's clause: capitalised words
 * that do not open the sentence and are not a source's mention. */
static size_t name_len(const char *b, size_t ws, size_t we)
{
	/* "Calder's" is "Calder" */
	if (we - ws > 2 && b[we - 1] == 's' && (b[we - 2] == '\'' ))
		return we - ws - 2;
	if (we - ws > 4 && b[we - 1] == 's' && (unsigned char)b[we - 2] == 0x99 && (unsigned char)b[we - 4] == 0xE2)
		return we - ws - 4;
	return we - ws;
}

/* Words written with a capital inside sentences anywhere in the article:
 * names, so "Estes" opening a sentence is still a name. */
void claims_proper_names(const fb_claimer *cl, const fb_doc *doc, const sent_words *sw, fb_lexicon *lx)
{
	if (sw->n && fb_doc_is_head_line(doc, doc->sent[sw->sent].para) &&
	    fb_doc_headline_case(doc, doc->sent[sw->sent].para))
		return; /* a headline's capitals are its case */
	for (size_t i = 1; i < sw->n; i++) { /* not the first: capitalised to open it */
		size_t ws = sw->w[i][0], we = sw->w[i][1];
		if (fb_isupper((unsigned char)doc->buf[ws]) && !claims_in_list(cl->not_nouns, doc->buf + ws, we - ws))
			fb_lexicon_add(lx, doc->buf + ws, name_len(doc->buf, ws, we), NULL, 0);
	}
}

void claims_clause_names(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, size_t qi, const spans *ms,
    const fb_lexicon *names, fb_claim *k)
{
	const fb_quantity *q = &ql->q[qi];
	const char *b = doc->buf;
	size_t a, e, intro, pos, ws, we;
	int punct;
	claims_clause_of(doc, q->sent, q->start, q->end, &a, &e, &intro);
	pos = a;
	/* Quantities are in text order: cur is the first that starts at or
	 * after the clause, reach the farthest end of those before it (they
	 * do not nest deeply: look back a few). */
	size_t cur = claims_first_q_from(ql, a), reach = 0;
	for (size_t j = cur, seen = 0; j-- > 0 && seen < 8 && ql->q[j].sent == q->sent; seen++)
		if (ql->q[j].end > reach)
			reach = ql->q[j].end;
	while (k->nnames < sizeof k->names / sizeof *k->names && claims_next_word(b, pos, e, &ws, &we, &punct)) {
		pos = we;
		if (!fb_isupper((unsigned char)b[ws]) || in_spans(ms, ws))
			continue;
		size_t nl = name_len(b, ws, we);
		if (ws == doc->sent[q->sent].start && !fb_lexicon_get(names, b + ws, nl))
			continue; /* "The", "Officials": capitalised only to open it */
		/* "Wednesday", "March": dates are no names. The words come in
		 * text order, so a cursor walks the quantities once. */
		while (cur < ql->n && ql->q[cur].start <= ws) {
			if (ql->q[cur].end > reach)
				reach = ql->q[cur].end;
			cur++;
		}
		if (reach > ws)
			continue;
		if (claims_in_list(cl->not_nouns, b + ws, we - ws) || fb_word_eq(b + ws, we - ws, "i"))
			continue;
		uint32_t h = 2166136261u;
		for (size_t i = ws; i < ws + nl; i++)
			h = (h ^ (unsigned char)fb_tolower((unsigned char)b[i])) * 16777619u;
		int dup = 0;
		for (size_t i = 0; i < k->nnames; i++)
			dup |= k->names[i] == h;
		if (!dup)
			k->names[k->nnames++] = h;
	}
}
