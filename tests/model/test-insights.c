/* test-insights.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "waymark-content-coverage.h"
#include "waymark-document.h"
#include "waymark-funnel.h"
#include "waymark-gap-grid.h"
#include "waymark-reader.h"
#include "waymark-writer.h"
#include "waymark-test-journey.h"

/* The figures the Gaps and Content views, the funnel and "waymark check"
 * show: on the B2B example, whose numbers are in its file, and on a
 * generated journey whose expected figures follow from the rules that
 * generate it. */

static WaymarkJourney *
load_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_bytes (bytes, "generated.waymark", &error);

  g_assert_no_error (error);
  g_assert (journey != NULL);

  return journey;
}

/* The generated journey. */
#define N_STAGES 6
#define N_CHANNELS 4
#define N_PERSONAS 2

/* Its funnel: the first metric of each stage; NAN is a metric without a
 * value, and the last stage has no metric at all. */
static const double gen_values[N_STAGES] = { 10000, 4000, NAN, 500, 0, NAN };
static const double gen_targets[N_STAGES] = { NAN, 5000, 100, 400, NAN, NAN };

/* Its gap grid: how many touchpoints of each side in each stage and
 * channel, channel N_CHANNELS being none. */
static guint
gen_customer (guint stage, guint channel)
{
  return (stage + channel) % 3;
}

static guint
gen_company (guint stage, guint channel)
{
  return (stage * channel + 1) % 2 + (channel == 1 && stage == 2);
}

static gboolean
gen_other (guint stage, guint channel)
{
  return channel == stage % (N_CHANNELS + 1);
}

static void
append_touchpoint (GString    *out,
                   guint      *n,
                   guint       stage,
                   const char *lane,
                   guint       channel,
                   guint       order)
{
  g_string_append_printf (out, "%s{\"id\": \"t%u\", \"title\": \"Touchpoint %u\", "
                          "\"stage\": \"s%u\", \"lane\": \"%s\", \"order\": %u",
                          *n ? ", " : "", *n, *n, stage, lane, order);
  if (channel < N_CHANNELS)
    g_string_append_printf (out, ", \"channel\": \"ch%u\"", channel);
  g_string_append_c (out, '}');
  (*n)++;
}

static void
append_number (GString    *out,
               const char *key,
               double      value)
{
  if (!isnan (value))
    g_string_append_printf (out, ", \"%s\": %g", key, value);
}

