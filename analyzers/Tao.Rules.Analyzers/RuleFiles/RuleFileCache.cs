using System.Collections.Concurrent;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace Tao.Rules.Analyzers.RuleFiles;

/// <summary>
/// Rule files already read and parsed, keyed by path and content hash and shared by every run of the analyzer in the
/// process. The IDE re-runs analyzers on each keystroke and a build may analyze several projects; a file whose text has
/// not changed keeps its syntax tree (trees are immutable, so one tree serves many compilations). Bounded: past
/// <see cref="Capacity"/> entries the oldest are dropped, so an edit session cannot grow it without limit. Thread-safe.
/// </summary>
internal sealed class RuleFileCache
{
    /// <summary>How many file versions are kept; far more than a rules repository holds, far less than a long session edits.</summary>
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<Key, Lazy<CachedRuleFile>> _entries = new();
    private readonly ConcurrentQueue<Key> _insertionOrder = new();

    /// <summary>The one cache of the process.</summary>
    public static RuleFileCache Shared { get; } = new();

    public int Count => _entries.Count;

    /// <summary>The read (and, on first use, parsed) file for this path and text; the same instance while the text is unchanged.</summary>
    public CachedRuleFile Get(string path, RoslynText text)
    {
        var key = new Key(path, Hash(text));
        if (_entries.TryGetValue(key, out var existing))
        {
            existing.Value.NoteReuse();
            return existing.Value;
        }

        var created = new Lazy<CachedRuleFile>(() => CachedRuleFile.Read(path, text), LazyThreadSafetyMode.ExecutionAndPublication);
        var winner = _entries.GetOrAdd(key, created);
        if (!ReferenceEquals(winner, created))
        {
            winner.Value.NoteReuse();
            return winner.Value;
        }

        _insertionOrder.Enqueue(key);
        while (_entries.Count > Capacity && _insertionOrder.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }

        return winner.Value;
    }

    /// <summary>The entry for this path and text if it is cached, without creating or counting it (for tests).</summary>
    public CachedRuleFile? Peek(string path, RoslynText text) =>
        _entries.TryGetValue(new Key(path, Hash(text)), out var entry) && entry.IsValueCreated ? entry.Value : null;

    /// <summary>Drops every entry, so a benchmark can measure a cold run.</summary>
    public void Clear()
    {
        _entries.Clear();
        while (_insertionOrder.TryDequeue(out _))
        {
        }
    }

    /// <summary>The content hash Roslyn keeps with the text (computed once per text), plus its length.</summary>
    private static string Hash(RoslynText text) =>
        string.Concat(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ":", Convert.ToBase64String(text.GetChecksum().ToArray()));

    private readonly struct Key(string path, string hash) : IEquatable<Key>
    {
        private readonly string _path = path;
        private readonly string _hash = hash;

        public bool Equals(Key other) =>
            string.Equals(_path, other._path, StringComparison.Ordinal) && string.Equals(_hash, other._hash, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(_path) * 397) ^ StringComparer.Ordinal.GetHashCode(_hash));
    }
}
