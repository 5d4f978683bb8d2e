using Tao.Rules.Diagnostics;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Input;

/// <summary>How <c>eval</c> and <c>explain</c> read the fact file.</summary>
public static class FactInput
{
    /// <summary>False, after one line on stderr, when the file does not exist or is not of a fact format.</summary>
    public static bool IsReadable(CliConsole console, string path)
    {
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"tao-rules: cannot read the facts '{path}': no such file.");
            return false;
        }

        if (FactFileReader.FormatOf(path) is null)
        {
            console.Error.WriteLine($"tao-rules: '{path}' is not a fact file; expected .yaml, .yml, .json, .csv, .jsonl or .ndjson.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// The facts in batches for <paramref name="packs"/> (all of one kind). Streamed — a few thousand entities at a
    /// time — unless a pack has population aggregates, which need every entity at once.
    /// </summary>
    public static IEnumerable<FactBatch> Batches(string path, IReadOnlyList<CompiledPack> packs, DiagnosticBag diagnostics)
    {
        var schema = packs[0].Package.Schema!;
        if (packs.Any(p => p.Package.Aggregates.Count > 0))
        {
            return [new FactBatch(FactFileReader.Read(path, schema, diagnostics), 0)];
        }

        return FactFileReader.ReadBatches(path, schema, diagnostics);
    }

    /// <summary>Diagnostics about the facts or the run go to stderr: stdout holds only results.</summary>
    public static void Print(CliConsole console, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
