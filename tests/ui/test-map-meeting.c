/* test-map-meeting.c: the map in a meeting: zoom, filters, lanes, search
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-map-canvas.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-renderer.h"
#include "waymark-map-view.h"
#include "waymark-ui-test.h"

/* The B2B example in a Map view of 1280x800: zoom steps and fit through
 * the bar's buttons' actions, the channel filter, a lane folded with its
 * header's button, and the search bar (Ctrl+F), Enter and Shift+Enter. */

typedef struct
{
  ViewFixture       v;
  WaymarkMapCanvas *canvas;
  WaymarkMapLayout *layout;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (&f->v, waymark_map_view_new ());
  f->canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (f->v.view)));
  f->layout = waymark_map_canvas_get_layout (f->canvas);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_view_tear_down (&f->v);
}

static WaymarkTouchpoint *
touchpoint (Fixture    *f,
            const char *id)
{
  return ui_test_touchpoint (waymark_document_get_journey (f->v.document), id);
}

static gboolean
is_labelled (GtkWidget     *widget,
             gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_lane_toggle (GtkWidget     *widget,
                gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_parent (widget) != NULL &&
         WAYMARK_IS_MAP_CANVAS (gtk_widget_get_parent (widget)) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static guint
count_faded (Fixture *f)
{
  guint n = 0;

  for (guint i = 0; i < waymark_map_layout_get_n_cards (f->layout); i++)
    n += waymark_map_layout_get_card (f->layout, i)->faded;

  return n;
}

static void
test_zoom_steps (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *label = find_widget (f->v.view, is_labelled, "100 %");
  double height_at_1 = waymark_map_layout_get_height (f->layout);

  /* The bar's buttons: a step of 25 % in, then out, and back to 100 %. */
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "in"));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 1.25);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (label)), ==, "125 %");
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_height (f->layout), 1.25 * height_at_1, 0.01);
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "out"));
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "out"));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 0.8);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (label)), ==, "80 %");

  /* Below 50 % the cards are compact: one line of title, no channel. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "out"));
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_zoom (f->layout), 0.4096, 1e-9);
  g_assert_true (waymark_map_layout_is_compact (f->layout));
  g_assert_null (waymark_map_layout_get_card (f->layout, 0)->meta);
  g_assert_cmpint (pango_layout_get_line_count (waymark_map_layout_get_card (f->layout, 0)->title), ==, 1);
  g_assert_cmpfloat (waymark_map_layout_get_height (f->layout), <, 0.4096 * height_at_1);

  /* Fit: the whole map in the window, as large as fits. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "fit"));
  gtk_test_widget_wait_for_draw (f->v.window);
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);

    g_assert_cmpfloat (waymark_map_layout_get_width (f->layout), <=, gtk_widget_get_width (scrolled));
    g_assert_cmpfloat (waymark_map_layout_get_height (f->layout), <=, gtk_widget_get_height (scrolled));
  }

  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "reset"));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 1.0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (label)), ==, "100 %");
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

/* Where @id's card's centre is in the scrolled window. */
static void
get_card_on_screen (Fixture    *f,
                    const char *id,
                    double     *x,
                    double     *y)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);
  const WaymarkMapCard *c;
  guint card;

  g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, id), &card));
  c = waymark_map_layout_get_card (f->layout, card);
  *x = c->rect.x + c->rect.width / 2 -
       gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  *y = c->rect.y + c->rect.height / 2 -
       gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
}

/* Ctrl+scroll and pinch zoom around a point (the pointer, the fingers'
 * centre): the place of the map there stays where it is in the window,
 * also once the scrolled window has given the canvas its new size. The
 * keys zoom around the focused card, or the middle of what is shown. */
