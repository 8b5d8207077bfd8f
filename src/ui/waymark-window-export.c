/* waymark-window-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export… and Print for the view on screen. Each view says what it writes
 * (WaymarkView's export_formats and dup_pages); here are the actions, the
 * items of the primary menu that say why they are off, the file chooser,
 * saving every file with waymark_save_bytes() and the toast that opens it.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-compat.h"
#include "waymark-export-dialog.h"
#include "waymark-message-dialog.h"
#include "waymark-print-preview.h"
#include "waymark-save.h"
#include "waymark-toast.h"
#include "waymark-window-private.h"

typedef struct
{
  WaymarkView  *view;
  GPtrArray    *bytes;     /* GBytes, one a file */
  GPtrArray    *files;     /* GFile, where each goes */
  guint         saved;     /* how many are written */
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->view);
  g_clear_pointer (&job->bytes, g_ptr_array_unref);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_free (job);
}

static WaymarkView *
get_visible_view (WaymarkWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  return self->document != NULL && WAYMARK_IS_VIEW (child) ? WAYMARK_VIEW (child) : NULL;
}

/* @file with @suffix ("matrix" is "matrix.pdf"), or its page @page of
 * @n_pages: "matrix-1.png", "matrix-2.png"… */
static GFile *
dup_target (GFile      *file,
            const char *suffix,
            guint       page,
            guint       n_pages)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_autofree char *stem = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);

  if (g_str_has_suffix (lower, suffix))
    stem = g_strndup (name, strlen (name) - strlen (suffix));
  else
    stem = g_strdup (name);

  if (n_pages < 2 && g_str_has_suffix (lower, suffix))
    return g_object_ref (file);
  else if (n_pages < 2)
    target = g_strconcat (stem, suffix, NULL);
  else
    target = g_strdup_printf ("%s-%u%s", stem, page + 1, suffix);

  return parent ? g_file_get_child (parent, target) : g_file_new_for_path (target);
}

static void save_next (GTask *task);

static void
on_file_saved_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!waymark_save_bytes_finish (G_FILE (object), result, &error))
    {
      /* Pages are all or nothing: those written already go again. */
      for (guint i = 0; i < job->saved; i++)
        g_file_delete (g_ptr_array_index (job->files, i), NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job->saved++;
  save_next (g_steal_pointer (&task));
}

static void
save_next (GTask *task)
{
  ExportJob *job = g_task_get_task_data (task);

  if (job->saved == job->files->len)
    {
      g_task_return_pointer (task, g_ptr_array_ref (job->files),
                             (GDestroyNotify)g_ptr_array_unref);
      g_object_unref (task);
      return;
    }

  waymark_save_bytes_async (g_ptr_array_index (job->files, job->saved),
                            g_ptr_array_index (job->bytes, job->saved),
                            WAYMARK_SAVE_NONE, g_task_get_cancellable (task),
                            on_file_saved_cb, task);
}

/**
 * waymark_window_export_async:
 * @view: one of the window's views, that exports @format
 * @format: one format
 * @paper: the sheets, where @format depends on them
 * @file: where to write; the format's suffix is added if it is not there,
 *   and a file a page is named FILE-1.png, FILE-2.png…
 *
 * Draws the files in memory, then writes each with waymark_save_bytes():
 * on any error no file is left half-written, and none of the pages.
 */
void
waymark_window_export_async (WaymarkWindow         *self,
                             WaymarkView           *view,
                             WaymarkExportFormats   format,
                             WaymarkPaper           paper,
                             GFile                 *file,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (WAYMARK_IS_VIEW (view));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_window_export_async);

  job = g_new0 (ExportJob, 1);
  job->view = g_object_ref (view);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_task_data (task, job, export_job_free);

  if (!(job->bytes = waymark_view_export (view, format, paper, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < job->bytes->len; i++)
    g_ptr_array_add (job->files, dup_target (file, waymark_export_format_get_suffix (format),
                                             i, job->bytes->len));

  save_next (g_steal_pointer (&task));
}

/**
 * waymark_window_export_finish:
 *
 * Returns: (transfer container) (element-type GFile): the files written,
 *   or %NULL with @error set
 */
GPtrArray *
waymark_window_export_finish (WaymarkWindow  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;

  if (!(files = waymark_window_export_finish (self, result, &error)))
    {
      _waymark_window_show_error (self, _("Could Not Export"), error->message);
      return;
    }

  first = _waymark_window_dup_display_name (g_ptr_array_index (files, 0));
  if (files->len == 1)
    {
      /* Translators: a toast, %s is the file's name */
      message = g_strdup_printf (_("Exported “%s”"), first);
    }
  else
    {
      g_autofree char *last = _waymark_window_dup_display_name (g_ptr_array_index (files,
                                                                                   files->len - 1));

      /* Translators: a toast, "Exported 6 pages, “matrix-1.png” to “matrix-6.png”" */
      message = g_strdup_printf (_("Exported %u pages, “%s” to “%s”"), files->len, first, last);
    }

  uri = g_file_get_uri (g_ptr_array_index (files, 0));
  waymark_toast_show_action (GTK_WIDGET (self->toast_overlay), message, _("_Open"),
                             "win.open-export", g_variant_new_string (uri));
}

static void
on_export_file_chosen_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);
  g_autoptr(WaymarkExportDialog) dialog = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!(file = waymark_compat_save_file_finish (result, &error)))
    {
      g_debug ("Not exported: %s", error->message);
      return;
    }

  waymark_window_export_async (self, waymark_export_dialog_get_view (dialog),
                               waymark_export_dialog_get_format (dialog),
                               waymark_export_dialog_get_paper (dialog),
                               file, NULL, on_exported_cb, NULL);
}