static char *
generate_journey (void)
{
  GString *out = g_string_new ("{\"format\": \"waymark\", \"version\": 1, \"journey\": "
                               "{\"title\": \"Generated\", "
                               "\"personas\": [{\"id\": \"p0\", \"name\": \"Buyer\"}, "
                               "{\"id\": \"p1\", \"name\": \"User\"}], \"stages\": [");
  guint orders[N_STAGES][4] = { { 0, }, };
  guint n = 0;

  for (guint i = 0; i < N_STAGES; i++)
    {
      g_string_append_printf (out, "%s{\"id\": \"s%u\", \"name\": \"Stage %u\", "
                              "\"questions\": [\"Question %u.0\", \"Question %u.1\"]",
                              i ? ", " : "", i, i, i, i);
      if (i < N_STAGES - 1)
        {
          g_string_append_printf (out, ", \"metrics\": [{\"id\": \"m%u\", \"name\": \"Buyers\"", i);
          append_number (out, "value", gen_values[i]);
          append_number (out, "target", gen_targets[i]);
          /* A second metric that is never the funnel's. */
          g_string_append_printf (out, "}, {\"id\": \"m%u-b\", \"name\": \"Other\", \"value\": 7}]", i);
        }
      if (i == 0)
        g_string_append (out, ", \"outcomes\": [{\"id\": \"o0\", \"name\": \"Hired\", \"share\": 0.3}, "
                         "{\"id\": \"o1\", \"name\": \"Not now\", \"share\": 0.5}, "
                         "{\"id\": \"o2\", \"name\": \"No way\", \"share\": 0.2}]");
      else if (i == 1)
        g_string_append (out, ", \"outcomes\": [{\"id\": \"o3\", \"name\": \"Hired\", \"share\": 0.3}, "
                         "{\"id\": \"o4\", \"name\": \"Not now\", \"share\": 0.5}]");
      else if (i == 2)
        g_string_append (out, ", \"outcomes\": [{\"id\": \"o5\", \"name\": \"Hired\", \"share\": 0.5}, "
                         "{\"id\": \"o6\", \"name\": \"Not now\"}]");
      g_string_append_c (out, '}');
    }

  g_string_append (out, "], \"lanes\": ["
                   "{\"id\": \"l-c0\", \"name\": \"Buyer\", \"perspective\": \"customer\"}, "
                   "{\"id\": \"l-co\", \"name\": \"Sales\", \"perspective\": \"company\"}, "
                   "{\"id\": \"l-c1\", \"name\": \"User\", \"perspective\": \"customer\"}, "
                   "{\"id\": \"l-o\", \"name\": \"Partner\", \"perspective\": \"other\"}], "
                   "\"channels\": [");
  for (guint j = 0; j < N_CHANNELS; j++)
    g_string_append_printf (out, "%s{\"id\": \"ch%u\", \"name\": \"Channel %u\"}",
                            j ? ", " : "", j, j);
  g_string_append (out, "], \"touchpoints\": [");

  for (guint i = 0; i < N_STAGES; i++)
    for (guint j = 0; j <= N_CHANNELS; j++)
      {
        /* The customer's touchpoints alternate between its two lanes. */
        for (guint k = 0; k < gen_customer (i, j); k++)
          {
            guint lane = k % 2 ? 2 : 0;

            append_touchpoint (out, &n, i, k % 2 ? "l-c1" : "l-c0", j, orders[i][lane]++);
          }
        for (guint k = 0; k < gen_company (i, j); k++)
          append_touchpoint (out, &n, i, "l-co", j, orders[i][1]++);
        if (gen_other (i, j))
          append_touchpoint (out, &n, i, "l-o", j, orders[i][3]++);
      }

  /* Content: c0 answers question 0.0 (in other case and spacing) for
   * stages 0 and 1; c2 serves no stage in particular and answers 3.1;
   * c3 asks 2.0 but serves stage 4 only, so it does not answer it. */
  g_string_append (out, "], \"content\": ["
                   "{\"id\": \"c0\", \"title\": \"Guide\", \"personas\": [\"p0\"], "
                   "\"question\": \"  question 0.0 \", \"stages\": [\"s0\", \"s1\"]}, "
                   "{\"id\": \"c1\", \"title\": \"Demo\", \"personas\": [\"p0\", \"p1\"], "
                   "\"stages\": [\"s1\"]}, "
                   "{\"id\": \"c2\", \"title\": \"FAQ\", \"personas\": [\"p1\"], "
                   "\"question\": \"Question 3.1\"}, "
                   "{\"id\": \"c3\", \"title\": \"Video\", \"question\": \"Question 2.0\", "
                   "\"stages\": [\"s4\"]}]}}");

  return g_string_free (out, FALSE);
}

static WaymarkJourney *
load_generated (void)
{
  g_autofree char *json = generate_journey ();

  return load_string (json);
}

static void
assert_nan_or (double actual,
               double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (actual));
  else
    g_assert_cmpfloat_with_epsilon (actual, expected, 1e-9);
}

static void
test_funnel_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
  static const struct {
    const char *stage;
    const char *metric;
    double      value;
    double      conversion;
    const char *percent;
  } expected[] = {
    { "s-attract", "m-attract-consumers", 12000, 0.2, "20 %" },
    { "s-capture", "m-capture-known", 2400, 0.25, "25 %" },
    { "s-nurture", "m-nurture-mql", 600, 0.3, "30 %" },
    /* The first metric of Convert feeds the funnel, not New customers. */
    { "s-convert", "m-convert-sql", 180, 20.0 / 180, "11.1 %" },
    { "s-expand", "m-expand-repeat", 20, NAN, NULL },
  };

  g_assert_cmpuint (waymark_funnel_get_n_steps (funnel), ==, G_N_ELEMENTS (expected));
  g_assert_cmpfloat (waymark_funnel_get_max_value (funnel), ==, 12000);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (funnel, i);

      g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (step->stage)), ==, expected[i].stage);
      g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (step->metric)), ==, expected[i].metric);
      g_assert_cmpfloat (step->value, ==, expected[i].value);
      g_assert_true (isnan (step->target));
      g_assert_false (step->below_target);
      assert_nan_or (step->conversion, expected[i].conversion);
      if (expected[i].percent)
        {
          g_autofree char *percent = waymark_funnel_format_percent (step->conversion);

          g_assert_cmpstr (percent, ==, expected[i].percent);
        }
      /* The example's stages have no outcomes: nothing to add up. */
      g_assert_cmpuint (step->n_outcomes, ==, 0);
      g_assert_true (step->shares_add_up);
      g_assert_null (waymark_funnel_step_dup_outcome_warning (step));
    }
}

