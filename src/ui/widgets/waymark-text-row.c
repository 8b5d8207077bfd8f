/* waymark-text-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list row with a caption and a text view editing a multi-line string
 * property, committed as the user types, one undo step a visit. A preferences row, so
 * that a preferences group or an expander row puts it in its list.
 */

#include "config.h"

#include "waymark-edit-commit.h"
#include "waymark-text-row.h"

struct _WaymarkTextRow
{
  AdwPreferencesRow       parent_instance;

  WaymarkPropertyBinding *binding;
  GtkLabel               *caption;
  GtkTextView            *text_view;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkTextRow, waymark_text_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_text (WaymarkTextRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update (WaymarkTextRow *self)
{
  g_autofree char *value = waymark_property_binding_dup_string (self->binding);
  g_autofree char *text = dup_text (self);

  if (g_strcmp0 (text, value ? value : "") == 0)
    return;

  self->updating++;
  waymark_edit_commit_set_text (GTK_WIDGET (self->text_view), value ? value : "");
  self->updating--;
}

static void
commit (GtkWidget           *row,
        WaymarkCommitReason  reason,
        gpointer             user_data)
{
  WaymarkTextRow *self = WAYMARK_TEXT_ROW (row);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (self->updating || !waymark_property_binding_is_live (self->binding))
    return;

  value = waymark_property_binding_dup_string (self->binding);
  text = dup_text (self);
  if (g_strcmp0 (text, value ? value : "") != 0)
    waymark_property_binding_set_string (self->binding, text[0] ? text : NULL);
}

static void
on_title_changed_cb (WaymarkTextRow *self,
                     GParamSpec     *pspec,
                     gpointer        user_data)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_text (self->caption, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
waymark_text_row_constructed (GObject *object)
{
  WaymarkTextRow *self = (WaymarkTextRow *)object;

  G_OBJECT_CLASS (waymark_text_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  waymark_edit_commit_connect_text_view (GTK_WIDGET (self), self->text_view,
                                         waymark_property_binding_get_document (self->binding),
                                         commit, NULL);
}

static void
waymark_text_row_dispose (GObject *object)
{
  WaymarkTextRow *self = (WaymarkTextRow *)object;

  g_clear_object (&self->binding);

  G_OBJECT_CLASS (waymark_text_row_parent_class)->dispose (object);
}

static void
waymark_text_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaymarkTextRow *self = WAYMARK_TEXT_ROW (object);

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
waymark_text_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WaymarkTextRow *self = WAYMARK_TEXT_ROW (object);

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
waymark_text_row_class_init (WaymarkTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_text_row_constructed;
  object_class->dispose = waymark_text_row_dispose;
  object_class->get_property = waymark_text_row_get_property;
  object_class->set_property = waymark_text_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_text_row_init (WaymarkTextRow *self)
{
  GtkWidget *box;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "waymark-text-row");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  self->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->caption, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->caption));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->text_view, FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->text_view), -1, 48);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "inline");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->caption, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->text_view));

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed_cb), NULL);
}

/**
 * waymark_text_row_new:
 *
 * Returns: (transfer floating): a row editing the multi-line string
 *   @property of @object
 */
GtkWidget *
waymark_text_row_new (WaymarkDocument *document,
                      gpointer         object,
                      const char      *property,
                      const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_TEXT_ROW, document, object,
                                           property, title);
}

WaymarkPropertyBinding *
waymark_text_row_get_binding (WaymarkTextRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_TEXT_ROW (self), NULL);

  return self->binding;
}
