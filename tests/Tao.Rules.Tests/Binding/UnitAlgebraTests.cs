using Tao.Rules.Binding;
using Tao.Rules.Units;

namespace Tao.Rules.Tests.Binding;

/// <summary>The unit algebra the checker relies on: scales, products, compatibility.</summary>
public sealed class UnitAlgebraTests
{
    private static Unit Parse(string text)
    {
        Assert.True(UnitParser.TryParse(text, out var unit, out var error), error);
        return unit;
    }

    [Fact]
    public void Rao_is_a_billionth_of_a_tao()
    {
        var rao = Parse("rao");
        Assert.True(rao.HasSameDimension(Parse("TAO")));
        Assert.Equal(1e-9, rao.Scale);
        Assert.True(UnitFacts.AreCompatible(rao, Parse("TAO")));
    }

    [Fact]
    public void Tao_per_block_times_blocks_is_tao_in_base_scale()
    {
        var product = UnitFacts.Combine(Parse("TAO/block"), Parse("blocks"), divide: false);
        Assert.True(product.HasSameDimension(Parse("TAO")));
        Assert.Equal("TAO", product.Symbol);
        Assert.Equal(1, product.Scale);
    }

    [Fact]
    public void Rao_per_block_times_blocks_is_back_in_base_units()
    {
        // Values are held in base units, so a product's unit always has scale 1.
        var product = UnitFacts.Combine(Parse("rao/block"), Parse("blocks"), divide: false);
        Assert.Equal(1, product.Scale);
        Assert.Equal("TAO", product.Symbol);
    }

    [Fact]
    public void Quotient_of_a_dimension_by_itself_is_a_plain_number()
    {
        Assert.True(UnitFacts.Combine(Parse("USD"), Parse("USD"), divide: true).IsNone);
        Assert.True(UnitFacts.Combine(Parse("%"), Parse("%"), divide: false).IsNone);
    }

    [Fact]
    public void Days_and_weeks_convert_months_and_years_convert_but_not_across()
    {
        Assert.True(UnitFacts.AreCompatible(Parse("days"), Parse("weeks")));
        Assert.True(UnitFacts.AreCompatible(Parse("months"), Parse("years")));
        Assert.False(UnitFacts.AreCompatible(Parse("days"), Parse("months")));
        Assert.False(UnitFacts.AreCompatible(Parse("weeks"), Parse("years")));
        Assert.True(UnitFacts.IsDayDuration(Parse("weeks")));
        Assert.True(UnitFacts.IsMonthDuration(Parse("years")));
        Assert.Equal(7, Parse("weeks").Scale);
        Assert.Equal(12, Parse("years").Scale);
    }

    [Fact]
    public void Percent_and_plain_numbers_are_compatible_currencies_are_not()
    {
        Assert.True(UnitFacts.AreCompatible(Parse("%"), Unit.None));
        Assert.True(UnitFacts.AreCompatible(Parse("bps"), Parse("%")));
        Assert.True(UnitFacts.AreCompatible(Parse("x"), Unit.None));
        Assert.False(UnitFacts.AreCompatible(Parse("USD"), Unit.None));
        Assert.False(UnitFacts.AreCompatible(Parse("USD"), Parse("TAO")));
        Assert.False(UnitFacts.AreCompatible(Parse("TAO"), Parse("TAO/block")));
        Assert.Equal(0.01, Parse("%").Scale);
        Assert.Equal(0.0001, Parse("bps").Scale);
    }

    [Fact]
    public void Messages_name_units_or_a_plain_number()
    {
        Assert.Equal("USD", UnitFacts.Describe(Parse("USD")));
        Assert.Equal("a plain number", UnitFacts.Describe(Unit.None));
    }

    [Fact]
    public void Conversion_to_base_units_multiplies_by_the_scale_like_the_fact_reader()
    {
        Assert.Equal(95 * 0.01, UnitFacts.ToBase(95, Parse("%")));
        Assert.Equal(25 * 0.0001, UnitFacts.ToBase(25, Parse("bps")));
        Assert.Equal(1.5 * 1e-9, UnitFacts.ToBase(1.5, Parse("rao")));
        Assert.Equal(14, UnitFacts.ToBase(2, Parse("weeks")));
        Assert.Equal(95, UnitFacts.FromBase(UnitFacts.ToBase(95, Parse("%")), Parse("%")), 12);
        Assert.Equal(2, UnitFacts.FromBase(24, Parse("years")));
    }
}
