/* test-map-edit.c: editing the map's cards
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-emotion-row.h"
#include "waymark-entry-property-row.h"
#include "waymark-map-canvas-private.h"
#include "waymark-map-card-editor.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-view.h"
#include "waymark-personas-row.h"
#include "waymark-touchpoint-clipboard.h"
#include "waymark-ui-test.h"
#include "waymark-writer.h"

/* The B2B example in a Map view: a card's editor, typing a card into an
 * empty cell, the moves of the context menu, and copy, cut and paste
 * (between cells and between windows), each driven through the widgets
 * and checked in the model, on the undo stack and in the cards'
 * accessible names. */

typedef struct
{
  ViewFixture       v;
  WaymarkMapCanvas *canvas;
  GBytes           *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (&f->v, waymark_map_view_new ());
  f->canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (f->v.view)));
  f->original = waymark_writer_to_bytes (waymark_document_get_journey (f->v.document));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->original, g_bytes_unref);
  ui_test_view_tear_down (&f->v);
}

static WaymarkTouchpoint *
touchpoint (Fixture    *f,
            const char *id)
{
  WaymarkItem *item = waymark_journey_lookup (waymark_document_get_journey (f->v.document), id);

  g_assert_true (WAYMARK_IS_TOUCHPOINT (item));

  return WAYMARK_TOUCHPOINT (item);
}

static GtkWidget *
card (Fixture    *f,
      const char *id)
{
  GtkWidget *widget = waymark_map_canvas_get_card (f->canvas, touchpoint (f, id));

  g_assert_true (WAYMARK_IS_MAP_CARD_WIDGET (widget));

  return widget;
}

static void
assert_name (GtkWidget  *widget,
             const char *name)
{
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
}

static void
assert_unchanged (Fixture *f)
{
  g_autoptr(GBytes) now = waymark_writer_to_bytes (waymark_document_get_journey (f->v.document));

  g_assert_true (g_bytes_equal (now, f->original));
}

static void
focus_move (Fixture *f,
            int      dx,
            int      dy)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.focus-move", "(ii)",
                                             dx, dy));
}

/* Focuses the empty cell of Convert and Marketing, below t7. */
static void
focus_empty_cell (Fixture *f)
{
  gtk_widget_grab_focus (card (f, "t7"));
  focus_move (f, 0, 1);
}

static GListModel *
cell_of (WaymarkDocument *document,
         const char      *stage,
         const char      *lane)
{
  WaymarkJourney *journey = waymark_document_get_journey (document);

  return waymark_journey_get_cell (journey,
                                   WAYMARK_STAGE (waymark_journey_lookup (journey, stage)),
                                   WAYMARK_LANE (waymark_journey_lookup (journey, lane)));
}

static const char *
title_at (GListModel *cell,
          guint       position)
{
  g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (cell, position);

  g_assert_nonnull (tp);

  return waymark_touchpoint_get_title (tp);
}

/* Types into an entry row and presses Enter, as the row sees it. */
static void
enter_text (GtkWidget  *row,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static WaymarkMapCardEditor *
open_editor (Fixture    *f,
             const char *id)
{
  GtkWidget *widget = card (f, id);
  GtkWidget *editor;

  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_widget_activate_action (widget, "card.edit", NULL));
  editor = waymark_map_card_widget_get_editor (WAYMARK_MAP_CARD_WIDGET (widget));
  g_assert_true (WAYMARK_IS_MAP_CARD_EDITOR (editor));
  WAIT_FOR (gtk_widget_get_mapped (editor));
  g_assert_true (gtk_widget_get_parent (editor) == widget);

  return WAYMARK_MAP_CARD_EDITOR (editor);
}

