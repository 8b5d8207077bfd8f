/* waymark-matrix-layout.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "waymark-matrix-layout-private.h"
#include "waymark-matrix.h"

/* The accountability matrix laid out on landscape sheets, ready to sign:
 * measured and paginated once, when it is made, so that counting and
 * drawing pages costs nothing more. Pages go across first: when the roles
 * do not fit on one sheet, the sheets of one band of rows follow each
 * other, so they can be laid side by side. Print, the window's export and
 * the command line all draw with it. */

#define MIN_COLUMN 50.0
#define MAX_COLUMN 120.0
#define MIN_NAME   150.0
#define UPRIGHT_LENGTH 120.0

static void waymark_matrix_layout_pages_init (WaymarkPagesInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WaymarkMatrixLayout, waymark_matrix_layout, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (WAYMARK_TYPE_PAGES,
                                                      waymark_matrix_layout_pages_init))

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_PAPER,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const struct {
  double      size;
  PangoWeight weight;
  PangoStyle  style;
} font_specs[WAYMARK_N_FONTS] = {
  [WAYMARK_FONT_TITLE] = { 15.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_SUBTITLE] = { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_LEGEND] = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_ROLE] = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_STAGE] = { 9.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_ROW] = { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_HANDOFF] = { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },
  [WAYMARK_FONT_AGREEMENT] = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_CELL] = { 10.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_HEADING] = { 11.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_TEXT] = { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [WAYMARK_FONT_SMALL] = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
};

static void
row_clear (gpointer data)
{
  WaymarkPaperRow *row = data;

  g_clear_pointer (&row->id, g_free);
  g_clear_object (&row->name);
  g_clear_object (&row->agreement);
}

static void
block_clear (gpointer data)
{
  WaymarkPaperBlock *block = data;

  g_clear_object (&block->layout);
}

PangoLayout *
_waymark_matrix_layout_new_text (WaymarkMatrixLayout *self,
                                 WaymarkFont          font,
                                 const char          *text,
                                 double               width,
                                 int                  max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[font]);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (max_lines > 0)
    {
      /* A negative height counts lines; so no row outgrows a page. */
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);

  return layout;
}

double
_waymark_matrix_layout_height_of (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return (double)height / PANGO_SCALE;
}

static double
width_of (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);

  return (double)width / PANGO_SCALE;
}

double
_waymark_matrix_layout_body_top (WaymarkMatrixLayout *self)
{
  return WAYMARK_PAPER_MARGIN + self->band_height;
}

double
_waymark_matrix_layout_body_bottom (WaymarkMatrixLayout *self)
{
  return self->height - WAYMARK_PAPER_MARGIN - self->footer_height;
}

static void
new_fonts (PangoFontDescription **fonts)
{
  for (guint i = 0; i < WAYMARK_N_FONTS; i++)
    {
      fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (fonts[i], "Sans");
      pango_font_description_set_size (fonts[i], (int)(font_specs[i].size * PANGO_SCALE));
      pango_font_description_set_weight (fonts[i], font_specs[i].weight);
      pango_font_description_set_style (fonts[i], font_specs[i].style);
    }
}

static void
setup_context (WaymarkMatrixLayout *self)
{
  /* Unhinted metrics: the same layout on a PDF, a 2x PNG and a printer. */
  self->context = waymark_paper_create_context ();
  new_fonts (self->fonts);
}

/* The letters of a cell, in the order R, A, C, I. */
static char *
dup_letters (WaymarkRaci raci)
{
  GString *str = g_string_new (NULL);

  /* Translators: the letters of the accountability matrix on paper; most
   * teams keep R, A, C and I in every language */
  if (raci & WAYMARK_RACI_RESPONSIBLE)
    g_string_append (str, C_("RACI letter", "R"));
  if (raci & WAYMARK_RACI_ACCOUNTABLE)
    g_string_append (str, C_("RACI letter", "A"));
  if (raci & WAYMARK_RACI_CONSULTED)
    g_string_append (str, C_("RACI letter", "C"));
  if (raci & WAYMARK_RACI_INFORMED)
    g_string_append (str, C_("RACI letter", "I"));

  return g_string_free (str, FALSE);
}

static char *
dup_legend_markup (void)
{
  static const WaymarkRaci letters[] = {
    WAYMARK_RACI_RESPONSIBLE, WAYMARK_RACI_ACCOUNTABLE,
    WAYMARK_RACI_CONSULTED, WAYMARK_RACI_INFORMED,
  };
  const char *words[] = {
    _("Responsible"), _("Accountable"), _("Consulted"), _("Informed"),
  };
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      g_autofree char *letter = dup_letters (letters[i]);
      g_autofree char *item = g_markup_printf_escaped ("<b>%s</b> %s", letter, words[i]);

      g_string_append_printf (markup, "%s%s", i ? "   " : "", item);
    }

  {
    /* Translators: the last entry of the legend on every page */
    g_autofree char *item = g_markup_printf_escaped ("   <span foreground=\"#c01c28\"><b>!</b></span> %s",
                                                     _("needs attention (see the end)"));

    g_string_append (markup, item);
  }

  return g_string_free (markup, FALSE);
}

