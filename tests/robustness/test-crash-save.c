/* test-crash-save.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "waymark-generate.h"
#include "waymark-reader.h"
#include "waymark-save-private.h"
#include "waymark-writer.h"

/* A save killed at any moment leaves the old file or the new one, whole:
 * a child process saves a large document and is killed with SIGKILL at
 * moments spread over the time a save takes, and at each step of the save;
 * each time, the file must load and be byte for byte the old or the new
 * version, and no temporary file may be left beside it. */

#define N_TOUCHPOINTS 20000
#define N_KILLS       30

typedef enum
{
  SAVE,     /* the child calls waymark_writer_save (): serialize and write */
  REPLACE,  /* the child only writes bytes made before: kills hit the I/O */
} Mode;

typedef struct
{
  char   *dir;
  char   *path;
  GFile  *file;
  GBytes *old_bytes;
  GBytes *new_bytes;
  WaymarkJourney *new_journey;
} Fixture;

static gboolean
under_valgrind (void)
{
  return g_getenv ("WAYMARK_TEST_VALGRIND") != NULL;
}

/* Valgrind is some 50 times slower: a smaller document and fewer kills
 * still cover every moment of a save. */
static guint
n_touchpoints (void)
{
  return under_valgrind () ? N_TOUCHPOINTS / 10 : N_TOUCHPOINTS;
}

static guint
n_kills (void)
{
  return under_valgrind () ? N_KILLS / 3 : N_KILLS;
}

static WaymarkJourney *
load (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_bytes (bytes, "generated", &error);

  g_assert_no_error (error);
  return journey;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) generated = NULL;
  g_autoptr(WaymarkJourney) old_journey = NULL;

  f->dir = g_dir_make_tmp ("waymark-crash-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "big.waymark", NULL);
  f->file = g_file_new_for_path (f->path);

  generated = waymark_generate_journey (n_touchpoints (), 1, "Old version");
  old_journey = load (generated);
  f->old_bytes = waymark_writer_to_bytes (old_journey);
  g_clear_pointer (&generated, g_bytes_unref);

  /* Different everywhere, and a different length. */
  generated = waymark_generate_journey (n_touchpoints () + 500, 2, "New version");
  f->new_journey = load (generated);
  f->new_bytes = waymark_writer_to_bytes (f->new_journey);

  g_assert_false (g_bytes_equal (f->old_bytes, f->new_bytes));

  /* Both versions load: a file equal to either is whole. */
  g_clear_object (&old_journey);
  old_journey = load (f->old_bytes);
  g_clear_object (&old_journey);
  old_journey = load (f->new_bytes);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);

  g_clear_object (&f->new_journey);
  g_clear_pointer (&f->old_bytes, g_bytes_unref);
  g_clear_pointer (&f->new_bytes, g_bytes_unref);
  g_clear_object (&f->file);
  g_free (f->path);
  g_free (f->dir);
}

static void
write_old (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  waymark_save_bytes (f->file, f->old_bytes, WAYMARK_SAVE_NONE, NULL, &error);
  g_assert_no_error (error);
}

/* The file must be a whole version: the old or the new (both of which
 * load, as set-up checked). */
static const char *
check_whole (Fixture    *f,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_autoptr(WaymarkJourney) journey = NULL;

  g_assert_no_error (error);

  if (g_bytes_equal (bytes, f->old_bytes))
    return "old";
  if (g_bytes_equal (bytes, f->new_bytes))
    return "new";

  journey = waymark_reader_load_bytes (bytes, path, &error);
  g_test_fail_printf ("%s is neither the old nor the new version (%" G_GSIZE_FORMAT " bytes, %s)",
                      path, g_bytes_get_size (bytes),
                      journey != NULL ? "loads" : error->message);
  return "partial";
}

/* Lists what a killed save left in the directory besides the file, and
 * removes it. The temporary file has no name until it is whole and synced;
 * then it is linked as ".big.waymark.XXXXXX" and at once renamed over the
 * file: only a kill between those two calls leaves it behind. Anything
 * else is a failure. */
static guint
clean_leftovers (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;

      if (strcmp (name, "big.waymark") == 0)
        continue;

      if (!g_str_has_prefix (name, ".big.waymark."))
        g_test_fail_printf ("unexpected file %s after a killed save", name);

      path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
      n++;
    }

  return n;
}

/* In the child: tell the parent we are about to save, save, exit. */
static void
child_save (Fixture *f,
            Mode     mode,
            int      ready_fd)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;
  char c = 'x';

  if (write (ready_fd, &c, 1) != 1)
    _exit (2);
  close (ready_fd);

  if (mode == SAVE)
    saved = waymark_writer_save (f->new_journey, f->file, NULL, &error);
  else
    saved = waymark_save_bytes (f->file, f->new_bytes, WAYMARK_SAVE_NONE, NULL, &error);

  _exit (saved ? 0 : 3);
}

