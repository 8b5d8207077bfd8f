/* waymark-save.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* O_TMPFILE */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "waymark-save-private.h"

/* The one way Waymark writes a file: the bytes go to a temporary file in
 * the target's folder, which is synced and renamed over the target, so the
 * target is at every moment the old file or the new one, whole. On any
 * error the temporary file is removed and the target left as it was; no
 * "file~" backup is kept (drafts keep unsaved work).
 *
 * Where the file system allows, the temporary file has no name until it is
 * complete (O_TMPFILE), so a save killed while writing leaves nothing
 * behind. A symlink is followed and its target replaced; the target keeps
 * its mode, and its owner and group where the user may set them. */

#define MAX_LINKS 40

static WaymarkSaveWriteFunc test_write_func;
static WaymarkSaveStepFunc test_step_func;
static gpointer test_data;

void
_waymark_save_set_test_hooks (WaymarkSaveWriteFunc write_func,
                              WaymarkSaveStepFunc  step_func,
                              gpointer             data)
{
  test_write_func = write_func;
  test_step_func = step_func;
  test_data = data;
}

/* 0, or the errno a test wants this step to fail with. */
static int
step (WaymarkSaveStep s)
{
  return test_step_func != NULL ? test_step_func (s, test_data) : 0;
}

static gssize
write_some (int         fd,
            const void *buf,
            gsize       len)
{
  if (test_write_func != NULL)
    return test_write_func (fd, buf, len, test_data);

  return write (fd, buf, len);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len)
{
  while (len > 0)
    {
      gssize n = write_some (fd, data, MIN (len, 1024 * 1024));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      if (n == 0)
        {
          errno = ENOSPC;
          return FALSE;
        }

      data += n;
      len -= n;
    }

  return TRUE;
}

/* The file a chain of symlinks ends at, which need not exist yet. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return g_steal_pointer (&current);

      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }

      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (ELOOP), "%s", g_strerror (ELOOP));

  return NULL;
}

/* A name beside @target that nothing else uses. */
static char *
temporary_name (const char *dir,
                const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = g_strdup_printf (".%s.%06x", base, g_random_int_range (0, 0x1000000));

  return g_build_filename (dir, name, NULL);
}

static gboolean
set_error_errno (GError  **error,
                 int       errsv,
                 gboolean  existed)
{
  if (existed)
    /* Translators: %s is the reason, as the system says it */
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("%s; the old file is unchanged"), g_strerror (errsv));
  else
    /* Translators: %s is the reason, as the system says it */
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("%s; nothing was written"), g_strerror (errsv));

  return FALSE;
}

/* Opens the temporary file; *name stays %NULL while it has none. */
static int
open_temporary (const char  *dir,
                const char  *target,
                int          mode,
                char       **name)
{
  int fd;

  *name = NULL;

  /* Older kernels and some file systems (FUSE) have no O_TMPFILE. */
  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL))
    return fd;

  *name = temporary_name (dir, target);
  g_strlcpy (*name + strlen (*name) - 6, "XXXXXX", 7);

  fd = g_mkstemp_full (*name, O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    g_clear_pointer (name, g_free);

  return fd;
}

/* Gives the anonymous temporary file @fd a name beside @target. */
static char *
link_temporary (int          fd,
                const char  *dir,
                const char  *target)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = temporary_name (dir, target);

      if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
        return g_steal_pointer (&name);
      if (errno != EEXIST)
        return NULL;
    }

  return NULL;
}

static void
sync_directory (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
save_path (const char        *path,
           GBytes            *bytes,
           WaymarkSaveFlags   flags,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temporary = NULL;
  struct stat st;
  gboolean existed;
  const char *data;
  gsize len;
  int fd = -1;
  int errsv;

  if (!(target = resolve_links (path, error)))
    return FALSE;

  existed = g_stat (target, &st) == 0;
  if (!existed && errno != ENOENT)
    return set_error_errno (error, errno, FALSE);

  if (existed && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("not a regular file; nothing was written"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  data = g_bytes_get_data (bytes, &len);

  fd = open_temporary (dir, target, (flags & WAYMARK_SAVE_PRIVATE) ? 0600 : 0666, &temporary);
  if (fd < 0 || (errno = step (WAYMARK_SAVE_STEP_OPENED)) != 0)
    goto failed;

  if (existed)
    {
      /* Only root may give a file away; a group the user is in is fine. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, -1, st.st_gid) != 0)
        g_debug ("Could not keep the group of %s: %s", target, g_strerror (errno));
      if (fchmod (fd, st.st_mode & 07777) != 0)
        goto failed;
    }

  if (!write_all (fd, data, len) || (errno = step (WAYMARK_SAVE_STEP_WRITTEN)) != 0)
    goto failed;

  if (fsync (fd) != 0 || (errno = step (WAYMARK_SAVE_STEP_SYNCED)) != 0)
    goto failed;

  if (temporary == NULL)
    {
      if (!(temporary = link_temporary (fd, dir, target)) ||
          (errno = step (WAYMARK_SAVE_STEP_LINKED)) != 0)
        goto failed;
    }

  errsv = close (fd) == 0 ? 0 : errno;
  fd = -1;
  if (errsv != 0)
    {
      errno = errsv;
      goto failed;
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      errno = ECANCELED;
      goto failed;
    }

  if (g_rename (temporary, target) != 0 || (errno = step (WAYMARK_SAVE_STEP_RENAMED)) != 0)
    goto failed;

  sync_directory (dir);

  return TRUE;

failed:
  errsv = errno;
  if (fd >= 0)
    close (fd);
  if (temporary != NULL)
    g_unlink (temporary);
  if (errsv == ECANCELED)
    return !g_cancellable_set_error_if_cancelled (cancellable, error);

  return set_error_errno (error, errsv, existed);
}

/**
 * waymark_save_bytes:
 *
 * Replaces @file with @bytes atomically, or leaves it as it was and says
 * so in @error ("No space left on device; the old file is unchanged").
 */
gboolean
waymark_save_bytes (GFile             *file,
                    GBytes            *bytes,
                    WaymarkSaveFlags   flags,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A location without a local path (a remote folder) is GIO's to write;
   * it too writes beside the file and renames. */
  if (!(path = g_file_get_path (file)))
    return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE,
                                    (flags & WAYMARK_SAVE_PRIVATE) ? G_FILE_CREATE_PRIVATE : 0,
                                    NULL, cancellable, error);

  return save_path (path, bytes, flags, cancellable, error);
}

typedef struct
{
  GBytes           *bytes;
  WaymarkSaveFlags  flags;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_bytes_unref (data->bytes);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (waymark_save_bytes (source_object, data->bytes, data->flags, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
waymark_save_bytes_async (GFile               *file,
                          GBytes              *bytes,
                          WaymarkSaveFlags     flags,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  data = g_new0 (SaveData, 1);
  data->bytes = g_bytes_ref (bytes);
  data->flags = flags;

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_save_bytes_async);
  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
waymark_save_bytes_finish (GFile         *file,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
