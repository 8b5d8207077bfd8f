/* waymark-enums.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A touchpoint with no feeling recorded; 0 is a neutral one. */
#define WAYMARK_NO_EMOTION G_MININT

typedef enum
{
  WAYMARK_PERSPECTIVE_CUSTOMER,
  WAYMARK_PERSPECTIVE_COMPANY,
  WAYMARK_PERSPECTIVE_OTHER,
} WaymarkPerspective;

typedef enum
{
  WAYMARK_TOUCHPOINT_KIND_UNSET,
  WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT,
  WAYMARK_TOUCHPOINT_KIND_DECISION,
  WAYMARK_TOUCHPOINT_KIND_PAIN,
  WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY,
} WaymarkTouchpointKind;

typedef enum /*< flags >*/
{
  WAYMARK_RACI_NONE        = 0,
  WAYMARK_RACI_RESPONSIBLE = 1 << 0,
  WAYMARK_RACI_ACCOUNTABLE = 1 << 1,
  WAYMARK_RACI_CONSULTED   = 1 << 2,
  WAYMARK_RACI_INFORMED    = 1 << 3,
} WaymarkRaci;

#define WAYMARK_RACI_ALL (WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE | \
                          WAYMARK_RACI_CONSULTED | WAYMARK_RACI_INFORMED)

#define WAYMARK_TYPE_PERSPECTIVE (waymark_perspective_get_type ())
#define WAYMARK_TYPE_TOUCHPOINT_KIND (waymark_touchpoint_kind_get_type ())
#define WAYMARK_TYPE_RACI (waymark_raci_get_type ())

GType                 waymark_perspective_get_type        (void) G_GNUC_CONST;
GType                 waymark_touchpoint_kind_get_type    (void) G_GNUC_CONST;
GType                 waymark_raci_get_type               (void) G_GNUC_CONST;

const char           *waymark_perspective_to_string       (WaymarkPerspective     perspective);
gboolean              waymark_perspective_from_string     (const char            *str,
                                                           WaymarkPerspective    *perspective);
const char           *waymark_perspective_get_title       (WaymarkPerspective     perspective);
const char           *waymark_touchpoint_kind_to_string   (WaymarkTouchpointKind  kind);
gboolean              waymark_touchpoint_kind_from_string (const char            *str,
                                                           WaymarkTouchpointKind *kind);
const char           *waymark_touchpoint_kind_get_title   (WaymarkTouchpointKind  kind);
void                  waymark_raci_to_string              (WaymarkRaci            raci,
                                                           char                   buf[5]);
gboolean              waymark_raci_from_string            (const char            *str,
                                                           WaymarkRaci           *raci,
                                                           char                  *bad_letter);

G_END_DECLS
