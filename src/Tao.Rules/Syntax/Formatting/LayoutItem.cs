namespace Tao.Rules.Syntax.Formatting;

/// <summary>
/// One unit of the formatted file that comments can attach to: a header line, a clause, a given, an expect. It knows the
/// source range it came from (to place comments) and the lines it prints as.
/// </summary>
internal sealed class LayoutItem(int sourceStart, int sourceEnd, int indent, IReadOnlyList<string> lines)
{
    public int SourceStart { get; } = sourceStart;

    public int SourceEnd { get; } = sourceEnd;

    /// <summary>The indentation of the item's first line, which comments before it share.</summary>
    public int Indent { get; } = indent;

    /// <summary>The lines of the item, indentation included.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;

    /// <summary>Comments printed on their own lines just before the item, in source order.</summary>
    public List<string> LeadingComments { get; } = [];

    /// <summary>The comment printed at the end of the item's last line.</summary>
    public string? TrailingComment { get; set; }

    public static LayoutItem For(SyntaxNode node, int indent, IReadOnlyList<string> lines) =>
        new(node.Span.Start, node.Span.End, indent, lines);

    public static LayoutItem For(SyntaxNode node, int indent, string line) => For(node, indent, [line]);
}
