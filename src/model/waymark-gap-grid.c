/* waymark-gap-grid.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-gap-grid.h"

/* The gap analysis: per stage and channel, the touchpoints of the
 * customer's lanes next to those of the company's. A channel where the
 * customer is and the company is not is a missed opportunity; company
 * effort where no customer is, is waste. */
struct _WaymarkGapGrid
{
  GPtrArray      *stages;         /* of WaymarkStage */
  GPtrArray      *channels;       /* of WaymarkChannel; NULL for the
                                   * column of touchpoints with no channel */
  WaymarkGapCell *cells;          /* stages->len x channels->len, by row */
};

/* A touchpoint with its place in the grid and on the map. */
typedef struct
{
  WaymarkTouchpoint *touchpoint;  /* borrowed from the journey's list */
  guint              row;
  guint              column;
  guint              lane;        /* position + 1; 0 when it does not resolve */
  int                order;
} CellEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const CellEntry *x = a;
  const CellEntry *y = b;

  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;

  return (x->order > y->order) - (x->order < y->order);
}

static void
unref_channel (gpointer channel)
{
  /* The "No channel" column is a NULL. */
  if (channel != NULL)
    g_object_unref (channel);
}

/* id -> position + 1, so that 0 means "not there". */
static GHashTable *
index_positions (GListModel *list)
{
  GHashTable *positions = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (list);

  /* The ids stay valid while the journey, which holds the items, lives. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (list, i);

      g_hash_table_insert (positions, (char *)waymark_item_get_id (item),
                           GUINT_TO_POINTER (i + 1));
    }

  return positions;
}

static guint
lookup_position (GHashTable *positions,
                 const char *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (positions, id ? id : ""));
}

static WaymarkGapKind
classify (const WaymarkGapCell *cell)
{
  if (cell->n_customer > 0 && cell->n_company > 0)
    return WAYMARK_GAP_COVERED;
  else if (cell->n_customer > 0)
    return WAYMARK_GAP_MISSED;
  else if (cell->n_company > 0)
    return WAYMARK_GAP_WASTE;
  else
    return WAYMARK_GAP_EMPTY;
}

static void
add_to_cell (WaymarkGapCell *cell,
             const CellEntry *entry,
             GListModel      *lanes)
{
  g_autoptr(WaymarkLane) lane = NULL;

  if (entry->lane > 0)
    lane = g_list_model_get_item (lanes, entry->lane - 1);

  if (lane != NULL)
    {
      switch (waymark_lane_get_perspective (lane))
        {
        case WAYMARK_PERSPECTIVE_CUSTOMER:
          cell->n_customer++;
          break;

        case WAYMARK_PERSPECTIVE_COMPANY:
          cell->n_company++;
          break;

        case WAYMARK_PERSPECTIVE_OTHER:
        default:
          /* Partners, systems: on neither side of the gap. */
          break;
        }
    }

  g_ptr_array_add (cell->touchpoints, g_object_ref (entry->touchpoint));
}

/**
 * waymark_gap_grid_new:
 *
 * One row per stage and one column per channel, in the journey's order,
 * and a last column for the touchpoints with no channel when there are any.
 *
 * Returns: (transfer full): the gap grid of @journey
 */
