/* waymark-content-coverage.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-content-coverage.h"

/* The content audit: how many content items serve each stage for each
 * persona, the stages no item serves, and the questions of each stage that
 * no item answers. */
struct _WaymarkContentCoverage
{
  GPtrArray  *stages;             /* of WaymarkStage */
  GPtrArray  *personas;           /* of WaymarkPersona */
  guint      *counts;             /* stages x personas, by row */
  guint      *totals;             /* per stage, whatever the persona */
  GPtrArray  *unanswered;         /* per stage, a NULL-terminated GPtrArray
                                   * of borrowed question strings */
};

/* Questions are typed by hand in two places: the same words in another
 * case or with other spaces around them are the same question. */
static char *
dup_question_key (const char *question)
{
  g_autofree char *stripped = g_strstrip (g_strdup (question ? question : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return normal ? g_utf8_casefold (normal, -1) : g_strdup ("");
}

/**
 * waymark_content_item_answers:
 *
 * An item answers a question of a stage when its question is the same
 * (ignoring case and the spaces around it) and it serves that stage, or
 * no stage in particular.
 *
 * Returns: whether @item answers @question of @stage
 */
gboolean
waymark_content_item_answers (WaymarkContentItem *item,
                              WaymarkStage       *stage,
                              const char         *question)
{
  const char * const *stages;
  g_autofree char *key = NULL;
  g_autofree char *item_key = NULL;

  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (item), FALSE);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), FALSE);

  stages = waymark_content_item_get_stages (item);
  if (stages != NULL && stages[0] != NULL &&
      !g_strv_contains (stages, waymark_item_get_id (WAYMARK_ITEM (stage))))
    return FALSE;

  key = dup_question_key (question);
  item_key = dup_question_key (waymark_content_item_get_question (item));

  return key[0] != '\0' && g_str_equal (key, item_key);
}

static guint
find_position (GPtrArray  *items,
               const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (waymark_item_get_id (g_ptr_array_index (items, i)), id))
      return i;

  return G_MAXUINT;
}

static GPtrArray *
dup_items (GListModel *list)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (list, i));

  return items;
}

static void
count_item (WaymarkContentCoverage *self,
            WaymarkContentItem     *item)
{
  const char * const *stages = waymark_content_item_get_stages (item);
  const char * const *personas = waymark_content_item_get_personas (item);
  guint n_personas = self->personas->len;

  for (guint s = 0; stages && stages[s]; s++)
    {
      guint row = find_position (self->stages, stages[s]);
      gboolean seen = FALSE;

      if (row == G_MAXUINT)
        continue;

      /* A stage or persona listed twice by one item still counts once. */
      for (guint t = 0; t < s && !seen; t++)
        seen = g_str_equal (stages[t], stages[s]);
      if (seen)
        continue;

      self->totals[row]++;
      for (guint p = 0; personas && personas[p]; p++)
        {
          guint column = find_position (self->personas, personas[p]);
          gboolean seen_persona = FALSE;

          for (guint q = 0; q < p && !seen_persona; q++)
            seen_persona = g_str_equal (personas[q], personas[p]);
          if (column != G_MAXUINT && !seen_persona)
            self->counts[row * n_personas + column]++;
        }
    }
}

static GPtrArray *
dup_unanswered (WaymarkStage *stage,
                GPtrArray    *content)
{
  const char * const *questions = waymark_stage_get_questions (stage);
  GPtrArray *unanswered = g_ptr_array_new ();

  for (guint q = 0; questions && questions[q]; q++)
    {
      gboolean answered = FALSE;

      for (guint c = 0; c < content->len && !answered; c++)
        answered = waymark_content_item_answers (g_ptr_array_index (content, c),
                                                 stage, questions[q]);
      if (!answered)
        g_ptr_array_add (unanswered, (char *)questions[q]);
    }
  g_ptr_array_add (unanswered, NULL);

  return unanswered;
}

/**
 * waymark_content_coverage_new:
 *
 * Rows are the stages, columns the personas, in the journey's order.
 *
 * Returns: (transfer full): the content coverage of @journey
 */
