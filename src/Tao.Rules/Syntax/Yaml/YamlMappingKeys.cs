using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// The keys of one mapping checked against the keys it may have: a repeated key is TAO2004 (the first one counts), an
/// unknown key TAO2002 with a suggestion, and <see cref="Require"/> reports a missing one as TAO2003.
/// </summary>
internal sealed class YamlMappingKeys
{
    private readonly Dictionary<string, YamlEntry> _byKey = new(StringComparer.Ordinal);
    private readonly List<YamlEntry> _known = [];
    private readonly List<YamlEntry> _others = [];
    private readonly YamlMapping _mapping;
    private readonly YamlReadContext _context;
    private readonly string _description;

    private YamlMappingKeys(YamlMapping mapping, YamlReadContext context, string description)
    {
        _mapping = mapping;
        _context = context;
        _description = description;
    }

    /// <summary>Entries with a known key, first occurrence only, in the order written.</summary>
    public IReadOnlyList<YamlEntry> Known => _known;

    /// <summary>Entries whose key is not a known one (first occurrence only), when the mapping allows such keys.</summary>
    public IReadOnlyList<YamlEntry> Others => _others;

    /// <param name="mapping">The mapping to check.</param>
    /// <param name="description">The mapping in words for messages, such as <c>rule 'JP-GL-01'</c>.</param>
    /// <param name="knownKeys">The keys it may have.</param>
    /// <param name="allowOtherKeys">True where any other key is data (the fields of a <c>given</c>).</param>
    public static YamlMappingKeys Check(YamlMapping mapping, YamlReadContext context, string description, IReadOnlyList<string> knownKeys, bool allowOtherKeys = false)
    {
        var keys = new YamlMappingKeys(mapping, context, description);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (keys._byKey.ContainsKey(key))
            {
                context.Report(DiagnosticCatalog.DuplicateKey, entry.Key, key, description);
                continue;
            }

            keys._byKey.Add(key, entry);
            if (knownKeys.Contains(key, StringComparer.Ordinal))
            {
                keys._known.Add(entry);
            }
            else if (allowOtherKeys)
            {
                keys._others.Add(entry);
            }
            else
            {
                var expected = " (expected " + Words.OneOf(knownKeys.Select(k => "'" + k + "'")) + ")";
                var suggestion = Suggestions.Closest(key, knownKeys);
                var tail = suggestion is null ? expected : $"; did you mean '{suggestion}'?";
                context.Report(DiagnosticCatalog.UnknownKey, entry.Key, key, description, tail);
            }
        }

        return keys;
    }

    public YamlEntry? this[string key] => _byKey.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>The entry for <paramref name="key"/>, or null after reporting it missing (at the mapping's start).</summary>
    public YamlEntry? Require(string key)
    {
        var entry = this[key];
        if (entry is null && _context.ReportsMissingKeys)
        {
            _context.Report(DiagnosticCatalog.MissingKey, new SourceSpan(_mapping.Text, _mapping.Start, 0), key, _description);
        }

        return entry;
    }
}
