using Tao.Rules.Diagnostics;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>
/// One item of <c>tests</c>: <c>name</c>, <c>as_of</c>, <c>given</c> (one entity or a list, each with its
/// <c>kind</c>) and <c>expect</c> (<c>{rule, outcome, for}</c> or <c>{verdict, for}</c> items).
/// </summary>
internal static class YamlTestReader
{
    private static readonly string[] TestKeys = ["name", "as_of", "given", "expect"];
    private static readonly string[] GivenKeys = ["kind"];
    private static readonly string[] ExpectKeys = ["rule", "outcome", "verdict", "for"];

    public static TestDeclarationSyntax? Read(YamlMapping mapping, YamlReadContext context)
    {
        var nameText = mapping.Entries.FirstOrDefault(e => e.Key.Value == "name")?.Value is YamlScalar { IsNull: false } written ? written.Value : null;
        var keys = YamlMappingKeys.Check(mapping, context, nameText is null ? "the test" : $"test '{nameText}'", TestKeys);
        var nameEntry = keys.Require("name");
        var name = nameEntry is null ? null : YamlClauses.Text(nameEntry, context);
        var asOf = keys["as_of"] is { } asOfEntry ? YamlClauses.Date(asOfEntry, context) : null;
        var asOfFailed = keys["as_of"] is not null && asOf is null;

        var givens = new List<GivenSyntax>();
        var givensComplete = true;
        if (keys.Require("given") is { } givenEntry)
        {
            foreach (var node in OneOrMany(givenEntry, context, "an entity such as { kind: asset, symbol: \"XMR\" } or a list of them"))
            {
                var given = Given(node, context);
                givensComplete &= given is not null;
                if (given is not null)
                {
                    givens.Add(given);
                }
            }
        }

        var expectations = new List<ExpectationSyntax>();
        var expectationsComplete = true;
        if (keys.Require("expect") is { } expectEntry)
        {
            foreach (var node in OneOrMany(expectEntry, context, "a list such as [{ rule: JP-GL-01, outcome: fail }]"))
            {
                var expectation = Expectation(node, context);
                expectationsComplete &= expectation is not null;
                if (expectation is not null)
                {
                    expectations.Add(expectation);
                }
            }
        }

        if (name is null || asOfFailed || !givensComplete || !expectationsComplete || givens.Count == 0 || expectations.Count == 0)
        {
            return null;
        }

        return new TestDeclarationSyntax(name, givens, asOf, expectations, mapping.Span);
    }

    /// <summary>A single mapping, or a list of mappings.</summary>
    private static IReadOnlyList<YamlNode> OneOrMany(YamlEntry entry, YamlReadContext context, string expected)
    {
        switch (entry.Value)
        {
            case YamlMapping mapping:
                return [mapping];
            case YamlSequence sequence:
                var items = new List<YamlNode>();
                foreach (var item in sequence.Items)
                {
                    if (YamlValues.Mapping(item, entry.Key.Value, context, expected) is { } mapping)
                    {
                        items.Add(mapping);
                    }
                    else
                    {
                        items.Add(new YamlRejected(item.Text, item.Start, item.End));
                    }
                }

                return items;
            case YamlRejected:
                return [entry.Value];
            default:
                context.Report(DiagnosticCatalog.WrongValueKind, entry.Value is YamlScalar { IsNull: true } ? entry.Key : entry.Value, entry.Key.Value, expected + ", not " + YamlValues.Describe(entry.Value));
                return [];
        }
    }

    private static GivenSyntax? Given(YamlNode node, YamlReadContext context)
    {
        if (node is not YamlMapping mapping)
        {
            return null;
        }

        var keys = YamlMappingKeys.Check(mapping, context, "the given entity", GivenKeys, allowOtherKeys: true);
        var kindEntry = keys.Require("kind");
        var kind = kindEntry is null ? null : YamlClauses.Name(kindEntry, context, YamlNames.IsIdentifier, "entity kind", YamlNames.IdentifierRule);
        var fields = new List<FieldInitializerSyntax>();
        var complete = true;
        foreach (var entry in keys.Others)
        {
            var validName = YamlNames.IsFieldName(entry.Key.Value);
            if (!validName)
            {
                context.Report(DiagnosticCatalog.InvalidValue, entry.Key, entry.Key.Value, "field name", YamlNames.FieldNameRule);
            }

            var value = YamlExpressions.Value(entry, context);
            complete &= validName && value is not null;
            if (validName && value is not null)
            {
                fields.Add(new FieldInitializerSyntax(new IdentifierSyntax(entry.Key.Value, entry.Key.Span), value, entry.Span));
            }
        }

        return kind is null || !complete ? null : new GivenSyntax(new IdentifierSyntax(kind.Value, kind.Span), fields, mapping.Span);
    }

    private static ExpectationSyntax? Expectation(YamlNode node, YamlReadContext context)
    {
        if (node is not YamlMapping mapping)
        {
            return null;
        }

        var keys = YamlMappingKeys.Check(mapping, context, "the expectation", ExpectKeys);
        var entity = keys["for"] is { } forEntry ? YamlClauses.Text(forEntry, context) : null;
        var entityFailed = keys["for"] is not null && entity is null;

        if (keys["verdict"] is { } verdictEntry)
        {
            foreach (var stray in new[] { keys["rule"], keys["outcome"] }.OfType<YamlEntry>())
            {
                context.Report(DiagnosticCatalog.InvalidValue, stray.Key, stray.Key.Value, "key next to 'verdict'", "either 'rule' with 'outcome', or 'verdict' alone");
            }

            var verdict = YamlClauses.Word<Verdict>(verdictEntry, context, Keywords.TryParseVerdict, Keywords.Verdicts, "verdict");
            return verdict is null || entityFailed || keys["rule"] is not null || keys["outcome"] is not null
                ? null
                : new ExpectVerdictSyntax(verdict.Value, entity, mapping.Span);
        }

        var ruleEntry = keys.Require("rule");
        var outcomeEntry = keys.Require("outcome");
        var rule = ruleEntry is null ? null : YamlClauses.Name(ruleEntry, context, YamlNames.IsRuleId, "rule id", YamlNames.RuleIdRule);
        var outcome = outcomeEntry is null ? null : YamlClauses.Word<Outcome>(outcomeEntry, context, Keywords.TryParseOutcome, Keywords.Outcomes, "outcome");
        return rule is null || outcome is null || entityFailed
            ? null
            : new ExpectOutcomeSyntax(new RuleIdSyntax(rule.Value, rule.Span), outcome.Value, entity, mapping.Span);
    }
}
