using System.Text;

namespace Tao.Rules.Syntax.Formatting;

/// <summary>Writes a <c>because</c>/<c>remedy</c> text: literal parts re-escaped with doubled braces, holes as <c>{expr}</c>.</summary>
internal static class InterpolationFormatter
{
    public static string Format(InterpolatedStringSyntax text)
    {
        var builder = new StringBuilder();
        builder.Append('"');
        foreach (var part in text.Parts)
        {
            switch (part)
            {
                case InterpolationTextSyntax literal:
                    LiteralText.AppendEscaped(builder, literal.Text, doubleBraces: true);
                    break;
                case InterpolationHoleSyntax hole:
                    builder.Append('{');
                    builder.Append(ExpressionFormatter.Format(hole.Expression, ExpressionFormatter.StatementPrecedence));
                    builder.Append('}');
                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }
}
