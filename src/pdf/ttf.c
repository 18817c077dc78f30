/* ttf.c - TrueType fonts for the brief: the file read (mapped) with its
 * table directory, cmap, widths and descriptor metrics; composite glyphs
 * followed to their parts; a subset of the glyphs drawn written as a font
 * program. Knows nothing of libharu. */
#include "ttf.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------- composite glyphs */




/* Reads the table directory. Returns 0, or -1 when the file is not a
 * TrueType font we can read. */
static int ttf_read(ttf *t, const char *path)
{
	memset(t, 0, sizeof *t);
	/* Mapped, not read: only the pages of the glyphs used are touched. */
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 12 && st.st_size < (64 << 20)) {
		void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED)
			t->p = m, t->n = (size_t)st.st_size, t->mapped = 1;
	}
	close(fd);
	if (t->n < 12)
		return -1;
	unsigned ntab = be16(t->p + 4);
	size_t head = 0, maxp = 0;
	for (unsigned i = 0; i < ntab; i++) {
		size_t d = 12 + 16 * (size_t)i;
		if (d + 16 > t->n)
			return -1;
		uint32_t off = be32(t->p + d + 8), len = be32(t->p + d + 12);
		if ((size_t)off + len > t->n)
			return -1;
		if (!memcmp(t->p + d, "glyf", 4))
			t->glyf = off, t->glyf_len = len;
		else if (!memcmp(t->p + d, "loca", 4))
			t->loca = off;
		else if (!memcmp(t->p + d, "head", 4) && len >= 54)
			head = off;
		else if (!memcmp(t->p + d, "maxp", 4) && len >= 6)
			maxp = off;
	}
	if (!t->glyf || !t->loca || !head || !maxp)
		return -1;
	t->long_loca = be16(t->p + head + 50) != 0;
	t->nglyphs = be16(t->p + maxp + 4);
	if (t->loca + (t->nglyphs + 1) * (t->long_loca ? 4 : 2) > t->n)
		return -1;
	return 0;
}

static const unsigned char *ttf_table(const ttf *t, const char *tag, size_t *len);

/* Fills t->gid from the Unicode BMP cmap (format 4, platform 3/1 or 0).
 * Returns 0, or -1 when there is none. */
static int ttf_cmap(ttf *t)
{
	size_t len;
	const unsigned char *c = ttf_table(t, "cmap", &len);
	if (!c || len < 4)
		return -1;
	const unsigned char *sub = NULL;
	size_t sublen = 0;
	unsigned nt = be16(c + 2);
	for (unsigned i = 0; i < nt && 4 + 8 * (size_t)i + 8 <= len; i++) {
		const unsigned char *r = c + 4 + 8 * (size_t)i;
		unsigned pid = be16(r), eid = be16(r + 2);
		uint32_t off = be32(r + 4);
		if (off + 14 > len || be16(c + off) != 4)
			continue;
		if ((pid == 3 && eid == 1) || (pid == 0 && !sub)) {
			sub = c + off, sublen = len - off;
			if (be16(sub + 2) < sublen)
				sublen = be16(sub + 2);
			if (pid == 3)
				break;
		}
	}
	if (!sub)
		return -1;
	unsigned segs = be16(sub + 6) / 2;
	if (14 + 8 * (size_t)segs + 2 > sublen)
		return -1;
	const unsigned char *ends = sub + 14, *starts = ends + 2 * segs + 2;
	const unsigned char *deltas = starts + 2 * segs, *ros = deltas + 2 * segs;
	for (unsigned s = 0; s < segs; s++) {
		unsigned e = be16(ends + 2 * s), a = be16(starts + 2 * s);
		unsigned delta = be16(deltas + 2 * s), ro = be16(ros + 2 * s);
		for (unsigned cp = a; cp <= e && cp < 0xffff; cp++) {
			unsigned g;
			if (!ro)
				g = (cp + delta) & 0xffff;
			else {
				size_t at = (size_t)(ros + 2 * s - sub) + ro + 2 * (size_t)(cp - a);
				if (at + 2 > sublen)
					break;
				g = be16(sub + at);
				if (g)
					g = (g + delta) & 0xffff;
			}
			t->gid[cp] = (uint16_t)(g < t->nglyphs ? g : 0);
		}
	}
	return 0;
}

