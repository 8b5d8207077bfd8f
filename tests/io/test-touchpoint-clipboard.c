/* test-touchpoint-clipboard.c: touchpoints on the clipboard
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-reader.h"
#include "waymark-test-journey.h"
#include "waymark-touchpoint-clipboard.h"
#include "waymark-writer.h"

/* Copy writes a journey file of the touchpoints and what they name; paste
 * reads it back with every check of the reader, finds the channels and
 * personas of the target journey by id and name, then by name, and adds
 * the cards as one undo step. */

static GPtrArray *
pick (WaymarkJourney *journey,
      ...)
{
  GPtrArray *touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, journey);
  for (const char *id = va_arg (args, const char *); id; id = va_arg (args, const char *))
    {
      WaymarkItem *item = waymark_journey_lookup (journey, id);

      g_assert_true (WAYMARK_IS_TOUCHPOINT (item));
      g_ptr_array_add (touchpoints, g_object_ref (item));
    }
  va_end (args);

  return touchpoints;
}

static const char expected_clip[] =
  "{\n"
  "  \"format\": \"waymark\",\n"
  "  \"version\": 1,\n"
  "  \"journey\": {\n"
  "    \"title\": \"B2B customer lifecycle\",\n"
  "    \"personas\": [\n"
  "      {\n"
  "        \"id\": \"p-buyer\",\n"
  "        \"name\": \"B2B buyer\"\n"
  "      }\n"
  "    ],\n"
  "    \"stages\": [\n"
  "      {\n"
  "        \"id\": \"s-capture\",\n"
  "        \"name\": \"Capture\"\n"
  "      },\n"
  "      {\n"
  "        \"id\": \"s-convert\",\n"
  "        \"name\": \"Convert\"\n"
  "      }\n"
  "    ],\n"
  "    \"lanes\": [\n"
  "      {\n"
  "        \"id\": \"l-customer\",\n"
  "        \"name\": \"Customer\",\n"
  "        \"perspective\": \"customer\"\n"
  "      }\n"
  "    ],\n"
  "    \"channels\": [\n"
  "      {\n"
  "        \"id\": \"ch-web\",\n"
  "        \"name\": \"Website\"\n"
  "      },\n"
  "      {\n"
  "        \"id\": \"ch-phone\",\n"
  "        \"name\": \"Phone\"\n"
  "      }\n"
  "    ],\n"
  "    \"touchpoints\": [\n"
  "      {\n"
  "        \"id\": \"t3\",\n"
  "        \"title\": \"Downloads the Attraction 101 eBook\",\n"
  "        \"stage\": \"s-capture\",\n"
  "        \"lane\": \"l-customer\",\n"
  "        \"order\": 0,\n"
  "        \"channel\": \"ch-web\",\n"
  "        \"emotion\": 1,\n"
  "        \"personas\": [\n"
  "          \"p-buyer\"\n"
  "        ],\n"
  "        \"kind\": \"pain\"\n"
  "      },\n"
  "      {\n"
  "        \"id\": \"t7\",\n"
  "        \"title\": \"Asks for a proposal\",\n"
  "        \"stage\": \"s-convert\",\n"
  "        \"lane\": \"l-customer\",\n"
  "        \"order\": 0,\n"
  "        \"channel\": \"ch-phone\",\n"
  "        \"notes\": \"Waits a week\",\n"
  "        \"emotion\": -1\n"
  "      }\n"
  "    ]\n"
  "  }\n"
  "}\n";

static GBytes *
copy_two (WaymarkDocument *document)
{
  WaymarkJourney *journey = waymark_document_get_journey (document);
  g_autoptr(GPtrArray) touchpoints = NULL;
  const char *buyer[] = { "p-buyer", NULL };

  waymark_document_set (document, waymark_journey_lookup (journey, "t3"),
                        "kind", WAYMARK_TOUCHPOINT_KIND_PAIN, "personas", buyer, NULL);
  waymark_document_set (document, waymark_journey_lookup (journey, "t7"),
                        "notes", "Waits a week", NULL);
  touchpoints = pick (journey, "t3", "t7", NULL);

  return waymark_touchpoint_clipboard_write (journey, touchpoints);
}

