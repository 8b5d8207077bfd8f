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
#include "waymark-reader-private.h"

/* The bytes of a file, checked in one pass before json-glib sees them:
 * JSON exactly as RFC 8259 has it (json-glib 1.6 also takes comments,
 * single quotes, 012, 0x10, .5 and a second document, and a comment or a
 * single-quoted string could hide brackets from the nesting limit), valid
 * UTF-8, and what json-glib 1.6 gets wrong: it has no nesting limit and
 * would overflow its stack on a deep file, keeps only the last of repeated
 * keys, misreads integers beyond 64 bits, keeps numbers beyond a double as
 * infinity, cuts strings at \u0000 and turns a lone surrogate into bytes
 * that are not UTF-8. Also the length of strings and the number of
 * objects. Every error names the line and column of the offending
 * character. */

/* One open object or array. */
typedef struct
{
  gboolean    is_object;
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

typedef enum
{
  WANT_VALUE,
  WANT_VALUE_OR_CLOSE,  /* just after [ */
  WANT_KEY,
  WANT_KEY_OR_CLOSE,    /* just after { */
  WANT_COLON,
  WANT_COMMA_OR_CLOSE,
  WANT_END,             /* after the root value */
} Want;

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        len;
  GError     **error;
  Frame        frames[WAYMARK_READER_MAX_DEPTH + 1];
  guint        depth;
  guint        objects;
  GArray      *keys;       /* Key, of the open objects */
  Want         want;
  gboolean     after_comma;
  gsize        last;       /* the last value or key, for "a comma is missing after …" */
  gsize        last_len;
} Scan;

/* How each byte goes in a string. */
enum { PLAIN, QUOTE, BACKSLASH, CONTROL, HIGH };

static const guint8 string_class[256] = {
  [0x00 ... 0x1f] = CONTROL,
  ['"'] = QUOTE,
  ['\\'] = BACKSLASH,
  [0x80 ... 0xff] = HIGH,
};

/* Eight bytes at a time, for the runs that make up most of a file: the
 * bytes of a word that are below @limit, or above 0x7f, or equal to @a or
 * @b (SWAR: each test leaves the high bit set in the bytes it matches). */
#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
load_word (const guchar *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);

  return word;
}

static inline guint64
zero_bytes (guint64 word)
{
  return (word - ONES) & ~word & HIGHS;
}

/* The length of the run of plain string bytes (printable ASCII but the
 * quote and the backslash) at @i, in whole words. */
static inline gsize
skip_plain_words (const guchar *data,
                  gsize         i,
                  gsize         len)
{
  while (i + 8 <= len)
    {
      guint64 word = load_word (data + i);

      if (((word - ONES * 0x20) | word | zero_bytes (word ^ (ONES * '"')) |
           zero_bytes (word ^ (ONES * '\\'))) & HIGHS)
        break;
      i += 8;
    }

  return i;
}

/* Indentation: whole words of spaces. */
static inline gsize
skip_space_words (const guchar *data,
                  gsize         i,
                  gsize         len)
{
  while (i + 8 <= len && load_word (data + i) == ONES * ' ')
    i += 8;

  return i;
}

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

static gboolean G_GNUC_PRINTF (5, 6)
fail_at (Scan       *scan,
         int         code,
         gboolean    json,
         gsize       offset,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  waymark_json_line_column (scan->data, MIN (offset, scan->len), &line, &column);
  _waymark_reader_set_error (scan->error, code, scan->name, line, column, NULL, json, detail);

  return FALSE;
}

#define SYNTAX(scan, offset, ...) \
  fail_at ((scan), WAYMARK_READER_ERROR_SYNTAX, TRUE, (offset), __VA_ARGS__)
#define INVALID(scan, offset, ...) \
  fail_at ((scan), WAYMARK_READER_ERROR_INVALID, FALSE, (offset), __VA_ARGS__)
#define TOO_LARGE(scan, offset, ...) \
  fail_at ((scan), WAYMARK_READER_ERROR_TOO_LARGE, FALSE, (offset), __VA_ARGS__)