static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  WaymarkTouchpoint *t3 = touchpoint (f, "t3");
  WaymarkMapCardEditor *editor = open_editor (f, "t3");
  GtkWidget *title = waymark_map_card_editor_get_row (editor, "title");
  GtkWidget *row;
  const char * const *personas;

  /* The title has the focus, selected, to be typed over. */
  g_assert_true (waymark_map_card_editor_get_touchpoint (editor) == t3);
  g_assert_true (WAYMARK_IS_ENTRY_PROPERTY_ROW (title));
  g_assert_true (gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (f->v.window))));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->v.window)), title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==,
                   "Downloads the Attraction 101 eBook");

  /* Each field is one edit of the document; the card follows. */
  row = waymark_map_card_editor_get_row (editor, "kind");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), WAYMARK_TOUCHPOINT_KIND_PAIN);
  g_assert_cmpint (waymark_touchpoint_get_kind (t3), ==, WAYMARK_TOUCHPOINT_KIND_PAIN);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Edit");
  assert_name (card (f, "t3"), "Downloads the Attraction 101 eBook, pain point, in Capture, "
                               "Customer lane");

  /* Channels: none first, then the journey's (Website, Social media, Email…). */
  row = waymark_map_card_editor_get_row (editor, "channel");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  g_assert_cmpstr (waymark_touchpoint_get_channel (t3), ==, "ch-email");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  /* None is an empty id, which the file leaves out. */
  g_assert_cmpstr (waymark_touchpoint_get_channel (t3), ==, "");

  /* Emotion: not recorded, then −2 to +2. */
  row = waymark_map_card_editor_get_row (editor, "emotion");
  g_assert_true (WAYMARK_IS_EMOTION_ROW (row));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_cmpint (waymark_touchpoint_get_emotion (t3), ==, -2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpint (waymark_touchpoint_get_emotion (t3), ==, WAYMARK_NO_EMOTION);
  waymark_document_undo (f->v.document);
  g_assert_cmpint (waymark_touchpoint_get_emotion (t3), ==, -2);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);

  /* Personas: one check button each. */
  row = waymark_map_card_editor_get_row (editor, "personas");
  g_assert_true (WAYMARK_IS_PERSONAS_ROW (row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "None");
  {
    WaymarkItem *buyer = waymark_journey_lookup (waymark_document_get_journey (f->v.document),
                                                 "p-buyer");
    GtkCheckButton *check = waymark_personas_row_get_check (WAYMARK_PERSONAS_ROW (row),
                                                            WAYMARK_PERSONA (buyer));

    g_assert_nonnull (check);
    gtk_check_button_set_active (check, TRUE);
  }
  personas = waymark_touchpoint_get_personas (t3);
  g_assert_nonnull (personas);
  g_assert_cmpstr (personas[0], ==, "p-buyer");
  g_assert_null (personas[1]);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "B2B buyer");

  /* The title: Enter commits it, renames the card and closes the editor;
   * the focus goes back to the card. */
  enter_text (title, "Downloads the eBook");
  g_assert_cmpstr (waymark_touchpoint_get_title (t3), ==, "Downloads the eBook");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Rename");
  assert_name (card (f, "t3"), "Downloads the eBook, pain point, in Capture, Customer lane");
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_null (waymark_map_card_widget_get_editor (WAYMARK_MAP_CARD_WIDGET (card (f, "t3"))));
  g_assert_true (gtk_widget_has_focus (card (f, "t3")));

  /* Kind, two channels, an emotion (the second one undone), personas and
   * the title: six steps, all undone, and the file is as it was. */
  for (guint i = 0; i < 6; i++)
    g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->v.document));
  assert_name (card (f, "t3"), "Downloads the Attraction 101 eBook, touchpoint, in Capture, "
                               "Customer lane");
}

/* Closing the editor any way (Escape, a click beside it) commits the
 * field being typed in and gives the focus back to the card. */
static void
test_editor_close (Fixture       *f,
                   gconstpointer  data)
{
  WaymarkMapCardEditor *editor = open_editor (f, "t7");
  GtkWidget *title = waymark_map_card_editor_get_row (editor, "title");

  gtk_editable_set_text (GTK_EDITABLE (title), "Asks for a quote");
  gtk_popover_popdown (GTK_POPOVER (editor));
  WAIT_FOR (gtk_widget_has_focus (card (f, "t7")));
  g_assert_cmpstr (waymark_touchpoint_get_title (touchpoint (f, "t7")), ==, "Asks for a quote");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Rename");

  /* The editor goes once it is closed; another one opens next time. */
  WAIT_FOR (gtk_widget_get_first_child (card (f, "t7")) == NULL);
  editor = open_editor (f, "t7");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (waymark_map_card_editor_get_row (editor, "title"))),
                   ==, "Asks for a quote");
  gtk_popover_popdown (GTK_POPOVER (editor));
  WAIT_FOR (gtk_widget_get_first_child (card (f, "t7")) == NULL);
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

