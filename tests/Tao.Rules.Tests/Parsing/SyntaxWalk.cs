using System.Reflection;
using Tao.Rules.Syntax;

namespace Tao.Rules.Tests.Parsing;

/// <summary>Visits every node of a tree through its properties, for invariants that must hold for all node types.</summary>
internal static class SyntaxWalk
{
    /// <summary>
    /// Calls <paramref name="visit"/> with each node and its parent (null for the root); comments excluded. Views such as
    /// <c>RuleDeclarationSyntax.Severity</c> repeat a child of <c>Clauses</c>, so such nodes are visited twice.
    /// </summary>
    public static void Visit(SyntaxNode root, Action<SyntaxNode, SyntaxNode?> visit)
    {
        var stack = new Stack<(SyntaxNode Node, SyntaxNode? Parent)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            visit(node, parent);
            foreach (var child in Children(node))
            {
                stack.Push((child, node));
            }
        }
    }

    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "Span" or "EqualityContract" or "Comments" || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is SyntaxNode element)
                        {
                            yield return element;
                        }
                    }

                    break;
            }
        }
    }
}