static void
test_funnel_generated (void)
{
  g_autoptr(WaymarkJourney) journey = load_generated ();
  g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
  /* A stage without a value breaks the chain on both sides; a value of 0
   * is a value, and nothing converts from it. */
  static const double conversions[N_STAGES] = { 0.4, NAN, NAN, 0, NAN, NAN };
  static const gboolean below[N_STAGES] = { FALSE, TRUE, FALSE, FALSE, FALSE, FALSE };

  g_assert_cmpuint (waymark_funnel_get_n_steps (funnel), ==, N_STAGES);
  g_assert_cmpfloat (waymark_funnel_get_max_value (funnel), ==, 10000);

  for (guint i = 0; i < N_STAGES; i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (funnel, i);
      g_autofree char *metric_id = g_strdup_printf ("m%u", i);

      if (i < N_STAGES - 1)
        g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (step->metric)), ==, metric_id);
      else
        g_assert_null (step->metric);
      assert_nan_or (step->value, gen_values[i]);
      assert_nan_or (step->target, i < N_STAGES - 1 ? gen_targets[i] : NAN);
      assert_nan_or (step->conversion, conversions[i]);
      g_assert_cmpint (step->below_target, ==, below[i]);
    }
}

static void
test_outcomes_generated (void)
{
  g_autoptr(WaymarkJourney) journey = load_generated ();
  g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
  static const struct {
    guint       n_outcomes;
    guint       n_shares;
    double      sum;
    gboolean    adds_up;
    const char *warning;
  } expected[N_STAGES] = {
    { 3, 3, 1.0, TRUE, NULL },
    { 2, 2, 0.8, FALSE, "Stage “Stage 1”: the shares of the outcomes add up to 80 %, not 100 %" },
    { 2, 1, 0.5, FALSE, "Stage “Stage 2”: 1 outcome has no share of buyers" },
    { 0, 0, 0, TRUE, NULL },
    { 0, 0, 0, TRUE, NULL },
    { 0, 0, 0, TRUE, NULL },
  };

  for (guint i = 0; i < N_STAGES; i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (funnel, i);
      g_autofree char *warning = waymark_funnel_step_dup_outcome_warning (step);

      g_assert_cmpuint (step->n_outcomes, ==, expected[i].n_outcomes);
      g_assert_cmpuint (step->n_shares, ==, expected[i].n_shares);
      g_assert_cmpfloat_with_epsilon (step->share_sum, expected[i].sum, 1e-9);
      g_assert_cmpint (step->shares_add_up, ==, expected[i].adds_up);
      g_assert_cmpstr (warning, ==, expected[i].warning);
    }
}

/* Outcomes added to the example's Convert stage through the document: the
 * shares add up, then one changes and they do not, then undo. */
