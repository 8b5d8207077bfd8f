/* waymark-matrix-layout-draw.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "waymark-matrix-layout-private.h"

/* Drawing the pages WaymarkMatrixLayout measured: a sheet meant to be
 * signed, so quiet greys, thin rules and the roles' own colours. */

#define GRID_GREY   0.78
#define STAGE_GREY  0.925
#define HEADER_GREY 0.96
#define WASH        0.12

static void
set_grey (cairo_t *cr,
          double   value)
{
  cairo_set_source_rgb (cr, value, value, value);
}

/* A role's "#rrggbb", or a neutral grey when it has none. */
static void
parse_color (const char *color,
             double     *rgb)
{
  guint value;

  if (color && color[0] == '#' && strlen (color) == 7 &&
      sscanf (color + 1, "%6x", &value) == 1)
    {
      rgb[0] = ((value >> 16) & 0xff) / 255.0;
      rgb[1] = ((value >> 8) & 0xff) / 255.0;
      rgb[2] = (value & 0xff) / 255.0;
      return;
    }

  rgb[0] = rgb[1] = rgb[2] = 0.6;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/**
 * _waymark_paper_glyphs_new:
 *
 * Returns: (nullable): the glyphs of @layout, or %NULL when it is not one
 *   line of glyphs in one font, left to right, with no attributes, which
 *   only Pango knows how to draw
 */
WaymarkPaperGlyphs *
_waymark_paper_glyphs_new (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  g_autoptr(GString) utf8 = g_string_new (NULL);
  cairo_scaled_font_t *font = NULL;
  PangoLayoutIter *iter;
  WaymarkPaperGlyphs *self;
  gboolean ok = TRUE;

  if (text[0] == '\0' || pango_layout_get_line_count (layout) != 1 ||
      pango_layout_get_attributes (layout) != NULL)
    return NULL;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
      PangoGlyphItemIter cluster;
      PangoRectangle logical;
      int x, baseline;

      if (run == NULL)
        continue;  /* the end of the line */

      if (run->item->analysis.level % 2 != 0 || run->item->analysis.extra_attrs != NULL ||
          !PANGO_IS_CAIRO_FONT (run->item->analysis.font) ||
          (font && font != pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font))))
        {
          ok = FALSE;
          break;
        }
      font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (iter);
      x = logical.x;
      for (int i = 0; ok && i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyphInfo *info = &run->glyphs->glyphs[i];
          cairo_glyph_t glyph = {
            info->glyph,
            (double)(x + info->geometry.x_offset) / PANGO_SCALE,
            (double)(baseline + info->geometry.y_offset) / PANGO_SCALE,
          };

          /* Hex boxes and empty glyphs are Pango's to draw. */
          ok = !(info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) && info->glyph != PANGO_GLYPH_EMPTY;
          g_array_append_val (glyphs, glyph);
          x += info->geometry.width;
        }

      if (pango_glyph_item_iter_init_start (&cluster, run, text))
        do
          {
            cairo_text_cluster_t c = {
              cluster.end_index - cluster.start_index,
              cluster.end_glyph - cluster.start_glyph,
            };

            g_array_append_val (clusters, c);
          }
        while (pango_glyph_item_iter_next_cluster (&cluster));
      g_string_append_len (utf8, text + run->item->offset, run->item->length);
    }
  while (ok && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  if (!ok || font == NULL || glyphs->len == 0)
    return NULL;

  self = g_new0 (WaymarkPaperGlyphs, 1);
  self->font = cairo_scaled_font_reference (font);
  self->n_glyphs = glyphs->len;
  self->glyphs = (cairo_glyph_t *)g_array_free (g_steal_pointer (&glyphs), FALSE);
  self->n_clusters = clusters->len;
  self->clusters = (cairo_text_cluster_t *)g_array_free (g_steal_pointer (&clusters), FALSE);
  self->utf8_len = utf8->len;
  self->utf8 = g_string_free (g_steal_pointer (&utf8), FALSE);

  return self;
}

void
_waymark_paper_glyphs_free (WaymarkPaperGlyphs *self)
{
  cairo_scaled_font_destroy (self->font);
  g_free (self->glyphs);
  g_free (self->clusters);
  g_free (self->utf8);
  g_free (self);
}

