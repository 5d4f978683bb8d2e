using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Expressions and explanation texts inside YAML values, parsed by the DSL's own grammar over an embedded text that
/// maps back into the file, so every diagnostic lands on its true line and column.
/// </summary>
internal static class YamlExpressions
{
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
                return YamlValues.Scalar(entry, context, "a value such as \"XMR\", 3 or true") is { } scalar ? Scalar(scalar, context) : null;
        }
    }

    private static ExpressionSyntax? Element(YamlNode item, string field, YamlReadContext context)
    {
        switch (item)
        {
            case YamlScalar { IsNull: false } scalar:
                return Scalar(scalar, context);
            case YamlRejected:
                return null;
            default:
                context.Report(Diagnostics.DiagnosticCatalog.WrongValueKind, item, field, "a list of single values; this item is " + YamlValues.Describe(item));
                return null;
        }
    }

    private static ExpressionSyntax? Scalar(YamlScalar scalar, YamlReadContext context) =>
        scalar.IsQuoted ? new StringLiteralSyntax(scalar.Value, scalar.Span) : Expression(scalar, context);
}
