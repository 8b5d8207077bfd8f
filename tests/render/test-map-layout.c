/* test-map-layout.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-document.h"
#include "waymark-map-layout.h"
#include "waymark-reader.h"
#include "waymark-test-journey.h"

/* The geometry of the journey map, without a display: the B2B example laid
 * out as the canvas and the exports see it. */

static gpointer
lookup (WaymarkJourney *journey,
        const char     *id)
{
  WaymarkItem *item = waymark_journey_lookup (journey, id);

  g_assert_nonnull (item);

  return item;
}

#define STAGE(id) WAYMARK_STAGE (lookup (journey, id))
#define LANE(id) WAYMARK_LANE (lookup (journey, id))

static gboolean
rect_inside (const WaymarkMapRect *inner,
             const WaymarkMapRect *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y &&
         inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

static gboolean
rects_overlap (const WaymarkMapRect *a,
               const WaymarkMapRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static const char *
card_id (WaymarkMapLayout *layout,
         guint             card)
{
  return waymark_item_get_id (WAYMARK_ITEM (waymark_map_layout_get_card (layout, card)->touchpoint));
}

static void
test_columns_and_bands (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  const char *stages[] = { "Attract", "Capture", "Nurture", "Convert", "Expand" };
  const char *lanes[] = { "Customer", "Marketing", "Sales", "Service" };
  double right = 0;

  g_assert_cmpuint (waymark_map_layout_get_n_columns (layout), ==, 5);
  for (guint c = 0; c < 5; c++)
    {
      const WaymarkMapColumn *column = waymark_map_layout_get_column (layout, c);

      g_assert_cmpstr (waymark_stage_get_name (column->stage), ==, stages[c]);
      g_assert_cmpstr (pango_layout_get_text (column->name), ==, stages[c]);
      /* Left to right, side by side, right of the lane headers. */
      if (c == 0)
        g_assert_cmpfloat (column->header.x, ==, waymark_map_layout_get_header_width (layout));
      else
        g_assert_cmpfloat (column->header.x, ==, right);
      g_assert_cmpfloat (column->header.width, >, 100);
      g_assert_cmpfloat (column->header.y, ==, 0);
      g_assert_cmpfloat (column->header.height, ==, waymark_map_layout_get_header_height (layout));
      g_assert_cmpfloat (column->body.y, ==, column->header.height);
      g_assert_cmpfloat (column->body.y + column->body.height, ==,
                         waymark_map_layout_get_height (layout));
      right = column->header.x + column->header.width;
    }
  g_assert_cmpfloat (right, ==, waymark_map_layout_get_width (layout));

  g_assert_cmpuint (waymark_map_layout_get_n_bands (layout), ==, 4);
  for (guint b = 0; b < 4; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (layout, b);

      g_assert_cmpstr (waymark_lane_get_name (band->lane), ==, lanes[b]);
      g_assert_cmpstr (pango_layout_get_text (band->name), ==, lanes[b]);
      g_assert_cmpint (band->perspective, ==,
                       b == 0 ? WAYMARK_PERSPECTIVE_CUSTOMER : WAYMARK_PERSPECTIVE_COMPANY);
      g_assert_cmpfloat (band->band.width, ==, waymark_map_layout_get_width (layout));
      g_assert_cmpfloat (band->header.y, ==, band->band.y);
      /* The customer lane is set apart from the company lanes by a gap;
       * company lanes touch. */
      g_assert_cmpint (band->starts_group, ==, b == 1);
      if (b > 0)
        {
          const WaymarkMapBand *prev = waymark_map_layout_get_band (layout, b - 1);
          double gap = band->band.y - (prev->band.y + prev->band.height);

          if (b == 1)
            g_assert_cmpfloat (gap, >=, 8);
          else
            g_assert_cmpfloat (gap, ==, 0);
        }
    }
  /* Customer lanes are warm, company lanes are cool. */
  g_assert_cmpfloat (waymark_map_layout_get_band (layout, 0)->color[0], >,
                     waymark_map_layout_get_band (layout, 0)->color[2]);
  g_assert_cmpfloat (waymark_map_layout_get_band (layout, 1)->color[2], >,
                     waymark_map_layout_get_band (layout, 1)->color[0]);
}

static void
test_cards_in_cells (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(WaymarkMapLayout) layout = NULL;
  const WaymarkMapCell *cell;
  guint n;

  /* Three cards in Capture/Customer, one of them long enough to wrap. */
  waymark_document_add_touchpoint (document, STAGE ("s-capture"), LANE ("l-customer"), 1,
                                   "Compares three vendors on a review portal and "
                                   "asks a colleague which one they trust");
  waymark_document_add_touchpoint (document, STAGE ("s-capture"), LANE ("l-customer"), 0,
                                   "Searches the web");
  layout = waymark_map_layout_new_for_journey (journey);

  n = waymark_map_layout_get_n_cards (layout);
  g_assert_cmpuint (n, ==, 12);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapCard *card = waymark_map_layout_get_card (layout, i);
      const WaymarkMapCell *in = waymark_map_layout_get_cell (layout, card->column, card->band);
      const WaymarkMapColumn *column = waymark_map_layout_get_column (layout, card->column);
      const WaymarkMapBand *band = waymark_map_layout_get_band (layout, card->band);

      g_assert_cmpstr (waymark_touchpoint_get_stage (card->touchpoint), ==,
                       waymark_item_get_id (WAYMARK_ITEM (column->stage)));
      g_assert_cmpstr (waymark_touchpoint_get_lane (card->touchpoint), ==,
                       waymark_item_get_id (WAYMARK_ITEM (band->lane)));
      g_assert_true (rect_inside (&card->rect, &in->rect));
      g_assert_true (rect_inside (&card->title_rect, &card->rect));
      g_assert_true (rect_inside (&card->meta_rect, &card->rect));
      g_assert_true (rect_inside (&card->icon_rect, &card->rect));
      g_assert_false (rects_overlap (&card->title_rect, &card->icon_rect));
      g_assert_cmpuint (i, >=, in->first_card);
      g_assert_cmpuint (i, <, in->first_card + in->n_cards);
      g_assert_cmpuint (card->index, ==, i - in->first_card);

      for (guint j = i + 1; j < n; j++)
        g_assert_false (rects_overlap (&card->rect, &waymark_map_layout_get_card (layout, j)->rect));
    }

  /* The three cards of Capture/Customer, top to bottom in their order. */
  cell = waymark_map_layout_get_cell (layout, 1, 0);
  g_assert_cmpuint (cell->n_cards, ==, 3);
  g_assert_cmpstr (pango_layout_get_text (waymark_map_layout_get_card (layout, cell->first_card)->title),
                   ==, "Searches the web");
  g_assert_cmpstr (card_id (layout, cell->first_card + 1), ==, "t3");
  for (guint k = 1; k < 3; k++)
    {
      const WaymarkMapCard *above = waymark_map_layout_get_card (layout, cell->first_card + k - 1);
      const WaymarkMapCard *below = waymark_map_layout_get_card (layout, cell->first_card + k);

      g_assert_cmpfloat (below->rect.y, >, above->rect.y + above->rect.height);
    }
  /* The long title wraps onto more lines, so its card is taller. */
  g_assert_cmpint (pango_layout_get_line_count (waymark_map_layout_get_card (layout, cell->first_card + 2)->title),
                   >, 1);
  g_assert_cmpfloat (waymark_map_layout_get_card (layout, cell->first_card + 2)->rect.height, >,
                     waymark_map_layout_get_card (layout, cell->first_card)->rect.height);
  /* The lane grows to hold the tallest cell; its other cells are as tall. */
  g_assert_cmpfloat (waymark_map_layout_get_cell (layout, 0, 0)->rect.height, ==, cell->rect.height);
  g_assert_cmpfloat (waymark_map_layout_get_cell (layout, 0, 0)->rect.height, >,
                     waymark_map_layout_get_cell (layout, 0, 1)->rect.height);

  /* The channel is shown under the title. */
  g_assert_cmpstr (pango_layout_get_text (waymark_map_layout_get_card (layout, cell->first_card + 1)->meta),
                   ==, "Website");
  g_assert_null (waymark_map_layout_get_card (layout, cell->first_card)->meta);

  /* A later change is seen once the layout is invalidated. */
  waymark_document_move_touchpoint (document,
                                    waymark_map_layout_get_card (layout, cell->first_card)->touchpoint,
                                    STAGE ("s-expand"), LANE ("l-sales"), 0);
  g_assert_cmpuint (waymark_map_layout_get_cell (layout, 1, 0)->n_cards, ==, 3);
  waymark_map_layout_invalidate (layout);
  g_assert_cmpuint (waymark_map_layout_get_cell (layout, 1, 0)->n_cards, ==, 2);
  g_assert_cmpuint (waymark_map_layout_get_cell (layout, 4, 2)->n_cards, ==, 1);
  g_assert_cmpstr (card_id (layout, waymark_map_layout_get_cell (layout, 1, 0)->first_card), ==, "t3");
}

static void
test_zoom (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMapLayout) at_1 = waymark_map_layout_new_for_journey (journey);
  g_autoptr(WaymarkMapLayout) at_2 = waymark_map_layout_new_for_journey (journey);
  g_autoptr(WaymarkMapLayout) at_25 = waymark_map_layout_new_for_journey (journey);

  waymark_map_layout_set_zoom (at_2, 2.0);
  waymark_map_layout_set_zoom (at_25, 0.25);
  g_assert_cmpfloat (waymark_map_layout_get_zoom (at_2), ==, 2.0);

  g_assert_cmpfloat (waymark_map_layout_get_width (at_2), ==, 2 * waymark_map_layout_get_width (at_1));
  g_assert_cmpfloat (waymark_map_layout_get_width (at_25), ==, waymark_map_layout_get_width (at_1) / 4);
  g_assert_cmpfloat (waymark_map_layout_get_header_height (at_2), ==,
                     2 * waymark_map_layout_get_header_height (at_1));
  g_assert_cmpfloat (waymark_map_layout_get_font_size (at_2, WAYMARK_MAP_FONT_TITLE), ==,
                     2 * waymark_map_layout_get_font_size (at_1, WAYMARK_MAP_FONT_TITLE));
  g_assert_cmpfloat (waymark_map_layout_get_min_font_size (at_1), ==, 10);
  g_assert_cmpfloat (waymark_map_layout_get_min_font_size (at_25), ==, 2.5);

  /* Text is laid out anew at the size, so heights scale up to rounding. */
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_height (at_2),
                                  2 * waymark_map_layout_get_height (at_1), 8);
  for (guint i = 0; i < waymark_map_layout_get_n_cards (at_1); i++)
    {
      const WaymarkMapCard *a = waymark_map_layout_get_card (at_1, i);
      const WaymarkMapCard *b = waymark_map_layout_get_card (at_2, i);

      g_assert_true (a->touchpoint == b->touchpoint);
      g_assert_cmpfloat (b->rect.x, ==, 2 * a->rect.x);
      g_assert_cmpfloat (b->rect.width, ==, 2 * a->rect.width);
      g_assert_cmpfloat_with_epsilon (b->rect.height, 2 * a->rect.height, 3);
      g_assert_cmpfloat_with_epsilon (b->rect.y, 2 * a->rect.y, 8);
    }

  /* Out of range is clamped to 10 % .. 400 %. */
  waymark_map_layout_set_zoom (at_2, 9);
  g_assert_cmpfloat (waymark_map_layout_get_zoom (at_2), ==, 4.0);
  waymark_map_layout_set_zoom (at_2, 0.01);
  g_assert_cmpfloat (waymark_map_layout_get_zoom (at_2), ==, 0.1);
}

