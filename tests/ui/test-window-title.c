/* test-window-title.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The header: the journey's title with the unsaved marker and the folder
 * at every width, and the popover that edits the title and description.
 */

#include "config.h"

#include "waymark-drafts.h"
#include "waymark-folder-label.h"
#include "waymark-ui-test.h"

static AdwWindowTitle *
get_window_title (WaymarkWindow *window)
{
  GtkWidget *header = find_widget (GTK_WIDGET (window), is_of_type,
                                   GSIZE_TO_POINTER (ADW_TYPE_HEADER_BAR));
  GtkWidget *title = find_widget (header, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_WINDOW_TITLE));

  g_assert_nonnull (title);
  return ADW_WINDOW_TITLE (title);
}

static AdwViewSwitcher *
get_view_switcher (WaymarkWindow *window)
{
  return ADW_VIEW_SWITCHER (find_widget (GTK_WIDGET (window), is_of_type,
                                         GSIZE_TO_POINTER (ADW_TYPE_VIEW_SWITCHER)));
}

/* A window is given its size before it is shown (without a window
 * manager, X11 windows are not resized after). */
static WaymarkWindow *
new_window_of_width (int width)
{
  WaymarkWindow *window = waymark_application_new_window (ui_test_app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s",
                                             "b2b-lifecycle"));
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (window)) > 0);
  spin (50);

  return window;
}

/* Point 7: the title and the marker at a normal and a narrow width. */
static void
test_title_at_every_width (void)
{
  static const int widths[] = { 1280, 1000, 400 };
  g_autofree char *path = tmp_path ("title.waymark");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *folder = waymark_dup_folder_label (file);

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      WaymarkWindow *window = new_window_of_width (widths[i]);
      WaymarkDocument *document = waymark_window_get_document (window);
      AdwWindowTitle *title = get_window_title (window);

      g_assert_cmpstr (adw_window_title_get_title (title), ==, "B2B customer lifecycle");
      g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Draft");

      waymark_document_set_file (document, file);
      waymark_document_rename (document, first_stage (document), "Discover");
      spin (50);

      g_assert_cmpstr (adw_window_title_get_title (title), ==, "• B2B customer lifecycle");
      g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, folder);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (title)));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (title)), >, 0);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                       "• B2B customer lifecycle — Waymark");

      /* The switcher, in its own bar, is there too, narrower when the
       * window is. */
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (get_view_switcher (window))));
      WAIT_FOR (adw_view_switcher_get_policy (get_view_switcher (window)) ==
                (widths[i] < 720 ? ADW_VIEW_SWITCHER_POLICY_NARROW
                                 : ADW_VIEW_SWITCHER_POLICY_WIDE));

      /* Undone back to the file: no marker. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      g_assert_cmpstr (adw_window_title_get_title (title), ==, "B2B customer lifecycle");

      destroy_window (window);
    }
}

/* The popover of the header's title button. */
static GtkPopover *
get_popover (WaymarkWindow *window)
{
  GtkWidget *button = gtk_widget_get_ancestor (GTK_WIDGET (get_window_title (window)),
                                               GTK_TYPE_MENU_BUTTON);

  return gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
}

static GtkPopover *
open_popover (WaymarkWindow *window)
{
  GtkPopover *popover = get_popover (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-journey", NULL));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (popover)));

  return popover;
}

static GtkEditable *
get_title_entry (GtkPopover *popover)
{
  return GTK_EDITABLE (find_widget (GTK_WIDGET (popover), is_of_type,
                                    GSIZE_TO_POINTER (GTK_TYPE_ENTRY)));
}

static GtkTextBuffer *
get_description (GtkPopover *popover)
{
  GtkWidget *view = find_widget (GTK_WIDGET (popover), is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

/* Point 3: the title and description edited through the document, one
 * undo step; the title, the close prompt and the restore prompt follow. */
static void
test_edit_title_and_description (void)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkJourney *journey = waymark_document_get_journey (document);
  WaymarkDrafts *drafts = waymark_application_get_drafts (ui_test_app);
  g_autofree char *before_description = g_strdup (waymark_journey_get_description (journey));
  g_autoptr(GFile) index = NULL;
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;
  GtkPopover *popover;
  GtkWidget *undo_button;

  popover = open_popover (window);
  g_assert_cmpstr (gtk_editable_get_text (get_title_entry (popover)), ==,
                   "B2B customer lifecycle");
  /* The entry's own undo is off: Ctrl+Z is the document's. */
  g_assert_false (gtk_editable_get_enable_undo (get_title_entry (popover)));
  g_assert_false (gtk_text_buffer_get_enable_undo (get_description (popover)));

  /* Each field commits as the user types; the header follows. */
  gtk_editable_set_text (get_title_entry (popover), "Q3 planning");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (adw_window_title_get_title (get_window_title (window)), ==, "• Q3 planning");
  gtk_text_buffer_set_text (get_description (popover), "What we agree on in July.", -1);
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "What we agree on in July.");
  gtk_popover_popdown (popover);

  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "What we agree on in July.");
  g_assert_cmpstr (adw_window_title_get_title (get_window_title (window)), ==, "• Q3 planning");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Q3 planning — Waymark");
  undo_button = find_widget (GTK_WIDGET (window), is_button_for_action, "win.undo");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Edit Journey");

  /* The restore prompt after a crash reads its titles from the index. */
  waymark_drafts_flush (drafts);
  index = g_file_get_child (waymark_drafts_get_directory (drafts), "session.json");
  g_assert_true (g_file_load_contents (index, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"title\" : \"Q3 planning\""));

  /* So does the close prompt. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "“Q3 planning” has unsaved changes. Changes that are not saved will be lost.");
  respond (dialog, "cancel");
  WAIT_FOR (find_message_dialog () == NULL);

  /* One step undoes both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "B2B customer lifecycle");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, before_description);
  g_assert_false (waymark_document_get_dirty (document));

  destroy_window (window);
}

/* Escape leaves the journey as it was; an empty title is refused. */
static void
test_escape_cancels (void)
{
  WaymarkWindow *window = new_window_with_template ("buyer-journey");
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkJourney *journey = waymark_document_get_journey (document);
  g_autofree char *before = g_strdup (waymark_journey_get_title (journey));
  GtkPopover *popover;

  popover = open_popover (window);
  gtk_editable_set_text (get_title_entry (popover), "Never mind");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window),
                                             "win.cancel-journey-edit", NULL));
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, before);
  g_assert_false (waymark_document_get_can_undo (document));

  popover = open_popover (window);
  g_assert_cmpstr (gtk_editable_get_text (get_title_entry (popover)), ==, before);
  gtk_editable_set_text (get_title_entry (popover), "   ");
  gtk_popover_popdown (popover);
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, before);
  g_assert_false (waymark_document_get_can_undo (document));

  destroy_window (window);
}

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* With real keys: Ctrl+I opens the popover; what is typed commits at once;
 * Ctrl+Z and Ctrl+Shift+Z inside it undo and redo the visit's one step,
 * the fields follow and keep the focus; Escape puts back the texts of the
 * visit's start and closes it, leaving no step; each visit is a step of
 * its own. */
