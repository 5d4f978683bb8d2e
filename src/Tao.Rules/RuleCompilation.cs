using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Schema;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules;

/// <summary>
/// One run of the language pipeline over a set of files: parse every rule file, load every schema, bind each package
/// against the schemas (the given ones first, the shipped ones as the fallback) and lint it. Every host — the CLI, the
/// analyzer, the test runner, the library API — goes through this type, so all of them report the same diagnostics.
/// </summary>
public sealed class RuleCompilation
{
    private RuleCompilation(
        IReadOnlyList<RuleSyntaxTree> syntaxTrees,
        SchemaSet schemas,
        IReadOnlyList<BoundPackage> packages,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        SyntaxTrees = syntaxTrees;
        Schemas = schemas;
        Packages = packages;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<RuleSyntaxTree> SyntaxTrees { get; }

    public SchemaSet Schemas { get; }

    /// <summary>The bound packages of the rule files whose syntax had no errors, in path order.</summary>
    public IReadOnlyList<BoundPackage> Packages { get; }

    /// <summary>Every diagnostic of every phase, in <see cref="DiagnosticOrder"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Compiles <paramref name="sources"/> (classified by <see cref="RuleFileKinds.Classify"/>; others are ignored).
    /// <paramref name="fallbackSchemas"/> defaults to the shipped schemas. <paramref name="functions"/> are the C#
    /// <c>[RuleFunction]</c>s rules may call besides the built-ins (none by default); <paramref name="lintOptions"/>
    /// default to <see cref="LintOptions.Default"/>.
    /// </summary>
    public static RuleCompilation Create(
        IEnumerable<SourceText> sources,
        SchemaSet? fallbackSchemas = null,
        RuleFunctionCatalog? functions = null,
        LintOptions? lintOptions = null) =>
        Create(sources, fallbackSchemas, Parse, functions, lintOptions);

    /// <summary>
    /// As <see cref="Create(IEnumerable{SourceText}, SchemaSet?, RuleFunctionCatalog?, LintOptions?)"/>, with
    /// <paramref name="parse"/> turning each rule file into its syntax tree. A host that keeps trees between runs (the
    /// analyzer caches them by file content) passes a parse that returns the tree it already has; syntax trees are
    /// immutable, so one tree may serve many compilations.
    /// </summary>
    public static RuleCompilation Create(
        IEnumerable<SourceText> sources,
        SchemaSet? fallbackSchemas,
        Func<SourceText, RuleSyntaxTree?> parse,
        RuleFunctionCatalog? functions = null,
        LintOptions? lintOptions = null)
    {
        var diagnostics = new DiagnosticBag();
        var ordered = sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();

        var schemaSet = SchemaLoader.LoadAll(
            ordered.Where(s => RuleFileKinds.Classify(s.Path) == RuleFileKind.Schema),
            diagnostics,
            fallbackSchemas);

        var trees = new List<RuleSyntaxTree>();
        var packages = new List<BoundPackage>();
        foreach (var source in ordered)
        {
            var tree = RuleFileKinds.Classify(source.Path) is RuleFileKind.DslRules or RuleFileKind.YamlRules ? parse(source) : null;
            if (tree is null)
            {
                continue;
            }

            trees.Add(tree);
            diagnostics.AddRange(tree.Diagnostics);
            if (tree.Root.Package is null)
            {
                continue;
            }

            // The parser recovers at each declaration, so what did parse is still bound: a mistake in one rule must not
            // hide an independent mistake in another. Only findings that a lost declaration could explain are held back.
            var bindingDiagnostics = new DiagnosticBag();
            var package = Binder.Bind(tree, schemaSet, bindingDiagnostics, functions);
            if (tree.HasErrors)
            {
                diagnostics.AddRange(bindingDiagnostics.Where(d => !DependsOnWholeFile(d)));
                continue;
            }

            diagnostics.AddRange(bindingDiagnostics);
            RuleLinter.Lint(package, diagnostics, lintOptions);
            packages.Add(package);
        }

        return new RuleCompilation(trees, schemaSet, packages, diagnostics.ToSortedList());
    }

    /// <summary>The syntax tree of a rule file (DSL or YAML, told by its name); null for any other file.</summary>
    public static RuleSyntaxTree? Parse(SourceText source) => RuleFileKinds.Classify(source.Path) switch
    {
        RuleFileKind.DslRules => RuleParser.ParseFile(source),
        RuleFileKind.YamlRules => YamlRuleParser.Parse(source),
        _ => null,
    };

    /// <summary>Diagnostics that may only be an echo of a declaration the parser could not read.</summary>
    private static bool DependsOnWholeFile(Diagnostic diagnostic) =>
        diagnostic.Descriptor == DiagnosticCatalog.UnknownRuleInTest
        || diagnostic.Descriptor == DiagnosticCatalog.UnknownName
        || diagnostic.Descriptor == DiagnosticCatalog.CyclicLet
        || diagnostic.Descriptor == DiagnosticCatalog.UnknownTestEntity;
}
