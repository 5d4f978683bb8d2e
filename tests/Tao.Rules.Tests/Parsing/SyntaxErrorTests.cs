namespace Tao.Rules.Tests.Parsing;

/// <summary>
/// A failing case per production: TAO1001 at the exact line and column, with a message that says in words what was
/// expected there.
/// </summary>
public sealed class SyntaxErrorTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // Package header.
        { "package\nrule A", "(2,1): TAO1001: unexpected 'rule'; expected a package name after 'package', such as jp.jvcea" },
        { "package p title 3", "(1,17): TAO1001: unexpected '3'; expected a title string after 'title'" },
        { "package p applies asset", "(1,19): TAO1001: unexpected 'asset'; expected 'to' after 'applies'" },
        { "package p applies to Asset", "(1,22): TAO1001: unexpected 'Asset'; expected an entity kind after 'applies to', such as asset" },
        { "package p jurisdiction 12", "(1,24): TAO1001: unexpected '12'; expected a jurisdiction code after 'jurisdiction', such as JP" },
        { "package p version 2026", "(1,19): TAO1001: unexpected '2026'; expected a version string after 'version', such as \"2026.1\"" },
        { "package p effective soon", "(1,21): TAO1001: unexpected 'soon'; expected a date like 2026-01-01 after 'effective'" },
        { "package p effective 2026-01-01 until later", "(1,38): TAO1001: unexpected 'later'; expected a date like 2026-12-31 after 'until'" },
        { "package p\ntitl \"x\"", "(2,1): TAO1001: unexpected 'titl'; expected a package clause (title, applies to, jurisdiction, version or effective) or a declaration (param, let, rule or test); did you mean 'title'?" },

        // param and let.
        { "package p\nparam = 3", "(2,7): TAO1001: unexpected '='; expected a parameter name after 'param'" },
        { "package p\nparam x 3", "(2,9): TAO1001: unexpected '3'; expected '=' after the parameter name" },
        { "package p\nparam x =", "(2,10): TAO1001: unexpected end of file; expected an expression after '='" },
        { "package p\nparam rule = 3", "(2,7): TAO1001: unexpected 'rule'; expected a parameter name after 'param'" },
        { "package p\nlet 1x = 3", "(2,5): TAO1001: unexpected '1x'; expected a name after 'let'" },
        { "package p\nlet x 3", "(2,7): TAO1001: unexpected '3'; expected '=' after the name" },

        // Rules.
        { "package p\nrule jp-1", "(2,6): TAO1001: unexpected 'jp-1'; expected a rule id after 'rule', such as JP-GL-01" },
        { "package p\nrule JP-1 severity high", "(2,20): TAO1001: unexpected 'high'; expected a severity level: blocker, major, minor or info" },
        { "package p\nrule JP-1 severity majr", "(2,20): TAO1001: unexpected 'majr'; expected a severity level: blocker, major, minor or info; did you mean 'major'?" },
        { "package p\nrule JP-1 cite JVCEA", "(2,16): TAO1001: unexpected 'JVCEA'; expected a citation string after 'cite'" },
        { "package p\nrule JP-1 tags \"a\"", "(2,16): TAO1001: unexpected string \"a\"; expected '[' after 'tags'" },
        { "package p\nrule JP-1 tags [a]", "(2,17): TAO1001: unexpected 'a'; expected ']' or a tag string" },
        { "package p\nrule JP-1 tags [\"a\" \"b\"]", "(2,21): TAO1001: unexpected string \"b\"; expected ']' or ','" },
        { "package p\nrule JP-1 when", "(2,15): TAO1001: unexpected end of file; expected an expression after 'when'" },
        { "package p\nrule JP-1 require\nrule B", "(3,1): TAO1001: unexpected 'rule'; expected an expression after 'require'" },
        { "package p\nrule JP-1 because reason", "(2,19): TAO1001: unexpected 'reason'; expected an explanation string after 'because'" },
        { "package p\nrule JP-1 remedy 3", "(2,18): TAO1001: unexpected '3'; expected a remedy string after 'remedy'" },
        { "package p\nrule A\n  whenn x", "(3,3): TAO1001: unexpected 'whenn'; expected a rule title string, a rule clause (severity, cite, tags, effective, when, require, because or remedy) or a declaration (param, let, rule or test); did you mean 'when'?" },
        { "package p\nrule A require x ]", "(2,18): TAO1001: unexpected ']'; expected an operator, a rule clause (severity, cite, tags, effective, when, require, because or remedy) or a declaration (param, let, rule or test)" },

        // Tests.
        { "package p\ntest", "(2,5): TAO1001: unexpected end of file; expected a test name string after 'test'" },
        { "package p\ntest \"t\"", "(2,9): TAO1001: unexpected end of file; expected a test line (given, as of or expect)" },
        { "package p\ntest \"t\" given { a: 1 }", "(2,16): TAO1001: unexpected '{'; expected an entity kind after 'given', such as asset" },
        { "package p\ntest \"t\" given asset a: 1", "(2,22): TAO1001: unexpected 'a'; expected '{' after the entity kind" },
        { "package p\ntest \"t\" given asset { a 1 }", "(2,26): TAO1001: unexpected '1'; expected ':' after the field name" },
        { "package p\ntest \"t\" given asset { a: }", "(2,27): TAO1001: unexpected '}'; expected a value after ':'" },
        { "package p\ntest \"t\" given asset { a: 1 b: 2 }", "(2,29): TAO1001: unexpected 'b'; expected an operator, '}' or ','" },
        { "package p\ntest \"t\" as 2026-01-01", "(2,13): TAO1001: unexpected '2026-01-01'; expected 'of' after 'as'" },
        { "package p\ntest \"t\" as of tomorrow", "(2,16): TAO1001: unexpected 'tomorrow'; expected a date like 2026-01-01 after 'as of'" },
        { "package p\ntest \"t\" expect", "(2,16): TAO1001: unexpected end of file; expected a rule id such as JP-GL-01 or 'verdict' after 'expect'" },
        { "package p\ntest \"t\" expect A passed", "(2,19): TAO1001: unexpected 'passed'; expected an outcome: pass, fail, unknown, not_applicable, waived or error; did you mean 'pass'?" },
        { "package p\ntest \"t\" expect verdict green", "(2,25): TAO1001: unexpected 'green'; expected a verdict: blocked, at-risk, needs-evidence or ready" },
        { "package p\ntest \"t\" expect A pass for XMR", "(2,28): TAO1001: unexpected 'XMR'; expected an entity key string after 'for', such as \"XMR\"" },

        // Expressions.
        { "package p\nlet x = a +", "(2,12): TAO1001: unexpected end of file; expected an expression" },
        { "package p\nlet x = (a", "(2,11): TAO1001: unexpected end of file; expected an operator or ')'" },
        { "package p\nlet x = [1 2]", "(2,12): TAO1001: unexpected '2'; expected an operator, ']' or ','" },
        { "package p\nlet x = f(a", "(2,12): TAO1001: unexpected end of file; expected an operator, ')' or ','" },
        { "package p\nlet x = a.", "(2,11): TAO1001: unexpected end of file; expected a field name after '.'" },
        { "package p\nlet x = x between 1 5", "(2,21): TAO1001: unexpected '5'; expected an operator or 'and' between the bounds of 'between'" },
        { "package p\nlet x = a not b", "(2,11): TAO1001: unexpected 'not'; expected an operator or a declaration (param, let, rule or test)" },
        { "package p\nlet x = a not in", "(2,17): TAO1001: unexpected end of file; expected an expression" },
        { "package p\nlet x = @", "(2,9): TAO1001: unexpected '@'; expected an expression after '='" },
        { "package p\nlet x = sum(all where)", "(2,17): TAO1001: unexpected 'where'; expected what to select after 'all', such as subnet.stake" },
        { "package p\nlet x = sum(all a where)", "(2,24): TAO1001: unexpected ')'; expected a condition after 'where'" },
        { "package p\nlet x = any(xs, x =>)", "(2,21): TAO1001: unexpected ')'; expected an expression" },
        { "package p\nlet x = a < b < c", "(2,15): TAO1001: comparisons do not chain: '<' cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses" },
        { "package p\nlet x = a == b == c", "(2,16): TAO1001: comparisons do not chain: '==' cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses" },
        { "package p\nlet x = a in b in c", "(2,16): TAO1001: comparisons do not chain: 'in' cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses" },
        { "package p\nlet x = a between 1 and 2 not in c", "(2,27): TAO1001: comparisons do not chain: 'not' cannot follow a comparison; join comparisons with 'and' (a < b and b < c) or use parentheses" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_what_was_expected_at_the_exact_position(string text, string diagnostic)
    {
        Assert.Equal([diagnostic], ParseAssert.Diagnostics(text));
    }

    [Theory]
    [InlineData("a +", "(1,4): TAO1001: unexpected end of expression; expected an expression")]
    [InlineData("a b", "(1,3): TAO1001: unexpected 'b'; expected an operator or the end of the expression")]
    [InlineData("", "(1,1): TAO1001: unexpected end of expression; expected an expression")]
    [InlineData("(a))", "(1,4): TAO1001: unexpected ')'; expected an operator or the end of the expression")]
    public void ParseExpression_requires_exactly_one_expression(string text, string diagnostic)
    {
        Assert.Equal([diagnostic], ParseAssert.ExpressionDiagnostics(text));
    }

    [Fact]
    public void Parenthesized_comparisons_may_be_compared()
    {
        Assert.Equal("(binary == (paren (binary < (name a) (name b))) (name c))", ParseAssert.Expression("(a < b) == c"));
    }
}
