/* waymark-json-scan.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "waymark-json-scan.h"
#include "waymark-reader.h"

void
waymark_json_line_column (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((data[i] & 0xc0) != 0x80)
        {
          (*column)++;
        }
    }
}

static gboolean G_GNUC_PRINTF (6, 7)
fail_offset (const char  *name,
             GError     **error,
             int          code,
             const char  *data,
             gsize        offset,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  waymark_json_line_column (data, offset, &line, &column);
  g_set_error (error, WAYMARK_READER_ERROR, code,
               "%s:%u:%u: %s", name, line, column, message);

  return FALSE;
}

/* One open object or array while scanning the bytes. */
typedef struct
{
  gboolean    is_object;
  gboolean    expect_key;
  guint       first_key;  /* index into the scan's keys */
  GHashTable *many_keys;  /* once an object has more keys than a scan is cheap */
} Frame;

#define FEW_KEYS 32

/* A key as json-glib will see it: escapes decoded. */
typedef struct
{
  const char *text;
  gsize       len;
  char       *owned;
} Key;

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        len;
  GError     **error;
  Frame        frames[WAYMARK_READER_MAX_DEPTH + 1];
  guint        depth;
  guint        objects;
  GArray      *keys;      /* Key, of the open objects */
} Scan;

static void
key_clear (gpointer data)
{
  Key *key = data;

  g_clear_pointer (&key->owned, g_free);
}

static int
hex4 (const char *p)
{
  int value = 0;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Decodes the escapes of a key; the string was checked by scan_string(). */
static char *
unescape (const char *p,
          const char *end,
          gsize      *out_len)
{
  GString *out = g_string_sized_new (end - p);

  while (p < end)
    {
      gunichar c;

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      switch (p[1])
        {
        case 'b': c = '\b'; p += 2; break;
        case 'f': c = '\f'; p += 2; break;
        case 'n': c = '\n'; p += 2; break;
        case 'r': c = '\r'; p += 2; break;
        case 't': c = '\t'; p += 2; break;
        case 'u':
          c = hex4 (p + 2);
          p += 6;
          if (c >= 0xd800 && c <= 0xdbff)
            {
              c = 0x10000 + ((c - 0xd800) << 10) + (hex4 (p + 2) - 0xdc00);
              p += 6;
            }
          break;
        default: c = p[1]; p += 2; break;
        }

      g_string_append_unichar (out, c);
    }

  *out_len = out->len;

  return g_string_free (out, FALSE);
}

/* Finds the closing quote of the string at @start and checks its escapes:
 * json-glib 1.6 cuts a string at \u0000 and turns a lone surrogate into
 * bytes that are not UTF-8, so the file would not come back as it was.
 * Returns the offset of the closing quote, or 0 when the string does not
 * end (json-glib reports that). */
static gsize
scan_string (Scan     *scan,
             gsize     start,
             gboolean *escaped)
{
  const char *data = scan->data;
  gsize i = start + 1;

  *escaped = FALSE;

  while (i < scan->len)
    {
      int code;

      /* Most bytes of a string are neither a quote nor a backslash. */
      while (i < scan->len && data[i] != '"' && data[i] != '\\')
        i++;

      if (i >= scan->len)
        break;
      if (data[i] == '"')
        return i;

      *escaped = TRUE;
      if (i + 1 < scan->len && data[i + 1] == 'u')
        {
          /* json-glib 1.6 makes bytes that are not UTF-8 of a short one. */
          if (i + 5 >= scan->len || (code = hex4 (data + i + 2)) < 0)
            {
              fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_SYNTAX, data, i,
                           _("not valid JSON: \\u must be followed by four hexadecimal digits"));
              return G_MAXSIZE;
            }

          if (code == 0)
            {
              fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_INVALID, data, i,
                           _("a string holds the character \\u0000, which Waymark cannot keep"));
              return G_MAXSIZE;
            }

          if (code >= 0xd800 && code <= 0xdbff && i + 11 < scan->len &&
              data[i + 6] == '\\' && data[i + 7] == 'u' &&
              hex4 (data + i + 8) >= 0xdc00 && hex4 (data + i + 8) <= 0xdfff)
            {
              i += 12;
              continue;
            }

          if (code >= 0xd800 && code <= 0xdfff)
            {
              fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_INVALID, data, i,
                           _("a string holds half of a UTF-16 surrogate pair (\\u%.4s) "
                             "without the other half"), data + i + 2);
              return G_MAXSIZE;
            }

          i += 6;
          continue;
        }

      /* json-glib 1.6 lets other escapes through, as bytes that may not be
       * UTF-8. */
      if (i + 1 >= scan->len || strchr ("\"\\/bfnrt", data[i + 1]) == NULL || data[i + 1] == '\0')
        {
          fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_SYNTAX, data, i,
                       _("not valid JSON: a backslash in a string must start one of the "
                         "escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"));
          return G_MAXSIZE;
        }

      i += 2;
    }

  return 0;
}

static gboolean
key_seen (Scan  *scan,
          Frame *frame,
          Key   *key)
{
  if (frame->many_keys != NULL)
    return !g_hash_table_add (frame->many_keys, g_strndup (key->text, key->len));

  for (guint k = frame->first_key; k < scan->keys->len; k++)
    {
      Key *other = &g_array_index (scan->keys, Key, k);

      if (other->len == key->len && memcmp (other->text, key->text, key->len) == 0)
        return TRUE;
    }

  g_array_append_val (scan->keys, *key);
  key->owned = NULL;

  if (scan->keys->len - frame->first_key > FEW_KEYS)
    {
      frame->many_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint k = frame->first_key; k < scan->keys->len; k++)
        {
          Key *other = &g_array_index (scan->keys, Key, k);

          g_hash_table_add (frame->many_keys, g_strndup (other->text, other->len));
        }
    }

  return FALSE;
}

