/* test-drafts.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Autosave and recovery without a window: the timer, the index, and what
 * happens to a draft when its document is saved or thrown away.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "waymark-drafts.h"
#include "waymark-templates.h"

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

#define WAIT_FOR(cond, seconds)                                                 \
  G_STMT_START {                                                                \
    gint64 _end = g_get_monotonic_time () + (seconds) * G_USEC_PER_SEC;         \
    guint _tick = g_timeout_add (10, on_tick_cb, NULL);                         \
    while (!(cond) && g_get_monotonic_time () < _end)                           \
      g_main_context_iteration (NULL, TRUE);                                    \
    g_source_remove (_tick);                                                    \
    g_assert_true (cond);                                                       \
  } G_STMT_END

static GFile *
make_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("waymark-test-drafts-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_build_filename (path, "drafts", NULL);
}

static WaymarkDocument *
new_document (void)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;

  journey = waymark_templates_create ("b2b-lifecycle", &error);
  g_assert_no_error (error);

  return waymark_document_new (journey);
}

static WaymarkStage *
first_stage (WaymarkDocument *document)
{
  GListModel *stages = waymark_journey_get_stages (waymark_document_get_journey (document));
  WaymarkStage *stage = g_list_model_get_item (stages, 0);

  g_object_unref (stage);
  return stage;
}

static JsonObject *
load_index (GFile *directory)
{
  g_autoptr(GFile) index = g_file_get_child (directory, "session.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (index);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_timer_writes_draft (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(WaymarkDrafts) drafts = waymark_drafts_new (directory);
  g_autoptr(WaymarkDocument) document = new_document ();
  g_autoptr(GFile) draft = NULL;
  g_autoptr(JsonObject) index = NULL;
  g_autofree char *uuid = NULL;
  JsonArray *list;
  JsonObject *entry;

  g_assert_false (waymark_drafts_has_unclaimed (drafts));
  waymark_drafts_add (drafts, document);
  draft = waymark_drafts_dup_draft_file (drafts, document);
  g_assert_nonnull (draft);

  /* A clean document has no draft. */
  waymark_drafts_flush (drafts);
  g_assert_false (g_file_query_exists (draft, NULL));

  /* An edit writes one after the quiet period, without flushing. */
  waymark_document_rename (document, first_stage (document), "Be found");
  WAIT_FOR (g_file_query_exists (draft, NULL), WAYMARK_DRAFTS_DELAY_SECONDS + 5);
  waymark_drafts_flush (drafts);

  index = load_index (directory);
  g_assert_cmpint (json_object_get_int_member (index, "version"), ==, 1);
  list = json_object_get_array_member (index, "drafts");
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  entry = json_array_get_object_element (list, 0);
  uuid = g_file_get_basename (draft);
  g_assert_true (g_str_has_prefix (uuid, json_object_get_string_member (entry, "uuid")));
  g_assert_true (json_object_get_null_member (entry, "uri"));
  g_assert_cmpstr (json_object_get_string_member (entry, "title"), !=, "");
  g_assert_true (json_object_has_member (entry, "saved-at"));
}

static void
test_saved_document_drops_draft (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(WaymarkDrafts) drafts = waymark_drafts_new (directory);
  g_autoptr(WaymarkDocument) document = new_document ();
  g_autoptr(GFile) draft = NULL;
  g_autoptr(JsonObject) index = NULL;

  waymark_drafts_add (drafts, document);
  waymark_document_rename (document, first_stage (document), "Be found");
  waymark_drafts_flush (drafts);
  draft = waymark_drafts_dup_draft_file (drafts, document);
  g_assert_true (g_file_query_exists (draft, NULL));

  waymark_document_mark_saved (document);
  g_assert_false (g_file_query_exists (draft, NULL));
  waymark_drafts_flush (drafts);

  index = load_index (directory);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (index, "drafts")), ==, 0);

  /* Editing again brings the draft back. */
  waymark_document_rename (document, first_stage (document), "Be found again");
  waymark_drafts_flush (drafts);
  g_assert_true (g_file_query_exists (draft, NULL));
}

