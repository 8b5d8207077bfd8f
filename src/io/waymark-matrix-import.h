/* waymark-matrix-import.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-document.h"

G_BEGIN_DECLS

typedef struct _WaymarkMatrixImport WaymarkMatrixImport;

WaymarkMatrixImport *waymark_matrix_import_parse          (WaymarkJourney      *journey,
                                                           const char          *text,
                                                           gsize                len);
void                 waymark_matrix_import_free           (WaymarkMatrixImport *self);
const char * const  *waymark_matrix_import_get_mismatches (WaymarkMatrixImport *self);
guint                waymark_matrix_import_get_n_cells    (WaymarkMatrixImport *self);
guint                waymark_matrix_import_apply          (WaymarkMatrixImport *self,
                                                           WaymarkDocument     *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkMatrixImport, waymark_matrix_import_free)

G_END_DECLS
