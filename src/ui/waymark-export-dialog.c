/* waymark-export-dialog.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export…: asks for the format (those the view on screen writes: PDF, PNG,
 * SVG, CSV) and, where the file depends on it, the paper. Its "export"
 * response is the window's cue to ask where to save (waymark-window-export.c);
 * the dialog itself writes nothing.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-export-dialog.h"

struct _WaymarkExportDialog
{
  AdwMessageDialog      parent_instance;

  WaymarkView          *view;
  GArray               *formats;   /* WaymarkExportFormats, as the format row lists them */

  /* Template widgets */
  AdwComboRow          *format_row;
  AdwComboRow          *paper_row;
};

G_DEFINE_FINAL_TYPE (WaymarkExportDialog, waymark_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  WaymarkExportFormats  format;
  const char           *mime_type;
  const char           *label;
} formats[] = {
  { WAYMARK_EXPORT_PDF, "application/pdf", N_("PDF Document") },
  { WAYMARK_EXPORT_PNG, "image/png", N_("PNG Image") },
  { WAYMARK_EXPORT_SVG, "image/svg+xml", N_("SVG Image") },
  { WAYMARK_EXPORT_CSV, "text/csv", N_("CSV Spreadsheet") },
};

static guint
format_index (WaymarkExportFormats format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return i;

  g_return_val_if_reached (0);
}

/* The paper only where the file depends on it; the subtitle says what a
 * format gives. */
static void
update_rows (WaymarkExportDialog *self)
{
  WaymarkExportFormats format = waymark_export_dialog_get_format (self);
  WaymarkExportFormats paper = waymark_view_get_paper_formats (self->view);
  gboolean uses_paper = (paper & format) != 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row), uses_paper);
  if (!uses_paper)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->paper_row),
                                 _("Not used by this format"));
  else if (format != WAYMARK_EXPORT_PDF)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->paper_row),
                                 _("Landscape, one file a page"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->paper_row), _("Landscape"));
}

/* GObject */

static void
waymark_export_dialog_constructed (GObject *object)
{
  WaymarkExportDialog *self = WAYMARK_EXPORT_DIALOG (object);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  WaymarkExportFormats available;

  G_OBJECT_CLASS (waymark_export_dialog_parent_class)->constructed (object);

  g_return_if_fail (WAYMARK_IS_VIEW (self->view));

  available = waymark_view_get_export_formats (self->view);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if ((available & formats[i].format) == 0)
        continue;
      g_array_append_val (self->formats, formats[i].format);
      gtk_string_list_append (labels, _(formats[i].label));
    }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));

  name = waymark_view_dup_name (self->view);
  /* Translators: the heading of the Export dialog, %s is the view ("Matrix") */
  heading = g_strdup_printf (_("Export %s"), name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  update_rows (self);
}

static void
waymark_export_dialog_dispose (GObject *object)
{
  WaymarkExportDialog *self = WAYMARK_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->view);

  G_OBJECT_CLASS (waymark_export_dialog_parent_class)->dispose (object);
}

static void
waymark_export_dialog_finalize (GObject *object)
{
  WaymarkExportDialog *self = WAYMARK_EXPORT_DIALOG (object);

  g_clear_pointer (&self->formats, g_array_unref);

  G_OBJECT_CLASS (waymark_export_dialog_parent_class)->finalize (object);
}

static void
waymark_export_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  WaymarkExportDialog *self = WAYMARK_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_export_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  WaymarkExportDialog *self = WAYMARK_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      self->view = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_export_dialog_class_init (WaymarkExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = waymark_export_dialog_constructed;
  object_class->dispose = waymark_export_dialog_dispose;
  object_class->finalize = waymark_export_dialog_finalize;
  object_class->get_property = waymark_export_dialog_get_property;
  object_class->set_property = waymark_export_dialog_set_property;

  /**
   * WaymarkExportDialog:view:
   *
   * The view to export, which says what it can write.
   */
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         WAYMARK_TYPE_VIEW,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/waymark-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, WaymarkExportDialog, paper_row);
}

static void
waymark_export_dialog_init (WaymarkExportDialog *self)
{
  self->formats = g_array_new (FALSE, FALSE, sizeof (WaymarkExportFormats));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * waymark_export_dialog_new:
 * @parent: the window of @view
 * @view: a view that exports (waymark_view_get_can_export())
 *
 * Returns: (transfer floating): the dialog, to present; its response is
 *   "export" or "cancel"
 */
GtkWidget *
waymark_export_dialog_new (GtkWindow   *parent,
                           WaymarkView *view)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WAYMARK_IS_VIEW (view), NULL);
  g_return_val_if_fail (waymark_view_get_can_export (view), NULL);

  return g_object_new (WAYMARK_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "view", view,
                       NULL);
}

/**
 * waymark_export_dialog_get_view:
 *
 * Returns: (transfer none): the view exported
 */
WaymarkView *
waymark_export_dialog_get_view (WaymarkExportDialog *self)
{
  g_return_val_if_fail (WAYMARK_IS_EXPORT_DIALOG (self), NULL);

  return self->view;
}

/**
 * waymark_export_dialog_get_format:
 *
 * Returns: the format chosen, one of the view's
 */
WaymarkExportFormats
waymark_export_dialog_get_format (WaymarkExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (WAYMARK_IS_EXPORT_DIALOG (self), WAYMARK_EXPORT_NONE);

  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= self->formats->len)
    return WAYMARK_EXPORT_NONE;

  return g_array_index (self->formats, WaymarkExportFormats, selected);
}

/**
 * waymark_export_dialog_set_format:
 * @format: one of the view's formats; another is ignored
 */
void
waymark_export_dialog_set_format (WaymarkExportDialog  *self,
                                  WaymarkExportFormats  format)
{
  g_return_if_fail (WAYMARK_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < self->formats->len; i++)
    if (g_array_index (self->formats, WaymarkExportFormats, i) == format)
      adw_combo_row_set_selected (self->format_row, i);
}

WaymarkPaper
waymark_export_dialog_get_paper (WaymarkExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (WAYMARK_IS_EXPORT_DIALOG (self), WAYMARK_PAPER_DEFAULT);

  selected = adw_combo_row_get_selected (self->paper_row);

  return selected <= WAYMARK_PAPER_LETTER ? selected : WAYMARK_PAPER_DEFAULT;
}

void
waymark_export_dialog_set_paper (WaymarkExportDialog *self,
                                 WaymarkPaper         paper)
{
  g_return_if_fail (WAYMARK_IS_EXPORT_DIALOG (self));
  g_return_if_fail (paper <= WAYMARK_PAPER_LETTER);

  adw_combo_row_set_selected (self->paper_row, paper);
}

const char *
waymark_export_format_get_mime_type (WaymarkExportFormats format)
{
  return formats[format_index (format)].mime_type;
}

/**
 * waymark_export_format_get_label:
 *
 * Returns: what the user calls @format, translated ("PDF Document")
 */
const char *
waymark_export_format_get_label (WaymarkExportFormats format)
{
  return _(formats[format_index (format)].label);
}
