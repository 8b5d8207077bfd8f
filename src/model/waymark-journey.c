/* waymark-journey.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-journey.h"
#include "waymark-model-private.h"

/* The whole map: every list of the file, the lookup by id, and the index
 * of the map's cells. The accountability matrix is read in
 * waymark-matrix.c. */
struct _WaymarkJourney
{
  WaymarkItem  parent_instance;

  char        *title;
  char        *description;

  GListStore  *personas;
  GListStore  *stages;
  GListStore  *lanes;
  GListStore  *channels;
  GListStore  *touchpoints;
  GListStore  *roles;
  GListStore  *handoffs;
  GListStore  *activities;
  GListStore  *accountability;
  GListStore  *content;

  JsonObject  *root_extras;

  /* What the reader mended when it read the file; not saved. */
  GPtrArray   *load_warnings;

  /* id -> WaymarkItem (borrowed), built on first lookup after a change. */
  GHashTable  *index;

  /* The touchpoints of each cell of the map, kept up to date. */
  WaymarkCellIndex *cells;
};

G_DEFINE_FINAL_TYPE (WaymarkJourney, waymark_journey, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_PERSONAS,
  PROP_STAGES,
  PROP_LANES,
  PROP_CHANNELS,
  PROP_TOUCHPOINTS,
  PROP_ROLES,
  PROP_HANDOFFS,
  PROP_ACTIVITIES,
  PROP_ACCOUNTABILITY,
  PROP_CONTENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GListStore **
waymark_journey_stores (WaymarkJourney *self,
                        guint          *n_stores)
{
  /* The struct holds the stores in file order, one after the other. */
  *n_stores = PROP_CONTENT - PROP_PERSONAS + 1;
  return &self->personas;
}

static void
on_list_items_changed_cb (WaymarkJourney *self,
                          guint           position,
                          guint           removed,
                          guint           added,
                          GListModel     *model)
{
  waymark_journey_invalidate_index (self);
}

static void
waymark_journey_dispose (GObject *object)
{
  WaymarkJourney *self = (WaymarkJourney *)object;
  GListStore **stores;
  guint n_stores;

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_object (&self->cells);

  stores = waymark_journey_stores (self, &n_stores);
  for (guint i = 0; i < n_stores; i++)
    g_clear_object (&stores[i]);

  G_OBJECT_CLASS (waymark_journey_parent_class)->dispose (object);
}

static void
waymark_journey_finalize (GObject *object)
{
  WaymarkJourney *self = (WaymarkJourney *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->root_extras, json_object_unref);
  g_clear_pointer (&self->load_warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_journey_parent_class)->finalize (object);
}

static void
waymark_journey_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaymarkJourney *self = WAYMARK_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, waymark_journey_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, waymark_journey_get_description (self));
      break;

    case PROP_PERSONAS ... PROP_CONTENT:
      {
        guint n_stores;
        GListStore **stores = waymark_journey_stores (self, &n_stores);

        g_value_set_object (value, stores[prop_id - PROP_PERSONAS]);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_journey_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WaymarkJourney *self = WAYMARK_JOURNEY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      waymark_journey_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      waymark_journey_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_journey_get_label (WaymarkItem *item)
{
  return waymark_journey_get_title (WAYMARK_JOURNEY (item));
}

static void
waymark_journey_set_label (WaymarkItem *item,
                           const char  *label)
{
  waymark_journey_set_title (WAYMARK_JOURNEY (item), label);
}

static void
waymark_journey_class_init (WaymarkJourneyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);
  static const char * const list_names[] = {
    "personas", "stages", "lanes", "channels", "touchpoints", "roles",
    "handoffs", "activities", "accountability", "content",
  };

  object_class->dispose = waymark_journey_dispose;
  object_class->finalize = waymark_journey_finalize;
  object_class->get_property = waymark_journey_get_property;
  object_class->set_property = waymark_journey_set_property;

  item_class->get_label = waymark_journey_get_label;
  item_class->set_label = waymark_journey_set_label;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  for (guint i = 0; i < G_N_ELEMENTS (list_names); i++)
    properties [PROP_PERSONAS + i] =
      g_param_spec_object (list_names[i], NULL, NULL,
                           G_TYPE_LIST_MODEL,
                           (G_PARAM_READABLE |
                            G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_journey_init (WaymarkJourney *self)
{
  const GType types[] = {
    WAYMARK_TYPE_PERSONA, WAYMARK_TYPE_STAGE, WAYMARK_TYPE_LANE,
    WAYMARK_TYPE_CHANNEL, WAYMARK_TYPE_TOUCHPOINT, WAYMARK_TYPE_ROLE,
    WAYMARK_TYPE_HANDOFF, WAYMARK_TYPE_ACTIVITY, WAYMARK_TYPE_ASSIGNMENT,
    WAYMARK_TYPE_CONTENT_ITEM,
  };
  GListStore **stores;
  guint n_stores;

  stores = waymark_journey_stores (self, &n_stores);
  g_assert (n_stores == G_N_ELEMENTS (types));

  for (guint i = 0; i < n_stores; i++)
    {
      stores[i] = g_list_store_new (types[i]);
      g_signal_connect_object (stores[i],
                               "items-changed",
                               G_CALLBACK (on_list_items_changed_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }
}

WaymarkJourney *
waymark_journey_new (void)
{
  return g_object_new (WAYMARK_TYPE_JOURNEY, NULL);
}

const char *
waymark_journey_get_title (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return self->title ? self->title : "";
}

void
waymark_journey_set_title (WaymarkJourney *self,
                           const char     *title)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));

  if (_waymark_set_str (&self->title, title))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

const char *
waymark_journey_get_description (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return self->description ? self->description : "";
}

void
waymark_journey_set_description (WaymarkJourney *self,
                                 const char     *description)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));

  if (_waymark_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

#define DEFINE_LIST_GETTER(name) \
  GListModel * \
  waymark_journey_get_##name (WaymarkJourney *self) \
  { \
    g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL); \
    return G_LIST_MODEL (self->name); \
  }

DEFINE_LIST_GETTER (personas)
DEFINE_LIST_GETTER (stages)
DEFINE_LIST_GETTER (lanes)
DEFINE_LIST_GETTER (channels)
DEFINE_LIST_GETTER (touchpoints)
DEFINE_LIST_GETTER (roles)
DEFINE_LIST_GETTER (handoffs)
DEFINE_LIST_GETTER (activities)
DEFINE_LIST_GETTER (accountability)
DEFINE_LIST_GETTER (content)

#undef DEFINE_LIST_GETTER

/**
 * waymark_journey_get_list_for_type:
 *
 * Returns: (nullable): the top-level list that holds items of @item_type;
 *   %NULL for metrics and outcomes, which live in their stage
 */
GListModel *
waymark_journey_get_list_for_type (WaymarkJourney *self,
                                   GType           item_type)
{
  GListStore **stores;
  guint n_stores;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  stores = waymark_journey_stores (self, &n_stores);
  for (guint i = 0; i < n_stores; i++)
    {
      if (g_list_model_get_item_type (G_LIST_MODEL (stores[i])) == item_type)
        return G_LIST_MODEL (stores[i]);
    }

  return NULL;
}

JsonObject *
waymark_journey_get_root_extras (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return self->root_extras;
}

void
waymark_journey_set_root_extras (WaymarkJourney *self,
                                 JsonObject     *extras)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));

  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&self->root_extras, json_object_unref);
  self->root_extras = extras;
}

