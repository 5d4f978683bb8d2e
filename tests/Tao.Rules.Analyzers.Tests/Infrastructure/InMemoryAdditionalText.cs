using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tao.Rules.Analyzers.Tests.Infrastructure;

/// <summary>An additional file as the compiler hands it to an analyzer, held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(content, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
