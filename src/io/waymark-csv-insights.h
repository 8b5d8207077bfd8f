/* waymark-csv-insights.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

GBytes *waymark_csv_export_gaps    (WaymarkJourney *journey);
GBytes *waymark_csv_export_content (WaymarkJourney *journey);

G_END_DECLS
