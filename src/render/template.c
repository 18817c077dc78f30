/* template.c - reads the brief's layout template: `key = value` lines with
 * # comments, every problem reported as "file:line: why". */
#include "template.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fonts.h"
#include "util.h"

enum vtype { V_PAGE, V_LEN, V_SIZE, V_COLOR, V_STR, V_FONT, V_PDFA, V_LIMIT };

/* One known key: its type and where its value lives in fb_template. */
typedef struct keydef {
	const char *name;
	enum vtype type;
	size_t off;         /* offset of the field */
	size_t off2;        /* V_FONT: offset of the resolved file field */
	const char *role;   /* V_FONT: override file name in fonts/ */
} keydef;

#define F(field) offsetof(fb_template, field)
static const keydef keys[] = {
	{ "page", V_PAGE, 0, 0, NULL },
	{ "margin_top", V_LEN, F(margin_top), 0, NULL },
	{ "margin_bottom", V_LEN, F(margin_bottom), 0, NULL },
	{ "margin_left", V_LEN, F(margin_left), 0, NULL },
	{ "margin_right", V_LEN, F(margin_right), 0, NULL },
	{ "font_regular", V_FONT, F(font_regular), F(file_regular), "regular" },
	{ "font_bold", V_FONT, F(font_bold), F(file_bold), "bold" },
	{ "font_mono", V_FONT, F(font_mono), F(file_mono), "mono" },
	{ "size_body", V_SIZE, F(size_body), 0, NULL },
	{ "size_small", V_SIZE, F(size_small), 0, NULL },
	{ "size_title", V_SIZE, F(size_title), 0, NULL },
	{ "size_heading", V_SIZE, F(size_heading), 0, NULL },
	{ "color_text", V_COLOR, F(color_text), 0, NULL },
	{ "color_muted", V_COLOR, F(color_muted), 0, NULL },
	{ "color_accent", V_COLOR, F(color_accent), 0, NULL },
	{ "color_rule", V_COLOR, F(color_rule), 0, NULL },
	{ "color_highlight", V_COLOR, F(color_highlight), 0, NULL },
	{ "color_single", V_COLOR, F(color_status[0]), 0, NULL },
	{ "color_consistent", V_COLOR, F(color_status[1]), 0, NULL },
	{ "color_review", V_COLOR, F(color_status[2]), 0, NULL },
	{ "color_conflict", V_COLOR, F(color_status[3]), 0, NULL },
	{ "color_unverifiable", V_COLOR, F(color_status[4]), 0, NULL },
	{ "title_conflicts", V_STR, F(title_conflicts), 0, NULL },
	{ "title_claims", V_STR, F(title_claims), 0, NULL },
	{ "title_across", V_STR, F(title_across), 0, NULL },
	{ "title_sources", V_STR, F(title_sources), 0, NULL },
	{ "title_article", V_STR, F(title_article), 0, NULL },
	{ "header", V_STR, F(header), 0, NULL },
	{ "header_right", V_STR, F(header_right), 0, NULL },
	{ "footer", V_STR, F(footer), 0, NULL },
	{ "footer_right", V_STR, F(footer_right), 0, NULL },
	{ "pdfa", V_PDFA, F(pdfa), 0, NULL },
	{ "max_claims", V_LIMIT, F(max_claims), 0, NULL },
	{ "max_sources", V_LIMIT, F(max_sources), 0, NULL },
	{ "max_conflicts", V_LIMIT, F(max_conflicts), 0, NULL },
	{ "max_article_pages", V_LIMIT, F(max_article_pages), 0, NULL },
	{ "max_parts", V_LIMIT, F(max_parts), 0, NULL },
	{ "max_list", V_LIMIT, F(max_list), 0, NULL },
	{ "max_text", V_LIMIT, F(max_text), 0, NULL },
};
#undef F
enum { NKEYS = sizeof keys / sizeof keys[0] };

