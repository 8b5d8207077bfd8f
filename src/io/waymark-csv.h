/* waymark-csv.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

GString *waymark_csv_begin        (void);
GBytes *waymark_csv_export_matrix (WaymarkJourney *journey);
void    waymark_csv_append_record (GString            *out,
                                   const char * const *fields,
                                   guint               n_fields);

G_END_DECLS