static void
test_zoom_around (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x0, y0, x, y;

  gtk_test_widget_wait_for_draw (f->v.window);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);

  /* Around the middle of t8 (Convert, Sales): 200 %, then 400 %. */
  get_card_on_screen (f, "t8", &x0, &y0);
  waymark_map_canvas_zoom_around (f->canvas, 2.0, x0, y0);
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 2.0);
  get_card_on_screen (f, "t8", &x, &y);
  g_assert_cmpfloat_with_epsilon (x, x0, 0.01);
  g_assert_cmpfloat_with_epsilon (y, y0, 0.01);
  g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 500);
  gtk_test_widget_wait_for_draw (f->v.window);
  get_card_on_screen (f, "t8", &x, &y);
  g_assert_cmpfloat_with_epsilon (x, x0, 0.01);
  g_assert_cmpfloat_with_epsilon (y, y0, 0.01);

  /* A point between cards, three quarters into Nurture's Marketing cell,
   * stays put too at 400 %: it is a place of the map, not of a card. */
  {
    const WaymarkMapCell *cell = waymark_map_layout_get_cell (f->layout, 2, 1);
    double px = cell->rect.x + cell->rect.width * 0.75, py = cell->rect.y + cell->rect.height * 0.75;
    double sx = px - gtk_adjustment_get_value (h), sy = py - gtk_adjustment_get_value (v);

    waymark_map_canvas_zoom_around (f->canvas, 4.0, px, py);
    g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 4.0);
    cell = waymark_map_layout_get_cell (f->layout, 2, 1);
    g_assert_cmpfloat_with_epsilon (cell->rect.x + cell->rect.width * 0.75 - gtk_adjustment_get_value (h),
                                    sx, 0.01);
    g_assert_cmpfloat_with_epsilon (cell->rect.y + cell->rect.height * 0.75 - gtk_adjustment_get_value (v),
                                    sy, 0.01);
    waymark_map_canvas_zoom_around (f->canvas, 2.0, cell->rect.x + cell->rect.width * 0.75,
                                    cell->rect.y + cell->rect.height * 0.75);
    get_card_on_screen (f, "t8", &x, &y);
    g_assert_cmpfloat_with_epsilon (x, x0, 0.01);
    g_assert_cmpfloat_with_epsilon (y, y0, 0.01);
  }

  /* Back to 100 % around t8: where it began. */
  gtk_test_widget_wait_for_draw (f->v.window);
  get_card_on_screen (f, "t8", &x, &y);
  waymark_map_canvas_zoom_around (f->canvas, 1.0, x + gtk_adjustment_get_value (h),
                                  y + gtk_adjustment_get_value (v));
  gtk_test_widget_wait_for_draw (f->v.window);
  get_card_on_screen (f, "t8", &x0, &y0);
  g_assert_cmpfloat_with_epsilon (x0, x, 0.01);
  g_assert_cmpfloat_with_epsilon (y0, y, 0.01);

  /* At 200 %, Ctrl+plus with the focus on t6 (Nurture, Marketing): t6 stays
   * where it is, step after step. */
  get_card_on_screen (f, "t6", &x, &y);
  waymark_map_canvas_zoom_around (f->canvas, 2.0, x + gtk_adjustment_get_value (h),
                                  y + gtk_adjustment_get_value (v));
  gtk_widget_grab_focus (waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t6")));
  gtk_test_widget_wait_for_draw (f->v.window);
  /* In the middle of the window, with room to grow in sight. */
  get_card_on_screen (f, "t6", &x, &y);
  gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + x - gtk_adjustment_get_page_size (h) / 2);
  gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + y - gtk_adjustment_get_page_size (v) / 2);
  gtk_test_widget_wait_for_draw (f->v.window);
  get_card_on_screen (f, "t6", &x0, &y0);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.zoom-in", NULL));
      gtk_test_widget_wait_for_draw (f->v.window);
      get_card_on_screen (f, "t6", &x, &y);
      g_assert_cmpfloat_with_epsilon (x, x0, 0.01);
      g_assert_cmpfloat_with_epsilon (y, y0, 0.01);
    }
  g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 3.125);

  /* The focus off the map (on the zoom's button of the bar): the middle
   * of what is shown stays, the map being in proportion above 50 %. */
  {
    GtkWidget *label = find_widget (f->v.view, is_labelled, "312 %");
    double cx = gtk_adjustment_get_value (h) + gtk_adjustment_get_page_size (h) / 2;
    double cy = gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v) / 2;

    g_assert_nonnull (label);
    gtk_widget_grab_focus (label);
    g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "out"));
    gtk_test_widget_wait_for_draw (f->v.window);
    g_assert_cmpfloat (waymark_map_layout_get_zoom (f->layout), ==, 2.5);
    g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (h) + gtk_adjustment_get_page_size (h) / 2,
                                    cx * 0.8, 0.01);
    g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v) / 2,
                                    cy * 0.8, 0.01);
  }
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *filter = find_widget (f->v.view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

  g_assert_cmpuint (count_faded (f), ==, 0);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (filter)), ==, "Filter");

  /* Phone: the three phone cards stay, the seven others fade. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.channel", "s", "ch-phone"));
  g_assert_cmpstr (waymark_map_layout_get_channel (f->layout), ==, "ch-phone");
  g_assert_cmpuint (count_faded (f), ==, 7);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (filter)), ==, "Phone");
  {
    guint card;

    g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, "t7"), &card));
    g_assert_false (waymark_map_layout_get_card (f->layout, card)->faded);
    g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, "t1"), &card));
    g_assert_true (waymark_map_layout_get_card (f->layout, card)->faded);
  }

  /* A persona as well: the cards that name none concern every persona,
   * and the curve still runs through all five feelings. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.persona", "s", "p-buyer"));
  g_assert_cmpstr (waymark_map_layout_get_persona (f->layout), ==, "p-buyer");
  g_assert_cmpuint (waymark_map_layout_get_n_points (f->layout), ==, 5);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (filter)), ==, "B2B buyer, Phone");

  /* All again; filtering is no edit. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.channel", "s", ""));
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.persona", "s", ""));
  g_assert_null (waymark_map_layout_get_channel (f->layout));
  g_assert_cmpuint (count_faded (f), ==, 0);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (filter)), ==, "Filter");
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

static void
test_collapse (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *toggle = NULL;
  const WaymarkMapBand *band;
  guint n_cards = waymark_map_layout_get_n_cards (f->layout);
  double height = waymark_map_layout_get_height (f->layout);

  /* The Customer lane's button, first of the four. */
  toggle = find_widget (GTK_WIDGET (f->canvas), is_lane_toggle, "Collapse Lane");
  g_assert_nonnull (toggle);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Collapse lane Customer");
  g_assert_true (gtk_widget_get_focusable (toggle) || gtk_widget_get_can_focus (toggle));

  g_signal_emit_by_name (toggle, "clicked");
  band = waymark_map_layout_get_band (f->layout, 0);
  g_assert_true (band->collapsed);
  g_assert_cmpuint (band->n_hidden, ==, 5);
  g_assert_cmpuint (waymark_map_layout_get_n_cards (f->layout), ==, n_cards - 5);
  g_assert_false (waymark_map_layout_find_card (f->layout, touchpoint (f, "t1"), NULL));
  g_assert_null (waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t1")));
  g_assert_cmpfloat (waymark_map_layout_get_height (f->layout), <, height);
  /* The curve keeps the folded lane's feelings. */
  g_assert_cmpuint (waymark_map_layout_get_n_points (f->layout), ==, 5);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Expand lane Customer");
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);

  /* Folding is the view's, not the document's. */
  g_assert_false (waymark_document_get_can_undo (f->v.document));

  g_signal_emit_by_name (toggle, "clicked");
  g_assert_false (waymark_map_layout_get_band (f->layout, 0)->collapsed);
  g_assert_cmpuint (waymark_map_layout_get_n_cards (f->layout), ==, n_cards);
  g_assert_cmpfloat (waymark_map_layout_get_height (f->layout), ==, height);
  g_assert_nonnull (waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t1")));
}

