/* waymark-map-layout.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "waymark-funnel.h"
#include "waymark-map-layout.h"
#include "waymark-paper.h"

/* The geometry of the journey map, shared by the canvas on screen and every
 * export: stage columns left to right, lane bands top to bottom, the cards of
 * each cell in their order, and below the lanes a band for the customer's
 * emotion curve. Text is measured with Pango on the context given at
 * construction; layouts are cached by font, width and text, so laying out
 * again after one change makes no new layout for the cards that did not
 * change. Everything scales with the zoom: at 2.0 every length and every font
 * is twice as large. Text is measured once at 100 % (metrics are unhinted,
 * so they scale exactly) and the renderer draws it scaled: the glyphs are
 * rasterised at the size on screen, so text stays crisp, and a zoom step
 * lays out anew without measuring any text again. Below 50 % cards are
 * compact: one line of title, nothing else. The layout does not watch the
 * journey: its owner calls waymark_map_layout_invalidate() after a change. */

struct _WaymarkMapLayout
{
  GObject           parent_instance;

  PangoContext     *context;
  WaymarkJourney   *journey;
  double            zoom;
  char             *persona;
  char             *channel;
  GHashTable       *collapsed;  /* lane ids shown as their header only */
  GHashTable       *card_index; /* WaymarkTouchpoint -> index + 1 */
  guint             room_column; /* a cell grown by room (a drag's drop place) */
  guint             room_band;
  double            room;

  gboolean          valid;
  GArray           *columns;    /* WaymarkMapColumn */
  GArray           *bands;      /* WaymarkMapBand */
  GArray           *cells;      /* WaymarkMapCell, column-major */
  GArray           *cards;      /* WaymarkMapCard, cell by cell */
  GArray           *points;     /* WaymarkMapPoint, left to right */
  GArray           *arrows;     /* WaymarkMapArrow, stage by stage */
  WaymarkMapRect    emotion_header;
  WaymarkMapRect    emotion_band;
  WaymarkMapRect    outcomes_header;
  WaymarkMapRect    outcomes_band;
  double            width;
  double            height;

  PangoFontDescription *fonts[WAYMARK_MAP_N_FONTS];
  GHashTable       *layout_cache;  /* TextKey -> PangoLayout */
  guint             text_generation; /* how many times the cache was emptied */
};

G_DEFINE_FINAL_TYPE (WaymarkMapLayout, waymark_map_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_ZOOM,
  PROP_PERSONA,
  PROP_CHANNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lengths at zoom 1, in pixels (points on paper). */
#define LANE_HEADER_WIDTH   156.0
#define STAGE_HEADER_HEIGHT  48.0
#define COLUMN_WIDTH        204.0
#define CELL_PADDING         10.0
#define CARD_GAP              8.0
#define CARD_PADDING          9.0
#define CARD_ACCENT           5.0
#define CARD_MIN_HEIGHT      58.0
#define ICON_SIZE            16.0
#define EMPTY_CELL_HEIGHT    64.0
#define GROUP_GAP            10.0
#define EMOTION_GAP          10.0
#define EMOTION_STEP         26.0
#define TITLE_LINES           3
#define OUTCOMES_GAP         10.0
#define ARROW_ROW            26.0
#define ARROW_PADDING         8.0
#define COLLAPSED_HEIGHT     52.0
/* Below this zoom a card shows one line of its title only. */
#define COMPACT_ZOOM          0.5
#define COMPACT_PADDING       4.0

/* Pixel sizes of the fonts at zoom 1: the smallest decides when paper is
 * tiled. */
static const struct {
  double size;
  gboolean bold;
} font_specs[WAYMARK_MAP_N_FONTS] = {
  [WAYMARK_MAP_FONT_STAGE] = { 15.0, TRUE },
  [WAYMARK_MAP_FONT_LANE] = { 13.0, TRUE },
  [WAYMARK_MAP_FONT_TITLE] = { 12.0, FALSE },
  [WAYMARK_MAP_FONT_META] = { 10.0, FALSE },
  [WAYMARK_MAP_FONT_SCALE] = { 10.0, FALSE },
};

/* Lanes without a colour of their own: warm for the customer, cool for the
 * company, grey for others; several lanes of one perspective alternate. */
static const double customer_colors[][3] = {
  { 0.996, 0.937, 0.835 }, { 0.992, 0.902, 0.847 },
};
static const double company_colors[][3] = {
  { 0.878, 0.929, 0.984 }, { 0.886, 0.953, 0.914 }, { 0.929, 0.906, 0.980 },
};
static const double other_colors[][3] = {
  { 0.937, 0.937, 0.937 },
};

static void
clear_column (gpointer data)
{
  WaymarkMapColumn *column = data;

  g_clear_object (&column->stage);
}

static void
clear_arrow (gpointer data)
{
  WaymarkMapArrow *arrow = data;

  g_clear_object (&arrow->outcome);
}

static void
clear_band (gpointer data)
{
  WaymarkMapBand *band = data;

  g_clear_object (&band->lane);
}

static void
clear_card (gpointer data)
{
  WaymarkMapCard *card = data;

  g_clear_object (&card->touchpoint);
}

static void
reset_fonts (WaymarkMapLayout *self)
{
  for (guint i = 0; i < WAYMARK_MAP_N_FONTS; i++)
    {
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
      self->fonts[i] = pango_font_description_from_string ("Sans");
      pango_font_description_set_absolute_size (self->fonts[i],
                                                 font_specs[i].size * PANGO_SCALE);
      if (font_specs[i].bold)
        pango_font_description_set_weight (self->fonts[i], PANGO_WEIGHT_BOLD);
    }
  g_hash_table_remove_all (self->layout_cache);
}

/* What a cached text layout shows. Looked up for every card at every
 * layout, so with no allocation: the key a lookup makes points at the
 * text; the one the cache keeps carries a copy after itself. */
typedef struct
{
  const char *text;
  guint       hash;
  guint       font;
  int         width;
  int         max_lines;
} TextKey;

static guint
text_key_hash (gconstpointer data)
{
  return ((const TextKey *)data)->hash;
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *ka = a, *kb = b;

  return ka->hash == kb->hash && ka->font == kb->font && ka->width == kb->width &&
         ka->max_lines == kb->max_lines && strcmp (ka->text, kb->text) == 0;
}

/* One layout per font, width, line limit and text, measured at 100 % (the
 * width is at the zoom): the layout is owned by the cache. */
static PangoLayout *
get_text_layout (WaymarkMapLayout *self,
                 WaymarkMapFont    font,
                 const char       *text,
                 double            width,
                 int               max_lines)
{
  TextKey key, *kept;
  PangoLayout *layout;
  int pango_width = width > 0 ? (int)(width / self->zoom * PANGO_SCALE + 0.5) : -1;
  gsize len;

  key.text = text;
  key.font = font;
  key.width = pango_width;
  key.max_lines = max_lines;
  key.hash = ((g_str_hash (text) * 31 + font) * 31 + (guint)pango_width) * 31 + (guint)max_lines;
  if ((layout = g_hash_table_lookup (self->layout_cache, &key)))
    return layout;

  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_text (layout, text, -1);
  if (pango_width > 0)
    {
      pango_layout_set_width (layout, pango_width);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -1);
    }
  len = strlen (text);
  kept = g_malloc (sizeof *kept + len + 1);
  *kept = key;
  kept->text = memcpy ((char *)(kept + 1), text, len + 1);
  g_hash_table_insert (self->layout_cache, kept, layout);

  return layout;
}

