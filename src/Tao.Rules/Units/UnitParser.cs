using Tao.Rules.Diagnostics;

namespace Tao.Rules.Units;

/// <summary>Reads a unit as written (<c>TAO/block</c>, <c>USD</c>, <c>%</c>) into a <see cref="Unit"/>.</summary>
public static class UnitParser
{
    /// <summary>
    /// Parses <c>atom ( ('/' | '*') atom )*</c>. On failure <paramref name="error"/> names the unknown atom and a suggestion.
    /// </summary>
    public static bool TryParse(string text, out Unit unit, out string error)
    {
        unit = Unit.None;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the unit is empty";
            return false;
        }

        var result = (Unit?)null;
        var op = '*';
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '/' && text[i] != '*')
            {
                continue;
            }

            var atomText = text.Substring(start, i - start).Trim();
            if (!UnitRegistry.TryGetAtom(atomText, out var atom))
            {
                error = atomText.Length == 0
                    ? $"'{text}' has an empty part"
                    : $"'{atomText}'{Suggestions.DidYouMean(atomText, UnitRegistry.Names)}";
                return false;
            }

            result = result is null ? atom : op == '/' ? result.Divide(atom) : result.Multiply(atom);
            if (i < text.Length)
            {
                op = text[i];
            }

            start = i + 1;
        }

        unit = result ?? Unit.None;
        return true;
    }
}