/**
 * waymark_journey_get_load_warnings:
 *
 * What the reader had to mend to open the file (a cell of the matrix
 * assigned twice), one line each naming the places in the file. They are
 * not part of the document: the window shows them once, and a save writes
 * the mended journey.
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the
 *   warnings, or %NULL when there were none
 */
const char * const *
waymark_journey_get_load_warnings (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  if (self->load_warnings == NULL)
    return NULL;

  return (const char * const *)self->load_warnings->pdata;
}

void
waymark_journey_add_load_warning (WaymarkJourney *self,
                                  const char     *warning)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));
  g_return_if_fail (warning != NULL);

  if (self->load_warnings == NULL)
    self->load_warnings = g_ptr_array_new_null_terminated (1, g_free, TRUE);

  g_ptr_array_add (self->load_warnings, g_strdup (warning));
}

static void
index_list (GHashTable *index,
            GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (list, i);
      const char *id = waymark_item_get_id (item);

      if (id[0] != '\0')
        g_hash_table_insert (index, (char *)id, item);

      if (WAYMARK_IS_STAGE (item))
        {
          index_list (index, waymark_stage_get_metrics (WAYMARK_STAGE (item)));
          index_list (index, waymark_stage_get_outcomes (WAYMARK_STAGE (item)));
        }
    }
}

/**
 * waymark_journey_lookup:
 *
 * Returns: (transfer none) (nullable): the item with @id, in any list
 */
WaymarkItem *
waymark_journey_lookup (WaymarkJourney *self,
                        const char     *id)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  if (id == NULL || id[0] == '\0')
    return NULL;

  if (self->index == NULL)
    {
      GListStore **stores;
      guint n_stores;

      self->index = g_hash_table_new (g_str_hash, g_str_equal);
      stores = waymark_journey_stores (self, &n_stores);
      for (guint i = 0; i < n_stores; i++)
        index_list (self->index, G_LIST_MODEL (stores[i]));
    }

  return g_hash_table_lookup (self->index, id);
}

