using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;

namespace Tao.Rules.Tests.Functions;

/// <summary>The catalog of <see cref="SampleRuleFunctions"/>, read as the CLI reads an assembly.</summary>
internal static class RuleFunctionTestCatalog
{
    public const string Origin = "SampleRuleFunctions.dll";

    public static RuleFunctionCatalog Samples { get; } = Read(typeof(SampleRuleFunctions));

    public static RuleFunctionCatalog Read(params Type[] types)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = RuleFunctionCatalog.Create(types.SelectMany(t => RuleFunctionReader.ReadType(t, Origin, diagnostics)), diagnostics);
        Assert.Empty(diagnostics);
        return catalog;
    }

    /// <summary>The diagnostics of reading <paramref name="types"/> into a catalog, as MSBuild lines.</summary>
    public static string[] Problems(params Type[] types)
    {
        var diagnostics = new DiagnosticBag();
        RuleFunctionCatalog.Create(types.SelectMany(t => RuleFunctionReader.ReadType(t, Origin, diagnostics)), diagnostics);
        return diagnostics.Select(d => d.ToString()).ToArray();
    }
}
