using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Tao.Rules.Analyzers;
using Tao.Rules.Analyzers.RuleFiles;
using Tao.Rules.Packs;

namespace Tao.Rules.Benchmarks.Analyzers;

/// <summary>
/// Issue #5's bar: the analyzer's time on all shipped packs under 200 ms. Runs <see cref="RuleFileAnalyzer"/> through
/// <see cref="CompilationWithAnalyzers"/>, as the compiler does, over the shipped packs and schemas as additional files.
/// Cold empties the parse cache first (a first build); Warm keeps it (an IDE re-analyzing unchanged files).
/// </summary>
[MemoryDiagnoser]
public class RuleFileAnalyzerBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    /// <summary>Times the first two runs in this process (for a fresh process: loading and JIT, then a warm cache).</summary>
    public static (double FirstMs, double SecondMs) FirstRuns()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var benchmarks = new RuleFileAnalyzerBenchmarks();
        benchmarks.Prepare();
        benchmarks.Run();
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        benchmarks.Run();
        return (first, clock.Elapsed.TotalMilliseconds);
    }

    [GlobalSetup]
    public void Setup()
    {
        Prepare();
        var diagnostics = Run();
        if (diagnostics.Length != 0)
        {
            throw new InvalidOperationException("The shipped packs must be clean: " + string.Join("\n", diagnostics));
        }

        Console.WriteLine($"// {_options.AdditionalFiles.Length} shipped files, {_options.AdditionalFiles.Sum(f => f.GetText()!.Length)} characters");
    }

    private void Prepare()
    {
        var files = ShippedPacks.Sources()
            .Select(s => (AdditionalText)new PackFile(s.Path, SourceText.From(s.Content, System.Text.Encoding.UTF8)))
            .ToImmutableArray();
        _options = new AnalyzerOptions(files);
        _analyzers = [new RuleFileAnalyzer()];
        _compilation = CSharpCompilation.Create(
            "RuleHost",
            [CSharpSyntaxTree.ParseText("internal sealed class Host { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    [Benchmark(Baseline = true)]
    public int Cold()
    {
        RuleFileCache.Shared.Clear();
        return Run().Length;
    }

    [Benchmark]
    public int Warm() => Run().Length;

    private ImmutableArray<Diagnostic> Run() =>
        _compilation.WithAnalyzers(_analyzers, _options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    private sealed class PackFile(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
