using Sprache;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// The statements of a rule file: the package header and its clauses, then <c>param</c>, <c>let</c>, <c>rule</c> and
/// <c>test</c>. Each alternative starts with its own keyword, so XOr commits after the first word and failures point
/// inside the statement rather than at its start.
/// </summary>
internal static class DeclarationGrammar
{
    public static readonly Expectation ADeclaration = new("a declaration (param, let, rule or test)", ReservedWords.MemberStarts);

    private static readonly Expectation APackageClause = new(
        "a package clause (title, applies to, jurisdiction, version or effective)", "title", "applies", "jurisdiction", "version", "effective");

    private static readonly Expectation ARuleClause = new(
        "a rule clause (severity, cite, tags, effective, when, require, because or remedy)",
        "severity", "cite", "tags", "effective", "when", "require", "because", "remedy");

    private static readonly Expectation ATestLine = new("a test line (given, as of or expect)", "given", "as", "expect");

    private static readonly Parser<SourceSpan> Comma = Tokens.Symbol(",");

    // Clauses shared by packages and rules.
    private static readonly Parser<DateLiteralSyntax> Until =
        from keyword in Tokens.Keyword("until")
        from date in Tokens.Date.Named(new Expectation("a date like 2026-12-31 after 'until'"))
        select date;

    private static readonly Parser<ClauseSyntax> Effective =
        from keyword in Tokens.Keyword("effective")
        from start in Tokens.Date.Named(new Expectation("a date like 2026-01-01 after 'effective'"))
        from until in Until.XOptional()
        select (ClauseSyntax)new EffectiveClauseSyntax(start, until.GetOrDefault(), keyword.Cover(until.GetOrDefault()?.Span ?? start.Span));

    // Package clauses.
    private static readonly Parser<ClauseSyntax> Title =
        from keyword in Tokens.Keyword("title")
        from title in Tokens.StringLiteral.Named(new Expectation("a title string after 'title'"))
        select (ClauseSyntax)new TitleClauseSyntax(title, keyword.Cover(title.Span));

    private static readonly Parser<ClauseSyntax> AppliesTo =
        from keyword in Tokens.Keyword("applies")
        from to in Tokens.Keyword("to", new Expectation("'to' after 'applies'", "to"))
        from kind in Tokens.Identifier.Named(new Expectation("an entity kind after 'applies to', such as asset"))
        select (ClauseSyntax)new AppliesToClauseSyntax(kind, keyword.Cover(kind.Span));

    private static readonly Parser<ClauseSyntax> Jurisdiction =
        from keyword in Tokens.Keyword("jurisdiction")
        from code in Tokens.JurisdictionCode.Named(new Expectation("a jurisdiction code after 'jurisdiction', such as JP"))
        select (ClauseSyntax)new JurisdictionClauseSyntax(code, keyword.Cover(code.Span));

    private static readonly Parser<ClauseSyntax> Version =
        from keyword in Tokens.Keyword("version")
        from version in Tokens.StringLiteral.Named(new Expectation("a version string after 'version', such as \"2026.1\""))
        select (ClauseSyntax)new VersionClauseSyntax(version, keyword.Cover(version.Span));

    private static readonly Parser<ClauseSyntax> PackageClause =
        Title.XOr(AppliesTo).XOr(Jurisdiction).XOr(Version).XOr(Effective).Named(APackageClause);

    public static readonly Parser<PackageDeclarationSyntax> Package =
        (from keyword in Tokens.Keyword("package")
         from name in Tokens.QualifiedName.Named(new Expectation("a package name after 'package', such as jp.jvcea"))
         from clauses in PackageClause.XMany()
         select (keyword, name, clauses: clauses.ToList()))
        .Build((parts, context) =>
        {
            ReportDuplicateClauses(context, parts.clauses, "package");
            var end = parts.clauses.Count > 0 ? parts.clauses[parts.clauses.Count - 1].Span : parts.name.Span;
            return new PackageDeclarationSyntax(parts.name, parts.clauses, parts.keyword.Cover(end));
        });

    // Rule clauses.
    private static readonly Parser<ClauseSyntax> Severity =
        from keyword in Tokens.Keyword("severity")
        from level in Tokens.OneOf(Keywords.Severities, new Expectation("a severity level: blocker, major, minor or info", [.. Keywords.Severities]))
        select (ClauseSyntax)new SeverityClauseSyntax(ParseSeverity(level.Word), keyword.Cover(level.Span));

    private static readonly Parser<ClauseSyntax> Cite =
        from keyword in Tokens.Keyword("cite")
        from citation in Tokens.StringLiteral.Named(new Expectation("a citation string after 'cite'"))
        select (ClauseSyntax)new CiteClauseSyntax(citation, keyword.Cover(citation.Span));

