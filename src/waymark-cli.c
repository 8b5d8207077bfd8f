/* waymark-cli.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "waymark-chart-export.h"
#include "waymark-cli.h"
#include "waymark-content-coverage.h"
#include "waymark-csv.h"
#include "waymark-csv-insights.h"
#include "waymark-gap-grid.h"
#include "waymark-map-export.h"
#include "waymark-matrix-check.h"
#include "waymark-matrix-import.h"
#include "waymark-matrix.h"
#include "waymark-paper-export.h"
#include "waymark-reader.h"
#include "waymark-report.h"
#include "waymark-save.h"
#include "waymark-templates.h"
#include "waymark-writer.h"

/* waymark check / new / export: the same files as the application, without a
 * display. Errors are one line on stderr and exit status 1; nothing is
 * written on error. */

typedef int (*CommandFunc) (int argc, char **argv);

static int cli_check (int argc, char **argv);
static int cli_new (int argc, char **argv);
static int cli_export (int argc, char **argv);
static int cli_import (int argc, char **argv);

static const struct {
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "check", cli_check },
  { "new", cli_new },
  { "export", cli_export },
  { "import", cli_import },
};

/* What an export made is left to the end of the process rather than freed
 * one object at a time: for a 300-row matrix, its pages and the journey
 * took 8 M instructions to free, a sixth of laying them out. They stay
 * reachable from here, which is what leak checkers want. */
static GPtrArray *left_to_exit;

static void
leave_to_exit (gpointer object)
{
  if (left_to_exit == NULL)
    left_to_exit = g_ptr_array_new ();
  g_ptr_array_add (left_to_exit, object);
}

static int G_GNUC_PRINTF (1, 2)
error_exit (const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s\n", message);

  return 1;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "waymark: %s\n\n%s", message, help);

  return 1;
}

static GOptionContext *
parse (int          *argc,
       char       ***argv,
       const char   *parameter,
       const char   *summary,
       GOptionEntry *entries,
       int          *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (context, error->message);
      return NULL;
    }

  *status = 0;

  return g_steal_pointer (&context);
}

static WaymarkJourney *
load (const char  *path,
      GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *local = g_file_get_path (file);

  /* The file is named in messages as the user typed it, once. */
  if (local != NULL)
    return waymark_reader_load_path (local, path, error);

  return waymark_reader_load_file (file, NULL, error);
}

