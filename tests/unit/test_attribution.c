/* test_attribution.c - who says what: attribution cues, quotations over
 * sentences and paragraphs, the source registry (aliases, ambiguity,
 * roles, organisations), outlets and hedges, on short made-up articles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "attribution.h"
#include "compare.h"
#include "attribution_verbs.h"
#include "segment.h"

static fb_segmenter *sg;
static fb_attributor *at;

static int setup(void **state)
{
	char err[256];
	sg = fb_segmenter_new(err, sizeof err);
	at = fb_attributor_new(err, sizeof err);
	if (!at)
		fprintf(stderr, "%s\n", err);
	return sg && at ? 0 : -1;
}

static int teardown(void **state)
{
	fb_segmenter_free(sg);
	fb_attributor_free(at);
	return 0;
}

typedef struct art {
	fb_doc d;
	fb_attribution *a;
} art;

static void run(art *t, const char *text)
{
	char err[256], warn[256];
	assert_int_equal(fb_doc_load(&t->d, "t.txt", text, strlen(text), NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_segment(sg, &t->d);
	t->a = fb_attribute(at, &t->d);
}

static void done(art *t)
{
	fb_attribution_free(t->a);
	fb_doc_free(&t->d);
}

/* Index of the source with exactly that name; fails when absent. */
static int src(const art *t, const char *name)
{
	for (size_t i = 0; i < t->a->nsrc; i++)
		if (!strcmp(t->a->src[i].name, name))
			return (int)i;
	fail_msg("no source named '%s'", name);
	return -1;
}

static int has_alias(const fb_source *s, const char *al)
{
	for (size_t i = 0; i < s->naliases; i++)
		if (!strcmp(s->aliases[i], al))
			return 1;
	return 0;
}

/* The sentence holding the first occurrence of needle, and its span. */
static size_t where(const art *t, const char *needle, size_t *s, size_t *e)
{
	const char *p = strstr(t->d.buf, needle);
	if (!p)
		fail_msg("'%s' not in the article", needle);
	*s = (size_t)(p - t->d.buf);
	*e = *s + strlen(needle);
	for (size_t i = 0; i < t->d.nsent; i++)
		if (t->d.sent[i].start <= *s && *e <= t->d.sent[i].end)
			return i;
	fail_msg("'%s' is not inside one sentence", needle);
	return 0;
}

/* The source of the stretch over needle, or -1 when nobody says it. */
static int speaker_of(const art *t, const char *needle)
{
	size_t s, e, si = where(t, needle, &s, &e);
	int k = fb_attribution_at(t->a, si, s, e);
	return k < 0 ? -1 : t->a->attr[k].source;
}

/* The stretch over needle; fails when there is none. */
static const fb_attrib *over(const art *t, const char *needle)
{
	size_t s, e, si = where(t, needle, &s, &e);
	int k = fb_attribution_at(t->a, si, s, e);
	if (k < 0)
		fail_msg("'%s' is unattributed", needle);
	return &t->a->attr[k];
}

/* Checks that needle is attributed to the source named who. */
static const fb_attrib *said_by(const art *t, const char *needle, const char *who)
{
	const fb_attrib *x = over(t, needle);
	if (x->source < 0)
		fail_msg("'%s' has no source (want %s)", needle, who);
	if (strcmp(t->a->src[x->source].name, who))
		fail_msg("'%s' said by '%s', want '%s'", needle, t->a->src[x->source].name, who);
	/* the stretch covers the text it answers for */
	size_t s, e;
	where(t, needle, &s, &e);
	if (!(x->start <= s && e <= x->end))
		fail_msg("the stretch of '%s' is [%zu, %zu), not over [%zu, %zu)", needle, x->start, x->end, s, e);
	return x;
}

/* said_by, and the source is of that kind. */
static const fb_attrib *said_by_kind(const art *t, const char *needle, const char *who, fb_skind kind)
{
	const fb_attrib *x = said_by(t, needle, who);
	assert_int_equal(t->a->src[x->source].kind, kind);
	return x;
}

