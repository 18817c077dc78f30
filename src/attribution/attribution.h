/* attribution.h - the third stage: who says what. Finds attribution cues
 * and quotations, and keeps one registry of sources per article. Word lists
 * live in data/attribution/. */
#ifndef FB_ATTRIBUTION_H
#define FB_ATTRIBUTION_H

#include <stddef.h>

#include "fb.h"

typedef struct fb_attributor fb_attributor; /* compiled cues and word lists */

/* Loads the attribution word lists; NULL with err on failure. */
fb_attributor *fb_attributor_new(char *err, size_t errlen);
void fb_attributor_free(fb_attributor *at);

/* Attributes every non-boilerplate sentence of doc. Caller frees with
 * fb_attribution_free. Never fails. */
fb_attribution *fb_attribute(const fb_attributor *at, const fb_doc *doc);
void fb_attribution_free(fb_attribution *a);

/* Index of the attributed stretch that best covers [start, end) of
 * sentence sent, or -1 when the text there is unattributed. */
int fb_attribution_at(const fb_attribution *a, size_t sent, size_t start, size_t end);

#endif