static void
measure_band (WaymarkMatrixLayout *self)
{
  double text_width = self->width - 2 * WAYMARK_PAPER_MARGIN;
  g_autofree char *legend = dup_legend_markup ();
  g_autofree char *date = g_date_time_format (self->date, "%Y-%m-%d");
  g_autofree char *subtitle = NULL;
  double legend_width;

  self->legend_layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_LEGEND, "", -1, 0);
  pango_layout_set_markup (self->legend_layout, legend, -1);
  legend_width = width_of (self->legend_layout);

  /* Translators: under the journey's title on every page; %s is the date */
  subtitle = g_strdup_printf (_("Accountability matrix · %s"), date);
  self->subtitle_layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_SUBTITLE, subtitle,
                                                           text_width - legend_width - 24, 1);
  self->title_layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_TITLE, self->title,
                                                        text_width - legend_width - 24, 1);
  self->band_height = _waymark_matrix_layout_height_of (self->title_layout) + 2 +
                      _waymark_matrix_layout_height_of (self->subtitle_layout) + 12;

  {
    g_autoptr(PangoLayout) footer = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_LEGEND,
                                                                     "Page", -1, 0);

    self->footer_height = _waymark_matrix_layout_height_of (footer) + 8;
  }
}

/* Every cell's letters, from one pass over the assignments: the first
 * assignment of a cell wins, as in waymark_matrix_find_assignment(). */
static void
fill_cells (WaymarkMatrixLayout *self,
            GPtrArray           *items)
{
  GListModel *assignments = waymark_journey_get_accountability (self->journey);
  guint n_roles = self->roles->len;
  guint n = g_list_model_get_n_items (assignments);
  g_autoptr(GHashTable) row_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) role_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *set = g_new0 (gboolean, (gsize)items->len * MAX (n_roles, 1));

  /* Index + 1, so that 0 is "not found"; the first of two ids wins. */
  for (guint i = items->len; i > 0; i--)
    g_hash_table_insert (row_index, (char *)waymark_item_get_id (g_ptr_array_index (items, i - 1)),
                         GUINT_TO_POINTER (i));
  for (guint j = n_roles; j > 0; j--)
    g_hash_table_insert (role_index, (char *)waymark_item_get_id (g_ptr_array_index (self->roles, j - 1)),
                         GUINT_TO_POINTER (j));

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (assignments, k);
      guint i = GPOINTER_TO_UINT (g_hash_table_lookup (row_index, waymark_assignment_get_row (a)));
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (role_index, waymark_assignment_get_role (a)));
      gsize cell;

      if (i == 0 || j == 0)
        continue;
      cell = (gsize)(i - 1) * n_roles + (j - 1);
      if (!set[cell])
        {
          set[cell] = TRUE;
          self->cells[cell] = waymark_assignment_get_raci (a);
        }
    }
}

/* The roles and every cell's letters. */
static void
collect_cells (WaymarkMatrixLayout *self,
               GPtrArray           *items)
{
  GListModel *roles = waymark_journey_get_roles (self->journey);
  guint n_roles = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n_roles; i++)
    g_ptr_array_add (self->roles, g_list_model_get_item (roles, i));

  self->cells = g_new0 (WaymarkRaci, (gsize)items->len * MAX (n_roles, 1));
  fill_cells (self, items);
}

