using Tao.Rules.Diagnostics;

namespace Tao.Rules.Syntax.Yaml;

/// <summary>One item of <c>rules</c>: <c>id</c>, <c>title</c> and the rule's clauses in the order written.</summary>
internal static class YamlRuleReader
{
    private static readonly string[] RuleKeys =
        ["id", "title", "severity", "cite", "tags", "effective", "when", "require", "because", "remedy"];

    public static RuleDeclarationSyntax? Read(YamlMapping mapping, YamlReadContext context)
    {
        // The id names the rule in every later message; read it before the other keys.
        var idText = mapping.Entries.FirstOrDefault(e => e.Key.Value == "id")?.Value is YamlScalar { IsNull: false } written
                     && YamlNames.IsRuleId(written.Value)
            ? written.Value
            : null;
        var keys = YamlMappingKeys.Check(mapping, context, idText is null ? "the rule" : $"rule '{idText}'", RuleKeys);
        var idEntry = keys.Require("id");
        var id = idEntry is null ? null : YamlClauses.Name(idEntry, context, YamlNames.IsRuleId, "rule id", YamlNames.RuleIdRule);

        StringLiteralSyntax? title = null;
        var clauses = new List<ClauseSyntax>();
        foreach (var entry in keys.Known)
        {
            ClauseSyntax? clause = null;
            switch (entry.Key.Value)
            {
                case "title":
                    title = YamlClauses.Text(entry, context);
                    break;
                case "severity":
                    clause = YamlClauses.Word<RuleSeverity>(entry, context, Keywords.TryParseSeverity, Keywords.Severities, "severity") is { } severity
                        ? new SeverityClauseSyntax(severity, entry.Span)
                        : null;
                    break;
                case "cite":
                    clause = YamlClauses.Text(entry, context) is { } citation ? new CiteClauseSyntax(citation, entry.Span) : null;
                    break;
                case "tags":
                    clause = Tags(entry, context);
                    break;
                case "effective":
                    clause = YamlClauses.Effective(entry, context);
                    break;
                case "when":
                    clause = YamlClauses.Expression(entry, context) is { } when ? new WhenClauseSyntax(when, entry.Span) : null;
                    break;
                case "require":
                    clause = YamlClauses.Expression(entry, context) is { } require ? new RequireClauseSyntax(require, entry.Span) : null;
                    break;
                case "because":
                    clause = YamlClauses.Interpolation(entry, context) is { } because ? new BecauseClauseSyntax(because, entry.Span) : null;
                    break;
                case "remedy":
                    clause = YamlClauses.Interpolation(entry, context) is { } remedy ? new RemedyClauseSyntax(remedy, entry.Span) : null;
                    break;
            }

            if (clause is not null)
            {
                clauses.Add(clause);
            }
        }

        return id is null ? null : new RuleDeclarationSyntax(new RuleIdSyntax(id.Value, id.Span), title, clauses, mapping.Span);
    }

    /// <summary><c>tags: [green-list, custody]</c>: a list of texts.</summary>
    private static TagsClauseSyntax? Tags(YamlEntry entry, YamlReadContext context)
    {
        if (entry.Value is YamlScalar { IsNull: false })
        {
            context.Report(DiagnosticCatalog.WrongValueKind, entry.Value, "tags", "a list of texts such as [green-list, custody], not a single value");
            return null;
        }

        var tags = new List<StringLiteralSyntax>();
        var complete = true;
        foreach (var item in YamlValues.Items(entry, context, "a list of texts such as [green-list, custody]"))
        {
            if (item is YamlScalar { IsNull: false } tag)
            {
                tags.Add(new StringLiteralSyntax(tag.Value, tag.Span));
            }
            else
            {
                if (item is not YamlRejected)
                {
                    context.Report(DiagnosticCatalog.WrongValueKind, item, "tags", "a list of texts; this item is " + YamlValues.Describe(item));
                }

                complete = false;
            }
        }

        return complete ? new TagsClauseSyntax(tags, entry.Span) : null;
    }
}
