/* waymark-cli-main.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "waymark-cli.h"

/* The command line alone, linked without GTK: what the tests and the
 * fuzzers run. The installed waymark binary has the same commands. */
int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || !waymark_cli_is_command (argv[1]))
    {
      fprintf (stderr, "%s\n", _("Usage: waymark-cli check|new|export|import …"));
      return 1;
    }

  return waymark_cli_run (argc, argv);
}
