/* waymark-print-preview.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Waymark's own print preview, shown before GTK's print dialog: inside the
 * Flatpak sandbox that dialog (the print portal) can show neither custom
 * options nor a reliable preview. It shows every page as it will come out,
 * drawn by src/render, labelled with what it holds ("Page 2 of 6 · roles
 * 9–16"), their count and the paper size; Print… hands those very pages to
 * a WaymarkPrintOperation.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-message-dialog.h"
#include "waymark-print-operation.h"
#include "waymark-print-preview.h"
#include "waymark-toast.h"

/* The width of a page on screen, in pixels: larger when there are few. */
#define THUMBNAIL_WIDTH       280
#define THUMBNAIL_WIDTH_ONE   720
#define THUMBNAIL_WIDTH_TWO   440

struct _WaymarkPrintPreview
{
  AdwWindow       parent_instance;

  WaymarkView    *view;
  WaymarkPaper    paper;
  WaymarkPages   *pages;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkDropDown    *paper_dropdown;
  GtkLabel       *count_label;
  GtkFlowBox     *page_box;
  GtkWidget      *print_button;
};

G_DEFINE_FINAL_TYPE (WaymarkPrintPreview, waymark_print_preview, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  WaymarkPages *pages;
  guint         page;
} Thumbnail;

static void
thumbnail_free (gpointer data)
{
  Thumbnail *thumbnail = data;

  g_object_unref (thumbnail->pages);
  g_free (thumbnail);
}

static void
draw_thumbnail (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  Thumbnail *thumbnail = user_data;

  /* Paper is white in the dark style too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  waymark_pages_draw_page (thumbnail->pages, cr, thumbnail->page, width, height);
}

static GtkWidget *
create_page_widget (WaymarkPrintPreview *self,
                    guint                page,
                    int                  thumbnail_width)
{
  g_autofree char *label = waymark_pages_dup_page_label (self->pages, page);
  Thumbnail *thumbnail = g_new0 (Thumbnail, 1);
  GtkWidget *box, *area, *caption;
  double width, height;

  waymark_pages_get_page_size (self->pages, &width, &height);
  thumbnail->pages = g_object_ref (self->pages);
  thumbnail->page = page;

  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), thumbnail_width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                       (int)(thumbnail_width * height / width + 0.5));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_thumbnail,
                                  thumbnail, thumbnail_free);
  gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (area, "page");

  caption = gtk_label_new (label);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 48);
  gtk_widget_add_css_class (caption, "caption");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return box;
}

/* Lays the pages out anew on the paper chosen and shows them. */
static void
update_pages (WaymarkPrintPreview *self)
{
  g_autofree char *count = NULL;
  GtkWidget *child;
  guint n_pages;

  g_clear_object (&self->pages);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_box))))
    gtk_flow_box_remove (self->page_box, child);

  if (self->view != NULL)
    self->pages = waymark_view_dup_pages (self->view, self->paper);

  n_pages = self->pages ? waymark_pages_get_n_pages (self->pages) : 0;
  for (guint i = 0; i < n_pages; i++)
    gtk_flow_box_append (self->page_box,
                         create_page_widget (self, i,
                                             n_pages == 1 ? THUMBNAIL_WIDTH_ONE
                                             : n_pages == 2 ? THUMBNAIL_WIDTH_TWO
                                             : THUMBNAIL_WIDTH));

  /* Translators: in the print preview, how many sheets will print */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", n_pages > 0);
}

static void
on_paper_selected_cb (WaymarkPrintPreview *self,
                      GParamSpec          *pspec,
                      GtkDropDown         *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    waymark_print_preview_set_paper (self, selected);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *content;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      waymark_message_dialog_show_error (parent, _("Could Not Print"),
                                         error ? error->message : NULL);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           ADW_IS_APPLICATION_WINDOW (parent) &&
           (content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (parent))))
    {
      WaymarkPages *pages = waymark_print_operation_get_pages (WAYMARK_PRINT_OPERATION (operation));
      guint n_pages = waymark_pages_get_n_pages (pages);
      g_autofree char *message =
        /* Translators: a toast once the pages went to the printer or the file */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page printed", "%u pages printed",
                                      n_pages), n_pages);

      waymark_toast_show (content, message);
    }

  g_object_unref (operation);
}

/* Hands the pages shown to GTK's print dialog, on the window the preview
 * was opened from, and goes: the dialog takes over from here. */
static void
preview_print_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  WaymarkDocument *document = self->view ? waymark_view_get_document (self->view) : NULL;
  WaymarkJourney *journey = document ? waymark_document_get_journey (document) : NULL;
  g_autoptr(GError) error = NULL;
  WaymarkPrintOperation *operation;
  GtkPrintOperationResult result;

  if (self->pages == NULL)
    return;

  operation = waymark_print_operation_new (self->pages, self->paper,
                                           journey ? waymark_journey_get_title (journey) : NULL);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  if (parent != NULL)
    g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), parent, 0);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    waymark_message_dialog_show_error (parent, _("Could Not Print"), error->message);
  /* Without a parent nobody is told it is done: let it go when it is. */
  if (parent == NULL)
    g_signal_connect (operation, "done", G_CALLBACK (g_object_unref), NULL);

  gtk_window_destroy (GTK_WINDOW (self));
}

