using System.Text.RegularExpressions;
using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// The DSL's spelling rules for names that YAML writes as plain values (package names, rule ids, params, kinds), so
/// that a YAML file can only say what a <c>*.rules</c> file could say. A misspelt one is TAO2007.
/// </summary>
internal static class YamlNames
{
    private static readonly Regex IdentifierPattern = new("^[a-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex FieldNamePattern = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex RuleIdPattern = new("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex JurisdictionPattern = new("^[A-Za-z][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$", RegexOptions.CultureInvariant);

    /// <summary>A param, a let or an entity kind: <c>[a-z_][A-Za-z0-9_]*</c>, not a keyword.</summary>
    public static bool IsIdentifier(string text) => IdentifierPattern.IsMatch(text) && !ReservedWords.All.Contains(text);

    /// <summary>A field of a <c>given</c>: any word, keywords included, as after a dot.</summary>
    public static bool IsFieldName(string text) => FieldNamePattern.IsMatch(text);

    public static bool IsRuleId(string text) => RuleIdPattern.IsMatch(text);

    public static bool IsJurisdiction(string text) => JurisdictionPattern.IsMatch(text) && !ReservedWords.All.Contains(text);

    /// <summary><c>jp.jvcea</c>: identifiers joined by dots.</summary>
    public static bool IsPackageName(string text) => text.Split('.').All(IsIdentifier);

    public const string IdentifierRule = "a name of letters, digits and '_' that starts with a lower-case letter or '_' and is not a keyword";

    public const string FieldNameRule = "a field name of letters, digits and '_'";

    public const string RuleIdRule = "upper-case letters and digits joined by '-', such as JP-GL-01";

    public const string JurisdictionRule = "a jurisdiction code such as JP, EU or US-NY";

    public const string PackageNameRule = "lower-case names joined by dots, such as jp.jvcea";
}
