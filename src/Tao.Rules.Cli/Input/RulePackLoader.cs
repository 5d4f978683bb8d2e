using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Functions;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Input;

/// <summary>The packs of a run, compiled once, with the compilation they came from.</summary>
public sealed record LoadedPacks(RuleCompilation Compilation, IReadOnlyList<CompiledPack> Packs);

/// <summary>
/// <c>--rules</c> for <c>eval</c>, <c>explain</c> and <c>test</c>: files or folders, schemas among them are used. Goes
/// through <see cref="RuleCompilation"/>, so the diagnostics are exactly those of <c>check</c>.
/// </summary>
public static class RulePackLoader
{
    /// <summary>
    /// Compiles the rule files under <paramref name="paths"/>. On failure, prints why and returns null with the exit code:
    /// 2 for unreadable input or no packs, 1 for errors in the rules (printed as MSBuild lines on stdout, as <c>check</c>
    /// does). Warnings go to stderr, so that stdout holds only results.
    /// </summary>
    public static LoadedPacks? Load(CliConsole console, IReadOnlyList<string> paths, out int exitCode) =>
        Load(console, paths, [], out exitCode);

    /// <summary>As <see cref="Load(CliConsole, IReadOnlyList{string}, out int)"/>, with the rule functions of the <c>--functions</c> assemblies.</summary>
    public static LoadedPacks? Load(CliConsole console, IReadOnlyList<string> paths, IReadOnlyList<string> functionAssemblies, out int exitCode) =>
        FromCompilation(console, Compile(console, paths, functionAssemblies, out exitCode), string.Join(", ", paths), ref exitCode);

    /// <summary>As <see cref="Load(CliConsole, IReadOnlyList{string}, out int)"/>, for sources already read (from a git revision); <paramref name="origin"/> names them in messages.</summary>
    public static LoadedPacks? Load(CliConsole console, IReadOnlyList<SourceText> sources, string origin, out int exitCode) =>
        FromCompilation(console, Compile(console, sources, origin, functions: null, out exitCode), origin, ref exitCode);

    /// <summary>As <see cref="Load(CliConsole, IReadOnlyList{SourceText}, string, out int)"/>, with the rule functions of the <c>--functions</c> assemblies.</summary>
    public static LoadedPacks? Load(CliConsole console, IReadOnlyList<SourceText> sources, string origin, IReadOnlyList<string> functionAssemblies, out int exitCode)
    {
        var functions = FunctionAssemblies.Load(console, functionAssemblies, out exitCode);
        return functions is null ? null : FromCompilation(console, Compile(console, sources, origin, functions, out exitCode), origin, ref exitCode);
    }

    private static LoadedPacks? FromCompilation(CliConsole console, RuleCompilation? compilation, string origin, ref int exitCode)
    {
        if (compilation is null)
        {
            return null;
        }

        if (compilation.Packages.Count == 0)
        {
            console.Error.WriteLine($"tao-rules: no rule package under {origin}.");
            exitCode = ExitCodes.BadInput;
            return null;
        }

        exitCode = ExitCodes.Success;
        return new LoadedPacks(compilation, compilation.Packages.Select(CompiledPack.Compile).ToList());
    }

    /// <summary>The compilation of the rule files under <paramref name="paths"/>, or null (with the exit code) as <see cref="Load(CliConsole, IReadOnlyList{string}, out int)"/>.</summary>
    public static RuleCompilation? Compile(CliConsole console, IReadOnlyList<string> paths, out int exitCode) =>
        Compile(console, paths, [], out exitCode);

    /// <summary>As <see cref="Compile(CliConsole, IReadOnlyList{string}, out int)"/>, with the rule functions of the <c>--functions</c> assemblies.</summary>
    public static RuleCompilation? Compile(CliConsole console, IReadOnlyList<string> paths, IReadOnlyList<string> functionAssemblies, out int exitCode)
    {
        var functions = FunctionAssemblies.Load(console, functionAssemblies, out exitCode);
        if (functions is null)
        {
            return null;
        }

        var inputDiagnostics = new DiagnosticBag();
        var files = RuleFileDiscovery.Expand(paths, inputDiagnostics);
        var sources = RuleFileDiscovery.ReadAll(files, inputDiagnostics);
        if (inputDiagnostics.Count > 0)
        {
            foreach (var diagnostic in inputDiagnostics.ToSortedList())
            {
                console.Out.WriteLine(diagnostic.ToString());
            }

            exitCode = ExitCodes.BadInput;
            return null;
        }

        return Compile(console, sources, string.Join(", ", paths), functions, out exitCode);
    }

    /// <summary>
    /// The compilation of <paramref name="sources"/> with <paramref name="functions"/> (none when null), or null (with the
    /// exit code) as <see cref="Load(CliConsole, IReadOnlyList{string}, out int)"/>.
    /// </summary>
    public static RuleCompilation? Compile(CliConsole console, IReadOnlyList<SourceText> sources, string origin, RuleFunctionCatalog? functions, out int exitCode)
    {
        if (sources.Count == 0)
        {
            console.Error.WriteLine($"tao-rules: no rule files (*.rules, *.rules.yaml) under {origin}.");
            exitCode = ExitCodes.BadInput;
            return null;
        }

        var compilation = RuleCompilation.Create(sources, functions: functions);
        var target = compilation.HasErrors ? console.Out : console.Error;
        foreach (var diagnostic in compilation.Diagnostics)
        {
            target.WriteLine(diagnostic.ToString());
        }

        exitCode = compilation.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        return compilation.HasErrors ? null : compilation;
    }
}
