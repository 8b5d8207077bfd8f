/* test-print-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "waymark-export-dialog.h"
#include "waymark-map-pages.h"
#include "waymark-map-view.h"
#include "waymark-matrix-fixture.h"
#include "waymark-matrix-layout.h"
#include "waymark-matrix-view.h"
#include "waymark-print-operation.h"
#include "waymark-print-preview.h"
#include "waymark-reader.h"
#include "waymark-ui-test.h"

/* Print and Export… as a user meets them: the print preview counts the
 * same pages as the renderer, on each paper; GTK prints those pages; the
 * Export dialog offers each view's formats and writes real files through
 * the window; both are off, saying why, where a view has nothing. */

/* The 120-row, 14-role matrix of the paper tests in a Matrix view that is
 * never shown: export and print draw from the document, not the widgets. */
typedef struct
{
  WaymarkDocument *document;
  GtkWidget       *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (11, 9, 14, WAYMARK_FIXTURE_ENGLISH);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, "large.waymark", &error);

  g_assert_no_error (error);
  f->document = waymark_document_new (journey);
  f->view = g_object_ref_sink (waymark_matrix_view_new ());
  waymark_view_set_document (WAYMARK_VIEW (f->view), f->document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_false (waymark_view_get_built (WAYMARK_VIEW (f->view)));
  g_assert_finalize_object (f->view);
  g_assert_finalize_object (f->document);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static guint
count_pages_shown (WaymarkPrintPreview *preview)
{
  GtkWidget *box = find_widget (GTK_WIDGET (preview), is_of_type,
                                GSIZE_TO_POINTER (GTK_TYPE_FLOW_BOX));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static guint
renderer_pages (WaymarkJourney *journey,
                WaymarkPaper    paper)
{
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, paper);

  return waymark_matrix_layout_get_n_pages (layout);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdfinfo");

  if (path == NULL)
    g_test_skip ("needs pdfinfo and pdftotext (poppler-utils)");

  return path != NULL;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not in:\n%s", part, text);
}

/* The preview shows as many pages as the renderer lays out, with what
 * each holds; choosing another paper lays them out again. */
static void
test_preview_pages (Fixture       *f,
                    gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (f->document);
  guint a4 = renderer_pages (journey, WAYMARK_PAPER_A4);
  guint a3 = renderer_pages (journey, WAYMARK_PAPER_A3);
  guint letter = renderer_pages (journey, WAYMARK_PAPER_LETTER);
  g_autofree char *count = g_strdup_printf ("%u pages", a4);
  g_autofree char *second = g_strdup_printf ("Page 2 of %u · roles 8–14 · continued from page 1", a4);
  WaymarkPrintPreview *preview;
  GtkWidget *dropdown;

  g_assert_cmpuint (a4, ==, 13);
  g_assert_cmpuint (a3, ==, 5);

  g_assert_true (waymark_view_get_can_print (WAYMARK_VIEW (f->view)));
  preview = WAYMARK_PRINT_PREVIEW (waymark_print_preview_new (NULL, WAYMARK_VIEW (f->view)));
  gtk_window_present (GTK_WINDOW (preview));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (preview)));
  g_assert_cmpuint (waymark_print_preview_get_paper (preview), ==, WAYMARK_PAPER_A4);
  g_assert_cmpuint (waymark_pages_get_n_pages (waymark_print_preview_get_pages (preview)), ==, a4);
  g_assert_cmpuint (count_pages_shown (preview), ==, a4);
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, count));
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text,
                                 "Page 1 of 13 · roles 1–7"));
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, second));

  /* A3 in the paper list, as a click would choose it. */
  dropdown = find_widget (GTK_WIDGET (preview), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  g_assert_cmpuint (waymark_print_preview_get_paper (preview), ==, WAYMARK_PAPER_A3);
  g_assert_cmpuint (waymark_pages_get_n_pages (waymark_print_preview_get_pages (preview)), ==, a3);
  g_assert_cmpuint (count_pages_shown (preview), ==, a3);
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, "5 pages"));
  g_assert_null (find_widget (GTK_WIDGET (preview), is_label_with_text, count));
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, "Page 1 of 5"));

  waymark_print_preview_set_paper (preview, WAYMARK_PAPER_LETTER);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 2);
  g_assert_cmpuint (count_pages_shown (preview), ==, letter);

  gtk_window_destroy (GTK_WINDOW (preview));
  ui_test_iterate ();
}

