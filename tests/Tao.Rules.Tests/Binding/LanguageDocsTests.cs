using Tao.Rules.Binding;
using Tao.Rules.Units;

namespace Tao.Rules.Tests.Binding;

/// <summary>docs/language.md lists every built-in and every unit the binder knows.</summary>
public sealed class LanguageDocsTests
{
    private static string Section(string heading)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "language.md")).Replace("\r\n", "\n");
        var start = text.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/language.md has no '## {heading}' section");
        var end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
    }

    [Fact]
    public void Every_builtin_has_a_row()
    {
        var section = Section("Built-in functions");
        Assert.All(BuiltinCatalog.Functions, f => Assert.Contains($"| `{f.Name}` |", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_unit_is_named()
    {
        var section = Section("Units of measure");
        Assert.All(UnitRegistry.Names.Where(n => !n.EndsWith('s') || n == "bps"), name => Assert.Contains($"`{name}", section, StringComparison.Ordinal));
    }
}
