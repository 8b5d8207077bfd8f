/* waymark-generate.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *waymark_generate_journey (guint        n_touchpoints,
                                  guint32      seed,
                                  const char  *title);
GBytes *waymark_generate_journey_sized (guint        n_touchpoints,
                                        guint        n_stages,
                                        guint        n_lanes,
                                        guint32      seed,
                                        const char  *title);

G_END_DECLS
