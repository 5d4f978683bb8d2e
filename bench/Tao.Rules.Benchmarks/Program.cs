using BenchmarkDotNet.Running;
using Tao.Rules.Benchmarks;
using Tao.Rules.Benchmarks.Evaluation;

if (args.Length >= 2 && args[0] == "generate")
{
    // `generate FILE [RULES]` writes the generated pack, for timing `tao-rules check` as a whole process.
    var rules = args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    File.WriteAllText(args[1], PackGenerator.Generate(rules));
    return 0;
}

if (args.Length >= 2 && args[0] == "generate-facts")
{
    // `generate-facts FILE.jsonl [COUNT]` writes the benchmark assets as JSONL, for measuring `tao-rules eval` as a
    // whole process (peak memory on 1,000,000 lines: see docs/benchmarks.md). Generated in chunks to stay small.
    var count = args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    using var writer = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false), 1 << 20);
    AssetGenerator.WriteJsonLines(writer, AssetGenerator.Generate(count));
    return 0;
}

if (args.Length >= 1 && args[0] == "analyzer-first-run")
{
    // `analyzer-first-run`: the analyzer's first run in a fresh process (loading and JIT included, as in a build where
    // each csc is a new process), then a second run (the parse cache warm), in milliseconds.
    var (first, second) = Tao.Rules.Benchmarks.Analyzers.RuleFileAnalyzerBenchmarks.FirstRuns();
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first run {first:F1} ms, second run {second:F1} ms"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PackGenerator).Assembly).Run(args);
return 0;
