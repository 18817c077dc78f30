/* deflate.c - a large text deflated in pieces (zlib's streaming mode), so
 * that it is never resident whole: the PDF/A brief's attached record can
 * be many times its article. Texts up to a size go to fb_pdf_deflate
 * (libdeflate in one call: faster, and the bytes the brief's other
 * streams are made with). */
#include "hpdf_fixups.h"

#include <stdint.h>
#include <string.h>
#include <zlib.h>

#define PIECE (1u << 20) /* bytes read, and room made for output, at a time */

int fb_pdf_deflate_behind(const void *data, size_t n, int level, size_t whole, fb_buf *out,
    void (*behind)(void *arg, size_t done), void *arg)
{
	if (n <= whole)
		return fb_pdf_deflate(data, n, level, out);
	z_stream z;
	memset(&z, 0, sizeof z);
	if (deflateInit(&z, level < 1 ? 1 : level > 9 ? 9 : level) != Z_OK)
		return -1;
	const unsigned char *p = data;
	size_t done = 0;
	int rc = Z_OK;
	while (rc == Z_OK && done < n) {
		size_t piece = n - done < PIECE ? n - done : PIECE;
		z.next_in = (Bytef *)(uintptr_t)(p + done);
		z.avail_in = (uInt)piece;
		done += piece;
		int flush = done == n ? Z_FINISH : Z_NO_FLUSH;
		do { /* until zlib has taken the whole piece (into its window) */
			fb_buf_reserve(out, PIECE);
			z.next_out = (Bytef *)(out->p + out->len);
			z.avail_out = PIECE;
			rc = deflate(&z, flush);
			out->len += PIECE - z.avail_out;
		} while (rc == Z_OK && (z.avail_out == 0 || z.avail_in > 0));
		if (behind)
			behind(arg, done);
	}
	if (deflateEnd(&z) != Z_OK && rc != Z_STREAM_END)
		rc = Z_STREAM_ERROR;
	if (out->p)
		out->p[out->len] = '\0';
	return rc == Z_STREAM_END ? 0 : -1;
}
