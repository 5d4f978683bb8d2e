using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Binding;

/// <summary><c>--param pack.name=VALUE</c>: the value is a literal with its unit, type- and unit-checked.</summary>
public sealed class ParamOverrideTests
{
    private static BoundParam Param(string declaration)
    {
        var (package, diagnostics) = BindingHarness.Bind(BindingHarness.Pack(declaration + "\nrule R-01 \"r\"\n  require true\n"));
        Assert.Empty(BindingHarness.Lines(diagnostics));
        return package.Params[0];
    }

    private static (ConstantValue? Value, string[] Lines) Override(BoundParam param, string text)
    {
        var diagnostics = new DiagnosticBag();
        var value = Binder.BindParamOverride(param, SourceText.From(text, "--param"), diagnostics);
        return (value, BindingHarness.Lines(diagnostics.ToSortedList()));
    }

    [Fact]
    public void Override_in_the_same_dimension_is_converted_to_base_units()
    {
        var (value, lines) = Override(Param("param min_cold = 95 %"), "0.9");
        Assert.Empty(lines);
        Assert.Equal(0.9, value!.Number);

        (value, lines) = Override(Param("param window = 2 weeks"), "10 days");
        Assert.Empty(lines);
        Assert.Equal(10, value!.Number);
    }

    [Fact]
    public void Override_of_the_wrong_unit_is_TAO3003()
    {
        var (value, lines) = Override(Param("param min_cap = 1_000_000 USD"), "5 TAO");
        Assert.Null(value);
        Assert.Equal(["(1,1): TAO3003: param 'min_cap' is in USD, but the value given is in TAO"], lines);
    }

    [Fact]
    public void Override_of_the_wrong_type_is_TAO3002()
    {
        var (value, lines) = Override(Param("param min_handlers = 3"), "\"three\"");
        Assert.Null(value);
        Assert.Equal(["(1,1): TAO3002: param 'min_handlers' is Number, but the value given is String"], lines);
    }

    [Fact]
    public void Override_that_is_not_a_constant_is_TAO3014()
    {
        var (value, lines) = Override(Param("param min_handlers = 3"), "as_of");
        Assert.Null(value);
        Assert.Equal(["(1,1): TAO3014: the value of 'param min_handlers' must be a constant (literals, lists and arithmetic on them); 'as_of' is not"], lines);
    }
}