static void
test_outcomes_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  WaymarkStage *convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  WaymarkOutcome *hired, *not_now, *no_way;

  hired = waymark_document_add_outcome (document, convert, 0, "Hired");
  waymark_document_set (document, hired, "share", 0.3, "next", "s-expand", NULL);
  not_now = waymark_document_add_outcome (document, convert, 1, "Not now");
  waymark_document_set (document, not_now, "share", 0.5, "next", "s-nurture", NULL);
  no_way = waymark_document_add_outcome (document, convert, 2, "No way");
  waymark_document_set (document, no_way, "share", 0.2, NULL);

  {
    g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
    const WaymarkFunnelStep *step = waymark_funnel_get_step (funnel, 3);
    g_autofree char *warning = waymark_funnel_step_dup_outcome_warning (step);

    g_assert_true (step->stage == convert);
    g_assert_cmpuint (step->n_outcomes, ==, 3);
    g_assert_cmpuint (step->n_shares, ==, 3);
    g_assert_cmpfloat_with_epsilon (step->share_sum, 1.0, 1e-9);
    g_assert_true (step->shares_add_up);
    g_assert_null (warning);
    /* The other stages have none. */
    g_assert_cmpuint (waymark_funnel_get_step (funnel, 2)->n_outcomes, ==, 0);
    g_assert_true (waymark_funnel_get_step (funnel, 2)->shares_add_up);
  }

  waymark_document_set (document, no_way, "share", 0.1, NULL);
  {
    g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
    const WaymarkFunnelStep *step = waymark_funnel_get_step (funnel, 3);
    g_autofree char *warning = waymark_funnel_step_dup_outcome_warning (step);

    g_assert_cmpfloat_with_epsilon (step->share_sum, 0.9, 1e-9);
    g_assert_false (step->shares_add_up);
    g_assert_cmpstr (warning, ==,
                     "Stage “Convert”: the shares of the outcomes add up to 90 %, not 100 %");
  }

  g_assert_true (waymark_document_undo (document));
  {
    g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);

    g_assert_true (waymark_funnel_get_step (funnel, 3)->shares_add_up);
  }
}

static void
test_format_percent (void)
{
  static const struct {
    double      fraction;
    const char *text;
  } cases[] = {
    { 0.2, "20 %" }, { 1.0 / 9, "11.1 %" }, { 0.075, "7.5 %" }, { 0, "0 %" },
    { 1.5, "150 %" }, { 0.99996, "100 %" }, { 0.0004, "0 %" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = waymark_funnel_format_percent (cases[i].fraction);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
assert_cell (WaymarkGapGrid *grid,
             guint           row,
             guint           column,
             guint           n_customer,
             guint           n_company,
             WaymarkGapKind  kind)
{
  const WaymarkGapCell *cell = waymark_gap_grid_get_cell (grid, row, column);

  g_assert_cmpuint (cell->n_customer, ==, n_customer);
  g_assert_cmpuint (cell->n_company, ==, n_company);
  g_assert_cmpint (cell->kind, ==, kind);
}

static void
test_gaps_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkGapGrid) grid = waymark_gap_grid_new (journey);
  /* Rows Attract..Expand, columns Website, Social media, Email, Phone,
   * Events; "c" covered, "m" missed, "w" waste, "." empty. */
  static const char * const kinds[] = {
    "wm...",
    "c....",
    "..c..",
    "...c.",
    "...wm",
  };
  static const char * const missed[] = {
    "Stage “Attract”: the customer is on “Social media”, and no one from the company is",
    NULL, NULL, NULL,
    "Stage “Expand”: the customer is on “Events”, and no one from the company is",
  };
  const WaymarkGapCell *cell;

  /* Every touchpoint has a channel: no "No channel" column. */
  g_assert_cmpuint (waymark_gap_grid_get_n_stages (grid), ==, 5);
  g_assert_cmpuint (waymark_gap_grid_get_n_columns (grid), ==, 5);
  g_assert_cmpstr (waymark_gap_grid_get_column_title (grid, 1), ==, "Social media");
  g_assert_cmpstr (waymark_stage_get_name (waymark_gap_grid_get_stage (grid, 4)), ==, "Expand");

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *message = waymark_gap_grid_dup_missed_message (grid, i);
      guint n_missed = 0, n_waste = 0;

      for (guint j = 0; j < 5; j++)
        {
          const WaymarkGapCell *c = waymark_gap_grid_get_cell (grid, i, j);
          char kind = "cmw."[c->kind == WAYMARK_GAP_EMPTY ? 3 : c->kind - 1];

          g_assert_cmpint (kind, ==, kinds[i][j]);
          n_missed += kind == 'm';
          n_waste += kind == 'w';
        }
      g_assert_cmpuint (waymark_gap_grid_count (grid, i, WAYMARK_GAP_MISSED), ==, n_missed);
      g_assert_cmpuint (waymark_gap_grid_count (grid, i, WAYMARK_GAP_WASTE), ==, n_waste);
      g_assert_cmpstr (message, ==, missed[i]);
    }

  /* Expand on the phone: Service's onboarding support, no customer. */
  assert_cell (grid, 4, 3, 0, 1, WAYMARK_GAP_WASTE);
  cell = waymark_gap_grid_get_cell (grid, 4, 3);
  g_assert_cmpuint (cell->touchpoints->len, ==, 1);
  g_assert_cmpstr (waymark_item_get_id (g_ptr_array_index (cell->touchpoints, 0)), ==, "t9");
  assert_cell (grid, 0, 1, 1, 0, WAYMARK_GAP_MISSED);
  assert_cell (grid, 1, 0, 1, 1, WAYMARK_GAP_COVERED);
  cell = waymark_gap_grid_get_cell (grid, 1, 0);
  g_assert_cmpuint (cell->touchpoints->len, ==, 2);
  g_assert_cmpstr (waymark_item_get_id (g_ptr_array_index (cell->touchpoints, 0)), ==, "t3");
  g_assert_cmpstr (waymark_item_get_id (g_ptr_array_index (cell->touchpoints, 1)), ==, "t4");
}

