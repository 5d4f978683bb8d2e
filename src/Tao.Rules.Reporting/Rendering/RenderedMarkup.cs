namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Output that is already escaped for the template's format — the result of an <c>include</c>, rendered through the
/// same escaping — so it is written as is instead of being escaped twice.
/// </summary>
internal sealed class RenderedMarkup(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}
