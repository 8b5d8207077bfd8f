/* waymark-drafts.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Autosave and recovery. Every open document gets a draft keyed by a UUID,
 * so that even a journey that was never saved survives a crash. An edit
 * restarts a timer; when it fires, every dirty document is written to
 * DIR/<uuid>.waymark and DIR/session.json lists the drafts. Both are
 * replaced atomically in a worker thread while the application is held.
 * The user's own files are never written here.
 *
 * A draft belongs to the instance that wrote it while that instance runs:
 * it holds an flock() on DIR/<uuid>.lock, which the kernel releases when
 * the process ends, however it ends. Another instance neither offers nor
 * deletes a draft whose lock is held, and merges the index's entries it
 * does not know before writing the index, so that two instances keep each
 * other's drafts listed.
 *
 * DIR is $WAYMARK_DRAFTS_DIR if set, else $XDG_STATE_HOME/waymark/drafts.
 */

#define G_LOG_DOMAIN "waymark-drafts"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sys/file.h>
#include <unistd.h>

#include "waymark-drafts.h"
#include "waymark-reader.h"
#include "waymark-save.h"
#include "waymark-writer.h"

#define INDEX_NAME     "session.json"
#define INDEX_VERSION  1
#define DRAFT_SUFFIX   ".waymark"
#define LOCK_SUFFIX    ".lock"

typedef struct
{
  WaymarkDrafts   *drafts;      /* unowned */
  char            *uuid;
  char            *uri;         /* the document's own file, or NULL */
  char            *title;
  char            *saved_at;    /* ISO 8601, UTC */
  WaymarkDocument *document;    /* NULL for a draft of an earlier session */
  gulong           changed_id;
  gulong           dirty_id;
  int              lock_fd;     /* -1 while this instance does not own it */
  guint            needs_write : 1;
  guint            on_disk : 1;
} Entry;

typedef struct
{
  GFile  *file;
  GBytes *bytes;
  char   *uuid;                 /* NULL for the index */
} Job;

struct _WaymarkDrafts
{
  GObject     parent_instance;

  GFile      *directory;
  GHashTable *entries;          /* uuid -> Entry */
  guint       timeout_id;
  guint       batch_running : 1;
  guint       batch_again : 1;
  guint       index_dirty : 1;
};

G_DEFINE_FINAL_TYPE (WaymarkDrafts, waymark_drafts, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRECTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule (WaymarkDrafts *self,
                      guint          seconds);

static void
job_free (Job *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->uuid);
  g_free (job);
}

static void
entry_detach (Entry *entry)
{
  if (entry->document != NULL)
    {
      g_clear_signal_handler (&entry->changed_id, entry->document);
      g_clear_signal_handler (&entry->dirty_id, entry->document);
      g_clear_object (&entry->document);
    }
}

static char *
lock_path (WaymarkDrafts *self,
           const char    *uuid)
{
  g_autofree char *directory = g_file_get_path (self->directory);
  g_autofree char *name = g_strconcat (uuid, LOCK_SUFFIX, NULL);

  return g_build_filename (directory, name, NULL);
}

/* Takes the draft for this instance. Fails if another instance holds it. */
static gboolean
entry_lock (Entry *entry)
{
  g_autofree char *path = NULL;
  int fd;

  if (entry->lock_fd >= 0)
    return TRUE;

  path = lock_path (entry->drafts, entry->uuid);
  if ((fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) < 0)
    {
      /* No folder yet, or a read-only one: nobody can hold it either. */
      g_debug ("Could not open %s: %s", path, g_strerror (errno));
      return TRUE;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      close (fd);
      return FALSE;
    }

  entry->lock_fd = fd;
  return TRUE;
}

/* Whether a running instance (another one, or another WaymarkDrafts of
 * this one) holds the draft. */
