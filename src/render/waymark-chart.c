/* waymark-chart.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-chart.h"
#include "waymark-paper.h"

/* The base of the insights on paper (funnel, outcomes, gaps, content): a
 * heading, a head and rows measured once for a width, in points, with
 * Pango on an unhinted context at 72 dpi, so that a PDF page, a PNG at any
 * scale and an SVG show the same. Cells say what they are in a word and a
 * symbol besides their colour (a tick, a warning sign, a cross and
 * hatching), so a page reads printed in grey and by readers who do not
 * tell colours apart, as the views do on screen. */

typedef struct
{
  WaymarkJourney       *journey;
  char                 *title;
  double                width;
  PangoContext         *context;
  PangoFontDescription *fonts[WAYMARK_CHART_N_FONTS];
  GArray               *rows;        /* double: each row's height */
  double                head_first;
  double                head_next;
} WaymarkChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (WaymarkChart, waymark_chart, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_TITLE,
  PROP_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  double      size;
  PangoWeight weight;
} font_specs[WAYMARK_CHART_N_FONTS] = {
  [WAYMARK_CHART_FONT_HEADING] = { 13.0, PANGO_WEIGHT_BOLD },
  [WAYMARK_CHART_FONT_SUBHEADING] = { 10.5, PANGO_WEIGHT_BOLD },
  [WAYMARK_CHART_FONT_LABEL] = { 9.0, PANGO_WEIGHT_BOLD },
  [WAYMARK_CHART_FONT_TEXT] = { 9.0, PANGO_WEIGHT_NORMAL },
  [WAYMARK_CHART_FONT_SMALL] = { 7.5, PANGO_WEIGHT_NORMAL },
  [WAYMARK_CHART_FONT_MARK] = { 9.0, PANGO_WEIGHT_BOLD },
};

/* The fills and outlines of the marks: they differ in lightness too. */
static const struct {
  double fill[3];
  double line[3];
  double line_width;
  gboolean dashed;
} mark_styles[] = {
  [WAYMARK_CHART_MARK_NONE] = { { 1, 1, 1 }, { 1, 1, 1 }, 0, FALSE },
  [WAYMARK_CHART_MARK_GOOD] = { { 0.784, 0.890, 0.839 }, { 0.569, 0.725, 0.639 }, 0.8, FALSE },
  [WAYMARK_CHART_MARK_GAP] = { { 0.851, 0.784, 0.639 }, { 0.545, 0.369, 0.000 }, 1.6, FALSE },
  [WAYMARK_CHART_MARK_WASTE] = { { 0.945, 0.945, 0.945 }, { 0.420, 0.420, 0.420 }, 0.8, TRUE },
  [WAYMARK_CHART_MARK_EMPTY] = { { 0.988, 0.988, 0.988 }, { 0.800, 0.800, 0.800 }, 0.6, FALSE },
};

static void
waymark_chart_real_layout (WaymarkChart *self,
                           double        width)
{
}

static void
waymark_chart_real_draw_head (WaymarkChart *self,
                              cairo_t      *cr,
                              gboolean      first)
{
}

static void
waymark_chart_real_draw_row (WaymarkChart *self,
                             cairo_t      *cr,
                             guint         row)
{
}

static gboolean
waymark_chart_real_repeats_head (WaymarkChart *self,
                                 guint         row)
{
  return TRUE;
}

/* GObject */

static void
waymark_chart_constructed (GObject *object)
{
  WaymarkChart *self = WAYMARK_CHART (object);
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  G_OBJECT_CLASS (waymark_chart_parent_class)->constructed (object);

  /* As the map's and the matrix's: unhinted, in points. */
  priv->context = waymark_paper_create_context ();

  for (guint i = 0; i < WAYMARK_CHART_N_FONTS; i++)
    {
      priv->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (priv->fonts[i], "Sans");
      pango_font_description_set_size (priv->fonts[i], (int)(font_specs[i].size * PANGO_SCALE));
      pango_font_description_set_weight (priv->fonts[i], font_specs[i].weight);
    }

  if (priv->journey != NULL)
    WAYMARK_CHART_GET_CLASS (self)->layout (self, priv->width);
}

