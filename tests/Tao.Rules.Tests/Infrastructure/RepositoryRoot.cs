namespace Tao.Rules.Tests;

/// <summary>The repository's root folder, found from the test binary by looking for Tao.Rules.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Tao.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tao.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}