/* Escape as the editor's key controller sees it, before the fields. */
static gboolean
press_escape (WaymarkMapCardEditor *editor)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (editor));
  guint n = g_list_model_get_n_items (controllers);
  gboolean handled = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 9, 0, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* Escape: first it gives up the typing in progress in a field (the
 * field's own Escape), then it closes the editor; the focus goes back
 * to the card. */
static void
test_editor_escape (Fixture       *f,
                    gconstpointer  data)
{
  WaymarkMapCardEditor *editor = open_editor (f, "t7");
  GtkWidget *title = waymark_map_card_editor_get_row (editor, "title");

  gtk_editable_set_text (GTK_EDITABLE (title), "Asks for a qu");
  g_assert_false (press_escape (editor));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_activate_action (title, "edit.cancel", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Asks for a proposal");

  g_assert_true (press_escape (editor));
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (editor)));
  WAIT_FOR (gtk_widget_has_focus (card (f, "t7")));
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

/* A card typing made keeps its title typed so far on Escape. */
static void
test_type_escape (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *cell = cell_of (f->v.document, "s-convert", "l-marketing");
  GtkWidget *editor, *title;
  g_autoptr(WaymarkTouchpoint) tp = NULL;

  focus_empty_cell (f);
  editor = _waymark_map_canvas_type_card (f->canvas, "W");
  WAIT_FOR (gtk_widget_get_mapped (editor));
  title = waymark_map_card_editor_get_row (WAYMARK_MAP_CARD_EDITOR (editor), "title");
  gtk_editable_set_text (GTK_EDITABLE (title), "Webinar");
  g_assert_true (press_escape (WAYMARK_MAP_CARD_EDITOR (editor)));
  WAIT_FOR (!gtk_widget_get_mapped (editor));
  tp = g_list_model_get_item (cell, 0);
  WAIT_FOR (g_strcmp0 (waymark_touchpoint_get_title (tp), "Webinar") == 0);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_card (f->canvas, tp)));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

/* Typing on an empty cell: a card with what was typed, its editor open
 * to go on typing, all one undo step. */
static void
test_type_to_create (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *cell = cell_of (f->v.document, "s-convert", "l-marketing");
  g_autoptr(WaymarkTouchpoint) tp = NULL;
  GtkWidget *editor, *title, *widget;
  guint column, band;
  int index;

  /* From Convert/Customer down to Convert/Marketing, which is empty. */
  focus_empty_cell (f);
  g_assert_true (waymark_map_canvas_get_cursor (f->canvas, &column, &band, &index));
  g_assert_cmpuint (column, ==, 3);
  g_assert_cmpuint (band, ==, 1);
  g_assert_cmpint (index, ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 0);

  editor = _waymark_map_canvas_type_card (f->canvas, "W");
  g_assert_true (WAYMARK_IS_MAP_CARD_EDITOR (editor));
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  tp = g_list_model_get_item (cell, 0);
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "W");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  widget = waymark_map_canvas_get_card (f->canvas, tp);
  g_assert_true (gtk_widget_get_parent (editor) == widget);
  assert_name (widget, "W, touchpoint, in Convert, Marketing lane");

  /* The cursor after the "W", to go on typing. */
  title = waymark_map_card_editor_get_row (WAYMARK_MAP_CARD_EDITOR (editor), "title");
  WAIT_FOR (gtk_widget_get_mapped (editor));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->v.window)), title));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (title)), ==, 1);

  /* The title and a kind chosen in the editor are part of adding it. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (waymark_map_card_editor_get_row (WAYMARK_MAP_CARD_EDITOR (editor),
                                                                              "kind")),
                              WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY);
  enter_text (title, "Webinar invite");
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "Webinar invite");
  g_assert_cmpint (waymark_touchpoint_get_kind (tp), ==, WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  assert_name (widget, "Webinar invite, opportunity, in Convert, Marketing lane");
  WAIT_FOR (gtk_widget_has_focus (widget));

  /* One undo takes it all back; redo brings it all. */
  g_assert_true (waymark_document_undo (f->v.document));
  g_assert_false (waymark_document_get_can_undo (f->v.document));
  assert_unchanged (f);
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 0);
  g_assert_true (waymark_document_redo (f->v.document));
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "Webinar invite");

  /* Not from a card: typing there is no new card. */
  gtk_widget_grab_focus (card (f, "t7"));
  g_assert_null (_waymark_map_canvas_type_card (f->canvas, "X"));
}

