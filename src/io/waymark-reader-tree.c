/* waymark-reader-tree.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-reader-tree.h"

/* json-glib's tree of a file that waymark_json_scan() has accepted, built
 * without json-glib's parser. The scan has already refused everything that
 * is not strict JSON, every repeated key, every integer beyond 64 bits, every
 * number beyond a double, \u0000 and lone surrogates, and limits the depth,
 * so this only has to read what is there: no error messages, no look-ahead.
 * json-glib 1.6's own parser reads a character at a time through its
 * scanner and spends three times as long.
 *
 * The tree is the one json_parser_load_from_data() makes of the same bytes,
 * node for node: the same types (a number with a fraction or an exponent is
 * a double, any other an integer), the same decoded strings, the members in
 * file order, each node's parent set (tests/io/test-reader-tree.c compares
 * both trees). Anything unexpected returns NULL, and the reader falls back to
 * json-glib. */

/* Where a value is: the root, the journey (the root's "journey" member) or
 * anything else. */
typedef enum
{
  IN_ROOT,
  IN_JOURNEY,
  IN_OTHER,
} Place;

typedef struct
{
  const char             *p;
  const char             *end;
  char                   *buf;       /* the last string decoded, NUL-terminated */
  gsize                   buf_size;
  const char * const     *lists;     /* the journey's members to stream */
  WaymarkTreeElementFunc  func;
  gpointer                func_data;
  guint                   streamed;  /* bit n: lists[n] was streamed */
} Builder;

static JsonNode *build_value (Builder  *b,
                              JsonNode *parent,
                              Place     place);

static inline void
skip_space (Builder *b)
{
  while (b->p < b->end && (*b->p == ' ' || *b->p == '\n' || *b->p == '\r' || *b->p == '\t'))
    b->p++;
}

static void
reserve (Builder *b,
         gsize    size)
{
  if (size <= b->buf_size)
    return;

  b->buf_size = MAX (size, b->buf_size * 2);
  b->buf = g_realloc (b->buf, b->buf_size);
}

static gboolean
read_hex4 (const char *p,
           gunichar   *value)
{
  *value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      *value = (*value << 4) | (gunichar)digit;
    }

  return TRUE;
}

/* The string whose opening quote is at b->p, decoded into b->buf; b->p
 * ends after the closing quote. */
static gboolean
read_string (Builder *b)
{
  const char *start = b->p + 1;
  const char *quote = memchr (start, '"', b->end - start);
  const char *p;
  char *out;

  if (quote == NULL)
    return FALSE;

  /* Most strings have no escape: one copy. */
  if (memchr (start, '\\', quote - start) == NULL)
    {
      gsize len = quote - start;

      reserve (b, len + 1);
      memcpy (b->buf, start, len);
      b->buf[len] = '\0';
      b->p = quote + 1;
      return TRUE;
    }

  /* An escape is never longer than what it stands for. */
  p = start;
  for (;;)
    {
      gsize used;

      quote = memchr (p, '"', b->end - p);
      if (quote == NULL)
        return FALSE;
      /* A quote after an odd run of backslashes is escaped. */
      used = 0;
      while (quote - used > start && quote[-(gssize)used - 1] == '\\')
        used++;
      if (used % 2 == 0)
        break;
      p = quote + 1;
    }

  reserve (b, (quote - start) + 1);
  out = b->buf;
  p = start;
  while (p < quote)
    {
      gunichar c, low;

      if (*p != '\\')
        {
          *out++ = *p++;
          continue;
        }

      p++;
      switch (*p++)
        {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '/': *out++ = '/'; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u':
          if (quote - p < 4 || !read_hex4 (p, &c))
            return FALSE;
          p += 4;
          if (c >= 0xd800 && c < 0xdc00)
            {
              if (quote - p < 6 || p[0] != '\\' || p[1] != 'u' || !read_hex4 (p + 2, &low) ||
                  low < 0xdc00 || low >= 0xe000)
                return FALSE;
              p += 6;
              c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            }
          else if (c == 0 || (c >= 0xdc00 && c < 0xe000))
            {
              return FALSE;
            }
          out += g_unichar_to_utf8 (c, out);
          break;
        default:
          return FALSE;
        }
    }
  *out = '\0';
  b->p = quote + 1;

  return TRUE;
}