/* Copies of WaymarkPaperGlyphs in one font, drawn at once. */
typedef struct
{
  cairo_scaled_font_t *font;
  GArray              *glyphs;    /* cairo_glyph_t */
  GArray              *clusters;  /* cairo_text_cluster_t */
  GString             *utf8;
} GlyphBatch;

static void
batch_init (GlyphBatch *batch)
{
  batch->font = NULL;
  batch->glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  batch->clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  batch->utf8 = g_string_new (NULL);
}

static void
batch_flush (GlyphBatch *batch,
             cairo_t    *cr)
{
  if (batch->glyphs->len == 0)
    return;

  cairo_set_scaled_font (cr, batch->font);
  cairo_show_text_glyphs (cr, batch->utf8->str, (int)batch->utf8->len,
                          (cairo_glyph_t *)batch->glyphs->data, (int)batch->glyphs->len,
                          (cairo_text_cluster_t *)batch->clusters->data,
                          (int)batch->clusters->len, 0);
  g_array_set_size (batch->glyphs, 0);
  g_array_set_size (batch->clusters, 0);
  g_string_truncate (batch->utf8, 0);
}

static void
batch_add (GlyphBatch               *batch,
           cairo_t                  *cr,
           const WaymarkPaperGlyphs *glyphs,
           double                    x,
           double                    y)
{
  if (batch->font != glyphs->font)
    batch_flush (batch, cr);
  batch->font = glyphs->font;

  for (int i = 0; i < glyphs->n_glyphs; i++)
    {
      cairo_glyph_t glyph = glyphs->glyphs[i];

      glyph.x += x;
      glyph.y += y;
      g_array_append_val (batch->glyphs, glyph);
    }
  g_array_append_vals (batch->clusters, glyphs->clusters, glyphs->n_clusters);
  g_string_append_len (batch->utf8, glyphs->utf8, glyphs->utf8_len);
}

static void
batch_finish (GlyphBatch *batch,
              cairo_t    *cr)
{
  batch_flush (batch, cr);
  g_array_unref (batch->glyphs);
  g_array_unref (batch->clusters);
  g_string_free (batch->utf8, TRUE);
}

static void
line (cairo_t *cr,
      double   x1,
      double   y1,
      double   x2,
      double   y2,
      double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  cairo_stroke (cr);
}

static void
draw_band (WaymarkMatrixLayout *self,
           cairo_t             *cr,
           guint                page)
{
  double right = self->width - WAYMARK_PAPER_MARGIN;
  double title_height = _waymark_matrix_layout_height_of (self->title_layout);
  g_autofree char *label = waymark_matrix_layout_dup_page_label (self, page);
  g_autoptr(PangoLayout) footer = NULL;
  int legend_width, footer_width;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  show_layout (cr, self->title_layout, WAYMARK_PAPER_MARGIN, WAYMARK_PAPER_MARGIN);
  set_grey (cr, 0.35);
  show_layout (cr, self->subtitle_layout, WAYMARK_PAPER_MARGIN,
               WAYMARK_PAPER_MARGIN + title_height + 2);

  /* The legend, on the right at the height of the subtitle. */
  pango_layout_get_size (self->legend_layout, &legend_width, NULL);
  set_grey (cr, 0.2);
  show_layout (cr, self->legend_layout, right - (double)legend_width / PANGO_SCALE,
               WAYMARK_PAPER_MARGIN + title_height + 2);

  set_grey (cr, 0.55);
  line (cr, WAYMARK_PAPER_MARGIN, WAYMARK_PAPER_MARGIN + self->band_height - 6,
        right, WAYMARK_PAPER_MARGIN + self->band_height - 6, 0.8);

  footer = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_LEGEND, label, -1, 0);
  pango_layout_get_size (footer, &footer_width, NULL);
  set_grey (cr, 0.3);
  show_layout (cr, footer, right - (double)footer_width / PANGO_SCALE,
               self->height - WAYMARK_PAPER_MARGIN - self->footer_height + 8);
}

