/* waymark-enum-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A combo row choosing the value of an enum property, each value shown
 * with its translated title.
 */

#include "config.h"

#include "waymark-enum-row.h"

struct _WaymarkEnumRow
{
  AdwComboRow             parent_instance;

  WaymarkPropertyBinding *binding;
  GEnumClass             *enum_class;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkEnumRow, waymark_enum_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (WaymarkEnumRow *self)
{
  int value = waymark_property_binding_get_enum (self->binding);

  for (guint i = 0; i < self->enum_class->n_values; i++)
    if (self->enum_class->values[i].value == value)
      {
        self->updating++;
        adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
        self->updating--;
        break;
      }
}

static void
on_selected_cb (WaymarkEnumRow *self,
                GParamSpec     *pspec,
                gpointer        user_data)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  GParamSpec *property = waymark_property_binding_get_pspec (self->binding);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || selected >= self->enum_class->n_values ||
      !waymark_property_binding_is_live (self->binding))
    return;

  if (self->enum_class->values[selected].value == waymark_property_binding_get_enum (self->binding))
    return;

  g_value_init (&value, property->value_type);
  g_value_set_enum (&value, self->enum_class->values[selected].value);
  waymark_property_binding_set_value (self->binding, &value);
}

static void
waymark_enum_row_constructed (GObject *object)
{
  WaymarkEnumRow *self = (WaymarkEnumRow *)object;
  GParamSpec *pspec;

  G_OBJECT_CLASS (waymark_enum_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  pspec = waymark_property_binding_get_pspec (self->binding);
  g_assert (G_IS_PARAM_SPEC_ENUM (pspec));
  self->enum_class = g_type_class_ref (pspec->value_type);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected_cb), NULL);
}

static void
waymark_enum_row_dispose (GObject *object)
{
  WaymarkEnumRow *self = (WaymarkEnumRow *)object;

  g_clear_object (&self->binding);
  g_clear_pointer (&self->enum_class, g_type_class_unref);

  G_OBJECT_CLASS (waymark_enum_row_parent_class)->dispose (object);
}

static void
waymark_enum_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaymarkEnumRow *self = WAYMARK_ENUM_ROW (object);

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
waymark_enum_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WaymarkEnumRow *self = WAYMARK_ENUM_ROW (object);

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
waymark_enum_row_class_init (WaymarkEnumRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_enum_row_constructed;
  object_class->dispose = waymark_enum_row_dispose;
  object_class->get_property = waymark_enum_row_get_property;
  object_class->set_property = waymark_enum_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_enum_row_init (WaymarkEnumRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * waymark_enum_row_new:
 * @get_title: gives the translated title of each value
 *
 * Returns: (transfer floating): a row choosing the value of the enum
 *   @property of @object
 */
GtkWidget *
waymark_enum_row_new (WaymarkDocument  *document,
                      gpointer          object,
                      const char       *property,
                      const char       *title,
                      WaymarkTitleFunc  get_title)
{
  g_autoptr(GtkStringList) titles = NULL;
  WaymarkEnumRow *self;

  g_return_val_if_fail (get_title != NULL, NULL);

  self = waymark_property_binding_new_row (WAYMARK_TYPE_ENUM_ROW, document, object,
                                           property, title);
  if (self == NULL)
    return NULL;

  titles = gtk_string_list_new (NULL);
  for (guint i = 0; i < self->enum_class->n_values; i++)
    gtk_string_list_append (titles, get_title (self->enum_class->values[i].value));

  self->updating++;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (titles));
  self->updating--;
  update (self);

  return GTK_WIDGET (self);
}

WaymarkPropertyBinding *
waymark_enum_row_get_binding (WaymarkEnumRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_ENUM_ROW (self), NULL);

  return self->binding;
}
