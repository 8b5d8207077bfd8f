/* waymark-application.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window per document; opening a file that is already open raises its
 * window. Drafts of an earlier session are offered at start-up. Quitting
 * asks once about every unsaved journey.
 */

#define G_LOG_DOMAIN "waymark-application"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-application.h"
#include "waymark-compat.h"
#include "waymark-message-dialog.h"
#include "waymark-folder-label.h"
#include "waymark-reader.h"
#include "waymark-window.h"

#define WAYMARK_MIME_TYPE "application/x-waymark"

struct _WaymarkApplication
{
  AdwApplication  parent_instance;

  WaymarkDrafts    *drafts;
  AdwMessageDialog *quit_dialog;
  guint             quit_pending;   /* saves still running before quitting */
  guint             quit_failed : 1;
  guint             asked_drafts : 1;
  GPtrArray        *preloads;       /* Preload */
};

G_DEFINE_FINAL_TYPE (WaymarkApplication, waymark_application, ADW_TYPE_APPLICATION)

/* A file named on the command line, read in a thread while GTK starts up
 * (styles, GL, D-Bus), so that the window has it as soon as it is made. */
typedef struct
{
  GFile          *file;
  GThread        *thread;
  char           *etag;     /* the rest is set by the thread */
  WaymarkJourney *journey;
  GError         *error;
} Preload;

static gpointer
preload_thread (gpointer data)
{
  Preload *preload = data;

  /* The etag before the bytes, as in waymark_application_open_file (). */
  preload->etag = waymark_window_query_etag (preload->file, NULL);
  preload->journey = waymark_reader_load_file (preload->file, NULL, &preload->error);

  return NULL;
}

static void
preload_join (Preload *preload)
{
  if (preload->thread != NULL)
    g_thread_join (g_steal_pointer (&preload->thread));
}

static void
preload_free (Preload *preload)
{
  preload_join (preload);
  g_clear_object (&preload->file);
  g_clear_pointer (&preload->etag, g_free);
  g_clear_object (&preload->journey);
  g_clear_error (&preload->error);
  g_free (preload);
}

/* The preload of @file, finished, taken out of the list; or %NULL. */
static Preload *
take_preload (WaymarkApplication *self,
              GFile              *file)
{
  for (guint i = 0; self->preloads && i < self->preloads->len; i++)
    {
      Preload *preload = g_ptr_array_index (self->preloads, i);

      if (g_file_equal (preload->file, file))
        {
          g_ptr_array_steal_index (self->preloads, i);
          preload_join (preload);
          return preload;
        }
    }

  return NULL;
}

static WaymarkWindow *
get_active_window (WaymarkApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (WAYMARK_IS_WINDOW (window))
    return WAYMARK_WINDOW (window);

  return NULL;
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri,
                               &(GtkRecentData) {
                                 .mime_type = (char *)WAYMARK_MIME_TYPE,
                                 .app_name = (char *)"Waymark",
                                 .app_exec = (char *)"waymark %u",
                               });
}

/* Drafts */

static void
on_restore_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        WaymarkApplication *self)
{
  g_autoptr(WaymarkWindow) hint = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  g_signal_handlers_disconnect_by_func (dialog, on_restore_response_cb, self);

  if (WAYMARK_IS_WINDOW (parent))
    hint = g_object_ref (WAYMARK_WINDOW (parent));

  if (g_strcmp0 (response, "restore") == 0)
    {
      g_autoptr(GPtrArray) documents = waymark_drafts_restore (self->drafts);

      for (guint i = 0; i < documents->len; i++)
        waymark_application_open_draft (self, g_ptr_array_index (documents, i), hint);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      waymark_drafts_discard_unclaimed (self->drafts);
    }

  /* Any other answer (Escape) keeps the drafts for the next start. */
  g_application_release (G_APPLICATION (self));
}

