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

    public void AddMissing(string fact)
    {
        if (_missingSeen.Add(fact))
        {
            Missing.Add(fact);
        }
    }
}