/* The length of the UTF-8 character at @p, or 0 if it is not one. */
static guint
utf8_length (const guchar *p,
             gsize         left)
{
  guchar c = p[0];

  if (c < 0x80)
    return 1;

  if (c >= 0xc2 && c <= 0xdf)
    return left >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;

  if (c >= 0xe0 && c <= 0xef)
    {
      if (left < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
          (c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f))
        return 0;
      return 3;
    }

  if (c >= 0xf0 && c <= 0xf4)
    {
      if (left < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
          (p[3] & 0xc0) != 0x80 || (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))
        return 0;
      return 4;
    }

  return 0;
}

static gboolean
fail_byte (Scan  *scan,
           gsize  offset)
{
  if (scan->data[offset] == '\0')
    return fail_at (scan, WAYMARK_READER_ERROR_SYNTAX, FALSE, offset,
                    _("the file holds a NUL byte, which a text file does not"));

  return fail_at (scan, WAYMARK_READER_ERROR_SYNTAX, FALSE, offset, _("not valid UTF-8 text"));
}

/* The character at @offset as a message shows it. */
static char *
describe_char (Scan  *scan,
               gsize  offset)
{
  guchar c = scan->data[offset];
  guint n = utf8_length ((const guchar *)scan->data + offset, scan->len - offset);

  if (c < 0x20 || c == 0x7f)
    return g_strdup_printf ("U+%04X", c);

  return g_strdup_printf ("“%.*s”", (int)n, scan->data + offset);
}

/* "“Attract”" for a comma missing after it; long values are cut. */
static char *
describe_last (Scan *scan)
{
  const char *text = scan->data + scan->last;
  gsize len = scan->last_len;

  if (len > 0 && text[0] == '"')
    {
      text++;
      len = len >= 2 ? len - 2 : 0;
    }

  if (len > 40)
    {
      const char *end = g_utf8_find_prev_char (text, text + 41);

      return g_strdup_printf ("“%.*s…”", (int)(end - text), text);
    }

  return g_strdup_printf ("“%.*s”", (int)len, text);
}

static gboolean
fail_unexpected (Scan  *scan,
                 gsize  offset)
{
  const char *data = scan->data;
  char c = data[offset];
  g_autofree char *shown = NULL;

  if (c == '\0' || ((guchar)c >= 0x80 && utf8_length ((const guchar *)data + offset,
                                                       scan->len - offset) == 0))
    return fail_byte (scan, offset);

  if (c == '/' && offset + 1 < scan->len && (data[offset + 1] == '*' || data[offset + 1] == '/'))
    return SYNTAX (scan, offset, _("comments are not allowed in JSON"));

  if (c == '\'')
    return SYNTAX (scan, offset, _("strings and keys must be in double quotes, not single quotes"));

  if (g_ascii_isalpha (c))
    {
      gsize end = offset;

      while (end < scan->len && (g_ascii_isalnum (data[end]) || data[end] == '_'))
        end++;

      if ((end - offset == 3 && memcmp (data + offset, "NaN", 3) == 0) ||
          (end - offset == 8 && memcmp (data + offset, "Infinity", 8) == 0))
        return SYNTAX (scan, offset, _("NaN and Infinity are not numbers JSON can hold"));

      return SYNTAX (scan, offset, _("unexpected word “%.*s”"),
                     (int)MIN (end - offset, 40), data + offset);
    }

  shown = describe_char (scan, offset);

  return SYNTAX (scan, offset, _("unexpected %s"), shown);
}

static void
set_last (Scan  *scan,
          gsize  start,
          gsize  end)
{
  scan->last = start;
  scan->last_len = end - start;
}

static void
after_value (Scan *scan)
{
  scan->want = scan->depth == 0 ? WANT_END : WANT_COMMA_OR_CLOSE;
  scan->after_comma = FALSE;
}

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

/* Checks the string whose opening quote is at @start and returns the
 * offset of its closing quote, or 0 on error. */
