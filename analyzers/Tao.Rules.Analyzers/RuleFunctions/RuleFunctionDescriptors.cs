using Microsoft.CodeAnalysis;
using Tao.Rules.Analyzers.RuleFiles;
using Catalog = Tao.Rules.Diagnostics.DiagnosticCatalog;

namespace Tao.Rules.Analyzers.RuleFunctions;

/// <summary>
/// The Roslyn descriptors of the C# rule-function checks (TAO5xxx). Ids, category and severity are constants for
/// Roslyn's release tracking; titles and messages come from the core catalog, so the one catalog stays the source.
/// </summary>
internal static class RuleFunctionDescriptors
{
    private const string Category = "RuleFunctions";

    public static readonly DiagnosticDescriptor NonDeterministicApi = new("TAO5001", Catalog.NonDeterministicApi.Title, Catalog.NonDeterministicApi.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO5001"));

    public static readonly DiagnosticDescriptor InputOutputApi = new("TAO5002", Catalog.InputOutputApi.Title, Catalog.InputOutputApi.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO5002"));

    public static readonly DiagnosticDescriptor NotStatic = new("TAO5003", Catalog.RuleFunctionNotStatic.Title, Catalog.RuleFunctionNotStatic.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO5003"));

    public static readonly DiagnosticDescriptor UnknownType = new("TAO5004", Catalog.RuleFunctionUnknownType.Title, Catalog.RuleFunctionUnknownType.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinks.For("TAO5004"));
}
