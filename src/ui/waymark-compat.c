/* waymark-compat.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every use of API newer than GTK 4.8 and libadwaita 1.2 sits here, behind
 * GTK_CHECK_VERSION / ADW_CHECK_VERSION, so that the rest of the UI builds
 * against both Debian 12 and the current GNOME runtime.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-compat.h"

static const char *developers[] = {
  N_("The Waymark authors"),
  NULL
};

void
waymark_compat_show_about (GtkWindow *parent)
{
  const char *translated[G_N_ELEMENTS (developers)] = { NULL };

  for (guint i = 0; developers[i] != NULL; i++)
    translated[i] = _(developers[i]);

#if ADW_CHECK_VERSION (1, 5, 0)
  {
    AdwDialog *dialog = adw_about_dialog_new ();

    g_object_set (dialog,
                  "application-name", _("Waymark"),
                  "application-icon", "org.waymark.Waymark",
                  "version", PACKAGE_VERSION,
                  "license-type", GTK_LICENSE_GPL_3_0,
                  "developer-name", translated[0],
                  "developers", translated,
                  "copyright", "© 2026 The Waymark authors",
                  "translator-credits", _("translator-credits"),
                  NULL);
    adw_dialog_present (dialog, GTK_WIDGET (parent));
  }
#else
  adw_show_about_window (parent,
                         "application-name", _("Waymark"),
                         "application-icon", "org.waymark.Waymark",
                         "version", PACKAGE_VERSION,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developer-name", translated[0],
                         "developers", translated,
                         "copyright", "© 2026 The Waymark authors",
                         "translator-credits", _("translator-credits"),
                         NULL);
#endif
}

#if !GTK_CHECK_VERSION (4, 10, 0)
static void
on_save_chooser_response_cb (GtkNativeDialog *native,
                             int              response,
                             gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Not chosen");

  g_object_unref (native);
}
#else
static void
on_file_dialog_save_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file;

  if ((file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error)))
    g_task_return_pointer (task, file, g_object_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}
#endif

/**
 * waymark_compat_save_file_async:
 * @parent: the window asking
 * @title: the dialog's title
 * @accept_label: the button that saves, with a mnemonic
 * @folder: (nullable): where to start
 * @name: the name suggested
 * @filter: (nullable): the files shown
 *
 * Asks where to save a file: GtkFileDialog where GTK has it (4.10),
 * GtkFileChooserNative before. Both go through the file chooser portal
 * in the sandbox.
 */
void
waymark_compat_save_file_async (GtkWindow           *parent,
                                const char          *title,
                                const char          *accept_label,
                                GFile               *folder,
                                const char          *name,
                                GtkFileFilter       *filter,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);
  g_return_if_fail (!folder || G_IS_FILE (folder));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, waymark_compat_save_file_async);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_initial_folder (dialog, folder);
    gtk_file_dialog_set_initial_name (dialog, name);
    if (filter != NULL)
      {
        g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

        g_list_store_append (filters, filter);
        gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
        gtk_file_dialog_set_default_filter (dialog, filter);
      }
    gtk_file_dialog_save (dialog, parent, cancellable, on_file_dialog_save_cb, task);
  }
#else
  {
    GtkFileChooserNative *native;

    native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                          accept_label, _("_Cancel"));
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
    if (filter != NULL)
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    if (folder != NULL)
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    if (name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    g_signal_connect (native, "response", G_CALLBACK (on_save_chooser_response_cb), task);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

/**
 * waymark_compat_save_file_finish:
 *
 * Returns: (transfer full) (nullable): the file chosen, or %NULL with
 *   %G_IO_ERROR_CANCELLED (or GTK's %GTK_DIALOG_ERROR_DISMISSED) when the
 *   user chose none
 */
GFile *
waymark_compat_save_file_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * waymark_compat_open_file:
 * @file: a file just written
 *
 * Opens @file in the application the desktop picks for its type.
 */
void
waymark_compat_open_file (GtkWindow *parent,
                          GFile     *file)
{
  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

    gtk_file_launcher_launch (launcher, parent, NULL, NULL, NULL);
  }
#else
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
  }
#endif
}

/**
 * waymark_compat_set_tooltip_text:
 *
 * gtk_widget_set_tooltip_text() for what sets the same tooltip again and
 * again (after every edit): GTK asks the display server where the pointer
 * is at every call, even when the text is the same, a round trip on X11
 * that can take longer than a frame. So only a new text is set.
 */
void
waymark_compat_set_tooltip_text (GtkWidget  *widget,
                                 const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}
