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

/* The whole map: every list of the file, and the queries the views and the
 * command line share (cells, matrix rows, accountability problems). */
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

  self->cells = waymark_cell_index_new (G_LIST_MODEL (self->touchpoints));
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

/**
 * waymark_journey_get_cell_index:
 *
 * Returns: (transfer none): the touchpoints of every cell of the map
 */
WaymarkCellIndex *
waymark_journey_get_cell_index (WaymarkJourney *self)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  return self->cells;
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

  return waymark_cell_index_get_cell (self->cells,
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

  return waymark_cell_index_count_in_stage (self->cells,
                                            waymark_item_get_id (WAYMARK_ITEM (stage)));
}

static void
add_rows_where (GPtrArray   *rows,
                GListModel  *list,
                const char  *property,
                const char  *stage_id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      WaymarkItem *item = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (item, property, &value, NULL);
      if (g_strcmp0 (value ? value : "", stage_id) == 0)
        g_ptr_array_add (rows, item);
      else
        g_object_unref (item);
    }
}

/**
 * waymark_journey_dup_matrix_rows:
 *
 * Each stage, its activities under it, then the handoffs that leave it;
 * activities of no stage come last.
 *
 * Returns: (transfer container) (element-type WaymarkItem): the rows of the
 *   accountability matrix, in order
 */
GPtrArray *
waymark_journey_dup_matrix_rows (WaymarkJourney *self)
{
  GPtrArray *rows;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  for (guint i = 0; i < n; i++)
    {
      WaymarkStage *stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);
      const char *id = waymark_item_get_id (WAYMARK_ITEM (stage));

      g_ptr_array_add (rows, stage);
      add_rows_where (rows, G_LIST_MODEL (self->activities), "stage", id);
      add_rows_where (rows, G_LIST_MODEL (self->handoffs), "from", id);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->activities));
  for (guint i = 0; i < n; i++)
    {
      WaymarkActivity *activity = g_list_model_get_item (G_LIST_MODEL (self->activities), i);
      WaymarkItem *stage = waymark_journey_lookup (self, waymark_activity_get_stage (activity));

      if (!WAYMARK_IS_STAGE (stage))
        g_ptr_array_add (rows, activity);
      else
        g_object_unref (activity);
    }

  return rows;
}

/**
 * waymark_journey_dup_row_title:
 *
 * Returns: (transfer full): the name a row of the matrix shows: a handoff
 *   with no name reads "Attract → Capture"
 */
char *
waymark_journey_dup_row_title (WaymarkJourney *self,
                               WaymarkItem    *row)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_ITEM (row), NULL);

  if (WAYMARK_IS_HANDOFF (row) && waymark_handoff_get_name (WAYMARK_HANDOFF (row))[0] == '\0')
    {
      WaymarkHandoff *handoff = WAYMARK_HANDOFF (row);
      WaymarkItem *from = waymark_journey_lookup (self, waymark_handoff_get_from (handoff));
      WaymarkItem *to = waymark_journey_lookup (self, waymark_handoff_get_to (handoff));

      /* Translators: a handoff from one stage to the next, "Attract → Capture" */
      return g_strdup_printf (_("%s → %s"),
                              from ? waymark_item_get_label (from) : "?",
                              to ? waymark_item_get_label (to) : "?");
    }

  return g_strdup (waymark_item_get_label (row));
}

/**
 * waymark_journey_find_assignment:
 *
 * Returns: (transfer none) (nullable): the assignment of one cell
 */
WaymarkAssignment *
waymark_journey_find_assignment (WaymarkJourney *self,
                                 const char     *row_id,
                                 const char     *role_id)
{
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->accountability));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (G_LIST_MODEL (self->accountability), i);

      if (g_strcmp0 (waymark_assignment_get_row (a), row_id) == 0 &&
          g_strcmp0 (waymark_assignment_get_role (a), role_id) == 0)
        return a;
    }

  return NULL;
}

WaymarkRaci
waymark_journey_get_raci (WaymarkJourney *self,
                          const char     *row_id,
                          const char     *role_id)
{
  WaymarkAssignment *a;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), 0);

  a = waymark_journey_find_assignment (self, row_id, role_id);

  return a ? waymark_assignment_get_raci (a) : WAYMARK_RACI_NONE;
}

/* The key of one cell of the matrix in the RACI index. */
static char *
dup_cell_key (const char *row_id,
              const char *role_id)
{
  return g_strconcat (row_id, "\n", role_id, NULL);
}

/**
 * waymark_journey_dup_raci_index:
 *
 * For drawing a whole matrix: one lookup a cell instead of a scan of the
 * assignments. Read it with waymark_journey_lookup_raci().
 *
 * Returns: (transfer container): the letters of every cell
 */
GHashTable *
waymark_journey_dup_raci_index (WaymarkJourney *self)
{
  GHashTable *index;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->accountability));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (G_LIST_MODEL (self->accountability), i);
      char *key = dup_cell_key (waymark_assignment_get_row (a),
                                waymark_assignment_get_role (a));

      /* The first assignment of a cell wins, as in find_assignment(). */
      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, GUINT_TO_POINTER (waymark_assignment_get_raci (a)));
      else
        g_free (key);
    }

  return index;
}

WaymarkRaci
waymark_journey_lookup_raci (GHashTable *raci_index,
                             const char *row_id,
                             const char *role_id)
{
  g_autofree char *key = dup_cell_key (row_id, role_id);

  return GPOINTER_TO_UINT (g_hash_table_lookup (raci_index, key));
}

void
waymark_problem_free (WaymarkProblem *problem)
{
  g_clear_object (&problem->row);
  g_free (problem->message);
  g_free (problem);
}