static void
collect_rows (WaymarkMatrixLayout *self,
              GPtrArray           *items,
              GPtrArray           *problems)
{
  g_autoptr(GHashTable) with_problems = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (problems, i);

      g_hash_table_add (with_problems, (char *)waymark_item_get_id (problem->row));
    }

  for (guint i = 0; i < items->len; i++)
    {
      WaymarkItem *item = g_ptr_array_index (items, i);
      g_autofree char *title = waymark_matrix_dup_row_title (self->journey, item);
      WaymarkPaperRow row = { 0 };

      row.id = g_strdup (waymark_item_get_id (item));
      if (WAYMARK_IS_STAGE (item))
        row.kind = WAYMARK_ROW_STAGE;
      else if (WAYMARK_IS_HANDOFF (item))
        row.kind = WAYMARK_ROW_HANDOFF;
      else
        row.kind = WAYMARK_ROW_ACTIVITY;
      row.problem = g_hash_table_contains (with_problems, row.id);
      /* Activities of no stage come last, each a group of its own. */
      row.starts_group = row.kind == WAYMARK_ROW_STAGE ||
                         (row.kind == WAYMARK_ROW_ACTIVITY &&
                          !WAYMARK_IS_STAGE (waymark_journey_lookup (self->journey,
                                                                     waymark_activity_get_stage (WAYMARK_ACTIVITY (item)))));
      row.name = _waymark_matrix_layout_new_text (self,
                                                  row.kind == WAYMARK_ROW_STAGE ? WAYMARK_FONT_STAGE :
                                                  row.kind == WAYMARK_ROW_HANDOFF ? WAYMARK_FONT_HANDOFF :
                                                  WAYMARK_FONT_ROW,
                                                  title, -1, 0);
      if (row.kind == WAYMARK_ROW_HANDOFF &&
          waymark_handoff_get_agreement (WAYMARK_HANDOFF (item))[0] != '\0')
        {
          /* Translators: printed under a handoff's row of the matrix */
          g_autofree char *text = g_strdup_printf (_("Agreement: %s"),
                                                   waymark_handoff_get_agreement (WAYMARK_HANDOFF (item)));

          row.agreement = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_AGREEMENT, text, -1, 0);
        }

      g_array_append_val (self->rows, row);
    }
}

/* The widest word of the role names: a column narrower than that would
 * break "Department" in the middle. */
static double
longest_role_word (WaymarkMatrixLayout *self)
{
  g_autoptr(PangoLayout) layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_ROLE, "", -1, 0);
  double longest = 0;

  for (guint j = 0; j < self->roles->len; j++)
    {
      g_auto(GStrv) words = g_strsplit (waymark_role_get_name (g_ptr_array_index (self->roles, j)),
                                        " ", -1);

      for (guint k = 0; words[k]; k++)
        {
          pango_layout_set_text (layout, words[k], -1);
          longest = MAX (longest, width_of (layout));
        }
    }

  return longest;
}

static guint
n_sheets_across (double width,
                 double column_width,
                 guint  n_roles)
{
  guint capacity = MAX (1, (guint)floor (width / column_width));

  return n_roles ? (n_roles + capacity - 1) / capacity : 1;
}

/* Widths: the row names as wide as they need within limits, then as many
 * role columns of at least MIN_COLUMN (or the widest word of a role's
 * name) as fit; the roles are shared out evenly over the sheets they
 * need. */
static void
measure_columns (WaymarkMatrixLayout *self)
{
  double avail = self->width - 2 * WAYMARK_PAPER_MARGIN;
  double natural = 0, max_name, extra, min_column;
  guint n_roles = self->roles->len;
  guint n_groups, per_group;

  extra = 2 * WAYMARK_PAPER_PAD + WAYMARK_PAPER_INDENT + WAYMARK_PAPER_MARK;
  for (guint i = 0; i < self->rows->len; i++)
    natural = MAX (natural, width_of (g_array_index (self->rows, WaymarkPaperRow, i).name) + extra);

  /* Role names across their columns, unless turning them upright puts
   * the roles on fewer sheets. */
  min_column = MIN (MAX_COLUMN, MAX (MIN_COLUMN, longest_role_word (self) + 2 * WAYMARK_PAPER_PAD));
  self->upright_roles = n_sheets_across (avail - MIN_NAME, MIN_COLUMN, n_roles) <
                        n_sheets_across (avail - MIN_NAME, min_column, n_roles);
  if (self->upright_roles)
    min_column = MIN_COLUMN;
  /* Long row names wrap rather than push roles onto another sheet. */
  n_groups = n_sheets_across (avail - MIN_NAME, min_column, n_roles);
  per_group = n_roles ? (n_roles + n_groups - 1) / n_groups : 1;
  max_name = MAX (MIN_NAME, MIN (avail * 0.45, avail - per_group * min_column));
  self->name_width = CLAMP (natural, MIN_NAME, max_name);
  self->column_width = MIN (MAX_COLUMN, (avail - self->name_width) / per_group);

  for (guint g = 0; g < n_groups; g++)
    {
      WaymarkPaperRange range = { g * per_group, 0 };

      range.n = MIN (per_group, n_roles - MIN (n_roles, range.first));
      g_array_append_val (self->column_groups, range);
    }
}

