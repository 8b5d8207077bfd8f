/* waymark-chart.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHART (waymark_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkChart, waymark_chart, WAYMARK, CHART, GObject)

/* The fonts every chart draws with, in points. */
typedef enum
{
  WAYMARK_CHART_FONT_HEADING,    /* a section's heading */
  WAYMARK_CHART_FONT_SUBHEADING, /* a part of a section */
  WAYMARK_CHART_FONT_LABEL,      /* a stage's name, a column title */
  WAYMARK_CHART_FONT_TEXT,
  WAYMARK_CHART_FONT_SMALL,
  WAYMARK_CHART_FONT_MARK,       /* the word in a cell: Covered, Missed */
  WAYMARK_CHART_N_FONTS,
} WaymarkChartFont;

/* How a cell reads without its colour: a fill, an outline, a symbol. */
typedef enum
{
  WAYMARK_CHART_MARK_NONE,
  WAYMARK_CHART_MARK_GOOD,       /* a tick, a light green fill */
  WAYMARK_CHART_MARK_GAP,        /* a warning sign, a tan fill, a thick outline */
  WAYMARK_CHART_MARK_WASTE,      /* a cross, hatched, a dashed outline */
  WAYMARK_CHART_MARK_EMPTY,      /* a thin outline */
} WaymarkChartMark;

/**
 * WaymarkChartClass:
 * @layout: measures for the chart's width: adds the rows with
 *   waymark_chart_add_row() and sets the heads' heights
 * @draw_head: draws what comes before the rows, from (0, 0): on the first
 *   page the legend too, on the next ones only what repeats (column titles)
 * @draw_row: draws one row from (0, 0)
 * @repeats_head: whether a page that starts with @row repeats the head;
 *   by default every one does
 *
 * One part of an insight on paper or in an image: a heading, a head and
 * rows, laid out once for a width in points. Pages break between rows and
 * repeat the head, so any chart goes on any number of pages.
 */
struct _WaymarkChartClass
{
  GObjectClass parent_class;

  void (*layout)    (WaymarkChart *self,
                     double        width);
  void (*draw_head) (WaymarkChart *self,
                     cairo_t      *cr,
                     gboolean      first);
  void (*draw_row)  (WaymarkChart *self,
                     cairo_t      *cr,
                     guint         row);
  gboolean (*repeats_head) (WaymarkChart *self,
                            guint         row);

  /*< private >*/
  gpointer padding[3];
};

WaymarkJourney *waymark_chart_get_journey      (WaymarkChart     *self);
const char     *waymark_chart_get_title        (WaymarkChart     *self);
double          waymark_chart_get_width        (WaymarkChart     *self);
PangoContext   *waymark_chart_get_context      (WaymarkChart     *self);
guint           waymark_chart_get_n_rows       (WaymarkChart     *self);
double          waymark_chart_get_row_height   (WaymarkChart     *self,
                                                guint             row);
double          waymark_chart_get_head_height  (WaymarkChart     *self,
                                                gboolean          first);
double          waymark_chart_get_height       (WaymarkChart     *self);
gboolean        waymark_chart_repeats_head     (WaymarkChart     *self,
                                                guint             row);
void            waymark_chart_draw_head        (WaymarkChart     *self,
                                                cairo_t          *cr,
                                                gboolean          first);
void            waymark_chart_draw_row         (WaymarkChart     *self,
                                                cairo_t          *cr,
                                                guint             row);
void            waymark_chart_draw             (WaymarkChart     *self,
                                                cairo_t          *cr);

/* For the charts themselves. */
void            waymark_chart_add_row          (WaymarkChart     *self,
                                                double            height);
void            waymark_chart_set_head_heights (WaymarkChart     *self,
                                                double            first,
                                                double            next);
PangoLayout    *waymark_chart_new_text         (WaymarkChart     *self,
                                                WaymarkChartFont  font,
                                                const char       *text,
                                                double            width,
                                                int               max_lines);
double          waymark_chart_text_height      (PangoLayout      *layout);
double          waymark_chart_text_width       (PangoLayout      *layout);
double          waymark_chart_show_text        (cairo_t          *cr,
                                                PangoLayout      *layout,
                                                double            x,
                                                double            y,
                                                double            grey);
double          waymark_chart_show             (WaymarkChart     *self,
                                                cairo_t          *cr,
                                                WaymarkChartFont  font,
                                                const char       *text,
                                                double            x,
                                                double            y,
                                                double            width,
                                                int               max_lines,
                                                double            grey);
void            waymark_chart_draw_box         (cairo_t          *cr,
                                                WaymarkChartMark  mark,
                                                double            x,
                                                double            y,
                                                double            width,
                                                double            height);
void            waymark_chart_draw_symbol      (cairo_t          *cr,
                                                WaymarkChartMark  mark,
                                                double            x,
                                                double            y,
                                                double            size);
void            waymark_chart_hatch            (cairo_t          *cr,
                                                double            x,
                                                double            y,
                                                double            width,
                                                double            height,
                                                const double      rgba[4]);
double          waymark_chart_draw_legend      (WaymarkChart     *self,
                                                cairo_t          *cr,
                                                const WaymarkChartMark *marks,
                                                const char * const *words,
                                                const char * const *meanings,
                                                guint             n,
                                                double            y);
char           *waymark_chart_format_value     (double            value);

G_END_DECLS