/* "-" is standard output; anything else is replaced atomically. */
static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("-: could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!waymark_save_bytes (file, bytes, WAYMARK_SAVE_NONE, NULL, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* After the accountability: where the company is absent while the buyer
 * is there, and which stages no content serves. Not errors either. */
static void
print_gaps (const char     *name,
            WaymarkJourney *journey)
{
  g_autoptr(WaymarkGapGrid) grid = waymark_gap_grid_new (journey);
  g_autoptr(WaymarkContentCoverage) coverage = waymark_content_coverage_new (journey);

  for (guint i = 0; i < waymark_gap_grid_get_n_stages (grid); i++)
    {
      g_autofree char *message = waymark_gap_grid_dup_missed_message (grid, i);

      /* Translators: a line of "waymark check" about a gap: FILE: gap: message */
      if (message != NULL)
        fprintf (stderr, _("%s: gap: %s\n"), name, message);
    }

  for (guint i = 0; i < waymark_content_coverage_get_n_stages (coverage); i++)
    {
      g_autofree char *message = waymark_content_coverage_dup_no_content_message (coverage, i);

      if (message != NULL)
        fprintf (stderr, _("%s: gap: %s\n"), name, message);
    }
}

static int
cli_check (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkMatrixCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *warnings;
  GPtrArray *problems;
  GPtrArray *hints;
  GOptionEntry entries[] = { { NULL } };
  int status;

  if (!(context = parse (&argc, &argv, _("FILE"),
                         _("Check a journey: print load errors, or the rows of the "
                           "accountability matrix that need attention, the channels where "
                           "the customer is and the company is not, and the stages no "
                           "content serves."),
                         entries, &status)))
    return status;

  if (argc != 2)
    return usage_error (context, _("check takes exactly one FILE"));

  if (!(journey = load (argv[1], &error)))
    return error_exit ("%s", error->message);

  warnings = waymark_journey_get_load_warnings (journey);
  for (guint i = 0; warnings && warnings[i]; i++)
    fprintf (stderr, _("%s: warning: %s\n"), argv[1], warnings[i]);

  check = waymark_matrix_check_new (journey);
  problems = waymark_matrix_check_get_problems (check);
  for (guint i = 0; i < problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (problems, i);

      /* Translators: a warning line of "waymark check": FILE: warning: message */
      fprintf (stderr, _("%s: warning: %s\n"), argv[1], problem->message);
    }

  hints = waymark_matrix_check_get_hints (check);
  for (guint i = 0; i < hints->len; i++)
    {
      WaymarkHint *hint = g_ptr_array_index (hints, i);

      /* Translators: a hint line of "waymark check": FILE: hint: message */
      fprintf (stderr, _("%s: hint: %s\n"), argv[1], hint->message);
    }

  print_gaps (argv[1], journey);

  return 0;
}

static int
cli_new (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *ids = g_strjoinv (", ", (char **)waymark_templates_get_ids ());
  GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id,
      N_("The template to start from (default: b2b-lifecycle)"), N_("TEMPLATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write, - for standard output"), N_("FILE") },
    { NULL }
  };
  int status;

  summary = g_strdup_printf (_("Write a new journey from a template: %s."), ids);
  if (!(context = parse (&argc, &argv, NULL, summary, entries, &status)))
    return status;

  if (argc != 1)
    return usage_error (context, _("new takes no FILE argument; name the output with -o"));
  if (output == NULL)
    return usage_error (context, _("name the file to write with -o FILE"));

  if (!(journey = waymark_templates_create (template_id ? template_id : WAYMARK_TEMPLATE_DEFAULT,
                                            &error)))
    return error_exit ("waymark: %s", error->message);

  bytes = waymark_writer_to_bytes (journey);
  if (!write_output (output, bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}

/* The id of the persona or channel of @items named @name (ignoring case),
 * or with that id; %NULL when none is. */
static const char *
find_named (GListModel *items,
            const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (items, i);
      const char *item_name = WAYMARK_IS_PERSONA (item) ? waymark_persona_get_name (WAYMARK_PERSONA (item))
                                                        : waymark_channel_get_name (WAYMARK_CHANNEL (item));
      g_autofree char *folded = g_utf8_casefold (item_name ? item_name : "", -1);

      if (g_str_equal (folded, wanted) || g_str_equal (waymark_item_get_id (item), name))
        return waymark_item_get_id (item);
    }

  return NULL;
}

/* The journey map as PDF (landscape pages), PNG or SVG; with a persona or
 * a channel, the other cards faded as on screen. */
static int
export_map (WaymarkJourney     *journey,
            WaymarkPaperFormat  format,
            WaymarkPaper        paper,
            const char         *persona,
            const char         *channel,
            const char         *output)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkMapLayout) view = NULL;

  if (persona != NULL || channel != NULL)
    {
      const char *persona_id = NULL, *channel_id = NULL;

      if (persona != NULL &&
          !(persona_id = find_named (waymark_journey_get_personas (journey), persona)))
        return error_exit (_("%s: the journey has no persona “%s”"), output, persona);
      if (channel != NULL &&
          !(channel_id = find_named (waymark_journey_get_channels (journey), channel)))
        return error_exit (_("%s: the journey has no channel “%s”"), output, channel);
      view = waymark_map_layout_new_for_journey (journey);
      waymark_map_layout_set_persona (view, persona_id);
      waymark_map_layout_set_channel (view, channel_id);
    }

  if (format == WAYMARK_PAPER_FORMAT_PDF)
    bytes = waymark_map_export_pdf (journey, view, paper, NULL, &error);
  else if (format == WAYMARK_PAPER_FORMAT_PNG)
    bytes = waymark_map_export_png (journey, view, &error);
  else
    bytes = waymark_map_export_svg (journey, view, &error);

  if (bytes == NULL)
    return error_exit ("%s: %s", output, error->message);
  if (!write_output (output, bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}

/* The funnel, gaps or content view as one PDF, PNG or SVG. */
static int
export_insight (WaymarkJourney     *journey,
                WaymarkInsight      insight,
                WaymarkPaperFormat  format,
                WaymarkPaper        paper,
                const char         *output)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!(bytes = waymark_insight_export (journey, insight, format, paper, &error)))
    return error_exit ("%s: %s", output, error->message);
  if (!write_output (output, bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}

/* The meeting handout: one PDF. */
static int
export_report (WaymarkJourney *journey,
               WaymarkPaper    paper,
               const char     *output)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!(bytes = waymark_report_export_pdf (journey, paper, NULL, NULL, &error)))
    return error_exit ("%s: %s", output, error->message);
  if (!write_output (output, bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}

/* "matrix.png" with 3 pages is matrix-1.png, matrix-2.png, matrix-3.png. */
static char *
dup_page_path (const char *output,
               guint       page,
               guint       n_pages)
{
  const char *dot = strrchr (output, '.');

  if (n_pages < 2)
    return g_strdup (output);

  return g_strdup_printf ("%.*s-%u%s", (int)(dot - output), output, page + 1, dot);
}

/* Every page is drawn before the first file is written; should writing
 * one fail, those already written are removed again. */
static int
export_paper (WaymarkJourney     *journey,
              WaymarkPaper        paper,
              WaymarkPaperFormat  format,
              const char         *output)
{
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, paper);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (!(files = waymark_paper_export (layout, format, &error)))
    return error_exit ("%s: %s", output, error->message);

  for (guint i = 0; i < files->len; i++)
    {
      char *path = dup_page_path (output, i, files->len);

      g_ptr_array_add (written, path);
      if (!write_output (path, g_ptr_array_index (files, i), &error))
        {
          for (guint k = 0; k + 1 < written->len; k++)
            g_unlink (g_ptr_array_index (written, k));
          return error_exit ("%s", error->message);
        }
    }

  /* The files a PNG or SVG export made, for scripts to pick up. */
  if (waymark_paper_format_is_multi_file (format))
    for (guint i = 0; i < written->len; i++)
      printf ("%s\n", (char *)g_ptr_array_index (written, i));

  /* With the journey it holds. */
  leave_to_exit (g_steal_pointer (&layout));

  return 0;
}

