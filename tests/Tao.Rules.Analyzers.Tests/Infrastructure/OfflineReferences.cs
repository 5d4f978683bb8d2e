using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for the test compilations without a download: the test framework's <see cref="ReferenceAssemblies"/>
/// presets fetch reference packs from NuGet at run time, which an offline CI cannot do. The C# in these tests only
/// needs <c>object</c>, so the running runtime's own core assemblies serve as references.
/// </summary>
internal static class OfflineReferences
{
    /// <summary>A reference set that resolves no package.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static IReadOnlyList<MetadataReference> Runtime { get; } = CoreAssemblies();

    private static List<MetadataReference> CoreAssemblies()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }
            .Select(name => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(folder, name)))
            .ToList();
    }
}
