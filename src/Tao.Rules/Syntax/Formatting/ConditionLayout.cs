namespace Tao.Rules.Syntax.Formatting;

/// <summary>
/// Lays out a <c>when</c>, <c>require</c> or <c>let</c> expression: on one line when it fits, otherwise broken before each
/// top-level <c>and</c>/<c>or</c> onto continuation lines indented four more spaces.
/// </summary>
internal static class ConditionLayout
{
    public const int ContinuationIndent = 4;

    /// <param name="prefix">The start of the first line, indentation and keyword included (<c>"  require "</c>).</param>
    /// <param name="indent">The indentation of the first line.</param>
    public static IReadOnlyList<string> Lines(string prefix, ExpressionSyntax expression, int indent)
    {
        var oneLine = prefix + ExpressionFormatter.Format(expression, ExpressionFormatter.StatementPrecedence);
        if (oneLine.Length <= RuleFormatter.MaxLineWidth
            || !ExpressionFormatter.TrySplitLogicalChain(expression, out var operatorText, out var operands))
        {
            return [oneLine];
        }

        var continuation = new string(' ', indent + ContinuationIndent) + operatorText + " ";
        var lines = new List<string>(operands.Count) { prefix + operands[0] };
        for (var i = 1; i < operands.Count; i++)
        {
            lines.Add(continuation + operands[i]);
        }

        return lines;
    }
}