WaymarkGapGrid *
waymark_gap_grid_new (WaymarkJourney *journey)
{
  g_autoptr(GHashTable) stage_pos = NULL;
  g_autoptr(GHashTable) lane_pos = NULL;
  g_autoptr(GHashTable) channel_pos = NULL;
  g_autoptr(GArray) entries = NULL;
  GListModel *stages, *touchpoints, *lanes, *channels;
  WaymarkGapGrid *self;
  guint n_stages, n_channels, n_touchpoints, n_columns;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  stages = waymark_journey_get_stages (journey);
  lanes = waymark_journey_get_lanes (journey);
  channels = waymark_journey_get_channels (journey);
  touchpoints = waymark_journey_get_touchpoints (journey);
  stage_pos = index_positions (stages);
  lane_pos = index_positions (lanes);
  channel_pos = index_positions (channels);
  n_stages = g_list_model_get_n_items (stages);
  n_channels = g_list_model_get_n_items (channels);
  n_touchpoints = g_list_model_get_n_items (touchpoints);

  self = g_new0 (WaymarkGapGrid, 1);
  self->stages = g_ptr_array_new_with_free_func (g_object_unref);
  self->channels = g_ptr_array_new_with_free_func (unref_channel);
  for (guint i = 0; i < n_stages; i++)
    g_ptr_array_add (self->stages, g_list_model_get_item (stages, i));
  for (guint j = 0; j < n_channels; j++)
    g_ptr_array_add (self->channels, g_list_model_get_item (channels, j));

  /* Place every touchpoint first: only then is it known whether the grid
   * needs its "No channel" column. */
  entries = g_array_sized_new (FALSE, FALSE, sizeof (CellEntry), n_touchpoints);
  for (guint k = 0; k < n_touchpoints; k++)
    {
      g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (touchpoints, k);
      guint row = lookup_position (stage_pos, waymark_touchpoint_get_stage (tp));
      guint column = lookup_position (channel_pos, waymark_touchpoint_get_channel (tp));
      CellEntry entry;

      if (row == 0)
        continue;

      entry.touchpoint = tp;
      entry.row = row - 1;
      /* A channel that does not resolve counts as no channel. */
      entry.column = column == 0 ? n_channels : column - 1;
      entry.lane = lookup_position (lane_pos, waymark_touchpoint_get_lane (tp));
      entry.order = waymark_touchpoint_get_order (tp);
      g_array_append_val (entries, entry);

      if (column == 0 && self->channels->len == n_channels)
        g_ptr_array_add (self->channels, NULL);
    }

  n_columns = self->channels->len;
  self->cells = g_new0 (WaymarkGapCell, MAX (n_stages * n_columns, 1));
  for (guint c = 0; c < n_stages * n_columns; c++)
    self->cells[c].touchpoints = g_ptr_array_new_with_free_func (g_object_unref);

  /* g_array_sort is not stable, but (lane, order) is unique within a cell
   * of the map, so no two entries of a grid cell compare equal. */
  g_array_sort (entries, compare_entries);
  for (guint e = 0; e < entries->len; e++)
    {
      const CellEntry *entry = &g_array_index (entries, CellEntry, e);

      add_to_cell (&self->cells[entry->row * n_columns + entry->column], entry, lanes);
    }

  for (guint c = 0; c < n_stages * n_columns; c++)
    self->cells[c].kind = classify (&self->cells[c]);

  return self;
}

void
waymark_gap_grid_free (WaymarkGapGrid *self)
{
  guint n_cells;

  if (self == NULL)
    return;

  n_cells = self->stages->len * self->channels->len;
  for (guint c = 0; c < n_cells; c++)
    g_ptr_array_unref (self->cells[c].touchpoints);
  g_free (self->cells);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->channels);
  g_free (self);
}

guint
waymark_gap_grid_get_n_stages (WaymarkGapGrid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->stages->len;
}

guint
waymark_gap_grid_get_n_columns (WaymarkGapGrid *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->channels->len;
}

/**
 * waymark_gap_grid_get_stage:
 *
 * Returns: (transfer none): the stage of @row
 */
WaymarkStage *
waymark_gap_grid_get_stage (WaymarkGapGrid *self,
                            guint           row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);

  return g_ptr_array_index (self->stages, row);
}

/**
 * waymark_gap_grid_get_channel:
 *
 * Returns: (transfer none) (nullable): the channel of @column, %NULL for
 *   the column of the touchpoints with no channel
 */
WaymarkChannel *
waymark_gap_grid_get_channel (WaymarkGapGrid *self,
                              guint           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->channels->len, NULL);

  return g_ptr_array_index (self->channels, column);
}

/**
 * waymark_gap_grid_get_column_title:
 *
 * Returns: the channel's name, or “No channel”
 */
const char *
waymark_gap_grid_get_column_title (WaymarkGapGrid *self,
                                   guint           column)
{
  WaymarkChannel *channel = waymark_gap_grid_get_channel (self, column);

  /* Translators: the column of the gap grid for touchpoints with no channel */
  return channel ? waymark_channel_get_name (channel) : _("No channel");
}

