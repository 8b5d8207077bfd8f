/* waymark-pdf-test.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *tmpdir;
} Fixture;

void  pdf_test_set_up                (Fixture       *f,
                                      gconstpointer  data);
void  pdf_test_tear_down             (Fixture       *f,
                                      gconstpointer  data);
char *pdf_test_path                  (Fixture       *f,
                                      const char    *name);
int   pdf_test_run                   (Fixture       *f,
                                      const char   **argv,
                                      char         **out,
                                      char         **err);
char *pdf_test_tool                  (Fixture       *f,
                                      const char    *first,
                                      ...) G_GNUC_NULL_TERMINATED;
char *pdf_test_info_value            (const char    *info,
                                      const char    *key);
void  pdf_test_assert_fonts_embedded (Fixture       *f,
                                      const char    *pdf);
void  pdf_test_assert_qpdf_check     (Fixture       *f,
                                      const char    *pdf);
char *pdf_test_page_text             (Fixture       *f,
                                      const char    *pdf,
                                      guint          page,
                                      const char    *mode);

G_END_DECLS
