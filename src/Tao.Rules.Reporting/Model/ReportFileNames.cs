using System.Text;

namespace Tao.Rules.Reporting.Model;

/// <summary>The names of the files a report run writes.</summary>
public static class ReportFileNames
{
    /// <summary>
    /// A package name made safe as a file name on every system: letters, digits, <c>.</c>, <c>-</c> and <c>_</c> are
    /// kept, anything else becomes <c>-</c> (<c>jp.listing</c> stays <c>jp.listing</c>).
    /// </summary>
    public static string Stem(string packageName)
    {
        var builder = new StringBuilder(packageName.Length);
        foreach (var c in packageName)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        var stem = builder.ToString().Trim('.');
        return stem.Length == 0 ? "pack" : stem;
    }
}
