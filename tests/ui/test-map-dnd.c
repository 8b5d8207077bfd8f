/* test-map-dnd.c: selecting and dragging on the journey map
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-header.h"
#include "waymark-map-palette.h"
#include "waymark-map-view.h"
#include "waymark-ui-test.h"
#include "waymark-writer.h"

/* The B2B example in a Map view: clicks, Ctrl+clicks and rubber bands
 * select, a drag carries the selection and drops it as one command, the
 * cards of the target cell make room. The gestures are driven through
 * their signals, as a press and motion would emit them; Ctrl comes in
 * through the click's modifiers. */

typedef struct
{
  ViewFixture       view;
  WaymarkMapCanvas *canvas;
  WaymarkMapLayout *layout;
  WaymarkJourney   *journey;
  GBytes           *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (&f->view, waymark_map_view_new ());
  f->canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (f->view.view)));
  f->layout = waymark_map_canvas_get_layout (f->canvas);
  f->journey = waymark_document_get_journey (f->view.document);
  f->original = waymark_writer_to_bytes (f->journey);
  gtk_test_widget_wait_for_draw (f->view.window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->original, g_bytes_unref);
  ui_test_view_tear_down (&f->view);
}

static WaymarkTouchpoint *
touchpoint (Fixture    *f,
            const char *id)
{
  return ui_test_touchpoint (f->journey, id);
}

static const WaymarkMapCard *
card_of (Fixture    *f,
         const char *id)
{
  guint i;

  g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, id), &i));

  return waymark_map_layout_get_card (f->layout, i);
}

static GtkWidget *
card (Fixture    *f,
      const char *id)
{
  return waymark_map_canvas_get_card (f->canvas, touchpoint (f, id));
}

#define assert_place(f, id, expected) ASSERT_PLACE ((f)->journey, id, expected)

/* The ids of the selection, in order, joined by spaces. */
static char *
selection (Fixture *f)
{
  g_autoptr(GPtrArray) selected = waymark_map_canvas_get_selection (f->canvas);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < selected->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "",
                            waymark_item_get_id (WAYMARK_ITEM (selected->pdata[i])));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

#define assert_selection(f, expected) G_STMT_START { \
  g_autofree char *_ids = selection (f); \
  g_assert_cmpstr (_ids, ==, expected); \
} G_STMT_END

static void
assert_unchanged (Fixture *f)
{
  g_autoptr(GBytes) now = waymark_writer_to_bytes (f->journey);

  g_assert_true (g_bytes_equal (now, f->original));
}

static void
press (Fixture *f,
       double   x,
       double   y)
{
  g_signal_emit_by_name (waymark_map_canvas_get_drag_gesture (f->canvas), "drag-begin", x, y);
}

static void
motion (Fixture *f,
        double   dx,
        double   dy)
{
  g_signal_emit_by_name (waymark_map_canvas_get_drag_gesture (f->canvas), "drag-update", dx, dy);
}

static void
release (Fixture *f,
         double   dx,
         double   dy)
{
  g_signal_emit_by_name (waymark_map_canvas_get_drag_gesture (f->canvas), "drag-end", dx, dy);
}

static void
drag (Fixture *f,
      double   from_x,
      double   from_y,
      double   to_x,
      double   to_y)
{
  press (f, from_x, from_y);
  motion (f, (to_x - from_x) / 2, (to_y - from_y) / 2);
  motion (f, to_x - from_x, to_y - from_y);
  release (f, to_x - from_x, to_y - from_y);
}

static void
click (Fixture    *f,
       const char *id)
{
  const WaymarkMapCard *c = card_of (f, id);

  press (f, c->rect.x + 20, c->rect.y + 20);
  release (f, 0, 0);
}

