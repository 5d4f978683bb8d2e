using System.Text;
using Sprache;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Splits a <c>because</c>/<c>remedy</c> text into literal parts and <c>{expression}</c> holes. Holes are parsed with
/// the expression grammar in place, over the same text, so their spans are true positions in the file.
/// </summary>
internal static class InterpolationParser
{
    /// <summary>A string literal of the DSL read as an interpolated text (escapes resolved in the literal parts).</summary>
    public static readonly Parser<InterpolatedStringSyntax> StringLiteral = i =>
    {
        var token = Tokens.String(i);
        if (!token.WasSuccessful)
        {
            return SequenceCombinators.Fail<StringToken, InterpolatedStringSyntax>(token);
        }

        var t = token.Value;
        var context = ((SourceInput)i).Context;
        var text = Parse(context, t.ContentStart, t.ContentEnd, resolveEscapes: true, context.Span(t.Start, t.End));
        return Result.Success(text, token.Remainder);
    };

    /// <summary>Reads [start, end) of the context's text; problems are reported to the context, never thrown.</summary>
    public static InterpolatedStringSyntax Parse(ParseContext context, int start, int end, bool resolveEscapes, SourceSpan span)
    {
        var source = context.Source;
        var parts = new List<InterpolationPartSyntax>();
        var text = new StringBuilder();
        var textStart = start;
        var position = start;

        void FlushText(int upTo)
        {
            if (upTo > textStart || text.Length > 0)
            {
                parts.Add(new InterpolationTextSyntax(text.ToString(), context.Span(textStart, upTo)));
                text.Clear();
            }
        }

        while (position < end)
        {
            var c = source[position];
            var next = position + 1 < end ? source[position + 1] : '\0';
            if (c == '{' && next == '{')
            {
                text.Append('{');
                position += 2;
            }
            else if (c == '}' && next == '}')
            {
                text.Append('}');
                position += 2;
            }
            else if (c == '{')
            {
                FlushText(position);
                position = ParseHole(context, position, end, parts);
                textStart = position;
            }
            else if (c == '}')
            {
                context.Report(DiagnosticCatalog.InvalidInterpolation, position, 1, "a single '}' in text; write '}}' for a literal brace");
                text.Append('}');
                position++;
            }
            else if (c == '\\' && resolveEscapes && position + 1 < end)
            {
                var resolved = Tokens.Unescape(next);
                if (resolved is null)
                {
                    text.Append('\\').Append(next);
                }
                else
                {
                    text.Append(resolved.Value);
                }

                position += 2;
            }
            else
            {
                text.Append(c);
                position++;
            }
        }

        FlushText(end);
        return new InterpolatedStringSyntax(parts, span);
    }

    /// <summary>Parses the hole that opens at <paramref name="open"/>; returns the position after it.</summary>
    private static int ParseHole(ParseContext context, int open, int end, List<InterpolationPartSyntax> parts)
    {
        var close = FindHoleEnd(context.Source, open + 1, end);
        if (close < 0)
        {
            context.Report(DiagnosticCatalog.InvalidInterpolation, open, 1, "'{' opens an interpolation hole that is never closed; close it with '}', or write '{{' for a literal brace");
            return end;
        }

        var hole = context.ForRegion(open + 1, close);
        var first = Tokens.SkipTrivia(hole, open + 1);
        if (first == close)
        {
            context.Report(DiagnosticCatalog.InvalidInterpolation, open, close + 1 - open, "empty interpolation hole; put an expression between '{' and '}', or write '{{' for a literal brace");
            return close + 1;
        }

        var result = ExpressionGrammar.Expression(hole.InputAt(first));
        if (result.WasSuccessful && result.Remainder.AtEnd)
        {
            parts.Add(new InterpolationHoleSyntax(result.Value, context.Span(open, close + 1)));
            return close + 1;
        }

        if (hole.DepthExceededAt >= 0)
        {
            context.Report(DiagnosticCatalog.NestingTooDeep, hole.DepthExceededAt, 1, hole.DepthLimit);
            return close + 1;
        }

        if (result.WasSuccessful)
        {
            hole.Failures.Expect(result.Remainder.Position, EndOfHole);
        }

        var at = Math.Max(hole.Failures.Position, first);
        context.Report(DiagnosticCatalog.InvalidInterpolation, at, TokenDescriber.Length(hole, at), "in interpolation hole: " + hole.Failures.BuildMessage());
        return close + 1;
    }

    private static readonly Expectation EndOfHole = new("'}' to close the hole");

    /// <summary>The '}' that closes a hole, skipping string literals inside it (YAML texts may have them); -1 if none.</summary>
    private static int FindHoleEnd(string source, int start, int end)
    {
        var inString = false;
        for (var k = start; k < end; k++)
        {
            var c = source[k];
            if (inString)
            {
                if (c == '\\')
                {
                    k++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '}')
            {
                return k;
            }
        }

        return -1;
    }
}
