/* waymark-reader-values.h: what the reader's parts share: the state of one
 * load, paths into the document, and checked access to JSON values.
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "waymark-journey.h"

G_BEGIN_DECLS

typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *key;
  guint       index;
};

#define PATH_KEY(parent_, key_) { (parent_), (key_), 0 }
#define PATH_INDEX(parent_, index_) { (parent_), NULL, (index_) }

typedef struct
{
  const char     *name;
  GError        **error;
  GHashTable     *ids;      /* id -> index + 1 into entries */
  GArray         *entries;  /* IdEntry */
  WaymarkJourney *journey;
  GPtrArray      *items;    /* what the list being read has so far */
  GHashTable     *cells;    /* "row\nrole" -> Cell: the assignments so far */
  GArray         *placed;   /* PlacedTouchpoint: the touchpoints so far */
  /* While the tree is built (see _waymark_reader_stream ()): the ids are copied, as
   * the elements are freed, and references not yet known are checked at
   * the end. */
  gboolean        streaming;
  GStringChunk   *strings;
  GArray         *deferred; /* Reference */
} Reader;

void _waymark_reader_append_path (GString *str, const Path *path);
gboolean _waymark_reader_fail (Reader *r, const Path *path, int code, const char *format, ...) G_GNUC_PRINTF (4, 5);
const char * _waymark_reader_describe (JsonNode *node);
gboolean _waymark_reader_is_number (JsonNode *node);
gboolean _waymark_reader_is_string (JsonNode *node);
double _waymark_reader_number_value (JsonNode *node);
gboolean _waymark_reader_integer_value (JsonNode *node, gint64 *value);
gboolean _waymark_reader_get_object (Reader *r, JsonNode *node, const Path *path, JsonObject **object);
gboolean _waymark_reader_get_array (Reader *r, JsonNode *node, const Path *path, JsonArray **array);
gboolean _waymark_reader_read_string (Reader *r, JsonObject *object, const Path *parent, const char *key, gboolean required, const char **value);
gboolean _waymark_reader_read_number (Reader *r, JsonObject *object, const Path *parent, const char *key, double min, double max, double *value);
gboolean _waymark_reader_read_integer (Reader *r, JsonObject *object, const Path *parent, const char *key, gboolean required, gint64 min, gint64 max, gboolean *present, gint64 *value);
gboolean _waymark_reader_is_color (const char *str);
gboolean _waymark_reader_read_color (Reader *r, JsonObject *object, const Path *parent, const char **value);

G_END_DECLS
