/* test_news.c - the comparator on the shapes of wire copy: datelines,
 * names used as modifiers, places that belong to another noun, passive
 * agents, a lede's count restated as a definite set. Sentences written for
 * these tests. */
#include "align_util.h"

/* A count in the lede is the story's whole set, not some of a definite
 * set named later from another verb: "The 1,400 volunteers were given"
 * restates "About 900 volunteers searched" (and a change is seen). */
static void test_lede_count_is_the_set(void **state)
{
	(void)state;
	const char *t = "Search for missing hiker widens\n"
	                "About 900 volunteers searched the Carrow hills on Sunday for a missing hiker, the sheriff said.\n"
	                "Dogs and two helicopters joined the search in the afternoon.\n"
	                "The 1,400 volunteers were given maps and radios by the county.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_true(paired(r->record, 2, 4, 0));
	fb_result_free(r);
	/* so too when the set is named later as the size of a group, far
	 * from the lede's figure */
	t = "Grass fire threatens Carrow\n"
	    "About 900 firefighters worked through the night as a grass fire spread toward Carrow, officials said.\n"
	    "Two helicopters dropped water on the ridge.\n"
	    "The 2,400 firefighters include crews from four counties.\n";
	r = analyze(t, strlen(t));
	assert_true(paired(r->record, 2, 4, 0));
	fb_result_free(r);
	/* not people only: what one trade lost is some of the month's jobs */
	t = "Hiring picks up in October\n"
	    "Employers added 187,000 jobs in October, the Labor Department said.\n"
	    "Health care added 52,000 jobs.\n"
	    "Manufacturers lost 9,000 jobs, the third monthly drop.\n"
	    "\"The 187,000 jobs number is solid,\" said Mara Lind, an economist at Orrin Bank.\n";
	r = analyze(t, strlen(t));
	assert_false(paired(r->record, 4, 5, 0));
	assert_false(paired(r->record, 3, 5, 0));
	fb_result_free(r);
	/* past the lede, a bare count of what some did stays a part */
	t = "Search for missing hiker widens\n"
	    "Volunteers searched the Carrow hills on Sunday for a missing hiker, the sheriff said.\n"
	    "Forty volunteers reached the ridge before dark.\n"
	    "The 1,400 volunteers came from six counties.\n";
	r = analyze(t, strlen(t));
	assert_false(paired(r->record, 3, 4, 0));
	fb_result_free(r);
}

/* What a sum pays for is a noun, never a preposition or a conjunction
 * after it ("a $12 million award against ...", "$2 million as ..."). */
static void test_money_head_skips_function_words(void **state)
{
	(void)state;
	const char *t = "Court upholds award against mill\n"
	                "The appeals court on Tuesday upheld a $12 million award against Corvane Mills over a dam failure.\n"
	                "Corvane raised $2 million as bonds last spring.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_scope *s = scope_at(r, "$12 million");
	assert_non_null(s->head);
	assert_string_equal(s->head, "award");
	s = scope_at(r, "$2 million");
	assert_true(!s->head || strcmp(s->head, "as") != 0);
	fb_result_free(r);
}

/* "used by 140 families": a passive verb's agents are counted, not a
 * margin; "won by 424 votes" stays a margin. */
static void test_passive_agents_are_counted(void **state)
{
	(void)state;
	const char *t = "Spill closes village wells\n"
	                "The county closed two wells on Monday that were used by 140 families in Orrin.\n"
	                "Tests had found solvents in the water in March.\n"
	                "The 410 families will get bottled water until a new line is built.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "140 families");
	assert_false(k->increment);
	assert_true(paired(r->record, 2, 4, 0));
	fb_result_free(r);
	t = "Police raid depot\n"
	    "A raid led by 40 officers closed the depot on Friday.\n";
	r = analyze(t, strlen(t));
	assert_false(claim_at(r, "40 officers")->increment);
	fb_result_free(r);
	t = "Mayor keeps seat\n"
	    "Mayor Ada Quill won by 424 votes on Tuesday.\n";
	r = analyze(t, strlen(t));
	assert_int_equal(scope_at(r, "424")->function, FB_QF_MARGIN);
	fb_result_free(r);
}

/* Names that hold nothing: a name used as a noun's modifier after an
 * article or possessive ("a Dorset County jury", "its Marra Creek plant"),
 * a name inside the clause's opening phrase ("In a dissent joined by
 * Justice Ames, ..."), and a dateline in capitals. */
