/* waymark-templates.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "waymark-templates.h"
#include "waymark-model-private.h"

/* The stage models practitioners use, as starting points. Every template
 * has the default lanes and roles and a handoff between neighbouring
 * stages; ids are readable and stable so that two journeys made from one
 * template can be compared line by line. */

#define MAX_QUESTIONS 5
#define MAX_TOUCHPOINTS 4
#define MAX_OUTCOMES 3

typedef struct
{
  const char *title;
  const char *channel;  /* a channel id, or NULL */
} TemplateTouchpoint;

typedef struct
{
  const char *name;
  const char *next;     /* a stage id, or NULL */
  double      share;
} TemplateOutcome;

typedef struct
{
  const char         *id;
  const char         *name;
  const char         *description;
  const char         *goal;
  const char         *questions[MAX_QUESTIONS + 1];
  TemplateTouchpoint  touchpoints[MAX_TOUCHPOINTS + 1];
  TemplateOutcome     outcomes[MAX_OUTCOMES + 1];
} TemplateStage;

typedef struct
{
  const char          *id;
  const char          *title;
  const char          *description;
  const char          *icon_name;
  const char          *journey_title;
  const TemplateStage *stages;
  guint                n_stages;
} Template;

static const TemplateStage b2b_stages[] = {
  { "s-attract", N_("Attract"),
    N_("The prospect is just becoming aware of the brand."),
    N_("Increase visibility and grow the audience with more impressions and deeper conversations."),
    { N_("Which channels are being used?"),
      N_("Which content is being consumed?"),
      N_("How many people consumed the content?"),
      N_("How often do content consumers share content?") } },
  { "s-capture", N_("Capture"),
    N_("Find out who the prospect is and what they want, to start a conversation that fits their interests."),
    N_("Increase the number of known prospects in the funnel and learn as much as possible about them."),
    { N_("How many content consumers became known visitors?"),
      N_("Which calls to action work best, and with which audiences?"),
      N_("Which channels work best?") } },
  { "s-nurture", N_("Nurture"),
    N_("Build a relationship through a series of timed touches that move the prospect along and keep the brand top of mind."),
    N_("Make sure leads are ready to buy when the time comes."),
    { N_("How many marketing qualified leads are generated?"),
      N_("Which automated programs work best?"),
      N_("What drives lead scores up?") } },
  { "s-convert", N_("Convert"),
    N_("A lead becomes an opportunity, or an opportunity becomes a sale."),
    N_("Create higher-quality leads at a lower cost per lead and per customer."),
    { N_("How many sales qualified leads are generated?"),
      N_("Which campaigns close opportunities best?"),
      N_("How often do content consumers become customers?") } },
  { "s-expand", N_("Expand"),
    N_("Once the prospect becomes a customer, the journey goes on: deeper relationships drive revenue growth."),
    N_("Grow lifetime value and turn customers into advocates."),
    { N_("How many resells, upsells and cross-sells are generated?"),
      N_("Which customer marketing programs work best?"),
      N_("How often do customers become repeat customers?"),
      N_("Which loyalty programs give the best results?"),
      N_("How much revenue comes from existing customers?") } },
};

static const TemplateStage services_stages[] = {
  { "s-pre-purchase", N_("Pre-purchase experience"),
    N_("The prospect learns about the firm, meets its people and decides whether to hire it."),
    N_("Turn the right prospects into clients."),
    { N_("How do prospects first hear of the firm?"),
      N_("What makes a prospect ask for a proposal?"),
      N_("Why do prospects decide against the firm?") },
    { { NULL } },
    { { N_("Hired"), "s-client", NAN },
      { N_("Not now"), "s-between", NAN },
      { N_("No way"), NULL, NAN } } },
  { "s-client", N_("Client experience"),
    N_("The engagement itself: the work, the team and how the client feels about both."),
    N_("Deliver work that makes the client want to come back and recommend the firm."),
    { N_("How satisfied is the client with the work and the team?"),
      N_("Which moments of the engagement matter most to the client?") } },
  { "s-between", N_("Between engagements"),
    N_("The time between two engagements, when the firm keeps in touch."),
    N_("Stay top of mind until the next need arises."),
    { N_("How often does the firm reach out between engagements?"),
      N_("Which content keeps former and future clients engaged?") } },
  { "s-former", N_("Former client"),
    N_("The client no longer works with the firm but may still refer others or return."),
    N_("Keep former clients as advocates and referrers."),
    { N_("Why did the client leave?"),
      N_("How many referrals come from former clients?") } },
};

