namespace Tao.Rules.Benchmarks.Evaluation;

/// <summary>The generated assets in each evaluator's form.</summary>
public sealed class BenchmarkData
{
    private BenchmarkData(BenchAsset[] assets, AssetRow[] rows)
    {
        Assets = assets;
        Rows = rows;
    }

    /// <summary>The source of truth, and RulesEngine's input.</summary>
    public BenchAsset[] Assets { get; }

    /// <summary>The hand-written evaluator's input.</summary>
    public AssetRow[] Rows { get; }

    public static BenchmarkData Create(int count)
    {
        var assets = AssetGenerator.Generate(count);
        return new BenchmarkData(assets, assets.Select(AssetRow.From).ToArray());
    }
}
