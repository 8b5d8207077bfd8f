/* waymark-cell-index.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-cell-index.h"
#include "waymark-touchpoint.h"

/* The touchpoints of each cell of the map (a stage and a lane), in their
 * order, kept up to date as touchpoints are added, removed, moved and
 * renumbered, so that a view never walks every touchpoint of the journey.
 *
 * A cell is a GListStore that lives as long as the index, empty or not, so
 * a view can hold it. Within a cell touchpoints are sorted by "order", and
 * touchpoints of equal order (a file may have them; a command has them for
 * a moment while it renumbers) by their place in the journey's list. */
struct _WaymarkCellIndex
{
  GObject      parent_instance;

  GListModel  *touchpoints;
  /* Entry *, one per item of @touchpoints, in the same order: what we need
   * to take an item out of its cell once the list has dropped it. */
  GPtrArray   *mirror;
  /* WaymarkTouchpoint * -> Entry * */
  GHashTable  *entries;
  /* "stage\nlane" -> GListStore */
  GHashTable  *cells;
  /* stage id -> number of touchpoints */
  GHashTable  *stage_counts;
  /* WaymarkTouchpoint * -> its place in @touchpoints + 1, for ties; built
   * when needed, dropped when the list changes. */
  GHashTable  *positions;
};

typedef struct
{
  WaymarkTouchpoint *touchpoint;
  GListStore        *cell;
  char              *stage_id;
} Entry;

G_DEFINE_FINAL_TYPE (WaymarkCellIndex, waymark_cell_index, G_TYPE_OBJECT)

static char *
dup_cell_key (const char *stage_id,
              const char *lane_id)
{
  return g_strconcat (stage_id, "\n", lane_id, NULL);
}

static guint
position_of (WaymarkCellIndex  *self,
             WaymarkTouchpoint *touchpoint)
{
  if (self->positions == NULL)
    {
      self->positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < self->mirror->len; i++)
        {
          Entry *entry = g_ptr_array_index (self->mirror, i);

          g_hash_table_insert (self->positions, entry->touchpoint, GUINT_TO_POINTER (i + 1));
        }
    }

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, touchpoint));
}

static int
compare (WaymarkCellIndex  *self,
         WaymarkTouchpoint *a,
         WaymarkTouchpoint *b)
{
  int order_a = waymark_touchpoint_get_order (a);
  int order_b = waymark_touchpoint_get_order (b);
  guint pos_a, pos_b;

  if (order_a != order_b)
    return order_a < order_b ? -1 : 1;

  pos_a = position_of (self, a);
  pos_b = position_of (self, b);

  return pos_a < pos_b ? -1 : pos_a > pos_b;
}

static int
compare_at (WaymarkCellIndex  *self,
            GListModel        *cell,
            guint              position,
            WaymarkTouchpoint *touchpoint)
{
  g_autoptr(WaymarkTouchpoint) other = g_list_model_get_item (cell, position);

  return compare (self, other, touchpoint);
}

static GListStore *
ensure_cell (WaymarkCellIndex *self,
             const char       *stage_id,
             const char       *lane_id)
{
  g_autofree char *key = dup_cell_key (stage_id, lane_id);
  GListStore *cell = g_hash_table_lookup (self->cells, key);

  if (cell == NULL)
    {
      cell = g_list_store_new (WAYMARK_TYPE_TOUCHPOINT);
      g_hash_table_insert (self->cells, g_steal_pointer (&key), cell);
    }

  return cell;
}

static void
enter_cell (WaymarkCellIndex *self,
            Entry            *entry)
{
  WaymarkTouchpoint *touchpoint = entry->touchpoint;
  const char *stage_id = waymark_touchpoint_get_stage (touchpoint);
  GListStore *cell = ensure_cell (self, stage_id, waymark_touchpoint_get_lane (touchpoint));
  guint lo = 0, hi = g_list_model_get_n_items (G_LIST_MODEL (cell));
  guint count;

  /* After every touchpoint that sorts before it. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_at (self, G_LIST_MODEL (cell), mid, touchpoint) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  entry->cell = cell;
  entry->stage_id = g_strdup (stage_id);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->stage_counts, stage_id));
  g_hash_table_insert (self->stage_counts, g_strdup (stage_id), GUINT_TO_POINTER (count + 1));

  g_list_store_insert (cell, lo, touchpoint);
}

static void
leave_cell (WaymarkCellIndex *self,
            Entry            *entry)
{
  guint position, count;

  if (g_list_store_find (entry->cell, entry->touchpoint, &position))
    g_list_store_remove (entry->cell, position);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->stage_counts, entry->stage_id));
  if (count > 1)
    g_hash_table_insert (self->stage_counts, g_strdup (entry->stage_id),
                         GUINT_TO_POINTER (count - 1));
  else
    g_hash_table_remove (self->stage_counts, entry->stage_id);

  entry->cell = NULL;
  g_clear_pointer (&entry->stage_id, g_free);
}

/* Whether @entry's touchpoint still sorts between its neighbours. */
static gboolean
in_place (WaymarkCellIndex *self,
          Entry            *entry)
{
  GListModel *cell = G_LIST_MODEL (entry->cell);
  guint n = g_list_model_get_n_items (cell);
  guint position;

  if (!g_list_store_find (entry->cell, entry->touchpoint, &position))
    return FALSE;

  return (position == 0 || compare_at (self, cell, position - 1, entry->touchpoint) <= 0) &&
         (position + 1 == n || compare_at (self, cell, position + 1, entry->touchpoint) >= 0);
}

static void
on_touchpoint_notify_cb (WaymarkCellIndex  *self,
                         GParamSpec        *pspec,
                         WaymarkTouchpoint *touchpoint)
{
  Entry *entry;

  if (!g_str_equal (pspec->name, "stage") &&
      !g_str_equal (pspec->name, "lane") &&
      !g_str_equal (pspec->name, "order"))
    return;

  entry = g_hash_table_lookup (self->entries, touchpoint);
  g_return_if_fail (entry != NULL);

  if (entry->cell == ensure_cell (self,
                                  waymark_touchpoint_get_stage (touchpoint),
                                  waymark_touchpoint_get_lane (touchpoint)) &&
      in_place (self, entry))
    return;

  leave_cell (self, entry);
  enter_cell (self, entry);
}

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->stage_id, g_free);
  g_free (entry);
}