static const TemplateStage buyer_stages[] = {
  { "s-out-of-market", N_("Out of market"),
    N_("The buyer has no need yet but forms impressions of vendors."),
    N_("Be known for expertise before the need arises."),
    { N_("Where do buyers meet the brand before they need it?") },
    { { N_("Industry conferences"), "ch-events" },
      { N_("Thought leadership"), "ch-web" } } },
  { "s-trigger", N_("Trigger"),
    N_("Something happens that makes the buyer look for a solution."),
    N_("Be found when the buyer starts looking."),
    { N_("Which events make buyers start looking?") },
    { { N_("Web search"), "ch-web" },
      { N_("Video platforms"), "ch-video" },
      { N_("Niche blogs"), "ch-web" } } },
  { "s-consideration", N_("Initial brand consideration"),
    N_("The buyer draws up a first list of vendors."),
    N_("Make the first list."),
    { N_("Which vendors are on the buyer's first list, and why?") },
    { { N_("Vendor websites"), "ch-web" },
      { N_("Comparison and review portals"), "ch-web" } } },
  { "s-evaluation", N_("Active evaluation"),
    N_("The buyer compares the vendors in depth."),
    N_("Give the buyer the evidence they need to choose."),
    { N_("Which evidence convinces buyers?") },
    { { N_("Research reports"), "ch-web" },
      { N_("Case studies"), "ch-web" },
      { N_("References"), "ch-phone" },
      { N_("Live demo"), "ch-meeting" } } },
  { "s-decision", N_("Purchase decision"),
    N_("The buyer chooses and signs."),
    N_("Make buying easy."),
    { N_("What slows the purchase down?") },
    { { N_("Direct contact with sales"), "ch-meeting" },
      { N_("Contract"), "ch-email" } } },
  { "s-experience", N_("Experience"),
    N_("The buyer starts using what they bought."),
    N_("Get the customer to value quickly."),
    { N_("How long does it take a customer to see value?") },
    { { N_("Onboarding material"), "ch-web" },
      { N_("Manuals"), "ch-web" },
      { N_("Training"), "ch-meeting" } } },
  { "s-loyalty", N_("Loyalty"),
    N_("The customer stays, buys again and recommends."),
    N_("Keep customers and turn them into advocates."),
    { N_("Why do customers stay or leave?") },
    { { N_("Customer service by phone or email"), "ch-phone" },
      { N_("Live chat"), "ch-chat" },
      { N_("Self-service"), "ch-web" },
      { N_("Knowledge base"), "ch-web" } } },
};

static const Template templates[] = {
  { "b2b-lifecycle", N_("B2B Lifecycle"),
    N_("Five stages from first contact to loyal customer: Attract, Capture, Nurture, Convert, Expand"),
    "view-continuous-symbolic", N_("B2B customer lifecycle"),
    b2b_stages, G_N_ELEMENTS (b2b_stages) },
  { "professional-services", N_("Professional Services"),
    N_("Four stages of a client relationship, with the outcomes Hired, Not now and No way"),
    "system-users-symbolic", N_("Professional services client journey"),
    services_stages, G_N_ELEMENTS (services_stages) },
  { "buyer-journey", N_("Buyer Journey"),
    N_("Seven stages from out of market to loyalty, with typical touchpoints"),
    "find-location-symbolic", N_("Buyer journey"),
    buyer_stages, G_N_ELEMENTS (buyer_stages) },
  { "blank", N_("Blank Journey"),
    N_("No stages yet: the default lanes and roles only"),
    "document-new-symbolic", N_("Untitled journey"),
    NULL, 0 },
};

static const struct {
  const char         *id;
  const char         *name;
  WaymarkPerspective  perspective;
} default_lanes[] = {
  { "l-customer", N_("Customer"), WAYMARK_PERSPECTIVE_CUSTOMER },
  { "l-marketing", N_("Marketing"), WAYMARK_PERSPECTIVE_COMPANY },
  { "l-sales", N_("Sales"), WAYMARK_PERSPECTIVE_COMPANY },
  { "l-service", N_("Service"), WAYMARK_PERSPECTIVE_COMPANY },
};

/* GNOME palette: blue 3, orange 4, green 4 */
static const struct {
  const char *id;
  const char *name;
  const char *color;
} default_roles[] = {
  { "r-marketing", N_("Marketing"), "#3584e4" },
  { "r-sales", N_("Sales"), "#e66100" },
  { "r-service", N_("Service"), "#2ec27e" },
};

static const struct {
  const char *id;
  const char *name;
} buyer_channels[] = {
  { "ch-web", N_("Website") },
  { "ch-video", N_("Video") },
  { "ch-events", N_("Events") },
  { "ch-email", N_("Email") },
  { "ch-phone", N_("Phone") },
  { "ch-chat", N_("Live chat") },
  { "ch-meeting", N_("Meeting") },
};

static const Template *
find_template (const char *template_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (templates[i].id, template_id) == 0)
      return &templates[i];

  return NULL;
}

/**
 * waymark_templates_get_ids:
 *
 * Returns: (transfer none): the template ids, in the order to offer them
 */