static void
offer_drafts (WaymarkApplication *self,
              WaymarkWindow      *parent)
{
  g_auto(GStrv) titles = NULL;
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;
  guint n;

  g_assert (WAYMARK_IS_APPLICATION (self));
  g_assert (WAYMARK_IS_WINDOW (parent));

  if (self->asked_drafts || !waymark_drafts_has_unclaimed (self->drafts))
    return;

  self->asked_drafts = TRUE;

  titles = waymark_drafts_dup_unclaimed_titles (self->drafts);
  n = g_strv_length (titles);

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Waymark was not closed properly. "
                                    "This journey has unsaved changes:",
                                    "Waymark was not closed properly. "
                                    "These journeys have unsaved changes:",
                                    n));
  g_string_append_c (body, '\n');
  for (guint i = 0; i < n; i++)
    g_string_append_printf (body, "\n• %s", titles[i]);

  dialog = waymark_message_dialog_new (GTK_WINDOW (parent), _("Restore Unsaved Work?"), body->str,
                                       "restore", "later",
                                       "discard", _("_Discard"), ADW_RESPONSE_DESTRUCTIVE,
                                       "restore", _("_Restore"), ADW_RESPONSE_SUGGESTED,
                                       NULL);

  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_restore_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opening */

static void
on_open_chooser_response_cb (GtkNativeDialog    *native,
                             int                 response,
                             WaymarkApplication *self)
{
  GtkWindow *transient_for = gtk_native_dialog_get_transient_for (native);
  WaymarkWindow *parent = WAYMARK_IS_WINDOW (transient_for) ? WAYMARK_WINDOW (transient_for) : NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          waymark_application_open_file (self, file, parent);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
app_open_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  g_autoptr(GtkFileFilter) journeys = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  WaymarkWindow *parent;

  if (!(parent = get_active_window (self)))
    {
      parent = waymark_application_new_window (self);
      gtk_window_present (GTK_WINDOW (parent));
    }

  native = gtk_file_chooser_native_new (_("Open Journey"),
                                        GTK_WINDOW (parent),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  gtk_file_filter_set_name (journeys, _("Waymark Journeys"));
  gtk_file_filter_add_mime_type (journeys, WAYMARK_MIME_TYPE);
  gtk_file_filter_add_suffix (journeys, "waymark");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), journeys);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), journeys);

  g_signal_connect_object (native, "response",
                           G_CALLBACK (on_open_chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Quitting */

static gboolean
close_all_windows_cb (gpointer user_data)
{
  g_autoptr(WaymarkApplication) self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Every unsaved journey was answered for: close without asking again. */
  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (WAYMARK_IS_WINDOW (l->data))
        waymark_window_close_confirmed (l->data);
      else
        gtk_window_destroy (l->data);
    }
  g_list_free (windows);

  return G_SOURCE_REMOVE;
}

/* From an idle: the quit dialog is transient for one of these windows and
 * is still in its response when the answer comes. */
static void
close_all_windows_later (WaymarkApplication *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_all_windows_cb, g_object_ref (self), NULL);
}

static GPtrArray *
dup_unsaved_windows (WaymarkApplication *self)
{
  GPtrArray *unsaved = g_ptr_array_new_with_free_func (g_object_unref);

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       l != NULL;
       l = l->next)
    {
      WaymarkDocument *document;

      if (WAYMARK_IS_WINDOW (l->data) &&
          (document = waymark_window_get_document (l->data)) != NULL &&
          waymark_document_get_dirty (document))
        g_ptr_array_add (unsaved, g_object_ref (l->data));
    }

  return unsaved;
}

static void
on_quit_saved_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(WaymarkApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!waymark_window_save_finish (WAYMARK_WINDOW (object), result, &error))
    self->quit_failed = TRUE;

  g_assert (self->quit_pending > 0);
  if (--self->quit_pending > 0)
    return;

  /* A journey that was not saved (cancelled, or an error that was shown)
   * keeps the application open. */
  if (!self->quit_failed)
    close_all_windows_later (self);
}

static void
on_quit_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     WaymarkApplication *self)
{
  g_signal_handlers_disconnect_by_func (dialog, on_quit_response_cb, self);
  self->quit_dialog = NULL;

  if (g_strcmp0 (response, "discard") == 0)
    {
      close_all_windows_later (self);
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      g_autoptr(GPtrArray) unsaved = dup_unsaved_windows (self);

      self->quit_failed = FALSE;
      self->quit_pending = unsaved->len;
      if (unsaved->len == 0)
        close_all_windows_later (self);

      for (guint i = 0; i < unsaved->len; i++)
        waymark_window_save_async (g_ptr_array_index (unsaved, i), FALSE, NULL,
                                   on_quit_saved_cb, g_object_ref (self));
    }
}

