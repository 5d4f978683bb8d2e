namespace Tao.Rules.Syntax.Parsing;

/// <summary>A string literal as read: its value with escapes resolved, and where its quotes and content are.</summary>
internal readonly record struct StringToken(ParseContext Context, string Value, int Start, int ContentEnd, int End)
{
    public int ContentStart => Start + 1;

    public StringLiteralSyntax ToSyntax() => new(Value, Context.Span(Start, End));
}