static void
test_filters (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  g_autoptr(GString) faded = g_string_new ("");
  WaymarkPersona *partner = waymark_document_add_persona (document, 1, "Partner");
  const char *only_partner[] = { NULL, NULL };
  const char *only_buyer[] = { "p-buyer", NULL };
  guint n;

  only_partner[0] = waymark_item_get_id (WAYMARK_ITEM (partner));
  waymark_document_set (document, waymark_journey_lookup (journey, "t5"),
                        "personas", only_partner, NULL);
  waymark_document_set (document, waymark_journey_lookup (journey, "t7"),
                        "personas", only_buyer, NULL);
  waymark_map_layout_invalidate (layout);

  n = waymark_map_layout_get_n_cards (layout);
  for (guint i = 0; i < n; i++)
    g_assert_false (waymark_map_layout_get_card (layout, i)->faded);

  /* One channel: every card of another channel fades. */
  waymark_map_layout_set_channel (layout, "ch-email");
  for (guint i = 0; i < n; i++)
    if (waymark_map_layout_get_card (layout, i)->faded)
      g_string_append_printf (faded, "%s ", card_id (layout, i));
  g_assert_cmpstr (faded->str, ==, "t1 t2 t3 t4 t7 t8 t10 t9 ");
  /* The emotion curve keeps every persona's feelings. */
  g_assert_cmpuint (waymark_map_layout_get_n_points (layout), ==, 5);

  /* One persona: the cards only for someone else fade, those for no one in
   * particular stay; the curve follows the persona. */
  waymark_map_layout_set_channel (layout, NULL);
  waymark_map_layout_set_persona (layout, "p-buyer");
  g_string_truncate (faded, 0);
  for (guint i = 0; i < n; i++)
    if (waymark_map_layout_get_card (layout, i)->faded)
      g_string_append_printf (faded, "%s ", card_id (layout, i));
  g_assert_cmpstr (faded->str, ==, "t5 ");
  g_assert_cmpuint (waymark_map_layout_get_n_points (layout), ==, 4);

  waymark_map_layout_set_persona (layout, only_partner[0]);
  g_string_truncate (faded, 0);
  for (guint i = 0; i < n; i++)
    if (waymark_map_layout_get_card (layout, i)->faded)
      g_string_append_printf (faded, "%s ", card_id (layout, i));
  g_assert_cmpstr (faded->str, ==, "t7 ");
}

