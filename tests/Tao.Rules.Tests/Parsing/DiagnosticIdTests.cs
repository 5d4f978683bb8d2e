using System.Text;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax.Parsing;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Each TAO1xxx id: a text that triggers it at an exact position, and a close text that does not.</summary>
public sealed class DiagnosticIdTests
{
    [Fact]
    public void TAO1001_syntax_error()
    {
        Assert.Equal(["(2,9): TAO1001: unexpected ')'; expected an expression after '='"], ParseAssert.Diagnostics("package p\nlet x = )"));
        ParseAssert.Clean("package p\nlet x = (1)");
    }

    [Fact]
    public void TAO1002_unterminated_string_at_the_end_of_a_line_and_parsing_goes_on()
    {
        var tree = ParseAssert.File("package p\n  title \"abc\nparam x = 1\n");
        Assert.Equal(["(2,9): TAO1002: unterminated string literal; expected a closing '\"' before the end of the line"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Equal("abc", tree.Root.Package!.Title!.Title.Value);
        Assert.Single(tree.Root.Params);
    }

    [Fact]
    public void TAO1002_unterminated_string_at_the_very_end_of_the_file()
    {
        Assert.Equal(
            ["(2,11): TAO1002: unterminated string literal; expected a closing '\"' before the end of the file"],
            ParseAssert.Diagnostics("package p\nparam s = \"abc"));
        ParseAssert.Clean("package p\nparam s = \"abc\"");
    }

    [Fact]
    public void TAO1003_nesting_deeper_than_the_limit_points_at_the_opening_parenthesis()
    {
        var depth = RuleParser.MaxNestingDepth;
        var tooDeep = "package p\nlet x = " + new string('(', depth + 1) + "1" + new string(')', depth + 1);
        Assert.Equal([$"(2,{9 + depth}): TAO1003: expression nesting is deeper than 64 levels; split it with 'let'"], ParseAssert.Diagnostics(tooDeep));
        ParseAssert.Clean("package p\nlet x = " + new string('(', depth) + "1" + new string(')', depth));
    }

    [Theory]
    [InlineData("not ", 4)]
    [InlineData("- ", 2)]
    [InlineData("f(", 2)]
    [InlineData("[", 1)]
    public void TAO1003_applies_to_unary_operators_calls_and_lists(string opener, int width)
    {
        var depth = RuleParser.MaxNestingDepth;
        var closer = opener switch { "f(" => ")", "[" => "]", _ => string.Empty };
        string Nest(int n) => "package p\nlet x = " + string.Concat(Enumerable.Repeat(opener, n)) + "a" + string.Concat(Enumerable.Repeat(closer, n));

        var column = 9 + (depth * width) + (opener == "f(" ? 1 : 0);
        Assert.Equal([$"(2,{column}): TAO1003: expression nesting is deeper than 64 levels; split it with 'let'"], ParseAssert.Diagnostics(Nest(depth + 1)));
        ParseAssert.Clean(Nest(depth));
    }

    [Fact]
    public void TAO1004_number_out_of_range()
    {
        Assert.Equal(
            ["(2,11): TAO1004: number literal '1e400' is outside the range of a 64-bit floating-point number"],
            ParseAssert.Diagnostics("package p\nparam x = 1e400"));
        ParseAssert.Clean("package p\nparam x = 1e308");
    }

    [Fact]
    public void TAO1005_unknown_unit_with_a_suggestion()
    {
        Assert.Equal(["(2,13): TAO1005: unknown unit 'TOA'; did you mean 'TAO'?"], ParseAssert.Diagnostics("package p\nparam x = 3 TOA"));
        Assert.Equal(["(2,19): TAO1005: unknown unit 'blok'; did you mean 'block'?"], ParseAssert.Diagnostics("package p\nparam x = 0.5 TAO/blok"));
        Assert.Equal(["(2,13): TAO1005: unknown unit 'furlongs'"], ParseAssert.Diagnostics("package p\nparam x = 3 furlongs"));
        ParseAssert.Clean("package p\nparam x = 3 TAO\nparam y = 0.5 TAO/block");
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("0000-01-01")]
    public void TAO1006_invalid_calendar_date(string date)
    {
        Assert.Equal(
            [$"(2,11): TAO1006: '{date}' is not a valid calendar date (expected YYYY-MM-DD)"],
            ParseAssert.Diagnostics("package p\nparam d = " + date));
    }

    [Fact]
    public void TAO1006_is_not_reported_for_real_dates_including_leap_days()
    {
        ParseAssert.Clean("package p\nparam d = 2024-02-29\nparam e = 2026-12-31\n");
    }

    [Fact]
    public void TAO1007_duplicate_clause_at_the_second_one_and_the_rule_is_kept()
    {
        var tree = ParseAssert.File("package p\nrule A\n  severity major\n  require x\n  severity minor\n");
        Assert.Equal(["(5,3): TAO1007: 'severity' is given more than once in this rule"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Single(tree.Root.Rules);
    }

    [Fact]
    public void TAO1007_in_a_package_and_in_a_test()
    {
        Assert.Equal(["(1,21): TAO1007: 'title' is given more than once in this package"], ParseAssert.Diagnostics("package p title \"a\" title \"b\""));
        Assert.Equal(
            ["(2,41): TAO1007: 'as of' is given more than once in this test"],
            ParseAssert.Diagnostics("package p\ntest \"t\" as of 2026-01-01 expect A pass as of 2026-01-02"));
    }

    [Fact]
    public void TAO1007_is_not_reported_when_each_clause_appears_once()
    {
        ParseAssert.Clean("package p effective 2026-01-01\nrule A severity major cite \"c\" tags [] effective 2026-01-01 when a require b because \"x\" remedy \"y\"\n");
    }

    [Fact]
    public void TAO1008_empty_file()
    {
        Assert.Equal(["(1,1): TAO1008: a rule file must start with 'package NAME'; the file is empty"], ParseAssert.Diagnostics(string.Empty));
        Assert.Equal(["(1,1): TAO1008: a rule file must start with 'package NAME'; the file is empty"], ParseAssert.Diagnostics("# only a comment\n\n"));
    }

    [Fact]
    public void TAO1008_missing_package_still_parses_the_declarations()
    {
        var tree = ParseAssert.File("\nrule A require x\n");
        Assert.Equal(["(1,1): TAO1008: a rule file must start with 'package NAME'; found 'rule'"], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Single(tree.Root.Rules);
        Assert.Null(tree.Root.Package);
        ParseAssert.Clean("# header comment\npackage p\n");
    }

    [Fact]
    public void TAO1012_invalid_escape()
    {
        Assert.Equal(
            ["(2,13): TAO1012: invalid escape sequence '\\q' in string; expected one of \\\" \\\\ \\n \\t"],
            ParseAssert.Diagnostics("package p\nparam s = \"a\\qb\""));
        ParseAssert.Clean("package p\nparam s = \"a\\tb\\n\\\"\\\\\"");
    }

    [Theory]
    [InlineData("because \"{}\"", "(2,17): TAO1013: empty interpolation hole; put an expression between '{' and '}', or write '{{' for a literal brace")]
    [InlineData("because \"{a +}\"", "(2,21): TAO1013: in interpolation hole: unexpected end of interpolation hole; expected an expression")]
    [InlineData("because \"{a b}\"", "(2,20): TAO1013: in interpolation hole: unexpected 'b'; expected an operator or '}' to close the hole")]
    [InlineData("because \"x } y\"", "(2,19): TAO1013: a single '}' in text; write '}}' for a literal brace")]
    [InlineData("because \"x {a\"", "(2,19): TAO1013: '{' opens an interpolation hole that is never closed; close it with '}', or write '{{' for a literal brace")]
    [InlineData("remedy \"{a.}\"", "(2,19): TAO1013: in interpolation hole: unexpected end of interpolation hole; expected a field name after '.'")]
    public void TAO1013_invalid_interpolation(string clause, string diagnostic)
    {
        var tree = ParseAssert.File("package p\nrule A " + clause + " require x\n");
        Assert.Equal([diagnostic], tree.Diagnostics.Select(ParseAssert.Short));
        Assert.Single(tree.Root.Rules);
    }

    [Fact]
    public void TAO1013_is_not_reported_for_literal_braces_and_good_holes()
    {
        ParseAssert.Clean("package p\nrule A because \"{{literal}} and {a.b + 1} and {{}}\" require x\n");
    }

    // TAO1009, TAO1010, TAO1011 and TAO1014 come from SourceFileReader, which every front end reads files with.
    [Fact]
    public void TAO1009_invalid_utf8_points_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("package p\nlet x = ").Concat(new byte[] { 0xFF }).ToArray();
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceFileReader.Decode(bytes, "bad.rules", diagnostics));
        Assert.Equal(["(2,9): TAO1009: the file is not valid UTF-8 text (invalid byte 0xFF at byte offset 18)"], diagnostics.Select(ParseAssert.Short));
    }

    [Fact]
    public void TAO1009_is_not_reported_for_valid_utf8_with_a_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("package p title \"Zürich ≥ 東京\"")).ToArray();
        var diagnostics = new DiagnosticBag();
        var text = SourceFileReader.Decode(bytes, "ok.rules", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("Zürich ≥ 東京", RuleParser.ParseFile(text!).Root.Package!.Title!.Title.Value);
    }

    [Fact]
    public void TAO1010_nul_byte()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceFileReader.Decode(Encoding.UTF8.GetBytes("package p\nlet x\0 = 1"), "nul.rules", diagnostics));
        Assert.Equal(["(2,6): TAO1010: the file contains the control character U+0000, which is not allowed in rule files"], diagnostics.Select(ParseAssert.Short));
    }