static gboolean
check_string (Scan  *scan,
              gsize *i)
{
  Frame *top = &scan->frames[scan->depth];
  gboolean is_key = top->is_object && top->expect_key;
  gboolean escaped;
  gsize start = *i;
  gsize end = scan_string (scan, start, &escaped);
  Key key = { 0 };

  top->expect_key = FALSE;

  if (end == G_MAXSIZE)
    return FALSE;
  if (end == 0)
    {
      /* Unterminated: json-glib says so, unless it is absurdly long. */
      *i = scan->len;
      if (scan->len - start - 1 > WAYMARK_READER_MAX_STRING)
        return fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_TOO_LARGE,
                            scan->data, start, _("a string longer than 1 MiB"));
      return TRUE;
    }

  *i = end;

  if (end - start - 1 > WAYMARK_READER_MAX_STRING)
    return fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_TOO_LARGE,
                        scan->data, start, _("a string longer than 1 MiB"));

  if (!is_key)
    return TRUE;

  if (escaped)
    {
      key.owned = unescape (scan->data + start + 1, scan->data + end, &key.len);
      key.text = key.owned;
    }
  else
    {
      key.text = scan->data + start + 1;
      key.len = end - start - 1;
    }

  if (key_seen (scan, top, &key))
    {
      fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_INVALID, scan->data, start,
                   _("the key “%.*s” appears twice in one object"),
                   (int)MIN (key.len, 200), key.text);
      key_clear (&key);
      return FALSE;
    }

  return TRUE;
}

/* json-glib 1.6 misreads integers beyond 64 bits and keeps numbers beyond
 * a double as infinity, which no JSON file can hold. */
static gboolean
check_number (Scan  *scan,
              gsize *i)
{
  const char *data = scan->data;
  gsize start = *i;
  gsize end = start;
  gboolean integer = TRUE;
  g_autofree char *token = NULL;

  for (; end < scan->len; end++)
    {
      char c = data[end];

      if (c == '.' || c == 'e' || c == 'E')
        integer = FALSE;
      else if (!g_ascii_isdigit (c) && c != '-' && c != '+')
        break;
    }

  *i = end - 1;

  if (integer && end - start < 19)
    return TRUE;

  token = g_strndup (data + start, end - start);
  errno = 0;

  if (integer)
    {
      gint64 value = g_ascii_strtoll (token, NULL, 10);

      if (errno != ERANGE && (value != 0 || token[0] == '0' || token[1] == '0'))
        return TRUE;
      return fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_INVALID, data, start,
                          _("the integer %.*s is too large; write it with an exponent"),
                          (int)MIN (end - start, 40), token);
    }

  if (isinf (g_ascii_strtod (token, NULL)))
    return fail_offset (scan->name, scan->error, WAYMARK_READER_ERROR_INVALID, data, start,
                        _("the number %.*s is too large for a double"),
                        (int)MIN (end - start, 40), token);

  return TRUE;
}

/* json-glib 1.6 has no nesting limit and would overflow its stack on a deep
 * file, keeps only the last of repeated keys and misreads some numbers and
 * strings, so all of that, the length of strings and the number of objects
 * are checked on the bytes before any parsing. */
gboolean
waymark_json_scan (const char  *name,
                   const char  *data,
                   gsize        len,
                   GError     **error)
{
  Scan scan = { name, data, len, error, { { 0 } }, 0, 0, NULL };
  gboolean ok = TRUE;

  scan.keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_array_set_clear_func (scan.keys, key_clear);

  /* frames[0] stands for the top level, outside any object. */
  for (gsize i = 0; ok && i < len; i++)
    {
      Frame *top = &scan.frames[scan.depth];

      switch (data[i])
        {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
          break;

        case '"':
          ok = check_string (&scan, &i);
          break;

        case '{':
        case '[':
          if (data[i] == '{' && ++scan.objects > WAYMARK_READER_MAX_OBJECTS)
            ok = fail_offset (name, error, WAYMARK_READER_ERROR_TOO_LARGE, data, i,
                              _("more than %u objects"), WAYMARK_READER_MAX_OBJECTS);
          else if (scan.depth == WAYMARK_READER_MAX_DEPTH)
            ok = fail_offset (name, error, WAYMARK_READER_ERROR_TOO_LARGE, data, i,
                              _("nested deeper than %u levels"), WAYMARK_READER_MAX_DEPTH);
          else
            {
              top = &scan.frames[++scan.depth];
              top->is_object = data[i] == '{';
              top->expect_key = top->is_object;
              top->first_key = scan.keys->len;
            }
          break;

        case '}':
        case ']':
          if (scan.depth > 0)
            {
              g_array_set_size (scan.keys, top->first_key);
              g_clear_pointer (&top->many_keys, g_hash_table_unref);
              scan.depth--;
            }
          break;

        case ',':
          top->expect_key = top->is_object;
          break;

        case '-':
        case '0' ... '9':
          ok = check_number (&scan, &i);
          break;

        default:
          break;
        }
    }

  for (guint d = 0; d <= scan.depth; d++)
    g_clear_pointer (&scan.frames[d].many_keys, g_hash_table_unref);
  g_array_unref (scan.keys);

  return ok;
}
