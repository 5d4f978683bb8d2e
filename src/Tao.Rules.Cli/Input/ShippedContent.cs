namespace Tao.Rules.Cli.Input;

/// <summary>
/// Where <c>report</c> finds the shipped packs, samples and templates when it is given none: in the current folder or
/// the nearest parent holding them (a clone of the repository), else beside the tool itself (an installed tool carries
/// copies). Paths found from the current folder stay relative to it, so reports name files as a user would type them.
/// </summary>
public static class ShippedContent
{
    /// <summary>The shipped <c>rules/</c> folder (it holds <c>samples/</c>), or null.</summary>
    public static string? RulesFolder() => Find("rules", Path.Combine("samples", "assets.yaml"));

    /// <summary>The shipped <c>templates/</c> folder (it holds <c>index.html.sbn</c>), or null.</summary>
    public static string? TemplatesFolder() => Find("templates", "index.html.sbn");

    private static string? Find(string folder, string marker)
    {
        var current = Directory.GetCurrentDirectory();
        for (var directory = new DirectoryInfo(current); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folder);
            if (File.Exists(Path.Combine(candidate, marker)))
            {
                var relative = Path.GetRelativePath(current, candidate);
                return relative.Replace('\\', '/');
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, folder);
        return File.Exists(Path.Combine(beside, marker)) ? beside : null;
    }
}
