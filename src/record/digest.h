/* digest.h - the SHA-256 of record.c, for code that reads no JSON (the
 * renderers). Declared in record.h too. */
#ifndef FB_DIGEST_H
#define FB_DIGEST_H

#include <stddef.h>

/* Hex SHA-256 of buf[0,len) into out[65]. */
void fb_sha256_hex(const char *buf, size_t len, char out[65]);

#endif
