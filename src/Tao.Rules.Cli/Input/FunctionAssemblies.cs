using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// <c>--functions PATH.dll</c> (may repeat) for <c>check</c>, <c>eval</c>, <c>explain</c> and <c>test</c>: loads each
/// assembly and reads its <c>[RuleFunction]</c> methods into the catalog the rules are bound with. An assembly that is
/// missing or not .NET (TAO3019), a method that cannot be a function (TAO3017) and a name clash (TAO3018) are bad
/// input: printed as MSBuild lines on stdout, exit 2.
/// </summary>
public static class FunctionAssemblies
{
    /// <summary>The catalog (empty when no paths are given), or null with <paramref name="exitCode"/> 2 after printing why.</summary>
    public static RuleFunctionCatalog? Load(CliConsole console, IReadOnlyList<string> paths, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        var diagnostics = new DiagnosticBag();
        var catalog = Read(paths, diagnostics);
        if (!diagnostics.HasErrors)
        {
            return catalog;
        }

        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            console.Out.WriteLine(diagnostic.ToString());
        }

        exitCode = ExitCodes.BadInput;
        return null;
    }

    /// <summary>
    /// The catalog of the functions that could be read (empty when no paths are given); every problem goes to
    /// <paramref name="diagnostics"/>, for a command that prints them in its own format (<c>check --format json</c>).
    /// </summary>
    public static RuleFunctionCatalog Read(IReadOnlyList<string> paths, DiagnosticBag diagnostics)
    {
        if (paths.Count == 0)
        {
            return RuleFunctionCatalog.Empty;
        }

        var functions = new List<RuleFunction>();
        foreach (var path in paths)
        {
            var assembly = LoadAssembly(path, diagnostics);
            if (assembly is not null)
            {
                functions.AddRange(RuleFunctionReader.ReadAssembly(assembly, path, diagnostics));
            }
        }

        return RuleFunctionCatalog.Create(functions, diagnostics);
    }

    private static System.Reflection.Assembly? LoadAssembly(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.UnloadableFunctions, Location.ForFile(path), path, "no such file");
            return null;
        }

        try
        {
            var fullPath = Path.GetFullPath(path);
            return new FunctionLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException)
        {
            diagnostics.Add(DiagnosticCatalog.UnloadableFunctions, Location.ForFile(path), path, "it is not a .NET assembly");
        }
        catch (Exception exception) when (exception is FileLoadException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.UnloadableFunctions, Location.ForFile(path), path, exception.Message);
        }

        return null;
    }
}
