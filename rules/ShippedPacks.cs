using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Packs;

/// <summary>
/// The packs and schemas shipped with Tao.Rules (the files under rules/), embedded in this assembly at build time after
/// the analyzer has checked them: the defaults a host loads when the user gives no rules of their own.
/// </summary>
public static class ShippedPacks
{
    /// <summary>
    /// Resource names are this prefix and the file's path under rules/ (<c>Tao.Rules.Packs/japan/listing.rules</c>,
    /// <c>Tao.Rules.Packs/schema/asset.schema.yaml</c>); a build on Windows may write '\' in the path part.
    /// </summary>
    public const string ResourcePrefix = "Tao.Rules.Packs/";

    private static readonly Lazy<IReadOnlyList<SourceText>> Cached = new(ReadResources, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Every shipped rule and schema file, in path order, with the path it has in the repository (<c>rules/japan/listing.rules</c>),
    /// so diagnostics and explanations name the same file on every machine. Read once; safe from any thread.
    /// </summary>
    public static IReadOnlyList<SourceText> Sources() => Cached.Value;

    /// <summary>The shipped packs parsed, bound and linted (a new compilation on each call; the sources are shared).</summary>
    public static RuleCompilation Compile() => RuleCompilation.Create(Sources());

    private static IReadOnlyList<SourceText> ReadResources()
    {
        var assembly = typeof(ShippedPacks).Assembly;
        var sources = new List<SourceText>();
        var diagnostics = new DiagnosticBag();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var path = "rules/" + name[ResourcePrefix.Length..].Replace('\\', '/');
            sources.Add(SourceFileReader.Decode(memory.ToArray(), path, diagnostics)
                ?? throw new InvalidOperationException($"The shipped file {path} cannot be read: {string.Join("; ", diagnostics)}"));
        }

        return sources.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
    }
}