/* At the zoom. */
static double
layout_height (WaymarkMapLayout *self,
               PangoLayout      *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height * self->zoom;
}

static void
parse_color (const char *spec,
             double      rgb[3])
{
  unsigned int r, g, b;

  /* The loader has checked #rrggbb. */
  if (spec == NULL || sscanf (spec, "#%02x%02x%02x", &r, &g, &b) != 3)
    return;
  rgb[0] = r / 255.0;
  rgb[1] = g / 255.0;
  rgb[2] = b / 255.0;
}

/* g_set_str() is GLib 2.76. */
static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
card_passes_persona (WaymarkMapLayout  *self,
                     WaymarkTouchpoint *tp)
{
  const char * const *personas = waymark_touchpoint_get_personas (tp);

  /* A touchpoint that names no persona concerns every buyer. */
  if (self->persona == NULL || personas == NULL || personas[0] == NULL)
    return TRUE;

  return g_strv_contains (personas, self->persona);
}

static gboolean
card_passes_channel (WaymarkMapLayout  *self,
                     WaymarkTouchpoint *tp)
{
  return self->channel == NULL ||
         g_strcmp0 (waymark_touchpoint_get_channel (tp), self->channel) == 0;
}

static void
layout_card (WaymarkMapLayout *self,
             WaymarkMapCard   *card,
             double            x,
             double            y)
{
  double z = self->zoom;
  double width = COLUMN_WIDTH * z - 2 * CELL_PADDING * z;
  double text_x = x + (CARD_PADDING + CARD_ACCENT) * z;
  double text_width = width - (2 * CARD_PADDING + CARD_ACCENT + ICON_SIZE) * z;
  const char *channel_id = waymark_touchpoint_get_channel (card->touchpoint);
  const char *title = waymark_touchpoint_get_title (card->touchpoint);
  WaymarkItem *channel = NULL;
  double height;

  if (waymark_map_layout_is_compact (self))
    {
      /* One line of the title across the card. */
      text_x = x + (COMPACT_PADDING + CARD_ACCENT) * z;
      text_width = width - (2 * COMPACT_PADDING + CARD_ACCENT) * z;
      card->title = get_text_layout (self, WAYMARK_MAP_FONT_TITLE,
                                     title && *title ? title : C_("touchpoint title", "Untitled"),
                                     text_width, 1);
      card->meta = NULL;
      card->title_rect = (WaymarkMapRect) { text_x, y + COMPACT_PADDING * z,
                                            text_width, layout_height (self, card->title) };
      card->meta_rect = (WaymarkMapRect) { text_x, card->title_rect.y + card->title_rect.height,
                                           text_width, 0 };
      card->rect = (WaymarkMapRect) { x, y, width,
                                      card->title_rect.height + 2 * COMPACT_PADDING * z };
      card->icon_rect = (WaymarkMapRect) { x + width, y, 0, 0 };
      return;
    }

  card->title = get_text_layout (self, WAYMARK_MAP_FONT_TITLE,
                                 title && *title ? title : C_("touchpoint title", "Untitled"),
                                 text_width, TITLE_LINES);
  card->title_rect = (WaymarkMapRect) { text_x, y + CARD_PADDING * z,
                                        text_width, layout_height (self, card->title) };

  if (channel_id != NULL && self->journey != NULL)
    channel = waymark_journey_lookup (self->journey, channel_id);
  card->meta = NULL;
  if (WAYMARK_IS_CHANNEL (channel))
    card->meta = get_text_layout (self, WAYMARK_MAP_FONT_META,
                                  waymark_channel_get_name (WAYMARK_CHANNEL (channel)),
                                  text_width - ICON_SIZE * z, 1);
  card->meta_rect = (WaymarkMapRect) {
    text_x, card->title_rect.y + card->title_rect.height + 4 * z,
    width - (2 * CARD_PADDING + CARD_ACCENT) * z,
    MAX (card->meta ? layout_height (self, card->meta) : 0, ICON_SIZE * z),
  };

  height = card->meta_rect.y + card->meta_rect.height + CARD_PADDING * z - y;
  card->rect = (WaymarkMapRect) { x, y, width, MAX (height, CARD_MIN_HEIGHT * z) };
  card->icon_rect = (WaymarkMapRect) {
    x + width - (CARD_PADDING + ICON_SIZE) * z, y + CARD_PADDING * z,
    ICON_SIZE * z, ICON_SIZE * z,
  };
}

