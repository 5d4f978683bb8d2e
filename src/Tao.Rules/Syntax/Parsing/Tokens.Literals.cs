using System.Globalization;
using System.Text;
using Sprache;
using Tao.Rules.Diagnostics;
using Tao.Rules.Units;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>The literal tokens: strings (with escapes), ISO dates, and numbers with their units.</summary>
internal static partial class Tokens
{
    /// <summary>A string literal; reports unterminated strings and bad escapes, and still yields the text it read.</summary>
    public static readonly Parser<StringToken> String = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        if (start >= context.Limit || context.Source[start] != '"')
        {
            return Fail<StringToken>(input, AString);
        }

        var token = ScanString(context, start, reportErrors: true);
        return Result.Success(token, Next(input, start, token.End));
    };

    public static readonly Parser<StringLiteralSyntax> StringLiteral = String.Map(t => t.ToSyntax());

    /// <summary>An ISO date in a clause (<c>effective</c>, <c>as of</c>).</summary>
    public static readonly Parser<DateLiteralSyntax> Date = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        if (!IsDateAt(context, start))
        {
            return Fail<DateLiteralSyntax>(input, ADate);
        }

        return Result.Success(MakeDate(context, start), Next(input, start, start + 10));
    };

    /// <summary>A number with its unit, or a date (<c>2026-01-01</c> is a date, never a subtraction).</summary>
    public static readonly Parser<ExpressionSyntax> NumberOrDate = i =>
    {
        var input = (SourceInput)i;
        var context = input.Context;
        var start = input.Position;
        if (start >= context.Limit || !CharFacts.IsDigit(context.Source[start]))
        {
            return Fail<ExpressionSyntax>(input, ANumber);
        }

        if (IsDateAt(context, start))
        {
            return Result.Success<ExpressionSyntax>(MakeDate(context, start), Next(input, start, start + 10));
        }

        var number = ScanNumber(context, start);
        return Result.Success<ExpressionSyntax>(number, Next(input, start, number.Span.End));
    };

    /// <summary>Reads a string from its opening quote to its closing quote or, unterminated, to the end of the line.</summary>
    public static StringToken ScanString(ParseContext context, int start, bool reportErrors)
    {
        var source = context.Source;
        var limit = context.Limit;
        StringBuilder? value = null;
        var runStart = start + 1;
        var position = start + 1;
        while (true)
        {
            if (position >= limit || CharFacts.IsLineBreak(source[position]))
            {
                if (reportErrors)
                {
                    var where = position >= limit ? context.EndDescription : "line";
                    context.Report(DiagnosticCatalog.UnterminatedString, start, 1, where);
                }

                return new StringToken(context, Finish(value, source, runStart, position), start, position, position);
            }

            var c = source[position];
            if (c == '"')
            {
                return new StringToken(context, Finish(value, source, runStart, position), start, position, position + 1);
            }

            if (c == '\\' && position + 1 < limit && !CharFacts.IsLineBreak(source[position + 1]))
            {
                value ??= new StringBuilder();
                value.Append(source, runStart, position - runStart);
                var escaped = source[position + 1];
                var resolved = Unescape(escaped);
                if (resolved is null)
                {
                    if (reportErrors)
                    {
                        context.Report(DiagnosticCatalog.InvalidEscape, position, 2, escaped);
                    }

                    value.Append('\\').Append(escaped);
                }
                else
                {
                    value.Append(resolved.Value);
                }

                position += 2;
                runStart = position;
                continue;
            }

            position++;
        }
    }

    public static char? Unescape(char escaped) => escaped switch
    {
        '"' => '"',
        '\\' => '\\',
        'n' => '\n',
        't' => '\t',
        _ => null,
    };

    private static string Finish(StringBuilder? value, string source, int runStart, int end) =>
        value is null ? source.Substring(runStart, end - runStart) : value.Append(source, runStart, end - runStart).ToString();

    private static bool IsDateAt(ParseContext context, int start)
    {
        var source = context.Source;
        if (start + 10 > context.Limit)
        {
            return false;
        }

        for (var k = 0; k < 10; k++)
        {
            var c = source[start + k];
            var ok = k is 4 or 7 ? c == '-' : CharFacts.IsDigit(c);
            if (!ok)
            {
                return false;
            }
        }

        return start + 10 == context.Limit || !(CharFacts.IsWordPart(source[start + 10]) || source[start + 10] is '-' or '.');
    }

    private static DateLiteralSyntax MakeDate(ParseContext context, int start)
    {
        var source = context.Source;
        var year = Digits(source, start, 4);
        var month = Digits(source, start + 5, 2);
        var day = Digits(source, start + 8, 2);
        var span = context.Span(start, start + 10);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            context.Report(DiagnosticCatalog.InvalidDate, start, 10, source.Substring(start, 10));
            return new DateLiteralSyntax(DateTime.MinValue, span);
        }

        return new DateLiteralSyntax(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), span);
    }

    private static int Digits(string source, int start, int count)
    {
        var value = 0;
        for (var k = 0; k < count; k++)
        {
            value = (value * 10) + (source[start + k] - '0');
        }

        return value;
    }

    /// <summary><c>2_800_000_000</c>, <c>0.5</c>, <c>1e-9</c>, then an optional unit (<c>USD</c>, <c>TAO/block</c>, <c>%</c>).</summary>
    private static NumberLiteralSyntax ScanNumber(ParseContext context, int start)
    {
        var source = context.Source;
        var limit = context.Limit;
        var end = ScanDigits(source, start, limit);
        if (end + 1 < limit && source[end] == '.' && CharFacts.IsDigit(source[end + 1]))
        {
            end = ScanDigits(source, end + 1, limit);
        }

        if (end < limit && source[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < limit && source[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < limit && CharFacts.IsDigit(source[exponent]))
            {
                end = ScanDigits(source, exponent, limit);
            }
        }

        var text = source.Substring(start, end - start);
        var value = ParseDouble(text);
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            context.Report(DiagnosticCatalog.NumberOutOfRange, start, end - start, text);
            value = double.PositiveInfinity;
        }

        var unit = ScanUnit(context, end);
        var spanEnd = unit is null ? end : unit.Span.End;
        return new NumberLiteralSyntax(value, text, unit, context.Span(start, spanEnd));
    }

    private static int ScanDigits(string source, int start, int limit)
    {
        var end = start + 1;
        while (end < limit && (CharFacts.IsDigit(source[end]) || (source[end] == '_' && end + 1 < limit && CharFacts.IsDigit(source[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static double ParseDouble(string text)
    {
        var digits = text.IndexOf('_') >= 0 ? text.Replace("_", string.Empty) : text;
        try
        {
            // .NET Framework fails on overflow where .NET Core returns infinity; both become TAO1004.
            return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.PositiveInfinity;
        }
        catch (OverflowException)
        {
            return double.PositiveInfinity;
        }
    }

    /// <summary>
    /// The unit after a number: spaces or tabs (not a line break), then <c>%</c> or a word that is not a keyword, then
    /// more atoms joined by <c>/</c> or <c>*</c> with no space. Unknown atoms are TAO1005 at the atom.
    /// </summary>
    private static UnitSyntax? ScanUnit(ParseContext context, int numberEnd)
    {
        var source = context.Source;
        var limit = context.Limit;
        var start = numberEnd;
        while (start < limit && CharFacts.IsSpace(source[start]))
        {
            start++;
        }

        var firstEnd = ScanUnitAtom(context, start);
        if (firstEnd == start)
        {
            return null;
        }

        var end = firstEnd;
        while (end + 1 < limit && source[end] is '/' or '*')
        {
            var atomEnd = ScanUnitAtom(context, end + 1);
            if (atomEnd == end + 1)
            {
                break;
            }

            end = atomEnd;
        }

        var text = source.Substring(start, end - start);
        if (FindUnknownAtom(context, start, end) < 0)
        {
            return new UnitSyntax(text, context.Span(start, end));
        }

        // `{ a: 1 b: 2 }` lacks a comma: 'b' names the next field, it is not a misspelt unit.
        var after = end;
        while (after < limit && CharFacts.IsSpace(source[after]))
        {
            after++;
        }

        if (after < limit && source[after] == ':')
        {
            return null;
        }

        ReportUnknownAtom(context, start, end);
        return new UnitSyntax(text, context.Span(start, end));
    }

    private static int ScanUnitAtom(ParseContext context, int start)
    {
        var source = context.Source;
        if (start >= context.Limit)
        {
            return start;
        }

        if (source[start] == '%')
        {
            return start + 1;
        }

        if (!CharFacts.IsWordStart(source[start]))
        {
            return start;
        }

        var end = ScanWord(context, start);
        return ReservedWords.IsReserved(source, start, end - start) ? start : end;
    }

    /// <summary>
    /// The start of the first atom of the unit text [start, end) that <see cref="UnitRegistry"/> does not know, or -1.
    /// The same check as <see cref="UnitParser.TryParse"/>, without building the unit: the binder does that.
    /// </summary>
    private static int FindUnknownAtom(ParseContext context, int start, int end)
    {
        var source = context.Source;
        var atomStart = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && source[k] is not ('/' or '*'))
            {
                continue;
            }

            if (!UnitRegistry.TryGetAtom(source.Substring(atomStart, k - atomStart), out _))
            {
                return atomStart;
            }

            atomStart = k + 1;
        }

        return -1;
    }

    private static void ReportUnknownAtom(ParseContext context, int start, int end)
    {
        var source = context.Source;
        var atomStart = FindUnknownAtom(context, start, end);
        var atomEnd = atomStart;
        while (atomEnd < end && source[atomEnd] is not ('/' or '*'))
        {
            atomEnd++;
        }

        var atom = source.Substring(atomStart, atomEnd - atomStart);
        context.Report(DiagnosticCatalog.UnknownUnit, atomStart, atomEnd - atomStart, atom, Suggestions.DidYouMean(atom, UnitRegistry.Names));
    }
}
