/* waymark-emotion-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-emotion-row.h"
#include "waymark-enums.h"

/* A row that picks a feeling on the map's scale, −2 to +2, or none: an
 * integer property where WAYMARK_NO_EMOTION means nothing was recorded
 * (which is not the same as a neutral 0). */

struct _WaymarkEmotionRow
{
  AdwComboRow             parent_instance;

  WaymarkPropertyBinding *binding;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkEmotionRow, waymark_emotion_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices in the order shown: none, then −2 to +2. */
#define N_CHOICES 6

static int
choice_value (guint choice)
{
  return choice == 0 ? WAYMARK_NO_EMOTION : (int)choice - 3;
}

static int
get_value (WaymarkEmotionRow *self)
{
  int value = WAYMARK_NO_EMOTION;

  g_object_get (waymark_property_binding_get_object (self->binding),
                waymark_property_binding_get_property_name (self->binding), &value, NULL);

  return value;
}

static void
update (WaymarkEmotionRow *self)
{
  int value = get_value (self);
  guint choice = value == WAYMARK_NO_EMOTION ? 0 : (guint)(CLAMP (value, -2, 2) + 3);

  self->updating++;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), choice);
  self->updating--;
}

static void
on_selected_cb (WaymarkEmotionRow *self,
                GParamSpec        *pspec,
                gpointer           user_data)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || selected >= N_CHOICES ||
      !waymark_property_binding_is_live (self->binding) ||
      choice_value (selected) == get_value (self))
    return;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, choice_value (selected));
  waymark_property_binding_set_value (self->binding, &value);
}

static void
waymark_emotion_row_constructed (GObject *object)
{
  WaymarkEmotionRow *self = (WaymarkEmotionRow *)object;
  g_autoptr(GtkStringList) titles = NULL;
  const char *names[N_CHOICES] = {
    /* Translators: the emotion of a touchpoint, when none was recorded */
    C_("emotion", "Not recorded"),
    C_("emotion", "−2, very negative"),
    C_("emotion", "−1, negative"),
    C_("emotion", "0, neutral"),
    C_("emotion", "+1, positive"),
    C_("emotion", "+2, very positive"),
  };

  G_OBJECT_CLASS (waymark_emotion_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);
  g_assert (G_IS_PARAM_SPEC_INT (waymark_property_binding_get_pspec (self->binding)));

  titles = gtk_string_list_new (names);
  self->updating++;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (titles));
  self->updating--;
  update (self);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected_cb), NULL);
}

static void
waymark_emotion_row_dispose (GObject *object)
{
  WaymarkEmotionRow *self = (WaymarkEmotionRow *)object;

  g_clear_object (&self->binding);

  G_OBJECT_CLASS (waymark_emotion_row_parent_class)->dispose (object);
}

static void
waymark_emotion_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WaymarkEmotionRow *self = WAYMARK_EMOTION_ROW (object);

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
waymark_emotion_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  WaymarkEmotionRow *self = WAYMARK_EMOTION_ROW (object);

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
waymark_emotion_row_class_init (WaymarkEmotionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_emotion_row_constructed;
  object_class->dispose = waymark_emotion_row_dispose;
  object_class->get_property = waymark_emotion_row_get_property;
  object_class->set_property = waymark_emotion_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_emotion_row_init (WaymarkEmotionRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
}

/**
 * waymark_emotion_row_new:
 * @property: an integer property from −2 to 2, WAYMARK_NO_EMOTION when
 *   none is recorded
 *
 * Returns: (transfer floating): a row that edits @property of @object
 */
GtkWidget *
waymark_emotion_row_new (WaymarkDocument *document,
                         gpointer         object,
                         const char      *property,
                         const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_EMOTION_ROW, document, object,
                                           property, title);
}

WaymarkPropertyBinding *
waymark_emotion_row_get_binding (WaymarkEmotionRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_EMOTION_ROW (self), NULL);

  return self->binding;
}
