/* waymark-stage-editor.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "waymark-entry-property-row.h"
#include "waymark-item-list.h"
#include "waymark-number-row.h"
#include "waymark-number.h"
#include "waymark-readable-page.h"
#include "waymark-stage-editor.h"
#include "waymark-stage-row.h"
#include "waymark-text-row.h"

/* The page that edits one stage: its name, description and goal, and its
 * questions, metrics and outcomes. */

struct _WaymarkStageEditor
{
  AdwBin               parent_instance;

  AdwPreferencesPage  *page;
  AdwPreferencesGroup *stage_group;
  WaymarkItemList     *questions_list;
  WaymarkItemList     *metrics_list;
  WaymarkItemList     *outcomes_list;
  GtkWidget           *name_row;

  WaymarkDocument     *document;
  WaymarkStage        *stage;
  /* The questions, a list of strings, as a list model for the list. */
  GtkStringList       *questions;
};

G_DEFINE_FINAL_TYPE (WaymarkStageEditor, waymark_stage_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Questions */

static gpointer
question_add (WaymarkDocument *document,
              guint            position,
              const char      *name,
              gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  waymark_document_add_question (document, self->stage, position, name);

  return NULL;
}

static void
question_rename (WaymarkDocument *document,
                 gpointer         item,
                 guint            position,
                 const char      *name,
                 gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  waymark_document_set_question (document, self->stage, position, name);
}

static void
question_remove (WaymarkDocument *document,
                 gpointer         item,
                 guint            position,
                 gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  waymark_document_remove_question (document, self->stage, position);
}

static void
question_move (WaymarkDocument *document,
               gpointer         item,
               guint            from,
               guint            to,
               gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  waymark_document_move_question (document, self->stage, from, to);
}

static const WaymarkItemListFuncs question_funcs = {
  .add = question_add,
  .rename = question_rename,
  .remove = question_remove,
  .move = question_move,
};

/* Replaces only the questions that changed, so that the rows of the others
 * stay, with the focus in them. */
static void
sync_questions (WaymarkStageEditor *self)
{
  const char * const *questions = waymark_stage_get_questions (self->stage);
  GListModel *model = G_LIST_MODEL (self->questions);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = questions ? g_strv_length ((char **)questions) : 0;
  guint prefix = 0, suffix = 0;
  g_autoptr(GPtrArray) additions = g_ptr_array_new ();

  while (prefix < n_old && prefix < n_new &&
         g_strcmp0 (gtk_string_list_get_string (self->questions, prefix), questions[prefix]) == 0)
    prefix++;

  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         g_strcmp0 (gtk_string_list_get_string (self->questions, n_old - 1 - suffix),
                    questions[n_new - 1 - suffix]) == 0)
    suffix++;

  if (prefix == n_old && prefix == n_new)
    return;

  for (guint i = prefix; i < n_new - suffix; i++)
    g_ptr_array_add (additions, (char *)questions[i]);
  g_ptr_array_add (additions, NULL);

  gtk_string_list_splice (self->questions, prefix, n_old - prefix - suffix,
                          (const char * const *)additions->pdata);
}

/* Metrics */

static gpointer
metric_add (WaymarkDocument *document,
            guint            position,
            const char      *name,
            gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  return waymark_document_add_metric (document, self->stage, position, name);
}

static void
update_metric_subtitle (AdwExpanderRow *row,
                        GParamSpec     *pspec,
                        WaymarkMetric  *metric)
{
  g_autofree char *value = waymark_number_format (waymark_metric_get_value (metric));
  g_autofree char *target = waymark_number_format (waymark_metric_get_target (metric));
  const char *unit = waymark_metric_get_unit (metric);
  g_autofree char *subtitle = NULL;

  if (unit == NULL)
    unit = "";

  if (value[0] && target[0])
    /* Translators: a metric's value, its target and its unit */
    subtitle = g_strdup_printf (_("%s of %s %s"), value, target, unit);
  else if (value[0])
    subtitle = g_strdup_printf ("%s %s", value, unit);
  else if (target[0])
    /* Translators: a metric's target and its unit */
    subtitle = g_strdup_printf (_("Target %s %s"), target, unit);
  else
    subtitle = g_strdup (_("Not measured yet"));

  adw_expander_row_set_subtitle (row, g_strstrip (subtitle));
}