#define FIELD(t, off, type) ((type *)(void *)((char *)(t) + (off)))

static fb_rgb rgb(unsigned hex)
{
	fb_rgb c = { ((hex >> 16) & 255) / 255.0f, ((hex >> 8) & 255) / 255.0f, (hex & 255) / 255.0f };
	return c;
}

void fb_template_default_limits(fb_template *t)
{
	t->max_claims = 1000, t->max_sources = 300, t->max_conflicts = 200;
	t->max_article_pages = 200, t->max_parts = 20, t->max_list = 60, t->max_text = 2000;
}

/* The built-in defaults: a template need only name what it changes. */
static void defaults(fb_template *t)
{
	t->page_w = 595.276f, t->page_h = 841.89f;
	t->margin_top = t->margin_bottom = 56.7f;
	t->margin_left = t->margin_right = 51.0f;
	t->size_body = 9.5f, t->size_small = 7.5f, t->size_title = 17, t->size_heading = 12.5f;
	t->color_text = rgb(0x1d1d1f), t->color_muted = rgb(0x6e6e73);
	t->color_accent = rgb(0x1f4e79), t->color_rule = rgb(0xc8ccd2);
	t->color_highlight = rgb(0xfff1a8);
	t->color_status[0] = rgb(0x6b7280), t->color_status[1] = rgb(0x2e7d32);
	t->color_status[2] = rgb(0xb26a00), t->color_status[3] = rgb(0xc62828);
	t->color_status[4] = rgb(0x7b5ea7);
	t->pdfa = FB_PDFA_3B;
	fb_template_default_limits(t);
}

static const struct { const char *name; float w, h; } papers[] = {
	{ "A4", 595.276f, 841.89f }, { "A5", 419.528f, 595.276f }, { "A3", 841.89f, 1190.55f },
	{ "Letter", 612, 792 }, { "Legal", 612, 1008 },
};

/* Parses a length: a number with an optional unit pt, mm, cm or in.
 * Returns 0, or -1 when it is not one. */
static int parse_len(const char *s, float *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || !isfinite(v))
		return -1;
	while (*end == ' ')
		end++;
	if (*end == '\0' || strcmp(end, "pt") == 0)
		;
	else if (strcmp(end, "mm") == 0)
		v *= 72.0 / 25.4;
	else if (strcmp(end, "cm") == 0)
		v *= 72.0 / 2.54;
	else if (strcmp(end, "in") == 0)
		v *= 72.0;
	else
		return -1;
	*out = (float)v;
	return 0;
}

/* Page size: a paper name, or WxH lengths ("210mmx297mm", "600x800").
 * Returns 0, or -1 with why. */
static int parse_page(const char *s, float *w, float *h, char *why, size_t n)
{
	for (size_t i = 0; i < sizeof papers / sizeof papers[0]; i++)
		if (fb_word_eq(s, strlen(s), papers[i].name)) {
			*w = papers[i].w, *h = papers[i].h;
			return 0;
		}
	const char *x = strchr(s, 'x');
	if (!x) {
		snprintf(why, n, "bad page size '%s' (want A4, A5, A3, Letter, Legal or WxH)", s);
		return -1;
	}
	char *a = fb_xstrndup(s, (size_t)(x - s));
	int bad = parse_len(a, w) != 0 || parse_len(x + 1, h) != 0;
	free(a);
	if (bad) {
		snprintf(why, n, "bad page size '%s' (want A4, A5, A3, Letter, Legal or WxH)", s);
		return -1;
	}
	/* PDF's limits are 3 to 14400 units; below a postcard nothing fits. */
	if (*w < 144 || *h < 144 || *w > 14400 || *h > 14400) {
		snprintf(why, n, "impossible page size '%s' (each side must be 144 to 14400 pt)", s);
		return -1;
	}
	return 0;
}

