/* waymark-generate.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-generate.h"

/* Makes large, realistic journeys for the benchmarks and the robustness
 * tests: stages, lanes, channels, personas, roles, handoffs, activities, an
 * accountability matrix, content, and touchpoints with notes, emotions and
 * personas, all with UUID-like ids as the application makes them. The same
 * arguments always give the same bytes. */

static const char * const stage_names[] = {
  "Attract", "Capture", "Nurture", "Convert", "Onboard", "Adopt", "Expand",
  "Renew", "Advocate", "Win back", "Evaluate", "Decide",
};

static const char * const lane_names[] = {
  "Customer actions", "Frontstage", "Backstage", "Support processes",
  "Marketing", "Sales", "Service", "Partners",
};

static const char * const channel_names[] = {
  "Email", "Website", "Phone", "Event", "Social", "Chat", "Webinar", "Partner",
  "In person", "Mobile app",
};

static const char * const role_names[] = {
  "Marketing", "Sales", "Service", "Product", "Finance", "Partners",
};

static const char * const words[] = {
  "the", "customer", "asks", "for", "a", "quote", "and", "compares", "offers",
  "from", "three", "vendors", "before", "deciding", "whether", "to", "book",
  "demo", "with", "sales", "team", "reviews", "contract", "terms", "café",
  "naïve", "ผู้ซื้อ", "follow-up", "within", "48h", "—", "renewal", "risk",
};

static void
append_escaped (GString    *out,
                const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
make_id (GRand *rand)
{
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%08x%04x",
                          g_rand_int (rand),
                          g_rand_int (rand) & 0xffff,
                          g_rand_int (rand) & 0xfff,
                          0x8000 | (g_rand_int (rand) & 0x3fff),
                          g_rand_int (rand),
                          g_rand_int (rand) & 0xffff);
}

static char *
make_text (GRand *rand,
           guint  min_words,
           guint  max_words)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, min_words, max_words + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, (i % 17 == 16) ? '\n' : ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  return g_string_free (text, FALSE);
}

static void
append_ids (GString    *out,
            const char *key,
            GPtrArray  *ids,
            guint       count)
{
  g_string_append_printf (out, ", \"%s\": [", key);
  for (guint i = 0; i < count; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_escaped (out, g_ptr_array_index (ids, i));
    }
  g_string_append_c (out, ']');
}

/**
 * waymark_generate_journey:
 * @n_touchpoints: how many touchpoints
 * @seed: for the random choices
 * @title: the journey's title
 *
 * Returns: (transfer full): a valid .waymark file, not in canonical form
 */
GBytes *
waymark_generate_journey (guint        n_touchpoints,
                          guint32      seed,
                          const char  *title)
{
  return waymark_generate_journey_sized (n_touchpoints,
                                         CLAMP (n_touchpoints / 1000 + 5, 5, G_N_ELEMENTS (stage_names)),
                                         CLAMP (n_touchpoints / 2000 + 4, 4, G_N_ELEMENTS (lane_names)),
                                         seed, title);
}

/**
 * waymark_generate_journey_sized:
 * @n_stages: 1 to 12
 * @n_lanes: 1 to 8
 *
 * The same as waymark_generate_journey() on a grid of a size of one's
 * choosing, for the map's benchmark (12 stages x 8 lanes).
 *
 * Returns: (transfer full): a valid .waymark file, not in canonical form
 */
