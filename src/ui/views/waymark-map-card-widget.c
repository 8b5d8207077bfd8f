/* waymark-map-card-widget.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-editor.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-renderer.h"

/* One touchpoint on the map canvas: a focusable widget that draws itself
 * with the same renderer as the exports, at the place the canvas's
 * WaymarkMapLayout gives it, and tells a screen reader what it is and
 * where ("Downloads the eBook, pain point, in Capture, Customer lane").
 * The canvas allocates it and calls waymark_map_card_widget_update() after
 * every layout.
 *
 * The card's own actions: card.edit (Enter, F2, a double click) opens its
 * editor in a popover; card.menu (the Menu key, Shift+F10, a right click)
 * its context menu, whose "Move to Stage" and "Move to Lane" are the
 * property actions card.move-to-stage and card.move-to-lane (the current
 * place is the marked radio item); card.copy, card.cut and card.delete
 * give the focus back to the card and run the canvas's map.* action. */

struct _WaymarkMapCardWidget
{
  GtkWidget          parent_instance;

  WaymarkTouchpoint *touchpoint;
  WaymarkMapLayout  *layout;    /* unowned: the canvas's, outlives its cards */
  guint              card;
  gboolean           dark;
  gboolean           selected;
  char              *label;     /* what the screen reader was last told */
  char              *tooltip;
  gboolean           described; /* the notes are its accessible description */

  GtkWidget         *editor;    /* WaymarkMapCardEditor, while it is open */
  GtkWidget         *menu;      /* GtkPopoverMenu, likewise */
};

G_DEFINE_FINAL_TYPE (WaymarkMapCardWidget, waymark_map_card_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_LANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static WaymarkDocument *
get_document (WaymarkMapCardWidget *self)
{
  GtkWidget *canvas = gtk_widget_get_ancestor (GTK_WIDGET (self), WAYMARK_TYPE_MAP_CANVAS);

  return canvas ? waymark_map_canvas_get_document (WAYMARK_MAP_CANVAS (canvas)) : NULL;
}

/* Popovers */

static gboolean
unparent_later_cb (gpointer data)
{
  GtkWidget *popover = data;

  if (gtk_widget_get_parent (popover) != NULL)
    gtk_widget_unparent (popover);
  g_object_unref (popover);

  return G_SOURCE_REMOVE;
}

static void
on_popover_closed_cb (GtkPopover           *popover,
                      WaymarkMapCardWidget *self)
{
  /* Back to the card, which the edit may have moved; the popover goes
   * once the commit its closing causes is done. */
  if (self->editor == GTK_WIDGET (popover))
    self->editor = NULL;
  if (self->menu == GTK_WIDGET (popover))
    self->menu = NULL;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_idle_add (unparent_later_cb, g_object_ref (popover));
}

static void
show_popover (WaymarkMapCardWidget  *self,
              GtkWidget            **slot,
              GtkWidget             *popover)
{
  g_assert (*slot == NULL);

  *slot = popover;
  /* The tooltip would cover the popover. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_popover_closed_cb), self, 0);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static void
close_popovers (WaymarkMapCardWidget *self)
{
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  if (self->editor != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->editor));
}

/* The context menu */

static GMenu *
build_place_menu (GListModel *items,
                  const char *action)
{
  GMenu *menu = g_menu_new ();
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (items, i);
      g_autoptr(GMenuItem) entry = g_menu_item_new (waymark_item_get_label (item), NULL);

      g_menu_item_set_action_and_target_value (entry, action,
                                               g_variant_new_string (waymark_item_get_id (item)));
      g_menu_append_item (menu, entry);
    }

  return menu;
}

static GMenuModel *
build_menu (WaymarkMapCardWidget *self,
            WaymarkJourney       *journey)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) clipboard = g_menu_new ();
  g_autoptr(GMenu) stages = build_place_menu (waymark_journey_get_stages (journey),
                                              "card.move-to-stage");
  g_autoptr(GMenu) lanes = build_place_menu (waymark_journey_get_lanes (journey),
                                             "card.move-to-lane");
  static const struct {
    const char *label;
    const char *action;
    const char *accel;
  } items[] = {
    { N_("_Copy"), "card.copy", "<Control>c" },
    { N_("Cu_t"), "card.cut", "<Control>x" },
    { N_("_Delete"), "card.delete", "Delete" },
  };

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_Edit…"), "card.edit");

    g_menu_item_set_attribute (item, "accel", "s", "Return");
    g_menu_append_item (edit, item);
  }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));

  g_menu_append_submenu (move, _("Move to _Stage"), G_MENU_MODEL (stages));
  g_menu_append_submenu (move, _("Move to _Lane"), G_MENU_MODEL (lanes));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), items[i].action);

      g_menu_item_set_attribute (item, "accel", "s", items[i].accel);
      g_menu_append_item (clipboard, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clipboard));

  return G_MENU_MODEL (menu);
}

/**
 * waymark_map_card_widget_open_menu:
 * @x: where to point, in the card's coordinates, or a negative number for
 *   the whole card
 *
 * Shows the card's context menu.
 */