    private static readonly Parser<ClauseSyntax> Tags =
        from keyword in Tokens.Keyword("tags")
        from open in Tokens.Symbol("[", new Expectation("'[' after 'tags'"))
        from tags in GrammarCombinators.CommaList(Tokens.StringLiteral.Named(new Expectation("a tag string")), Comma, Tokens.Symbol("]"))
        select (ClauseSyntax)new TagsClauseSyntax(tags.Items, keyword.Cover(tags.Close));

    private static readonly Parser<ClauseSyntax> When =
        from keyword in Tokens.Keyword("when")
        from condition in ExpressionAfter("when")
        select (ClauseSyntax)new WhenClauseSyntax(condition, keyword.Cover(condition.Span));

    private static readonly Parser<ClauseSyntax> Require =
        from keyword in Tokens.Keyword("require")
        from condition in ExpressionAfter("require")
        select (ClauseSyntax)new RequireClauseSyntax(condition, keyword.Cover(condition.Span));

    private static readonly Parser<ClauseSyntax> Because =
        from keyword in Tokens.Keyword("because")
        from text in InterpolationParser.StringLiteral.Named(new Expectation("an explanation string after 'because'"))
        select (ClauseSyntax)new BecauseClauseSyntax(text, keyword.Cover(text.Span));

    private static readonly Parser<ClauseSyntax> Remedy =
        from keyword in Tokens.Keyword("remedy")
        from text in InterpolationParser.StringLiteral.Named(new Expectation("a remedy string after 'remedy'"))
        select (ClauseSyntax)new RemedyClauseSyntax(text, keyword.Cover(text.Span));

    private static readonly Parser<ClauseSyntax> RuleClause =
        Severity.XOr(Cite).XOr(Tags).XOr(Effective).XOr(When).XOr(Require).XOr(Because).XOr(Remedy).Named(ARuleClause);

    private static readonly Parser<MemberDeclarationSyntax> Rule =
        (from keyword in Tokens.Keyword("rule")
         from id in Tokens.RuleId.Named(new Expectation("a rule id after 'rule', such as JP-GL-01"))
         from title in Tokens.StringLiteral.XOptional()
         from clauses in RuleClause.XMany()
         select (keyword, id, title: title.GetOrDefault(), clauses: clauses.ToList()))
        .Build((parts, context) =>
        {
            ReportDuplicateClauses(context, parts.clauses, "rule");
            var end = parts.clauses.Count > 0 ? parts.clauses[parts.clauses.Count - 1].Span : parts.title?.Span ?? parts.id.Span;
            return (MemberDeclarationSyntax)new RuleDeclarationSyntax(parts.id, parts.title, parts.clauses, parts.keyword.Cover(end));
        });

    // param and let.
    private static readonly Parser<MemberDeclarationSyntax> Param =
        from keyword in Tokens.Keyword("param")
        from name in Tokens.Identifier.Named(new Expectation("a parameter name after 'param'"))
        from assign in Tokens.Symbol("=", new Expectation("'=' after the parameter name"))
        from value in ExpressionAfter("=")
        select (MemberDeclarationSyntax)new ParamDeclarationSyntax(name, value, keyword.Cover(value.Span));

    private static readonly Parser<MemberDeclarationSyntax> Let =
        from keyword in Tokens.Keyword("let")
        from name in Tokens.Identifier.Named(new Expectation("a name after 'let'"))
        from assign in Tokens.Symbol("=", new Expectation("'=' after the name"))
        from value in ExpressionAfter("=")
        select (MemberDeclarationSyntax)new LetDeclarationSyntax(name, value, keyword.Cover(value.Span));

    // Tests.
    private static readonly Parser<FieldInitializerSyntax> FieldInitializer =
        from name in Tokens.FieldName
        from colon in Tokens.Symbol(":", new Expectation("':' after the field name"))
        from value in ExpressionGrammar.Expression.Named(new Expectation("a value after ':'"))
        select new FieldInitializerSyntax(name, value, name.Span.Cover(value.Span));

    private static readonly Parser<object> Given =
        from keyword in Tokens.Keyword("given")
        from kind in Tokens.Identifier.Named(new Expectation("an entity kind after 'given', such as asset"))
        from open in Tokens.Symbol("{", new Expectation("'{' after the entity kind"))
        from fields in GrammarCombinators.CommaList(FieldInitializer, Comma, Tokens.Symbol("}"))
        select (object)new GivenSyntax(kind, fields.Items, keyword.Cover(fields.Close));

    private static readonly Parser<object> AsOf =
        from keyword in Tokens.Keyword("as")
        from of in Tokens.Keyword("of", new Expectation("'of' after 'as'", "of"))
        from date in Tokens.Date.Named(new Expectation("a date like 2026-01-01 after 'as of'"))
        select (object)new AsOfLine(date, keyword.Cover(date.Span));