static GtkWidget *
create_unsaved_list (GPtrArray *unsaved)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  for (guint i = 0; i < unsaved->len; i++)
    {
      WaymarkDocument *document = waymark_window_get_document (g_ptr_array_index (unsaved, i));
      g_autofree char *title = waymark_document_dup_title (document);
      g_autofree char *where = NULL;
      GFile *file = waymark_document_get_file (document);
      GtkWidget *row = adw_action_row_new ();

      where = file ? waymark_dup_folder_label (file) : g_strdup (_("Draft"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      /* A list to read, not to choose from: the focus stays on the answers. */
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  return list;
}

/* One question for every unsaved journey, as GNOME Text Editor asks. */
static void
app_quit_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  g_autoptr(GPtrArray) unsaved = NULL;
  GtkWindow *parent;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (self->quit_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->quit_dialog));
      return;
    }

  if (self->quit_pending > 0)
    return;

  unsaved = dup_unsaved_windows (self);
  if (unsaved->len == 0)
    {
      close_all_windows_later (self);
      return;
    }

  parent = GTK_WINDOW (get_active_window (self));
  if (parent == NULL)
    parent = g_ptr_array_index (unsaved, 0);

  if (unsaved->len == 1)
    body = g_strdup (_("This journey has unsaved changes. "
                       "Changes that are not saved will be lost."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u journey has unsaved changes. "
                                         "Changes that are not saved will be lost.",
                                         "%u journeys have unsaved changes. "
                                         "Changes that are not saved will be lost.",
                                         unsaved->len),
                            unsaved->len);

  dialog = adw_message_dialog_new (parent, _("Save Changes?"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      create_unsaved_list (unsaved));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", unsaved->len == 1 ? _("_Discard")
                                                                 : _("_Discard All"),
                                    "save", unsaved->len == 1 ? _("_Save") : _("_Save All"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_quit_response_cb), self, 0);
  self->quit_dialog = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Other actions */

static void
app_new_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  WaymarkApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (waymark_application_new_window (self)));
}

static void
app_about_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  WaymarkApplication *self = user_data;

  waymark_compat_show_about (GTK_WINDOW (get_active_window (self)));
}

static void
app_shortcuts_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  WaymarkApplication *self = user_data;
  WaymarkWindow *window = get_active_window (self);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  /* Built when asked for: every window building its own costs start-up. */
  builder = gtk_builder_new_from_resource ("/org/waymark/Waymark/waymark-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (window));
  gtk_window_set_application (shortcuts, GTK_APPLICATION (self));
  gtk_window_present (shortcuts);
}

static const GActionEntry app_actions[] = {
  { "new", app_new_action },
  { "open", app_open_action },
  { "quit", app_quit_action },
  { "about", app_about_action },
  { "shortcuts", app_shortcuts_action },
};

/* GApplication */

static void
waymark_application_startup (GApplication *application)
{
  WaymarkApplication *self = (WaymarkApplication *)application;
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (waymark_application_parent_class)->startup (application);

  g_set_application_name (_("Waymark"));
  gtk_window_set_default_icon_name ("org.waymark.Waymark");

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.shortcuts",
                                         shortcuts_accels);

  self->drafts = waymark_drafts_new (NULL);
}

static void
waymark_application_shutdown (GApplication *application)
{
  WaymarkApplication *self = (WaymarkApplication *)application;

  if (self->drafts != NULL)
    waymark_drafts_flush (self->drafts);

  G_APPLICATION_CLASS (waymark_application_parent_class)->shutdown (application);
}

static void
waymark_application_activate (GApplication *application)
{
  WaymarkApplication *self = (WaymarkApplication *)application;
  WaymarkWindow *window = get_active_window (self);

  if (window == NULL)
    window = waymark_application_new_window (self);

  gtk_window_present (GTK_WINDOW (window));
  offer_drafts (self, window);
}