/* A byte a PDF name may hold as it is: printable ASCII, no delimiter. */
static int name_byte(unsigned char c)
{
	return c > 0x20 && c < 0x7f && !strchr("()<>[]{}/%#", c);
}

/* The PostScript name: name 6, Windows Unicode or Mac Roman. */
static void ttf_psname(const ttf *t, const char *path, char out[64])
{
	size_t len, o = 0;
	const unsigned char *nm = ttf_table(t, "name", &len);
	unsigned cnt = nm && len >= 6 ? be16(nm + 2) : 0, sto = nm && len >= 6 ? be16(nm + 4) : 0;
	for (unsigned i = 0; i < cnt && o == 0 && 6 + 12 * (size_t)(i + 1) <= len; i++) {
		const unsigned char *r = nm + 6 + 12 * (size_t)i;
		unsigned pid = be16(r), id = be16(r + 6), l = be16(r + 8), off = be16(r + 10);
		int wide = pid == 3 || pid == 0;
		if (id != 6 || (!wide && pid != 1) || (size_t)sto + off + l > len)
			continue;
		for (unsigned k = wide; k < l && o < 63; k += 1 + wide) {
			if (name_byte(nm[sto + off + k]))
				out[o++] = (char)nm[sto + off + k];
		}
	}
	if (o == 0) { /* the file's name, then */
		const char *b = strrchr(path, '/');
		for (b = b ? b + 1 : path; *b && *b != '.' && o < 63; b++)
			if (name_byte((unsigned char)*b))
				out[o++] = *b;
	}
	if (o == 0)
		memcpy(out, "Font", 4), o = 4;
	out[o] = '\0';
}

static int ttf_glyph(const ttf *t, unsigned gid, size_t *a, size_t *b);

/* The glyph's top (yMax of its header) in 1/1000 em, or 0. */
static int glyph_top(const ttf *t, unsigned cp, unsigned upem)
{
	size_t a, b;
	unsigned g = t->gid[cp];
	if (!g || ttf_glyph(t, g, &a, &b) != 0 || b - a < 10)
		return 0;
	return (int16_t)be16(t->p + a + 8) * 1000 / (int)upem;
}

/* What the font descriptor says of the font. */
static void ttf_describe(ttf *t, const char *path, const unsigned char *head, const unsigned char *hhea, unsigned upem)
{
	size_t l2 = 0, lp = 0;
	const unsigned char *os2 = ttf_table(t, "OS/2", &l2), *post = ttf_table(t, "post", &lp);
	int u = (int)upem;
	ttf_psname(t, path, t->psname);
	for (int i = 0; i < 4; i++)
		t->bbox[i] = (int16_t)be16(head + 36 + 2 * i) * 1000 / u;
	t->ascent = (int16_t)be16(hhea + 4) * 1000 / u;
	t->descent = (int16_t)be16(hhea + 6) * 1000 / u;
	/* OS/2 version 2 and later give the heights; else the glyphs do. */
	int v2 = os2 && l2 >= 92 && be16(os2) >= 2;
	t->cap_height = v2 ? (int16_t)be16(os2 + 88) * 1000 / u : glyph_top(t, 'H', upem);
	t->x_height = v2 ? (int16_t)be16(os2 + 86) * 1000 / u : glyph_top(t, 'x', upem);
	if (!t->cap_height)
		t->cap_height = t->ascent;
	int32_t angle = post && lp >= 16 ? (int32_t)be32(post + 4) : 0; /* 16.16 */
	t->italic_angle = angle / 65536;
	int weight = os2 && l2 >= 6 ? (int)be16(os2 + 4) : 400;
	/* No stem in the file: the usual estimate from the weight class. */
	t->stem_v = 50 + weight * weight / 65 / 65;
	unsigned mac = be16(head + 44);
	t->flags = 32;                        /* Nonsymbolic: a Unicode cmap */
	if (post && lp >= 16 && be32(post + 12))
		t->flags |= 1;                /* FixedPitch */
	if (angle || (mac & 2))
		t->flags |= 64;               /* Italic */
	if (mac & 1)
		t->flags |= 1 << 18;          /* ForceBold */
}

