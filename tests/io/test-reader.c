/* test-reader.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "waymark-json-scan.h"
#include "waymark-reader-private.h"

/* One case per check of the loader: a small broken document and the exact
 * line the user sees. Documents are written with ' for " to stay readable;
 * the replacement keeps every line and column. */

typedef struct
{
  const char *name;
  const char *json;
  const char *message;
  int         code;
} ReaderCase;

#define NAME "t.waymark"

/* A journey with one stage s1 and whatever members @x adds. */
#define J(x) "{'format':'waymark','version':1,'journey':{'title':'T','stages':[{'id':'s1','name':'A'}]," x "}}"
/* A journey whose stages are @x. */
#define S(x) "{'format':'waymark','version':1,'journey':{'title':'T','stages':[" x "]}}"
/* A journey with stage s1, lane l1 and the touchpoints @x. */
#define T(x) J ("'lanes':[{'id':'l1','name':'L','perspective':'customer'}],'touchpoints':[" x "]")
/* A journey with stage s1, role r1 and the assignments @x. */
#define A(x) J ("'roles':[{'id':'r1','name':'R'}],'accountability':[" x "]")

#define SYNTAX WAYMARK_READER_ERROR_SYNTAX
#define INVALID WAYMARK_READER_ERROR_INVALID
#define NEWER WAYMARK_READER_ERROR_NEWER_VERSION