static void
add_bands (WaymarkMapLayout *self)
{
  GListModel *lanes = waymark_journey_get_lanes (self->journey);
  guint n = g_list_model_get_n_items (lanes);
  guint per_perspective[3] = { 0, 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      WaymarkMapBand band = { 0 };
      const double (*palette)[3];
      guint n_palette;
      guint k;

      band.lane = g_list_model_get_item (lanes, i);
      band.perspective = waymark_lane_get_perspective (band.lane);
      band.collapsed = g_hash_table_contains (self->collapsed, waymark_item_get_id (WAYMARK_ITEM (band.lane)));
      switch (band.perspective)
        {
        case WAYMARK_PERSPECTIVE_CUSTOMER:
          palette = customer_colors;
          n_palette = G_N_ELEMENTS (customer_colors);
          break;
        case WAYMARK_PERSPECTIVE_COMPANY:
          palette = company_colors;
          n_palette = G_N_ELEMENTS (company_colors);
          break;
        case WAYMARK_PERSPECTIVE_OTHER:
        default:
          palette = other_colors;
          n_palette = G_N_ELEMENTS (other_colors);
          break;
        }
      k = per_perspective[MIN (band.perspective, 2)]++ % n_palette;
      memcpy (band.color, palette[k], sizeof band.color);
      parse_color (waymark_lane_get_color (band.lane), band.color);

      if (i > 0)
        {
          const WaymarkMapBand *prev = &g_array_index (self->bands, WaymarkMapBand, i - 1);

          band.starts_group = prev->perspective != band.perspective;
        }

      band.name = get_text_layout (self, WAYMARK_MAP_FONT_LANE,
                                   waymark_lane_get_name (band.lane),
                                   (LANE_HEADER_WIDTH - 2 * CELL_PADDING) * self->zoom, 2);
      band.perspective_name = get_text_layout (self, WAYMARK_MAP_FONT_META,
                                               waymark_perspective_get_title (band.perspective),
                                               (LANE_HEADER_WIDTH - 2 * CELL_PADDING) * self->zoom,
                                               1);
      g_array_append_val (self->bands, band);
    }
}

static void
add_columns (WaymarkMapLayout *self)
{
  GListModel *stages = waymark_journey_get_stages (self->journey);
  guint n = g_list_model_get_n_items (stages);
  double z = self->zoom;

  for (guint i = 0; i < n; i++)
    {
      WaymarkMapColumn column = { 0 };

      column.stage = g_list_model_get_item (stages, i);
      column.header = (WaymarkMapRect) {
        (LANE_HEADER_WIDTH + i * COLUMN_WIDTH) * z, 0,
        COLUMN_WIDTH * z, STAGE_HEADER_HEIGHT * z,
      };
      column.name = get_text_layout (self, WAYMARK_MAP_FONT_STAGE,
                                     waymark_stage_get_name (column.stage),
                                     (COLUMN_WIDTH - 2 * CELL_PADDING) * z, 2);
      g_array_append_val (self->columns, column);
    }
}

static void
add_points (WaymarkMapLayout *self)
{
  /* The curve runs left to right through the cards of the customer's
   * lanes that carry a feeling, spread over the width of their stage so a
   * stage with several reads as a path, not a vertical jump. A card in a
   * company lane is what the company does: its emotion, if it has one, is
   * not the customer's. */
  for (guint c = 0; c < self->columns->len; c++)
    {
      const WaymarkMapColumn *column = &g_array_index (self->columns, WaymarkMapColumn, c);
      g_autoptr(GArray) in_column = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint b = 0; b < self->bands->len; b++)
        {
          const WaymarkMapCell *cell = waymark_map_layout_get_cell (self, c, b);
          const WaymarkMapBand *band = &g_array_index (self->bands, WaymarkMapBand, b);

          if (band->perspective != WAYMARK_PERSPECTIVE_CUSTOMER)
            continue;
          /* A collapsed lane's feelings stay on the curve. */
          if (band->collapsed)
            {
              GListModel *touchpoints = waymark_journey_get_cell (self->journey, column->stage,
                                                                  band->lane);

              for (guint k = 0; k < g_list_model_get_n_items (touchpoints); k++)
                {
                  g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (touchpoints, k);

                  if (waymark_touchpoint_get_emotion (tp) != WAYMARK_NO_EMOTION &&
                      card_passes_persona (self, tp))
                    {
                      guint none = G_MAXUINT - waymark_touchpoint_get_emotion (tp) - 2;

                      g_array_append_val (in_column, none);
                    }
                }
              continue;
            }

          for (guint k = 0; k < cell->n_cards; k++)
            {
              guint index = cell->first_card + k;
              const WaymarkMapCard *card = &g_array_index (self->cards, WaymarkMapCard, index);

              if (card->emotion != WAYMARK_NO_EMOTION &&
                  card_passes_persona (self, card->touchpoint))
                g_array_append_val (in_column, index);
            }
        }

      for (guint k = 0; k < in_column->len; k++)
        {
          guint index = g_array_index (in_column, guint, k);
          WaymarkMapPoint point;

          /* Past the cards: a point of a collapsed lane, G_MAXUINT - 2 - emotion. */
          if (index >= self->cards->len)
            {
              point.card = G_MAXUINT;
              point.emotion = (int)(G_MAXUINT - 2 - index);
            }
          else
            {
              point.card = index;
              point.emotion = g_array_index (self->cards, WaymarkMapCard, index).emotion;
            }
          point.x = column->header.x + column->header.width * (k + 1) / (in_column->len + 1);
          point.y = waymark_map_layout_get_emotion_y (self, point.emotion);
          g_array_append_val (self->points, point);
        }
    }
}

