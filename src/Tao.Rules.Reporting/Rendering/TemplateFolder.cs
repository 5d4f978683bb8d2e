using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// The one folder templates are read from, and the only place an <c>include</c> may reach: a name must be a relative
/// path inside the folder — no <c>..</c> segment, no absolute or rooted path, no drive, and no link leading out of it.
/// Names are shown as <see cref="DisplayRoot"/> joined with the name, so diagnostics name the file as the user gave it.
/// </summary>
public sealed class TemplateFolder : ITemplateLoader
{
    private readonly string _root;

    /// <param name="root">The folder holding the templates.</param>
    /// <param name="displayRoot">How to show the folder in diagnostics (<c>templates</c>); defaults to <paramref name="root"/>.</param>
    public TemplateFolder(string root, string? displayRoot = null)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        DisplayRoot = displayRoot ?? root;
    }

    /// <summary>The folder as shown in diagnostics.</summary>
    public string DisplayRoot { get; }

    /// <summary>True when the folder holds a template of this name (a name that is not allowed never exists).</summary>
    public bool Contains(string name) => TryResolve(name, out var path, out _) && File.Exists(path);

    /// <summary>The template's path as diagnostics show it (<c>templates/listing-readiness.html.sbn</c>).</summary>
    public string DisplayPath(string name) => DisplayRoot.Length == 0 ? name : DisplayRoot.TrimEnd('/', '\\') + "/" + name;

    /// <summary>The template's text.</summary>
    /// <exception cref="TemplateNotAllowedException">The name reaches outside the folder.</exception>
    /// <exception cref="FileNotFoundException">There is no such template.</exception>
    public string Read(string name)
    {
        if (!TryResolve(name, out var path, out var reason))
        {
            throw new TemplateNotAllowedException(name, reason);
        }

        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"no template '{name}' in {DisplayRoot}", name);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TryResolve(templateName, out _, out var reason))
        {
            throw new IncludeRejectedException(callerSpan, templateName, reason);
        }

        // The display path doubles as the cache key and as the file name in the included template's source spans.
        return DisplayPath(templateName.Replace('\\', '/'));
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var name = templatePath[(DisplayPath(string.Empty).Length)..];
        if (!TryResolve(name, out var path, out var reason))
        {
            throw new IncludeRejectedException(callerSpan, name, reason);
        }

        if (!File.Exists(path))
        {
            throw new IncludeNotFoundException(callerSpan, name, DisplayRoot);
        }

        return File.ReadAllText(path);
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private bool TryResolve(string name, out string path, out string reason)
    {
        path = string.Empty;
        reason = string.Empty;
        if (name.Length == 0)
        {
            reason = "the name is empty";
            return false;
        }

        if (Path.IsPathRooted(name) || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal))
        {
            reason = "absolute paths are not allowed";
            return false;
        }

        if (name.Split('/', '\\').Any(segment => segment is ".." or "." || segment.Length == 0))
        {
            reason = "'..', '.' and empty path segments are not allowed";
            return false;
        }

        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || LeadsOutside(full))
        {
            reason = "it is outside the templates folder";
            return false;
        }

        path = full;
        return true;
    }

    /// <summary>True when the file, or a folder on the way to it, is a link to somewhere outside the root.</summary>
    private bool LeadsOutside(string full)
    {
        for (var current = full; current.Length > _root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
