/* waymark-paper.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "waymark-paper.h"

/* Sizes in PostScript points (1/72 inch), landscape: width first. */
static const struct {
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [WAYMARK_PAPER_A4] = { "a4", 841.890, 595.276 },
  [WAYMARK_PAPER_A3] = { "a3", 1190.551, 841.890 },
  [WAYMARK_PAPER_LETTER] = { "letter", 792.0, 612.0 },
};

/**
 * waymark_paper_from_string:
 * @str: "a4", "a3" or "letter", in any case
 *
 * Returns: whether @str names a paper size
 */
gboolean
waymark_paper_from_string (const char   *str,
                           WaymarkPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  for (guint i = 0; str && i < G_N_ELEMENTS (papers); i++)
    {
      if (g_ascii_strcasecmp (str, papers[i].name) == 0)
        {
          *paper = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
waymark_paper_to_string (WaymarkPaper paper)
{
  g_return_val_if_fail (paper < G_N_ELEMENTS (papers), NULL);

  return papers[paper].name;
}

/**
 * waymark_paper_get_size:
 *
 * The size of a landscape sheet in points.
 */
void
waymark_paper_get_size (WaymarkPaper  paper,
                        double       *width,
                        double       *height)
{
  g_return_if_fail (paper < G_N_ELEMENTS (papers));

  if (width)
    *width = papers[paper].width;
  if (height)
    *height = papers[paper].height;
}

/**
 * waymark_paper_append_to_array:
 * @byte_array: a #GByteArray
 *
 * A cairo_write_func_t for the PDF, SVG and PNG streams of every export:
 * the files are made in memory and saved by the caller.
 */
cairo_status_t
waymark_paper_append_to_array (void                *byte_array,
                               const unsigned char *data,
                               unsigned int         length)
{
  g_byte_array_append (byte_array, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The font map waymark_paper_prepare_fonts() fills in a thread of its
 * own, until waymark_paper_get_font_map() takes it over. */
static GThread *prepare_thread;

typedef struct
{
  PangoFontDescription **fonts;
  guint                  n_fonts;
} PrepareRequest;

static PangoContext *
create_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

static gpointer
prepare_fonts_thread (gpointer data)
{
  PrepareRequest *request = data;
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  PangoContext *context = create_context (font_map);
  PangoLayout *layout = pango_layout_new (context);

  /* Laying out a letter in a font is what costs the most the first time:
   * fontconfig's rules applied to the font's pattern, the fonts sorted
   * in threads of Pango's, the first font loaded and its metrics, for
   * which Pango lays out a sample text in a context of its own, with a
   * pattern of its own. For a 300-row matrix that is a quarter of the
   * work; done here, it is done while the journey is read. */
  pango_layout_set_text (layout, "A", -1);
  for (guint i = 0; i < request->n_fonts; i++)
    {
      pango_layout_set_font_description (layout, request->fonts[i]);
      pango_layout_get_size (layout, NULL, NULL);
      pango_font_description_free (request->fonts[i]);
    }

  g_object_unref (layout);
  g_object_unref (context);
  g_free (request->fonts);
  g_free (request);

  return font_map;
}

/**
 * waymark_paper_prepare_fonts:
 * @fonts: (array length=n_fonts) (nullable): the fonts the pages will use
 * @n_fonts: how many
 *
 * Starts reading the font configuration and loading @fonts in a thread of
 * its own, so that a command about to read a journey and then lay it out
 * has both done at once rather than one after the other. The font map
 * made there becomes the calling thread's default in
 * waymark_paper_get_font_map(); call this once, before anything in the
 * thread has used Pango's default font map.
 */
void
waymark_paper_prepare_fonts (const PangoFontDescription * const *fonts,
                             guint                               n_fonts)
{
  PrepareRequest *request;

  g_return_if_fail (prepare_thread == NULL);

  request = g_new0 (PrepareRequest, 1);
  request->n_fonts = n_fonts;
  request->fonts = g_new0 (PangoFontDescription *, MAX (n_fonts, 1));
  for (guint i = 0; i < n_fonts; i++)
    request->fonts[i] = pango_font_description_copy (fonts[i]);

  prepare_thread = g_thread_new ("waymark-fonts", prepare_fonts_thread, request);
}

/**
 * waymark_paper_get_font_map:
 *
 * Returns: (transfer none): the calling thread's default cairo font map,
 *   the one waymark_paper_prepare_fonts() made if it was called: every
 *   measure of text on paper, the map's too, uses this one
 */
PangoFontMap *
waymark_paper_get_font_map (void)
{
  if (prepare_thread != NULL)
    {
      PangoFontMap *font_map = g_thread_join (g_steal_pointer (&prepare_thread));

      pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (font_map));
      g_object_unref (font_map);
    }

  return pango_cairo_font_map_get_default ();
}

/**
 * waymark_paper_get_author:
 *
 * Returns: the user's full name, or the account's name without one: the
 *   author in a PDF's metadata
 */
const char *
waymark_paper_get_author (void)
{
  const char *name = g_get_real_name ();

  /* GLib says "Unknown" when the account has no full name. */
  return g_strcmp0 (name, "Unknown") != 0 && name[0] ? name : g_get_user_name ();
}

/**
 * waymark_paper_new_pdf_surface:
 * @array: where the PDF is written (waymark_paper_append_to_array())
 * @width: of a sheet, in points
 * @title: the PDF's title
 * @subject: what its pages show
 * @date: (nullable): when it was made, or none said
 *
 * A PDF the way every export makes it: its metadata name the journey,
 * what the pages show, the user as author and Waymark as creator.
 *
 * Returns: (transfer full): the surface
 */
cairo_surface_t *
waymark_paper_new_pdf_surface (GByteArray *array,
                               double      width,
                               double      height,
                               const char *title,
                               const char *subject,
                               GDateTime  *date)
{
  g_autofree char *creator = g_strdup_printf ("Waymark %s", PACKAGE_VERSION);
  cairo_surface_t *surface;

  surface = cairo_pdf_surface_create_for_stream (waymark_paper_append_to_array, array,
                                                 width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, waymark_paper_get_author ());
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (date != NULL)
    {
      g_autofree char *iso = g_date_time_format_iso8601 (date);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
    }

  return surface;
}

/**
 * waymark_paper_create_context:
 *
 * The context paper is measured with: metrics not hinted, so text takes
 * the same room on a PDF, a PNG at twice the size and a printer, and sizes
 * in points (72 dpi).
 *
 * Returns: (transfer full): a new context on waymark_paper_get_font_map()
 */
PangoContext *
waymark_paper_create_context (void)
{
  return create_context (waymark_paper_get_font_map ());
}
