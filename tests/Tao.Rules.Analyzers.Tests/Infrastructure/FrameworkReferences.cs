using Microsoft.CodeAnalysis;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>
/// References for C# test code that uses the base library widely (files, HTTP, processes, the console): every assembly
/// of the running shared framework, and the core assembly that declares <c>[RuleFunction]</c>. Offline, like
/// <see cref="OfflineReferences"/>: nothing is fetched.
/// </summary>
internal static class FrameworkReferences
{
    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static List<MetadataReference> Load()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = Directory.GetFiles(folder, "*.dll")
            .Where(IsManaged)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return [.. framework, MetadataReference.CreateFromFile(typeof(RuleFunctionAttribute).Assembly.Location)];
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
