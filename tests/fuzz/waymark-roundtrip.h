/* waymark-roundtrip.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean waymark_roundtrip_check (GBytes    *bytes,
                                  gboolean  *loaded,
                                  GError   **error);

G_END_DECLS