static int parse_color(const char *s, fb_rgb *c)
{
	if (s[0] != '#' || strlen(s) != 7)
		return -1;
	unsigned v = 0;
	for (int i = 1; i < 7; i++) {
		int ch = fb_tolower((unsigned char)s[i]), d;
		if (fb_isdigit(ch))
			d = ch - '0';
		else if (ch >= 'a' && ch <= 'f')
			d = ch - 'a' + 10;
		else
			return -1;
		v = v * 16 + (unsigned)d;
	}
	*c = rgb(v);
	return 0;
}

/* Splits one line into key and value (both malloc'ed), stripping comments
 * and quotes. Returns 1 for a key, 0 for a blank line, -1 with why. */
static int split_line(const char *s, size_t n, char **key, char **val, char *why, size_t wn)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] == '#')
		return 0;
	size_t k0 = i;
	while (i < n && (fb_islower((unsigned char)s[i]) || fb_isdigit((unsigned char)s[i]) || s[i] == '_'))
		i++;
	size_t k1 = i;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (k1 == k0 || i == n || s[i] != '=') {
		snprintf(why, wn, "expected 'key = value'");
		return -1;
	}
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	fb_buf v = {0};
	if (i < n && s[i] == '"') {
		/* Quoted: keeps spaces and # ; \" and \\ escape. */
		for (i++;; i++) {
			if (i >= n) {
				fb_buf_free(&v);
				snprintf(why, wn, "unterminated string");
				return -1;
			}
			if (s[i] == '"')
				break;
			if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '\\'))
				i++;
			fb_buf_putc(&v, s[i]);
		}
		for (i++; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
			;
		if (i < n && s[i] != '#') {
			fb_buf_free(&v);
			snprintf(why, wn, "text after the closing quote");
			return -1;
		}
	} else {
		size_t e = i;
		while (e < n && !(s[e] == '#' && e > i && (s[e - 1] == ' ' || s[e - 1] == '\t')))
			e++;
		while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		fb_buf_put(&v, s + i, e - i);
	}
	*key = fb_xstrndup(s + k0, k1 - k0);
	*val = v.p ? v.p : fb_xstrdup("");
	return 1;
}

/* Applies one key's value to t. Returns 0, or -1 with why. */
static int apply(fb_template *t, fb_fonts *fonts, const keydef *d, const char *val, char *why, size_t wn)
{
	switch (d->type) {
	case V_PAGE:
		return parse_page(val, &t->page_w, &t->page_h, why, wn);
	case V_LEN: {
		float *f = FIELD(t, d->off, float);
		if (parse_len(val, f) != 0 || *f < 0 || *f > 1000) {
			snprintf(why, wn, "bad length '%s' for %s (want 0 to 1000 pt, or mm, cm, in)", val, d->name);
			return -1;
		}
		return 0;
	}
	case V_SIZE: {
		float *f = FIELD(t, d->off, float);
		if (parse_len(val, f) != 0 || *f < 4 || *f > 72) {
			snprintf(why, wn, "bad font size '%s' for %s (want 4 to 72 pt)", val, d->name);
			return -1;
		}
		return 0;
	}
	case V_COLOR:
		if (parse_color(val, FIELD(t, d->off, fb_rgb)) != 0) {
			snprintf(why, wn, "bad colour '%s' for %s (want #rrggbb)", val, d->name);
			return -1;
		}
		return 0;
	case V_STR: {
		char **p = FIELD(t, d->off, char *);
		free(*p);
		*p = fb_xstrdup(val);
		return 0;
	}
	case V_FONT: {
		if (!*val) {
			snprintf(why, wn, "empty font name for %s", d->name);
			return -1;
		}
		char *file = fb_fonts_resolve(fonts, val, d->role, why, wn);
		if (!file)
			return -1;
		char **p = FIELD(t, d->off, char *), **f = FIELD(t, d->off2, char *);
		free(*p);
		free(*f);
		*p = fb_xstrdup(val);
		*f = file;
		return 0;
	}
	case V_PDFA: {
		static const char *const names[FB_PDFA__MAX] = { "none", "1b", "3b" };
		for (int i = 0; i < FB_PDFA__MAX; i++)
			if (strcmp(val, names[i]) == 0) {
				t->pdfa = (enum fb_pdfa)i;
				return 0;
			}
		snprintf(why, wn, "bad pdfa '%s' (want none, 1b or 3b)", val);
		return -1;
	}
	case V_LIMIT: {
		/* a whole number; large ones are fine (a template may lift a limit) */
		long v = 0;
		const char *p = val;
		while (fb_isdigit((unsigned char)*p) && v <= FB_TEMPLATE_LIMIT_MAX)
			v = v * 10 + (*p++ - '0');
		if (p == val || *p || v > FB_TEMPLATE_LIMIT_MAX) {
			snprintf(why, wn, "bad limit '%s' for %s (want a whole number, 0 to %d)", val, d->name,
			    FB_TEMPLATE_LIMIT_MAX);
			return -1;
		}
		*FIELD(t, d->off, long) = v;
		return 0;
	}
	}
	return -1;
}

