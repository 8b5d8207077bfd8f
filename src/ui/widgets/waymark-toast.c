/* waymark-toast.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one way to show a toast: in the toast overlay around @widget (or
 * @widget itself), with the message as plain text.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-toast.h"

static void
add_toast (GtkWidget  *widget,
           const char *message,
           gboolean    undo)
{
  g_autofree char *escaped = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  g_assert (GTK_IS_WIDGET (widget));
  g_assert (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;

  /* Toast titles are markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);

  if (undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  else
    {
      adw_toast_set_timeout (toast, 3);
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * waymark_toast_show:
 * @widget: a toast overlay or a widget inside one
 * @message: plain text
 *
 * Shows @message for three seconds.
 */
void
waymark_toast_show (GtkWidget  *widget,
                    const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  add_toast (widget, message, FALSE);
}

/**
 * waymark_toast_show_undo:
 * @widget: a toast overlay or a widget inside one
 * @message: plain text, what was done ("Stage “Attract” deleted")
 *
 * Shows @message with an Undo button that activates win.undo.
 */
void
waymark_toast_show_undo (GtkWidget  *widget,
                         const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  add_toast (widget, message, TRUE);
}
