/* test-save.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "waymark-save-private.h"

/* Every way a save can fail leaves the old file byte for byte as it was,
 * no temporary file beside it, and says so. */

#define OLD_TEXT "{\"old\": true}\n"

typedef struct
{
  char   *dir;
  char   *path;
  GFile  *file;
  GBytes *old_bytes;
  GBytes *new_bytes;
  gboolean mounted;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GString *big = g_string_new (NULL);

  f->dir = g_dir_make_tmp ("waymark-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "journey.waymark", NULL);
  f->file = g_file_new_for_path (f->path);
  f->old_bytes = g_bytes_new_static (OLD_TEXT, strlen (OLD_TEXT));

  /* 100 KB: more than the small tmpfs holds. */
  while (big->len < 100 * 1000)
    g_string_append (big, "{\"new\": \"0123456789abcdef0123456789abcdef\"}\n");
  f->new_bytes = g_string_free_to_bytes (big);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  _waymark_save_set_test_hooks (NULL, NULL, NULL);
  g_chmod (f->dir, 0700);
  if (f->mounted)
    g_assert_cmpint (umount (f->dir), ==, 0);
  remove_tree (f->dir);
  g_clear_object (&f->file);
  g_clear_pointer (&f->old_bytes, g_bytes_unref);
  g_clear_pointer (&f->new_bytes, g_bytes_unref);
  g_free (f->path);
  g_free (f->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The names in the folder, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
assert_contents (const char *path,
                 GBytes     *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
write_old (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, OLD_TEXT, -1, &error);
  g_assert_no_error (error);
}

/* The old file is whole and alone in its folder. */
static void
assert_old_intact (Fixture *f)
{
  g_autofree char *names = list_dir (f->dir);

  assert_contents (f->path, f->old_bytes);
  g_assert_cmpstr (names, ==, "journey.waymark");
}

static gboolean
mount_tmpfs (Fixture    *f,
             const char *options)
{
  if (getuid () != 0)
    {
      g_test_skip ("mounting a small tmpfs needs root");
      return FALSE;
    }

  if (mount ("tmpfs", f->dir, "tmpfs", 0, options) != 0)
    {
      g_test_skip_printf ("cannot mount a tmpfs here: %s", g_strerror (errno));
      return FALSE;
    }

  f->mounted = TRUE;

  return TRUE;
}

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *private_path = g_build_filename (f->dir, "draft", NULL);
  g_autoptr(GFile) private_file = g_file_new_for_path (private_path);
  g_autofree char *names = NULL;
  mode_t old_umask = umask (022);
  GStatBuf st;

  g_assert_true (waymark_save_bytes (f->file, f->new_bytes, WAYMARK_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (waymark_save_bytes (private_file, f->old_bytes, WAYMARK_SAVE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  umask (old_umask);

  assert_contents (f->path, f->new_bytes);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);
  g_assert_cmpint (g_stat (private_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* No "journey.waymark~", no temporary file. */
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "draft journey.waymark");
}

static void
test_keeps_mode_and_owner (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gboolean root = getuid () == 0;
  GStatBuf st;

  write_old (f);
  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);
  if (root)
    g_assert_cmpint (chown (f->path, 1234, 5678), ==, 0);

  g_assert_true (waymark_save_bytes (f->file, f->new_bytes, WAYMARK_SAVE_PRIVATE, NULL, &error));
  g_assert_no_error (error);

  assert_contents (f->path, f->new_bytes);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  if (root)
    {
      g_assert_cmpint (st.st_uid, ==, 1234);
      g_assert_cmpint (st.st_gid, ==, 5678);
    }
  else
    {
      g_test_message ("not root: the owner is not tried");
    }

  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "journey.waymark");
}

/* A link is followed, through relative and absolute links, and the file it
 * ends at replaced; the links stay links. */
static void
test_symlink (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "real", NULL);
  g_autofree char *real = g_build_filename (sub, "journey.waymark", NULL);
  g_autofree char *first = g_build_filename (f->dir, "first", NULL);
  g_autofree char *dangling = g_build_filename (f->dir, "dangling", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) dangling_file = g_file_new_for_path (dangling);
  g_autofree char *link = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_file_set_contents (real, OLD_TEXT, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("real/journey.waymark", f->path), ==, 0);
  g_assert_cmpint (symlink (f->path, first), ==, 0);

  g_assert_true (waymark_save_bytes (first_file, f->new_bytes, WAYMARK_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  assert_contents (real, f->new_bytes);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_SYMLINK));
  link = g_file_read_link (f->path, NULL);
  g_assert_cmpstr (link, ==, "real/journey.waymark");

  /* A link to a file not there yet makes that file. */
  g_assert_cmpint (symlink ("real/new.waymark", dangling), ==, 0);
  g_assert_true (waymark_save_bytes (dangling_file, f->old_bytes, WAYMARK_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&real, g_free);
  real = g_build_filename (sub, "new.waymark", NULL);
  assert_contents (real, f->old_bytes);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));

  names = list_dir (sub);
  g_assert_cmpstr (names, ==, "journey.waymark new.waymark");
}

typedef struct
{
  gsize   limit;    /* bytes that go through before the failure */
  gsize   written;
  int     error;
  WaymarkSaveStep fail_step;
} Fault;

static gssize
failing_write (int         fd,
               const void *buf,
               gsize       len,
               gpointer    data)
{
  Fault *fault = data;
  gsize n;

  if (fault->written >= fault->limit)
    {
      errno = fault->error;
      return -1;
    }

  n = MIN (len, fault->limit - fault->written);
  n = write (fd, buf, n);
  fault->written += n;

  return n;
}

static int
failing_step (WaymarkSaveStep step,
              gpointer        data)
{
  Fault *fault = data;

  return step == fault->fail_step ? fault->error : 0;
}

static void
assert_fails (Fixture    *f,
              GBytes     *bytes,
              int         code,
              const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (waymark_save_bytes (f->file, bytes, WAYMARK_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* A disk that fills up after N bytes, N from nothing to all but one. */
static void
test_no_space (Fixture       *f,
               gconstpointer  data)
{
  gsize len = g_bytes_get_size (f->new_bytes);
  gsize limits[] = { 0, 1, 4096, 65536, len - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      Fault fault = { limits[i], 0, ENOSPC, WAYMARK_SAVE_N_STEPS };

      g_test_message ("disk full after %" G_GSIZE_FORMAT " bytes", limits[i]);
      write_old (f);
      _waymark_save_set_test_hooks (failing_write, NULL, &fault);
      assert_fails (f, f->new_bytes, G_IO_ERROR_NO_SPACE,
                    "No space left on device; the old file is unchanged");
      _waymark_save_set_test_hooks (NULL, NULL, NULL);
      assert_old_intact (f);
    }
}

/* Each step after the temporary file exists fails in turn. */
static void
test_step_fails (Fixture       *f,
                 gconstpointer  data)
{
  for (WaymarkSaveStep step = WAYMARK_SAVE_STEP_OPENED; step < WAYMARK_SAVE_STEP_RENAMED; step++)
    {
      Fault fault = { G_MAXSIZE, 0, EIO, step };

      g_test_message ("failing step %d", step);
      write_old (f);
      _waymark_save_set_test_hooks (NULL, failing_step, &fault);
      assert_fails (f, f->new_bytes, G_IO_ERROR_FAILED,
                    "Input/output error; the old file is unchanged");
      _waymark_save_set_test_hooks (NULL, NULL, NULL);
      assert_old_intact (f);
    }
}

/* A real small disk: the new version does not fit, then a full disk. */
static void
test_small_tmpfs (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *filler = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  char block[4096] = { 0 };
  FILE *out;

  if (!mount_tmpfs (f, "size=64k"))
    return;

  write_old (f);
  assert_fails (f, f->new_bytes, G_IO_ERROR_NO_SPACE,
                "No space left on device; the old file is unchanged");
  assert_old_intact (f);

  /* 100 % full: not one byte more fits. */
  filler = g_build_filename (f->dir, "filler", NULL);
  out = fopen (filler, "w");
  g_assert_nonnull (out);
  while (fwrite (block, 1, sizeof block, out) == sizeof block && fflush (out) == 0)
    ;
  fclose (out);

  assert_fails (f, f->old_bytes, G_IO_ERROR_NO_SPACE,
                "No space left on device; the old file is unchanged");
  assert_contents (f->path, f->old_bytes);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "filler journey.waymark");
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) other = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "other.waymark", NULL);

  if (getuid () == 0)
    {
      /* root writes into any folder: make the file system read-only. */
      if (!mount_tmpfs (f, "size=64k"))
        return;
      write_old (f);
      g_assert_cmpint (mount ("tmpfs", f->dir, "tmpfs", MS_REMOUNT | MS_RDONLY, "size=64k"), ==, 0);
      assert_fails (f, f->new_bytes, G_IO_ERROR_READ_ONLY,
                    "Read-only file system; the old file is unchanged");
    }
  else
    {
      write_old (f);
      g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
      assert_fails (f, f->new_bytes, G_IO_ERROR_PERMISSION_DENIED,
                    "Permission denied; the old file is unchanged");
    }

  assert_old_intact (f);

  /* A file that was not there is not made. */
  other = g_file_new_for_path (other_path);
  g_assert_false (waymark_save_bytes (other, f->new_bytes, WAYMARK_SAVE_NONE, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_suffix (error->message, "; nothing was written"));
  assert_old_intact (f);
}

static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  assert_fails (f, f->new_bytes, G_IO_ERROR_NOT_REGULAR_FILE,
                "not a regular file; nothing was written");
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (waymark_save_bytes_finish (G_FILE (object), result, error));
}

static void
test_async_fails (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Fault fault = { 10, 0, ENOSPC, WAYMARK_SAVE_N_STEPS };

  write_old (f);
  _waymark_save_set_test_hooks (failing_write, NULL, &fault);
  waymark_save_bytes_async (f->file, f->new_bytes, WAYMARK_SAVE_NONE, NULL, on_saved_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  _waymark_save_set_test_hooks (NULL, NULL, NULL);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "No space left on device; the old file is unchanged");
  assert_old_intact (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/save/new-file", Fixture, NULL, fixture_set_up, test_new_file, fixture_tear_down);
  g_test_add ("/save/keeps-mode-and-owner", Fixture, NULL, fixture_set_up,
              test_keeps_mode_and_owner, fixture_tear_down);
  g_test_add ("/save/symlink", Fixture, NULL, fixture_set_up, test_symlink, fixture_tear_down);
  g_test_add ("/save/fault/no-space", Fixture, NULL, fixture_set_up, test_no_space,
              fixture_tear_down);
  g_test_add ("/save/fault/each-step", Fixture, NULL, fixture_set_up, test_step_fails,
              fixture_tear_down);
  g_test_add ("/save/fault/small-tmpfs", Fixture, NULL, fixture_set_up, test_small_tmpfs,
              fixture_tear_down);
  g_test_add ("/save/fault/read-only-folder", Fixture, NULL, fixture_set_up,
              test_read_only_folder, fixture_tear_down);
  g_test_add ("/save/fault/not-regular", Fixture, NULL, fixture_set_up, test_not_regular,
              fixture_tear_down);
  g_test_add ("/save/fault/async", Fixture, NULL, fixture_set_up, test_async_fails,
              fixture_tear_down);

  return g_test_run ();
}
