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
