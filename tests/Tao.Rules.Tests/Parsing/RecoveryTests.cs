namespace Tao.Rules.Tests.Parsing;

/// <summary>Several mistakes in one file: each is reported, in order, and every good declaration is kept.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public void Three_independent_mistakes_give_three_diagnostics_in_order()
    {
        var text = "package p\n"
            + "param a = \n" // the value is missing: found at the next line
            + "rule GOOD-1 require x\n"
            + "let b = (1 + \n" // the operand is missing
            + "rule GOOD-2 severity major\n"
            + "test \"t\" expect GOOD-1 passes\n" // not an outcome
            + "let c = 3\n";
        var tree = ParseAssert.File(text);
        Assert.Equal(
            [
                "(3,1): TAO1001: unexpected 'rule'; expected an expression after '='",
                "(5,1): TAO1001: unexpected 'rule'; expected an expression",
                "(6,24): TAO1001: unexpected 'passes'; expected an outcome: pass, fail, unknown, not_applicable, waived or error; did you mean 'pass'?",
            ],
            tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal(["GOOD-1", "GOOD-2"], tree.Root.Rules.Select(r => r.Id.Id));
        Assert.Equal(["c"], tree.Root.Lets.Select(l => l.Name.Name));
    }

    [Fact]
    public void Recovery_skips_keywords_inside_strings_and_comments()
    {
        var text = "package p\n"
            + "let a = ) \"rule FAKE-1\" # rule FAKE-2\n"
            + "  x.rule\n"
            + "rule REAL require x\n";
        var tree = ParseAssert.File(text);
        Assert.Equal(["(2,9): TAO1001: unexpected ')'; expected an expression after '='"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal(["REAL"], tree.Root.Rules.Select(r => r.Id.Id));
        Assert.Single(tree.Root.Comments);
    }

    [Fact]
    public void A_misplaced_declaration_keyword_in_the_middle_of_a_line_does_not_start_a_declaration()
    {
        Assert.Equal(["(2,7): TAO1001: unexpected 'rule'; expected a parameter name after 'param'"], ParseAssert.Diagnostics("package p\nparam rule = 3\nlet x = 1"));
    }

    [Fact]
    public void A_broken_package_header_still_lets_the_rules_parse()
    {
        var tree = ParseAssert.File("package p title\nrule A require x\n");
        Assert.Equal(["(2,1): TAO1001: unexpected 'rule'; expected a title string after 'title'"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Single(tree.Root.Rules);
        Assert.Null(tree.Root.Package);
    }

    [Fact]
    public void Garbage_between_declarations_is_one_diagnostic()
    {
        var tree = ParseAssert.File("package p\nrule A require x\n}}} ;; @@ \"str\" 12\nrule B require y\n");
        Assert.Equal(["(3,1): TAO1001: unexpected '}'; expected an operator, a rule clause (severity, cite, tags, effective, when, require, because or remedy) or a declaration (param, let, rule or test)"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal(["A", "B"], tree.Root.Rules.Select(r => r.Id.Id));
    }

    [Fact]
    public void Lexical_errors_do_not_stop_the_statement_they_are_in()
    {
        var tree = ParseAssert.File("package p\nparam a = 1e400\nparam b = 2026-02-30\nparam c = 3 TOA\nparam d = \"x\\q\"\n");
        Assert.Equal(["TAO1004", "TAO1006", "TAO1005", "TAO1012"], tree.Diagnostics.Select(d => d.Id));
        Assert.Equal(4, tree.Root.Params.Count());
    }
}