/* What Print hands to GTK: the previewed pages, landscape on the paper
 * chosen, drawn in the print context. GTK's export writes them as a PDF
 * here, as "Print to File" does. */
static void
test_print_to_pdf (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *pdf = tmp_path ("printed.pdf");
  g_autoptr(WaymarkPages) pages = waymark_view_dup_pages (WAYMARK_VIEW (f->view), WAYMARK_PAPER_A3);
  g_autoptr(WaymarkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  if (!have_poppler ())
    return;

  operation = waymark_print_operation_new (pages, WAYMARK_PAPER_A3, "Generated journey");
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  assert_contains (info, "Pages:           5\n");
  /* Landscape A3, in points. */
  assert_contains (info, "Page size:       1190.55 x 841.89 pts (A3)\n");
  text = run ((const char *[]) { "pdftotext", "-f", "2", "-l", "2", pdf, "-", NULL });
  assert_contains (text, "Page 2 of 5");
  assert_contains (text, "R Responsible");
  g_unlink (pdf);
}

/* The map prints the sheets of its PDF. */
static void
test_map_preview (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = waymark_map_view_new ();
  WaymarkPrintPreview *preview;

  g_assert_no_error (error);
  gtk_window_set_child (GTK_WINDOW (window), view);
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));

  preview = WAYMARK_PRINT_PREVIEW (waymark_print_preview_new (GTK_WINDOW (window),
                                                              WAYMARK_VIEW (view)));
  gtk_window_present (GTK_WINDOW (preview));
  g_assert_true (WAYMARK_IS_MAP_PAGES (waymark_print_preview_get_pages (preview)));
  g_assert_cmpuint (count_pages_shown (preview), ==, 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, "1 page"));
  g_assert_nonnull (find_widget (GTK_WIDGET (preview), is_label_with_text, "Page 1 of 1"));

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_iterate ();
}

static WaymarkView *
visible_view (WaymarkWindow *window)
{
  GtkWidget *stack = find_widget (GTK_WIDGET (window), is_of_type,
                                  GSIZE_TO_POINTER (ADW_TYPE_VIEW_STACK));

  return WAYMARK_VIEW (adw_view_stack_get_visible_child (ADW_VIEW_STACK (stack)));
}

/* The primary menu's item for @action and the tooltip that says why it
 * is off (on the box around it: an insensitive button shows none). */
static const char *
menu_item_tooltip (WaymarkWindow *window,
                   const char    *action)
{
  GtkWidget *menu_button = find_widget (GTK_WIDGET (window), is_of_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  GtkWidget *popover;
  GtkWidget *button;

  /* The journey's title button comes first; the primary menu is the one
   * with a menu model. */
  while (menu_button && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)) == NULL)
    menu_button = find_widget (gtk_widget_get_next_sibling (menu_button), is_of_type,
                               GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (menu_button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  button = find_widget (popover, is_button_for_action, action);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button) == (gtk_widget_get_tooltip_text (gtk_widget_get_parent (button)) == NULL));

  return gtk_widget_get_tooltip_text (gtk_widget_get_parent (button));
}

