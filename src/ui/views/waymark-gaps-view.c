/* waymark-gaps-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Gaps page: where customers are compared with where the company shows
 * up, per stage and channel.
 * Not in this version yet: until it is, the view says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-gaps-view.h"

struct _WaymarkGapsView
{
  WaymarkView parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkGapsView, waymark_gaps_view, WAYMARK_TYPE_VIEW)

static void
waymark_gaps_view_build (WaymarkView *view)
{
  waymark_view_set_status (view, _("Gap Analysis"),
                           _("Comparing where customers are with where the company shows "
                             "up, per stage and channel, is not available in this version "
                             "yet."));
}

static void
waymark_gaps_view_class_init (WaymarkGapsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  view_class->build = waymark_gaps_view_build;

  gtk_widget_class_set_css_name (widget_class, "gapsview");
}

static void
waymark_gaps_view_init (WaymarkGapsView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Gaps"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "edit-find-symbolic");
}

GtkWidget *
waymark_gaps_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_GAPS_VIEW, NULL);
}
