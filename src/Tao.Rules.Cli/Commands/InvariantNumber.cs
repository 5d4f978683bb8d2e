using System.CommandLine.Parsing;
using System.Globalization;

namespace Tao.Rules.Cli.Commands;

/// <summary>
/// Parses a numeric option the same way on every machine (<c>50.5</c>, never <c>50,5</c>): System.CommandLine's own
/// number parsing follows the current culture, which would read <c>--threshold 50.5</c> as 505 under de-DE.
/// </summary>
internal static class InvariantNumber
{
    public static double? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var token = result.Tokens[^1].Value;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"'{token}' is not a number for {result.Parent?.ToString() ?? "this option"}; write it with a dot, as 50.5.");
        return null;
    }
}
