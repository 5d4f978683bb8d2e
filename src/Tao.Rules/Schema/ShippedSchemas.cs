using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Schema;

/// <summary>
/// The schemas shipped inside the core (rules/schema/*.schema.yaml, embedded as resources): the fallback for any kind
/// that no schema file given to a check or evaluation declares.
/// </summary>
public static class ShippedSchemas
{
    /// <summary>Resource names of the shipped schemas start with this.</summary>
    public const string ResourcePrefix = "Tao.Rules.Schema.Shipped.";

    private static readonly Lazy<ShippedLoad> Cached = new(LoadResources, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped schemas, read once and shared; safe to call from any thread.</summary>
    public static SchemaSet Load() => Cached.Value.Schemas;

    /// <summary>What reading the shipped schemas reported; empty unless a shipped file is broken.</summary>
    internal static IReadOnlyList<Diagnostic> Diagnostics => Cached.Value.Diagnostics;

    private static ShippedLoad LoadResources()
    {
        var assembly = typeof(ShippedSchemas).Assembly;
        var diagnostics = new DiagnosticBag();
        var schemas = new List<EntitySchema>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".schema.yaml", StringComparison.Ordinal))
                     .OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var path = "rules/schema/" + name.Substring(ResourcePrefix.Length);
            var text = SourceFileReader.Decode(memory.ToArray(), path, diagnostics);
            if (text is not null && SchemaLoader.Load(text, diagnostics) is { } schema)
            {
                schemas.Add(schema);
            }
        }

        return new ShippedLoad(new SchemaSet(schemas), diagnostics.ToSortedList());
    }

    private sealed record ShippedLoad(SchemaSet Schemas, IReadOnlyList<Diagnostic> Diagnostics);
}