static const ReaderCase cases[] = {
  /* Not JSON: the parser's line and column. */
  { "syntax/extra-comma", "{\n  'format': 'waymark',\n  'version': 1,,\n}",
    NAME ":3:16: not valid JSON: a key is missing before “,”", SYNTAX },
  { "syntax/trailing-garbage", "{} x",
    NAME ":1:4: not valid JSON: more follows the end of the document; a file holds one JSON value",
    SYNTAX },
  { "syntax/crlf", "{\r\n'a':\r\n,}",
    NAME ":3:1: not valid JSON: a value is missing before “,”", SYNTAX },
  { "empty/whitespace", "  \n ", NAME ": the file is empty", SYNTAX },

  /* The root. */
  { "root/array", "[]", NAME ": root: expected an object, found an array", INVALID },
  { "root/string", "'waymark'", NAME ": root: expected an object, found a string", INVALID },
  { "root/null", "null", NAME ": root: expected an object, found null", INVALID },
  { "format/wrong", "{'format':'other','version':1,'journey':{}}",
    NAME ": format: expected “waymark”, found “other”: this is not a Waymark file", INVALID },
  { "format/missing", "{'version':1,'journey':{}}",
    NAME ": format: required field is missing", INVALID },
  { "format/number", "{'format':1,'version':1,'journey':{}}",
    NAME ": format: expected a string, found a number", INVALID },
  { "version/missing", "{'format':'waymark','journey':{}}",
    NAME ": version: required field is missing", INVALID },
  { "version/string", "{'format':'waymark','version':'1','journey':{}}",
    NAME ": version: expected an integer, found a string", INVALID },
  { "version/fraction", "{'format':'waymark','version':1.5,'journey':{}}",
    NAME ": version: expected an integer, found a number", INVALID },
  { "version/zero", "{'format':'waymark','version':0,'journey':{}}",
    NAME ": version: 0 is less than 1", INVALID },
  { "version/newer", "{'format':'waymark','version':2,'journey':{}}",
    NAME ": version: made by a newer version of Waymark (file format 2, this version "
    "reads up to 1); update Waymark to open it", NEWER },
  { "version/newer-broken-journey", "{'format':'waymark','version':2,'journey':3}",
    NAME ": version: made by a newer version of Waymark (file format 2, this version "
    "reads up to 1); update Waymark to open it", NEWER },
  /* BUG: read_integer() says "99999999999 is less than 1". */
  { "version/newer-huge", "{'format':'waymark','version':99999999999,'journey':{}}",
    NAME ": version: made by a newer version of Waymark (file format 99999999999, this "
    "version reads up to 1); update Waymark to open it", NEWER },
  { "journey/missing", "{'format':'waymark','version':1}",
    NAME ": journey: required field is missing", INVALID },
  { "journey/array", "{'format':'waymark','version':1,'journey':[]}",
    NAME ": journey: expected an object, found an array", INVALID },

  /* Required fields, and wrong types of required and optional ones. */
  { "required/title", "{'format':'waymark','version':1,'journey':{'stages':[]}}",
    NAME ": journey.title: required field is missing", INVALID },
  { "type/title-number", "{'format':'waymark','version':1,'journey':{'title':5,'stages':[]}}",
    NAME ": journey.title: expected a string, found a number", INVALID },
  { "required/stages", "{'format':'waymark','version':1,'journey':{'title':''}}",
    NAME ": journey.stages: required field is missing", INVALID },
  { "type/stages-object", "{'format':'waymark','version':1,'journey':{'title':'','stages':{}}}",
    NAME ": journey.stages: expected an array, found an object", INVALID },
  { "type/stage-string", S ("'x'"),
    NAME ": journey.stages[0]: expected an object, found a string", INVALID },
  { "required/stage-id", S ("{'name':'A'}"),
    NAME ": journey.stages[0].id: required field is missing", INVALID },
  { "type/stage-id-number", S ("{'id':3,'name':'A'}"),
    NAME ": journey.stages[0].id: expected a string, found a number", INVALID },
  { "required/stage-name", S ("{'id':'s1'}"),
    NAME ": journey.stages[0].name: required field is missing", INVALID },
  { "type/stage-name-number", S ("{'id':'s1','name':12}"),
    NAME ": journey.stages[0].name: expected a string, found a number", INVALID },
  { "type/stage-description-number", S ("{'id':'s1','name':'A','description':1}"),
    NAME ": journey.stages[0].description: expected a string, found a number", INVALID },
  { "type/questions-string", S ("{'id':'s1','name':'A','questions':'q'}"),
    NAME ": journey.stages[0].questions: expected an array, found a string", INVALID },
  { "type/questions-object", S ("{'id':'s1','name':'A','questions':{}}"),
    NAME ": journey.stages[0].questions: expected an array, found an object", INVALID },
  { "type/questions-with-number", S ("{'id':'s1','name':'A','questions':['q',1]}"),
    NAME ": journey.stages[0].questions[1]: expected a string, found a number", INVALID },
  { "type/metrics-object", S ("{'id':'s1','name':'A','metrics':{}}"),
    NAME ": journey.stages[0].metrics: expected an array, found an object", INVALID },
  { "required/metric-name", S ("{'id':'s1','name':'A','metrics':[{'id':'m1'}]}"),
    NAME ": journey.stages[0].metrics[0].name: required field is missing", INVALID },
  { "type/metric-value-string",
    S ("{'id':'s1','name':'A','metrics':[{'id':'m1','name':'M','value':'12'}]}"),
    NAME ": journey.stages[0].metrics[0].value: expected a number, found a string", INVALID },
  { "type/metric-target-boolean",
    S ("{'id':'s1','name':'A','metrics':[{'id':'m1','name':'M','target':true}]}"),
    NAME ": journey.stages[0].metrics[0].target: expected a number, found a boolean", INVALID },
  { "type/lanes-object", J ("'lanes':{}"),
    NAME ": journey.lanes: expected an array, found an object", INVALID },
  { "required/lane-perspective", J ("'lanes':[{'id':'l1','name':'L'}]"),
    NAME ": journey.lanes[0].perspective: required field is missing", INVALID },
  { "required/touchpoint-stage", T ("{'id':'t1','title':'X','lane':'l1'}"),
    NAME ": journey.touchpoints[0].stage: required field is missing", INVALID },
  { "required/touchpoint-lane", T ("{'id':'t1','title':'X','stage':'s1'}"),
    NAME ": journey.touchpoints[0].lane: required field is missing", INVALID },
  { "required/touchpoint-title", T ("{'id':'t1','stage':'s1','lane':'l1'}"),
    NAME ": journey.touchpoints[0].title: required field is missing", INVALID },
  { "type/touchpoint-personas-object", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','personas':{}}"),
    NAME ": journey.touchpoints[0].personas: expected an array, found an object", INVALID },
  { "type/touchpoint-notes-array", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','notes':[]}"),
    NAME ": journey.touchpoints[0].notes: expected a string, found an array", INVALID },
  { "required/handoff-to", J ("'handoffs':[{'id':'h1','from':'s1'}]"),
    NAME ": journey.handoffs[0].to: required field is missing", INVALID },
  { "required/assignment-raci", A ("{'row':'s1','role':'r1'}"),
    NAME ": journey.accountability[0].raci: required field is missing", INVALID },
  { "required/assignment-row", A ("{'role':'r1','raci':'R'}"),
    NAME ": journey.accountability[0].row: required field is missing", INVALID },
  { "type/assignment-raci-number", A ("{'row':'s1','role':'r1','raci':3}"),
    NAME ": journey.accountability[0].raci: expected a string, found a number", INVALID },
  { "type/assignment-number", A ("3"),
    NAME ": journey.accountability[0]: expected an object, found a number", INVALID },
  { "required/content-title", J ("'content':[{'id':'c1'}]"),
    NAME ": journey.content[0].title: required field is missing", INVALID },

  /* Ids. */
  { "id/empty", S ("{'id':'','name':'A'}"),
    NAME ": journey.stages[0].id: an id may not be empty", INVALID },
  { "id/duplicate-in-list", S ("{'id':'s1','name':'A'},{'id':'s1','name':'B'}"),
    NAME ": journey.stages[1].id: the id “s1” is already used at journey.stages[0].id", INVALID },
  { "id/duplicate-across-lists", J ("'lanes':[{'id':'s1','name':'L','perspective':'customer'}]"),
    NAME ": journey.lanes[0].id: the id “s1” is already used at journey.stages[0].id", INVALID },
  { "id/duplicate-persona-stage",
    "{'format':'waymark','version':1,'journey':{'title':'T','personas':[{'id':'s1','name':'P'}],"
    "'stages':[{'id':'s1','name':'A'}]}}",
    NAME ": journey.stages[0].id: the id “s1” is already used at journey.personas[0].id", INVALID },
  { "id/duplicate-metric-stage",
    S ("{'id':'s1','name':'A'},{'id':'s2','name':'B','metrics':[{'id':'s1','name':'M'}]}"),
    NAME ": journey.stages[1].metrics[0].id: the id “s1” is already used at "
    "journey.stages[0].id", INVALID },
  { "id/duplicate-stage-metric",
    S ("{'id':'s1','name':'A','metrics':[{'id':'m1','name':'M'}]},{'id':'m1','name':'B'}"),
    NAME ": journey.stages[1].id: the id “m1” is already used at "
    "journey.stages[0].metrics[0].id", INVALID },
  { "id/duplicate-outcome-metric",
    S ("{'id':'s1','name':'A','metrics':[{'id':'x','name':'M'}],'outcomes':[{'id':'x','name':'O'}]}"),
    NAME ": journey.stages[0].outcomes[0].id: the id “x” is already used at "
    "journey.stages[0].metrics[0].id", INVALID },

  /* References to ids that do not exist. */
  { "ref/touchpoint-stage", T ("{'id':'t1','title':'X','stage':'s9','lane':'l1'}"),
    NAME ": journey.touchpoints[0].stage: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/touchpoint-lane", T ("{'id':'t1','title':'X','stage':'s1','lane':'l9'}"),
    NAME ": journey.touchpoints[0].lane: refers to “l9”, but there is no lane with that id", INVALID },
  { "ref/touchpoint-channel", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','channel':'c9'}"),
    NAME ": journey.touchpoints[0].channel: refers to “c9”, but there is no channel with that id", INVALID },
  { "ref/touchpoint-persona",
    J ("'personas':[{'id':'p1','name':'P'}],'lanes':[{'id':'l1','name':'L','perspective':'customer'}],"
       "'touchpoints':[{'id':'t1','title':'X','stage':'s1','lane':'l1','personas':['p1','p9']}]"),
    NAME ": journey.touchpoints[0].personas[1]: refers to “p9”, but there is no persona with that id", INVALID },
  { "ref/outcome-next", S ("{'id':'s1','name':'A','outcomes':[{'id':'o1','name':'O','next':'s9'}]}"),
    NAME ": journey.stages[0].outcomes[0].next: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/handoff-from", J ("'handoffs':[{'id':'h1','from':'s9','to':'s1'}]"),
    NAME ": journey.handoffs[0].from: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/handoff-to", J ("'handoffs':[{'id':'h1','from':'s1','to':'s9'}]"),
    NAME ": journey.handoffs[0].to: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/activity-stage", J ("'activities':[{'id':'a1','name':'A','stage':'s9'}]"),
    NAME ": journey.activities[0].stage: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/assignment-row", A ("{'row':'s9','role':'r1','raci':'R'}"),
    NAME ": journey.accountability[0].row: refers to “s9”, but there is no stage, handoff or "
    "activity with that id", INVALID },
  { "ref/assignment-role", A ("{'row':'s1','role':'r9','raci':'R'}"),
    NAME ": journey.accountability[0].role: refers to “r9”, but there is no role with that id", INVALID },
  { "ref/content-stage", J ("'content':[{'id':'c1','title':'C','stages':['s9']}]"),
    NAME ": journey.content[0].stages[0]: refers to “s9”, but there is no stage with that id", INVALID },
  { "ref/content-persona", J ("'content':[{'id':'c1','title':'C','personas':['p9']}]"),
    NAME ": journey.content[0].personas[0]: refers to “p9”, but there is no persona with that id", INVALID },

  /* References to the wrong kind. BUG: the messages say "not stage",
   * "not role": the article is missing. */
  { "kind/touchpoint-stage-is-lane", T ("{'id':'t1','title':'X','stage':'l1','lane':'l1'}"),
    NAME ": journey.touchpoints[0].stage: refers to “l1”, which is a lane, not a stage", INVALID },
  { "kind/assignment-row-is-role", A ("{'row':'r1','role':'r1','raci':'R'}"),
    NAME ": journey.accountability[0].row: refers to “r1”, which is a role, not a stage, "
    "handoff or activity", INVALID },
  { "kind/assignment-role-is-stage", A ("{'row':'s1','role':'s1','raci':'R'}"),
    NAME ": journey.accountability[0].role: refers to “s1”, which is a stage, not a role", INVALID },
  { "kind/outcome-next-is-metric",
    S ("{'id':'s1','name':'A','metrics':[{'id':'m1','name':'M'}],'outcomes':[{'id':'o1','name':'O','next':'m1'}]}"),
    NAME ": journey.stages[0].outcomes[0].next: refers to “m1”, which is a metric, not a stage", INVALID },

  /* Values. */
  { "raci/unknown-letter", A ("{'row':'s1','role':'r1','raci':'RX'}"),
    NAME ": journey.accountability[0].raci: “RX” has a letter other than R, A, C and I", INVALID },
  { "raci/lower-case", A ("{'row':'s1','role':'r1','raci':'r'}"),
    NAME ": journey.accountability[0].raci: “r” has a letter other than R, A, C and I", INVALID },
  { "raci/repeated-letter", A ("{'row':'s1','role':'r1','raci':'RAR'}"),
    NAME ": journey.accountability[0].raci: “RAR” has the letter R more than once", INVALID },
  { "emotion/above", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','emotion':3}"),
    NAME ": journey.touchpoints[0].emotion: 3 is outside -2..2", INVALID },
  { "emotion/below", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','emotion':-3}"),
    NAME ": journey.touchpoints[0].emotion: -3 is outside -2..2", INVALID },
  { "emotion/fraction", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','emotion':1.5}"),
    NAME ": journey.touchpoints[0].emotion: expected an integer, found a number", INVALID },
  { "emotion/string", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','emotion':'1'}"),
    NAME ": journey.touchpoints[0].emotion: expected an integer, found a string", INVALID },
  { "share/above", S ("{'id':'s1','name':'A','outcomes':[{'id':'o1','name':'O','share':1.5}]}"),
    NAME ": journey.stages[0].outcomes[0].share: 1.5 is outside 0..1", INVALID },
  /* BUG: the value is printed with 17 digits, "-0.10000000000000001". */
  { "share/below", S ("{'id':'s1','name':'A','outcomes':[{'id':'o1','name':'O','share':-0.1}]}"),
    NAME ": journey.stages[0].outcomes[0].share: -0.1 is outside 0..1", INVALID },
  { "color/lane", J ("'lanes':[{'id':'l1','name':'L','perspective':'customer','color':'red'}]"),
    NAME ": journey.lanes[0].color: “red” is not a colour of the form #rrggbb", INVALID },
  { "color/role", J ("'roles':[{'id':'r1','name':'R','color':'#12345g'}]"),
    NAME ": journey.roles[0].color: “#12345g” is not a colour of the form #rrggbb", INVALID },
  { "color/role-short", J ("'roles':[{'id':'r1','name':'R','color':'#123'}]"),
    NAME ": journey.roles[0].color: “#123” is not a colour of the form #rrggbb", INVALID },
  { "perspective/unknown", J ("'lanes':[{'id':'l1','name':'L','perspective':'vendor'}]"),
    NAME ": journey.lanes[0].perspective: “vendor” is not one of customer, company, other", INVALID },
  { "kind/unknown", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','kind':'idea'}"),
    NAME ": journey.touchpoints[0].kind: “idea” is not one of touchpoint, decision, pain, "
    "opportunity", INVALID },
  { "order/negative", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','order':-1}"),
    NAME ": journey.touchpoints[0].order: -1 is less than 0", INVALID },
  { "order/fraction", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','order':0.5}"),
    NAME ": journey.touchpoints[0].order: expected an integer, found a number", INVALID },
  { "order/too-large", T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','order':3000000000}"),
    NAME ": journey.touchpoints[0].order: 3000000000 is outside 0..2147483647", INVALID },

  /* Repeated keys: json-glib 1.6 would keep the last value without a word,
   * so the bytes are checked first and the place is a line and column. */
  { "duplicate-key/root",
    "{'format':'waymark','format':'waymark','version':1,'journey':{'title':'','stages':[]}}",
    NAME ":1:21: the key “format” appears twice in one object", INVALID },
  { "duplicate-key/journey",
    "{'format':'waymark','version':1,'journey':{'title':'a','title':'b','stages':[]}}",
    NAME ":1:56: the key “title” appears twice in one object", INVALID },
  { "duplicate-key/stage", S ("{'id':'s1','name':'A','name':'B'}"),
    NAME ":1:88: the key “name” appears twice in one object", INVALID },
  { "duplicate-key/touchpoint",
    T ("{'id':'t1','title':'X','stage':'s1','lane':'l1','emotion':1,'emotion':2}"),
    NAME ":1:223: the key “emotion” appears twice in one object", INVALID },
  { "duplicate-key/unknown-member",
    "{'format':'waymark','version':1,'journey':{'title':'','stages':[]},'x':{'a':1,'a':2}}",
    NAME ":1:79: the key “a” appears twice in one object", INVALID },
  /* Strings json-glib 1.6 would cut short or turn into bytes that are not
   * UTF-8, and numbers beyond a double. */
  { "string/nul", "{'format':'waymark','version':1,'journey':{'title':'a\\u0000b','stages':[]}}",
    NAME ":1:54: a string holds the character \\u0000, which Waymark cannot keep", INVALID },
  { "string/lone-surrogate", "{'format':'waymark','version':1,'journey':{'title':'\\ud800x','stages':[]}}",
    NAME ":1:53: a string holds half of a UTF-16 surrogate pair (\\ud800) without the other half", INVALID },
  { "string/escaped-duplicate-key", "{'format':'waymark','version':1,'journey':{'title':'a','\\u0074itle':'b','stages':[]}}",
    NAME ":1:56: the key “title” appears twice in one object", INVALID },
  { "number/infinite", "{'format':'waymark','version':1,'journey':{'title':'','stages':[]},'x':-1e400}",
    NAME ":1:72: the number -1e400 is too large for a double", INVALID },
  /* Integers beyond 64 bits, which json-glib 1.6 would misread. */
  { "number/integer-too-large", S ("{'id':'s1','name':'A','metrics':[{'id':'m','name':'M','value':100000000000000000000000}]}"),
    NAME ":1:128: the integer 100000000000000000000000 is too large; write it with an exponent", INVALID },
  { "number/integer-2-63", "{'format':'waymark','version':1,'journey':{'title':'','stages':[]},'x':9223372036854775808}",
    NAME ":1:72: the integer 9223372036854775808 is too large; write it with an exponent", INVALID },
};

