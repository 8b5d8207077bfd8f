/* waymark-window-file.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window and its file on disk. The window remembers the etag of the
 * bytes it read or wrote last, watches the file while it is the active
 * window, and checks the etag again when it becomes active (the Flatpak
 * document portal delivers no monitor events). A change by someone else shows a banner with Reload and Keep
 * Mine; a file deleted or moved away is written again only on request.
 * Reload swaps in a new document and keeps the old one, so that Undo
 * brings back what was shown. Also here: the dialog for a file that could
 * not be opened.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-reader.h"
#include "waymark-folder-label.h"
#include "waymark-window-private.h"

#define ETAG_ATTRIBUTES G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_TYPE

/* The file's name as the file manager shows it. */
char *
_waymark_window_dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

/**
 * waymark_window_query_etag:
 *
 * Returns: (transfer full) (nullable): the etag of @file, or %NULL with
 *   @error set when it cannot be read (G_IO_ERROR_NOT_FOUND when it is gone)
 */
char *
waymark_window_query_etag (GFile   *file,
                            GError **error)
{
  g_autoptr(GFileInfo) info = NULL;

  g_assert (G_IS_FILE (file));

  if (!(info = g_file_query_info (file, ETAG_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, error)))
    return NULL;

  return g_strdup (g_file_info_get_etag (info));
}

/* A change on disk the window has not shown and the user has not kept
 * theirs over. Without a known etag (a restored draft) nothing is unseen:
 * there is nothing to compare with. */
gboolean
_waymark_window_is_unseen_etag (WaymarkWindow *self,
                                const char    *etag)
{
  g_assert (WAYMARK_IS_WINDOW (self));

  return etag != NULL && self->etag != NULL &&
         g_strcmp0 (etag, self->etag) != 0 &&
         g_strcmp0 (etag, self->kept_etag) != 0;
}

/* Hidden, not only folded: a folded revealer still measures its
 * wrapping label, which GTK 4.8 gets wrong at small widths. */
static void
hide_banner (WaymarkWindow *self)
{
  gtk_revealer_set_reveal_child (self->file_banner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->file_banner), FALSE);
}

static void
set_file_state (WaymarkWindow    *self,
                WaymarkFileState  state)
{
  GFile *file;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_assert (WAYMARK_IS_WINDOW (self));

  self->file_state = state;
  file = self->document ? waymark_document_get_file (self->document) : NULL;

  if (state == WAYMARK_FILE_STATE_SEEN || file == NULL)
    {
      hide_banner (self);
      return;
    }

  name = g_file_get_basename (file);

  if (state == WAYMARK_FILE_STATE_CHANGED)
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("“%s” was changed on disk by someone else."), name);
      gtk_button_set_label (GTK_BUTTON (self->keep_mine_button), _("_Keep Mine"));
    }
  else
    {
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("“%s” was deleted or moved away. "
                                "It is written there again only if you save."),
                              name);
      gtk_button_set_label (GTK_BUTTON (self->keep_mine_button), _("_Dismiss"));
    }

  gtk_label_set_text (self->file_banner_label, text);
  gtk_widget_set_visible (self->reload_button, state == WAYMARK_FILE_STATE_CHANGED);
  gtk_widget_set_visible (self->save_again_button, state == WAYMARK_FILE_STATE_GONE);
  gtk_widget_set_visible (GTK_WIDGET (self->file_banner), TRUE);
  gtk_revealer_set_reveal_child (self->file_banner, TRUE);
}

static void
on_check_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(WaymarkWindow) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  GFile *current;

  info = g_file_query_info_finish (G_FILE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Answers about a file the window no longer shows, or arriving while
   * the window writes it, say nothing. */
  if (self->document == NULL || self->saving ||
      (current = waymark_document_get_file (self->document)) == NULL ||
      !g_file_equal (current, G_FILE (object)))
    return;

  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
          self->file_state != WAYMARK_FILE_STATE_GONE &&
          self->etag != NULL)
        {
          /* What is shown is no longer anywhere on disk: keep it as a draft. */
          waymark_document_mark_dirty (self->document);
          set_file_state (self, WAYMARK_FILE_STATE_GONE);
        }
      return;
    }

  if (_waymark_window_is_unseen_etag (self, g_file_info_get_etag (info)))
    {
      if (self->file_state != WAYMARK_FILE_STATE_CHANGED)
        set_file_state (self, WAYMARK_FILE_STATE_CHANGED);
    }
  else if (self->file_state != WAYMARK_FILE_STATE_SEEN &&
           g_strcmp0 (g_file_info_get_etag (info), self->etag) == 0)
    {
      /* Back as the window knows it (a revert, a file moved back). */
      set_file_state (self, WAYMARK_FILE_STATE_SEEN);
    }
}

/**
 * _waymark_window_check_file:
 *
 * Compares the file's etag on disk with the one the window knows, and shows
 * the banner when they differ or the file is gone.
 */
