namespace Tao.Rules.Tests.Infrastructure;

/// <summary>Reads the example blocks of the pages under docs/diagnostics, for tests that check a page's example.</summary>
public static class DiagnosticPages
{
    /// <summary>The page of <paramref name="id"/>, with LF line endings.</summary>
    public static string Page(string id) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The fenced blocks of a page whose info string is <paramref name="fence"/>, in order.</summary>
    public static string[] Blocks(string page, string fence)
    {
        var blocks = new List<string>();
        string? language = null;
        var current = new List<string>();
        foreach (var line in page.Split('\n'))
        {
            if (language is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                language = line[3..];
                current.Clear();
            }
            else if (language is not null && line == "```")
            {
                if (language == fence)
                {
                    blocks.Add(string.Join("\n", current) + "\n");
                }

                language = null;
            }
            else if (language is not null)
            {
                current.Add(line);
            }
        }

        return blocks.ToArray();
    }
}
