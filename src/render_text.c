/* render_text.c - stub. */
#include "render.h"

void fb_render_text(const fb_render_input *in, fb_buf *out) { fb_buf_puts(out, "(text summary)\n"); }
