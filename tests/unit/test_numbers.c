/* test_numbers.c - runs tests/numbers/cases.tsv and amounts.tsv: each
 * sentence is scanned as one sentence and the quantity with the expected
 * surface is checked. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "numbers.h"

static fb_numbers *nm;

static int setup(void **state)
{
	char err[256];
	nm = fb_numbers_new(err, sizeof err);
	if (!nm)
		fprintf(stderr, "fb_numbers_new: %s\n", err);
	return nm ? 0 : -1;
}

static int teardown(void **state)
{
	fb_numbers_free(nm);
	return 0;
}

/* Splits line at tabs into at most n fields; returns the count. */
static size_t split(char *line, char **f, size_t n)
{
	size_t k = 0;
	f[k++] = line;
	for (char *p = line; *p && k < n; p++)
		if (*p == '\t') {
			*p = '\0';
			f[k++] = p + 1;
		}
	return k;
}

static int near(double a, double b)
{
	return fabs(a - b) <= 1e-9 * (fabs(b) > 1 ? fabs(b) : 1);
}

/* Checks one bound: want "-" is null. Returns 0 and writes why on failure. */
static int check_num(const char *what, const char *want, int has, double got, char *why, size_t wl)
{
	if (!strcmp(want, "-")) {
		if (has) {
			snprintf(why, wl, "%s: want null, got %g", what, got);
			return 0;
		}
		return 1;
	}
	double w = strtod(want, NULL);
	if (!has || !near(got, w)) {
		snprintf(why, wl, "%s: want %s, got %s%g", what, want, has ? "" : "null ", got);
		return 0;
	}
	return 1;
}

static int flag(const char *flags, const char *name)
{
	size_t l = strlen(name);
	for (const char *p = flags; (p = strstr(p, name)); p += l)
		if ((p == flags || p[-1] == ',') && (p[l] == ',' || p[l] == '\0' || p[l] == '='))
			return 1;
	return 0;
}

/* The value after "name=" in flags, copied to out; 0 when absent. */
static int flag_value(const char *flags, const char *name, char *out, size_t ol)
{
	size_t l = strlen(name);
	for (const char *p = flags; (p = strstr(p, name)); p += l)
		if ((p == flags || p[-1] == ',') && p[l] == '=') {
			const char *v = p + l + 1, *e = strchr(v, ',');
			size_t n = e ? (size_t)(e - v) : strlen(v);
			if (n >= ol)
				n = ol - 1;
			memcpy(out, v, n);
			out[n] = '\0';
			return 1;
		}
	return 0;
}

/* Returns 1 when the case passes; writes why otherwise. */
static int run_case(char **f, size_t nf, char *why, size_t wl)
{
	const char *text = f[0], *surface = f[1];
	size_t len = strlen(text);
	fb_qlist ql = {0};
	fb_numbers_scan(nm, text, 0, len, 0, &ql);
	int neg = surface[0] == '!';
	if (neg)
		surface++;
	size_t sl = strlen(surface);
	const fb_quantity *q = NULL;
	for (size_t i = 0; i < ql.n; i++)
		if (ql.q[i].end - ql.q[i].start == sl && !memcmp(text + ql.q[i].start, surface, sl))
			q = &ql.q[i];
	int ok = 1;
	if (neg) {
		if (q) {
			snprintf(why, wl, "unexpected quantity '%s'", surface);
			ok = 0;
		}
		goto out;
	}
	if (!q) {
		int n = snprintf(why, wl, "no quantity '%s'; got:", surface);
		for (size_t i = 0; i < ql.n && n > 0 && (size_t)n < wl; i++)
			n += snprintf(why + n, wl - (size_t)n, " '%.*s'", (int)(ql.q[i].end - ql.q[i].start), text + ql.q[i].start);
		ok = 0;
		goto out;
	}
	if (nf < 7) {
		snprintf(why, wl, "case has %zu fields, want 7", nf);
		ok = 0;
		goto out;
	}
	if (strcmp(fb_qkind_names[q->kind], f[2])) {
		snprintf(why, wl, "kind: want %s, got %s", f[2], fb_qkind_names[q->kind]);
		ok = 0;
		goto out;
	}
	ok = check_num("value", f[3], q->has_value, q->value, why, wl) &&
	    check_num("min", f[4], q->has_min, q->min, why, wl) &&
	    check_num("max", f[5], q->has_max, q->max, why, wl);
	if (!ok)
		goto out;
	const char *fl = f[6];
	const struct { const char *name; int got; } bits[] = {
		{ "approx", q->approx }, { "vague", q->vague },
		{ "min_open", q->min_open }, { "max_open", q->max_open },
	};
	for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
		if (flag(fl, bits[i].name) != !!bits[i].got) {
			snprintf(why, wl, "%s: want %d", bits[i].name, flag(fl, bits[i].name));
			ok = 0;
			goto out;
		}
	char v[128];
	if (flag_value(fl, "unit", v, sizeof v) && (!q->unit || strcmp(q->unit, v))) {
		snprintf(why, wl, "unit: want %s, got %s", v, q->unit ? q->unit : "null");
		ok = 0;
		goto out;
	}
	if (flag_value(fl, "noun", v, sizeof v) || strstr(fl, "noun=")) {
		size_t nl = q->noun_end - q->noun_start;
		if (nl != strlen(v) || memcmp(text + q->noun_start, v, nl)) {
			snprintf(why, wl, "noun: want '%s', got '%.*s'", v, (int)nl, text + q->noun_start);
			ok = 0;
			goto out;
		}
	}
	if (flag_value(fl, "parts", v, sizeof v)) {
		char got[128] = "";
		size_t gl = 0;
		for (size_t i = 0; i < q->nparts && gl < sizeof got; i++)
			gl += (size_t)snprintf(got + gl, sizeof got - gl, "%s%g", i ? "+" : "", q->parts[i].value);
		if (strcmp(got, v)) {
			snprintf(why, wl, "parts: want %s, got %s", v, got);
			ok = 0;
			goto out;
		}
		for (size_t i = 0; i < q->nparts; i++)
			if (q->parts[i].what_end <= q->parts[i].what_start || q->parts[i].start < q->start || q->parts[i].end > q->end) {
				snprintf(why, wl, "part %zu: bad spans", i);
				ok = 0;
				goto out;
			}
	}
	/* whats=a|b|c: the nouns of the parts, whole noun phrases */
	if (flag_value(fl, "whats", v, sizeof v)) {
		char got[256] = "";
		size_t gl = 0;
		for (size_t i = 0; i < q->nparts && gl < sizeof got; i++)
			gl += (size_t)snprintf(got + gl, sizeof got - gl, "%s%.*s", i ? "|" : "",
			    (int)(q->parts[i].what_end - q->parts[i].what_start), text + q->parts[i].what_start);
		if (strcmp(got, v)) {
			snprintf(why, wl, "whats: want %s, got %s", v, got);
			ok = 0;
			goto out;
		}
	}
out:
	fb_qlist_free(&ql);
	return ok;
}