static void
test_discard_unclaimed (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(WaymarkDrafts) first = waymark_drafts_new (directory);
  g_autoptr(WaymarkDrafts) second = NULL;
  g_autoptr(WaymarkDrafts) third = NULL;
  g_autoptr(WaymarkDocument) a = new_document ();
  g_autoptr(WaymarkDocument) b = new_document ();
  g_autoptr(GFile) draft_a = NULL;
  g_autoptr(GFile) draft_b = NULL;
  g_auto(GStrv) titles = NULL;

  waymark_drafts_add (first, a);
  waymark_drafts_add (first, b);
  waymark_document_rename (a, first_stage (a), "One");
  waymark_document_rename (b, first_stage (b), "Two");
  waymark_drafts_flush (first);
  draft_a = waymark_drafts_dup_draft_file (first, a);
  draft_b = waymark_drafts_dup_draft_file (first, b);
  /* Simulate a crash: the first session goes away without cleaning up. */
  g_clear_object (&first);

  second = waymark_drafts_new (directory);
  g_assert_true (waymark_drafts_has_unclaimed (second));
  titles = waymark_drafts_dup_unclaimed_titles (second);
  g_assert_cmpuint (g_strv_length (titles), ==, 2);

  waymark_drafts_discard_unclaimed (second);
  g_assert_false (waymark_drafts_has_unclaimed (second));
  g_assert_false (g_file_query_exists (draft_a, NULL));
  g_assert_false (g_file_query_exists (draft_b, NULL));
  waymark_drafts_flush (second);

  third = waymark_drafts_new (directory);
  g_assert_false (waymark_drafts_has_unclaimed (third));
}

/* A second instance neither offers nor deletes the drafts of a running
 * one, and both keep each other's drafts in the index. */
static void
test_running_instance_owns_drafts (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(WaymarkDrafts) running = waymark_drafts_new (directory);
  g_autoptr(WaymarkDrafts) other = NULL;
  g_autoptr(WaymarkDrafts) later = NULL;
  g_autoptr(WaymarkDocument) mine = new_document ();
  g_autoptr(WaymarkDocument) theirs = new_document ();
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) lock = NULL;
  g_autoptr(GPtrArray) restored = NULL;
  g_autoptr(JsonObject) index = NULL;
  g_auto(GStrv) titles = NULL;
  g_autofree char *lock_name = NULL;

  waymark_drafts_add (running, mine);
  waymark_document_rename (mine, first_stage (mine), "Mine");
  waymark_drafts_flush (running);
  draft = waymark_drafts_dup_draft_file (running, mine);
  g_assert_true (g_file_query_exists (draft, NULL));

  other = waymark_drafts_new (directory);
  g_assert_false (waymark_drafts_has_unclaimed (other));
  titles = waymark_drafts_dup_unclaimed_titles (other);
  g_assert_cmpuint (g_strv_length (titles), ==, 0);
  waymark_drafts_discard_unclaimed (other);
  restored = waymark_drafts_restore (other);
  g_assert_cmpuint (restored->len, ==, 0);
  g_assert_true (g_file_query_exists (draft, NULL));

  /* The other instance's own draft joins the index beside ours. */
  waymark_drafts_add (other, theirs);
  waymark_document_rename (theirs, first_stage (theirs), "Theirs");
  waymark_drafts_flush (other);
  index = load_index (directory);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (index, "drafts")), ==, 2);
  g_clear_pointer (&index, json_object_unref);

  /* And ours writes it with both too. */
  waymark_document_rename (mine, first_stage (mine), "Mine again");
  waymark_drafts_flush (running);
  index = load_index (directory);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (index, "drafts")), ==, 2);
  g_clear_pointer (&index, json_object_unref);

  g_clear_object (&other);
  g_clear_object (&running);

  /* Both instances gone: a later one offers both drafts. */
  later = waymark_drafts_new (directory);
  g_clear_pointer (&titles, g_strfreev);
  titles = waymark_drafts_dup_unclaimed_titles (later);
  g_assert_cmpuint (g_strv_length (titles), ==, 2);
}

