/* bench-map.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: how fast the journey map draws, in a 1920x1080 window with
 * GTK's cairo renderer. See README.md beside it.
 *
 *   xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
 *     nice _build/tests/perf/bench-map [FRAMES]
 *
 * A frame is timed as the application lives it: the work done on the event
 * (a drag step, an edit, a zoom step: the handlers, and a relayout where
 * one is made) plus the frame clock's frame that follows, from its
 * "before-paint" to its "after-paint" (layout, snapshot of every widget and
 * the cairo renderer drawing the window's nodes). The wait between the two
 * is the frame clock's pacing, not work, and is left out.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <time.h>

#include "waymark-application.h"
#include "waymark-generate.h"
#include "waymark-map-canvas.h"
#include "waymark-map-layout.h"
#include "waymark-window.h"

#define WIDTH  1920
#define HEIGHT 1080

typedef struct
{
  gint64         before_paint;
  gint64         before_paint_cpu;
  gint64         frame_time;   /* before-paint to after-paint of the last frame */
  gint64         frame_cpu;    /* the same in CPU time of the main thread */
  guint          frames;
} Frames;

static Frames frames;

/* CPU time of this thread: on a busy machine the wall-clock time of a frame
 * is mostly the wait for a core, so both are printed. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
on_before_paint_cb (GdkFrameClock *clock)
{
  frames.before_paint = g_get_monotonic_time ();
  frames.before_paint_cpu = cpu_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock)
{
  frames.frame_time = g_get_monotonic_time () - frames.before_paint;
  frames.frame_cpu = cpu_time () - frames.before_paint_cpu;
  frames.frames++;
}

static void
watch_frames (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  /* Each window has a clock of its own, destroyed with it. */
  g_assert_nonnull (clock);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

/* Runs the main loop until the next frame has been painted; its time in
 * microseconds, or -1 when no frame came within a second (nothing to
 * draw). */
static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gint64
wait_frame (void)
{
  guint target = frames.frames + 1;
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;
  guint tick = g_timeout_add (20, on_tick_cb, NULL);

  while (frames.frames < target && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  return frames.frames >= target ? frames.frame_time : -1;
}

static void
settle (GtkWidget *window,
        guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_widget_queue_draw (window);
      wait_frame ();
    }
}

