/* waymark-enums.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-enums.h"

G_DEFINE_ENUM_TYPE (WaymarkPerspective, waymark_perspective,
  G_DEFINE_ENUM_VALUE (WAYMARK_PERSPECTIVE_CUSTOMER, "customer"),
  G_DEFINE_ENUM_VALUE (WAYMARK_PERSPECTIVE_COMPANY, "company"),
  G_DEFINE_ENUM_VALUE (WAYMARK_PERSPECTIVE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (WaymarkTouchpointKind, waymark_touchpoint_kind,
  G_DEFINE_ENUM_VALUE (WAYMARK_TOUCHPOINT_KIND_UNSET, "unset"),
  G_DEFINE_ENUM_VALUE (WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT, "touchpoint"),
  G_DEFINE_ENUM_VALUE (WAYMARK_TOUCHPOINT_KIND_DECISION, "decision"),
  G_DEFINE_ENUM_VALUE (WAYMARK_TOUCHPOINT_KIND_PAIN, "pain"),
  G_DEFINE_ENUM_VALUE (WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY, "opportunity"))

G_DEFINE_FLAGS_TYPE (WaymarkRaci, waymark_raci,
  G_DEFINE_ENUM_VALUE (WAYMARK_RACI_NONE, "none"),
  G_DEFINE_ENUM_VALUE (WAYMARK_RACI_RESPONSIBLE, "responsible"),
  G_DEFINE_ENUM_VALUE (WAYMARK_RACI_ACCOUNTABLE, "accountable"),
  G_DEFINE_ENUM_VALUE (WAYMARK_RACI_CONSULTED, "consulted"),
  G_DEFINE_ENUM_VALUE (WAYMARK_RACI_INFORMED, "informed"))

static const char * const perspective_names[] = { "customer", "company", "other" };
static const char * const kind_names[] = { NULL, "touchpoint", "decision", "pain", "opportunity" };

const char *
waymark_perspective_to_string (WaymarkPerspective perspective)
{
  g_return_val_if_fail (perspective <= WAYMARK_PERSPECTIVE_OTHER, "other");

  return perspective_names[perspective];
}

gboolean
waymark_perspective_from_string (const char         *str,
                                 WaymarkPerspective *perspective)
{
  for (guint i = 0; i < G_N_ELEMENTS (perspective_names); i++)
    {
      if (g_strcmp0 (str, perspective_names[i]) == 0)
        {
          *perspective = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
waymark_perspective_get_title (WaymarkPerspective perspective)
{
  switch (perspective)
    {
    case WAYMARK_PERSPECTIVE_CUSTOMER:
      return C_("perspective", "Customer");
    case WAYMARK_PERSPECTIVE_COMPANY:
      return C_("perspective", "Company");
    case WAYMARK_PERSPECTIVE_OTHER:
    default:
      return C_("perspective", "Other");
    }
}

/**
 * waymark_touchpoint_kind_to_string:
 *
 * Returns: (nullable): the name in the file, %NULL for a kind not set
 */
const char *
waymark_touchpoint_kind_to_string (WaymarkTouchpointKind kind)
{
  g_return_val_if_fail (kind <= WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY, NULL);

  return kind_names[kind];
}

gboolean
waymark_touchpoint_kind_from_string (const char            *str,
                                     WaymarkTouchpointKind *kind)
{
  for (guint i = 1; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (str, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
waymark_touchpoint_kind_get_title (WaymarkTouchpointKind kind)
{
  switch (kind)
    {
    case WAYMARK_TOUCHPOINT_KIND_DECISION:
      return _("Decision point");
    case WAYMARK_TOUCHPOINT_KIND_PAIN:
      return _("Pain point");
    case WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY:
      return _("Opportunity");
    case WAYMARK_TOUCHPOINT_KIND_UNSET:
    case WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT:
    default:
      return _("Touchpoint");
    }
}

/* Always in the order R, A, C, I, whatever order the file had. */
void
waymark_raci_to_string (WaymarkRaci raci,
                        char        buf[5])
{
  char *p = buf;

  if (raci & WAYMARK_RACI_RESPONSIBLE)
    *p++ = 'R';
  if (raci & WAYMARK_RACI_ACCOUNTABLE)
    *p++ = 'A';
  if (raci & WAYMARK_RACI_CONSULTED)
    *p++ = 'C';
  if (raci & WAYMARK_RACI_INFORMED)
    *p++ = 'I';
  *p = '\0';
}

/* On failure @bad_letter holds the offending letter, repeated or unknown. */
gboolean
waymark_raci_from_string (const char  *str,
                          WaymarkRaci *raci,
                          char        *bad_letter)
{
  WaymarkRaci result = 0;

  for (const char *p = str; *p; p++)
    {
      WaymarkRaci bit;

      switch (*p)
        {
        case 'R': bit = WAYMARK_RACI_RESPONSIBLE; break;
        case 'A': bit = WAYMARK_RACI_ACCOUNTABLE; break;
        case 'C': bit = WAYMARK_RACI_CONSULTED; break;
        case 'I': bit = WAYMARK_RACI_INFORMED; break;
        default:
          *bad_letter = *p;
          return FALSE;
        }

      if (result & bit)
        {
          *bad_letter = *p;
          return FALSE;
        }

      result |= bit;
    }

  *raci = result;

  return TRUE;
}