static void
measure_header (WaymarkMatrixLayout *self)
{
  double text_width = self->column_width - 2 * WAYMARK_PAPER_PAD;
  double tallest;

  /* Translators: the heading of the first column of the printed matrix */
  self->name_header = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_ROLE,
                                                       _("Stage, activity or handoff"),
                                                       self->name_width - 2 * WAYMARK_PAPER_PAD, 3);
  tallest = _waymark_matrix_layout_height_of (self->name_header);

  for (guint j = 0; j < self->roles->len; j++)
    {
      WaymarkRole *role = g_ptr_array_index (self->roles, j);
      PangoLayout *layout;

      if (self->upright_roles)
        {
          /* Read from the foot up; two lines of at most UPRIGHT_LENGTH. */
          layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_ROLE,
                                                    waymark_role_get_name (role),
                                                    UPRIGHT_LENGTH, 2);
          tallest = MAX (tallest, width_of (layout));
        }
      else
        {
          layout = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_ROLE,
                                                    waymark_role_get_name (role),
                                                    text_width, 4);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          tallest = MAX (tallest, _waymark_matrix_layout_height_of (layout));
        }
      g_ptr_array_add (self->role_headers, layout);
    }

  self->header_height = WAYMARK_PAPER_COLOR_BAR + 2 * WAYMARK_PAPER_PAD + tallest;
}

static void
measure_rows (WaymarkMatrixLayout *self)
{
  double name_width = self->name_width - 2 * WAYMARK_PAPER_PAD - WAYMARK_PAPER_MARK;
  double letters_height;
  double agreement_width;
  int letters_baseline;
  guint narrowest = G_MAXUINT;

  for (guint r = 0; r <= WAYMARK_RACI_ALL; r++)
    {
      g_autofree char *letters = dup_letters (r);

      self->letters[r] = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_CELL, letters,
                                                          self->column_width - 2 * WAYMARK_PAPER_PAD, 1);
      pango_layout_set_alignment (self->letters[r], PANGO_ALIGN_CENTER);
      self->letter_glyphs[r] = _waymark_paper_glyphs_new (self->letters[r]);
    }
  self->mark = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_CELL, "!", -1, 0);
  letters_height = _waymark_matrix_layout_height_of (self->letters[WAYMARK_RACI_ALL]);
  letters_baseline = pango_layout_get_baseline (self->letters[WAYMARK_RACI_ALL]);

  /* The agreement spans the row on every sheet, so it wraps to the
   * narrowest sheet and the rows are equally high on all of them. */
  for (guint g = 0; g < self->column_groups->len; g++)
    narrowest = MIN (narrowest, g_array_index (self->column_groups, WaymarkPaperRange, g).n);
  agreement_width = self->name_width + narrowest * self->column_width -
                    2 * WAYMARK_PAPER_PAD - WAYMARK_PAPER_INDENT;

  for (guint i = 0; i < self->rows->len; i++)
    {
      WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, i);
      double indent = row->kind == WAYMARK_ROW_STAGE ? 0 : WAYMARK_PAPER_INDENT;
      double name_height, baseline;

      /* A name that fits is not laid out again: most of them. */
      if (width_of (row->name) > name_width - indent)
        {
          pango_layout_set_width (row->name, (int)((name_width - indent) * PANGO_SCALE));
          pango_layout_set_wrap (row->name, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (row->name, -3);
          pango_layout_set_ellipsize (row->name, PANGO_ELLIPSIZE_END);
        }
      name_height = _waymark_matrix_layout_height_of (row->name);

      /* Thai sits taller than Latin: line the first baselines up. */
      baseline = (double)(pango_layout_get_baseline (row->name) - letters_baseline) / PANGO_SCALE;
      row->letters_dy = MAX (0, baseline);
      row->name_dy = MAX (0, -baseline);
      row->line_height = MAX (name_height + row->name_dy, letters_height + row->letters_dy);
      row->height = row->line_height + 2 * WAYMARK_PAPER_PAD;

      if (row->agreement)
        {
          pango_layout_set_width (row->agreement, (int)(MAX (agreement_width, 40) * PANGO_SCALE));
          pango_layout_set_wrap (row->agreement, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (row->agreement, -6);
          pango_layout_set_ellipsize (row->agreement, PANGO_ELLIPSIZE_END);
          row->height += _waymark_matrix_layout_height_of (row->agreement) + 1;
        }
    }
}

/* Bands of rows, one sheet high: a row is never cut, and a stage goes
 * with its activities and its handoff onto one sheet when they fit on
 * one. */
static void
paginate_rows (WaymarkMatrixLayout *self)
{
  double avail = _waymark_matrix_layout_body_bottom (self) -
                 _waymark_matrix_layout_body_top (self) - self->header_height;
  WaymarkPaperRange band = { 0, 0 };
  double y = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      WaymarkPaperRow *row = &g_array_index (self->rows, WaymarkPaperRow, i);
      gboolean new_band = FALSE;

      if (band.n > 0 && row->starts_group)
        {
          double group_height = row->height;

          for (guint k = i + 1; k < self->rows->len; k++)
            {
              WaymarkPaperRow *next = &g_array_index (self->rows, WaymarkPaperRow, k);

              if (next->starts_group)
                break;
              group_height += next->height;
            }
          new_band = y + group_height > avail && group_height <= avail;
        }
      if (band.n > 0 && y + row->height > avail)
        new_band = TRUE;

      if (new_band)
        {
          g_array_append_val (self->bands, band);
          band.first = i;
          band.n = 0;
          y = 0;
        }
      band.n++;
      y += row->height;
    }

  g_array_append_val (self->bands, band);
}