static void
test_write (void)
{
  g_autoptr(WaymarkDocument) document = waymark_test_load_example_document ();
  g_autoptr(GBytes) bytes = copy_two (document);
  g_autoptr(GPtrArray) touchpoints = pick (waymark_document_get_journey (document), "t3", "t7", NULL);
  g_autofree char *text = waymark_touchpoint_clipboard_dup_text (touchpoints);

  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, expected_clip);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen (expected_clip));
  g_assert_cmpstr (text, ==, "Downloads the Attraction 101 eBook\nAsks for a proposal\n");
}

static void
test_read_same_journey (void)
{
  g_autoptr(WaymarkDocument) document = waymark_test_load_example_document ();
  g_autoptr(GBytes) bytes = copy_two (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = waymark_touchpoint_clipboard_read (bytes,
                                                                  waymark_document_get_journey (document),
                                                                  &error);
  WaymarkTouchpoint *a, *b;

  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  a = g_ptr_array_index (read, 0);
  b = g_ptr_array_index (read, 1);
  g_assert_cmpstr (waymark_touchpoint_get_title (a), ==, "Downloads the Attraction 101 eBook");
  g_assert_cmpstr (waymark_touchpoint_get_channel (a), ==, "ch-web");
  g_assert_cmpint (waymark_touchpoint_get_emotion (a), ==, 1);
  g_assert_cmpint (waymark_touchpoint_get_kind (a), ==, WAYMARK_TOUCHPOINT_KIND_PAIN);
  g_assert_cmpstr (waymark_touchpoint_get_personas (a)[0], ==, "p-buyer");
  g_assert_null (waymark_touchpoint_get_personas (a)[1]);
  g_assert_cmpstr (waymark_touchpoint_get_stage (a), ==, "");
  g_assert_cmpstr (waymark_touchpoint_get_lane (a), ==, "");
  g_assert_cmpstr (waymark_touchpoint_get_title (b), ==, "Asks for a proposal");
  g_assert_cmpstr (waymark_touchpoint_get_channel (b), ==, "ch-phone");
  g_assert_cmpstr (waymark_touchpoint_get_notes (b), ==, "Waits a week");
  g_assert_cmpint (waymark_touchpoint_get_emotion (b), ==, -1);
  g_assert_cmpint (waymark_touchpoint_get_kind (b), ==, WAYMARK_TOUCHPOINT_KIND_UNSET);
  g_assert_null (waymark_touchpoint_get_personas (b));
}

/* Another journey: "Website" has another id there, "Phone" is missing,
 * the persona is there under another id, and "ch-phone" is a stage. */
static void
test_read_other_journey (void)
{
  g_autoptr(WaymarkDocument) document = waymark_test_load_example_document ();
  g_autoptr(GBytes) bytes = copy_two (document);
  g_autoptr(WaymarkJourney) other = waymark_test_load_quoted (
    "{'format': 'waymark', 'version': 1, 'journey': {'title': 'Other',"
    " 'personas': [{'id': 'buyer-2', 'name': 'B2B buyer'}],"
    " 'stages': [{'id': 'ch-phone', 'name': 'Phone'}],"
    " 'lanes': [{'id': 'l1', 'name': 'Customer', 'perspective': 'customer'}],"
    " 'channels': [{'id': 'ch-web', 'name': 'Web site'}, {'id': 'web-2', 'name': 'Website'}]}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = waymark_touchpoint_clipboard_read (bytes, other, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  g_assert_cmpstr (waymark_touchpoint_get_channel (g_ptr_array_index (read, 0)), ==, "web-2");
  g_assert_cmpstr (waymark_touchpoint_get_personas (g_ptr_array_index (read, 0))[0], ==, "buyer-2");
  g_assert_cmpstr (waymark_touchpoint_get_channel (g_ptr_array_index (read, 1)), ==, "");
}

/* Whatever else is on the clipboard under the type is refused, with the
 * reader's message. */
static void
test_read_refused (void)
{
  g_autoptr(WaymarkDocument) document = waymark_test_load_example_document ();
  WaymarkJourney *journey = waymark_document_get_journey (document);
  static const struct {
    const char *bytes;
    int         code;
    const char *message;
  } cases[] = {
    { "{\"format\": \"waymark\", \"version\": 1,", WAYMARK_READER_ERROR_SYNTAX,
      "Clipboard:1:36: not valid JSON: the file ends inside an object, before its “}”" },
    { "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\", \"stages\": [],"
      " \"touchpoints\": [{\"id\": \"t\", \"title\": \"T\", \"stage\": \"s\", \"lane\": \"l\"}]}}",
      WAYMARK_READER_ERROR_INVALID,
      "Clipboard: journey.touchpoints[0].stage: refers to “s”, but there is no stage with that id" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].bytes, strlen (cases[i].bytes));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) read = waymark_touchpoint_clipboard_read (bytes, journey, &error);

      g_assert_null (read);
      g_assert_error (error, WAYMARK_READER_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_read_text (void)
{
  g_autoptr(GPtrArray) read = waymark_touchpoint_clipboard_read_text ("Reads a post\n\n   \r\n"
                                                                      "  Signs up  \r\nCalls");
  g_autoptr(GPtrArray) none = waymark_touchpoint_clipboard_read_text ("\xff\xfe bad");

  g_assert_cmpuint (read->len, ==, 3);
  g_assert_cmpstr (waymark_touchpoint_get_title (g_ptr_array_index (read, 0)), ==, "Reads a post");
  g_assert_cmpstr (waymark_touchpoint_get_title (g_ptr_array_index (read, 1)), ==, "Signs up");
  g_assert_cmpstr (waymark_touchpoint_get_title (g_ptr_array_index (read, 2)), ==, "Calls");
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_paste (void)
{
  g_autoptr(WaymarkDocument) document = waymark_test_load_example_document ();
  WaymarkJourney *journey = waymark_document_get_journey (document);
  g_autoptr(GBytes) bytes = copy_two (document);
  g_autoptr(GBytes) before = waymark_writer_to_bytes (journey);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = waymark_touchpoint_clipboard_read (bytes, journey, &error);
  g_autoptr(GPtrArray) added = NULL;
  WaymarkStage *nurture = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-nurture"));
  WaymarkLane *customer = WAYMARK_LANE (waymark_journey_lookup (journey, "l-customer"));
  GListModel *cell = waymark_journey_get_cell (journey, nurture, customer);
  g_autoptr(WaymarkTouchpoint) first = NULL;
  g_autoptr(WaymarkTouchpoint) last = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 1);

  /* Before the card there: at 0, then 1; it goes to 2. */
  added = waymark_touchpoint_clipboard_paste (document, read, nurture, customer, 0);
  after = waymark_writer_to_bytes (journey);
  g_assert_cmpuint (added->len, ==, 2);
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Paste 2 Touchpoints");
  g_assert_cmpuint (g_list_model_get_n_items (cell), ==, 3);
  first = g_list_model_get_item (cell, 0);
  last = g_list_model_get_item (cell, 2);
  g_assert_true (first == g_ptr_array_index (added, 0));
  g_assert_cmpstr (waymark_touchpoint_get_title (first), ==, "Downloads the Attraction 101 eBook");
  g_assert_cmpstr (waymark_touchpoint_get_stage (first), ==, "s-nurture");
  g_assert_cmpstr (waymark_touchpoint_get_channel (first), ==, "ch-web");
  g_assert_cmpint (waymark_touchpoint_get_kind (first), ==, WAYMARK_TOUCHPOINT_KIND_PAIN);
  g_assert_cmpstr (waymark_touchpoint_get_notes (g_ptr_array_index (added, 1)), ==, "Waits a week");
  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (last)), ==, "t5");
  g_assert_cmpint (waymark_touchpoint_get_order (last), ==, 2);
  /* New ids: the copies are not the originals. */
  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (first)), !=, "t3");

  /* One step. */
  g_assert_true (waymark_document_undo (document));
  undone = waymark_writer_to_bytes (journey);
  g_assert_true (g_bytes_equal (undone, before));
  g_assert_true (waymark_document_redo (document));
  redone = waymark_writer_to_bytes (journey);
  g_assert_true (g_bytes_equal (redone, after));

  /* One card: the singular; past the end: the end. */
  g_ptr_array_set_size (read, 1);
  g_clear_pointer (&added, g_ptr_array_unref);
  added = waymark_touchpoint_clipboard_paste (document, read, nurture, customer, 99);
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Paste 1 Touchpoint");
  g_assert_cmpint (waymark_touchpoint_get_order (g_ptr_array_index (added, 0)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/touchpoint-clipboard/write", test_write);
  g_test_add_func ("/touchpoint-clipboard/read-same-journey", test_read_same_journey);
  g_test_add_func ("/touchpoint-clipboard/read-other-journey", test_read_other_journey);
  g_test_add_func ("/touchpoint-clipboard/read-refused", test_read_refused);
  g_test_add_func ("/touchpoint-clipboard/read-text", test_read_text);
  g_test_add_func ("/touchpoint-clipboard/paste", test_paste);

  return g_test_run ();
}
