/* test-map-view.c: the journey map on screen
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-map-canvas.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-view.h"
#include "waymark-reader.h"
#include "waymark-ui-test.h"
#include "waymark-writer.h"

/* The B2B example in a Map view in a window: its cards, a drop with the
 * mouse (the drag gesture's signals, as a press and motion would emit
 * them) and every keyboard move (the canvas's actions, which the arrow
 * keys are bound to), each checked in the model and on the undo stack. */

typedef struct
{
  GtkWidget        *window;
  GtkWidget        *view;
  WaymarkMapCanvas *canvas;
  WaymarkMapLayout *layout;
  WaymarkDocument  *document;
  WaymarkJourney   *journey;
  GBytes           *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  f->journey = journey;
  f->document = waymark_document_new (journey);
  f->original = waymark_writer_to_bytes (journey);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->view = waymark_map_view_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  waymark_view_set_document (WAYMARK_VIEW (f->view), f->document);
  f->canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (f->view)));
  f->layout = waymark_map_canvas_get_layout (f->canvas);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
  /* The card widgets come after the first frame, in their places at the
   * next. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_pointer (&f->original, g_bytes_unref);
  g_assert_finalize_object (f->document);
}

static WaymarkTouchpoint *
touchpoint (Fixture    *f,
            const char *id)
{
  return ui_test_touchpoint (f->journey, id);
}

static GtkWidget *
card (Fixture    *f,
      const char *id)
{
  GtkWidget *widget = waymark_map_canvas_get_card (f->canvas, touchpoint (f, id));

  g_assert_true (WAYMARK_IS_MAP_CARD_WIDGET (widget));

  return widget;
}

#define assert_place(f, id, expected) ASSERT_PLACE ((f)->journey, id, expected)

static void
assert_focus (Fixture *f,
              guint    column,
              guint    band,
              int      index)
{
  guint c = 99, b = 99;
  int k = 99;

  g_assert_true (waymark_map_canvas_get_cursor (f->canvas, &c, &b, &k));
  g_assert_cmpuint (c, ==, column);
  g_assert_cmpuint (b, ==, band);
  g_assert_cmpint (k, ==, index);
}

static void
assert_unchanged (Fixture *f)
{
  g_autoptr(GBytes) now = waymark_writer_to_bytes (f->journey);

  g_assert_true (g_bytes_equal (now, f->original));
}

static void
drag (Fixture *f,
      double   from_x,
      double   from_y,
      double   to_x,
      double   to_y)
{
  GtkGesture *gesture = waymark_map_canvas_get_drag_gesture (f->canvas);
  double dx = to_x - from_x, dy = to_y - from_y;

  g_signal_emit_by_name (gesture, "drag-begin", from_x, from_y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static void
test_cards (Fixture       *f,
            gconstpointer  data)
{
  guint n = 0;
  g_autofree char *name = NULL;

  /* A card widget a touchpoint, placed where the layout puts it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->canvas)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      const WaymarkMapCard *c;
      graphene_rect_t bounds;

      /* The headers and their buttons are children too. */
      if (!WAYMARK_IS_MAP_CARD_WIDGET (child))
        continue;
      g_assert_true (gtk_widget_get_focusable (child));
      c = waymark_map_layout_get_card (f->layout, waymark_map_card_widget_get_card (WAYMARK_MAP_CARD_WIDGET (child)));
      g_assert_true (c->touchpoint == waymark_map_card_widget_get_touchpoint (WAYMARK_MAP_CARD_WIDGET (child)));
      g_assert_true (gtk_widget_compute_bounds (child, GTK_WIDGET (f->canvas), &bounds));
      g_assert_cmpfloat (bounds.origin.x, ==, (int)c->rect.x);
      g_assert_cmpfloat (bounds.origin.y, ==, (int)c->rect.y);
      g_assert_cmpfloat (bounds.size.width, >=, c->rect.width);
      n++;
    }
  g_assert_cmpuint (n, ==, 10);

  /* What and where, for a screen reader; the title as the tooltip. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (card (f, "t3")), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t3")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Downloads the Attraction 101 eBook, touchpoint, in Capture, "
                                       "Customer lane");
  g_assert_cmpstr (waymark_map_card_widget_get_tooltip (WAYMARK_MAP_CARD_WIDGET (card (f, "t3"))), ==,
                   "Downloads the Attraction 101 eBook");

  /* A pain point with notes says so, and shows the notes. */
  waymark_document_set (f->document, touchpoint (f, "t7"),
                        "kind", WAYMARK_TOUCHPOINT_KIND_PAIN,
                        "notes", "Waits a week for the proposal", NULL);
  name = waymark_map_card_widget_dup_description (f->layout,
                                                  waymark_map_card_widget_get_card (WAYMARK_MAP_CARD_WIDGET (card (f, "t7"))));
  g_assert_cmpstr (name, ==, "Asks for a proposal, pain point, in Convert, Customer lane");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t7")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  g_assert_cmpstr (waymark_map_card_widget_get_tooltip (WAYMARK_MAP_CARD_WIDGET (card (f, "t7"))), ==,
                   "Waits a week for the proposal");
}

