/* waymark-entry-property-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row editing a one-line string property. A name or title may
 * not become empty: names are how the user finds things again.
 */

#include "config.h"

#include "waymark-edit-commit.h"
#include "waymark-entry-property-row.h"
#include "waymark-overflow-text.h"

struct _WaymarkEntryPropertyRow
{
  AdwEntryRow             parent_instance;

  WaymarkPropertyBinding *binding;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkEntryPropertyRow, waymark_entry_property_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_name (WaymarkEntryPropertyRow *self)
{
  const char *property = waymark_property_binding_get_property_name (self->binding);

  return g_str_equal (property, "name") || g_str_equal (property, "title");
}

static void
update (WaymarkEntryPropertyRow *self)
{
  g_autofree char *value = waymark_property_binding_dup_string (self->binding);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), value ? value : "") == 0)
    return;

  self->updating++;
  waymark_edit_commit_set_text (GTK_WIDGET (self), value ? value : "");
  self->updating--;
}

static void
commit (GtkWidget           *row,
        WaymarkCommitReason  reason,
        gpointer             user_data)
{
  WaymarkEntryPropertyRow *self = WAYMARK_ENTRY_PROPERTY_ROW (row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *value = waymark_property_binding_dup_string (self->binding);

  if (self->updating || !waymark_property_binding_is_live (self->binding))
    return;

  if (g_strcmp0 (text, value ? value : "") == 0)
    return;

  if (!is_name (self))
    {
      waymark_property_binding_set_string (self->binding, text[0] ? text : NULL);
      return;
    }

  /* An empty name is refused once the user is done, not while typing the
   * new one over the old. */
  if (text[0] == '\0')
    {
      if (reason != WAYMARK_COMMIT_TYPED)
        update (self);
    }
  else
    {
      gboolean begun = waymark_property_binding_begin_edit (self->binding);

      waymark_document_rename (waymark_property_binding_get_document (self->binding),
                               waymark_property_binding_get_object (self->binding),
                               text);
      waymark_property_binding_end_edit (self->binding, begun);
    }
}

static void
waymark_entry_property_row_constructed (GObject *object)
{
  WaymarkEntryPropertyRow *self = (WaymarkEntryPropertyRow *)object;

  G_OBJECT_CLASS (waymark_entry_property_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  waymark_edit_commit_connect (GTK_WIDGET (self),
                               waymark_property_binding_get_document (self->binding),
                               commit, NULL);
}

static void
waymark_entry_property_row_dispose (GObject *object)
{
  WaymarkEntryPropertyRow *self = (WaymarkEntryPropertyRow *)object;

  g_clear_object (&self->binding);

  G_OBJECT_CLASS (waymark_entry_property_row_parent_class)->dispose (object);
}

static void
waymark_entry_property_row_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  WaymarkEntryPropertyRow *self = WAYMARK_ENTRY_PROPERTY_ROW (object);

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
waymark_entry_property_row_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  WaymarkEntryPropertyRow *self = WAYMARK_ENTRY_PROPERTY_ROW (object);

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
waymark_entry_property_row_class_init (WaymarkEntryPropertyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_entry_property_row_constructed;
  object_class->dispose = waymark_entry_property_row_dispose;
  object_class->get_property = waymark_entry_property_row_get_property;
  object_class->set_property = waymark_entry_property_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_entry_property_row_init (WaymarkEntryPropertyRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  /* A long name or title is read in full, wrapped under the line. */
  waymark_overflow_text_attach (ADW_ENTRY_ROW (self));
}

/**
 * waymark_entry_property_row_new:
 *
 * Returns: (transfer floating): a row editing the string @property of
 *   @object, a model object of @document
 */
GtkWidget *
waymark_entry_property_row_new (WaymarkDocument *document,
                                gpointer         object,
                                const char      *property,
                                const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_ENTRY_PROPERTY_ROW, document, object,
                                           property, title);
}

WaymarkPropertyBinding *
waymark_entry_property_row_get_binding (WaymarkEntryPropertyRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_ENTRY_PROPERTY_ROW (self), NULL);

  return self->binding;
}