static void
ctrl_click (Fixture    *f,
            const char *id)
{
  const WaymarkMapCard *c = card_of (f, id);

  _waymark_map_canvas_click (f->canvas, c->rect.x + 20, c->rect.y + 20, GDK_CONTROL_MASK);
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  const WaymarkMapCell *sales = waymark_map_layout_get_cell (f->layout, 0, 2);
  const WaymarkMapCard *t4 = card_of (f, "t4");

  assert_selection (f, "");

  /* A click: that card alone, with the focus, drawn selected. */
  click (f, "t1");
  assert_selection (f, "t1");
  g_assert_true (gtk_widget_has_focus (card (f, "t1")));
  g_assert_true (waymark_map_card_widget_get_selected (WAYMARK_MAP_CARD_WIDGET (card (f, "t1"))));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (card (f, "t1")), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  click (f, "t3");
  assert_selection (f, "t3");
  g_assert_false (waymark_map_card_widget_get_selected (WAYMARK_MAP_CARD_WIDGET (card (f, "t1"))));

  /* Ctrl+click adds and takes away; the selection reads in map order. */
  ctrl_click (f, "t5");
  ctrl_click (f, "t1");
  assert_selection (f, "t1 t3 t5");
  ctrl_click (f, "t3");
  assert_selection (f, "t1 t5");

  /* Escape: none. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.select-none", NULL));
  assert_selection (f, "");

  /* A rubber band from an empty cell selects the cards it touches. */
  drag (f, sales->rect.x + 30, sales->rect.y + 30, t4->rect.x + 20, t4->rect.y + 20);
  assert_selection (f, "t2 t4");
  g_assert_true (waymark_map_card_widget_get_selected (WAYMARK_MAP_CARD_WIDGET (card (f, "t2"))));
  g_assert_false (f->canvas->banding);

  /* A click beside the cards selects none and focuses the cell. */
  press (f, sales->rect.x + 30, sales->rect.y + 30);
  release (f, 0, 0);
  assert_selection (f, "");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->canvas)));

  /* Ctrl+A: every card of the focused cell; an arrow: the card it
   * reaches. */
  waymark_document_add_touchpoint (f->view.document, waymark_map_layout_get_column (f->layout, 2)->stage,
                                   waymark_map_layout_get_band (f->layout, 0)->lane, 1, "Opens");
  gtk_widget_grab_focus (card (f, "t5"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.select-cell", NULL));
  g_assert_cmpuint (f->canvas->selection ? g_hash_table_size (f->canvas->selection) : 0, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.focus-move", "(ii)", 1, 0));
  assert_selection (f, "t7");

  /* Selecting is no edit; a removed card leaves the selection. */
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Add Touchpoint");
  waymark_document_remove (f->view.document, touchpoint (f, "t7"));
  assert_selection (f, "");
}

static void
test_multi_drop (Fixture       *f,
                 gconstpointer  data)
{
  const WaymarkMapCell *target = waymark_map_layout_get_cell (f->layout, 1, 1);
  const WaymarkMapCard *t1 = card_of (f, "t1");
  const WaymarkMapCard *t4 = card_of (f, "t4");
  double x = t1->rect.x + 20, y = t1->rect.y + 20;

  /* t1 and t5 from two cells, dropped below t4 in Capture/Marketing. */
  click (f, "t1");
  ctrl_click (f, "t5");
  drag (f, x, y, target->rect.x + 30, t4->rect.y + t4->rect.height + 4);
  assert_place (f, "t4", "s-capture/l-marketing/0");
  assert_place (f, "t1", "s-capture/l-marketing/1");
  assert_place (f, "t5", "s-capture/l-marketing/2");
  assert_place (f, "t6", "s-nurture/l-marketing/0");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Move 2 Touchpoints");
  assert_selection (f, "t1 t5");
  g_assert_true (gtk_widget_has_focus (card (f, "t1")));

  /* Above t4, within the cell: t4 goes last. */
  t4 = card_of (f, "t4");
  t1 = card_of (f, "t1");
  drag (f, t1->rect.x + 20, t1->rect.y + 20, t4->rect.x + 20, t4->rect.y + 2);
  assert_place (f, "t1", "s-capture/l-marketing/0");
  assert_place (f, "t5", "s-capture/l-marketing/1");
  assert_place (f, "t4", "s-capture/l-marketing/2");

  /* Dragging a card outside the selection carries it alone. Over its own
   * cell first, whose band grows for it: the target is aimed at where it
   * is shown then. */
  t1 = card_of (f, "t3");
  x = t1->rect.x + 20;
  y = t1->rect.y + 20;
  press (f, x, y);
  motion (f, 10, 10);
  target = waymark_map_layout_get_cell (f->layout, 1, 1);
  motion (f, target->rect.x + 30 - x, target->rect.y + 4 - y);
  release (f, target->rect.x + 30 - x, target->rect.y + 4 - y);
  assert_place (f, "t3", "s-capture/l-marketing/0");
  assert_place (f, "t1", "s-capture/l-marketing/1");
  assert_selection (f, "t3");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Move Touchpoint");

  /* One step of undo a drop. */
  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Move 2 Touchpoints");
  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_false (waymark_document_get_can_undo (f->view.document));
  assert_unchanged (f);
}

static void
test_drop_makes_room (Fixture       *f,
                      gconstpointer  data)
{
  const WaymarkMapCard *t1 = card_of (f, "t1");
  const WaymarkMapCard *t4 = card_of (f, "t4");
  double room = t1->rect.height + waymark_map_layout_scale (f->layout, 8);
  double x = t1->rect.x + 20, y = t1->rect.y + 20;
  graphene_rect_t bounds;

  /* Over the top of Capture/Marketing: t4 moves down to open a gap. */
  press (f, x, y);
  motion (f, 10, 10);
  motion (f, t4->rect.x + 20 - x, t4->rect.y + 2 - y);
  g_assert_true (f->canvas->dragging);
  g_assert_true (f->canvas->drop_valid);
  g_assert_cmpuint (f->canvas->drop_column, ==, 1);
  g_assert_cmpuint (f->canvas->drop_band, ==, 1);
  g_assert_cmpuint (f->canvas->drop_index, ==, 0);
  gtk_test_widget_wait_for_draw (f->view.window);
  g_assert_true (gtk_widget_compute_bounds (card (f, "t4"), GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat (bounds.origin.y, ==, (int)t4->rect.y + (int)room);
  /* The card carried follows the pointer. */
  g_assert_true (gtk_widget_compute_bounds (card (f, "t1"), GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat (bounds.origin.x, ==, (int)t1->rect.x + (int)(t4->rect.x + 20 - x));

  /* Below it: t4 stays. */
  motion (f, t4->rect.x + 20 - x, t4->rect.y + t4->rect.height - 2 - y);
  g_assert_cmpuint (f->canvas->drop_index, ==, 1);
  gtk_test_widget_wait_for_draw (f->view.window);
  g_assert_true (gtk_widget_compute_bounds (card (f, "t4"), GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat (bounds.origin.y, ==, (int)t4->rect.y);

  /* Escape puts the card back: no edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.select-none", NULL));
  g_assert_false (f->canvas->dragging);
  release (f, 0, 0);
  assert_place (f, "t1", "s-attract/l-customer/0");
  assert_selection (f, "t1");
  g_assert_false (waymark_document_get_can_undo (f->view.document));
}

/* A drag from the palette's button of @kind to @x, @y on the canvas. */
static void
palette_drag (Fixture               *f,
              WaymarkTouchpointKind  kind,
              double                 x,
              double                 y,
              gboolean               release_it)
{
  WaymarkMapPalette *palette = WAYMARK_MAP_PALETTE (waymark_map_view_get_palette (WAYMARK_MAP_VIEW (f->view.view)));
  GtkWidget *button = waymark_map_palette_get_button (palette, kind);
  GtkGesture *gesture = waymark_map_palette_get_drag_gesture (palette, kind);
  double bx, by;

  g_assert_true (gtk_widget_translate_coordinates (button, GTK_WIDGET (f->canvas), 10, 10, &bx, &by));
  g_signal_emit_by_name (gesture, "drag-begin", 10.0, 10.0);
  g_signal_emit_by_name (gesture, "drag-update", 0.0, -20.0);
  g_signal_emit_by_name (gesture, "drag-update", x - bx, y - by);
  if (release_it)
    g_signal_emit_by_name (gesture, "drag-end", x - bx, y - by);
}

static void
test_palette (Fixture       *f,
              gconstpointer  data)
{
  WaymarkMapPalette *palette = WAYMARK_MAP_PALETTE (waymark_map_view_get_palette (WAYMARK_MAP_VIEW (f->view.view)));
  GListModel *touchpoints = waymark_journey_get_touchpoints (f->journey);
  const WaymarkMapCard *t5 = card_of (f, "t5");
  const WaymarkMapCell *sales = waymark_map_layout_get_cell (f->layout, 2, 2);
  g_autoptr(WaymarkTouchpoint) added = NULL;

  /* Four kinds, each named. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (palette)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (palette), GTK_ACCESSIBLE_ROLE_TOOLBAR);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (waymark_map_palette_get_button (palette, WAYMARK_TOUCHPOINT_KIND_PAIN)),
                   ==, "Drag onto a cell of the map, or click to add one after the focused card");

  /* A pain point onto Nurture/Customer, above t5: the drop indicator
   * while it is carried, then one step of undo. */
  palette_drag (f, WAYMARK_TOUCHPOINT_KIND_PAIN, t5->rect.x + 40, t5->rect.y + 4, FALSE);
  g_assert_true (f->canvas->adding);
  g_assert_true (f->canvas->drop_valid);
  g_assert_cmpuint (f->canvas->drop_column, ==, 2);
  g_assert_cmpuint (f->canvas->drop_band, ==, 0);
  g_assert_cmpuint (f->canvas->drop_index, ==, 0);
  gtk_test_widget_wait_for_draw (f->view.window);
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (card (f, "t5"), GTK_WIDGET (f->canvas), &bounds));
    g_assert_cmpfloat (bounds.origin.y, >, t5->rect.y + 50);
  }
  g_signal_emit_by_name (waymark_map_palette_get_drag_gesture (palette, WAYMARK_TOUCHPOINT_KIND_PAIN),
                         "drag-end", 0.0, 0.0);
  /* The end's offset is from the press: back on the palette, no card. */
  g_assert_false (f->canvas->adding);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 10);

  palette_drag (f, WAYMARK_TOUCHPOINT_KIND_PAIN, t5->rect.x + 40, t5->rect.y + 4, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 11);
  added = g_list_model_get_item (touchpoints, 10);
  g_assert_cmpint (waymark_touchpoint_get_kind (added), ==, WAYMARK_TOUCHPOINT_KIND_PAIN);
  g_assert_cmpstr (waymark_touchpoint_get_title (added), ==, "New pain point");
  g_assert_cmpstr (waymark_touchpoint_get_stage (added), ==, "s-nurture");
  g_assert_cmpstr (waymark_touchpoint_get_lane (added), ==, "l-customer");
  g_assert_cmpint (waymark_touchpoint_get_order (added), ==, 0);
  assert_place (f, "t5", "s-nurture/l-customer/1");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Add Touchpoint");
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_card (f->canvas, added)));
  assert_selection (f, waymark_item_get_id (WAYMARK_ITEM (added)));
  g_clear_object (&added);

  /* An opportunity into an empty cell. */
  palette_drag (f, WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY, sales->rect.x + 50, sales->rect.y + 30, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 12);
  added = g_list_model_get_item (touchpoints, 11);
  g_assert_cmpint (waymark_touchpoint_get_kind (added), ==, WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY);
  g_assert_cmpstr (waymark_touchpoint_get_lane (added), ==, "l-sales");
  g_clear_object (&added);

  /* Beside the cells: nothing. */
  palette_drag (f, WAYMARK_TOUCHPOINT_KIND_DECISION, 5, 5, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 12);

  /* Each drop is one step. */
  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_false (waymark_document_get_can_undo (f->view.document));
  assert_unchanged (f);
}

static void
test_palette_keyboard (Fixture       *f,
                       gconstpointer  data)
{
  WaymarkMapPalette *palette = WAYMARK_MAP_PALETTE (waymark_map_view_get_palette (WAYMARK_MAP_VIEW (f->view.view)));
  GListModel *touchpoints = waymark_journey_get_touchpoints (f->journey);
  GtkWidget *decision = waymark_map_palette_get_button (palette, WAYMARK_TOUCHPOINT_KIND_DECISION);
  g_autoptr(WaymarkTouchpoint) added = NULL;

  /* Shift+Insert on t3: the palette has the focus. */
  gtk_widget_grab_focus (card (f, "t3"));
  g_assert_true (gtk_widget_activate_action (card (f, "t3"), "mapview.choose-kind", NULL));
  g_assert_true (gtk_widget_has_focus (waymark_map_palette_get_button (palette, WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT)));

  /* Enter on "Decision point": a decision point after t3, focused. */
  gtk_widget_grab_focus (decision);
  g_assert_true (gtk_widget_activate (decision));
  /* A button shows itself pressed a moment before it clicks. */
  WAIT_FOR (g_list_model_get_n_items (touchpoints) == 11);
  added = g_list_model_get_item (touchpoints, 10);
  g_assert_cmpint (waymark_touchpoint_get_kind (added), ==, WAYMARK_TOUCHPOINT_KIND_DECISION);
  g_assert_cmpstr (waymark_touchpoint_get_stage (added), ==, "s-capture");
  g_assert_cmpint (waymark_touchpoint_get_order (added), ==, 1);
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_card (f->canvas, added)));
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Add Touchpoint");

  /* A click (the button takes no focus): after the focused card. */
  g_assert_false (gtk_widget_get_focus_on_click (decision));
  g_signal_emit_by_name (waymark_map_palette_get_button (palette, WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 12);
  g_clear_object (&added);
  added = g_list_model_get_item (touchpoints, 11);
  g_assert_cmpint (waymark_touchpoint_get_kind (added), ==, WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT);
  g_assert_cmpint (waymark_touchpoint_get_order (added), ==, 2);
  g_assert_cmpstr (waymark_touchpoint_get_title (added), ==, "New touchpoint");

  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_true (waymark_document_undo (f->view.document));
  assert_unchanged (f);
}

/* The ids of a list, joined by spaces. */
static char *
ids_of (GListModel *list)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (list, i);

      g_string_append_printf (ids, "%s%s", i ? " " : "", waymark_item_get_id (item));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

#define assert_ids(list, expected) G_STMT_START { \
  g_autofree char *_ids = ids_of (list); \
  g_assert_cmpstr (_ids, ==, expected); \
} G_STMT_END

/* Each pair of neighbouring stages has its handoff, and no other pair. */
static void
assert_handoffs_true (Fixture *f)
{
  GListModel *stages = waymark_journey_get_stages (f->journey);
  GListModel *handoffs = waymark_journey_get_handoffs (f->journey);

  g_assert_cmpuint (g_list_model_get_n_items (handoffs), ==, g_list_model_get_n_items (stages) - 1);
  for (guint i = 0; i + 1 < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkItem) from = g_list_model_get_item (stages, i);
      g_autoptr(WaymarkItem) to = g_list_model_get_item (stages, i + 1);
      gboolean found = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (handoffs); k++)
        {
          g_autoptr(WaymarkHandoff) h = g_list_model_get_item (handoffs, k);

          found |= g_str_equal (waymark_handoff_get_from (h), waymark_item_get_id (from)) &&
                   g_str_equal (waymark_handoff_get_to (h), waymark_item_get_id (to));
        }
      g_assert_true (found);
    }
}

