/* waymark-personas-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-personas-row.h"

/* A row that picks any of the journey's personas: a list of persona ids
 * (a string-array property), one check button a persona. The subtitle
 * names the chosen ones; the ids keep the order of the journey's list. */

struct _WaymarkPersonasRow
{
  AdwExpanderRow          parent_instance;

  WaymarkPropertyBinding *binding;
  GListModel             *personas;
  GPtrArray              *rows;      /* AdwActionRow, one a persona, in list order */
  GPtrArray              *checks;    /* GtkCheckButton, likewise */
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkPersonasRow, waymark_personas_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
dup_ids (WaymarkPersonasRow *self)
{
  char **ids = NULL;

  g_object_get (waymark_property_binding_get_object (self->binding),
                waymark_property_binding_get_property_name (self->binding), &ids, NULL);

  return ids;
}

static void
update (WaymarkPersonasRow *self)
{
  g_auto(GStrv) ids = dup_ids (self);
  g_autoptr(GString) names = g_string_new (NULL);

  self->updating++;
  for (guint i = 0; i < self->checks->len; i++)
    {
      g_autoptr(WaymarkPersona) persona = g_list_model_get_item (self->personas, i);
      gboolean chosen = ids != NULL && g_strv_contains ((const char * const *)ids,
                                                       waymark_item_get_id (WAYMARK_ITEM (persona)));

      /* Also after a rename of the persona. */
      adw_preferences_row_set_title (g_ptr_array_index (self->rows, i),
                                     waymark_persona_get_name (persona));
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), chosen);
      if (chosen)
        {
          if (names->len > 0)
            /* Translators: between the names of the personas of a touchpoint */
            g_string_append (names, _(", "));
          g_string_append (names, waymark_persona_get_name (persona));
        }
    }
  self->updating--;

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 names->len ? names->str : C_("personas", "None"));
}

static void
on_check_toggled_cb (WaymarkPersonasRow *self,
                     GtkCheckButton     *check)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) old = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || !waymark_property_binding_is_live (self->binding))
    return;

  /* Ids of the journey's personas first, in its order; then any id the
   * file names that is no persona of the journey, kept as it was. */
  old = dup_ids (self);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        g_autoptr(WaymarkPersona) persona = g_list_model_get_item (self->personas, i);

        g_strv_builder_add (builder, waymark_item_get_id (WAYMARK_ITEM (persona)));
      }
  for (guint i = 0; old != NULL && old[i] != NULL; i++)
    {
      WaymarkItem *item = waymark_journey_lookup (waymark_document_get_journey (waymark_property_binding_get_document (self->binding)),
                                                  old[i]);

      if (!WAYMARK_IS_PERSONA (item))
        g_strv_builder_add (builder, old[i]);
    }
  ids = g_strv_builder_end (builder);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, ids[0] ? ids : NULL);
  waymark_property_binding_set_value (self->binding, &value);
}

static void
rebuild (WaymarkPersonasRow *self)
{
  guint n = g_list_model_get_n_items (self->personas);

  for (guint i = 0; i < self->rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->checks, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkPersona) persona = g_list_model_get_item (self->personas, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->checks, check);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self), n > 0);
  update (self);
}

static void
waymark_personas_row_constructed (GObject *object)
{
  WaymarkPersonasRow *self = (WaymarkPersonasRow *)object;
  WaymarkDocument *document;

  G_OBJECT_CLASS (waymark_personas_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);
  g_assert (waymark_property_binding_get_pspec (self->binding)->value_type == G_TYPE_STRV);

  document = waymark_property_binding_get_document (self->binding);
  self->personas = g_object_ref (waymark_journey_get_personas (waymark_document_get_journey (document)));
  rebuild (self);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  /* A persona added, removed or renamed. */
  g_signal_connect_object (self->personas, "items-changed", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

static void
waymark_personas_row_dispose (GObject *object)
{
  WaymarkPersonasRow *self = (WaymarkPersonasRow *)object;

  g_clear_object (&self->binding);
  g_clear_object (&self->personas);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_personas_row_parent_class)->dispose (object);
}

static void
waymark_personas_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WaymarkPersonasRow *self = WAYMARK_PERSONAS_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      g_value_set_object (value, self->binding);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_personas_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WaymarkPersonasRow *self = WAYMARK_PERSONAS_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      self->binding = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_personas_row_class_init (WaymarkPersonasRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_personas_row_constructed;
  object_class->dispose = waymark_personas_row_dispose;
  object_class->get_property = waymark_personas_row_get_property;
  object_class->set_property = waymark_personas_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_personas_row_init (WaymarkPersonasRow *self)
{
  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * waymark_personas_row_new:
 * @property: a string-array property of persona ids
 *
 * Returns: (transfer floating): a row that edits @property of @object
 */
GtkWidget *
waymark_personas_row_new (WaymarkDocument *document,
                          gpointer         object,
                          const char      *property,
                          const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_PERSONAS_ROW, document, object,
                                           property, title);
}

WaymarkPropertyBinding *
waymark_personas_row_get_binding (WaymarkPersonasRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_PERSONAS_ROW (self), NULL);

  return self->binding;
}

/**
 * waymark_personas_row_get_check:
 *
 * Returns: (transfer none) (nullable): the check button of @persona
 */
GtkCheckButton *
waymark_personas_row_get_check (WaymarkPersonasRow *self,
                                WaymarkPersona     *persona)
{
  guint position;

  g_return_val_if_fail (WAYMARK_IS_PERSONAS_ROW (self), NULL);

  if (!g_list_store_find (G_LIST_STORE (self->personas), persona, &position) ||
      position >= self->checks->len)
    return NULL;

  return g_ptr_array_index (self->checks, position);
}
