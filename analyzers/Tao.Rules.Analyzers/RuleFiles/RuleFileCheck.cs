using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tao.Rules.Analysis;
using Tao.Rules.Diagnostics;
using Tao.Rules.Functions;
using CoreDiagnostic = Tao.Rules.Diagnostics.Diagnostic;
using CoreSourceText = Tao.Rules.Text.SourceText;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using LinePosition = Microsoft.CodeAnalysis.Text.LinePosition;
using Location = Microsoft.CodeAnalysis.Location;

namespace Tao.Rules.Analyzers.RuleFiles;

/// <summary>
/// One check of all the rule and schema files of a project, bound together as <c>tao-rules check</c> binds the files it
/// is given (a pack may take its schema from another file), with the diagnostics sorted by the file they belong to.
/// </summary>
internal sealed class RuleFileCheck
{
    private readonly ImmutableDictionary<string, ImmutableArray<Diagnostic>> _byPath;

    private RuleFileCheck(ImmutableDictionary<string, ImmutableArray<Diagnostic>> byPath) => _byPath = byPath;

    /// <summary>The rule and schema files among <paramref name="additionalFiles"/>, each path once, in path order.</summary>
    public static ImmutableArray<AdditionalText> SelectRuleFiles(IEnumerable<AdditionalText> additionalFiles) =>
        additionalFiles
            .Where(f => RuleFileKinds.Classify(f.Path) != RuleFileKind.None)
            // A file listed twice (by the package's props and by hand) is one file, not a duplicate package.
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// Reads (through <paramref name="cache"/>), parses, binds and lints <paramref name="ruleFiles"/> together, with the
    /// project's own rule functions (<paramref name="functions"/>) and lint settings (<paramref name="lintOptions"/>).
    /// </summary>
    public static RuleFileCheck Run(
        ImmutableArray<AdditionalText> ruleFiles,
        RuleFileCache cache,
        RuleFunctionCatalog functions,
        LintOptions lintOptions,
        CancellationToken cancellationToken)
    {
        var coreDiagnostics = new List<CoreDiagnostic>();
        var sources = new List<CoreSourceText>();
        var files = new Dictionary<string, CachedRuleFile>(StringComparer.Ordinal);
        foreach (var file in ruleFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                coreDiagnostics.Add(CoreDiagnostic.Create(DiagnosticCatalog.UnreadableFile, Text.Location.ForFile(file.Path), file.Path, "the build gave no text for it"));
                continue;
            }

            var cached = cache.Get(file.Path, text);
            coreDiagnostics.AddRange(cached.ReadDiagnostics);
            if (cached.Source is not null)
            {
                sources.Add(cached.Source);
                files[cached.Source.Path] = cached;
            }
        }

        var compilation = RuleCompilation.Create(sources, fallbackSchemas: null, source => files[source.Path].Tree, functions, lintOptions);
        coreDiagnostics.AddRange(compilation.Diagnostics);

        var byPath = DiagnosticOrder.Sort(coreDiagnostics)
            .GroupBy(d => d.Location.Path, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(ToRoslyn).ToImmutableArray(), StringComparer.Ordinal);
        return new RuleFileCheck(byPath);
    }

    /// <summary>The diagnostics located in the file at <paramref name="path"/>, in <see cref="DiagnosticOrder"/>.</summary>
    public ImmutableArray<Diagnostic> For(string path) =>
        _byPath.TryGetValue(path, out var diagnostics) ? diagnostics : ImmutableArray<Diagnostic>.Empty;

    /// <summary>Diagnostics whose path is none of <paramref name="ruleFiles"/> (none today; kept so nothing is ever lost).</summary>
    public ImmutableArray<Diagnostic> Unplaced(ImmutableArray<AdditionalText> ruleFiles)
    {
        var known = new HashSet<string>(ruleFiles.Select(f => f.Path), StringComparer.Ordinal);
        return _byPath.Where(p => !known.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).ToImmutableArray();
    }

    /// <summary>
    /// The Roslyn diagnostic at the same place: the core counts lines and columns from 1, Roslyn from 0; the offsets are
    /// the same UTF-16 offsets. Severity is the catalog default, so .editorconfig and .globalconfig can change it per id.
    /// </summary>
    private static Diagnostic ToRoslyn(CoreDiagnostic diagnostic)
    {
        var descriptor = RuleFileDescriptors.Find(diagnostic.Id) ?? Unexpected(diagnostic);
        var where = diagnostic.Location;
        var location = where.Path.Length == 0
            ? Location.None
            : Location.Create(
                where.Path,
                new TextSpan(where.Start, where.Length),
                new LinePositionSpan(
                    new LinePosition(where.StartPosition.Line - 1, where.StartPosition.Column - 1),
                    new LinePosition(where.EndPosition.Line - 1, where.EndPosition.Column - 1)));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }

    /// <summary>A core id outside the checked families would be a bug in the core; say so instead of dropping it.</summary>
    private static DiagnosticDescriptor Unexpected(CoreDiagnostic diagnostic) =>
        throw new InvalidOperationException($"The core reported {diagnostic.Id}, which checking rule files never reports.");
}