static WaymarkGapKind
expected_kind (guint customer,
               guint company)
{
  if (customer && company)
    return WAYMARK_GAP_COVERED;
  if (customer)
    return WAYMARK_GAP_MISSED;
  if (company)
    return WAYMARK_GAP_WASTE;
  return WAYMARK_GAP_EMPTY;
}

static void
test_gaps_generated (void)
{
  g_autoptr(WaymarkJourney) journey = load_generated ();
  g_autoptr(WaymarkGapGrid) grid = waymark_gap_grid_new (journey);
  guint total_missed = 0;

  /* Some touchpoints have no channel: they gather in a last column. */
  g_assert_cmpuint (waymark_gap_grid_get_n_stages (grid), ==, N_STAGES);
  g_assert_cmpuint (waymark_gap_grid_get_n_columns (grid), ==, N_CHANNELS + 1);
  g_assert_null (waymark_gap_grid_get_channel (grid, N_CHANNELS));
  g_assert_cmpstr (waymark_gap_grid_get_column_title (grid, N_CHANNELS), ==, "No channel");
  g_assert_cmpstr (waymark_gap_grid_get_column_title (grid, 2), ==, "Channel 2");

  for (guint i = 0; i < N_STAGES; i++)
    {
      guint n_missed = 0, n_waste = 0;

      for (guint j = 0; j <= N_CHANNELS; j++)
        {
          guint customer = gen_customer (i, j), company = gen_company (i, j);
          const WaymarkGapCell *cell = waymark_gap_grid_get_cell (grid, i, j);
          WaymarkGapKind kind = expected_kind (customer, company);

          /* The partner's touchpoints are listed but count on no side. */
          assert_cell (grid, i, j, customer, company, kind);
          g_assert_cmpuint (cell->touchpoints->len, ==, customer + company + gen_other (i, j));
          n_missed += kind == WAYMARK_GAP_MISSED;
          n_waste += kind == WAYMARK_GAP_WASTE;

          /* Listed in the lanes' order: Buyer, Sales, User, Partner. */
          for (guint k = 1; k < cell->touchpoints->len; k++)
            {
              WaymarkTouchpoint *a = g_ptr_array_index (cell->touchpoints, k - 1);
              WaymarkTouchpoint *b = g_ptr_array_index (cell->touchpoints, k);
              const char *order = "l-c0 l-co l-c1 l-o";

              g_assert_cmpint (strstr (order, waymark_touchpoint_get_lane (a)) - order, <=,
                               strstr (order, waymark_touchpoint_get_lane (b)) - order);
            }
        }
      g_assert_cmpuint (waymark_gap_grid_count (grid, i, WAYMARK_GAP_MISSED), ==, n_missed);
      g_assert_cmpuint (waymark_gap_grid_count (grid, i, WAYMARK_GAP_WASTE), ==, n_waste);
      total_missed += n_missed;
    }

  /* The rules give a grid with every kind in it. */
  g_assert_cmpuint (total_missed, ==, 4);
  assert_cell (grid, 2, 1, 0, 2, WAYMARK_GAP_WASTE);
  assert_cell (grid, 0, N_CHANNELS, 1, 1, WAYMARK_GAP_COVERED);
  assert_cell (grid, 0, 0, 0, 1, WAYMARK_GAP_WASTE);
  assert_cell (grid, 1, 1, 2, 0, WAYMARK_GAP_MISSED);
  assert_cell (grid, 3, 3, 0, 0, WAYMARK_GAP_EMPTY);
  assert_cell (grid, 5, 3, 2, 0, WAYMARK_GAP_MISSED);

  {
    g_autofree char *message = waymark_gap_grid_dup_missed_message (grid, 1);

    g_assert_cmpstr (message, ==,
                     "Stage “Stage 1”: the customer is on “Channel 1”, “Channel 3”, "
                     "and no one from the company is");
  }
}

