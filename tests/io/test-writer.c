/* test-writer.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "waymark-fields.h"
#include "waymark-reader.h"
#include "waymark-templates.h"
#include "waymark-writer.h"
#include "waymark-model-private.h"

/* The canonical form: what the writer produces, byte for byte, and that
 * reading and writing again changes nothing. */

static GBytes *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;
  char *contents;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);

  return bytes;
}

static GBytes *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

static WaymarkJourney *
read_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_bytes (bytes, "test.waymark", &error);

  g_assert_no_error (error);
  g_assert_nonnull (journey);

  return journey;
}

/* Reads @bytes and writes them back. */
static GBytes *
rewrite (GBytes *bytes)
{
  g_autoptr(WaymarkJourney) journey = read_bytes (bytes);

  if (journey == NULL)
    return g_bytes_new_static ("", 0);

  return waymark_writer_to_bytes (journey);
}

static void
assert_bytes_equal (GBytes *actual,
                    GBytes *expected)
{
  gsize actual_len, expected_len;
  const char *a = g_bytes_get_data (actual, &actual_len);
  const char *e = g_bytes_get_data (expected, &expected_len);

  /* As strings first, so that a failure shows the difference. */
  if (actual_len != expected_len || memcmp (a, e, actual_len) != 0)
    {
      g_autofree char *as = g_strndup (a, actual_len);
      g_autofree char *es = g_strndup (e, expected_len);

      g_assert_cmpstr (as, ==, es);
      g_assert_cmpmem (a, actual_len, e, expected_len);
    }
}

static void
test_example_round_trip (void)
{
  g_autoptr(GBytes) example = load_example ();
  g_autoptr(GBytes) written = rewrite (example);

  assert_bytes_equal (written, example);
}

static void
test_templates_round_trip (void)
{
  const char * const *ids = waymark_templates_get_ids ();

  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length ((char **)ids), >=, 3);

  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaymarkJourney) journey = waymark_templates_create (ids[i], &error);
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;

      g_test_message ("template %s", ids[i]);
      g_assert_no_error (error);
      g_assert_nonnull (journey);
      if (journey == NULL)
        continue;

      first = waymark_writer_to_bytes (journey);
      second = rewrite (first);
      assert_bytes_equal (second, first);
    }
}

/* Unknown keys everywhere, with nested values, every JSON type and strings
 * that need escaping: the file is canonical, so it comes back unchanged. */
static void
test_unknown_keys (void)
{
  g_autoptr(GBytes) input = load_data ("unknown-keys.waymark");
  g_autoptr(GBytes) written = rewrite (input);
  g_autoptr(WaymarkJourney) journey = read_bytes (input);
  g_autoptr(WaymarkStage) stage = NULL;

  assert_bytes_equal (written, input);

  /* The escapes were decoded on the way in. */
  stage = g_list_model_get_item (waymark_journey_get_stages (journey), 0);
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Grüße ไทย");
  g_assert_cmpstr (waymark_stage_get_description (stage), ==,
                   "Back\\slash, new\nline, tab\t, control \001 \037, carriage\r, \b, \f");
}

/* Keys out of order, empty optional values, touchpoints without an order,
 * "AR", escapes that are not needed: all made canonical. */
static void
test_noncanonical (void)
{
  g_autoptr(GBytes) input = load_data ("noncanonical.in.waymark");
  g_autoptr(GBytes) expected = load_data ("noncanonical.out.waymark");
  g_autoptr(GBytes) written = rewrite (input);
  g_autoptr(GBytes) again = rewrite (expected);

  assert_bytes_equal (written, expected);
  assert_bytes_equal (again, expected);
}

/* A touchpoint without "order" goes after those of its cell that have one,
 * in file order. */
static void
test_touchpoint_order (void)
{
  g_autoptr(GBytes) input = load_data ("noncanonical.in.waymark");
  g_autoptr(WaymarkJourney) journey = read_bytes (input);
  GListModel *cell = waymark_cell_index_get_cell (waymark_journey_get_cell_index (journey),
                                                  "s1", "l1");
  static const char * const expected[] = { "t-1", "t-5", "t-none-1", "t-none-2" };

  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < g_list_model_get_n_items (cell) && i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (cell, i);

      g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (tp)), ==, expected[i]);
      g_assert_cmpint (waymark_touchpoint_get_order (tp), ==, i);
    }
}

