using Tao.Rules.Diagnostics;
using Tao.Rules.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// Reads a YAML fact or waiver file into <see cref="FactNode"/>s with YamlDotNet's event parser. Anchors and aliases are
/// rejected (TAO2006), never expanded, so an alias bomb costs nothing; nesting is bounded so no input overflows the stack.
/// </summary>
internal static class YamlFactDocument
{
    public const int MaxDepth = 64;

    /// <summary>The first document's root, or null when the text is not YAML (reported as TAO6001).</summary>
    public static FactNode? Parse(SourceText text, FactDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text.Content));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, text, diagnostics, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, Position(text, next.Start, next.End), "a fact file holds one YAML document; this second one is ignored");
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, Position(text, e.Start, e.End), "invalid YAML: " + Message(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these (not a YamlException) on some malformed input, such as control characters.
            var mark = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Report(DiagnosticCatalog.UnreadableFacts, Position(text, mark, mark), "invalid YAML: the text is not well-formed YAML here");
            return null;
        }
        catch (NestingTooDeep e)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, e.Position, $"the YAML is nested deeper than {MaxDepth} levels");
            return null;
        }
    }

    private static FactNode ReadNode(IParser parser, SourceText text, FactDiagnostics diagnostics, int depth)
    {
        var current = parser.Current!;
        var position = Position(text, current.Start, current.End);
        if (depth > MaxDepth)
        {
            throw new NestingTooDeep(position);
        }

        switch (current)
        {
            case AnchorAlias:
                parser.MoveNext();
                diagnostics.Report(DiagnosticCatalog.AliasNotAllowed, position);
                return new ScalarNode(position, ScalarKind.Null, string.Empty);
            case Scalar scalar:
                parser.MoveNext();
                ReportAnchor(scalar, position, diagnostics);
                return new ScalarNode(position, KindOf(scalar), scalar.Value);
            case SequenceStart sequenceStart:
            {
                parser.MoveNext();
                ReportAnchor(sequenceStart, position, diagnostics);
                var items = new List<FactNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, text, diagnostics, depth + 1));
                }

                return new SequenceNode(position, items);
            }

            case MappingStart mappingStart:
            {
                parser.MoveNext();
                ReportAnchor(mappingStart, position, diagnostics);
                var entries = new List<KeyValuePair<ScalarNode, FactNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, text, diagnostics, depth + 1);
                    var value = ReadNode(parser, text, diagnostics, depth + 1);
                    if (key is ScalarNode scalarKey)
                    {
                        entries.Add(new KeyValuePair<ScalarNode, FactNode>(scalarKey, value));
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, key.Position, $"a key must be a name; got {key.Describe()}");
                    }
                }

                return new MappingNode(position, entries);
            }

            default:
                throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
        }
    }

    private static ScalarKind KindOf(Scalar scalar)
    {
        if ((!scalar.Tag.IsEmpty && string.Equals(scalar.Tag.Value, "tag:yaml.org,2002:str", StringComparison.Ordinal)) || scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return ScalarKind.String;
        }

        return scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? ScalarKind.Null : ScalarKind.Untyped;
    }

    private static void ReportAnchor(NodeEvent node, FactPosition position, FactDiagnostics diagnostics)
    {
        if (!node.Anchor.IsEmpty)
        {
            diagnostics.Report(DiagnosticCatalog.AliasNotAllowed, position);
        }
    }

    private static FactPosition Position(SourceText text, Mark start, Mark end) => FactPosition.In(text, start.Index, Math.Max(start.Index, end.Index));

    private static string Message(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position; the diagnostic already carries it.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message.Substring(close + 3) : message;
    }

    private sealed class NestingTooDeep(FactPosition position) : Exception
    {
        public FactPosition Position { get; } = position;
    }
}