static void
test_keys_in_popover (void)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkJourney *journey = waymark_document_get_journey (document);
  g_autofree char *before_title = g_strdup (waymark_journey_get_title (journey));
  g_autofree char *before_description = g_strdup (waymark_journey_get_description (journey));
  g_autofree char *text = NULL;
  GtkPopover *popover = get_popover (window);
  GtkWidget *view = find_widget (GTK_WIDGET (popover), is_of_type,
                                 GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));

  g_assert_nonnull (before_description);
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));

  press_keys ("ctrl+i");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  WAIT_FOR (focus_is_in (window, GTK_WIDGET (get_title_entry (popover))));
  press_keys ("ctrl+a");
  type_text ("Q3 planning");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (adw_window_title_get_title (get_window_title (window)), ==, "• Q3 planning");
  press_keys ("Tab");
  g_assert_true (focus_is_in (window, view));
  press_keys ("ctrl+a");
  type_text ("For July.");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "For July.");
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Edit Journey");

  /* One Ctrl+Z, the focus still in the description: the whole visit. */
  press_keys ("ctrl+z");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, before_title);
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, before_description);
  g_assert_cmpstr (gtk_editable_get_text (get_title_entry (popover)), ==, before_title);
  text = dup_buffer_text (get_description (popover));
  g_assert_cmpstr (text, ==, before_description);
  g_clear_pointer (&text, g_free);
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_true (focus_is_in (window, view));

  press_keys ("ctrl+shift+z");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "For July.");
  g_assert_cmpstr (gtk_editable_get_text (get_title_entry (popover)), ==, "Q3 planning");
  text = dup_buffer_text (get_description (popover));
  g_assert_cmpstr (text, ==, "For July.");
  g_clear_pointer (&text, g_free);
  press_keys ("Escape");
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");

  /* Another visit, given up with Escape: back to the start of the visit,
   * no step for it. */
  press_keys ("ctrl+i");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  WAIT_FOR (focus_is_in (window, GTK_WIDGET (get_title_entry (popover))));
  press_keys ("ctrl+a");
  type_text ("Never mind");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Never mind");
  press_keys ("Tab");
  type_text (" Really.");
  g_assert_cmpstr (waymark_journey_get_description (journey), !=, "For July.");
  press_keys ("Escape");
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "For July.");
  g_assert_cmpstr (adw_window_title_get_title (get_window_title (window)), ==, "• Q3 planning");

  /* A visit closed with Enter is a step of its own. */
  press_keys ("ctrl+i");
  WAIT_FOR (focus_is_in (window, GTK_WIDGET (get_title_entry (popover))));
  press_keys ("ctrl+a");
  type_text ("Q4");
  press_keys ("Return");
  WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q4");
  press_keys ("ctrl+z");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, "Q3 planning");
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, "For July.");
  press_keys ("ctrl+z");
  g_assert_cmpstr (waymark_journey_get_title (journey), ==, before_title);
  g_assert_cmpstr (waymark_journey_get_description (journey), ==, before_description);
  g_assert_false (waymark_document_get_can_undo (document));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "window-title");

  g_test_add_func ("/ui/window-title/title-at-every-width", test_title_at_every_width);
  g_test_add_func ("/ui/window-title/edit-title-and-description",
                   test_edit_title_and_description);
  g_test_add_func ("/ui/window-title/escape-cancels", test_escape_cancels);
  g_test_add_func ("/ui/window-title/keys-in-popover", test_keys_in_popover);

  return ui_test_run ();
}
