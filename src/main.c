/* main.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "waymark-application.h"
#include "waymark-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* check, new and export need no display and open no window. */
  if (argc > 1 && waymark_cli_is_command (argv[1]))
    return waymark_cli_run (argc, argv);

  app = waymark_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
