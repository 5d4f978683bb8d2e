using CsCheck;
using Tao.Rules.Diagnostics;
using Tao.Rules.Schema;
using Tao.Rules.Syntax.Yaml;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Yaml;

/// <summary>
/// Damaged YAML (characters deleted, inserted, lines repeated) must give diagnostics, never an exception and never the
/// "failed unexpectedly" report that stands for a bug in the reader.
/// </summary>
public sealed class YamlMutationTests
{
    private static readonly Gen<(int Kind, int Position, char Character)> Edit =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Char["-:[]{}'\"|>#&*!%@`,? \n\tab1"]);

    private static string Damage(string text, (int Kind, int Position, char Character)[] edits)
    {
        foreach (var (kind, position, character) in edits)
        {
            var at = text.Length == 0 ? 0 : position % text.Length;
            text = kind switch
            {
                0 when text.Length > 0 => text.Remove(at, 1),
                1 => text.Insert(at, character.ToString()),
                _ => RepeatLine(text, at),
            };
        }

        return text;
    }

    private static string RepeatLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end + 1;
        return text.Insert(end, text.Substring(start, end - start));
    }

    [Fact]
    public void Damaged_rule_files_give_diagnostics_not_exceptions()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Yaml", "Samples", "jvcea.rules.yaml"));

        Edit.Array[1, 6].Sample(edits =>
        {
            var tree = YamlRuleParser.Parse(SourceText.From(Damage(sample, edits), "m.rules.yaml"));
            Assert.DoesNotContain(tree.Diagnostics, d => d.Message.Contains("unexpectedly", StringComparison.Ordinal));
        }, iter: 800);
    }

    [Fact]
    public void Damaged_schema_files_give_diagnostics_not_exceptions()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "rules", "schema", "subnet.schema.yaml"));

        Edit.Array[1, 6].Sample(edits =>
        {
            var diagnostics = new DiagnosticBag();
            SchemaLoader.Load(SourceText.From(Damage(sample, edits), "m.schema.yaml"), diagnostics);
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains("unexpectedly", StringComparison.Ordinal));
        }, iter: 800);
    }
}
