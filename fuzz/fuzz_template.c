/* fuzz_template.c - libFuzzer harness over the template loader: the input
 * is a template file. A template that loads must also expand its header
 * and footer placeholders. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_home.h"
#include "template.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_home_setup();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[1024] = "";
	fb_template *t = fb_template_parse("fuzz.tpl", (const char *)data, size, err, sizeof err);
	if (!t) {
		if (!err[0] || !memchr(err, '\0', sizeof err))
			abort(); /* a failure must say why */
		return 0;
	}
	fb_tpl_vars v = { "Title {page}", "2023-11-14", "00ff", "a.txt", 1, 2 };
	const char *fmts[] = { t->header, t->footer, t->header_right, t->footer_right };
	for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
		char *s = fb_template_expand(fmts[i] ? fmts[i] : "", &v);
		free(s);
	}
	fb_template_free(t);
	return 0;
}