/* Optional numbers: 0 is a value and is written; absent stays absent. */
static void
test_optional_numbers (void)
{
  g_autoptr(GBytes) input = load_data ("noncanonical.in.waymark");
  g_autoptr(WaymarkJourney) journey = read_bytes (input);
  g_autoptr(WaymarkStage) stage = g_list_model_get_item (waymark_journey_get_stages (journey), 0);
  GListModel *metrics = waymark_stage_get_metrics (stage);
  GListModel *outcomes = waymark_stage_get_outcomes (stage);
  g_autoptr(WaymarkMetric) zero = NULL;
  g_autoptr(WaymarkMetric) absent = NULL;
  g_autoptr(WaymarkOutcome) share_zero = NULL;
  WaymarkTouchpoint *neutral, *unset;

  for (guint i = 0; i < g_list_model_get_n_items (metrics); i++)
    {
      g_autoptr(WaymarkMetric) m = g_list_model_get_item (metrics, i);

      if (g_str_equal (waymark_item_get_id (WAYMARK_ITEM (m)), "m5"))
        zero = g_object_ref (m);
      else if (g_str_equal (waymark_item_get_id (WAYMARK_ITEM (m)), "m6"))
        absent = g_object_ref (m);
    }

  g_assert_nonnull (zero);
  g_assert_nonnull (absent);
  g_assert_cmpfloat (waymark_metric_get_value (zero), ==, 0);
  g_assert_true (isnan (waymark_metric_get_value (absent)));
  g_assert_true (isnan (waymark_metric_get_target (absent)));

  share_zero = g_list_model_get_item (outcomes, 0);
  g_assert_cmpfloat (waymark_outcome_get_share (share_zero), ==, 0);

  neutral = WAYMARK_TOUCHPOINT (waymark_journey_lookup (journey, "t-5"));
  unset = WAYMARK_TOUCHPOINT (waymark_journey_lookup (journey, "t-none-1"));
  g_assert_cmpint (waymark_touchpoint_get_emotion (neutral), ==, 0);
  g_assert_cmpint (waymark_touchpoint_get_emotion (unset), ==, WAYMARK_NO_EMOTION);
}

/* Every order of every set of letters reads back and is written R, A, C, I. */
static void
test_raci_letters (void)
{
  static const char letters[] = "RACI";

  for (guint set = 0; set < 16; set++)
    {
      char canonical[5] = { 0 };
      char reversed[5] = { 0 };
      guint n = 0;
      const char *variants[2];

      for (guint i = 0; i < 4; i++)
        if (set & (1u << i))
          canonical[n++] = letters[i];
      for (guint i = 0; i < n; i++)
        reversed[i] = canonical[n - 1 - i];

      /* An empty cell is no assignment at all. */
      if (n == 0)
        continue;

      variants[0] = canonical;
      variants[1] = reversed;

      for (guint v = 0; v < 2; v++)
        {
          g_autofree char *json = g_strdup_printf (
            "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\", "
            "\"stages\": [{\"id\": \"s\", \"name\": \"S\"}], \"roles\": [{\"id\": \"r\", "
            "\"name\": \"R\"}], \"accountability\": [{\"row\": \"s\", \"role\": \"r\", "
            "\"raci\": \"%s\"}]}}", variants[v]);
          g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
          g_autoptr(GBytes) written = rewrite (bytes);
          g_autofree char *expected = g_strdup_printf ("\"raci\": \"%s\"\n", canonical);
          g_autofree char *text = g_strndup (g_bytes_get_data (written, NULL),
                                             g_bytes_get_size (written));

          if (strstr (text, expected) == NULL)
            g_assert_cmpstr (text, ==, expected);
        }
    }
}

/* A number read into a known field, and into an unknown one, and how it is
 * written: integral values in full, others in the shortest form that reads
 * back the same (as JavaScript writes them: 1e-7, 1e+21). */
typedef struct
{
  const char *in;
  const char *out;
  const char *out_unknown;   /* NULL: the same as out */
} NumberCase;