static void test_names_that_hold_nothing(void **state)
{
	(void)state;
	const char *t = "Jury faults chemical maker\n"
	                "A Dorset County jury awarded $3 million to neighbours of the plant on Friday.\n"
	                "The company said its Marra Creek plant had served 75 families for decades.\n"
	                "In a dissent joined by Justice Ames, Justice Ruiz wrote that the $3 million award was too high.\n"
	                "BRELLO - The Tarn Party won 61 seats in Sunday's election, the commission said.\n"
	                "Crowds gathered in Brello on Sunday night.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_null(scope_at(r, "$3 million to")->holder);
	assert_null(scope_at(r, "75 families")->holder);
	const fb_scope *s = scope_at(r, "$3 million award");
	assert_true(!s->holder || strcmp(s->holder, "Ames") != 0);
	s = scope_at(r, "61 seats");
	assert_true(!s->holder || strcmp(s->holder, "BRELLO") != 0);
	assert_null(s->place); /* "in Sunday's election": when, not where */
	fb_result_free(r);
}

/* A place phrase after another plural noun is that noun's place
 * ("taken to hospitals in Varne"), not the counted people's. */
static void test_place_of_another_noun(void **state)
{
	(void)state;
	const char *t = "Bus overturns on pass\n"
	                "A bus overturned on the Ossel pass on Saturday, injuring 23 people.\n"
	                "The 23 injured were taken to hospitals in Varne and Lisk.\n"
	                "Nine people were killed in Lisk when a wall fell.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_null(scope_at(r, "23 injured")->place);
	assert_non_null(scope_at(r, "Nine")->place);
	fb_result_free(r);
}

/* "In the north, the party won 12 of the 30 seats": a count its clause's
 * opening phrase puts in one place is part of the story's total, not a
 * restatement of it. */
static void test_opening_place_is_a_part(void **state)
{
	(void)state;
	const char *t = "Tarn Party wins election\n"
	                "The Tarn Party won 61 seats in the 120-seat parliament on Sunday, the commission said.\n"
	                "Turnout was 64 percent.\n"
	                "The party's 61 seats were its most since 2004.\n"
	                "In the north, the party won 12 of the 30 seats.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_true(scope_at(r, "30 seats")->place_opens);
	assert_false(paired(r->record, 4, 5, 0));
	assert_true(grouped(r->record, 2, 4, "consistent"));
	fb_result_free(r);
}

/* A headline's verb after a plural subject has no -s ("Rebels kill 12
 * soldiers"): its listed past is the measure, as for "kills". */
static void test_headline_plural_verb(void **state)
{
	(void)state;
	const char *t = "Rebels kill 12 soldiers near Arvo\n"
	                "Rebels killed 12 soldiers in an ambush near Arvo on Tuesday, the army said.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "12 soldiers near");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "killed");
	assert_true(grouped(r->record, 1, 2, "consistent"));
	fb_result_free(r);
}

/* A headline's present is read through its past: an irregular one from
 * WordNet ("wins" -> "won"), a regular one the lede uses ("vetoes" ->
 * "vetoed"), a verb with its particle ("hauls in" -> raised); but a guess
 * the lede does not use stays no measure ("approves" when the lede says
 * "voted to build"), so it still meets the body's bare counts. */
static void test_headline_present_verbs(void **state)
{
	(void)state;
	const char *t = "Greens win 61 seats in Orrin vote\n"
	                "The Orrin Green Party won 61 seats in Sunday's election, the election board said.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "61 seats in Orrin");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "won");
	fb_result_free(r);
	t = "Mayor Lind vetoes 12 ordinances\n"
	    "Mayor Ana Lind vetoed 12 ordinances on Monday, her office said.\n";
	r = analyze(t, strlen(t));
	k = claim_at(r, "12 ordinances\n");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "vetoed");
	assert_true(grouped(r->record, 1, 2, "consistent"));
	fb_result_free(r);
	t = "Orrin hauls in $3.1 million for stadium\n"
	    "The city of Orrin raised $3.1 million from donors for its new stadium, the mayor said.\n";
	r = analyze(t, strlen(t));
	k = claim_at(r, "$3.1 million for");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "raised");
	assert_null(scope_at(r, "$3.1 million for")->time);
	fb_result_free(r);
	/* nor is "in 41 percent of patients" a time */
	t = "Pill shrinks tumors\n"
	    "An experimental pill shrank tumors in 41 percent of patients in a trial, the company said.\n";
	r = analyze(t, strlen(t));
	assert_null(scope_at(r, "41 percent")->time);
	fb_result_free(r);
	t = "Mill lays off 300 workers\n"
	    "Corvane Mills laid off 300 workers at its Orrin plant on Friday.\n";
	r = analyze(t, strlen(t));
	k = claim_at(r, "300 workers\n");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "laid-off");
	assert_true(grouped(r->record, 1, 2, "consistent"));
	fb_result_free(r);
	t = "Board approves 9 new clinics\n"
	    "The health board voted on Friday to build 9 new clinics across Orrin.\n"
	    "The plan that was approved also adds 40 nurses.\n";
	r = analyze(t, strlen(t));
	k = claim_at(r, "9 new clinics\n");
	assert_true(!k->measure || strcmp(k->measure, "approved") != 0);
	fb_result_free(r);
}

