using System.Globalization;
using System.Text.RegularExpressions;
using Tao.Rules.Diagnostics;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Checks that a value has the kind its key needs (TAO2005) and reads the simple values YAML files share: names,
/// dates, booleans. Each method reports its own diagnostic and returns null on a mistake.
/// </summary>
internal static class YamlValues
{
    private static readonly Regex DatePattern = new("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);

    /// <summary>A non-empty scalar, or null after reporting what was found instead.</summary>
    public static YamlScalar? Scalar(YamlEntry entry, YamlReadContext context, string expected)
    {
        switch (entry.Value)
        {
            case YamlScalar { IsNull: false } scalar:
                return scalar;
            case YamlScalar:
                // An empty value has no text of its own to point at; its key does.
                context.Report(DiagnosticCatalog.WrongValueKind, entry.Key, entry.Key.Value, expected + ", not empty");
                return null;
            case YamlRejected:
                return null;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, entry.Value, entry.Key.Value, expected + ", not " + entry.Value.KindText);
                return null;
        }
    }

    /// <summary>A mapping, or null after reporting what was found instead.</summary>
    public static YamlMapping? Mapping(YamlEntry entry, YamlReadContext context, string expected)
    {
        if (entry.Value is YamlScalar { IsNull: true })
        {
            context.Report(DiagnosticCatalog.WrongValueKind, entry.Key, entry.Key.Value, expected + ", not empty");
            return null;
        }

        return Mapping(entry.Value, entry.Key.Value, context, expected);
    }

    public static YamlMapping? Mapping(YamlNode node, string name, YamlReadContext context, string expected)
    {
        switch (node)
        {
            case YamlMapping mapping:
                return mapping;
            case YamlRejected:
                return null;
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, node, name, expected + ", not " + Describe(node));
                return null;
        }
    }

    /// <summary>The items of a list; an empty value (<c>key:</c>) is an empty list.</summary>
    public static IReadOnlyList<YamlNode> Items(YamlEntry entry, YamlReadContext context, string expected)
    {
        switch (entry.Value)
        {
            case YamlSequence sequence:
                return sequence.Items;
            case YamlScalar { IsNull: true }:
            case YamlRejected:
                return [];
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, entry.Value, entry.Key.Value, expected + ", not " + entry.Value.KindText);
                return [];
        }
    }

    /// <summary>The entries of a mapping; an empty value (<c>key:</c>) has none.</summary>
    public static YamlMapping? OptionalMapping(YamlEntry entry, YamlReadContext context, string expected) =>
        entry.Value is YamlScalar { IsNull: true } ? null : Mapping(entry, context, expected);

    public static string Describe(YamlNode node) => node is YamlScalar { IsNull: true } ? "empty" : node.KindText;

    /// <summary>Reads <c>YYYY-MM-DD</c>, a real calendar date; anything else is TAO2007.</summary>
    public static DateTime? Date(YamlScalar scalar, YamlReadContext context, string what)
    {
        if (DatePattern.IsMatch(scalar.Value)
            && DateTime.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Unspecified);
        }

        context.Report(DiagnosticCatalog.InvalidValue, scalar, scalar.Value, what, "a calendar date written YYYY-MM-DD");
        return null;
    }

    /// <summary>Reads <c>true</c> or <c>false</c> (any case YAML allows); anything else is TAO2007.</summary>
    public static bool? Boolean(YamlScalar scalar, YamlReadContext context, string what)
    {
        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                context.Report(DiagnosticCatalog.InvalidValue, scalar, scalar.Value, what, "true or false");
                return null;
        }
    }
}