static pid_t
start_save (Fixture *f,
            Mode     mode)
{
  int fds[2];
  pid_t pid;
  char c;

  g_assert_cmpint (pipe (fds), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_save (f, mode, fds[1]);
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &c, 1), ==, 1);
  close (fds[0]);

  return pid;
}

static gint64
measure_save (Fixture *f,
              Mode     mode)
{
  gint64 longest = 0;

  for (guint i = 0; i < 3; i++)
    {
      gint64 start;
      int status;
      pid_t pid;

      write_old (f);
      start = g_get_monotonic_time ();
      pid = start_save (f, mode);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      longest = MAX (longest, g_get_monotonic_time () - start);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_assert_cmpstr (check_whole (f, f->path), ==, "new");
    }

  return longest;
}

static void
test_killed_save (Fixture       *f,
                  gconstpointer  data)
{
  Mode mode = GPOINTER_TO_INT (data);
  guint n_old = 0, n_new = 0, n_leftovers = 0, n_finished = 0;
  gint64 duration;

  g_test_message ("old version %" G_GSIZE_FORMAT " bytes, new %" G_GSIZE_FORMAT " bytes",
                  g_bytes_get_size (f->old_bytes), g_bytes_get_size (f->new_bytes));

  /* The longest of a few: a busy machine makes saves slower. */
  duration = measure_save (f, mode);
  g_test_message ("a save takes up to %" G_GINT64_FORMAT " us", duration);
  g_assert_cmpuint (clean_leftovers (f), ==, 0);

  for (guint i = 0; i < n_kills (); i++)
    {
      /* From at once to a little after the save would have ended. */
      gint64 delay = duration * 11 * i / (10 * (n_kills () - 1));
      const char *version;
      int status;
      pid_t pid;
      guint leftovers;

      write_old (f);
      pid = start_save (f, mode);
      if (delay > 0)
        g_usleep (delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFEXITED (status))
        {
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          n_finished++;
        }

      version = check_whole (f, f->path);
      if (strcmp (version, "old") == 0)
        n_old++;
      else if (strcmp (version, "new") == 0)
        n_new++;

      leftovers = clean_leftovers (f);
      n_leftovers += leftovers;
      g_test_message ("kill after %6" G_GINT64_FORMAT " us: %s version%s, %u temporary file%s",
                      delay, version, WIFEXITED (status) ? " (save had finished)" : "",
                      leftovers, leftovers == 1 ? "" : "s");
    }

  g_test_message ("%u kills: %u old, %u new (%u saves finished first), %u temporary files left",
                  n_kills (), n_old, n_new, n_finished, n_leftovers);
  g_assert_cmpuint (n_old + n_new, ==, n_kills ());
}

/* In the child: die at one step of the save, or in the middle of writing. */
static int
kill_at_step (WaymarkSaveStep step,
              gpointer        data)
{
  if ((int)step == GPOINTER_TO_INT (data))
    raise (SIGKILL);

  return 0;
}

static gssize
kill_mid_write (int         fd,
                const void *buf,
                gsize       len,
                gpointer    data)
{
  gssize n = write (fd, buf, len / 2);

  if (n > 0)
    raise (SIGKILL);

  return n;
}

#define MID_WRITE WAYMARK_SAVE_N_STEPS

static void
test_killed_at_each_step (Fixture       *f,
                          gconstpointer  data)
{
  static const char * const step_names[] = {
    "opened", "written", "synced", "linked", "renamed", "mid-write"
  };

  for (int step = WAYMARK_SAVE_STEP_OPENED; step <= MID_WRITE; step++)
    {
      const char *version;
      guint leftovers;
      int status;
      pid_t pid;

      write_old (f);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          if (step == MID_WRITE)
            _waymark_save_set_test_hooks (kill_mid_write, NULL, NULL);
          else
            _waymark_save_set_test_hooks (NULL, kill_at_step, GINT_TO_POINTER (step));
          waymark_save_bytes (f->file, f->new_bytes, WAYMARK_SAVE_NONE, NULL, NULL);
          _exit (0);
        }

      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      version = check_whole (f, f->path);
      leftovers = clean_leftovers (f);
      g_test_message ("killed %s: %s version, %u temporary file%s", step_names[step],
                      version, leftovers, leftovers == 1 ? "" : "s");

      g_assert_cmpstr (version, ==, step == WAYMARK_SAVE_STEP_RENAMED ? "new" : "old");
      /* Between link and rename is the one moment a name exists. */
      g_assert_cmpuint (leftovers, ==, step == WAYMARK_SAVE_STEP_LINKED ? 1 : 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/crash-save/killed-save", Fixture, GINT_TO_POINTER (SAVE),
              fixture_set_up, test_killed_save, fixture_tear_down);
  g_test_add ("/crash-save/killed-replace", Fixture, GINT_TO_POINTER (REPLACE),
              fixture_set_up, test_killed_save, fixture_tear_down);
  g_test_add ("/crash-save/killed-at-each-step", Fixture, NULL,
              fixture_set_up, test_killed_at_each_step, fixture_tear_down);

  return g_test_run ();
}