/* GtkWidget */

static void
waymark_print_preview_map (GtkWidget *widget)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (widget);

  GTK_WIDGET_CLASS (waymark_print_preview_parent_class)->map (widget);

  /* Enter and Space print; a window would focus Cancel, its first button. */
  gtk_widget_grab_focus (self->print_button);
}

/* GObject */

static void
waymark_print_preview_dispose (GObject *object)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_PRINT_PREVIEW);
  g_clear_object (&self->view);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (waymark_print_preview_parent_class)->dispose (object);
}

static void
waymark_print_preview_constructed (GObject *object)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (object);

  G_OBJECT_CLASS (waymark_print_preview_parent_class)->constructed (object);

  if (self->view != NULL)
    {
      g_autofree char *name = waymark_view_dup_name (self->view);

      adw_window_title_set_subtitle (self->window_title, name);
    }
  gtk_drop_down_set_selected (self->paper_dropdown, self->paper);
  g_signal_connect_object (self->paper_dropdown, "notify::selected",
                           G_CALLBACK (on_paper_selected_cb), self,
                           G_CONNECT_SWAPPED);
  update_pages (self);
}

static void
waymark_print_preview_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;

    case PROP_PAPER:
      g_value_set_uint (value, self->paper);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_print_preview_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  WaymarkPrintPreview *self = WAYMARK_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      self->view = g_value_dup_object (value);
      break;

    case PROP_PAPER:
      waymark_print_preview_set_paper (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_print_preview_class_init (WaymarkPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = waymark_print_preview_constructed;
  object_class->dispose = waymark_print_preview_dispose;
  object_class->get_property = waymark_print_preview_get_property;
  object_class->set_property = waymark_print_preview_set_property;

  widget_class->map = waymark_print_preview_map;

  /**
   * WaymarkPrintPreview:view:
   *
   * The view whose pages are shown and printed.
   */
  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL,
                         WAYMARK_TYPE_VIEW,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkPrintPreview:paper:
   *
   * The sheets the pages are laid out on, a #WaymarkPaper, in landscape.
   */
  properties[PROP_PAPER] =
    g_param_spec_uint ("paper", NULL, NULL,
                       WAYMARK_PAPER_A4, WAYMARK_PAPER_LETTER, WAYMARK_PAPER_DEFAULT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/waymark-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkPrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPrintPreview, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPrintPreview, count_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPrintPreview, page_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkPrintPreview, print_button);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, preview_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "preview.print", NULL);
}

static void
waymark_print_preview_init (WaymarkPrintPreview *self)
{
  self->paper = WAYMARK_PAPER_DEFAULT;

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * waymark_print_preview_new:
 * @parent: (nullable): the window to print from
 * @view: what to print, a view that can (waymark_view_get_can_print())
 *
 * Returns: (transfer floating): the preview, to present
 */
GtkWidget *
waymark_print_preview_new (GtkWindow   *parent,
                           WaymarkView *view)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (WAYMARK_IS_VIEW (view), NULL);

  return g_object_new (WAYMARK_TYPE_PRINT_PREVIEW,
                       "transient-for", parent,
                       "view", view,
                       NULL);
}

/**
 * waymark_print_preview_get_view:
 *
 * Returns: (transfer none): the view printed
 */
WaymarkView *
waymark_print_preview_get_view (WaymarkPrintPreview *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_PREVIEW (self), NULL);

  return self->view;
}

WaymarkPaper
waymark_print_preview_get_paper (WaymarkPrintPreview *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_PREVIEW (self), WAYMARK_PAPER_DEFAULT);

  return self->paper;
}

/**
 * waymark_print_preview_set_paper:
 *
 * Lays the pages out again on @paper, as choosing it in the preview does.
 */
void
waymark_print_preview_set_paper (WaymarkPrintPreview *self,
                                 WaymarkPaper         paper)
{
  g_return_if_fail (WAYMARK_IS_PRINT_PREVIEW (self));
  g_return_if_fail (paper <= WAYMARK_PAPER_LETTER);

  if (self->paper == paper)
    return;

  self->paper = paper;
  if (gtk_drop_down_get_selected (self->paper_dropdown) != paper)
    gtk_drop_down_set_selected (self->paper_dropdown, paper);
  update_pages (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
}

/**
 * waymark_print_preview_get_pages:
 *
 * Returns: (transfer none) (nullable): the pages shown, as they will print
 */
WaymarkPages *
waymark_print_preview_get_pages (WaymarkPrintPreview *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_PREVIEW (self), NULL);

  return self->pages;
}
