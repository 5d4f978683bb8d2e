using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Hostile and broken input: always a diagnostic, never an exception, a hang or a stack overflow.</summary>
public sealed class BadInputTests
{
    /// <summary>Runs on a thread with a normal 1 MB stack, where unguarded recursion would overflow and kill the process.</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        var result = default(T);
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the parse did not finish in 30 seconds");
        Assert.Null(failure);
        return result!;
    }

    [Fact]
    public void One_hundred_thousand_nested_parentheses_give_TAO1003_without_overflowing_the_stack()
    {
        var text = "package p\nlet x = " + new string('(', 100_000) + "1" + new string(')', 100_000) + "\nlet y = 2\n";
        var tree = OnSmallStack(() => RuleParser.ParseFile(SourceText.From(text)));
        Assert.Equal(["(2,73): TAO1003: expression nesting is deeper than 64 levels; split it with 'let'"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal(["y"], tree.Root.Lets.Select(l => l.Name.Name));
    }

    [Fact]
    public void One_hundred_thousand_open_parentheses_as_an_expression_give_TAO1003()
    {
        var diagnostics = new DiagnosticBag();
        var expression = OnSmallStack(() => RuleParser.ParseExpression(SourceText.From(new string('(', 100_000)), diagnostics));
        Assert.Null(expression);
        Assert.Equal(["(1,65): TAO1003: expression nesting is deeper than 64 levels; split it with 'let'"], diagnostics.Select(ParseAssert.Short));
    }

    [Theory]
    [InlineData("not ")]
    [InlineData("-")]
    [InlineData("f(")]
    [InlineData("[")]
    [InlineData("all ")]
    public void One_hundred_thousand_nested_operators_give_TAO1003(string opener)
    {
        var text = "package p\nlet x = " + string.Concat(Enumerable.Repeat(opener, 100_000)) + "a\n";
        var tree = OnSmallStack(() => RuleParser.ParseFile(SourceText.From(text)));
        Assert.Equal(["TAO1003"], tree.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData(" + a")]
    [InlineData(" and a")]
    [InlineData(".a")]
    public void One_hundred_thousand_chained_operators_parse_and_print_on_a_small_stack(string link)
    {
        // Chains are read by loops, not recursion: they parse, and the printer walks their left spine with a loop.
        // (The binder bounds how deep a bound tree may be; that is its TAO1003.)
        var text = "package p\nlet x = a" + string.Concat(Enumerable.Repeat(link, 100_000)) + "\nlet y = 1\n";
        var printed = OnSmallStack(() =>
        {
            var tree = RuleParser.ParseFile(SourceText.From(text));
            Assert.Empty(tree.Diagnostics);
            Assert.Equal(["x", "y"], tree.Root.Lets.Select(l => l.Name.Name));
            return SyntaxPrinter.Print(tree.Root);
        });
        Assert.Contains("(let y (number 1))", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_inside_an_interpolation_hole_gives_TAO1003()
    {
        var text = "package p\nrule A because \"{" + new string('(', 100_000) + "}\" require x\n";
        var tree = OnSmallStack(() => RuleParser.ParseFile(SourceText.From(text)));
        Assert.Equal(["(2,82): TAO1003: expression nesting is deeper than 64 levels; split it with 'let'"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Single(tree.Root.Rules);
    }

    [Fact]
    public void A_number_too_large_for_a_double_is_TAO1004()
    {
        Assert.Equal(["(1,1): TAO1004: number literal '1e400' is outside the range of a 64-bit floating-point number"], ParseAssert.ExpressionDiagnostics("1e400"));
    }

    [Fact]
    public void An_unterminated_string_at_the_very_end_of_the_file_is_TAO1002()
    {
        var tree = ParseAssert.File("package p\nrule A because \"never closed");
        Assert.Equal(["(2,16): TAO1002: unterminated string literal; expected a closing '\"' before the end of the file"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal("(rule A (because (interpolated (text \"never closed\"))))", SyntaxPrinter.Print(tree.Root.Members.Single()));
    }

    [Fact]
    public void An_empty_file_is_TAO1008()
    {
        var tree = ParseAssert.File(string.Empty);
        Assert.Equal(["(1,1): TAO1008: a rule file must start with 'package NAME'; the file is empty"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Null(tree.Root.Package);
        Assert.Empty(tree.Root.Members);
    }

    [Theory]
    [InlineData("}}}")]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData("package")]
    [InlineData("package p rule")]
    [InlineData("package p\nrule")]
    [InlineData("package p\ntest \"t\" given asset {")]
    [InlineData("package p\nlet x = \"{")]
    [InlineData("package p\nrule A because \"{\"")]
    [InlineData("package p\nrule A because \"{\"}\"")]
    [InlineData("package p\nrule A because \"{{{")]
    [InlineData("package p\nlet x = 1e")]
    [InlineData("package p\nlet x = 1_")]
    [InlineData("package p\nlet x = 9999-99-99")]
    [InlineData("package p\nlet x = \\")]
    [InlineData("package p\nlet x = a.b.")]
    [InlineData("package p\nlet x = 5 %/")]
    [InlineData("\u00e9\u00e8 \ud83d\ude00")]
    [InlineData("package p\n#")]
    [InlineData("package p\nlet x = 1 # comment without newline")]
    public void Garbage_gives_diagnostics_or_a_tree_but_never_throws(string text)
    {
        var tree = RuleParser.ParseFile(SourceText.From(text));
        Assert.NotNull(tree.Root);
        Assert.DoesNotContain(tree.Diagnostics, d => d.Message.Contains("failed unexpectedly", StringComparison.Ordinal));
        if (!text.StartsWith("package p\n#", StringComparison.Ordinal) && !text.EndsWith("newline", StringComparison.Ordinal))
        {
            Assert.NotEmpty(tree.Diagnostics);
        }
    }

    [Fact]
    public void Several_independent_errors_are_all_reported_in_file_order()
    {
        var text = "package p\nlet a = \nlet b = 1e400\nrule c\nlet d = [1 2]\nparam e = 3 TOA\n";
        var tree = ParseAssert.File(text);
        Assert.Equal(
            [
                "(3,1): TAO1001: unexpected 'let'; expected an expression after '='",
                "(3,9): TAO1004: number literal '1e400' is outside the range of a 64-bit floating-point number",
                "(4,6): TAO1001: unexpected 'c'; expected a rule id after 'rule', such as JP-GL-01",
                "(5,12): TAO1001: unexpected '2'; expected an operator, ']' or ','",
                "(6,13): TAO1005: unknown unit 'TOA'; did you mean 'TAO'?",
            ],
            tree.Diagnostics.Select(ParseAssert.Short));
    }

    [Fact]
    public void A_3_MB_generated_valid_file_parses_without_error()
    {
        var rules = 1;
        var text = RulePackGenerator.Generate(rules);
        while (text.Length < 3 * 1024 * 1024)
        {
            rules *= 2;
            text = RulePackGenerator.Generate(rules);
        }

        var tree = RuleParser.ParseFile(SourceText.From(text, "big.rules"));
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(rules, tree.Root.Rules.Count());
        Assert.Equal(rules, tree.Root.Comments.Count - 1);
    }

    [Fact]
    public void Parallel_parses_share_the_grammar_safely()
    {
        var text = RulePackGenerator.Generate(200);
        var expected = SyntaxPrinter.Print(RuleParser.ParseFile(SourceText.From(text)).Root);
        var broken = "package p\nlet a = (\nrule B require x\n";
        var expectedBroken = RuleParser.ParseFile(SourceText.From(broken)).Diagnostics.Select(ParseAssert.Short).ToArray();

        Parallel.For(0, 16, i =>
        {
            if (i % 2 == 0)
            {
                Assert.Equal(expected, SyntaxPrinter.Print(RuleParser.ParseFile(SourceText.From(text)).Root));
            }
            else
            {
                Assert.Equal(expectedBroken, RuleParser.ParseFile(SourceText.From(broken)).Diagnostics.Select(ParseAssert.Short));
            }
        });
    }
}
