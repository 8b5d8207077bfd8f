/* waymark-color-swatch.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small round swatch of an item's "color" ("#rrggbb", or none), kept up
 * to date: the lanes and roles show their colour in their rows, as the Map
 * and the Matrix use it (issue 9, point 12). Nothing to click: the colour
 * is chosen in the row's Colour row.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-color-row.h"
#include "waymark-color-swatch.h"

#define SWATCH_SIZE 16

struct _WaymarkColorSwatch
{
  GtkWidget  parent_instance;

  GObject   *item;
  char      *color;
};

G_DEFINE_FINAL_TYPE (WaymarkColorSwatch, waymark_color_swatch, GTK_TYPE_WIDGET)

static void
update (WaymarkColorSwatch *self)
{
  g_autofree char *color = NULL;
  g_autofree char *description = NULL;
  const char *name;

  /* No colour is NULL or "" (a lane's getter). */
  g_object_get (self->item, "color", &color, NULL);
  if (color != NULL && color[0] == '\0')
    g_clear_pointer (&color, g_free);
  g_free (self->color);
  self->color = g_steal_pointer (&color);

  name = waymark_color_row_get_color_name (self->color);
  if (self->color == NULL)
    description = g_strdup (_("No colour"));
  else if (name != NULL)
    /* Translators: the colour of a lane or role, "Colour: Blue" */
    description = g_strdup_printf (_("Colour: %s"), name);
  else
    description = g_strdup_printf (_("Colour: %s"), self->color);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
waymark_color_swatch_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = *natural = SWATCH_SIZE;
}

static void
waymark_color_swatch_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  WaymarkColorSwatch *self = WAYMARK_COLOR_SWATCH (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (width, height);
  GskRoundedRect circle;
  GdkRGBA fill, border;
  graphene_rect_t bounds;

  graphene_rect_init (&bounds, (width - size) / 2, (height - size) / 2, size, size);
  gsk_rounded_rect_init_from_rect (&circle, &bounds, size / 2);

  /* The outline in the text's colour, so that a light swatch reads on a
   * light row and a dark one on a dark row; no colour is an empty ring. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &border);
  border.alpha *= 0.3f;

  if (self->color != NULL && gdk_rgba_parse (&fill, self->color))
    {
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      gtk_snapshot_append_color (snapshot, &fill, &bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_snapshot_append_border (snapshot, &circle,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { border, border, border, border });
}

static void
waymark_color_swatch_dispose (GObject *object)
{
  WaymarkColorSwatch *self = (WaymarkColorSwatch *)object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (waymark_color_swatch_parent_class)->dispose (object);
}

static void
waymark_color_swatch_finalize (GObject *object)
{
  WaymarkColorSwatch *self = (WaymarkColorSwatch *)object;

  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (waymark_color_swatch_parent_class)->finalize (object);
}

static void
waymark_color_swatch_class_init (WaymarkColorSwatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_color_swatch_dispose;
  object_class->finalize = waymark_color_swatch_finalize;
  widget_class->measure = waymark_color_swatch_measure;
  widget_class->snapshot = waymark_color_swatch_snapshot;

  gtk_widget_class_set_css_name (widget_class, "colorswatch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
waymark_color_swatch_init (WaymarkColorSwatch *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/**
 * waymark_color_swatch_new_for_item:
 * @item: a model object with a "color" string property
 *
 * Returns: (transfer floating): a swatch following @item's colour
 */
GtkWidget *
waymark_color_swatch_new_for_item (GObject *item)
{
  WaymarkColorSwatch *self;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);
  g_return_val_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "color"), NULL);

  self = g_object_new (WAYMARK_TYPE_COLOR_SWATCH, NULL);
  self->item = g_object_ref (item);
  g_signal_connect_object (item, "notify::color", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

const char *
waymark_color_swatch_get_color (WaymarkColorSwatch *self)
{
  g_return_val_if_fail (WAYMARK_IS_COLOR_SWATCH (self), NULL);

  return self->color;
}