static void
waymark_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  WaymarkApplication *self = (WaymarkApplication *)application;
  WaymarkWindow *last = NULL;

  for (int i = 0; i < n_files; i++)
    {
      WaymarkWindow *window = waymark_application_open_file (self, files[i], NULL);

      if (window != NULL)
        last = window;
    }

  if (last == NULL)
    {
      /* Nothing could be opened; the errors are shown on this window. */
      last = get_active_window (self);
      if (last == NULL)
        {
          last = waymark_application_new_window (self);
          gtk_window_present (GTK_WINDOW (last));
        }
    }

  offer_drafts (self, last);
}

static void
waymark_application_dispose (GObject *object)
{
  WaymarkApplication *self = (WaymarkApplication *)object;

  g_clear_object (&self->drafts);
  g_clear_pointer (&self->preloads, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_application_parent_class)->dispose (object);
}

static void
waymark_application_class_init (WaymarkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = waymark_application_dispose;

  app_class->startup = waymark_application_startup;
  app_class->shutdown = waymark_application_shutdown;
  app_class->activate = waymark_application_activate;
  app_class->open = waymark_application_open;
}

static void
waymark_application_init (WaymarkApplication *self)
{
}

WaymarkApplication *
waymark_application_new (void)
{
  /* The resources live under /org/waymark/Waymark also in development
   * builds, whose application id ends in .Devel. */
  return g_object_new (WAYMARK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/waymark/Waymark",
                       NULL);
}

/**
 * waymark_application_get_drafts:
 *
 * Returns: (transfer none) (nullable): the drafts, once started up
 */
WaymarkDrafts *
waymark_application_get_drafts (WaymarkApplication *self)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);

  return self->drafts;
}

/**
 * waymark_application_new_window:
 *
 * Returns: (transfer none): a new window showing the welcome page, not yet
 *   presented
 */
WaymarkWindow *
waymark_application_new_window (WaymarkApplication *self)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);

  return waymark_window_new (GTK_APPLICATION (self));
}

/**
 * waymark_application_find_window:
 *
 * Returns: (transfer none) (nullable): the window showing @file
 */
WaymarkWindow *
waymark_application_find_window (WaymarkApplication *self,
                                 GFile              *file)
{
  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       l != NULL;
       l = l->next)
    {
      WaymarkDocument *document;
      GFile *other;

      if (!WAYMARK_IS_WINDOW (l->data))
        continue;

      document = waymark_window_get_document (l->data);
      if (document != NULL &&
          (other = waymark_document_get_file (document)) != NULL &&
          g_file_equal (other, file))
        return l->data;
    }

  return NULL;
}

/* What the reader corrected (a cell assigned twice) is said once, when
 * the file opens; the journey in the window is the corrected one, so it differs
 * from the file until it is saved. */
