/*
 * data.h: where reference data (rates, grids, templates, festivals) is
 * found: the folder given by a command's option, else $CINEPROD_DATA,
 * else the installed DATADIR (by default /usr/local/share/cineprod).
 */
#ifndef CINEPROD_DATA_H
#define CINEPROD_DATA_H

/* The data folder: dir when not NULL, else $CINEPROD_DATA when set and not
 * empty, else the installed one. */
const char *data_dir(const char *dir);
/* "folder/rel" in the data folder chosen as above; the caller frees it. */
char *data_path(const char *dir, const char *rel);

#endif