static gboolean
entry_is_held_elsewhere (Entry *entry)
{
  g_autofree char *path = NULL;
  gboolean held;
  int fd;

  if (entry->lock_fd >= 0)
    return FALSE;

  path = lock_path (entry->drafts, entry->uuid);
  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    return FALSE;

  held = flock (fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close (fd);

  return held;
}

static void
entry_unlock (Entry *entry)
{
  g_autofree char *path = NULL;

  if (entry->lock_fd < 0)
    return;

  /* Removed while still held, so that no one takes a lock on a file that
   * is about to go. */
  path = lock_path (entry->drafts, entry->uuid);
  g_unlink (path);
  close (entry->lock_fd);
  entry->lock_fd = -1;
}

static Entry *
entry_new (WaymarkDrafts *self,
           const char    *uuid)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->drafts = self;
  entry->uuid = g_strdup (uuid);
  entry->lock_fd = -1;

  return entry;
}

static void
entry_free (Entry *entry)
{
  entry_unlock (entry);
  entry_detach (entry);
  g_free (entry->uuid);
  g_free (entry->uri);
  g_free (entry->title);
  g_free (entry->saved_at);
  g_free (entry);
}

static GFile *
draft_file (WaymarkDrafts *self,
            const char    *uuid)
{
  g_autofree char *name = g_strconcat (uuid, DRAFT_SUFFIX, NULL);

  return g_file_get_child (self->directory, name);
}

static Entry *
find_entry (WaymarkDrafts   *self,
            WaymarkDocument *document)
{
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      if (entry->document == document)
        return entry;
    }

  return NULL;
}

static void
delete_draft (WaymarkDrafts *self,
              const char    *uuid)
{
  g_autoptr(GFile) file = draft_file (self, uuid);
  g_autoptr(GError) error = NULL;

  if (!g_file_delete (file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_warning ("Could not remove draft %s: %s", uuid, error->message);
}

static gboolean
is_valid_uuid (const char *uuid)
{
  return uuid != NULL && g_uuid_string_is_valid (uuid);
}

static GBytes *
build_index (WaymarkDrafts *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) values = NULL;
  char *data;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, INDEX_VERSION);
  json_builder_set_member_name (builder, "drafts");
  json_builder_begin_array (builder);

  values = g_hash_table_get_values (self->entries);
  for (const GList *l = values; l != NULL; l = l->next)
    {
      const Entry *entry = l->data;

      if (!entry->on_disk)
        continue;

      /* Another instance's draft that it has since removed. */
      if (entry->document == NULL)
        {
          g_autoptr(GFile) draft = draft_file (self, entry->uuid);

          if (!g_file_query_exists (draft, NULL))
            continue;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, entry->uuid);
      json_builder_set_member_name (builder, "uri");
      if (entry->uri != NULL)
        json_builder_add_string_value (builder, entry->uri);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, entry->title ? entry->title : "");
      json_builder_set_member_name (builder, "saved-at");
      json_builder_add_string_value (builder, entry->saved_at ? entry->saved_at : "");
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

static void
load_index (WaymarkDrafts *self)
{
  g_autoptr(GFile) file = g_file_get_child (self->directory, INDEX_NAME);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  JsonObject *object;
  JsonNode *root;
  JsonNode *list;
  JsonArray *array;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Could not read the drafts index: %s", error->message);
      return;
    }

  /* The index is small and written by us; refuse anything odd. */
  if (length > 1024 * 1024 ||
      !json_parser_load_from_data (parser, contents, length, &error))
    {
      g_message ("Ignoring a damaged drafts index");
      return;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;

  object = json_node_get_object (root);
  list = json_object_get_member (object, "drafts");
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return;

  array = json_node_get_array (list);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GFile) draft = NULL;
      JsonObject *item;
      const char *uuid;
      const char *uri;
      const char *title;
      const char *saved_at;
      Entry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      item = json_node_get_object (node);
      uuid = json_object_get_string_member_with_default (item, "uuid", NULL);
      if (!is_valid_uuid (uuid) || g_hash_table_contains (self->entries, uuid))
        continue;

      draft = draft_file (self, uuid);
      if (!g_file_query_exists (draft, NULL))
        continue;

      uri = json_object_get_string_member_with_default (item, "uri", NULL);
      title = json_object_get_string_member_with_default (item, "title", "");
      saved_at = json_object_get_string_member_with_default (item, "saved-at", "");

      entry = entry_new (self, uuid);
      entry->uri = g_strdup (uri);
      entry->title = g_strdup (title);
      entry->saved_at = g_strdup (saved_at);
      entry->on_disk = TRUE;
      g_hash_table_insert (self->entries, entry->uuid, entry);
    }
}