static void
test_coverage_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkContentCoverage) coverage = waymark_content_coverage_new (journey);
  static const guint counts[] = { 1, 0, 1, 0, 0 };
  static const char * const no_content[] = {
    NULL,
    "Stage “Capture”: no content item serves this stage",
    NULL,
    "Stage “Convert”: no content item serves this stage",
    "Stage “Expand”: no content item serves this stage",
  };
  static const guint n_questions[] = { 4, 3, 3, 3, 5 };

  g_assert_cmpuint (waymark_content_coverage_get_n_stages (coverage), ==, 5);
  g_assert_cmpuint (waymark_content_coverage_get_n_personas (coverage), ==, 1);
  g_assert_cmpstr (waymark_persona_get_name (waymark_content_coverage_get_persona (coverage, 0)),
                   ==, "B2B buyer");

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *message = waymark_content_coverage_dup_no_content_message (coverage, i);
      const char * const *unanswered = waymark_content_coverage_get_unanswered (coverage, i);

      g_assert_cmpuint (waymark_content_coverage_get_count (coverage, i, 0), ==, counts[i]);
      g_assert_cmpuint (waymark_content_coverage_get_stage_total (coverage, i), ==, counts[i]);
      g_assert_cmpstr (message, ==, no_content[i]);
      /* The two ebooks answer questions of their own, none of a stage's. */
      g_assert_cmpuint (g_strv_length ((char **)unanswered), ==, n_questions[i]);
      g_assert_true (g_strv_equal (unanswered, waymark_stage_get_questions (waymark_content_coverage_get_stage (coverage, i))));
    }
  g_assert_cmpuint (waymark_content_coverage_get_n_unanswered (coverage), ==, 18);
}

static void
test_coverage_generated (void)
{
  g_autoptr(WaymarkJourney) journey = load_generated ();
  g_autoptr(WaymarkContentCoverage) coverage = waymark_content_coverage_new (journey);
  static const guint counts[N_STAGES][N_PERSONAS] = {
    { 1, 0 }, { 2, 1 }, { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 },
  };
  static const guint totals[N_STAGES] = { 1, 2, 0, 0, 1, 0 };
  static const char * const unanswered[N_STAGES][3] = {
    { "Question 0.1" },
    { "Question 1.0", "Question 1.1" },
    { "Question 2.0", "Question 2.1" },
    { "Question 3.0" },
    { "Question 4.0", "Question 4.1" },
    { "Question 5.0", "Question 5.1" },
  };

  g_assert_cmpuint (waymark_content_coverage_get_n_personas (coverage), ==, N_PERSONAS);
  for (guint i = 0; i < N_STAGES; i++)
    {
      g_autofree char *message = waymark_content_coverage_dup_no_content_message (coverage, i);

      for (guint j = 0; j < N_PERSONAS; j++)
        g_assert_cmpuint (waymark_content_coverage_get_count (coverage, i, j), ==, counts[i][j]);
      g_assert_cmpuint (waymark_content_coverage_get_stage_total (coverage, i), ==, totals[i]);
      g_assert_true (g_strv_equal (waymark_content_coverage_get_unanswered (coverage, i),
                                   unanswered[i]));
      g_assert_cmpint (message != NULL, ==, totals[i] == 0);
    }
  g_assert_cmpuint (waymark_content_coverage_get_n_unanswered (coverage), ==, 10);
}

static GBytes *
snapshot (WaymarkDocument *doc)
{
  return waymark_writer_to_bytes (waymark_document_get_journey (doc));
}

static const char *
funnel_metric_id (WaymarkStage *stage)
{
  return waymark_item_get_id (WAYMARK_ITEM (waymark_funnel_pick_metric (stage)));
}

/* Choosing the funnel's metric is one undoable step; undo gives back the
 * very same bytes. */