static GBytes *
bytes_from_quoted (const char *json)
{
  char *data = g_strdup (json);

  for (char *p = data; *p; p++)
    if (*p == '\'')
      *p = '"';

  return g_bytes_new_take (data, strlen (data));
}

/* Loads @bytes and checks that it is refused with exactly @message. */
static void
assert_refused (GBytes     *bytes,
                const char *message,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  /* Reading while the tree is built gives up too, for the whole tree to
   * tell what is wrong. */
  if (len <= WAYMARK_READER_MAX_SIZE && waymark_json_scan (NAME, data, len, NULL))
    {
      journey = _waymark_reader_stream (NAME, data, len);
      g_assert_null (journey);
    }

  journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_assert_null (journey);
  g_assert_nonnull (error);
  if (error == NULL)
    return;

  g_assert_cmpstr (error->message, ==, message);
  g_assert_true (error->domain == WAYMARK_READER_ERROR);
  if (code >= 0)
    g_assert_cmpint (error->code, ==, code);
  /* One line, always. */
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_case (gconstpointer data)
{
  const ReaderCase *c = data;
  g_autoptr(GBytes) bytes = bytes_from_quoted (c->json);

  assert_refused (bytes, c->message, c->code);
}

/* An empty file, as GBytes hold it in three ways. BUG: a GBytes of size 0
 * whose data is NULL (g_bytes_new (NULL, 0), or g_bytes_new ("", 0))
 * reaches json_parser_load_from_data (parser, NULL, 0): a critical, then
 * set_syntax_error() dereferences the NULL parse_error. */
static void
test_empty (void)
{
  /* In a subprocess: the bug crashes. */
  if (g_test_subprocess ())
    {
      g_autoptr(GBytes) static_empty = g_bytes_new_static ("", 0);
      g_autoptr(GBytes) taken = g_bytes_new_take (g_strdup (""), 0);
      g_autoptr(GBytes) from_null = g_bytes_new (NULL, 0);

      assert_refused (static_empty, NAME ": the file is empty", SYNTAX);
      assert_refused (taken, NAME ": the file is empty", SYNTAX);
      assert_refused (from_null, NAME ": the file is empty", SYNTAX);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr_unmatched ("*CRITICAL*");
}

static void
test_invalid_utf8 (void)
{
  static const char data1[] = "{'format': 'waymark',\n 'x': 'ab\xff'}";
  static const char data2[] = "{\n  'a': '\xc3\xa9\xc3'}";
  g_autoptr(GBytes) bytes1 = bytes_from_quoted (data1);
  g_autoptr(GBytes) bytes2 = bytes_from_quoted (data2);

  /* The column counts characters: é is one. */
  assert_refused (bytes1, NAME ":2:10: not valid UTF-8 text", SYNTAX);
  assert_refused (bytes2, NAME ":2:10: not valid UTF-8 text", SYNTAX);
}

static GBytes *
journey_with_extra (const char *open,
                    guint       n,
                    const char *close)
{
  GString *str = g_string_new ("{\"format\": \"waymark\", \"version\": 1, "
                               "\"journey\": {\"title\": \"T\", \"stages\": [], \"x\": ");

  for (guint i = 0; i < n; i++)
    g_string_append (str, open);
  for (guint i = 0; i < n; i++)
    g_string_append (str, close);
  g_string_append (str, "}}");

  return g_string_free_to_bytes (str);
}

static void
test_deep_nesting (void)
{
  GString *str = g_string_new (NULL);
  g_autoptr(GBytes) deep = NULL;
  g_autoptr(GBytes) deep_objects = NULL;
  g_autoptr(GBytes) at_limit = NULL;
  g_autoptr(GBytes) over_limit = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;

  /* 100,000 unclosed brackets: refused at the 65th, no crash. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (str, '[');
  deep = g_string_free_to_bytes (str);
  assert_refused (deep, NAME ":1:65: nested deeper than 64 levels", -1);

  str = g_string_new (NULL);
  for (guint i = 0; i < 100000; i++)
    g_string_append (str, "{\"a\":");
  deep_objects = g_string_free_to_bytes (str);
  assert_refused (deep_objects, NAME ":1:321: nested deeper than 64 levels", -1);

  /* The root and the journey are two levels: 62 more make 64. The prefix
   * up to x's value is 81 characters. */
  at_limit = journey_with_extra ("[", 62, "]");
  journey = waymark_reader_load_bytes (at_limit, NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);

  over_limit = journey_with_extra ("[", 63, "]");
  assert_refused (over_limit, NAME ":1:144: nested deeper than 64 levels", -1);
}

static GBytes *
journey_with_title_of (gsize len)
{
  GString *str = g_string_new ("{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"");

  for (gsize i = 0; i < len; i++)
    g_string_append_c (str, 'a');
  g_string_append (str, "\", \"stages\": []}}");

  return g_string_free_to_bytes (str);
}

static void
test_long_string (void)
{
  g_autoptr(GBytes) too_long = journey_with_title_of (1024 * 1024 + 1);

  assert_refused (too_long, NAME ":1:58: a string longer than 1 MiB", -1);
}

/* A string of exactly 1 MiB is not longer than 1 MiB (the scan once
 * counted the opening quote). */
static void
test_string_of_one_mib (void)
{
  g_autoptr(GBytes) one_mib = journey_with_title_of (1024 * 1024);
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;

  journey = waymark_reader_load_bytes (one_mib, NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);
  if (journey != NULL)
    g_assert_cmpuint (strlen (waymark_journey_get_title (journey)), ==, 1024 * 1024);
}

static void
test_too_large (void)
{
  gsize len = 65 * 1024 * 1024;
  char *data = g_malloc (len + 2);
  g_autoptr(GBytes) bytes = NULL;

  memset (data, ' ', len);
  data[len] = '{';
  data[len + 1] = '}';
  bytes = g_bytes_new_take (data, len + 2);

  assert_refused (bytes, NAME ": the file is larger than the 64 MiB limit (68157442 bytes)",
                  WAYMARK_READER_ERROR_TOO_LARGE);
}

static void
test_too_many_objects (void)
{
  GString *str = g_string_new ("{\"format\": \"waymark\", \"version\": 1, "
                               "\"journey\": {\"title\": \"T\", \"stages\": [], \"x\": [");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 1000001; i++)
    g_string_append (str, i > 0 ? ",{}" : "{}");
  g_string_append (str, "]}}");
  bytes = g_string_free_to_bytes (str);

  /* The root and the journey count: the 1,000,001st object is element
   * 999,998 of x, which starts at column 83. */
  assert_refused (bytes, NAME ":1:3000077: more than 1000000 objects", -1);
}

static void
test_valid_minimal (void)
{
  g_autoptr(GBytes) bytes = bytes_from_quoted ("{'format':'waymark','version':1.0,"
                                               "'journey':{'title':'','stages':[]}}");
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;

  /* 1.0 is the integer 1. */
  journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);
}

static void
test_example_loads (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/x.waymark");
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkJourney) none = NULL;
  g_autoptr(GError) error = NULL;

  journey = waymark_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);

  none = waymark_reader_load_file (missing, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, WAYMARK_READER_ERROR, WAYMARK_READER_ERROR_IO);
  g_assert_true (error != NULL && g_str_equal (error->message, "/nonexistent/x.waymark: no such file"));
}

