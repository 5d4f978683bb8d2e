using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// Reads a YAML file into <see cref="YamlNode"/>s from YamlDotNet's event stream. Anchors and aliases are reported and
/// never expanded (so an alias bomb costs nothing), nesting is capped, and invalid YAML is a diagnostic at the mark
/// YamlDotNet gives, with what was read before it kept.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>Deeper than any rule, schema or fact file needs; keeps every later walk of the tree shallow.</summary>
    public const int MaxDepth = 64;

    public static YamlDocument Read(SourceText text, DiagnosticBag diagnostics)
    {
        var reader = new EventReader(text, diagnostics);
        return reader.Read();
    }

    private sealed class Frame(bool isMapping, int start, bool isFlow)
    {
        public bool IsMapping { get; } = isMapping;

        public int Start { get; } = start;

        public bool IsFlow { get; } = isFlow;

        public List<YamlNode> Items { get; } = [];

        public List<YamlEntry> Entries { get; } = [];

        /// <summary>The key read, waiting for its value; <see cref="HasKey"/> says whether one is pending.</summary>
        public YamlScalar? Key { get; set; }

        public bool HasKey { get; set; }

        public int LastEnd { get; set; } = start;
    }

    private sealed class EventReader(SourceText text, DiagnosticBag diagnostics)
    {
        private readonly List<Frame> _stack = [];
        private YamlNode? _root;
        private bool _tooDeep;

        public YamlDocument Read()
        {
            var scanner = new Scanner(new StringReader(text.Content), skipComments: true);
            var parser = new Parser(scanner);
            var documents = 0;
            try
            {
                while (!_tooDeep && parser.MoveNext())
                {
                    switch (parser.Current)
                    {
                        case DocumentStart start:
                            documents++;
                            if (documents > 1)
                            {
                                Report(DiagnosticCatalog.InvalidYaml, Offset(start.Start), Offset(start.End), "a rule, schema or fact file holds one YAML document, and a second one starts here");
                                return new YamlDocument(_root, isComplete: true);
                            }

                            break;
                        case ParsingEvent e:
                            Handle(e);
                            break;
                    }
                }

                if (!_tooDeep)
                {
                    return new YamlDocument(_root, isComplete: true);
                }
            }
            catch (YamlException e)
            {
                var at = Offset(e.Start);
                Report(DiagnosticCatalog.InvalidYaml, at, Math.Max(at, Offset(e.End)), Describe(e.Message));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // YamlDotNet throws these for a few malformed flow collections; the scanner still knows where it was.
                var at = Offset(scanner.CurrentPosition);
                Report(DiagnosticCatalog.InvalidYaml, at, at, "the YAML cannot be read past this point (an unclosed '[' or '{'?)");
            }

            CloseAll();
            return new YamlDocument(_root, isComplete: false);
        }

        private void Handle(ParsingEvent e)
        {
            if (e is NodeEvent node && !node.Anchor.IsEmpty)
            {
                Report(DiagnosticCatalog.AliasNotAllowed, Offset(e.Start), Offset(e.Start) + 1 + node.Anchor.Value.Length);
            }

            switch (e)
            {
                case Scalar scalar:
                    var start = scalar.Anchor.IsEmpty && scalar.Tag.IsEmpty ? Offset(scalar.Start) : AfterProperties(Offset(scalar.Start), Offset(scalar.End));
                    Add(new YamlScalar(text, start, Offset(scalar.End), scalar.Value, scalar.Style));
                    break;
                case AnchorAlias alias:
                    Report(DiagnosticCatalog.AliasNotAllowed, Offset(alias.Start), Offset(alias.End));
                    Add(new YamlRejected(text, Offset(alias.Start), Offset(alias.End)));
                    break;
                case MappingStart mapping:
                    Open(isMapping: true, mapping.Start, mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow);
                    break;
                case SequenceStart sequence:
                    Open(isMapping: false, sequence.Start, sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow);
                    break;
                case MappingEnd or SequenceEnd:
                    Close(Offset(e.End));
                    break;
            }
        }

        private void Open(bool isMapping, Mark start, bool isFlow)
        {
            if (_stack.Count >= MaxDepth)
            {
                // Stop reading here rather than skip: YamlDotNet's scanner slows down quadratically with flow nesting,
                // so a file of 100,000 '[' would take minutes to read to its end.
                _tooDeep = true;
                Report(DiagnosticCatalog.YamlNestingTooDeep, Offset(start), Offset(start) + 1, MaxDepth);
                return;
            }

            _stack.Add(new Frame(isMapping, Offset(start), isFlow));
        }

        private void Close(int endEventOffset)
        {
            var frame = _stack[_stack.Count - 1];
            _stack.RemoveAt(_stack.Count - 1);

            // A block collection ends where its last item ends, not where the next token starts.
            var end = frame.IsFlow ? endEventOffset : frame.LastEnd;
            Add(frame.IsMapping
                ? new YamlMapping(text, frame.Start, end, frame.Entries)
                : new YamlSequence(text, frame.Start, end, frame.Items));
        }

        /// <summary>After invalid YAML: closes what is open so that what was read can still be checked.</summary>
        private void CloseAll()
        {
            while (_stack.Count > 0)
            {
                var frame = _stack[_stack.Count - 1];
                if (frame.IsMapping && frame.HasKey && frame.Key is not null)
                {
                    // The value of the last key was never read.
                    frame.Entries.Add(new YamlEntry(frame.Key, new YamlRejected(text, frame.Key.End, frame.Key.End)));
                    frame.LastEnd = frame.Key.End;
                }

                Close(frame.LastEnd);
            }
        }

        private void Add(YamlNode node)
        {
            if (_stack.Count == 0)
            {
                _root ??= node;
                return;
            }

            var frame = _stack[_stack.Count - 1];
            frame.LastEnd = Math.Max(frame.LastEnd, node.End);
            if (!frame.IsMapping)
            {
                frame.Items.Add(node);
                return;
            }

            if (!frame.HasKey)
            {
                frame.HasKey = true;
                frame.Key = node as YamlScalar;
                if (frame.Key is null && node is not YamlRejected)
                {
                    Report(DiagnosticCatalog.WrongValueKind, node.Start, node.End, "key", "a single name such as 'title', not " + node.KindText);
                }

                return;
            }

            if (frame.Key is not null)
            {
                frame.Entries.Add(new YamlEntry(frame.Key, node));
            }

            frame.Key = null;
            frame.HasKey = false;
        }

        /// <summary>
        /// Where a scalar's own text starts after its anchor (<c>&amp;a</c>) and tag (<c>!!str</c>), which YamlDotNet's
        /// start mark includes.
        /// </summary>
        private int AfterProperties(int start, int end)
        {
            var content = text.Content;
            var i = start;
            while (i < end && content[i] is '&' or '!')
            {
                while (i < end && !char.IsWhiteSpace(content[i]))
                {
                    i++;
                }

                while (i < end && char.IsWhiteSpace(content[i]))
                {
                    i++;
                }
            }

            return i;
        }

        private void Report(DiagnosticDescriptor descriptor, int start, int end, params object?[] args) =>
            diagnostics.Add(descriptor, text.GetLocation(start, Math.Max(0, end - start)), args);

        private int Offset(Mark mark) => (int)Math.Max(0, Math.Min(mark.Index, text.Length));

        private static string Describe(string message)
        {
            var trimmed = message.Trim().TrimEnd('.');
            if (trimmed.Length == 0)
            {
                return "the YAML cannot be read here";
            }

            // The usual cause is an expression with ': ' in it, which YAML reads as a nested key.
            var colonInValue = trimmed.IndexOf("invalid mapping", StringComparison.OrdinalIgnoreCase) >= 0
                || trimmed.IndexOf("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) >= 0;
            var hint = colonInValue ? " (quote a value that contains ': ')" : string.Empty;
            return char.ToLower(trimmed[0], CultureInfo.InvariantCulture) + trimmed.Substring(1) + hint;
        }
    }
}
