using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tao.Rules.Analysis;
using Tao.Rules.Analyzers.RuleFiles;
using Tao.Rules.Analyzers.RuleFunctions;

namespace Tao.Rules.Analyzers;

/// <summary>
/// Checks the <c>*.rules</c>, <c>*.rules.yaml</c> and <c>*.schema.yaml</c> files among a project's AdditionalFiles with
/// the core's <see cref="RuleCompilation"/> — the same parser, binder and linter as <c>tao-rules check</c> — and reports
/// its diagnostics, ids and positions unchanged, each in the file it belongs to.
/// </summary>
/// <remarks>
/// A pack may take its schema from another file, so the files of a project are bound together, once per compilation
/// (at compilation start), and each file's diagnostics are reported by an additional-file action for
/// that file. The additional-file action, rather than one compilation-end action, is what lets an IDE analyze a single
/// open rule file and show its diagnostics live, and what a command-line build reports as <c>file(line,col)</c>.
/// Unchanged files are not read or parsed again: see <see cref="RuleFileCache"/>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleFileDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var ruleFiles = RuleFileCheck.SelectRuleFiles(context.Options.AdditionalFiles);
        if (ruleFiles.IsEmpty)
        {
            return;
        }

        // The project's own [RuleFunction]s bind in its rule files, as `check --functions` binds them; cost settings come
        // from .globalconfig (tao_rules.cost_budget …), the only options a rule file sees (see docs/ide.md).
        var functions = RuleFunctionSignatures.Read(context.Compilation, context.CancellationToken);
        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var lintOptions = LintOptions.FromConfiguration(key => globalOptions.TryGetValue(key, out var value) ? value : null);

        // Checked here, once, rather than lazily by the first file action: the file actions run concurrently, and each
        // one waiting on a shared lazy check would count the wait as analyzer time (ReportAnalyzer sums every callback).
        var check = RuleFileCheck.Run(ruleFiles, RuleFileCache.Shared, functions, lintOptions, context.CancellationToken);
        var firstPath = ruleFiles[0].Path;
        // A file listed twice must not report twice: the first instance seen for a path reports, and only it. (Claimed
        // here rather than matched against the checked instances, so a host that hands the action another instance of
        // the same file still gets its diagnostics.)
        var reporters = new ConcurrentDictionary<string, AdditionalText>(StringComparer.Ordinal);
        context.RegisterAdditionalFileAction(file =>
        {
            var path = file.AdditionalFile.Path;
            if (RuleFileKinds.Classify(path) == RuleFileKind.None
                || !ReferenceEquals(reporters.GetOrAdd(path, file.AdditionalFile), file.AdditionalFile))
            {
                return;
            }

            file.CancellationToken.ThrowIfCancellationRequested();

            foreach (var diagnostic in check.For(path))
            {
                file.ReportDiagnostic(diagnostic);
            }

            if (string.Equals(path, firstPath, StringComparison.Ordinal))
            {
                foreach (var diagnostic in check.Unplaced(ruleFiles))
                {
                    file.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