/* What RFC 8259 does not allow, refused before json-glib (which takes
 * some of it) sees the bytes; written as they are, without the ' for "
 * of the table above. The column is the offending character's. */
typedef struct
{
  const char *name;
  const char *json;
  const char *message;  /* after "t.waymark:" */
  const char *plain;    /* waymark_reader_error_describe (), or NULL */
} StrictCase;

static const StrictCase strict_cases[] = {
  { "comment-block", "{\"format\": /* x */ \"waymark\"}",
    "1:12: not valid JSON: comments are not allowed in JSON",
    "Line 1, column 12: comments are not allowed in JSON" },
  { "comment-line", "// Waymark\n{}", "1:1: not valid JSON: comments are not allowed in JSON", NULL },
  { "comment-after-root", "{} /* */", "1:4: not valid JSON: comments are not allowed in JSON", NULL },
  { "single-quoted-key", "{'format': 'waymark'}",
    "1:2: not valid JSON: strings and keys must be in double quotes, not single quotes", NULL },
  { "single-quoted-value", "{\"format\": 'waymark'}",
    "1:12: not valid JSON: strings and keys must be in double quotes, not single quotes", NULL },
  { "single-quoted-duplicate-key", "{\"a\": 1, 'a': 2}",
    "1:10: not valid JSON: strings and keys must be in double quotes, not single quotes", NULL },
  { "leading-zero", "{\"version\": 012}",
    "1:13: not valid JSON: a number may not start with 0 followed by more digits", NULL },
  { "negative-leading-zero", "[-00]",
    "1:2: not valid JSON: a number may not start with 0 followed by more digits", NULL },
  { "hex", "{\"version\": 0x10}", "1:13: not valid JSON: hexadecimal numbers are not allowed in JSON",
    NULL },
  { "leading-dot", "[.5]", "1:2: not valid JSON: a number must have a digit before its decimal point",
    NULL },
  { "trailing-dot", "[5.]", "1:3: not valid JSON: a number must have a digit after its decimal point",
    NULL },
  { "empty-exponent", "[1e+]", "1:3: not valid JSON: a number must have a digit after its exponent",
    NULL },
  { "plus", "[+1]", "1:2: not valid JSON: a number may not start with “+”", NULL },
  { "lone-minus", "[-]", "1:2: not valid JSON: a minus sign must be followed by a digit", NULL },
  { "nan", "[NaN]", "1:2: not valid JSON: NaN and Infinity are not numbers JSON can hold", NULL },
  { "infinity", "[Infinity]", "1:2: not valid JSON: NaN and Infinity are not numbers JSON can hold",
    NULL },
  { "minus-infinity", "[1, -Infinity]",
    "1:5: not valid JSON: NaN and Infinity are not numbers JSON can hold", NULL },
  { "second-document", "{}\n{}",
    "2:1: not valid JSON: more follows the end of the document; a file holds one JSON value", NULL },
  { "closes-nothing", "{}]", "1:3: not valid JSON: “]” closes nothing", NULL },
  { "comma-missing", "{\"stages\": [\n  \"Attract\"\n  \"Capture\"]}",
    "3:3: not valid JSON: a comma is missing after “Attract”",
    "Line 3, column 3: a comma is missing after “Attract”" },
  { "comma-missing-after-number", "[1 2]", "1:4: not valid JSON: a comma is missing after “1”", NULL },
  { "trailing-comma-array", "[1,]", "1:4: not valid JSON: a comma before “]” has nothing after it",
    NULL },
  { "trailing-comma-object", "{\"a\": 1,}",
    "1:9: not valid JSON: a comma before “}” has nothing after it", NULL },
  { "colon-missing", "{\"title\" \"T\"}",
    "1:10: not valid JSON: a colon is missing after the key “title”", NULL },
  { "unquoted-key", "{title: 1}", "1:2: not valid JSON: a key must be a string in double quotes", NULL },
  { "unknown-word", "[tru]", "1:2: not valid JSON: unexpected word “tru”", NULL },
  { "true-and-more", "[trueish]", "1:2: not valid JSON: unexpected word “trueish”", NULL },
  { "wrong-bracket", "{\"a\": [1}", "1:9: not valid JSON: “}” cannot close an array, which ends with “]”",
    NULL },
  { "ends-in-array", "{\"a\": [1", "1:9: not valid JSON: the file ends inside an array, before its “]”",
    NULL },
  { "ends-in-object", "{\"a\": 1", "1:8: not valid JSON: the file ends inside an object, before its “}”",
    NULL },
  { "ends-after-colon", "{\"a\":", "1:6: not valid JSON: the file ends where a value should be", NULL },
  { "unterminated-string", "{\"a\": \"xyz", "1:7: not valid JSON: this string has no closing quote",
    NULL },
  { "tab-in-string", "[\"a\tb\"]", "1:4: not valid JSON: a string may not hold a tab; write it as \\t",
    NULL },
  { "newline-in-string", "[\"a\nb\"]",
    "1:4: not valid JSON: a string may not hold a line break; write it as \\n", NULL },
  { "control-in-string", "[\"a\x01\"]",
    "1:4: not valid JSON: a string may not hold the control character U+0001; write it as \\u0001",
    NULL },
  { "unexpected-character", "[1 % 2]",
    "1:4: not valid JSON: unexpected “%” after “1”; a comma or “]” should be here", NULL },
  { "number-and-letters", "[12abc]", "1:4: not valid JSON: unexpected “a” after the number “12”", NULL },
  /* Columns count characters, not bytes. */
  { "column-counts-characters", "{\"äöü\": 01}",
    "1:9: not valid JSON: a number may not start with 0 followed by more digits", NULL },
  { "non-ascii-outside-string", "[1, ä]", "1:5: not valid JSON: unexpected “ä”", NULL },
};