/* Export… and Print follow the view on screen. */
static void
test_actions (void)
{
  WaymarkWindow *window = new_window_with_template ("professional-services");
  WaymarkPrintPreview *preview;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "stages"));
  /* Off: the shortcut does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  spin (50);
  g_assert_null (find_toplevel (WAYMARK_TYPE_EXPORT_DIALOG));
  g_assert_cmpstr (menu_item_tooltip (window, "win.export"), ==,
                   "The Stages view has nothing to export");
  g_assert_cmpstr (menu_item_tooltip (window, "win.print"), ==, "The Stages view does not print");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix"));
  g_assert_null (menu_item_tooltip (window, "win.export"));
  g_assert_null (menu_item_tooltip (window, "win.print"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "map"));
  g_assert_null (menu_item_tooltip (window, "win.export"));
  g_assert_null (menu_item_tooltip (window, "win.print"));

  /* Print opens the preview of the view on screen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  preview = find_toplevel (WAYMARK_TYPE_PRINT_PREVIEW);
  g_assert_nonnull (preview);
  g_assert_true (waymark_print_preview_get_view (preview) == visible_view (window));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (preview));

  destroy_window (window);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GPtrArray **files = user_data;
  g_autoptr(GError) error = NULL;

  *files = waymark_window_export_finish (WAYMARK_WINDOW (object), result, &error);
  g_assert_no_error (error);
}

static GPtrArray *
export (WaymarkWindow        *window,
        WaymarkView          *view,
        WaymarkExportFormats  format,
        WaymarkPaper          paper,
        GFile                *file)
{
  GPtrArray *files = NULL;

  waymark_window_export_async (window, view, format, paper, file, NULL, on_exported_cb, &files);
  WAIT_FOR (files != NULL);

  return files;
}

static void
assert_header (GFile      *file,
               const char *header)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, strlen (header));
  g_assert_cmpmem (contents, strlen (header), header, strlen (header));
}

/* The Export dialog on the Matrix: its formats and paper, then the window
 * writes what it chose: a PDF, read back. */
static void
test_export_pdf (void)
{
  WaymarkWindow *window = new_window_with_template ("professional-services");
  g_autofree char *path = tmp_path ("sign-off");
  g_autofree char *written = tmp_path ("sign-off.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  WaymarkExportDialog *dialog;
  GtkWidget *paper_row;
  GListModel *formats;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  WAIT_FOR (find_toplevel (WAYMARK_TYPE_EXPORT_DIALOG) != NULL);
  dialog = find_toplevel (WAYMARK_TYPE_EXPORT_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Export Matrix");
  g_assert_true (waymark_export_dialog_get_view (dialog) == visible_view (window));

  /* The matrix writes all four, PDF first, on A4 unless told. */
  formats = adw_combo_row_get_model (ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), is_of_type,
                                                                 GSIZE_TO_POINTER (ADW_TYPE_COMBO_ROW))));
  g_assert_cmpuint (g_list_model_get_n_items (formats), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (formats), 0), ==, "PDF Document");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (formats), 3), ==, "CSV Spreadsheet");
  g_assert_cmpint (waymark_export_dialog_get_format (dialog), ==, WAYMARK_EXPORT_PDF);
  g_assert_cmpint (waymark_export_dialog_get_paper (dialog), ==, WAYMARK_PAPER_A4);

  /* CSV has no paper. */
  paper_row = gtk_widget_get_next_sibling (find_widget (GTK_WIDGET (dialog), is_of_type,
                                                        GSIZE_TO_POINTER (ADW_TYPE_COMBO_ROW)));
  waymark_export_dialog_set_format (dialog, WAYMARK_EXPORT_CSV);
  g_assert_false (gtk_widget_get_sensitive (paper_row));
  waymark_export_dialog_set_format (dialog, WAYMARK_EXPORT_PDF);
  g_assert_true (gtk_widget_get_sensitive (paper_row));
  waymark_export_dialog_set_paper (dialog, WAYMARK_PAPER_A3);

  /* What the file chooser's answer leads to. */
  files = export (window, waymark_export_dialog_get_view (dialog),
                  waymark_export_dialog_get_format (dialog),
                  waymark_export_dialog_get_paper (dialog), file);
  g_assert_cmpuint (files->len, ==, 1);
  {
    g_autofree char *got = g_file_get_path (g_ptr_array_index (files, 0));

    /* The suffix is added to a name without it. */
    g_assert_cmpstr (got, ==, written);
  }
  assert_header (g_ptr_array_index (files, 0), "%PDF-1.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (have_poppler ())
    {
      info = run ((const char *[]) { "pdfinfo", written, NULL });
      assert_contains (info, "Title:           Professional services client journey\n");
      assert_contains (info, "Page size:       1190.55 x 841.89 pts (A3)\n");
      text = run ((const char *[]) { "pdftotext", written, "-", NULL });
      assert_contains (text, "Pre-purchase experience");
      assert_contains (text, "Sign-off");
    }

  g_unlink (written);
  destroy_window (window);
}

