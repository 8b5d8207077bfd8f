/* waymark-map-header.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-lane.h"
#include "waymark-map-canvas-private.h"
#include "waymark-map-header.h"
#include "waymark-stage.h"
#include "waymark-compat.h"

/* The header of a stage (a column header) or of a lane (a row header) on
 * the map: a focusable widget over the header the canvas draws, in the
 * accessibility tree with the stage's or lane's name. It draws only its
 * focus; its keys ask the canvas: Alt+arrows move the stage or lane, F2
 * renames it in place, the arrows go to the next header or into the map. */

struct _WaymarkMapHeader
{
  GtkWidget    parent_instance;

  WaymarkItem *item;
  guint        index;    /* the column or band */
};

G_DEFINE_FINAL_TYPE (WaymarkMapHeader, waymark_map_header, GTK_TYPE_WIDGET)

static WaymarkMapCanvas *
get_canvas (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return WAYMARK_IS_MAP_CANVAS (parent) ? WAYMARK_MAP_CANVAS (parent) : NULL;
}

static void
header_move_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WaymarkMapHeader *self = WAYMARK_MAP_HEADER (widget);
  WaymarkMapCanvas *canvas = get_canvas (widget);
  int dx, dy, delta;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  /* A stage moves left and right, a lane up and down. */
  delta = WAYMARK_IS_STAGE (self->item) ? dx : dy;
  if (canvas == NULL || delta == 0 || ((int)self->index + delta) < 0)
    return;

  _waymark_map_canvas_move_header (canvas, self, self->index + delta);
}

static void
header_focus_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WaymarkMapHeader *self = WAYMARK_MAP_HEADER (widget);
  WaymarkMapCanvas *canvas = get_canvas (widget);
  int dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (canvas != NULL)
    _waymark_map_canvas_header_focus_move (canvas, self, dx, dy);
}

static void
header_rename_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WaymarkMapCanvas *canvas = get_canvas (widget);

  if (canvas != NULL)
    _waymark_map_canvas_rename_header (canvas, WAYMARK_MAP_HEADER (widget));
}

static void
waymark_map_header_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  graphene_rect_t bounds;
  cairo_t *cr;

  if (!gtk_widget_has_visible_focus (widget))
    return;

  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.95);
  cairo_set_line_width (cr, 3);
  cairo_rectangle (cr, 2.5, 2.5, bounds.size.width - 5, bounds.size.height - 5);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
waymark_map_header_dispose (GObject *object)
{
  WaymarkMapHeader *self = WAYMARK_MAP_HEADER (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (waymark_map_header_parent_class)->dispose (object);
}

static void
waymark_map_header_class_init (WaymarkMapHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_map_header_dispose;
  widget_class->snapshot = waymark_map_header_snapshot;

  gtk_widget_class_install_action (widget_class, "header.move", "(ii)", header_move_action);
  gtk_widget_class_install_action (widget_class, "header.focus-move", "(ii)", header_focus_action);
  gtk_widget_class_install_action (widget_class, "header.rename", NULL, header_rename_action);
  _waymark_map_add_arrow_bindings (widget_class, 0, "header.focus-move");
  _waymark_map_add_arrow_bindings (widget_class, GDK_ALT_MASK, "header.move");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "header.rename", NULL);

  gtk_widget_class_set_css_name (widget_class, "mapheader");
}

static void
waymark_map_header_init (WaymarkMapHeader *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
waymark_map_header_new (WaymarkItem *item)
{
  WaymarkMapHeader *self;

  g_return_val_if_fail (WAYMARK_IS_STAGE (item) || WAYMARK_IS_LANE (item), NULL);

  /* A stage heads a column of the grid, a lane a row. */
  self = g_object_new (WAYMARK_TYPE_MAP_HEADER,
                       "accessible-role", WAYMARK_IS_STAGE (item) ? GTK_ACCESSIBLE_ROLE_COLUMN_HEADER
                                                                  : GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                       NULL);
  self->item = g_object_ref (item);

  return GTK_WIDGET (self);
}

WaymarkItem *
waymark_map_header_get_item (WaymarkMapHeader *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_HEADER (self), NULL);

  return self->item;
}

gboolean
waymark_map_header_is_stage (WaymarkMapHeader *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_HEADER (self), FALSE);

  return WAYMARK_IS_STAGE (self->item);
}

guint
waymark_map_header_get_index (WaymarkMapHeader *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_HEADER (self), 0);

  return self->index;
}

/**
 * waymark_map_header_update:
 * @index: the header's column or band after a layout
 *
 * Takes the header's place and name after a layout.
 */
void
waymark_map_header_update (WaymarkMapHeader *self,
                           guint             index)
{
  gboolean stage;
  const char *name;

  g_return_if_fail (WAYMARK_IS_MAP_HEADER (self));

  self->index = index;
  stage = WAYMARK_IS_STAGE (self->item);
  name = stage ? waymark_stage_get_name (WAYMARK_STAGE (self->item))
               : waymark_lane_get_name (WAYMARK_LANE (self->item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  waymark_compat_set_tooltip_text (GTK_WIDGET (self),
                                   stage ? _("Drag to move the stage, or press Alt and an arrow; F2 renames it")
                                         : _("Drag to move the lane, or press Alt and an arrow; F2 renames it"));
}
