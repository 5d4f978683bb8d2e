using System.Text.RegularExpressions;
using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Analysis;

/// <summary>
/// The binding and hygiene pages show real output: each page's example gives exactly the diagnostic lines it quotes,
/// and its fixed snippet gives none of that id.
/// </summary>
public sealed class DiagnosticPageExampleTests
{
    private static readonly Regex Block = new("```(?<lang>rules|text)\\n(?<body>.*?)```", RegexOptions.Singleline);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        // TAO3017–TAO3019 are about loading C# rule functions: their examples are C#, checked by RuleFunctionPageTests
        // (TAO3017, TAO3018) and the CLI tests (TAO3019).
        foreach (var descriptor in DiagnosticCatalog.All.Where(d => d.Category is DiagnosticCategory.Binding or DiagnosticCategory.Hygiene && d.Id is not ("TAO3010" or "TAO3017" or "TAO3018" or "TAO3019")))
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    internal static IReadOnlyList<string> Run(string source, string id)
    {
        var tree = RuleParser.ParseFile(SourceText.From(source, "demo.rules"));
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(tree.Diagnostics);
        var package = Binder.Bind(tree, ShippedSchemas.Load(), diagnostics);
        // TAO4012 is off until a budget is set; its page says the example is checked with a budget of 1000.
        RuleLinter.Lint(package, diagnostics, id == "TAO4012" ? new LintOptions { CostBudget = 1000 } : null);
        return diagnostics.ToSortedList().Where(d => d.Id == id).Select(d => d.ToString()).ToArray();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_example_gives_the_quoted_diagnostic_and_the_fix_removes_it(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
        var blocks = Block.Matches(page).Cast<Match>().ToArray();
        var example = blocks.First(b => b.Groups["lang"].Value == "rules").Groups["body"].Value;
        var expected = blocks.First(b => b.Groups["lang"].Value == "text").Groups["body"].Value.TrimEnd('\n').Split('\n');
        var fix = blocks.Last(b => b.Groups["lang"].Value == "rules").Groups["body"].Value;

        Assert.Equal(string.Join("\n", expected), string.Join("\n", Run(example, id)));
        Assert.Empty(Run(fix, id));
    }
}
