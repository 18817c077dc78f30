/* claims.c - stub. */
#include "claims.h"

#include <stdlib.h>

fb_claimer *fb_claimer_new(char *err, size_t errlen) { (void)err; (void)errlen; return fb_xcalloc(1, sizeof(fb_claimer)); }
void fb_claimer_free(fb_claimer *cl) { if (cl) { fb_lexicon_free(cl->measures); fb_lexicon_free(cl->classes); free(cl); } }
fb_claims *fb_extract_claims(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql, const fb_attribution *at)
{
	fb_claims *c = fb_xcalloc(1, sizeof *c);
	size_t cap = 0;
	for (size_t i = 0; i < ql->n; i++) {
		fb_claim *k = FB_PUSH(c->c, c->nc, cap);
		k->type = FB_CT_NUMERIC; k->sent = ql->q[i].sent; k->start = doc->sent[k->sent].start; k->end = doc->sent[k->sent].end;
		k->attr = -1; k->quantity = (int)i; k->derived_from = -1;
	}
	return c;
}
void fb_claims_free(fb_claims *c) { if (c) { free(c->c); free(c); } }
const char *fb_class_of(const fb_claimer *cl, const char *s, size_t n) { return NULL; }
const char *fb_class_parent(const fb_claimer *cl, const char *cls) { return NULL; }
