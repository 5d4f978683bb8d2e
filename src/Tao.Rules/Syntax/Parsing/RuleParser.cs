using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Parses the DSL (<c>*.rules</c>) into the syntax tree. A file is parsed statement by statement: after a syntax error
/// the parser reports it (at the furthest point the grammar reached, saying what it expected) and resumes at the next
/// <c>rule</c>, <c>let</c>, <c>param</c> or <c>test</c>, so one run reports every independent mistake.
/// Nothing here throws: every problem becomes a diagnostic.
/// </summary>
public static class RuleParser
{
    /// <summary>
    /// How deeply parentheses, brackets, calls, lambdas, populations and unary operators may nest before TAO1003.
    /// Operator chains (<c>a + b + ...</c>) and member chains are read by loops and not limited here; they make
    /// left-leaning trees, which the binder bounds and <see cref="SyntaxPrinter"/> walks without recursion.
    /// </summary>
    public const int MaxNestingDepth = 64;


    private static readonly Expectation EndOfExpression = new("the end of the expression");

    /// <summary>Parses a whole <c>*.rules</c> file; the tree holds every declaration that parsed.</summary>
    public static RuleSyntaxTree ParseFile(SourceText text)
    {
        try
        {
            return FileParser.Parse(text);
        }
        catch (Exception e)
        {
            return Crashed(text, e);
        }
    }

    /// <summary>
    /// Parses text that must be exactly one expression (a YAML scalar, through <see cref="SourceText.Embedded"/>, so
    /// spans and diagnostics point into the YAML file). Returns null when it is not one.
    /// </summary>
    public static ExpressionSyntax? ParseExpression(SourceText text, DiagnosticBag diagnostics)
    {
        try
        {
            var context = new ParseContext(text, 0, text.Length, collectComments: false, "expression");
            var start = Tokens.SkipTrivia(context, 0);
            var result = ExpressionGrammar.Expression(context.InputAt(start));
            ExpressionSyntax? expression = null;
            if (result.WasSuccessful && result.Remainder.AtEnd)
            {
                expression = result.Value;
            }
            else
            {
                if (result.WasSuccessful)
                {
                    context.Failures.Expect(result.Remainder.Position, EndOfExpression);
                }

                FileParser.ReportFailure(context, start);
            }

            diagnostics.AddRange(DiagnosticOrder.Sort(context.Diagnostics));
            return expression;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticCatalog.SyntaxError, text.GetLocation(0, 0), CrashMessage(e));
            return null;
        }
    }

    /// <summary>
    /// Parses the content of a <c>because</c>/<c>remedy</c> text without its quotes (as YAML gives it): literal parts and
    /// <c>{expression}</c> holes, <c>{{</c> and <c>}}</c> for literal braces. Backslashes are literal here.
    /// </summary>
    public static InterpolatedStringSyntax ParseInterpolation(SourceText text, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(text, 0, text.Length);
        try
        {
            var context = new ParseContext(text, 0, text.Length, collectComments: false, "text");
            var result = InterpolationParser.Parse(context, 0, text.Length, resolveEscapes: false, span);
            diagnostics.AddRange(DiagnosticOrder.Sort(context.Diagnostics));
            return result;
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticCatalog.SyntaxError, text.GetLocation(0, 0), CrashMessage(e));
            return new InterpolatedStringSyntax([new InterpolationTextSyntax(text.Content, span)], span);
        }
    }

    // A bug in the parser must not take the host down with it; it is reported like any other problem in the file.
    private static RuleSyntaxTree Crashed(SourceText text, Exception e)
    {
        var span = new SourceSpan(text, 0, text.Length);
        var root = new CompilationUnitSyntax(null, [], [], span);
        return new RuleSyntaxTree(text, SourceLanguage.Dsl, root, [Diagnostic.Create(DiagnosticCatalog.SyntaxError, text.GetLocation(0, 0), CrashMessage(e))]);
    }

    private static string CrashMessage(Exception e) => $"the parser failed unexpectedly ({e.GetType().Name}: {e.Message}); please report this file";
}
