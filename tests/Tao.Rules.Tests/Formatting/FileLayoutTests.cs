using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Formatting;
using Tao.Rules.Text;
using static Tao.Rules.Syntax.BinaryOperator;
using static Tao.Rules.Tests.Formatting.SyntaxFactory;

namespace Tao.Rules.Tests.Formatting;

/// <summary>The canonical layout of whole files, on hand-built trees (no comments, no source text).</summary>
public sealed class FileLayoutTests
{
    private static readonly SourceSpan None = default;

    private static string Format(PackageDeclarationSyntax? package, params MemberDeclarationSyntax[] members) =>
        RuleFormatter.Format(new RuleSyntaxTree(SourceText.From(string.Empty), SourceLanguage.Dsl, new CompilationUnitSyntax(package, members, [], None), []));

    private static PackageDeclarationSyntax Package(string name, params ClauseSyntax[] clauses) => new(new QualifiedNameSyntax(name, None), clauses, None);

    private static RuleDeclarationSyntax Rule(string id, string? title, params ClauseSyntax[] clauses) =>
        new(new RuleIdSyntax(id, None), title is null ? null : Str(title), clauses, None);

    private static ParamDeclarationSyntax Param(string name, ExpressionSyntax value) => new(Id(name), value, None);

    private static LetDeclarationSyntax Let(string name, ExpressionSyntax value) => new(Id(name), value, None);

    private static ClauseSyntax Require(ExpressionSyntax condition) => new RequireClauseSyntax(condition, None);

