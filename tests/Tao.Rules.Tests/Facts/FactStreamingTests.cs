using Tao.Rules.Diagnostics;
using Tao.Rules.Facts;

namespace Tao.Rules.Tests.Facts;

/// <summary>JSONL and CSV are streamed: batches arrive while the input is still being read, and huge lines are skipped.</summary>
public sealed class FactStreamingTests
{
    private const int Lines = 200_000;

    [Fact]
    public void Jsonl_of_200000_lines_arrives_in_batches_while_the_input_is_still_being_read()
    {
        var input = new GeneratedText(i => i switch
        {
            0 => """{"kind": "asset", "as_of": "2026-01-09"}""",
            <= Lines => $$"""{"symbol": "S{{i}}", "auditor": "A", "handlers": {{i % 7}}}""",
            _ => null,
        });
        var bag = new DiagnosticBag();
        var options = FactReadOptions.Default with { BatchSize = 1000 };

        var batches = 0;
        var entities = 0L;
        foreach (var batch in FactFileReader.ReadBatches(input, "big.jsonl", FactFileFormat.JsonLines, TestSchemas.Asset, bag, options))
        {
            batches++;
            Assert.Equal(entities, batch.FirstEntity);
            Assert.InRange(batch.Table.RowCount, 1, 1000);
            Assert.Equal(new DateTime(2026, 1, 9), batch.Table.AsOf);
            Assert.Equal("S" + (entities + 1), batch.Table.GetKey(0));
            Assert.Equal((int)(entities + 2), batch.Table.GetRowLocation(0).StartPosition.Line);

            // The reader is only a small buffer ahead of the batch it hands out: the file is never held whole.
            Assert.InRange(input.LinesProduced - (batch.FirstEntity + batch.Table.RowCount), 0, 1000);
            entities += batch.Table.RowCount;
        }

        Assert.Empty(bag);
        Assert.Equal(Lines, entities);
        Assert.Equal(Lines / 1000, batches);
    }

    [Fact]
    public void Duplicate_keys_are_found_across_batches()
    {
        var input = new GeneratedText(i => i switch
        {
            < 5000 => $$"""{"symbol": "S{{i}}", "auditor": "A"}""",
            5000 => """{"symbol": "S10", "auditor": "B"}""",
            _ => null,
        });
        var bag = new DiagnosticBag();
        var rows = FactFileReader.ReadBatches(input, "d.jsonl", FactFileFormat.JsonLines, TestSchemas.Asset, bag, FactReadOptions.Default with { BatchSize = 100 })
            .Sum(b => b.Table.RowCount);

        Assert.Equal(5000, rows);
        Assert.Equal(["d.jsonl(5001,1): error TAO6004: duplicate symbol 'S10': an entity with this key is already given at line 11; this one is ignored"], FactLoad.Render(bag));
    }

    [Fact]
    public void A_1_GiB_line_is_reported_and_skipped_without_being_held_in_memory()
    {
        const int chunk = 1024 * 1024;
        var chunkText = new string('x', chunk);
        var hugeLineChunks = 1024;
        var produced = 0;

        // One logical line of 1 GiB characters, made of 1,024 one-MiB pieces, then a line break and one valid entity.
        var input = new ChunkedLine(() => produced++ < hugeLineChunks ? chunkText : null, "{\"symbol\": \"OK\", \"auditor\": \"A\"}\n");
        var bag = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var batches = FactFileReader.ReadBatches(input, "huge.jsonl", FactFileFormat.JsonLines, TestSchemas.Asset, bag).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["huge.jsonl(1,1): error TAO6010: this line is longer than 1048576 characters; it is skipped"], FactLoad.Render(bag));
        Assert.Equal(["OK"], Assert.Single(batches).Table.Keys);
        Assert.True(allocated < 32L * 1024 * 1024, $"allocated {allocated} bytes reading a 1 GiB line");
    }

    [Fact]
    public void An_overlong_csv_row_is_reported_and_the_next_row_loads()
    {
        var csv = "symbol,name,auditor\nTAO," + new string('n', 5000) + ",A\nXMR,Monero,A\n";
        var (table, diagnostics) = FactLoad.Text("r.csv", csv, options: FactReadOptions.Default with { MaxLineLength = 1000 });

        Assert.Equal(["r.csv(2,1): error TAO6010: this row is longer than 1000 characters; it is skipped"], diagnostics);
        Assert.Equal(["XMR"], table.Keys);
    }

    [Fact]
    public void A_line_at_the_limit_loads_and_one_past_it_does_not()
    {
        var line = """{"symbol": "A", "auditor": "A"}""";
        var options = FactReadOptions.Default with { MaxLineLength = line.Length };

        Assert.Empty(FactLoad.Text("l.jsonl", line + "\r\n", options: options).Diagnostics);
        Assert.Equal(
            ["l.jsonl(1,1): error TAO6010: this line is longer than 31 characters; it is skipped"],
            FactLoad.Text("l.jsonl", line + " \n", options: options).Diagnostics);
    }

    [Fact]
    public void Files_on_disk_stream_from_their_path_and_a_byte_order_mark_is_allowed()
    {
        var folder = Directory.CreateTempSubdirectory("tao-facts-");
        try
        {
            var jsonl = Path.Combine(folder.FullName, "a.jsonl");
            File.WriteAllText(jsonl, "{\"symbol\": \"A\", \"auditor\": \"x\"}\n{\"symbol\": \"B\", \"auditor\": \"x\"}\n", new System.Text.UTF8Encoding(true));
            var csv = Path.Combine(folder.FullName, "a.csv");
            File.WriteAllText(csv, "symbol,auditor\nA,x\nB,x\n");
            var yaml = Path.Combine(folder.FullName, "a.yaml");
            File.WriteAllText(yaml, "entities:\n  - { symbol: A, auditor: x }\n  - { symbol: B, auditor: x }\n");
            var bad = Path.Combine(folder.FullName, "bad.jsonl");
            File.WriteAllBytes(bad, [.. "{\"symbol\": \"A\", \"auditor\": \"x\"}\n"u8, 0xC3, 0x28, (byte)'\n']);

            var bag = new DiagnosticBag();
            Assert.Equal(2, FactFileReader.ReadBatches(jsonl, TestSchemas.Asset, bag, FactReadOptions.Default with { BatchSize = 1 }).Count());
            Assert.Equal(["A", "B"], FactFileReader.Read(csv, TestSchemas.Asset, bag).Keys);
            Assert.Equal(["A", "B"], FactFileReader.Read(yaml, TestSchemas.Asset, bag).Keys);
            Assert.Empty(bag);

            Assert.Equal(["A"], FactFileReader.Read(bad, TestSchemas.Asset, bag).Keys);
            var diagnostic = Assert.Single(bag);
            Assert.Equal("TAO6001", diagnostic.Id);
            Assert.Equal("bad.jsonl(2,1): error TAO6001: cannot read the facts: this line is not valid UTF-8 text; it is skipped", diagnostic.ToString().Replace(bad, "bad.jsonl", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>One line assembled from generated pieces, then a tail; never materialised whole.</summary>
    private sealed class ChunkedLine(Func<string?> nextPiece, string tail) : TextReader
    {
        private string _current = string.Empty;
        private int _position;
        private bool _tailServed;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == _current.Length)
            {
                var piece = nextPiece();
                if (piece is null)
                {
                    if (_tailServed)
                    {
                        return 0;
                    }

                    _tailServed = true;
                    piece = "\n" + tail;
                }

                _current = piece;
                _position = 0;
            }

            var n = Math.Min(count, _current.Length - _position);
            _current.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
