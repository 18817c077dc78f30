/* scope.h - what makes two numbers about the same thing: for every numeric
 * claim, its quantity's function (count, label, ratio, margin, rate,
 * threshold) and its scope slots (head, modifiers, holder, place, time,
 * event, determiner, part, role, mode), read from the words around it.
 * Word lists: data/scope.tsv. The aligner pairs claims by scope. */
#ifndef FB_SCOPE_H
#define FB_SCOPE_H

#include "fb.h"
#include "lexicon.h"
#include "numbers.h"

typedef struct fb_scoper fb_scoper;
struct fb_claimer;

/* Loads data/scope.tsv; NULL with err on failure. */
fb_scoper *fb_scoper_new(char *err, size_t errlen);
void fb_scoper_free(fb_scoper *s);

/* Fills one fb_scope per claim (numeric claims only; the others are left
 * empty). Caller frees with fb_scopes_free. */
fb_scope *fb_scopes_build(const struct fb_claimer *cl, const fb_doc *doc, const fb_qlist *ql,
    const fb_claims *c);
void fb_scopes_free(fb_scope *s, size_t n);

/* The scope time's ISO 8601 form (spec: time.norm): a year ("2018") or a
 * duration relative to the article's date ("last month" -> "-P1M"); NULL
 * when it cannot be worked out. out holds a year. */
const char *fb_time_norm(const char *text, char *out, size_t outlen);

#endif