static void
add_block (WaymarkMatrixLayout *self,
           WaymarkBlockKind     kind,
           PangoLayout         *layout,
           guint                role,
           double               space_after,
           gboolean             keep_with_next)
{
  WaymarkPaperBlock block = { kind, layout, role, 0, keep_with_next };

  if (kind == WAYMARK_BLOCK_SIGN_ROLE)
    block.height = WAYMARK_PAPER_SIGN_ROW;
  else
    block.height = _waymark_matrix_layout_height_of (layout) + space_after;
  g_array_append_val (self->blocks, block);
}

static void
collect_blocks (WaymarkMatrixLayout *self,
                GPtrArray           *problems)
{
  double width = self->width - 2 * WAYMARK_PAPER_MARGIN;
  const char *sign_labels[] = {
    /* Translators: the columns of the sign-off block */
    _("Role"), _("Name"), _("Signature"), _("Date"),
  };

  add_block (self, WAYMARK_BLOCK_HEADING,
             _waymark_matrix_layout_new_text (self, WAYMARK_FONT_HEADING,
                                              _("Rows that need attention"), width, 0),
             0, 6, TRUE);
  if (problems->len == 0)
    add_block (self, WAYMARK_BLOCK_TEXT,
               _waymark_matrix_layout_new_text (self, WAYMARK_FONT_TEXT,
                                                _("None: every row has one accountable role and "
                                                  "at least one responsible role."),
                                                width, 0),
               0, 3, FALSE);
  for (guint i = 0; i < problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = g_strdup_printf ("•  %s", problem->message);

      add_block (self, WAYMARK_BLOCK_TEXT,
                 _waymark_matrix_layout_new_text (self, WAYMARK_FONT_TEXT, text, width, 0),
                 0, 3, FALSE);
    }

  /* The sign-off heading never stays alone at the foot of a page. */
  add_block (self, WAYMARK_BLOCK_HEADING,
             _waymark_matrix_layout_new_text (self, WAYMARK_FONT_HEADING, _("Sign-off"), width, 0),
             0, 4, TRUE);
  add_block (self, WAYMARK_BLOCK_TEXT,
             _waymark_matrix_layout_new_text (self, WAYMARK_FONT_TEXT,
                                              _("By signing, each role agrees to the "
                                                "responsibilities in this matrix."),
                                              width, 0),
             0, 6, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (sign_labels); i++)
    self->sign_labels[i] = _waymark_matrix_layout_new_text (self, WAYMARK_FONT_SMALL,
                                                            sign_labels[i], -1, 1);
  add_block (self, WAYMARK_BLOCK_SIGN_HEADER, g_object_ref (self->sign_labels[0]), 0, 4,
             self->roles->len > 0);

  for (guint j = 0; j < self->roles->len; j++)
    {
      WaymarkRole *role = g_ptr_array_index (self->roles, j);

      add_block (self, WAYMARK_BLOCK_SIGN_ROLE,
                 _waymark_matrix_layout_new_text (self, WAYMARK_FONT_TEXT,
                                                  waymark_role_get_name (role),
                                                  width * 0.28 - 16, 2),
                 j, 0, j + 1 < self->roles->len);
    }
}

static double
table_height (WaymarkMatrixLayout     *self,
              const WaymarkPaperRange *band)
{
  double height = self->header_height;

  for (guint i = band->first; i < band->first + band->n; i++)
    height += g_array_index (self->rows, WaymarkPaperRow, i).height;

  return height;
}

/* The matrix sheets, across first; then the problems and the sign-off,
 * starting under the table on the last sheet. */
