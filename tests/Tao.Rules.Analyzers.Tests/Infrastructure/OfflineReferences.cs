using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for the test compilations without a download: the test framework's <see cref="ReferenceAssemblies"/>
/// presets fetch reference packs from NuGet at run time, which an offline CI cannot do, so the running runtime's own
/// assemblies serve as references.
/// </summary>
internal static class OfflineReferences
{
    /// <summary>A reference set that resolves no package.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>Just the core library: enough for C# that only needs <c>object</c> (the host of rule-file tests).</summary>
    public static IReadOnlyList<MetadataReference> Runtime { get; } = FromRuntimeFolder(["System.Private.CoreLib.dll", "System.Runtime.dll"]);

    /// <summary>
    /// For C# that uses the base library widely (files, HTTP, processes, the console): every assembly of the running
    /// shared framework, and the core assembly that declares <c>[RuleFunction]</c>.
    /// </summary>
    public static IReadOnlyList<MetadataReference> Framework { get; } =
        [.. FromRuntimeFolder(null), MetadataReference.CreateFromFile(typeof(RuleFunctionAttribute).Assembly.Location)];

    /// <summary>The named assemblies of the runtime's folder, or (with null) every managed one, in name order.</summary>
    private static List<MetadataReference> FromRuntimeFolder(string[]? names)
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = names?.Select(name => Path.Combine(folder, name))
            ?? Directory.GetFiles(folder, "*.dll").Where(IsManaged).OrderBy(p => p, StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    // The shared framework folder also holds native libraries; only assemblies can be references.
    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
