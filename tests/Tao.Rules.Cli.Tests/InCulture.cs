using System.Globalization;

namespace Tao.Rules.Cli.Tests;

/// <summary>Runs an action with the current culture (and UI culture) set, restoring both afterwards.</summary>
public static class InCulture
{
    /// <summary>The invariant culture, German (decimal comma) and Turkish (dotless i): the ones output must not notice.</summary>
    public static IReadOnlyList<CultureInfo> Telling { get; } = [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("tr-TR")];

    /// <summary>What <paramref name="produce"/> gives under each of <see cref="Telling"/>, in that order.</summary>
    public static List<T> Each<T>(Func<T> produce) => Telling.Select(culture => Run(culture, produce)).ToList();

    public static T Run<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