static void
test_strict (gconstpointer data)
{
  const StrictCase *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autofree char *message = g_strconcat (NAME ":", c->message, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_autofree char *plain = NULL;
  guint line, column;

  g_assert_null (journey);
  g_assert_error (error, WAYMARK_READER_ERROR, WAYMARK_READER_ERROR_SYNTAX);
  if (error == NULL)
    return;

  g_assert_cmpstr (error->message, ==, message);
  g_assert_true (waymark_reader_error_get_position (error, &line, &column));
  plain = waymark_reader_error_describe (error);
  g_assert_true (g_str_has_prefix (plain, "Line "));
  if (c->plain != NULL)
    g_assert_cmpstr (plain, ==, c->plain);
}

/* The attack of issue 8: brackets hidden from the nesting limit in a
 * comment that json-glib 1.6 skips made it recurse until the stack ran
 * out. */
static void
test_comment_hides_nesting (void)
{
  GString *str = g_string_new ("/* \" */ ");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 75000; i++)
    g_string_append_c (str, '[');
  for (guint i = 0; i < 75000; i++)
    g_string_append_c (str, ']');
  g_string_append (str, " /* \" */");
  bytes = g_string_free_to_bytes (str);

  assert_refused (bytes, NAME ":1:1: not valid JSON: comments are not allowed in JSON", SYNTAX);
}

