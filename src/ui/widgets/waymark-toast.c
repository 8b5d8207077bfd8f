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

/* @button_label: (nullable): a button activating @action_name with
 * @target; an Undo toast stays until dismissed or replaced. */
static void
add_toast (GtkWidget  *widget,
           const char *message,
           gboolean    undo,
           const char *button_label,
           const char *action_name,
           GVariant   *target)
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
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  else
    {
      adw_toast_set_timeout (toast, button_label ? 5 : 3);
    }

  if (button_label != NULL)
    {
      adw_toast_set_button_label (toast, button_label);
      adw_toast_set_action_name (toast, action_name);
      if (target != NULL)
        adw_toast_set_action_target_value (toast, target);
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

  add_toast (widget, message, FALSE, NULL, NULL, NULL);
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

  add_toast (widget, message, TRUE, _("_Undo"), "win.undo", NULL);
}

/**
 * waymark_toast_show_action:
 * @widget: a toast overlay or a widget inside one
 * @message: plain text, what was done ("Exported “matrix.pdf”")
 * @button_label: the button, with a mnemonic ("_Open")
 * @action_name: what the button activates
 * @target: (nullable): the action's parameter, consumed if floating
 *
 * Shows @message for five seconds, with a button.
 */
void
waymark_toast_show_action (GtkWidget  *widget,
                           const char *message,
                           const char *button_label,
                           const char *action_name,
                           GVariant   *target)
{
  g_autoptr(GVariant) owned = target ? g_variant_ref_sink (target) : NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);
  g_return_if_fail (button_label != NULL);
  g_return_if_fail (action_name != NULL);

  add_toast (widget, message, FALSE, button_label, action_name, owned);
}