fb_ttf *fb_ttf_open(const char *path, char *err, size_t errlen)
{
	ttf *t = fb_xcalloc(1, sizeof *t);
	size_t hl, hhl, hml;
	if (ttf_read(t, path) != 0) {
		snprintf(err, errlen, "%s: cannot read the TrueType glyph tables", path);
		goto fail;
	}
	const unsigned char *head = ttf_table(t, "head", &hl), *hhea = ttf_table(t, "hhea", &hhl);
	const unsigned char *hmtx = ttf_table(t, "hmtx", &hml);
	unsigned nhm = hhea && hhl >= 36 ? be16(hhea + 34) : 0;
	unsigned upem = head ? be16(head + 18) : 0;
	if (!hmtx || nhm == 0 || (size_t)nhm * 4 > hml || upem == 0) {
		snprintf(err, errlen, "%s: no horizontal metrics", path);
		goto fail;
	}
	t->gid = fb_xcalloc(65536, sizeof *t->gid);
	t->gw = fb_xcalloc(t->nglyphs + 1, sizeof *t->gw);
	if (ttf_cmap(t) != 0) {
		snprintf(err, errlen, "%s: no Unicode character map (format 4)", path);
		goto fail;
	}
	for (unsigned g = 0; g < t->nglyphs; g++) {
		unsigned adv = be16(hmtx + 4 * (g < nhm ? g : nhm - 1));
		t->gw[g] = (uint16_t)(adv * 1000u / upem);
	}
	ttf_describe(t, path, head, hhea, upem);
	return t;
fail:
	fb_ttf_free(t);
	return NULL;
}

void fb_ttf_free(fb_ttf *t)
{
	if (!t)
		return;
	if (t->mapped)
		munmap(t->p, t->n);
	free(t->gid);
	free(t->gw);
	free(t);
}

int fb_ttf_width(const fb_ttf *t, unsigned cp)
{
	return t->gw[t->gid[cp < 65536 ? cp : 0]];
}

int fb_ttf_has(const fb_ttf *t, unsigned cp)
{
	return cp < 65536 && t->gid[cp] != 0;
}

long fb_ttf_text_width(const fb_ttf *t, const char *s, size_t n)
{
	long w = 0;
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		if (c < 0x80) {
			w += t->gw[t->gid[c]];
			i++;
			continue;
		}
		size_t l = 1;
		unsigned cp = fb_utf8_decode(s, n, i, &l);
		w += t->gw[t->gid[cp < 65536 ? cp : 0]];
		i += l ? l : 1;
	}
	return w;
}

/* The glyph's bytes [*a, *b) inside glyf; 0, or -1 when out of range. */
static int ttf_glyph(const ttf *t, unsigned gid, size_t *a, size_t *b)
{
	if (gid >= t->nglyphs)
		return -1;
	const unsigned char *l = t->p + t->loca;
	size_t x = t->long_loca ? be32(l + 4 * gid) : 2 * (size_t)be16(l + 2 * gid);
	size_t y = t->long_loca ? be32(l + 4 * gid + 4) : 2 * (size_t)be16(l + 2 * gid + 2);
	if (x > y || y > t->glyf_len)
		return -1;
	*a = t->glyf + x, *b = t->glyf + y;
	return 0;
}

