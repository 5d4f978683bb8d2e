using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Analysis;

/// <summary>
/// TAO4008: a param or let that no rule needs. A declaration counts as used when a rule's <c>when</c>, <c>require</c>,
/// <c>because</c> or <c>remedy</c> refers to it, directly or through lets; one used only by lets that are themselves
/// unused is reported too, naming them (reported at the declared name).
/// </summary>
internal sealed class UnusedDeclarationCheck : PackageCheck
{
    public override void Check(LintContext context, DiagnosticBag diagnostics)
    {
        var package = context.Package;
        var used = UsedByRules(package);

        // A reference inside an expression that failed to bind is lost from the bound tree; the names written in the
        // source still count, so that one binding error does not also make its operands look unused.
        var written = package.HasErrors ? NamesWritten(package) : [];

        // Who refers to each declaration, among the lets no rule needs.
        var unusedLets = package.Lets.Where(l => !used.Lets.Contains(l)).ToList();
        var usersOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var let in unusedLets)
        {
            var references = new ReferenceCollector();
            references.VisitExpression(let.Expression);
            foreach (var name in references.Params.Select(p => p.Name).Concat(references.Lets.Select(l => l.Name)).Distinct(StringComparer.Ordinal))
            {
                if (!usersOf.TryGetValue(name, out var users))
                {
                    usersOf.Add(name, users = []);
                }

                users.Add(let.Name);
            }
        }

        // Repeated names were reported by the binder (TAO3008); lets on a cycle lost their references (TAO3006).
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var param in package.Params)
        {
            if (names.Add(param.Name) && !used.Params.Contains(param) && !written.Contains(param.Name) && !param.Type.IsError)
            {
                diagnostics.Add(DiagnosticCatalog.UnusedDeclaration, param.Syntax.Name.Span, "param", param.Name, OnlyUsedBy(param.Name, usersOf));
            }
        }

        foreach (var let in unusedLets.OrderBy(l => l.Syntax.Span.Start))
        {
            if (names.Add(let.Name) && !written.Contains(let.Name) && !let.Type.IsError)
            {
                diagnostics.Add(DiagnosticCatalog.UnusedDeclaration, let.Syntax.Name.Span, "let", let.Name, OnlyUsedBy(let.Name, usersOf));
            }
        }
    }

    /// <summary>The params and lets the rules reach, directly or through the lets they use.</summary>
    private static ReferenceCollector UsedByRules(BoundPackage package)
    {
        var used = new ReferenceCollector();
        foreach (var rule in package.Rules)
        {
            used.VisitRule(rule);
        }

        var visited = new HashSet<BoundLet>();
        var pending = new Stack<BoundLet>(used.Lets);
        while (pending.Count > 0)
        {
            var let = pending.Pop();
            if (!visited.Add(let))
            {
                continue;
            }

            var before = used.Lets.Count;
            used.VisitExpression(let.Expression);
            if (used.Lets.Count != before)
            {
                foreach (var reached in used.Lets.Where(l => !visited.Contains(l)))
                {
                    pending.Push(reached);
                }
            }
        }

        return used;
    }

    private static string OnlyUsedBy(string name, Dictionary<string, List<string>> usersOf) =>
        usersOf.TryGetValue(name, out var users)
            ? $" by any rule; only the unused {(users.Count == 1 ? "let" : "lets")} {string.Join(", ", users.Select(u => "'" + u + "'"))} {(users.Count == 1 ? "refers" : "refer")} to it"
            : string.Empty;

    private static HashSet<string> NamesWritten(BoundPackage package) =>
        new(
            package.Root.DescendantNodesAndSelf().OfType<NameExpressionSyntax>().Select(n => n.Identifier.Name),
            StringComparer.Ordinal);

    private sealed class ReferenceCollector : BoundTreeWalker
    {
        public HashSet<BoundParam> Params { get; } = [];

        public HashSet<BoundLet> Lets { get; } = [];

        public override void VisitExpression(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundParamReference param:
                    Params.Add(param.Param);
                    break;
                case BoundLetReference let:
                    Lets.Add(let.Let);
                    break;
                default:
                    base.VisitExpression(expression);
                    break;
            }
        }
    }
}
