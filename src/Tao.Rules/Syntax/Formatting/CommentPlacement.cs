namespace Tao.Rules.Syntax.Formatting;

/// <summary>
/// Decides where each comment of the source goes in the formatted file. A comment after code on the same line stays at
/// the end of that item's line; a comment on its own line goes before the next item (moving with it when clauses are
/// reordered); a comment inside an item (a multi-line expression or given) goes before that item; anything after the last
/// item stays at the end of the file.
/// </summary>
internal static class CommentPlacement
{
    /// <summary>Attaches the comments to <paramref name="items"/> and returns those that belong at the end of the file.</summary>
    public static IReadOnlyList<string> Attach(string source, IReadOnlyList<CommentSyntax> comments, IReadOnlyList<LayoutItem> items)
    {
        var bySource = items.OrderBy(i => i.SourceStart).ToList();
        var endOfFile = new List<string>();
        foreach (var comment in comments.OrderBy(c => c.Span.Start))
        {
            var text = CommentText(comment);
            var start = comment.Span.Start;
            var previous = LastStartingBefore(bySource, start);
            if (previous is not null && start < previous.SourceEnd)
            {
                // Inside a multi-line item: a trailing position would no longer exist once the item is re-laid out.
                previous.LeadingComments.Add(text);
            }
            else if (previous is not null && HasCodeBefore(source, start) && previous.TrailingComment is null)
            {
                previous.TrailingComment = text;
            }
            else if (FirstStartingAtOrAfter(bySource, start) is { } next)
            {
                next.LeadingComments.Add(text);
            }
            else
            {
                endOfFile.Add(text);
            }
        }

        return endOfFile;
    }

    /// <summary>The comment as it is printed: starting with <c>#</c>, without trailing white space.</summary>
    public static string CommentText(CommentSyntax comment)
    {
        var text = comment.Text.TrimEnd();
        return text.StartsWith("#", StringComparison.Ordinal) ? text : "#" + text;
    }

    private static bool HasCodeBefore(string source, int offset)
    {
        for (var i = Math.Min(offset, source.Length) - 1; i >= 0; i--)
        {
            var c = source[i];
            if (c is '\n' or '\r')
            {
                return false;
            }

            if (c is not (' ' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static LayoutItem? LastStartingBefore(List<LayoutItem> items, int offset)
    {
        var index = CountStartingBefore(items, offset);
        return index == 0 ? null : items[index - 1];
    }

    private static LayoutItem? FirstStartingAtOrAfter(List<LayoutItem> items, int offset)
    {
        var index = CountStartingBefore(items, offset);
        return index == items.Count ? null : items[index];
    }

    /// <summary>How many items (sorted by start) start before <paramref name="offset"/>.</summary>
    private static int CountStartingBefore(List<LayoutItem> items, int offset)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (items[middle].SourceStart < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
