using Tao.Rules.Syntax;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Package header, param, let, rule and test: one case per production and clause.</summary>
public sealed class DeclarationParsingTests
{
    [Fact]
    public void Package_with_every_clause()
    {
        var root = ParseAssert.Clean("package jp.jvcea.green\n  title \"T\"\n  applies to asset\n  jurisdiction US-NY\n  version \"1.0\"\n  effective 2026-01-01 until 2026-12-31\n");
        Assert.Equal(
            "(package jp.jvcea.green (title \"T\") (applies-to asset) (jurisdiction US-NY) (version \"1.0\") (effective 2026-01-01 (until 2026-12-31)))",
            SyntaxPrinter.Print(root.Package!));
        Assert.Empty(root.Members);
    }

    [Fact]
    public void Package_with_only_a_name()
    {
        var root = ParseAssert.Clean("package p");
        Assert.Equal("(package p)", SyntaxPrinter.Print(root.Package!));
    }

    [Theory]
    [InlineData("param min_handlers = 3", "(param min_handlers (number 3))")]
    [InlineData("param cap = 2_800_000_000 USD", "(param cap (number 2800000000 USD))")]
    [InlineData("param venues = [\"a\", \"b\"]", "(param venues (list \"a\" \"b\"))")]
    public void Params(string text, string tree) => Assert.Equal(tree, ParseAssert.Members(text));

    [Theory]
    [InlineData("let old = asset.first_listing + 6 months <= as_of", "(let old (binary <= (binary + (member (name asset) first_listing) (number 6 months)) (name as_of)))")]
    [InlineData("let total = sum(all subnet.stake)", "(let total (call sum (all (member (name subnet) stake))))")]
    public void Lets(string text, string tree) => Assert.Equal(tree, ParseAssert.Members(text));

    [Fact]
    public void Rule_with_every_clause()
    {
        var text = "rule JP-GL-01 \"Title\"\n  severity major\n  cite \"JVCEA\"\n  tags [\"green-list\", \"custody\",]\n  effective 2026-01-01 until 2027-01-01\n"
            + "  when asset.kind != \"security\"\n  require asset.handlers >= min_handlers\n  because \"{asset.name} has {asset.handlers}\"\n  remedy \"List more\"\n";
        Assert.Equal(
            "(rule JP-GL-01 \"Title\" (severity major) (cite \"JVCEA\") (tags \"green-list\" \"custody\") (effective 2026-01-01 (until 2027-01-01)) "
            + "(when (binary != (member (name asset) kind) \"security\")) (require (binary >= (member (name asset) handlers) (name min_handlers))) "
            + "(because (interpolated (hole (member (name asset) name)) (text \" has \") (hole (member (name asset) handlers)))) (remedy (interpolated (text \"List more\"))))",
            ParseAssert.Members(text));
    }

    [Theory]
    [InlineData("rule A", "(rule A)")]
    [InlineData("rule A1-B2-C3 require x", "(rule A1-B2-C3 (require (name x)))")]
    [InlineData("rule X severity blocker", "(rule X (severity blocker))")]
    [InlineData("rule X severity minor", "(rule X (severity minor))")]
    [InlineData("rule X severity info", "(rule X (severity info))")]
    [InlineData("rule X tags []", "(rule X (tags))")]
    [InlineData("rule X effective 2026-01-01", "(rule X (effective 2026-01-01))")]
    [InlineData("rule X require a remedy \"r\" because \"b\"", "(rule X (require (name a)) (remedy (interpolated (text \"r\"))) (because (interpolated (text \"b\"))))")]
    public void Rules_keep_their_clauses_in_written_order(string text, string tree) => Assert.Equal(tree, ParseAssert.Members(text));

    [Fact]
    public void Test_block_with_givens_as_of_and_expectations()
    {
        var text = "test \"privacy coin\"\n  given asset { symbol: \"XMR\", has_privacy_feature: true, }\n  given asset { symbol: \"BTC\" }\n  as of 2026-06-30\n"
            + "  expect JP-PRIV-05 fail\n  expect JP-PRIV-05 pass for \"BTC\"\n  expect verdict blocked\n  expect verdict at-risk for \"BTC\"\n";
        Assert.Equal(
            "(test \"privacy coin\" (given asset (field symbol \"XMR\") (field has_privacy_feature true)) (given asset (field symbol \"BTC\")) (as-of 2026-06-30) "
            + "(expect JP-PRIV-05 fail) (expect JP-PRIV-05 pass (for \"BTC\")) (expect-verdict blocked) (expect-verdict at-risk (for \"BTC\")))",
            ParseAssert.Members(text));
    }

