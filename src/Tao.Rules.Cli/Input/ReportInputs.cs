using Tao.Rules.Cli.Commands;

namespace Tao.Rules.Cli.Input;

/// <summary>
/// The inputs of a <c>report</c> run with the shipped defaults filled in: with no <c>--rules</c>, every shipped pack
/// (<see cref="Rules"/> is then empty: the packs come from <see cref="Packs.ShippedPacks"/>, the copies the build
/// checked with the analyzer and embedded); with no <c>--facts</c>, every fact file in <c>rules/samples/</c> (and, unless
/// <c>--waivers</c> is given, its <c>waivers.yaml</c>, and its <c>*.scenario.yaml</c> as the run's scenario); with no
/// <c>--templates</c>, the shipped <c>templates/</c>.
/// </summary>
public sealed record ReportInputs(IReadOnlyList<string> Rules, IReadOnlyList<string> Facts, string? Waivers, string Templates)
{
    private const string SampleWaivers = "waivers.yaml";
    private const string ScenarioSuffix = ".scenario.yaml";

    /// <summary>With the sample facts: the sample scenario (the first <c>*.scenario.yaml</c> in <c>samples/</c>), or null.</summary>
    public string? SampleScenario { get; init; }

    /// <summary>The inputs, or null after printing why a default could not be found (exit 2).</summary>
    public static ReportInputs? Resolve(CliConsole console, ReportArguments arguments)
    {
        var shippedRules = arguments.Facts.Count == 0 ? ShippedContent.RulesFolder() : null;
        if (shippedRules is null && arguments.Facts.Count == 0)
        {
            console.Error.WriteLine("tao-rules: no shipped rules/samples/ folder in the current folder or its parents; give --facts.");
            return null;
        }

        var rules = arguments.Rules;
        var facts = arguments.Facts.Count > 0 ? arguments.Facts : SampleFacts(shippedRules!);
        var waivers = arguments.Waivers;
        if (waivers is null && arguments.Facts.Count == 0)
        {
            // The sample waivers are about the sample entities: used only with the sample facts.
            var sample = Join(shippedRules!, "samples", SampleWaivers);
            waivers = File.Exists(sample) ? sample : null;
        }

        var templates = arguments.Templates ?? ShippedContent.TemplatesFolder();
        if (templates is null)
        {
            console.Error.WriteLine("tao-rules: no shipped templates/ folder in the current folder or its parents; give --templates.");
            return null;
        }

        if (!Directory.Exists(templates))
        {
            console.Error.WriteLine($"tao-rules: cannot read the templates '{templates}': no such folder.");
            return null;
        }

        var scenario = arguments.Facts.Count == 0
            ? Directory.GetFiles(Path.Combine(shippedRules!, "samples"), "*" + ScenarioSuffix).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        return new ReportInputs(rules, facts, waivers, templates) { SampleScenario = scenario is null ? null : Join(shippedRules!, "samples", scenario) };
    }

    /// <summary>The fact files among the samples, in name order; the waivers and scenario files are not.</summary>
    private static string[] SampleFacts(string rulesFolder) =>
        Directory.GetFiles(Path.Combine(rulesFolder, "samples"))
            .Select(Path.GetFileName)
            .Where(name => name is not null && name != SampleWaivers && !name.EndsWith(ScenarioSuffix, StringComparison.Ordinal) && Tao.Rules.Facts.FactFileReader.FormatOf(name) is not null)
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => Join(rulesFolder, "samples", name!))
            .ToArray();

    /// <summary>Joins with <c>/</c>, so that paths shown in reports are the same on every system.</summary>
    private static string Join(params string[] parts) => string.Join('/', parts.Select(p => p.TrimEnd('/', '\\')));
}