GBytes *
waymark_generate_journey_sized (guint        n_touchpoints,
                                guint        n_stages,
                                guint        n_lanes,
                                guint32      seed,
                                const char  *title)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) personas = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_sized_new (n_touchpoints * 400 + 65536);
  static const char * const perspectives[] = { "customer", "company", "other" };
  static const char * const kinds[] = { "touchpoint", "decision", "pain", "opportunity" };
  static const char * const racis[] = { "RA", "R", "C", "I", "A", "CI" };

  n_stages = CLAMP (n_stages, 1, G_N_ELEMENTS (stage_names));
  n_lanes = CLAMP (n_lanes, 1, G_N_ELEMENTS (lane_names));

  g_string_append (out, "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": ");
  append_escaped (out, title);
  g_string_append (out, ", \"description\": \"A generated journey for benchmarks.\"");

  g_string_append (out, ", \"personas\": [");
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = make_text (rand, 5, 20);

      g_ptr_array_add (personas, make_id (rand));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"Persona %u\", \"description\": ",
                              i ? ", " : "", (char *)personas->pdata[i], i + 1);
      append_escaped (out, text);
      g_string_append_c (out, '}');
    }

  for (guint i = 0; i < n_stages; i++)
    g_ptr_array_add (stages, make_id (rand));

  g_string_append (out, "], \"stages\": [");
  for (guint i = 0; i < n_stages; i++)
    {
      g_autofree char *goal = make_text (rand, 8, 20);
      g_autofree char *metric = make_id (rand);
      g_autofree char *won = make_id (rand);
      g_autofree char *lost = make_id (rand);

      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"%s\", \"goal\": ",
                              i ? ", " : "", (char *)stages->pdata[i], stage_names[i]);
      append_escaped (out, goal);
      g_string_append_printf (out, ", \"questions\": [\"Which channels work best?\", "
                              "\"How many move on?\"], \"metrics\": [{\"id\": \"%s\", "
                              "\"name\": \"Conversion\", \"value\": %u, \"target\": 0.%u, "
                              "\"unit\": \"people\"}], \"outcomes\": [{\"id\": \"%s\", "
                              "\"name\": \"Moves on\", \"share\": 0.6",
                              metric, g_rand_int_range (rand, 10, 100000),
                              g_rand_int_range (rand, 1, 99), won);
      if (i + 1 < n_stages)
        g_string_append_printf (out, ", \"next\": \"%s\"", (char *)stages->pdata[i + 1]);
      g_string_append_printf (out, "}, {\"id\": \"%s\", \"name\": \"Drops out\", "
                              "\"share\": 0.4}]}", lost);
    }

  g_string_append (out, "], \"lanes\": [");
  for (guint i = 0; i < n_lanes; i++)
    {
      g_ptr_array_add (lanes, make_id (rand));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"%s\", \"perspective\": \"%s\", "
                              "\"color\": \"#%06x\"}",
                              i ? ", " : "", (char *)lanes->pdata[i], lane_names[i],
                              perspectives[MIN (i, 2)], g_rand_int (rand) & 0xffffff);
    }

  g_string_append (out, "], \"channels\": [");
  for (guint i = 0; i < G_N_ELEMENTS (channel_names); i++)
    {
      g_ptr_array_add (channels, make_id (rand));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"%s\"}",
                              i ? ", " : "", (char *)channels->pdata[i], channel_names[i]);
    }

  g_string_append (out, "], \"touchpoints\": [");
  for (guint i = 0; i < n_touchpoints; i++)
    {
      g_autofree char *id = make_id (rand);
      g_autofree char *tp_title = make_text (rand, 2, 6);
      guint stage = g_rand_int_range (rand, 0, n_stages);
      guint lane = g_rand_int_range (rand, 0, n_lanes);

      g_string_append_printf (out, "%s{\"id\": \"%s\", \"title\": ", i ? ", " : "", id);
      append_escaped (out, tp_title);
      g_string_append_printf (out, ", \"stage\": \"%s\", \"lane\": \"%s\", \"order\": %u",
                              (char *)stages->pdata[stage], (char *)lanes->pdata[lane], i);
      if (g_rand_boolean (rand))
        g_string_append_printf (out, ", \"channel\": \"%s\"",
                                (char *)channels->pdata[g_rand_int_range (rand, 0, channels->len)]);
      if (g_rand_int_range (rand, 0, 3) != 0)
        {
          g_autofree char *notes = make_text (rand, 5, 40);

          g_string_append (out, ", \"notes\": ");
          append_escaped (out, notes);
        }
      if (g_rand_boolean (rand))
        g_string_append_printf (out, ", \"emotion\": %d", g_rand_int_range (rand, -2, 3));
      if (g_rand_int_range (rand, 0, 4) == 0)
        append_ids (out, "personas", personas, g_rand_int_range (rand, 1, 3));
      if (g_rand_int_range (rand, 0, 3) == 0)
        g_string_append_printf (out, ", \"kind\": \"%s\"",
                                kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))]);
      g_string_append_c (out, '}');
    }

  g_string_append (out, "], \"roles\": [");
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    {
      g_ptr_array_add (roles, make_id (rand));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"%s\", \"color\": \"#%06x\"}",
                              i ? ", " : "", (char *)roles->pdata[i], role_names[i],
                              g_rand_int (rand) & 0xffffff);
    }

  g_string_append (out, "], \"handoffs\": [");
  for (guint i = 0; i + 1 < n_stages; i++)
    {
      g_autofree char *id = make_id (rand);

      g_ptr_array_add (rows, g_strdup (stages->pdata[i]));
      g_ptr_array_add (rows, g_strdup (id));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", "
                              "\"name\": \"%s to %s\", \"agreement\": \"Within two working days\"}",
                              i ? ", " : "", id, (char *)stages->pdata[i],
                              (char *)stages->pdata[i + 1], stage_names[i], stage_names[i + 1]);
    }
  g_ptr_array_add (rows, g_strdup (stages->pdata[n_stages - 1]));

  g_string_append (out, "], \"activities\": [");
  for (guint i = 0; i < n_stages * 3; i++)
    {
      g_autofree char *id = make_id (rand);

      g_ptr_array_add (rows, g_strdup (id));
      g_string_append_printf (out, "%s{\"id\": \"%s\", \"name\": \"Activity %u\", "
                              "\"stage\": \"%s\", \"description\": \"Weekly review\"}",
                              i ? ", " : "", id, i + 1, (char *)stages->pdata[i / 3]);
    }

  g_string_append (out, "], \"accountability\": [");
  for (guint i = 0; i < rows->len; i++)
    for (guint j = 0; j < roles->len; j++)
      g_string_append_printf (out, "%s{\"row\": \"%s\", \"role\": \"%s\", \"raci\": \"%s\"}",
                              (i || j) ? ", " : "", (char *)rows->pdata[i],
                              (char *)roles->pdata[j],
                              racis[(i + j) % G_N_ELEMENTS (racis)]);

  g_string_append (out, "], \"content\": [");
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = make_id (rand);

      g_string_append_printf (out, "%s{\"id\": \"%s\", \"title\": \"Case study %u\", "
                              "\"type\": \"case study\"",
                              i ? ", " : "", id, i + 1);
      append_ids (out, "personas", personas, 1);
      g_string_append_printf (out, ", \"question\": \"Does it work for us?\", "
                              "\"stages\": [\"%s\"], \"url\": \"https://example.org/%u\"}",
                              (char *)stages->pdata[i % n_stages], i);
    }
  g_string_append (out, "]}}\n");

  return g_string_free_to_bytes (out);
}
