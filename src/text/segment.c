/* segment.c - reads the article, validates UTF-8 once at the door, and
 * splits it into paragraphs and sentences with byte offsets. */
#include "segment.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* ------------------------------------------------------------ validation */


static size_t line_of(const char *s, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

/* UTF-16 text has a BOM, or a NUL in every other byte of its first line. */
static int looks_utf16(const unsigned char *s, size_t n)
{
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
		return 1;
	size_t zeros = 0, m = n < 64 ? n : 64;
	for (size_t i = 0; i < m; i++)
		zeros += s[i] == 0;
	return m >= 4 && zeros * 3 >= m;
}

int fb_doc_load(fb_doc *doc, const char *path, const char *bytes, size_t len,
    const fb_read_opts *opts, char *err, size_t errlen, char *warn, size_t warnlen)
{
	memset(doc, 0, sizeof *doc);
	const unsigned char *u = (const unsigned char *)bytes;
	if (len == 0) {
		snprintf(err, errlen, "%s: the file is empty", path);
		return -1;
	}
	if (looks_utf16(u, len)) {
		snprintf(err, errlen, "%s: the file is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", path);
		return -1;
	}
	fb_buf out = {0};
	size_t bad = 0;
	for (size_t i = 0; i < len;) {
		/* eight ASCII bytes, none NUL, at a time while the text is that */
		uint64_t w8;
		if (i + 8 <= len && (memcpy(&w8, u + i, 8), !(w8 & 0x8080808080808080ull)) &&
		    !((w8 - 0x0101010101010101ull) & ~w8 & 0x8080808080808080ull)) {
			if (opts && opts->lossy)
				fb_buf_put(&out, bytes + i, 8);
			i += 8;
			continue;
		}
		if (u[i] == 0) {
			snprintf(err, errlen, "%s:%zu: NUL byte at byte offset %zu; not a text file", path, line_of(bytes, i), i);
			fb_buf_free(&out);
			return -1;
		}
		size_t l = fb_utf8_valid_at(u, len, i);
		if (l) {
			if (opts && opts->lossy)
				fb_buf_put(&out, bytes + i, l);
			i += l;
			continue;
		}
		if (!opts || !opts->lossy) {
			snprintf(err, errlen, "%s:%zu: invalid UTF-8 at byte offset %zu (use --lossy to replace it)", path, line_of(bytes, i), i);
			return -1;
		}
		fb_buf_puts(&out, "\xEF\xBF\xBD");
		bad++;
		i++;
	}
	doc->path = fb_xstrdup(path);
	if (opts && opts->lossy) {
		if (bad && warn)
			snprintf(warn, warnlen, "%s: replaced %zu invalid UTF-8 byte%s by U+FFFD; offsets refer to the repaired text", path, bad, bad == 1 ? "" : "s");
		doc->buf = out.p;
		doc->len = out.len;
	} else {
		doc->buf = fb_xstrndup(bytes, len);
		doc->len = len;
	}
	return 0;
}

int fb_doc_read(fb_doc *doc, const char *path, const fb_read_opts *opts,
    char *err, size_t errlen, char *warn, size_t warnlen)
{
	size_t max = opts && opts->max_bytes ? opts->max_bytes : FB_DEFAULT_MAX_BYTES;
	FILE *f = stdin;
	int is_stdin = strcmp(path, "-") == 0;
	if (!is_stdin) {
		struct stat st;
		if (stat(path, &st) != 0) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			return -1;
		}
		if (S_ISDIR(st.st_mode)) {
			snprintf(err, errlen, "%s: is a folder, not an article", path);
			return -1;
		}
		if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
			snprintf(err, errlen, "%s: %lld bytes is over the limit of %zu (see --max-bytes)", path, (long long)st.st_size, max);
			return -1;
		}
		f = fopen(path, "rb");
		if (!f) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			return -1;
		}
	}
	fb_buf b = {0};
	char chunk[65536];
	size_t got;
	int rc = 0;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (b.len + got > max) {
			snprintf(err, errlen, "%s: over the limit of %zu bytes (see --max-bytes)", path, max);
			rc = -1;
			break;
		}
		fb_buf_put(&b, chunk, got);
	}
	if (rc == 0 && ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		rc = -1;
	}
	if (!is_stdin)
		fclose(f);
	if (rc == 0)
		rc = fb_doc_load(doc, path, b.p ? b.p : "", b.len, opts, err, errlen, warn, warnlen);
	fb_buf_free(&b);
	return rc;
}

