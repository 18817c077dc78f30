/* template.c - stub. */
#include "template.h"

#include <stdlib.h>

#include "util.h"

fb_template *fb_template_load(const char *path, char *err, size_t errlen)
{
	fb_template *t = fb_xcalloc(1, sizeof *t);
	t->path = fb_xstrdup(path);
	return t;
}
void fb_template_free(fb_template *t) { if (t) { free(t->path); free(t); } }