static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  const WaymarkMapCard *t1 = waymark_map_layout_get_card (f->layout, 0);
  const WaymarkMapCell *target = waymark_map_layout_get_cell (f->layout, 1, 1);
  const WaymarkMapCard *t4 = waymark_map_layout_get_card (f->layout, target->first_card);
  double x = t1->rect.x + 20, y = t1->rect.y + 20;

  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (t1->touchpoint)), ==, "t1");
  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (t4->touchpoint)), ==, "t4");

  /* Attract/Customer to Capture/Marketing, below the card there. */
  drag (f, x, y, target->rect.x + 30, t4->rect.y + t4->rect.height + 4);
  assert_place (f, "t1", "s-capture/l-marketing/1");
  assert_place (f, "t4", "s-capture/l-marketing/0");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Move Touchpoint");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t1")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Reads a blog post found on social media, touchpoint, in "
                                       "Capture, Marketing lane");
  /* The card dropped has the focus. */
  g_assert_true (gtk_widget_has_focus (card (f, "t1")));

  /* Within the cell: above the other card. */
  {
    guint i;
    const WaymarkMapCard *moved, *other;

    g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, "t1"), &i));
    moved = waymark_map_layout_get_card (f->layout, i);
    g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, "t4"), &i));
    other = waymark_map_layout_get_card (f->layout, i);
    drag (f, moved->rect.x + 20, moved->rect.y + 20, other->rect.x + 20, other->rect.y + 2);
  }
  assert_place (f, "t1", "s-capture/l-marketing/0");
  assert_place (f, "t4", "s-capture/l-marketing/1");

  /* A press beside the cards, or a click without motion, moves nothing. */
  drag (f, 10, 10, target->rect.x + 30, target->rect.y + 30);
  {
    GtkGesture *gesture = waymark_map_canvas_get_drag_gesture (f->canvas);
    const WaymarkMapCard *c = waymark_map_layout_get_card (f->layout, 0);

    g_signal_emit_by_name (gesture, "drag-begin", c->rect.x + 5, c->rect.y + 5);
    g_signal_emit_by_name (gesture, "drag-end", 1.0, 0.0);
  }
  assert_place (f, "t1", "s-capture/l-marketing/0");

  /* Two steps of undo, then the file as it was. */
  g_assert_true (waymark_document_undo (f->document));
  assert_place (f, "t1", "s-capture/l-marketing/1");
  g_assert_true (waymark_document_undo (f->document));
  assert_place (f, "t1", "s-attract/l-customer/0");
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->document));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t1")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Reads a blog post found on social media, touchpoint, in "
                                       "Attract, Customer lane");
  g_assert_true (waymark_document_redo (f->document));
  assert_place (f, "t1", "s-capture/l-marketing/1");
}

/* Over the end of a full cell the band grows by the room the card needs,
 * the lanes below move down, and the drop place is inside the band; away
 * from the cells, and after the drop, the bands are as the cards make them. */
