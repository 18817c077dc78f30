/* util.h - memory, growable buffers and byte-level text helpers shared by
 * every stage. Out of memory aborts here, once, as cmark's xcalloc does. */
#ifndef FB_UTIL_H
#define FB_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

void *fb_xmalloc(size_t n);
void *fb_xcalloc(size_t n, size_t size);
/* Resizes p to n elements of size bytes; aborts on overflow or no memory. */
void *fb_xrealloc(void *p, size_t n, size_t size);
char *fb_xstrdup(const char *s);
char *fb_xstrndup(const char *s, size_t n);
/* Returns a malloc'ed formatted string; caller frees. */
char *fb_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Appends one zeroed element to the array *arr of *n elements with room for
 * *cap, growing it; returns a pointer to the new element. */
#define FB_PUSH(arr, n, cap) \
	((n) == (cap) ? ((cap) = (cap) ? 2 * (cap) : 8, \
	                 (arr) = fb_xrealloc((arr), (cap), sizeof *(arr))) : 0, \
	 fb_zero(&(arr)[(n)], sizeof *(arr)), &(arr)[(n)++])
/* Inline: with the element's constant size the compiler zeroes it in
 * place instead of calling memset once per element pushed. p is the
 * element FB_PUSH has just made room for, never NULL (the analyser does
 * not follow the macro's realloc when n and cap come from a caller). */
static inline void *fb_zero(void *p, size_t n)
{
	return memset(p, 0, n); // NOLINT(clang-analyzer-core.NonNullParamChecker)
}

/* A growable byte buffer, always NUL-terminated. */
typedef struct fb_buf {
	char *p;
	size_t len, cap;
} fb_buf;

void fb_buf_put(fb_buf *b, const char *s, size_t n);
/* Makes room for n more bytes; returns where they go (b->p + b->len).
 * The caller writes them and adds what it wrote to b->len. */
char *fb_buf_reserve(fb_buf *b, size_t n);
/* Appends the whole file at path to b; 0, or -1 when it cannot be read
 * (errno set). For tools and tests: articles go through fb_doc_read. */
int fb_buf_read_file(fb_buf *b, const char *path);
void fb_buf_puts(fb_buf *b, const char *s);
static inline void fb_buf_putc(fb_buf *b, int c)
{
	if (b->len + 2 > b->cap)
		fb_buf_reserve(b, 1);
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
}
void fb_buf_printf(fb_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void fb_buf_free(fb_buf *b);

/* FNV-1a, the hash of the word and name tables: the start, and one
 * byte more. */
#define FB_FNV_START ((size_t)1469598103934665603u)
#define FB_FNV_PRIME ((size_t)1099511628211u)
static inline size_t fb_fnv(size_t h, unsigned char c) { return (h ^ c) * FB_FNV_PRIME; }

/* Locale-free ASCII classification. */
static inline int fb_isspace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
/* Byte length of the white space character at s[0, n), 0 when there is
 * none: ASCII white space, and in UTF-8 U+00A0 (no-break space),
 * U+2000..U+200A (typographic spaces), U+2028/U+2029 (line and paragraph
 * separators), U+202F and U+205F. Every place that splits words uses it. */
static inline size_t fb_space_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0)
		return 0;
	if (fb_isspace(u[0]))
		return 1;
	if (u[0] == 0xC2 && n >= 2 && u[1] == 0xA0)
		return 2;
	if (u[0] == 0xE2 && n >= 3 &&
	    ((u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF)) ||
	        (u[1] == 0x81 && u[2] == 0x9F)))
		return 3;
	return 0;
}
/* 1 when a line or paragraph separator (U+2028, U+2029) starts at s[0, n). */
static inline int fb_is_unicode_break(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	return n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9);
}
/* Length of the UTF-8 character starting with byte c (1 for stray bytes). */
static inline size_t fb_u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
}

static inline int fb_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int fb_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int fb_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int fb_isalpha(int c) { return fb_isupper(c) || fb_islower(c); }
static inline int fb_isalnum(int c) { return fb_isalpha(c) || fb_isdigit(c); }
static inline int fb_tolower(int c) { return fb_isupper(c) ? c + 32 : c; }

/* Case-insensitive (ASCII) comparison of s[0,n) with the C string w.
 * Inline: it runs on every word against literal lists, whose lengths the
 * compiler knows. */
static inline int fb_word_eq(const char *s, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (fb_tolower((unsigned char)s[i]) != fb_tolower((unsigned char)w[i]))
			return 0;
	return 1;
}

/* Decodes one UTF-8 character at s[i] (input already validated); stores its
 * length in *len and returns the code point. */
unsigned fb_utf8_decode(const char *s, size_t n, size_t i, size_t *len);

/* Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
 * (overlong, surrogate, above U+10FFFF, truncated). */
size_t fb_utf8_valid_at(const unsigned char *s, size_t n, size_t i);
/* Is s[0,n) valid UTF-8? */
int fb_utf8_valid(const char *s, size_t n);

/* True when the code point is a letter or digit for word-boundary purposes
 * (ASCII alnum, or any non-ASCII letter). */
int fb_is_word_cp(unsigned cp);

/* Copies s[0,n) into a new string with typographic quotes and apostrophes
 * folded to ASCII and runs of white space made one space; caller frees. */
char *fb_fold_text(const char *s, size_t n);

#endif
