/* waymark-drop-position.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint waymark_drop_position (guint  from,
                             int    index,
                             guint  n_items,
                             double offset,
                             double extent);

G_END_DECLS