static gboolean
find_column (WaymarkMapLayout *self,
             const char       *stage_id,
             guint            *column)
{
  for (guint c = 0; c < self->columns->len; c++)
    {
      const WaymarkMapColumn *col = &g_array_index (self->columns, WaymarkMapColumn, c);

      if (g_strcmp0 (waymark_item_get_id (WAYMARK_ITEM (col->stage)), stage_id) == 0)
        {
          *column = c;
          return TRUE;
        }
    }

  return FALSE;
}

/* Below the emotion band, one row per outcome that leads to a stage: an
 * arrow from its stage's column to the next stage's, labelled with its
 * name, share and the next stage's name, so it reads without the colours
 * and on a page that does not show the stage headers. No strip when no
 * outcome leads anywhere. */
static void
add_arrows (WaymarkMapLayout *self,
            double            y)
{
  double z = self->zoom;
  double top = y + OUTCOMES_GAP * z;
  double row_y = top + ARROW_PADDING * z;

  for (guint c = 0; c < self->columns->len; c++)
    {
      const WaymarkMapColumn *from = &g_array_index (self->columns, WaymarkMapColumn, c);
      GListModel *outcomes = waymark_stage_get_outcomes (from->stage);
      guint n = g_list_model_get_n_items (outcomes);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);
          g_autofree char *text = NULL;
          const WaymarkMapColumn *to;
          WaymarkMapArrow arrow = { 0 };
          double left, width;

          if (!find_column (self, waymark_outcome_get_next (outcome), &arrow.to))
            continue;
          to = &g_array_index (self->columns, WaymarkMapColumn, arrow.to);
          arrow.from = c;
          arrow.line_y = row_y + (ARROW_ROW - 6) * z;
          if (arrow.to == c)
            {
              /* Back into its own stage: a short arrow pointing back. */
              arrow.x1 = from->header.x + from->header.width * 0.75;
              arrow.x2 = from->header.x + from->header.width * 0.25;
            }
          else
            {
              arrow.x1 = from->header.x + from->header.width / 2;
              arrow.x2 = to->header.x + to->header.width / 2;
            }

          if (waymark_outcome_has_share (outcome))
            {
              g_autofree char *share = waymark_funnel_format_percent (waymark_outcome_get_share (outcome));

              /* Translators: an outcome's arrow on the map: “Hired 30 % → Expand” */
              text = g_strdup_printf (_("%s %s → %s"), waymark_outcome_get_name (outcome),
                                      share, waymark_stage_get_name (to->stage));
            }
          else
            {
              /* Translators: an outcome's arrow on the map: “Not now → Nurture” */
              text = g_strdup_printf (_("%s → %s"), waymark_outcome_get_name (outcome),
                                      waymark_stage_get_name (to->stage));
            }
          left = MIN (arrow.x1, arrow.x2) + 4 * z;
          width = MAX (fabs (arrow.x2 - arrow.x1), COLUMN_WIDTH * z) - 8 * z;
          left = MIN (left, self->width - 4 * z - width);
          arrow.label = get_text_layout (self, WAYMARK_MAP_FONT_META, text, width, 1);
          arrow.label_rect = (WaymarkMapRect) { left, row_y, width, (ARROW_ROW - 10) * z };
          arrow.outcome = g_steal_pointer (&outcome);
          g_array_append_val (self->arrows, arrow);
          row_y += ARROW_ROW * z;
        }
    }

  if (self->arrows->len == 0)
    return;

  self->outcomes_header = (WaymarkMapRect) { 0, top, LANE_HEADER_WIDTH * z,
                                             row_y + ARROW_PADDING * z - top };
  self->outcomes_band = (WaymarkMapRect) { 0, top, self->width, self->outcomes_header.height };
  self->height = top + self->outcomes_header.height;
}

