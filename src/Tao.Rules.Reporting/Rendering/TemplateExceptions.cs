using Scriban.Parsing;
using Scriban.Syntax;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>A template name that reaches outside the templates folder (<c>../x</c>, <c>/etc/passwd</c>).</summary>
public sealed class TemplateNotAllowedException(string name, string reason)
    : Exception($"the template name '{name}' is not allowed: {reason}")
{
    public string Name { get; } = name;

    public string Reason { get; } = reason;
}

/// <summary>An <c>include</c> that reaches outside the templates folder: reported as TAO8004 at the include.</summary>
internal sealed class IncludeRejectedException(SourceSpan span, string name, string reason)
    : ScriptRuntimeException(span, $"cannot include '{name}': {reason}; templates may include only files inside the templates folder")
{
    public string Name { get; } = name;
}

/// <summary>An <c>include</c> of a template that does not exist: reported as TAO8003 at the include.</summary>
internal sealed class IncludeNotFoundException(SourceSpan span, string name, string folder)
    : ScriptRuntimeException(span, $"cannot include '{name}': no such template in {folder}")
{
    public string Name { get; } = name;
}