static void fill_default_str(char **p, const char *s)
{
	if (!*p)
		*p = fb_xstrdup(s);
}

fb_template *fb_template_parse(const char *path, const char *text, size_t len,
    char *err, size_t errlen)
{
	fb_template *t = fb_xcalloc(1, sizeof *t);
	t->path = fb_xstrdup(path);
	defaults(t);
	size_t seen_line[NKEYS] = {0};
	size_t page_line = 0, line = 0;
	char why[512];
	fb_fonts *fonts = fb_fonts_new(); /* one fontconfig set-up for all three */
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t e = nl ? (size_t)(nl - text) : len;
		size_t n = e - pos;
		if (n && text[pos + n - 1] == '\r')
			n--;
		line++;
		char *key = NULL, *val = NULL;
		if (memchr(text + pos, '\0', n)) {
			snprintf(err, errlen, "%s:%zu: NUL byte in template", path, line);
			goto fail;
		}
		int r = split_line(text + pos, n, &key, &val, why, sizeof why);
		pos = nl ? e + 1 : len;
		if (r == 0)
			continue;
		if (r < 0) {
			snprintf(err, errlen, "%s:%zu: %s", path, line, why);
			goto fail;
		}
		size_t k = 0;
		while (k < NKEYS && strcmp(keys[k].name, key) != 0)
			k++;
		if (k == NKEYS)
			snprintf(err, errlen, "%s:%zu: unknown key '%s'", path, line, key);
		else if (seen_line[k])
			snprintf(err, errlen, "%s:%zu: '%s' already set on line %zu", path, line, key, seen_line[k]);
		else if (apply(t, fonts, &keys[k], val, why, sizeof why) != 0)
			snprintf(err, errlen, "%s:%zu: %s", path, line, why);
		else {
			seen_line[k] = line;
			if (keys[k].type == V_PAGE || keys[k].type == V_LEN)
				page_line = line;
			free(key);
			free(val);
			continue;
		}
		free(key);
		free(val);
		goto fail;
	}
	/* The body left inside the margins must hold a table and a line. */
	if (t->page_w - t->margin_left - t->margin_right < 144 ||
	    t->page_h - t->margin_top - t->margin_bottom < 144) {
		snprintf(err, errlen, "%s:%zu: impossible page size: %.0fx%.0f pt leaves less than 144 pt "
		    "inside the margins", path, page_line ? page_line : line, t->page_w, t->page_h);
		goto fail;
	}
	static const struct { size_t off, foff; const char *spec, *role; } fdef[] = {
		{ offsetof(fb_template, font_regular), offsetof(fb_template, file_regular), "DejaVu Sans", "regular" },
		{ offsetof(fb_template, font_bold), offsetof(fb_template, file_bold), "DejaVu Sans:style=Bold", "bold" },
		{ offsetof(fb_template, font_mono), offsetof(fb_template, file_mono), "DejaVu Sans Mono", "mono" },
	};
	for (size_t i = 0; i < 3; i++) {
		char **p = FIELD(t, fdef[i].off, char *), **f = FIELD(t, fdef[i].foff, char *);
		if (*p)
			continue;
		*f = fb_fonts_resolve(fonts, fdef[i].spec, fdef[i].role, why, sizeof why);
		if (!*f) {
			snprintf(err, errlen, "%s: default %s", path, why);
			goto fail;
		}
		*p = fb_xstrdup(fdef[i].spec);
	}
	fill_default_str(&t->title_conflicts, "Conflicts and items for review");
	fill_default_str(&t->title_claims, "Claims");
	fill_default_str(&t->title_across, "Across reports");
	fill_default_str(&t->title_sources, "Sources");
	fill_default_str(&t->title_article, "Article");
	fill_default_str(&t->header, "{title}");
	fill_default_str(&t->header_right, "factbrief");
	fill_default_str(&t->footer, "{file} \xc2\xb7 {date}");
	fill_default_str(&t->footer_right, "page {page} of {pages}");
	fb_fonts_free(fonts);
	return t;