static void
waymark_chart_finalize (GObject *object)
{
  WaymarkChart *self = WAYMARK_CHART (object);
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_clear_object (&priv->journey);
  g_clear_object (&priv->context);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->rows, g_array_unref);
  for (guint i = 0; i < WAYMARK_CHART_N_FONTS; i++)
    g_clear_pointer (&priv->fonts[i], pango_font_description_free);

  G_OBJECT_CLASS (waymark_chart_parent_class)->finalize (object);
}

static void
waymark_chart_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WaymarkChart *self = WAYMARK_CHART (object);
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, priv->journey);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_WIDTH:
      g_value_set_double (value, priv->width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_chart_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WaymarkChart *self = WAYMARK_CHART (object);
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      priv->journey = g_value_dup_object (value);
      break;
    case PROP_TITLE:
      priv->title = g_value_dup_string (value);
      break;
    case PROP_WIDTH:
      priv->width = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_chart_class_init (WaymarkChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_chart_constructed;
  object_class->finalize = waymark_chart_finalize;
  object_class->get_property = waymark_chart_get_property;
  object_class->set_property = waymark_chart_set_property;

  klass->layout = waymark_chart_real_layout;
  klass->draw_head = waymark_chart_real_draw_head;
  klass->draw_row = waymark_chart_real_draw_row;
  klass->repeats_head = waymark_chart_real_repeats_head;

  properties[PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL, WAYMARK_TYPE_JOURNEY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDTH] =
    g_param_spec_double ("width", NULL, NULL, 100, 100000, 782,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_chart_init (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  priv->rows = g_array_new (FALSE, FALSE, sizeof (double));
}

/* Public API */

WaymarkJourney *
waymark_chart_get_journey (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), NULL);

  return priv->journey;
}

/* The section's heading: "Funnel", "Gaps by stage and channel". */
const char *
waymark_chart_get_title (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), NULL);

  return priv->title;
}

double
waymark_chart_get_width (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), 0);

  return priv->width;
}

PangoContext *
waymark_chart_get_context (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), NULL);

  return priv->context;
}

guint
waymark_chart_get_n_rows (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), 0);

  return priv->rows->len;
}

double
waymark_chart_get_row_height (WaymarkChart *self,
                              guint         row)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), 0);
  g_return_val_if_fail (row < priv->rows->len, 0);

  return g_array_index (priv->rows, double, row);
}

/**
 * waymark_chart_get_head_height:
 * @first: on the chart's first page, with its legend
 */
double
waymark_chart_get_head_height (WaymarkChart *self,
                               gboolean      first)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_CHART (self), 0);

  return first ? priv->head_first : priv->head_next;
}

/* The whole chart on one page: its first head and every row. */
double
waymark_chart_get_height (WaymarkChart *self)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);
  double height;

  g_return_val_if_fail (WAYMARK_IS_CHART (self), 0);

  height = priv->head_first;
  for (guint i = 0; i < priv->rows->len; i++)
    height += g_array_index (priv->rows, double, i);

  return height;
}

/* Whether a page that starts with @row shows the head again (the column
 * titles of a grid), or only the heading. */
gboolean
waymark_chart_repeats_head (WaymarkChart *self,
                            guint         row)
{
  g_return_val_if_fail (WAYMARK_IS_CHART (self), FALSE);

  return WAYMARK_CHART_GET_CLASS (self)->repeats_head (self, row);
}

void
waymark_chart_draw_head (WaymarkChart *self,
                         cairo_t      *cr,
                         gboolean      first)
{
  g_return_if_fail (WAYMARK_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  WAYMARK_CHART_GET_CLASS (self)->draw_head (self, cr, first);
  cairo_restore (cr);
}

void
waymark_chart_draw_row (WaymarkChart *self,
                        cairo_t      *cr,
                        guint         row)
{
  g_return_if_fail (WAYMARK_IS_CHART (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (row < waymark_chart_get_n_rows (self));

  cairo_save (cr);
  WAYMARK_CHART_GET_CLASS (self)->draw_row (self, cr, row);
  cairo_restore (cr);
}

/* The whole chart from (0, 0), as one image. */
void
waymark_chart_draw (WaymarkChart *self,
                    cairo_t      *cr)
{
  double y;

  g_return_if_fail (WAYMARK_IS_CHART (self));

  waymark_chart_draw_head (self, cr, TRUE);
  y = waymark_chart_get_head_height (self, TRUE);
  for (guint i = 0; i < waymark_chart_get_n_rows (self); i++)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, y);
      waymark_chart_draw_row (self, cr, i);
      cairo_restore (cr);
      y += waymark_chart_get_row_height (self, i);
    }
}

void
waymark_chart_add_row (WaymarkChart *self,
                       double        height)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART (self));

  g_array_append_val (priv->rows, height);
}

