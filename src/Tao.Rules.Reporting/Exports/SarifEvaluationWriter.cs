using System.Text;
using System.Text.Json;
using Tao.Rules.Binding;
using Tao.Rules.Evaluation;
using Tao.Rules.Facts;
using Tao.Rules.Reporting.Exports.Sarif;

namespace Tao.Rules.Reporting.Exports;

/// <summary>
/// <c>eval --format sarif</c>: SARIF 2.1.0 for code-scanning services. The tool's rules are every rule of every pack
/// (pack order, then declaration order) with its title, citation and severity; each fail, unknown, error and waived
/// outcome is one result, located at the entity (a logical location named by pack and entity) and at the rule's
/// declaration in its rule file. A fail is <c>kind: fail</c> at the level of its severity; an unknown is
/// <c>kind: open</c> (more facts are needed) and an error <c>kind: review</c> (a person must look), both at level
/// <c>none</c> as SARIF requires; a waived fail keeps its level and carries an accepted external suppression. Passes
/// and not-applicable outcomes are not results — SARIF readers treat every result as a finding — but the run's
/// properties count every outcome. See docs/report-formats.md.
/// </summary>
public sealed class SarifEvaluationWriter : IEvaluationWriter
{
    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();

    private readonly TextWriter _output;
    private readonly IReadOnlyList<CompiledPack> _packs;
    private readonly string? _baseDirectory;
    private readonly Dictionary<(string Pack, string Rule), int> _ruleIndex = [];
    private readonly Dictionary<string, string> _artifactUris = new(StringComparer.Ordinal);
    private readonly long[] _counts = new long[Outcomes.Length];
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;
    private DateTime _asOf;

    /// <param name="output">Where the log goes.</param>
    /// <param name="packs">Every pack of the run, in the order its results come (the tool's rules are listed up front).</param>
    /// <param name="baseDirectory">
    /// Rule files under this folder are named by relative URIs (what code-scanning services expect); others by absolute
    /// file URIs. Null leaves paths as the rule files were given.
    /// </param>
    public SarifEvaluationWriter(TextWriter output, IReadOnlyList<CompiledPack> packs, string? baseDirectory = null)
    {
        _output = output;
        _packs = packs;
        _baseDirectory = baseDirectory;
        _json = new Utf8JsonWriter(_buffer, SarifLog.WriterOptions);
    }