    [Fact]
    public void TAO1010_is_not_reported_for_tabs_and_crlf()
    {
        var diagnostics = new DiagnosticBag();
        var text = SourceFileReader.Decode(Encoding.UTF8.GetBytes("package p\r\n\tlet x = 1\r\n"), "ok.rules", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(RuleParser.ParseFile(text!).Diagnostics);
    }

    [Fact]
    public void TAO1011_file_too_large()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceFileReader.Decode(new byte[SourceFileReader.MaxFileBytes + 1], "big.rules", diagnostics));
        Assert.Equal(["(1,1): TAO1011: the file is 8388609 bytes; rule, schema and YAML files are limited to 8388608 bytes"], diagnostics.Select(ParseAssert.Short));
    }

    [Fact]
    public void TAO1011_is_not_reported_at_the_limit()
    {
        var bytes = Enumerable.Repeat((byte)' ', SourceFileReader.MaxFileBytes).ToArray();
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(SourceFileReader.Decode(bytes, "limit.rules", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void TAO1014_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "tao-rules-missing-" + Guid.NewGuid().ToString("N") + ".rules");
        var diagnostics = new DiagnosticBag();
        Assert.Null(SourceFileReader.Read(path, diagnostics, "rules/missing.rules"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("TAO1014", diagnostic.Id);
        Assert.Equal("rules/missing.rules", diagnostic.Location.Path);
        Assert.Equal(new LinePosition(1, 1), diagnostic.Location.StartPosition);
        Assert.StartsWith("cannot read 'rules/missing.rules': ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TAO1014_is_not_reported_for_a_readable_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "tao-rules-present-" + Guid.NewGuid().ToString("N") + ".rules");
        File.WriteAllText(path, "package p\n");
        try
        {
            var diagnostics = new DiagnosticBag();
            var text = SourceFileReader.Read(path, diagnostics);
            Assert.Empty(diagnostics);
            Assert.Equal("package p\n", text!.Content);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