static JsonNode *
build_number (Builder  *b,
              JsonNode *parent)
{
  const char *start = b->p;
  const char *p = start;
  gboolean integer = TRUE;
  guint digits = 0;
  gint64 value = 0;
  JsonNode *node;

  if (p < b->end && *p == '-')
    p++;
  while (p < b->end && g_ascii_isdigit (*p))
    {
      if (digits < 18)
        value = value * 10 + (*p - '0');
      digits++;
      p++;
    }
  while (p < b->end && (g_ascii_isdigit (*p) || *p == '.' || *p == 'e' || *p == 'E' ||
                        *p == '+' || *p == '-'))
    {
      integer = FALSE;
      p++;
    }
  if (digits == 0)
    return NULL;

  b->p = p;
  node = json_node_alloc ();

  if (integer && digits <= 18)
    {
      json_node_init_int (node, start[0] == '-' ? -value : value);
    }
  else
    {
      reserve (b, (p - start) + 1);
      memcpy (b->buf, start, p - start);
      b->buf[p - start] = '\0';
      if (integer)
        json_node_init_int (node, g_ascii_strtoll (b->buf, NULL, 10));
      else
        json_node_init_double (node, g_ascii_strtod (b->buf, NULL));
    }

  json_node_set_parent (node, parent);

  return node;
}

static int
find_list (Builder    *b,
           const char *key)
{
  for (guint i = 0; b->lists[i]; i++)
    if (strcmp (b->lists[i], key) == 0)
      return i;

  return -1;
}

/* At the opening bracket of an object or array: steps in, and over @close
 * if it is empty. */
static gboolean
open_is_empty (Builder *b,
               char     close)
{
  b->p++;
  skip_space (b);
  if (b->p < b->end && *b->p == close)
    {
      b->p++;
      return TRUE;
    }

  return FALSE;
}

/* After a member or an element: a comma (another follows), or @close,
 * stepped over (*done set). */
static gboolean
step_to_next (Builder  *b,
              char      close,
              gboolean *done)
{
  skip_space (b);
  if (b->p >= b->end)
    return FALSE;

  *done = *b->p == close;
  if (!*done && *b->p != ',')
    return FALSE;

  b->p++;
  skip_space (b);

  return TRUE;
}

/* With @list -1, the elements of @array. Else each element is built, handed
 * to b->func and freed: its nodes are still in the caches when the reader
 * turns it into the model, and the next element reuses their memory. */
static gboolean
build_elements (Builder   *b,
                JsonNode  *node,
                JsonArray *array,
                int        list)
{
  gboolean done = open_is_empty (b, ']');

  for (guint index = 0; !done; index++)
    {
      JsonNode *element;

      if (!(element = build_value (b, list < 0 ? node : NULL, IN_OTHER)))
        return FALSE;

      if (list < 0)
        {
          json_array_add_element (array, element);
        }
      else
        {
          gboolean ok = b->func (list, index, element, b->func_data);

          json_node_unref (element);
          if (!ok)
            return FALSE;
        }

      if (!step_to_next (b, ']', &done))
        return FALSE;
    }

  return TRUE;
}

static gboolean
build_members (Builder    *b,
               JsonNode   *node,
               JsonObject *object,
               Place       place)
{
  char key_buf[128];
  gboolean done = open_is_empty (b, '}');

  while (!done)
    {
      g_autofree char *long_key = NULL;
      const char *key;
      JsonNode *member;
      Place inner = IN_OTHER;
      int list;
      gsize len;

      if (b->p >= b->end || *b->p != '"' || !read_string (b))
        return FALSE;

      /* The value reuses b->buf. */
      len = strlen (b->buf);
      if (len < sizeof key_buf)
        key = memcpy (key_buf, b->buf, len + 1);
      else
        key = long_key = g_strdup (b->buf);

      skip_space (b);
      if (b->p >= b->end || *b->p != ':')
        return FALSE;
      b->p++;
      skip_space (b);

      if (b->lists != NULL && place == IN_ROOT && strcmp (key, "journey") == 0)
        inner = IN_JOURNEY;

      if (b->lists != NULL && place == IN_JOURNEY && b->p < b->end && *b->p == '[' &&
          (list = find_list (b, key)) >= 0)
        {
          /* Left out of the journey's object. */
          if (!build_elements (b, NULL, NULL, list))
            return FALSE;
          b->streamed |= 1u << list;
        }
      else
        {
          if (!(member = build_value (b, node, inner)))
            return FALSE;
          json_object_set_member (object, key, member);
        }

      if (!step_to_next (b, '}', &done))
        return FALSE;
    }

  return TRUE;
}