static void
paginate (WaymarkMatrixLayout *self)
{
  double top = _waymark_matrix_layout_body_top (self);
  double bottom = _waymark_matrix_layout_body_bottom (self);
  WaymarkPaperPage *page;
  double y;

  for (guint b = 0; b < self->bands->len; b++)
    for (guint g = 0; g < self->column_groups->len; g++)
      {
        WaymarkPaperPage matrix_page = { b, g, 0, 0, 0 };

        g_array_append_val (self->pages, matrix_page);
      }

  page = &g_array_index (self->pages, WaymarkPaperPage, self->pages->len - 1);
  y = top + table_height (self, &g_array_index (self->bands, WaymarkPaperRange, page->band)) +
      WAYMARK_PAPER_GAP;
  page->first_block = 0;
  page->blocks_y = y;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      gboolean heading = g_array_index (self->blocks, WaymarkPaperBlock, i).kind == WAYMARK_BLOCK_HEADING;
      double gap = heading && page->n_blocks > 0 ? WAYMARK_PAPER_GAP : 0;
      double need = gap;

      /* A block and the ones it keeps with: a heading and its first line,
       * the whole sign-off; when they are more than a page, the block and
       * the next. */
      for (guint k = i; k < self->blocks->len; k++)
        {
          WaymarkPaperBlock *block = &g_array_index (self->blocks, WaymarkPaperBlock, k);

          need += block->height;
          if (!block->keep_with_next)
            break;
        }
      if (need > bottom - top)
        {
          WaymarkPaperBlock *block = &g_array_index (self->blocks, WaymarkPaperBlock, i);

          need = gap + block->height;
          if (block->keep_with_next && i + 1 < self->blocks->len)
            need += g_array_index (self->blocks, WaymarkPaperBlock, i + 1).height;
        }

      if (y + need > bottom && (page->n_blocks > 0 || page->band != G_MAXUINT))
        {
          WaymarkPaperPage next = { G_MAXUINT, 0, i, 0, top };

          g_array_append_val (self->pages, next);
          page = &g_array_index (self->pages, WaymarkPaperPage, self->pages->len - 1);
          y = top;
          gap = 0;
        }

      y += gap;
      page->n_blocks++;
      y += g_array_index (self->blocks, WaymarkPaperBlock, i).height;
    }
}

/* WaymarkPages: what Print needs, the same pages as the PDF. */

static guint
pages_get_n_pages (WaymarkPages *pages)
{
  return waymark_matrix_layout_get_n_pages (WAYMARK_MATRIX_LAYOUT (pages));
}

static void
pages_get_page_size (WaymarkPages *pages,
                     double       *width,
                     double       *height)
{
  waymark_matrix_layout_get_page_size (WAYMARK_MATRIX_LAYOUT (pages), width, height);
}

static char *
pages_dup_page_label (WaymarkPages *pages,
                      guint         page)
{
  return waymark_matrix_layout_dup_page_label (WAYMARK_MATRIX_LAYOUT (pages), page);
}

static void
pages_draw_page (WaymarkPages *pages,
                 cairo_t      *cr,
                 guint         page,
                 double        width,
                 double        height)
{
  waymark_matrix_layout_draw_page (WAYMARK_MATRIX_LAYOUT (pages), cr, page, width, height);
}

static void
waymark_matrix_layout_pages_init (WaymarkPagesInterface *iface)
{
  iface->get_n_pages = pages_get_n_pages;
  iface->get_page_size = pages_get_page_size;
  iface->dup_page_label = pages_dup_page_label;
  iface->draw_page = pages_draw_page;
}

/* GObject */

static void
waymark_matrix_layout_constructed (GObject *object)
{
  WaymarkMatrixLayout *self = (WaymarkMatrixLayout *)object;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *title;

  G_OBJECT_CLASS (waymark_matrix_layout_parent_class)->constructed (object);

  g_assert (WAYMARK_IS_JOURNEY (self->journey));

  if (self->date == NULL)
    self->date = g_date_time_new_now_local ();

  title = waymark_journey_get_title (self->journey);
  self->title = g_strdup (title[0] ? title : _("Untitled journey"));
  waymark_paper_get_size (self->paper, &self->width, &self->height);

  /* What needs no font first: a command has its fonts loaded in a
   * thread meanwhile (waymark_paper_prepare_fonts()). */
  rows = waymark_matrix_dup_rows (self->journey);
  problems = waymark_matrix_dup_problems_of_rows (self->journey, rows);
  collect_cells (self, rows);
  setup_context (self);
  measure_band (self);
  collect_rows (self, rows, problems);
  measure_columns (self);
  measure_header (self);
  measure_rows (self);
  paginate_rows (self);
  collect_blocks (self, problems);
  paginate (self);
}

static void
waymark_matrix_layout_dispose (GObject *object)
{
  WaymarkMatrixLayout *self = (WaymarkMatrixLayout *)object;

  g_clear_object (&self->journey);
  g_clear_pointer (&self->roles, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_matrix_layout_parent_class)->dispose (object);
}

