using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analyzers.Tests.Infrastructure;

namespace Tao.Rules.Analyzers.Tests.RuleFunctions;

/// <summary>Each TAO5xxx page's C# example gives exactly the diagnostic line the page quotes, and its fix gives none.</summary>
public sealed class DiagnosticPageExampleTests
{
    private static readonly Regex Block = new("```(?<lang>csharp|text)\\n(?<body>.*?)```", RegexOptions.Singleline);

    [Theory]
    [InlineData("TAO5001")]
    [InlineData("TAO5002")]
    [InlineData("TAO5003")]
    [InlineData("TAO5004")]
    public async Task The_page_example_reports_what_the_page_says(string id)
    {
        var page = File.ReadAllText(Path.Combine(Root(), "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
        var blocks = Block.Matches(page).Select(m => (Lang: m.Groups["lang"].Value, Body: m.Groups["body"].Value)).ToList();
        Assert.Equal(["csharp", "text", "csharp"], blocks.Select(b => b.Lang));

        Assert.Equal(blocks[1].Body.TrimEnd('\n'), string.Join("\n", await LinesAsync(blocks[0].Body, id)));
        Assert.Empty(await LinesAsync(blocks[2].Body, id));
    }

    private static async Task<IEnumerable<string>> LinesAsync(string source, string id)
    {
        var compilation = CSharpCompilation.Create(
            "ListingFunctions",
            [CSharpSyntaxTree.ParseText(source, path: "ListingFunctions.cs")],
            OfflineReferences.Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new RuleFunctionPurityAnalyzer(), new RuleFunctionStaticAnalyzer(), new RuleFunctionTypeAnalyzer()];
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == id).Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return string.Format(CultureInfo.InvariantCulture, "ListingFunctions.cs({0},{1}): error {2}: {3}", start.Line + 1, start.Character + 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture));
        });
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tao.Rules.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("no Tao.Rules.sln above the test folder");
    }
}
