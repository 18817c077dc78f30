/* attribution.c - stub until attribution lands. */
#include "attribution.h"

#include <stdlib.h>

#include "util.h"

struct fb_attributor { int unused; };

fb_attributor *fb_attributor_new(char *err, size_t errlen) { (void)err; (void)errlen; return fb_xcalloc(1, sizeof(fb_attributor)); }
void fb_attributor_free(fb_attributor *at) { free(at); }
fb_attribution *fb_attribute(const fb_attributor *at, const fb_doc *doc)
{
	fb_attribution *a = fb_xcalloc(1, sizeof *a);
	a->sent_flags = fb_xcalloc(doc->nsent ? doc->nsent : 1, sizeof *a->sent_flags);
	return a;
}
void fb_attribution_free(fb_attribution *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->nsrc; i++) {
		fb_source *s = &a->src[i];
		free(s->name);
		for (size_t k = 0; k < s->naliases; k++) free(s->aliases[k]);
		for (size_t k = 0; k < s->nroles; k++) free(s->roles[k]);
		free(s->aliases); free(s->roles); free(s->mentions);
	}
	free(a->src); free(a->attr); free(a->sent_flags); free(a);
}
int fb_attribution_at(const fb_attribution *a, size_t sent, size_t start, size_t end)
{
	for (size_t i = 0; i < a->nattr; i++)
		if (a->attr[i].sent == sent && a->attr[i].start <= start && end <= a->attr[i].end)
			return (int)i;
	return -1;
}