void
_waymark_window_check_file (WaymarkWindow *self)
{
  GFile *file;

  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->document == NULL || self->saving ||
      (file = waymark_document_get_file (self->document)) == NULL)
    return;

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  g_file_query_info_async (file, ETAG_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->check_cancellable,
                           on_check_cb, g_object_ref (self));
}

static void
on_monitor_changed_cb (WaymarkWindow     *self,
                       GFile             *file,
                       GFile             *other_file,
                       GFileMonitorEvent  event,
                       GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      _waymark_window_check_file (self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      /* CHANGED comes in bursts while a file is written; its end is the
       * CHANGES_DONE_HINT. */
      break;
    }
}

static void
stop_watching (WaymarkWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

/**
 * _waymark_window_watch_file:
 *
 * Watches the document's file while the window is active, or nothing when
 * it has none. Called when the document or its file changes, and when the
 * window becomes active or stops being active.
 *
 * A monitor of a file watches its whole folder: in a busy one (/tmp,
 * Downloads) every file written there wakes GLib's worker thread, which
 * then reads on every 100 ms while events keep coming. A window in the
 * background so stays idle; what changed meanwhile it finds when it is
 * active again, by the etag.
 */
void
_waymark_window_watch_file (WaymarkWindow *self)
{
  g_autoptr(GError) error = NULL;
  GFile *file;

  g_assert (WAYMARK_IS_WINDOW (self));

  stop_watching (self);

  if (self->document == NULL || (file = waymark_document_get_file (self->document)) == NULL ||
      !gtk_window_is_active (GTK_WINDOW (self)))
    return;

  if (!(self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error)))
    {
      /* The etag is still checked on activation and before saving. */
      g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      return;
    }

  g_signal_connect_object (self->monitor, "changed",
                           G_CALLBACK (on_monitor_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * _waymark_window_file_saved:
 *
 * The window has just written its file: what is on disk is what it shows.
 */
void
_waymark_window_file_saved (WaymarkWindow *self)
{
  GFile *file;

  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->document == NULL || (file = waymark_document_get_file (self->document)) == NULL)
    return;

  g_free (self->etag);
  self->etag = waymark_window_query_etag (file, NULL);
  g_clear_pointer (&self->kept_etag, g_free);
  set_file_state (self, WAYMARK_FILE_STATE_SEEN);
}

/**
 * waymark_window_set_file_etag:
 * @etag: (nullable): the etag of the file as it was before it was read
 *
 * Tells the window which version of its file it shows, so that Save can
 * tell a change by someone else from its own. The etag taken before
 * reading is safe: a change in between makes the two differ, and the
 * window asks rather than overwrites.
 */
void
waymark_window_set_file_etag (WaymarkWindow *self,
                              const char    *etag)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));

  g_free (self->etag);
  self->etag = g_strdup (etag);
  g_clear_pointer (&self->kept_etag, g_free);
  set_file_state (self, WAYMARK_FILE_STATE_SEEN);
  _waymark_window_check_file (self);
}

/**
 * waymark_window_get_file_state:
 *
 * Returns: what the banner says about the file on disk
 */
WaymarkFileState
waymark_window_get_file_state (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), WAYMARK_FILE_STATE_SEEN);

  return self->file_state;
}

/* Reload, undoable */

/* Shows @document in place of the current one, on the same page, keeping
 * the reload's history. */
void
_waymark_window_replace_document (WaymarkWindow   *self,
                                  WaymarkDocument *document)
{
  g_assert (WAYMARK_IS_WINDOW (self));
  g_assert (WAYMARK_IS_DOCUMENT (document));

  self->swapping = TRUE;
  waymark_window_set_document (self, document);
  self->swapping = FALSE;
}

static char *
dup_reload_toast (WaymarkWindow *self)
{
  g_autofree char *name = _waymark_window_dup_display_name (waymark_document_get_file (self->document));

  /* Translators: %s is a file name */
  return g_strdup_printf (_("Reloaded “%s”"), name);
}