static void
show_load_warnings (WaymarkWindow   *window,
                    WaymarkDocument *document)
{
  const char * const *warnings;
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;

  warnings = waymark_journey_get_load_warnings (waymark_document_get_journey (document));
  if (warnings == NULL || warnings[0] == NULL)
    return;

  waymark_document_mark_dirty (document);

  body = g_string_new (_("Waymark corrected these places of the file while opening it. "
                         "Saving writes the corrected journey."));
  g_string_append_c (body, '\n');
  for (guint i = 0; warnings[i]; i++)
    g_string_append_printf (body, "\n• %s", warnings[i]);

  dialog = adw_message_dialog_new (GTK_WINDOW (window),
                                   _("Opened With Warnings"),
                                   body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * waymark_application_open_document:
 * @hint: (nullable): a window to use if it has no document yet
 *
 * Shows @document in @hint if that window is empty, else in the active
 * window if that is empty, else in a new window.
 *
 * Returns: (transfer none): the window showing @document
 */
WaymarkWindow *
waymark_application_open_document (WaymarkApplication *self,
                                   WaymarkDocument    *document,
                                   WaymarkWindow      *hint)
{
  WaymarkWindow *window = NULL;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (!hint || WAYMARK_IS_WINDOW (hint), NULL);

  if (hint != NULL && waymark_window_get_document (hint) == NULL)
    window = hint;
  else if (hint == NULL &&
           (window = get_active_window (self)) != NULL &&
           waymark_window_get_document (window) != NULL)
    window = NULL;

  if (window == NULL)
    window = waymark_application_new_window (self);

  waymark_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * waymark_application_open_draft:
 * @document: a document restored from its draft
 * @hint: (nullable): as for waymark_application_open_document()
 *
 * Shows a restored draft. When its file is open already (opened before the
 * restore was answered), the draft, which has the newer unsaved changes,
 * takes the place of what that window shows, unless the window has unsaved
 * changes of its own: never two windows of one file.
 *
 * Returns: (transfer none): the window showing @document
 */
WaymarkWindow *
waymark_application_open_draft (WaymarkApplication *self,
                                WaymarkDocument    *document,
                                WaymarkWindow      *hint)
{
  GFile *file;
  WaymarkWindow *window = NULL;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);

  file = waymark_document_get_file (document);
  if (file != NULL)
    window = waymark_application_find_window (self, file);

  if (window == NULL || waymark_document_get_dirty (waymark_window_get_document (window)))
    return waymark_application_open_document (self, document, hint);

  waymark_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

/**
 * waymark_application_open_file:
 * @hint: (nullable): a window to use if it has no document yet, and the
 *   parent of an error message
 *
 * Raises the window that shows @file, or loads @file into a window. A file
 * that does not load is reported in a dialog naming the file, line and
 * column.
 *
 * Returns: (transfer none) (nullable): the window showing @file
 */
WaymarkWindow *
waymark_application_open_file (WaymarkApplication *self,
                               GFile              *file,
                               WaymarkWindow      *hint)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  Preload *preload;
  WaymarkWindow *window;

  g_return_val_if_fail (WAYMARK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!hint || WAYMARK_IS_WINDOW (hint), NULL);

  if ((window = waymark_application_find_window (self, file)))
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  if ((preload = take_preload (self, file)))
    {
      etag = g_steal_pointer (&preload->etag);
      journey = g_steal_pointer (&preload->journey);
      error = g_steal_pointer (&preload->error);
      preload_free (preload);
    }
  else
    {
      /* The etag before the bytes: a change in between makes Save ask. */
      etag = waymark_window_query_etag (file, NULL);
      journey = waymark_reader_load_file (file, NULL, &error);
    }

  if (journey == NULL)
    {
      WaymarkWindow *parent = hint ? hint : get_active_window (self);
      g_autofree char *uri = g_file_get_uri (file);

      if (parent == NULL)
        {
          parent = waymark_application_new_window (self);
          gtk_window_present (GTK_WINDOW (parent));
        }

      /* A file that does not open is no file to come back to. */
      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      waymark_window_show_open_error (parent, file, error);
      return NULL;
    }

  document = waymark_document_new (journey);
  waymark_document_set_file (document, file);
  add_recent (file);

  window = waymark_application_open_document (self, document, hint);
  show_load_warnings (window, document);
  waymark_window_set_file_etag (window, etag);

  return window;
}

/**
 * waymark_application_preload:
 * @argv: the command line that g_application_run () is about to get
 *
 * Starts reading the files that @argv names, each in a thread, so that
 * they are read while GTK starts up. Nothing is read when @argv holds an
 * option: it might not name files.
 */
void
waymark_application_preload (WaymarkApplication  *self,
                             int                  argc,
                             char               **argv)
{
  g_return_if_fail (WAYMARK_IS_APPLICATION (self));

  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-' || argv[i][0] == '\0')
      return;

  for (int i = 1; i < argc; i++)
    {
      Preload *preload = g_new0 (Preload, 1);

      if (self->preloads == NULL)
        self->preloads = g_ptr_array_new_with_free_func ((GDestroyNotify)preload_free);
      preload->file = g_file_new_for_commandline_arg (argv[i]);
      preload->thread = g_thread_new ("waymark-preload", preload_thread, preload);
      g_ptr_array_add (self->preloads, preload);
    }
}
