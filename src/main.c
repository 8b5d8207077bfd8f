/* main.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "waymark-cli.h"

/* The installed waymark: the command line, or the application. This
 * program does not link GTK: check, new, export and import start without
 * loading GTK and libadwaita (about 30 libraries, 5 ms a run), and the
 * application, built as the module libwaymark-app.so in the run path,
 * is opened only to show a window. */
int
main (int   argc,
      char *argv[])
{
  int (*app_main) (int, char **);
  void *module;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* check, new and export need no display and open no window. */
  if (argc > 1 && waymark_cli_is_command (argv[1]))
    return waymark_cli_run (argc, argv);

  if (!(module = dlopen ("libwaymark-app.so", RTLD_LAZY | RTLD_LOCAL)) ||
      !(*(void **)&app_main = dlsym (module, "waymark_app_main")))
    {
      /* Translators: %s is the system's reason, in English */
      fprintf (stderr, _("waymark: cannot start the application: %s\n"), dlerror ());
      return 1;
    }

  return app_main (argc, argv);
}
