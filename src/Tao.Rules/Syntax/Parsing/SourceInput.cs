using Sprache;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Sprache's view of the text: a position plus the <see cref="ParseContext"/> of the parse. Tokens skip the trivia
/// (whitespace and comments) that follows them, so <see cref="Position"/> is always the start of the next token;
/// <see cref="TokenStart"/> and <see cref="TokenEnd"/> remember the token just read, which is where nodes' spans end
/// and where nesting errors point. Immutable, like Sprache's own input, so backtracking is free.
/// </summary>
internal sealed class SourceInput : IInput
{
    private static readonly string[] NoExpectations = [];
    private IDictionary<object, object>? _memos;

    // Failed attempts at this position, by result type: the grammar tries many alternatives at each token and most of
    // them fail, so sharing one failure result per type saves most of the parser's garbage. The message and
    // expectations Sprache carries are not used for reporting (FailureTracker does that), so any failure will do.
    private object? _failure;
    private object? _otherFailure;

    public SourceInput(ParseContext context, int position, int tokenStart, int tokenEnd)
    {
        Context = context;
        Position = position;
        TokenStart = tokenStart;
        TokenEnd = tokenEnd;
    }

    public ParseContext Context { get; }

    public int Position { get; }

    /// <summary>Start of the last token read before <see cref="Position"/>.</summary>
    public int TokenStart { get; }

    /// <summary>End of the last token read before <see cref="Position"/> (before its trailing trivia).</summary>
    public int TokenEnd { get; }

    public string Source => Context.Source;

    public char Current => Position < Context.Limit ? Context.Source[Position] : '\0';

    public bool AtEnd => Position >= Context.Limit;

    public int Line => Context.Text.GetLinePosition(Position).Line;

    public int Column => Context.Text.GetLinePosition(Position).Column;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    /// <summary>One character on, as Sprache's character parsers expect; the grammar itself reads whole tokens.</summary>
    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("Cannot advance beyond the end of the input.");
        }

        return new SourceInput(Context, Position + 1, Position, Position + 1);
    }

    /// <summary>A failure result whose remainder is this input.</summary>
    public IResult<T> Failure<T>()
    {
        if (_failure is IResult<T> first)
        {
            return first;
        }

        if (_otherFailure is IResult<T> second)
        {
            return second;
        }

        var failure = Result.Failure<T>(this, "parse failure", NoExpectations);
        if (_failure is null)
        {
            _failure = failure;
        }
        else
        {
            _otherFailure = failure;
        }

        return failure;
    }

    /// <summary>The input after a token that spans [start, end) and the trivia up to <paramref name="next"/>.</summary>
    public SourceInput After(int start, int end, int next) => new(Context, next, start, end);

    public bool Equals(IInput? other) => other is SourceInput input && ReferenceEquals(Context, input.Context) && Position == input.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;

    public override string ToString() => $"{Context.Text.Path}@{Position}";
}
