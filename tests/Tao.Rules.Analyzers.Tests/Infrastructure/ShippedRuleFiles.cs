using Tao.Rules.Tests;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>The rule and schema files under rules/, read from the repository, with their repository-relative paths.</summary>
internal static class ShippedRuleFiles
{
    public static (string Path, string Text)[] Read()
    {
        var root = Path.Combine(RepositoryRoot.Path, "rules");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => RuleFileKinds.Classify(f) != RuleFileKind.None)
            .Select(f => ("rules/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToArray();
    }
}
