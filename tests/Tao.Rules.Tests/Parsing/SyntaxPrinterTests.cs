using System.Reflection;
using Tao.Rules.Syntax;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Parsing;

public sealed class SyntaxPrinterTests
{
    private static string Sample(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsing", "Samples", name));

    [Fact]
    public void The_kitchen_sink_sample_parses_and_prints_as_approved()
    {
        var root = ParseAssert.Clean(Sample("kitchen-sink.rules"));
        Infrastructure.Golden.Verify("kitchen-sink.tree", SyntaxPrinter.Print(root));
    }

    [Fact]
    public void The_parser_produces_and_the_printer_prints_every_node_type()
    {
        var root = ParseAssert.Clean(Sample("kitchen-sink.rules"));
        var seen = new HashSet<Type>();
        Walk(root, seen);
        foreach (var comment in root.Comments)
        {
            seen.Add(comment.GetType());
        }

        var all = typeof(SyntaxNode).Assembly.GetExportedTypes()
            .Where(t => typeof(SyntaxNode).IsAssignableFrom(t) && !t.IsAbstract)
            .ToHashSet();
        Assert.Empty(all.Except(seen).Select(t => t.Name));

        foreach (var type in seen)
        {
            Assert.False(string.IsNullOrEmpty(type.Name));
        }

        // Every node prints on its own, not only as part of a unit.
        var printed = new HashSet<Type>();
        PrintEach(root, printed);
        Assert.Empty(all.Except(printed).Except([typeof(CommentSyntax)]).Select(t => t.Name));
        Assert.Equal("(comment \"# Every construct of the DSL at least once.\")", SyntaxPrinter.Print(root.Comments[0]));
    }

    [Fact]
    public void Printing_ignores_spans_and_comments()
    {
        var a = ParseAssert.Clean("package p\nrule A require x >= 1   # why\n");
        var b = ParseAssert.Clean("# header\npackage    p\n\n\nrule A\n  require x>=1\n");
        Assert.Equal(SyntaxPrinter.Print(a), SyntaxPrinter.Print(b));
    }

    [Fact]
    public void Printing_distinguishes_what_differs()
    {
        Assert.NotEqual(ParseAssert.Expression("(a + b) * c"), ParseAssert.Expression("a + b * c"));
        Assert.NotEqual(ParseAssert.Expression("5 USD"), ParseAssert.Expression("5 TAO"));
        Assert.NotEqual(ParseAssert.Expression("x in y"), ParseAssert.Expression("x not in y"));
        Assert.NotEqual(ParseAssert.Expression("\"a\\\"b\""), ParseAssert.Expression("\"a\\\\b\""));
    }

    [Fact]
    public void Comments_are_collected_in_order_with_their_spans()
    {
        var text = "# first\npackage p # second\nrule A\n  # third\n  require x # fourth\n# last";
        var root = ParseAssert.Clean(text);
        Assert.Equal(["# first", "# second", "# third", "# fourth", "# last"], root.Comments.Select(c => c.Text));
        Assert.Equal(new LinePosition(2, 11), root.Comments[1].Span.GetLocation().StartPosition);
        Assert.Equal("# last", root.Comments[4].Span.ToString());
    }

    [Fact]
    public void Comments_in_text_skipped_by_error_recovery_are_kept()
    {
        var tree = ParseAssert.File("package p\nlet x = ) # skipped over\n# between\nrule A require x\n");
        Assert.Equal(["# skipped over", "# between"], tree.Root.Comments.Select(c => c.Text));
    }

    [Fact]
    public void A_hash_inside_a_string_is_not_a_comment()
    {
        var root = ParseAssert.Clean("package p title \"#1 pack\"\n");
        Assert.Empty(root.Comments);
        Assert.Equal("#1 pack", root.Package!.Title!.Title.Value);
    }

    private static void Walk(object? value, HashSet<Type> seen)
    {
        switch (value)
        {
            case SyntaxNode node:
                seen.Add(node.GetType());
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name is "Span" or "EqualityContract" || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Walk(property.GetValue(node), seen);
                }

                break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items)
                {
                    Walk(item, seen);
                }

                break;
        }
    }

    private static void PrintEach(object? value, HashSet<Type> printed)
    {
        var nodes = new HashSet<Type>();
        var all = new List<SyntaxNode>();
        Collect(value, all);
        foreach (var node in all)
        {
            Assert.False(string.IsNullOrWhiteSpace(SyntaxPrinter.Print(node)));
            printed.Add(node.GetType());
        }
    }

    private static void Collect(object? value, List<SyntaxNode> all)
    {
        switch (value)
        {
            case CommentSyntax:
                break;
            case SyntaxNode node:
                all.Add(node);
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name is "Span" or "EqualityContract" || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Collect(property.GetValue(node), all);
                }

                break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items)
                {
                    Collect(item, all);
                }

                break;
        }
    }
}