static void
test_drop_room (Fixture       *f,
                gconstpointer  data)
{
  GtkGesture *gesture = waymark_map_canvas_get_drag_gesture (f->canvas);
  const WaymarkMapCard *t1 = waymark_map_layout_get_card (f->layout, 0);
  const WaymarkMapCell *target = waymark_map_layout_get_cell (f->layout, 1, 1);
  const WaymarkMapCard *t4 = waymark_map_layout_get_card (f->layout, target->first_card);
  const WaymarkMapBand *marketing, *sales;
  double x = t1->rect.x + 20, y = t1->rect.y + 20;
  double room = t1->rect.height + 8;
  double height = waymark_map_layout_get_band (f->layout, 1)->band.height;
  double sales_y = waymark_map_layout_get_band (f->layout, 2)->band.y;
  double to_x = target->rect.x + 30, to_y = t4->rect.y + t4->rect.height + 4;

  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (t4->touchpoint)), ==, "t4");
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", (to_x - x) / 2, (to_y - y) / 2);
  g_signal_emit_by_name (gesture, "drag-update", to_x - x, to_y - y);

  /* Capture/Marketing, after t4: Marketing's cells all hold one card. */
  marketing = waymark_map_layout_get_band (f->layout, 1);
  sales = waymark_map_layout_get_band (f->layout, 2);
  g_assert_cmpfloat_with_epsilon (marketing->band.height, height + room, 1e-9);
  g_assert_cmpfloat_with_epsilon (sales->band.y, sales_y + room, 1e-9);
  target = waymark_map_layout_get_cell (f->layout, 1, 1);
  g_assert_cmpfloat_with_epsilon (target->rect.height, height + room, 1e-9);
  g_assert_cmpfloat (waymark_map_layout_drop_y (f->layout, 1, 1, 1) + room, <=,
                     target->rect.y + target->rect.height);

  /* Above the headers: no cell, no room. */
  g_signal_emit_by_name (gesture, "drag-update", 10 - x, 10 - y);
  g_assert_cmpfloat (waymark_map_layout_get_band (f->layout, 1)->band.height, ==, height);
  g_assert_cmpfloat (waymark_map_layout_get_band (f->layout, 2)->band.y, ==, sales_y);

  /* Back, and dropped: the band holds the two cards, with no room more. */
  g_signal_emit_by_name (gesture, "drag-update", to_x - x, to_y - y);
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_band (f->layout, 1)->band.height,
                                  height + room, 1e-9);
  g_signal_emit_by_name (gesture, "drag-end", to_x - x, to_y - y);
  assert_place (f, "t1", "s-capture/l-marketing/1");
  {
    guint i;
    const WaymarkMapCard *moved;

    g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, "t1"), &i));
    moved = waymark_map_layout_get_card (f->layout, i);
    marketing = waymark_map_layout_get_band (f->layout, 1);
    g_assert_cmpfloat (marketing->band.y + marketing->band.height, >, moved->rect.y + moved->rect.height);
    /* As tall as while the card was over it: no jump at the drop. */
    g_assert_cmpfloat_with_epsilon (marketing->band.height, height + room, 1e-9);
  }
  g_assert_true (waymark_document_undo (f->document));
  g_assert_cmpfloat (waymark_map_layout_get_band (f->layout, 1)->band.height, ==, height);
}

static void
move (Fixture *f,
      int      dx,
      int      dy)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.move-card",
                                             "(ii)", dx, dy));
}

static void
focus_move (Fixture *f,
            int      dx,
            int      dy)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.focus-move",
                                             "(ii)", dx, dy));
}

