/* waymark-matrix-layout-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "waymark-matrix-layout.h"

G_BEGIN_DECLS

/* All lengths are in points on a landscape sheet. Text never goes below
 * 8 pt: roles that do not fit go on further pages instead. */
#define WAYMARK_PAPER_MARGIN    30.0
#define WAYMARK_PAPER_PAD        3.0
#define WAYMARK_PAPER_INDENT    10.0
#define WAYMARK_PAPER_MARK      10.0  /* room for the "!" of a row with a problem */
#define WAYMARK_PAPER_COLOR_BAR  5.0
#define WAYMARK_PAPER_GAP       16.0
#define WAYMARK_PAPER_SIGN_ROW  26.0

typedef enum
{
  WAYMARK_FONT_TITLE,
  WAYMARK_FONT_SUBTITLE,
  WAYMARK_FONT_LEGEND,
  WAYMARK_FONT_ROLE,
  WAYMARK_FONT_STAGE,
  WAYMARK_FONT_ROW,
  WAYMARK_FONT_HANDOFF,
  WAYMARK_FONT_AGREEMENT,
  WAYMARK_FONT_CELL,
  WAYMARK_FONT_HEADING,
  WAYMARK_FONT_TEXT,
  WAYMARK_FONT_SMALL,
  WAYMARK_N_FONTS
} WaymarkFont;

typedef enum
{
  WAYMARK_ROW_STAGE,
  WAYMARK_ROW_ACTIVITY,
  WAYMARK_ROW_HANDOFF,
} WaymarkRowKind;

typedef struct
{
  char           *id;
  WaymarkRowKind  kind;
  PangoLayout    *name;
  PangoLayout    *agreement;     /* a handoff's, or NULL */
  double          line_height;   /* of the name and the letters */
  double          name_dy;       /* so the name and the letters share a baseline */
  double          letters_dy;
  double          height;
  gboolean        problem;
  gboolean        starts_group;  /* a stage, or an activity of no stage */
} WaymarkPaperRow;

typedef enum
{
  WAYMARK_BLOCK_HEADING,
  WAYMARK_BLOCK_TEXT,
  WAYMARK_BLOCK_SIGN_HEADER,
  WAYMARK_BLOCK_SIGN_ROLE,
} WaymarkBlockKind;

/* A piece of what follows the matrix: the problems and the sign-off. */
typedef struct
{
  WaymarkBlockKind  kind;
  PangoLayout      *layout;
  guint             role;
  double            height;
  gboolean          keep_with_next;
} WaymarkPaperBlock;

typedef struct
{
  guint first;
  guint n;
} WaymarkPaperRange;

typedef struct
{
  guint  band;          /* G_MAXUINT: a page with no matrix on it */
  guint  column_group;
  guint  first_block;
  guint  n_blocks;
  double blocks_y;
} WaymarkPaperPage;

/* A one-line layout's glyphs, so that many copies of it (the letters of
 * the cells) are drawn with one cairo_show_text_glyphs () a page: for a
 * PDF, one drawing operation rather than one a cell. */
typedef struct
{
  cairo_scaled_font_t  *font;
  cairo_glyph_t        *glyphs;     /* from the layout's top left corner */
  int                   n_glyphs;
  char                 *utf8;
  int                   utf8_len;
  cairo_text_cluster_t *clusters;
  int                   n_clusters;
} WaymarkPaperGlyphs;

struct _WaymarkMatrixLayout
{
  GObject parent_instance;

  WaymarkJourney *journey;
  WaymarkPaper    paper;
  GDateTime      *date;
  char           *title;

  double width;
  double height;
  double name_width;
  double column_width;
  double band_height;    /* the title, date and legend at the top */
  double header_height;  /* the row of role names */
  double footer_height;
  gboolean upright_roles;  /* role names turned to read upwards */

  PangoContext         *context;
  PangoFontDescription *fonts[WAYMARK_N_FONTS];
  PangoLayout          *letters[WAYMARK_RACI_ALL + 1];
  /* The same as glyphs; NULL where only Pango can draw it. */
  WaymarkPaperGlyphs   *letter_glyphs[WAYMARK_RACI_ALL + 1];
  PangoLayout          *name_header;
  PangoLayout          *title_layout;
  PangoLayout          *subtitle_layout;
  PangoLayout          *legend_layout;
  PangoLayout          *mark;           /* the "!" of a row with a problem */
  PangoLayout          *sign_labels[4];

  GPtrArray   *roles;          /* WaymarkRole */
  GPtrArray   *role_headers;   /* PangoLayout */
  WaymarkRaci *cells;          /* rows x roles */
  GArray      *rows;           /* WaymarkPaperRow */
  GArray      *blocks;         /* WaymarkPaperBlock */
  GArray      *bands;          /* WaymarkPaperRange of rows */
  GArray      *column_groups;  /* WaymarkPaperRange of roles */
  GArray      *pages;          /* WaymarkPaperPage */
};

PangoLayout *_waymark_matrix_layout_new_text   (WaymarkMatrixLayout *self,
                                                WaymarkFont          font,
                                                const char          *text,
                                                double               width,
                                                int                  max_lines);
double       _waymark_matrix_layout_height_of  (PangoLayout         *layout);
double       _waymark_matrix_layout_body_top   (WaymarkMatrixLayout *self);
double       _waymark_matrix_layout_body_bottom (WaymarkMatrixLayout *self);
WaymarkPaperGlyphs *_waymark_paper_glyphs_new  (PangoLayout         *layout);
void         _waymark_paper_glyphs_free        (WaymarkPaperGlyphs  *glyphs);
void         _waymark_matrix_layout_draw       (WaymarkMatrixLayout *self,
                                                cairo_t             *cr,
                                                guint                page);

G_END_DECLS