static void
draw_header_row (WaymarkMatrixLayout     *self,
                 cairo_t                 *cr,
                 const WaymarkPaperRange *group,
                 double                   top)
{
  double x = WAYMARK_PAPER_MARGIN;
  double table_width = self->name_width + group->n * self->column_width;

  set_grey (cr, HEADER_GREY);
  cairo_rectangle (cr, x, top, table_width, self->header_height);
  cairo_fill (cr);

  set_grey (cr, 0.25);
  show_layout (cr, self->name_header, x + WAYMARK_PAPER_PAD,
               top + WAYMARK_PAPER_COLOR_BAR + WAYMARK_PAPER_PAD);

  for (guint j = 0; j < group->n; j++)
    {
      WaymarkRole *role = g_ptr_array_index (self->roles, group->first + j);
      double rgb[3];

      parse_color (waymark_role_get_color (role), rgb);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_rectangle (cr, x + self->name_width + j * self->column_width, top,
                       self->column_width, WAYMARK_PAPER_COLOR_BAR);
      cairo_fill (cr);
    }

  /* The names after all the bars, in one colour: a PDF then holds them
   * as one text object rather than one each, with its colour and matrix. */
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint j = 0; j < group->n; j++)
    {
      double cx = x + self->name_width + j * self->column_width;

      if (self->upright_roles)
        {
          PangoLayout *layout = g_ptr_array_index (self->role_headers, group->first + j);
          double lines = _waymark_matrix_layout_height_of (layout);

          cairo_save (cr);
          cairo_translate (cr, cx + (self->column_width - lines) / 2,
                           top + self->header_height - WAYMARK_PAPER_PAD);
          cairo_rotate (cr, -G_PI / 2);
          show_layout (cr, layout, 0, 0);
          cairo_restore (cr);
        }
      else
        show_layout (cr, g_ptr_array_index (self->role_headers, group->first + j),
                     cx + WAYMARK_PAPER_PAD, top + WAYMARK_PAPER_COLOR_BAR + WAYMARK_PAPER_PAD);
    }
}

typedef enum
{
  PASS_PAINT,
  PASS_LETTERS,
  PASS_NAMES,
} Pass;

/* A row in three passes over all rows of a page: the paint under the
 * text, the letters, the names. A PDF then holds long runs of text in one
 * font rather than a text object for every cell, and the letters of a
 * page are one drawing operation (@letters). */
static void
draw_row (WaymarkMatrixLayout     *self,
          cairo_t                 *cr,
          const WaymarkPaperRange *group,
          guint                    index,
          double                   y,
          Pass                     pass,
          GlyphBatch              *letters)
{
  WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, index);
  double x = WAYMARK_PAPER_MARGIN;
  double table_width = self->name_width + group->n * self->column_width;
  double indent = row->kind == WAYMARK_ROW_STAGE ? 0 : WAYMARK_PAPER_INDENT;
  double cells_bottom = y + row->line_height + 2 * WAYMARK_PAPER_PAD;

  if (pass == PASS_PAINT && row->kind == WAYMARK_ROW_STAGE)
    {
      set_grey (cr, STAGE_GREY);
      cairo_rectangle (cr, x, y, table_width, row->height);
      cairo_fill (cr);
    }

  for (guint j = 0; j < group->n; j++)
    {
      WaymarkRaci raci = self->cells[(gsize)index * self->roles->len + group->first + j];
      double cx = x + self->name_width + j * self->column_width;

      if (raci == WAYMARK_RACI_NONE || pass != PASS_LETTERS)
        continue;

      if (self->letter_glyphs[raci])
        batch_add (letters, cr, self->letter_glyphs[raci], cx + WAYMARK_PAPER_PAD,
                   y + WAYMARK_PAPER_PAD + row->letters_dy);
      else
        show_layout (cr, self->letters[raci], cx + WAYMARK_PAPER_PAD,
                     y + WAYMARK_PAPER_PAD + row->letters_dy);
    }

  if (pass != PASS_NAMES)
    return;

  show_layout (cr, row->name, x + WAYMARK_PAPER_PAD + indent,
               y + WAYMARK_PAPER_PAD + row->name_dy);

  if (row->problem)
    {
      cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
      show_layout (cr, self->mark, x + self->name_width - WAYMARK_PAPER_PAD - WAYMARK_PAPER_MARK + 3,
                   y + WAYMARK_PAPER_PAD + row->letters_dy);
    }

  if (row->agreement)
    {
      set_grey (cr, 0.3);
      show_layout (cr, row->agreement, x + WAYMARK_PAPER_PAD + WAYMARK_PAPER_INDENT,
                   cells_bottom - WAYMARK_PAPER_PAD + 1);
    }

  if (row->problem || row->agreement)
    cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
}

