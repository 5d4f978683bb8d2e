using Tao.Rules.Diagnostics;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>Values shared by package, rule and test keys: texts, names, dates and <c>effective</c>.</summary>
internal static class YamlClauses
{
    private static readonly string[] EffectiveKeys = ["from", "until"];

    public static StringLiteralSyntax? Text(YamlEntry entry, YamlReadContext context) =>
        YamlValues.Scalar(entry, context, "a text") is { } scalar ? new StringLiteralSyntax(scalar.Value, scalar.Span) : null;

    public static DateLiteralSyntax? Date(YamlEntry entry, YamlReadContext context) =>
        YamlValues.Scalar(entry, context, "a date such as 2026-01-01") is { } scalar ? Date(scalar, context, $"date for '{entry.Key.Value}'") : null;

    private static DateLiteralSyntax? Date(YamlScalar scalar, YamlReadContext context, string what) =>
        YamlValues.Date(scalar, context, what) is { } date ? new DateLiteralSyntax(date, scalar.Span) : null;

    /// <summary>A name that must follow one of the DSL's spelling rules; TAO2007 otherwise.</summary>
    public static YamlScalar? Name(YamlEntry entry, YamlReadContext context, Func<string, bool> isValid, string what, string rule)
    {
        var scalar = YamlValues.Scalar(entry, context, rule);
        if (scalar is not null && !isValid(scalar.Value))
        {
            context.Report(DiagnosticCatalog.InvalidValue, scalar, scalar.Value, what, rule);
            return null;
        }

        return scalar;
    }

    /// <summary><c>effective: 2026-01-01</c>, or <c>effective: { from: 2026-01-01, until: 2026-12-31 }</c>.</summary>
    public static EffectiveClauseSyntax? Effective(YamlEntry entry, YamlReadContext context)
    {
        switch (entry.Value)
        {
            case YamlScalar { IsNull: false } scalar:
                return Date(scalar, context, "date for 'effective'") is { } from ? new EffectiveClauseSyntax(from, null, entry.Span) : null;
            case YamlMapping mapping:
                var keys = YamlMappingKeys.Check(mapping, context, "'effective'", EffectiveKeys);
                var fromEntry = keys.Require("from");
                var start = fromEntry is null ? null : Date(fromEntry, context);
                var until = keys["until"] is { } untilEntry ? Date(untilEntry, context) : null;
                var untilFailed = keys["until"] is not null && until is null;
                return start is null || untilFailed ? null : new EffectiveClauseSyntax(start, until, entry.Span);
            case YamlRejected:
                return null;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, entry.Value is YamlScalar ? entry.Key : entry.Value, "effective", "a date or { from: DATE, until: DATE }, not " + YamlValues.Describe(entry.Value));
                return null;
        }
    }

    /// <summary>An expression value (<c>when</c>, <c>require</c>, a param or a let).</summary>
    public static ExpressionSyntax? Expression(YamlEntry entry, YamlReadContext context) =>
        YamlValues.Scalar(entry, context, "an expression") is { } scalar ? YamlExpressions.Expression(scalar, context) : null;

    /// <summary>A <c>because</c> or <c>remedy</c> text with <c>{expression}</c> holes.</summary>
    public static InterpolatedStringSyntax? Interpolation(YamlEntry entry, YamlReadContext context) =>
        YamlValues.Scalar(entry, context, "a text") is { } scalar ? YamlExpressions.Interpolation(scalar, context) : null;

    /// <summary>One of a fixed set of words (severity, outcome, verdict); TAO2007 otherwise.</summary>
    public static T? Word<T>(YamlEntry entry, YamlReadContext context, TryParse<T> parse, IReadOnlyList<string> words, string what)
        where T : struct
    {
        var expected = Words.OneOf(words);
        var scalar = YamlValues.Scalar(entry, context, expected);
        if (scalar is null)
        {
            return null;
        }

        if (parse(scalar.Value, out var value))
        {
            return value;
        }

        var suggestion = Suggestions.Closest(scalar.Value, words);
        context.Report(DiagnosticCatalog.InvalidValue, scalar, scalar.Value, what, expected + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"));
        return null;
    }

    public delegate bool TryParse<T>(string text, out T value);
}
