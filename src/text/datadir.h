/* datadir.h - where factbrief's run-time files (data/, templates/, fonts/)
 * are: $FACTBRIEF_HOME, the installed share folder, or the source tree. */
#ifndef FB_DATADIR_H
#define FB_DATADIR_H

/* The folder holding data/, templates/ and fonts/. Never NULL. */
const char *fb_datadir(void);
/* Returns datadir/rel, malloc'ed; caller frees. */
char *fb_datapath(const char *rel);

#endif