static void
fill_wash (cairo_t *cr,
           double   x,
           double   width,
           double   top,
           double   bottom)
{
  if (bottom <= top)
    return;

  cairo_rectangle (cr, x, top, width, bottom - top);
  cairo_fill (cr);
}

/* A wash of the role's colour under the letters makes a column read as
 * one: a column at a time, so the colour is set once, and mixed with the
 * white paper here, as transparency costs PDF viewers and printers time. */
static void
draw_washes (WaymarkMatrixLayout     *self,
             cairo_t                 *cr,
             const WaymarkPaperRange *band,
             const WaymarkPaperRange *group,
             double                   top)
{
  for (guint j = 0; j < group->n; j++)
    {
      WaymarkRole *role = g_ptr_array_index (self->roles, group->first + j);
      double cx = WAYMARK_PAPER_MARGIN + self->name_width + j * self->column_width;
      double y = top;
      double run_top = 0, run_bottom = 0;  /* touching cells are one rectangle */
      double rgb[3];

      parse_color (waymark_role_get_color (role), rgb);
      cairo_set_source_rgb (cr, 1 - WASH * (1 - rgb[0]), 1 - WASH * (1 - rgb[1]),
                            1 - WASH * (1 - rgb[2]));

      for (guint i = band->first; i < band->first + band->n; i++)
        {
          WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, i);
          double bottom = y + (row->line_height + 2 * WAYMARK_PAPER_PAD);

          if (row->kind != WAYMARK_ROW_STAGE &&
              self->cells[(gsize)i * self->roles->len + group->first + j] != WAYMARK_RACI_NONE)
            {
              if (run_bottom <= run_top || run_bottom != y)
                {
                  fill_wash (cr, cx, self->column_width, run_top, run_bottom);
                  run_top = y;
                }
              run_bottom = bottom;
            }
          y += row->height;
        }
      fill_wash (cr, cx, self->column_width, run_top, run_bottom);
    }
}

/* The rules of the rows, as one path a kind: a PDF with one stroke a line
 * is several times larger and slower to write. */
static void
add_rules (WaymarkMatrixLayout     *self,
           cairo_t                 *cr,
           const WaymarkPaperRange *band,
           const WaymarkPaperRange *group,
           double                   top,
           gboolean                 group_starts)
{
  double x = WAYMARK_PAPER_MARGIN;
  double table_width = self->name_width + group->n * self->column_width;
  double y = top;

  for (guint i = band->first; i < band->first + band->n; i++)
    {
      WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, i);

      /* Above each row: a darker rule where a stage starts. */
      if (row->starts_group == group_starts)
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + table_width, y);
        }
      y += row->height;
    }

  if (group_starts)
    return;

  /* Column rules run down the page, stopping above each agreement, which
   * spans its row. */
  for (guint j = 0; j <= group->n; j++)
    {
      double cx = x + self->name_width + j * self->column_width;
      double start = top;

      y = top;
      for (guint i = band->first; i < band->first + band->n; i++)
        {
          WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, i);

          if (row->agreement)
            {
              cairo_move_to (cr, cx, start);
              cairo_line_to (cr, cx, y + row->line_height + WAYMARK_PAPER_PAD);
              start = y + row->height;
            }
          y += row->height;
        }
      if (start < y)
        {
          cairo_move_to (cr, cx, start);
          cairo_line_to (cr, cx, y);
        }
    }
}