static GtkWidget *
find_canvas (GtkWidget *widget)
{
  if (WAYMARK_IS_MAP_CANVAS (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_canvas (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

static double
median_ms (GArray *times)
{
  if (times->len == 0)
    return -1;
  g_array_sort (times, compare_times);

  return g_array_index (times, gint64, times->len / 2) / 1000.0;
}

static double
max_ms (GArray *times)
{
  return times->len ? g_array_index (times, gint64, times->len - 1) / 1000.0 : -1;
}

static void
print_row (const char *what,
           GArray     *times,
           GArray     *cpu,
           double      goal)
{
  double median = median_ms (times);
  double cpu_median = cpu ? median_ms (cpu) : -1;

  g_print ("%-44s %8.1f ms %8.1f ms %6u", what, median, max_ms (times), times->len);
  if (cpu != NULL)
    g_print (" %8.1f ms", cpu_median);
  else
    g_print ("%11s", "");
  if (goal > 0)
    g_print ("   <= %3.0f ms  %s", goal, median >= 0 && median <= goal ? "ok" : "MISSED");
  g_print ("\n");
}

/* One action and the frame after it. */
static void
time_step (GArray  *times,
           GArray  *cpu,
           void   (*action) (gpointer),
           gpointer data)
{
  gint64 start = g_get_monotonic_time ();
  gint64 start_cpu = cpu_time ();
  gint64 work, work_cpu, frame;

  action (data);
  work = g_get_monotonic_time () - start;
  work_cpu = cpu_time () - start_cpu;
  frame = wait_frame ();
  if (frame >= 0)
    {
      gint64 total = work + frame;
      gint64 total_cpu = work_cpu + frames.frame_cpu;

      g_array_append_val (times, total);
      g_array_append_val (cpu, total_cpu);
      if (g_getenv ("BENCH_MAP_VERBOSE"))
        g_printerr ("work %.1f ms (CPU %.1f), frame %.1f ms (CPU %.1f)\n", work / 1000.0,
                    work_cpu / 1000.0, frame / 1000.0, frames.frame_cpu / 1000.0);
    }
}

typedef struct
{
  WaymarkWindow    *window;
  WaymarkDocument  *document;
  GtkWidget        *canvas;
  WaymarkMapLayout *layout;
  double            dx;
  double            dy;
  guint             step;
} Bench;

static void
drag_step (gpointer data)
{
  Bench *b = data;
  GtkGesture *gesture = waymark_map_canvas_get_drag_gesture (WAYMARK_MAP_CANVAS (b->canvas));

  b->dx += 11;
  b->dy += 5;
  g_signal_emit_by_name (gesture, "drag-update", b->dx, b->dy);
}

static void
edit_step (gpointer data)
{
  Bench *b = data;
  guint n = waymark_map_layout_get_n_cards (b->layout);
  WaymarkTouchpoint *tp = waymark_map_layout_get_card (b->layout, (b->step * 7919) % n)->touchpoint;
  g_autofree char *title = g_strdup_printf ("Changed title %u", b->step++);

  waymark_document_set (b->document, tp, "title", title, NULL);
}

static void
zoom_step (gpointer data)
{
  Bench *b = data;

  /* Five steps in, five out, around 50 %. */
  gtk_widget_activate_action (b->canvas, (b->step++ / 5) % 2 ? "map.zoom-out" : "map.zoom-in", NULL);
}

/* BENCH_MAP_ONLY=drag,edit,zoom,open measures only those, for a profiler. */
static gboolean
measured (const char *what)
{
  const char *only = g_getenv ("BENCH_MAP_ONLY");
  g_auto(GStrv) names = NULL;

  if (only == NULL || *only == '\0')
    return TRUE;
  names = g_strsplit (only, ",", -1);

  return g_strv_contains ((const char * const *)names, what);
}

static WaymarkWindow *
new_window (WaymarkApplication *app)
{
  WaymarkWindow *window = waymark_application_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  watch_frames (GTK_WIDGET (window));

  return window;
}

/* From opening the file to the first frame that shows the map; and from
 * the window's first frame. */
static void
time_open (WaymarkApplication *app,
           GFile              *file,
           double             *open_ms,
           double             *after_window_ms)
{
  WaymarkWindow *window = new_window (app);
  gint64 start, window_frame = 0, map_frame = 0;
  GtkWidget *canvas = NULL;

  /* The window first, without a document, as after start-up. */
  while (frames.frames == 0 || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    wait_frame ();
  settle (GTK_WIDGET (window), 2);

  start = g_get_monotonic_time ();
  waymark_application_open_file (app, file, window);
  for (guint i = 0; i < 200 && map_frame == 0; i++)
    {
      if (wait_frame () < 0)
        continue;
      if (window_frame == 0)
        window_frame = g_get_monotonic_time ();
      if (canvas == NULL)
        canvas = find_canvas (GTK_WIDGET (window));
      if (canvas != NULL && gtk_widget_get_mapped (canvas) &&
          gtk_widget_get_width (canvas) > 1)
        map_frame = g_get_monotonic_time ();
    }

  *open_ms = map_frame ? (map_frame - start) / 1000.0 : -1;
  *after_window_ms = map_frame ? (map_frame - window_frame) / 1000.0 : -1;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window that shows a journey of @n touchpoints on a new window: from
 * the window's first frame to the first frame of the map. */
static double
time_new_window (WaymarkApplication *app,
                 GFile              *file)
{
  gint64 window_frame = 0, map_frame = 0;
  WaymarkWindow *window;
  GtkWidget *canvas = NULL;

  window = waymark_application_open_file (app, file, NULL);
  watch_frames (GTK_WIDGET (window));
  for (guint i = 0; i < 200 && map_frame == 0; i++)
    {
      if (wait_frame () < 0)
        continue;
      if (window_frame == 0)
        window_frame = g_get_monotonic_time ();
      if (canvas == NULL)
        canvas = find_canvas (GTK_WIDGET (window));
      if (canvas != NULL && gtk_widget_get_mapped (canvas) &&
          gtk_widget_get_width (canvas) > 1)
        map_frame = g_get_monotonic_time ();
    }
  gtk_window_destroy (GTK_WINDOW (window));

  return map_frame ? (map_frame - window_frame) / 1000.0 : -1;
}

static GFile *
write_journey (const char *dir,
               const char *name,
               GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);

  return g_file_new_for_path (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkApplication) app = NULL;
  g_autoptr(GBytes) big = waymark_generate_journey_sized (2000, 12, 8, 1, "Map Benchmark");
  g_autoptr(GBytes) small = waymark_generate_journey_sized (500, 12, 8, 2, "Map Benchmark 500");
  g_autoptr(GFile) big_file = NULL;
  g_autoptr(GFile) small_file = NULL;
  g_autoptr(GArray) drag = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) drag_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) edit_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) zoom = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) zoom_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  guint n_frames = argc > 1 ? (guint)atoi (argv[1]) : 60;
  Bench b = { 0 };
  GtkGesture *gesture;
  const WaymarkMapCard *card;
  guint visible = 0;

  /* The renderer the goals are set for, and no bus or settings of the
   * desktop that runs it. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", WAYMARK_SCHEMA_DIR, FALSE);
  dir = g_dir_make_tmp ("waymark-bench-map-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("WAYMARK_DRAFTS_DIR", dir, TRUE);
  big_file = write_journey (dir, "map-2000.waymark", big);
  small_file = write_journey (dir, "map-500.waymark", small);

  gtk_init ();
  adw_init ();
  app = waymark_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_hold (G_APPLICATION (app));

  /* Opening: the first run warms the caches (fonts, icons, CSS). */
  for (guint i = 0; i < (measured ("open") ? 4 : 0); i++)
    {
      double open_ms, after_window_ms;
      gint64 t;

      time_open (app, big_file, &open_ms, &after_window_ms);
      if (i == 0)
        continue;
      t = (gint64)(open_ms * 1000);
      g_array_append_val (opens, t);
      t = (gint64)(time_new_window (app, small_file) * 1000);
      g_array_append_val (shown, t);
    }

  b.window = new_window (app);
  waymark_application_open_file (app, big_file, b.window);
  b.document = waymark_window_get_document (b.window);
  gtk_widget_activate_action (GTK_WIDGET (b.window), "win.show-view", "s", "map");
  settle (GTK_WIDGET (b.window), 3);
  b.canvas = find_canvas (GTK_WIDGET (b.window));
  g_assert_nonnull (b.canvas);
  b.layout = waymark_map_canvas_get_layout (WAYMARK_MAP_CANVAS (b.canvas));
  g_print ("Journey: %u stages x %u lanes, %u touchpoints; window %dx%d, GSK_RENDERER=%s\n",
           waymark_map_layout_get_n_columns (b.layout), waymark_map_layout_get_n_bands (b.layout),
           waymark_map_layout_get_n_cards (b.layout),
           gtk_widget_get_width (GTK_WIDGET (b.window)), gtk_widget_get_height (GTK_WIDGET (b.window)),
           g_getenv ("GSK_RENDERER"));

  /* Dragging the first card of the second stage at 100 %. */
  gtk_widget_activate_action (b.canvas, "map.zoom-reset", NULL);
  settle (GTK_WIDGET (b.window), 3);
  card = waymark_map_layout_get_card (b.layout,
                                      waymark_map_layout_get_cell (b.layout, 1, 0)->first_card);
  gesture = waymark_map_canvas_get_drag_gesture (WAYMARK_MAP_CANVAS (b.canvas));
  g_signal_emit_by_name (gesture, "drag-begin", card->rect.x + 20, card->rect.y + 20);
  for (guint i = 0; i < (measured ("drag") ? n_frames : 0); i++)
    time_step (drag, drag_cpu, drag_step, &b);
  g_signal_emit_by_name (gesture, "drag-end", b.dx, b.dy);
  if (waymark_document_get_can_undo (b.document))
    waymark_document_undo (b.document);
  settle (GTK_WIDGET (b.window), 2);

  /* The whole map in the window, then one card changed a frame. */
  gtk_widget_activate_action (b.canvas, "map.zoom-fit", NULL);
  settle (GTK_WIDGET (b.window), 3);
  for (guint i = 0; i < waymark_map_layout_get_n_cards (b.layout); i++)
    {
      const WaymarkMapRect *r = &waymark_map_layout_get_card (b.layout, i)->rect;
      graphene_point_t p;

      if (gtk_widget_compute_point (b.canvas, GTK_WIDGET (b.window),
                                    &GRAPHENE_POINT_INIT (r->x + r->width, r->y + r->height), &p) &&
          p.x <= WIDTH && p.y <= HEIGHT)
        visible++;
    }
  g_print ("Fitted: zoom %.0f %%, %u of %u cards in the window\n",
           waymark_map_layout_get_zoom (b.layout) * 100, visible,
           waymark_map_layout_get_n_cards (b.layout));
  for (guint i = 0; i < (measured ("edit") ? n_frames : 0); i++)
    time_step (edit, edit_cpu, edit_step, &b);

  /* Zoom steps from 40 %. */
  gtk_widget_activate_action (b.canvas, "map.zoom-reset", NULL);
  for (guint i = 0; i < 4; i++)
    gtk_widget_activate_action (b.canvas, "map.zoom-out", NULL);
  settle (GTK_WIDGET (b.window), 2);
  b.step = 0;
  for (guint i = 0; i < (measured ("zoom") ? MAX (n_frames / 2, 10) : 0); i++)
    time_step (zoom, zoom_cpu, zoom_step, &b);

  g_print ("\n%-44s %11s %11s %6s %11s   %s\n", "", "median", "max", "frames", "cpu median", "goal");
  print_row ("drag one card at 100 %", drag, drag_cpu, 8);
  print_row ("whole map fitted, after one card changes", edit, edit_cpu, 16);
  print_row ("zoom step (every card laid out anew)", zoom, zoom_cpu, 33);
  print_row ("open 2,000 touchpoints: file to the map's frame", opens, NULL, 0);
  print_row ("500 touchpoints: map after the window", shown, NULL, 100);

  gtk_window_destroy (GTK_WINDOW (b.window));
  g_application_release (G_APPLICATION (app));

  return EXIT_SUCCESS;
}