/* Typing goes through an input method: what it commits (a letter after a
 * dead key, a compose sequence, Thai) makes the card, on an empty cell
 * only. */
static void
test_type_input_method (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *cell = cell_of (f->v.document, "s-convert", "l-marketing");
  g_autoptr(WaymarkTouchpoint) tp = NULL;
  GtkWidget *editor, *title;

  g_assert_true (GTK_IS_IM_CONTEXT (f->canvas->im));

  /* From a card, nothing. */
  gtk_widget_grab_focus (card (f, "t7"));
  g_signal_emit_by_name (f->canvas->im, "commit", "é");
  g_assert_false (waymark_document_get_can_undo (f->v.document));

  /* A space is no title. */
  focus_empty_cell (f);
  g_signal_emit_by_name (f->canvas->im, "commit", " ");
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 0);

  /* "é" from the dead acute and e: the card's title, its editor open with
   * the cursor after it. */
  g_signal_emit_by_name (f->canvas->im, "commit", "é");
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  tp = g_list_model_get_item (cell, 0);
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "é");
  editor = waymark_map_card_widget_get_editor (WAYMARK_MAP_CARD_WIDGET (waymark_map_canvas_get_card (f->canvas, tp)));
  g_assert_true (WAYMARK_IS_MAP_CARD_EDITOR (editor));
  title = waymark_map_card_editor_get_row (WAYMARK_MAP_CARD_EDITOR (editor), "title");
  WAIT_FOR (gtk_widget_get_mapped (editor));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (title)), ==, 1);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  g_assert_true (waymark_document_undo (f->v.document));
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 0);
  WAIT_FOR (!gtk_widget_get_mapped (editor));

  /* Thai, a word an input method commits at once. */
  focus_empty_cell (f);
  g_signal_emit_by_name (f->canvas->im, "commit", "สวัสดี");
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  g_clear_object (&tp);
  tp = g_list_model_get_item (cell, 0);
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "สวัสดี");
}

/* Enter on an empty cell, or a double click beside the cards of a cell:
 * a new card with its title selected, to be typed over; one step. */
static void
test_new_card (Fixture       *f,
               gconstpointer  data)
{
  WaymarkMapLayout *layout = waymark_map_canvas_get_layout (f->canvas);
  GListModel *cell = cell_of (f->v.document, "s-nurture", "l-sales");
  const WaymarkMapCell *place;
  const WaymarkMapCard *t1;
  GtkWidget *editor, *title;
  int start, end;

  /* On a card, a double click is the card's: no new card. */
  t1 = waymark_map_layout_get_card (layout, 0);
  g_assert_null (_waymark_map_canvas_double_click (f->canvas, t1->rect.x + 20, t1->rect.y + 20));

  /* Nurture/Sales is empty. */
  place = waymark_map_layout_get_cell (layout, 2, 2);
  editor = _waymark_map_canvas_double_click (f->canvas, place->rect.x + place->rect.width / 2,
                                             place->rect.y + place->rect.height / 2);
  g_assert_true (WAYMARK_IS_MAP_CARD_EDITOR (editor));
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "New touchpoint");
  WAIT_FOR (gtk_widget_get_mapped (editor));
  title = waymark_map_card_editor_get_row (WAYMARK_MAP_CARD_EDITOR (editor), "title");
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (title), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 14);
  enter_text (title, "Qualifies the lead");
  g_assert_cmpstr (title_at (cell, 0), ==, "Qualifies the lead");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  WAIT_FOR (!gtk_widget_get_mapped (editor));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);

  /* Enter on the empty cell, which is in sight: the map does not scroll
   * to its far end as the canvas takes the focus. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));

    g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
    gtk_adjustment_set_value (h, 0);
    focus_empty_cell (f);
    /* Past the viewport's scrolling animation. */
    spin (400);
    g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, 0);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), "map.new-card", NULL));
  cell = cell_of (f->v.document, "s-convert", "l-marketing");
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);
  g_assert_cmpstr (title_at (cell, 0), ==, "New touchpoint");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Add Touchpoint");
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

