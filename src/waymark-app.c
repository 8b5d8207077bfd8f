/* waymark-app.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-app.h"
#include "waymark-application.h"

/* The application, in the module libwaymark-app.so that main.c opens when
 * it is asked for a window rather than a command. */

/**
 * waymark_app_main:
 * @argv: the whole command line, as main() got it
 *
 * Returns: the exit status
 */
int
waymark_app_main (int    argc,
                  char **argv)
{
  g_autoptr(WaymarkApplication) app = waymark_application_new ();

  waymark_application_preload (app, argc, argv);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