static void
ensure_layout (WaymarkMapLayout *self)
{
  double z = self->zoom;
  double y;
  guint n_columns, n_bands;
  g_autofree double *band_heights = NULL;

  if (self->valid)
    return;
  self->valid = TRUE;

  /* A cache that outgrew the map holds texts that are gone. */
  if (g_hash_table_size (self->layout_cache) >
      2 * (self->cards->len + self->columns->len + self->bands->len) + 64)
    {
      g_hash_table_remove_all (self->layout_cache);
      self->text_generation++;
    }

  g_array_set_size (self->columns, 0);
  g_array_set_size (self->bands, 0);
  g_array_set_size (self->cells, 0);
  g_array_set_size (self->cards, 0);
  g_array_set_size (self->points, 0);
  g_array_set_size (self->arrows, 0);
  self->outcomes_header = self->outcomes_band = (WaymarkMapRect) { 0 };
  g_hash_table_remove_all (self->card_index);
  self->width = self->height = 0;

  if (self->journey == NULL)
    return;

  add_columns (self);
  add_bands (self);
  n_columns = self->columns->len;
  n_bands = self->bands->len;
  band_heights = g_new0 (double, n_bands);

  /* First the cards of every cell at y 0, to learn each band's height. */
  for (guint c = 0; c < n_columns; c++)
    {
      const WaymarkMapColumn *column = &g_array_index (self->columns, WaymarkMapColumn, c);

      for (guint b = 0; b < n_bands; b++)
        {
          const WaymarkMapBand *band = &g_array_index (self->bands, WaymarkMapBand, b);
          GListModel *touchpoints;
          guint n_touchpoints;
          WaymarkMapCell cell = { c, b, { 0 }, self->cards->len, 0 };
          double cy = CELL_PADDING * z;

          touchpoints = waymark_journey_get_cell (self->journey, column->stage, band->lane);
          n_touchpoints = g_list_model_get_n_items (touchpoints);
          if (band->collapsed)
            {
              /* Only the lane's header: its cards are counted, not laid out. */
              g_array_index (self->bands, WaymarkMapBand, b).n_hidden += n_touchpoints;
              band_heights[b] = COLLAPSED_HEIGHT * z;
              g_array_append_val (self->cells, cell);
              continue;
            }
          for (guint k = 0; k < n_touchpoints; k++)
            {
              WaymarkMapCard card = { 0 };

              card.touchpoint = g_list_model_get_item (touchpoints, k);
              card.kind = waymark_touchpoint_get_kind (card.touchpoint);
              if (card.kind == WAYMARK_TOUCHPOINT_KIND_UNSET)
                card.kind = WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT;
              card.column = c;
              card.band = b;
              card.index = k;
              card.emotion = waymark_touchpoint_get_emotion (card.touchpoint);
              card.faded = !card_passes_persona (self, card.touchpoint) ||
                           !card_passes_channel (self, card.touchpoint);
              layout_card (self, &card, column->header.x + CELL_PADDING * z, cy);
              cy += card.rect.height + CARD_GAP * z;
              g_array_append_val (self->cards, card);
              cell.n_cards++;
            }
          cy += (CELL_PADDING - (n_touchpoints ? CARD_GAP : 0)) * z;
          /* The place a drag would drop cards at the end of a full cell:
           * the band grows to show it. */
          if (self->room > 0 && c == self->room_column && b == self->room_band)
            cy += self->room;
          band_heights[b] = MAX (band_heights[b], MAX (cy, EMPTY_CELL_HEIGHT * z));
          g_array_append_val (self->cells, cell);
        }
    }

  /* Then the bands from top to bottom, and every card moved down into its
   * band. */
  y = STAGE_HEADER_HEIGHT * z;
  for (guint b = 0; b < n_bands; b++)
    {
      WaymarkMapBand *band = &g_array_index (self->bands, WaymarkMapBand, b);

      if (band->starts_group)
        y += GROUP_GAP * z;
      band->header = (WaymarkMapRect) { 0, y, LANE_HEADER_WIDTH * z, band_heights[b] };
      band->band = (WaymarkMapRect) { 0, y, (LANE_HEADER_WIDTH + n_columns * COLUMN_WIDTH) * z,
                                      band_heights[b] };
      y += band_heights[b];
    }

  for (guint i = 0; i < self->cells->len; i++)
    {
      WaymarkMapCell *cell = &g_array_index (self->cells, WaymarkMapCell, i);
      const WaymarkMapColumn *column = &g_array_index (self->columns, WaymarkMapColumn, cell->column);
      const WaymarkMapBand *band = &g_array_index (self->bands, WaymarkMapBand, cell->band);

      cell->rect = (WaymarkMapRect) { column->header.x, band->band.y,
                                      column->header.width, band->band.height };
      for (guint k = 0; k < cell->n_cards; k++)
        {
          WaymarkMapCard *card = &g_array_index (self->cards, WaymarkMapCard, cell->first_card + k);
          double dy = band->band.y;

          card->rect.y += dy;
          card->title_rect.y += dy;
          card->meta_rect.y += dy;
          card->icon_rect.y += dy;
        }
    }

  self->width = (LANE_HEADER_WIDTH + n_columns * COLUMN_WIDTH) * z;
  y += EMOTION_GAP * z;
  self->emotion_header = (WaymarkMapRect) { 0, y, LANE_HEADER_WIDTH * z, EMOTION_STEP * 5 * z };
  self->emotion_band = (WaymarkMapRect) { 0, y, self->width, EMOTION_STEP * 5 * z };
  self->height = y + self->emotion_band.height;
  add_arrows (self, self->height);

  for (guint c = 0; c < n_columns; c++)
    {
      WaymarkMapColumn *column = &g_array_index (self->columns, WaymarkMapColumn, c);

      column->body = (WaymarkMapRect) { column->header.x, column->header.height,
                                        column->header.width,
                                        self->height - column->header.height };
    }

  add_points (self);
}

static void
waymark_map_layout_finalize (GObject *object)
{
  WaymarkMapLayout *self = WAYMARK_MAP_LAYOUT (object);

  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->arrows, g_array_unref);
  g_clear_pointer (&self->layout_cache, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->card_index, g_hash_table_unref);
  for (guint i = 0; i < WAYMARK_MAP_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->persona, g_free);
  g_clear_pointer (&self->channel, g_free);

  G_OBJECT_CLASS (waymark_map_layout_parent_class)->finalize (object);
}

static void
waymark_map_layout_dispose (GObject *object)
{
  WaymarkMapLayout *self = WAYMARK_MAP_LAYOUT (object);

  if (self->cards)
    g_array_set_size (self->cards, 0);
  if (self->columns)
    g_array_set_size (self->columns, 0);
  if (self->bands)
    g_array_set_size (self->bands, 0);
  g_clear_object (&self->journey);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (waymark_map_layout_parent_class)->dispose (object);
}

