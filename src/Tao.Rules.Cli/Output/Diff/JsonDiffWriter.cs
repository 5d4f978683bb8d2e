using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tao.Rules.Cli.Diff;
using Tao.Rules.Evaluation.Diffing;
using Tao.Rules.Facts;

namespace Tao.Rules.Cli.Output.Diff;

/// <summary>
/// <c>diff --format json</c>, a stable shape documented in docs/diff.md:
/// <c>{ "before": side, "after": side, "summary": { entities, changed, unchanged, rule_changes, verdict_flips },
/// "packs": [ ... ], "changes": [ { pack, entity, verdict_before, verdict_after, rules: [ { rule, outcome_before,
/// outcome_after, severity_before, severity_after, reasons: [ { kind, subject, before, after } ] } ] } ] }</c>.
/// Something that does not exist on a side is <c>null</c>.
/// </summary>
public static class JsonDiffWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, EvaluationDiff diff, DiffSideLabel before, DiffSideLabel after)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteSide(json, "before", before);
            WriteSide(json, "after", after);
            WriteSummary(json, diff);
            json.WriteStartArray("packs");
            foreach (var pack in diff.Packs)
            {
                WritePack(json, pack);
            }

            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                WriteChange(json, change);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteSide(Utf8JsonWriter json, string name, DiffSideLabel side)
    {
        json.WriteStartObject(name);
        WriteStrings(json, "rules", side.Rules);
        json.WriteString("facts", side.Facts);
        WriteNullable(json, "as_of", side.AsOf is { } asOf ? FactDates.Format(asOf) : null);
        WriteStrings(json, "params", side.Params);
        WriteNullable(json, "waivers", side.Waivers);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, EvaluationDiff diff)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("entities", diff.EntityCount);
        json.WriteNumber("changed", diff.ChangedEntityCount);
        json.WriteNumber("unchanged", diff.UnchangedEntityCount);
        json.WriteNumber("rule_changes", diff.RuleChangeCount);
        json.WriteStartArray("verdict_flips");
        foreach (var (before, after, count) in diff.VerdictFlips())
        {
            json.WriteStartObject();
            WriteNullable(json, "before", before is null ? null : DiffNames.Of(before));
            WriteNullable(json, "after", after is null ? null : DiffNames.Of(after));
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePack(Utf8JsonWriter json, PackChange pack)
    {
        json.WriteStartObject();
        json.WriteString("pack", pack.Pack);
        json.WriteBoolean("exists_before", pack.ExistsBefore);
        json.WriteBoolean("exists_after", pack.ExistsAfter);
        WriteNullable(json, "version_before", pack.VersionBefore);
        WriteNullable(json, "version_after", pack.VersionAfter);
        WriteStrings(json, "rules_added", pack.RulesAdded);
        WriteStrings(json, "rules_removed", pack.RulesRemoved);
        WriteStrings(json, "rules_changed", pack.RulesChanged);
        WriteReasons(json, "params", pack.Params);
        WriteReasons(json, "lets", pack.Lets);
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, EntityChange change)
    {
        json.WriteStartObject();
        json.WriteString("pack", change.Pack);
        json.WriteString("entity", change.Entity);
        WriteNullable(json, "verdict_before", change.Before is null ? null : DiffNames.Of(change.Before));
        WriteNullable(json, "verdict_after", change.After is null ? null : DiffNames.Of(change.After));
        json.WriteStartArray("rules");
        foreach (var rule in change.Rules)
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.RuleId);
            WriteNullable(json, "outcome_before", rule.Before is null ? null : DiffNames.Of(rule.Before));
            WriteNullable(json, "outcome_after", rule.After is null ? null : DiffNames.Of(rule.After));
            WriteNullable(json, "severity_before", rule.SeverityBefore is null ? null : DiffNames.Of(rule.SeverityBefore));
            WriteNullable(json, "severity_after", rule.SeverityAfter is null ? null : DiffNames.Of(rule.SeverityAfter));
            WriteReasons(json, "reasons", rule.Reasons);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter json, string name, IReadOnlyList<ChangeReason> reasons)
    {
        json.WriteStartArray(name);
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("kind", reason.KindText);
            json.WriteString("subject", reason.Subject);
            WriteNullable(json, "before", reason.Before);
            WriteNullable(json, "after", reason.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
