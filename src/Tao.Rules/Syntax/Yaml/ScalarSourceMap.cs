using System.Globalization;
using System.Text;
using Tao.Rules.Text;
using YamlDotNet.Core;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Maps each character of a scalar's value back to the file offset it came from, by decoding the raw text between
/// the scalar's marks the way YAML does (quotes, <c>''</c> and backslash escapes, line folding, block indentation and
/// chomping). An expression in YAML is then an embedded <see cref="SourceText"/> whose diagnostics land on the true
/// line and column. The decoded value is checked against YamlDotNet's; on any difference every character maps to the
/// scalar's start, which is still the right line for a one-line value.
/// </summary>
internal static class ScalarSourceMap
{
    /// <summary>The value of <paramref name="scalar"/> as a text of its own that maps back into the file.</summary>
    public static SourceText Embed(YamlScalar scalar) => SourceText.Embedded(scalar.Value, scalar.Text, Map(scalar));

    /// <summary>Offset in the file of each value character, plus one entry for the end of the value.</summary>
    public static int[] Map(YamlScalar scalar) => TryMap(scalar, out var offsets) ? offsets : Uniform(scalar);

    /// <summary>The exact map, or false when the raw text could not be decoded to the scalar's value.</summary>
    internal static bool TryMap(YamlScalar scalar, out int[] offsets)
    {
        offsets = [];
        var raw = scalar.Text.Content;
        var builder = new MappedText();
        switch (scalar.Style)
        {
            case ScalarStyle.Plain:
                if (DecodeFlow(raw, scalar.Start, scalar.End, scalar.Style, builder) && builder.Matches(scalar.Value))
                {
                    offsets = builder.Finish(scalar.End);
                    return true;
                }

                break;
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                if (scalar.End - scalar.Start >= 2
                    && DecodeFlow(raw, scalar.Start + 1, scalar.End - 1, scalar.Style, builder)
                    && builder.Matches(scalar.Value))
                {
                    offsets = builder.Finish(scalar.End - 1);
                    return true;
                }

                break;
            case ScalarStyle.Literal or ScalarStyle.Folded:
                // The indentation of a block scalar can depend on the parent's, which the event stream does not give;
                // try each plausible parent indentation and keep the one that reproduces the value.
                for (var parentIndent = -1; parentIndent <= 32; parentIndent++)
                {
                    builder.Clear();
                    if (DecodeBlock(raw, scalar.Start, parentIndent, builder, out var headerEnd) && builder.Matches(scalar.Value))
                    {
                        offsets = builder.Finish(builder.Count == 0 ? headerEnd : builder.LastOffset + 1);
                        return true;
                    }
                }

                break;
        }

        return false;
    }

    private static int[] Uniform(YamlScalar scalar)
    {
        var start = scalar.IsQuoted ? Math.Min(scalar.Start + 1, scalar.End) : scalar.Start;
        var offsets = new int[scalar.Value.Length + 1];
        for (var i = 0; i < scalar.Value.Length; i++)
        {
            offsets[i] = start;
        }

        offsets[scalar.Value.Length] = Math.Max(start, scalar.End);
        return offsets;
    }

