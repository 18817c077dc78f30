/* attribution_verbs.h - the reporting-verb lexicon (data/attribution/verbs.tsv)
 * with every inflection made from the base form. */
#ifndef FB_ATTRIBUTION_VERBS_H
#define FB_ATTRIBUTION_VERBS_H

#include <stddef.h>

#include "lexicon.h"

enum { FB_VF_BASE, FB_VF_S, FB_VF_ED, FB_VF_ING, FB_VF__MAX };

/* The regular form (FB_VF_*) of a lower-case base verb into out: "argue" ->
 * "argues", "argued", "arguing"; "deny" -> "denies", "denied". Irregular and
 * doubled forms come from the lexicon's own column. 0 when out is too small. */
int fb_verb_inflect(const char *base, int form, char *out, size_t cap);

/* One entry per form of every row of verbs.tsv (base, pattern, kind,
 * irregular forms, negated), with fields: class ("say", "tell", "cognition",
 * "stance"), kind, pattern, and "negated" or "". */
fb_lexicon *fb_verbs_build(const fb_lexicon *rows);

#endif