/* A matrix of several sheets as PNG is one file a page; the map's PNG is
 * one image; CSV opens with the byte-order mark spreadsheets want. */
static void
test_export_files (Fixture       *f,
                   gconstpointer  data)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");
  WaymarkView *map;
  g_autofree char *path = tmp_path ("large.png");
  g_autofree char *csv_path = tmp_path ("large.CSV");
  g_autofree char *map_path = tmp_path ("map.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) map_file = g_file_new_for_path (map_path);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) csv = NULL;
  g_autoptr(GPtrArray) image = NULL;

  /* The window exports any of its views; this one is the fixture's. */
  files = export (window, WAYMARK_VIEW (f->view), WAYMARK_EXPORT_PNG, WAYMARK_PAPER_A4, file);
  g_assert_cmpuint (files->len, ==, 13);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("large-%u.png", i + 1);
      g_autofree char *got = g_file_get_basename (g_ptr_array_index (files, i));

      g_assert_cmpstr (got, ==, name);
      assert_header (g_ptr_array_index (files, i), "\x89PNG\r\n");
      g_file_delete (g_ptr_array_index (files, i), NULL, NULL);
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  csv = export (window, WAYMARK_VIEW (f->view), WAYMARK_EXPORT_CSV, WAYMARK_PAPER_A4, csv_file);
  g_assert_cmpuint (csv->len, ==, 1);
  /* A suffix in capitals is the suffix. */
  g_assert_true (g_file_equal (g_ptr_array_index (csv, 0), csv_file));
  assert_header (csv_file, "\xef\xbb\xbf");
  g_file_delete (csv_file, NULL, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "map"));
  map = visible_view (window);
  g_assert_true (WAYMARK_IS_MAP_VIEW (map));
  g_assert_cmpint (waymark_view_get_export_formats (map), ==,
                   WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG);
  image = export (window, map, WAYMARK_EXPORT_PNG, WAYMARK_PAPER_A4, map_file);
  g_assert_cmpuint (image->len, ==, 1);
  assert_header (map_file, "\x89PNG\r\n");
  g_file_delete (map_file, NULL, NULL);

  destroy_window (window);
}

static void
on_export_failed_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(GPtrArray) files = waymark_window_export_finish (WAYMARK_WINDOW (object), result, error);

  g_assert_null (files);
}

/* A folder that is not there: the error says where, and nothing is left. */
static void
test_export_error (Fixture       *f,
                   gconstpointer  data)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");
  g_autofree char *path = tmp_path ("gone/matrix.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  waymark_window_export_async (window, WAYMARK_VIEW (f->view), WAYMARK_EXPORT_PDF,
                               WAYMARK_PAPER_A4, file, NULL, on_export_failed_cb, &error);
  WAIT_FOR (error != NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "print-export");

#define ADD(path, func) \
  g_test_add ("/print-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("preview-pages", test_preview_pages);
  ADD ("print-to-pdf", test_print_to_pdf);
  g_test_add_func ("/print-export/map-preview", test_map_preview);
  g_test_add_func ("/print-export/actions", test_actions);
  g_test_add_func ("/print-export/export-pdf", test_export_pdf);
  ADD ("export-files", test_export_files);
  ADD ("export-error", test_export_error);

  return ui_test_run ();
}
