/* waymark-stage-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A combo row choosing a stage of the journey, or none, for a string
 * property holding a stage id. The first choice stands for none: a stage
 * that is not in the journey, named "None", so that every choice can show
 * its live label. waymark_stage_row_new_for_items() chooses from another
 * list of the journey the same way (a touchpoint's channel).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-stage-row.h"

struct _WaymarkStageRow
{
  AdwComboRow             parent_instance;

  WaymarkPropertyBinding *binding;
  GListModel             *choices;
  GListModel             *items;       /* the journey's stages, unless given */
  char                   *none_title;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkStageRow, waymark_stage_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  PROP_ITEMS,
  PROP_NONE_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (WaymarkStageRow *self)
{
  g_autofree char *id = waymark_property_binding_dup_string (self->binding);
  guint n = g_list_model_get_n_items (self->choices);
  guint selected = 0;

  for (guint i = 1; id != NULL && i < n; i++)
    {
      g_autoptr(WaymarkItem) stage = g_list_model_get_item (self->choices, i);

      if (g_strcmp0 (waymark_item_get_id (stage), id) == 0)
        {
          selected = i;
          break;
        }
    }

  self->updating++;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), selected);
  self->updating--;
}

static void
on_selected_cb (WaymarkStageRow *self,
                GParamSpec      *pspec,
                gpointer         user_data)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  g_autoptr(WaymarkItem) stage = NULL;
  g_autofree char *current = NULL;
  const char *id = NULL;

  if (self->updating || selected == GTK_INVALID_LIST_POSITION ||
      !waymark_property_binding_is_live (self->binding))
    return;

  if (selected > 0)
    {
      stage = g_list_model_get_item (self->choices, selected);
      id = waymark_item_get_id (stage);
    }

  /* The selection also moves when the stages change, and GObject delivers
   * the notification of the first selection after construction: only a
   * choice of another stage is an edit. */
  current = waymark_property_binding_dup_string (self->binding);
  if (g_strcmp0 (current && current[0] ? current : NULL, id) == 0)
    return;

  waymark_property_binding_set_string (self->binding, id);
}

static void
on_stages_changed_cb (WaymarkStageRow *self,
                      guint            position,
                      guint            removed,
                      guint            added,
                      GListModel      *choices)
{
  update (self);
}

static void
waymark_stage_row_constructed (GObject *object)
{
  WaymarkStageRow *self = (WaymarkStageRow *)object;
  WaymarkDocument *document;
  g_autoptr(GListStore) none = NULL;
  g_autoptr(GListStore) models = NULL;
  g_autoptr(WaymarkStage) nothing = NULL;
  GtkExpression *expression;

  G_OBJECT_CLASS (waymark_stage_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  document = waymark_property_binding_get_document (self->binding);

  /* A stand-in for "no stage" in the menu, never part of the journey. */
  nothing = g_object_new (WAYMARK_TYPE_STAGE,
                          "name", self->none_title ? self->none_title : C_("stage", "None"),
                          NULL);
  none = g_list_store_new (WAYMARK_TYPE_ITEM);
  g_list_store_append (none, nothing);

  models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (models, none);
  if (self->items == NULL)
    self->items = g_object_ref (waymark_journey_get_stages (waymark_document_get_journey (document)));
  g_list_store_append (models, self->items);
  self->choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models))));

  expression = gtk_property_expression_new (WAYMARK_TYPE_ITEM, NULL, "label");
  self->updating++;
  adw_combo_row_set_expression (ADW_COMBO_ROW (self), expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), self->choices);
  self->updating--;
  gtk_expression_unref (expression);

  update (self);
  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected_cb), NULL);
  g_signal_connect_object (self->choices, "items-changed",
                           G_CALLBACK (on_stages_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
waymark_stage_row_dispose (GObject *object)
{
  WaymarkStageRow *self = (WaymarkStageRow *)object;

  g_clear_object (&self->binding);
  g_clear_object (&self->choices);
  g_clear_object (&self->items);
  g_clear_pointer (&self->none_title, g_free);

  G_OBJECT_CLASS (waymark_stage_row_parent_class)->dispose (object);
}

static void
waymark_stage_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WaymarkStageRow *self = WAYMARK_STAGE_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      g_value_set_object (value, self->binding);
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_NONE_TITLE:
      g_value_set_string (value, self->none_title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_stage_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WaymarkStageRow *self = WAYMARK_STAGE_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      self->binding = g_value_dup_object (value);
      break;

    case PROP_ITEMS:
      self->items = g_value_dup_object (value);
      break;

    case PROP_NONE_TITLE:
      self->none_title = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_stage_row_class_init (WaymarkStageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_stage_row_constructed;
  object_class->dispose = waymark_stage_row_dispose;
  object_class->get_property = waymark_stage_row_get_property;
  object_class->set_property = waymark_stage_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NONE_TITLE] =
    g_param_spec_string ("none-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_stage_row_init (WaymarkStageRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * waymark_stage_row_new:
 *
 * Returns: (transfer floating): a row choosing a stage of @document's
 *   journey, or none, for the stage-id @property of @object
 */
GtkWidget *
waymark_stage_row_new (WaymarkDocument *document,
                       gpointer         object,
                       const char      *property,
                       const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_STAGE_ROW, document, object,
                                           property, title);
}

/**
 * waymark_stage_row_new_for_items:
 * @items: a list of the journey's items (WaymarkItem)
 * @none_title: the name of the first choice, none of them
 *
 * Returns: (transfer floating): a row choosing an item of @items, or
 *   none, for the id @property of @object
 */
GtkWidget *
waymark_stage_row_new_for_items (WaymarkDocument *document,
                                 gpointer         object,
                                 const char      *property,
                                 const char      *title,
                                 GListModel      *items,
                                 const char      *none_title)
{
  g_autoptr(WaymarkPropertyBinding) binding = NULL;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  binding = waymark_property_binding_new (document, object, property);

  return g_object_new (WAYMARK_TYPE_STAGE_ROW,
                       "binding", binding,
                       "title", title,
                       "items", items,
                       "none-title", none_title,
                       NULL);
}

WaymarkPropertyBinding *
waymark_stage_row_get_binding (WaymarkStageRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE_ROW (self), NULL);

  return self->binding;
}
