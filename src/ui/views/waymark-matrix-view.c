/* waymark-matrix-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Matrix page: who is responsible, accountable, consulted and informed
 * for each stage and handoff.
 * Not in this version yet: until it is, the view says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-matrix-view.h"

struct _WaymarkMatrixView
{
  WaymarkView parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkMatrixView, waymark_matrix_view, WAYMARK_TYPE_VIEW)

static void
waymark_matrix_view_build (WaymarkView *view)
{
  waymark_view_set_status (view, _("Accountability Matrix"),
                           _("Editing who is responsible, accountable, consulted and "
                             "informed for each stage and handoff is not available in this "
                             "version yet. Assignments stored in the file are kept when "
                             "you save."));
}

static void
waymark_matrix_view_class_init (WaymarkMatrixViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  view_class->build = waymark_matrix_view_build;

  gtk_widget_class_set_css_name (widget_class, "matrixview");
}

static void
waymark_matrix_view_init (WaymarkMatrixView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("Ma_trix"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "x-office-spreadsheet-symbolic");
}

GtkWidget *
waymark_matrix_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_MATRIX_VIEW, NULL);
}
