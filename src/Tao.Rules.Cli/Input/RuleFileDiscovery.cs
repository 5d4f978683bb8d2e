using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Cli.Input;

/// <summary>Expands the paths a user gives (files or folders) into the rule, YAML rule and schema files under them.</summary>
public static class RuleFileDiscovery
{
    /// <summary>
    /// Files in ordinal path order, without duplicates. A path that does not exist is a TAO1014 diagnostic.
    /// A file given by name is taken whatever its extension; folders contribute only files of a known kind.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DiagnosticBag diagnostics, Func<string, bool>? accept = null)
    {
        accept ??= path => RuleFileKinds.Classify(path) != RuleFileKind.None;
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    var normalized = Normalize(file);
                    // Only folders below the one given count as build output: the tool's own copy may live under a bin/.
                    if (accept(normalized) && !IsBuildOutput("/" + Normalize(Path.GetRelativePath(path, file))))
                    {
                        files.Add(normalized);
                    }
                }
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.UnreadableFile, Location.ForFile(Normalize(path)), Normalize(path), "no such file or folder");
            }
        }

        return files.ToList();
    }

    /// <summary>Reads each file strictly; unreadable ones become diagnostics and are left out.</summary>
    public static IReadOnlyList<SourceText> ReadAll(IEnumerable<string> files, DiagnosticBag diagnostics)
    {
        var sources = new List<SourceText>();
        foreach (var file in files)
        {
            var source = SourceFileReader.Read(file, diagnostics);
            if (source is not null)
            {
                sources.Add(source);
            }
        }

        return sources;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static bool IsBuildOutput(string path) =>
        path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal);
}