static GtkWidget *
header (Fixture    *f,
        const char *id)
{
  GtkWidget *widget = waymark_map_canvas_get_header (f->canvas, waymark_journey_lookup (f->journey, id));

  g_assert_true (WAYMARK_IS_MAP_HEADER (widget));

  return widget;
}

/* A drag from the middle of one header to the middle of another's place. */
static void
header_drag (Fixture    *f,
             const char *from,
             const char *to)
{
  graphene_rect_t a, b;

  gtk_test_widget_wait_for_draw (f->view.window);
  g_assert_true (gtk_widget_compute_bounds (header (f, from), GTK_WIDGET (f->canvas), &a));
  g_assert_true (gtk_widget_compute_bounds (header (f, to), GTK_WIDGET (f->canvas), &b));
  drag (f, a.origin.x + a.size.width / 2, a.origin.y + a.size.height / 2,
        b.origin.x + b.size.width / 2, b.origin.y + b.size.height / 2);
}

static void
test_headers (Fixture       *f,
              gconstpointer  data)
{
  GListModel *stages = waymark_journey_get_stages (f->journey);
  GListModel *lanes = waymark_journey_get_lanes (f->journey);
  graphene_rect_t bounds;

  /* Column and row headers, named, focusable, where the layout puts them. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (header (f, "s-capture")), GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header (f, "s-capture")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Capture");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (header (f, "l-sales")), GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header (f, "l-sales")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Sales");
  g_assert_true (gtk_widget_get_focusable (header (f, "l-sales")));
  g_assert_true (gtk_widget_compute_bounds (header (f, "s-capture"), GTK_WIDGET (f->canvas), &bounds));
  g_assert_cmpfloat (bounds.origin.x, ==, (int)waymark_map_layout_get_column (f->layout, 1)->header.x);
  g_assert_cmpfloat (bounds.origin.y, ==, 0);

  /* A click focuses a header. */
  press (f, bounds.origin.x + 20, bounds.origin.y + 10);
  release (f, 0, 0);
  g_assert_true (gtk_widget_has_focus (header (f, "s-capture")));

  /* Attract dragged onto Nurture: it goes after it; the handoffs follow. */
  header_drag (f, "s-attract", "s-nurture");
  assert_ids (stages, "s-capture s-nurture s-attract s-convert s-expand");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Move Stage");
  assert_handoffs_true (f);
  g_assert_true (gtk_widget_has_focus (header (f, "s-attract")));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t1")), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Reads a blog post found on social media, touchpoint, in "
                                       "Attract, Customer lane");

  /* Sales dragged onto Customer: first. */
  header_drag (f, "l-sales", "l-customer");
  assert_ids (lanes, "l-sales l-customer l-marketing l-service");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Move Lane");

  /* The keyboard twins: Alt+Left on a stage header, Alt+Down on a lane's;
   * at the edge nothing moves. */
  gtk_widget_grab_focus (header (f, "s-attract"));
  g_assert_true (gtk_widget_activate_action (header (f, "s-attract"), "header.move", "(ii)", -1, 0));
  assert_ids (stages, "s-capture s-attract s-nurture s-convert s-expand");
  assert_handoffs_true (f);
  g_assert_true (gtk_widget_has_focus (header (f, "s-attract")));
  g_assert_true (gtk_widget_activate_action (header (f, "l-sales"), "header.move", "(ii)", 0, 1));
  assert_ids (lanes, "l-customer l-sales l-marketing l-service");
  g_assert_true (gtk_widget_activate_action (header (f, "l-service"), "header.move", "(ii)", 0, 1));
  g_assert_true (gtk_widget_activate_action (header (f, "l-service"), "header.move", "(ii)", 1, 0));
  assert_ids (lanes, "l-customer l-sales l-marketing l-service");

  /* The arrows: along the headers, then into the map. */
  gtk_widget_grab_focus (header (f, "s-capture"));
  g_assert_true (gtk_widget_activate_action (header (f, "s-capture"), "header.focus-move", "(ii)", 1, 0));
  g_assert_true (gtk_widget_has_focus (header (f, "s-attract")));
  g_assert_true (gtk_widget_activate_action (header (f, "s-attract"), "header.focus-move", "(ii)", 0, 1));
  g_assert_true (gtk_widget_has_focus (card (f, "t1")));

  /* Four steps, undone to the file as it was. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (waymark_document_undo (f->view.document));
  g_assert_false (waymark_document_get_can_undo (f->view.document));
  assert_unchanged (f);
}

static gboolean
send_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }

  return handled;
}

static void
test_rename_header (Fixture       *f,
                    gconstpointer  data)
{
  WaymarkStage *capture = WAYMARK_STAGE (waymark_journey_lookup (f->journey, "s-capture"));
  WaymarkLane *sales = WAYMARK_LANE (waymark_journey_lookup (f->journey, "l-sales"));
  GtkWidget *entry;

  /* F2: an entry over the header, the name selected; Enter keeps it. */
  gtk_widget_grab_focus (header (f, "s-capture"));
  g_assert_true (gtk_widget_activate_action (header (f, "s-capture"), "header.rename", NULL));
  entry = waymark_map_canvas_get_rename_entry (f->canvas);
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Capture");
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->view.window)), entry));
  gtk_test_widget_wait_for_draw (f->view.window);
  {
    graphene_rect_t e, h;

    g_assert_true (gtk_widget_compute_bounds (entry, GTK_WIDGET (f->canvas), &e));
    g_assert_true (gtk_widget_compute_bounds (header (f, "s-capture"), GTK_WIDGET (f->canvas), &h));
    g_assert_true (graphene_rect_contains_rect (&h, &e));
  }
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Catch ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (waymark_stage_get_name (capture), ==, "Catch");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Rename");
  g_assert_null (waymark_map_canvas_get_rename_entry (f->canvas));
  g_assert_true (gtk_widget_has_focus (header (f, "s-capture")));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header (f, "s-capture")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Catch");

  /* Escape gives up; an empty name is none. */
  g_assert_true (gtk_widget_activate_action (header (f, "l-sales"), "header.rename", NULL));
  entry = waymark_map_canvas_get_rename_entry (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Deals");
  g_assert_true (send_escape (entry));
  g_assert_null (waymark_map_canvas_get_rename_entry (f->canvas));
  g_assert_cmpstr (waymark_lane_get_name (sales), ==, "Sales");
  g_assert_true (gtk_widget_activate_action (header (f, "l-sales"), "header.rename", NULL));
  entry = waymark_map_canvas_get_rename_entry (f->canvas);
  gtk_editable_set_text (GTK_EDITABLE (entry), " ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (waymark_lane_get_name (sales), ==, "Sales");

  g_assert_true (waymark_document_undo (f->view.document));
  g_assert_false (waymark_document_get_can_undo (f->view.document));
  assert_unchanged (f);
}

static void
test_add_stage_and_lane (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *stages = waymark_journey_get_stages (f->journey);
  GListModel *lanes = waymark_journey_get_lanes (f->journey);
  GtkWidget *add_stage = waymark_map_canvas_get_add_button (f->canvas, TRUE);
  GtkWidget *add_lane = waymark_map_canvas_get_add_button (f->canvas, FALSE);
  g_autoptr(WaymarkStage) stage = NULL;
  g_autoptr(WaymarkLane) lane = NULL;
  graphene_rect_t bounds, last;

  /* The button after the last stage header: the map's own press lets it be. */
  gtk_test_widget_wait_for_draw (f->view.window);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (add_stage), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add a Stage");
  g_assert_true (gtk_widget_compute_bounds (add_stage, GTK_WIDGET (f->canvas), &bounds));
  g_assert_true (gtk_widget_compute_bounds (header (f, "s-expand"), GTK_WIDGET (f->canvas), &last));
  g_assert_cmpfloat (bounds.origin.x, >=, last.origin.x + last.size.width);
  press (f, bounds.origin.x + 10, bounds.origin.y + 10);
  g_assert_false (f->canvas->pressed);

  /* A click: a stage at the end, its name ready to be typed over. */
  g_signal_emit_by_name (add_stage, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 6);
  stage = g_list_model_get_item (stages, 5);
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "New Stage");
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Add Stage");
  assert_handoffs_true (f);
  g_assert_nonnull (waymark_map_canvas_get_rename_entry (f->canvas));
  gtk_editable_set_text (GTK_EDITABLE (waymark_map_canvas_get_rename_entry (f->canvas)), "Advocate");
  g_signal_emit_by_name (waymark_map_canvas_get_rename_entry (f->canvas), "activate");
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Advocate");
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_header (f->canvas, stage)));

  /* A lane at the end, in the group of the last one. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (add_lane), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add a Lane");
  g_signal_emit_by_name (add_lane, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (lanes), ==, 5);
  lane = g_list_model_get_item (lanes, 4);
  g_assert_cmpstr (waymark_lane_get_name (lane), ==, "New Lane");
  g_assert_cmpint (waymark_lane_get_perspective (lane), ==, WAYMARK_PERSPECTIVE_COMPANY);
  g_assert_cmpstr (waymark_document_get_undo_label (f->view.document), ==, "Add Lane");
  g_assert_true (send_escape (waymark_map_canvas_get_rename_entry (f->canvas)));
  g_assert_cmpstr (waymark_lane_get_name (lane), ==, "New Lane");
  gtk_test_widget_wait_for_draw (f->view.window);
  g_assert_true (WAYMARK_IS_MAP_HEADER (waymark_map_canvas_get_header (f->canvas, lane)));

  for (guint i = 0; i < 3; i++)
    g_assert_true (waymark_document_undo (f->view.document));
  g_assert_false (waymark_document_get_can_undo (f->view.document));
  assert_unchanged (f);
  g_assert_null (waymark_map_canvas_get_header (f->canvas, stage));
}

static void
test_empty_journey (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = waymark_map_view_new ();
  GtkWidget *stack, *page, *stage_button, *lane_button;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));
  stack = gtk_widget_get_first_child (view);
  page = gtk_stack_get_visible_child (GTK_STACK (stack));

  /* A page that asks for a stage and a lane, with a button each. */
  g_assert_true (ADW_IS_STATUS_PAGE (page));
  stage_button = find_widget (page, is_of_type, (gconstpointer)GTK_TYPE_BUTTON);
  g_assert_nonnull (stage_button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (stage_button)), ==, "Add a _Stage");
  lane_button = gtk_widget_get_next_sibling (stage_button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (lane_button)), ==, "Add a _Lane");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "The map has a column for each stage of the journey and a row for each "
                   "lane. Add a stage and a lane to begin.");

  g_signal_emit_by_name (stage_button, "clicked");
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Add Stage");
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (stack)) == page);
  g_assert_false (gtk_widget_get_visible (stage_button));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), ==,
                   "The journey has stages but no lanes yet. Add a lane for the customer, and "
                   "one for each team.");

  /* A stage and a lane: the map, with their headers. */
  g_signal_emit_by_name (lane_button, "clicked");
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Add Lane");
  g_assert_false (gtk_stack_get_visible_child (GTK_STACK (stack)) == page);
  {
    WaymarkMapCanvas *canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (view)));
    g_autoptr(WaymarkLane) lane = g_list_model_get_item (waymark_journey_get_lanes (journey), 0);

    g_assert_cmpint (waymark_lane_get_perspective (lane), ==, WAYMARK_PERSPECTIVE_CUSTOMER);
    g_assert_true (WAYMARK_IS_MAP_HEADER (waymark_map_canvas_get_header (canvas, lane)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "map-dnd");

#define ADD(path, func) \
  g_test_add ("/map-dnd/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("select", test_select);
  ADD ("multi-drop", test_multi_drop);
  ADD ("drop-makes-room", test_drop_makes_room);
  ADD ("palette", test_palette);
  ADD ("palette-keyboard", test_palette_keyboard);
  ADD ("headers", test_headers);
  ADD ("rename-header", test_rename_header);
  ADD ("add-stage-and-lane", test_add_stage_and_lane);
  g_test_add_func ("/map-dnd/empty-journey", test_empty_journey);

  return ui_test_run ();
}