/* Runs one case file; over a hundred cases each, so a cut file fails. */
static void run_file(const char *path)
{
	FILE *fp = fopen(path, "r");
	assert_non_null(fp);
	char *line = NULL;
	size_t cap = 0, lineno = 0, bad = 0, n = 0;
	ssize_t got;
	while ((got = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = '\0';
		if (!got || line[0] == '#')
			continue;
		char *f[8];
		size_t nf = split(line, f, 8);
		char why[512] = "";
		n++;
		if (nf < 2 || !run_case(f, nf, why, sizeof why)) {
			print_error("%s:%zu: '%s': %s\n", path, lineno, f[0], why);
			bad++;
		}
	}
	free(line);
	fclose(fp);
	if (n < 100) /* the suite is over a hundred cases: a cut file is a failure */
		fail_msg("%s holds %zu cases: expected at least 100", path, n);
	if (bad)
		fail_msg("%zu of %zu number cases of %s failed", bad, n, path);
}

static void test_cases(void **state)
{
	run_file(FB_TEST_DIR "/numbers/cases.tsv");
}

/* Amounts in the manner of Duckling's corpora, our own expressions. */
static void test_amounts(void **state)
{
	run_file(FB_TEST_DIR "/numbers/amounts.tsv");
}

/* Nothing in the text: no quantities; empty and pathological inputs. */
static void test_edges(void **state)
{
	fb_qlist ql = {0};
	fb_numbers_scan(nm, "", 0, 0, 0, &ql);
	assert_int_equal(ql.n, 0);
	const char *t = "The cat sat on a mat and then a dog came.";
	fb_numbers_scan(nm, t, 0, strlen(t), 0, &ql);
	assert_int_equal(ql.n, 0);
	/* a long run of digits and words stays bounded and does not crash */
	size_t big = 200000;
	char *s = malloc(big + 1);
	for (size_t i = 0; i < big; i++)
		s[i] = "1,234 and twenty-one hundred -5 $ "[i % 34];
	s[big] = '\0';
	fb_numbers_scan(nm, s, 0, big, 0, &ql);
	assert_true(ql.n > 0);
	for (size_t i = 1; i < ql.n; i++)
		assert_true(ql.q[i].start >= ql.q[i - 1].start);
	free(s);
	fb_qlist_free(&ql);
	fb_numbers_free(NULL);
}

/* The list keeps no room beyond its quantities once a document is
 * scanned: an enumeration's parts are quantities until it takes their
 * place, and a long one left the list several times too big (issue 18). */
static void test_doc_list_trimmed(void **state)
{
	char text[] = "Two wardens, 3 porters, four drivers and 5 clerks were hurt in the crash.";
	fb_para para = { 0, sizeof text - 1, 0, 1, 0 };
	fb_sent sent = { 0, sizeof text - 1, 0 };
	fb_doc doc = { .buf = text, .len = sizeof text - 1, .para = &para, .npara = 1, .sent = &sent, .nsent = 1 };
	fb_qlist ql = {0};
	fb_numbers_scan_doc(nm, &doc, &ql);
	assert_int_equal(ql.n, 1);
	assert_int_equal(ql.q[0].nparts, 4);
	assert_int_equal(ql.cap, ql.n);
	fb_qlist_free(&ql);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_amounts),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_doc_list_trimmed),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
