/* waymark-message-dialog.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one way to ask or tell the user something in a dialog: an
 * AdwMessageDialog with its responses, the default one for Enter and the
 * one Escape gives.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-message-dialog.h"

/**
 * waymark_message_dialog_new:
 * @parent: the window the dialog belongs to
 * @body: (nullable): plain text
 * @default_response: the response of Enter, the suggested one
 * @close_response: the response of Escape and of closing the dialog
 * @first_response: the id of the first response, then its label (with a
 *   mnemonic) and its #AdwResponseAppearance, then more triples, ending
 *   with %NULL
 *
 * Returns: (transfer none): a new modal #AdwMessageDialog, not yet shown
 */
GtkWidget *
waymark_message_dialog_new (GtkWindow  *parent,
                            const char *heading,
                            const char *body,
                            const char *default_response,
                            const char *close_response,
                            const char *first_response,
                            ...)
{
  AdwMessageDialog *dialog;
  va_list args;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (first_response != NULL, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  va_start (args, first_response);
  for (const char *id = first_response; id != NULL; id = va_arg (args, const char *))
    {
      const char *label = va_arg (args, const char *);
      AdwResponseAppearance appearance = va_arg (args, AdwResponseAppearance);

      adw_message_dialog_add_response (dialog, id, label);
      adw_message_dialog_set_response_appearance (dialog, id, appearance);
    }
  va_end (args);

  adw_message_dialog_set_default_response (dialog, default_response);
  adw_message_dialog_set_close_response (dialog, close_response);

  return GTK_WIDGET (dialog);
}

/**
 * waymark_message_dialog_show_error:
 * @body: plain text: what went wrong, as the error message says it
 *
 * Shows an error with a Close button.
 */
void
waymark_message_dialog_show_error (GtkWindow  *parent,
                                   const char *heading,
                                   const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);

  dialog = waymark_message_dialog_new (parent, heading, body, "close", "close",
                                       "close", _("_Close"), ADW_RESPONSE_DEFAULT,
                                       NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
