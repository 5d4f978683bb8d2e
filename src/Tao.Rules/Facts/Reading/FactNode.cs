namespace Tao.Rules.Facts.Reading;

/// <summary>What a scalar is, as far as its file format says: JSON types it, YAML quoting types it, CSV does not.</summary>
internal enum ScalarKind
{
    /// <summary>Text whose type the field decides: a YAML plain scalar or a CSV cell.</summary>
    Untyped,

    /// <summary>A JSON string or a quoted YAML scalar: always a string.</summary>
    String,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>JSON <c>null</c>, YAML <c>null</c>/<c>~</c>/empty, an empty CSV cell: the fact is missing.</summary>
    Null,
}

/// <summary>
/// A value of a fact document, the same for YAML, JSON, JSONL and CSV, so that one <see cref="FactTableBuilder"/>
/// validates them all. Small and short-lived: streamed formats build one entity's nodes at a time.
/// </summary>
internal abstract class FactNode(FactPosition position)
{
    public FactPosition Position { get; } = position;

    /// <summary>How the node is named in messages: "a mapping", "the string \"abc\"".</summary>
    public abstract string Describe();
}

internal sealed class ScalarNode(FactPosition position, ScalarKind kind, string text) : FactNode(position)
{
    public ScalarKind Kind { get; } = kind;

    public string Text { get; } = text;

    public override string Describe() => Kind switch
    {
        ScalarKind.String => $"the string \"{Shorten(Text)}\"",
        ScalarKind.Number => $"the number {Shorten(Text)}",
        ScalarKind.Boolean => Text,
        ScalarKind.Null => "null",
        _ => $"'{Shorten(Text)}'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}

internal sealed class MappingNode(FactPosition position, List<KeyValuePair<ScalarNode, FactNode>> entries) : FactNode(position)
{
    public List<KeyValuePair<ScalarNode, FactNode>> Entries { get; } = entries;

    public override string Describe() => "a mapping";
}

internal sealed class SequenceNode(FactPosition position, List<FactNode> items) : FactNode(position)
{
    public List<FactNode> Items { get; } = items;

    public override string Describe() => "a list";
}
