using Tao.Rules.Evaluation;

namespace Tao.Rules.History.Tests;

/// <summary>Runs made by hand: two packs, three entities, outcomes chosen per test.</summary>
internal static class SampleRuns
{
    public const string SourceV1 = "1111111111111111111111111111111111111111111111111111111111111111";
    public const string SourceV2 = "2222222222222222222222222222222222222222222222222222222222222222";
    public const string Schema = "5555555555555555555555555555555555555555555555555555555555555555";

    public static readonly RuleRecord[] Rules = [new("DEMO-01", RuleSeverity.Major), new("DEMO-02", RuleSeverity.Blocker)];

    /// <summary>A run of pack <c>demo.screen</c> in which <c>BTC</c> has the outcomes given and <c>ETH</c> passes both rules.</summary>
    public static RunRecord Run(
        string asOf,
        Outcome btc01,
        Outcome btc02 = Outcome.Pass,
        string version = "2026.1",
        string source = SourceV1,
        IReadOnlyList<ParamRecord>? @params = null,
        IEnumerable<EntityOutcomes>? outcomes = null) =>
        new(
            DateTime.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "facts/assets.yaml",
            "abababababababababababababababababababababababababababababababab",
            null,
            "0.1.0-test",
            null,
            [new PackRecord("demo.screen", version, source, Schema, @params ?? [new ParamRecord("min_cap", "100000000 USD", false)], Rules)],
            outcomes ??
            [
                Entity("BTC", btc01, btc02),
                Entity("ETH", Outcome.Pass, Outcome.Pass),
            ]);

    public static EntityOutcomes Entity(string key, Outcome first, Outcome second)
    {
        var verdict = second == Outcome.Fail ? Verdict.Blocked : first == Outcome.Fail ? Verdict.AtRisk : first == Outcome.Unknown ? Verdict.NeedsEvidence : Verdict.Ready;
        return new EntityOutcomes(key, "demo.screen", verdict, [first, second]);
    }

    /// <summary><paramref name="count"/> entities, each passing both rules.</summary>
    public static IEnumerable<EntityOutcomes> Many(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Entity("E" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), Outcome.Pass, Outcome.Pass);
        }
    }
}
