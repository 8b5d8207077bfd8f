/* waymark-matrix-fixture.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-matrix-fixture.h"

/* Journeys of any size for the paper tests, as .waymark text: stages with
 * activities and a handoff to the next stage, roles, and a matrix whose
 * letters follow from the row and the role (waymark_matrix_fixture_raci()),
 * so a test knows every cell without reading the file back. Names are
 * numbered with two digits, so no name is a prefix of another. */

static const struct {
  const char *stage;
  const char *activity;
  const char *role;
  const char *agreement;
  const char *title;
} words[] = {
  [WAYMARK_FIXTURE_ENGLISH] = { "Stage", "Task", "Team", "Reply within two business days",
                                "Generated journey" },
  [WAYMARK_FIXTURE_GERMAN] = { "Kundenbindung", "Übergabeprüfung", "Geschäftsführung",
                               "Rückmeldung innerhalb von zwei Werktagen, größte Sorgfalt",
                               "Große Kundenreise" },
  [WAYMARK_FIXTURE_THAI] = { "ขั้นตอน", "กิจกรรม", "ฝ่ายขาย", "ตอบกลับภายในสองวันทำการ",
                             "เส้นทางลูกค้า" },
};

char *
waymark_matrix_fixture_stage (WaymarkFixtureLanguage language,
                              guint                  stage)
{
  return g_strdup_printf ("%s %02u", words[language].stage, stage + 1);
}

char *
waymark_matrix_fixture_activity (WaymarkFixtureLanguage language,
                                 guint                  stage,
                                 guint                  activity)
{
  return g_strdup_printf ("%s %02u-%u", words[language].activity, stage + 1, activity + 1);
}

char *
waymark_matrix_fixture_role (WaymarkFixtureLanguage language,
                             guint                  role)
{
  return g_strdup_printf ("%s %02u", words[language].role, role + 1);
}

/**
 * waymark_matrix_fixture_raci:
 * @row: the row, counted in matrix order
 *
 * Returns: the letters of a cell: the row's own role is responsible and,
 *   except on every seventh row, accountable; the next is consulted and the
 *   one after informed.
 */
const char *
waymark_matrix_fixture_raci (guint row,
                             guint role,
                             guint n_roles)
{
  if (role == row % n_roles)
    return row % 7 == 6 ? "R" : "RA";
  if (n_roles > 1 && role == (row + 1) % n_roles)
    return "C";
  if (n_roles > 2 && role == (row + 2) % n_roles)
    return "I";

  return "";
}

static void
append_cells (GString *out,
              guint    row,
              guint    n_roles,
              gboolean *first)
{
  for (guint j = 0; j < n_roles; j++)
    {
      const char *raci = waymark_matrix_fixture_raci (row, j, n_roles);

      if (raci[0] == '\0')
        continue;
      g_string_append_printf (out, "%s{\"row\": \"row-%u\", \"role\": \"role-%u\", \"raci\": \"%s\"}",
                              *first ? "" : ", ", row, j, raci);
      *first = FALSE;
    }
}

/**
 * waymark_matrix_fixture_new:
 *
 * Makes a journey with @n_stages stages, each with @activities_per_stage
 * activities and, except the last, a handoff to the next stage: the matrix
 * has n_stages * (activities_per_stage + 2) - 1 rows, whose ids are
 * "row-N", N counted in matrix order.
 *
 * Returns: (transfer full): a valid .waymark file
 */
GBytes *
waymark_matrix_fixture_new (guint                  n_stages,
                            guint                  activities_per_stage,
                            guint                  n_roles,
                            WaymarkFixtureLanguage language)
{
  GString *out = g_string_new (NULL);
  GString *activities = g_string_new (NULL);
  GString *handoffs = g_string_new (NULL);
  GString *cells = g_string_new (NULL);
  gboolean first_cell = TRUE;
  guint row = 0;

  g_string_append_printf (out, "{\"format\": \"waymark\", \"version\": 1, \"journey\": {"
                          "\"title\": \"%s %u × %u\", \"stages\": [",
                          words[language].title, n_stages, n_roles);

  for (guint s = 0; s < n_stages; s++)
    {
      g_autofree char *stage = waymark_matrix_fixture_stage (language, s);
      guint stage_row = row;

      g_string_append_printf (out, "%s{\"id\": \"row-%u\", \"name\": \"%s\"}",
                              s ? ", " : "", row, stage);
      append_cells (cells, row++, n_roles, &first_cell);

      for (guint a = 0; a < activities_per_stage; a++)
        {
          g_autofree char *activity = waymark_matrix_fixture_activity (language, s, a);

          g_string_append_printf (activities, "%s{\"id\": \"row-%u\", \"name\": \"%s\", "
                                  "\"stage\": \"row-%u\"}",
                                  activities->len ? ", " : "", row, activity, stage_row);
          append_cells (cells, row++, n_roles, &first_cell);
        }

      if (s + 1 < n_stages)
        {
          /* The next stage's row comes after this handoff's. */
          g_string_append_printf (handoffs, "%s{\"id\": \"row-%u\", \"from\": \"row-%u\", "
                                  "\"to\": \"row-%u\", \"agreement\": \"%s\"}",
                                  handoffs->len ? ", " : "", row, stage_row, row + 1,
                                  words[language].agreement);
          append_cells (cells, row++, n_roles, &first_cell);
        }
    }

  g_string_append_printf (out, "], \"roles\": [");
  for (guint j = 0; j < n_roles; j++)
    {
      g_autofree char *role = waymark_matrix_fixture_role (language, j);

      g_string_append_printf (out, "%s{\"id\": \"role-%u\", \"name\": \"%s\", \"color\": \"#%02x%02x%02x\"}",
                              j ? ", " : "", j, role,
                              (j * 97 + 40) % 200, (j * 57 + 90) % 200, (j * 31 + 160) % 220);
    }

  g_string_append_printf (out, "], \"handoffs\": [%s], \"activities\": [%s], "
                          "\"accountability\": [%s]}}\n",
                          handoffs->str, activities->str, cells->str);

  g_string_free (activities, TRUE);
  g_string_free (handoffs, TRUE);
  g_string_free (cells, TRUE);

  return g_string_free_to_bytes (out);
}