static void
metric_add_details (WaymarkDocument *document,
                    gpointer         item,
                    AdwExpanderRow  *row,
                    gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_number_row_new (document, item, "value",
                                                                _("Value"),
                                                                1.0, -G_MAXDOUBLE, G_MAXDOUBLE));
  adw_expander_row_add_row (row, waymark_number_row_new (document, item, "target",
                                                                _("Target"),
                                                                1.0, -G_MAXDOUBLE, G_MAXDOUBLE));
  adw_expander_row_add_row (row, waymark_entry_property_row_new (document, item, "unit", _("Unit")));
}

static void
metric_bind_row (WaymarkDocument *document,
                 gpointer         item,
                 AdwExpanderRow  *row,
                 gpointer         user_data)
{
  g_signal_connect_object (item, "notify", G_CALLBACK (update_metric_subtitle), row,
                           G_CONNECT_SWAPPED);
  update_metric_subtitle (row, NULL, item);
}

static const WaymarkItemListFuncs metric_funcs = {
  .add = metric_add,
  .bind_row = metric_bind_row,
  .add_details = metric_add_details,
};

/* Outcomes */

static gpointer
outcome_add (WaymarkDocument *document,
             guint            position,
             const char      *name,
             gpointer         user_data)
{
  WaymarkStageEditor *self = user_data;

  return waymark_document_add_outcome (document, self->stage, position, name);
}

static void
update_outcome_subtitle (AdwExpanderRow *row,
                         GParamSpec     *pspec,
                         WaymarkOutcome *outcome)
{
  WaymarkStageEditor *self = g_object_get_data (G_OBJECT (row), "waymark-stage-editor");
  WaymarkJourney *journey = waymark_document_get_journey (self->document);
  WaymarkItem *next = NULL;
  g_autofree char *share = NULL;
  g_autofree char *subtitle = NULL;

  if (waymark_outcome_get_next (outcome) != NULL)
    next = waymark_journey_lookup (journey, waymark_outcome_get_next (outcome));

  if (waymark_outcome_has_share (outcome))
    /* Translators: the share of buyers with an outcome, in percent */
    share = g_strdup_printf (_("%g %%"), round (waymark_outcome_get_share (outcome) * 1000) / 10);

  if (share && next)
    /* Translators: a share in percent, then the stage buyers go on to */
    subtitle = g_strdup_printf (_("%s, then %s"), share, waymark_item_get_label (next));
  else if (next)
    /* Translators: the stage buyers go on to */
    subtitle = g_strdup_printf (_("Then %s"), waymark_item_get_label (next));
  else
    subtitle = g_strdup (share ? share : "");

  adw_expander_row_set_subtitle (row, subtitle);
}

/* A stage was renamed, or the next stage removed. */
static void
on_outcome_document_changed_cb (AdwExpanderRow  *row,
                                WaymarkDocument *document)
{
  update_outcome_subtitle (row, NULL, g_object_get_data (G_OBJECT (row), "waymark-outcome"));
}

static void
outcome_add_details (WaymarkDocument *document,
                     gpointer         item,
                     AdwExpanderRow  *row,
                     gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_number_row_new (document, item, "share",
                                                                _("Share in Percent"),
                                                                100.0, 0.0, 1.0));
  adw_expander_row_add_row (row, waymark_stage_row_new (document, item, "next",
                                                               _("Next Stage")));
}

static void
outcome_bind_row (WaymarkDocument *document,
                  gpointer         item,
                  AdwExpanderRow  *row,
                  gpointer         user_data)
{
  g_object_set_data (G_OBJECT (row), "waymark-stage-editor", user_data);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_outcome_subtitle), row,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), "waymark-outcome", item);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_outcome_document_changed_cb), row,
                           G_CONNECT_SWAPPED);
  update_outcome_subtitle (row, NULL, item);
}