static void
test_emotion_curve (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  const WaymarkMapRect *band = waymark_map_layout_get_emotion_band (layout);
  const WaymarkMapRect *header = waymark_map_layout_get_emotion_header (layout);
  const int emotions[] = { 1, 1, 0, -1, 2 };
  const char *ids[] = { "t1", "t3", "t5", "t7", "t10" };
  const WaymarkMapBand *last;

  /* Below the lanes, across the map, the scale in the header. */
  last = waymark_map_layout_get_band (layout, 3);
  g_assert_cmpfloat (band->y, >=, last->band.y + last->band.height);
  g_assert_cmpfloat (band->width, ==, waymark_map_layout_get_width (layout));
  g_assert_cmpfloat (band->y + band->height, ==, waymark_map_layout_get_height (layout));
  g_assert_cmpfloat (header->width, ==, waymark_map_layout_get_header_width (layout));

  /* -2..+2 from the bottom to the top, evenly, inside the band. */
  for (int e = -2; e < 2; e++)
    {
      g_assert_cmpfloat (waymark_map_layout_get_emotion_y (layout, e + 1), <,
                         waymark_map_layout_get_emotion_y (layout, e));
      g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_emotion_y (layout, e) -
                                      waymark_map_layout_get_emotion_y (layout, e + 1),
                                      waymark_map_layout_get_emotion_y (layout, -1) -
                                      waymark_map_layout_get_emotion_y (layout, 0), 1e-9);
    }
  g_assert_cmpfloat (waymark_map_layout_get_emotion_y (layout, 2), >, band->y);
  g_assert_cmpfloat (waymark_map_layout_get_emotion_y (layout, -2), <, band->y + band->height);

  /* Through the five customer cards that carry a feeling, left to right,
   * each in its stage's column. */
  g_assert_cmpuint (waymark_map_layout_get_n_points (layout), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const WaymarkMapPoint *point = waymark_map_layout_get_point (layout, i);
      const WaymarkMapCard *card = waymark_map_layout_get_card (layout, point->card);
      const WaymarkMapColumn *column = waymark_map_layout_get_column (layout, card->column);

      g_assert_cmpstr (card_id (layout, point->card), ==, ids[i]);
      g_assert_cmpint (point->emotion, ==, emotions[i]);
      g_assert_cmpint (card->emotion, ==, emotions[i]);
      g_assert_cmpfloat (point->y, ==, waymark_map_layout_get_emotion_y (layout, emotions[i]));
      g_assert_cmpfloat (point->x, ==, column->header.x + column->header.width / 2);
      if (i > 0)
        g_assert_cmpfloat (point->x, >, waymark_map_layout_get_point (layout, i - 1)->x);
    }
}

