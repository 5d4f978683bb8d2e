using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Expressions and explanation texts inside YAML values, parsed by the DSL's own grammar over an embedded text that
/// maps back into the file, so every diagnostic lands on its true line and column.
/// </summary>
internal static class YamlExpressions
{
    private static readonly Regex CapitalisedWord =
        new("^[A-Z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    public static ExpressionSyntax? Expression(YamlScalar scalar, YamlReadContext context) =>
        RuleParser.ParseExpression(ScalarSourceMap.Embed(scalar), context.Diagnostics);

    public static InterpolatedStringSyntax Interpolation(YamlScalar scalar, YamlReadContext context) =>
        RuleParser.ParseInterpolation(ScalarSourceMap.Embed(scalar), context.Diagnostics);

    /// <summary>
    /// A field value of a <c>given</c>. Test data reads the way YAML data does: a quoted value is a string, a plain one
    /// an expression (<c>3</c>, <c>true</c>, <c>95 %</c>, <c>2026-01-01</c>), a YAML list a list of such values.
    /// </summary>
    public static ExpressionSyntax? Value(YamlEntry entry, YamlReadContext context)
    {
        switch (entry.Value)
        {
            case YamlSequence sequence:
                var elements = new List<ExpressionSyntax>();
                var complete = true;
                foreach (var item in sequence.Items)
                {
                    var element = Element(item, entry.Key.Value, context);
                    complete &= element is not null;
                    if (element is not null)
                    {
                        elements.Add(element);
                    }
                }

                return complete ? new ListExpressionSyntax(elements, sequence.Span) : null;
            default:
                return YamlValues.Scalar(entry, context, "a value such as \"XMR\", 3 or true") is { } scalar ? Scalar(scalar, entry.Key.Value, context) : null;
        }
    }

    private static ExpressionSyntax? Element(YamlNode item, string field, YamlReadContext context)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } scalar:
                return Scalar(scalar, field, context);
            case YamlRejected:
                return null;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, item, field, "a list of single values; this item is " + YamlValues.Describe(item));
                return null;
        }
    }

    private static ExpressionSyntax? Scalar(YamlScalar scalar, string field, YamlReadContext context)
    {
        if (scalar.IsQuoted)
        {
            return new StringLiteralSyntax(scalar.Value, scalar.Span);
        }

        // A bare capitalised word (XMR, Bittensor) can never be an expression; it is a text that lost its quotes.
        if (CapitalisedWord.IsMatch(scalar.Value))
        {
            context.Report(DiagnosticCatalog.InvalidValue, scalar, scalar.Value, $"value of field '{field}'", $"an expression, or a text in quotes such as \"{scalar.Value}\"");
            return null;
        }

        return Expression(scalar, context);
    }
}