/**
 * waymark_journey_dup_row_name:
 *
 * Returns: (transfer full): a row of the matrix as a message names it:
 *   "Stage “Convert”", "Handoff “Nurture → Convert”"
 */
char *
waymark_journey_dup_row_name (WaymarkJourney *self,
                              WaymarkItem    *row)
{
  g_autofree char *title = waymark_journey_dup_row_title (self, row);

  /* Translators: these start a warning about one row of the matrix */
  if (WAYMARK_IS_STAGE (row))
    return g_strdup_printf (_("Stage “%s”"), title);
  else if (WAYMARK_IS_HANDOFF (row))
    return g_strdup_printf (_("Handoff “%s”"), title);
  else
    return g_strdup_printf (_("Activity “%s”"), title);
}

static char *
problem_message (WaymarkJourney      *self,
                 WaymarkItem         *row,
                 WaymarkProblemFlags  flags,
                 guint                n_accountable)
{
  g_autofree char *name = waymark_journey_dup_row_name (self, row);
  g_autoptr(GString) str = g_string_new (name);

  g_string_append (str, ": ");

  if (flags & WAYMARK_PROBLEM_NO_ACCOUNTABLE)
    g_string_append (str, _("no one is accountable"));
  else if (flags & WAYMARK_PROBLEM_MANY_ACCOUNTABLE)
    g_string_append_printf (str,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u role is accountable, only one may be",
                                         "%u roles are accountable, only one may be",
                                         n_accountable),
                            n_accountable);

  if (flags & WAYMARK_PROBLEM_NO_RESPONSIBLE)
    {
      if (flags & (WAYMARK_PROBLEM_NO_ACCOUNTABLE | WAYMARK_PROBLEM_MANY_ACCOUNTABLE))
        g_string_append (str, _(", and no one is responsible"));
      else
        g_string_append (str, _("no one is responsible"));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/**
 * waymark_journey_dup_problems:
 *
 * Roles that no longer exist are not counted.
 *
 * Returns: (transfer container) (element-type WaymarkProblem): one entry
 *   per row that has no A, more than one A, or no R, in matrix order
 */
GPtrArray *
waymark_journey_dup_problems (WaymarkJourney *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *problems;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify)waymark_problem_free);
  rows = waymark_journey_dup_matrix_rows (self);

  /* row id -> packed counts: low 16 bits the A's, high bits the R's; a cell
   * listed twice counts once, by its first entry, as everywhere else. */
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->accountability));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (G_LIST_MODEL (self->accountability), i);
      const char *row_id = waymark_assignment_get_row (a);
      WaymarkRaci raci = waymark_assignment_get_raci (a);
      guint count;

      if (!WAYMARK_IS_ROLE (waymark_journey_lookup (self, waymark_assignment_get_role (a))) ||
          !g_hash_table_add (seen, dup_cell_key (row_id, waymark_assignment_get_role (a))))
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, row_id));
      if ((raci & WAYMARK_RACI_ACCOUNTABLE) && (count & 0xffff) < 0xffff)
        count += 1;
      if ((raci & WAYMARK_RACI_RESPONSIBLE) && (count >> 16) < 0xffff)
        count += 1 << 16;
      g_hash_table_insert (counts, (char *)row_id, GUINT_TO_POINTER (count));
    }

  for (guint i = 0; i < rows->len; i++)
    {
      WaymarkItem *row = g_ptr_array_index (rows, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, waymark_item_get_id (row)));
      guint n_accountable = count & 0xffff;
      guint n_responsible = count >> 16;
      WaymarkProblemFlags flags = 0;
      WaymarkProblem *problem;

      if (n_accountable == 0)
        flags |= WAYMARK_PROBLEM_NO_ACCOUNTABLE;
      else if (n_accountable > 1)
        flags |= WAYMARK_PROBLEM_MANY_ACCOUNTABLE;
      if (n_responsible == 0)
        flags |= WAYMARK_PROBLEM_NO_RESPONSIBLE;

      if (flags == 0)
        continue;

      problem = g_new0 (WaymarkProblem, 1);
      problem->row = g_object_ref (row);
      problem->flags = flags;
      problem->message = problem_message (self, row, flags, n_accountable);
      g_ptr_array_add (problems, problem);
    }

  return problems;
}

/**
 * waymark_journey_dup_problem_summary:
 * @problems: (element-type WaymarkProblem): from waymark_journey_dup_problems()
 *
 * Returns: (transfer full): one line such as "2 rows have no one accountable
 *   · 1 row has no one responsible"
 */
char *
waymark_journey_dup_problem_summary (WaymarkJourney *self,
                                     GPtrArray      *problems)
{
  guint no_a = 0, many_a = 0, no_r = 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (self), NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (problems, i);

      no_a += !!(problem->flags & WAYMARK_PROBLEM_NO_ACCOUNTABLE);
      many_a += !!(problem->flags & WAYMARK_PROBLEM_MANY_ACCOUNTABLE);
      no_r += !!(problem->flags & WAYMARK_PROBLEM_NO_RESPONSIBLE);
    }

  if (problems->len == 0)
    return g_strdup (_("Every row has one role accountable and at least one responsible"));

  if (no_a > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has no one accountable",
                                                          "%u rows have no one accountable",
                                                          no_a), no_a));
  if (many_a > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has more than one accountable",
                                                          "%u rows have more than one accountable",
                                                          many_a), many_a));
  if (no_r > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has no one responsible",
                                                          "%u rows have no one responsible",
                                                          no_r), no_r));
  g_ptr_array_add (parts, NULL);

  /* Translators: joins the parts of a summary line of the matrix, "2 rows
   * have no one accountable · 1 row has no one responsible" */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}
