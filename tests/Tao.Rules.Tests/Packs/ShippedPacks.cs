using Tao.Rules.Evaluation;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Packs;

/// <summary>The rule packs and schemas shipped in rules/, compiled once for every pack test.</summary>
internal static class ShippedPacks
{
    private static readonly Lazy<RuleCompilation> LazyCompilation = new(Compile);

    public static string RulesFolder { get; } = Path.Combine(RepositoryRoot.Path, "rules");

    public static string SamplesFolder { get; } = Path.Combine(RulesFolder, "samples");

    public static RuleCompilation Compilation => LazyCompilation.Value;

    /// <summary>Every rule and schema file under rules/, as paths relative to the repository (samples are facts, not rules).</summary>
    public static IReadOnlyList<string> RuleAndSchemaFiles { get; } = FindRuleAndSchemaFiles();

    public static CompiledPack Pack(string name) =>
        CompiledPack.Compile(Compilation.Packages.Single(p => p.Name == name));

    private static RuleCompilation Compile() =>
        RuleCompilation.Create(RuleAndSchemaFiles.Select(path =>
            SourceText.From(File.ReadAllText(Path.Combine(RepositoryRoot.Path, path)), path)));

    private static IReadOnlyList<string> FindRuleAndSchemaFiles() =>
        Directory.EnumerateFiles(RulesFolder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".rules", StringComparison.Ordinal)
                || f.EndsWith(".rules.yaml", StringComparison.Ordinal)
                || f.EndsWith(".schema.yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}
