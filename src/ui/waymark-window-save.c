/* waymark-window-save.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a window's document, and asking about unsaved changes before the
 * window closes. Before writing over its own file, the window checks that
 * the file on disk is still the version it read or wrote (its etag), and
 * asks before replacing a change it has not shown, or writing a file that
 * was deleted or moved away again.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-message-dialog.h"
#include "waymark-save.h"
#include "waymark-window-private.h"
#include "waymark-writer.h"

#define WAYMARK_MIME_TYPE "application/x-waymark"

typedef struct
{
  GFile  *file;
  guint   serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

static void
on_save_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GFile *file = G_FILE (object);
  g_autoptr(GTask) task = user_data;
  WaymarkWindow *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *uri = NULL;
  GApplication *app = g_application_get_default ();
  const char *app_name;

  self->saving = FALSE;

  if (!waymark_save_bytes_finish (file, result, &error))
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);
      g_autofree char *body = NULL;

      /* Translators: %s is a file name, followed by the reason */
      body = g_strdup_printf (_("“%s” could not be written: %s"), parse_name, error->message);
      _waymark_window_show_error (self, _("Could Not Save the Journey"), body);
      _waymark_window_update_actions (self);
      g_task_return_error (task, g_steal_pointer (&error));
      if (app != NULL)
        g_application_release (app);
      return;
    }

  if (self->document != NULL)
    {
      GFile *current = waymark_document_get_file (self->document);

      if (current == NULL || !g_file_equal (current, file))
        waymark_document_set_file (self->document, file);

      /* Edits made while writing are not in the file. */
      if (data->serial == self->change_serial)
        waymark_document_mark_saved (self->document);

      _waymark_window_file_saved (self);
    }

  uri = g_file_get_uri (file);
  app_name = g_get_application_name ();
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri,
                               &(GtkRecentData) {
                                 .mime_type = (char *)WAYMARK_MIME_TYPE,
                                 .app_name = (char *)(app_name ? app_name : "Waymark"),
                                 .app_exec = (char *)"waymark %u",
                               });

  name = _waymark_window_dup_display_name (file);
  /* Translators: %s is a file name */
  toast = g_strdup_printf (_("Saved “%s”"), name);
  waymark_window_add_toast (self, toast);

  _waymark_window_update_actions (self);
  _waymark_window_update_title (self);
  g_task_return_boolean (task, TRUE);

  if (app != NULL)
    g_application_release (app);
}

static void
write_file (WaymarkWindow *self,
            GTask         *task,
            GFile         *file)
{
  g_autoptr(GBytes) bytes = NULL;
  SaveData *data;
  GApplication *app = g_application_get_default ();

  g_assert (WAYMARK_IS_WINDOW (self));
  g_assert (G_IS_TASK (task));
  g_assert (G_IS_FILE (file));

  if (self->document == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               "No document to save");
      g_object_unref (task);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->serial = self->change_serial;
  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);

  bytes = waymark_writer_to_bytes (waymark_document_get_journey (self->document));

  self->saving = TRUE;
  _waymark_window_update_actions (self);

  if (app != NULL)
    g_application_hold (app);

  /* Written beside the target and renamed over it: atomic. */
  waymark_save_bytes_async (file, bytes, WAYMARK_SAVE_NONE,
                            g_task_get_cancellable (task),
                            on_save_cb, task);
}

static void choose_file (WaymarkWindow *self,
                         GTask         *task);

static void
on_disk_dialog_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            gpointer          user_data)
{
  GTask *task = user_data;
  WaymarkWindow *self = g_task_get_source_object (task);

  g_signal_handlers_disconnect_by_func (dialog, on_disk_dialog_response_cb, user_data);

  if (self->document == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               "No document to save");
      g_object_unref (task);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      write_file (self, task, g_task_get_task_data (task));
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    {
      choose_file (self, task);
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "Saving was cancelled");
      g_object_unref (task);
    }
}

/* Asks before writing over a change on disk the window has not shown
 * (@gone FALSE) or writing a file again that was deleted or moved away. */
static void
ask_about_disk (WaymarkWindow *self,
                GTask         *task,
                GFile         *file,
                gboolean       gone)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (gone)
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” was deleted or moved away after it was opened here. "
                              "Saving writes it again at its old place."),
                            name);
  else
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” was changed on disk by someone else after it was "
                              "opened here. Saving replaces their changes with this "
                              "journey."),
                            name);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   gone ? _("Save the Journey Again?")
                                        : _("Replace Changes on Disk?"),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "save", gone ? _("_Save Again") : _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              gone ? ADW_RESPONSE_SUGGESTED
                                                   : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_disk_dialog_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Writes @file, after checking its etag when it is the document's own file:
 * the check happens before every save, since the document portal delivers
 * no monitor events. */
static void
save_to_file (WaymarkWindow *self,
              GTask         *task,
              GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  gboolean confirmed = self->save_confirmed;
  GFile *current;

  g_assert (WAYMARK_IS_WINDOW (self));

  self->save_confirmed = FALSE;
  current = self->document ? waymark_document_get_file (self->document) : NULL;
  if (confirmed || current == NULL || !g_file_equal (current, file))
    {
      write_file (self, task, file);
      return;
    }

  etag = waymark_window_query_etag (file, &error);
  if (etag == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      self->etag != NULL)
    ask_about_disk (self, task, file, TRUE);
  else if (_waymark_window_is_unseen_etag (self, etag))
    ask_about_disk (self, task, file, FALSE);
  else
    write_file (self, task, file);
}

