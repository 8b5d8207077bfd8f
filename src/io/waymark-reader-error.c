/* waymark-reader-error.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>

#include "waymark-reader-private.h"

/* A reader error carries two texts: the technical line in its message
 * ("FILE:12:7: not valid JSON: a comma is missing after “Attract”"), for
 * the command line and bug reports, and the same in plain words without
 * the file name ("Line 12, column 7: a comma is missing after “Attract”")
 * for the window's dialog, with the place. */

typedef struct
{
  guint  line;
  guint  column;
  char  *plain;
} WaymarkReaderErrorPrivate;

static void
waymark_reader_error_private_init (WaymarkReaderErrorPrivate *priv)
{
  priv->line = 0;
  priv->column = 0;
  priv->plain = NULL;
}

static void
waymark_reader_error_private_copy (const WaymarkReaderErrorPrivate *src,
                                   WaymarkReaderErrorPrivate       *dest)
{
  dest->line = src->line;
  dest->column = src->column;
  dest->plain = g_strdup (src->plain);
}

static void
waymark_reader_error_private_clear (WaymarkReaderErrorPrivate *priv)
{
  g_clear_pointer (&priv->plain, g_free);
}

G_DEFINE_EXTENDED_ERROR (WaymarkReaderError, waymark_reader_error)

/* Sets @error to "NAME:LINE:COLUMN: DETAIL" when @line is not 0 (with
 * "not valid JSON: " before DETAIL when @json), "NAME: WHERE: DETAIL" when
 * @where is set, else "NAME: DETAIL". */
void
_waymark_reader_set_error (GError     **error,
                           int          code,
                           const char  *name,
                           guint        line,
                           guint        column,
                           const char  *where,
                           gboolean     json,
                           const char  *detail)
{
  g_autofree char *shown = NULL;
  WaymarkReaderErrorPrivate *priv;

  if (error == NULL)
    return;

  /* Translators: what is wrong with a file that is not JSON */
  shown = json ? g_strdup_printf (_("not valid JSON: %s"), detail) : g_strdup (detail);

  if (line > 0)
    g_set_error (error, WAYMARK_READER_ERROR, code, "%s:%u:%u: %s", name, line, column, shown);
  else if (where != NULL)
    g_set_error (error, WAYMARK_READER_ERROR, code, "%s: %s: %s", name, where, detail);
  else
    g_set_error (error, WAYMARK_READER_ERROR, code, "%s: %s", name, detail);

  priv = waymark_reader_error_get_private (*error);
  g_assert (priv != NULL);
  priv->line = line;
  priv->column = column;

  if (line > 0)
    /* Translators: where a file is broken, and how, for the error dialog */
    priv->plain = g_strdup_printf (_("Line %u, column %u: %s"), line, column, detail);
  else if (where != NULL)
    /* Translators: %s is a place in the file such as journey.stages[2].name */
    priv->plain = g_strdup_printf (_("In %s: %s"), where, detail);
  else
    priv->plain = g_strdup (detail);
}

void
_waymark_reader_set_too_large (GError     **error,
                               const char  *name,
                               guint64      size)
{
  g_autofree char *detail = NULL;

  detail = g_strdup_printf (_("the file is larger than the %u MiB limit (%" PRIu64 " bytes)"),
                            WAYMARK_READER_MAX_SIZE / (1024 * 1024), size);
  _waymark_reader_set_error (error, WAYMARK_READER_ERROR_TOO_LARGE, name, 0, 0, NULL, FALSE,
                             detail);
}

/**
 * waymark_reader_error_describe:
 * @error: an error from the reader
 *
 * What is wrong and where, in plain words and without the file name, for
 * a dialog: "Line 12, column 7: a comma is missing after “Attract”". The
 * technical line for a bug report is @error's message.
 *
 * Returns: (transfer full): the text
 */
char *
waymark_reader_error_describe (const GError *error)
{
  WaymarkReaderErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != WAYMARK_READER_ERROR ||
      !(priv = waymark_reader_error_get_private (error)) || priv->plain == NULL)
    return g_strdup (error->message);

  return g_strdup (priv->plain);
}

/**
 * waymark_reader_error_get_position:
 * @line: (out): 1 for the first line
 * @column: (out): 1 for the first character of a line
 *
 * Returns: whether @error names a line and column
 */
gboolean
waymark_reader_error_get_position (const GError *error,
                                   guint        *line,
                                   guint        *column)
{
  WaymarkReaderErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, FALSE);

  if (error->domain != WAYMARK_READER_ERROR ||
      !(priv = waymark_reader_error_get_private (error)) || priv->line == 0)
    return FALSE;

  *line = priv->line;
  *column = priv->column;

  return TRUE;
}
