/* render_pdf.c - stub. */
#include "render.h"

#include <stdio.h>

int fb_render_pdf(const fb_render_input *in, const fb_template *tpl, fb_buf *out, char *err, size_t errlen)
{
	snprintf(err, errlen, "PDF rendering is not built yet");
	return -1;
}