/* The curve is the customer's: a feeling set on a card of a company lane
 * (folded or not) is not on it; one in a second customer lane is. */
static char *
dup_point_cards (WaymarkMapLayout *layout)
{
  GString *ids = g_string_new ("");

  for (guint i = 0; i < waymark_map_layout_get_n_points (layout); i++)
    g_string_append_printf (ids, "%s ", card_id (layout, waymark_map_layout_get_point (layout, i)->card));

  return g_string_free (ids, FALSE);
}

static void
test_emotion_curve_lanes (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  g_autofree char *ids = NULL;

  waymark_document_set (document, waymark_journey_lookup (journey, "t8"), "emotion", -2, NULL);
  waymark_document_set (document, waymark_journey_lookup (journey, "t6"), "emotion", 2, NULL);
  waymark_map_layout_invalidate (layout);
  ids = dup_point_cards (layout);
  g_assert_cmpstr (ids, ==, "t1 t3 t5 t7 t10 ");

  /* Folded, the Marketing lane keeps its feelings off the curve too. */
  waymark_map_layout_set_lane_collapsed (layout, LANE ("l-marketing"), TRUE);
  g_assert_cmpuint (waymark_map_layout_get_n_points (layout), ==, 5);
  waymark_map_layout_set_lane_collapsed (layout, LANE ("l-marketing"), FALSE);

  /* Sales seen from the customer's side: its card joins the curve, after
   * the Customer lane's card of the same stage. */
  waymark_document_set (document, LANE ("l-sales"), "perspective", WAYMARK_PERSPECTIVE_CUSTOMER, NULL);
  waymark_map_layout_invalidate (layout);
  g_free (ids);
  ids = dup_point_cards (layout);
  g_assert_cmpstr (ids, ==, "t1 t3 t5 t7 t8 t10 ");
  g_assert_cmpint (waymark_map_layout_get_point (layout, 4)->emotion, ==, -2);
}