static const NumberCase number_cases[] = {
  { "12000", "12000", NULL },
  { "12000.0", "12000", NULL },
  { "1.2e4", "12000", NULL },
  { "0.3", "0.3", NULL },
  { "0.1e1", "1", NULL },
  { "-12.75", "-12.75", NULL },
  { "123456789.125", "123456789.125", NULL },
  { "0.30000000000000004", "0.30000000000000004", NULL },
  { "0", "0", NULL },
  { "-0", "0", NULL },
  { "-0.0", "0", NULL },
  { "1e21", "1e+21", NULL },
  { "1.5e300", "1.5e+300", NULL },
  /* An unknown member keeps an integer an integer. */
  { "123456789012345678", "1.2345678901234568e+17", "123456789012345678" },
  { "-9223372036854775808", "-9.223372036854776e+18", "-9223372036854775808" },
  /* Exponents as JavaScript writes them. */
  { "1e-7", "1e-7", NULL },
  { "2.5E-8", "2.5e-8", NULL },
  /* Integers beyond 64 bits, which json-glib would misread, are refused by
   * the reader (see /reader/number/integer-too-large). */
};

static char *
write_number (const char *literal,
              gboolean    known)
{
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *text = NULL;
  const char *key = known ? "\"value\": " : "\"x\": ";
  const char *start, *end;

  if (known)
    json = g_strdup_printf ("{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\", "
                            "\"stages\": [{\"id\": \"s\", \"name\": \"S\", \"metrics\": [{\"id\": "
                            "\"m\", \"name\": \"M\", \"value\": %s}]}]}}", literal);
  else
    json = g_strdup_printf ("{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\", "
                            "\"stages\": []}, \"x\": %s}", literal);

  bytes = g_bytes_new (json, strlen (json));
  written = rewrite (bytes);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  start = strstr (text, key);
  if (start == NULL)
    return g_steal_pointer (&text);
  start += strlen (key);
  end = strchr (start, '\n');

  return g_strndup (start, end - start);
}

static void
test_number (gconstpointer data)
{
  const NumberCase *c = data;
  g_autofree char *known = write_number (c->in, TRUE);
  g_autofree char *unknown = write_number (c->in, FALSE);

  g_assert_cmpstr (known, ==, c->out);
  g_assert_cmpstr (unknown, ==, c->out_unknown ? c->out_unknown : c->out);
}

/* Strings are escaped only where JSON requires it. */
static void
test_escapes (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(WaymarkJourney) read = NULL;
  GString *title = g_string_new (NULL);
  GString *expected = g_string_new ("    \"title\": \"");
  g_autofree char *title_str = NULL;
  g_autofree char *expected_str = NULL;
  g_autofree char *text = NULL;

  for (guint c = 1; c < 0x20; c++)
    g_string_append_c (title, c);
  g_string_append (title, "\"\\/\x7f é ไทย 🙂 '<>&");

  g_string_append (expected, "\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b"
                             "\\f\\r\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015"
                             "\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e"
                             "\\u001f\\\"\\\\/\x7f é ไทย 🙂 '<>&\",\n");
  title_str = g_string_free (title, FALSE);
  expected_str = g_string_free (expected, FALSE);

  waymark_journey_set_title (journey, title_str);
  written = waymark_writer_to_bytes (journey);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  if (strstr (text, expected_str) == NULL)
    g_assert_cmpstr (text, ==, expected_str);

  read = read_bytes (written);
  g_assert_cmpstr (waymark_journey_get_title (read), ==, title_str);
  again = waymark_writer_to_bytes (read);
  assert_bytes_equal (again, written);
}

static void
test_empty_journey (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(GBytes) written = waymark_writer_to_bytes (journey);
  g_autoptr(GBytes) expected = g_bytes_new_static (
    "{\n"
    "  \"format\": \"waymark\",\n"
    "  \"version\": 1,\n"
    "  \"journey\": {\n"
    "    \"title\": \"\",\n"
    "    \"stages\": []\n"
    "  }\n"
    "}\n", 96);

  assert_bytes_equal (written, expected);
}

/* Set through the model: emotion 0 and value 0 are written, unset ones not;
 * empty optional strings and lists are left out. */
