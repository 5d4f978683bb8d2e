using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tao.Rules.Facts.Reading;

/// <summary>
/// The <c>kind</c> a YAML fact file states at its top level, found by streaming the document's events and skipping
/// every other entry (the entities are skipped, not read): how a report picks the packs for a file without reading a
/// large file once per kind it might be.
/// </summary>
internal static class YamlStatedKind
{
    /// <summary>The stated kind, or null when the file states none or is not a readable YAML mapping (a full read then says why).</summary>
    public static string? Read(TextReader reader)
    {
        try
        {
            var parser = new Parser(reader);
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                return null;
            }

            while (!parser.Accept<MappingEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var key) && key.Value == "kind")
                {
                    return parser.Accept<Scalar>(out var kind) && kind.Value.Length > 0 ? kind.Value : null;
                }

                if (key is null)
                {
                    parser.SkipThisAndNestedEvents();
                }

                parser.SkipThisAndNestedEvents();
            }

            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
