/* waymark-print-operation.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the pages the print preview showed: their number is known before
 * the dialog opens, each is drawn by src/render at the size the printer
 * gives (the paper's printable area), landscape on the paper chosen in the
 * preview unless the user picks another in GTK's dialog.
 */

#include "config.h"

#include "waymark-print-operation.h"

struct _WaymarkPrintOperation
{
  GtkPrintOperation  parent_instance;

  WaymarkPages      *pages;
};

G_DEFINE_FINAL_TYPE (WaymarkPrintOperation, waymark_print_operation, GTK_TYPE_PRINT_OPERATION)

/* GTK's names of the sheets Waymark lays pages out on. */
static const char *
paper_size_name (WaymarkPaper paper)
{
  switch (paper)
    {
    case WAYMARK_PAPER_A3:
      return GTK_PAPER_NAME_A3;
    case WAYMARK_PAPER_LETTER:
      return GTK_PAPER_NAME_LETTER;
    case WAYMARK_PAPER_A4:
    default:
      return GTK_PAPER_NAME_A4;
    }
}

/* GtkPrintOperation */

static void
waymark_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  waymark_pages_draw_page (self->pages, cr, page_nr,
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
}

/* GObject */

static void
waymark_print_operation_dispose (GObject *object)
{
  WaymarkPrintOperation *self = WAYMARK_PRINT_OPERATION (object);

  g_clear_object (&self->pages);

  G_OBJECT_CLASS (waymark_print_operation_parent_class)->dispose (object);
}

static void
waymark_print_operation_class_init (WaymarkPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = waymark_print_operation_dispose;
  operation_class->draw_page = waymark_print_operation_draw_page;
}

static void
waymark_print_operation_init (WaymarkPrintOperation *self)
{
}

/**
 * waymark_print_operation_new_page_setup:
 *
 * Returns: (transfer full): @paper in landscape, as GTK names it
 */
GtkPageSetup *
waymark_print_operation_new_page_setup (WaymarkPaper paper)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  GtkPaperSize *size = gtk_paper_size_new (paper_size_name (paper));

  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_paper_size_free (size);

  return setup;
}

/**
 * waymark_print_operation_new:
 * @pages: what to print, as previewed
 * @paper: the sheets @pages were laid out on
 * @job_name: (nullable): what the printer queue shows
 *
 * Returns: (transfer full): an operation to run
 */
WaymarkPrintOperation *
waymark_print_operation_new (WaymarkPages *pages,
                             WaymarkPaper  paper,
                             const char   *job_name)
{
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  WaymarkPrintOperation *self;

  g_return_val_if_fail (WAYMARK_IS_PAGES (pages), NULL);

  self = g_object_new (WAYMARK_TYPE_PRINT_OPERATION, NULL);
  self->pages = g_object_ref (pages);

  setup = waymark_print_operation_new_page_setup (paper);
  settings = gtk_print_settings_new ();
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_settings_set_paper_size (settings, gtk_page_setup_get_paper_size (setup));

  if (job_name != NULL && *job_name != '\0')
    {
      g_autofree char *basename = g_strdelimit (g_strdup (job_name), "/\\", '-');

      gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);
      /* "Print to File" names the file after the journey, not "output". */
      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
    }

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  gtk_print_operation_set_n_pages (GTK_PRINT_OPERATION (self), waymark_pages_get_n_pages (pages));
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);

  return self;
}

/**
 * waymark_print_operation_get_pages:
 *
 * Returns: (transfer none): what it prints
 */
WaymarkPages *
waymark_print_operation_get_pages (WaymarkPrintOperation *self)
{
  g_return_val_if_fail (WAYMARK_IS_PRINT_OPERATION (self), NULL);

  return self->pages;
}
