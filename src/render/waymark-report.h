/* waymark-report.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

GBytes *waymark_report_export_pdf (WaymarkJourney  *journey,
                                   WaymarkPaper     paper,
                                   GDateTime       *date,
                                   guint           *n_pages,
                                   GError         **error);

G_END_DECLS