static int
cli_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *view = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *persona = NULL;
  g_autofree char *channel = NULL;
  g_autofree char *suffix = NULL;
  const char *dot;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; its suffix picks the format: .csv, .waymark, .pdf, .png, .svg"),
      N_("OUT") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view,
      N_("What to export: matrix (default), map, gaps, content, funnel, or report (a PDF "
         "handout of them all)"), N_("VIEW") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("Paper for .pdf, .png and .svg, landscape: a4 (default), a3 or letter"), N_("SIZE") },
    { "persona", 0, 0, G_OPTION_ARG_STRING, &persona,
      N_("With --view map: the cards of other personas faded, the emotion curve this "
         "persona's"), N_("NAME") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &channel,
      N_("With --view map: the cards of other channels faded"), N_("NAME") },
    { NULL }
  };
  WaymarkPaper paper_size = WAYMARK_PAPER_DEFAULT;
  WaymarkPaperFormat format;
  WaymarkInsight insight;
  int status;

  if (!(context = parse (&argc, &argv, _("FILE"),
                         _("Export a journey: the accountability matrix as CSV, or ready "
                           "to sign as PDF, PNG or SVG, or the journey itself in canonical "
                           "form as .waymark."),
                         entries, &status)))
    return status;

  if (argc != 2)
    return usage_error (context, _("export takes exactly one FILE"));
  if (output == NULL)
    return usage_error (context, _("name the file to write with -o OUT"));
  if (view != NULL && !g_strv_contains ((const char * const[]) { "matrix", "map", "gaps", "content",
                                                                  "funnel", "report", NULL }, view))
    return usage_error (context, _("--view takes matrix, map, gaps, content, funnel or report"));
  if (paper != NULL && !waymark_paper_from_string (paper, &paper_size))
    return usage_error (context, _("--paper takes a4, a3 or letter"));
  if ((persona != NULL || channel != NULL) && g_strcmp0 (view, "map") != 0)
    return usage_error (context, _("--persona and --channel apply to --view map only"));

  if (g_str_equal (output, "-"))
    return usage_error (context, _("export writes to a file, whose suffix picks the format"));

  dot = strrchr (output, '.');
  suffix = g_ascii_strdown (dot && !strchr (dot, '/') ? dot : "", -1);

  /* Check the request before reading, so a bad one costs nothing. */
  if (waymark_paper_format_from_suffix (suffix, &format))
    {
      /* The fonts are read while the journey is. */
      if (view == NULL || g_str_equal (view, "matrix"))
        waymark_matrix_layout_prepare_fonts ();
      else
        waymark_paper_prepare_fonts (NULL, 0);
      if (g_strcmp0 (view, "map") == 0)
        {
          if (!(journey = load (argv[1], &error)))
            return error_exit ("%s", error->message);
          return export_map (journey, format, paper_size, persona, channel, output);
        }
      if (waymark_insight_from_string (view, &insight))
        {
          if (!(journey = load (argv[1], &error)))
            return error_exit ("%s", error->message);
          return export_insight (journey, insight, format, paper_size, output);
        }
      if (g_strcmp0 (view, "report") == 0)
        {
          if (format != WAYMARK_PAPER_FORMAT_PDF)
            return error_exit (_("%s: the report is a PDF; name a .pdf file"), output);
          if (!(journey = load (argv[1], &error)))
            return error_exit ("%s", error->message);
          return export_report (journey, paper_size, output);
        }
      if (!(journey = load (argv[1], &error)))
        return error_exit ("%s", error->message);
      return export_paper (journey, paper_size, format, output);
    }

  if (paper != NULL)
    return error_exit (_("%s: --paper applies to .pdf, .png and .svg only"), output);
  if (!g_str_equal (suffix, ".csv") && !g_str_equal (suffix, ".waymark"))
    return error_exit (_("%s: unknown format “%s”; the suffix must be .csv, .waymark, "
                         ".pdf, .png or .svg"),
                       output, suffix);

  if (g_str_equal (suffix, ".csv") && view != NULL &&
      !g_strv_contains ((const char * const[]) { "matrix", "gaps", "content", NULL }, view))
    return error_exit (_("%s: only the matrix, gaps and content views export to CSV"), output);
  if (g_str_equal (suffix, ".waymark") && view != NULL)
    return error_exit (_("%s: a .waymark export is the whole journey; --view does not apply"),
                       output);

  if (!(journey = load (argv[1], &error)))
    return error_exit ("%s", error->message);

  if (g_str_equal (suffix, ".csv") && g_strcmp0 (view, "gaps") == 0)
    bytes = waymark_csv_export_gaps (journey);
  else if (g_str_equal (suffix, ".csv") && g_strcmp0 (view, "content") == 0)
    bytes = waymark_csv_export_content (journey);
  else if (g_str_equal (suffix, ".csv"))
    bytes = waymark_csv_export_matrix (journey);
  else
    bytes = waymark_writer_to_bytes (journey);

  if (!write_output (output, bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}

gboolean
waymark_cli_is_command (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (arg, commands[i].name) == 0)
      return TRUE;

  return FALSE;
}