void
waymark_chart_set_head_heights (WaymarkChart *self,
                                double        first,
                                double        next)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_CHART (self));

  priv->head_first = first;
  priv->head_next = next;
}

/**
 * waymark_chart_new_text:
 * @width: the width to wrap at, or <= 0 for one line of any length
 * @max_lines: then an ellipsis; 0 for any number
 *
 * Returns: (transfer full): @text laid out in @font
 */
PangoLayout *
waymark_chart_new_text (WaymarkChart     *self,
                        WaymarkChartFont  font,
                        const char       *text,
                        double            width,
                        int               max_lines)
{
  WaymarkChartPrivate *priv = waymark_chart_get_instance_private (self);
  PangoLayout *layout;

  g_return_val_if_fail (WAYMARK_IS_CHART (self), NULL);
  g_return_val_if_fail (font < WAYMARK_CHART_N_FONTS, NULL);

  layout = pango_layout_new (priv->context);
  pango_layout_set_font_description (layout, priv->fonts[font]);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }

  return layout;
}

double
waymark_chart_text_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double)logical.height / PANGO_SCALE;
}

double
waymark_chart_text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double)(logical.x + logical.width) / PANGO_SCALE;
}

/**
 * waymark_chart_show_text:
 * @cr: (nullable): %NULL to measure only
 * @grey: 0 for black, up to 1
 *
 * Returns: the height of @layout
 */
double
waymark_chart_show_text (cairo_t     *cr,
                         PangoLayout *layout,
                         double       x,
                         double       y,
                         double       grey)
{
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }

  return waymark_chart_text_height (layout);
}

/* waymark_chart_new_text () and waymark_chart_show_text () in one: the
 * height of the text, drawn when @cr is not %NULL. */
double
waymark_chart_show (WaymarkChart     *self,
                    cairo_t          *cr,
                    WaymarkChartFont  font,
                    const char       *text,
                    double            x,
                    double            y,
                    double            width,
                    int               max_lines,
                    double            grey)
{
  g_autoptr(PangoLayout) layout = waymark_chart_new_text (self, font, text, width, max_lines);

  return waymark_chart_show_text (cr, layout, x, y, grey);
}

void
waymark_chart_hatch (cairo_t      *cr,
                     double        x,
                     double        y,
                     double        width,
                     double        height,
                     const double  rgba[4])
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_set_line_width (cr, 2);
  for (double d = -height; d < width; d += 6)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A cell's box: fill, hatching for waste, outline. */
