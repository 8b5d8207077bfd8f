/* waymark-cli.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean waymark_cli_is_command (const char  *arg);
int      waymark_cli_run        (int          argc,
                                 char       **argv);

G_END_DECLS