static void
test_keyboard_focus (Fixture       *f,
                     gconstpointer  data)
{
  gtk_widget_grab_focus (card (f, "t3"));
  assert_focus (f, 1, 0, 0);

  focus_move (f, 1, 0);
  g_assert_true (gtk_widget_has_focus (card (f, "t5")));
  focus_move (f, 0, 1);
  g_assert_true (gtk_widget_has_focus (card (f, "t6")));
  /* Into a cell without cards: the canvas holds the focus for it. */
  focus_move (f, 0, 1);
  assert_focus (f, 2, 2, -1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->canvas)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Nurture, Sales lane, no touchpoints");
  focus_move (f, -1, 0);
  assert_focus (f, 1, 2, -1);
  focus_move (f, 0, -1);
  g_assert_true (gtk_widget_has_focus (card (f, "t4")));
  focus_move (f, 0, -1);
  g_assert_true (gtk_widget_has_focus (card (f, "t3")));
  /* Out of the top: the stage's header; Down comes back. */
  focus_move (f, 0, -1);
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_header (f->canvas, waymark_journey_lookup (f->journey, "s-capture"))));
  gtk_widget_grab_focus (card (f, "t3"));
  focus_move (f, -1, 0);
  g_assert_true (gtk_widget_has_focus (card (f, "t1")));
  /* Out of the left: the lane's header. */
  focus_move (f, -1, 0);
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_header (f->canvas, waymark_journey_lookup (f->journey, "l-customer"))));

  /* Focus moves are no edits. */
  g_assert_false (waymark_document_get_can_undo (f->document));
}

static void
test_keyboard_moves (Fixture       *f,
                     gconstpointer  data)
{
  gtk_widget_grab_focus (card (f, "t3"));

  /* Alt+Right: to the next stage, at the same height. */
  move (f, 1, 0);
  assert_place (f, "t3", "s-nurture/l-customer/0");
  assert_place (f, "t5", "s-nurture/l-customer/1");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Move Touchpoint");
  g_assert_true (gtk_widget_has_focus (card (f, "t3")));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t3")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Downloads the Attraction 101 eBook, touchpoint, in "
                                       "Nurture, Customer lane");

  /* Alt+Down: below the next card in the cell, then into the lane below. */
  move (f, 0, 1);
  assert_place (f, "t3", "s-nurture/l-customer/1");
  assert_place (f, "t5", "s-nurture/l-customer/0");
  move (f, 0, 1);
  assert_place (f, "t3", "s-nurture/l-marketing/0");
  assert_place (f, "t6", "s-nurture/l-marketing/1");
  assert_place (f, "t5", "s-nurture/l-customer/0");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card (f, "t3")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Downloads the Attraction 101 eBook, touchpoint, in "
                                       "Nurture, Marketing lane");

  /* Alt+Up: out of the top of the cell, to the end of the lane above;
   * then above the card there. */
  move (f, 0, -1);
  assert_place (f, "t3", "s-nurture/l-customer/1");
  move (f, 0, -1);
  assert_place (f, "t3", "s-nurture/l-customer/0");
  assert_place (f, "t5", "s-nurture/l-customer/1");

  /* Alt+Left: back where it started. */
  move (f, -1, 0);
  assert_place (f, "t3", "s-capture/l-customer/0");
  g_assert_true (gtk_widget_has_focus (card (f, "t3")));

  /* At the edges nothing moves and nothing is recorded: six moves. */
  move (f, 0, -1);
  assert_place (f, "t3", "s-capture/l-customer/0");
  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Move Touchpoint");
      g_assert_true (waymark_document_undo (f->document));
    }
  g_assert_false (waymark_document_get_can_undo (f->document));
  assert_unchanged (f);
}