/* A title states its lede's number in its own words: it meets the
 * lede's one number of its kind and unit, or of several the one of its
 * value, and a title that misstates it is seen; of several with none of
 * its value, it meets none. */
static void test_title_meets_lede(void **state)
{
	(void)state;
	const char *t = "Storm dumps 9 inches of rain on Orrin Valley\n"
	                "A slow storm dropped as much as 9 inches of rain on the Orrin Valley over the weekend, officials said.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_true(grouped(r->record, 1, 2, "consistent"));
	fb_result_free(r);
	t = "Orrin budget hits record $2.1 billion\n"
	    "The Orrin city council approved a $2.4 billion budget on Monday, the largest in its history.\n";
	r = analyze(t, strlen(t));
	assert_true(paired(r->record, 1, 2, 0));
	fb_result_free(r);
	t = "Flooding forces 6,500 from homes in Orrin\n"
	    "Floods covered 1,800 homes in Orrin on Sunday and forced about 6,500 people to leave, officials said.\n";
	r = analyze(t, strlen(t));
	assert_true(grouped(r->record, 1, 2, "consistent"));
	assert_false(paired(r->record, 1, 2, 0));
	fb_result_free(r);
	t = "Orrin Mills to shed 300 workers\n"
	    "Orrin Mills will lay off 250 office staff and close a plant that employs 80, the company said.\n";
	r = analyze(t, strlen(t));
	assert_false(paired(r->record, 1, 2, 0));
	fb_result_free(r);
}

/* A definite sum named by its noun ("The $1.24 billion budget takes
 * effect") restates the earlier sum that noun names, even when the title
 * and the lede both name it: their mentions of one value are one sum. */
static void test_named_sum_said_twice(void **state)
{
	(void)state;
	const char *t = "Orrin council approves $1.42 billion budget\n"
	                "The Orrin City Council on Tuesday approved a $1.42 billion budget for the year that begins July 1.\n"
	                "The police department gets $312 million of it.\n"
	                "The $1.24 billion budget takes effect July 1.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_true(paired(r->record, 2, 4, 0) || paired(r->record, 1, 4, 0));
	fb_result_free(r);
	/* two budgets of different sums named before: none is restated */
	t = "Orrin council approves budget\n"
	    "The Orrin City Council on Tuesday approved a $1.42 billion budget, up from a $1.31 billion budget last year.\n"
	    "The police department gets $312 million of it.\n"
	    "The $1.24 billion budget takes effect July 1.\n";
	r = analyze(t, strlen(t));
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
}

/* "The 187 victims lost an average of $170,000": a verb with its object
 * after the noun is the sentence's own, no restriction of the set; a set
 * restricted after its noun ("the 30 or so victims in the gallery")
 * that no earlier mention backs is a part of it, never a restatement. */
static void test_verb_with_object_restricts_nothing(void **state)
{
	(void)state;
	const char *t = "Adviser gets 14 years\n"
	                "A former adviser who stole $38 million from 187 clients was sentenced on Thursday to 14 years in prison.\n"
	                "The 178 victims lost an average of $170,000 each.\n"
	                "He did not look at the 30 or so victims in the gallery.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_false(scope_at(r, "178 victims")->restricted);
	assert_true(paired(r->record, 2, 3, 0));
	assert_false(paired(r->record, 3, 4, 0));
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
}

/* An owner's count ("Halden's 1,250 stores") restates an earlier count
 * of the same owner ("Halden operates 1,520 stores"), and a misquote is
 * seen. */