    /// <summary>Plain, single-quoted and double-quoted scalars: YAML's flow folding and, for double quotes, escapes.</summary>
    private static bool DecodeFlow(string raw, int from, int to, ScalarStyle style, MappedText output)
    {
        var spaces = new List<int>();
        var extraBreaks = new List<int>();
        var hasBreak = false;
        var escapedBreak = false;
        var breakAt = 0;
        var i = from;
        while (i < to)
        {
            var c = raw[i];
            if (c is ' ' or '\t')
            {
                if (!hasBreak)
                {
                    spaces.Add(i);
                }

                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (!hasBreak)
                {
                    spaces.Clear();
                    hasBreak = true;
                    breakAt = i;
                }
                else
                {
                    extraBreaks.Add(i);
                }

                i = SkipBreak(raw, i);
                continue;
            }

            Flush();
            if (style == ScalarStyle.SingleQuoted && c == '\'')
            {
                if (i + 1 >= to || raw[i + 1] != '\'')
                {
                    return false;
                }

                output.Add('\'', i);
                i += 2;
                continue;
            }

            if (style == ScalarStyle.DoubleQuoted && c == '\\')
            {
                if (i + 1 >= to)
                {
                    return false;
                }

                if (raw[i + 1] is '\r' or '\n')
                {
                    // An escaped line break joins the lines with nothing between them.
                    hasBreak = true;
                    escapedBreak = true;
                    i = SkipBreak(raw, i + 1);
                    continue;
                }

                if (!DecodeEscape(raw, i, to, output, out var next))
                {
                    return false;
                }

                i = next;
                continue;
            }

            output.Add(c, i);
            i++;
        }

        if (style != ScalarStyle.Plain)
        {
            Flush();
        }

        return true;

        void Flush()
        {
            if (hasBreak)
            {
                // One line break folds into a space; each further (empty) line is a newline.
                if (!escapedBreak && extraBreaks.Count == 0)
                {
                    output.Add(' ', breakAt);
                }

                foreach (var extra in extraBreaks)
                {
                    output.Add('\n', extra);
                }

                hasBreak = false;
                escapedBreak = false;
                extraBreaks.Clear();
            }
            else
            {
                foreach (var space in spaces)
                {
                    output.Add(raw[space], space);
                }
            }

            spaces.Clear();
        }
    }

    private static bool DecodeEscape(string raw, int at, int to, MappedText output, out int next)
    {
        next = at + 2;
        var code = raw[at + 1];
        var simple = code switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' or '\t' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\x1B',
            ' ' => ' ',
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'N' => '\x85',
            '_' => '\xA0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => (char?)null,
        };
        if (simple is { } plain)
        {
            output.Add(plain, at);
            return true;
        }

