using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result (rendered through the same escaping context) is marked as
/// <see cref="RenderedMarkup"/> so that <see cref="EscapingTemplateContext"/> does not escape it a second time.
/// </summary>
internal sealed class EscapedIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement)
    {
        var result = _include.Invoke(context, callerContext, parameters, blockStatement);
        return result is null ? null : new RenderedMarkup(context.ObjectToString(result) ?? string.Empty);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, parameters, blockStatement));
}