    private static readonly Parser<StringLiteralSyntax?> ForEntity =
        (from keyword in Tokens.Keyword("for")
         from key in Tokens.StringLiteral.Named(new Expectation("an entity key string after 'for', such as \"XMR\""))
         select key).XOptional().Select(key => key.GetOrDefault());

    private static readonly Parser<Func<SourceSpan, ExpectationSyntax>> ExpectVerdict =
        from keyword in Tokens.Keyword("verdict")
        from verdict in Tokens.OneOf(Keywords.Verdicts, new Expectation("a verdict: blocked, at-risk, needs-evidence or ready", [.. Keywords.Verdicts]))
        from entity in ForEntity
        select (Func<SourceSpan, ExpectationSyntax>)(start =>
            new ExpectVerdictSyntax(ParseVerdict(verdict.Word), entity, start.Cover(entity?.Span ?? verdict.Span)));

    private static readonly Parser<Func<SourceSpan, ExpectationSyntax>> ExpectOutcome =
        from rule in Tokens.RuleId
        from outcome in Tokens.OneOf(Keywords.Outcomes, new Expectation("an outcome: pass, fail, unknown, not_applicable, waived or error", [.. Keywords.Outcomes]))
        from entity in ForEntity
        select (Func<SourceSpan, ExpectationSyntax>)(start =>
            new ExpectOutcomeSyntax(rule, ParseOutcome(outcome.Word), entity, start.Cover(entity?.Span ?? outcome.Span)));

    private static readonly Parser<object> Expect =
        from keyword in Tokens.Keyword("expect")
        from make in ExpectVerdict.XOr(ExpectOutcome).Named(new Expectation("a rule id such as JP-GL-01 or 'verdict' after 'expect'", "verdict"))
        select (object)make(keyword);

    private static readonly Parser<object> TestLine = Given.XOr(AsOf).XOr(Expect).Named(ATestLine);

    private static readonly Parser<MemberDeclarationSyntax> Test =
        (from keyword in Tokens.Keyword("test")
         from name in Tokens.StringLiteral.Named(new Expectation("a test name string after 'test'"))
         from lines in TestLine.XAtLeastOnce()
         select (keyword, name, lines: lines.ToList()))
        .Build((parts, context) =>
        {
            var asOf = default(AsOfLine);
            foreach (var line in parts.lines.OfType<AsOfLine>())
            {
                if (asOf is null)
                {
                    asOf = line;
                }
                else
                {
                    context.Report(DiagnosticCatalog.DuplicateClause, line.Span.Start, line.Span.Length, "as of", "test");
                }
            }

            var last = parts.lines[parts.lines.Count - 1] switch
            {
                SyntaxNode node => node.Span,
                AsOfLine line => line.Span,
                _ => parts.name.Span,
            };
            return (MemberDeclarationSyntax)new TestDeclarationSyntax(
                parts.name,
                parts.lines.OfType<GivenSyntax>().ToList(),
                asOf?.Date,
                parts.lines.OfType<ExpectationSyntax>().ToList(),
                parts.keyword.Cover(last));
        });

    /// <summary>One top-level declaration after the package header.</summary>
    public static readonly Parser<MemberDeclarationSyntax> Member = Rule.XOr(Let).XOr(Param).XOr(Test).Named(ADeclaration);

    private static Parser<ExpressionSyntax> ExpressionAfter(string keyword) =>
        ExpressionGrammar.Expression.Named(new Expectation($"an expression after '{keyword}'"));

    /// <summary>Maps a parse result with access to the parse's context (for diagnostics that are not syntax errors).</summary>
    private static Parser<TResult> Build<T, TResult>(this Parser<T> parser, Func<T, ParseContext, TResult> build) => i =>
    {
        var result = parser(i);
        return result.WasSuccessful
            ? Result.Success(build(result.Value, ((SourceInput)i).Context), result.Remainder)
            : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>TAO1007 at every repetition of a clause after its first occurrence.</summary>
    private static void ReportDuplicateClauses(ParseContext context, IReadOnlyList<ClauseSyntax> clauses, string owner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            if (!seen.Add(clause.Keyword))
            {
                context.Report(DiagnosticCatalog.DuplicateClause, clause.Span.Start, clause.Span.Length, clause.Keyword, owner);
            }
        }
    }

    private static RuleSeverity ParseSeverity(string word) => Keywords.TryParseSeverity(word, out var value) ? value : RuleSeverity.Major;

    private static Outcome ParseOutcome(string word) => Keywords.TryParseOutcome(word, out var value) ? value : Outcome.Error;

    private static Verdict ParseVerdict(string word) => Keywords.TryParseVerdict(word, out var value) ? value : Verdict.Ready;

    /// <summary><c>as of DATE</c> inside a test, before the test is assembled.</summary>
    private sealed record AsOfLine(DateLiteralSyntax Date, SourceSpan Span);
}