/**
 * waymark_cli_run:
 * @argv: the whole command line, "waymark COMMAND …"
 *
 * Returns: the exit status
 */
int
waymark_cli_run (int    argc,
                 char **argv)
{
  g_autofree char *prgname = NULL;

  g_return_val_if_fail (argc > 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (argv[1], commands[i].name) == 0)
        {
          /* "waymark check" in --help output */
          prgname = g_strdup_printf ("waymark %s", commands[i].name);
          g_set_prgname (prgname);
          return commands[i].func (argc - 1, argv + 1);
        }
    }

  return error_exit (_("waymark: unknown command “%s”"), argv[1]);
}

/* waymark import FILE MATRIX.csv: FILE's matrix from a spreadsheet, saved
 * with the one save routine; any mismatch is listed and nothing is
 * written. */
static int
cli_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(WaymarkMatrixImport) import = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *mismatches;
  GOptionEntry entries[] = { { NULL } };
  int status;

  if (!(context = parse (&argc, &argv, _("FILE MATRIX.csv"),
                         _("Set a journey’s accountability matrix from a spreadsheet’s CSV "
                           "(rows and roles matched by name) and save the journey."),
                         entries, &status)))
    return status;

  if (argc != 3)
    return usage_error (context, _("import takes a FILE and a MATRIX.csv"));

  if (!(journey = load (argv[1], &error)))
    return error_exit ("%s", error->message);

  csv_file = g_file_new_for_commandline_arg (argv[2]);
  if (!(csv = g_file_load_bytes (csv_file, NULL, NULL, &error)))
    return error_exit ("%s: %s", argv[2], error->message);

  import = waymark_matrix_import_parse (journey, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  if ((mismatches = waymark_matrix_import_get_mismatches (import)))
    {
      for (guint i = 0; mismatches[i]; i++)
        /* Translators: a mismatch of "waymark import": MATRIX.csv: message */
        fprintf (stderr, _("%s: %s\n"), argv[2], mismatches[i]);
      return 1;
    }

  document = waymark_document_new (journey);
  waymark_matrix_import_apply (import, document);
  bytes = waymark_writer_to_bytes (journey);
  if (!write_output (argv[1], bytes, &error))
    return error_exit ("%s", error->message);

  return 0;
}