static gboolean
write_job (Job     *job,
           GError **error)
{
  return waymark_save_bytes (job->file, job->bytes, WAYMARK_SAVE_PRIVATE, NULL, error);
}

static gboolean
ensure_directory (GFile   *directory,
                  GError **error)
{
  g_autofree char *path = g_file_get_path (directory);

  if (path == NULL || g_mkdir_with_parents (path, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   "%s: %s", path ? path : "?", g_strerror (errsv));
      return FALSE;
    }

  return TRUE;
}

/* Serialises the dirty documents and the index on the main thread. */
static GPtrArray *
collect_jobs (WaymarkDrafts *self)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)job_free);
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      g_autoptr(GDateTime) now = NULL;
      GFile *file;
      Job *job;

      if (entry->document == NULL || !entry->needs_write)
        continue;

      entry->needs_write = FALSE;
      if (!waymark_document_get_dirty (entry->document))
        continue;

      now = g_date_time_new_now_utc ();
      file = waymark_document_get_file (entry->document);

      g_free (entry->title);
      entry->title = waymark_document_dup_title (entry->document);
      g_free (entry->uri);
      entry->uri = file ? g_file_get_uri (file) : NULL;
      g_free (entry->saved_at);
      entry->saved_at = g_date_time_format_iso8601 (now);
      entry->on_disk = TRUE;
      self->index_dirty = TRUE;

      /* Ours from the first write on (the folder exists by then). */
      if (ensure_directory (self->directory, NULL))
        entry_lock (entry);

      job = g_new0 (Job, 1);
      job->file = draft_file (self, entry->uuid);
      job->bytes = waymark_writer_to_bytes (waymark_document_get_journey (entry->document));
      job->uuid = g_strdup (entry->uuid);
      g_ptr_array_add (jobs, job);
    }

  if (self->index_dirty)
    {
      Job *job = g_new0 (Job, 1);

      /* Keep listing what another instance wrote since we read it. */
      load_index (self);

      job->file = g_file_get_child (self->directory, INDEX_NAME);
      job->bytes = build_index (self);
      g_ptr_array_add (jobs, job);
      self->index_dirty = FALSE;
    }

  return g_steal_pointer (&jobs);
}

static void
run_jobs (GPtrArray *jobs,
          GFile     *directory)
{
  g_autoptr(GError) error = NULL;

  if (jobs->len == 0)
    return;

  if (!ensure_directory (directory, &error))
    {
      g_warning ("Could not create the drafts folder: %s", error->message);
      return;
    }

  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = g_ptr_array_index (jobs, i);

      if (!write_job (job, &error))
        {
          g_warning ("Could not write a draft: %s", error->message);
          g_clear_error (&error);
        }
    }
}

/* A draft written while its document was being saved or closed is stale:
 * remove it again. */
static void
reconcile (WaymarkDrafts *self,
           GPtrArray     *jobs)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = g_ptr_array_index (jobs, i);
      Entry *entry;

      if (job->uuid == NULL)
        continue;

      entry = g_hash_table_lookup (self->entries, job->uuid);
      if (entry == NULL)
        {
          delete_draft (self, job->uuid);
          self->index_dirty = TRUE;
        }
      else if (entry->document != NULL &&
               !waymark_document_get_dirty (entry->document))
        {
          delete_draft (self, job->uuid);
          entry->on_disk = FALSE;
          self->index_dirty = TRUE;
        }
    }
}

static void
batch_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WaymarkDrafts *self = source_object;

  run_jobs (task_data, self->directory);
  g_task_return_boolean (task, TRUE);
}

