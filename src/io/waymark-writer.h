/* waymark-writer.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_WRITER_NUMBER_BUF_SIZE 32

const char *waymark_writer_format_number (double           value,
                                          char             buf[WAYMARK_WRITER_NUMBER_BUF_SIZE]);
GBytes   *waymark_writer_to_bytes (WaymarkJourney  *journey);
gboolean  waymark_writer_save     (WaymarkJourney  *journey,
                                   GFile           *file,
                                   GCancellable    *cancellable,
                                   GError         **error);

G_END_DECLS