static void
waymark_matrix_layout_finalize (GObject *object)
{
  WaymarkMatrixLayout *self = (WaymarkMatrixLayout *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->role_headers, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->bands, g_array_unref);
  g_clear_pointer (&self->column_groups, g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->letters); i++)
    {
      g_clear_object (&self->letters[i]);
      g_clear_pointer (&self->letter_glyphs[i], _waymark_paper_glyphs_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->sign_labels); i++)
    g_clear_object (&self->sign_labels[i]);
  g_clear_object (&self->name_header);
  g_clear_object (&self->title_layout);
  g_clear_object (&self->subtitle_layout);
  g_clear_object (&self->legend_layout);
  g_clear_object (&self->mark);
  for (guint i = 0; i < WAYMARK_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (waymark_matrix_layout_parent_class)->finalize (object);
}

static void
waymark_matrix_layout_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  WaymarkMatrixLayout *self = WAYMARK_MATRIX_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_PAPER:
      g_value_set_uint (value, self->paper);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_matrix_layout_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  WaymarkMatrixLayout *self = WAYMARK_MATRIX_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      break;

    case PROP_PAPER:
      self->paper = g_value_get_uint (value);
      break;

    case PROP_DATE:
      if (g_value_get_boxed (value))
        waymark_matrix_layout_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_matrix_layout_class_init (WaymarkMatrixLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_matrix_layout_constructed;
  object_class->dispose = waymark_matrix_layout_dispose;
  object_class->finalize = waymark_matrix_layout_finalize;
  object_class->get_property = waymark_matrix_layout_get_property;
  object_class->set_property = waymark_matrix_layout_set_property;

  properties [PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         WAYMARK_TYPE_JOURNEY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PAPER] =
    g_param_spec_uint ("paper", NULL, NULL,
                       WAYMARK_PAPER_A4, WAYMARK_PAPER_LETTER, WAYMARK_PAPER_DEFAULT,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /* The date printed on every page; today unless set. */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_matrix_layout_init (WaymarkMatrixLayout *self)
{
  self->roles = g_ptr_array_new_with_free_func (g_object_unref);
  self->role_headers = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_array_new (FALSE, TRUE, sizeof (WaymarkPaperRow));
  g_array_set_clear_func (self->rows, row_clear);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (WaymarkPaperBlock));
  g_array_set_clear_func (self->blocks, block_clear);
  self->bands = g_array_new (FALSE, TRUE, sizeof (WaymarkPaperRange));
  self->column_groups = g_array_new (FALSE, TRUE, sizeof (WaymarkPaperRange));
  self->pages = g_array_new (FALSE, TRUE, sizeof (WaymarkPaperPage));
}

/**
 * waymark_matrix_layout_new:
 * @journey: the journey whose matrix to lay out
 * @paper: the sheets, landscape
 *
 * Lays the matrix out as @journey is now; make a new layout after it
 * changes.
 *
 * Returns: (transfer full): the pages of the matrix
 */
WaymarkMatrixLayout *
waymark_matrix_layout_new (WaymarkJourney *journey,
                           WaymarkPaper    paper)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  return g_object_new (WAYMARK_TYPE_MATRIX_LAYOUT,
                       "journey", journey,
                       "paper", paper,
                       NULL);
}

/**
 * waymark_matrix_layout_prepare_fonts:
 *
 * waymark_paper_prepare_fonts() with the fonts of the matrix: for a
 * command that reads a journey and then lays its matrix out.
 */
void
waymark_matrix_layout_prepare_fonts (void)
{
  PangoFontDescription *fonts[WAYMARK_N_FONTS];

  new_fonts (fonts);
  waymark_paper_prepare_fonts ((const PangoFontDescription * const *)fonts, WAYMARK_N_FONTS);
  for (guint i = 0; i < WAYMARK_N_FONTS; i++)
    pango_font_description_free (fonts[i]);
}

WaymarkJourney *
waymark_matrix_layout_get_journey (WaymarkMatrixLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), NULL);

  return self->journey;
}

WaymarkPaper
waymark_matrix_layout_get_paper (WaymarkMatrixLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), WAYMARK_PAPER_DEFAULT);

  return self->paper;
}

GDateTime *
waymark_matrix_layout_get_date (WaymarkMatrixLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), NULL);

  return self->date;
}

/**
 * waymark_matrix_layout_set_date:
 *
 * Sets the date printed on every page (and in the PDF's metadata).
 */
void
waymark_matrix_layout_set_date (WaymarkMatrixLayout *self,
                                GDateTime           *date)
{
  g_autofree char *text = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self));
  g_return_if_fail (date != NULL);

  if (self->date && g_date_time_equal (self->date, date))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_date_time_ref (date);

  /* Before constructed() there is no subtitle yet. */
  if (self->subtitle_layout)
    {
      text = g_date_time_format (self->date, "%Y-%m-%d");
      subtitle = g_strdup_printf (_("Accountability matrix · %s"), text);
      pango_layout_set_text (self->subtitle_layout, subtitle, -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * waymark_matrix_layout_dup_title:
 *
 * Returns: (transfer full): the title on every page, the journey's
 */
char *
waymark_matrix_layout_dup_title (WaymarkMatrixLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), NULL);

  return g_strdup (self->title);
}