/* How many pixels of the accent colour (light style) the canvas draws in
 * a ring 6 pixels wide around @id's card: the current match's outline. */
static guint
count_accent_around (Fixture    *f,
                     const char *id)
{
  GtkWidget *widget = GTK_WIDGET (f->canvas);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  const WaymarkMapCard *c;
  const guint8 *data;
  guint card, n = 0;
  int stride;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  g_assert_true (waymark_map_layout_find_card (f->layout, touchpoint (f, id), &card));
  c = waymark_map_layout_get_card (f->layout, card);
  for (int y = MAX ((int)c->rect.y - 6, 0); y < MIN ((int)(c->rect.y + c->rect.height) + 6, height); y++)
    for (int x = MAX ((int)c->rect.x - 6, 0); x < MIN ((int)(c->rect.x + c->rect.width) + 6, width); x++)
      {
        const guint8 *p = data + y * stride + 4 * x;   /* B, G, R, A */

        if (x >= c->rect.x && x < c->rect.x + c->rect.width - 1 &&
            y >= c->rect.y && y < c->rect.y + c->rect.height - 1)
          continue;
        n += ABS (p[2] - 28) < 8 && ABS (p[1] - 113) < 8 && ABS (p[0] - 216) < 8;
      }
  cairo_surface_destroy (surface);

  return n;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *bar = find_widget (f->v.view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_BAR));
  GtkWidget *entry = find_widget (f->v.view, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  GtkWidget *status = gtk_widget_get_next_sibling (entry);
  g_autoptr(GPtrArray) found = NULL;
  GtkRoot *root = gtk_widget_get_root (f->v.view);

  /* Ctrl+F opens the bar with the focus in its entry. */
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  WAIT_FOR (gtk_widget_is_ancestor (gtk_root_get_focus (root), entry));

  /* "proposal": t7 and t8, in map order; the first is shown. */
  found = waymark_map_canvas_search (f->canvas, "PROPOSAL");
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (g_ptr_array_index (found, 0) == touchpoint (f, "t7"));
  g_assert_true (g_ptr_array_index (found, 1) == touchpoint (f, "t8"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "proposal");
  WAIT_FOR (g_strcmp0 (gtk_label_get_text (GTK_LABEL (status)), "1 of 2") == 0);

  /* The one shown is drawn apart: a solid outline around t7, a thinner
   * and lighter halo around t8. */
  g_assert_true (waymark_map_canvas_get_current_match (f->canvas) == touchpoint (f, "t7"));
  g_assert_cmpuint (count_accent_around (f, "t7"), >, 400);
  g_assert_cmpuint (count_accent_around (f, "t8"), ==, 0);

  /* Enter: the next; again: back to the first; Shift+Enter the previous. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "2 of 2");
  g_assert_true (waymark_map_canvas_get_current_match (f->canvas) == touchpoint (f, "t8"));
  g_assert_cmpuint (count_accent_around (f, "t7"), ==, 0);
  g_assert_cmpuint (count_accent_around (f, "t8"), >, 400);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "1 of 2");
  g_signal_emit_by_name (entry, "previous-match");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "2 of 2");

  /* Ctrl+G and Ctrl+Shift+G from the map (the view's actions): the match
   * and the keyboard focus go along; the entry has them as its own keys. */
  gtk_widget_grab_focus (waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t8")));
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.next-match", NULL));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "1 of 2");
  g_assert_true (gtk_root_get_focus (root) == waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t7")));
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.previous-match", NULL));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "2 of 2");
  g_assert_true (gtk_root_get_focus (root) == waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t8")));
  gtk_widget_grab_focus (entry);
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.next-match", NULL));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "1 of 2");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing like this");
  WAIT_FOR (g_strcmp0 (gtk_label_get_text (GTK_LABEL (status)), "No matches") == 0);
  g_assert_null (waymark_map_canvas_get_current_match (f->canvas));
  gtk_widget_activate_action (f->v.view, "mapview.next-match", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "No matches");

  /* Escape: the bar closes, the focus is on the match shown. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "proposal");
  WAIT_FOR (g_strcmp0 (gtk_label_get_text (GTK_LABEL (status)), "1 of 2") == 0);
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  WAIT_FOR (gtk_root_get_focus (root) == waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t7")));
  g_assert_null (waymark_map_canvas_get_current_match (f->canvas));
  /* Ctrl+G with the bar closed does nothing. */
  gtk_widget_activate_action (f->v.view, "mapview.next-match", NULL);
  g_assert_null (waymark_map_canvas_get_current_match (f->canvas));
  g_assert_true (gtk_root_get_focus (root) == waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t7")));

  /* Closed by Ctrl+F's toggle (or its close button), from the entry, on
   * the second match: the focus goes to it too. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "proposal");
  WAIT_FOR (g_strcmp0 (gtk_label_get_text (GTK_LABEL (status)), "1 of 2") == 0);
  g_signal_emit_by_name (entry, "activate");
  WAIT_FOR (gtk_widget_is_ancestor (gtk_root_get_focus (root), entry));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
  WAIT_FOR (gtk_root_get_focus (root) == waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t8")));
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

static void
collect_text (cairo_t         *cr,
              PangoLayoutLine *line,
              const char      *text,
              double           x,
              double           y,
              const double     rgba[4],
              gpointer         user_data)
{
  /* Each line of text drawn, and how opaque. */
  g_hash_table_insert (user_data, g_strdup (text), g_strdup_printf ("%.2f", rgba[3]));
}

/* Draws the first of @pages, with what it says in @drawn. */
static void
draw_first_page (WaymarkPages *pages,
                 GHashTable   *drawn)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  waymark_map_renderer_set_text_func (cr, collect_text, drawn);
  waymark_pages_draw_page (pages, cr, 0, 842, 595);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Export… and Print of the Map: the view on screen, its filter (the other
 * cards faded) and its folded lanes, at 100 % whatever the zoom. */
static void
test_export_view (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkPages) pages = NULL;
  g_autoptr(GHashTable) drawn = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *svg = NULL;
  WaymarkLane *marketing = WAYMARK_LANE (waymark_journey_lookup (waymark_document_get_journey (f->v.document),
                                                                  "l-marketing"));

  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.channel", "s", "ch-phone"));
  waymark_map_canvas_set_lane_collapsed (f->canvas, marketing, TRUE);
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.zoom", "s", "in"));

  files = waymark_view_export (WAYMARK_VIEW (f->v.view), WAYMARK_EXPORT_SVG, WAYMARK_PAPER_A4, &error);
  g_assert_no_error (error);
  svg = g_strndup (g_bytes_get_data (g_ptr_array_index (files, 0), NULL),
                   g_bytes_get_size (g_ptr_array_index (files, 0)));
  g_assert_nonnull (strstr (svg, "fill-opacity=\"0.28\" textLength"));
  g_assert_nonnull (strstr (svg, ">Asks for a proposal</text>"));
  g_assert_null (strstr (svg, "Publishes thought"));

  /* Print's pages: the same. */
  pages = waymark_view_dup_pages (WAYMARK_VIEW (f->v.view), WAYMARK_PAPER_A4);
  g_assert_cmpuint (waymark_pages_get_n_pages (pages), ==, 1);
  draw_first_page (pages, drawn);
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Asks for a proposal"), ==, "1.00");
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Discovery call and "), ==, "1.00");
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Reads a blog post "), ==, "0.28");
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Marketing"), ==, "1.00");
  g_assert_cmpstr (g_hash_table_lookup (drawn, "3 touchpoints"), ==, "1.00");
  g_assert_null (g_hash_table_lookup (drawn, "Landing page with call "));

  /* Unfiltered and unfolded again: all of it. */
  g_assert_true (gtk_widget_activate_action (f->v.view, "mapview.channel", "s", ""));
  waymark_map_canvas_set_lane_collapsed (f->canvas, marketing, FALSE);
  g_clear_object (&pages);
  g_hash_table_remove_all (drawn);
  pages = waymark_view_dup_pages (WAYMARK_VIEW (f->v.view), WAYMARK_PAPER_A4);
  draw_first_page (pages, drawn);
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Reads a blog post "), ==, "1.00");
  g_assert_cmpstr (g_hash_table_lookup (drawn, "Landing page with call "), ==, "1.00");
  g_assert_null (g_hash_table_lookup (drawn, "3 touchpoints"));
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "map-meeting");

  ADD ("/ui/map-meeting/zoom-steps", test_zoom_steps);
  ADD ("/ui/map-meeting/zoom-around", test_zoom_around);
  ADD ("/ui/map-meeting/filter", test_filter);
  ADD ("/ui/map-meeting/collapse", test_collapse);
  ADD ("/ui/map-meeting/search", test_search);
  ADD ("/ui/map-meeting/export-view", test_export_view);

  return ui_test_run ();
}