void fb_doc_free(fb_doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->nrep; i++) {
		free(doc->rep[i].path);
		free(doc->rep[i].orig);
		free(doc->rep[i].outlet);
		free(doc->rep[i].published);
	}
	free(doc->rep);
	free(doc->path);
	free(doc->buf);
	free(doc->para);
	free(doc->sent);
	memset(doc, 0, sizeof *doc);
}

/* ------------------------------------------------------------- segmenter */

fb_segmenter *fb_segmenter_new(char *err, size_t errlen)
{
	fb_segmenter *sg = fb_xcalloc(1, sizeof *sg);
	sg->abbrev = fb_lexicon_load_data("abbreviations.txt", err, errlen);
	if (sg->abbrev)
		sg->boilerplate = fb_lexicon_load_data("boilerplate.txt", err, errlen);
	if (!sg->boilerplate) {
		fb_segmenter_free(sg);
		return NULL;
	}
	return sg;
}

void fb_segmenter_free(fb_segmenter *sg)
{
	if (!sg)
		return;
	fb_lexicon_free(sg->abbrev);
	fb_lexicon_free(sg->boilerplate);
	free(sg);
}

static int is_blank_line(const char *s, size_t a, size_t b)
{
	for (size_t i = a, sp; i < b; i += sp)
		if (!(sp = fb_space_len(s + i, b - i)))
			return 0;
	return 1;
}

/* The first white space character at or after i (b when none). */
static size_t skip_spaces(const char *s, size_t i, size_t b)
{
	size_t sp;
	while (i < b && (sp = fb_space_len(s + i, b - i)) != 0)
		i += sp;
	return i;
}

/* The end of the line that holds s[i]: a line ends at LF, CR, CRLF, or a
 * line or paragraph separator (U+2028, U+2029). Stores where the next
 * line starts in *next. */
static size_t line_end(const char *s, size_t i, size_t n, size_t *next)
{
	size_t e = i;
	while (e < n) {
		unsigned char c = (unsigned char)s[e];
		if (c > '\r' && c != 0xE2) { /* most bytes: no break starts there */
			e++;
			continue;
		}
		if (c == '\n' || c == '\r' || fb_is_unicode_break(s + e, n - e))
			break;
		e++;
	}
	if (e == n)
		*next = n;
	else if (s[e] == '\r' && e + 1 < n && s[e + 1] == '\n')
		*next = e + 2;
	else
		*next = e + (s[e] == '\n' || s[e] == '\r' ? 1 : 3);
	return e;
}

/* Does the line break at s[le] (as line_end found it) end a paragraph by
 * itself? A paragraph separator (U+2029) does. */
static int para_break(const char *s, size_t le, size_t n)
{
	return le + 3 <= n && fb_is_unicode_break(s + le, n - le) && (unsigned char)s[le + 2] == 0xA9;
}

/* Is the UTF-8 character at s[i] a closing quote or bracket? Returns its
 * length, 0 if not. */
static size_t closer_at(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99))
		return 3;
	return 0;
}

static size_t opener_at(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '"' || c == '\'' || c == '(' || c == '[')
		return 1;
	if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98))
		return 3;
	return 0;
}

/* Does the period at s[dot] end an abbreviation or an initial? */
static int ends_abbrev(const fb_segmenter *sg, const char *s, size_t lo, size_t dot)
{
	size_t w = dot;
	while (w > lo && (fb_isalpha((unsigned char)s[w - 1]) || s[w - 1] == '.'))
		w--;
	size_t n = dot - w;
	if (n == 0)
		return 0;
	if (n == 1 && fb_isupper((unsigned char)s[w]))
		return 1; /* an initial: "J. Smith" */
	if (memchr(s + w, '.', n))
		return 1; /* "U.S.", "a.m." */
	return sg && fb_lexicon_get(sg->abbrev, s + w, n) != NULL;
}

