/* waymark-print-operation.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-pages.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PRINT_OPERATION (waymark_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPrintOperation, waymark_print_operation, WAYMARK, PRINT_OPERATION,
                      GtkPrintOperation)

WaymarkPrintOperation *waymark_print_operation_new          (WaymarkPages          *pages,
                                                             WaymarkPaper           paper,
                                                             const char            *job_name);
WaymarkPages          *waymark_print_operation_get_pages    (WaymarkPrintOperation *self);
GtkPageSetup          *waymark_print_operation_new_page_setup (WaymarkPaper         paper);

G_END_DECLS
