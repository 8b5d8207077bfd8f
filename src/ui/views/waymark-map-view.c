/* waymark-map-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Map page: the touchpoints of the journey on a grid of stages and lanes.
 * Not in this version yet: until it is, the view says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-map-view.h"

struct _WaymarkMapView
{
  WaymarkView parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkMapView, waymark_map_view, WAYMARK_TYPE_VIEW)

static void
waymark_map_view_build (WaymarkView *view)
{
  waymark_view_set_status (view, _("Journey Map"),
                           _("Placing touchpoints on the map of stages and lanes is not "
                             "available in this version yet. Use the Stages view to edit "
                             "the stages of this journey."));
}

static void
waymark_map_view_class_init (WaymarkMapViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  view_class->build = waymark_map_view_build;

  gtk_widget_class_set_css_name (widget_class, "mapview");
}

static void
waymark_map_view_init (WaymarkMapView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Map"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "view-grid-symbolic");
}

GtkWidget *
waymark_map_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_MAP_VIEW, NULL);
}
