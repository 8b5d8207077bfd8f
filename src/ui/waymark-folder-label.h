/* waymark-folder-label.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *waymark_dup_folder_label (GFile *file);

G_END_DECLS