static void test_owners_count(void **state)
{
	(void)state;
	const char *t;
	fb_result *r;
	t = "Halden Foods to buy Kesh Mart\n"
	    "Halden Foods Inc. agreed on Monday to buy the grocer Kesh Mart for $4.8 billion, the companies said.\n"
	    "Halden operates 1,520 stores and Kesh Mart 620, Halden said.\n"
	    "The deal needs the approval of regulators.\n"
	    "Halden's 1,250 stores are concentrated in cities.\n";
	r = analyze(t, strlen(t));
	assert_true(paired(r->record, 3, 5, 0));
	fb_result_free(r);
}

/* "Nine of my officers": the people of a speaker's own are counted as
 * what they are, and meet the officers killed, not the market's dead. */
static void test_own_people(void **state)
{
	(void)state;
	const char *t = "Bomb kills 14 at market\n"
	                "A bomber killed 14 people at a market in Varn on Saturday, and gunmen killed 9 officers at a post in Tesh, officials said.\n"
	                "The market was crowded with shoppers.\n"
	                "\"Nine of my officers are dead,\" the police chief said.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "Nine of my");
	assert_non_null(k->subject);
	assert_string_equal(k->subject, claim_at(r, "9 officers")->subject);
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
}

/* A sum restated by what it is for: "the $104 billion for water systems"
 * misquotes "$140 billion for water and sewer systems", named by the word
 * after the preposition and more plainly than by the title's compound
 * ("a $740 billion roads and water bill"). */
static void test_sum_named_by_its_object(void **state)
{
	(void)state;
	const char *t = "Senate passes $740 billion roads and water bill\n"
	                "The Senate on Thursday passed the bill, which now goes to the House.\n"
	                "It would provide $310 billion for highways, $140 billion for water and sewer systems and $95 billion for rail.\n"
	                "Mayors praised the vote.\n"
	                "Supporters said the $104 billion for water systems would replace old pipes.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_true(paired(r->record, 3, 5, 0));
	assert_false(paired(r->record, 1, 5, 0));
	fb_result_free(r);
}

/* A campaign's "haul" is what it raised (data/measures.tsv). */
static void test_haul_is_raised(void **state)
{
	(void)state;
	const char *t = "Navarro raises $4.2 million\n"
	                "Rep. Lucia Navarro raised $4.2 million in the third quarter, her campaign said.\n"
	                "The $4.2 million haul was the largest in the race.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "$4.2 million haul");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "raised");
	assert_true(grouped(r->record, 2, 3, "consistent"));
	fb_result_free(r);
}

/* "which had 240 beds ..., was treating more than 400 wounded": a count
 * with no noun takes an earlier noun only of the class its measure counts
 * (the wounded are people, not beds). */
static void test_antecedent_of_the_measures_class(void **state)
{
	(void)state;
	const char *t = "Hospital overflows in Sabrel\n"
	                "The main hospital in Sabrel, which had 240 beds before the fighting, was treating more than 400 wounded, its director said.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "more than 400");
	assert_non_null(k->subject);
	assert_string_not_equal(k->subject, claim_at(r, "240 beds")->subject);
	fb_result_free(r);
}

/* "lost 28 of their own soldiers": a side's own dead, no part of a set;
 * people lost in fighting are killed (data/people-verbs.tsv), jobs lost
 * stay lost. */
static void test_own_soldiers_lost(void **state)
{
	(void)state;
	const char *t = "Army reports losses\n"
	                "The army said its forces had lost 28 of their own soldiers in the offensive.\n"
	                "The mill lost 300 jobs last year.\n";
	fb_result *r = analyze(t, strlen(t));
	const fb_claim *k = claim_at(r, "28 of");
	assert_non_null(k->measure);
	assert_string_equal(k->measure, "killed");
	assert_int_not_equal(scope_at(r, "28 of")->determiner, FB_DET_PARTITIVE);
	k = claim_at(r, "300 jobs");
	assert_true(!k->measure || strcmp(k->measure, "killed") != 0);
	fb_result_free(r);
}

/* A national tally ("across the country", "nationwide") is of another
 * event than the attack the story is about (data/other-event.txt). */
static void test_national_tally_is_another_event(void **state)
{
	(void)state;
	const char *t = "Bomb kills 14 at market\n"
	                "A bomber killed 14 people at a market in Varn on Saturday, officials said.\n"
	                "The market was crowded with shoppers.\n"
	                "The United Nations said 412 civilians had been killed in attacks across the country in the first nine months of the year.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
	t = "Bomb kills 14 at market\n"
	    "A bomber killed 14 people at a market in Varn on Saturday, officials said.\n"
	    "The market was crowded with shoppers.\n"
	    "Police said 96 civilians had been killed in bombings nationwide.\n";
	r = analyze(t, strlen(t));
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
}