static void
test_funnel_metric_command (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) doc = waymark_document_new (journey);
  WaymarkStage *convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  WaymarkMetric *customers = WAYMARK_METRIC (waymark_journey_lookup (journey, "m-convert-customers"));
  WaymarkMetric *sql = WAYMARK_METRIC (waymark_journey_lookup (journey, "m-convert-sql"));
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) back = NULL;

  g_assert_cmpstr (funnel_metric_id (convert), ==, "m-convert-sql");

  waymark_document_set_funnel_metric (doc, convert, customers);
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "m-convert-customers");
  g_assert_cmpstr (funnel_metric_id (convert), ==, "m-convert-customers");
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Choose Funnel Metric");
  after = snapshot (doc);

  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "");
  back = snapshot (doc);
  g_assert_true (g_bytes_equal (back, before));
  g_assert_false (waymark_document_get_dirty (doc));

  g_assert_true (waymark_document_redo (doc));
  g_clear_pointer (&back, g_bytes_unref);
  back = snapshot (doc);
  g_assert_true (g_bytes_equal (back, after));

  /* Choosing the first metric by name keeps it; NULL goes back to the
   * default. */
  waymark_document_set_funnel_metric (doc, convert, sql);
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "m-convert-sql");
  waymark_document_set_funnel_metric (doc, convert, NULL);
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "");
  g_clear_pointer (&back, g_bytes_unref);
  back = snapshot (doc);
  g_assert_true (g_bytes_equal (back, before));
}

/* Deleting the chosen metric takes the choice with it, in the same step. */
static void
test_funnel_metric_removed (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) doc = waymark_document_new (journey);
  WaymarkStage *convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  WaymarkMetric *customers = WAYMARK_METRIC (waymark_journey_lookup (journey, "m-convert-customers"));
  g_autoptr(GBytes) chosen = NULL;
  g_autoptr(GBytes) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WaymarkJourney) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  waymark_document_set_funnel_metric (doc, convert, customers);
  chosen = snapshot (doc);

  waymark_document_remove (doc, customers);
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "");
  g_assert_cmpstr (funnel_metric_id (convert), ==, "m-convert-sql");

  /* What is left loads: no reference to a metric that is gone. */
  bytes = snapshot (doc);
  reloaded = waymark_reader_load_bytes (bytes, "after.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);

  g_assert_true (waymark_document_undo (doc));
  back = snapshot (doc);
  g_assert_true (g_bytes_equal (back, chosen));
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==, "m-convert-customers");
}

/* An empty journey has empty grids, not crashes. */
static void
test_empty_journey (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkFunnel) funnel = waymark_funnel_new (journey);
  g_autoptr(WaymarkGapGrid) grid = waymark_gap_grid_new (journey);
  g_autoptr(WaymarkContentCoverage) coverage = waymark_content_coverage_new (journey);

  g_assert_cmpuint (waymark_funnel_get_n_steps (funnel), ==, 0);
  g_assert_cmpfloat (waymark_funnel_get_max_value (funnel), ==, 0);
  g_assert_cmpuint (waymark_gap_grid_get_n_stages (grid), ==, 0);
  g_assert_cmpuint (waymark_gap_grid_get_n_columns (grid), ==, 0);
  g_assert_cmpuint (waymark_content_coverage_get_n_stages (coverage), ==, 0);
  g_assert_cmpuint (waymark_content_coverage_get_n_unanswered (coverage), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/insights/funnel/example", test_funnel_example);
  g_test_add_func ("/insights/funnel/generated", test_funnel_generated);
  g_test_add_func ("/insights/funnel/percent", test_format_percent);
  g_test_add_func ("/insights/outcomes/generated", test_outcomes_generated);
  g_test_add_func ("/insights/outcomes/example", test_outcomes_example);
  g_test_add_func ("/insights/gaps/example", test_gaps_example);
  g_test_add_func ("/insights/gaps/generated", test_gaps_generated);
  g_test_add_func ("/insights/coverage/example", test_coverage_example);
  g_test_add_func ("/insights/coverage/generated", test_coverage_generated);
  g_test_add_func ("/insights/empty", test_empty_journey);
  g_test_add_func ("/insights/funnel-metric/command", test_funnel_metric_command);
  g_test_add_func ("/insights/funnel-metric/removed", test_funnel_metric_removed);

  return g_test_run ();
}
