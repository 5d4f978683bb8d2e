using Tao.Rules.Binding;
using Tao.Rules.Diagnostics;
using Tao.Rules.Syntax;

namespace Tao.Rules.Analysis;

/// <summary>TAO4008: a param or let that no rule, let or text uses.</summary>
internal sealed class UnusedDeclarationCheck : PackageCheck
{
    public override void Check(BoundPackage package, DiagnosticBag diagnostics)
    {
        var walker = new ReferenceCollector();
        walker.VisitPackage(package);

        // A reference inside an expression that failed to bind is lost from the bound tree; the names written in the
        // source still count, so that one binding error does not also make its operands look unused.
        var written = package.HasErrors ? NamesWritten(package) : [];

        // Repeated names were reported by the binder (TAO3008); lets on a cycle lost their references (TAO3006).
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var param in package.Params)
        {
            if (names.Add(param.Name) && !walker.Params.Contains(param) && !written.Contains(param.Name) && !param.Type.IsError)
            {
                diagnostics.Add(DiagnosticCatalog.UnusedDeclaration, param.Syntax.Name.Span, "param", param.Name);
            }
        }

        foreach (var let in package.Lets.OrderBy(l => l.Syntax.Span.Start))
        {
            if (names.Add(let.Name) && !walker.Lets.Contains(let) && !written.Contains(let.Name) && !let.Type.IsError)
            {
                diagnostics.Add(DiagnosticCatalog.UnusedDeclaration, let.Syntax.Name.Span, "let", let.Name);
            }
        }
    }

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
