namespace Tao.Rules.Cli.Tests;

/// <summary>A small pack and facts whose every outcome is worked out by hand in the comments.</summary>
public static class EvaluationSamples
{
    public const string Pack = """
        package demo.screen
          title "Demo screen"
          applies to asset
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        param min_cap = 100_000_000 USD

        let half_cap = asset.market_cap / 2

        rule DEMO-01 "Large enough"
          severity major
          cite "Demo policy 1"
          require asset.market_cap >= min_cap
          because "{asset.symbol} has a market cap of {asset.market_cap}"
          remedy "Wait until the market cap reaches {min_cap}"

        rule DEMO-02 "No privacy features"
          severity blocker
          cite "Demo policy 2"
          require not asset.has_privacy_feature
          because "{asset.symbol} has anonymity-enhancing features"

        rule DEMO-03 "Enough turnover per exchange"
          severity minor
          cite "Demo policy 3"
          require asset.adv_30d / asset.domestic_handler_count >= 1_000 USD
          because "{asset.symbol} trades too little per exchange"

        test "a large plain asset passes"
          given asset { symbol: "BIG", market_cap: 2_000_000_000 USD, has_privacy_feature: false, adv_30d: 5_000_000 USD, domestic_handler_count: 4 }
          expect DEMO-01 pass
          expect DEMO-02 pass
          expect DEMO-03 pass
        """;

    // BIG: DEMO-01 pass, DEMO-02 pass, DEMO-03 pass (5,000,000 / 4 >= 1,000) -> ready.
    // XMR: DEMO-01 pass, DEMO-02 fail (blocker), DEMO-03 error (1,000,000 / 0) -> blocked.
    // SMALL: DEMO-01 fail (major), DEMO-02 pass, DEMO-03 unknown (adv_30d and handler count missing) -> at-risk.
    public const string Facts = """
        kind: asset
        as_of: 2026-01-09
        source: "demo dossier"
        entities:
          - symbol: BIG
            market_cap: { value: 2800000000, unit: USD, source: "CoinGecko", as_of: 2026-01-08 }
            adv_30d: 5000000
            domestic_handler_count: 4
            has_privacy_feature: false
          - symbol: XMR
            market_cap: 3000000000
            adv_30d: 1000000
            domestic_handler_count: 0
            has_privacy_feature: true
          - symbol: SMALL
            market_cap: 5000000
            has_privacy_feature: false
        """;

    public const string SubnetPack = """
        package demo.subnets
          title "Demo subnet screen"
          applies to subnet
          jurisdiction JP
          version "2026.1"
          effective 2026-01-01

        rule SUB-01 "Has a name"
          severity minor
          cite "Demo policy 9"
          require has(subnet.name)
          because "subnet {subnet.netuid} has no name"
        """;
}
