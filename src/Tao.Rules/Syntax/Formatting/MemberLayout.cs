namespace Tao.Rules.Syntax.Formatting;

/// <summary>Turns the package header and each member into layout items, in canonical order.</summary>
internal static class MemberLayout
{
    private const int ClauseIndent = 2;
    private const int FieldIndent = 4;

    public static List<LayoutItem> Package(PackageDeclarationSyntax package)
    {
        var items = new List<LayoutItem>
        {
            new(package.Span.Start, package.Name.Span.End, 0, ["package " + package.Name.Name]),
        };
        items.AddRange(package.Clauses
            .OrderBy(ClauseLayout.PackageRank)
            .Select(c => LayoutItem.For(c, ClauseIndent, ClauseLayout.Lines(c, ClauseIndent))));
        return items;
    }

    public static LayoutItem Param(ParamDeclarationSyntax param) =>
        LayoutItem.For(param, 0, "param " + param.Name.Name + " = " + ExpressionFormatter.Format(param.Value, ExpressionFormatter.StatementPrecedence));

    public static LayoutItem Let(LetDeclarationSyntax let) =>
        LayoutItem.For(let, 0, ConditionLayout.Lines("let " + let.Name.Name + " = ", let.Value, 0));

    public static List<LayoutItem> Rule(RuleDeclarationSyntax rule)
    {
        var header = "rule " + rule.Id.Id + (rule.Title is { } title ? " " + LiteralText.Quote(title.Value) : string.Empty);
        var headerEnd = (rule.Title?.Span ?? rule.Id.Span).End;
        var items = new List<LayoutItem> { new(rule.Span.Start, headerEnd, 0, [header]) };
        items.AddRange(rule.Clauses
            .OrderBy(ClauseLayout.RuleRank)
            .Select(c => LayoutItem.For(c, ClauseIndent, ClauseLayout.Lines(c, ClauseIndent))));
        return items;
    }

    public static List<LayoutItem> Test(TestDeclarationSyntax test)
    {
        var items = new List<LayoutItem> { new(test.Span.Start, test.Name.Span.End, 0, ["test " + LiteralText.Quote(test.Name.Value)]) };
        items.AddRange(test.Givens.Select(g => LayoutItem.For(g, ClauseIndent, Given(g))));
        if (test.AsOf is { } asOf)
        {
            items.Add(LayoutItem.For(asOf, ClauseIndent, Pad(ClauseIndent) + "as of " + LiteralText.Date(asOf.Value)));
        }

        items.AddRange(test.Expectations.Select(e => LayoutItem.For(e, ClauseIndent, Pad(ClauseIndent) + Expectation(e))));
        return items;
    }

    private static IReadOnlyList<string> Given(GivenSyntax given)
    {
        var opening = Pad(ClauseIndent) + "given " + given.Kind.Name + " {";
        if (given.Fields.Count == 0)
        {
            return [opening + "}"];
        }

        var fields = given.Fields
            .Select(f => f.Name.Name + ": " + ExpressionFormatter.Format(f.Value, ExpressionFormatter.StatementPrecedence))
            .ToList();
        var oneLine = opening + " " + string.Join(", ", fields) + " }";
        if (oneLine.Length <= RuleFormatter.MaxLineWidth)
        {
            return [oneLine];
        }

        var lines = new List<string>(fields.Count + 2) { opening };
        for (var i = 0; i < fields.Count; i++)
        {
            lines.Add(Pad(FieldIndent) + fields[i] + (i < fields.Count - 1 ? "," : string.Empty));
        }

        lines.Add(Pad(ClauseIndent) + "}");
        return lines;
    }

    private static string Expectation(ExpectationSyntax expectation)
    {
        var text = expectation switch
        {
            ExpectOutcomeSyntax outcome => "expect " + outcome.Rule.Id + " " + Keywords.Of(outcome.Outcome),
            ExpectVerdictSyntax verdict => "expect verdict " + Keywords.Of(verdict.Verdict),
            _ => throw new ArgumentException($"Cannot format an expectation of type {expectation.GetType().Name}.", nameof(expectation)),
        };
        return expectation.Entity is { } entity ? text + " for " + LiteralText.Quote(entity.Value) : text;
    }

    private static string Pad(int width) => new(' ', width);
}
