using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// The file-level facts about a fact file: <c>kind</c>, <c>as_of</c> and <c>source</c>. YAML and JSON files give them
/// beside <c>entities</c>; a JSONL file may give them as a first-line header object.
/// </summary>
internal sealed class FactFileHeader
{
    public static readonly string[] Keys = ["kind", "as_of", "source"];

    public DateTime? AsOf { get; private set; }

    public string? Source { get; private set; }

    /// <summary>False when the file declares another kind than the schema's (reported as TAO6007).</summary>
    public bool KindMatches { get; private set; } = true;

    /// <summary>Reads one header entry; false when <paramref name="key"/> is not a header key.</summary>
    public bool TryRead(ScalarNode key, FactNode value, EntitySchema schema, FactDiagnostics diagnostics, FactValueConverter converter)
    {
        switch (key.Text)
        {
            case "kind":
                if (value is not ScalarNode { Kind: ScalarKind.String or ScalarKind.Untyped } kind)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, value.Position, $"'kind' must be an entity kind such as '{schema.Kind}'; got {value.Describe()}");
                    KindMatches = false;
                }
                else if (!string.Equals(kind.Text, schema.Kind, StringComparison.Ordinal))
                {
                    diagnostics.Report(DiagnosticCatalog.FactKindMismatch, value.Position, kind.Text, schema.Kind);
                    KindMatches = false;
                }

                return true;
            case "as_of":
                if (value is ScalarNode dateNode && converter.TryDate(dateNode, "as_of", out DateTime date))
                {
                    AsOf = date;
                }
                else if (value is not ScalarNode)
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidFactValue, value.Position, $"'as_of' is {value.Describe()}, which is not a valid calendar date (expected YYYY-MM-DD)");
                }

                return true;
            case "source":
                if (value is ScalarNode { Kind: ScalarKind.String or ScalarKind.Untyped } source)
                {
                    Source = source.Text;
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidFactStructure, value.Position, $"'source' must be text; got {value.Describe()}");
                }

                return true;
            default:
                return false;
        }
    }
}