static void
test_nul_byte (void)
{
  static const char data[] = "{\"format\": \"way\0mark\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(GBytes) outside = g_bytes_new_static ("{}\0", 3);

  assert_refused (bytes, NAME ":1:16: the file holds a NUL byte, which a text file does not", SYNTAX);
  assert_refused (outside, NAME ":1:3: the file holds a NUL byte, which a text file does not", SYNTAX);
}

static void
test_byte_order_mark (void)
{
  static const char data[] = "\xef\xbb\xbf{\"format\": \"waymark\", \"version\": 1, "
                             "\"journey\": {\"title\": \"T\", \"stages\": []}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, NAME, &error);

  /* RFC 8259 lets a reader ignore it. */
  g_assert_no_error (error);
  g_assert_nonnull (journey);
}

static void
test_describe (void)
{
  g_autoptr(GBytes) bytes = bytes_from_quoted (S ("{'id':'s1'}"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "other");
  g_autoptr(GError) copy = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_autofree char *plain = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *other_plain = NULL;
  guint line = 0, column = 0;

  g_assert_null (journey);
  g_assert_cmpstr (error->message, ==, NAME ": journey.stages[0].name: required field is missing");
  plain = waymark_reader_error_describe (error);
  g_assert_cmpstr (plain, ==, "In journey.stages[0].name: required field is missing");
  g_assert_false (waymark_reader_error_get_position (error, &line, &column));

  copy = g_error_copy (error);
  copied = waymark_reader_error_describe (copy);
  g_assert_cmpstr (copied, ==, plain);

  other_plain = waymark_reader_error_describe (other);
  g_assert_cmpstr (other_plain, ==, "other");
}

typedef struct
{
  char *dir;
} Dir;

static void
dir_set_up (Dir           *d,
            gconstpointer  data)
{
  d->dir = g_dir_make_tmp ("waymark-reader-XXXXXX", NULL);
  g_assert_nonnull (d->dir);
}

static void
dir_tear_down (Dir           *d,
               gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (d->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (d->dir, name, NULL);

      if (g_rmdir (path) != 0)
        g_unlink (path);
    }
  g_rmdir (d->dir);
  g_free (d->dir);
}

static void
assert_file_refused (const char *path,
                     const char *name,
                     const char *message,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_path (path, name, &error);

  g_assert_null (journey);
  g_assert_error (error, WAYMARK_READER_ERROR, code);
  if (error != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

/* Not a regular file: refused at once, never read (a FIFO hung, and
 * /dev/zero read 2 GB). */
static void
test_not_regular (Dir           *d,
                  gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (d->dir, "fifo.waymark", NULL);
  g_autofree char *folder = g_build_filename (d->dir, "folder.waymark", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  assert_file_refused (fifo, "fifo.waymark", "fifo.waymark: not a regular file",
                       WAYMARK_READER_ERROR_IO);
  assert_file_refused ("/dev/zero", "/dev/zero", "/dev/zero: not a regular file",
                       WAYMARK_READER_ERROR_IO);
  assert_file_refused (folder, "folder.waymark", "folder.waymark: is a folder, not a file",
                       WAYMARK_READER_ERROR_IO);
  /* The reason, and the path once. */
  assert_file_refused ("/nonexistent/x.waymark", "/nonexistent/x.waymark",
                       "/nonexistent/x.waymark: no such file", WAYMARK_READER_ERROR_IO);
}

/* One byte over the limit, from the file's size alone (sparse: nothing is
 * read), with a message that does not call 64 MiB larger than 64 MiB. */
static void
test_one_byte_over (Dir           *d,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (d->dir, "big.waymark", NULL);
  g_autofree char *at_limit = g_build_filename (d->dir, "limit.waymark", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  FILE *fp;

  fp = fopen (path, "w");
  g_assert_nonnull (fp);
  g_assert_cmpint (ftruncate (fileno (fp), WAYMARK_READER_MAX_SIZE + 1), ==, 0);
  fclose (fp);
  assert_file_refused (path, "big.waymark",
                       "big.waymark: the file is larger than the 64 MiB limit (67108865 bytes)",
                       WAYMARK_READER_ERROR_TOO_LARGE);

  /* At the limit it is read: 64 MiB of NUL bytes are not text. */
  fp = fopen (at_limit, "w");
  g_assert_nonnull (fp);
  g_assert_cmpint (ftruncate (fileno (fp), WAYMARK_READER_MAX_SIZE), ==, 0);
  fclose (fp);
  assert_file_refused (at_limit, "limit.waymark",
                       "limit.waymark:1:1: the file holds a NUL byte, which a text file does not",
                       WAYMARK_READER_ERROR_SYNTAX);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/reader/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  for (guint i = 0; i < G_N_ELEMENTS (strict_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/reader/strict/%s", strict_cases[i].name);

      g_test_add_data_func (path, &strict_cases[i], test_strict);
    }
  g_test_add_func ("/reader/strict/comment-hides-nesting", test_comment_hides_nesting);
  g_test_add_func ("/reader/strict/nul-byte", test_nul_byte);
  g_test_add_func ("/reader/strict/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/reader/describe", test_describe);
  g_test_add ("/reader/file/not-regular", Dir, NULL, dir_set_up, test_not_regular, dir_tear_down);
  g_test_add ("/reader/file/one-byte-over", Dir, NULL, dir_set_up, test_one_byte_over,
              dir_tear_down);
  g_test_add_func ("/reader/empty", test_empty);
  g_test_add_func ("/reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/reader/limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/reader/limits/long-string", test_long_string);
  g_test_add_func ("/reader/limits/string-of-one-mib", test_string_of_one_mib);
  g_test_add_func ("/reader/limits/too-large", test_too_large);
  g_test_add_func ("/reader/limits/too-many-objects", test_too_many_objects);
  g_test_add_func ("/reader/valid/minimal", test_valid_minimal);
  g_test_add_func ("/reader/valid/example", test_example_loads);

  return g_test_run ();
}
