namespace Tao.Rules.Evaluation;

/// <summary>
/// A run's override of a param, as given on the command line: <c>--param jp.jvcea.min_handlers=4</c> is package
/// <c>jp.jvcea</c>, name <c>min_handlers</c>, value text <c>4</c>. The value is parsed, type- and unit-checked when a
/// pack of that name is evaluated (a wrong unit is a diagnostic, TAO3003).
/// </summary>
/// <param name="Package">The dotted package name.</param>
/// <param name="Name">The param's name.</param>
/// <param name="ValueText">A literal with its unit (<c>5_000_000 USD</c>, <c>95 %</c>, <c>2026-06-30</c>, <c>"x"</c>).</param>
public sealed record ParamOverride(string Package, string Name, string ValueText)
{
    /// <summary>Splits <c>package.name=VALUE</c> (the last dot before '=' separates package and name); false when malformed.</summary>
    public static bool TryParse(string assignment, out ParamOverride? result)
    {
        result = null;
        var equals = assignment.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var target = assignment.Substring(0, equals).Trim();
        var dot = target.LastIndexOf('.');
        if (dot <= 0 || dot == target.Length - 1)
        {
            return false;
        }

        result = new ParamOverride(target.Substring(0, dot), target.Substring(dot + 1), assignment.Substring(equals + 1).Trim());
        return true;
    }

    public override string ToString() => $"{Package}.{Name}={ValueText}";
}
