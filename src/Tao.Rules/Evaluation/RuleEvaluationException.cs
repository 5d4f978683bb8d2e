namespace Tao.Rules.Evaluation;

/// <summary>
/// Evaluation of one rule (or let) for one entity failed, for example by dividing by zero. Caught per rule and entity:
/// the outcome becomes <see cref="Outcome.Error"/> with this message and the run goes on. Never escapes the evaluator.
/// </summary>
internal sealed class RuleEvaluationException(string message) : Exception(message);