static gsize
scan_string (Scan     *scan,
             gsize     start,
             gboolean *escaped)
{
  const guchar *data = (const guchar *)scan->data;
  gsize len = scan->len;
  gsize i = start + 1;

  *escaped = FALSE;

  for (;;)
    {
      int code;

      /* Most bytes of a string are plain ASCII. */
      i = skip_plain_words (data, i, len);
      while (i < len && string_class[data[i]] == PLAIN)
        i++;

      /* Checked at every special byte, so that even a string without
       * its closing quote is found too long. */
      if (i - start - 1 > WAYMARK_READER_MAX_STRING)
        {
          TOO_LARGE (scan, start, _("a string longer than 1 MiB"));
          return 0;
        }

      if (i >= len)
        {
          SYNTAX (scan, start, _("this string has no closing quote"));
          return 0;
        }

      switch (string_class[data[i]])
        {
        case QUOTE:
          return i;

        case HIGH:
          {
            guint n = utf8_length (data + i, len - i);

            if (n == 0)
              {
                fail_byte (scan, i);
                return 0;
              }
            i += n;
          }
          continue;

        case CONTROL:
          if (data[i] == '\0')
            fail_byte (scan, i);
          else if (data[i] == '\n' || data[i] == '\r')
            SYNTAX (scan, i, _("a string may not hold a line break; write it as \\n"));
          else if (data[i] == '\t')
            SYNTAX (scan, i, _("a string may not hold a tab; write it as \\t"));
          else
            SYNTAX (scan, i, _("a string may not hold the control character U+%04X; "
                               "write it as \\u%04X"), data[i], data[i]);
          return 0;

        case BACKSLASH:
        default:
          break;
        }

      *escaped = TRUE;
      if (i + 1 < len && data[i + 1] == 'u')
        {
          if (i + 5 >= len || (code = hex4 ((const char *)data + i + 2)) < 0)
            {
              SYNTAX (scan, i, _("\\u must be followed by four hexadecimal digits"));
              return 0;
            }

          if (code == 0)
            {
              INVALID (scan, i, _("a string holds the character \\u0000, which Waymark cannot keep"));
              return 0;
            }

          if (code >= 0xd800 && code <= 0xdbff && i + 11 < len &&
              data[i + 6] == '\\' && data[i + 7] == 'u' &&
              hex4 ((const char *)data + i + 8) >= 0xdc00 &&
              hex4 ((const char *)data + i + 8) <= 0xdfff)
            {
              i += 12;
              continue;
            }

          if (code >= 0xd800 && code <= 0xdfff)
            {
              INVALID (scan, i, _("a string holds half of a UTF-16 surrogate pair (\\u%.4s) "
                                  "without the other half"), data + i + 2);
              return 0;
            }

          i += 6;
          continue;
        }

      if (i + 1 >= len || strchr ("\"\\/bfnrt", data[i + 1]) == NULL || data[i + 1] == '\0')
        {
          SYNTAX (scan, i, _("a backslash in a string must start one of the "
                             "escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u"));
          return 0;
        }

      i += 2;
    }
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
scan_key (Scan  *scan,
          gsize *i)
{
  Frame *top = &scan->frames[scan->depth];
  gboolean escaped;
  gsize start = *i;
  gsize end = scan_string (scan, start, &escaped);
  Key key = { 0 };

  if (end == 0)
    return FALSE;

  *i = end + 1;
  set_last (scan, start, end + 1);

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
      INVALID (scan, start, _("the key “%.*s” appears twice in one object"),
               (int)MIN (key.len, 200), key.text);
      key_clear (&key);
      return FALSE;
    }

  scan->want = WANT_COLON;

  return TRUE;
}

static gboolean
is_delimiter (Scan  *scan,
              gsize  i)
{
  if (i >= scan->len)
    return TRUE;

  switch (scan->data[i])
    {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case ',':
    case ']':
    case '}':
      return TRUE;
    default:
      return FALSE;
    }
}

static gsize
skip_digits (Scan  *scan,
             gsize  i)
{
  while (i < scan->len && g_ascii_isdigit (scan->data[i]))
    i++;

  return i;
}