/* Splits one paragraph [a, b) into sentences. */
static void split_sentences(const fb_segmenter *sg, fb_doc *doc, size_t pi, size_t *cap)
{
	const char *s = doc->buf;
	fb_para *p = &doc->para[pi];
	size_t a = p->start, b = p->end, start = a;
	p->first_sent = doc->nsent;
	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];
		int term = c == '.' || c == '!' || c == '?';
		size_t tl = 1;
		if (c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA6)
			term = 1, tl = 3; /* ellipsis */
		if (!term)
			continue;
		size_t j = i + tl;
		while (j < b && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
			j++;
		/* A run of terminators ends one sentence or none: when this one
		 * does not, the others would not either, so the scan resumes
		 * after the run ("!!!!…" stays linear). */
		size_t run_end = j;
		size_t cl;
		while (j < b && (cl = closer_at(s, b, j)))
			j += cl;
		if (j < b && !fb_space_len(s + j, b - j)) {
			i = run_end - 1;
			continue; /* "1.5", "U.S.-led" */
		}
		size_t k = skip_spaces(s, j, b);
		if (k >= b)
			break;
		size_t ol;
		size_t m = k;
		while (m < b && (ol = opener_at(s, b, m)))
			m += ol;
		unsigned char nx = m < b ? (unsigned char)s[m] : 0;
		if (fb_islower(nx)) {
			i = run_end - 1;
			continue;
		}
		if (c == '.' && j == i + 1 && ends_abbrev(sg, s, start, i))
			continue;
		fb_sent *st = FB_PUSH(doc->sent, doc->nsent, *cap);
		st->start = start;
		st->end = j;
		st->para = pi;
		start = k;
		i = k - 1;
	}
	if (start < b) {
		fb_sent *st = FB_PUSH(doc->sent, doc->nsent, *cap);
		st->start = start;
		st->end = b;
		st->para = pi;
	}
	p->nsent = doc->nsent - p->first_sent;
}

/* A paragraph of markup or code left in a page (CSS rules, a script, HTML
 * tags): braces holding code, with semicolons ("a { b: 1px; }"), or two or
 * more tags with a closing one. Prose has neither. */
static int is_markup(const char *s, size_t a, size_t b)
{
	size_t braces = 0, semis = 0, tags = 0, closing = 0, inside = 0;
	int open = 0;
	for (size_t i = a; i < b; i++) {
		char c = s[i];
		braces += c == '{' || c == '}';
		open = c == '{' ? 1 : c == '}' ? 0 : open;
		/* "a { b: 1px; }", "{ x = f(i); }": code inside the braces */
		inside += open && (c == ':' || c == '=' || c == '(');
		semis += c == ';';
		if (c == '<' && i + 1 < b && (fb_isalpha((unsigned char)s[i + 1]) || s[i + 1] == '/')) {
			tags++;
			closing += s[i + 1] == '/';
		}
	}
	return (braces >= 2 && semis >= 1 && inside >= 1) || (tags >= 2 && closing >= 1);
}

/* A paragraph is site furniture when it opens with a listed phrase and is
 * short, as such lines are, or when it is markup. */
static int is_boilerplate(const fb_segmenter *sg, const char *s, size_t a, size_t b)
{
	if (!sg || b - a > 300)
		return 0;
	size_t used;
	const fb_entry *e = fb_lexicon_longest(sg->boilerplate, s + a, b - a, &used);
	(void)e;
	return e != NULL;
}

void fb_segment(const fb_segmenter *sg, fb_doc *doc)
{
	const char *s = doc->buf;
	size_t n = doc->len, pcap = 0, scap = 0;
	size_t body = 0;
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		body = 3;
	/* Are there blank lines? Then paragraphs are blocks, else lines. */
	int blocks = 0;
	for (size_t ls = body, next; ls < n; ls = next) {
		size_t le = line_end(s, ls, n, &next);
		if (le == n)
			break;
		if ((is_blank_line(s, ls, le) && ls > body) || para_break(s, le, n)) {
			/* a blank line (or a paragraph separator) before more text */
			if (skip_spaces(s, next, n) < n)
				blocks = 1;
			break; /* else only white space is left: no later blank
			          line has text after it either */
		}
	}
	size_t i = body;
	while (i < n) {
		/* find the end of this line */
		size_t next;
		size_t le = line_end(s, i, n, &next);
		if (is_blank_line(s, i, le)) {
			i = next;
			continue;
		}
		size_t pa = i, pb = le;
		if (blocks && !para_break(s, le, n)) { /* extend over following non-blank lines */
			size_t j = next;
			while (j < n) {
				size_t nj, e = line_end(s, j, n, &nj);
				if (is_blank_line(s, j, e))
					break;
				pb = e;
				j = nj;
				if (para_break(s, e, n))
					break;
			}
			next = j;
		}
		pa = skip_spaces(s, pa, pb);
		while (pb > pa) { /* trailing white space, ASCII or not */
			size_t k = pb - 1;
			while (k > pa && ((unsigned char)s[k] & 0xC0) == 0x80)
				k--;
			if (!fb_space_len(s + k, pb - k))
				break;
			pb = k;
		}
		fb_para *p = FB_PUSH(doc->para, doc->npara, pcap);
		p->start = pa;
		p->end = pb;
		p->boilerplate = is_boilerplate(sg, s, pa, pb) || is_markup(s, pa, pb);
		split_sentences(sg, doc, doc->npara - 1, &scap);
		i = next;
	}
}

