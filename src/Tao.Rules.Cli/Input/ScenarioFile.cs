using System.Globalization;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tao.Rules.Cli.Input;

/// <summary>A scenario as its file gives it: a name and <c>package.name=VALUE</c> texts, checked later as <c>--param</c> is.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Params">One <c>package.name=VALUE</c> per param the scenario changes, in file order.</param>
public sealed record ScenarioText(string Name, IReadOnlyList<string> Params);

/// <summary>
/// Reads <c>report --scenario FILE</c>: a YAML mapping with a <c>name</c> (text) and <c>params</c>, a mapping from
/// <c>package.name</c> to a value written as for <c>--param</c>:
/// <code>
/// name: "Second halving: 0.25 TAO per block"
/// params:
///   tao.subnets.block_emission: 0.25 TAO/block
/// </code>
/// Any mistake is one line on stderr naming the file, line and column, and the run stops (exit 2).
/// </summary>
public static class ScenarioFile
{
    /// <summary>The scenario, or null after printing why the file cannot be used.</summary>
    public static ScenarioText? Read(CliConsole console, string path)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"tao-rules: cannot read the scenario '{path}': no such file.");
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var text = SourceFileReader.Read(path, diagnostics);
        if (text is null)
        {
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                console.Error.WriteLine(diagnostic.ToString());
            }

            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text.Content));
            var root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
            if (root is not YamlMappingNode document)
            {
                return Fail(console, path, root?.Start, "a scenario file is a mapping with 'name' and 'params'");
            }

            string? name = null;
            var parameters = new List<string>();
            foreach (var (key, value) in document.Children)
            {
                switch ((key as YamlScalarNode)?.Value)
                {
                    case "name" when value is YamlScalarNode { Value: { Length: > 0 } given }:
                        name = given;
                        break;
                    case "name":
                        return Fail(console, path, value.Start, "'name' must be a non-empty text");
                    case "params" when value is YamlMappingNode entries:
                        foreach (var (param, setting) in entries.Children)
                        {
                            if (param is not YamlScalarNode { Value: { Length: > 0 } paramName } || setting is not YamlScalarNode { Value: { Length: > 0 } paramValue })
                            {
                                return Fail(console, path, param.Start, "each param is 'package.name: VALUE', the value written as for --param (0.25 TAO/block)");
                            }

                            parameters.Add(paramName + "=" + paramValue);
                        }

                        break;
                    case "params":
                        return Fail(console, path, value.Start, "'params' must be a mapping of package.name: VALUE");
                    default:
                        return Fail(console, path, key.Start, $"unknown key '{(key as YamlScalarNode)?.Value}' in a scenario file; expected 'name' or 'params'");
                }
            }

            if (name is null || parameters.Count == 0)
            {
                return Fail(console, path, document.Start, name is null ? "a scenario needs a 'name'" : "a scenario needs at least one entry under 'params'");
            }

            return new ScenarioText(name, parameters);
        }
        catch (YamlException exception)
        {
            return Fail(console, path, exception.Start, exception.Message);
        }
    }

    private static ScenarioText? Fail(CliConsole console, string path, Mark? at, string message)
    {
        var line = Math.Max(at?.Line ?? 1, 1).ToString(CultureInfo.InvariantCulture);
        var column = Math.Max(at?.Column ?? 1, 1).ToString(CultureInfo.InvariantCulture);
        console.Error.WriteLine($"tao-rules: {path}({line},{column}): {message.TrimEnd('.')}.");
        return null;
    }
}
