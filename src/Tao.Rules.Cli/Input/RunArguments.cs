using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// The parts of an <c>eval</c> or <c>explain</c> command line that are not files of rules or facts: <c>--as-of</c>,
/// <c>--param</c> and <c>--waivers</c>, checked before anything is evaluated. Each mistake is one clear line on stderr
/// and exit 2.
/// </summary>
public static class RunArguments
{
    /// <summary>The evaluation options, or null after printing why they are bad usage.</summary>
    public static EvaluationOptions? Parse(
        CliConsole console,
        LoadedPacks packs,
        string? asOfText,
        IReadOnlyList<string> paramTexts,
        string? waiversPath)
    {
        DateTime? asOf = null;
        if (asOfText is not null)
        {
            if (!FactDates.TryParse(asOfText, out var date))
            {
                console.Error.WriteLine($"tao-rules: --as-of '{asOfText}' is not a calendar date; write it as YYYY-MM-DD (for example 2026-01-09).");
                return null;
            }

            asOf = date;
        }

        var overrides = new List<ParamOverride>();
        foreach (var text in paramTexts)
        {
            if (!ParamOverride.TryParse(text, out var parsed))
            {
                console.Error.WriteLine($"tao-rules: --param '{text}' is not of the form package.name=VALUE (for example jp.jvcea.min_handlers=4).");
                return null;
            }

            var packNames = packs.Packs.Select(p => p.Name).ToList();
            if (!packNames.Contains(parsed!.Package, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.DidYouMean(parsed.Package, packNames);
                console.Error.WriteLine($"tao-rules: --param '{text}' names the package '{parsed.Package}', which is not among the rules{(suggestion.Length == 0 ? "." : suggestion)}");
                return null;
            }

            overrides.Add(parsed);
        }

        IReadOnlyList<Waiver> waivers = [];
        if (waiversPath is not null)
        {
            if (!File.Exists(waiversPath))
            {
                console.Error.WriteLine($"tao-rules: cannot read the waivers '{waiversPath}': no such file.");
                return null;
            }

            var diagnostics = new DiagnosticBag();
            waivers = WaiverFileReader.Read(waiversPath, diagnostics);
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                console.Error.WriteLine(diagnostic.ToString());
            }

            if (diagnostics.HasErrors)
            {
                // A waiver that did not load would silently turn into a fail: refuse to guess.
                return null;
            }
        }

        return new EvaluationOptions { AsOf = asOf, Params = overrides, Waivers = waivers };
    }
}
