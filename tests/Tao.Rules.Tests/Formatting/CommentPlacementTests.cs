namespace Tao.Rules.Tests.Formatting;

/// <summary>Where comments end up: leading, trailing, between reordered clauses, at the end, inside long constructs.</summary>
public sealed class CommentPlacementTests
{
    private static void AssertFormats(string source, string expected)
    {
        var formatted = FormattingHarness.Format(source.Replace("\r\n", "\n"));
        Assert.Equal(expected.Replace("\r\n", "\n"), formatted);
        Assert.Equal(formatted, FormattingHarness.Format(formatted));
    }

    [Fact]
    public void A_leading_comment_stays_before_its_member_and_a_trailing_comment_stays_at_the_end_of_its_line()
    {
        AssertFormats(
            """
            # file header
            package p   # the package
            # about x
            param x=3 # why three
            param y = 4
            """,
            """
            # file header
            package p  # the package

            # about x
            param x = 3  # why three
            param y = 4

            """);
    }

    [Fact]
    public void A_comment_between_clauses_moves_with_the_clause_it_precedes()
    {
        AssertFormats(
            """
            package p
            rule R-01 "t"   # header note
              # about the condition
              require a > 1
                # about the severity
              severity major  # major on purpose
            """,
            """
            package p

            rule R-01 "t"  # header note
              # about the severity
              severity major  # major on purpose
              # about the condition
              require a > 1

            """);
    }

    [Fact]
    public void Comments_after_the_last_member_stay_at_the_end_of_the_file()
    {
        AssertFormats(
            """
            package p
            param x = 1
              # one
            # two
            """,
            """
            package p

            param x = 1

            # one
            # two

            """);
    }

    [Fact]
    public void A_comment_inside_a_multi_line_expression_moves_before_the_clause()
    {
        AssertFormats(
            """
            package p
            rule R-01
              require a > 1 and   # first part
                b > 2             # second part
              when c
            """,
            """
            package p

            rule R-01
              when c
              # first part
              require a > 1 and b > 2  # second part

            """);
    }

    [Fact]
    public void A_comment_inside_a_multi_line_given_moves_before_the_given()
    {
        AssertFormats(
            """
            package p
            test "t"
              given asset {
                symbol: "XMR",   # the coin
                # privacy
                has_privacy_feature: true
              }  # end of given
              expect R-01 fail
            """,
            """
            package p

            test "t"
              # the coin
              # privacy
              given asset { symbol: "XMR", has_privacy_feature: true }  # end of given
              expect R-01 fail

            """);
    }

    [Fact]
    public void Comments_in_a_file_with_only_a_package_header_are_kept()
    {
        AssertFormats("package p # trailing\n# after\n", "package p  # trailing\n\n# after\n");
    }

    [Fact]
    public void A_hash_inside_a_string_is_not_a_comment()
    {
        AssertFormats(
            """
            package p
            param tag = "#1"   # a real comment
            """,
            """
            package p

            param tag = "#1"  # a real comment

            """);
    }

    [Fact]
    public void Windows_line_ends_and_trailing_white_space_become_clean_lf_lines()
    {
        var formatted = FormattingHarness.Format("package p   \r\n# note   \r\nparam x = 1\t# tab before\r\n");

        Assert.Equal("package p\n\n# note\nparam x = 1  # tab before\n", formatted);
    }
}