void
waymark_chart_draw_box (cairo_t          *cr,
                        WaymarkChartMark  mark,
                        double            x,
                        double            y,
                        double            width,
                        double            height)
{
  static const double waste_hatch[4] = { 0.78, 0.78, 0.78, 1 };
  double lw;

  g_return_if_fail (mark < G_N_ELEMENTS (mark_styles));

  if (mark == WAYMARK_CHART_MARK_NONE)
    return;

  lw = mark_styles[mark].line_width;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, mark_styles[mark].fill[0], mark_styles[mark].fill[1],
                        mark_styles[mark].fill[2]);
  cairo_fill (cr);
  if (mark == WAYMARK_CHART_MARK_WASTE)
    waymark_chart_hatch (cr, x, y, width, height, waste_hatch);

  cairo_rectangle (cr, x + lw / 2, y + lw / 2, width - lw, height - lw);
  cairo_set_source_rgb (cr, mark_styles[mark].line[0], mark_styles[mark].line[1],
                        mark_styles[mark].line[2]);
  cairo_set_line_width (cr, lw);
  if (mark_styles[mark].dashed)
    cairo_set_dash (cr, (const double[]) { 3, 2 }, 2, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The mark's symbol in a square of @size from (@x, @y): a tick, a warning
 * triangle with "!", a cross; nothing for the others. */
void
waymark_chart_draw_symbol (cairo_t          *cr,
                           WaymarkChartMark  mark,
                           double            x,
                           double            y,
                           double            size)
{
  double s = size;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, s * 0.16);
  switch (mark)
    {
    case WAYMARK_CHART_MARK_GOOD:
      cairo_move_to (cr, x + s * 0.12, y + s * 0.55);
      cairo_line_to (cr, x + s * 0.40, y + s * 0.82);
      cairo_line_to (cr, x + s * 0.90, y + s * 0.20);
      cairo_stroke (cr);
      break;

    case WAYMARK_CHART_MARK_GAP:
      cairo_move_to (cr, x + s * 0.5, y + s * 0.04);
      cairo_line_to (cr, x + s * 0.98, y + s * 0.94);
      cairo_line_to (cr, x + s * 0.02, y + s * 0.94);
      cairo_close_path (cr);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, s * 0.13);
      cairo_move_to (cr, x + s * 0.5, y + s * 0.36);
      cairo_line_to (cr, x + s * 0.5, y + s * 0.62);
      cairo_stroke (cr);
      cairo_arc (cr, x + s * 0.5, y + s * 0.79, s * 0.07, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case WAYMARK_CHART_MARK_WASTE:
      cairo_move_to (cr, x + s * 0.18, y + s * 0.18);
      cairo_line_to (cr, x + s * 0.82, y + s * 0.82);
      cairo_move_to (cr, x + s * 0.82, y + s * 0.18);
      cairo_line_to (cr, x + s * 0.18, y + s * 0.82);
      cairo_stroke (cr);
      break;

    case WAYMARK_CHART_MARK_NONE:
    case WAYMARK_CHART_MARK_EMPTY:
    default:
      break;
    }
  cairo_restore (cr);
}

/**
 * waymark_chart_draw_legend:
 * @cr: (nullable): %NULL to measure only
 * @y: where the legend starts
 *
 * One entry per mark: its box with its symbol and word, then its meaning,
 * side by side, wrapping to a new line when the width is full.
 *
 * Returns: the legend's height
 */
double
waymark_chart_draw_legend (WaymarkChart            *self,
                           cairo_t                 *cr,
                           const WaymarkChartMark  *marks,
                           const char * const      *words,
                           const char * const      *meanings,
                           guint                    n,
                           double                   y)
{
  double width = waymark_chart_get_width (self);
  double x = 0, line_height = 0, top = y;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) word = waymark_chart_new_text (self, WAYMARK_CHART_FONT_MARK, words[i], -1, 0);
      g_autoptr(PangoLayout) meaning = waymark_chart_new_text (self, WAYMARK_CHART_FONT_SMALL,
                                                               meanings[i], 150, 2);
      double word_w = waymark_chart_text_width (word);
      double box_w = word_w + 24, box_h = 18;
      double entry_w = box_w + 6 + waymark_chart_text_width (meaning) + 18;

      if (x > 0 && x + entry_w > width)
        {
          x = 0;
          y += line_height + 6;
          line_height = 0;
        }
      if (cr != NULL)
        {
          waymark_chart_draw_box (cr, marks[i], x, y, box_w, box_h);
          waymark_chart_draw_symbol (cr, marks[i], x + 5, y + 4, 10);
          waymark_chart_show_text (cr, word, x + 19, y + (box_h - waymark_chart_text_height (word)) / 2, 0.1);
          waymark_chart_show_text (cr, meaning, x + box_w + 6, y + 1, 0.35);
        }
      line_height = MAX (line_height, MAX (box_h, waymark_chart_text_height (meaning)));
      x += entry_w;
    }

  return y + line_height - top;
}

/**
 * waymark_chart_format_value:
 *
 * Returns: (transfer full): @value with the user's thousands separator,
 *   and two decimals only when it has any
 */
char *
waymark_chart_format_value (double value)
{
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%'.0f", value);

  return g_strdup_printf ("%'.2f", value);
}
