/* numbers.c - stub until the number grammar lands. */
#include "numbers.h"

#include <stdlib.h>

#include "util.h"

struct fb_numbers { int unused; };

fb_numbers *fb_numbers_new(char *err, size_t errlen) { (void)err; (void)errlen; return fb_xcalloc(1, sizeof(fb_numbers)); }
void fb_numbers_free(fb_numbers *nm) { free(nm); }
void fb_numbers_scan(const fb_numbers *nm, const char *buf, size_t start, size_t end, size_t sent, fb_qlist *out)
{
	for (size_t i = start; i < end; i++) {
		if (!fb_isdigit((unsigned char)buf[i]) || (i > start && fb_isalnum((unsigned char)buf[i - 1])))
			continue;
		size_t j = i;
		double v = 0;
		while (j < end && fb_isdigit((unsigned char)buf[j]))
			v = v * 10 + (buf[j++] - '0');
		fb_quantity *q = FB_PUSH(out->q, out->n, out->cap);
		q->start = i; q->end = j; q->sent = sent; q->kind = FB_QK_COUNT;
		q->has_value = q->has_min = q->has_max = 1; q->value = q->min = q->max = v;
		i = j;
	}
}
void fb_numbers_scan_doc(const fb_numbers *nm, const fb_doc *doc, fb_qlist *out)
{
	for (size_t s = 0; s < doc->nsent; s++)
		if (!doc->para[doc->sent[s].para].boilerplate)
			fb_numbers_scan(nm, doc->buf, doc->sent[s].start, doc->sent[s].end, s, out);
}
void fb_qlist_free(fb_qlist *ql) { if (ql) { free(ql->q); ql->q = NULL; ql->n = ql->cap = 0; } }