const char * const *
waymark_templates_get_ids (void)
{
  static const char *ids[G_N_ELEMENTS (templates) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
      ids[i] = templates[i].id;

  return ids;
}

const char *
waymark_templates_get_title (const char *template_id)
{
  const Template *t = find_template (template_id);

  return t ? _(t->title) : NULL;
}

const char *
waymark_templates_get_description (const char *template_id)
{
  const Template *t = find_template (template_id);

  return t ? _(t->description) : NULL;
}

const char *
waymark_templates_get_icon_name (const char *template_id)
{
  const Template *t = find_template (template_id);

  return t ? t->icon_name : NULL;
}

static void
add_stage (WaymarkJourney      *journey,
           const TemplateStage *ts,
           guint               *n_touchpoints)
{
  g_autoptr(WaymarkStage) stage = waymark_stage_new (ts->id);
  g_autoptr(GPtrArray) questions = g_ptr_array_new ();

  waymark_stage_set_name (stage, _(ts->name));
  waymark_stage_set_description (stage, _(ts->description));
  waymark_stage_set_goal (stage, _(ts->goal));

  for (guint i = 0; ts->questions[i]; i++)
    g_ptr_array_add (questions, (char *)_(ts->questions[i]));
  g_ptr_array_add (questions, NULL);
  waymark_stage_set_questions (stage, (const char * const *)questions->pdata);

  for (guint i = 0; ts->outcomes[i].name; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-outcome-%u", ts->id, i + 1);
      g_autoptr(WaymarkOutcome) outcome = waymark_outcome_new (id);

      waymark_outcome_set_name (outcome, _(ts->outcomes[i].name));
      waymark_outcome_set_next (outcome, ts->outcomes[i].next);
      waymark_outcome_set_share (outcome, ts->outcomes[i].share);
      g_list_store_append (G_LIST_STORE (waymark_stage_get_outcomes (stage)), outcome);
    }

  for (guint i = 0; ts->touchpoints[i].title; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", ++*n_touchpoints);
      g_autoptr(WaymarkTouchpoint) tp = waymark_touchpoint_new (id);

      waymark_touchpoint_set_title (tp, _(ts->touchpoints[i].title));
      waymark_touchpoint_set_stage (tp, ts->id);
      waymark_touchpoint_set_lane (tp, "l-customer");
      waymark_touchpoint_set_order (tp, i);
      waymark_touchpoint_set_channel (tp, ts->touchpoints[i].channel);
      g_list_store_append (G_LIST_STORE (waymark_journey_get_touchpoints (journey)), tp);
    }

  g_list_store_append (G_LIST_STORE (waymark_journey_get_stages (journey)), stage);
}

/* Stage ids are "s-name"; the handoff between two is "h-name-name". */
static char *
handoff_id (const char *from,
            const char *to)
{
  return g_strdup_printf ("h-%s-%s", from + 2, to + 2);
}

/**
 * waymark_templates_create:
 *
 * Returns: (transfer full): a new journey from the template, or %NULL with
 *   @error set when there is no such template
 */
WaymarkJourney *
waymark_templates_create (const char  *template_id,
                          GError     **error)
{
  const Template *t = find_template (template_id);
  g_autoptr(WaymarkJourney) journey = NULL;
  GListStore *lanes, *roles, *handoffs, *channels;
  guint n_touchpoints = 0;

  if (t == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **)waymark_templates_get_ids ());

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no template “%s”; the templates are %s"),
                   template_id, known);
      return NULL;
    }

  journey = waymark_journey_new ();
  waymark_journey_set_title (journey, _(t->journey_title));

  lanes = G_LIST_STORE (waymark_journey_get_lanes (journey));
  for (guint i = 0; i < G_N_ELEMENTS (default_lanes); i++)
    {
      g_autoptr(WaymarkLane) lane = waymark_lane_new (default_lanes[i].id);

      waymark_lane_set_name (lane, _(default_lanes[i].name));
      waymark_lane_set_perspective (lane, default_lanes[i].perspective);
      g_list_store_append (lanes, lane);
    }

  roles = G_LIST_STORE (waymark_journey_get_roles (journey));
  for (guint i = 0; i < G_N_ELEMENTS (default_roles); i++)
    {
      g_autoptr(WaymarkRole) role = waymark_role_new (default_roles[i].id);

      waymark_role_set_name (role, _(default_roles[i].name));
      waymark_role_set_color (role, default_roles[i].color);
      g_list_store_append (roles, role);
    }

  if (t->stages == buyer_stages)
    {
      channels = G_LIST_STORE (waymark_journey_get_channels (journey));
      for (guint i = 0; i < G_N_ELEMENTS (buyer_channels); i++)
        {
          g_autoptr(WaymarkChannel) channel = waymark_channel_new (buyer_channels[i].id);

          waymark_channel_set_name (channel, _(buyer_channels[i].name));
          g_list_store_append (channels, channel);
        }
    }

  for (guint i = 0; i < t->n_stages; i++)
    add_stage (journey, &t->stages[i], &n_touchpoints);

  handoffs = G_LIST_STORE (waymark_journey_get_handoffs (journey));
  for (guint i = 0; i + 1 < t->n_stages; i++)
    {
      g_autofree char *id = handoff_id (t->stages[i].id, t->stages[i + 1].id);
      g_autoptr(WaymarkHandoff) handoff = waymark_handoff_new (id);

      waymark_handoff_set_from (handoff, t->stages[i].id);
      waymark_handoff_set_to (handoff, t->stages[i + 1].id);
      g_list_store_append (handoffs, handoff);
    }

  return g_steal_pointer (&journey);
}