static void
batch_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  WaymarkDrafts *self = WAYMARK_DRAFTS (object);
  GApplication *app = g_application_get_default ();

  self->batch_running = FALSE;
  reconcile (self, g_task_get_task_data (G_TASK (result)));

  if (self->batch_again || self->index_dirty)
    {
      self->batch_again = FALSE;
      schedule (self, 0);
    }

  if (app != NULL)
    g_application_release (app);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  WaymarkDrafts *self = user_data;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GTask) task = NULL;
  GApplication *app;

  self->timeout_id = 0;

  if (self->batch_running)
    {
      self->batch_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  jobs = collect_jobs (self);
  if (jobs->len == 0)
    return G_SOURCE_REMOVE;

  /* Keep the application alive until the drafts are on disk. */
  if ((app = g_application_get_default ()) != NULL)
    g_application_hold (app);

  self->batch_running = TRUE;
  task = g_task_new (self, NULL, batch_done, NULL);
  g_task_set_source_tag (task, on_timeout_cb);
  g_task_set_task_data (task, g_steal_pointer (&jobs), (GDestroyNotify)g_ptr_array_unref);
  g_task_run_in_thread (task, batch_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule (WaymarkDrafts *self,
          guint          seconds)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (seconds == 0)
    self->timeout_id = g_idle_add (on_timeout_cb, self);
  else
    self->timeout_id = g_timeout_add_seconds (seconds, on_timeout_cb, self);
}

static void
on_document_changed_cb (Entry           *entry,
                        WaymarkDocument *document)
{
  entry->needs_write = TRUE;
  schedule (entry->drafts, WAYMARK_DRAFTS_DELAY_SECONDS);
}

static void
on_document_dirty_cb (Entry           *entry,
                      GParamSpec      *pspec,
                      WaymarkDocument *document)
{
  if (waymark_document_get_dirty (document))
    return;

  /* Saved: the draft is no longer needed. */
  entry->needs_write = FALSE;
  if (entry->on_disk)
    {
      delete_draft (entry->drafts, entry->uuid);
      entry->on_disk = FALSE;
      entry->drafts->index_dirty = TRUE;
      schedule (entry->drafts, 0);
    }
}

static void
attach (WaymarkDrafts   *self,
        Entry           *entry,
        WaymarkDocument *document)
{
  entry->document = g_object_ref (document);
  entry->changed_id = g_signal_connect_swapped (document, "changed",
                                                G_CALLBACK (on_document_changed_cb),
                                                entry);
  entry->dirty_id = g_signal_connect_swapped (document, "notify::dirty",
                                              G_CALLBACK (on_document_dirty_cb),
                                              entry);
}

static void
waymark_drafts_constructed (GObject *object)
{
  WaymarkDrafts *self = (WaymarkDrafts *)object;

  G_OBJECT_CLASS (waymark_drafts_parent_class)->constructed (object);

  if (self->directory == NULL)
    {
      const char *env = g_getenv ("WAYMARK_DRAFTS_DIR");

      if (env != NULL && env[0] != '\0')
        self->directory = g_file_new_for_path (env);
      else
        self->directory = g_file_new_build_filename (g_get_user_state_dir (),
                                                     "waymark", "drafts", NULL);
    }

  load_index (self);
}

static void
waymark_drafts_dispose (GObject *object)
{
  WaymarkDrafts *self = (WaymarkDrafts *)object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_hash_table_remove_all (self->entries);

  G_OBJECT_CLASS (waymark_drafts_parent_class)->dispose (object);
}

static void
waymark_drafts_finalize (GObject *object)
{
  WaymarkDrafts *self = (WaymarkDrafts *)object;

  g_clear_object (&self->directory);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (waymark_drafts_parent_class)->finalize (object);
}

static void
waymark_drafts_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkDrafts *self = WAYMARK_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_drafts_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkDrafts *self = WAYMARK_DRAFTS (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_drafts_class_init (WaymarkDraftsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_drafts_constructed;
  object_class->dispose = waymark_drafts_dispose;
  object_class->finalize = waymark_drafts_finalize;
  object_class->get_property = waymark_drafts_get_property;
  object_class->set_property = waymark_drafts_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_drafts_init (WaymarkDrafts *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal,
                                         NULL, (GDestroyNotify)entry_free);
}

/**
 * waymark_drafts_new:
 * @directory: (nullable): where drafts go, or %NULL for the default
 *
 * Reads the index of an earlier session, whose drafts are "unclaimed" until
 * they are restored or discarded.
 */
WaymarkDrafts *
waymark_drafts_new (GFile *directory)
{
  g_return_val_if_fail (!directory || G_IS_FILE (directory), NULL);

  return g_object_new (WAYMARK_TYPE_DRAFTS,
                       "directory", directory,
                       NULL);
}

GFile *
waymark_drafts_get_directory (WaymarkDrafts *self)
{
  g_return_val_if_fail (WAYMARK_IS_DRAFTS (self), NULL);

  return self->directory;
}

/**
 * waymark_drafts_dup_draft_file:
 *
 * Returns: (transfer full) (nullable): where the draft of @document goes
 */
GFile *
waymark_drafts_dup_draft_file (WaymarkDrafts   *self,
                               WaymarkDocument *document)
{
  Entry *entry;

  g_return_val_if_fail (WAYMARK_IS_DRAFTS (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);

  if ((entry = find_entry (self, document)) == NULL)
    return NULL;

  return draft_file (self, entry->uuid);
}

/**
 * waymark_drafts_add:
 *
 * Starts keeping drafts of @document. A document that is already dirty
 * (a restored draft) is written at the next opportunity.
 */
void
waymark_drafts_add (WaymarkDrafts   *self,
                    WaymarkDocument *document)
{
  Entry *entry;

  g_return_if_fail (WAYMARK_IS_DRAFTS (self));
  g_return_if_fail (WAYMARK_IS_DOCUMENT (document));

  if (find_entry (self, document) != NULL)
    return;

  {
    g_autofree char *uuid = g_uuid_string_random ();

    entry = entry_new (self, uuid);
  }
  attach (self, entry, document);
  g_hash_table_insert (self->entries, entry->uuid, entry);

  if (waymark_document_get_dirty (document))
    {
      entry->needs_write = TRUE;
      schedule (self, WAYMARK_DRAFTS_DELAY_SECONDS);
    }
}

/**
 * waymark_drafts_discard:
 *
 * Stops keeping drafts of @document and removes its draft: the document
 * was closed, saved or thrown away on purpose.
 */
void
waymark_drafts_discard (WaymarkDrafts   *self,
                        WaymarkDocument *document)
{
  Entry *entry;

  g_return_if_fail (WAYMARK_IS_DRAFTS (self));
  g_return_if_fail (WAYMARK_IS_DOCUMENT (document));

  if ((entry = find_entry (self, document)) == NULL)
    return;

  if (entry->on_disk)
    {
      delete_draft (self, entry->uuid);
      self->index_dirty = TRUE;
    }

  g_hash_table_remove (self->entries, entry->uuid);

  if (self->index_dirty)
    schedule (self, 0);
}

/**
 * waymark_drafts_flush:
 *
 * Writes pending drafts and the index now, waiting for them. Used at
 * shutdown and by the tests.
 */
void
waymark_drafts_flush (WaymarkDrafts *self)
{
  g_autoptr(GPtrArray) jobs = NULL;

  g_return_if_fail (WAYMARK_IS_DRAFTS (self));

  while (self->batch_running)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->batch_again = FALSE;

  jobs = collect_jobs (self);
  run_jobs (jobs, self->directory);
  reconcile (self, jobs);

  if (self->index_dirty)
    {
      g_autoptr(GPtrArray) more = collect_jobs (self);

      run_jobs (more, self->directory);
    }
}

gboolean
waymark_drafts_has_unclaimed (WaymarkDrafts *self)
{
  GHashTableIter iter;
  Entry *entry;

  g_return_val_if_fail (WAYMARK_IS_DRAFTS (self), FALSE);

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      if (entry->document == NULL && !entry_is_held_elsewhere (entry))
        return TRUE;
    }

  return FALSE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = *(const Entry * const *)a;
  const Entry *eb = *(const Entry * const *)b;

  return g_strcmp0 (ea->saved_at, eb->saved_at);
}

static GPtrArray *
dup_unclaimed (WaymarkDrafts *self)
{
  GPtrArray *ar = g_ptr_array_new ();
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      if (entry->document == NULL && !entry_is_held_elsewhere (entry))
        g_ptr_array_add (ar, entry);
    }

  g_ptr_array_sort (ar, compare_entries);

  return ar;
}

/**
 * waymark_drafts_dup_unclaimed_titles:
 *
 * Returns: (transfer full): the titles of the drafts of an earlier session,
 *   oldest first
 */
char **
waymark_drafts_dup_unclaimed_titles (WaymarkDrafts *self)
{
  g_autoptr(GPtrArray) unclaimed = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (WAYMARK_IS_DRAFTS (self), NULL);

  unclaimed = dup_unclaimed (self);
  for (guint i = 0; i < unclaimed->len; i++)
    {
      const Entry *entry = g_ptr_array_index (unclaimed, i);

      if (entry->title != NULL && entry->title[0] != '\0')
        g_strv_builder_add (builder, entry->title);
      else
        g_strv_builder_add (builder, _("Untitled Journey"));
    }

  return g_strv_builder_end (builder);
}

/**
 * waymark_drafts_restore:
 *
 * Loads the drafts of an earlier session as dirty documents that remember
 * their original file, so that Save writes the real file. Drafts that no
 * longer load are removed.
 *
 * Returns: (transfer container) (element-type WaymarkDocument): the documents
 */
GPtrArray *
waymark_drafts_restore (WaymarkDrafts *self)
{
  g_autoptr(GPtrArray) unclaimed = NULL;
  GPtrArray *documents;

  g_return_val_if_fail (WAYMARK_IS_DRAFTS (self), NULL);

  documents = g_ptr_array_new_with_free_func (g_object_unref);
  unclaimed = dup_unclaimed (self);

  for (guint i = 0; i < unclaimed->len; i++)
    {
      Entry *entry = g_ptr_array_index (unclaimed, i);
      g_autoptr(GFile) file = draft_file (self, entry->uuid);
      g_autoptr(WaymarkJourney) journey = NULL;
      g_autoptr(WaymarkDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      /* Taken by another instance since it was listed. */
      if (!entry_lock (entry))
        continue;

      if (!(journey = waymark_reader_load_file (file, NULL, &error)))
        {
          g_message ("Could not restore a draft: %s", error->message);
          delete_draft (self, entry->uuid);
          g_hash_table_remove (self->entries, entry->uuid);
          self->index_dirty = TRUE;
          continue;
        }

      document = waymark_document_new (journey);
      if (entry->uri != NULL)
        {
          g_autoptr(GFile) original = g_file_new_for_uri (entry->uri);

          waymark_document_set_file (document, original);
        }
      waymark_document_mark_dirty (document);

      attach (self, entry, document);
      g_ptr_array_add (documents, g_steal_pointer (&document));
    }

  if (self->index_dirty)
    schedule (self, 0);

  return documents;
}

/**
 * waymark_drafts_discard_unclaimed:
 *
 * Removes the drafts of an earlier session.
 */
void
waymark_drafts_discard_unclaimed (WaymarkDrafts *self)
{
  g_autoptr(GPtrArray) unclaimed = NULL;

  g_return_if_fail (WAYMARK_IS_DRAFTS (self));

  unclaimed = dup_unclaimed (self);
  for (guint i = 0; i < unclaimed->len; i++)
    {
      Entry *entry = g_ptr_array_index (unclaimed, i);

      if (!entry_lock (entry))
        continue;

      delete_draft (self, entry->uuid);
      g_hash_table_remove (self->entries, entry->uuid);
      self->index_dirty = TRUE;
    }

  if (self->index_dirty)
    schedule (self, 0);
}
