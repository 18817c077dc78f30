/* align.h - the fourth stage: groups claims about the same quantity and
 * compares their values as intervals. Writes its own tables; never edits
 * the claims. */
#ifndef FB_ALIGN_H
#define FB_ALIGN_H

#include "claims.h"
#include "fb.h"

/* Aligns and compares; caller frees with fb_alignment_free. */
fb_alignment *fb_align(const fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_attribution *at, const fb_claims *c);
void fb_alignment_free(fb_alignment *al);

#endif