void
waymark_map_card_widget_open_menu (WaymarkMapCardWidget *self,
                                   double                x,
                                   double                y)
{
  WaymarkDocument *document;
  g_autoptr(GMenuModel) model = NULL;
  GtkWidget *menu;

  g_return_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self));

  if ((document = get_document (self)) == NULL)
    return;

  close_popovers (self);
  model = build_menu (self, waymark_document_get_journey (document));
  menu = gtk_popover_menu_new_from_model (model);
  gtk_popover_set_has_arrow (GTK_POPOVER (menu), FALSE);
  if (x >= 0 && y >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (menu), &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_widget_set_halign (menu, GTK_ALIGN_START);
  show_popover (self, &self->menu, menu);
}

/**
 * waymark_map_card_widget_edit:
 * @join_step: the step that added the card, when typing did: what the
 *   editor does joins it; or 0
 * @select_title: select the title, to be typed over; otherwise the
 *   cursor goes after it, to go on typing
 *
 * Opens the card's editor, pointing at the card, with the focus in the
 * title.
 *
 * Returns: (transfer none): the editor
 */
GtkWidget *
waymark_map_card_widget_edit (WaymarkMapCardWidget *self,
                              guint64               join_step,
                              gboolean              select_title)
{
  WaymarkDocument *document;

  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), NULL);

  if (self->editor != NULL)
    return self->editor;
  if ((document = get_document (self)) == NULL)
    return NULL;

  close_popovers (self);
  show_popover (self, &self->editor, waymark_map_card_editor_new (document, self->touchpoint));
  waymark_map_card_editor_join_step (WAYMARK_MAP_CARD_EDITOR (self->editor), join_step);
  waymark_map_card_editor_focus_title (WAYMARK_MAP_CARD_EDITOR (self->editor), select_title);

  return self->editor;
}

/**
 * waymark_map_card_widget_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor, while it is open
 */
GtkWidget *
waymark_map_card_widget_get_editor (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), NULL);

  return self->editor;
}

/**
 * waymark_map_card_widget_get_menu:
 *
 * Returns: (transfer none) (nullable): the context menu, while it is open
 */
GtkWidget *
waymark_map_card_widget_get_menu (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), NULL);

  return self->menu;
}

/* Actions */

static void
card_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  waymark_map_card_widget_edit (WAYMARK_MAP_CARD_WIDGET (widget), 0, TRUE);
}

static void
card_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  waymark_map_card_widget_open_menu (WAYMARK_MAP_CARD_WIDGET (widget), -1, -1);
}

static void
card_canvas_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  static const struct {
    const char *card;
    const char *map;
  } actions[] = {
    { "card.copy", "map.copy" },
    { "card.cut", "map.cut" },
    { "card.delete", "map.delete-card" },
  };

  /* The canvas acts on the focused card: this one. */
  close_popovers (WAYMARK_MAP_CARD_WIDGET (widget));
  gtk_widget_grab_focus (widget);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (action_name, actions[i].card))
      gtk_widget_activate_action (widget, actions[i].map, NULL);
}

/* A move from the menu: to the end of the cell in that stage or lane. */
static void
move_to (WaymarkMapCardWidget *self,
         const char           *stage_id,
         const char           *lane_id)
{
  WaymarkDocument *document = get_document (self);
  WaymarkJourney *journey;
  WaymarkItem *stage, *lane;

  if (document == NULL)
    return;

  journey = waymark_document_get_journey (document);
  stage = waymark_journey_lookup (journey, stage_id);
  lane = waymark_journey_lookup (journey, lane_id);
  if (!WAYMARK_IS_STAGE (stage) || !WAYMARK_IS_LANE (lane) ||
      (g_strcmp0 (stage_id, waymark_touchpoint_get_stage (self->touchpoint)) == 0 &&
       g_strcmp0 (lane_id, waymark_touchpoint_get_lane (self->touchpoint)) == 0))
    return;

  waymark_document_move_touchpoint (document, self->touchpoint, WAYMARK_STAGE (stage),
                                    WAYMARK_LANE (lane), G_MAXUINT);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _waymark_map_canvas_reveal (WAYMARK_MAP_CANVAS (gtk_widget_get_parent (GTK_WIDGET (self))),
                              self->touchpoint);
}

static void
on_touchpoint_notify_cb (WaymarkMapCardWidget *self,
                         GParamSpec           *pspec)
{
  /* The state of the move actions: the radio item marked. */
  if (g_str_equal (pspec->name, "stage"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
  else if (g_str_equal (pspec->name, "lane"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANE]);
}

/* Mouse */

static void
on_click_pressed_cb (GtkGestureClick      *gesture,
                     int                   n_press,
                     double                x,
                     double                y,
                     WaymarkMapCardWidget *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (GTK_WIDGET (self));
      waymark_map_card_widget_open_menu (self, x, y);
    }
  else if (button == GDK_BUTTON_PRIMARY && n_press == 2)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      waymark_map_card_widget_edit (self, 0, TRUE);
    }
}

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
                                  waymark_map_style_get (self->dark,
                                                         adw_style_manager_get_high_contrast (adw_style_manager_get_default ())),
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
waymark_map_card_widget_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (widget);

  if (self->editor != NULL)
    gtk_popover_present (GTK_POPOVER (self->editor));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
