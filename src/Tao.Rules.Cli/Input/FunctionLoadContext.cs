using System.Reflection;
using System.Runtime.Loader;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// Where a <c>--functions</c> assembly is loaded: its own dependencies come from its folder (by its .deps.json), while
/// every assembly the tool already has — Tao.Rules above all — is shared, so the functions and the tool agree on types.
/// Not collectible: compiled rules hold the functions' MethodInfos for the life of the process.
/// </summary>
internal sealed class FunctionLoadContext(string assemblyPath) : AssemblyLoadContext($"functions:{Path.GetFileName(assemblyPath)}")
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, assemblyName.Name, StringComparison.Ordinal)))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