    [Fact]
    public void Package_clauses_are_written_in_canonical_order_with_a_blank_line_after_the_header()
    {
        var text = Format(
            Package(
                "jp.jvcea",
                new EffectiveClauseSyntax(Date(2026, 1, 1), Date(2027, 3, 31), None),
                new VersionClauseSyntax(Str("2026.1"), None),
                new JurisdictionClauseSyntax(Id("JP"), None),
                new AppliesToClauseSyntax(Id("asset"), None),
                new TitleClauseSyntax(Str("Japan \"Green List\""), None)),
            Param("min_handlers", Num("3")));

        Assert.Equal(
            """
            package jp.jvcea
              title "Japan \"Green List\""
              applies to asset
              jurisdiction JP
              version "2026.1"
              effective 2026-01-01 until 2027-03-31

            param min_handlers = 3

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void Consecutive_params_and_consecutive_lets_form_blocks_and_other_members_are_separated_by_one_blank_line()
    {
        var text = Format(
            Package("p"),
            Param("a", Num("1")),
            Param("b", Num("95", "%")),
            Let("c", Bin(N("a"), Add, N("b"))),
            Let("d", N("c")),
            Param("e", Str("x")),
            Rule("R-01", "t", Require(Bool(true))),
            Rule("R-02", null, Require(Bool(false))));

        Assert.Equal(
            """
            package p

            param a = 1
            param b = 95 %

            let c = a + b
            let d = c

            param e = "x"

            rule R-01 "t"
              require true

            rule R-02
              require false

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void Rule_clauses_are_written_in_canonical_order()
    {
        var text = Format(
            Package("p"),
            Rule(
                "JP-GL-01",
                "Handled",
                new RemedyClauseSyntax(Interpolated("List more"), None),
                new BecauseClauseSyntax(Interpolated(Member(N("asset"), "name"), " has {", N("n"), "} \"handlers\""), None),
                Require(Bin(N("n"), GreaterOrEqual, N("min"))),
                new WhenClauseSyntax(Bin(Member(N("asset"), "kind"), NotEqual, Str("security")), None),
                new EffectiveClauseSyntax(Date(2026, 1, 1), null, None),
                new TagsClauseSyntax([Str("green-list"), Str("custody")], None),
                new CiteClauseSyntax(Str("JVCEA"), None),
                new SeverityClauseSyntax(RuleSeverity.Major, None)));

        Assert.Equal(
            """
            package p

            rule JP-GL-01 "Handled"
              severity major
              cite "JVCEA"
              tags ["green-list", "custody"]
              effective 2026-01-01
              when asset.kind != "security"
              require n >= min
              because "{asset.name} has {{{n}}} \"handlers\""
              remedy "List more"

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void A_test_lists_givens_then_the_date_then_expectations()
    {
        var test = new TestDeclarationSyntax(
            Str("a privacy coin is blocked"),
            [
                new GivenSyntax(Id("asset"), [new FieldInitializerSyntax(Id("symbol"), Str("XMR"), None), new FieldInitializerSyntax(Id("has_privacy_feature"), Bool(true), None)], None),
                new GivenSyntax(Id("asset"), [], None),
            ],
            Date(2026, 2, 1),
            [
                new ExpectOutcomeSyntax(new RuleIdSyntax("JP-PRIV-05", None), Outcome.Fail, null, None),
                new ExpectOutcomeSyntax(new RuleIdSyntax("JP-GL-01", None), Outcome.NotApplicable, Str("XMR"), None),
                new ExpectVerdictSyntax(Verdict.AtRisk, Str("XMR"), None),
            ],
            None);

        Assert.Equal(
            """
            test "a privacy coin is blocked"
              given asset { symbol: "XMR", has_privacy_feature: true }
              given asset {}
              as of 2026-02-01
              expect JP-PRIV-05 fail
              expect JP-GL-01 not_applicable for "XMR"
              expect verdict at-risk for "XMR"

            """.Replace("\r\n", "\n"),
            Format(null, test));
    }

    [Fact]
    public void A_given_of_exactly_100_columns_stays_on_one_line_and_one_of_101_breaks_into_one_field_per_line()
    {
        // "  given asset { a: "...", b: 1 }" is 29 columns plus the string's length.
        GivenSyntax Given(int stringLength) => new(
            Id("asset"),
            [new FieldInitializerSyntax(Id("a"), Str(new string('x', stringLength)), None), new FieldInitializerSyntax(Id("b"), Num("1"), None)],
            None);
        TestDeclarationSyntax Test(int stringLength) => new(Str("t"), [Given(stringLength)], null, [new ExpectVerdictSyntax(Verdict.Ready, null, None)], None);

        var fits = Format(null, Test(71)).Split('\n')[1];
        var broken = Format(null, Test(72)).Split('\n').Skip(1).Take(4).ToArray();

        Assert.Equal(100, fits.Length);
        Assert.Equal(["  given asset {", "    a: \"" + new string('x', 72) + "\",", "    b: 1", "  }"], broken);
    }

    [Fact]
    public void A_long_require_breaks_before_each_top_level_and_with_four_more_spaces()
    {
        var condition = Bin(
            Bin(Bin(Member(N("asset"), "domestic_handler_count"), GreaterOrEqual, N("min_handlers")), And, Bin(Member(N("asset"), "custody_cold_ratio"), GreaterOrEqual, N("min_cold_custody"))),
            And,
            Bin(Bin(Member(N("asset"), "x"), Equal, Num("1")), Or, Bin(Member(N("asset"), "y"), Equal, Num("2"))));

        var text = Format(null, Rule("R-01", null, Require(condition)), Let("short", Bin(N("a"), And, N("b"))));

        Assert.Equal(
            """
            rule R-01
              require asset.domestic_handler_count >= min_handlers
                  and asset.custody_cold_ratio >= min_cold_custody
                  and (asset.x == 1 or asset.y == 2)

            let short = a and b

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void A_long_let_breaks_before_top_level_or()
    {
        var operand = Bin(Member(N("subnet"), "emission_share_of_the_whole_network"), Greater, Num("0.25"));
        var text = Format(null, Let("risky", Bin(Bin(operand, Or, operand), Or, Bin(operand, And, operand))));

        Assert.Equal(
            """
            let risky = subnet.emission_share_of_the_whole_network > 0.25
                or subnet.emission_share_of_the_whole_network > 0.25
                or subnet.emission_share_of_the_whole_network > 0.25 and subnet.emission_share_of_the_whole_network > 0.25

            """.Replace("\r\n", "\n"),
            text);
    }

    [Fact]
    public void An_empty_file_formats_to_nothing()
    {
        Assert.Equal(string.Empty, Format(null));
    }

    [Fact]
    public void A_tree_with_syntax_errors_is_refused()
    {
        var error = Tao.Rules.Diagnostics.Diagnostic.Create(Tao.Rules.Diagnostics.DiagnosticCatalog.SyntaxError, Location.None, "expected a name");
        var tree = new RuleSyntaxTree(SourceText.From("package"), SourceLanguage.Dsl, new CompilationUnitSyntax(null, [], [], None), [error]);

        var thrown = Assert.Throws<ArgumentException>(() => RuleFormatter.Format(tree));

        Assert.Contains("syntax errors", thrown.Message, StringComparison.Ordinal);
    }
}