/* Marks, in flags, every component of every marked composite glyph,
 * nested ones too. Linear: each glyph is queued at most once. */
void fb_ttf_mark_components(const ttf *t, unsigned char *flags, unsigned nflags)
{
	unsigned *queue = fb_xcalloc(nflags + 1, sizeof *queue);
	size_t qn = 0;
	for (unsigned g = 0; g < nflags; g++)
		if (flags[g])
			queue[qn++] = g;
	while (qn) {
		unsigned g = queue[--qn];
		size_t a, b;
		if (ttf_glyph(t, g, &a, &b) != 0 || b - a < 10)
			continue;
		if ((int16_t)be16(t->p + a) >= 0)
			continue; /* simple glyph */
		size_t o = a + 10;
		for (;;) {
			if (o + 4 > b)
				break;
			unsigned fl = be16(t->p + o), comp = be16(t->p + o + 2);
			o += 4 + ((fl & 0x1) ? 4 : 2);
			if (fl & 0x8)
				o += 2;
			else if (fl & 0x40)
				o += 4;
			else if (fl & 0x80)
				o += 8;
			if (comp < nflags && !flags[comp]) {
				flags[comp] = 1;
				queue[qn++] = comp;
			}
			if (!(fl & 0x20))
				break;
		}
	}
	free(queue);
}


/* ------------------------------------------------------------- subsetting */


/* The bytes of table tag, or NULL. */
static const unsigned char *ttf_table(const ttf *t, const char *tag, size_t *len)
{
	unsigned ntab = be16(t->p + 4);
	for (unsigned i = 0; i < ntab; i++) {
		const unsigned char *d = t->p + 12 + 16 * (size_t)i;
		if (!memcmp(d, tag, 4)) {
			*len = be32(d + 12);
			return t->p + be32(d + 8);
		}
	}
	return NULL;
}

static uint32_t checksum(const unsigned char *p, size_t n)
{
	uint32_t s = 0;
	for (size_t i = 0; i < n; i += 4) {
		unsigned char w[4] = {0, 0, 0, 0};
		memcpy(w, p + i, n - i < 4 ? n - i : 4);
		s += be32(w);
	}
	return s;
}

/* Writes a TrueType font holding only glyphs keep[0..n) (keep[0] == 0),
 * renumbered 0..n-1 in that order; composite glyphs point at their parts'
 * new numbers (every part must be kept). newid maps old ids (size
 * t->nglyphs). Returns 0, or -1 when a table is missing or bad. */
