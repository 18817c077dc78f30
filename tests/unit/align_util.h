/* align_util.h - what the comparator's unit tests share: an engine made
 * once per program, an article analysed from a string, and look-ups of
 * pairs, groups, claims and scopes in the result. Included by one test
 * program each (the functions are static). */
#ifndef FB_TEST_ALIGN_UTIL_H
#define FB_TEST_ALIGN_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "factbrief.h"
#include "scope.h"

static fb_engine *eng;

static inline int setup(void **state)
{
	char err[512];
	eng = fb_engine_new(err, sizeof err);
	if (!eng)
		fprintf(stderr, "engine: %s\n", err);
	return eng ? 0 : -1;
}

static inline int teardown(void **state)
{
	fb_engine_free(eng);
	return 0;
}

static inline fb_result *analyze(const char *text, size_t len)
{
	fb_doc d;
	char err[256], warn[256];
	assert_int_equal(fb_doc_load(&d, "case.txt", text, len, NULL, err, sizeof err, warn, sizeof warn), 0);
	fb_record_opts o = { .title = NULL, .generated = 0 };
	return fb_analyze(eng, &d, &o);
}

static inline long para_of_claim(const json_t *rec, const char *id)
{
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(rec, "claims"), i, c)
		if (strcmp(json_string_value(json_object_get(c, "id")), id) == 0)
			return (long)json_integer_value(json_object_get(c, "paragraph"));
	return -1;
}

/* Does a group pair paragraphs p and q? want_review: 1 review only, 0 any. */
static inline int paired(const json_t *rec, long p, long q, int want_review)
{
	size_t i, k;
	json_t *g, *x;
	json_array_foreach(json_object_get(rec, "groups"), i, g)
		json_array_foreach(json_object_get(g, "conflicts"), k, x) {
			long a = para_of_claim(rec, json_string_value(json_object_get(x, "a")));
			long b = para_of_claim(rec, json_string_value(json_object_get(x, "b")));
			if (((a == p && b == q) || (a == q && b == p)) &&
			    (!want_review || json_is_true(json_object_get(x, "review"))))
				return 1;
		}
	return 0;
}

static inline int grouped(const json_t *rec, long p, long q, const char *status)
{
	size_t i, k;
	json_t *g, *c;
	json_array_foreach(json_object_get(rec, "groups"), i, g) {
		if (strcmp(json_string_value(json_object_get(g, "status")), status) != 0)
			continue;
		int hp = 0, hq = 0;
		json_array_foreach(json_object_get(g, "claims"), k, c) {
			long pa = para_of_claim(rec, json_string_value(c));
			hp |= pa == p;
			hq |= pa == q;
		}
		if (hp && hq)
			return 1;
	}
	return 0;
}

/* Finds the claim whose quantity surface is s. */
static inline const fb_claim *claim_at(const fb_result *r, const char *s)
{
	const char *at = strstr(r->doc.buf, s);
	assert_non_null(at);
	size_t off = (size_t)(at - r->doc.buf);
	for (size_t i = 0; i < r->claims->nc; i++) {
		const fb_claim *k = &r->claims->c[i];
		/* a split list's part has a quantity of its own */
		const fb_quantity *q = k->quantity >= 0 ? &r->quantities.q[k->quantity] : fb_claim_own(r->claims, k);
		if (q && k->type == FB_CT_NUMERIC && q->start <= off && off < q->end)
			return k;
	}
	fail_msg("no claim over '%s'", s);
	return NULL;
}

/* The scope the aligner read for the claim over s. */
static inline const fb_scope *scope_at(const fb_result *r, const char *s)
{
	const fb_claim *k = claim_at(r, s);
	size_t i = (size_t)(k - r->claims->c);
	assert_true(i < r->alignment->nscope);
	assert_true(r->alignment->scope[i].set);
	return &r->alignment->scope[i];
}

#endif