static void
waymark_map_layout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkMapLayout *self = WAYMARK_MAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_PERSONA:
      g_value_set_string (value, self->persona);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_layout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkMapLayout *self = WAYMARK_MAP_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      waymark_map_layout_set_journey (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      waymark_map_layout_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_PERSONA:
      waymark_map_layout_set_persona (self, g_value_get_string (value));
      break;
    case PROP_CHANNEL:
      waymark_map_layout_set_channel (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_layout_class_init (WaymarkMapLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_map_layout_dispose;
  object_class->finalize = waymark_map_layout_finalize;
  object_class->get_property = waymark_map_layout_get_property;
  object_class->set_property = waymark_map_layout_set_property;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         WAYMARK_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.1, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSONA] =
    g_param_spec_string ("persona", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_map_layout_init (WaymarkMapLayout *self)
{
  self->zoom = 1.0;
  self->columns = g_array_new (FALSE, TRUE, sizeof (WaymarkMapColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->bands = g_array_new (FALSE, TRUE, sizeof (WaymarkMapBand));
  g_array_set_clear_func (self->bands, clear_band);
  self->cells = g_array_new (FALSE, TRUE, sizeof (WaymarkMapCell));
  self->cards = g_array_new (FALSE, TRUE, sizeof (WaymarkMapCard));
  g_array_set_clear_func (self->cards, clear_card);
  self->points = g_array_new (FALSE, TRUE, sizeof (WaymarkMapPoint));
  self->arrows = g_array_new (FALSE, TRUE, sizeof (WaymarkMapArrow));
  g_array_set_clear_func (self->arrows, clear_arrow);
  self->layout_cache = g_hash_table_new_full (text_key_hash, text_key_equal, g_free, g_object_unref);
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->card_index = g_hash_table_new (NULL, NULL);
  reset_fonts (self);
}

/**
 * waymark_map_layout_create_context:
 *
 * The context every map is measured with, on screen and on paper: metrics
 * are not hinted, so text takes the same room at every scale and on every
 * surface, and a card sits in the same place in the window, the PNG and the
 * PDF.
 *
 * Returns: (transfer full): a new context on waymark_paper_get_font_map()
 */
PangoContext *
waymark_map_layout_create_context (void)
{
  PangoContext *context = pango_font_map_create_context (waymark_paper_get_font_map ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

/**
 * waymark_map_layout_new:
 * @context: measures the text; see waymark_map_layout_create_context()
 */
WaymarkMapLayout *
waymark_map_layout_new (PangoContext *context)
{
  WaymarkMapLayout *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_object_new (WAYMARK_TYPE_MAP_LAYOUT, NULL);
  self->context = g_object_ref (context);

  return self;
}

/**
 * waymark_map_layout_new_for_journey:
 *
 * A layout of @journey at 100 %, measured on a context of its own from
 * waymark_map_layout_create_context(): for exports and tests.
 */
WaymarkMapLayout *
waymark_map_layout_new_for_journey (WaymarkJourney *journey)
{
  PangoContext *context;
  WaymarkMapLayout *self;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  context = waymark_map_layout_create_context ();
  self = waymark_map_layout_new (context);
  g_object_unref (context);
  waymark_map_layout_set_journey (self, journey);

  return self;
}

PangoContext *
waymark_map_layout_get_context (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  return self->context;
}

WaymarkJourney *
waymark_map_layout_get_journey (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  return self->journey;
}

void
waymark_map_layout_set_journey (WaymarkMapLayout *self,
                                WaymarkJourney   *journey)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));
  g_return_if_fail (journey == NULL || WAYMARK_IS_JOURNEY (journey));

  if (g_set_object (&self->journey, journey))
    {
      waymark_map_layout_invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNEY]);
    }
}

double
waymark_map_layout_get_zoom (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 1.0);

  return self->zoom;
}

/**
 * waymark_map_layout_set_zoom:
 * @zoom: 0.1 to 4.0; 1.0 is 100 %
 */
void
waymark_map_layout_set_zoom (WaymarkMapLayout *self,
                             double            zoom)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));

  zoom = CLAMP (zoom, 0.1, 4.0);
  if (zoom == self->zoom)
    return;

  /* Text is measured at 100 %: a zoom step measures nothing anew. */
  self->zoom = zoom;
  waymark_map_layout_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

const char *
waymark_map_layout_get_persona (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  return self->persona;
}

/**
 * waymark_map_layout_set_persona:
 * @persona_id: (nullable): fade the cards of other personas, and draw the
 *   emotion curve of this one; a card that names no persona concerns all
 */
void
waymark_map_layout_set_persona (WaymarkMapLayout *self,
                                const char       *persona_id)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));

  if (set_str (&self->persona, persona_id))
    {
      waymark_map_layout_invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
    }
}

const char *
waymark_map_layout_get_channel (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  return self->channel;
}

/**
 * waymark_map_layout_set_channel:
 * @channel_id: (nullable): fade the cards of other channels
 */
void
waymark_map_layout_set_channel (WaymarkMapLayout *self,
                                const char       *channel_id)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));

  if (set_str (&self->channel, channel_id))
    {
      waymark_map_layout_invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
    }
}

/* The journey changed: the next question lays out again. */
void
waymark_map_layout_invalidate (WaymarkMapLayout *self)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));

  self->valid = FALSE;
}

void
waymark_map_layout_update (WaymarkMapLayout *self)
{
  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));

  ensure_layout (self);
}

double
waymark_map_layout_get_width (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->width;
}

double
waymark_map_layout_get_height (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->height;
}

/* The height of the stage headers, which stay on top when scrolled. */
double
waymark_map_layout_get_header_height (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  return STAGE_HEADER_HEIGHT * self->zoom;
}

/* The width of the lane headers at the left. */
double
waymark_map_layout_get_header_width (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  return LANE_HEADER_WIDTH * self->zoom;
}

double
waymark_map_layout_get_font_size (WaymarkMapLayout *self,
                                  WaymarkMapFont    font)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);
  g_return_val_if_fail (font < WAYMARK_MAP_N_FONTS, 0);

  return font_specs[font].size * self->zoom;
}

