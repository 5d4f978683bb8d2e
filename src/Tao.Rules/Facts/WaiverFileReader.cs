using Tao.Rules.Diagnostics;
using Tao.Rules.Facts.Reading;
using Tao.Rules.Text;

namespace Tao.Rules.Facts;

/// <summary>
/// Reads a waiver file: a YAML (or JSON) mapping with a list under <c>waivers:</c>, each entry with <c>rule</c>,
/// <c>entity</c>, <c>reason</c>, <c>approved_by</c> and <c>expires</c> (a date), all required. A malformed waiver is a
/// TAO6006 error at its position and is left out; the others are returned in file order. An optional top-level
/// <c>source</c> text says where the approvals come from.
/// </summary>
public static class WaiverFileReader
{
    private static readonly string[] Keys = ["rule", "entity", "reason", "approved_by", "expires"];

    /// <summary>Reads and validates the waivers of a file.</summary>
    public static IReadOnlyList<Waiver> Read(string path, DiagnosticBag diagnostics)
    {
        var text = SourceFileReader.Read(path, diagnostics);
        return text is null ? [] : Read(text, diagnostics);
    }

    /// <summary>Reads and validates the waivers of a text (JSON when its path ends in <c>.json</c>, else YAML).</summary>
    public static IReadOnlyList<Waiver> Read(SourceText text, DiagnosticBag diagnostics)
    {
        var sink = new FactDiagnostics(diagnostics, text.Path, FactReadOptions.Default.MaxDiagnostics);
        var root = FactFileReader.FormatOf(text.Path) == FactFileFormat.Json ? JsonFactDocument.Parse(text, sink) : YamlFactDocument.Parse(text, sink);
        var waivers = new List<Waiver>();
        if (root is null)
        {
            return waivers;
        }

        if (root is not MappingNode document)
        {
            sink.Report(DiagnosticCatalog.InvalidWaiver, root.Position, $"a waiver file must be a mapping with a 'waivers' list; got {root.Describe()}");
            return waivers;
        }

        var sawList = false;
        foreach (var entry in document.Entries)
        {
            // Like a fact file, a waiver file may say where its approvals come from; the text is for people only.
            if (string.Equals(entry.Key.Text, "source", StringComparison.Ordinal))
            {
                if (entry.Value is not ScalarNode)
                {
                    sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Value.Position, $"'source' must be text; got {entry.Value.Describe()}");
                }

                continue;
            }

            if (!string.Equals(entry.Key.Text, "waivers", StringComparison.Ordinal))
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Key.Position, $"unknown key '{entry.Key.Text}' in a waiver file; expected 'waivers' or 'source'{Suggestions.DidYouMean(entry.Key.Text, ["waivers", "source"])}");
                continue;
            }

            sawList = true;
            if (entry.Value is SequenceNode list)
            {
                foreach (var item in list.Items)
                {
                    if (ReadWaiver(item, sink) is { } waiver)
                    {
                        waivers.Add(waiver);
                    }
                }
            }
            else if (entry.Value is not ScalarNode { Kind: ScalarKind.Null })
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Value.Position, $"'waivers' must be a list of waivers; got {entry.Value.Describe()}");
            }
        }

        if (!sawList)
        {
            sink.Report(DiagnosticCatalog.InvalidWaiver, document.Position, "the waiver file has no 'waivers' list");
        }

        return waivers;
    }

    private static Waiver? ReadWaiver(FactNode node, FactDiagnostics sink)
    {
        if (node is not MappingNode mapping)
        {
            sink.Report(DiagnosticCatalog.InvalidWaiver, node.Position, $"a waiver must be a mapping of rule, entity, reason, approved_by and expires; got {node.Describe()}");
            return null;
        }

        var values = new ScalarNode?[Keys.Length];
        var valid = true;
        foreach (var entry in mapping.Entries)
        {
            var index = Array.IndexOf(Keys, entry.Key.Text);
            if (index < 0)
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Key.Position, $"unknown key '{entry.Key.Text}' in a waiver{Suggestions.DidYouMean(entry.Key.Text, Keys)}");
                valid = false;
            }
            else if (values[index] is not null)
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Key.Position, $"'{entry.Key.Text}' is given more than once in this waiver");
                valid = false;
            }
            else if (entry.Value is ScalarNode { Kind: not ScalarKind.Null } scalar && scalar.Text.Trim().Length > 0)
            {
                values[index] = scalar;
            }
            else
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, entry.Value.Position, $"'{entry.Key.Text}' must be a non-empty value; got {entry.Value.Describe()}");
                valid = false;

                // Counted as given, so that it is not reported as missing as well.
                values[index] = new ScalarNode(entry.Value.Position, ScalarKind.Null, string.Empty);
            }
        }

        for (var i = 0; i < Keys.Length; i++)
        {
            if (values[i] is null)
            {
                sink.Report(DiagnosticCatalog.InvalidWaiver, mapping.Position, $"the waiver is missing '{Keys[i]}'");
                valid = false;
            }
        }

        var expires = default(DateTime);
        if (values[4] is { Kind: not ScalarKind.Null } expiresNode && !FactDates.TryParse(expiresNode.Text.Trim(), out expires))
        {
            sink.Report(DiagnosticCatalog.InvalidWaiver, expiresNode.Position, $"'expires' is {expiresNode.Describe()}, which is not a valid calendar date (expected YYYY-MM-DD)");
            valid = false;
        }

        return valid
            ? new Waiver(values[0]!.Text, values[1]!.Text, values[2]!.Text, values[3]!.Text, expires, mapping.Position.ToLocation(sink.Path))
            : null;
    }
}
