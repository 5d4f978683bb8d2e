using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Schema;

namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>The generated assets in each evaluator's form.</summary>
public sealed class BenchmarkData
{
    private BenchmarkData(BenchAsset[] assets, AssetRow[] rows, FactTable facts)
    {
        Assets = assets;
        Rows = rows;
        Facts = facts;
    }

    /// <summary>The source of truth, and RulesEngine's input.</summary>
    public BenchAsset[] Assets { get; }

    /// <summary>The hand-written evaluator's input.</summary>
    public AssetRow[] Rows { get; }

    /// <summary>Our evaluator's input: the assets written as a JSONL fact file and read back with the shipped asset schema.</summary>
    public FactTable Facts { get; }

    public static BenchmarkData Create(int count, EntitySchema schema)
    {
        var assets = AssetGenerator.Generate(count);
        var path = Path.Combine(Path.GetTempPath(), $"tao-rules-bench-{Environment.ProcessId}.jsonl");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                AssetGenerator.WriteJsonLines(writer, assets);
            }

            var diagnostics = new DiagnosticBag();
            var facts = FactFileReader.Read(path, schema, diagnostics);
            if (diagnostics.Count > 0 || facts.RowCount != count)
            {
                throw new InvalidOperationException("The generated facts must read cleanly: " + string.Join("\n", diagnostics.Take(5)));
            }

            return new BenchmarkData(assets, assets.Select(AssetRow.From).ToArray(), facts);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
