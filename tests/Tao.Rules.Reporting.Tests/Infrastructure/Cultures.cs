using System.Globalization;

namespace Tao.Rules.Reporting.Tests.Infrastructure;

/// <summary>Runs code under the cultures whose number and casing rules differ most from the invariant one.</summary>
public static class Cultures
{
    /// <summary>The invariant culture, German (decimal comma) and Turkish (dotless i).</summary>
    public static IReadOnlyList<CultureInfo> Telling { get; } = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("tr-TR")];

    /// <summary>What <paramref name="produce"/> gives under each of <see cref="Telling"/>, in that order; the thread's cultures are restored.</summary>
    public static List<string> Each(Func<string> produce) => Telling.Select(culture =>
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return produce();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }).ToList();
}