static GMenuModel *
submenu (GMenuModel *menu,
         guint       section,
         guint       item)
{
  GMenuModel *items = g_menu_model_get_item_link (menu, section, G_MENU_LINK_SECTION);
  GMenuModel *sub = g_menu_model_get_item_link (items, item, G_MENU_LINK_SUBMENU);

  g_object_unref (items);

  return sub;
}

static char *
item_string (GMenuModel *menu,
             guint       item,
             const char *attribute)
{
  char *value = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, item, attribute, "s", &value));

  return value;
}

static void
test_menu (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *widget = card (f, "t3");
  g_autoptr(GMenuModel) stages = NULL;
  g_autoptr(GMenuModel) lanes = NULL;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  GtkWidget *menu;
  GMenuModel *model;

  /* The Menu key opens it at the card. */
  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_widget_activate_action (widget, "card.menu", NULL));
  menu = waymark_map_card_widget_get_menu (WAYMARK_MAP_CARD_WIDGET (widget));
  g_assert_true (GTK_IS_POPOVER_MENU (menu));
  WAIT_FOR (gtk_widget_get_mapped (menu));

  /* Edit; Move to Stage and Move to Lane; Copy, Cut, Delete. */
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 3);
  stages = submenu (model, 1, 0);
  lanes = submenu (model, 1, 1);
  g_assert_cmpint (g_menu_model_get_n_items (stages), ==, 5);
  g_assert_cmpint (g_menu_model_get_n_items (lanes), ==, 4);
  label = item_string (stages, 2, G_MENU_ATTRIBUTE_LABEL);
  action = item_string (stages, 2, G_MENU_ATTRIBUTE_ACTION);
  g_assert_cmpstr (label, ==, "Nurture");
  g_assert_cmpstr (action, ==, "card.move-to-stage");
  g_clear_pointer (&label, g_free);
  label = item_string (lanes, 3, G_MENU_ATTRIBUTE_LABEL);
  g_assert_cmpstr (label, ==, "Service");

  /* The current stage and lane are the marked choices. */
  {
    g_autofree char *stage = NULL;
    g_autofree char *lane = NULL;

    g_object_get (widget, "stage", &stage, "lane", &lane, NULL);
    g_assert_cmpstr (stage, ==, "s-capture");
    g_assert_cmpstr (lane, ==, "l-customer");
  }

  /* Move to Stage ▸ Nurture: the end of that cell, one undo step. */
  g_assert_true (gtk_widget_activate_action (widget, "card.move-to-stage", "s", "s-nurture"));
  g_assert_cmpstr (waymark_touchpoint_get_stage (touchpoint (f, "t3")), ==, "s-nurture");
  g_assert_cmpstr (waymark_touchpoint_get_lane (touchpoint (f, "t3")), ==, "l-customer");
  g_assert_cmpint (waymark_touchpoint_get_order (touchpoint (f, "t3")), ==, 1);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Move Touchpoint");
  assert_name (widget, "Downloads the Attraction 101 eBook, touchpoint, in Nurture, Customer lane");

  /* Move to Lane ▸ Sales. */
  g_assert_true (gtk_widget_activate_action (widget, "card.move-to-lane", "s", "l-sales"));
  g_assert_cmpstr (waymark_touchpoint_get_stage (touchpoint (f, "t3")), ==, "s-nurture");
  g_assert_cmpstr (waymark_touchpoint_get_lane (touchpoint (f, "t3")), ==, "l-sales");
  g_assert_cmpint (waymark_touchpoint_get_order (touchpoint (f, "t3")), ==, 0);
  assert_name (widget, "Downloads the Attraction 101 eBook, touchpoint, in Nurture, Sales lane");
  g_assert_true (gtk_widget_has_focus (widget));

  /* The current place again: no step. */
  g_assert_true (gtk_widget_activate_action (widget, "card.move-to-lane", "s", "l-sales"));

  /* Out of sight, to the last stage: the map scrolls to the card. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (f->canvas), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
    WaymarkMapLayout *layout = waymark_map_canvas_get_layout (f->canvas);
    const WaymarkMapRect *r;
    guint i;

    gtk_adjustment_set_value (h, 0);
    g_assert_true (gtk_widget_activate_action (widget, "card.move-to-stage", "s", "s-expand"));
    g_assert_true (waymark_map_layout_find_card (layout, touchpoint (f, "t3"), &i));
    r = &waymark_map_layout_get_card (layout, i)->rect;
    g_assert_cmpfloat (r->x + r->width, >, gtk_adjustment_get_page_size (h));
    g_assert_cmpfloat (gtk_adjustment_get_value (h), ==, r->x + r->width - gtk_adjustment_get_page_size (h));
    g_assert_true (waymark_document_undo (f->v.document));
  }

  g_assert_true (waymark_document_undo (f->v.document));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->v.document));
  assert_name (widget, "Downloads the Attraction 101 eBook, touchpoint, in Capture, Customer lane");

  /* Delete from the menu: the card goes, one step, with its toast. */
  {
    g_autoptr(WaymarkTouchpoint) t3 = g_object_ref (touchpoint (f, "t3"));

    g_assert_true (gtk_widget_activate_action (widget, "card.delete", NULL));
    g_assert_null (waymark_map_canvas_get_card (f->canvas, t3));
  }
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Delete");
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  g_assert_nonnull (*text);
}