/* A crashed instance leaves its lock file behind, but no lock: the kernel
 * released it with the process. */
static void
test_crashed_instance_releases_drafts (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(WaymarkDrafts) later = NULL;
  g_autoptr(GPtrArray) restored = NULL;
  g_autofree char *path = g_file_get_path (directory);
  g_autoptr(GDir) dir = NULL;
  WaymarkDocument *back;
  const char *name;
  guint n_locks = 0;
  int status;
  pid_t pid;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      WaymarkDrafts *crashing = waymark_drafts_new (directory);
      WaymarkDocument *document = new_document ();
      GFile *own = g_file_new_for_path ("/nowhere/own.waymark");

      waymark_document_set_file (document, own);
      waymark_drafts_add (crashing, document);
      waymark_document_rename (document, first_stage (document), "Lost?");
      waymark_drafts_flush (crashing);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));

  dir = g_dir_open (path, 0, NULL);
  while ((name = g_dir_read_name (dir)))
    n_locks += g_str_has_suffix (name, ".lock");
  g_assert_cmpuint (n_locks, ==, 1);

  later = waymark_drafts_new (directory);
  g_assert_true (waymark_drafts_has_unclaimed (later));
  restored = waymark_drafts_restore (later);
  g_assert_cmpuint (restored->len, ==, 1);
  back = g_ptr_array_index (restored, 0);
  g_assert_cmpstr (waymark_stage_get_name (first_stage (back)), ==, "Lost?");
  /* Unsaved, and Save writes the user's own file. */
  g_assert_true (waymark_document_get_dirty (back));
  g_assert_cmpstr (g_file_peek_path (waymark_document_get_file (back)), ==, "/nowhere/own.waymark");
  g_assert_false (waymark_drafts_has_unclaimed (later));
}

static void
test_damaged_index (void)
{
  g_autoptr(GFile) directory = make_directory ();
  g_autoptr(GFile) index = g_file_get_child (directory, "session.json");
  g_autofree char *path = g_file_get_path (directory);
  g_autofree char *index_path = g_file_get_path (index);
  g_autoptr(WaymarkDrafts) drafts = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_file_set_contents (index_path,
                       "{\"version\": 1, \"drafts\": [42, {\"uuid\": \"../../etc/passwd\"},"
                       " {\"uuid\": 7}, [[[", -1, &error);
  g_assert_no_error (error);
  drafts = waymark_drafts_new (directory);
  g_assert_false (waymark_drafts_has_unclaimed (drafts));
  g_clear_object (&drafts);

  g_file_set_contents (index_path,
                       "{\"version\": 1, \"drafts\": [42, {\"uuid\": \"../../etc/passwd\"},"
                       " {\"uuid\": 7}, {\"title\": []}]}", -1, &error);
  g_assert_no_error (error);
  drafts = waymark_drafts_new (directory);
  g_assert_false (waymark_drafts_has_unclaimed (drafts));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/drafts/timer-writes-draft", test_timer_writes_draft);
  g_test_add_func ("/ui/drafts/saved-document-drops-draft", test_saved_document_drops_draft);
  g_test_add_func ("/ui/drafts/discard-unclaimed", test_discard_unclaimed);
  g_test_add_func ("/ui/drafts/running-instance-owns-drafts", test_running_instance_owns_drafts);
  g_test_add_func ("/ui/drafts/crashed-instance-releases-drafts",
                   test_crashed_instance_releases_drafts);
  g_test_add_func ("/ui/drafts/damaged-index", test_damaged_index);

  return g_test_run ();
}