int fb_ttf_subset(const ttf *t, const unsigned *keep, unsigned n, const unsigned *newid, fb_buf *out)
{
	size_t hl, hhl, ml, hml, l;
	const unsigned char *head = ttf_table(t, "head", &hl), *hhea = ttf_table(t, "hhea", &hhl);
	const unsigned char *maxp = ttf_table(t, "maxp", &ml), *hmtx = ttf_table(t, "hmtx", &hml);
	if (!head || hl < 54 || !hhea || hhl < 36 || !maxp || ml < 6 || !hmtx)
		return -1;
	unsigned nhm = be16(hhea + 34);
	if (nhm == 0 || (size_t)nhm * 4 > hml)
		return -1;
	fb_buf glyf = {0}, loca = {0}, mtx = {0};
	for (unsigned i = 0; i < n; i++) {
		size_t a, b;
		put32(&loca, (uint32_t)glyf.len);
		if (ttf_glyph(t, keep[i], &a, &b) != 0) {
			fb_buf_free(&glyf), fb_buf_free(&loca), fb_buf_free(&mtx);
			return -1;
		}
		size_t at = glyf.len;
		fb_buf_put(&glyf, (const char *)t->p + a, b - a);
		if (b - a >= 10 && (int16_t)be16(t->p + a) < 0) {
			unsigned char *g = (unsigned char *)glyf.p + at;
			size_t o = 10, gl = b - a;
			while (o + 4 <= gl) {
				unsigned fl = be16(g + o), comp = be16(g + o + 2);
				set16(g + o + 2, comp < t->nglyphs ? newid[comp] : 0);
				o += 4 + ((fl & 0x1) ? 4 : 2);
				o += (fl & 0x8) ? 2 : (fl & 0x40) ? 4 : (fl & 0x80) ? 8 : 0;
				if (!(fl & 0x20))
					break;
			}
		}
		while (glyf.len % 4)
			fb_buf_putc(&glyf, 0);
		unsigned g = keep[i];
		unsigned adv = be16(hmtx + 4 * (g < nhm ? g : nhm - 1));
		size_t lsbo = g < nhm ? 4 * (size_t)g + 2 : 4 * (size_t)nhm + 2 * (size_t)(g - nhm);
		put16(&mtx, adv);
		put16(&mtx, lsbo + 2 <= hml ? be16(hmtx + lsbo) : 0);
	}
	put32(&loca, (uint32_t)glyf.len);

	/* Tables in tag order; head, hhea, maxp patched. */
	static const char *const tags[] = { "OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep" };
	struct { const char *tag; fb_buf data; } tab[11];
	unsigned nt = 0;
	for (unsigned i = 0; i < 11; i++) {
		fb_buf d = {0};
		const char *tg = tags[i];
		if (!strcmp(tg, "glyf")) d = glyf, glyf.p = NULL;
		else if (!strcmp(tg, "loca")) d = loca, loca.p = NULL;
		else if (!strcmp(tg, "hmtx")) d = mtx, mtx.p = NULL;
		else if (!strcmp(tg, "post")) {
			const unsigned char *p = ttf_table(t, "post", &l);
			if (!p || l < 32)
				continue;
			fb_buf_put(&d, (const char *)p, 32);
			set32((unsigned char *)d.p, 0x00030000); /* format 3: no glyph names */
		} else {
			const unsigned char *p = ttf_table(t, tg, &l);
			if (!p)
				continue;
			fb_buf_put(&d, (const char *)p, l);
			if (!strcmp(tg, "head")) {
				set32((unsigned char *)d.p + 8, 0);   /* checkSumAdjustment, set below */
				set16((unsigned char *)d.p + 50, 1); /* long loca */
			} else if (!strcmp(tg, "hhea"))
				set16((unsigned char *)d.p + 34, n);
			else if (!strcmp(tg, "maxp"))
				set16((unsigned char *)d.p + 4, n);
		}
		tab[nt].tag = tg, tab[nt].data = d;
		nt++;
	}
	fb_buf_free(&glyf), fb_buf_free(&loca), fb_buf_free(&mtx);
	unsigned es = 0;
	while ((2u << es) <= nt)
		es++;
	size_t start = out->len;
	put32(out, 0x00010000);
	put16(out, nt);
	put16(out, (1u << es) * 16);
	put16(out, es);
	put16(out, nt * 16 - (1u << es) * 16);
	size_t off = 12 + 16 * (size_t)nt, head_at = 0;
	for (unsigned i = 0; i < nt; i++) {
		fb_buf_put(out, tab[i].tag, 4);
		put32(out, checksum((const unsigned char *)tab[i].data.p, tab[i].data.len));
		put32(out, (uint32_t)off);
		put32(out, (uint32_t)tab[i].data.len);
		if (!strcmp(tab[i].tag, "head"))
			head_at = off;
		off += (tab[i].data.len + 3) & ~(size_t)3;
	}
	for (unsigned i = 0; i < nt; i++) {
		fb_buf_put(out, tab[i].data.p, tab[i].data.len);
		while ((out->len - start) % 4)
			fb_buf_putc(out, 0);
		fb_buf_free(&tab[i].data);
	}
	if (head_at)
		set32((unsigned char *)out->p + start + head_at + 8,
		    0xB1B0AFBAu - checksum((const unsigned char *)out->p + start, out->len - start));
	return 0;
}