/* The size of the smallest text: paper is tiled before it becomes
 * unreadable. */
double
waymark_map_layout_get_min_font_size (WaymarkMapLayout *self)
{
  double size = G_MAXDOUBLE;

  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  for (guint i = 0; i < WAYMARK_MAP_N_FONTS; i++)
    size = MIN (size, font_specs[i].size);

  return size * self->zoom;
}

/**
 * waymark_map_layout_get_text:
 * @width: where to wrap, or 0 for one line as long as the text
 * @max_lines: the lines to show before an ellipsis; 0 for all
 *
 * A layout of @text in one of the map's fonts, from the cache the cards
 * use. It is measured at 100 % (@width is at the zoom): draw it scaled by
 * the zoom, as the renderer does.
 *
 * Returns: (transfer none): the layout
 */
PangoLayout *
waymark_map_layout_get_text (WaymarkMapLayout *self,
                             WaymarkMapFont    font,
                             const char       *text,
                             double            width,
                             int               max_lines)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);
  g_return_val_if_fail (font < WAYMARK_MAP_N_FONTS, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return get_text_layout (self, font, text, width, max_lines);
}

/* A length at zoom 1 at the layout's zoom, for the renderer's strokes. */
double
waymark_map_layout_scale (WaymarkMapLayout *self,
                          double            length)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), length);

  return length * self->zoom;
}

guint
waymark_map_layout_get_n_columns (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->columns->len;
}

const WaymarkMapColumn *
waymark_map_layout_get_column (WaymarkMapLayout *self,
                               guint             column)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return &g_array_index (self->columns, WaymarkMapColumn, column);
}

guint
waymark_map_layout_get_n_bands (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->bands->len;
}

const WaymarkMapBand *
waymark_map_layout_get_band (WaymarkMapLayout *self,
                             guint             band)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (band < self->bands->len, NULL);

  return &g_array_index (self->bands, WaymarkMapBand, band);
}

const WaymarkMapCell *
waymark_map_layout_get_cell (WaymarkMapLayout *self,
                             guint             column,
                             guint             band)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (column < self->columns->len && band < self->bands->len, NULL);

  return &g_array_index (self->cells, WaymarkMapCell, column * self->bands->len + band);
}

guint
waymark_map_layout_get_n_cards (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->cards->len;
}

const WaymarkMapCard *
waymark_map_layout_get_card (WaymarkMapLayout *self,
                             guint             card)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (card < self->cards->len, NULL);

  return &g_array_index (self->cards, WaymarkMapCard, card);
}

/**
 * waymark_map_layout_get_text_generation:
 *
 * The cards' text layouts live as long as their text, width and font, so
 * who keeps what was drawn from them may compare their pointers; but not
 * across a change of this number, when every layout was made anew.
 */
guint
waymark_map_layout_get_text_generation (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->text_generation;
}

/**
 * waymark_map_card_get_face_rect:
 * @x: (out): the left of the square of the card's face for its emotion
 * @y: (out): its top
 * @size: (out): its side
 *
 * The face sits at the right end of the channel's line.
 */
void
waymark_map_card_get_face_rect (const WaymarkMapCard *card,
                                double               *x,
                                double               *y,
                                double               *size)
{
  *size = card->icon_rect.width;
  *x = card->meta_rect.x + card->meta_rect.width - *size;
  *y = card->meta_rect.y + (card->meta_rect.height - *size) / 2;
}

gboolean
waymark_map_layout_find_card (WaymarkMapLayout  *self,
                              WaymarkTouchpoint *touchpoint,
                              guint             *card)
{
  guint index;

  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), FALSE);

  ensure_layout (self);
  if (g_hash_table_size (self->card_index) == 0)
    for (guint i = 0; i < self->cards->len; i++)
      g_hash_table_insert (self->card_index,
                           g_array_index (self->cards, WaymarkMapCard, i).touchpoint,
                           GUINT_TO_POINTER (i + 1));

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));
  if (index == 0)
    return FALSE;
  if (card)
    *card = index - 1;

  return TRUE;
}

/* The scale of the emotion curve, left of its band. */
const WaymarkMapRect *
waymark_map_layout_get_emotion_header (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  return &self->emotion_header;
}

const WaymarkMapRect *
waymark_map_layout_get_emotion_band (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  return &self->emotion_band;
}

/* The strip of outcome arrows below the emotion band; empty (0 high) when
 * no outcome leads to a stage. */
const WaymarkMapRect *
waymark_map_layout_get_outcomes_header (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  return &self->outcomes_header;
}

const WaymarkMapRect *
waymark_map_layout_get_outcomes_band (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  return &self->outcomes_band;
}

guint
waymark_map_layout_get_n_arrows (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->arrows->len;
}

const WaymarkMapArrow *
waymark_map_layout_get_arrow (WaymarkMapLayout *self,
                              guint             arrow)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (arrow < self->arrows->len, NULL);
  return &g_array_index (self->arrows, WaymarkMapArrow, arrow);
}

/* The height of an emotion -2..+2 in the band: +2 at the top. */
double
waymark_map_layout_get_emotion_y (WaymarkMapLayout *self,
                                  int               emotion)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  emotion = CLAMP (emotion, -2, 2);
  return self->emotion_band.y + (2 - emotion + 0.5) * EMOTION_STEP * self->zoom;
}

guint
waymark_map_layout_get_n_points (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  ensure_layout (self);
  return self->points->len;
}

const WaymarkMapPoint *
waymark_map_layout_get_point (WaymarkMapLayout *self,
                              guint             point)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (point < self->points->len, NULL);

  return &g_array_index (self->points, WaymarkMapPoint, point);
}

