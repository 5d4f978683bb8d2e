using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Syntax.Parsing;

/// <summary>The statement-by-statement driver of <see cref="RuleParser.ParseFile"/>, with error recovery.</summary>
internal static class FileParser
{
    public static RuleSyntaxTree Parse(SourceText text)
    {
        var context = new ParseContext(text, 0, text.Length, collectComments: true, "file");
        var position = Tokens.SkipTrivia(context, 0);
        var package = default(PackageDeclarationSyntax);
        var members = new List<MemberDeclarationSyntax>();

        if (IsWordAt(context, position, "package"))
        {
            BeginStatement(context);
            var result = DeclarationGrammar.Package(context.InputAt(position));
            if (result.WasSuccessful)
            {
                package = result.Value;
                position = EndStatement(context, result.Remainder.Position);
            }
            else
            {
                position = ReportAndRecover(context, position);
            }
        }
        else
        {
            var found = position >= context.Limit ? "; the file is empty" : "; found " + TokenDescriber.Describe(context, position);
            context.Report(DiagnosticCatalog.MissingPackage, 0, 0, found);
            position = SkipToNextMember(context, position, mustAdvance: false);
        }

        while (position < context.Limit)
        {
            BeginStatement(context);
            var result = DeclarationGrammar.Member(context.InputAt(position));
            if (result.WasSuccessful)
            {
                members.Add(result.Value);
                position = EndStatement(context, result.Remainder.Position);
            }
            else
            {
                position = ReportAndRecover(context, position);
            }
        }

        var root = new CompilationUnitSyntax(package, members, context.Comments, context.Span(0, text.Length));
        return new RuleSyntaxTree(text, SourceLanguage.Dsl, root, DiagnosticOrder.Sort(context.Diagnostics));
    }

    /// <summary>Reports why a statement or expression failed: TAO1003 if it nested too deeply, else TAO1001.</summary>
    public static int ReportFailure(ParseContext context, int statementStart)
    {
        if (context.DepthExceededAt >= 0)
        {
            context.Report(DiagnosticCatalog.NestingTooDeep, context.DepthExceededAt, 1, context.DepthLimit);
            return Math.Max(context.Failures.Position, context.DepthExceededAt);
        }

        var at = Math.Max(context.Failures.Position, statementStart);
        context.Report(DiagnosticCatalog.SyntaxError, at, TokenDescriber.Length(context, at), context.Failures.BuildMessage());
        return at;
    }

    private static void BeginStatement(ParseContext context)
    {
        context.Failures.Reset();
        context.DepthExceededAt = -1;
    }

    /// <summary>After a statement: the next token must start a declaration, or the file must end.</summary>
    private static int EndStatement(ParseContext context, int position)
    {
        if (context.DepthExceededAt >= 0)
        {
            context.Report(DiagnosticCatalog.NestingTooDeep, context.DepthExceededAt, 1, context.DepthLimit);
        }

        if (position >= context.Limit || IsMemberStartAt(context, position))
        {
            return position;
        }

        context.Failures.Expect(position, DeclarationGrammar.ADeclaration);
        var at = ReportFailure(context, position);
        return SkipToNextMember(context, at, mustAdvance: at == position || !StartsLine(context, at));
    }

    private static int ReportAndRecover(ParseContext context, int statementStart)
    {
        var at = ReportFailure(context, statementStart);

        // A declaration keyword where the error is found resumes parsing only if it starts a line, as declarations do;
        // in 'param rule = 3' the misplaced 'rule' is part of the broken statement.
        return SkipToNextMember(context, at, mustAdvance: at == statementStart || !StartsLine(context, at));
    }

    private static bool StartsLine(ParseContext context, int position)
    {
        for (var k = position - 1; k >= 0; k--)
        {
            var c = context.Source[k];
            if (CharFacts.IsLineBreak(c))
            {
                return true;
            }

            if (!CharFacts.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Skips token by token (over strings and comments, which may contain any word) to the next <c>rule</c>,
    /// <c>let</c>, <c>param</c> or <c>test</c>; with <paramref name="mustAdvance"/> the first token is always skipped.
    /// </summary>
    private static int SkipToNextMember(ParseContext context, int position, bool mustAdvance)
    {
        var source = context.Source;
        var first = true;
        while (true)
        {
            position = Tokens.SkipTrivia(context, position);
            if (position >= context.Limit)
            {
                return context.Limit;
            }

            var c = source[position];
            if (CharFacts.IsWordStart(c))
            {
                var end = Tokens.ScanWord(context, position);
                var boundary = position == 0 || source[position - 1] is not ('.' or '-');
                if (boundary && !(first && mustAdvance) && ReservedWords.IsMemberStart(source, position, end - position))
                {
                    return position;
                }

                position = end;
            }
            else if (c == '"')
            {
                position = Tokens.ScanString(context, position, reportErrors: false).End;
            }
            else if (CharFacts.IsDigit(c))
            {
                position = Tokens.ScanWord(context, position);
            }
            else
            {
                position++;
            }

            first = false;
        }
    }

    private static bool IsMemberStartAt(ParseContext context, int position)
    {
        var source = context.Source;
        return position < context.Limit
            && CharFacts.IsWordStart(source[position])
            && ReservedWords.IsMemberStart(source, position, Tokens.ScanWord(context, position) - position);
    }

    private static bool IsWordAt(ParseContext context, int position, string word) =>
        position + word.Length <= context.Limit
        && string.CompareOrdinal(context.Source, position, word, 0, word.Length) == 0
        && (position + word.Length == context.Limit || !CharFacts.IsWordPart(context.Source[position + word.Length]));
}
