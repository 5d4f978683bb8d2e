namespace Tao.Rules.Tests.Parsing;

/// <summary>The expression grammar: one case per production, precedence and associativity, literals and units.</summary>
public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("a or b or c", "(binary or (binary or (name a) (name b)) (name c))")]
    [InlineData("a and b and c", "(binary and (binary and (name a) (name b)) (name c))")]
    [InlineData("a or b and c", "(binary or (name a) (binary and (name b) (name c)))")]
    [InlineData("a and b or c", "(binary or (binary and (name a) (name b)) (name c))")]
    [InlineData("not a and b", "(binary and (unary not (name a)) (name b))")]
    [InlineData("not not a", "(unary not (unary not (name a)))")]
    [InlineData("not a == b", "(unary not (binary == (name a) (name b)))")]
    [InlineData("a == b and c != d", "(binary and (binary == (name a) (name b)) (binary != (name c) (name d)))")]
    [InlineData("a + b * c", "(binary + (name a) (binary * (name b) (name c)))")]
    [InlineData("a * b + c", "(binary + (binary * (name a) (name b)) (name c))")]
    [InlineData("a - b - c", "(binary - (binary - (name a) (name b)) (name c))")]
    [InlineData("a / b / c", "(binary / (binary / (name a) (name b)) (name c))")]
    [InlineData("a + b < c * d", "(binary < (binary + (name a) (name b)) (binary * (name c) (name d)))")]
    [InlineData("-a * b", "(binary * (unary - (name a)) (name b))")]
    [InlineData("- -a", "(unary - (unary - (name a)))")]
    [InlineData("a - -b", "(binary - (name a) (unary - (name b)))")]
    [InlineData("-a.b", "(unary - (member (name a) b))")]
    [InlineData("(a + b) * c", "(binary * (paren (binary + (name a) (name b))) (name c))")]
    [InlineData("((a))", "(paren (paren (name a)))")]
    public void Precedence_and_associativity(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("a < b", "(binary < (name a) (name b))")]
    [InlineData("a <= b", "(binary <= (name a) (name b))")]
    [InlineData("a > b", "(binary > (name a) (name b))")]
    [InlineData("a >= b", "(binary >= (name a) (name b))")]
    [InlineData("a == b", "(binary == (name a) (name b))")]
    [InlineData("a != b", "(binary != (name a) (name b))")]
    [InlineData("a<=b", "(binary <= (name a) (name b))")]
    public void Comparison_operators(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("x in [1, 2]", "(in (name x) (list (number 1) (number 2)))")]
    [InlineData("x not in [\"a\"]", "(not-in (name x) (list \"a\"))")]
    [InlineData("x in allowed", "(in (name x) (name allowed))")]
    [InlineData("x + 1 in xs", "(in (binary + (name x) (number 1)) (name xs))")]
    [InlineData("x between 1 and 5", "(between (name x) (number 1) (number 5))")]
    [InlineData("x between 1 and 5 and y", "(binary and (between (name x) (number 1) (number 5)) (name y))")]
    [InlineData("x between a - 1 and b + 1", "(between (name x) (binary - (name a) (number 1)) (binary + (name b) (number 1)))")]
    [InlineData("not x in xs", "(unary not (in (name x) (name xs)))")]
    [InlineData("a and not b", "(binary and (name a) (unary not (name b)))")]
    public void In_not_in_and_between(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("2_800_000_000 USD", "(number 2800000000 USD)")]
    [InlineData("0.5 TAO/block", "(number 0.5 TAO/block)")]
    [InlineData("95 %", "(number 95 %)")]
    [InlineData("95%", "(number 95 %)")]
    [InlineData("6 months", "(number 6 months)")]
    [InlineData("864_000 blocks", "(number 864000 blocks)")]
    [InlineData("1e-9", "(number 1E-09)")]
    [InlineData("2.5E3 rao", "(number 2500 rao)")]
    [InlineData("12 bps", "(number 12 bps)")]
    [InlineData("3 TAO*block", "(number 3 TAO*block)")]
    [InlineData("42", "(number 42)")]
    [InlineData("1_000.000_1", "(number 1000.0001)")]
    public void Numbers_with_separators_exponents_and_units(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Fact]
    public void A_unit_is_not_joined_across_a_space_so_division_stays_division()
    {
        Assert.Equal("(binary / (number 10 TAO) (name blocks_per_day))", ParseAssert.Expression("10 TAO / blocks_per_day"));
        Assert.Equal("(binary * (number 2 USD) (number 3))", ParseAssert.Expression("2 USD*3"));
    }

    [Fact]
    public void A_keyword_after_a_number_is_not_a_unit()
    {
        Assert.Equal("(between (name x) (number 1) (number 5))", ParseAssert.Expression("x between 1 and 5"));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-01")]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2026-01-01 - 2025-12-31", "(binary - 2026-01-01 2025-12-31)")]
    [InlineData("as_of - 30 days", "(binary - (name as_of) (number 30 days))")]
    [InlineData("2026 - 01 - 01", "(binary - (binary - (number 2026) (number 1)) (number 1))")]
    public void Dates_win_over_subtraction(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("\"plain\"", "\"plain\"")]
    [InlineData("\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\"")]
    [InlineData("\"a\\\\b\"", "\"a\\\\b\"")]
    [InlineData("\"tab\\there\"", "\"tab\\there\"")]
    [InlineData("\"line\\nbreak\"", "\"line\\nbreak\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void Strings_and_booleans(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Fact]
    public void String_escapes_are_resolved_in_the_value()
    {
        var diagnostics = new Tao.Rules.Diagnostics.DiagnosticBag();
        var literal = Assert.IsType<Tao.Rules.Syntax.StringLiteralSyntax>(Tao.Rules.Syntax.Parsing.RuleParser.ParseExpression(Tao.Rules.Text.SourceText.From("\"a\\\"b\\\\c\\nd\\te\""), diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal("a\"b\\c\nd\te", literal.Value);
    }

    [Theory]
    [InlineData("[]", "(list)")]
    [InlineData("[1]", "(list (number 1))")]
    [InlineData("[1, 2, 3,]", "(list (number 1) (number 2) (number 3))")]
    [InlineData("[\"a\", [b]]", "(list \"a\" (list (name b)))")]
    public void Lists(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("has(asset.market_cap)", "(call has (member (name asset) market_cap))")]
    [InlineData("now()", "(call now)")]
    [InlineData("round(x, 2)", "(call round (name x) (number 2))")]
    [InlineData("max(a, b,)", "(call max (name a) (name b))")]
    [InlineData("any(asset.listings, l => l.venue == \"x\")", "(call any (member (name asset) listings) (lambda l (binary == (member (name l) venue) \"x\")))")]
    [InlineData("all(xs, x => x > 0)", "(call all (name xs) (lambda x (binary > (name x) (number 0))))")]
    [InlineData("abs(-x)", "(call abs (unary - (name x)))")]
    public void Calls_and_lambdas(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("sum(all subnet.ema_tao_flow where subnet.ema_tao_flow > 0 TAO)", "(call sum (all (member (name subnet) ema_tao_flow) (where (binary > (member (name subnet) ema_tao_flow) (number 0 TAO)))))")]
    [InlineData("count(all subnet)", "(call count (all (name subnet)))")]
    [InlineData("rank(all subnet.stake, subnet.stake)", "(call rank (all (member (name subnet) stake)) (member (name subnet) stake))")]
    [InlineData("sum(all share * 2 where share > 0 and active)", "(call sum (all (binary * (name share) (number 2)) (where (binary and (binary > (name share) (number 0)) (name active)))))")]
    public void Population_aggregates(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Theory]
    [InlineData("asset.name", "(member (name asset) name)")]
    [InlineData("a.b.c", "(member (member (name a) b) c)")]
    [InlineData("asset.version", "(member (name asset) version)")]
    [InlineData("f(x).y", "(member (call f (name x)) y)")]
    [InlineData("(a).b", "(member (paren (name a)) b)")]
    public void Member_access(string text, string tree) => Assert.Equal(tree, ParseAssert.Expression(text));

    [Fact]
    public void Comments_and_line_breaks_are_whitespace_between_tokens_in_a_file()
    {
        Assert.Equal("(let x (binary and (name a) (name b)))", ParseAssert.Members("let x = a\n  and # why\n  b"));
        Assert.Equal("(binary and (name a) (name b))", ParseAssert.Expression("a\n  and\n  b"));
    }

    [Fact]
    public void A_hash_is_not_a_comment_in_an_expression_parsed_alone()
    {
        // YAML has its own comments; inside a scalar '#' is text, so an expression alone has none.
        Assert.Equal(["(1,3): TAO1001: unexpected '#'; expected an operator or the end of the expression"], ParseAssert.ExpressionDiagnostics("a # b"));
    }

    [Fact]
    public void A_long_flat_chain_parses_left_associated_without_recursion()
    {
        var text = string.Join(" + ", Enumerable.Repeat("a", 20_000));
        var printed = ParseAssert.Expression(text);
        Assert.StartsWith("(binary + (binary + ", printed, StringComparison.Ordinal);
        Assert.Equal(19_999, printed.Split("(binary +").Length - 1);
    }

    [Fact]
    public void Mixed_member_and_operator_chains_print_like_their_structure()
    {
        Assert.Equal("(binary - (binary + (member (member (name a) b) c) (member (name d) e)) (number 1))", ParseAssert.Expression("a.b.c + d.e - 1"));
    }
}
