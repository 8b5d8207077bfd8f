/* waymark-map-palette.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-palette.h"
#include "waymark-map-renderer.h"

/* The four kinds of card, each with the icon the cards show, floating
 * over the map. A drag from one carries a new card of that kind onto a
 * cell (the canvas draws it and the drop indicator); a click, or Enter
 * once Shift+Insert brought the focus here, adds one where the focus is
 * on the map. Escape gives the focus back to the map. */

struct _WaymarkMapPalette
{
  GtkWidget         parent_instance;

  WaymarkMapCanvas *canvas;
  GtkWidget        *box;
  GtkWidget        *buttons[4];
  GtkGesture       *drags[4];
  gboolean          dragging;
  double            start_x;    /* the press, in the button's coordinates */
  double            start_y;
};

G_DEFINE_FINAL_TYPE (WaymarkMapPalette, waymark_map_palette, GTK_TYPE_WIDGET)

static const WaymarkTouchpointKind kinds[] = {
  WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT,
  WAYMARK_TOUCHPOINT_KIND_DECISION,
  WAYMARK_TOUCHPOINT_KIND_PAIN,
  WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY,
};

static int
index_of_kind (WaymarkTouchpointKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kind)
      return i;

  return -1;
}

static void
draw_icon (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  waymark_map_renderer_draw_kind_icon (cr, dark ? WAYMARK_MAP_STYLE_DARK : WAYMARK_MAP_STYLE_LIGHT,
                                       GPOINTER_TO_INT (data), 0, 0, MIN (width, height));
}

static WaymarkTouchpointKind
kind_of (GtkGesture *gesture)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gesture), "waymark-kind"));
}

static void
on_clicked_cb (GtkButton         *button,
               WaymarkMapPalette *self)
{
  WaymarkTouchpointKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "waymark-kind"));

  _waymark_map_canvas_insert_kind (self->canvas, kind);
}

/* The pointer, from the button's coordinates into the canvas's. */
static void
move_card (WaymarkMapPalette *self,
           GtkGestureDrag    *gesture,
           double             dx,
           double             dy)
{
  GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  double cx, cy;

  if (gtk_widget_translate_coordinates (button, GTK_WIDGET (self->canvas),
                                        self->start_x + dx, self->start_y + dy, &cx, &cy))
    _waymark_map_canvas_move_new_card (self->canvas, cx, cy);
}

static void
on_drag_begin_cb (GtkGestureDrag    *gesture,
                  double             x,
                  double             y,
                  WaymarkMapPalette *self)
{
  self->dragging = FALSE;
  self->start_x = x;
  self->start_y = y;
}

static void
on_drag_update_cb (GtkGestureDrag    *gesture,
                   double             dx,
                   double             dy,
                   WaymarkMapPalette *self)
{
  if (!self->dragging)
    {
      GtkWidget *button = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

      if (!gtk_drag_check_threshold (button, 0, 0, (int)dx, (int)dy))
        return;
      /* A drag, not a click: the button lets go of the press. */
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      self->dragging = TRUE;
      _waymark_map_canvas_begin_new_card (self->canvas, kind_of (GTK_GESTURE (gesture)));
    }

  move_card (self, gesture, dx, dy);
}

static void
on_drag_end_cb (GtkGestureDrag    *gesture,
                double             dx,
                double             dy,
                WaymarkMapPalette *self)
{
  if (!self->dragging)
    return;

  self->dragging = FALSE;
  move_card (self, gesture, dx, dy);
  _waymark_map_canvas_drop_new_card (self->canvas);
}

static void
on_drag_cancel_cb (GtkGesture        *gesture,
                   GdkEventSequence  *sequence,
                   WaymarkMapPalette *self)
{
  if (!self->dragging)
    return;

  self->dragging = FALSE;
  _waymark_map_canvas_cancel_drag (self->canvas);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   WaymarkMapPalette     *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  if (self->dragging)
    {
      self->dragging = FALSE;
      _waymark_map_canvas_cancel_drag (self->canvas);
    }
  else
    {
      _waymark_map_canvas_return_focus (self->canvas);
    }

  return TRUE;
}

static GtkWidget *
make_button (WaymarkMapPalette     *self,
             guint                  i)
{
  WaymarkTouchpointKind kind = kinds[i];
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (waymark_touchpoint_kind_get_title (kind));
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (icon), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (icon), 16);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (icon), draw_icon, GINT_TO_POINTER (kind), NULL);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  /* A click adds at the focus on the map, so it must not take it. */
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_tooltip_text (button, _("Drag onto a cell of the map, or click to add one "
                                         "after the focused card"));
  g_object_set_data (G_OBJECT (button), "waymark-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_clicked_cb), self, 0);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_object_set_data (G_OBJECT (drag), "waymark-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self, 0);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self, 0);
  g_signal_connect_object (drag, "cancel", G_CALLBACK (on_drag_cancel_cb), self, 0);
  gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (drag));
  self->drags[i] = drag;

  return button;
}

static void
waymark_map_palette_dispose (GObject *object)
{
  WaymarkMapPalette *self = WAYMARK_MAP_PALETTE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->canvas);

  G_OBJECT_CLASS (waymark_map_palette_parent_class)->dispose (object);
}

static void
waymark_map_palette_class_init (WaymarkMapPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_map_palette_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mappalette");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
waymark_map_palette_init (WaymarkMapPalette *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_add_css_class (self->box, "toolbar");
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      self->buttons[i] = make_button (self, i);
      gtk_box_append (GTK_BOX (self->box), self->buttons[i]);
    }

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add to the map"), -1);
}

GtkWidget *
waymark_map_palette_new (WaymarkMapCanvas *canvas)
{
  WaymarkMapPalette *self;

  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (canvas), NULL);

  self = g_object_new (WAYMARK_TYPE_MAP_PALETTE, NULL);
  self->canvas = g_object_ref (canvas);

  return GTK_WIDGET (self);
}

/**
 * waymark_map_palette_get_button:
 *
 * Returns: (transfer none): the button of @kind
 */
GtkWidget *
waymark_map_palette_get_button (WaymarkMapPalette     *self,
                                WaymarkTouchpointKind  kind)
{
  int i;

  g_return_val_if_fail (WAYMARK_IS_MAP_PALETTE (self), NULL);
  g_return_val_if_fail ((i = index_of_kind (kind)) >= 0, NULL);

  return self->buttons[i];
}

/* The gesture that drags a new card of @kind, for tests that drive it. */
GtkGesture *
waymark_map_palette_get_drag_gesture (WaymarkMapPalette     *self,
                                      WaymarkTouchpointKind  kind)
{
  int i;

  g_return_val_if_fail (WAYMARK_IS_MAP_PALETTE (self), NULL);
  g_return_val_if_fail ((i = index_of_kind (kind)) >= 0, NULL);

  return self->drags[i];
}

/* Shift+Insert on the map: the first kind takes the focus. */
void
waymark_map_palette_focus (WaymarkMapPalette *self)
{
  g_return_if_fail (WAYMARK_IS_MAP_PALETTE (self));

  _waymark_map_canvas_remember_place (self->canvas);
  gtk_widget_grab_focus (self->buttons[0]);
}
