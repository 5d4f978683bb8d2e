using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// The state of one parse, threaded through the grammar by <see cref="SourceInput"/> so that the grammar objects
/// themselves stay immutable and can be shared by parallel parses: the text, where the parsed region ends, the
/// nesting depth, the comments seen, the furthest failure and the diagnostics found by the lexer.
/// </summary>
internal sealed class ParseContext
{
    private readonly Dictionary<int, CommentSyntax>? _comments;
    private readonly List<Diagnostic> _diagnostics;
    private readonly HashSet<(int Start, string Id)> _reported;

    public ParseContext(SourceText text, int start, int limit, bool collectComments, string endDescription)
    {
        Text = text;
        Source = text.Content;
        Start = start;
        Limit = limit;
        EndDescription = endDescription;
        _comments = collectComments ? new Dictionary<int, CommentSyntax>() : null;
        _diagnostics = [];
        _reported = [];
        Failures = new FailureTracker(this);
    }

    // A context for a part of the same text (an interpolation hole): it shares the diagnostics but tracks its own failures.
    private ParseContext(ParseContext parent, int start, int limit)
    {
        Text = parent.Text;
        Source = parent.Source;
        Start = start;
        Limit = limit;
        EndDescription = "interpolation hole";
        _comments = null;
        _diagnostics = parent._diagnostics;
        _reported = parent._reported;
        Depth = parent.Depth;
        Failures = new FailureTracker(this);
    }

    public SourceText Text { get; }

    /// <summary>The whole content of <see cref="Text"/>; the parsed region is [<see cref="Start"/>, <see cref="Limit"/>).</summary>
    public string Source { get; }

    public int Start { get; }

    public int Limit { get; }

    /// <summary>What the end of the region is called in messages: "file", "expression", "text".</summary>
    public string EndDescription { get; }

    /// <summary>Whether <c>#</c> starts a comment here (not inside an interpolation hole, which is inside a string).</summary>
    public bool AllowsComments => _comments is not null;

    /// <summary>How many nested parentheses, brackets, calls and unary operators enclose the current position.</summary>
    public int Depth { get; set; }

    /// <summary>Where nesting first went past its limit, or -1.</summary>
    public int DepthExceededAt { get; set; } = -1;

    /// <summary>The limit that was exceeded at <see cref="DepthExceededAt"/>.</summary>
    public int DepthLimit { get; set; }

    public FailureTracker Failures { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The comments in file order.</summary>
    public IReadOnlyList<CommentSyntax> Comments
    {
        get
        {
            if (_comments is null)
            {
                return [];
            }

            var comments = new List<CommentSyntax>(_comments.Values);
            comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return comments;
        }
    }

    public ParseContext ForRegion(int start, int limit) => new(this, start, limit);

    public SourceSpan Span(int start, int end) => new(Text, start, Math.Max(0, end - start));

    public SourceInput InputAt(int position) => new(this, position, position, position);

    /// <summary>Remembers a comment once, however often backtracking scans over it.</summary>
    public void AddComment(int start, int end)
    {
        if (_comments is not null && !_comments.ContainsKey(start))
        {
            _comments.Add(start, new CommentSyntax(Source.Substring(start, end - start), Span(start, end)));
        }
    }

    /// <summary>Reports a diagnostic once per id and position, however often backtracking lexes the same token.</summary>
    public void Report(DiagnosticDescriptor descriptor, int start, int length, params object?[] args)
    {
        if (_reported.Add((start, descriptor.Id)))
        {
            _diagnostics.Add(Diagnostic.Create(descriptor, Span(start, start + length), args));
        }
    }
}
