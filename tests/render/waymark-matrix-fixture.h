/* waymark-matrix-fixture.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_FIXTURE_ENGLISH,
  WAYMARK_FIXTURE_GERMAN,
  WAYMARK_FIXTURE_THAI,
} WaymarkFixtureLanguage;

GBytes *waymark_matrix_fixture_new     (guint                   n_stages,
                                        guint                   activities_per_stage,
                                        guint                   n_roles,
                                        WaymarkFixtureLanguage  language);
char   *waymark_matrix_fixture_stage   (WaymarkFixtureLanguage  language,
                                        guint                   stage);
char   *waymark_matrix_fixture_activity (WaymarkFixtureLanguage language,
                                         guint                  stage,
                                         guint                  activity);
char   *waymark_matrix_fixture_role    (WaymarkFixtureLanguage  language,
                                        guint                   role);
const char *waymark_matrix_fixture_raci (guint                  row,
                                         guint                  role,
                                         guint                  n_roles);

G_END_DECLS
