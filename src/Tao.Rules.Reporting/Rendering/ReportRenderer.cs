using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Tao.Rules.Diagnostics;
using Tao.Rules.Text;

namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// Renders report templates with Scriban, sandboxed: the model is reachable only through its own properties
/// (<see cref="ModelMembers"/>, snake_case names), includes only from the <see cref="TemplateFolder"/>, loops, recursion
/// and output are limited (<see cref="TemplateLimits"/>), variables are strict (a misspelt name is an error, not an empty
/// string), there is no clock (<c>date.now</c> is removed), numbers and dates print with the invariant culture, and
/// every printed value is escaped for the template's format (<see cref="OutputEscaper"/>). Parsed templates are cached;
/// one renderer may render from several threads at once.
/// </summary>
public sealed class ReportRenderer(TemplateFolder templates, TemplateLimits? limits = null)
{
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly TemplateLimits _limits = limits ?? TemplateLimits.Default;

    public TemplateFolder Templates { get; } = templates;

    /// <summary>
    /// Renders the template <paramref name="templateName"/> (a file name inside <see cref="Templates"/>) with
    /// <paramref name="globals"/> as its top-level variables (model objects, strings, numbers, lists).
    /// </summary>
    /// <exception cref="ReportTemplateException">The template is missing, does not parse, or fails while rendering (TAO8001–TAO8005).</exception>
    public string Render(string templateName, IReadOnlyDictionary<string, object?> globals)
    {
        using var text = new StringWriter { NewLine = "\n" };
        Render(templateName, globals, text);
        return text.ToString();
    }

    /// <summary>As <see cref="Render(string, IReadOnlyDictionary{string, object?})"/>, written to <paramref name="output"/> as it is produced.</summary>
    /// <exception cref="ReportTemplateException">As above; <paramref name="output"/> then holds a part of the page, which the caller discards.</exception>
    public void Render(string templateName, IReadOnlyDictionary<string, object?> globals, TextWriter output)
    {
        var template = Parse(templateName);
        var context = CreateContext(OutputEscaper.ForTemplate(templateName));
        var script = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in globals)
        {
            script[name] = value;
        }

        context.PushGlobal(script);
        context.PushOutput(new TextWriterOutput(output));
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new ReportTemplateException(Describe(exception));
        }
    }

    private Template Parse(string templateName)
    {
        if (_parsed.TryGetValue(templateName, out var cached))
        {
            return cached;
        }

        string text;
        try
        {
            text = Templates.Read(templateName);
        }
        catch (TemplateNotAllowedException exception)
        {
            throw new ReportTemplateException(Diagnostic.Create(DiagnosticCatalog.TemplateNotFound, Location.ForFile(Templates.DisplayRoot), exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = exception is FileNotFoundException ? $"no template '{templateName}' in {Templates.DisplayRoot}" : $"cannot read the template '{templateName}': {exception.Message}";
            throw new ReportTemplateException(Diagnostic.Create(DiagnosticCatalog.TemplateNotFound, Location.ForFile(Templates.DisplayPath(templateName)), message));
        }

        var template = Template.Parse(text, Templates.DisplayPath(templateName));
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new ReportTemplateException(Diagnostic.Create(DiagnosticCatalog.TemplateSyntaxError, LocationOf(first.Span), first.Message));
        }

        return _parsed.GetOrAdd(templateName, template);
    }

    private EscapingTemplateContext CreateContext(OutputEscaping escaping)
    {
        var context = new EscapingTemplateContext(escaping)
        {
            TemplateLoader = Templates,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberFilter = ModelMembers.IsVisible,
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = _limits.LoopLimit,
            LoopLimitQueryable = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            ObjectRecursionLimit = _limits.RecursiveLimit,
            LimitToString = _limits.LimitToString,
            OutputLimit = _limits.OutputLimit,

            // Scriban truncates by default; a silently cut report is worse than a clear error.
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);

        // No clock: a report shows the run's as_of, never the time it was made, so the same inputs give the same bytes.
        if (context.BuiltinObject["date"] is ScriptObject date)
        {
            date.Remove("now");
        }

        context.BuiltinObject.SetValue("include", new EscapedIncludeFunction(), readOnly: true);
        return context;
    }

    private static Diagnostic Describe(ScriptRuntimeException exception)
    {
        var descriptor = exception switch
        {
            IncludeRejectedException => DiagnosticCatalog.IncludeOutsideTemplates,
            IncludeNotFoundException => DiagnosticCatalog.TemplateNotFound,
            ScriptParserRuntimeException => DiagnosticCatalog.TemplateSyntaxError,
            _ when IsLimit(exception.OriginalMessage) => DiagnosticCatalog.TemplateLimitExceeded,
            _ => DiagnosticCatalog.TemplateRuntimeError,
        };

        // An included template that does not parse: point at its own error, not at the include.
        if (exception is ScriptParserRuntimeException parser && parser.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } first)
        {
            return Diagnostic.Create(descriptor, LocationOf(first.Span), first.Message);
        }

        return Diagnostic.Create(descriptor, LocationOf(exception.Span), exception.OriginalMessage);
    }

    private static bool IsLimit(string message) =>
        message.Contains("limit", StringComparison.OrdinalIgnoreCase) || message.Contains("exceed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Scriban counts lines and columns from 0; diagnostics, like MSBuild, from 1.</summary>
    private static Location LocationOf(Scriban.Parsing.SourceSpan span)
    {
        var start = new LinePosition(span.Start.Line + 1, span.Start.Column + 1);
        var end = new LinePosition(span.End.Line + 1, span.End.Column + 1);
        return new Location(span.FileName ?? string.Empty, Math.Max(span.Start.Offset, 0), Math.Max(span.Length, 0), start, end);
    }
}