/* A number as RFC 8259 writes it; json-glib 1.6 misreads integers beyond
 * 64 bits and keeps numbers beyond a double as infinity. */
static gboolean
scan_number (Scan  *scan,
             gsize *pos)
{
  const char *data = scan->data;
  gsize start = *pos;
  gsize i = start;
  gboolean integer = TRUE;
  g_autofree char *token = NULL;

  if (data[i] == '-')
    {
      i++;
      if (i < scan->len && data[i] == 'I')
        return SYNTAX (scan, start, _("NaN and Infinity are not numbers JSON can hold"));
      if (i >= scan->len || !g_ascii_isdigit (data[i]))
        return SYNTAX (scan, start, _("a minus sign must be followed by a digit"));
    }

  if (data[i] == '0')
    {
      i++;
      if (i < scan->len && (data[i] == 'x' || data[i] == 'X'))
        return SYNTAX (scan, start, _("hexadecimal numbers are not allowed in JSON"));
      if (i < scan->len && g_ascii_isdigit (data[i]))
        return SYNTAX (scan, start, _("a number may not start with 0 followed by more digits"));
    }
  else
    {
      i = skip_digits (scan, i);
    }

  if (i < scan->len && data[i] == '.')
    {
      integer = FALSE;
      if (i + 1 >= scan->len || !g_ascii_isdigit (data[i + 1]))
        return SYNTAX (scan, i, _("a number must have a digit after its decimal point"));
      i = skip_digits (scan, i + 1);
    }

  if (i < scan->len && (data[i] == 'e' || data[i] == 'E'))
    {
      gsize e = i++;

      integer = FALSE;
      if (i < scan->len && (data[i] == '+' || data[i] == '-'))
        i++;
      if (i >= scan->len || !g_ascii_isdigit (data[i]))
        return SYNTAX (scan, e, _("a number must have a digit after its exponent"));
      i = skip_digits (scan, i);
    }

  if (!is_delimiter (scan, i))
    {
      g_autofree char *shown = describe_char (scan, i);

      if (data[i] == '\0' || (guchar)data[i] >= 0x80)
        return fail_unexpected (scan, i);
      return SYNTAX (scan, i, _("unexpected %s after the number “%.*s”"),
                     shown, (int)MIN (i - start, 40), data + start);
    }

  *pos = i;
  set_last (scan, start, i);

  if (integer && i - start < 19)
    return TRUE;

  token = g_strndup (data + start, i - start);
  errno = 0;

  if (integer)
    {
      gint64 value = g_ascii_strtoll (token, NULL, 10);

      if (errno != ERANGE && (value != 0 || token[0] == '0' || token[1] == '0'))
        return TRUE;
      return INVALID (scan, start, _("the integer %.*s is too large; write it with an exponent"),
                      (int)MIN (i - start, 40), token);
    }

  if (isinf (g_ascii_strtod (token, NULL)))
    return INVALID (scan, start, _("the number %.*s is too large for a double"),
                    (int)MIN (i - start, 40), token);

  return TRUE;
}

static gboolean
scan_literal (Scan  *scan,
              gsize *pos)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize i = *pos;

  for (guint l = 0; l < G_N_ELEMENTS (literals); l++)
    {
      gsize n = strlen (literals[l]);

      if (scan->len - i >= n && memcmp (scan->data + i, literals[l], n) == 0 &&
          is_delimiter (scan, i + n))
        {
          *pos = i + n;
          set_last (scan, i, i + n);
          return TRUE;
        }
    }

  return fail_unexpected (scan, i);
}

static gboolean
open_container (Scan  *scan,
                gsize  i)
{
  Frame *top;
  gboolean is_object = scan->data[i] == '{';

  if (is_object && ++scan->objects > WAYMARK_READER_MAX_OBJECTS)
    return TOO_LARGE (scan, i, _("more than %u objects"), WAYMARK_READER_MAX_OBJECTS);
  if (scan->depth == WAYMARK_READER_MAX_DEPTH)
    return TOO_LARGE (scan, i, _("nested deeper than %u levels"), WAYMARK_READER_MAX_DEPTH);

  top = &scan->frames[++scan->depth];
  top->is_object = is_object;
  top->first_key = scan->keys->len;
  scan->want = is_object ? WANT_KEY_OR_CLOSE : WANT_VALUE_OR_CLOSE;
  scan->after_comma = FALSE;

  return TRUE;
}