/* "the $238 million cost ... would be covered by a $60 million increase
 * announced last month": the participle after the other number's noun
 * takes the time; the cost is this event's and restates "will cost $212
 * million" (a misquote). Sentences written for this test. */
static void test_participle_time_is_its_nouns(void **state)
{
	(void)state;
	const char *t = "Transit strike ends\n"
	                "HALE - The transit authority estimates the new contract will cost $212 million over four years.\n"
	                "Buses ran again on Monday.\n"
	                "The director said the $238 million cost of the contract would be covered by a $60 million "
	                "grant announced last month.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_int_equal(claim_at(r, "$238 million")->other_event, 0);
	assert_int_not_equal(claim_at(r, "$60 million")->other_event, 0);
	assert_true(paired(r->record, 2, 4, 0));
	fb_result_free(r);
}

/* "whose city lost seven people in last summer's attack": a possessive
 * event after "in" is the event the deed was done in (not "arrested
 * three in connection with last week's bombing": today's arrests), so the
 * seven are no misquote of today's five. Sentences written for this test. */
static void test_in_last_seasons_event(void **state)
{
	(void)state;
	const char *t = "Festival stabbing kills five\n"
	                "MARROW - A man stabbed 16 people at a festival on Saturday, killing five, police said.\n"
	                "The mayor of Ebbs, whose city lost seven people in last summer's attack, called her.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_int_not_equal(claim_at(r, "seven")->other_event, 0);
	assert_false(paired(r->record, 2, 3, 0));
	fb_result_free(r);
}

/* "In that heat wave, hospitals recorded about 700 visits" after "The
 * previous deadliest heat wave, in July 2003, killed 27 people": "that"
 * and a noun opening a sentence point back to the event the sentence
 * before told of; "That survey of 968 likely voters" after a June poll
 * takes June's time. Neither is compared with this week's counts.
 * Sentences written for this test. */
static void test_that_points_back(void **state)
{
	(void)state;
	const char *t = "Heat wave fills hospitals\n"
	                "DORR - Hospitals recorded 1,260 emergency visits for heat illness between Thursday and Sunday, "
	                "the health authority said.\n"
	                "The valley's previous deadliest heat wave, in July 2003, killed 27 people.\n"
	                "In that heat wave, hospitals recorded about 700 emergency visits.\n";
	fb_result *r = analyze(t, strlen(t));
	assert_int_not_equal(claim_at(r, "about 700")->other_event, 0);
	assert_false(paired(r->record, 2, 4, 0));
	fb_result_free(r);
	const char *u = "Hollis leads in new poll\n"
	                "MARL - Hollis leads Obuya 43 percent to 39 percent among likely voters in a Marquand poll "
	                "released on Tuesday. The survey of 1,104 likely voters was conducted Sept. 8-14.\n"
	                "The results reverse Marquand's June poll, which found Obuya ahead 42 percent to 40 percent. "
	                "That survey of 968 likely voters had a margin of error of 3.5 points.\n";
	r = analyze(u, strlen(u));
	assert_non_null(scope_at(r, "968")->time);
	assert_false(paired(r->record, 2, 3, 0));
	fb_result_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lede_count_is_the_set),
		cmocka_unit_test(test_money_head_skips_function_words),
		cmocka_unit_test(test_passive_agents_are_counted),
		cmocka_unit_test(test_names_that_hold_nothing),
		cmocka_unit_test(test_place_of_another_noun),
		cmocka_unit_test(test_opening_place_is_a_part),
		cmocka_unit_test(test_headline_plural_verb),
		cmocka_unit_test(test_headline_present_verbs),
		cmocka_unit_test(test_title_meets_lede),
		cmocka_unit_test(test_named_sum_said_twice),
		cmocka_unit_test(test_verb_with_object_restricts_nothing),
		cmocka_unit_test(test_owners_count),
		cmocka_unit_test(test_own_people),
		cmocka_unit_test(test_sum_named_by_its_object),
		cmocka_unit_test(test_haul_is_raised),
		cmocka_unit_test(test_antecedent_of_the_measures_class),
		cmocka_unit_test(test_own_soldiers_lost),
		cmocka_unit_test(test_national_tally_is_another_event),
		cmocka_unit_test(test_participle_time_is_its_nouns),
		cmocka_unit_test(test_in_last_seasons_event),
		cmocka_unit_test(test_that_points_back),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
