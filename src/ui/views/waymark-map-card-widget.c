/* waymark-map-card-widget.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-map-card-widget.h"
#include "waymark-map-renderer.h"

/* One touchpoint on the map canvas: a focusable widget that draws itself
 * with the same renderer as the exports, at the place the canvas's
 * WaymarkMapLayout gives it, and tells a screen reader what it is and
 * where ("Downloads the eBook, pain point, in Capture, Customer lane").
 * The canvas allocates it and calls waymark_map_card_widget_update() after
 * every layout. */

struct _WaymarkMapCardWidget
{
  GtkWidget          parent_instance;

  WaymarkTouchpoint *touchpoint;
  WaymarkMapLayout  *layout;    /* unowned: the canvas's, outlives its cards */
  guint              card;
  gboolean           dark;
  gboolean           selected;
};

G_DEFINE_FINAL_TYPE (WaymarkMapCardWidget, waymark_map_card_widget, GTK_TYPE_WIDGET)

static void
waymark_map_card_widget_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (widget);
  const WaymarkMapCard *card;
  graphene_rect_t bounds;
  double ox, oy;
  cairo_t *cr;

  if (self->layout == NULL || self->card >= waymark_map_layout_get_n_cards (self->layout))
    return;
  card = waymark_map_layout_get_card (self->layout, self->card);
  if (card->touchpoint != self->touchpoint)
    return;

  /* The allocation starts at whole pixels; the card at its exact place. */
  ox = (int)card->rect.x;
  oy = (int)card->rect.y;
  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_translate (cr, -ox, -oy);
  waymark_map_renderer_draw_card (self->layout, cr,
                                  self->dark ? WAYMARK_MAP_STYLE_DARK : WAYMARK_MAP_STYLE_LIGHT,
                                  self->card);

  if (self->selected)
    {
      /* A tint and a thick border in the accent colour, which in high
       * contrast is the text's colour, so no style hides it. */
      double z = MAX (waymark_map_layout_scale (self->layout, 1.0), 0.6);
      gboolean contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
      const double *accent = contrast ? (self->dark ? (const double[]) { 1, 1, 1 }
                                                    : (const double[]) { 0, 0, 0 })
                                      : (self->dark ? (const double[]) { 0.471, 0.682, 0.929 }
                                                    : (const double[]) { 0.110, 0.443, 0.847 });

      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], contrast ? 0.10 : 0.16);
      cairo_rectangle (cr, card->rect.x, card->rect.y, card->rect.width, card->rect.height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, accent[0], accent[1], accent[2]);
      cairo_set_line_width (cr, (contrast ? 4 : 3) * z);
      cairo_rectangle (cr, card->rect.x + 1.5 * z, card->rect.y + 1.5 * z,
                       card->rect.width - 3 * z, card->rect.height - 3 * z);
      cairo_stroke (cr);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      double z = waymark_map_layout_scale (self->layout, 1.0);

      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
      cairo_set_line_width (cr, 2.5 * MAX (z, 0.6));
      cairo_rectangle (cr, card->rect.x + 1.25, card->rect.y + 1.25,
                       card->rect.width - 2.5, card->rect.height - 2.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
waymark_map_card_widget_dispose (GObject *object)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (object);

  g_clear_object (&self->touchpoint);
  self->layout = NULL;

  G_OBJECT_CLASS (waymark_map_card_widget_parent_class)->dispose (object);
}

static void
waymark_map_card_widget_class_init (WaymarkMapCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_map_card_widget_dispose;
  widget_class->snapshot = waymark_map_card_widget_snapshot;

  gtk_widget_class_set_css_name (widget_class, "mapcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
waymark_map_card_widget_init (WaymarkMapCardWidget *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
}

GtkWidget *
waymark_map_card_widget_new (WaymarkTouchpoint *touchpoint)
{
  WaymarkMapCardWidget *self;

  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoint), NULL);

  self = g_object_new (WAYMARK_TYPE_MAP_CARD_WIDGET, NULL);
  self->touchpoint = g_object_ref (touchpoint);

  return GTK_WIDGET (self);
}

WaymarkTouchpoint *
waymark_map_card_widget_get_touchpoint (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), NULL);

  return self->touchpoint;
}

/* Selected cards are drawn with a tint and a border, and say so. */
void
waymark_map_card_widget_set_selected (WaymarkMapCardWidget *self,
                                      gboolean              selected)
{
  g_return_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
waymark_map_card_widget_get_selected (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), FALSE);

  return self->selected;
}

guint
waymark_map_card_widget_get_card (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), 0);

  return self->card;
}

/**
 * waymark_map_card_widget_dup_description:
 *
 * What a screen reader says of a card: its title, its kind and its place.
 *
 * Returns: (transfer full): "Downloads the eBook, pain point, in Capture,
 *   Customer lane"
 */
char *
waymark_map_card_widget_dup_description (WaymarkMapLayout *layout,
                                         guint             card)
{
  const WaymarkMapCard *c = waymark_map_layout_get_card (layout, card);
  const char *stage = waymark_stage_get_name (waymark_map_layout_get_column (layout, c->column)->stage);
  const char *lane = waymark_lane_get_name (waymark_map_layout_get_band (layout, c->band)->lane);
  const char *title = pango_layout_get_text (c->title);

  /* One sentence a kind, so that each language can bend the kind's name. */
  switch (c->kind)
    {
    case WAYMARK_TOUCHPOINT_KIND_DECISION:
      /* Translators: a card on the map, read by a screen reader: its title,
       * its kind, its stage and its lane */
      return g_strdup_printf (_("%s, decision point, in %s, %s lane"), title, stage, lane);
    case WAYMARK_TOUCHPOINT_KIND_PAIN:
      /* Translators: a card on the map, read by a screen reader */
      return g_strdup_printf (_("%s, pain point, in %s, %s lane"), title, stage, lane);
    case WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY:
      /* Translators: a card on the map, read by a screen reader */
      return g_strdup_printf (_("%s, opportunity, in %s, %s lane"), title, stage, lane);
    case WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT:
    case WAYMARK_TOUCHPOINT_KIND_UNSET:
    default:
      /* Translators: a card on the map, read by a screen reader */
      return g_strdup_printf (_("%s, touchpoint, in %s, %s lane"), title, stage, lane);
    }
}

/**
 * waymark_map_card_widget_update:
 * @card: the card's index in @layout
 *
 * Takes the card's new place after a layout: its accessible name says
 * where it is now, and its tooltip shows the notes.
 */
void
waymark_map_card_widget_update (WaymarkMapCardWidget *self,
                                WaymarkMapLayout     *layout,
                                guint                 card,
                                gboolean              dark)
{
  g_autofree char *description = NULL;
  const char *notes;

  g_return_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self));
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));

  self->layout = layout;
  self->card = card;
  self->dark = dark;

  description = waymark_map_card_widget_dup_description (layout, card);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  /* The notes, or the whole title where the card may cut it short. */
  notes = waymark_touchpoint_get_notes (self->touchpoint);
  if (notes != NULL && *notes != '\0')
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), notes);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, notes, -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   pango_layout_get_text (waymark_map_layout_get_card (layout, card)->title));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
