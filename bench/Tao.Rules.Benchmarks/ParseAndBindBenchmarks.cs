using BenchmarkDotNet.Attributes;
using Tao.Rules.Analysis;
using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Benchmarks;

/// <summary>
/// Issue #2's bar: parse + bind of a generated 1,000-rule pack at 2 MB/s or more. The baseline is one pass over the
/// characters that only classifies them (the floor any parser pays); throughput = source bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class ParseAndBindBenchmarks
{
    private SourceText _source = null!;
    private SchemaSet _schemas = null!;

    [Params(1000)]
    public int Rules { get; set; }

    public int SourceBytes => System.Text.Encoding.UTF8.GetByteCount(_source.Content);

    [GlobalSetup]
    public void Setup()
    {
        _source = SourceText.From(PackGenerator.Generate(Rules), "generated.rules");
        _schemas = ShippedSchemas.Load();
        var check = new DiagnosticBag();
        var tree = RuleParser.ParseFile(_source);
        Binder.Bind(tree, _schemas, check);
        if (tree.HasErrors || check.HasErrors)
        {
            throw new InvalidOperationException("The generated pack must be valid: " + string.Join("\n", tree.Diagnostics.Concat(check).Take(5)));
        }

        Console.WriteLine($"// generated pack: {SourceBytes} bytes");
    }

    [Benchmark(Baseline = true)]
    public int ScanCharacters()
    {
        var letters = 0;
        foreach (var c in _source.Content)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        return letters;
    }

    [Benchmark]
    public object Parse() => RuleParser.ParseFile(_source);

    [Benchmark]
    public object ParseAndBind()
    {
        var diagnostics = new DiagnosticBag();
        var tree = RuleParser.ParseFile(_source);
        return Binder.Bind(tree, _schemas, diagnostics);
    }

    [Benchmark]
    public object ParseBindAndLint()
    {
        var diagnostics = new DiagnosticBag();
        var tree = RuleParser.ParseFile(_source);
        var package = Binder.Bind(tree, _schemas, diagnostics);
        RuleLinter.Lint(package, diagnostics);
        return diagnostics;
    }
}