static void
test_hit_and_drop (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (layout, 2, 1);
  const WaymarkMapCard *card = waymark_map_layout_get_card (layout, cell->first_card);
  guint column = 99, band = 99;

  g_assert_true (waymark_map_layout_cell_at (layout, cell->rect.x + 1, cell->rect.y + 1,
                                             &column, &band));
  g_assert_cmpuint (column, ==, 2);
  g_assert_cmpuint (band, ==, 1);
  /* The headers and the emotion band are no cell. */
  g_assert_false (waymark_map_layout_cell_at (layout, 10, cell->rect.y + 1, NULL, NULL));
  g_assert_false (waymark_map_layout_cell_at (layout, cell->rect.x + 1, 5, NULL, NULL));
  g_assert_false (waymark_map_layout_cell_at (layout, cell->rect.x + 1,
                                              waymark_map_layout_get_height (layout) - 1,
                                              NULL, NULL));

  /* Above the middle of the one card: before it; below: after it. */
  g_assert_cmpuint (waymark_map_layout_drop_index (layout, 2, 1, card->rect.y + 2), ==, 0);
  g_assert_cmpuint (waymark_map_layout_drop_index (layout, 2, 1,
                                                   card->rect.y + card->rect.height - 2), ==, 1);
  g_assert_cmpfloat (waymark_map_layout_drop_y (layout, 2, 1, 0), <, card->rect.y);
  g_assert_cmpfloat (waymark_map_layout_drop_y (layout, 2, 1, 1), >,
                     card->rect.y + card->rect.height);
  /* An empty cell takes a card at its top. */
  g_assert_cmpuint (waymark_map_layout_get_cell (layout, 0, 2)->n_cards, ==, 0);
  g_assert_cmpuint (waymark_map_layout_drop_index (layout, 0, 2, 1e6), ==, 0);
}

/* An outcome that leads to a stage is an arrow below the emotion band:
 * forward, back, and into its own stage; one without a next stage is
 * none, and without any the map ends at the emotion band. */