static char *
read_clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, &text);
  WAIT_FOR (text != NULL);

  return text;
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->canvas), action, NULL));
}

static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *target = cell_of (f->v.document, "s-convert", "l-marketing");
  GdkContentFormats *formats;
  g_autofree char *text = NULL;
  g_autoptr(WaymarkTouchpoint) pasted = NULL;

  /* Ctrl+C on t3: the touchpoint and its title. */
  gtk_widget_grab_focus (card (f, "t3"));
  activate (f, "map.copy");
  formats = gdk_clipboard_get_formats (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)));
  g_assert_true (gdk_content_formats_contain_mime_type (formats,
                                                        WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE));
  text = read_clipboard_text (GTK_WIDGET (f->canvas));
  g_assert_cmpstr (text, ==, "Downloads the Attraction 101 eBook\n");
  assert_unchanged (f);

  /* Ctrl+V on an empty cell: a copy there, focused and selected. */
  focus_empty_cell (f);
  activate (f, "map.paste");
  WAIT_FOR (g_list_model_get_n_items (target) == 1);
  pasted = g_list_model_get_item (target, 0);
  g_assert_true (pasted != touchpoint (f, "t3"));
  g_assert_cmpstr (waymark_touchpoint_get_title (pasted), ==, "Downloads the Attraction 101 eBook");
  g_assert_cmpstr (waymark_touchpoint_get_channel (pasted), ==, "ch-web");
  g_assert_cmpint (waymark_touchpoint_get_emotion (pasted), ==, 1);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Paste 1 Touchpoint");
  g_assert_true (gtk_widget_has_focus (waymark_map_canvas_get_card (f->canvas, pasted)));
  g_assert_true (_waymark_map_canvas_is_selected (f->canvas, pasted));
  assert_name (waymark_map_canvas_get_card (f->canvas, pasted),
               "Downloads the Attraction 101 eBook, touchpoint, in Convert, Marketing lane");

  /* Again on the pasted card: after it. */
  activate (f, "map.paste");
  WAIT_FOR (g_list_model_get_n_items (target) == 2);
  {
    g_autoptr(WaymarkTouchpoint) first = g_list_model_get_item (target, 0);

    g_assert_true (first == pasted);
  }

  g_assert_true (waymark_document_undo (f->v.document));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