/**
 * waymark_map_layout_cell_at:
 *
 * Returns: whether (@x, @y) is in a cell, and which
 */
gboolean
waymark_map_layout_cell_at (WaymarkMapLayout *self,
                            double            x,
                            double            y,
                            guint            *column,
                            guint            *band)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), FALSE);

  ensure_layout (self);
  for (guint c = 0; c < self->columns->len; c++)
    {
      const WaymarkMapColumn *col = &g_array_index (self->columns, WaymarkMapColumn, c);

      if (x < col->header.x || x >= col->header.x + col->header.width)
        continue;
      for (guint b = 0; b < self->bands->len; b++)
        {
          const WaymarkMapBand *bnd = &g_array_index (self->bands, WaymarkMapBand, b);

          if (y >= bnd->band.y && y < bnd->band.y + bnd->band.height)
            {
              if (column)
                *column = c;
              if (band)
                *band = b;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Where a card dropped at height @y goes in a cell: before the first card
 * whose middle is below @y. */
guint
waymark_map_layout_drop_index (WaymarkMapLayout *self,
                               guint             column,
                               guint             band,
                               double            y)
{
  const WaymarkMapCell *cell;
  guint k;

  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  if (!(cell = waymark_map_layout_get_cell (self, column, band)))
    return 0;
  for (k = 0; k < cell->n_cards; k++)
    {
      const WaymarkMapCard *card = &g_array_index (self->cards, WaymarkMapCard, cell->first_card + k);

      if (y < card->rect.y + card->rect.height / 2)
        break;
    }

  return k;
}

/* The height of the drop indicator for @index: in the gap before that card,
 * or after the last. */
double
waymark_map_layout_drop_y (WaymarkMapLayout *self,
                           guint             column,
                           guint             band,
                           guint             index)
{
  const WaymarkMapCell *cell;
  const WaymarkMapCard *card;

  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), 0);

  if (!(cell = waymark_map_layout_get_cell (self, column, band)))
    return 0;
  if (cell->n_cards == 0)
    return cell->rect.y + CELL_PADDING * self->zoom / 2;
  if (index < cell->n_cards)
    {
      card = &g_array_index (self->cards, WaymarkMapCard, cell->first_card + index);
      return card->rect.y - CARD_GAP * self->zoom / 2;
    }
  card = &g_array_index (self->cards, WaymarkMapCard, cell->first_card + cell->n_cards - 1);

  return card->rect.y + card->rect.height + CARD_GAP * self->zoom / 2;
}

/* Below 50 %: one line of title a card, nothing else. */
gboolean
waymark_map_layout_is_compact (WaymarkMapLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), FALSE);

  return self->zoom < COMPACT_ZOOM;
}

gboolean
waymark_map_layout_get_lane_collapsed (WaymarkMapLayout *self,
                                       WaymarkLane      *lane)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), FALSE);
  g_return_val_if_fail (WAYMARK_IS_LANE (lane), FALSE);

  return g_hash_table_contains (self->collapsed, waymark_item_get_id (WAYMARK_ITEM (lane)));
}

/**
 * waymark_map_layout_set_lane_collapsed:
 *
 * Shows @lane as its header only, with the number of its cards; its
 * feelings stay on the emotion curve. Kept by the lane's id, so it
 * survives undo and a lane's rename.
 */
void
waymark_map_layout_set_lane_collapsed (WaymarkMapLayout *self,
                                       WaymarkLane      *lane,
                                       gboolean          collapsed)
{
  const char *id;

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));
  g_return_if_fail (WAYMARK_IS_LANE (lane));

  id = waymark_item_get_id (WAYMARK_ITEM (lane));
  if (collapsed == g_hash_table_contains (self->collapsed, id))
    return;
  if (collapsed)
    g_hash_table_add (self->collapsed, g_strdup (id));
  else
    g_hash_table_remove (self->collapsed, id);
  waymark_map_layout_invalidate (self);
}

/**
 * waymark_map_layout_copy_view:
 * @view: (nullable): a layout of the same journey, the one on screen
 *
 * Shows what @view shows: its persona and channel filters and its folded
 * lanes; not its zoom. An export or a print of "the view on screen" is
 * laid out with these at its own size.
 */
void
waymark_map_layout_copy_view (WaymarkMapLayout *self,
                              WaymarkMapLayout *view)
{
  GHashTableIter iter;
  gpointer id;

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (self));
  g_return_if_fail (view == NULL || WAYMARK_IS_MAP_LAYOUT (view));

  waymark_map_layout_set_persona (self, view ? view->persona : NULL);
  waymark_map_layout_set_channel (self, view ? view->channel : NULL);
  g_hash_table_remove_all (self->collapsed);
  if (view != NULL)
    {
      g_hash_table_iter_init (&iter, view->collapsed);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        g_hash_table_add (self->collapsed, g_strdup (id));
    }
  waymark_map_layout_invalidate (self);
}

/**
 * waymark_map_layout_set_drop_room:
 * @room: layout units at the zoom, or 0 for none
 *
 * Makes a cell's content @room taller, for the place a drag would drop
 * cards in it: its band grows when the cell is full, and the bands below
 * move down; the cards stay where they are. The canvas sets it while a
 * drag is over a cell.
 *
 * Returns: whether the layout changed
 */
gboolean
waymark_map_layout_set_drop_room (WaymarkMapLayout *self,
                                  guint             column,
                                  guint             band,
                                  double            room)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_LAYOUT (self), FALSE);

  room = MAX (room, 0);
  if (room == self->room && (room == 0 || (column == self->room_column && band == self->room_band)))
    return FALSE;
  self->room_column = column;
  self->room_band = band;
  self->room = room;
  waymark_map_layout_invalidate (self);

  return TRUE;
}
