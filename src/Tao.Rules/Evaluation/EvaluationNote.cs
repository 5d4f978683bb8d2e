using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>Something the run's reader should know that is not a rule outcome, such as an expired waiver.</summary>
/// <param name="Message">One sentence, invariant formatting.</param>
/// <param name="Waiver">The waiver concerned, if any.</param>
public sealed record EvaluationNote(string Message, Waiver? Waiver);
