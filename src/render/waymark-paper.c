/* waymark-paper.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

/**
 * waymark_paper_prepare_fonts:
 *
 * Starts reading the font configuration, which Pango does in a thread of
 * its own, so that a caller about to read a journey and then lay it out
 * has both done at once rather than one after the other.
 */
void
waymark_paper_prepare_fonts (void)
{
  pango_cairo_font_map_get_default ();
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
 * waymark_paper_create_context:
 *
 * The context paper is measured with: metrics not hinted, so text takes
 * the same room on a PDF, a PNG at twice the size and a printer, and sizes
 * in points (72 dpi).
 *
 * Returns: (transfer full): a new context on the default cairo font map
 */
PangoContext *
waymark_paper_create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}
