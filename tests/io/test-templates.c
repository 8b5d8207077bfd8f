/* test-templates.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-reader.h"
#include "waymark-templates.h"
#include "waymark-writer.h"

typedef struct
{
  const char *id;
  guint       n_stages;
  const char *first_stage;
  const char *last_stage;
} TemplateCase;

static const TemplateCase template_cases[] = {
  { "b2b-lifecycle", 5, "Attract", "Expand" },
  { "professional-services", 4, "Pre-purchase experience", "Former client" },
  { "buyer-journey", 7, "Out of market", "Loyalty" },
  { "blank", 0, NULL, NULL },
};

static void
test_ids (void)
{
  const char * const *ids = waymark_templates_get_ids ();

  g_assert_cmpuint (g_strv_length ((char **)ids), ==, G_N_ELEMENTS (template_cases));
  for (guint i = 0; i < G_N_ELEMENTS (template_cases); i++)
    g_assert_true (g_strv_contains (ids, template_cases[i].id));
  g_assert_true (g_strv_contains (ids, WAYMARK_TEMPLATE_DEFAULT));
}

static void
test_template (gconstpointer data)
{
  const TemplateCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_templates_create (c->id, &error);
  g_autoptr(WaymarkJourney) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *stages, *handoffs;
  guint n;

  g_assert_no_error (error);
  g_assert_nonnull (journey);
  if (journey == NULL)
    return;

  g_assert_nonnull (waymark_templates_get_title (c->id));
  g_assert_cmpstr (waymark_templates_get_title (c->id), !=, "");
  g_assert_nonnull (waymark_templates_get_description (c->id));
  g_assert_nonnull (waymark_templates_get_icon_name (c->id));

  stages = waymark_journey_get_stages (journey);
  n = g_list_model_get_n_items (stages);
  g_assert_cmpuint (n, ==, c->n_stages);
  if (n > 0)
    {
      g_autoptr(WaymarkStage) first = g_list_model_get_item (stages, 0);
      g_autoptr(WaymarkStage) last = g_list_model_get_item (stages, n - 1);

      g_assert_cmpstr (waymark_stage_get_name (first), ==, c->first_stage);
      g_assert_cmpstr (waymark_stage_get_name (last), ==, c->last_stage);
    }

  /* A handoff between each pair of neighbouring stages, in order. */
  handoffs = waymark_journey_get_handoffs (journey);
  g_assert_cmpuint (g_list_model_get_n_items (handoffs), ==, n > 0 ? n - 1 : 0);
  for (guint i = 0; i + 1 < n && i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(WaymarkStage) from = g_list_model_get_item (stages, i);
      g_autoptr(WaymarkStage) to = g_list_model_get_item (stages, i + 1);
      g_autoptr(WaymarkHandoff) handoff = g_list_model_get_item (handoffs, i);

      g_assert_cmpstr (waymark_handoff_get_from (handoff), ==, waymark_item_get_id (WAYMARK_ITEM (from)));
      g_assert_cmpstr (waymark_handoff_get_to (handoff), ==, waymark_item_get_id (WAYMARK_ITEM (to)));
    }

  /* What the template makes passes every check of the loader. */
  bytes = waymark_writer_to_bytes (journey);
  read = waymark_reader_load_bytes (bytes, "template.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
}

static void
test_professional_services_outcomes (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_templates_create ("professional-services", NULL);
  g_autoptr(WaymarkStage) stage = NULL;
  GListModel *outcomes;
  static const char * const names[] = { "Hired", "Not now", "No way" };

  g_assert_nonnull (journey);
  if (journey == NULL)
    return;

  stage = g_list_model_get_item (waymark_journey_get_stages (journey), 0);
  outcomes = waymark_stage_get_outcomes (stage);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 3);
  for (guint i = 0; i < 3 && i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);

      g_assert_cmpstr (waymark_outcome_get_name (outcome), ==, names[i]);
    }
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_templates_create ("nope", &error);

  g_assert_null (journey);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  if (error != NULL)
    g_assert_cmpstr (error->message, ==,
                     "There is no template “nope”; the templates are b2b-lifecycle, "
                     "professional-services, buyer-journey, blank");
}

/* Two journeys from one template are the same, line by line. */
static void
test_stable (void)
{
  const char * const *ids = waymark_templates_get_ids ();

  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(WaymarkJourney) a = waymark_templates_create (ids[i], NULL);
      g_autoptr(WaymarkJourney) b = waymark_templates_create (ids[i], NULL);
      g_autoptr(GBytes) ba = waymark_writer_to_bytes (a);
      g_autoptr(GBytes) bb = waymark_writer_to_bytes (b);

      g_assert_true (g_bytes_equal (ba, bb));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/templates/ids", test_ids);
  for (guint i = 0; i < G_N_ELEMENTS (template_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/templates/create/%s", template_cases[i].id);

      g_test_add_data_func (path, &template_cases[i], test_template);
    }
  g_test_add_func ("/templates/professional-services-outcomes", test_professional_services_outcomes);
  g_test_add_func ("/templates/unknown", test_unknown);
  g_test_add_func ("/templates/stable", test_stable);

  return g_test_run ();
}
