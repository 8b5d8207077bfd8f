/* waymark-number-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row editing a double property, NAN when not set (an empty
 * entry), shown times a scale (100 for a share shown in percent) and kept
 * between a minimum and a maximum. Numbers are read and written as the
 * user's locale does (waymark-number.c). Text that is not a number, or a
 * number out of range, is refused: the row says why, and the document
 * keeps the value it had before the field was visited.
 */

#include "config.h"

#include <math.h>

#include "waymark-edit-commit.h"
#include "waymark-number-row.h"
#include "waymark-number.h"

struct _WaymarkNumberRow
{
  AdwEntryRow             parent_instance;

  WaymarkPropertyBinding *binding;
  double                  scale;
  double                  minimum;
  double                  maximum;
  guint                   updating;
  GtkLabel               *message;
  /* The value before this visit to the row: what a refused number leaves
   * in the document. */
  double                  before;
  gboolean                visiting;
};

G_DEFINE_FINAL_TYPE (WaymarkNumberRow, waymark_number_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  PROP_SCALE,
  PROP_MINIMUM,
  PROP_MAXIMUM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
show_message (WaymarkNumberRow *self,
              const char       *message)
{
  gtk_label_set_text (self->message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message ? message : "",
                                  -1);
}

static void
update (WaymarkNumberRow *self)
{
  double value = waymark_property_binding_get_double (self->binding);
  g_autofree char *text = waymark_number_format (value * self->scale);
  double shown;

  /* The row's own change of the value, in refusing a number: the text
   * and the message stay. */
  if (self->updating)
    return;

  /* An edit from elsewhere (an undo, another window): the new value to
   * come back to. */
  if (!self->visiting)
    self->before = value;

  show_message (self, NULL);

  /* Leave "1.50" alone when the value is 1.5. */
  if (waymark_number_parse (gtk_editable_get_text (GTK_EDITABLE (self)), &shown) &&
      same_number (shown, value * self->scale))
    return;

  self->updating++;
  waymark_edit_commit_set_text (GTK_WIDGET (self), text);
  self->updating--;
}

static void
set_value (WaymarkNumberRow *self,
           double            value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  if (same_number (waymark_property_binding_get_double (self->binding), value))
    return;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  waymark_property_binding_set_value (self->binding, &gvalue);
}

static void
commit (GtkWidget           *row,
        WaymarkCommitReason  reason,
        gpointer             user_data)
{
  WaymarkNumberRow *self = WAYMARK_NUMBER_ROW (row);
  g_autoptr(GError) error = NULL;
  double value;

  if (self->updating || !waymark_property_binding_is_live (self->binding))
    return;

  if (!waymark_number_parse_in_range (gtk_editable_get_text (GTK_EDITABLE (row)),
                                      self->minimum * self->scale,
                                      self->maximum * self->scale,
                                      &value, &error))
    {
      /* Refused: the document goes back to the value the field showed
       * before this edit (the visit's step then ends where it began), and
       * the row keeps the text, saying why. */
      self->updating++;
      set_value (self, self->before);
      self->updating--;

      show_message (self, error->message);
      if (reason == WAYMARK_COMMIT_ACTIVATED)
        gtk_widget_error_bell (row);
      return;
    }

  show_message (self, NULL);
  set_value (self, isnan (value) ? NAN : value / self->scale);

  /* Enter settles the number: a later refusal in this visit keeps it. */
  if (reason == WAYMARK_COMMIT_ACTIVATED)
    self->before = waymark_property_binding_get_double (self->binding);
}

static void
on_focus_enter_cb (WaymarkNumberRow *self)
{
  self->visiting = TRUE;
  self->before = waymark_property_binding_get_double (self->binding);
}

static void
on_focus_leave_cb (WaymarkNumberRow *self)
{
  self->visiting = FALSE;
}

static void
waymark_number_row_constructed (GObject *object)
{
  WaymarkNumberRow *self = (WaymarkNumberRow *)object;
  GtkEventController *focus;

  G_OBJECT_CLASS (waymark_number_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);

  /* Before the commit's own controller: leaving ends the visit first, so
   * the value committed on leaving is the next one to come back to. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  waymark_edit_commit_connect (GTK_WIDGET (self),
                               waymark_property_binding_get_document (self->binding),
                               commit, NULL);
}

static void
waymark_number_row_dispose (GObject *object)
{
  WaymarkNumberRow *self = (WaymarkNumberRow *)object;

  g_clear_object (&self->binding);

  G_OBJECT_CLASS (waymark_number_row_parent_class)->dispose (object);
}

static void
waymark_number_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkNumberRow *self = WAYMARK_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      g_value_set_object (value, self->binding);
      break;

    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;

    case PROP_MINIMUM:
      g_value_set_double (value, self->minimum);
      break;

    case PROP_MAXIMUM:
      g_value_set_double (value, self->maximum);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_number_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkNumberRow *self = WAYMARK_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      self->binding = g_value_dup_object (value);
      break;

    case PROP_SCALE:
      self->scale = g_value_get_double (value);
      break;

    case PROP_MINIMUM:
      self->minimum = g_value_get_double (value);
      break;

    case PROP_MAXIMUM:
      self->maximum = g_value_get_double (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_number_row_class_init (WaymarkNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_number_row_constructed;
  object_class->dispose = waymark_number_row_dispose;
  object_class->get_property = waymark_number_row_get_property;
  object_class->set_property = waymark_number_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkNumberRow:scale:
   *
   * The factor between the stored and the shown value.
   */
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL,
                         G_MINDOUBLE, G_MAXDOUBLE, 1.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MINIMUM] =
    g_param_spec_double ("minimum", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MAXIMUM] =
    g_param_spec_double ("maximum", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_number_row_init (WaymarkNumberRow *self)
{
  self->scale = 1.0;
  self->minimum = -G_MAXDOUBLE;
  self->maximum = G_MAXDOUBLE;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (self), GTK_INPUT_PURPOSE_NUMBER);

  /* Why a number is refused, in words, beside the text. */
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_max_width_chars (self->message, 28);
  gtk_label_set_xalign (self->message, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->message));
}

/**
 * waymark_number_row_new:
 * @scale: the factor between the stored and the shown value, not 0
 *
 * Returns: (transfer floating): a row editing the double @property of
 *   @object; an empty entry means not set (NAN)
 */
GtkWidget *
waymark_number_row_new (WaymarkDocument *document,
                        gpointer         object,
                        const char      *property,
                        const char      *title,
                        double           scale,
                        double           minimum,
                        double           maximum)
{
  g_autoptr(WaymarkPropertyBinding) binding = NULL;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (scale > 0, NULL);

  binding = waymark_property_binding_new (document, object, property);

  return g_object_new (WAYMARK_TYPE_NUMBER_ROW,
                       "binding", binding,
                       "scale", scale,
                       "minimum", minimum,
                       "maximum", maximum,
                       "title", title,
                       NULL);
}

WaymarkPropertyBinding *
waymark_number_row_get_binding (WaymarkNumberRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_NUMBER_ROW (self), NULL);

  return self->binding;
}
