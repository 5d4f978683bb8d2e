namespace Tao.Rules.Evaluation;

/// <summary>Collects, while the interpreter evaluates one rule for one entity, the comparisons it made and the missing facts it met.</summary>
internal sealed class TraceRecorder
{
    private readonly HashSet<string> _missingSeen = new(StringComparer.Ordinal);

    public string Clause { get; set; } = "require";

    public List<ComparisonTrace> Comparisons { get; } = [];

    public List<string> Missing { get; } = [];

    /// <summary>Above zero while a let or a text hole is evaluated only to find missing facts: its comparisons are not the rule's.</summary>
    public int QuietDepth { get; set; }

    /// <summary>How many lets deep the trace has looked; bounded so that a long chain of lets cannot exhaust the stack.</summary>
    public int LetDepth { get; set; }

    /// <summary>Beyond this many nested lets the trace names the let itself instead of looking inside it.</summary>
    public const int MaxLetDepth = 16;

    public void AddMissing(string fact)
    {
        if (_missingSeen.Add(fact))
        {
            Missing.Add(fact);
        }
    }
}