/**
 * waymark_journey_dup_labels:
 * @ids: (nullable): ids of items, %NULL-terminated
 *
 * Returns: (transfer full): the labels of the items @ids name, in order,
 *   separated as a list is in the user's language; ids of no item are left
 *   out
 */
char *
waymark_journey_dup_labels (WaymarkJourney     *self,
                            const char * const *ids)
{
  g_autoptr(GString) labels = g_string_new (NULL);

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  for (guint i = 0; ids && ids[i]; i++)
    {
      WaymarkItem *item = waymark_journey_lookup (self, ids[i]);

      if (item == NULL)
        continue;
      if (labels->len > 0)
        /* Translators: between the names of items in a list */
        g_string_append (labels, _(", "));
      g_string_append (labels, waymark_item_get_label (item));
    }

  return g_string_free (g_steal_pointer (&labels), FALSE);
}

/* Ids are the keys of the index; anything that adds, removes or renames an
 * item must call this. */
void
waymark_journey_invalidate_index (WaymarkJourney *self)
{
  g_return_if_fail (WAYMARK_IS_JOURNEY (self));

  g_clear_pointer (&self->index, g_hash_table_unref);
}

char *
waymark_journey_new_id (WaymarkJourney *self)
{
  char *id;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  do
    id = g_uuid_string_random ();
  while (waymark_journey_lookup (self, id) != NULL && (g_free (id), TRUE));

  return id;
}

static gboolean
list_find (GListModel *list,
           gpointer    item,
           guint      *position)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (list, i);

      if (other == item)
        {
          if (position)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * waymark_journey_find_stage_of:
 *
 * Returns: (transfer none) (nullable): the stage whose metrics or outcomes
 *   hold @metric_or_outcome
 */
WaymarkStage *
waymark_journey_find_stage_of (WaymarkJourney *self,
                               WaymarkItem    *metric_or_outcome)
{
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      if (list_find (waymark_stage_get_metrics (stage), metric_or_outcome, NULL) ||
          list_find (waymark_stage_get_outcomes (stage), metric_or_outcome, NULL))
        return stage;
    }

  return NULL;
}

/**
 * waymark_journey_find_list:
 * @position: (out) (optional): where @item is in the list
 *
 * Returns: (transfer none) (nullable): the list that holds @item
 */
GListModel *
waymark_journey_find_list (WaymarkJourney *self,
                           WaymarkItem    *item,
                           guint          *position)
{
  GListModel *list;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_ITEM (item), NULL);

  if (WAYMARK_IS_METRIC (item) || WAYMARK_IS_OUTCOME (item))
    {
      WaymarkStage *stage = waymark_journey_find_stage_of (self, item);

      if (stage == NULL)
        return NULL;

      list = WAYMARK_IS_METRIC (item) ? waymark_stage_get_metrics (stage)
                                      : waymark_stage_get_outcomes (stage);
    }
  else
    {
      list = waymark_journey_get_list_for_type (self, G_OBJECT_TYPE (item));
    }

  if (list == NULL || !list_find (list, item, position))
    return NULL;

  return list;
}

/* The index is built on first use: loading a file and the command line's
 * check and export do without it, and it costs a tenth of a load. */
static WaymarkCellIndex *
ensure_cells (WaymarkJourney *self)
{
  if (self->cells == NULL)
    self->cells = waymark_cell_index_new (G_LIST_MODEL (self->touchpoints));

  return self->cells;
}

/**
 * waymark_journey_get_cell_index:
 *
 * Returns: (transfer none): the touchpoints of every cell of the map
 */
WaymarkCellIndex *
waymark_journey_get_cell_index (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return ensure_cells (self);
}

/**
 * waymark_journey_get_cell:
 *
 * Returns: (transfer none): the touchpoints of the cell of @stage and
 *   @lane on the map, in their order, kept up to date
 */
GListModel *
waymark_journey_get_cell (WaymarkJourney *self,
                          WaymarkStage   *stage,
                          WaymarkLane    *lane)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);
  g_return_val_if_fail (WAYMARK_IS_LANE (lane), NULL);

  return waymark_cell_index_get_cell (ensure_cells (self),
                                      waymark_item_get_id (WAYMARK_ITEM (stage)),
                                      waymark_item_get_id (WAYMARK_ITEM (lane)));
}

/**
 * waymark_journey_count_touchpoints_in_stage:
 *
 * Returns: how many touchpoints @stage has, in all lanes
 */
guint
waymark_journey_count_touchpoints_in_stage (WaymarkJourney *self,
                                            WaymarkStage   *stage)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), 0);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), 0);

  return waymark_cell_index_count_in_stage (ensure_cells (self),
                                            waymark_item_get_id (WAYMARK_ITEM (stage)));
}