WaymarkContentCoverage *
waymark_content_coverage_new (WaymarkJourney *journey)
{
  WaymarkContentCoverage *self;
  g_autoptr(GPtrArray) content = NULL;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  self = g_new0 (WaymarkContentCoverage, 1);
  self->stages = dup_items (waymark_journey_get_stages (journey));
  self->personas = dup_items (waymark_journey_get_personas (journey));
  self->counts = g_new0 (guint, MAX (self->stages->len * self->personas->len, 1));
  self->totals = g_new0 (guint, MAX (self->stages->len, 1));
  self->unanswered = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  content = dup_items (waymark_journey_get_content (journey));
  for (guint c = 0; c < content->len; c++)
    count_item (self, g_ptr_array_index (content, c));

  /* The question strings belong to the stages, which this holds. */
  for (guint i = 0; i < self->stages->len; i++)
    g_ptr_array_add (self->unanswered, dup_unanswered (g_ptr_array_index (self->stages, i), content));

  return self;
}

void
waymark_content_coverage_free (WaymarkContentCoverage *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->unanswered);
  g_free (self->counts);
  g_free (self->totals);
  g_ptr_array_unref (self->stages);
  g_ptr_array_unref (self->personas);
  g_free (self);
}

guint
waymark_content_coverage_get_n_stages (WaymarkContentCoverage *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->stages->len;
}

guint
waymark_content_coverage_get_n_personas (WaymarkContentCoverage *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->personas->len;
}

/**
 * waymark_content_coverage_get_stage:
 *
 * Returns: (transfer none): the stage of @row
 */
WaymarkStage *
waymark_content_coverage_get_stage (WaymarkContentCoverage *self,
                                    guint                   row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);

  return g_ptr_array_index (self->stages, row);
}

/**
 * waymark_content_coverage_get_persona:
 *
 * Returns: (transfer none): the persona of @column
 */
WaymarkPersona *
waymark_content_coverage_get_persona (WaymarkContentCoverage *self,
                                      guint                   column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->personas->len, NULL);

  return g_ptr_array_index (self->personas, column);
}

/**
 * waymark_content_coverage_get_count:
 *
 * Returns: how many content items serve the stage of @row for the persona
 *   of @column; 0 is a gap
 */
guint
waymark_content_coverage_get_count (WaymarkContentCoverage *self,
                                    guint                   row,
                                    guint                   column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->stages->len, 0);
  g_return_val_if_fail (column < self->personas->len, 0);

  return self->counts[row * self->personas->len + column];
}

/**
 * waymark_content_coverage_get_stage_total:
 *
 * Returns: how many content items serve the stage of @row, for any
 *   persona or none
 */
guint
waymark_content_coverage_get_stage_total (WaymarkContentCoverage *self,
                                          guint                   row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->stages->len, 0);

  return self->totals[row];
}

/**
 * waymark_content_coverage_get_unanswered:
 *
 * Returns: (transfer none): the questions of the stage of @row that no
 *   content item answers, in the stage's order
 */
const char * const *
waymark_content_coverage_get_unanswered (WaymarkContentCoverage *self,
                                         guint                   row)
{
  GPtrArray *unanswered;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);

  unanswered = g_ptr_array_index (self->unanswered, row);

  return (const char * const *)unanswered->pdata;
}

/**
 * waymark_content_coverage_get_n_unanswered:
 *
 * Returns: how many stage questions no content item answers, over all
 *   stages
 */
guint
waymark_content_coverage_get_n_unanswered (WaymarkContentCoverage *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->unanswered->len; i++)
    n += ((GPtrArray *)g_ptr_array_index (self->unanswered, i))->len - 1;

  return n;
}

/**
 * waymark_content_coverage_dup_no_content_message:
 *
 * Returns: (transfer full) (nullable): one line saying that no content
 *   item serves the stage of @row, or %NULL when one does
 */
char *
waymark_content_coverage_dup_no_content_message (WaymarkContentCoverage *self,
                                                 guint                   row)
{
  g_autofree char *stage = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->stages->len, NULL);

  if (self->totals[row] > 0)
    return NULL;

  stage = g_strdup_printf (_("Stage “%s”"),
                           waymark_stage_get_name (waymark_content_coverage_get_stage (self, row)));

  /* Translators: %s: “Stage “Name”” */
  return g_strdup_printf (_("%s: no content item serves this stage"), stage);
}
