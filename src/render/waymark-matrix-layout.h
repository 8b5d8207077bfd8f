/* waymark-matrix-layout.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "waymark-journey.h"
#include "waymark-pages.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MATRIX_LAYOUT (waymark_matrix_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMatrixLayout, waymark_matrix_layout, WAYMARK, MATRIX_LAYOUT, GObject)

void                 waymark_matrix_layout_prepare_fonts   (void);
WaymarkMatrixLayout *waymark_matrix_layout_new             (WaymarkJourney      *journey,
                                                            WaymarkPaper         paper);
WaymarkJourney      *waymark_matrix_layout_get_journey     (WaymarkMatrixLayout *self);
WaymarkPaper         waymark_matrix_layout_get_paper       (WaymarkMatrixLayout *self);
GDateTime           *waymark_matrix_layout_get_date        (WaymarkMatrixLayout *self);
void                 waymark_matrix_layout_set_date        (WaymarkMatrixLayout *self,
                                                            GDateTime           *date);
char                *waymark_matrix_layout_dup_title       (WaymarkMatrixLayout *self);
void                 waymark_matrix_layout_get_page_size   (WaymarkMatrixLayout *self,
                                                            double              *width,
                                                            double              *height);
guint                waymark_matrix_layout_get_n_pages     (WaymarkMatrixLayout *self);
gboolean             waymark_matrix_layout_get_page_rows   (WaymarkMatrixLayout *self,
                                                            guint                page,
                                                            guint               *first,
                                                            guint               *n_rows);
gboolean             waymark_matrix_layout_get_page_roles  (WaymarkMatrixLayout *self,
                                                            guint                page,
                                                            guint               *first,
                                                            guint               *n_roles);
char                *waymark_matrix_layout_dup_page_label  (WaymarkMatrixLayout *self,
                                                            guint                page);
void                 waymark_matrix_layout_draw_page       (WaymarkMatrixLayout *self,
                                                            cairo_t             *cr,
                                                            guint                page,
                                                            double               width,
                                                            double               height);

G_END_DECLS
