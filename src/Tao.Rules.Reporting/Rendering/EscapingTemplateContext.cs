using Scriban;
using Scriban.Parsing;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// A template context that escapes every value an expression prints (<see cref="OutputEscaping"/>): the template's own
/// text is written as is, data never becomes markup. Scriban has no auto-escaping of its own, so this is where it is.
/// </summary>
internal sealed class EscapingTemplateContext(OutputEscaping escaping) : TemplateContext
{
    public OutputEscaping Escaping { get; } = escaping;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject is RenderedMarkup markup
            ? markup.Text
            : OutputEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty, Escaping);
        return base.Write(span, text);
    }
}
