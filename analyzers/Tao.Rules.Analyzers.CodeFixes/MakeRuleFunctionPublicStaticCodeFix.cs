using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Tao.Rules.Analyzers.CodeFixes;

/// <summary>
/// TAO5003: makes a <c>[RuleFunction]</c> <c>public static</c>. The access modifiers are replaced by <c>public</c>, and
/// modifiers a static method cannot have (<c>virtual</c>, <c>override</c>, <c>abstract</c>, <c>sealed</c>) are dropped;
/// the rest (<c>unsafe</c>, <c>partial</c>…) stay. A body that uses <c>this</c> still needs the author's hand afterwards.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeRuleFunctionPublicStaticCodeFix))]
[Shared]
public sealed class MakeRuleFunctionPublicStaticCodeFix : CodeFixProvider
{
    private const string Title = "Make the rule function public static";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TAO5003");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var method = root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        if (root is null || method is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(method, MakePublicStatic(method)))), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static MethodDeclarationSyntax MakePublicStatic(MethodDeclarationSyntax method)
    {
        var modifiers = method.Modifiers;
        var kept = modifiers.Where(m => !IsReplaced(m)).ToList();
        var leading = modifiers.Count > 0 ? modifiers[0].LeadingTrivia : method.ReturnType.GetLeadingTrivia();
        var result = new List<SyntaxToken>
        {
            SyntaxFactory.Token(leading, SyntaxKind.PublicKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
            SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
        };

        // A kept modifier that came first carried the indentation, which now sits before 'public'.
        result.AddRange(kept.Select(m => m == modifiers.FirstOrDefault() ? m.WithLeadingTrivia() : m));
        var updated = method.WithModifiers(SyntaxFactory.TokenList(result));
        return modifiers.Count == 0 ? updated.WithReturnType(method.ReturnType.WithLeadingTrivia()) : updated;
    }

    private static bool IsReplaced(SyntaxToken modifier) => modifier.Kind() is
        SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword
        or SyntaxKind.StaticKeyword or SyntaxKind.VirtualKeyword or SyntaxKind.OverrideKeyword or SyntaxKind.AbstractKeyword
        or SyntaxKind.SealedKeyword;
}
