/* waymark-compat.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void waymark_compat_show_about (GtkWindow *parent);

G_END_DECLS
