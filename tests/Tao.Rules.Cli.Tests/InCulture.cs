using System.Globalization;

namespace Tao.Rules.Cli.Tests;

/// <summary>Runs an action with the current culture (and UI culture) set, restoring both afterwards.</summary>
public static class InCulture
{
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
