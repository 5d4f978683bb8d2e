using Tao.Rules.Text;
using YamlDotNet.Core;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// A node of a YAML document as written: offsets into the file, duplicate keys kept, nothing resolved. The front ends
/// read this instead of YamlDotNet's representation model so that they see every key and every exact position.
/// </summary>
internal abstract class YamlNode(SourceText text, int start, int end)
{
    public SourceText Text { get; } = text;

    /// <summary>Offset of the node's first character in the file.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just after the node's last character.</summary>
    public int End { get; } = end;

    public SourceSpan Span => SourceSpan.FromBounds(Text, Start, Math.Max(Start, End));

    /// <summary>What the node is, in words, for "must be a mapping" messages.</summary>
    public abstract string KindText { get; }
}

/// <summary>A scalar: plain, quoted or block, with its value after YAML's escapes and line folding.</summary>
internal sealed class YamlScalar(SourceText text, int start, int end, string value, ScalarStyle style) : YamlNode(text, start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>True for <c>key:</c> with nothing after it, and for <c>~</c> and <c>null</c> written plain.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public bool IsQuoted => Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;

    public override string KindText => "a single value";
}

/// <summary>One <c>key: value</c> of a mapping. Keys are always scalars (the reader reports any other key).</summary>
internal sealed class YamlEntry(YamlScalar key, YamlNode value)
{
    public YamlScalar Key { get; } = key;

    public YamlNode Value { get; } = value;

    public SourceSpan Span => SourceSpan.FromBounds(Key.Text, Key.Start, Math.Max(Key.End, Value.End));
}

/// <summary>A mapping, with its entries in the order written, duplicates included.</summary>
internal sealed class YamlMapping(SourceText text, int start, int end, IReadOnlyList<YamlEntry> entries) : YamlNode(text, start, end)
{
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    public override string KindText => "a mapping";
}

internal sealed class YamlSequence(SourceText text, int start, int end, IReadOnlyList<YamlNode> items) : YamlNode(text, start, end)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindText => "a list";
}

/// <summary>
/// Stands for a node the reader already reported and dropped (an alias, or the missing value of a key cut off by
/// invalid YAML), so that the front ends neither expand it nor report it a second time.
/// </summary>
internal sealed class YamlRejected(SourceText text, int start, int end) : YamlNode(text, start, end)
{
    public override string KindText => "a rejected value";
}
