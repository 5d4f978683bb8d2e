using Tao.Rules.Syntax;
using Tao.Rules.Text;
using CoreDiagnostic = Tao.Rules.Diagnostics.Diagnostic;
using DiagnosticBag = Tao.Rules.Diagnostics.DiagnosticBag;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace Tao.Rules.Analyzers.RuleFiles;

/// <summary>
/// One version of one rule or schema file: its text as the core reads it (with the same checks as the CLI's reader:
/// size limit and control characters), what reading it reported, and its syntax tree, parsed on first use.
/// </summary>
internal sealed class CachedRuleFile
{
    private readonly Lazy<RuleSyntaxTree?> _tree;
    private int _reuses;

    private CachedRuleFile(SourceText? source, IReadOnlyList<CoreDiagnostic> readDiagnostics)
    {
        Source = source;
        ReadDiagnostics = readDiagnostics;
        _tree = new Lazy<RuleSyntaxTree?>(
            () => source is null ? null : RuleCompilation.Parse(source),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The text for the core; null when reading it already failed (see <see cref="ReadDiagnostics"/>).</summary>
    public SourceText? Source { get; }

    public IReadOnlyList<CoreDiagnostic> ReadDiagnostics { get; }

    /// <summary>The syntax tree of a rule file (null for a schema or an unreadable file); parsed once.</summary>
    public RuleSyntaxTree? Tree => _tree.Value;

    /// <summary>Whether the tree has been parsed yet.</summary>
    public bool IsParsed => _tree.IsValueCreated;

    /// <summary>How many times a later run took this entry instead of reading the file again.</summary>
    public int Reuses => Volatile.Read(ref _reuses);

    public static CachedRuleFile Read(string path, RoslynText text)
    {
        // The CLI decodes bytes strictly; the host has decoded them already, so the text goes back to UTF-8 and through
        // the very same reader: the size limit and the control-character check then report exactly what the CLI reports.
        var diagnostics = new DiagnosticBag();
        var source = SourceFileReader.Decode(System.Text.Encoding.UTF8.GetBytes(text.ToString()), path, diagnostics);
        return new CachedRuleFile(source, diagnostics.ToSortedList());
    }

    public void NoteReuse() => Interlocked.Increment(ref _reuses);
}