static void
drop_entry (WaymarkCellIndex *self,
            Entry            *entry)
{
  leave_cell (self, entry);
  g_signal_handlers_disconnect_by_func (entry->touchpoint, on_touchpoint_notify_cb, self);
  /* Frees the entry and drops our reference. */
  g_hash_table_remove (self->entries, entry->touchpoint);
}

static void
on_touchpoints_changed_cb (WaymarkCellIndex *self,
                           guint             position,
                           guint             removed,
                           guint             added,
                           GListModel       *touchpoints)
{
  g_autoptr(GPtrArray) gone = NULL;

  gone = g_ptr_array_new ();
  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_ptr_array_index (self->mirror, position + i));
  g_ptr_array_remove_range (self->mirror, position, removed);

  for (guint i = 0; i < added; i++)
    {
      Entry *entry = g_new0 (Entry, 1);

      entry->touchpoint = g_list_model_get_item (touchpoints, position + i);
      g_ptr_array_insert (self->mirror, position + i, entry);
    }

  g_clear_pointer (&self->positions, g_hash_table_unref);

  for (guint i = 0; i < gone->len; i++)
    drop_entry (self, g_ptr_array_index (gone, i));

  for (guint i = 0; i < added; i++)
    {
      Entry *entry = g_ptr_array_index (self->mirror, position + i);

      g_hash_table_insert (self->entries, entry->touchpoint, entry);
      g_signal_connect_object (entry->touchpoint, "notify",
                               G_CALLBACK (on_touchpoint_notify_cb), self,
                               G_CONNECT_SWAPPED);
      enter_cell (self, entry);
    }
}

static void
waymark_cell_index_dispose (GObject *object)
{
  WaymarkCellIndex *self = (WaymarkCellIndex *)object;

  if (self->touchpoints != NULL)
    g_signal_handlers_disconnect_by_func (self->touchpoints, on_touchpoints_changed_cb, self);

  for (guint i = 0; self->mirror != NULL && i < self->mirror->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->mirror, i);

      g_signal_handlers_disconnect_by_func (entry->touchpoint, on_touchpoint_notify_cb, self);
    }

  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->stage_counts, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->touchpoints);

  G_OBJECT_CLASS (waymark_cell_index_parent_class)->dispose (object);
}

static void
waymark_cell_index_class_init (WaymarkCellIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_cell_index_dispose;
}

static void
waymark_cell_index_init (WaymarkCellIndex *self)
{
  self->mirror = g_ptr_array_new ();
  self->entries = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify)entry_free);
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->stage_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * waymark_cell_index_new:
 * @touchpoints: the journey's touchpoints
 */
WaymarkCellIndex *
waymark_cell_index_new (GListModel *touchpoints)
{
  WaymarkCellIndex *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (touchpoints), NULL);

  self = g_object_new (WAYMARK_TYPE_CELL_INDEX, NULL);
  self->touchpoints = g_object_ref (touchpoints);
  g_signal_connect_object (touchpoints, "items-changed",
                           G_CALLBACK (on_touchpoints_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_touchpoints_changed_cb (self, 0, 0, g_list_model_get_n_items (touchpoints), touchpoints);

  return self;
}

/**
 * waymark_cell_index_get_cell:
 *
 * Returns: (transfer none): the touchpoints of the cell, in their order; it
 *   follows every later change and lives as long as the index
 */
GListModel *
waymark_cell_index_get_cell (WaymarkCellIndex *self,
                             const char       *stage_id,
                             const char       *lane_id)
{
  g_return_val_if_fail (WAYMARK_IS_CELL_INDEX (self), NULL);
  g_return_val_if_fail (stage_id != NULL && lane_id != NULL, NULL);

  return G_LIST_MODEL (ensure_cell (self, stage_id, lane_id));
}

guint
waymark_cell_index_count_in_stage (WaymarkCellIndex *self,
                                   const char       *stage_id)
{
  g_return_val_if_fail (WAYMARK_IS_CELL_INDEX (self), 0);
  g_return_val_if_fail (stage_id != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->stage_counts, stage_id));
}