/* "B2B customer lifecycle – Matrix.pdf" */
static char *
dup_export_name (WaymarkWindow        *self,
                 WaymarkView          *view,
                 WaymarkExportFormats  format)
{
  const char *title = waymark_journey_get_title (waymark_document_get_journey (self->document));
  g_autofree char *view_name = waymark_view_dup_name (view);
  g_autofree char *name = NULL;

  if (title == NULL || *title == '\0')
    title = _("Journey");
  /* Translators: the file name Export suggests: the journey's title, then the view */
  name = g_strdup_printf (_("%s – %s"), title, view_name);
  g_strdelimit (name, "/\\", '-');

  return g_strconcat (name, waymark_export_format_get_suffix (format), NULL);
}

static void
on_export_dialog_response_cb (WaymarkExportDialog *dialog,
                              const char          *response,
                              WaymarkWindow       *self)
{
  WaymarkExportFormats format = waymark_export_dialog_get_format (dialog);
  WaymarkView *view = waymark_export_dialog_get_view (dialog);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *pattern = NULL;
  GFile *file;

  if (g_strcmp0 (response, "export") != 0 || self->document == NULL)
    return;

  gtk_file_filter_set_name (filter, waymark_export_format_get_label (format));
  gtk_file_filter_add_mime_type (filter, waymark_export_format_get_mime_type (format));
  pattern = g_strconcat ("*", waymark_export_format_get_suffix (format), NULL);
  gtk_file_filter_add_pattern (filter, pattern);

  if ((file = waymark_document_get_file (self->document)))
    folder = g_file_get_parent (file);
  name = dup_export_name (self, view, format);

  waymark_compat_save_file_async (GTK_WINDOW (self), _("Export"), _("_Export"), folder, name,
                                  filter, NULL, on_export_file_chosen_cb,
                                  g_object_ref (dialog));
}

static void
win_export_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  WaymarkView *view = get_visible_view (self);
  GtkWidget *dialog;

  if (view == NULL || !waymark_view_get_can_export (view))
    return;

  dialog = waymark_export_dialog_new (GTK_WINDOW (self), view);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
win_print_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  WaymarkView *view = get_visible_view (self);

  if (view == NULL || !waymark_view_get_can_print (view))
    return;

  gtk_window_present (GTK_WINDOW (waymark_print_preview_new (GTK_WINDOW (self), view)));
}

static void
win_open_export_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  waymark_compat_open_file (GTK_WINDOW (widget), file);
}

static void
on_menu_item_clicked_cb (GtkWidget *button)
{
  GtkWidget *popover = gtk_widget_get_ancestor (button, GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* An item of the primary menu that can say why it is off: a menu model
 * item cannot have a tooltip in GTK 4.8, and an insensitive widget shows
 * none, so the tooltip is on a box around the button. */
static GtkWidget *
create_menu_item (const char      *label,
                  const char      *action_name,
                  guint            key,
                  GdkModifierType  mods)
{
  g_autofree char *accel = gtk_accelerator_get_label (key, mods);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_label_new_with_mnemonic (label);
  GtkWidget *shortcut = gtk_label_new (accel);
  GtkWidget *item;

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_widget_add_css_class (shortcut, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), shortcut);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "waymark-menu-item");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (text)),
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_menu_item_clicked_cb), NULL);

  item = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (item), button);

  return item;
}

/* Export… and Print follow the view shown, and say why they are off. */
void
_waymark_window_update_export (WaymarkWindow *self)
{
  WaymarkView *view = get_visible_view (self);
  g_autofree char *name = view ? waymark_view_dup_name (view) : NULL;
  g_autofree char *export_reason = NULL;
  g_autofree char *print_reason = NULL;
  gboolean can_export = view != NULL && waymark_view_get_can_export (view);
  gboolean can_print = view != NULL && waymark_view_get_can_print (view);

  if (self->document == NULL)
    {
      export_reason = g_strdup (_("Open or create a journey first"));
      print_reason = g_strdup (export_reason);
    }
  else
    {
      if (!can_export)
        /* Translators: why Export… is off; %s is the view ("Stages") */
        export_reason = g_strdup_printf (_("The %s view has nothing to export"), name);
      if (!can_print)
        /* Translators: why Print is off; %s is the view ("Stages") */
        print_reason = g_strdup_printf (_("The %s view does not print"), name);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", can_export);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", can_print);
  if (self->export_item != NULL)
    waymark_compat_set_tooltip_text (self->export_item, export_reason);
  if (self->print_item != NULL)
    waymark_compat_set_tooltip_text (self->print_item, print_reason);
}

void
_waymark_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, win_export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, win_print_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", win_open_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
}

void
_waymark_window_export_init (WaymarkWindow *self)
{
  GtkPopover *popover = gtk_menu_button_get_popover (self->menu_button);

  self->print_item = create_menu_item (_("_Print…"), "win.print", GDK_KEY_p, GDK_CONTROL_MASK);
  self->export_item = create_menu_item (_("_Export…"), "win.export", GDK_KEY_e,
                                        GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), self->print_item, "print");
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), self->export_item, "export");

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (_waymark_window_update_export), self,
                           G_CONNECT_SWAPPED);
}
