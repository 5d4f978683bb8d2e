using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Catalog = Tao.Rules.Diagnostics.DiagnosticCatalog;

namespace Tao.Rules.Analyzers.RuleFiles;

/// <summary>
/// The Roslyn face of the core catalog: one <see cref="DiagnosticDescriptor"/> per id that checking rule files can
/// report (syntax, YAML, binding and hygiene; facts and rule tests need a run). Ids, categories and severities are
/// written out as constants because Roslyn's release tracking (RS2000-RS2008, AnalyzerReleases.*.md) reads them from
/// the source; titles come from the catalog, and a test fails if an id, category or severity differs from it.
/// </summary>
internal static class RuleFileDescriptors
{
    // The core formats its own messages (invariant culture, suggestions); Roslyn only places the finished text.
    private const string MessageFormat = "{0}";

    private const string Syntax = "Syntax";
    private const string Yaml = "Yaml";
    private const string Binding = "Binding";
    private const string Hygiene = "Hygiene";

    // TAO1xxx: the text of a rule file and the DSL grammar.
    public static readonly DiagnosticDescriptor SyntaxError = new("TAO1001", Catalog.SyntaxError.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1001"));
    public static readonly DiagnosticDescriptor UnterminatedString = new("TAO1002", Catalog.UnterminatedString.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1002"));
    public static readonly DiagnosticDescriptor NestingTooDeep = new("TAO1003", Catalog.NestingTooDeep.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1003"));
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("TAO1004", Catalog.NumberOutOfRange.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1004"));
    public static readonly DiagnosticDescriptor UnknownUnit = new("TAO1005", Catalog.UnknownUnit.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1005"));
    public static readonly DiagnosticDescriptor InvalidDate = new("TAO1006", Catalog.InvalidDate.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1006"));
    public static readonly DiagnosticDescriptor DuplicateClause = new("TAO1007", Catalog.DuplicateClause.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1007"));
    public static readonly DiagnosticDescriptor MissingPackage = new("TAO1008", Catalog.MissingPackage.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1008"));
    public static readonly DiagnosticDescriptor InvalidEncoding = new("TAO1009", Catalog.InvalidEncoding.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1009"));
    public static readonly DiagnosticDescriptor InvalidCharacter = new("TAO1010", Catalog.InvalidCharacter.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1010"));
    public static readonly DiagnosticDescriptor FileTooLarge = new("TAO1011", Catalog.FileTooLarge.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1011"));
    public static readonly DiagnosticDescriptor InvalidEscape = new("TAO1012", Catalog.InvalidEscape.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1012"));
    public static readonly DiagnosticDescriptor InvalidInterpolation = new("TAO1013", Catalog.InvalidInterpolation.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1013"));
    public static readonly DiagnosticDescriptor UnreadableFile = new("TAO1014", Catalog.UnreadableFile.Title, MessageFormat, Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO1014"));

    // TAO2xxx: the structure of YAML rule and schema files.
    public static readonly DiagnosticDescriptor InvalidYaml = new("TAO2001", Catalog.InvalidYaml.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2001"));
    public static readonly DiagnosticDescriptor UnknownKey = new("TAO2002", Catalog.UnknownKey.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2002"));
    public static readonly DiagnosticDescriptor MissingKey = new("TAO2003", Catalog.MissingKey.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2003"));
    public static readonly DiagnosticDescriptor DuplicateKey = new("TAO2004", Catalog.DuplicateKey.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2004"));
    public static readonly DiagnosticDescriptor WrongValueKind = new("TAO2005", Catalog.WrongValueKind.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2005"));
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("TAO2006", Catalog.AliasNotAllowed.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2006"));
    public static readonly DiagnosticDescriptor InvalidValue = new("TAO2007", Catalog.InvalidValue.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2007"));
    public static readonly DiagnosticDescriptor YamlNestingTooDeep = new("TAO2008", Catalog.YamlNestingTooDeep.Title, MessageFormat, Yaml, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO2008"));

    // TAO3xxx: names, types and units.
    public static readonly DiagnosticDescriptor UnknownField = new("TAO3001", Catalog.UnknownField.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3001"));
    public static readonly DiagnosticDescriptor TypeMismatch = new("TAO3002", Catalog.TypeMismatch.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3002"));
    public static readonly DiagnosticDescriptor UnitMismatch = new("TAO3003", Catalog.UnitMismatch.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3003"));
    public static readonly DiagnosticDescriptor UnknownFunction = new("TAO3004", Catalog.UnknownFunction.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3004"));
    public static readonly DiagnosticDescriptor UnknownName = new("TAO3005", Catalog.UnknownName.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3005"));
    public static readonly DiagnosticDescriptor CyclicLet = new("TAO3006", Catalog.CyclicLet.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3006"));
    public static readonly DiagnosticDescriptor UnknownEntityKind = new("TAO3007", Catalog.UnknownEntityKind.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3007"));
    public static readonly DiagnosticDescriptor DuplicateName = new("TAO3008", Catalog.DuplicateName.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3008"));
    public static readonly DiagnosticDescriptor MisplacedPopulation = new("TAO3009", Catalog.MisplacedPopulation.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3009"));
    public static readonly DiagnosticDescriptor InvalidSchema = new("TAO3010", Catalog.InvalidSchema.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3010"));
    public static readonly DiagnosticDescriptor UnknownRuleInTest = new("TAO3011", Catalog.UnknownRuleInTest.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3011"));
    public static readonly DiagnosticDescriptor UnknownEnumValue = new("TAO3012", Catalog.UnknownEnumValue.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3012"));
    public static readonly DiagnosticDescriptor InvalidLambda = new("TAO3013", Catalog.InvalidLambda.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3013"));
    public static readonly DiagnosticDescriptor NonConstantValue = new("TAO3014", Catalog.NonConstantValue.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3014"));
    public static readonly DiagnosticDescriptor MissingEntityKind = new("TAO3015", Catalog.MissingEntityKind.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3015"));
    public static readonly DiagnosticDescriptor UnknownTestEntity = new("TAO3016", Catalog.UnknownTestEntity.Title, MessageFormat, Binding, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO3016"));

    // TAO4xxx: rule hygiene.
    public static readonly DiagnosticDescriptor DuplicateRuleId = new("TAO4001", Catalog.DuplicateRuleId.Title, MessageFormat, Hygiene, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4001"));
    public static readonly DiagnosticDescriptor MissingCitation = new("TAO4002", Catalog.MissingCitation.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4002"));
    public static readonly DiagnosticDescriptor MissingBecause = new("TAO4003", Catalog.MissingBecause.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4003"));
    public static readonly DiagnosticDescriptor UntestedRule = new("TAO4004", Catalog.UntestedRule.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4004"));
    public static readonly DiagnosticDescriptor MissingSeverity = new("TAO4005", Catalog.MissingSeverity.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4005"));
    public static readonly DiagnosticDescriptor ConstantCondition = new("TAO4006", Catalog.ConstantCondition.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4006"));
    public static readonly DiagnosticDescriptor UnsatisfiableRequire = new("TAO4007", Catalog.UnsatisfiableRequire.Title, MessageFormat, Hygiene, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4007"));
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("TAO4008", Catalog.UnusedDeclaration.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4008"));
    public static readonly DiagnosticDescriptor MissingRequire = new("TAO4009", Catalog.MissingRequire.Title, MessageFormat, Hygiene, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4009"));
    public static readonly DiagnosticDescriptor ContradictoryRules = new("TAO4010", Catalog.ContradictoryRules.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4010"));
    public static readonly DiagnosticDescriptor DuplicateCondition = new("TAO4011", Catalog.DuplicateCondition.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4011"));
    public static readonly DiagnosticDescriptor CostBudgetExceeded = new("TAO4012", Catalog.CostBudgetExceeded.Title, MessageFormat, Hygiene, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO4012"));

    /// <summary>Every descriptor the rule-file analyzer supports, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        SyntaxError,
        UnterminatedString,
        NestingTooDeep,
        NumberOutOfRange,
        UnknownUnit,
        InvalidDate,
        DuplicateClause,
        MissingPackage,
        InvalidEncoding,
        InvalidCharacter,
        FileTooLarge,
        InvalidEscape,
        InvalidInterpolation,
        UnreadableFile,
        InvalidYaml,
        UnknownKey,
        MissingKey,
        DuplicateKey,
        WrongValueKind,
        AliasNotAllowed,
        InvalidValue,
        YamlNestingTooDeep,
        UnknownField,
        TypeMismatch,
        UnitMismatch,
        UnknownFunction,
        UnknownName,
        CyclicLet,
        UnknownEntityKind,
        DuplicateName,
        MisplacedPopulation,
        InvalidSchema,
        UnknownRuleInTest,
        UnknownEnumValue,
        InvalidLambda,
        NonConstantValue,
        MissingEntityKind,
        UnknownTestEntity,
        DuplicateRuleId,
        MissingCitation,
        MissingBecause,
        UntestedRule,
        MissingSeverity,
        ConstantCondition,
        UnsatisfiableRequire,
        UnusedDeclaration,
        MissingRequire,
        ContradictoryRules,
        DuplicateCondition,
        CostBudgetExceeded);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        All.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a core id; null for an id outside the checked families.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;
}
