namespace Tao.Rules.Analyzers.Tests;

/// <summary>Small rule files for the analyzer tests; the clean ones report nothing at all, not even a warning.</summary>
internal static class RuleFileFixtures
{
    public const string CleanDsl = """
        package demo.clean
          applies to asset

        rule DEMO-01 "The market is deep enough"
          severity major
          cite "Internal listing policy 1.1"
          require asset.market_cap >= 100000000 USD
          because "{asset.name} has a market cap of {asset.market_cap}"

        test "a large asset passes"
          given asset { symbol: "BIG", name: "Big", market_cap: 200000000 }
          expect DEMO-01 pass
        """;

    public const string CleanYaml = """
        package: demo.yaml
        applies_to: asset
        rules:
          - id: DEMO-Y1
            title: The white paper is published
            severity: major
            cite: Internal listing policy 2.1
            require: asset.whitepaper_published
            because: "{asset.name} has no white paper"
        tests:
          - name: a published paper passes
            given: { kind: asset, symbol: "DOC", name: "Doc", whitepaper_published: true }
            expect:
              - { rule: DEMO-Y1, outcome: pass }
        """;
}
