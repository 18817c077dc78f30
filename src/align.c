/* align.c - stub. */
#include "align.h"

#include <stdlib.h>

fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at, const fb_claims *c)
{
	fb_alignment *al = fb_xcalloc(1, sizeof *al);
	al->claim_group = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_group);
	al->claim_status = fb_xcalloc(c->nc ? c->nc : 1, sizeof *al->claim_status);
	for (size_t i = 0; i < c->nc; i++) al->claim_group[i] = -1;
	return al;
}
void fb_alignment_free(fb_alignment *al)
{
	if (!al) return;
	for (size_t i = 0; i < al->ng; i++) {
		for (size_t k = 0; k < al->g[i].npairs; k++) free(al->g[i].pairs[k].reason);
		free(al->g[i].pairs); free(al->g[i].claims); free(al->g[i].summary);
	}
	free(al->g); free(al->claim_group); free(al->claim_status); free(al);
}