static void
test_model_optionals (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkStage) stage = waymark_stage_new ("s");
  g_autoptr(WaymarkLane) lane = waymark_lane_new ("l");
  g_autoptr(WaymarkTouchpoint) zero = waymark_touchpoint_new ("t0");
  g_autoptr(WaymarkTouchpoint) unset = waymark_touchpoint_new ("tu");
  g_autoptr(WaymarkMetric) metric = waymark_metric_new ("m");
  g_autoptr(GBytes) written = NULL;
  g_autofree char *text = NULL;
  const char * const empty[] = { NULL };
  const char *zero_tp =
    "        \"id\": \"t0\",\n"
    "        \"title\": \"Zero\",\n"
    "        \"stage\": \"s\",\n"
    "        \"lane\": \"l\",\n"
    "        \"order\": 0,\n"
    "        \"emotion\": 0\n"
    "      },\n";
  const char *unset_tp =
    "        \"id\": \"tu\",\n"
    "        \"title\": \"Unset\",\n"
    "        \"stage\": \"s\",\n"
    "        \"lane\": \"l\",\n"
    "        \"order\": 1\n"
    "      }\n";
  const char *metric_text =
    "            \"id\": \"m\",\n"
    "            \"name\": \"M\",\n"
    "            \"value\": 0\n"
    "          }\n";

  waymark_stage_set_name (stage, "S");
  waymark_stage_set_description (stage, "");
  waymark_stage_set_questions (stage, empty);
  waymark_metric_set_name (metric, "M");
  waymark_metric_set_value (metric, 0);
  waymark_metric_set_unit (metric, "");
  g_list_store_append (G_LIST_STORE (waymark_stage_get_metrics (stage)), metric);
  g_list_store_append (G_LIST_STORE (waymark_journey_get_stages (journey)), stage);
  waymark_lane_set_name (lane, "L");
  g_list_store_append (G_LIST_STORE (waymark_journey_get_lanes (journey)), lane);

  waymark_touchpoint_set_title (zero, "Zero");
  waymark_touchpoint_set_stage (zero, "s");
  waymark_touchpoint_set_lane (zero, "l");
  waymark_touchpoint_set_emotion (zero, 0);
  waymark_touchpoint_set_notes (zero, "");
  waymark_touchpoint_set_personas (zero, empty);
  waymark_touchpoint_set_order (zero, 0);
  waymark_touchpoint_set_title (unset, "Unset");
  waymark_touchpoint_set_stage (unset, "s");
  waymark_touchpoint_set_lane (unset, "l");
  waymark_touchpoint_set_order (unset, 1);
  g_list_store_append (G_LIST_STORE (waymark_journey_get_touchpoints (journey)), zero);
  g_list_store_append (G_LIST_STORE (waymark_journey_get_touchpoints (journey)), unset);

  written = waymark_writer_to_bytes (journey);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));

  if (strstr (text, zero_tp) == NULL)
    g_assert_cmpstr (text, ==, zero_tp);
  if (strstr (text, unset_tp) == NULL)
    g_assert_cmpstr (text, ==, unset_tp);
  if (strstr (text, metric_text) == NULL)
    g_assert_cmpstr (text, ==, metric_text);
  g_assert_null (strstr (text, "\"description\""));
  g_assert_null (strstr (text, "\"questions\""));
  g_assert_null (strstr (text, "\"notes\""));
  g_assert_null (strstr (text, "\"personas\""));
  g_assert_null (strstr (text, "\"unit\""));
  g_assert_null (strstr (text, "\"target\""));
}

/* The keys of @object that the format defines, in order, must be exactly
 * @table's: a key in the table that the writer forgets would be lost. */
static void
assert_fields (JsonNode                *node,
               const WaymarkFieldTable *table)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(GList) members = json_object_get_members (object);
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;

  for (GList *l = members; l; l = l->next)
    if (waymark_fields_contains (table, l->data))
      g_ptr_array_add (known, l->data);
  g_ptr_array_add (known, NULL);

  written = g_strjoinv (",", (char **)known->pdata);
  expected = g_strjoinv (",", (char **)table->keys);
  g_test_message ("%s: %s", table->type_name, written);
  g_assert_cmpstr (written, ==, expected);
}

