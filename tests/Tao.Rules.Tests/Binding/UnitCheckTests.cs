using Tao.Rules.Binding;
using static Tao.Rules.Tests.Binding.BindingHarness;

namespace Tao.Rules.Tests.Binding;

/// <summary>TAO3003 and the unit rules of DESIGN.md §3.</summary>
public sealed class UnitCheckTests
{
    private const string Rule = "rule R-01 \"r\"\n  require x\n";

    [Fact]
    public void TAO3003_usd_with_tao()
    {
        Assert.Equal(["(3,9): TAO3003: cannot compare USD with TAO"], BindBody("let x = asset.market_cap > 5 TAO\n" + Rule));
    }

    [Fact]
    public void TAO3003_same_currency_is_fine()
    {
        Assert.Empty(BindBody("let x = asset.market_cap > 2_800_000_000 USD\n" + Rule));
    }

    [Fact]
    public void TAO3003_days_and_months_do_not_convert()
    {
        Assert.Equal(["(3,9): TAO3003: cannot compare days with months"], BindBody("let x = 5 days < 1 months\n" + Rule));
    }

    [Fact]
    public void TAO3003_weeks_and_days_convert_as_do_years_and_months()
    {
        Assert.Empty(BindBody("let x = 1 weeks == 7 days and 1 years == 12 months\n" + Rule));
    }