/* Cut takes the selection; paste puts it back elsewhere in its order. */
static void
test_cut_paste (Fixture       *f,
                gconstpointer  data)
{
  GListModel *target = cell_of (f->v.document, "s-nurture", "l-service");
  g_autoptr(GPtrArray) both = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autoptr(WaymarkTouchpoint) t1 = g_object_ref (touchpoint (f, "t1"));
  g_autoptr(WaymarkTouchpoint) t2 = g_object_ref (touchpoint (f, "t2"));

  g_ptr_array_add (both, t2);
  g_ptr_array_add (both, t1);
  gtk_widget_grab_focus (card (f, "t2"));
  _waymark_map_canvas_select_all (f->canvas, both, FALSE);

  activate (f, "map.cut");
  g_assert_null (waymark_map_canvas_get_card (f->canvas, t1));
  g_assert_null (waymark_map_canvas_get_card (f->canvas, t2));
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Cut 2 Touchpoints");
  /* Map order: Attract/Customer before Attract/Marketing. */
  text = read_clipboard_text (GTK_WIDGET (f->canvas));
  g_assert_cmpstr (text, ==, "Reads a blog post found on social media\n"
                             "Publishes thought-leadership content\n");

  /* Into Nurture/Service, from Nurture/Marketing one down. */
  gtk_widget_grab_focus (card (f, "t6"));
  focus_move (f, 0, 1);
  focus_move (f, 0, 1);
  activate (f, "map.paste");
  WAIT_FOR (g_list_model_get_n_items (target) == 2);
  g_assert_cmpstr (title_at (target, 0), ==, "Reads a blog post found on social media");
  g_assert_cmpstr (title_at (target, 1), ==, "Publishes thought-leadership content");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Paste 2 Touchpoints");
  {
    g_autoptr(GPtrArray) selection = _waymark_map_canvas_get_selection (f->canvas);

    g_assert_cmpuint (selection->len, ==, 2);
  }

  /* Delete takes the selection too: one step. */
  activate (f, "map.delete-card");
  g_assert_cmpuint (g_list_model_get_n_items (target), ==, 0);
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Delete 2 Touchpoints");

  for (guint i = 0; i < 3; i++)
    g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
  g_assert_false (waymark_document_get_can_undo (f->v.document));
}

/* The menu of a card that is not selected acts on that card alone. */
static void
test_menu_clipboard (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) selection = g_ptr_array_new ();
  g_autofree char *text = NULL;
  GtkWidget *widget = card (f, "t9");

  g_ptr_array_add (selection, touchpoint (f, "t1"));
  g_ptr_array_add (selection, touchpoint (f, "t2"));
  _waymark_map_canvas_select_all (f->canvas, selection, FALSE);
  gtk_widget_grab_focus (card (f, "t1"));

  g_assert_true (gtk_widget_activate_action (widget, "card.copy", NULL));
  g_assert_true (gtk_widget_has_focus (widget));
  text = read_clipboard_text (widget);
  g_assert_cmpstr (text, ==, "Onboarding support\n");

  g_assert_true (gtk_widget_activate_action (widget, "card.cut", NULL));
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Cut 1 Touchpoint");
  g_assert_nonnull (waymark_map_canvas_get_card (f->canvas, touchpoint (f, "t1")));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

/* Lines of text from another program paste as cards. */
static void
test_paste_text (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *target = cell_of (f->v.document, "s-convert", "l-marketing");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->canvas)),
                          "Sends the price list\n\n  Books a demo \n");
  focus_empty_cell (f);
  activate (f, "map.paste");
  WAIT_FOR (g_list_model_get_n_items (target) == 2);
  g_assert_cmpstr (title_at (target, 0), ==, "Sends the price list");
  g_assert_cmpstr (title_at (target, 1), ==, "Books a demo");
  g_assert_cmpstr (waymark_document_get_undo_label (f->v.document), ==, "Paste 2 Touchpoints");
  g_assert_true (waymark_document_undo (f->v.document));
  assert_unchanged (f);
}