static gboolean
close_container (Scan  *scan,
                 gsize  i)
{
  Frame *top = &scan->frames[scan->depth];
  char c = scan->data[i];

  if (scan->depth == 0)
    return SYNTAX (scan, i, _("“%c” closes nothing"), c);
  if (top->is_object && c == ']')
    return SYNTAX (scan, i, _("“]” cannot close an object, which ends with “}”"));
  if (!top->is_object && c == '}')
    return SYNTAX (scan, i, _("“}” cannot close an array, which ends with “]”"));

  g_array_set_size (scan->keys, top->first_key);
  g_clear_pointer (&top->many_keys, g_hash_table_unref);
  scan->depth--;
  set_last (scan, i, i + 1);
  after_value (scan);

  return TRUE;
}

static gboolean
scan_value (Scan  *scan,
            gsize *i)
{
  char c = scan->data[*i];
  gsize start = *i;

  switch (c)
    {
    case '"':
      {
        gboolean escaped;
        gsize end = scan_string (scan, start, &escaped);

        if (end == 0)
          return FALSE;
        *i = end + 1;
        set_last (scan, start, end + 1);
        after_value (scan);
        return TRUE;
      }

    case '{':
    case '[':
      *i = start + 1;
      return open_container (scan, start);

    case '-':
    case '0' ... '9':
      if (!scan_number (scan, i))
        return FALSE;
      after_value (scan);
      return TRUE;

    case 't':
    case 'f':
    case 'n':
      if (!scan_literal (scan, i))
        return FALSE;
      after_value (scan);
      return TRUE;

    case ']':
    case '}':
      if (scan->after_comma)
        return SYNTAX (scan, start, _("a comma before “%c” has nothing after it"), c);
      return SYNTAX (scan, start, _("a value is missing before “%c”"), c);

    case ',':
      return SYNTAX (scan, start, _("a value is missing before “,”"));

    case '.':
      return SYNTAX (scan, start, _("a number must have a digit before its decimal point"));

    case '+':
      return SYNTAX (scan, start, _("a number may not start with “+”"));

    default:
      return fail_unexpected (scan, start);
    }
}

static gboolean
scan_after_value (Scan  *scan,
                  gsize *i)
{
  Frame *top = &scan->frames[scan->depth];
  char c = scan->data[*i];
  g_autofree char *last = NULL;
  g_autofree char *shown = NULL;

  switch (c)
    {
    case ',':
      scan->want = top->is_object ? WANT_KEY : WANT_VALUE;
      scan->after_comma = TRUE;
      (*i)++;
      return TRUE;

    case '}':
    case ']':
      if (!close_container (scan, *i))
        return FALSE;
      (*i)++;
      return TRUE;

    case '"':
    case '{':
    case '[':
    case '-':
    case '0' ... '9':
    case 't':
    case 'f':
    case 'n':
      last = describe_last (scan);
      return SYNTAX (scan, *i, _("a comma is missing after %s"), last);

    default:
      if (c == '\'' || c == '/' || c == '\0' || (guchar)c >= 0x80 || g_ascii_isalpha (c))
        return fail_unexpected (scan, *i);
      last = describe_last (scan);
      shown = describe_char (scan, *i);
      return SYNTAX (scan, *i, _("unexpected %s after %s; a comma or “%c” should be here"),
                     shown, last, top->is_object ? '}' : ']');
    }
}

