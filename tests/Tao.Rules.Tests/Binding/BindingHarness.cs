using System.Globalization;
using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Binding;

/// <summary>Parses, binds (and optionally lints) small inline rule files against the shipped schemas.</summary>
internal static class BindingHarness
{
    public const string Path = "test.rules";

    public static (BoundPackage Package, IReadOnlyList<Diagnostic> Diagnostics) Bind(string source, bool lint = false)
    {
        var tree = RuleParser.ParseFile(SourceText.From(source, Path));
        Assert.True(tree.Diagnostics.Count == 0, "the test source must parse: " + string.Join("\n", tree.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var package = Binder.Bind(tree, ShippedSchemas.Load(), diagnostics);
        if (lint)
        {
            RuleLinter.Lint(package, diagnostics);
        }

        return (package, diagnostics.ToSortedList());
    }

    /// <summary>The diagnostics as <c>(line,col): TAOnnnn: message</c>.</summary>
    public static string[] Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => string.Format(CultureInfo.InvariantCulture, "({0},{1}): {2}: {3}", d.Location.StartPosition.Line, d.Location.StartPosition.Column, d.Id, d.Message)).ToArray();

    /// <summary>Binds a pack around <paramref name="body"/> (line 3 onward) and returns the binding diagnostics.</summary>
    public static string[] BindBody(string body, string kind = "asset") => Lines(Bind(Pack(body, kind)).Diagnostics);

    /// <summary>Binds and lints and returns only the diagnostics with the given id.</summary>
    public static string[] Lint(string source, string id) => Lines(Bind(source, lint: true).Diagnostics.Where(d => d.Id == id));

    /// <summary>A package header on lines 1–2; the body starts on line 3.</summary>
    public static string Pack(string body, string kind = "asset") => $"package t\n  applies to {kind}\n{body}";

    public static BoundExpression BindExpression(string expression, string kind = "asset")
    {
        var (package, diagnostics) = Bind(Pack($"let e = {expression}\nrule R-01 \"r\"\n  require e == e\n", kind));
        Assert.Empty(Lines(diagnostics));
        return package.Lets.Single(l => l.Name == "e").Expression;
    }
}