static void
test_delete_and_insert (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *touchpoints = waymark_journey_get_touchpoints (f->journey);
  g_autoptr(WaymarkTouchpoint) t3 = g_object_ref (touchpoint (f, "t3"));
  WaymarkTouchpoint *added;
  GtkWidget *focus;

  /* Delete: the card goes, the focus stays in its cell. */
  gtk_widget_grab_focus (card (f, "t3"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.delete-card", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 9);
  g_assert_null (waymark_map_canvas_get_card (f->canvas, t3));
  assert_focus (f, 1, 0, -1);
  g_assert_true (waymark_document_undo (f->document));
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 10);
  g_assert_nonnull (waymark_map_canvas_get_card (f->canvas, t3));
  assert_unchanged (f);

  /* Insert on an empty cell: a new card there, with the focus. */
  gtk_widget_grab_focus (card (f, "t2"));
  focus_move (f, 0, 1);
  assert_focus (f, 0, 2, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.insert-card", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 11);
  added = g_list_model_get_item (touchpoints, 10);
  g_assert_cmpstr (waymark_touchpoint_get_title (added), ==, "New touchpoint");
  g_assert_cmpstr (waymark_touchpoint_get_stage (added), ==, "s-attract");
  g_assert_cmpstr (waymark_touchpoint_get_lane (added), ==, "l-sales");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == waymark_map_canvas_get_card (f->canvas, added));
  assert_focus (f, 0, 2, 0);

  /* Insert on a card: after it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.insert-card", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (touchpoints), ==, 12);
  assert_focus (f, 0, 2, 1);
  g_assert_cmpint (waymark_touchpoint_get_order (added), ==, 0);
  g_object_unref (added);

  g_assert_true (waymark_document_undo (f->document));
  g_assert_true (waymark_document_undo (f->document));
  assert_unchanged (f);
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);
  double width_at_1 = waymark_map_layout_get_width (f->layout);
  int card_width_at_1 = gtk_widget_get_width (card (f, "t1"));

  /* Ctrl+plus: laid out anew at 125 %, the cards with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.zoom-in", NULL));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 1.25);
  g_assert_cmpfloat (waymark_map_layout_get_width (f->layout), ==, 1.25 * width_at_1);
  gtk_test_widget_wait_for_draw (f->window);
  g_assert_cmpint (gtk_widget_get_width (card (f, "t1")), >=, card_width_at_1 * 1.25 - 1);

  /* Ctrl+0: the whole map in the window, as large as fits. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.zoom-fit", NULL));
  g_assert_cmpfloat (waymark_map_layout_get_width (f->layout), <=, gtk_widget_get_width (scrolled));
  g_assert_cmpfloat (waymark_map_layout_get_height (f->layout), <=, gtk_widget_get_height (scrolled));
  g_assert_true (waymark_map_layout_get_width (f->layout) > gtk_widget_get_width (scrolled) - 10 ||
                 waymark_map_layout_get_height (f->layout) > gtk_widget_get_height (scrolled) - 20);

  /* Ctrl+minus down to the smallest, then Ctrl+1 for 100 %. */
  for (guint i = 0; i < 20; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.zoom-out", NULL));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 0.1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.zoom-reset", NULL));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 1.0);

  /* Zooming is no edit. */
  g_assert_false (waymark_document_get_can_undo (f->document));
}

static void
test_empty_journey (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  GtkWidget *view = g_object_ref_sink (waymark_map_view_new ());
  GtkWidget *canvas = waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (view));
  GtkWidget *stack = gtk_widget_get_first_child (view);

  waymark_view_set_document (WAYMARK_VIEW (view), document);
  /* No stages: a page that says how to begin. */
  g_assert_true (ADW_IS_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack))));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack)))),
                   ==, "No Stages or Lanes Yet");

  waymark_document_add_stage (document, 0, "Attract");
  g_assert_true (ADW_IS_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack))));
  waymark_document_add_lane (document, 0, "Customer", WAYMARK_PERSPECTIVE_CUSTOMER);
  /* A stage and a lane: the map. */
  g_assert_true (gtk_widget_is_ancestor (canvas, gtk_stack_get_visible_child (GTK_STACK (stack))));

  g_assert_finalize_object (view);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  /* Accessible names are read back from GTK's test context. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("/ui/map/cards", test_cards);
  ADD ("/ui/map/drop", test_drop);
  ADD ("/ui/map/drop-room", test_drop_room);
  ADD ("/ui/map/keyboard-focus", test_keyboard_focus);
  ADD ("/ui/map/keyboard-moves", test_keyboard_moves);
  ADD ("/ui/map/delete-and-insert", test_delete_and_insert);
  ADD ("/ui/map/zoom", test_zoom);
  g_test_add_func ("/ui/map/empty-journey", test_empty_journey);

  return g_test_run ();
}