int fb_doc_is_title(const fb_doc *doc, size_t p)
{
	const fb_para *pp = &doc->para[p];
	if (pp->boilerplate || pp->nsent != 1 || pp->end <= pp->start || doc->buf[pp->end - 1] == '.')
		return 0;
	size_t first = 0;
	for (size_t r = 0; r < doc->nrep; r++)
		if (doc->rep[r].start <= pp->start)
			first = doc->rep[r].start;
	for (size_t i = p; i-- > 0 && doc->para[i].start >= first;)
		if (!doc->para[i].boilerplate)
			return 0;
	return 1;
}

int fb_doc_headline_case(const fb_doc *doc, size_t p)
{
	const char *b = doc->buf;
	size_t start = doc->para[p].start, end = doc->para[p].end;
	size_t nw = 0, caps = 0;
	if (end - start > 300)
		return 0;
	for (size_t i = start; i < end; i++) {
		if (!fb_isalpha((unsigned char)b[i]) || (i > start && fb_isalpha((unsigned char)b[i - 1])))
			continue;
		size_t e = i;
		while (e < end && fb_isalpha((unsigned char)b[e]))
			e++;
		if (e - i >= 4) {
			nw++;
			caps += fb_isupper((unsigned char)b[i]);
		}
	}
	return nw >= 3 && caps * 10 >= nw * 7;
}

int fb_doc_is_head_line(const fb_doc *doc, size_t p)
{
	if (fb_doc_is_title(doc, p))
		return 1;
	const fb_para *pp = &doc->para[p];
	if (pp->boilerplate || pp->nsent != 1 || pp->end <= pp->start || p + 1 >= doc->npara)
		return 0;
	char last = doc->buf[pp->end - 1];
	if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || (unsigned char)last >= 0x80)
		return 0;
	size_t words = 0;
	for (size_t i = pp->start; i < pp->end; i++)
		words += fb_isspace((unsigned char)doc->buf[i]) && !fb_isspace((unsigned char)doc->buf[i + 1]);
	const fb_para *np = &doc->para[p + 1];
	return words < 20 && np->end > np->start && doc->buf[np->end - 1] == '.' && np->end - np->start > pp->end - pp->start;
}

size_t fb_doc_next_text(const fb_doc *doc, size_t p)
{
	size_t n = p + 1;
	while (n < doc->npara && doc->para[n].boilerplate)
		n++;
	return n < doc->npara ? n : doc->npara;
}

/* Does the sentence from byte st open with a demonstrative "that" before
 * a noun ("That survey of 968 likely voters", "In that heat wave,"), the
 * thing the sentence before told of, before qs? */
int fb_sent_that_opens(const char *b, size_t st, size_t qs)
{
	size_t i = st;
	static const char *const preps[] = { "In ", "During ", "At ", "By ", NULL }; /* (not "For that reason") */
	for (size_t p = 0; preps[p]; p++)
		if (strncmp(b + i, preps[p], strlen(preps[p])) == 0) {
			i += strlen(preps[p]);
			break;
		}
	if (i + 6 >= qs || !(fb_word_eq(b + i, 4, "that") || fb_word_eq(b + i, 4, "That")) || b[i + 4] != ' ')
		return 0;
	size_t ws = i + 5, we = ws;
	while (we < qs && fb_isalpha((unsigned char)b[we]))
		we++;
	static const char *const not_noun[] = { "is", "was", "would", "will", "could", "has", "had", "means", "may",
		"might", "should", "said", "says", "comes", "came", "makes", "made", NULL };
	if (we == ws || !fb_islower((unsigned char)b[ws]))
		return 0;
	for (size_t n = 0; not_noun[n]; n++)
		if (fb_word_eq(b + ws, we - ws, not_noun[n]))
			return 0;
	return 1;
}