static gboolean
literal (Builder    *b,
         const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(b->end - b->p) < len || memcmp (b->p, word, len) != 0)
    return FALSE;

  b->p += len;

  return TRUE;
}

static JsonNode *
build_value (Builder  *b,
             JsonNode *parent,
             Place     place)
{
  g_autoptr(JsonNode) node = NULL;

  if (b->p >= b->end)
    return NULL;

  switch (*b->p)
    {
    case '{':
      node = json_node_init (json_node_alloc (), JSON_NODE_OBJECT);
      json_node_take_object (node, json_object_new ());
      if (!build_members (b, node, json_node_get_object (node), place))
        return NULL;
      break;

    case '[':
      node = json_node_init (json_node_alloc (), JSON_NODE_ARRAY);
      json_node_take_array (node, json_array_new ());
      if (!build_elements (b, node, json_node_get_array (node), -1))
        return NULL;
      break;

    case '"':
      if (!read_string (b))
        return NULL;
      node = json_node_init_string (json_node_alloc (), b->buf);
      break;

    case 't':
      if (!literal (b, "true"))
        return NULL;
      node = json_node_init_boolean (json_node_alloc (), TRUE);
      break;

    case 'f':
      if (!literal (b, "false"))
        return NULL;
      node = json_node_init_boolean (json_node_alloc (), FALSE);
      break;

    case 'n':
      if (!literal (b, "null"))
        return NULL;
      node = json_node_init_null (json_node_alloc ());
      break;

    default:
      return build_number (b, parent);
    }

  json_node_set_parent (node, parent);

  return g_steal_pointer (&node);
}

static JsonNode *
build_root (Builder *b)
{
  g_autoptr(JsonNode) root = NULL;

  /* A byte order mark, as the scan and json-glib skip it. */
  if (b->end - b->p >= 3 && memcmp (b->p, "\xef\xbb\xbf", 3) == 0)
    b->p += 3;

  reserve (b, 256);
  skip_space (b);
  root = build_value (b, NULL, IN_ROOT);
  skip_space (b);
  g_clear_pointer (&b->buf, g_free);

  if (root == NULL || b->p != b->end)
    return NULL;

  return g_steal_pointer (&root);
}

/**
 * _waymark_reader_build_tree:
 * @data: bytes that waymark_json_scan() accepted
 *
 * Returns: (transfer full) (nullable): the root, or %NULL if the bytes are
 *   not what the scan lets through
 */
JsonNode *
_waymark_reader_build_tree (const char *data,
                            gsize       len)
{
  Builder b = { data, data + len };

  return build_root (&b);
}

/**
 * _waymark_reader_stream_tree:
 * @data: bytes that waymark_json_scan() accepted
 * @lists: (array zero-terminated=1): members of the journey (the root's
 *   member "journey"), at most 32
 * @func: called with each element of those of @lists that are arrays, in
 *   file order
 * @streamed: (out): bit n set when @lists[n] was an array, given to @func
 *
 * The tree, but for the arrays of @lists: their elements go to @func one
 * by one, and the journey's object is left without them.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL when @func
 *   returned %FALSE or the bytes are not what the scan lets through
 */
JsonNode *
_waymark_reader_stream_tree (const char             *data,
                             gsize                   len,
                             const char * const     *lists,
                             WaymarkTreeElementFunc  func,
                             gpointer                func_data,
                             guint                  *streamed)
{
  Builder b = { data, data + len, NULL, 0, lists, func, func_data, 0 };
  JsonNode *root;

  g_return_val_if_fail (g_strv_length ((char **)lists) <= 32, NULL);

  root = build_root (&b);
  *streamed = b.streamed;

  return root;
}
