/* util.c - memory wrappers that abort on exhaustion, a byte buffer and
 * locale-free text helpers. Nothing here knows about articles. */
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
	fputs("factbrief: out of memory\n", stderr);
	abort();
}

void *fb_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *fb_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *fb_xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		oom();
	p = realloc(p, (n && size) ? n * size : 1);
	if (!p)
		oom();
	return p;
}

char *fb_xstrndup(const char *s, size_t n)
{
	char *d = fb_xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *fb_xstrdup(const char *s)
{
	return fb_xstrndup(s, strlen(s));
}

char *fb_xasprintf(const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	char *s = fb_xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, again);
	va_end(again);
	return s;
}

static void buf_grow(fb_buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	if (extra > SIZE_MAX / 2 - b->len)
		oom();
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->p = fb_xrealloc(b->p, cap, 1);
	b->cap = cap;
}

char *fb_buf_reserve(fb_buf *b, size_t n)
{
	buf_grow(b, n);
	return b->p + b->len;
}

void fb_buf_put(fb_buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void fb_buf_puts(fb_buf *b, const char *s)
{
	fb_buf_put(b, s, strlen(s));
}

void fb_buf_printf(fb_buf *b, const char *fmt, ...)
{
	va_list ap, again;
	va_start(ap, fmt);
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		buf_grow(b, (size_t)n);
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	}
	va_end(again);
}

void fb_buf_free(fb_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

unsigned fb_utf8_decode(const char *s, size_t n, size_t i, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[i];
	size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (i + l > n)
		l = n - i;
	unsigned cp = l == 1 ? c : l == 2 ? c & 0x1F : l == 3 ? c & 0x0F : c & 0x07;
	for (size_t k = 1; k < l; k++)
		cp = (cp << 6) | (u[i + k] & 0x3F);
	*len = l ? l : 1;
	return cp;
}

int fb_is_word_cp(unsigned cp)
{
	if (cp < 0x80)
		return fb_isalnum((int)cp);
	/* Punctuation and symbols in the general punctuation block are not
	 * word characters; everything else beyond ASCII (letters of other
	 * scripts, accented Latin) is. */
	if (cp >= 0x2000 && cp <= 0x206F)
		return 0;
	if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xA3 || cp == 0xA5 || cp == 0x20AC || cp == 0xB0)
		return 0;
	return 1;
}

char *fb_fold_text(const char *s, size_t n)
{
	fb_buf b = {0};
	int space = 0;
	for (size_t i = 0; i < n;) {
		size_t l;
		unsigned cp = fb_utf8_decode(s, n, i, &l);
		if (fb_space_len(s + i, n - i)) {
			space = 1;
			i += l;
			continue;
		}
		if (space && b.len)
			fb_buf_putc(&b, ' ');
		space = 0;
		if (cp == 0x2018 || cp == 0x2019)
			fb_buf_putc(&b, '\'');
		else if (cp == 0x201C || cp == 0x201D)
			fb_buf_putc(&b, '"');
		else
			fb_buf_put(&b, s + i, l);
		i += l;
	}
	if (!b.p)
		fb_buf_put(&b, "", 0);
	return b.p;
}

/* Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
 * (overlong, surrogate, above U+10FFFF, truncated). */
size_t fb_utf8_valid_at(const unsigned char *s, size_t n, size_t i)
{
	unsigned c = s[i];
	if (c < 0x80)
		return 1;
	size_t l;
	unsigned min;
	if (c >= 0xC2 && c <= 0xDF)
		l = 2, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		l = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		l = 4, min = 0x10000;
	else
		return 0;
	if (i + l > n)
		return 0;
	unsigned cp = c & (l == 2 ? 0x1F : l == 3 ? 0x0F : 0x07);
	for (size_t k = 1; k < l; k++) {
		if ((s[i + k] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return l;
}

int fb_utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		/* most text is ASCII: eight bytes at a time while it is */
		uint64_t w8;
		if (i + 8 <= n && (memcpy(&w8, u + i, 8), !(w8 & 0x8080808080808080ull))) {
			i += 8;
			continue;
		}
		size_t l = fb_utf8_valid_at(u, n, i);
		if (!l)
			return 0;
		i += l;
	}
	return 1;
}

int fb_buf_read_file(fb_buf *b, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		fb_buf_put(b, chunk, got);
	int bad = ferror(f);
	fclose(f);
	return bad ? -1 : 0;
}
