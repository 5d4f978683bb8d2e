using CsCheck;
using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;
using Tao.Rules.Text;

namespace Tao.Rules.Tests.Facts;

/// <summary>Whatever the bytes, loading facts and waivers reports diagnostics and never throws.</summary>
public sealed class FactFuzzTests
{
    private static readonly (string Path, string Text)[] Seeds =
    [
        ("f.yaml", FactReaderFormatsTests.Yaml),
        ("f.json", FactReaderFormatsTests.Json),
        ("f.jsonl", FactReaderFormatsTests.JsonLines),
        ("f.csv", "symbol,name,market_cap[USD],sections,auditor\nTAO,\"Bit, tensor\",2.8e9,a;b,A\nXMR,,,,B\n"),
        ("w.yaml", "waivers:\n  - { rule: R-1, entity: A, reason: r, approved_by: a, expires: 2026-01-01 }\n"),
    ];

    private static readonly Gen<char> Noise = Gen.OneOf(
        Gen.Char['\0', '\u007f'],
        Gen.OneOfConst('{', '}', '[', ']', '"', '\'', ',', ':', '\n', '\r', '&', '*', '!', '-', '#', '\\', ';', '\uFFFD', 'é'));

    [Fact]
    public void Mutated_fact_files_never_throw()
    {
        var gen = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 1000], Gen.Int[0, 3], Noise.Array[0, 8]);
        gen.Sample(
            sample =>
            {
                var (seed, cut, kind, noise) = sample;
                var (path, text) = Seeds[seed];
                var at = Math.Min(cut, text.Length);
                var mutated = kind switch
                {
                    0 => text.Substring(0, at),
                    1 => text.Insert(at, new string(noise)),
                    2 => text.Remove(at, Math.Min(noise.Length, text.Length - at)),
                    _ => new string(noise) + text.Substring(at),
                };
                AssertLoads(path, mutated);
            },
            iter: 3000,
            seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Random_text_never_throws()
    {
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Noise.Array[0, 200]).Sample(
            sample => AssertLoads(Seeds[sample.Item1].Path, new string(sample.Item2)),
            iter: 2000,
            seed: "0N0XIzNsQ0O2");
    }

    private static void AssertLoads(string path, string text)
    {
        var bag = new DiagnosticBag();
        var source = SourceText.From(text, path);
        if (path.StartsWith('w'))
        {
            WaiverFileReader.Read(source, bag);
        }
        else
        {
            var table = FactFileReader.Read(source, TestSchemas.Asset, bag);
            Assert.Equal(table.RowCount, table.Keys.Distinct(StringComparer.Ordinal).Count());
            for (var row = 0; row < table.RowCount; row++)
            {
                Assert.True(table.TryGetRow(table.GetKey(row), out var found) && found == row);
                Assert.True(table.GetColumn(table.KeyFieldIndex).IsPresent(row));
            }
        }

        Assert.All(bag, d => Assert.True(d.Location.StartPosition.Line >= 1 && d.Location.StartPosition.Column >= 1, d.ToString()));
    }
}
