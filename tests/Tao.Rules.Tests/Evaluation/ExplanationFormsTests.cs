using Tao.Rules.Evaluation;
using Tao.Rules.Tests.Infrastructure;
using static Tao.Rules.Tests.Evaluation.EvaluationHarness;

namespace Tao.Rules.Tests.Evaluation;

/// <summary>Every kind of explanation line, as a golden file: in, between, has, yes/no lets, unknown lets, errors, waivers.</summary>
public sealed class ExplanationFormsTests
{
    private const string Pack = """
        package forms
          applies to asset
        param max_leverage = 2 x
        let supply_ratio = asset.circulating_supply / asset.max_supply
        let well_audited = asset.audit_count >= 2 and asset.issuer_identified
        rule IN-01 "Allowed asset types"
          severity major
          require asset.asset_type in ["native", "token"]
          because "{asset.symbol} is a {asset.asset_type}"
        rule BETWEEN-01 "Sensible cold custody"
          severity major
          require asset.custody_cold_ratio between 90 % and 100 %
        rule HAS-01 "Market cap known"
          severity minor
          require has(asset.market_cap) and asset.max_retail_leverage <= max_leverage
        rule LET-01 "Well audited"
          severity major
          require well_audited
        rule RATIO-01 "Supply ratio below one"
          severity minor
          require supply_ratio <= 1
          remedy "Correct the supply figures for {asset.symbol}"
        """;

    private const string Facts = """
        as_of: 2026-01-09
        source: "dossier"
        entities:
          - { symbol: SEC, asset_type: security, custody_cold_ratio: 85, max_retail_leverage: 5, audit_count: 1, issuer_identified: true, circulating_supply: 5, max_supply: 0 }
          - { symbol: NEW, asset_type: token, market_cap: { value: 5000000, source: "CoinGecko", as_of: 2026-01-08 } }
        """;

    [Fact]
    public void Each_explanation_form()
    {
        var waiver = new Tao.Rules.Facts.Waiver("HAS-01", "SEC", "Market data pending", "J. Sato, CCO", new DateTime(2026, 3, 31), Tao.Rules.Text.Location.None);
        var result = EvaluateBoth(Pack, Facts, new EvaluationOptions { Waivers = [waiver] });
        var text = string.Join(
            "\n\n",
            result.Results().Where(r => r.Explanation is not null).Select(r => $"{r.Entity} {r.RuleId} {EvaluationResult.OutcomeText(r.Outcome)} missing=[{string.Join(", ", r.Missing)}] error={r.Error ?? "-"}\n{r.Explanation}"));
        Golden.Verify("explanation-forms", text + "\n");
    }
}
