/* waymark-content-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Content page: the content items by persona, question and stage, and
 * the stages without content.
 * Not in this version yet: until it is, the view says so.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-content-view.h"

struct _WaymarkContentView
{
  WaymarkView parent_instance;
};

G_DEFINE_FINAL_TYPE (WaymarkContentView, waymark_content_view, WAYMARK_TYPE_VIEW)

static void
waymark_content_view_build (WaymarkView *view)
{
  waymark_view_set_status (view, _("Content Audit"),
                           _("Listing content items by persona, question and stage, and "
                             "the stages without content, is not available in this version "
                             "yet. Content stored in the file is kept when you save."));
}

static void
waymark_content_view_class_init (WaymarkContentViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  view_class->build = waymark_content_view_build;

  gtk_widget_class_set_css_name (widget_class, "contentview");
}

static void
waymark_content_view_init (WaymarkContentView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Content"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "folder-documents-symbolic");
}

GtkWidget *
waymark_content_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_CONTENT_VIEW, NULL);
}
