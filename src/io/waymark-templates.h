/* waymark-templates.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TEMPLATE_DEFAULT "b2b-lifecycle"

const char * const *waymark_templates_get_ids         (void);
const char         *waymark_templates_get_title       (const char  *template_id);
const char         *waymark_templates_get_description (const char  *template_id);
const char         *waymark_templates_get_icon_name   (const char  *template_id);
WaymarkJourney     *waymark_templates_create          (const char  *template_id,
                                                       GError     **error);

G_END_DECLS