void
waymark_matrix_layout_get_page_size (WaymarkMatrixLayout *self,
                                     double              *width,
                                     double              *height)
{
  g_return_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self));

  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

guint
waymark_matrix_layout_get_n_pages (WaymarkMatrixLayout *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), 0);

  return self->pages->len;
}

/**
 * waymark_matrix_layout_get_page_rows:
 * @first: (out): the first row on @page, counted as
 *   waymark_matrix_dup_rows() lists them
 * @n_rows: (out): how many
 *
 * Returns: whether @page shows part of the matrix, rather than only the
 *   problems and the sign-off
 */
gboolean
waymark_matrix_layout_get_page_rows (WaymarkMatrixLayout *self,
                                     guint                page,
                                     guint               *first,
                                     guint               *n_rows)
{
  WaymarkPaperPage *p;
  WaymarkPaperRange *band;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  p = &g_array_index (self->pages, WaymarkPaperPage, page);
  if (p->band == G_MAXUINT)
    return FALSE;

  band = &g_array_index (self->bands, WaymarkPaperRange, p->band);
  if (first)
    *first = band->first;
  if (n_rows)
    *n_rows = band->n;

  return TRUE;
}

/**
 * waymark_matrix_layout_get_page_roles:
 * @first: (out): the first role on @page
 * @n_roles: (out): how many
 *
 * Returns: whether @page shows part of the matrix
 */
gboolean
waymark_matrix_layout_get_page_roles (WaymarkMatrixLayout *self,
                                      guint                page,
                                      guint               *first,
                                      guint               *n_roles)
{
  WaymarkPaperPage *p;
  WaymarkPaperRange *group;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);

  p = &g_array_index (self->pages, WaymarkPaperPage, page);
  if (p->band == G_MAXUINT)
    return FALSE;

  group = &g_array_index (self->column_groups, WaymarkPaperRange, p->column_group);
  if (first)
    *first = group->first;
  if (n_roles)
    *n_roles = group->n;

  return TRUE;
}

/**
 * waymark_matrix_layout_dup_page_label:
 *
 * Returns: (transfer full): the page's footer: "Page 2 of 6 · roles 9–16 ·
 *   continued from page 1" when the roles take several sheets
 */
char *
waymark_matrix_layout_dup_page_label (WaymarkMatrixLayout *self,
                                      guint                page)
{
  WaymarkPaperPage *p;
  WaymarkPaperRange *group;
  GString *label;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);

  p = &g_array_index (self->pages, WaymarkPaperPage, page);
  label = g_string_new (NULL);
  /* Translators: the page number in the footer of the printed matrix */
  g_string_append_printf (label, _("Page %u of %u"),
                          waymark_pages_get_number (WAYMARK_PAGES (self), page),
                          waymark_pages_get_total (WAYMARK_PAGES (self)));

  if (p->band == G_MAXUINT || self->column_groups->len < 2)
    return g_string_free (label, FALSE);

  group = &g_array_index (self->column_groups, WaymarkPaperRange, p->column_group);
  g_string_append (label, " · ");
  if (group->n == 1)
    /* Translators: which role is on this sheet of the matrix */
    g_string_append_printf (label, _("role %u"), group->first + 1);
  else
    /* Translators: which roles are on this sheet of the matrix, "roles 9–16" */
    g_string_append_printf (label, _("roles %u–%u"), group->first + 1, group->first + group->n);

  if (p->column_group > 0)
    {
      g_string_append (label, " · ");
      /* Translators: the sheet to lay this one beside */
      g_string_append_printf (label, _("continued from page %u"),
                              waymark_pages_get_number (WAYMARK_PAGES (self), page - 1));
    }

  return g_string_free (label, FALSE);
}

/**
 * waymark_matrix_layout_draw_page:
 * @cr: where to draw, with its origin at the top left of the sheet
 * @page: from 0
 * @width: the width to fill, in @cr's units
 * @height: the height
 *
 * Draws @page scaled to fit @width x @height, centred: at the layout's
 * own page size (waymark_matrix_layout_get_page_size()) the scale is 1.
 */
void
waymark_matrix_layout_draw_page (WaymarkMatrixLayout *self,
                                 cairo_t             *cr,
                                 guint                page,
                                 double               width,
                                 double               height)
{
  double scale;

  g_return_if_fail (WAYMARK_IS_MATRIX_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  scale = MIN (width / self->width, height / self->height);

  cairo_save (cr);
  cairo_translate (cr, (width - self->width * scale) / 2, (height - self->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  _waymark_matrix_layout_draw (self, cr, page);
  cairo_restore (cr);
}