static void
test_outcome_arrows (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  const WaymarkMapRect *emotion = waymark_map_layout_get_emotion_band (layout);
  const WaymarkMapColumn *convert, *nurture, *expand;
  const WaymarkMapArrow *arrow;
  WaymarkOutcome *hired, *not_now, *again;
  double bottom = emotion->y + emotion->height;

  g_assert_cmpuint (waymark_map_layout_get_n_arrows (layout), ==, 0);
  g_assert_cmpfloat (waymark_map_layout_get_height (layout), ==, bottom);
  g_assert_cmpfloat (waymark_map_layout_get_outcomes_band (layout)->height, ==, 0);

  hired = waymark_document_add_outcome (document, STAGE ("s-convert"), 0, "Hired");
  waymark_document_set (document, hired, "share", 0.3, "next", "s-expand", NULL);
  not_now = waymark_document_add_outcome (document, STAGE ("s-convert"), 1, "Not now");
  waymark_document_set (document, not_now, "share", 0.5, "next", "s-nurture", NULL);
  waymark_document_add_outcome (document, STAGE ("s-convert"), 2, "No way");
  again = waymark_document_add_outcome (document, STAGE ("s-expand"), 0, "Renews");
  waymark_document_set (document, again, "next", "s-expand", NULL);
  waymark_map_layout_invalidate (layout);

  convert = waymark_map_layout_get_column (layout, 3);
  nurture = waymark_map_layout_get_column (layout, 2);
  expand = waymark_map_layout_get_column (layout, 4);
  g_assert_cmpuint (waymark_map_layout_get_n_arrows (layout), ==, 3);

  arrow = waymark_map_layout_get_arrow (layout, 0);
  g_assert_true (arrow->outcome == hired);
  g_assert_cmpuint (arrow->from, ==, 3);
  g_assert_cmpuint (arrow->to, ==, 4);
  g_assert_cmpfloat (arrow->x1, ==, convert->header.x + convert->header.width / 2);
  g_assert_cmpfloat (arrow->x2, ==, expand->header.x + expand->header.width / 2);
  g_assert_cmpstr (pango_layout_get_text (arrow->label), ==, "Hired 30 % → Expand");
  g_assert_cmpfloat (arrow->line_y, >, bottom);

  arrow = waymark_map_layout_get_arrow (layout, 1);
  g_assert_true (arrow->outcome == not_now);
  g_assert_cmpfloat (arrow->x2, ==, nurture->header.x + nurture->header.width / 2);
  g_assert_cmpfloat (arrow->x2, <, arrow->x1);
  g_assert_cmpstr (pango_layout_get_text (arrow->label), ==, "Not now 50 % → Nurture");
  g_assert_cmpfloat (arrow->line_y, >, waymark_map_layout_get_arrow (layout, 0)->line_y);

  arrow = waymark_map_layout_get_arrow (layout, 2);
  g_assert_true (arrow->outcome == again);
  g_assert_cmpuint (arrow->from, ==, 4);
  g_assert_cmpuint (arrow->to, ==, 4);
  g_assert_cmpfloat (arrow->x2, <, arrow->x1);
  g_assert_cmpfloat (arrow->x1, <, expand->header.x + expand->header.width);
  g_assert_cmpfloat (arrow->x2, >, expand->header.x);
  g_assert_cmpstr (pango_layout_get_text (arrow->label), ==, "Renews → Expand");

  /* The strip is below the emotion band, and the map ends with it. */
  g_assert_cmpfloat (waymark_map_layout_get_outcomes_band (layout)->y, >, bottom);
  g_assert_cmpfloat (waymark_map_layout_get_height (layout), ==,
                     waymark_map_layout_get_outcomes_band (layout)->y +
                     waymark_map_layout_get_outcomes_band (layout)->height);
  for (guint i = 0; i < 3; i++)
    g_assert_true (rect_inside (&waymark_map_layout_get_arrow (layout, i)->label_rect,
                                waymark_map_layout_get_outcomes_band (layout)));
}

static void
test_empty_journey (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);

  g_assert_cmpuint (waymark_map_layout_get_n_columns (layout), ==, 0);
  g_assert_cmpuint (waymark_map_layout_get_n_bands (layout), ==, 0);
  g_assert_cmpuint (waymark_map_layout_get_n_cards (layout), ==, 0);
  g_assert_cmpuint (waymark_map_layout_get_n_points (layout), ==, 0);
  g_assert_cmpfloat (waymark_map_layout_get_width (layout), ==,
                     waymark_map_layout_get_header_width (layout));
  g_assert_false (waymark_map_layout_cell_at (layout, 10, 10, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/map-layout/columns-and-bands", test_columns_and_bands);
  g_test_add_func ("/map-layout/cards-in-cells", test_cards_in_cells);
  g_test_add_func ("/map-layout/zoom", test_zoom);
  g_test_add_func ("/map-layout/filters", test_filters);
  g_test_add_func ("/map-layout/emotion-curve", test_emotion_curve);
  g_test_add_func ("/map-layout/emotion-curve-lanes", test_emotion_curve_lanes);
  g_test_add_func ("/map-layout/hit-and-drop", test_hit_and_drop);
  g_test_add_func ("/map-layout/outcome-arrows", test_outcome_arrows);
  g_test_add_func ("/map-layout/empty-journey", test_empty_journey);

  return g_test_run ();
}
