/* test-view.c: what every view of the window has
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-view.h"

/* A view as the window's placeholders are: it builds a status page. */
#define TEST_TYPE_VIEW (test_view_get_type ())
G_DECLARE_FINAL_TYPE (TestView, test_view, TEST, VIEW, WaymarkView)

struct _TestView
{
  WaymarkView parent_instance;
};

G_DEFINE_FINAL_TYPE (TestView, test_view, WAYMARK_TYPE_VIEW)

static void
test_view_build (WaymarkView *view)
{
  waymark_view_set_status (view, "Journey Map", "Not in this version yet.");
}

static void
test_view_class_init (TestViewClass *klass)
{
  WAYMARK_VIEW_CLASS (klass)->build = test_view_build;
}

static void
test_view_init (TestView *self)
{
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "view-grid-symbolic");
}

static GtkWidget *
test_view_new (void)
{
  return g_object_new (TEST_TYPE_VIEW, NULL);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_document (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  GtkWidget *view = g_object_ref_sink (test_view_new ());
  guint notified = 0;

  g_signal_connect (view, "notify::document", G_CALLBACK (on_notify_cb), &notified);

  g_assert_null (waymark_view_get_document (WAYMARK_VIEW (view)));
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  g_assert_true (waymark_view_get_document (WAYMARK_VIEW (view)) == document);
  g_assert_cmpuint (notified, ==, 1);

  /* The same document again is no change. */
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  g_assert_cmpuint (notified, ==, 1);

  waymark_view_set_document (WAYMARK_VIEW (view), NULL);
  g_assert_null (waymark_view_get_document (WAYMARK_VIEW (view)));
  g_assert_cmpuint (notified, ==, 2);

  g_assert_finalize_object (view);
}

static void
test_built_on_demand (void)
{
  GtkWidget *view = g_object_ref_sink (test_view_new ());
  GtkWidget *child;

  /* Nothing until it is shown or asked for. */
  g_assert_false (waymark_view_get_built (WAYMARK_VIEW (view)));
  g_assert_null (gtk_widget_get_first_child (view));

  waymark_view_ensure_built (WAYMARK_VIEW (view));
  g_assert_true (waymark_view_get_built (WAYMARK_VIEW (view)));
  child = gtk_widget_get_first_child (view);
  g_assert_true (ADW_IS_STATUS_PAGE (child));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child)), ==, "Journey Map");

  /* Once only. */
  waymark_view_ensure_built (WAYMARK_VIEW (view));
  g_assert_true (gtk_widget_get_first_child (view) == child);
  g_assert_null (gtk_widget_get_next_sibling (child));

  g_assert_finalize_object (view);
}

static void
test_status (void)
{
  GtkWidget *view = g_object_ref_sink (test_view_new ());
  GtkWidget *child;

  waymark_view_set_icon_name (WAYMARK_VIEW (view), "edit-find-symbolic");
  waymark_view_set_status (WAYMARK_VIEW (view), "Nothing Here", "Add a stage first.");
  waymark_view_set_status (WAYMARK_VIEW (view), "Still Nothing", NULL);

  /* The second replaces the first. */
  child = gtk_widget_get_first_child (view);
  g_assert_null (gtk_widget_get_next_sibling (child));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child)), ==, "Still Nothing");
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (child)), ==,
                   "edit-find-symbolic");

  g_assert_finalize_object (view);
}

static void
test_not_available (void)
{
  GtkWidget *view = g_object_ref_sink (test_view_new ());
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (waymark_view_get_can_search (WAYMARK_VIEW (view)));
  g_assert_false (waymark_view_get_can_export (WAYMARK_VIEW (view)));
  g_assert_false (waymark_view_get_can_print (WAYMARK_VIEW (view)));
  g_assert_cmpint (waymark_view_get_export_formats (WAYMARK_VIEW (view)), ==, WAYMARK_EXPORT_NONE);

  /* Searching where one cannot does nothing, not even build. */
  waymark_view_search (WAYMARK_VIEW (view), "lead");
  g_assert_false (waymark_view_get_built (WAYMARK_VIEW (view)));

  waymark_view_set_document (WAYMARK_VIEW (view), document);
  files = waymark_view_export (WAYMARK_VIEW (view), WAYMARK_EXPORT_PDF, WAYMARK_PAPER_A4, &error);
  g_assert_null (files);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_cmpstr (error->message, ==, "Exporting is not available in this view");
  g_assert_null (waymark_view_dup_pages (WAYMARK_VIEW (view), WAYMARK_PAPER_A4));
  g_assert_false (waymark_view_get_built (WAYMARK_VIEW (view)));

  waymark_view_set_document (WAYMARK_VIEW (view), NULL);
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/view/document", test_document);
  g_test_add_func ("/ui/view/built-on-demand", test_built_on_demand);
  g_test_add_func ("/ui/view/status", test_status);
  g_test_add_func ("/ui/view/not-available", test_not_available);

  return g_test_run ();
}