static void test_according_to(void **state)
{
	art t;
	run(&t, "Inflation rose to 4 percent in May, according to the Finance Ministry.\n\n"
	        "According to congressional aides, the bill will pass on Friday.\n\n"
	        "The bridge reopened on Monday.\n");
	const fb_attrib *x = said_by_kind(&t, "Inflation rose", "Finance Ministry", FB_SK_ORGANIZATION);
	assert_false(x->flags & FB_CF_ANONYMOUS);
	x = said_by_kind(&t, "the bill will pass", "congressional aides", FB_SK_ANONYMOUS);
	assert_true(x->flags & FB_CF_ANONYMOUS);
	size_t s, e, si = where(&t, "The bridge reopened", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
}

static void test_said_forms_roles_aliases_pronouns(void **state)
{
	art t;
	run(&t, "Revenue rose 8 percent to $2 billion, said Jane Okafor, chief executive of Brightline Foods.\n\n"
	        "Okafor said the company would hire 200 workers next year.\n\n"
	        "Profits will fall in the second quarter, she added.\n\n"
	        "Brightline shares fell 3 percent, analysts said.\n");
	int jo = src(&t, "Jane Okafor");
	const fb_source *s = &t.a->src[jo];
	assert_int_equal(s->kind, FB_SK_PERSON);
	assert_int_equal(s->nroles, 1);
	assert_string_equal(s->roles[0], "chief executive of Brightline Foods");
	assert_true(has_alias(s, "Okafor"));
	assert_true(s->flags & FB_SF_ALIASES_MERGED);
	assert_true(s->nmentions >= 2);
	said_by(&t, "Revenue rose", "Jane Okafor");
	said_by(&t, "would hire 200 workers", "Jane Okafor");
	said_by(&t, "Profits will fall", "Jane Okafor");
	const fb_attrib *x = said_by(&t, "shares fell", "analysts");
	assert_true(x->flags & FB_CF_ANONYMOUS);
	done(&t);
}

static void test_told_outlets(void **state)
{
	art t;
	run(&t, "Water levels rose two metres overnight, a local resident told Reuters.\n\n"
	        "A rescue official told the Valley Herald newspaper that 12 people were missing.\n\n"
	        "Mayor Tom Reyes said in an interview with the BBC that the levee held.\n\n"
	        "Reuters reported that the army had been deployed.\n");
	const fb_attrib *x = said_by(&t, "Water levels rose", "local resident");
	assert_true(x->flags & FB_CF_ANONYMOUS);
	assert_int_equal(x->via, src(&t, "Reuters"));
	assert_int_equal(t.a->src[x->via].kind, FB_SK_OUTLET);
	x = said_by(&t, "12 people were missing", "rescue official");
	assert_int_equal(x->via, src(&t, "Valley Herald"));
	x = said_by(&t, "the levee held", "Tom Reyes");
	assert_int_equal(x->via, src(&t, "BBC"));
	assert_string_equal(t.a->src[x->source].roles[0], "Mayor");
	x = said_by(&t, "the army had been deployed", "Reuters");
	assert_int_equal(x->via, -1);
	done(&t);
}

static void test_quote_over_paragraphs(void **state)
{
	art t;
	run(&t, "The visitors lost 3-1 on Saturday.\n\n"
	        "\xE2\x80\x9CWe played well in the first half. Then we stopped running.\n\n"
	        "\xE2\x80\x9CIt will not happen again,\xE2\x80\x9D said coach Marta Ruiz.\n\n"
	        "The next match is on Wednesday.\n");
	const fb_attrib *x = said_by(&t, "We played well", "Marta Ruiz");
	assert_true(x->flags & FB_CF_QUOTED);
	x = said_by(&t, "Then we stopped running", "Marta Ruiz");
	assert_true(x->flags & FB_CF_QUOTED);
	said_by(&t, "It will not happen again", "Marta Ruiz");
	size_t s, e, si = where(&t, "The next match", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	assert_false(t.a->sent_flags[si] & FB_CF_QUOTED);
	si = where(&t, "We played well", &s, &e);
	assert_true(t.a->sent_flags[si] & FB_CF_QUOTED);
	done(&t);
}

static void test_speaker_before_quote_and_after(void **state)
{
	art t;
	run(&t, "Detective Inspector Sam Hale said: \"The suspect was arrested at 6am. He is 34.\"\n\n"
	        "\xE2\x80\x9CHe told me \xE2\x80\x98run\xE2\x80\x99, so I ran,\xE2\x80\x9D the witness said.\n\n"
	        "\xE2\x80\x9CThey [the gunmen] fired first,\xE2\x80\x9D he said in a video statement.\n");
	const fb_attrib *x = said_by(&t, "The suspect was arrested", "Sam Hale");
	assert_true(x->flags & FB_CF_QUOTED);
	said_by(&t, "He is 34", "Sam Hale");
	x = said_by(&t, "so I ran", "witness");
	assert_true(x->flags & FB_CF_QUOTED);
	assert_true(x->flags & FB_CF_ANONYMOUS);
	/* "he" is the last named person, not the anonymous witness */
	x = said_by(&t, "fired first", "Sam Hale");
	assert_true(x->flags & FB_CF_QUOTED);
	done(&t);
}

static void test_ambiguous_surname(void **state)
{
	art t;
	run(&t, "Lena Fischer, a physicist at the institute, said the beam was stable.\n\n"
	        "Her brother Tomas Fischer, a chemist, said the samples were clean.\n\n"
	        "\xE2\x80\x9CThe data are clear,\xE2\x80\x9D said Dr Fischer.\n");
	int lena = src(&t, "Lena Fischer"), tomas = src(&t, "Tomas Fischer");
	assert_int_not_equal(lena, tomas);
	const fb_attrib *x = said_by(&t, "The data are clear", "Tomas Fischer");
	assert_true(x->flags & FB_CF_AMBIGUOUS);
	assert_int_equal(x->ncandidates, 2);
	assert_int_equal(x->candidates[0], tomas); /* nearest first */
	assert_int_equal(x->candidates[1], lena);
	assert_true(t.a->src[lena].flags & FB_SF_AMBIGUOUS);
	assert_true(t.a->src[tomas].flags & FB_SF_AMBIGUOUS);
	assert_false(t.a->src[lena].flags & FB_SF_ALIASES_MERGED);
	done(&t);
}

static void test_roles_differ(void **state)
{
	art t;
	run(&t, "Amir Patel, a city councillor, said the budget was short by $4 million.\n\n"
	        "Turnout was low.\n\n"
	        "Amir Patel, the party treasurer, confirmed that donations fell.\n\n"
	        "Patel also warned of cuts.\n");
	int ap = src(&t, "Amir Patel");
	const fb_source *s = &t.a->src[ap];
	assert_int_equal(s->nroles, 2);
	assert_true(s->flags & FB_SF_ROLES_DIFFER);
	assert_true(has_alias(s, "Patel"));
	said_by(&t, "donations fell", "Amir Patel");
	said_by(&t, "cuts.", "Amir Patel");
	assert_int_equal(t.a->nsrc, 1);
	done(&t);
}

static void test_organisations_hyphens_acronyms(void **state)
{
	art t;
	run(&t, "The Bayt al Nur Brigade (BNB) claimed responsibility for the blast.\n\n"
	        "Bayt-al-Nur Brigade said in a statement that two of its fighters died.\n\n"
	        "The BNB warned of more attacks.\n");
	int b = src(&t, "Bayt al Nur Brigade");
	assert_int_equal(t.a->src[b].kind, FB_SK_ORGANIZATION);
	assert_true(has_alias(&t.a->src[b], "BNB"));
	assert_true(has_alias(&t.a->src[b], "Bayt-al-Nur Brigade"));
	/* a bare claim of responsibility is the article's own assertion */
	const fb_attrib *x = over(&t, "claimed responsibility");
	assert_int_equal(x->source, -1);
	assert_int_equal(x->actor, b);
	said_by(&t, "two of its fighters died", "Bayt al Nur Brigade");
	said_by(&t, "more attacks", "Bayt al Nur Brigade");
	assert_int_equal(t.a->nsrc, 1);
	done(&t);
}

static void test_hedges(void **state)
{
	art t;
	run(&t, "The suspect reportedly fled abroad in March.\n\n"
	        "It is unclear whether the dam will hold, officials said.\n\n"
	        "Police haven\xE2\x80\x99t confirmed if the driver was drunk.\n\n"
	        "The dam was built in 1962.\n");
	size_t s, e;
	assert_true(t.a->sent_flags[where(&t, "fled abroad", &s, &e)] & FB_CF_HEDGED);
	const fb_attrib *x = said_by(&t, "the dam will hold", "officials");
	assert_true(x->flags & FB_CF_HEDGED);
	assert_true(x->flags & FB_CF_ANONYMOUS);
	size_t si = where(&t, "the driver was drunk", &s, &e);
	assert_true(t.a->sent_flags[si] & FB_CF_HEDGED);
	/* an unconfirmed question is the police's, negated and hedged */
	x = said_by(&t, "the driver was drunk", "Police");
	assert_true(x->flags & FB_CF_NEGATED);
	assert_true(x->flags & FB_CF_HEDGED);
	assert_false(t.a->sent_flags[where(&t, "built in 1962", &s, &e)] & FB_CF_HEDGED);
	done(&t);
}

static void test_descriptions_endorsements_saying(void **state)
{
	art t;
	run(&t, "The Riverside Times backs Maria Lopez for governor.\n\n"
	        "The influential local daily said her plan would create 10,000 jobs.\n\n"
	        "The union rejected the offer, saying it would cut wages by 5 percent.\n\n"
	        "In a statement, the Health Ministry ordered schools closed for two weeks.\n");
	int rt = src(&t, "Riverside Times");
	assert_int_equal(t.a->src[rt].kind, FB_SK_OUTLET);
	said_by(&t, "Maria Lopez for governor", "Riverside Times");
	said_by(&t, "10,000 jobs", "Riverside Times");
	said_by(&t, "cut wages", "union");
	said_by(&t, "schools closed", "Health Ministry");
	done(&t);
}

static void test_two_speakers_one_sentence(void **state)
{
	art t;
	run(&t, "Senator Ruth Adler said taxes would rise by 2 percent, and Governor Ben Cole said they would fall.\n");
	const fb_attrib *x = said_by(&t, "taxes would rise", "Ruth Adler");
	assert_int_equal(x->nsources, 2);
	const fb_attrib *y = said_by(&t, "they would fall", "Ben Cole");
	assert_ptr_not_equal(x, y);
	assert_true(x->end <= y->start);
	done(&t);
}

static void test_titles_appositions_and_relatives(void **state)
{
	art t;
	run(&t, "A senior police official, who asked not to be named, told reporters that three men were held.\n\n"
	        "Chief Minister Murali Das later said 40 homes were destroyed.\n\n"
	        "Kenya's Health Minister, Ayo Mwangi said the clinic would reopen.\n\n"
	        "The study, published in Nature, found that 30 percent of corals had bleached.\n\n"
	        "The ministry's spokesman said the talks had failed.\n");
	const fb_attrib *x = said_by_kind(&t, "three men were held", "senior police official", FB_SK_ANONYMOUS);
	x = said_by(&t, "40 homes", "Murali Das");
	assert_string_equal(t.a->src[x->source].roles[0], "Chief Minister");
	x = said_by(&t, "the clinic would reopen", "Ayo Mwangi");
	assert_string_equal(t.a->src[x->source].roles[0], "Kenya's Health Minister");
	x = said_by_kind(&t, "30 percent of corals", "study", FB_SK_DOCUMENT);
	x = over(&t, "the talks had failed");
	assert_true(x->source >= 0);
	assert_int_equal(t.a->src[x->source].kind, FB_SK_ANONYMOUS);
	assert_non_null(strstr(t.a->src[x->source].name, "spokesman"));
	done(&t);
}

/* Appositions between commas that no listed title names: a description
 * ("a former harbour pilot"), letters after a name ("SC"), and the name
 * itself after its title ("The city's mayor, Maria Lopez, said"). A place
 * after an institution is no name between commas. */
static void test_descriptive_appositions(void **state)
{
	art t;
	run(&t, "Port director Anton Kessler, a former harbour pilot, said the blaze began in a storeroom.\n\n"
	        "The city's mayor, Maria Lopez, said an inquiry would open next week.\n\n"
	        "Defending the parents, Tom Molomby, SC, said they had acted in good faith.\n\n"
	        "Ana Ruiz, a curator at the University of Oregon, Eugene, said 40 prints were lent.\n\n"
	        "The report, a 200-page document, found that 12 sites were unsafe.\n");
	const fb_attrib *x = said_by(&t, "the blaze began", "Anton Kessler");
	const fb_source *s = &t.a->src[x->source];
	assert_int_equal(s->nroles, 2);
	assert_string_equal(s->roles[0], "Port director");
	assert_string_equal(s->roles[1], "a former harbour pilot");
	x = said_by(&t, "an inquiry would open", "Maria Lopez");
	assert_string_equal(t.a->src[x->source].roles[0], "The city's mayor");
	x = said_by(&t, "acted in good faith", "Tom Molomby");
	assert_string_equal(t.a->src[x->source].roles[0], "SC");
	int sp = speaker_of(&t, "40 prints");
	assert_true(sp < 0 || strcmp(t.a->src[sp].name, "Eugene") != 0);
	x = over(&t, "12 sites were unsafe");
	assert_true(x->source >= 0);
	assert_int_equal(t.a->src[x->source].kind, FB_SK_DOCUMENT);
	done(&t);
}

/* A person a sentence opens with ("For Daniel Okafor, ...") is whom "he"
 * means in the next sentence, not the last speaker; an object, a day, or
 * a person of the other gender is not. */
static void test_topic_person(void **state)
{
	art t;
	run(&t, "Harbour fire\n\n"
	        "Maria Lopez, the mayor, said the fire began at 2 am.\n\n"
	        "For Daniel Okafor, a retired firefighter, the blaze was the worst in decades. "
	        "He said three homes were lost. Okafor added that the wind was strong.\n\n"
	        "Tom Reyes said the pier would reopen. The fire killed Sam Hale, a guard, at the pier. "
	        "He said the guard had raised the alarm.\n\n"
	        "Anna Berg said a ferry was delayed. Last Friday, the council met. She said the ferry sailed at noon.\n\n"
	        "Paul Grant said the road was shut. Mrs Ruth Adler, a nurse, was on duty. He said the road opened at six.\n");
	said_by(&t, "three homes were lost", "Daniel Okafor");
	said_by(&t, "the wind was strong", "Daniel Okafor");
	said_by(&t, "the guard had raised the alarm", "Tom Reyes");
	said_by(&t, "the ferry sailed at noon", "Anna Berg");
	said_by(&t, "the road opened at six", "Paul Grant");
	for (size_t i = 0; i < t.a->nsrc; i++)
		assert_true(strcmp(t.a->src[i].name, "Last Friday") != 0 && strcmp(t.a->src[i].name, "Sam Hale") != 0);
	done(&t);
}

/* "police said" without an article; "X, speaking on Monday, said";
 * someone's office, campaign, spokesman or family as the speaker. */
static void test_bare_orgs_participles_possessives(void **state)
{
	art t;
	run(&t, "Crews rescued 14 people, police said.\n\n"
	        "Mr Patel, speaking on Monday, said the state would seek aid.\n\n"
	        "Governor Ray Patel's office said 12 shelters had opened.\n\n"
	        "Patel's spokesman said 3 roads were shut.\n\n"
	        "Lopez's family said she was 34.\n\n"
	        "The company's shares fell 5 percent, analysts said.\n");
	said_by_kind(&t, "Crews rescued 14", "police", FB_SK_ORGANIZATION);
	said_by(&t, "the state would seek aid", "Patel");
	said_by_kind(&t, "12 shelters", "Governor Ray Patel's office", FB_SK_ORGANIZATION);
	said_by_kind(&t, "3 roads", "Patel's spokesman", FB_SK_ANONYMOUS);
	said_by(&t, "she was 34", "Lopez's family");
	said_by_kind(&t, "shares fell 5 percent", "analysts", FB_SK_ANONYMOUS);
	done(&t);
	run(&t, "Flood\n\nState media said 3 people were hurt.\n");
	said_by_kind(&t, "3 people were hurt", "State media", FB_SK_ANONYMOUS);
	done(&t);
}

/* "A source close to the investigation said" (whatever follows "close
 * to"), and "X was quoted as saying". */
static void test_close_to_and_quoted_as(void **state)
{
	art t;
	run(&t, "According to Dr Sam Reed, a surgeon, nine patients were critical.\n\n"
	        "Reed was quoted as saying that two might not survive.\n\n"
	        "A source close to the investigation said cracks were seen 3 years ago.\n\n"
	        "People familiar with the plans said 20 staff would go.\n");
	said_by(&t, "two might not survive", "Sam Reed");
	const fb_attrib *x = said_by_kind(&t, "cracks were seen", "source close to the investigation", FB_SK_ANONYMOUS);
	x = over(&t, "20 staff would go");
	assert_true(x->source >= 0);
	assert_int_equal(t.a->src[x->source].kind, FB_SK_ANONYMOUS);
	done(&t);
}

/* A second speaker after "while"; "it is estimated" is nobody's word;
 * groups of experts as unnamed sources. */
static void test_estimates_and_passives(void **state)
{
	art t;
	run(&t, "The company said repairs would cost $20 million, while insurers estimated the bill at $35 million.\n\n"
	        "It is estimated that 300 people attended.\n\n"
	        "Economists estimate the deal at $2 billion.\n");
	said_by(&t, "$20 million", "company");
	said_by_kind(&t, "$35 million", "insurers", FB_SK_ANONYMOUS);
	assert_true(speaker_of(&t, "300 people attended") < 0);
	said_by(&t, "$2 billion", "Economists");
	done(&t);
}

/* "X admitted she ...": the speaker's own pronoun gives her gender, so a
 * later "he" goes past her. */
static void test_gender_from_own_pronoun(void **state)
{
	art t;
	run(&t, "Tom Reed said he would stay on.\n\n"
	        "Ann Lee admitted she was late.\n\n"
	        "\"It took 5 hours,\" he said.\n");
	said_by(&t, "It took 5 hours", "Tom Reed");
	done(&t);
}

static void test_plural_pronoun(void **state)
{
	art t;
	run(&t, "Police said two men were arrested after the match.\n\n"
	        "They added that 14 fans were injured.\n");
	said_by(&t, "two men were arrested", "Police");
	said_by(&t, "14 fans were injured", "Police");
	done(&t);
}

static void test_sample_article_files(void **state)
{
	/* every test article processes, and each attributed one has sources */
	static const char *const names[] = { "attr-politics.txt", "attr-science.txt", "attr-campaign.txt",
		"attr-foreign.txt" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char path[512], err[256], warn[256];
		snprintf(path, sizeof path, "%s/articles/%s", FB_TEST_DIR, names[i]);
		art t;
		assert_int_equal(fb_doc_read(&t.d, path, NULL, err, sizeof err, warn, sizeof warn), 0);
		fb_segment(sg, &t.d);
		t.a = fb_attribute(at, &t.d);
		assert_true(t.a->nsrc > 0);
		assert_true(t.a->nattr > 0);
		for (size_t k = 1; k < t.a->nattr; k++)
			assert_true(t.a->attr[k - 1].sent <= t.a->attr[k].sent);
		done(&t);
	}
}

static void test_politics_file(void **state)
{
	char path[512], err[256], warn[256];
	snprintf(path, sizeof path, "%s/articles/attr-politics.txt", FB_TEST_DIR);
	art t;
	assert_int_equal(fb_doc_read(&t.d, path, NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_segment(sg, &t.d);
	t.a = fb_attribute(at, &t.d);
	said_by(&t, "12 points", "Harbor Tribune");
	said_by(&t, "cost $3 billion", "Elena Marsh");
	said_by(&t, "never supported", "Elena Marsh");
	const fb_attrib *x = said_by(&t, "a second term", "people familiar with the campaign");
	assert_true(x->flags & FB_CF_ANONYMOUS);
	assert_true(x->flags & FB_CF_HEDGED);
	said_by(&t, "would veto", "David Okoro");
	done(&t);
}

static void test_pathological(void **state)
{
	/* an unclosed quote and a long run of names stay bounded */
	fb_buf b = {0};
	fb_buf_puts(&b, "\xE2\x80\x9C");
	for (int i = 0; i < 20000; i++)
		fb_buf_puts(&b, "Alpha Beta, ");
	fb_buf_puts(&b, "said Gamma.\n\n");
	for (int i = 0; i < 2000; i++)
		fb_buf_puts(&b, "Officials said it rained, he added, according to AFP.\n\n");
	art t;
	run(&t, b.p);
	assert_true(t.a->nattr > 0);
	done(&t);
	fb_buf_free(&b);
}

/* The text of mention m of source si. */
static int has_mention(const art *t, int si, const char *text)
{
	const fb_source *s = &t->a->src[si];
	for (size_t i = 0; i < s->nmentions; i++)
		if (s->mentions[i].end - s->mentions[i].start == strlen(text) &&
		    !memcmp(t->d.buf + s->mentions[i].start, text, strlen(text)))
			return 1;
	return 0;
}

static void test_endorsements_outlets(void **state)
{
	art t;
	run(&t, "The Post backs Mara Quint for mayor.\n\n"
	        "The Times endorsed her rival on Sunday.\n\n"
	        "The Valley Ledger backed the transit levy, which would raise $40 million.\n\n"
	        "The influential regional daily said the levy would pass.\n");
	int post = src(&t, "Post"), times = src(&t, "Times"), led = src(&t, "Valley Ledger");
	assert_int_equal(t.a->src[post].kind, FB_SK_OUTLET);
	assert_int_equal(t.a->src[times].kind, FB_SK_OUTLET);
	assert_int_equal(t.a->src[led].kind, FB_SK_OUTLET);
	said_by(&t, "Mara Quint for mayor", "Post");
	said_by(&t, "her rival", "Times");
	said_by(&t, "$40 million", "Valley Ledger");
	said_by(&t, "the levy would pass", "Valley Ledger");
	assert_true(has_mention(&t, led, "influential regional daily"));
	done(&t);
}

static void test_beliefs_and_descriptions(void **state)
{
	art t;
	run(&t, "Senator Ruth Ames thinks the bill will fail by 3 votes.\n\n"
	        "Paul Whitcomb believes the plan costs $2 billion.\n\n"
	        "The senator said the vote was set for Thursday.\n");
	int ra = src(&t, "Ruth Ames");
	said_by(&t, "the bill will fail", "Ruth Ames");
	said_by(&t, "costs $2 billion", "Paul Whitcomb");
	said_by(&t, "set for Thursday", "Ruth Ames");
	assert_true(has_mention(&t, ra, "senator"));
	done(&t);
}

static void test_places_and_lone_names_are_organisations(void **state)
{
	art t;
	run(&t, "Pakistan said 12 soldiers were killed.\n\n"
	        "Microsoft said its servers were not breached.\n\n"
	        "Veltron, the state energy company, said output fell 4 percent.\n\n"
	        "Jane Okafor, a trade minister, said exports rose.\n\n"
	        "Okafor said the deficit had narrowed.\n");
	assert_int_equal(t.a->src[src(&t, "Pakistan")].kind, FB_SK_ORGANIZATION);
	assert_int_equal(t.a->src[src(&t, "Microsoft")].kind, FB_SK_ORGANIZATION);
	assert_int_equal(t.a->src[src(&t, "Veltron")].kind, FB_SK_ORGANIZATION);
	said_by(&t, "output fell", "Veltron");
	/* a surname seen with a first name stays a person */
	said_by_kind(&t, "deficit had narrowed", "Jane Okafor", FB_SK_PERSON);
	done(&t);
}

static void test_long_description_before_name(void **state)
{
	art t;
	run(&t, "Executive director of the Harbor chapter of the League of Coastal Voters Nadia Ferris said 3,000 volunteers had signed up.\n");
	int nf = src(&t, "Nadia Ferris");
	assert_int_equal(t.a->src[nf].kind, FB_SK_PERSON);
	assert_string_equal(t.a->src[nf].roles[0],
	    "Executive director of the Harbor chapter of the League of Coastal Voters");
	said_by(&t, "3,000 volunteers", "Nadia Ferris");
	done(&t);
}

static void test_quote_paragraph_after_speaker(void **state)
{
	art t;
	run(&t, "Governor Alan Pike said the audit covered 12 counties.\n\n"
	        "\xE2\x80\x9CThe numbers are simply wrong. Every county clerk knows it.\xE2\x80\x9D\n\n"
	        "\xE2\x80\x9CWe will appeal.\xE2\x80\x9D\n\n"
	        "Turnout was 61 percent.\n\n"
	        "\xE2\x80\x9CNobody saw this coming.\xE2\x80\x9D\n");
	const fb_attrib *x = said_by(&t, "simply wrong", "Alan Pike");
	assert_true(x->flags & FB_CF_QUOTED);
	said_by(&t, "Every county clerk", "Alan Pike");
	said_by(&t, "We will appeal", "Alan Pike");
	/* after a paragraph with no speaker, a bare quote stays unattributed */
	size_t s, e, si = where(&t, "Nobody saw", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
}

static void test_pronoun_gender_and_mentions(void **state)
{
	art t;
	run(&t, "Senator Ruth Ames said the clinic would close.\n\n"
	        "Governor Alan Pike said 40 jobs would go.\n\n"
	        "Mrs Ames spoke after the vote. She said 300 patients would move.\n\n"
	        "He added that the site would be sold.\n\n"
	        "Foreign Minister Karin Lund said talks had stalled. Mr Berg disagreed.\n\n"
	        "She said a deal was close.\n");
	int ra = src(&t, "Ruth Ames"), ap = src(&t, "Alan Pike");
	said_by(&t, "300 patients", "Ruth Ames");
	said_by(&t, "the site would be sold", "Alan Pike");
	said_by(&t, "a deal was close", "Karin Lund");
	assert_true(has_mention(&t, ra, "Ames"));
	assert_true(has_mention(&t, ra, "She"));
	assert_true(has_mention(&t, ap, "He"));
	done(&t);
}

static void test_campaign_and_foreign_files(void **state)
{
	char path[512], err[256], warn[256];
	art t;
	snprintf(path, sizeof path, "%s/articles/attr-campaign.txt", FB_TEST_DIR);
	assert_int_equal(fb_doc_read(&t.d, path, NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_segment(sg, &t.d);
	t.a = fb_attribute(at, &t.d);
	said_by(&t, "Dana Harmon for the open Senate seat", "Coastal Ledger");
	said_by(&t, "14 new treatment plants", "Coastal Ledger");
	said_by(&t, "fewer than 5,000 votes", "Ruth Ames");
	said_by(&t, "northern counties", "Ruth Ames");
	assert_int_equal(t.a->src[src(&t, "Portugal")].kind, FB_SK_ORGANIZATION);
	said_by(&t, "audited twice", "Microsoft");
	said_by(&t, "3,000 volunteers", "Nadia Ferris");
	said_by(&t, "only 12 counties", "Alan Pike");
	said_by(&t, "simply wrong", "Alan Pike");
	said_by(&t, "300 extra clerks", "Ruth Ames");
	done(&t);
	snprintf(path, sizeof path, "%s/articles/attr-foreign.txt", FB_TEST_DIR);
	assert_int_equal(fb_doc_read(&t.d, path, NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_segment(sg, &t.d);
	t.a = fb_attribute(at, &t.d);
	assert_int_equal(t.a->src[src(&t, "Norway")].kind, FB_SK_ORGANIZATION);
	said_by(&t, "closer than we have been", "Karin Lund");
	said_by(&t, "three weeks", "Tomas Berg");
	said_by(&t, "possible by March", "Karin Lund");
	said_by(&t, "halt drilling", "Veltron");
	done(&t);
}

/* The reporting-verb lexicon: forms made from the base, the pattern a
 * broad verb needs, its kind, and verbs denying their content. */
static void test_verb_lexicon_patterns_kinds(void **state)
{
	char out[32];
	assert_true(fb_verb_inflect("argue", FB_VF_ED, out, sizeof out));
	assert_string_equal(out, "argued");
	assert_true(fb_verb_inflect("argue", FB_VF_ING, out, sizeof out));
	assert_string_equal(out, "arguing");
	assert_true(fb_verb_inflect("deny", FB_VF_S, out, sizeof out));
	assert_string_equal(out, "denies");
	assert_true(fb_verb_inflect("deny", FB_VF_ED, out, sizeof out));
	assert_string_equal(out, "denied");
	assert_true(fb_verb_inflect("push", FB_VF_S, out, sizeof out));
	assert_string_equal(out, "pushes");
	assert_false(fb_verb_inflect("argue", FB_VF_ING, out, 4));
	art t;
	run(&t, "Pay row deepens\n\n"
	        "Mayor Ines Halloran urged the council to approve the raise.\n\n"
	        "Councilman Bo Steen vowed to block it and called the plan \"reckless\".\n\n"
	        "Union leader Pat Doyle accused the mayor of stalling for months.\n\n"
	        "The chamber of commerce called for a freeze on hiring.\n\n"
	        "Doyle fears the talks will collapse.\n\n"
	        "Steen called the police station twice on Monday.\n\n"
	        "Halloran plans a trip to Boston.\n");
	const fb_attrib *x = said_by(&t, "the council to approve", "Ines Halloran");
	assert_int_equal(x->cue_kind, FB_CK_SPEECH);
	x = said_by(&t, "to block it", "Bo Steen");
	assert_int_equal(x->cue_kind, FB_CK_INTENTION);
	said_by(&t, "of stalling for months", "Pat Doyle");
	x = said_by(&t, "a freeze on hiring", "chamber of commerce");
	assert_int_equal(x->cue_kind, FB_CK_STANCE);
	x = said_by(&t, "the talks will collapse", "Pat Doyle");
	assert_int_equal(x->cue_kind, FB_CK_BELIEF);
	/* "called the police", "plans a trip": the pattern is not there */
	assert_int_equal(speaker_of(&t, "the police station twice"), -1);
	assert_int_equal(speaker_of(&t, "a trip to Boston"), -1);
	done(&t);
}

/* Participles carry the subject; inflections of listed verbs; the quote
 * before "X said sarcastically" or "he said then"; "said, but ...". */
static void test_participles_and_quote_before(void **state)
{
	art t;
	run(&t, "Budget talks stall\n\n"
	        "Treasurer Gail Moss defended the cuts, arguing that the deficit left no choice.\n\n"
	        "\"That went well,\" Moss said sarcastically.\n\n"
	        "\"We will find the money,\" Senator Ray Dunn said, but gave no figure.\n\n"
	        "\"It is not over,\" he said then.\n");
	said_by(&t, "the deficit left no choice", "Gail Moss");
	said_by(&t, "That went well", "Gail Moss");
	said_by(&t, "We will find the money", "Ray Dunn");
	said_by(&t, "It is not over", "Ray Dunn");
	done(&t);
}

/* Negated cues are kept and flagged; passives are no cues. */
static void test_negated_and_passive(void **state)
{
	art t;
	run(&t, "Inquiry opens\n\n"
	        "Senator Ada Brill did not say that she would testify.\n\n"
	        "Her aide would not say why the meeting was cancelled.\n\n"
	        "Brill denied that she had met the lobbyist.\n\n"
	        "The aide was asked to resign on Friday.\n\n"
	        "A draft backed by two senators stalled in committee.\n");
	const fb_attrib *x = said_by(&t, "she would testify", "Ada Brill");
	assert_true(x->flags & FB_CF_NEGATED);
	assert_int_equal(speaker_of(&t, "the meeting was cancelled"), -1);
	x = said_by(&t, "she had met the lobbyist", "Ada Brill");
	assert_true(x->flags & FB_CF_NEGATED);
	assert_int_equal(speaker_of(&t, "to resign on Friday"), -1);
	assert_int_equal(speaker_of(&t, "stalled in committee"), -1);
	done(&t);
}

/* Party and state tags, relative pronouns, a person named since the
 * topic, and a sentence's subject as the person a later "he" means. */
static void test_tags_relatives_pronouns(void **state)
{
	art t;
	run(&t, "Senate clears bill\n\n"
	        "Senator Wade Coble, R-Miss., said the vote was a relief.\n\n"
	        "Representative Nina Tarr (D-N.M.) said the bill came too late.\n\n"
	        "Senator Joy Fenn, who in 2019 said the program was wasteful, now backs it.\n\n"
	        "Omar Haddad owns a diner in Erie. \"Nobody here trusts Congress,\" he said.\n");
	said_by(&t, "the vote was a relief", "Wade Coble");
	said_by(&t, "the bill came too late", "Nina Tarr");
	said_by(&t, "the program was wasteful", "Joy Fenn");
	said_by(&t, "Nobody here trusts Congress", "Omar Haddad");
	done(&t);
}

/* Polls: shares and populations are group sources; descriptions in common
 * nouns are sources; a document speaks as a document. */
static void test_groups_and_descriptions(void **state)
{
	art t;
	run(&t, "Voters split on transit tax\n\n"
	        "Another 19 percent said they had not decided.\n\n"
	        "Most voters say the buses run late.\n\n"
	        "The authors say the sample was small.\n\n"
	        "The book says the deal was made in 1998.\n\n"
	        "Investigators were told the car was stolen.\n");
	said_by_kind(&t, "they had not decided", "Another 19 percent", FB_SK_GROUP);
	said_by_kind(&t, "the buses run late", "Most voters", FB_SK_GROUP);
	said_by_kind(&t, "the sample was small", "authors", FB_SK_ANONYMOUS);
	const fb_attrib *x = said_by_kind(&t, "the deal was made", "book", FB_SK_DOCUMENT);
	assert_int_equal(x->cue_kind, FB_CK_DOCUMENT);
	assert_int_equal(speaker_of(&t, "the car was stolen"), -1);
	done(&t);
}

/* Transcript turns, a labelled headline, a cue with its quotation in the
 * next paragraph, a pull quote's name, and a headline's verb. */
static void test_turns_labels_pull_quotes(void **state)
{
	art t;
	run(&t, "Shelter Funding Cut Again, Mayor Quinn Says\n\n"
	        "HOST: What happens to the shelters in the winter months now?\n\n"
	        "QUINN: We keep them open. The state will have to answer for the rest.\n\n"
	        "Update: the segment aired on Sunday night at nine.\n\n"
	        "The Ledger reports:\n\n"
	        "\"The shelters lost a third of their beds since March.\"\n\n"
	        "\"I have slept in my car for a month.\" - Tessa Marr, Akron\n");
	said_by(&t, "Shelter Funding Cut Again", "Quinn");
	said_by(&t, "We keep them open", "Quinn");
	said_by(&t, "The state will have to answer", "Quinn");
	said_by(&t, "What happens to the shelters", "HOST");
	assert_int_equal(speaker_of(&t, "the segment aired"), -1);
	said_by(&t, "lost a third of their beds", "Ledger");
	said_by(&t, "slept in my car", "Tessa Marr");
	done(&t);
}

/* A transcript's label in capitals is a speaker's name: the person
 * registered by that surname, in any case, else a new person (never an
 * organisation, as a lone capitalised word that never follows a first
 * name would be). */
static void test_capital_label_is_a_person(void **state)
{
	art t;
	run(&t, "Rail fares to rise in May\n\n"
	        "Transport Secretary Dana Whitlock said on Monday that fares would rise in May.\n\n"
	        "WHITLOCK: We have no choice this year, and the board agrees with me.\n\n"
	        "OKAFOR: That is what you told this committee last spring as well.\n");
	said_by_kind(&t, "We have no choice", "Dana Whitlock", FB_SK_PERSON);
	said_by_kind(&t, "what you told this committee", "Okafor", FB_SK_PERSON);
	const fb_source *w = &t.a->src[src(&t, "Dana Whitlock")];
	assert_int_equal(w->nmentions, 2);
	done(&t);
}

/* The text of source si's mentions, each with a '|' after it. */
static void mention_texts(const art *t, int si, char *out, size_t n)
{
	const fb_source *x = &t->a->src[si];
	size_t o = 0;
	out[0] = 0;
	for (size_t i = 0; i < x->nmentions && o < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%.*s|", (int)(x->mentions[i].end - x->mentions[i].start),
		    t->d.buf + x->mentions[i].start);
}

/* A pronoun outside every cue is a mention of the source it stands for
 * ("she", "her" of a woman who spoke, "their" of plural people who
 * spoke); it makes no source and no claim, and a pronoun no source fits
 * is nobody's. */
static void test_pronouns_outside_cues_are_mentions(void **state)
{
	art t;
	run(&t, "Ferry route to close\n\n"
	        "Ines Korhonen, who runs the ferry company, said the winter route would close in November.\n\n"
	        "Korhonen did not say whether she would sell the second boat, and her office gave no figure.\n\n"
	        "Island farmers said the closure would cut them off.\n\n"
	        "Their cooperative has booked space on a cargo ship instead.\n");
	char m[512];
	mention_texts(&t, src(&t, "Ines Korhonen"), m, sizeof m);
	assert_string_equal(m, "Ines Korhonen|Korhonen|she|her|");
	mention_texts(&t, src(&t, "Island farmers"), m, sizeof m);
	assert_string_equal(m, "Island farmers|Their|");
	assert_int_equal(t.a->nsrc, 2);
	assert_int_equal(speaker_of(&t, "Their cooperative has booked"), -1);
	done(&t);
}

/* "The report said" means a document named earlier though it did not
 * speak there ("published a report"): one source, mentioned at both. */
static void test_document_named_before_it_speaks(void **state)
{
	art t;
	run(&t, "Bridge repairs overdue\n\n"
	        "The county roads office released a 40-page audit on Thursday after months of delay.\n\n"
	        "The audit said nine of the county's bridges needed urgent repairs.\n");
	const fb_attrib *x = said_by_kind(&t, "nine of the county", "audit", FB_SK_DOCUMENT);
	char m[256];
	mention_texts(&t, x->source, m, sizeof m);
	assert_string_equal(m, "40-page audit|audit|");
	done(&t);
}

/* An agent noun that is also an outlet's word ("Monitor", "Observer")
 * names an unnamed person in common nouns ("the election monitor"), and
 * "the monitor" then refers back to that one. */
static void test_agent_noun_that_is_an_outlet_word(void **state)
{
	art t;
	run(&t, "Count runs late\n\n"
	        "The election monitor said the count in the north had stopped twice overnight.\n\n"
	        "The monitor said the delays were not deliberate.\n\n"
	        "An independent observer said the ballot boxes arrived without seals.\n");
	said_by_kind(&t, "the count in the north", "election monitor", FB_SK_ANONYMOUS);
	said_by_kind(&t, "the ballot boxes arrived", "independent observer", FB_SK_ANONYMOUS);
	said_by_kind(&t, "the delays were not deliberate", "election monitor", FB_SK_ANONYMOUS);
	done(&t);
}

/* A transcript label that matches no one is named in the usual case. */
static void test_capital_label_named_in_usual_case(void **state)
{
	art t;
	run(&t, "Library hours\n\n"
	        "VANTERPOOL: The branch on Elm Street will stay open on Saturdays.\n\n"
	        "MARA DELACROIX: Only until the budget runs out in the spring.\n");
	said_by_kind(&t, "The branch on Elm Street", "Vanterpool", FB_SK_PERSON);
	said_by_kind(&t, "Only until the budget", "Mara Delacroix", FB_SK_PERSON);
	done(&t);
}

/* Outlet words: "newspaper" names news media as a common noun, so a
 * description with it is an outlet; "network" makes one only as the last
 * word of a capitalised name, and "the network" then refers back to it. */
static void test_outlet_word_in_a_name(void **state)
{
	art t;
	run(&t, "Power back by noon\n\n"
	        "The regional power network said supplies would return by noon.\n\n"
	        "According to the county newspaper, the school will stay shut.\n\n"
	        "Pacific Cable Network reported that the port was closed. The network said ships were waiting.\n\n"
	        "A post by a local angler said the pier had cracked.\n");
	said_by_kind(&t, "supplies would return", "regional power network", FB_SK_ORGANIZATION);
	said_by_kind(&t, "the school will stay shut", "county newspaper", FB_SK_OUTLET);
	said_by_kind(&t, "the port was closed", "Pacific Cable Network", FB_SK_OUTLET);
	said_by_kind(&t, "ships were waiting", "Pacific Cable Network", FB_SK_OUTLET);
	said_by_kind(&t, "the pier had cracked", "post", FB_SK_DOCUMENT);
	done(&t);
}

/* A headline's source named by a title alone ("..., Governor Says") is
 * the person the body names with that title, speaker or not, in any form
 * ("the governor, X", "Transport Minister X" for "Minister"); with no
 * such person it stays the unnamed one. */
static void test_headline_title_is_the_person(void **state)
{
	art t;
	run(&t, "Bridge Tolls Must Rise, Governor Says\n\n"
	        "The toll plan reached the assembly on Monday. \"Drivers will pay a dollar more,\" the governor, "
	        "Lena Marsh, said.\n");
	const fb_attrib *x = said_by_kind(&t, "Bridge Tolls Must Rise", "Lena Marsh", FB_SK_PERSON);
	assert_false(x->flags & FB_CF_ANONYMOUS);
	said_by(&t, "Drivers will pay", "Lena Marsh");
	assert_int_equal(t.a->src[src(&t, "Lena Marsh")].nmentions, 2);
	done(&t);
	run(&t, "Ferry Service Will Resume, Minister Says\n\n"
	        "Transport Minister Idris Kaya visited the harbour on Friday. Crews were repairing the dock.\n");
	said_by_kind(&t, "Ferry Service Will Resume", "Idris Kaya", FB_SK_PERSON);
	assert_int_equal(t.a->nsrc, 1);
	done(&t);
	run(&t, "Clinic Hours Cut, Mayor Says\n\n"
	        "The clinic will close at noon on Saturdays. Gov. Paul Enders said the state would help.\n");
	said_by_kind(&t, "Clinic Hours Cut", "Mayor", FB_SK_ANONYMOUS);
	said_by(&t, "the state would help", "Paul Enders");
	done(&t);
}

/* A description by title is the person whose role fits it, the title cut
 * short too ("Sen." for "the senator"). */
static void test_description_by_short_title(void **state)
{
	art t;
	run(&t, "Farm bill\n\n"
	        "Sen. Mara Quill told dairy farmers in Dayton that prices would recover. The senator said the bill would pass.\n");
	said_by_kind(&t, "the bill would pass", "Mara Quill", FB_SK_PERSON);
	done(&t);
}

/* Mentions: the name a pronoun was resolved to, and the person's name
 * elsewhere, possessive too (without its "'s"), are mentions; a person who
 * never speaks gets no source. */
static void test_mentions_of_antecedents_and_names(void **state)
{
	art t;
	run(&t, "Bakery reopens\n\n"
	        "Tom Becker owns a bakery on Elm Street. \"Bread sales doubled this spring,\" he said.\n\n"
	        "Becker's ovens are new. Lisa Crane, who lives next door, buys rye from Becker every week.\n");
	int b = src(&t, "Tom Becker");
	assert_int_equal(t.a->nsrc, 1);
	const fb_source *s = &t.a->src[b];
	assert_int_equal(s->nmentions, 4);
	const char *want[] = { "Tom Becker", "he", "Becker", "Becker" };
	for (size_t i = 0; i < 4; i++) {
		size_t n = s->mentions[i].end - s->mentions[i].start;
		assert_int_equal(n, strlen(want[i]));
		assert_memory_equal(t.d.buf + s->mentions[i].start, want[i], n);
	}
	for (size_t i = 1; i < 4; i++)
		assert_true(s->mentions[i - 1].end <= s->mentions[i].start);
	done(&t);
}

/* Descriptions by role and kind: "the senator" is the person last named
 * with that title, speaker or not; "the book" the document named before
 * with that word; "the campaign" the campaign named before; "they" the
 * plural people the sentence before opens with. */
static void test_descriptions_by_role_and_kind(void **state)
{
	art t;
	run(&t, "Frost hits orchards\n\n"
	        "Sen. Ada Brook toured the frozen orchards on Tuesday. The senator said aid would arrive within a week.\n\n"
	        "A short book by Lou Tamm says small farms cannot survive another frost. "
	        "The book argues that insurance costs too much.\n\n"
	        "Orchard growers met county inspectors on Monday. They said the frost had ruined half the crop.\n\n"
	        "Brook's campaign said she would return in May. The campaign said she had raised money for the growers.\n");
	said_by_kind(&t, "aid would arrive", "Ada Brook", FB_SK_PERSON);
	said_by_kind(&t, "insurance costs too much", "short book", FB_SK_DOCUMENT);
	said_by(&t, "the frost had ruined half the crop", "Orchard growers");
	said_by_kind(&t, "she had raised money", "Brook's campaign", FB_SK_ORGANIZATION);
	done(&t);
}

/* Appositions: "of ..." after the name, two roles joined by "and", a
 * description with "and" in it, and "X for the Council, says". */
static void test_apposition_forms(void **state)
{
	art t;
	run(&t, "Dairy prices fall\n\n"
	        "Senior analyst Jo Park, of the state's budget office, said \"the gap is real.\"\n\n"
	        "Ed Kim, director of the lab, and chair of the board, said the data were clear.\n\n"
	        "Rita Voss for the Dairy Council of Ohio, says farmers are worried.\n\n"
	        "Nell Ames, a teacher and former union steward, has claimed the school hid the report.\n\n"
	        "Her rival, former fire chief Hal Okoro, said the station would close.\n\n"
	        "Lena Fox, 54, said the plant should stay open.\n\n"
	        "The senator from Texas said the vote was close.\n");
	said_by(&t, "the gap is real", "Jo Park");
	said_by(&t, "the data were clear", "Ed Kim");
	said_by(&t, "farmers are worried", "Rita Voss");
	said_by(&t, "the school hid the report", "Nell Ames");
	said_by(&t, "the station would close", "Hal Okoro");
	said_by(&t, "the plant should stay open", "Lena Fox");
	said_by_kind(&t, "the vote was close", "senator", FB_SK_ANONYMOUS);
	done(&t);
}

/* Noun cues: "X's claim that ...", "her view that ...". */
static void test_noun_cues(void **state)
{
	art t;
	run(&t, "Tax fight\n\n"
	        "Senator Ivy Crane said the tax was unfair.\n\n"
	        "Crane's claim that the tax was illegal drew scorn. Her view that the courts would agree is not shared.\n\n"
	        "The plan is a claim on the future.\n");
	const fb_attrib *x = said_by(&t, "the tax was illegal", "Ivy Crane");
	assert_int_equal(x->cue_kind, FB_CK_SPEECH);
	x = said_by(&t, "the courts would agree", "Ivy Crane");
	assert_int_equal(x->cue_kind, FB_CK_BELIEF);
	assert_int_equal(speaker_of(&t, "a claim on the future"), -1);
	done(&t);
}

/* A time adjunct between subject and verb; a document made for or by
 * someone is the source, not its maker. */
static void test_time_adjuncts_and_documents(void **state)
{
	art t;
	run(&t, "Budget news\n\n"
	        "Governor Ann Reyes on Tuesday said the budget was balanced.\n\n"
	        "Senator Bo Lutz late Monday said he would vote no.\n\n"
	        "The White House on Friday called the report \"a distraction.\"\n\n"
	        "A survey for the Harbor Tribune last month found the race tied.\n\n"
	        "A study released Monday found that rents rose.\n\n"
	        "Reyes declined to say whether she would run again. Some donors want a new face.\n");
	said_by(&t, "the budget was balanced", "Ann Reyes");
	said_by(&t, "he would vote no", "Bo Lutz");
	said_by(&t, "a distraction", "White House");
	said_by_kind(&t, "the race tied", "survey", FB_SK_DOCUMENT);
	said_by_kind(&t, "rents rose", "study", FB_SK_DOCUMENT);
	assert_true(said_by(&t, "she would run again", "Ann Reyes")->flags & FB_CF_NEGATED);
	said_by(&t, "a new face", "Some donors");
	done(&t);
}

/* A headline without articles: "Local woman says ..."; the same words in
 * the body need their article. */
static void test_headline_without_articles(void **state)
{
	art t;
	run(&t, "Local woman says mayor lied about budget\n\n"
	        "Local woman says nothing in the body without an article.\n");
	said_by_kind(&t, "mayor lied about budget", "Local woman", FB_SK_ANONYMOUS);
	assert_int_equal(speaker_of(&t, "nothing in the body"), -1);
	done(&t);
}

/* "Her campaign said": the body of the person last named, and "the
 * campaign" after it is the same source. */
static void test_possessive_bodies(void **state)
{
	art t;
	run(&t, "Ad war\n\n"
	        "Senator Mia Holt said the bill was dead.\n\n"
	        "Her campaign said the ad was false. The campaign also said it would sue.\n");
	said_by_kind(&t, "the ad was false", "Mia Holt's campaign", FB_SK_ORGANIZATION);
	said_by(&t, "it would sue", "Mia Holt's campaign");
	done(&t);
}

/* "In his view, ...": an opening phrase of views.txt gives the clause after
 * its comma to the one it names; a pronoun resolves as "he" would. */
static void test_opening_view_phrases(void **state)
{
	art t;
	run(&t, "Council splits over ferry contract\n\n"
	        "Councillor Ruth Okafor said she would vote against the contract.\n\n"
	        "In her view, the ferry company had broken its promises twice.\n\n"
	        "Deputy mayor Sam Whitlow said the contract was fair.\n\n"
	        "In Whitlow's opinion, the vote should wait until spring.\n\n"
	        "In Ruth Okafor's words, the company should pay for the delays.\n\n"
	        "In the past, the ferry ran twice a day.\n");
	const fb_attrib *x = said_by(&t, "the ferry company had broken", "Ruth Okafor");
	assert_int_equal(x->cue_kind, FB_CK_BELIEF);
	said_by(&t, "the vote should wait", "Sam Whitlow");
	x = said_by(&t, "the company should pay", "Ruth Okafor");
	assert_int_equal(x->cue_kind, FB_CK_SPEECH);
	size_t s, e, si = where(&t, "the ferry ran twice", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
	/* no one named before: the pronoun gives nothing */
	run(&t, "In his view, the plan is sound.\n");
	si = where(&t, "the plan is sound", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
}

/* "Republicans in the legislature have vowed ...": a group or unnamed head
 * with a phrase of where it sits is the subject; a named body after a
 * preposition alone is not ("the vote in the council" says nothing). */
static void test_subject_with_prepositional_phrase(void **state)
{
	art t;
	run(&t, "Map fight moves to court\n\n"
	        "Democrats in the state senate have vowed to challenge the new district lines.\n\n"
	        "Officials at the county clerk's office said the ballots would be printed next week.\n\n"
	        "The debate in the chamber lasted four hours.\n");
	said_by(&t, "to challenge the new district lines", "Democrats in the state senate");
	said_by(&t, "the ballots would be printed", "Officials at the county clerk's office");
	size_t s, e, si = where(&t, "lasted four hours", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
}

/* --compare: a pronoun at the start of a report names no one of an earlier
 * report, while the same name in two reports stays one source. */
static void test_compare_pronouns_stay_in_their_report(void **state)
{
	const char *ra = "Ferry deal agreed\n\nSenator Mark Ellison said the ferry deal would pass.\n\n"
	                 "He added that the vote was close.\n";
	const char *rb = "Ferry deal in doubt\n\nHe said the ferry plan was flawed.\n\n"
	                 "Senator Mark Ellison told reporters the vote would be held on Friday.\n";
	fb_doc rep[2];
	char err[256], warn[256];
	memset(rep, 0, sizeof rep);
	assert_int_equal(fb_doc_load(&rep[0], "a.txt", ra, strlen(ra), NULL, err, sizeof err, warn, sizeof warn), 0);
	assert_int_equal(fb_doc_load(&rep[1], "b.txt", rb, strlen(rb), NULL, err, sizeof err, warn, sizeof warn), 0);
	art t;
	memset(&t, 0, sizeof t);
	fb_doc_join(sg, rep, 2, NULL, &t.d);
	fb_doc_free(&rep[0]);
	fb_doc_free(&rep[1]);
	assert_int_equal(t.d.nrep, 2);
	t.a = fb_attribute(at, &t.d);
	said_by(&t, "the ferry deal would pass", "Mark Ellison");
	int ellison = src(&t, "Mark Ellison");
	assert_int_equal(speaker_of(&t, "the vote was close"), ellison);
	/* before the fix the pronoun named the senator of the first report */
	assert_int_equal(speaker_of(&t, "the ferry plan was flawed"), -1);
	assert_int_equal(speaker_of(&t, "the vote would be held on Friday"), ellison);
	done(&t);
}

/* A headline's capitalised verb in its middle, with its pattern: "Senate
 * Republicans Vow To Block ..."; a verb without what its pattern needs
 * ("Plans New Hearing") or a verb outside the lexicon is no cue. */
static void test_headline_verb_in_the_middle(void **state)
{
	art t;
	run(&t, "Senate Republicans Vow To Block Spending Bill\n\nThe bill passed the House on Friday.\n");
	said_by(&t, "Block Spending Bill", "Senate Republicans");
	done(&t);
	run(&t, "City Council Plans New Budget Hearing\n\nThe hearing is on Monday.\n");
	size_t s, e, si = where(&t, "New Budget Hearing", &s, &e);
	assert_int_equal(fb_attribution_at(t.a, si, s, e), -1);
	done(&t);
}

/* A second verb after "and"/"but" shares the subject of the verb cue
 * before it and is a cue of its own; "declined to comment" claims nothing;
 * a passive after "and" is no cue. (issue 15) */
static void test_shared_subject_verbs(void **state)
{
	art t;
	run(&t, "Housing vote\n\n"
	        "The city council condemned the evictions and pledged to find the families new homes.\n\n"
	        "Mayor Ann Lee declined to comment on the lawsuit but said the city would appeal.\n\n"
	        "Senator Ruth Ames criticized the ruling but did not say that she would appeal.\n\n"
	        "\"We will not back down,\" Governor Tom Ruiz said and added that the vote would go ahead.\n\n"
	        "The towers will cost $40 million, the housing agency said, and are expected to open in May.\n\n"
	        "The treasurer declined to comment.\n");
	const fb_attrib *x = said_by(&t, "to find the families new homes", "city council");
	assert_int_equal(x->cue_kind, FB_CK_INTENTION);
	assert_true(x->cue_start > (size_t)(strstr(t.d.buf, "condemned") - t.d.buf)); /* its own cue */
	x = said_by(&t, "the evictions", "city council");
	assert_int_equal(x->cue_kind, FB_CK_STANCE);
	x = said_by(&t, "the city would appeal", "Ann Lee");
	assert_int_equal(x->cue_kind, FB_CK_SPEECH);
	assert_false(x->flags & FB_CF_NEGATED); /* "declined to comment" is no cue */
	x = said_by(&t, "she would appeal", "Ruth Ames");
	assert_true(x->flags & FB_CF_NEGATED);
	said_by(&t, "We will not back down", "Tom Ruiz");
	x = said_by(&t, "the vote would go ahead", "Tom Ruiz");
	assert_true(x->cue_start > (size_t)(strstr(t.d.buf, "Ruiz said") - t.d.buf));
	size_t pas = (size_t)(strstr(t.d.buf, "are expected") - t.d.buf);
	for (size_t i = 0; i < t.a->nattr; i++) /* a passive after "and" is no cue */
		assert_false(t.a->attr[i].cue_start >= pas && t.a->attr[i].cue_start < pas + 12);
	assert_int_equal(speaker_of(&t, "The treasurer declined"), -1);
	done(&t);
}

/* Opening phrases with "by": "By one estimate, ..." (an unnamed estimate,
 * an anonymous source), "By one estimate from X, ..." (X), "By her
 * count, ..." (the pronoun's person); "By Friday, ..." is no cue. "In a
 * statement" and "in an interview" go with the clause's speaker. (issue 15) */
static void test_by_estimate_openers(void **state)
{
	art t;
	run(&t, "Costs climb\n\n"
	        "By one estimate, the repairs will cost $3 million.\n\n"
	        "By one estimate from the Tax Policy Center, the cut would cost $90 billion.\n\n"
	        "Governor Ann Reyes said the budget was tight. By her count, the state has lost 400 jobs.\n\n"
	        "By Friday, the vote had been held.\n\n"
	        "Lee, in an interview with the Daily Star, said the deal was dead.\n\n"
	        "In a statement, the union said it would strike.\n");
	const fb_attrib *x = said_by_kind(&t, "the repairs will cost", "one estimate", FB_SK_ANONYMOUS);
	assert_int_equal(x->cue_kind, FB_CK_BELIEF);
	said_by(&t, "the cut would cost", "Tax Policy Center");
	said_by(&t, "the state has lost 400 jobs", "Ann Reyes");
	assert_int_equal(speaker_of(&t, "the vote had been held"), -1);
	said_by(&t, "the deal was dead", "Lee");
	said_by(&t, "it would strike", "union");
	done(&t);
}

/* A lone surname seen before as a name's last word, as a sentence's
 * subject, is whom a "he" in it means ("Reyes spent the day in Erie,
 * where he ..."), not the last speaker. (issue 15) */
static void test_surname_topic(void **state)
{
	art t;
	run(&t, "Race tightens\n\n"
	        "Senator Tom Reyes leads Ann Kowalski by two points.\n\n"
	        "Kowalski said the race was close.\n\n"
	        "Reyes spent the day in Erie, where he accused his rival of dodging debates.\n");
	said_by(&t, "his rival of dodging debates", "Reyes");
	done(&t);
}

/* A document "of" something is the source, not what it is of; a group or
 * unnamed head "of" something speaks ("critics of the plan say"). (issue 15) */
static void test_document_and_group_of(void **state)
{
	art t;
	run(&t, "Traffic report\n\n"
	        "An analysis of its own traffic figures concluded that the site had lost readers.\n\n"
	        "A survey of 800 likely voters found that the race was tied.\n\n"
	        "The Secretary of State said the talks would resume.\n\n"
	        "Supporters of the bill said it would pass.\n");
	said_by_kind(&t, "the site had lost readers", "analysis", FB_SK_DOCUMENT);
	said_by_kind(&t, "the race was tied", "survey", FB_SK_DOCUMENT);
	said_by(&t, "the talks would resume", "Secretary of State");
	said_by(&t, "it would pass", "Supporters of the bill");
	done(&t);
}

/* An open question after a verb ("announced where ...") and a verb of
 * clauses with only a time after it and nothing before ("are expected
 * next month") are no cues; "explained how ...", "asked whether ..." and
 * "..., the union said Friday." still are. (issue 15) */
static void test_open_questions_and_bare_times(void **state)
{
	art t;
	run(&t, "Shuttles\n\n"
	        "NASA announced where the shuttles will be displayed.\n\n"
	        "The minister explained how the files were lost.\n\n"
	        "The first results are expected next month.\n\n"
	        "The agency expected next month.\n\n"
	        "Officials asked whether the vote could be delayed.\n\n"
	        "The jobs will be gone by May, the union said Friday.\n");
	assert_int_equal(speaker_of(&t, "the shuttles will be displayed"), -1);
	said_by(&t, "the files were lost", "minister");
	assert_int_equal(speaker_of(&t, "The first results"), -1);
	assert_int_equal(speaker_of(&t, "The agency expected"), -1);
	said_by(&t, "the vote could be delayed", "Officials");
	said_by(&t, "The jobs will be gone", "union");
	done(&t);
}

/* A party tag before a relative clause is skipped for the name; a
 * participle after a dateline's sentence has the sentence's subject, not
 * the dateline; a cue after what it reports owns the sentence and the
 * verb cue inside it is folded. (issue 15) */
static void test_tags_datelines_outer_cues(void **state)
{
	art t;
	run(&t, "Map struck down\n\n"
	        "RALEIGH - The panel struck down the map on Thursday, ruling that lawmakers had erred.\n\n"
	        "Sen. Martha Quill, R-Ohio, who chairs the committee, predicted that Ohio would decide the race.\n\n"
	        "Democrats privately worry that the senator has been slow to answer, two party strategists said.\n");
	said_by_kind(&t, "lawmakers had erred", "panel", FB_SK_ORGANIZATION);
	said_by(&t, "Ohio would decide the race", "Martha Quill");
	const fb_attrib *x = said_by(&t, "the senator has been slow", "two party strategists");
	assert_true(x->flags & FB_CF_ANONYMOUS);
	for (size_t i = 0; i < t.a->nattr; i++) /* "worry" is inside what the aides said */
		assert_false(t.a->attr[i].source >= 0 && !strcmp(t.a->src[t.a->attr[i].source].name, "Democrats"));
	done(&t);
}

/* Plural unnamed heads "for" someone speak ("Lawyers for the city told
 * the court"), a spokesman for someone still names whom he speaks for; a
 * group with where it sits after "as" ("... as Republicans in the House
 * refused"); an apposition with a relative clause; "told supporters in
 * Dayton, Ohio." after a quotation takes the quotation. (issue 15) */
static void test_heads_for_and_relative_appositions(void **state)
{
	art t;
	run(&t, "Map\n\n"
	        "Lawyers for the city told the court that the lines were fair.\n\n"
	        "The budget stalled as Republicans in the House refused to take up the plan.\n\n"
	        "County clerk Amir Haddad said the count was done.\n\n"
	        "State Representative Glen Moody, a Republican who represents part of the county, said he supported the recall.\n\n"
	        "\"We will win,\" Calder told supporters in Dayton, Ohio.\n");
	said_by(&t, "the lines were fair", "Lawyers for the city");
	said_by(&t, "to take up the plan", "Republicans in the House");
	said_by(&t, "he supported the recall", "Glen Moody");
	said_by(&t, "We will win", "Calder");
	done(&t);
}

/* "X did something and said ...": a speech verb after "and" with no cue
 * before it in the sentence has the sentence's opening subject; not after
 * a passive, not when "and" starts a clause with a subject of its own, not
 * inside what an earlier cue reports. (issue 15) */
static void test_opening_subject_and_said(void **state)
{
	art t;
	run(&t, "Race\n\n"
	        "Governor Tom Estes won four states on Tuesday and said he would stay in the race.\n\n"
	        "The storm hit the coast on Monday and officials said five people died.\n\n"
	        "Voters were asked to send their views and say what the flag should mean.\n\n"
	        "Senator Ann Lee told reporters that the aide had left the office and said nothing.\n");
	said_by(&t, "he would stay in the race", "Tom Estes");
	said_by(&t, "five people died", "officials");
	assert_int_equal(speaker_of(&t, "what the flag should mean"), -1);
	const fb_attrib *x = said_by(&t, "said nothing", "Ann Lee"); /* Lee's "told", not a cue of its own */
	assert_true(x->cue_start < (size_t)(strstr(t.d.buf, "told") - t.d.buf) + 4);
	done(&t);
}

/* A document head with what it is on or in ("Posts on the message board
 * said", "Articles in medical journals have described ..."); a
 * professional title before a name after "according to" ("according to
 * curator Elaine Gustafon"). (issue 15) */
static void test_document_heads_and_titles(void **state)
{
	art t;
	run(&t, "Museum\n\n"
	        "Posts on the message board said the site was down.\n\n"
	        "Articles in medical journals have described the remedy as useless.\n\n"
	        "The museum drew 11,000 visitors, according to curator Elaine Gustafon.\n");
	said_by_kind(&t, "the site was down", "Posts on the message board", FB_SK_DOCUMENT);
	said_by_kind(&t, "the remedy as useless", "Articles in medical journals", FB_SK_DOCUMENT);
	said_by_kind(&t, "The museum drew", "Elaine Gustafon", FB_SK_PERSON);
	done(&t);
}

/* "X issued a statement ..." and the quotation after it (in the sentence
 * after a colon, or opening right after it), or "a statement saying ...";
 * a statement with nothing after it is no cue. A party noun heads an
 * apposition ("Jim Cole, Republican from Ohio, said"). (issue 15) */
static void test_issued_statements_and_party_nouns(void **state)
{
	art t;
	run(&t, "Shuttle\n\n"
	        "Senator Ann Cole, Republican from Texas, issued a statement regarding the choice of sites. \"I am disappointed with the decision.\"\n\n"
	        "The union released a statement: \"We will strike on Monday.\"\n\n"
	        "The company issued a statement on Friday.\n\n"
	        "The mayor issued a statement saying the city would appeal.\n\n"
	        "Senator Jim Ruiz, Democrat of Ohio, said the choice was wrong.\n");
	said_by(&t, "I am disappointed with the decision", "Ann Cole");
	said_by(&t, "We will strike on Monday", "union");
	assert_int_equal(speaker_of(&t, "The company issued"), -1);
	said_by(&t, "the city would appeal", "mayor");
	said_by(&t, "the choice was wrong", "Jim Ruiz");
	done(&t);
}

/* A quotation opening a sentence with no cue, after a sentence of the
 * same paragraph with one, is the outer speaker's; a question put to the
 * speaker ("Asked whether he would ..., X said") holds no cue. (issue 15) */
static void test_next_quote_and_asked(void **state)
{
	art t;
	run(&t, "Talks\n\n"
	        "\"We are going to keep the government open,\" Speaker Mike Dorsey told reporters. \"That is the job.\"\n\n"
	        "Asked whether he would support a full-year bill, Senator Ray Ortiz said, \"It depends on what is in it.\"\n");
	said_by(&t, "That is the job", "Mike Dorsey");
	said_by(&t, "It depends on what is in it", "Ray Ortiz");
	size_t q = (size_t)(strstr(t.d.buf, "he would support") - t.d.buf);
	for (size_t i = 0; i < t.a->nattr; i++)
		assert_false(t.a->attr[i].cue_start == q);
	done(&t);
}

/* A stance verb after an apposition's comma has its subject before it
 * ("The governor, a former judge, endorsed Porter"): it does not invert
 * like ", said X". (issue 15) */
static void test_stance_verbs_do_not_invert(void **state)
{
	art t;
	run(&t, "Race\n\n"
	        "The governor, a former judge, endorsed Cal Porter last week.\n\n"
	        "\"We will win,\" said Cal Porter.\n");
	said_by(&t, "Cal Porter last week", "governor");
	said_by(&t, "We will win", "Cal Porter");
	done(&t);
}

/* ", calling it ..." (and other verbs whose pattern names what they report
 * after an object) is a participle for the clause's subject; "Gov." is a
 * title; a pronoun opening what a cue reports is its speaker when it
 * agrees ("Democrats in the Senate say they will push ..."). (issue 15) */
static void test_stance_participles_and_own_pronouns(void **state)
{
	art t;
	run(&t, "Budget\n\n"
	        "The state teachers union urged lawmakers to go further.\n\n"
	        "Gov. Ellen Marsh signed the budget on Friday, calling it \"a plan that puts families first.\"\n\n"
	        "Democrats in the Senate say they will push for more money for child care.\n");
	said_by(&t, "a plan that puts families first", "Ellen Marsh");
	said_by(&t, "they will push for more money", "Democrats in the Senate");
	const fb_attrib *x = over(&t, "more money for child care");
	assert_string_equal(t.a->src[x->source].name, "Democrats in the Senate");
	done(&t);
}

/* Tags before an apposition, a quotation before "said dryly as ...",
 * unnamed bodies ("a commission of ...", "a commission"), possessive
 * bodies and documents, open questions and passives after an opener. */
static void test_tags_quotes_bodies_and_passives(void **state)
{
	art t;
	run(&t, "Hearing\n\n"
	        "Sen. Maria Ostrander, D-Minn., the panel's ranking member, said the hearing was a sham.\n\n"
	        "\"That ship has sailed,\" Ostrander said dryly as she left the chamber.\n\n"
	        "A commission of county school superintendents wrote on Monday that the permits were void.\n\n"
	        "A commission said on Tuesday that rents had doubled since 2019.\n\n"
	        "Rep. Tom Alvarez toured the depot. His campaign office said the visit was planned in May.\n\n"
	        "Buses ran late on 40 days, according to the county's own logs.\n\n"
	        "The three mayors have not said whether they support the merger.\n\n"
	        "At a briefing, Sen. Gail Norquist, R-Ohio, was asked whether the votes were there.\n");
	said_by(&t, "the hearing was a sham", "Maria Ostrander");
	const fb_attrib *x = said_by(&t, "That ship has sailed", "Maria Ostrander");
	size_t s, e;
	where(&t, "as she left the chamber", &s, &e);
	assert_true(x->end <= s); /* what follows the verb is not what was said */
	said_by(&t, "the permits were void", "commission of county school superintendents");
	said_by(&t, "rents had doubled since 2019", "commission");
	x = over(&t, "the visit was planned in May");
	assert_int_equal(t.a->src[x->source].kind, FB_SK_ORGANIZATION);
	assert_non_null(strstr(t.a->src[x->source].name, "campaign office"));
	said_by_kind(&t, "Buses ran late on 40 days", "county's own logs", FB_SK_DOCUMENT);
	assert_true(over(&t, "they support the merger")->flags & FB_CF_NEGATED);
	assert_int_equal(speaker_of(&t, "whether the votes were there"), -1);
	done(&t);
}

/* Plural heads of unnamed speakers ("party leaders"), a statement and
 * the participle of a listed verb after it ("released a statement
 * accusing ..."), and a cue nested in what an outer cue reports. */
static void test_leaders_statement_participles_nested(void **state)
{
	art t;
	run(&t, "Race\n\n"
	        "Gov. Dana Pruett spoke on Monday.\n\n"
	        "Democratic leaders have urged Pruett to veto the bill.\n\n"
	        "The Ellis campaign released a statement accusing Pruett of \"hiding the bill.\"\n\n"
	        "Her office issued a statement regarding the veto of the bill on Friday.\n\n"
	        "Rep. Omar Sleet said in an interview that the caucus believed the veto would hold.\n");
	said_by(&t, "Pruett to veto the bill", "Democratic leaders");
	const fb_attrib *x = over(&t, "hiding the bill");
	assert_int_equal(x->cue_kind, FB_CK_STANCE);
	assert_int_equal(speaker_of(&t, "the veto of the bill on Friday"), -1);
	x = said_by(&t, "the veto would hold", "Omar Sleet");
	assert_int_equal(x->nsources, 1); /* the caucus is what Sleet speaks of */
	done(&t);
}

/* A reader's quotation signed with a horizontal bar, a relative clause
 * after a party tag, and "with X calling ..." after a clause. */
static void test_bar_signature_tagged_relative_with_phrase(void **state)
{
	art t;
	run(&t, "Letters\n\n"
	        "Sen. Paul Ridley, R-Kan., who in 2018 said the levy was \"a relic,\" voted for it on Monday.\n\n"
	        "The House passed the levy on a party-line vote, with Democratic leaders calling it a gift to refiners.\n\n"
	        "Readers wrote in.\n\n"
	        "\"The levy paid for our new bridge and nobody thanked it.\" \u2015 Carol Imhoff, Salina, Kan.\n");
	said_by(&t, "the levy was", "Paul Ridley");
	said_by(&t, "a gift to refiners", "Democratic leaders");
	said_by(&t, "The levy paid for our new bridge", "Carol Imhoff");
	done(&t);
}

/* A possessor inside a phrase after "according to": "the county
 * treasurer's office", not "the county". */
static void test_possessor_inside_according_to(void **state)
{
	art t;
	run(&t, "Levy\n\n"
	        "The fund will run dry by June, according to the county treasurer's office.\n\n"
	        "According to the city auditor's report, overtime doubled in 2023.\n");
	said_by_kind(&t, "The fund will run dry by June", "county treasurer's office", FB_SK_ORGANIZATION);
	said_by(&t, "overtime doubled in 2023", "city auditor's report");
	done(&t);
}

/* Whether source s has role r. */
static int has_role(const fb_source *s, const char *r)
{
	for (size_t i = 0; i < s->nroles; i++)
		if (!strcmp(s->roles[i], r))
			return 1;
	return 0;
}

/* Whether any stretch is attributed to a source named who. */
static int any_by(const art *t, const char *who)
{
	for (size_t i = 0; i < t->a->nattr; i++)
		if (t->a->attr[i].source >= 0 && !strcmp(t->a->src[t->a->attr[i].source].name, who))
			return 1;
	return 0;
}

/* A description that opens the sentence before a titled name between
 * commas is the name's role, and the name speaks; the outer cue owns its
 * sentence, so the stance verbs inside what it reports are not cues of
 * their own; "one of ..." between commas; not a time phrase ("The next
 * day, ..."). (issue 15) */
static void test_description_before_name(void **state)
{
	art t;
	run(&t, "Vote\n\n"
	        "The panel's senior Republican, Sen. Gordon Pike (R-Utah), defended the tariff.\n\n"
	        "A spokeswoman for the Treasury, Mirela Santos, said the secretary backs the plan but wants a delay.\n\n"
	        "But the governor's budget director, Alan Fisk, told reporters the deficit had doubled.\n\n"
	        "Councilman Otto Brand, one of three votes against the levy, said the schools would cope.\n\n"
	        "The next day, Nina Park said the count was final.\n");
	const fb_attrib *x = said_by(&t, "the tariff", "Gordon Pike");
	assert_true(has_role(&t.a->src[x->source], "The panel's senior Republican"));
	x = said_by(&t, "the secretary backs the plan", "Mirela Santos");
	assert_true(has_role(&t.a->src[x->source], "A spokeswoman for the Treasury"));
	said_by(&t, "but wants a delay", "Mirela Santos");
	assert_false(any_by(&t, "secretary"));
	x = said_by(&t, "the deficit had doubled", "Alan Fisk");
	assert_true(has_role(&t.a->src[x->source], "the governor's budget director"));
	x = said_by(&t, "the schools would cope", "Otto Brand");
	assert_true(has_role(&t.a->src[x->source], "one of three votes against the levy"));
	x = said_by(&t, "the count was final", "Nina Park");
	assert_int_equal(t.a->src[x->source].nroles, 0);
	done(&t);
}

/* Plural nouns of people or bodies (people.txt, from WordNet) with their
 * modifiers speak ("Environmental groups", "farm lobbyists", "civil rights
 * groups", "associations on the east side"), past an aside ("however");
 * a participle after them shares the subject; an "-ed" verb is no
 * modifier ("The decision angered farmers, who said"). (issue 15) */
static void test_plural_people_heads(void **state)
{
	art t;
	run(&t, "Dam\n\n"
	        "Environmental groups praised the ruling.\n\n"
	        "But dairy lobbyists urged senators to drop the water rule, saying it would ruin small farms.\n\n"
	        "Civil rights groups, however, applauded the decision.\n\n"
	        "Tenant associations on the north side opposed the plan.\n\n"
	        "The decision angered ranchers, who said it came too late.\n");
	said_by_kind(&t, "the ruling", "Environmental groups", FB_SK_ANONYMOUS);
	said_by(&t, "senators to drop the water rule", "dairy lobbyists");
	said_by(&t, "it would ruin small farms", "dairy lobbyists");
	said_by(&t, "the decision", "Civil rights groups");
	said_by(&t, "the plan", "Tenant associations on the north side");
	said_by(&t, "it came too late", "ranchers");
	done(&t);
}

/* "a spokeswoman for Speaker X", "a spokesman for the mayor": the unnamed
 * spokesperson speaks, not the person named (nor the place: "a
 * spokeswoman for the airport"); "a spokesman for the agency" speaks as
 * the agency. A body with what it is ("a state appeals
 * panel") rules; "said last month that" reports what follows "that".
 * (issue 15) */
static void test_spokesperson_for_person(void **state)
{
	art t;
	run(&t, "Court\n\n"
	        "A spokeswoman for Speaker Ruth Alder said the vote would wait.\n\n"
	        "A spokesman for the mayor said the budget was balanced.\n\n"
	        "A spokesman for the agency said the review was over.\n\n"
	        "A spokeswoman for the airport said flights would resume.\n\n"
	        "A state appeals panel on Friday struck down the ban, ruling that the county had no power to pass it.\n\n"
	        "Alder said last month that the bill needed work.\n");
	said_by_kind(&t, "the vote would wait", "spokeswoman for Speaker Ruth Alder", FB_SK_ANONYMOUS);
	said_by_kind(&t, "the budget was balanced", "spokesman for the mayor", FB_SK_ANONYMOUS);
	said_by_kind(&t, "the review was over", "agency", FB_SK_ORGANIZATION);
	said_by_kind(&t, "flights would resume", "spokeswoman for the airport", FB_SK_ANONYMOUS);
	said_by_kind(&t, "the county had no power", "state appeals panel", FB_SK_ORGANIZATION);
	said_by(&t, "the bill needed work", "Alder");
	done(&t);
}

/* A description opened by a name's possessive before the name between
 * commas ("Vance's sister, Ada Vance, said"), and two names joined by
 * "and" between commas after the ones who speak ("Two nurses, Mia Cole
 * and Ravi Shah, said"). (issue 15) */
static void test_possessive_lead_and_named_pair(void **state)
{
	art t;
	run(&t, "Clinic\n\n"
	        "Vance's sister, Ada Vance, urged the board to reopen the clinic.\n\n"
	        "Two nurses, Mia Cole and Ravi Shah, said the ward had been short of staff for months.\n");
	said_by(&t, "the board to reopen the clinic", "Ada Vance");
	said_by(&t, "the ward had been short", "Two nurses");
	done(&t);
}

/* A by-phrase after a participle is inside the subject: the people or
 * body that opens the clause, before its "of", speaks, not the agent of
 * the participle ("The family of a teenager struck by a delivery van
 * said"). (issue 15) */
static void test_of_phrase_with_participle_agent(void **state)
{
	art t;
	run(&t, "Crash\n\n"
	        "The family of a teenager struck by a police officer said the crossing had no lights.\n\n"
	        "The union of nurses dismissed by the hospital said the cuts were unlawful.\n");
	said_by(&t, "the crossing had no lights", "family");
	said_by(&t, "the cuts were unlawful", "union");
	done(&t);
}

/* A reporting verb last in its sentence after a main clause and a comma
 * reports that clause, whatever its pattern ("..., the audit concludes.",
 * "..., Rivera suggested on Monday."); a clause opened by a preposition
 * or subordinator is no content ("After the vote, the talks continued."),
 * and a headline's "..., Audit Finds" is read the same way. (issue 15) */
static void test_final_verb_after_clause(void **state)
{
	art t;
	run(&t, "Ferry Fares Will Double by Spring, Audit Finds\n\n"
	        "The harbour fund will run dry within a decade, the audit concludes.\n\n"
	        "The fare rise could be phased in, Rivera suggested on Monday.\n\n"
	        "After the vote, the talks continued.\n");
	said_by(&t, "Ferry Fares Will Double", "Audit");
	said_by(&t, "The harbour fund will run dry", "audit");
	said_by(&t, "The fare rise could be phased in", "Rivera");
	assert_int_equal(speaker_of(&t, "the talks continued"), -1);
	done(&t);
}

/* "he" and "she" never mean a person of the other gender (by a title, a
 * pronoun used before, or a first name of first-names.txt, from Text::Names):
 * then the person last named with that gender in the sentence before; a
 * titled subject is whom the next sentence's pronoun means. (issue 15) */
static void test_pronoun_gender_and_subject(void **state)
{
	art t;
	run(&t, "Budget\n\n"
	        "Sen. Joan Price said the bill was dead. Gov. Victor Hale signed it on Friday anyway. "
	        "He added that it would take effect in May.\n\n"
	        "Mayor Donald Ruiz met Karen Bloom on Monday. She said the meeting went well.\n\n"
	        "Rep. Maria Chen called the plan flawed. Steven Ortiz disagreed. \"We need it now,\" he said.\n");
	said_by(&t, "it would take effect in May", "Victor Hale");
	said_by(&t, "the meeting went well", "Karen Bloom");
	said_by(&t, "We need it now", "Steven Ortiz");
	done(&t);
}

/* Headline verbs after a one-word capitalised subject they agree with
 * ("Mayor Vows to Fight On"); a noun after a verb is none ("Senators Rip
 * Plan to Cut Aid"). (issue 15) */
static void test_headline_short_subject(void **state)
{
	art t;
	run(&t, "Ruling Voids Rent Cap; Mayor Vows to Fight On\n\nThe ruling came on Monday.\n");
	said_by(&t, "to Fight On", "Mayor");
	done(&t);
	run(&t, "Farm Senators Rip Plan to Cut Aid\n\nThe plan came on Monday.\n");
	for (size_t i = 0; i < t.a->nattr; i++)
		if (t.a->attr[i].source >= 0)
			assert_null(strstr(t.a->src[t.a->attr[i].source].name, "Rip"));
	done(&t);
}

/* ", said X" after an apposition of a subject before it is that subject's
 * ("A senior official, speaking on condition of anonymity, said aides
 * had met" is not the aides'); "the official" is the unnamed official last
 * named; after a cue of no clause, "and" opens a clause whose subject
 * speaks ("called it 'a surrender,' and several groups threatened to ...").
 * (issue 15) */
static void test_inversion_after_apposition(void **state)
{
	art t;
	run(&t, "Talks\n\n"
	        "A senior State Department official, speaking on condition of anonymity, said aides from both sides had met twice.\n\n"
	        "The official described the mood as \"tense but polite.\"\n\n"
	        "The Tax Alliance called the offer \"a trap,\" and several groups vowed to fight it.\n");
	said_by_kind(&t, "aides from both sides had met twice", "senior State Department official", FB_SK_ANONYMOUS);
	said_by(&t, "tense but polite", "senior State Department official");
	said_by(&t, "to fight it", "several groups");
	done(&t);
}

/* A speech verb whose pattern is a clause takes a gerund ("recommended
 * merging the two clinics"); a headline's "Say" after a one-word
 * subject with a clause after it ("..., Nurses Say Cuts Are Unsafe").
 * (issue 15) */
static void test_gerund_and_headline_say(void **state)
{
	art t;
	run(&t, "Clinics Close Early, Nurses Say Cuts Are Unsafe\n\n"
	        "Director Ellen Shaw recommended merging the two clinics into one.\n");
	said_by(&t, "Cuts Are Unsafe", "Nurses");
	said_by(&t, "merging the two clinics", "Ellen Shaw");
	done(&t);
}

/* "posted on social media that ...": a clause verb past a prepositional
 * phrase; a document before a relative "that" speaks ("an ad on Saturday
 * that claims ..."); a first name alone between commas after a
 * description ("His wife, Carol, said"); "it" opening what people said is
 * theirs to report, not the last organisation's. (issue 15) */
static void test_relative_that_and_posted(void **state)
{
	art t;
	run(&t, "Race\n\n"
	        "Sen. Paul Grant posted on social media that the count was rigged.\n\n"
	        "His party aired a mailer on Friday that claims the mayor raised fees.\n\n"
	        "Paul Grant voted early. His wife, Denise, said she was still undecided.\n\n"
	        "The Ridge Institute found the plan too costly. Two aides said it showed a tie.\n");
	said_by(&t, "the count was rigged", "Paul Grant");
	said_by_kind(&t, "the mayor raised fees", "mailer", FB_SK_DOCUMENT);
	said_by(&t, "she was still undecided", "Denise");
	said_by(&t, "it showed a tie", "Two aides");
	assert_false(any_by(&t, "Ridge Institute") && speaker_of(&t, "showed a tie") == src(&t, "Ridge Institute"));
	done(&t);
}

/* "they" means the plural people named in the sentence before when no
 * plural source spoke ("met with farm lobbyists. They said"), or when they
 * open that sentence ("Republicans on the committee blocked it. They
 * argued"); a pronoun right after a noun opens a relative clause, no cue
 * ("the very show they had wanted to see"). (issue 15) */
static void test_they_plural_phrases(void **state)
{
	art t;
	run(&t, "Farm\n\n"
	        "Sen. Ann Voss met with dairy lobbyists on Monday. They said the rule would hurt growers.\n\n"
	        "Officials said the road was closed. Democrats on the panel blocked the plan. They argued that it cost too much.\n\n"
	        "Fans became part of the very show they had wanted to see.\n");
	said_by(&t, "the rule would hurt growers", "dairy lobbyists");
	said_by(&t, "it cost too much", "Democrats on the panel");
	assert_int_equal(speaker_of(&t, "wanted to see"), -1);
	done(&t);
}

/* "called the bill cruel": an object and an adjective last fit "call";
 * "cheered the vote" is a stance. (issue 15) */
static void test_called_adjective_cheered(void **state)
{
	art t;
	run(&t, "Vote\n\n"
	        "Tenant groups called the ruling unfair.\n\n"
	        "Border-state Republicans cheered the vote.\n\n"
	        "The clerk called the roll early.\n");
	said_by(&t, "the ruling unfair", "Tenant groups");
	said_by(&t, "the vote", "Border-state Republicans");
	assert_int_equal(speaker_of(&t, "the roll early"), -1);
	done(&t);
}

/* A titled name with where the person is from ("Sen. Jack Morrow of
 * Arizona", "Professor Alan Whitby of Emory University") is the person,
 * with the title and the place or institution as roles; the surname
 * later is the same person. (issue 15) */
static void test_titled_name_of_place(void **state)
{
	art t;
	run(&t, "Bill\n\n"
	        "Sen. Jack Morrow of Arizona said the bill was dead.\n\n"
	        "Senate Minority Leader Frank Delaney of Kentucky said the vote would wait.\n\n"
	        "Professor Alan Whitby of Emory University said the ruling was narrow. Whitby said the court could act soon.\n");
	const fb_attrib *x = said_by_kind(&t, "the bill was dead", "Jack Morrow", FB_SK_PERSON);
	assert_true(has_role(&t.a->src[x->source], "Arizona"));
	x = said_by_kind(&t, "the ruling was narrow", "Alan Whitby", FB_SK_PERSON);
	assert_true(has_role(&t.a->src[x->source], "Emory University"));
	said_by(&t, "the court could act soon", "Alan Whitby");
	x = said_by(&t, "the vote would wait", "Frank Delaney");
	assert_true(has_role(&t.a->src[x->source], "Senate Minority Leader"));
	done(&t);
}

/* A relative clause with no comma between the subject and the cue
 * ("Volunteers who staffed the polls said"): the noun phrase before
 * "who" speaks, not a noun inside the clause; a pronoun before "who" or
 * a phrase inside another clause does not. (issue 15) */
static void test_relative_clause_subject(void **state)
{
	art t;
	run(&t, "Polls\n\n"
	        "Volunteers who staffed the polls in Dayton said the lines were short.\n\n"
	        "Farmers who sell at the Saturday market argue that the fee is too high.\n\n"
	        "Agencies that inspect the dams warned the spillway was cracked.\n\n"
	        "Ruth Aldana who runs the shelter said beds were full.\n\n"
	        "Those who queued overnight said the doors opened late.\n\n"
	        "The man who found the ballots said the box was unlocked.\n");
	said_by(&t, "the lines were short", "Volunteers");
	said_by(&t, "the doors opened late", "Those who queued overnight");
	said_by(&t, "the box was unlocked", "man");
	said_by(&t, "the fee is too high", "Farmers");
	said_by(&t, "the spillway was cracked", "Agencies");
	said_by(&t, "beds were full", "Ruth Aldana");
	assert_false(any_by(&t, "Dayton"));
	assert_false(any_by(&t, "Saturday market"));
	done(&t);
}

/* A plural possessive before the head ("Pilots' unions", "the growers'
 * cooperatives") is part of the source's name. (issue 15) */
static void test_plural_possessive_source(void **state)
{
	art t;
	run(&t, "Strike\n\n"
	        "Pilots' unions urged the airline to reopen talks.\n\n"
	        "The growers' cooperatives said prices would fall.\n");
	said_by(&t, "the airline to reopen talks", "Pilots' unions");
	said_by(&t, "prices would fall", "growers' cooperatives");
	done(&t);
}

/* A cue that closes its sentence after a comma ("..., her press
 * secretary said.") owns the sentence, even when what it reports opens
 * with a cue of its own ("He hopes to ...", "She expects ..."). (issue 15) */
static void test_outer_cue_owns_sentence(void **state)
{
	art t;
	run(&t, "Hearing\n\n"
	        "Rep. Omar Lindgren spoke at the fair on Sunday. He hopes to hold hearings on the dam in May, his press secretary said.\n\n"
	        "Judge Carla Benning left early. She expects the trial to last a month, a court clerk said on Friday.\n");
	const fb_attrib *x = over(&t, "to hold hearings on the dam");
	assert_true(x->source >= 0);
	assert_string_not_equal(t.a->src[x->source].name, "Omar Lindgren");
	x = said_by(&t, "the trial to last a month", "court clerk");
	done(&t);
}

/* A negated speech cue with an open question after it ("would not say
 * whether", "declined to say when", "hasn't disclosed how") keeps its
 * claim, flagged negated; "declined to comment" and a negated cue of
 * knowing ("did not know why") report nothing. (issue 15) */
static void test_negated_open_question(void **state)
{
	art t;
	run(&t, "Merger\n\n"
	        "Gloria Fenwick would not say whether the bank would cut jobs.\n\n"
	        "Her deputy, Tomas Rook, declined to say when the deal would close.\n\n"
	        "Rook declined to comment.\n\n"
	        "Ivan Palmer did not know why the shares fell.\n\n"
	        "Fenwick refused to say how many branches would close.\n");
	const fb_attrib *x = said_by(&t, "the bank would cut jobs", "Gloria Fenwick");
	assert_true(x->flags & FB_CF_NEGATED);
	x = said_by(&t, "the deal would close", "Tomas Rook");
	assert_true(x->flags & FB_CF_NEGATED);
	assert_int_equal(speaker_of(&t, "Rook declined to comment"), -1);
	assert_int_equal(speaker_of(&t, "the shares fell"), -1);
	x = said_by(&t, "many branches would close", "Gloria Fenwick");
	assert_true(x->flags & FB_CF_NEGATED);
	done(&t);
}

/* Verbs of intention that also take what is wanted as an object
 * ("threatened a strike", "sought a recount"; pattern to/NP), not a
 * thing endangered ("threatened the harbor") or a person ("threatened
 * him"); "warn of" takes a noun phrase ("warned of higher fares"). (issue 15) */
static void test_intention_object_warn_of(void **state)
{
	art t;
	run(&t, "Transit Chief Warns of Fare Rise\n\n"
	        "The drivers' union threatened a strike over the new rosters.\n\n"
	        "Sen. Mira Castellano sought a recount in three counties.\n\n"
	        "Dispatchers warned of longer waits at night.\n\n"
	        "The flood threatened the harbor. Guards threatened him with arrest.\n");
	said_by(&t, "a strike over the new rosters", "drivers' union");
	said_by(&t, "a recount in three counties", "Mira Castellano");
	said_by(&t, "longer waits at night", "Dispatchers");
	assert_int_equal(speaker_of(&t, "the harbor"), -1);
	assert_int_equal(speaker_of(&t, "him with arrest"), -1);
	done(&t);
}

/* forecast, project, predict, estimate and expect report a clause or put
 * a figure on something ("now forecasts sales of $4 billion", "had
 * expected 31 cents"); with no figure and no clause they are no cue.
 * "push"/"pressure" NP to VP ask for something. (issue 15) */
static void test_forecast_figures_and_pressure(void **state)
{
	art t;
	run(&t, "Outlook\n\n"
	        "The weather office forecast that the reservoir would fill by May.\n\n"
	        "Tandem Motors forecasts annual revenue of $9 billion.\n\n"
	        "Economists project that hiring will slow.\n\n"
	        "Brokers had expected 52 cents a share.\n\n"
	        "Shareholders pushed the board to replace its chair. Donors pressured the college to drop the fee.\n\n"
	        "The museum expected in 2027 a new wing. The project that began in March would cost more.\n");
	said_by(&t, "the reservoir would fill by May", "weather office");
	said_by(&t, "annual revenue of $9 billion", "Tandem Motors");
	said_by(&t, "hiring will slow", "Economists");
	said_by(&t, "52 cents a share", "Brokers");
	said_by(&t, "the board to replace its chair", "Shareholders");
	said_by(&t, "the college to drop the fee", "Donors");
	assert_int_equal(speaker_of(&t, "a new wing"), -1);
	assert_int_equal(speaker_of(&t, "would cost more"), -1);
	done(&t);
}

/* An adverb or adverbial phrase between a subject and its verb
 * (adverbs.txt: "nevertheless", "now", "on average") leaves the subject
 * where it was. (issue 15) */
static void test_adverb_between_subject_and_cue(void **state)
{
	art t;
	run(&t, "Dispute\n\n"
	        "Nadia Ferreira nevertheless insisted that the audit was fair.\n\n"
	        "The carrier now predicts that fares will fall.\n\n"
	        "Forecasters on average had expected a mild winter.\n\n"
	        "Coach Dale Amis nonetheless conceded that the defence was slow.\n");
	said_by(&t, "the audit was fair", "Nadia Ferreira");
	said_by(&t, "fares will fall", "carrier");
	said_by(&t, "the defence was slow", "Dale Amis");
	const fb_attrib *a = over(&t, "a mild winter");
	assert_true(a->source >= 0);
	assert_string_equal(t.a->src[a->source].name, "Forecasters");
	done(&t);
}

/* A plural of people before "who said" speaks wherever it stands ("drew
 * objections from four pilots who said ..."); a description with its
 * relative clause before a name between commas is the name's role ("A
 * nurse who treated the victims, Ada Kim, said", "One shopper, who gave
 * only her first name, Lena, said"); a quantifier standing for people
 * ("others", "many") speaks, also after a semicolon. (issue 15) */
static void test_who_said_relative_roles_and_others(void **state)
{
	art t;
	run(&t, "Hearing\n\n"
	        "The rule drew objections from four pilots who said the runway was too short.\n\n"
	        "A nurse who treated the victims at the clinic, Ada Kim, said the wards were full.\n\n"
	        "One shopper, who gave only her first name, Lena, said the shelves were empty.\n\n"
	        "Some tenants liked the new lifts; others said the rent was too high.\n\n"
	        "The board met on Monday, and many told it that the fee was unfair.\n");
	said_by(&t, "the runway was too short", "four pilots");
	said_by(&t, "the wards were full", "Ada Kim");
	said_by(&t, "the shelves were empty", "Lena");
	said_by(&t, "the rent was too high", "others");
	said_by(&t, "the fee was unfair", "many");
	done(&t);
}

/* A figure's thousands comma sets off no relative clause ("The survey,
 * which reached 12,500 homes, found"); an inquiry, review or audit is a
 * document, also with what it is into. (issue 15) */
static void test_figure_commas_and_inquiries(void **state)
{
	art t;
	run(&t, "Findings\n\n"
	        "The census, which reached 12,500 homes across the valley, found that rents had doubled.\n\n"
	        "A federal inquiry into the outage concluded that the relay had failed.\n\n"
	        "The audit showed that the fund had lost money.\n");
	said_by(&t, "rents had doubled", "census");
	said_by(&t, "the relay had failed", "federal inquiry into the outage");
	said_by(&t, "the fund had lost money", "audit");
	done(&t);
}

/* show, indicate, suggest, reveal take a noun phrase after a document
 * subject ("Polls show a similar split"), not a particle ("show up").
 * (issue 15) */
static void test_documents_show_a_phrase(void **state)
{
	art t;
	run(&t, "Turnout\n\n"
	        "Polls show a narrow lead for the mayor.\n\n"
	        "Surveys of farmers suggest broad support for the levy.\n\n"
	        "The county's records reveal a sharp drop in permits.\n\n"
	        "The figures show up late every quarter.\n");
	said_by(&t, "a narrow lead for the mayor", "Polls");
	said_by(&t, "broad support for the levy", "Surveys of farmers");
	said_by(&t, "a sharp drop in permits", "county's records");
	assert_int_equal(speaker_of(&t, "up late every quarter"), -1);
	done(&t);
}

/* "In the words of one X, NAME: '...'", "according to a Y, NAME, ...":
 * the name after the description speaks, and the quotation after the
 * colon is what was said. (issue 15) */
static void test_prep_cue_description_then_name(void **state)
{
	art t;
	run(&t, "Flood\n\n"
	        "In the words of one farmer, Tomas Herrera: \"The water came up in an hour.\"\n\n"
	        "According to a local guide, Ines Vidal, the trail had been closed for weeks.\n");
	said_by(&t, "The water came up in an hour.", "Tomas Herrera");
	said_by(&t, "the trail had been closed", "Ines Vidal");
	done(&t);
}

/* A headline's capitalised verb of an object after a one-word subject,
 * before a capitalised word or a word in single quotation marks ("... as
 * Coach Praises 'Fearless' Defence"); not before a particle. (issue 15) */
static void test_headline_object_verbs(void **state)
{
	art t;
	run(&t, "Town Holds Vote as Mayor Hails 'Historic' Turnout\n\n"
	        "Voters queued for hours.\n");
	said_by(&t, "Historic' Turnout", "Mayor");
	done(&t);
	run(&t, "Harbour Reopens as Pilot Criticises Dredging Plan\n\n"
	        "Ships returned on Monday.\n");
	said_by(&t, "Dredging Plan", "Pilot");
	done(&t);
	run(&t, "Ferry Firm Backs Down on Fares\n\n"
	        "Fares will stay the same.\n");
	assert_int_equal(speaker_of(&t, "Down on Fares"), -1);
	done(&t);
}

/* A cue verb after "and" shares the subject of a cue whose clause has a
 * thing for its subject ("wrote that the vaccine was safe and called for
 * ..."); ", finding that ...", ", showing that ..." is what the subject
 * before found. (issue 15) */
static void test_share_after_thing_clause_and_finding(void **state)
{
	art t;
	run(&t, "Trial\n\n"
	        "The researchers wrote that the vaccine was safe and called for a wider rollout.\n\n"
	        "The state commission cleared the merger, finding that prices would not rise.\n\n"
	        "The review backed the coach, showing that the tackle was legal.\n");
	said_by(&t, "a wider rollout", "researchers");
	said_by(&t, "prices would not rise", "state commission");
	said_by(&t, "the tackle was legal", "review");
	done(&t);
}

/* Whether the attribution over needle names the source who among its
 * sources. */
static int names_source(const art *t, const char *needle, const char *who)
{
	const fb_attrib *x = over(t, needle);
	for (size_t i = 0; i < x->nsources; i++)
		if (!strcmp(t->a->src[x->sources[i]].name, who))
			return 1;
	return 0;
}

/* Subjects coordinated before a verb cue all speak ("The mayor and the
 * board said", "Lena Ostrova and John Vos said": two people, not one
 * name of four words); "Neither X nor Y would say" is negated; a
 * company name with "and" stays one ("Marks and Spencer"); an "and"
 * that joins clauses adds no one. (issue 15) */
static void test_coordinated_subjects(void **state)
{
	art t;
	run(&t, "Dredging\n\n"
	        "The mayor and the harbour board said the work would take a year.\n\n"
	        "Lena Ostrova and John Vos said the plan was late.\n\n"
	        "Neither the mayor nor the board would say how long the delay would last.\n\n"
	        "Marks and Spencer said sales had risen.\n\n"
	        "The ships waited for days and officials said the channel was too shallow.\n");
	assert_true(names_source(&t, "the work would take a year", "mayor"));
	assert_true(names_source(&t, "the work would take a year", "harbour board"));
	assert_true(names_source(&t, "the plan was late", "Lena Ostrova"));
	assert_true(names_source(&t, "the plan was late", "John Vos"));
	for (size_t i = 0; i < t.a->nsrc; i++)
		assert_null(strstr(t.a->src[i].name, " and John"));
	const fb_attrib *x = over(&t, "how long the delay would last");
	assert_true(x->flags & FB_CF_NEGATED);
	assert_true(names_source(&t, "how long the delay would last", "mayor"));
	said_by(&t, "sales had risen", "Marks and Spencer");
	said_by(&t, "the channel was too shallow", "officials");
	assert_int_equal(over(&t, "the channel was too shallow")->nsources, 1);
	done(&t);
}

/* Minutes, estimates, forecasts and bulletins are documents that can be a
 * source; "told the Berliner Zeitung" names an outlet, the via. (issue 15) */
static void test_minutes_and_foreign_outlets(void **state)
{
	art t;
	run(&t, "Budget\n\n"
	        "The plan will cost $40 million, according to minutes of the meeting.\n\n"
	        "The minutes showed that two members opposed the plan.\n\n"
	        "Lena Ostrova told the Berliner Zeitung that work would start in March.\n");
	said_by_kind(&t, "The plan will cost", "minutes", FB_SK_DOCUMENT);
	said_by(&t, "two members opposed", "minutes");
	const fb_attrib *x = said_by(&t, "work would start in March", "Lena Ostrova");
	assert_true(x->via >= 0);
	assert_int_equal(t.a->src[x->via].kind, FB_SK_OUTLET);
	done(&t);
}

/* A plural subject with a phrase after its head agrees with a verb in
 * the present ("Shop owners on the quay say"); an adverb after the helper
 * ("has just told"); a name with the body it is of between commas ("A
 * union representative, Carla Brennan of Local 18, says"). (issue 15) */
static void test_present_subjects_and_name_of_body(void **state)
{
	art t;
	run(&t, "Quay\n\n"
	        "Shop owners on the north quay say their takings have halved.\n\n"
	        "The harbour master has just told the board that the channel is too shallow.\n\n"
	        "A port representative, Maria Santos of Dockworkers Local 4, says the project would create jobs.\n");
	said_by(&t, "their takings have halved", "Shop owners on the north quay");
	said_by(&t, "the channel is too shallow", "harbour master");
	said_by(&t, "the project would create jobs", "Maria Santos");
	done(&t);
}

/* A body's common noun before a name describes it, and the name speaks
 * ("rights group Amnesty International said"); a description running to
 * nine words before its "who" in an apposition. */
static void test_body_noun_before_name(void **state)
{
	art t;
	run(&t, "Dam report questioned\n\n"
	        "Conservation group Riverkeep said the dam report ignored the fish ladders.\n\n"
	        "On Monday, the state broadcaster Radio Vella said the report had been delayed twice.\n\n"
	        "Ines Varga, a hydrologist at the Northern Water Institute who reviewed the report for the ministry, "
	        "said the figures were sound.\n");
	said_by(&t, "ignored the fish ladders", "Riverkeep");
	said_by(&t, "had been delayed twice", "Radio Vella");
	said_by(&t, "the figures were sound", "Ines Varga");
	done(&t);
	/* directives take V NP to VP: "ordered", "instructed", "requested" */
	run(&t, "Mill fire\n\n"
	        "The fire marshal ordered the owner to board up the mill.\n\n"
	        "The court instructed the county to publish the records.\n");
	said_by(&t, "the owner to board up the mill", "fire marshal");
	said_by(&t, "the county to publish the records", "court");
	done(&t);
}

/* A live blog's entry opens with its time: the sentence is read from
 * after the stamp, so its subject opens it as in any other sentence. */
static void test_live_blog_time_stamps(void **state)
{
	art t;
	run(&t, "Storm live\n\n"
	        "6:15 a.m.: Some tenants of Mill Row said the lifts had stopped.\n\n"
	        "7:40 p.m.: A spokeswoman for the tram company, Ines Varga, told reporters that two lines were shut.\n\n"
	        "21:05 - A few shop owners on Quay Street said the water reached their doors.\n");
	said_by(&t, "the lifts had stopped", "Some tenants of Mill Row");
	said_by(&t, "two lines were shut", "Ines Varga");
	said_by(&t, "the water reached their doors", "few shop owners on Quay Street");
	done(&t);
}

/* "according to a description, Its Name": a body or outlet word before
 * the comma, and the name after it, up to the sentence's end. */
static void test_according_to_description_then_name(void **state)
{
	art t;
	run(&t, "Floods\n\n"
	        "Two bridges were closed for a week, according to the county's only daily newspaper, The Marsh Courier.\n\n"
	        "The river rose faster than in 1998, according to a local monitoring group, River Watch.\n");
	said_by(&t, "Two bridges were closed", "Marsh Courier");
	said_by(&t, "The river rose faster", "River Watch");
	done(&t);
}

/* "question" (NP/wh): a thing or a question doubted is a cue, people
 * questioned are not; "attribute" (NP-cause): a cause given, after a
 * relative object too, but not the participle "a remark attributed to". */
static void test_question_and_attribute_verbs(void **state)
{
	art t;
	run(&t, "Mill\n\n"
	        "Some engineers questioned whether the new dam could hold. "
	        "A few traders questioned the quarterly figures.\n\n"
	        "Detectives questioned three men about the break-in. "
	        "The survey questioned 900 adults in May.\n\n"
	        "Output at the mill fell 9 percent, which Ortega attributed to a wet spring. "
	        "The board attributed the delay to a shortage of steel. "
	        "A remark attributed to Lincoln hangs in the hall.\n");
	said_by(&t, "whether the new dam could hold", "Some engineers");
	said_by(&t, "the quarterly figures", "few traders");
	assert_int_equal(speaker_of(&t, "three men about the break-in"), -1);
	assert_int_equal(speaker_of(&t, "900 adults in May"), -1);
	said_by(&t, "to a wet spring", "Ortega");
	said_by(&t, "the delay to a shortage of steel", "board");
	assert_int_equal(speaker_of(&t, "hangs in the hall"), -1);
	done(&t);
}

/* A share of people speaks as a group: "a third of nurses say", "nearly
 * two-thirds of tenants in the ... district say", "more than half of the
 * drivers said"; the verb agrees with the people after "of". */
static void test_shares_of_people_speak(void **state)
{
	art t;
	run(&t, "Wards\n\n"
	        "A third of nurses say the night shifts are too long.\n\n"
	        "Nearly two-thirds of tenants in the Orchard Lane district say the heating fails every winter.\n\n"
	        "More than half of the drivers said the new lanes were confusing.\n");
	said_by_kind(&t, "the night shifts are too long", "third of nurses", FB_SK_GROUP);
	said_by(&t, "the heating fails every winter", "Nearly two-thirds of tenants in the Orchard Lane district");
	said_by(&t, "the new lanes were confusing", "More than half of the drivers");
	done(&t);
}

/* "according to" a description: a body of two nouns and an organisation
 * word, an outlet described when none was named, and a count. */
static void test_according_to_descriptions(void **state)
{
	art t;
	run(&t, "Storm\n\n"
	        "The ferry will not sail until Friday, according to the regional harbour authority.\n\n"
	        "Some 300 homes lost their roofs, according to the local weekly newspaper.\n\n"
	        "At least 14 boats sank in the marina, according to a preliminary count by harbour staff.\n");
	said_by(&t, "The ferry will not sail", "regional harbour authority");
	said_by_kind(&t, "homes lost their roofs", "local weekly newspaper", FB_SK_OUTLET);
	said_by_kind(&t, "boats sank in the marina", "preliminary count", FB_SK_DOCUMENT);
	done(&t);
}

/* "according to a survey from X", "a report by X": the body named after
 * the document speaks through it; a body in common nouns is not added. */
static void test_document_from_named_body(void **state)
{
	art t;
	run(&t, "Poll\n\n"
	        "Most commuters want later trains, according to a new survey from the Pellam Institute.\n\n"
	        "The jail is overcrowded, according to a report by the state auditor.\n");
	const fb_attrib *x = over(&t, "Most commuters want later trains");
	int found = 0;
	for (size_t i = 0; i < x->nsources; i++)
		found |= !strcmp(t.a->src[x->sources[i]].name, "Pellam Institute");
	assert_true(found);
	said_by_kind(&t, "The jail is overcrowded", "report", FB_SK_DOCUMENT);
	done(&t);
}

/* A name's possessive stands where an article would before a modifier
 * and a title: "Dorvania's health minister said", "with Pellin's trade
 * envoy saying". */
static void test_possessive_before_modified_title(void **state)
{
	art t;
	run(&t, "Talks\n\n"
	        "Dorvania's health minister said the clinics would reopen in March.\n\n"
	        "The talks ended without a deal, with Pellin's trade envoy saying new tariffs would follow.\n");
	said_by(&t, "the clinics would reopen in March", "Dorvania's health minister");
	said_by(&t, "new tariffs would follow", "Pellin's trade envoy");
	done(&t);
}

/* A profile's "she" far from her last mention: a man named since ("Her
 * nephew, Rob, ... said") is no speaker for it, and the woman the article
 * is about, known by her pronoun, is. */
static void test_profile_pronoun_reaches_back(void **state)
{
	art t;
	run(&t, "Every evening, Rosalind Achterberg sweeps the floor of the cinema her father built. "
	        "She has done it, she says, for sixty years.\n\n"
	        "\"They keep asking when I will sell,\" Achterberg said.\n\n"
	        "The cinema seats about 200 people. Her nephew, Rob, who sells the tickets, said the "
	        "winter shows barely pay for the heating.\n\n"
	        "She insisted that she will never raise the ticket price. "
	        "\"If a child cannot come here, then what is the point?\" she asked.\n");
	said_by(&t, "the winter shows barely pay", "Rob");
	said_by(&t, "she will never raise the ticket price", "Rosalind Achterberg");
	said_by(&t, "what is the point", "Rosalind Achterberg");
	done(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_according_to),
		cmocka_unit_test(test_opening_view_phrases),
		cmocka_unit_test(test_subject_with_prepositional_phrase),
		cmocka_unit_test(test_compare_pronouns_stay_in_their_report),
		cmocka_unit_test(test_headline_verb_in_the_middle),
		cmocka_unit_test(test_said_forms_roles_aliases_pronouns),
		cmocka_unit_test(test_told_outlets),
		cmocka_unit_test(test_quote_over_paragraphs),
		cmocka_unit_test(test_speaker_before_quote_and_after),
		cmocka_unit_test(test_ambiguous_surname),
		cmocka_unit_test(test_roles_differ),
		cmocka_unit_test(test_organisations_hyphens_acronyms),
		cmocka_unit_test(test_hedges),
		cmocka_unit_test(test_descriptions_endorsements_saying),
		cmocka_unit_test(test_two_speakers_one_sentence),
		cmocka_unit_test(test_titles_appositions_and_relatives),
		cmocka_unit_test(test_plural_pronoun),
		cmocka_unit_test(test_sample_article_files),
		cmocka_unit_test(test_politics_file),
		cmocka_unit_test(test_pathological),
		cmocka_unit_test(test_endorsements_outlets),
		cmocka_unit_test(test_beliefs_and_descriptions),
		cmocka_unit_test(test_places_and_lone_names_are_organisations),
		cmocka_unit_test(test_long_description_before_name),
		cmocka_unit_test(test_quote_paragraph_after_speaker),
		cmocka_unit_test(test_pronoun_gender_and_mentions),
		cmocka_unit_test(test_campaign_and_foreign_files),
		cmocka_unit_test(test_descriptive_appositions),
		cmocka_unit_test(test_bare_orgs_participles_possessives),
		cmocka_unit_test(test_topic_person),
		cmocka_unit_test(test_close_to_and_quoted_as),
		cmocka_unit_test(test_estimates_and_passives),
		cmocka_unit_test(test_gender_from_own_pronoun),
		cmocka_unit_test(test_verb_lexicon_patterns_kinds),
		cmocka_unit_test(test_participles_and_quote_before),
		cmocka_unit_test(test_negated_and_passive),
		cmocka_unit_test(test_tags_relatives_pronouns),
		cmocka_unit_test(test_groups_and_descriptions),
		cmocka_unit_test(test_turns_labels_pull_quotes),
		cmocka_unit_test(test_capital_label_is_a_person),
		cmocka_unit_test(test_outlet_word_in_a_name),
		cmocka_unit_test(test_headline_title_is_the_person),
		cmocka_unit_test(test_description_by_short_title),
		cmocka_unit_test(test_mentions_of_antecedents_and_names),
		cmocka_unit_test(test_descriptions_by_role_and_kind),
		cmocka_unit_test(test_apposition_forms),
		cmocka_unit_test(test_noun_cues),
		cmocka_unit_test(test_time_adjuncts_and_documents),
		cmocka_unit_test(test_headline_without_articles),
		cmocka_unit_test(test_possessive_bodies),
		cmocka_unit_test(test_shared_subject_verbs),
		cmocka_unit_test(test_by_estimate_openers),
		cmocka_unit_test(test_surname_topic),
		cmocka_unit_test(test_document_and_group_of),
		cmocka_unit_test(test_open_questions_and_bare_times),
		cmocka_unit_test(test_tags_datelines_outer_cues),
		cmocka_unit_test(test_heads_for_and_relative_appositions),
		cmocka_unit_test(test_opening_subject_and_said),
		cmocka_unit_test(test_document_heads_and_titles),
		cmocka_unit_test(test_issued_statements_and_party_nouns),
		cmocka_unit_test(test_next_quote_and_asked),
		cmocka_unit_test(test_stance_verbs_do_not_invert),
		cmocka_unit_test(test_stance_participles_and_own_pronouns),
		cmocka_unit_test(test_tags_quotes_bodies_and_passives),
		cmocka_unit_test(test_leaders_statement_participles_nested),
		cmocka_unit_test(test_bar_signature_tagged_relative_with_phrase),
		cmocka_unit_test(test_possessor_inside_according_to),
		cmocka_unit_test(test_description_before_name),
		cmocka_unit_test(test_plural_people_heads),
		cmocka_unit_test(test_spokesperson_for_person),
		cmocka_unit_test(test_possessive_lead_and_named_pair),
		cmocka_unit_test(test_of_phrase_with_participle_agent),
		cmocka_unit_test(test_final_verb_after_clause),
		cmocka_unit_test(test_pronoun_gender_and_subject),
		cmocka_unit_test(test_headline_short_subject),
		cmocka_unit_test(test_inversion_after_apposition),
		cmocka_unit_test(test_gerund_and_headline_say),
		cmocka_unit_test(test_relative_that_and_posted),
		cmocka_unit_test(test_they_plural_phrases),
		cmocka_unit_test(test_called_adjective_cheered),
		cmocka_unit_test(test_titled_name_of_place),
		cmocka_unit_test(test_relative_clause_subject),
		cmocka_unit_test(test_plural_possessive_source),
		cmocka_unit_test(test_outer_cue_owns_sentence),
		cmocka_unit_test(test_negated_open_question),
		cmocka_unit_test(test_intention_object_warn_of),
		cmocka_unit_test(test_forecast_figures_and_pressure),
		cmocka_unit_test(test_adverb_between_subject_and_cue),
		cmocka_unit_test(test_who_said_relative_roles_and_others),
		cmocka_unit_test(test_figure_commas_and_inquiries),
		cmocka_unit_test(test_documents_show_a_phrase),
		cmocka_unit_test(test_prep_cue_description_then_name),
		cmocka_unit_test(test_headline_object_verbs),
		cmocka_unit_test(test_share_after_thing_clause_and_finding),
		cmocka_unit_test(test_coordinated_subjects),
		cmocka_unit_test(test_minutes_and_foreign_outlets),
		cmocka_unit_test(test_present_subjects_and_name_of_body),
		cmocka_unit_test(test_body_noun_before_name),
		cmocka_unit_test(test_profile_pronoun_reaches_back),
		cmocka_unit_test(test_live_blog_time_stamps),
		cmocka_unit_test(test_according_to_description_then_name),
		cmocka_unit_test(test_question_and_attribute_verbs),
		cmocka_unit_test(test_shares_of_people_speak),
		cmocka_unit_test(test_according_to_descriptions),
		cmocka_unit_test(test_document_from_named_body),
		cmocka_unit_test(test_possessive_before_modified_title),
		cmocka_unit_test(test_pronouns_outside_cues_are_mentions),
		cmocka_unit_test(test_document_named_before_it_speaks),
		cmocka_unit_test(test_agent_noun_that_is_an_outlet_word),
		cmocka_unit_test(test_capital_label_named_in_usual_case),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
