/* waymark-reader-file.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "waymark-reader-private.h"

/* Opening a file for the reader: what is not a regular file, or larger
 * than the limit, is refused before any of it is read. */

static gboolean
set_io_error (GError     **error,
              const char  *name,
              int          errsv)
{
  const char *reason;

  switch (errsv)
    {
    case ENOENT:
      reason = _("no such file");
      break;
    case EACCES:
    case EPERM:
      reason = _("permission denied");
      break;
    case EISDIR:
      reason = _("is a folder, not a file");
      break;
    default:
      reason = g_strerror (errsv);
      break;
    }

  _waymark_reader_set_error (error, WAYMARK_READER_ERROR_IO, name, 0, 0, NULL, FALSE, reason);

  return FALSE;
}

/* Reads a regular file of at most the size limit: a FIFO would block, a
 * device such as /dev/zero never ends, and a huge file is refused before
 * any of it is read. */
static GBytes *
read_file (const char  *path,
           const char  *name,
           GError     **error)
{
  g_autofree char *data = NULL;
  struct stat st;
  gsize size, len = 0;
  int fd;

  /* Non-blocking, so that opening a FIFO does not wait for a writer. */
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return set_io_error (error, name, errno), NULL;

  if (fstat (fd, &st) != 0)
    {
      int errsv = errno;

      close (fd);
      return set_io_error (error, name, errsv), NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      if (S_ISDIR (st.st_mode))
        return set_io_error (error, name, EISDIR), NULL;
      _waymark_reader_set_error (error, WAYMARK_READER_ERROR_IO, name, 0, 0, NULL, FALSE,
                                 _("not a regular file"));
      return NULL;
    }

  if (st.st_size > WAYMARK_READER_MAX_SIZE)
    {
      close (fd);
      _waymark_reader_set_too_large (error, name, st.st_size);
      return NULL;
    }

  /* One byte more than the limit shows a file that grew meanwhile. */
  size = MIN ((gsize)st.st_size, WAYMARK_READER_MAX_SIZE) + 1;
  data = g_malloc (size);

  for (;;)
    {
      gssize n;

      if (len == size)
        {
          if (size > WAYMARK_READER_MAX_SIZE)
            break;
          size = MIN (size * 2, (gsize)WAYMARK_READER_MAX_SIZE + 1);
          data = g_realloc (data, size);
        }

      n = read (fd, data + len, size - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int errsv = errno;

          close (fd);
          return set_io_error (error, name, errsv), NULL;
        }
      if (n == 0)
        break;
      len += n;
    }

  close (fd);

  if (len > WAYMARK_READER_MAX_SIZE)
    {
      _waymark_reader_set_too_large (error, name, len);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&data), len);
}

/**
 * waymark_reader_load_path:
 * @display_name: how to name the file in messages
 *
 * Returns: (transfer full): the journey, or %NULL with @error set
 */
WaymarkJourney *
waymark_reader_load_path (const char  *path,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!(bytes = read_file (path, display_name, error)))
    return NULL;

  return waymark_reader_load_bytes (bytes, display_name, error);
}

/**
 * waymark_reader_load_file:
 *
 * Returns: (transfer full): the journey, or %NULL with @error set
 */
WaymarkJourney *
waymark_reader_load_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = waymark_reader_dup_display_name (file);

  if ((path = g_file_get_path (file)) != NULL)
    return waymark_reader_load_path (path, name, error);

  /* A location without a local path: GIO reads it, after the same checks. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      _waymark_reader_set_error (error, WAYMARK_READER_ERROR_IO, name, 0, 0, NULL, FALSE,
                                 _("not a regular file"));
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > WAYMARK_READER_MAX_SIZE)
    {
      _waymark_reader_set_too_large (error, name, g_file_info_get_size (info));
      return NULL;
    }

  if (info == NULL || !(bytes = g_file_load_bytes (file, cancellable, NULL, &local_error)))
    {
      _waymark_reader_set_error (error, WAYMARK_READER_ERROR_IO, name, 0, 0, NULL, FALSE,
                                 local_error->message);
      return NULL;
    }

  return waymark_reader_load_bytes (bytes, name, error);
}

/**
 * waymark_reader_dup_display_name:
 *
 * Returns: (transfer full): the path of @file, or its URI when it has none
 */
char *
waymark_reader_dup_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_file_get_parse_name (file);
}
