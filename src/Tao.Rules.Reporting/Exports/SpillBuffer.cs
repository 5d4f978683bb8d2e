using System.Text;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// Text held back until the end of a run (the verdicts and derived values that JSON prints after all results): kept in
/// memory while small, moved to a temporary file once it grows, so a run over millions of entities stays in bounded memory.
/// </summary>
public sealed class SpillBuffer : IDisposable
{
    private const int MemoryLimit = 4 * 1024 * 1024;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _memory = new();
    private string? _path;
    private StreamWriter? _file;

    public bool IsEmpty { get; private set; } = true;

    public void AppendLine(string line)
    {
        IsEmpty = false;
        if (_file is not null)
        {
            _file.Write(line);
            _file.Write('\n');
            return;
        }

        _memory.Append(line).Append('\n');
        if (_memory.Length > MemoryLimit)
        {
            _path = Path.Combine(Path.GetTempPath(), "tao-rules-" + Guid.NewGuid().ToString("N") + ".tmp");
            _file = new StreamWriter(_path, append: false, Utf8NoBom, 1 << 16);
            _file.Write(_memory.ToString());
            _memory.Clear();
        }
    }

    /// <summary>Writes everything appended, in order. Called once, at the end: nothing may be appended afterwards.</summary>
    public void CopyTo(TextWriter writer)
    {
        if (_file is null)
        {
            writer.Write(_memory.ToString());
            return;
        }

        _file.Flush();
        _file.Dispose();
        _file = null;
        using (var reader = new StreamReader(_path!, Utf8NoBom))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, read);
            }
        }
    }

    /// <summary>Every line appended, in order (without the line break). Called once, at the end, as <see cref="CopyTo"/>.</summary>
    public IEnumerable<string> Lines()
    {
        if (_file is null)
        {
            foreach (var line in _memory.ToString().Split('\n'))
            {
                if (line.Length > 0)
                {
                    yield return line;
                }
            }

            yield break;
        }

        _file.Flush();
        _file.Dispose();
        _file = null;
        using var reader = new StreamReader(_path!, Utf8NoBom);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
        if (_path is not null && File.Exists(_path))
        {
            File.Delete(_path);
        }
    }
}