static const WaymarkItemListFuncs outcome_funcs = {
  .add = outcome_add,
  .bind_row = outcome_bind_row,
  .add_details = outcome_add_details,
};

static void
waymark_stage_editor_constructed (GObject *object)
{
  WaymarkStageEditor *self = (WaymarkStageEditor *)object;

  G_OBJECT_CLASS (waymark_stage_editor_parent_class)->constructed (object);

  g_assert (WAYMARK_IS_DOCUMENT (self->document));
  g_assert (WAYMARK_IS_STAGE (self->stage));

  self->name_row = waymark_entry_property_row_new (self->document, self->stage, "name", _("Name"));
  adw_preferences_group_add (self->stage_group, self->name_row);
  adw_preferences_group_add (self->stage_group,
                             waymark_text_row_new (self->document, self->stage,
                                                          "description", _("Description")));
  adw_preferences_group_add (self->stage_group,
                             waymark_text_row_new (self->document, self->stage,
                                                          "goal", _("Goal")));

  sync_questions (self);
  g_signal_connect_object (self->stage, "notify::questions",
                           G_CALLBACK (sync_questions), self,
                           G_CONNECT_SWAPPED);

  waymark_item_list_set_funcs (self->questions_list, &question_funcs, self);
  waymark_item_list_set_model (self->questions_list, G_LIST_MODEL (self->questions));
  waymark_item_list_set_document (self->questions_list, self->document);

  waymark_item_list_set_funcs (self->metrics_list, &metric_funcs, self);
  waymark_item_list_set_model (self->metrics_list, waymark_stage_get_metrics (self->stage));
  waymark_item_list_set_document (self->metrics_list, self->document);

  waymark_item_list_set_funcs (self->outcomes_list, &outcome_funcs, self);
  waymark_item_list_set_model (self->outcomes_list, waymark_stage_get_outcomes (self->stage));
  waymark_item_list_set_document (self->outcomes_list, self->document);
}

static void
waymark_stage_editor_dispose (GObject *object)
{
  WaymarkStageEditor *self = (WaymarkStageEditor *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->stage);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (waymark_stage_editor_parent_class)->dispose (object);
}

static void
waymark_stage_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WaymarkStageEditor *self = WAYMARK_STAGE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_STAGE:
      g_value_set_object (value, self->stage);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_stage_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WaymarkStageEditor *self = WAYMARK_STAGE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_STAGE:
      self->stage = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_stage_editor_class_init (WaymarkStageEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = waymark_stage_editor_constructed;
  object_class->dispose = waymark_stage_editor_dispose;
  object_class->get_property = waymark_stage_editor_get_property;
  object_class->set_property = waymark_stage_editor_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STAGE] =
    g_param_spec_object ("stage", NULL, NULL,
                         WAYMARK_TYPE_STAGE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WAYMARK_TYPE_ITEM_LIST);
  g_type_ensure (WAYMARK_TYPE_READABLE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/views/"
                                               "waymark-stage-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkStageEditor, page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStageEditor, stage_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStageEditor, questions_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStageEditor, metrics_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStageEditor, outcomes_list);
}

static void
waymark_stage_editor_init (WaymarkStageEditor *self)
{
  self->questions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
waymark_stage_editor_new (WaymarkDocument *document,
                          WaymarkStage    *stage)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);

  return g_object_new (WAYMARK_TYPE_STAGE_EDITOR,
                       "document", document,
                       "stage", stage,
                       NULL);
}

WaymarkDocument *
waymark_stage_editor_get_document (WaymarkStageEditor *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE_EDITOR (self), NULL);

  return self->document;
}

WaymarkStage *
waymark_stage_editor_get_stage (WaymarkStageEditor *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE_EDITOR (self), NULL);

  return self->stage;
}

/**
 * waymark_stage_editor_focus_name:
 *
 * Puts the focus in the name entry with the name selected, to rename the
 * stage by typing.
 */
void
waymark_stage_editor_focus_name (WaymarkStageEditor *self)
{
  g_return_if_fail (WAYMARK_IS_STAGE_EDITOR (self));

  if (gtk_widget_grab_focus (self->name_row))
    gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
