/* waymark-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base class of the window's pages (Map, Matrix, Stages, Gaps,
 * Content). It holds the document, the title and icon the view switcher
 * shows, and builds the content on first show, so that a page the user
 * never opens costs nothing at start-up. Search and export are hooks a
 * view fills in; by default they are not available.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-view.h"

typedef struct
{
  WaymarkDocument *document;
  char            *title;
  char            *icon_name;
  guint            built : 1;
} WaymarkViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WaymarkView, waymark_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TITLE,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPtrArray *
waymark_view_real_export (WaymarkView           *self,
                          WaymarkExportFormats   format,
                          WaymarkPaper           paper,
                          GError               **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("Exporting is not available in this view"));
  return NULL;
}

static void
on_document_changed_cb (WaymarkView *self)
{
  WaymarkViewClass *klass = WAYMARK_VIEW_GET_CLASS (self);

  /* A view not built yet shows the edits when it is. */
  if (waymark_view_get_built (self) && klass->edited != NULL)
    klass->edited (self);
}

/* GtkWidget */

static void
waymark_view_map (GtkWidget *widget)
{
  /* Before the children are mapped, so that the new ones are too. */
  waymark_view_ensure_built (WAYMARK_VIEW (widget));

  GTK_WIDGET_CLASS (waymark_view_parent_class)->map (widget);
}

/* GObject */

static void
waymark_view_dispose (GObject *object)
{
  WaymarkView *self = (WaymarkView *)object;
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_func (priv->document, on_document_changed_cb, self);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (waymark_view_parent_class)->dispose (object);
}

static void
waymark_view_finalize (GObject *object)
{
  WaymarkView *self = (WaymarkView *)object;
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->icon_name, g_free);

  G_OBJECT_CLASS (waymark_view_parent_class)->finalize (object);
}

static void
waymark_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaymarkView *self = WAYMARK_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, waymark_view_get_document (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, waymark_view_get_title (self));
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, waymark_view_get_icon_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaymarkView *self = WAYMARK_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      waymark_view_set_document (self, g_value_get_object (value));
      break;

    case PROP_TITLE:
      waymark_view_set_title (self, g_value_get_string (value));
      break;

    case PROP_ICON_NAME:
      waymark_view_set_icon_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_view_class_init (WaymarkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_view_dispose;
  object_class->finalize = waymark_view_finalize;
  object_class->get_property = waymark_view_get_property;
  object_class->set_property = waymark_view_set_property;

  widget_class->map = waymark_view_map;

  klass->export = waymark_view_real_export;

  /**
   * WaymarkView:document: (nullable)
   *
   * The document shown.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkView:title:
   *
   * The name of the view as the view switcher shows it, with a mnemonic
   * underline ("_Map").
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * WaymarkView:icon-name:
   *
   * The icon of the view in the view switcher and on its status pages.
   */
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
waymark_view_init (WaymarkView *self)
{
}

/**
 * waymark_view_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
WaymarkDocument *
waymark_view_get_document (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);

  return priv->document;
}

void
waymark_view_set_document (WaymarkView     *self,
                           WaymarkDocument *document)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_VIEW (self));
  g_return_if_fail (!document || WAYMARK_IS_DOCUMENT (document));

  if (priv->document == document)
    return;

  if (priv->document != NULL)
    g_signal_handlers_disconnect_by_func (priv->document, on_document_changed_cb, self);
  g_set_object (&priv->document, document);
  if (document != NULL && WAYMARK_VIEW_GET_CLASS (self)->edited != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (on_document_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* A view not built yet shows the document when it is. */
  if (waymark_view_get_built (self) && WAYMARK_VIEW_GET_CLASS (self)->document_changed != NULL)
    WAYMARK_VIEW_GET_CLASS (self)->document_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const char *
waymark_view_get_title (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);

  return priv->title;
}

void
waymark_view_set_title (WaymarkView *self,
                        const char  *title)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_VIEW (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
waymark_view_get_icon_name (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);

  return priv->icon_name;
}

void
waymark_view_set_icon_name (WaymarkView *self,
                            const char  *icon_name)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_VIEW (self));

  if (g_strcmp0 (priv->icon_name, icon_name) == 0)
    return;

  g_free (priv->icon_name);
  priv->icon_name = g_strdup (icon_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

/**
 * waymark_view_dup_name:
 *
 * Returns: (transfer full): the title without its mnemonic: "Matrix" for
 *   "_Matrix", for headings and file names
 */
char *
waymark_view_dup_name (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);
  GString *name;

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);

  name = g_string_new (NULL);
  for (const char *p = priv->title ? priv->title : ""; *p; p++)
    {
      /* "__" is an underscore; one alone marks the mnemonic. */
      if (*p == '_' && p[1] != '_')
        continue;
      if (*p == '_')
        p++;
      g_string_append_c (name, *p);
    }

  return g_string_free (name, FALSE);
}

/**
 * waymark_view_get_built:
 *
 * Returns: whether the content exists: after the first show, or from the
 *   start for a view that builds it in init
 */
gboolean
waymark_view_get_built (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), FALSE);

  return priv->built || WAYMARK_VIEW_GET_CLASS (self)->build == NULL;
}

/**
 * waymark_view_ensure_built:
 *
 * Builds the content now if it is not yet: for a view's own functions
 * that need it before the view is shown.
 */
void
waymark_view_ensure_built (WaymarkView *self)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);
  WaymarkViewClass *klass;

  g_return_if_fail (WAYMARK_IS_VIEW (self));

  if (priv->built)
    return;

  priv->built = TRUE;
  klass = WAYMARK_VIEW_GET_CLASS (self);

  /* A view without build was built in init and has seen every document. */
  if (klass->build == NULL)
    return;

  klass->build (self);

  if (priv->document != NULL && klass->document_changed != NULL)
    klass->document_changed (self);
}