static void
draw_table (WaymarkMatrixLayout    *self,
            cairo_t                *cr,
            const WaymarkPaperPage *page)
{
  const WaymarkPaperRange *band = &g_array_index (self->bands, WaymarkPaperRange, page->band);
  const WaymarkPaperRange *group = &g_array_index (self->column_groups, WaymarkPaperRange,
                                                   page->column_group);
  double x = WAYMARK_PAPER_MARGIN;
  double top = _waymark_matrix_layout_body_top (self);
  double table_width = self->name_width + group->n * self->column_width;
  double y = top + self->header_height;

  draw_header_row (self, cr, group, top);

  draw_washes (self, cr, band, group, top + self->header_height);
  for (Pass pass = PASS_PAINT; pass <= PASS_NAMES; pass++)
    {
      GlyphBatch letters;

      batch_init (&letters);
      y = top + self->header_height;
      if (pass == PASS_LETTERS)
        cairo_set_source_rgb (cr, 0.05, 0.05, 0.05);
      for (guint i = band->first; i < band->first + band->n; i++)
        {
          draw_row (self, cr, group, i, y, pass, &letters);
          y += g_array_index (self->rows, WaymarkPaperRow, i).height;
        }
      batch_finish (&letters, cr);
    }

  set_grey (cr, GRID_GREY);
  cairo_set_line_width (cr, 0.5);
  add_rules (self, cr, band, group, top + self->header_height, FALSE);
  cairo_stroke (cr);
  set_grey (cr, 0.45);
  cairo_set_line_width (cr, 0.8);
  add_rules (self, cr, band, group, top + self->header_height, TRUE);
  cairo_stroke (cr);

  line (cr, x, top + self->header_height, x + table_width, top + self->header_height, 0.8);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, x, top, table_width, y - top);
  cairo_stroke (cr);
}

/* Role | Name | Signature | Date, as shares of the width. */
static const double sign_columns[] = { 0.0, 0.28, 0.54, 0.84, 1.0 };

static void
draw_block (WaymarkMatrixLayout     *self,
            cairo_t                 *cr,
            const WaymarkPaperBlock *block,
            double                   y)
{
  double x = WAYMARK_PAPER_MARGIN;
  double width = self->width - 2 * WAYMARK_PAPER_MARGIN;

  switch (block->kind)
    {
    case WAYMARK_BLOCK_HEADING:
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      show_layout (cr, block->layout, x, y);
      break;

    case WAYMARK_BLOCK_TEXT:
      set_grey (cr, 0.15);
      show_layout (cr, block->layout, x, y);
      break;

    case WAYMARK_BLOCK_SIGN_HEADER:
      set_grey (cr, 0.35);
      for (guint i = 0; i < G_N_ELEMENTS (self->sign_labels); i++)
        show_layout (cr, self->sign_labels[i], x + sign_columns[i] * width, y);
      break;

    case WAYMARK_BLOCK_SIGN_ROLE:
      {
        WaymarkRole *role = g_ptr_array_index (self->roles, block->role);
        double text_height = _waymark_matrix_layout_height_of (block->layout);
        double rgb[3];

        parse_color (waymark_role_get_color (role), rgb);
        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        cairo_rectangle (cr, x, y + block->height - 6 - text_height + 2, 8, 8);
        cairo_fill (cr);

        cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
        show_layout (cr, block->layout, x + 14, y + block->height - 6 - text_height);

        /* Lines to write on. */
        set_grey (cr, 0.35);
        for (guint i = 1; i + 1 < G_N_ELEMENTS (sign_columns); i++)
          line (cr, x + sign_columns[i] * width, y + block->height - 4,
                x + sign_columns[i + 1] * width - 14, y + block->height - 4, 0.6);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

void
_waymark_matrix_layout_draw (WaymarkMatrixLayout *self,
                             cairo_t             *cr,
                             guint                index)
{
  const WaymarkPaperPage *page = &g_array_index (self->pages, WaymarkPaperPage, index);
  double y = page->blocks_y;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);

  draw_band (self, cr, index);

  if (page->band != G_MAXUINT)
    draw_table (self, cr, page);

  for (guint i = page->first_block; i < page->first_block + page->n_blocks; i++)
    {
      const WaymarkPaperBlock *block = &g_array_index (self->blocks, WaymarkPaperBlock, i);

      if (i > page->first_block && block->kind == WAYMARK_BLOCK_HEADING)
        y += WAYMARK_PAPER_GAP;
      draw_block (self, cr, block, y);
      y += block->height;
    }
}
