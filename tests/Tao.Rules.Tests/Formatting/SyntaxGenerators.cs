using System.Globalization;
using CsCheck;
using Tao.Rules.Syntax;
using Tao.Rules.Text;
using Tao.Rules.Units;

namespace Tao.Rules.Tests.Formatting;

/// <summary>
/// CsCheck generators of random, syntactically valid rule files as syntax trees (spans left empty). Names avoid the
/// reserved words and the unit names; numbers carry a text that reads back to their value; strings contain the
/// characters that need escaping.
/// </summary>
internal static class SyntaxGenerators
{
    private static readonly SourceSpan None = default;

    /// <summary>Reserved words of the DSL, plus the enumeration spellings, which are kept out of names for readability.</summary>
    private static readonly HashSet<string> NotANameSet = new(StringComparer.Ordinal)
    {
        "package", "title", "applies", "to", "jurisdiction", "version", "effective", "until", "param", "let", "rule",
        "severity", "cite", "tags", "when", "require", "because", "remedy", "test", "given", "as", "of", "expect",
        "verdict", "for", "and", "or", "not", "in", "between", "true", "false", "all", "where",
        "blocker", "major", "minor", "info", "pass", "fail", "unknown", "waived", "error", "ready", "blocked",
    };

    private static readonly string[] CompoundUnits = ["TAO/block", "USD/day", "alpha/block", "TAO/day"];

