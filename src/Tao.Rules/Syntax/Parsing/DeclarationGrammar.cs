using Sprache;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;
using static Tao.Rules.Syntax.Parsing.SequenceCombinators;

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
    private static readonly Parser<DateLiteralSyntax> Until = Sequence(
        Tokens.Keyword("until"),
        Tokens.Date.Named(new Expectation("a date like 2026-12-31 after 'until'")),
        (keyword, date) => date);

    private static readonly Parser<ClauseSyntax> Effective = Sequence(
        Tokens.Keyword("effective"),
        Tokens.Date.Named(new Expectation("a date like 2026-01-01 after 'effective'")),
        Until.Maybe(),
        (keyword, start, until) => (ClauseSyntax)new EffectiveClauseSyntax(start, until, keyword.Cover(until?.Span ?? start.Span)));

    // Package clauses.
    private static readonly Parser<ClauseSyntax> Title = Sequence(
        Tokens.Keyword("title"),
        Tokens.StringLiteral.Named(new Expectation("a title string after 'title'")),
        (keyword, title) => (ClauseSyntax)new TitleClauseSyntax(title, keyword.Cover(title.Span)));

    private static readonly Parser<ClauseSyntax> AppliesTo = Sequence(
        Tokens.Keyword("applies"),
        Tokens.Keyword("to", new Expectation("'to' after 'applies'", "to")),
        Tokens.Identifier.Named(new Expectation("an entity kind after 'applies to', such as asset")),
        (keyword, to, kind) => (ClauseSyntax)new AppliesToClauseSyntax(kind, keyword.Cover(kind.Span)));

    private static readonly Parser<ClauseSyntax> Jurisdiction = Sequence(
        Tokens.Keyword("jurisdiction"),
        Tokens.JurisdictionCode.Named(new Expectation("a jurisdiction code after 'jurisdiction', such as JP")),
        (keyword, code) => (ClauseSyntax)new JurisdictionClauseSyntax(code, keyword.Cover(code.Span)));

    private static readonly Parser<ClauseSyntax> Version = Sequence(
        Tokens.Keyword("version"),
        Tokens.StringLiteral.Named(new Expectation("a version string after 'version', such as \"2026.1\"")),
        (keyword, version) => (ClauseSyntax)new VersionClauseSyntax(version, keyword.Cover(version.Span)));

    private static readonly Parser<ClauseSyntax> PackageClause =
        Title.XOr(AppliesTo).XOr(Jurisdiction).XOr(Version).XOr(Effective).Named(APackageClause);

    public static readonly Parser<PackageDeclarationSyntax> Package =
        Sequence(
            Tokens.Keyword("package"),
            Tokens.QualifiedName.Named(new Expectation("a package name after 'package', such as jp.jvcea")),
            PackageClause.XMany(),
            (keyword, name, clauses) => (keyword, name, clauses: clauses.ToList()))
        .Build((parts, context) =>
        {
            ReportDuplicateClauses(context, parts.clauses, "package");
            var end = parts.clauses.Count > 0 ? parts.clauses[parts.clauses.Count - 1].Span : parts.name.Span;
            return new PackageDeclarationSyntax(parts.name, parts.clauses, parts.keyword.Cover(end));
        });

    // Rule clauses.
    private static readonly Parser<ClauseSyntax> Severity = Sequence(
        Tokens.Keyword("severity"),
        Tokens.OneOf([.. Keywords.Severities], new Expectation("a severity level: blocker, major, minor or info", [.. Keywords.Severities])),
        (keyword, level) => (ClauseSyntax)new SeverityClauseSyntax(ParseSeverity(level.Word), keyword.Cover(level.Span)));

    private static readonly Parser<ClauseSyntax> Cite = Sequence(
        Tokens.Keyword("cite"),
        Tokens.StringLiteral.Named(new Expectation("a citation string after 'cite'")),
        (keyword, citation) => (ClauseSyntax)new CiteClauseSyntax(citation, keyword.Cover(citation.Span)));

    private static readonly Parser<ClauseSyntax> Tags = Sequence(
        Tokens.Keyword("tags"),
        Tokens.Symbol("[", new Expectation("'[' after 'tags'")),
        GrammarCombinators.CommaList(Tokens.StringLiteral.Named(new Expectation("a tag string")), Comma, Tokens.Symbol("]")),
        (keyword, open, tags) => (ClauseSyntax)new TagsClauseSyntax(tags.Items, keyword.Cover(tags.Close)));

    private static readonly Parser<ClauseSyntax> When = Sequence(
        Tokens.Keyword("when"),
        ExpressionAfter("when"),
        (keyword, condition) => (ClauseSyntax)new WhenClauseSyntax(condition, keyword.Cover(condition.Span)));

    private static readonly Parser<ClauseSyntax> Require = Sequence(
        Tokens.Keyword("require"),
        ExpressionAfter("require"),
        (keyword, condition) => (ClauseSyntax)new RequireClauseSyntax(condition, keyword.Cover(condition.Span)));

    private static readonly Parser<ClauseSyntax> Because = Sequence(
        Tokens.Keyword("because"),
        InterpolationParser.StringLiteral.Named(new Expectation("an explanation string after 'because'")),
        (keyword, text) => (ClauseSyntax)new BecauseClauseSyntax(text, keyword.Cover(text.Span)));

    private static readonly Parser<ClauseSyntax> Remedy = Sequence(
        Tokens.Keyword("remedy"),
        InterpolationParser.StringLiteral.Named(new Expectation("a remedy string after 'remedy'")),
        (keyword, text) => (ClauseSyntax)new RemedyClauseSyntax(text, keyword.Cover(text.Span)));

    private static readonly Parser<ClauseSyntax> RuleClause = Tokens.ByKeyword(
        ARuleClause,
        ("severity", Severity),
        ("cite", Cite),
        ("tags", Tags),
        ("effective", Effective),
        ("when", When),
        ("require", Require),
        ("because", Because),
        ("remedy", Remedy));

    private static readonly Parser<StringLiteralSyntax> RuleTitle = Tokens.StringLiteral.Named(new Expectation("a rule title string"));

    private static readonly Parser<MemberDeclarationSyntax> Rule =
        Sequence(
            Tokens.Keyword("rule"),
            Tokens.RuleId.Named(new Expectation("a rule id after 'rule', such as JP-GL-01")),
            RuleTitle.Maybe(),
            RuleClause.XMany(),
            (keyword, id, title, clauses) => (keyword, id, title, clauses: clauses.ToList()))
        .Build((parts, context) =>
        {
            ReportDuplicateClauses(context, parts.clauses, "rule");
            var end = parts.clauses.Count > 0 ? parts.clauses[parts.clauses.Count - 1].Span : parts.title?.Span ?? parts.id.Span;
            return (MemberDeclarationSyntax)new RuleDeclarationSyntax(parts.id, parts.title, parts.clauses, parts.keyword.Cover(end));
        });

    // param and let.
    private static readonly Parser<MemberDeclarationSyntax> Param = Sequence(
        Tokens.Keyword("param"),
        Tokens.Identifier.Named(new Expectation("a parameter name after 'param'")),
        Tokens.Symbol("=", new Expectation("'=' after the parameter name")),
        ExpressionAfter("="),
        (keyword, name, assign, value) => (MemberDeclarationSyntax)new ParamDeclarationSyntax(name, value, keyword.Cover(value.Span)));

    private static readonly Parser<MemberDeclarationSyntax> Let = Sequence(
        Tokens.Keyword("let"),
        Tokens.Identifier.Named(new Expectation("a name after 'let'")),
        Tokens.Symbol("=", new Expectation("'=' after the name")),
        ExpressionAfter("="),
        (keyword, name, assign, value) => (MemberDeclarationSyntax)new LetDeclarationSyntax(name, value, keyword.Cover(value.Span)));

    // Tests.
    private static readonly Parser<FieldInitializerSyntax> FieldInitializer = Sequence(
        Tokens.FieldName,
        Tokens.Symbol(":", new Expectation("':' after the field name")),
        ExpressionGrammar.Expression.Named(new Expectation("a value after ':'")),
        (name, colon, value) => new FieldInitializerSyntax(name, value, name.Span.Cover(value.Span)));

    private static readonly Parser<object> Given = Sequence(
        Tokens.Keyword("given"),
        Tokens.Identifier.Named(new Expectation("an entity kind after 'given', such as asset")),
        Tokens.Symbol("{", new Expectation("'{' after the entity kind")),
        GrammarCombinators.CommaList(FieldInitializer, Comma, Tokens.Symbol("}")),
        (keyword, kind, open, fields) => (object)new GivenSyntax(kind, fields.Items, keyword.Cover(fields.Close)));

    private static readonly Parser<object> AsOf = Sequence(
        Tokens.Keyword("as"),
        Tokens.Keyword("of", new Expectation("'of' after 'as'", "of")),
        Tokens.Date.Named(new Expectation("a date like 2026-01-01 after 'as of'")),
        (keyword, of, date) => (object)new AsOfLine(date, keyword.Cover(date.Span)));

    private static readonly Parser<StringLiteralSyntax?> ForEntity = Sequence(
        Tokens.Keyword("for"),
        Tokens.StringLiteral.Named(new Expectation("an entity key string after 'for', such as \"XMR\"")),
        (keyword, key) => key).Maybe();

    private static readonly Parser<Func<SourceSpan, ExpectationSyntax>> ExpectVerdict = Sequence(
        Tokens.Keyword("verdict"),
        Tokens.OneOf([.. Keywords.Verdicts], new Expectation("a verdict: blocked, at-risk, needs-evidence or ready", [.. Keywords.Verdicts])),
        ForEntity,
        (keyword, verdict, entity) => (Func<SourceSpan, ExpectationSyntax>)(start =>
            new ExpectVerdictSyntax(ParseVerdict(verdict.Word), entity, start.Cover(entity?.Span ?? verdict.Span))));

    private static readonly Parser<Func<SourceSpan, ExpectationSyntax>> ExpectOutcome = Sequence(
        Tokens.RuleId,
        Tokens.OneOf([.. Keywords.Outcomes], new Expectation("an outcome: pass, fail, unknown, not_applicable, waived or error", [.. Keywords.Outcomes])),
        ForEntity,
        (rule, outcome, entity) => (Func<SourceSpan, ExpectationSyntax>)(start =>
            new ExpectOutcomeSyntax(rule, ParseOutcome(outcome.Word), entity, start.Cover(entity?.Span ?? outcome.Span))));

    private static readonly Parser<object> Expect = Sequence(
        Tokens.Keyword("expect"),
        ExpectVerdict.XOr(ExpectOutcome).Named(new Expectation("a rule id such as JP-GL-01 or 'verdict' after 'expect'", "verdict")),
        (keyword, make) => (object)make(keyword));

    private static readonly Parser<object> TestLine = Given.XOr(AsOf).XOr(Expect).Named(ATestLine);

    private static readonly Parser<MemberDeclarationSyntax> Test =
        Sequence(
            Tokens.Keyword("test"),
            Tokens.StringLiteral.Named(new Expectation("a test name string after 'test'")),
            TestLine.XAtLeastOnce(),
            (keyword, name, lines) => (keyword, name, lines: lines.ToList()))
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
            : SequenceCombinators.Fail<T, TResult>(result);
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

    // OneOf has already checked the word against Keywords' lists; these only map the spelling.
    private static RuleSeverity ParseSeverity(string word) => word switch
    {
        "blocker" => RuleSeverity.Blocker,
        "major" => RuleSeverity.Major,
        "minor" => RuleSeverity.Minor,
        _ => RuleSeverity.Info,
    };

    private static Outcome ParseOutcome(string word) => word switch
    {
        "pass" => Outcome.Pass,
        "fail" => Outcome.Fail,
        "unknown" => Outcome.Unknown,
        "not_applicable" => Outcome.NotApplicable,
        "waived" => Outcome.Waived,
        _ => Outcome.Error,
    };

    private static Verdict ParseVerdict(string word) => word switch
    {
        "blocked" => Verdict.Blocked,
        "at-risk" => Verdict.AtRisk,
        "needs-evidence" => Verdict.NeedsEvidence,
        _ => Verdict.Ready,
    };

    /// <summary><c>as of DATE</c> inside a test, before the test is assembled.</summary>
    private sealed record AsOfLine(DateLiteralSyntax Date, SourceSpan Span);
}
