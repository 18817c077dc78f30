/* fonts.c - stub */