waymark_map_card_widget_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_string (value, waymark_touchpoint_get_stage (self->touchpoint));
      break;

    case PROP_LANE:
      g_value_set_string (value, waymark_touchpoint_get_lane (self->touchpoint));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_card_widget_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (object);

  /* Set by the move actions: a move through the document. */
  switch (prop_id)
    {
    case PROP_STAGE:
      move_to (self, g_value_get_string (value), waymark_touchpoint_get_lane (self->touchpoint));
      break;

    case PROP_LANE:
      move_to (self, waymark_touchpoint_get_stage (self->touchpoint), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_card_widget_dispose (GObject *object)
{
  WaymarkMapCardWidget *self = WAYMARK_MAP_CARD_WIDGET (object);
  GtkWidget *child;

  self->editor = self->menu = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->touchpoint);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  self->layout = NULL;

  G_OBJECT_CLASS (waymark_map_card_widget_parent_class)->dispose (object);
}

/**
 * waymark_map_card_widget_get_tooltip:
 *
 * Returns: (nullable): the card's tooltip: the touchpoint's notes, or the
 *   whole title where the card may cut it short
 */
const char *
waymark_map_card_widget_get_tooltip (WaymarkMapCardWidget *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self), NULL);

  return self->tooltip;
}

/* Not gtk_widget_set_tooltip_text () at each layout: it asks the X server
 * where the pointer is, each time, for each card (40 ms for the cards of
 * a window when the map opens). */
static gboolean
waymark_map_card_widget_query_tooltip (GtkWidget  *widget,
                                       int         x,
                                       int         y,
                                       gboolean    keyboard,
                                       GtkTooltip *tooltip)
{
  const char *text = waymark_map_card_widget_get_tooltip (WAYMARK_MAP_CARD_WIDGET (widget));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
waymark_map_card_widget_class_init (WaymarkMapCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_map_card_widget_dispose;
  object_class->get_property = waymark_map_card_widget_get_property;
  object_class->set_property = waymark_map_card_widget_set_property;
  widget_class->snapshot = waymark_map_card_widget_snapshot;
  widget_class->size_allocate = waymark_map_card_widget_size_allocate;
  widget_class->query_tooltip = waymark_map_card_widget_query_tooltip;

  /* The ids of the touchpoint's stage and lane, for the move actions. */
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANE] =
    g_param_spec_string ("lane", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "card.edit", NULL, card_edit_action);
  gtk_widget_class_install_action (widget_class, "card.menu", NULL, card_menu_action);
  gtk_widget_class_install_action (widget_class, "card.copy", NULL, card_canvas_action);
  gtk_widget_class_install_action (widget_class, "card.cut", NULL, card_canvas_action);
  gtk_widget_class_install_action (widget_class, "card.delete", NULL, card_canvas_action);
  gtk_widget_class_install_property_action (widget_class, "card.move-to-stage", "stage");
  gtk_widget_class_install_property_action (widget_class, "card.move-to-lane", "lane");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "card.menu", NULL);

  gtk_widget_class_set_css_name (widget_class, "mapcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
waymark_map_card_widget_init (WaymarkMapCardWidget *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
waymark_map_card_widget_new (WaymarkTouchpoint *touchpoint)
{
  WaymarkMapCardWidget *self;

  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoint), NULL);

  self = g_object_new (WAYMARK_TYPE_MAP_CARD_WIDGET, NULL);
  self->touchpoint = g_object_ref (touchpoint);
  g_signal_connect_object (touchpoint, "notify", G_CALLBACK (on_touchpoint_notify_cb), self,
                           G_CONNECT_SWAPPED);

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
  const char *notes, *tooltip;

  g_return_if_fail (WAYMARK_IS_MAP_CARD_WIDGET (self));
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));

  self->layout = layout;
  self->card = card;
  self->dark = dark;

  /* Told only what changed: each change is a message on the
   * accessibility bus, and a zoom step updates every card in sight. */
  description = waymark_map_card_widget_dup_description (layout, card);
  if (g_strcmp0 (description, self->label) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                      -1);
      g_free (self->label);
      self->label = g_steal_pointer (&description);
    }

  /* The tooltip is asked for when it shows (query_tooltip). */
  notes = waymark_touchpoint_get_notes (self->touchpoint);
  if (notes == NULL || *notes == '\0')
    notes = NULL;
  tooltip = notes ? notes : pango_layout_get_text (waymark_map_layout_get_card (layout, card)->title);
  if (g_strcmp0 (tooltip, self->tooltip) != 0 || (notes != NULL) != self->described)
    {
      if (notes != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, notes, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      g_free (self->tooltip);
      self->tooltip = g_strdup (tooltip);
      self->described = notes != NULL;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