static JsonNode *
first_of (JsonObject *object,
          const char *list)
{
  return json_array_get_element (json_object_get_array_member (object, list), 0);
}

/* tests/fuzz/corpus/all-fields.json sets every field of the format on the
 * first element of each list. */
static void
test_field_tables (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus",
                                                 "all-fields.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  char *contents;
  gsize len;
  JsonObject *root, *j, *stage;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);
  journey = read_bytes (bytes);
  written = waymark_writer_to_bytes (journey);

  json_parser_load_from_data (parser, g_bytes_get_data (written, NULL),
                              g_bytes_get_size (written), &error);
  g_assert_no_error (error);

  assert_fields (json_parser_get_root (parser), &waymark_fields_root);
  root = json_node_get_object (json_parser_get_root (parser));
  assert_fields (json_object_get_member (root, "journey"), &waymark_fields_journey);
  j = json_object_get_object_member (root, "journey");
  assert_fields (first_of (j, "personas"), &waymark_fields_persona);
  assert_fields (first_of (j, "stages"), &waymark_fields_stage);
  stage = json_node_get_object (first_of (j, "stages"));
  assert_fields (first_of (stage, "metrics"), &waymark_fields_metric);
  assert_fields (first_of (stage, "outcomes"), &waymark_fields_outcome);
  assert_fields (first_of (j, "lanes"), &waymark_fields_lane);
  assert_fields (first_of (j, "channels"), &waymark_fields_channel);
  assert_fields (first_of (j, "touchpoints"), &waymark_fields_touchpoint);
  assert_fields (first_of (j, "roles"), &waymark_fields_role);
  assert_fields (first_of (j, "handoffs"), &waymark_fields_handoff);
  assert_fields (first_of (j, "activities"), &waymark_fields_activity);
  assert_fields (first_of (j, "accountability"), &waymark_fields_assignment);
  assert_fields (first_of (j, "content"), &waymark_fields_content);
}

/* An extra under a key the format defines is not written a second time. */
static void
test_extra_under_known_key (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkPersona) persona = waymark_persona_new ("p");
  g_autoptr(WaymarkStage) stage = waymark_stage_new ("s");
  g_autoptr(JsonObject) extras = json_object_new ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(WaymarkJourney) read = NULL;
  const char *text;

  waymark_journey_set_title (journey, "T");
  waymark_stage_set_name (stage, "S");
  g_list_store_append (G_LIST_STORE (waymark_journey_get_stages (journey)), stage);
  waymark_persona_set_name (persona, "P");
  waymark_persona_set_description (persona, "from the model");
  json_object_set_string_member (extras, "description", "from the extras");
  json_object_set_string_member (extras, "x-note", "kept");
  waymark_item_set_extras (WAYMARK_ITEM (persona), extras);
  g_list_store_append (G_LIST_STORE (waymark_journey_get_personas (journey)), persona);

  written = waymark_writer_to_bytes (journey);
  text = g_bytes_get_data (written, NULL);
  g_assert_nonnull (strstr (text, "\"description\": \"from the model\",\n"
                                  "        \"x-note\": \"kept\"\n"));
  g_assert_null (strstr (text, "from the extras"));
  read = read_bytes (written);
  g_assert_nonnull (read);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/writer/example-round-trip", test_example_round_trip);
  g_test_add_func ("/writer/templates-round-trip", test_templates_round_trip);
  g_test_add_func ("/writer/unknown-keys", test_unknown_keys);
  g_test_add_func ("/writer/noncanonical", test_noncanonical);
  g_test_add_func ("/writer/touchpoint-order", test_touchpoint_order);
  g_test_add_func ("/writer/optional-numbers", test_optional_numbers);
  g_test_add_func ("/writer/raci-letters", test_raci_letters);
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/writer/number/%s", number_cases[i].in);

      g_test_add_data_func (path, &number_cases[i], test_number);
    }
  g_test_add_func ("/writer/escapes", test_escapes);
  g_test_add_func ("/writer/empty-journey", test_empty_journey);
  g_test_add_func ("/writer/model-optionals", test_model_optionals);
  g_test_add_func ("/writer/field-tables", test_field_tables);
  g_test_add_func ("/writer/extra-under-known-key", test_extra_under_known_key);

  return g_test_run ();
}