/**
 * waymark_gap_grid_get_cell:
 *
 * Returns: (transfer none): the cell of the stage at @row on the channel
 *   of @column
 */
const WaymarkGapCell *
waymark_gap_grid_get_cell (WaymarkGapGrid *self,
                           guint           row,
                           guint           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);
  g_return_val_if_fail (column < self->channels->len, NULL);

  return &self->cells[row * self->channels->len + column];
}

/**
 * waymark_gap_grid_count:
 *
 * Returns: how many cells of the stage at @row are of @kind
 */
guint
waymark_gap_grid_count (WaymarkGapGrid *self,
                        guint           row,
                        WaymarkGapKind  kind)
{
  guint count = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->stages->len, 0);

  for (guint j = 0; j < self->channels->len; j++)
    if (self->cells[row * self->channels->len + j].kind == kind)
      count++;

  return count;
}

/**
 * waymark_gap_grid_dup_missed_message:
 *
 * Returns: (transfer full) (nullable): one line naming the channels where
 *   the customer is in the stage at @row and the company is not, or %NULL
 *   when there are none
 */
char *
waymark_gap_grid_dup_missed_message (WaymarkGapGrid *self,
                                     guint           row)
{
  g_autoptr(GString) names = NULL;
  g_autofree char *stage = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);

  if (waymark_gap_grid_count (self, row, WAYMARK_GAP_MISSED) == 0)
    return NULL;

  names = g_string_new (NULL);
  for (guint j = 0; j < self->channels->len; j++)
    {
      if (self->cells[row * self->channels->len + j].kind != WAYMARK_GAP_MISSED)
        continue;

      if (names->len > 0)
        /* Translators: between the names of channels in a list */
        g_string_append (names, _(", "));
      /* Translators: a channel's name in a list of them */
      g_string_append_printf (names, _("“%s”"), waymark_gap_grid_get_column_title (self, j));
    }

  stage = g_strdup_printf (_("Stage “%s”"),
                           waymark_stage_get_name (waymark_gap_grid_get_stage (self, row)));

  /* Translators: %s: “Stage “Name””, then channel names */
  return g_strdup_printf (_("%s: the customer is on %s, and no one from the company is"),
                          stage, names->str);
}

/**
 * waymark_gap_kind_get_title:
 *
 * Returns: the kind of a cell as the legend names it
 */
const char *
waymark_gap_kind_get_title (WaymarkGapKind kind)
{
  switch (kind)
    {
    case WAYMARK_GAP_COVERED:
      /* Translators: a cell of the gap grid where customer and company meet */
      return _("Covered");

    case WAYMARK_GAP_MISSED:
      /* Translators: a cell of the gap grid where the customer is alone */
      return _("Missed");

    case WAYMARK_GAP_WASTE:
      /* Translators: a cell of the gap grid where the company is alone */
      return _("Waste");

    case WAYMARK_GAP_EMPTY:
    default:
      /* Translators: a cell of the gap grid with no one */
      return _("Empty");
    }
}

/**
 * waymark_gap_kind_get_meaning:
 *
 * Returns: what a kind of cell says, for the legend
 */
const char *
waymark_gap_kind_get_meaning (WaymarkGapKind kind)
{
  switch (kind)
    {
    case WAYMARK_GAP_COVERED:
      return _("the customer and the company meet here");

    case WAYMARK_GAP_MISSED:
      return _("the customer is here, the company is not");

    case WAYMARK_GAP_WASTE:
      return _("the company is here, no customer is");

    case WAYMARK_GAP_EMPTY:
    default:
      /* Translators: the meaning of an empty cell of the gap grid */
      return _("no one is here");
    }
}

/**
 * waymark_gap_kind_to_string:
 *
 * Returns: the kind as an untranslated keyword, for files
 */
const char *
waymark_gap_kind_to_string (WaymarkGapKind kind)
{
  static const char * const keywords[] = { "empty", "covered", "missed", "waste" };

  g_return_val_if_fail (kind <= WAYMARK_GAP_WASTE, "empty");

  return keywords[kind];
}
