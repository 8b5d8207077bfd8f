/* waymark-app.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Looked up by name with dlsym() in main.c. */
int waymark_app_main (int    argc,
                      char **argv);

G_END_DECLS