fail:
	fb_fonts_free(fonts);
	fb_template_free(t);
	return NULL;
}

fb_template *fb_template_load(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "%s: cannot read template: %s", path, strerror(errno));
		return NULL;
	}
	fb_buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		fb_buf_put(&b, chunk, n);
		if (b.len > (1u << 20)) {
			fclose(f);
			fb_buf_free(&b);
			snprintf(err, errlen, "%s: template larger than 1 MiB", path);
			return NULL;
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		fb_buf_free(&b);
		snprintf(err, errlen, "%s: cannot read template", path);
		return NULL;
	}
	fb_template *t = fb_template_parse(path, b.p ? b.p : "", b.len, err, errlen);
	fb_buf_free(&b);
	return t;
}

void fb_template_free(fb_template *t)
{
	if (!t)
		return;
	free(t->path);
	free(t->font_regular), free(t->font_bold), free(t->font_mono);
	free(t->file_regular), free(t->file_bold), free(t->file_mono);
	free(t->title_across);
	free(t->title_conflicts), free(t->title_claims), free(t->title_sources), free(t->title_article);
	free(t->header), free(t->footer), free(t->header_right), free(t->footer_right);
	free(t);
}

char *fb_template_expand(const char *fmt, const fb_tpl_vars *v)
{
	fb_buf b = {0};
	for (const char *p = fmt; *p;) {
		const char *e = *p == '{' ? strchr(p, '}') : NULL;
		if (e) {
			size_t n = (size_t)(e - p - 1);
			const char *s = NULL;
			char num[32];
			if (n == 5 && !memcmp(p + 1, "title", 5)) s = v->title;
			else if (n == 4 && !memcmp(p + 1, "date", 4)) s = v->date;
			else if (n == 6 && !memcmp(p + 1, "sha256", 6)) s = v->sha256;
			else if (n == 4 && !memcmp(p + 1, "file", 4)) s = v->file;
			else if (n == 4 && !memcmp(p + 1, "page", 4)) snprintf(num, sizeof num, "%d", v->page), s = num;
			else if (n == 5 && !memcmp(p + 1, "pages", 5)) snprintf(num, sizeof num, "%d", v->pages), s = num;
			if (s || (n == 5 && !memcmp(p + 1, "title", 5)) || (n == 4 && !memcmp(p + 1, "date", 4)) ||
			    (n == 6 && !memcmp(p + 1, "sha256", 6)) || (n == 4 && !memcmp(p + 1, "file", 4))) {
				fb_buf_puts(&b, s ? s : "");
				p = e + 1;
				continue;
			}
		}
		fb_buf_putc(&b, *p++);
	}
	return b.p ? b.p : fb_xstrdup("");
}
