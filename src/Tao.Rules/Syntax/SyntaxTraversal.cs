namespace Tao.Rules.Syntax;

/// <summary>Walks a syntax tree: the children of any node, and all nodes below it in source order.</summary>
public static class SyntaxTraversal
{
    /// <summary>The node and every node below it, depth first, children in source order. Iterative: no deep recursion.</summary>
    public static IEnumerable<SyntaxNode> DescendantNodesAndSelf(this SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = ChildNodes(node);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>The direct children of a node, in source order.</summary>
    public static IReadOnlyList<SyntaxNode> ChildNodes(this SyntaxNode node)
    {
        var children = new List<SyntaxNode>();
        void Add(SyntaxNode? child)
        {
            if (child is not null)
            {
                children.Add(child);
            }
        }

        switch (node)
        {
            case CompilationUnitSyntax unit:
                Add(unit.Package);
                children.AddRange(unit.Members);
                break;
            case PackageDeclarationSyntax package:
                Add(package.Name);
                children.AddRange(package.Clauses);
                break;
            case ParamDeclarationSyntax param:
                Add(param.Name);
                Add(param.Value);
                break;
            case LetDeclarationSyntax let:
                Add(let.Name);
                Add(let.Value);
                break;
            case RuleDeclarationSyntax rule:
                Add(rule.Id);
                Add(rule.Title);
                children.AddRange(rule.Clauses);
                break;
            case TestDeclarationSyntax test:
                Add(test.Name);
                children.AddRange(test.Givens);
                Add(test.AsOf);
                children.AddRange(test.Expectations);
                break;
            case GivenSyntax given:
                Add(given.Kind);
                children.AddRange(given.Fields);
                break;
            case FieldInitializerSyntax field:
                Add(field.Name);
                Add(field.Value);
                break;
            case ExpectOutcomeSyntax expect:
                Add(expect.Rule);
                Add(expect.Entity);
                break;
            case ExpectVerdictSyntax expect:
                Add(expect.Entity);
                break;
            case TitleClauseSyntax clause:
                Add(clause.Title);
                break;
            case AppliesToClauseSyntax clause:
                Add(clause.Kind);
                break;
            case JurisdictionClauseSyntax clause:
                Add(clause.Code);
                break;
            case VersionClauseSyntax clause:
                Add(clause.Version);
                break;
            case EffectiveClauseSyntax clause:
                Add(clause.From);
                Add(clause.Until);
                break;
            case CiteClauseSyntax clause:
                Add(clause.Citation);
                break;
            case TagsClauseSyntax clause:
                children.AddRange(clause.Tags);
                break;
            case WhenClauseSyntax clause:
                Add(clause.Condition);
                break;
            case RequireClauseSyntax clause:
                Add(clause.Condition);
                break;
            case BecauseClauseSyntax clause:
                Add(clause.Text);
                break;
            case RemedyClauseSyntax clause:
                Add(clause.Text);
                break;
            case InterpolatedStringSyntax text:
                children.AddRange(text.Parts);
                break;
            case InterpolationHoleSyntax hole:
                Add(hole.Expression);
                break;
            case NumberLiteralSyntax number:
                Add(number.Unit);
                break;
            case ListExpressionSyntax list:
                children.AddRange(list.Elements);
                break;
            case NameExpressionSyntax name:
                Add(name.Identifier);
                break;
            case MemberAccessExpressionSyntax member:
                Add(member.Target);
                Add(member.Member);
                break;
            case CallExpressionSyntax call:
                Add(call.Function);
                children.AddRange(call.Arguments);
                break;
            case LambdaExpressionSyntax lambda:
                Add(lambda.Parameter);
                Add(lambda.Body);
                break;
            case UnaryExpressionSyntax unary:
                Add(unary.Operand);
                break;
            case BinaryExpressionSyntax binary:
                Add(binary.Left);
                Add(binary.Right);
                break;
            case InExpressionSyntax @in:
                Add(@in.Value);
                Add(@in.Collection);
                break;
            case BetweenExpressionSyntax between:
                Add(between.Value);
                Add(between.Lower);
                Add(between.Upper);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Add(parenthesized.Expression);
                break;
            case PopulationExpressionSyntax population:
                Add(population.Selector);
                Add(population.Filter);
                break;
        }

        return children;
    }
}
