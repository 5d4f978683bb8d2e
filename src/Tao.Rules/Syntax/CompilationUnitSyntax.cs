using Tao.Rules.Text;

namespace Tao.Rules.Syntax;

/// <summary>The root of one rule file: its package header, its declarations and its comments.</summary>
public sealed record CompilationUnitSyntax(
    PackageDeclarationSyntax? Package,
    IReadOnlyList<MemberDeclarationSyntax> Members,
    IReadOnlyList<CommentSyntax> Comments,
    SourceSpan Span) : SyntaxNode(Span)
{
    public IEnumerable<ParamDeclarationSyntax> Params => Members.OfType<ParamDeclarationSyntax>();

    public IEnumerable<LetDeclarationSyntax> Lets => Members.OfType<LetDeclarationSyntax>();

    public IEnumerable<RuleDeclarationSyntax> Rules => Members.OfType<RuleDeclarationSyntax>();

    public IEnumerable<TestDeclarationSyntax> Tests => Members.OfType<TestDeclarationSyntax>();
}
