/* waymark-ui-test.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window and view tests share: an application with its drafts in a
 * temporary folder, a view of the B2B example in a window, waiting for the
 * main loop, and finding dialogs and widgets as a user would see them.
 */

#pragma once

#include <adwaita.h>

#include "waymark-application.h"
#include "waymark-document.h"
#include "waymark-window.h"

G_BEGIN_DECLS

/* A view showing the B2B example, in a window of its own. */
typedef struct
{
  WaymarkDocument *document;
  GtkWidget       *window;
  GtkWidget       *view;
} ViewFixture;

extern WaymarkApplication *ui_test_app;
extern char *ui_test_tmpdir;

gboolean ui_test_tick_cb (gpointer data);

/* Spins the main loop until @cond holds, for at most ten seconds. */
#define WAIT_FOR(cond)                                                          \
  G_STMT_START {                                                                \
    gint64 _end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;                \
    guint _tick = g_timeout_add (10, ui_test_tick_cb, NULL);                    \
    while (!(cond) && g_get_monotonic_time () < _end)                           \
      g_main_context_iteration (NULL, TRUE);                                    \
    g_source_remove (_tick);                                                    \
    g_assert_true (cond);                                                       \
  } G_STMT_END

void              ui_test_init               (int           *argc,
                                              char        ***argv,
                                              const char    *name);
int               ui_test_run                (void);
void              spin                       (guint          ms);
char             *tmp_path                   (const char    *name);
gpointer          find_toplevel              (GType          type);
AdwMessageDialog *find_message_dialog        (void);
void              respond                    (AdwMessageDialog *dialog,
                                              const char    *response);
void              close_all_dialogs          (void);
GtkWidget        *find_widget                (GtkWidget     *widget,
                                              gboolean     (*match) (GtkWidget *, gconstpointer),
                                              gconstpointer  data);
gboolean          is_button_for_action       (GtkWidget     *widget,
                                              gconstpointer  action_name);
gboolean          is_of_type                 (GtkWidget     *widget,
                                              gconstpointer  type);
WaymarkWindow    *new_window_with_template   (const char    *template_id);
void              destroy_window             (WaymarkWindow *window);
WaymarkStage     *first_stage                (WaymarkDocument *document);
void              ui_test_iterate            (void);
void              ui_test_view_set_up        (ViewFixture   *f,
                                              GtkWidget     *view);
void              ui_test_view_set_up_sized  (ViewFixture   *f,
                                              GtkWidget     *view,
                                              int            width,
                                              int            height);
void              ui_test_view_set_up_journey (ViewFixture   *f,
                                              GtkWidget     *view,
                                              WaymarkJourney *journey,
                                              int            width,
                                              int            height);
void              ui_test_view_tear_down     (ViewFixture   *f);
WaymarkTouchpoint *ui_test_touchpoint        (WaymarkJourney *journey,
                                              const char    *id);
char             *ui_test_dup_place          (WaymarkJourney *journey,
                                              const char    *id);

/* That touchpoint @id of @journey is at "stage/lane/order". */
#define ASSERT_PLACE(journey, id, expected) G_STMT_START { \
  g_autofree char *_place = ui_test_dup_place (journey, id); \
  g_assert_cmpstr (_place, ==, expected); \
} G_STMT_END
void              press_keys                 (const char    *keys);
void              type_text                  (const char    *text);
gboolean          focus_is_in                (gpointer       root,
                                              GtkWidget     *widget);
void              ui_test_assert_view_exports (GtkWidget    *view,
                                               const char   *csv_start,
                                               guint         n_pages);

G_END_DECLS