    [Fact]
    public void TAO3003_tao_with_tao_per_block()
    {
        Assert.Equal(["(3,9): TAO3003: cannot compare TAO/block with TAO"], BindBody("let x = subnet.ema_tao_flow > 1 TAO\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3003_rao_with_tao_is_fine_and_tao_per_block_times_blocks_is_tao()
    {
        Assert.Empty(BindBody("let x = subnet.tao_in > 1 rao and subnet.ema_tao_flow * 7_200 blocks > 10 TAO\n" + Rule, kind: "subnet"));
    }

    [Fact]
    public void TAO3003_plain_number_with_a_currency()
    {
        Assert.Equal(["(3,9): TAO3003: cannot compare USD with a plain number"], BindBody("let x = asset.market_cap > 1000\n" + Rule));
    }

    [Fact]
    public void TAO3003_dimensionless_scales_and_plain_numbers_mix()
    {
        Assert.Empty(BindBody("let x = asset.custody_cold_ratio >= 95 % and asset.custody_cold_ratio > 0.5 and asset.max_retail_leverage <= 2 x and 10 bps < 1 %\n" + Rule));
    }

    [Fact]
    public void TAO3003_adding_different_units()
    {
        Assert.Equal(["(3,9): TAO3003: cannot add TAO to USD"], BindBody("let x = asset.market_cap + 1 TAO > 0 USD\n" + Rule));
    }

    [Fact]
    public void TAO3003_date_plus_a_currency_and_date_plus_date()
    {
        Assert.Equal(
            ["(3,9): TAO3003: cannot add USD to a Date; a date moves by days, weeks, months or years"],
            BindBody("let x = asset.launch_date + 5 USD < as_of\n" + Rule));
        Assert.Equal(["(3,9): TAO3002: cannot add Date to Date"], BindBody("let x = asset.launch_date + as_of < as_of\n" + Rule));
    }

    [Fact]
    public void Date_arithmetic_types()
    {
        var addMonths = Assert.IsType<BoundBinaryExpression>(BindExpression("asset.launch_date + 6 months"));
        Assert.Equal(BoundBinaryOperatorKind.AddMonths, addMonths.OperatorKind);
        Assert.Equal(TypeKind.Date, addMonths.Type.Kind);
        Assert.Equal(6, ((BoundLiteral)addMonths.Right).Value.Number);

        var subtractWeeks = Assert.IsType<BoundBinaryExpression>(BindExpression("as_of - 2 weeks"));
        Assert.Equal(BoundBinaryOperatorKind.SubtractDays, subtractWeeks.OperatorKind);
        Assert.Equal(14, ((BoundLiteral)subtractWeeks.Right).Value.Number);

        var flipped = Assert.IsType<BoundBinaryExpression>(BindExpression("1 years + as_of"));
        Assert.Equal(BoundBinaryOperatorKind.AddMonths, flipped.OperatorKind);
        Assert.IsType<BoundAsOf>(flipped.Left);

        var difference = Assert.IsType<BoundBinaryExpression>(BindExpression("as_of - asset.launch_date"));
        Assert.Equal(BoundBinaryOperatorKind.DaysBetween, difference.OperatorKind);
        Assert.True(UnitFacts.IsDayDuration(difference.Type.Unit));
        Assert.Empty(BindBody("let x = as_of - asset.launch_date >= 365 days\n" + Rule));
        Assert.Equal(["(3,9): TAO3003: cannot compare days with months"], BindBody("let x = as_of - asset.launch_date >= 12 months\n" + Rule));
    }

    [Fact]
    public void Literals_are_stored_in_base_units_with_their_display_unit()
    {
        var percent = Assert.IsType<BoundLiteral>(BindExpression("95 %"));
        Assert.Equal(0.95, percent.Value.Number, 12);
        Assert.Equal("%", percent.Type.Unit.Symbol);

        var rao = Assert.IsType<BoundLiteral>(BindExpression("1 rao"));
        Assert.Equal(1e-9, rao.Value.Number * 1e9 * 1e-9, 15);
        Assert.Equal(1.0, rao.Value.Number * 1e9, 12);

        var weeks = Assert.IsType<BoundLiteral>(BindExpression("2 weeks"));
        Assert.Equal(14, weeks.Value.Number);
        Assert.Equal("weeks", weeks.Type.Unit.Symbol);
    }

    [Fact]
    public void Products_and_quotients_combine_units()
    {
        var product = BindExpression("subnet.ema_tao_flow * 7_200 blocks", kind: "subnet");
        Assert.Equal("TAO", product.Type.Unit.Symbol);
        Assert.Equal(1, product.Type.Unit.Scale);

        var ratio = BindExpression("asset.market_cap / asset.adv_30d");
        Assert.True(ratio.Type.Unit.IsNone);

        var price = BindExpression("subnet.tao_in / subnet.alpha_in", kind: "subnet");
        Assert.True(price.Type.Unit.HasSameDimension(Tao.Rules.Schema.ShippedSchemas.Load().TryGet("subnet", out var s) ? s["price"]!.Unit : null!));
    }

    [Fact]
    public void TAO3003_in_a_test_value()
    {
        Assert.Equal(
            ["(5,29): TAO3003: field 'asset.market_cap' is in USD, but this is TAO"],
            BindBody("let x = true\ntest \"t\"\n  given asset { market_cap: 5 TAO }\n" + Rule));
        Assert.Equal(
            ["(5,30): TAO3002: field 'asset.audit_count' holds whole numbers, but this is String"],
            BindBody("let x = true\ntest \"t\"\n  given asset { audit_count: \"x\" }\n" + Rule));
        Assert.Empty(BindBody("let x = true\ntest \"t\"\n  given asset { market_cap: 5 USD, custody_cold_ratio: 96 %, first_domestic_listing: 2024-01-01, whitepaper_sections: [\"risks\"] }\n" + Rule));
    }

    [Fact]
    public void A_plain_number_in_a_test_value_is_in_the_field_unit_like_a_fact()
    {
        var (package, diagnostics) = Bind(Pack("let x = true\ntest \"t\"\n  given asset { market_cap: 5_000_000, custody_cold_ratio: 96, max_retail_leverage: 2 x, cftc_futures_months: 1 years }\n" + Rule));
        Assert.Empty(Lines(diagnostics));
        var values = package.Tests[0].Entities[0].Values.ToDictionary(v => v.Field.Name, v => v.Value.Number);
        Assert.Equal(5_000_000, values["market_cap"]);
        Assert.Equal(0.96, values["custody_cold_ratio"], 12);
        Assert.Equal(2, values["max_retail_leverage"]);
        Assert.Equal(12, values["cftc_futures_months"]);
    }
}
