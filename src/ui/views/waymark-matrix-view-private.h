/* waymark-matrix-view-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-matrix-cell.h"
#include "waymark-matrix-check.h"
#include "waymark-matrix-view.h"

G_BEGIN_DECLS

/* Shared by the view (waymark-matrix-view.c: the page, headers and
 * validation), its cells (waymark-matrix-view-cells.c: cursor, keys and
 * the popover) and its actions (waymark-matrix-view-actions.c). */
struct _WaymarkMatrixView
{
  WaymarkView         parent_instance;

  WaymarkDocument    *document;      /* whose "change" and "changed" we follow */
  WaymarkMatrixCheck *check;         /* of the journey as shown */

  GtkStack           *stack;
  GtkWidget          *empty;
  GtkWidget          *page;
  GtkWidget          *bar;           /* the problems' summary; walks through them */
  GtkWidget          *bar_icon;
  GtkLabel           *bar_label;
  GtkLabel           *hint_label;
  GtkWidget          *column_headers;  /* GtkGrid, one header per role */
  GtkWidget          *row_headers;     /* GtkGrid, one header per row */
  GtkWidget          *cells;           /* GtkGrid of WaymarkMatrixCell */
  GtkWidget          *body_scroller;
  GtkWidget          *popover;
  GtkWidget          *toggles[4];

  GPtrArray          *rows;          /* WaymarkItem, in matrix order */
  GPtrArray          *roles;         /* WaymarkRole */
  GPtrArray          *row_widgets;   /* the header of each row */
  GPtrArray          *role_widgets;  /* the header of each role */
  GHashTable         *cell_index;    /* "row\nrole" ids -> WaymarkMatrixCell */
  guint               cursor_row;
  guint               cursor_column;
  gboolean            structure_dirty;
  gboolean            updating_popover;
};

/* waymark-matrix-view-cells.c */
void               _waymark_matrix_view_init_cells      (WaymarkMatrixView *self);
GtkWidget         *_waymark_matrix_view_add_cell        (WaymarkMatrixView *self,
                                                         WaymarkItem       *row,
                                                         WaymarkRole       *role,
                                                         const char        *row_title,
                                                         guint              row_index,
                                                         guint              column);
WaymarkMatrixCell *_waymark_matrix_view_get_cell_at     (WaymarkMatrixView *self,
                                                         guint              row,
                                                         guint              column);
void               _waymark_matrix_view_move_cursor     (WaymarkMatrixView *self,
                                                         guint              row,
                                                         guint              column,
                                                         gboolean           grab_focus);
void               _waymark_matrix_view_update_popover  (WaymarkMatrixView *self);
char              *_waymark_matrix_view_cell_key        (WaymarkItem       *row,
                                                         WaymarkRole       *role);

/* waymark-matrix-view-actions.c */
void               _waymark_matrix_view_class_init_actions (GtkWidgetClass *widget_class);
GMenuModel        *_waymark_matrix_view_dup_row_menu       (WaymarkMatrixView *self,
                                                            WaymarkItem       *row);
GMenuModel        *_waymark_matrix_view_dup_role_menu      (WaymarkMatrixView *self,
                                                            WaymarkRole       *role);

G_END_DECLS