static void
win_reload_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  g_autoptr(WaymarkDocument) old = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *toast_title = NULL;
  g_autoptr(GFile) file = NULL;
  AdwToast *toast;

  if (self->document == NULL || waymark_document_get_file (self->document) == NULL)
    return;

  file = g_object_ref (waymark_document_get_file (self->document));

  /* The etag before the bytes, as when opening. */
  etag = waymark_window_query_etag (file, NULL);
  if (!(journey = waymark_reader_load_file (file, NULL, &error)))
    {
      waymark_window_show_open_error (self, file, error);
      return;
    }

  document = waymark_document_new (journey);
  waymark_document_set_file (document, file);

  old = g_object_ref (self->document);
  _waymark_window_replace_document (self, document);
  g_set_object (&self->before_reload, old);
  g_clear_object (&self->after_reload);
  _waymark_window_update_actions (self);

  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  g_clear_pointer (&self->kept_etag, g_free);
  set_file_state (self, WAYMARK_FILE_STATE_SEEN);

  toast_title = dup_reload_toast (self);
  toast = adw_toast_new (toast_title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * _waymark_window_undo_reload:
 *
 * Brings back the document shown before a reload, once everything done
 * after the reload is undone.
 *
 * Returns: %TRUE if it did
 */
gboolean
_waymark_window_undo_reload (WaymarkWindow *self)
{
  g_autoptr(WaymarkDocument) reloaded = NULL;
  g_autoptr(WaymarkDocument) before = NULL;

  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->before_reload == NULL || self->document == NULL)
    return FALSE;

  before = g_steal_pointer (&self->before_reload);
  reloaded = g_object_ref (self->document);
  _waymark_window_replace_document (self, before);
  self->after_reload = g_steal_pointer (&reloaded);

  /* The file on disk is the reloaded one, which the user has seen:
   * saving this one replaces it without asking. */
  waymark_document_mark_dirty (before);
  _waymark_window_update_actions (self);

  return TRUE;
}

/**
 * _waymark_window_redo_reload:
 *
 * Returns: %TRUE if it showed the reloaded document again
 */
gboolean
_waymark_window_redo_reload (WaymarkWindow *self)
{
  g_autoptr(WaymarkDocument) after = NULL;
  g_autoptr(WaymarkDocument) shown = NULL;

  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->after_reload == NULL || self->document == NULL)
    return FALSE;

  after = g_steal_pointer (&self->after_reload);
  shown = g_object_ref (self->document);
  _waymark_window_replace_document (self, after);
  self->before_reload = g_steal_pointer (&shown);
  _waymark_window_update_actions (self);

  return TRUE;
}

static void
win_keep_mine_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  GFile *file;

  if (self->document == NULL || (file = waymark_document_get_file (self->document)) == NULL)
    return;

  if (self->file_state == WAYMARK_FILE_STATE_CHANGED)
    {
      /* Saving may now replace this version of the file without asking;
       * until then, what is shown differs from the disk. */
      g_free (self->kept_etag);
      self->kept_etag = waymark_window_query_etag (file, NULL);
      waymark_document_mark_dirty (self->document);
    }

  hide_banner (self);
}

static void
on_save_again_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!waymark_window_save_finish (WAYMARK_WINDOW (object), result, &error))
    g_debug ("Not saved again: %s", error->message);
}

static void
win_save_again_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  /* The button is the request: do not ask again. */
  self->save_confirmed = TRUE;
  waymark_window_save_async (self, FALSE, NULL, on_save_again_cb, NULL);
}

static void
on_is_active_cb (WaymarkWindow *self,
                 GParamSpec    *pspec,
                 gpointer       user_data)
{
  _waymark_window_watch_file (self);
  if (gtk_window_is_active (GTK_WINDOW (self)))
    _waymark_window_check_file (self);
}

/* Opening failed */

static void
on_copy_details_cb (GtkButton *button,
                    GtkLabel  *label)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (button));

  gdk_clipboard_set_text (clipboard, gtk_label_get_text (label));
}

/**
 * waymark_window_show_open_error:
 *
 * Says in plain words why @file could not be opened, and where in it, with
 * the reader's own line under "Technical Details" for a bug report.
 */
void
waymark_window_show_open_error (WaymarkWindow *self,
                                GFile         *file,
                                const GError  *error)
{
  g_autofree char *basename = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *expander;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *copy;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (error != NULL);

  basename = _waymark_window_dup_display_name (file);
  folder = waymark_dup_folder_label (file);
  plain = waymark_reader_error_describe (error);

  /* Translators: the first %s is a file name, the second its folder, the
   * third what is wrong with it */
  body = g_strdup_printf (_("“%s” in %s is not a journey Waymark can read.\n\n%s"),
                          basename, folder, plain);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Journey"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  label = gtk_label_new (error->message);
  gtk_widget_set_name (label, "technical-details");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");

  copy = gtk_button_new_with_mnemonic (_("C_opy Details"));
  gtk_widget_set_halign (copy, GTK_ALIGN_START);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (on_copy_details_cb), label, 0);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), copy);

  expander = gtk_expander_new_with_mnemonic (_("_Technical Details"));
  gtk_expander_set_child (GTK_EXPANDER (expander), box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), expander);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Setup */

void
_waymark_window_file_init (WaymarkWindow *self)
{
  g_assert (WAYMARK_IS_WINDOW (self));

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_cb), NULL);
}

void
_waymark_window_file_dispose (WaymarkWindow *self)
{
  g_assert (WAYMARK_IS_WINDOW (self));

  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  stop_watching (self);
  g_clear_object (&self->before_reload);
  g_clear_object (&self->after_reload);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->kept_etag, g_free);
}

void
_waymark_window_file_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, win_reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, win_keep_mine_action);
  gtk_widget_class_install_action (widget_class, "win.save-again", NULL,
                                   win_save_again_action);
}
