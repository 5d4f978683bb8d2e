using Tao.Rules.Syntax;

namespace Tao.Rules.Binding;

/// <summary>Which expressions are constants as written: literals, lists, and operators over them (no names, no calls).</summary>
internal static class ConstantSyntax
{
    private const int MaxDepth = 1_000;

    /// <summary>The first part of <paramref name="syntax"/> that is not constant, or null when all of it is.</summary>
    public static ExpressionSyntax? FindNonConstant(ExpressionSyntax syntax, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return syntax;
        }

        return syntax switch
        {
            NumberLiteralSyntax or StringLiteralSyntax or BooleanLiteralSyntax or DateLiteralSyntax => null,
            ListExpressionSyntax list => list.Elements.Select(e => FindNonConstant(e, depth + 1)).FirstOrDefault(e => e is not null),
            ParenthesizedExpressionSyntax parenthesized => FindNonConstant(parenthesized.Expression, depth + 1),
            UnaryExpressionSyntax unary => FindNonConstant(unary.Operand, depth + 1),
            BinaryExpressionSyntax binary => FindNonConstant(binary.Left, depth + 1) ?? FindNonConstant(binary.Right, depth + 1),
            _ => syntax,
        };
    }
}
