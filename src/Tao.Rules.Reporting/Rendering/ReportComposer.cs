using Tao.Rules.Diagnostics;
using Tao.Rules.Reporting.Model;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Renders every page of a run — <c>index.html</c>, then a <c>.md</c> and an <c>.html</c> per pack — into a
/// <see cref="IReportFileSink"/>. A missing template is found before any page is rendered; a template that fails midway
/// leaves a part of its page in the sink, which the caller discards (the CLI's staging folder renames nothing then).
/// </summary>
public static class ReportComposer
{
    /// <summary>
    /// The pages of <paramref name="report"/>, as text, in a fixed order (index, then each pack's Markdown and HTML, packs
    /// in report order), so the output does not depend on timing.
    /// </summary>
    /// <exception cref="ReportTemplateException">A template is missing or fails (the first failure, in that order).</exception>
    public static IReadOnlyList<ReportFile> Compose(RunReport report, ReportRenderer renderer)
    {
        var sink = new InMemoryReportSink();
        var paths = Compose(report, renderer, sink);
        return sink.Files(paths);
    }

    /// <summary>Renders the pages of <paramref name="report"/> into <paramref name="sink"/>, in parallel; returns their paths in the order above.</summary>
    /// <exception cref="ReportTemplateException">A template is missing or fails (the first failure, in that order).</exception>
    public static IReadOnlyList<string> Compose(RunReport report, ReportRenderer renderer, IReportFileSink sink)
    {
        var jobs = new List<(string Path, string Template, IReadOnlyDictionary<string, object?> Globals)>
        {
            ("index.html", RequireIndex(renderer), Globals(report, null)),
        };
        foreach (var pack in report.Packs)
        {
            foreach (var format in TemplateSelection.Formats)
            {
                jobs.Add(($"{pack.FileStem}.{format}", Require(renderer, pack, format), Globals(report, pack)));
            }
        }

        var failures = new ReportTemplateException?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            try
            {
                sink.Write(jobs[i].Path, output => renderer.Render(jobs[i].Template, jobs[i].Globals, output));
            }
            catch (ReportTemplateException exception)
            {
                failures[i] = exception;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            throw failure;
        }

        return jobs.Select(job => job.Path).ToArray();
    }

    /// <summary>What a pack template sees: <c>report</c> (the run) and <c>pack</c> (its pack); the index sees <c>report</c>.</summary>
    public static IReadOnlyDictionary<string, object?> Globals(RunReport report, PackReport? pack)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["report"] = report };
        if (pack is not null)
        {
            globals["pack"] = pack;
        }

        return globals;
    }

    private static string RequireIndex(ReportRenderer renderer) =>
        renderer.Templates.Contains(TemplateSelection.IndexTemplate)
            ? TemplateSelection.IndexTemplate
            : throw NotFound(renderer, $"no template '{TemplateSelection.IndexTemplate}' in {renderer.Templates.DisplayRoot}; it renders the run's index page");

    private static string Require(ReportRenderer renderer, PackReport pack, string format) =>
        TemplateSelection.For(pack.EntityKind, format, renderer.Templates)
        ?? throw NotFound(renderer, $"no {format} template for the package '{pack.Id}' ({pack.EntityKind} entities) in {renderer.Templates.DisplayRoot}; looked for {string.Join(", ", TemplateSelection.Candidates(pack.EntityKind, format))}");

    private static ReportTemplateException NotFound(ReportRenderer renderer, string message) =>
        new(Diagnostic.Create(DiagnosticCatalog.TemplateNotFound, Location.ForFile(renderer.Templates.DisplayRoot), message));
}
