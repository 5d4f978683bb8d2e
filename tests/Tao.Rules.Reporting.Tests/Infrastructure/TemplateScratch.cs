using Tao.Rules.Cli.Tests;
using Tao.Rules.Reporting.Rendering;

namespace Tao.Rules.Reporting.Tests.Infrastructure;

/// <summary>A scratch templates folder for one test, shown in diagnostics as <c>my-templates</c>.</summary>
public sealed class TemplateScratch : IDisposable
{
    private readonly TempFolder _folder = new();

    public TemplateScratch()
    {
        Root = Path.Combine(_folder.Path, "my-templates");
        Directory.CreateDirectory(Root);
        Folder = new TemplateFolder(Root, "my-templates");
    }

    /// <summary>The folder on disk.</summary>
    public string Root { get; }

    /// <summary>A scratch file outside the templates folder (for escape attempts).</summary>
    public string Outside(string name, string content) => _folder.Write(name, content);

    public TemplateFolder Folder { get; }

    public TemplateScratch With(string name, string content)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Copies every shipped template into the folder.</summary>
    public TemplateScratch WithShippedTemplates()
    {
        foreach (var file in Directory.GetFiles(SampleRun.TemplatesPath, "*.sbn"))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)), overwrite: true);
        }

        return this;
    }

    public void Dispose() => _folder.Dispose();
}