    [Theory]
    [InlineData("pass")]
    [InlineData("fail")]
    [InlineData("unknown")]
    [InlineData("not_applicable")]
    [InlineData("waived")]
    [InlineData("error")]
    public void Every_outcome_can_be_expected(string outcome) =>
        Assert.Equal($"(test \"t\" (expect R-1 {outcome}))", ParseAssert.Members($"test \"t\" expect R-1 {outcome}"));

    [Theory]
    [InlineData("blocked")]
    [InlineData("at-risk")]
    [InlineData("needs-evidence")]
    [InlineData("ready")]
    public void Every_verdict_can_be_expected(string verdict) =>
        Assert.Equal($"(test \"t\" (expect-verdict {verdict}))", ParseAssert.Members($"test \"t\" expect verdict {verdict}"));

    [Fact]
    public void Test_lines_may_come_in_any_order()
    {
        Assert.Equal(
            "(test \"t\" (given asset) (as-of 2026-01-01) (expect A pass))",
            ParseAssert.Members("test \"t\" expect A pass as of 2026-01-01 given asset { }"));
    }

    [Fact]
    public void Given_field_names_may_be_keywords()
    {
        Assert.Equal("(test \"t\" (given asset (field version \"2\") (field title \"x\")) (expect A pass))", ParseAssert.Members("test \"t\" given asset { version: \"2\", title: \"x\" } expect A pass"));
    }

    [Fact]
    public void Members_keep_file_order()
    {
        var root = ParseAssert.Clean(ParseAssert.Header + "rule B require x\nparam p = 1\ntest \"t\" expect B pass\nlet l = 2\n");
        Assert.Equal(["RuleDeclarationSyntax", "ParamDeclarationSyntax", "TestDeclarationSyntax", "LetDeclarationSyntax"], root.Members.Select(m => m.GetType().Name));
    }

    [Fact]
    public void Spans_cover_exactly_what_was_written()
    {
        var text = ParseAssert.Header + "rule JP-GL-01 \"T\"\n  severity major   # trailing comment\n  require a.b >= 3 USD\n\nlet x = (1 + 2)\n";
        var root = ParseAssert.Clean(text);
        var rule = root.Rules.Single();
        Assert.Equal("rule JP-GL-01 \"T\"\n  severity major   # trailing comment\n  require a.b >= 3 USD", rule.Span.ToString());
        Assert.Equal("JP-GL-01", rule.Id.Span.ToString());
        Assert.Equal("severity major", rule.Severity!.Span.ToString());
        var require = rule.Require!;
        Assert.Equal("require a.b >= 3 USD", require.Span.ToString());
        var comparison = Assert.IsType<BinaryExpressionSyntax>(require.Condition);
        Assert.Equal("a.b", comparison.Left.Span.ToString());
        var number = Assert.IsType<NumberLiteralSyntax>(comparison.Right);
        Assert.Equal("3 USD", number.Span.ToString());
        Assert.Equal("USD", number.Unit!.Span.ToString());
        Assert.Equal("3", number.Text);
        var let = root.Lets.Single();
        Assert.Equal("let x = (1 + 2)", let.Span.ToString());
        Assert.Equal("(1 + 2)", let.Value.Span.ToString());
        Assert.Equal(new Tao.Rules.Text.LinePosition(6, 9), let.Value.Span.GetLocation().StartPosition);
        Assert.Equal("package t.p", root.Package!.Span.ToString());
    }

    [Fact]
    public void Newlines_are_not_significant()
    {
        Assert.Equal(
            ParseAssert.Members("rule A severity major require x > 1 because \"b\""),
            ParseAssert.Members("rule\nA\nseverity\nmajor\nrequire\nx\n>\n1\nbecause\n\"b\""));
    }
}