/* Another window, another journey: the card goes there with the channel
 * that journey has. */
static void
test_paste_other_window (Fixture       *f,
                         gconstpointer  data)
{
  ViewFixture other;
  WaymarkMapCanvas *canvas;
  WaymarkJourney *journey;
  GListModel *target;
  g_autoptr(WaymarkTouchpoint) pasted = NULL;

  gtk_widget_grab_focus (card (f, "t7"));
  activate (f, "map.copy");

  ui_test_view_set_up (&other, waymark_map_view_new ());
  canvas = WAYMARK_MAP_CANVAS (waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (other.view)));
  journey = waymark_document_get_journey (other.document);
  target = cell_of (other.document, "s-attract", "l-sales");
  gtk_widget_grab_focus (waymark_map_canvas_get_card (canvas, WAYMARK_TOUCHPOINT (waymark_journey_lookup (journey, "t2"))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "map.focus-move", "(ii)", 0, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (canvas), "map.paste", NULL));
  WAIT_FOR (g_list_model_get_n_items (target) == 1);
  pasted = g_list_model_get_item (target, 0);
  g_assert_cmpstr (waymark_touchpoint_get_title (pasted), ==, "Asks for a proposal");
  g_assert_cmpstr (waymark_touchpoint_get_channel (pasted), ==, "ch-phone");
  g_assert_cmpint (waymark_touchpoint_get_emotion (pasted), ==, -1);
  g_assert_cmpstr (waymark_document_get_undo_label (other.document), ==, "Paste 1 Touchpoint");
  /* The first window's journey is as it was. */
  assert_unchanged (f);
  g_clear_object (&pasted);
  ui_test_view_tear_down (&other);
}

/* A card's name says where it is after its stage or lane is renamed. */
static void
test_names_follow (Fixture       *f,
                   gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (f->v.document);

  waymark_document_rename (f->v.document, waymark_journey_lookup (journey, "s-capture"), "Sign-up");
  assert_name (card (f, "t3"), "Downloads the Attraction 101 eBook, touchpoint, in Sign-up, "
                               "Customer lane");
  waymark_document_rename (f->v.document, waymark_journey_lookup (journey, "l-customer"), "Buyer");
  assert_name (card (f, "t3"), "Downloads the Attraction 101 eBook, touchpoint, in Sign-up, "
                               "Buyer lane");
  assert_name (card (f, "t7"), "Asks for a proposal, touchpoint, in Convert, Buyer lane");
  g_assert_true (waymark_document_undo (f->v.document));
  g_assert_true (waymark_document_undo (f->v.document));
  assert_name (card (f, "t3"), "Downloads the Attraction 101 eBook, touchpoint, in Capture, "
                               "Customer lane");
}

#define add_test(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "map-edit");

  add_test ("/ui/map-edit/editor", test_editor);
  add_test ("/ui/map-edit/editor-close", test_editor_close);
  add_test ("/ui/map-edit/editor-escape", test_editor_escape);
  add_test ("/ui/map-edit/type-to-create", test_type_to_create);
  add_test ("/ui/map-edit/type-input-method", test_type_input_method);
  add_test ("/ui/map-edit/type-escape", test_type_escape);
  add_test ("/ui/map-edit/new-card", test_new_card);
  add_test ("/ui/map-edit/menu", test_menu);
  add_test ("/ui/map-edit/names-follow", test_names_follow);
  add_test ("/ui/map-edit/copy-paste", test_copy_paste);
  add_test ("/ui/map-edit/cut-paste", test_cut_paste);
  add_test ("/ui/map-edit/menu-clipboard", test_menu_clipboard);
  add_test ("/ui/map-edit/paste-text", test_paste_text);
  add_test ("/ui/map-edit/paste-other-window", test_paste_other_window);

  return ui_test_run ();
}