    public static readonly Gen<string> Name =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz_"], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"], 0, 7], (first, rest) => first + rest)
            .Where(n => !NotANameSet.Contains(n) && !UnitRegistry.TryGetAtom(n, out _));

    public static readonly Gen<IdentifierSyntax> Identifier = Name.Select(n => new IdentifierSyntax(n, None));

    /// <summary>Text with quotes, backslashes, line breaks, tabs, braces, a <c>#</c> and a non-ASCII letter.</summary>
    public static readonly Gen<string> StringValue = Gen.String[Gen.Char["ab XYZ019\"\\\n\t{}#é.:"], 0, 12];

    public static readonly Gen<StringLiteralSyntax> StringLiteral = StringValue.Select(s => new StringLiteralSyntax(s, None));

    public static readonly Gen<DateLiteralSyntax> DateLiteral =
        Gen.Select(Gen.Int[1990, 2099], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new DateLiteralSyntax(new DateTime(y, m, d), None));

    public static readonly Gen<string> NumberText = Gen.OneOf(
        Gen.Int[0, 999_999_999].Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Int[1_000, 999_999_999].Select(i => i.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '_')),
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 999], (whole, fraction) => whole.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0').PadRight(1, '0')),
        Gen.Select(Gen.Int[1, 9], Gen.Int[-12, 12], (mantissa, exponent) => mantissa.ToString(CultureInfo.InvariantCulture) + "e" + exponent.ToString(CultureInfo.InvariantCulture)));

    public static readonly Gen<string> UnitText = Gen.OneOf(
        Gen.OneOfConst(UnitRegistry.Names.OrderBy(n => n, StringComparer.Ordinal).ToArray()),
        Gen.OneOfConst(CompoundUnits));

    public static readonly Gen<ExpressionSyntax> NumberLiteral =
        Gen.Select(NumberText, UnitText.Null(0.5), (text, unit) => (ExpressionSyntax)new NumberLiteralSyntax(
            double.Parse(text.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture),
            text,
            unit is null ? null : new UnitSyntax(unit, None),
            None));

    /// <summary><c>asset</c>, <c>asset.field</c> or <c>asset.field.sub</c>.</summary>
    public static readonly Gen<ExpressionSyntax> Path =
        Gen.Select(Identifier, Identifier.Array[0, 2], (head, members) =>
            members.Aggregate((ExpressionSyntax)new NameExpressionSyntax(head, None), (target, member) => new MemberAccessExpressionSyntax(target, member, None)));

    public static readonly Gen<ExpressionSyntax> Leaf = LeafOf(withStrings: true);

    /// <summary>
    /// Holes of <c>because</c>/<c>remedy</c> texts are read in place inside the string literal, so they cannot contain
    /// string literals of their own.
    /// </summary>
    private static Gen<ExpressionSyntax> LeafOf(bool withStrings)
    {
        var choices = new List<(int, IGen<ExpressionSyntax>)>
        {
            (3, NumberLiteral),
            (1, Gen.Bool.Select(b => (ExpressionSyntax)new BooleanLiteralSyntax(b, None))),
            (1, DateLiteral.Select(d => (ExpressionSyntax)d)),
            (4, Path),
        };
        if (withStrings)
        {
            choices.Add((2, StringLiteral.Select(s => (ExpressionSyntax)s)));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>Random expressions of at most <paramref name="depth"/> levels of operators, calls and lists.</summary>
    public static Gen<ExpressionSyntax> Expression(int depth, bool withStrings = true)
    {
        var leaf = LeafOf(withStrings);
        if (depth <= 0)
        {
            return leaf;
        }

        var sub = Expression(depth - 1, withStrings);
        return Gen.Frequency(
            (3, leaf),
            (4, Gen.Select(sub, Gen.Enum<BinaryOperator>(), sub, (l, op, r) => (ExpressionSyntax)new BinaryExpressionSyntax(l, op, r, None))),
            (1, Gen.Select(Gen.Enum<UnaryOperator>(), sub, (op, operand) => (ExpressionSyntax)new UnaryExpressionSyntax(op, operand, None))),
            (1, Gen.Select(sub, sub, Gen.Bool, (value, collection, negated) => (ExpressionSyntax)new InExpressionSyntax(value, collection, negated, None))),
            (1, Gen.Select(sub, sub, sub, (value, lower, upper) => (ExpressionSyntax)new BetweenExpressionSyntax(value, lower, upper, None))),
            (1, sub.Select(e => (ExpressionSyntax)new ParenthesizedExpressionSyntax(e, None))),
            (1, sub.Array[0, 3].Select(e => (ExpressionSyntax)new ListExpressionSyntax(e, None))),
            (1, Gen.Select(Identifier, sub.Array[0, 3], (f, args) => (ExpressionSyntax)new CallExpressionSyntax(f, args, None))),
            (1, Gen.Select(sub, Identifier, (target, member) => (ExpressionSyntax)new MemberAccessExpressionSyntax(target, member, None))),
            (1, Lambda(sub)),
            (1, Population(sub)));
    }

    /// <summary><c>any(collection, x =&gt; body)</c> or <c>all(...)</c>.</summary>
    private static Gen<ExpressionSyntax> Lambda(Gen<ExpressionSyntax> body) =>
        Gen.Select(Gen.OneOfConst("any", "all", "count_if"), Path, Identifier, body, (function, collection, parameter, b) =>
            (ExpressionSyntax)new CallExpressionSyntax(
                new IdentifierSyntax(function, None),
                [collection, new LambdaExpressionSyntax(parameter, b, None)],
                None));

    /// <summary><c>sum(all subnet.x where filter)</c> and the other population aggregates.</summary>
    private static Gen<ExpressionSyntax> Population(Gen<ExpressionSyntax> filter) =>
        Gen.Select(Gen.OneOfConst("sum", "count", "min", "max", "avg", "rank"), Path, filter.Null(0.3), (function, selector, f) =>
            (ExpressionSyntax)new CallExpressionSyntax(
                new IdentifierSyntax(function, None),
                [new PopulationExpressionSyntax(selector, f, None)],
                None));

    public static readonly Gen<InterpolatedStringSyntax> Interpolation =
        Gen.Select(Gen.String[Gen.Char["ab XYZ\"\\\n\t{}#é"], 1, 8].Array[1, 4], Expression(2, withStrings: false).Array[0, 3], (texts, holes) =>
        {
            // Alternate text and holes: two text parts in a row would read back as one.
            var parts = new List<InterpolationPartSyntax>();
            for (var i = 0; i < Math.Max(texts.Length, holes.Length); i++)
            {
                if (i < texts.Length)
                {
                    parts.Add(new InterpolationTextSyntax(texts[i], None));
                }

                if (i < holes.Length)
                {
                    parts.Add(new InterpolationHoleSyntax(holes[i], None));
                }
            }

            return new InterpolatedStringSyntax(parts, None);
        });

    public static readonly Gen<EffectiveClauseSyntax> Effective =
        Gen.Select(DateLiteral, DateLiteral.Null(0.5), (from, until) => new EffectiveClauseSyntax(from, until, None));

    public static readonly Gen<PackageDeclarationSyntax> Package =
        Gen.Select(Name.Array[1, 3], PackageClauses(), (parts, clauses) =>
            new PackageDeclarationSyntax(new QualifiedNameSyntax(string.Join(".", parts), None), clauses, None));

    private static Gen<ClauseSyntax[]> PackageClauses()
    {
        var title = StringLiteral.Select(s => (ClauseSyntax)new TitleClauseSyntax(s, None));
        var appliesTo = Gen.OneOfConst("asset", "subnet").Select(k => (ClauseSyntax)new AppliesToClauseSyntax(new IdentifierSyntax(k, None), None));
        var jurisdiction = Gen.OneOfConst("JP", "HK", "EU", "US", "SG").Select(c => (ClauseSyntax)new JurisdictionClauseSyntax(new IdentifierSyntax(c, None), None));
        var version = StringLiteral.Select(s => (ClauseSyntax)new VersionClauseSyntax(s, None));
        var effective = Effective.Select(e => (ClauseSyntax)e);
        return SomeInAnyOrder(title, appliesTo, jurisdiction, version, effective);
    }

    private static readonly Gen<ExpressionSyntax> Condition = Expression(3);

    private static Gen<ClauseSyntax[]> RuleClauses()
    {
        var severity = Gen.Enum<RuleSeverity>().Select(s => (ClauseSyntax)new SeverityClauseSyntax(s, None));
        var cite = StringLiteral.Select(s => (ClauseSyntax)new CiteClauseSyntax(s, None));
        var tags = StringLiteral.Array[0, 3].Select(t => (ClauseSyntax)new TagsClauseSyntax(t, None));
        var effective = Effective.Select(e => (ClauseSyntax)e);
        var when = Condition.Select(c => (ClauseSyntax)new WhenClauseSyntax(c, None));
        var because = Interpolation.Select(t => (ClauseSyntax)new BecauseClauseSyntax(t, None));
        var remedy = Interpolation.Select(t => (ClauseSyntax)new RemedyClauseSyntax(t, None));
        var require = Condition.Select(c => (ClauseSyntax)new RequireClauseSyntax(c, None));

        // Every rule has a require; the other clauses come and go, in any order.
        return Gen.Select(SomeInAnyOrder(severity, cite, tags, effective, when, because, remedy), require, Gen.Int[0, 7], (others, r, at) =>
        {
            var list = others.ToList();
            list.Insert(Math.Min(at, list.Count), r);
            return list.ToArray();
        });
    }

    public static Gen<RuleDeclarationSyntax> Rule(int index) =>
        Gen.Select(Gen.OneOfConst("JP", "HK", "SN", "EU"), Gen.OneOfConst("GL", "PRIV", "CUST", "FLOW"), StringLiteral.Null(0.2), RuleClauses(), (prefix, area, title, clauses) =>
            new RuleDeclarationSyntax(new RuleIdSyntax(prefix + "-" + area + "-" + index.ToString("00", CultureInfo.InvariantCulture), None), title, clauses, None));

    private static readonly Gen<ExpressionSyntax> FieldValue = Gen.Frequency(
        (6, Leaf),
        (1, NumberLiteral.Select(n => (ExpressionSyntax)new UnaryExpressionSyntax(UnaryOperator.Negate, n, None))),
        (1, Leaf.Array[0, 3].Select(e => (ExpressionSyntax)new ListExpressionSyntax(e, None))));

    public static readonly Gen<GivenSyntax> Given =
        Gen.Select(Gen.OneOfConst("asset", "subnet"), Gen.Select(Identifier, FieldValue, (n, v) => new FieldInitializerSyntax(n, v, None)).Array[0, 9], (kind, fields) =>
            new GivenSyntax(new IdentifierSyntax(kind, None), fields, None));

    public static readonly Gen<ExpectationSyntax> Expectation = Gen.OneOf(
        Gen.Select(Gen.OneOfConst("JP-GL-01", "HK-CUST-12", "SN-FLOW-03"), Gen.Enum<Outcome>(), StringLiteral.Null(0.6), (id, outcome, entity) =>
            (ExpectationSyntax)new ExpectOutcomeSyntax(new RuleIdSyntax(id, None), outcome, entity, None)),
        Gen.Select(Gen.Enum<Verdict>(), StringLiteral.Null(0.6), (verdict, entity) =>
            (ExpectationSyntax)new ExpectVerdictSyntax(verdict, entity, None)));

    public static readonly Gen<TestDeclarationSyntax> Test =
        Gen.Select(StringLiteral, Given.Array[1, 3], DateLiteral.Null(0.5), Expectation.Array[1, 3], (name, givens, asOf, expectations) =>
            new TestDeclarationSyntax(name, givens, asOf, expectations, None));

    private static readonly Gen<MemberDeclarationSyntax> Param =
        Gen.Select(Identifier, Gen.Frequency((3, Leaf), (1, Expression(2))), (name, value) => (MemberDeclarationSyntax)new ParamDeclarationSyntax(name, value, None));

    private static readonly Gen<MemberDeclarationSyntax> Let =
        Gen.Select(Identifier, Expression(3), (name, value) => (MemberDeclarationSyntax)new LetDeclarationSyntax(name, value, None));

    /// <summary>A whole file: a package header and up to a dozen members (rules get distinct ids).</summary>
    public static readonly Gen<CompilationUnitSyntax> CompilationUnit =
        Gen.Select(Package, Gen.Int[0, 3].Array[0, 12], (package, kinds) => (package, kinds))
            .SelectMany(t => MembersFor(t.kinds).Select(members => new CompilationUnitSyntax(t.package, members, [], None)));

    private static Gen<MemberDeclarationSyntax[]> MembersFor(int[] kinds)
    {
        var members = kinds.Select((kind, index) => kind switch
        {
            0 => Param,
            1 => Let,
            2 => Rule(index).Select(r => (MemberDeclarationSyntax)r),
            _ => Test.Select(t => (MemberDeclarationSyntax)t),
        }).ToArray();
        return Sequence(members);
    }

    private static Gen<T[]> Sequence<T>(Gen<T>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (acc, gen) => Gen.Select(acc, gen, (items, item) => items.Append(item).ToArray()));

    /// <summary>Each of <paramref name="gens"/> kept or dropped at random, shuffled.</summary>
    private static Gen<T[]> SomeInAnyOrder<T>(params Gen<T>[] gens)
        where T : class =>
        Sequence(gens.Select(g => g.Null(0.4)).ToArray())
            .SelectMany(items => Gen.Shuffle(items.Where(i => i is not null).Select(i => i!).ToArray()));
}