        var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0 || !TryHex(raw, at + 2, digits, to, out var value))
        {
            return false;
        }

        next = at + 2 + digits;
        if (value is >= 0xD800 and <= 0xDFFF)
        {
            // A surrogate pair written as two escapes.
            if (next + 1 >= to || raw[next] != '\\' || raw[next + 1] is not ('u' or 'U'))
            {
                return false;
            }

            var lowDigits = raw[next + 1] == 'u' ? 4 : 8;
            if (!TryHex(raw, next + 2, lowDigits, to, out var low))
            {
                return false;
            }

            output.Add((char)value, at);
            output.Add((char)low, at);
            next += 2 + lowDigits;
            return true;
        }

        if (value is < 0 or > 0x10FFFF)
        {
            return false;
        }

        foreach (var ch in char.ConvertFromUtf32(value))
        {
            output.Add(ch, at);
        }

        return true;
    }

    private static bool TryHex(string raw, int from, int digits, int to, out int value)
    {
        value = 0;
        if (from + digits > to)
        {
            return false;
        }

        return int.TryParse(raw.Substring(from, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Literal and folded scalars, decoded from the indicator as libyaml does: header, indentation (explicit or from
    /// the first non-empty line), folding of lines that are not more indented, and chomping of the final breaks.
    /// </summary>
    private static bool DecodeBlock(string raw, int start, int parentIndent, MappedText output, out int headerEnd)
    {
        headerEnd = start;
        if (start >= raw.Length || raw[start] is not ('|' or '>'))
        {
            return false;
        }

        var literal = raw[start] == '|';
        var i = start + 1;
        var chomping = 0;
        var increment = 0;
        for (var k = 0; k < 2 && i < raw.Length; k++)
        {
            if (raw[i] is '+' or '-')
            {
                chomping = raw[i] == '+' ? 1 : -1;
                i++;
            }
            else if (raw[i] is >= '1' and <= '9')
            {
                increment = raw[i] - '0';
                i++;
            }
        }

        // The rest of the header line is blanks and perhaps a comment.
        while (i < raw.Length && raw[i] is not ('\r' or '\n'))
        {
            i++;
        }

        headerEnd = i;
        i = SkipBreak(raw, i);
        var lineStart = i;
        var indent = increment != 0 ? (parentIndent >= 0 ? parentIndent + increment : increment) : 0;
        var trailing = new List<int>();
        var hasLeadingBreak = false;
        var leadingBreakAt = 0;
        var leadingBlank = false;
        indent = ScanBreaks(raw, ref i, ref lineStart, indent, parentIndent, trailing);
        while (i < raw.Length && i - lineStart == indent)
        {
            var trailingBlank = raw[i] is ' ' or '\t';
            if (!literal && hasLeadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailing.Count == 0)
                {
                    output.Add(' ', leadingBreakAt);
                }
            }
            else if (hasLeadingBreak)
            {
                output.Add('\n', leadingBreakAt);
            }

            hasLeadingBreak = false;
            foreach (var extra in trailing)
            {
                output.Add('\n', extra);
            }

            trailing.Clear();
            leadingBlank = raw[i] is ' ' or '\t';
            while (i < raw.Length && raw[i] is not ('\r' or '\n'))
            {
                output.Add(raw[i], i);
                i++;
            }

            if (i < raw.Length)
            {
                hasLeadingBreak = true;
                leadingBreakAt = i;
                i = SkipBreak(raw, i);
                lineStart = i;
            }

            indent = ScanBreaks(raw, ref i, ref lineStart, indent, parentIndent, trailing);
        }

        if (chomping != -1 && hasLeadingBreak)
        {
            output.Add('\n', leadingBreakAt);
        }

        if (chomping == 1)
        {
            foreach (var extra in trailing)
            {
                output.Add('\n', extra);
            }
        }

        return true;
    }

    /// <summary>Eats indentation and empty lines; settles the indentation from the first non-empty line if unknown.</summary>
    private static int ScanBreaks(string raw, ref int i, ref int lineStart, int indent, int parentIndent, List<int> breaks)
    {
        var maxIndent = 0;
        while (true)
        {
            while ((indent == 0 || i - lineStart < indent) && i < raw.Length && raw[i] == ' ')
            {
                i++;
            }

            maxIndent = Math.Max(maxIndent, i - lineStart);
            if (i >= raw.Length || raw[i] is not ('\r' or '\n'))
            {
                break;
            }

            breaks.Add(i);
            i = SkipBreak(raw, i);
            lineStart = i;
        }

        if (indent == 0 && (i - lineStart > 0 || parentIndent > -1))
        {
            indent = Math.Max(maxIndent, Math.Max(parentIndent + 1, 1));
        }

        return indent;
    }

    private static int SkipBreak(string raw, int i)
    {
        if (i >= raw.Length)
        {
            return i;
        }

        if (raw[i] == '\r')
        {
            return i + 1 < raw.Length && raw[i + 1] == '\n' ? i + 2 : i + 1;
        }

        return raw[i] == '\n' ? i + 1 : i;
    }

    /// <summary>A value being decoded, with the file offset of each character.</summary>
    private sealed class MappedText
    {
        private readonly StringBuilder _value = new();
        private readonly List<int> _offsets = [];

        public int Count => _offsets.Count;

        public int LastOffset => _offsets[_offsets.Count - 1];

        public void Add(char c, int offset)
        {
            _value.Append(c);
            _offsets.Add(offset);
        }

        public void Clear()
        {
            _value.Clear();
            _offsets.Clear();
        }

        public bool Matches(string value) => _value.Length == value.Length && string.Equals(_value.ToString(), value, StringComparison.Ordinal);

        public int[] Finish(int end)
        {
            var offsets = new int[_offsets.Count + 1];
            _offsets.CopyTo(offsets);
            offsets[_offsets.Count] = Math.Max(end, _offsets.Count == 0 ? end : _offsets[_offsets.Count - 1]);
            return offsets;
        }
    }
}