static gboolean
scan_at_end (Scan  *scan,
             gsize  i)
{
  switch (scan->want)
    {
    case WANT_END:
      return TRUE;

    case WANT_VALUE:
      if (scan->depth == 0)
        {
          _waymark_reader_set_error (scan->error, WAYMARK_READER_ERROR_SYNTAX, scan->name,
                                     0, 0, NULL, FALSE, _("the file is empty"));
          return FALSE;
        }
      return SYNTAX (scan, i, _("the file ends where a value should be"));

    case WANT_COLON:
      return SYNTAX (scan, i, _("the file ends where a colon should be"));

    case WANT_KEY:
    case WANT_KEY_OR_CLOSE:
    case WANT_VALUE_OR_CLOSE:
    case WANT_COMMA_OR_CLOSE:
    default:
      if (scan->frames[scan->depth].is_object)
        return SYNTAX (scan, i, _("the file ends inside an object, before its “}”"));
      return SYNTAX (scan, i, _("the file ends inside an array, before its “]”"));
    }
}

static gboolean
scan_token (Scan  *scan,
            gsize *i)
{
  const char *data = scan->data;
  g_autofree char *last = NULL;

  switch (scan->want)
    {
    case WANT_VALUE_OR_CLOSE:
      if (data[*i] == ']')
        {
          if (!close_container (scan, *i))
            return FALSE;
          (*i)++;
          return TRUE;
        }
      return scan_value (scan, i);

    case WANT_VALUE:
      return scan_value (scan, i);

    case WANT_KEY_OR_CLOSE:
    case WANT_KEY:
      if (data[*i] == '"')
        return scan_key (scan, i);
      if (data[*i] == '}' && scan->want == WANT_KEY_OR_CLOSE)
        {
          if (!close_container (scan, *i))
            return FALSE;
          (*i)++;
          return TRUE;
        }
      if (data[*i] == '}')
        return SYNTAX (scan, *i, _("a comma before “}” has nothing after it"));
      if (data[*i] == ',')
        return SYNTAX (scan, *i, _("a key is missing before “,”"));
      if (data[*i] == '\'' || data[*i] == '/' || data[*i] == '\0' || (guchar)data[*i] >= 0x80)
        return fail_unexpected (scan, *i);
      return SYNTAX (scan, *i, _("a key must be a string in double quotes"));

    case WANT_COLON:
      if (data[*i] == ':')
        {
          scan->want = WANT_VALUE;
          scan->after_comma = FALSE;
          (*i)++;
          return TRUE;
        }
      if (data[*i] == '/' || data[*i] == '\0' || (guchar)data[*i] >= 0x80)
        return fail_unexpected (scan, *i);
      last = describe_last (scan);
      return SYNTAX (scan, *i, _("a colon is missing after the key %s"), last);

    case WANT_COMMA_OR_CLOSE:
      return scan_after_value (scan, i);

    case WANT_END:
    default:
      if (data[*i] == '/' || data[*i] == '\0' || (guchar)data[*i] >= 0x80)
        return fail_unexpected (scan, *i);
      if (data[*i] == '}' || data[*i] == ']')
        return close_container (scan, *i);
      return SYNTAX (scan, *i, _("more follows the end of the document; a file holds one "
                                 "JSON value"));
    }
}

/**
 * waymark_json_scan:
 * @name: the file's name in messages
 *
 * Returns: whether @data is JSON that Waymark may give to json-glib;
 *   else @error is set to "NAME:LINE:COLUMN: message"
 */
gboolean
waymark_json_scan (const char  *name,
                   const char  *data,
                   gsize        len,
                   GError     **error)
{
  Scan scan = { 0 };
  gboolean ok = TRUE;
  gsize i = 0;

  scan.name = name;
  scan.data = data;
  scan.len = len;
  scan.error = error;
  scan.want = WANT_VALUE;
  scan.keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_array_set_clear_func (scan.keys, key_clear);

  /* RFC 8259 lets a reader ignore a byte order mark, as json-glib does. */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;

  for (;;)
    {
      while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        {
          i++;
          i = skip_space_words ((const guchar *)data, i, len);
        }

      if (i >= len)
        {
          ok = scan_at_end (&scan, i);
          break;
        }

      if (!(ok = scan_token (&scan, &i)))
        break;
    }

  for (guint d = 0; d <= scan.depth; d++)
    g_clear_pointer (&scan.frames[d].many_keys, g_hash_table_unref);
  g_array_unref (scan.keys);

  return ok;
}
