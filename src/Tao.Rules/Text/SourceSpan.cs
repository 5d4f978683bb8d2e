namespace Tao.Rules.Text;

/// <summary>
/// A range of characters in a <see cref="SourceText"/>. Syntax nodes carry spans; a span resolves to a
/// <see cref="Location"/> in the file on disk even when its text is embedded in another file (an expression in YAML).
/// </summary>
public readonly record struct SourceSpan(SourceText Text, int Start, int Length)
{
    public int End => Start + Length;

    public static SourceSpan FromBounds(SourceText text, int start, int end) => new(text, start, end - start);

    /// <summary>The smallest span that covers both spans (which must share a text).</summary>
    public SourceSpan Cover(SourceSpan other)
    {
        var start = Math.Min(Start, other.Start);
        var end = Math.Max(End, other.End);
        return new SourceSpan(Text, start, end - start);
    }

    public Location GetLocation() => Text.GetLocation(Start, Length);

    /// <summary>The source characters the span covers, as written.</summary>
    public override string ToString() => Text is null ? string.Empty : Text.Content.Substring(Start, Length);
}