static void
on_save_chooser_response_cb (GtkNativeDialog *native,
                             int              response,
                             gpointer         user_data)
{
  GTask *task = user_data;
  WaymarkWindow *self = g_task_get_source_object (task);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);

  if (file == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               "Saving was cancelled");
      g_object_unref (task);
      return;
    }

  /* The user chose the place (and agreed to replace what is there). */
  write_file (self, task, file);
}

static GtkFileFilter *
create_journey_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Waymark Journeys"));
  gtk_file_filter_add_mime_type (filter, WAYMARK_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "waymark");

  return filter;
}

static char *
dup_suggested_name (WaymarkDocument *document)
{
  g_autofree char *title = waymark_document_dup_title (document);

  g_strdelimit (title, "/\\:", '-');
  g_strstrip (title);
  if (title[0] == '\0')
    return g_strdup (_("Untitled Journey.waymark"));

  return g_strconcat (title, ".waymark", NULL);
}

void
waymark_window_save_async (WaymarkWindow       *self,
                           gboolean             save_as,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GFile *file;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_window_save_async);

  if (self->document == NULL || self->saving)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY,
                               "Nothing to save now");
      return;
    }

  file = waymark_document_get_file (self->document);
  if (file != NULL && !save_as)
    {
      save_to_file (self, g_steal_pointer (&task), file);
      return;
    }

  choose_file (self, g_steal_pointer (&task));
}

static void
choose_file (WaymarkWindow *self,
             GTask         *task)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *native;
  GFile *file = waymark_document_get_file (self->document);

  native = gtk_file_chooser_native_new (_("Save Journey"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  filter = create_journey_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), file, NULL);
    }
  else
    {
      g_autofree char *name = dup_suggested_name (self->document);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_signal_connect (native, "response",
                    G_CALLBACK (on_save_chooser_response_cb),
                    task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

gboolean
waymark_window_save_finish (WaymarkWindow  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Closing */

static void
on_confirm_save_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!waymark_window_save_finish (self, result, &error))
    g_task_return_boolean (task, FALSE);
  else
    g_task_return_boolean (task, TRUE);
}

typedef struct
{
  GTask    *task;
  gboolean  may_close;
} Answer;

static gboolean
return_answer_cb (gpointer user_data)
{
  Answer *answer = user_data;

  g_task_return_boolean (answer->task, answer->may_close);
  g_object_unref (answer->task);
  g_free (answer);

  return G_SOURCE_REMOVE;
}

/* The answer is given once the dialog has finished its response: closing
 * the window from inside it would free the dialog's parent while the
 * dialog still uses it (it unsets its transient parent as it closes). */
static void
return_answer_later (GTask    *task,
                     gboolean  may_close)
{
  Answer *answer = g_new0 (Answer, 1);

  answer->task = task;
  answer->may_close = may_close;
  g_idle_add_full (G_PRIORITY_DEFAULT, return_answer_cb, answer, NULL);
}

static void
on_close_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  GTask *task = user_data;
  WaymarkWindow *self = g_task_get_source_object (task);

  /* One answer per question: the task is ours only once. */
  g_signal_handlers_disconnect_by_func (dialog, on_close_dialog_response_cb, user_data);
  self->close_dialog = NULL;

  if (g_strcmp0 (response, "save") == 0)
    {
      waymark_window_save_async (self, FALSE, NULL,
                                 on_confirm_save_cb,
                                 task);
    }
  else
    {
      /* Discard: the draft goes when the window closes; until then
       * (quitting may still be cancelled) it is kept. */
      return_answer_later (task, g_strcmp0 (response, "discard") == 0);
    }
}

/**
 * waymark_window_confirm_close_async:
 *
 * Asks whether to save unsaved changes (Save / Discard / Cancel). Finishes
 * with %TRUE when the window may close: nothing was unsaved, the document
 * was saved, or the changes were discarded.
 */
void
waymark_window_confirm_close_async (WaymarkWindow       *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_window_confirm_close_async);

  if (self->document == NULL || !waymark_document_get_dirty (self->document))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (self->close_dialog != NULL)
    {
      /* Already asking: the answer goes to the first question. */
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      g_task_return_boolean (task, FALSE);
      return;
    }

  title = waymark_document_dup_title (self->document);
  /* Translators: %s is the title of a journey */
  body = g_strdup_printf (_("“%s” has unsaved changes. "
                            "Changes that are not saved will be lost."),
                          title);

  dialog = waymark_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), body,
                                       "save", "cancel",
                                       "cancel", _("_Cancel"), ADW_RESPONSE_DEFAULT,
                                       "discard", _("_Discard"), ADW_RESPONSE_DESTRUCTIVE,
                                       "save", _("_Save"), ADW_RESPONSE_SUGGESTED,
                                       NULL);

  g_signal_connect (dialog, "response",
                    G_CALLBACK (on_close_dialog_response_cb),
                    g_steal_pointer (&task));

  self->close_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
waymark_window_confirm_close_finish (WaymarkWindow  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * waymark_window_close_confirmed:
 *
 * Closes the window without asking again: the caller has asked.
 */
void
waymark_window_close_confirmed (WaymarkWindow *self)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