/**
 * waymark_view_set_status:
 * @title: the heading
 * @description: (nullable): what the user can do about it
 *
 * Shows a status page with the view's icon as the only content: the
 * honest state of a view that has nothing to show yet.
 */
void
waymark_view_set_status (WaymarkView *self,
                         const char  *title,
                         const char  *description)
{
  WaymarkViewPrivate *priv = waymark_view_get_instance_private (self);
  GtkWidget *child;
  GtkWidget *page;

  g_return_if_fail (WAYMARK_IS_VIEW (self));
  g_return_if_fail (title != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), priv->icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_set_parent (page, GTK_WIDGET (self));
}

gboolean
waymark_view_get_can_search (WaymarkView *self)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), FALSE);

  return WAYMARK_VIEW_GET_CLASS (self)->search != NULL;
}

/**
 * waymark_view_search:
 * @text: what to look for; "" shows everything again
 *
 * Does nothing in a view that cannot search.
 */
void
waymark_view_search (WaymarkView *self,
                     const char  *text)
{
  g_return_if_fail (WAYMARK_IS_VIEW (self));
  g_return_if_fail (text != NULL);

  if (WAYMARK_VIEW_GET_CLASS (self)->search == NULL)
    return;

  waymark_view_ensure_built (self);
  WAYMARK_VIEW_GET_CLASS (self)->search (self, text);
}

/**
 * waymark_view_get_can_export:
 *
 * Returns: whether Export… has anything to offer in this view
 */
gboolean
waymark_view_get_can_export (WaymarkView *self)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), FALSE);

  return waymark_view_get_export_formats (self) != WAYMARK_EXPORT_NONE;
}

/**
 * waymark_view_get_export_formats:
 *
 * Returns: the formats the view writes, none if it does not export
 */
WaymarkExportFormats
waymark_view_get_export_formats (WaymarkView *self)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), WAYMARK_EXPORT_NONE);

  return WAYMARK_VIEW_GET_CLASS (self)->export_formats;
}

/**
 * waymark_view_get_paper_formats:
 *
 * Returns: the export formats whose files depend on the paper size
 */
WaymarkExportFormats
waymark_view_get_paper_formats (WaymarkView *self)
{
  WaymarkViewClass *klass;

  g_return_val_if_fail (WAYMARK_IS_VIEW (self), WAYMARK_EXPORT_NONE);

  klass = WAYMARK_VIEW_GET_CLASS (self);

  return klass->paper_formats & klass->export_formats;
}

/**
 * waymark_view_export:
 * @format: one of waymark_view_get_export_formats()
 * @paper: the sheets, where @format depends on them
 *
 * Draws what the view shows, from its document, into files in memory:
 * nothing is written, so the caller saves them whole or not at all.
 *
 * Returns: (transfer container) (element-type GBytes): one file, or one a
 *   page in page order; %NULL with @error set, %G_IO_ERROR_NOT_SUPPORTED
 *   in a view that does not export @format
 */
GPtrArray *
waymark_view_export (WaymarkView           *self,
                     WaymarkExportFormats   format,
                     WaymarkPaper           paper,
                     GError               **error)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((waymark_view_get_export_formats (self) & format) == 0 ||
      waymark_view_get_document (self) == NULL)
    return waymark_view_real_export (self, format, paper, error);

  return WAYMARK_VIEW_GET_CLASS (self)->export (self, format, paper, error);
}

/**
 * waymark_view_get_can_print:
 *
 * Returns: whether Print has pages to show in this view
 */
gboolean
waymark_view_get_can_print (WaymarkView *self)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), FALSE);

  return WAYMARK_VIEW_GET_CLASS (self)->dup_pages != NULL;
}

/**
 * waymark_view_dup_pages:
 * @paper: the sheets, in landscape
 *
 * The pages Print shows in its preview and prints, drawn from the
 * document as it is now: make new ones after an edit.
 *
 * Returns: (transfer full) (nullable): the pages, or %NULL in a view that
 *   does not print or has no document
 */
WaymarkPages *
waymark_view_dup_pages (WaymarkView  *self,
                        WaymarkPaper  paper)
{
  g_return_val_if_fail (WAYMARK_IS_VIEW (self), NULL);

  if (!waymark_view_get_can_print (self) || waymark_view_get_document (self) == NULL)
    return NULL;

  return WAYMARK_VIEW_GET_CLASS (self)->dup_pages (self, paper);
}

/**
 * waymark_export_format_get_suffix:
 * @format: one format
 *
 * Returns: the file name's suffix of @format, ".pdf", or %NULL
 */
const char *
waymark_export_format_get_suffix (WaymarkExportFormats format)
{
  switch (format)
    {
    case WAYMARK_EXPORT_PDF:
      return ".pdf";
    case WAYMARK_EXPORT_PNG:
      return ".png";
    case WAYMARK_EXPORT_SVG:
      return ".svg";
    case WAYMARK_EXPORT_CSV:
      return ".csv";
    case WAYMARK_EXPORT_NONE:
    default:
      return NULL;
    }
}

/**
 * waymark_view_new_label:
 * @text: (nullable): the label's text
 * @css_class: (nullable): a style class, such as "heading" or "dim-label"
 *
 * A label as the insight views lay out their grids and legends with:
 * aligned to the start and wrapping, so a long name never widens a page.
 *
 * Returns: (transfer floating): a new #GtkLabel
 */
GtkWidget *
waymark_view_new_label (const char *text,
                        const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}
