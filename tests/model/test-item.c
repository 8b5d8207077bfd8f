/* test-item.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-document.h"
#include "waymark-model-private.h"

/* The "label" of every item type: what the user calls it, read and written
 * through the base class, stored in the type's own name or title. */

typedef struct
{
  const char *path;
  GType     (*get_type) (void);
  const char *property;
} LabelCase;

static const LabelCase label_cases[] = {
  { "/item/label/journey", waymark_journey_get_type, "title" },
  { "/item/label/stage", waymark_stage_get_type, "name" },
  { "/item/label/lane", waymark_lane_get_type, "name" },
  { "/item/label/role", waymark_role_get_type, "name" },
  { "/item/label/channel", waymark_channel_get_type, "name" },
  { "/item/label/persona", waymark_persona_get_type, "name" },
  { "/item/label/activity", waymark_activity_get_type, "name" },
  { "/item/label/handoff", waymark_handoff_get_type, "name" },
  { "/item/label/touchpoint", waymark_touchpoint_get_type, "title" },
  { "/item/label/content-item", waymark_content_item_get_type, "title" },
  { "/item/label/metric", waymark_metric_get_type, "name" },
  { "/item/label/outcome", waymark_outcome_get_type, "name" },
};

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The notifications so far, sorted: their order is GObject's business. */
static char *
dup_notified (GString *log)
{
  g_auto(GStrv) names = g_strsplit (log->str, ";", -1);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    if (names[i][0] != '\0')
      g_ptr_array_add (list, names[i]);
  g_ptr_array_sort (list, compare_names);
  g_ptr_array_add (list, NULL);
  g_string_truncate (log, 0);

  return g_strjoinv (" ", (char **)list->pdata);
}

static void
test_label (gconstpointer data)
{
  const LabelCase *c = data;
  g_autoptr(WaymarkItem) item = g_object_new (c->get_type (), "id", "x", NULL);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *stored = NULL;
  g_autofree char *label = NULL;
  g_autofree char *expected = g_strdup_printf ("label %s", c->property);
  char *notified;

  g_assert_true (waymark_item_has_label (item));
  g_assert_cmpstr (waymark_item_get_label (item), ==, "");

  g_signal_connect (item, "notify", G_CALLBACK (count_notify_cb), log);

  /* Written as the label, stored as the type's own property... */
  g_object_set (item, "label", "Attract “new” buyers", NULL);
  g_object_get (item, c->property, &stored, "label", &label, NULL);
  g_assert_cmpstr (stored, ==, "Attract “new” buyers");
  g_assert_cmpstr (label, ==, "Attract “new” buyers");
  g_assert_cmpstr (waymark_item_get_label (item), ==, "Attract “new” buyers");

  /* ...and both are notified once; an equal value notifies nothing. */
  notified = dup_notified (log);
  g_assert_cmpstr (notified, ==, expected);
  g_free (notified);
  g_object_set (item, "label", "Attract “new” buyers", NULL);
  g_assert_cmpstr (log->str, ==, "");

  /* Written as the type's property, read as the label. */
  g_object_set (item, c->property, "Capture", NULL);
  g_assert_cmpstr (waymark_item_get_label (item), ==, "Capture");
  notified = dup_notified (log);
  g_assert_cmpstr (notified, ==, expected);
  g_free (notified);

  waymark_item_set_label (item, NULL);
  g_assert_cmpstr (waymark_item_get_label (item), ==, "");
}

/* A cell of the matrix has no name: it has no label to rename. */
static void
test_label_assignment (void)
{
  g_autoptr(WaymarkAssignment) assignment = waymark_assignment_new ("a1");

  g_assert_false (waymark_item_has_label (WAYMARK_ITEM (assignment)));
  g_assert_cmpstr (waymark_item_get_label (WAYMARK_ITEM (assignment)), ==, "");

  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*set_label != NULL*");
  waymark_item_set_label (WAYMARK_ITEM (assignment), "Cell");
  g_test_assert_expected_messages ();
}

/* waymark_document_rename() sets the label of any type, as one step. */
static void
test_rename_sets_label (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_document_new (NULL);
  WaymarkStage *stage = waymark_document_add_stage (doc, 0, "Attract");
  WaymarkLane *lane = waymark_document_add_lane (doc, 0, "Customer", WAYMARK_PERSPECTIVE_CUSTOMER);
  WaymarkTouchpoint *tp = waymark_document_add_touchpoint (doc, stage, lane, 0, "Webinar");
  WaymarkContentItem *content = waymark_document_add_content_item (doc, 0, "Guide");

  waymark_document_rename (doc, stage, "Discover");
  waymark_document_rename (doc, tp, "Podcast");
  waymark_document_rename (doc, content, "Checklist");

  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Discover");
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "Podcast");
  g_assert_cmpstr (waymark_content_item_get_title (content), ==, "Checklist");
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Rename");

  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (waymark_content_item_get_title (content), ==, "Guide");
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "Webinar");
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Attract");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (label_cases); i++)
    g_test_add_data_func (label_cases[i].path, &label_cases[i], test_label);
  g_test_add_func ("/item/label/assignment", test_label_assignment);
  g_test_add_func ("/item/rename-sets-label", test_rename_sets_label);

  return g_test_run ();
}