    /// <summary>The SARIF level of a failing rule of this severity: blocker is error, major warning, minor and info note.</summary>
    public static string LevelOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Blocker => "error",
        RuleSeverity.Major => "warning",
        _ => "note",
    };

    public void Begin(DateTime asOf)
    {
        _asOf = asOf;
        SarifLog.BeginRun(_json);
        foreach (var pack in _packs)
        {
            foreach (var rule in pack.RulesInOrder)
            {
                if (_ruleIndex.TryAdd((pack.Name, rule.Id), _ruleIndex.Count))
                {
                    WriteRule(pack, rule);
                }
            }
        }

        SarifLog.BeginResults(_json);
        Flush();
    }

    public void WriteBatch(IReadOnlyList<EvaluationResult> packs)
    {
        var rows = packs.Count == 0 ? 0 : packs[0].EntityCount;
        for (var row = 0; row < rows; row++)
        {
            foreach (var pack in packs)
            {
                for (var rule = 0; rule < pack.Rules.Count; rule++)
                {
                    var outcome = pack.GetOutcome(row, rule);
                    _counts[(int)outcome]++;
                    if (outcome is not (Outcome.Pass or Outcome.NotApplicable))
                    {
                        WriteResult(pack, rule, pack.GetResult(row, rule));
                    }
                }
            }

            if (_buffer.Length > 1 << 16)
            {
                Flush();
            }
        }

        Flush();
    }

    public void End()
    {
        SarifLog.EndResults(_json);
        _json.WriteStartObject("properties");
        _json.WriteString("asOf", FactDates.Format(_asOf));
        _json.WriteStartObject("outcomes");
        for (var i = 0; i < Outcomes.Length; i++)
        {
            _json.WriteNumber(OutputNames.Of(Outcomes[i]), _counts[i]);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        SarifLog.EndRun(_json);
        Flush();
        _output.Write('\n');
    }

    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    private void WriteRule(CompiledPack pack, BoundRule rule)
    {
        _json.WriteStartObject();
        _json.WriteString("id", rule.Id);
        SarifLog.WriteText(_json, "shortDescription", rule.Title ?? rule.Id);
        if (rule.Cite is { } cite)
        {
            SarifLog.WriteText(_json, "help", "Citation: " + cite);
        }

        _json.WriteStartObject("defaultConfiguration");
        _json.WriteString("level", LevelOf(rule.Severity));
        _json.WriteEndObject();
        _json.WriteStartObject("properties");
        _json.WriteString("pack", pack.Name);
        _json.WriteString("severity", OutputNames.Of(rule.Severity));
        if (rule.Cite is not null)
        {
            _json.WriteString("citation", rule.Cite);
        }

        if (rule.Tags.Count > 0)
        {
            SarifLog.WriteStrings(_json, "tags", rule.Tags);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteResult(EvaluationResult pack, int ruleIndex, RuleResult result)
    {
        var rule = pack.Rules[ruleIndex];
        _json.WriteStartObject();
        _json.WriteString("ruleId", result.RuleId);
        _json.WriteNumber("ruleIndex", _ruleIndex[(result.Pack, result.RuleId)]);
        var (kind, level) = result.Outcome switch
        {
            Outcome.Unknown => ("open", "none"),
            Outcome.Error => ("review", "none"),
            _ => ("fail", LevelOf(result.Severity)),
        };
        _json.WriteString("kind", kind);
        _json.WriteString("level", level);
        SarifLog.WriteText(_json, "message", result.Entity + ": " + (result.Explanation?.ToString() ?? OutputNames.Detail(result)));

        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        if (rule.Syntax.Id.Span.Text is not null)
        {
            var location = rule.Syntax.Id.Span.GetLocation();
            if (location.Path.Length > 0)
            {
                SarifLog.WritePhysicalLocation(_json, ArtifactUriOf(location.Path), location);
            }
        }

        _json.WriteStartArray("logicalLocations");
        _json.WriteStartObject();
        _json.WriteString("name", result.Entity);
        _json.WriteString("fullyQualifiedName", result.Pack + "/" + result.Entity);
        _json.WriteString("kind", "object");
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();

        // Code-scanning services match a result across runs by its fingerprint: pack, rule and entity say which it is.
        _json.WriteStartObject("partialFingerprints");
        _json.WriteString("taoRulesResult/v1", result.Pack + "/" + result.RuleId + "/" + result.Entity);
        _json.WriteEndObject();

        if (result.Waiver is { } waiver)
        {
            _json.WriteStartArray("suppressions");
            _json.WriteStartObject();
            _json.WriteString("kind", "external");
            _json.WriteString("status", "accepted");
            _json.WriteString("justification", $"waived until {FactDates.Format(waiver.Expires)} by {waiver.ApprovedBy}: {waiver.Reason}");
            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        _json.WriteStartObject("properties");
        _json.WriteString("pack", result.Pack);
        _json.WriteString("entity", result.Entity);
        _json.WriteString("outcome", OutputNames.Of(result.Outcome));
        _json.WriteString("severity", OutputNames.Of(result.Severity));
        if (result.Missing.Count > 0)
        {
            SarifLog.WriteStrings(_json, "missing", result.Missing);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    /// <summary>The rule file as a URI: relative to the base folder when it lies under it, else an absolute file URI.</summary>
    /// <remarks>Worked out once per rule file: every result of a rule names the same one.</remarks>
    private string ArtifactUriOf(string path)
    {
        if (!_artifactUris.TryGetValue(path, out var uri))
        {
            _artifactUris[path] = uri = MakeArtifactUri(path);
        }

        return uri;
    }

    private string MakeArtifactUri(string path)
    {
        if (_baseDirectory is null)
        {
            return SarifLog.ArtifactUri(path);
        }

        var full = Path.GetFullPath(path, _baseDirectory);
        var relative = Path.GetRelativePath(_baseDirectory, full);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? new System.Uri(full).AbsoluteUri
            : SarifLog.ArtifactUri(relative);
    }

    /// <summary>Moves what the JSON writer holds to the output; the buffer only ever ends between tokens, so no character is split.</summary>
    private void Flush()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }
}
