/* waymark-reader.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_READER_ERROR (waymark_reader_error_quark ())

typedef enum
{
  WAYMARK_READER_ERROR_IO,
  WAYMARK_READER_ERROR_TOO_LARGE,
  WAYMARK_READER_ERROR_SYNTAX,
  WAYMARK_READER_ERROR_INVALID,
  WAYMARK_READER_ERROR_NEWER_VERSION,
} WaymarkReaderError;

/* Files larger than this, or deeper, are refused before they are parsed. */
#define WAYMARK_READER_MAX_SIZE    (64 * 1024 * 1024)
#define WAYMARK_READER_MAX_DEPTH   64
#define WAYMARK_READER_MAX_STRING  (1024 * 1024)
#define WAYMARK_READER_MAX_OBJECTS 1000000

GQuark          waymark_reader_error_quark (void);
char           *waymark_reader_error_describe     (const GError *error);
gboolean        waymark_reader_error_get_position (const GError *error,
                                                   guint        *line,
                                                   guint        *column);
WaymarkJourney *waymark_reader_load_bytes  (GBytes        *bytes,
                                            const char    *display_name,
                                            GError       **error);
WaymarkJourney *waymark_reader_load_file   (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
WaymarkJourney *waymark_reader_load_path   (const char    *path,
                                            const char    *display_name,
                                            GError       **error);
char           *waymark_reader_dup_display_name (GFile    *file);

G_END_DECLS
