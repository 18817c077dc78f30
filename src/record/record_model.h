/* record_model.h - the verification record (../shared/spec/record.md) as
 * typed C: what the renderers and the command line read from a record.
 * fb_record_read (record_read.c) fills it from a jansson tree, checking
 * every member's type; nothing else here knows JSON.
 *
 * Ownership: the record owns every array and string it points to: its six
 * arrays of elements, and everything else in one arena of large blocks,
 * all freed by fb_record_free; nothing points into the tree or text it
 * was read from, which may be freed at once. Equal strings, and equal
 * lists of strings or of parts, may be one copy shared by several
 * elements: read them, never write them.
 *
 * Absent values: a string member the record leaves out (or gives as null)
 * is NULL; a number that may be unknown is an fb_rec_num with has unset;
 * an integer left out is 0, a boolean false, an array empty. A reference
 * to another element ("S3", "C17", "G2", "D1") keeps its text (id, NULL
 * when absent or null) and the index of the element it names (idx), or -1
 * when the record has no such element. */
#ifndef FB_RECORD_MODEL_H
#define FB_RECORD_MODEL_H

#include <stddef.h>
#include <string.h>

/* A number that may be unknown (null in the record). */
typedef struct fb_rec_num {
	double v;
	int has;
} fb_rec_num;

/* A reference to an element by id: its text and its index, or -1. */
typedef struct fb_rec_ref {
	const char *id;
	long idx;
} fb_rec_ref;

/* A list of strings (aliases, roles, flags). */
typedef struct fb_rec_strs {
	const char **s;
	size_t n;
} fb_rec_strs;

/* A status of a claim or group; an unknown word is a read error, a
 * missing one FB_RS_SINGLE. The order is the spec's vocabulary order as
 * fb_rec_status_names spells it. */
typedef enum fb_rec_status {
	FB_RS_SINGLE, FB_RS_CONSISTENT, FB_RS_REVIEW, FB_RS_CONFLICT, FB_RS_UNVERIFIABLE, FB_RS__MAX
} fb_rec_status;
extern const char *const fb_rec_status_names[FB_RS__MAX];

typedef struct fb_rec_paragraph {
	long long n, start, end, sentences;
	int boilerplate;
	fb_rec_ref document;        /* --compare: the report it is in */
} fb_rec_paragraph;

typedef struct fb_rec_mention {
	long long paragraph, start, end;
	fb_rec_ref document;
} fb_rec_mention;

typedef struct fb_rec_source {
	const char *id;             /* first: look-ups read ids at offset 0 */
	const char *name, *kind;
	fb_rec_strs aliases, roles, flags;
	fb_rec_mention *mentions;
	size_t nmentions;
} fb_rec_source;

typedef struct fb_rec_part {
	fb_rec_num value;
	const char *what;
} fb_rec_part;

typedef struct fb_rec_quantity {
	const char *surface, *kind, *unit, *function;
	long long start, end;
	fb_rec_num value, min, max, stated;
	int min_open, max_open, approx, vague;
	fb_rec_part *parts;
	size_t nparts;
} fb_rec_quantity;

typedef struct fb_rec_cue {
	long long start, end;
	const char *text, *kind;
} fb_rec_cue;

typedef struct fb_rec_claim {
	const char *id;
	const char *type;           /* numeric | attribution */
	long long paragraph, sentence, start, end;
	const char *text;
	fb_rec_ref source, via;     /* id NULL: unattributed, no outlet */
	fb_rec_ref *candidates;     /* source_candidates */
	size_t ncandidates;
	const fb_rec_cue *cue;      /* NULL when nobody is said to make it */
	fb_rec_strs flags;
	const fb_rec_quantity *quantity; /* NULL for a claim without one */
	const char *measure, *subject;
	fb_rec_ref group, document;
	fb_rec_status status;
} fb_rec_claim;

/* A conflict or review pair of a group. */
typedef struct fb_rec_pair {
	fb_rec_ref a, b;            /* claims */
	const char *reason;
	int review;                 /* a review pair in a conflict group */
	int across;                 /* the record names the two documents of
	                               a pair across reports ("documents") */
} fb_rec_pair;

typedef struct fb_rec_group {
	const char *id;
	const char *measure, *subject, *summary;
	fb_rec_ref *claims;
	size_t nclaims;
	fb_rec_status status;
	fb_rec_pair *pairs;         /* "conflicts" */
	size_t npairs;
	long long independent_sources;
} fb_rec_group;

typedef struct fb_rec_document {
	const char *id;
	const char *path, *sha256, *title, *outlet, *published;
	long long bytes;
} fb_rec_document;

typedef struct fb_rec_event {
	const char *id;
	const char *label;
	int main;
} fb_rec_event;

typedef struct fb_record {
	const char *schema, *generated;
	struct { const char *name, *version; } tool;
	struct {
		const char *path, *sha256, *title, *event;
		long long bytes, reports;
	} input;
	struct { long long claims, groups, conflicts, review, unattributed; } summary;
	fb_rec_paragraph *paragraphs;
	size_t nparagraphs;
	fb_rec_source *sources;
	size_t nsources;
	fb_rec_claim *claims;
	size_t nclaims;
	fb_rec_group *groups;
	size_t ngroups;
	fb_rec_document *documents;
	size_t ndocuments;
	fb_rec_event *events;
	size_t nevents;
	struct fb_rec_arena *arena;  /* owns everything above */
} fb_record;

/* The element a reference names, or NULL. */
static inline const fb_rec_claim *fb_rec_claim_of(const fb_record *r, fb_rec_ref ref)
{
	return ref.idx >= 0 && (size_t)ref.idx < r->nclaims ? &r->claims[ref.idx] : NULL;
}
static inline const fb_rec_source *fb_rec_source_of(const fb_record *r, fb_rec_ref ref)
{
	return ref.idx >= 0 && (size_t)ref.idx < r->nsources ? &r->sources[ref.idx] : NULL;
}
static inline const fb_rec_document *fb_rec_document_of(const fb_record *r, fb_rec_ref ref)
{
	return ref.idx >= 0 && (size_t)ref.idx < r->ndocuments ? &r->documents[ref.idx] : NULL;
}

/* s, or "" for an absent string. */
static inline const char *fb_rec_str(const char *s)
{
	return s ? s : "";
}

/* Is claim id in a pair of group g that joins two reports? */
static inline int fb_rec_in_cross_pair(const fb_rec_group *g, const char *id)
{
	for (size_t k = 0; k < g->npairs; k++) {
		const fb_rec_pair *p = &g->pairs[k];
		if (p->across && (strcmp(fb_rec_str(p->a.id), id) == 0 || strcmp(fb_rec_str(p->b.id), id) == 0))
			return 1;
	}
	return 0;
}

/* Frees the record and everything it owns; NULL does nothing. */
void fb_record_free(fb_record *r);

#endif
