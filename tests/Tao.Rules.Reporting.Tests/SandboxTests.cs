using Tao.Rules.Cli.Tests;
using System.Diagnostics;
using System.Globalization;
using Tao.Rules.Reporting.Rendering;
using Tao.Rules.Reporting.Tests.Infrastructure;

namespace Tao.Rules.Reporting.Tests;

/// <summary>
/// Templates run sandboxed: nothing beyond the report model, no files outside the templates folder, no endless loops,
/// no clock. Each attempt ends in one TAO8xxx diagnostic naming the template file, line and column — never a crash or a hang.
/// </summary>
public sealed class SandboxTests : IDisposable
{
    private readonly TemplateScratch _templates = new();

    public void Dispose() => _templates.Dispose();

    private static Dictionary<string, object?> Globals() => new(StringComparer.Ordinal)
    {
        ["pack"] = SampleRun.Report().Packs[0],
        ["text"] = "<b>bold</b> & \"quoted\"",
        ["number"] = 1234567.25,
    };

    private string Render(string template, string name = "t.md.sbn")
    {
        _templates.With(name, template);
        return new ReportRenderer(_templates.Folder).Render(name, Globals());
    }

    private string Fails(string template, string name = "t.md.sbn")
    {
        var exception = Assert.Throws<ReportTemplateException>(() => Render(template, name));
        return exception.Diagnostic.ToString();
    }

    [Fact]
    public void The_model_is_reachable_by_its_snake_case_properties()
    {
        Assert.Equal("eu.mica.admission 2026.1 40", Render("{{ pack.id }} {{ pack.version }} {{ pack.entities.size }}"));
        Assert.Equal(SampleRun.Report().Packs[0].Rules[0].Id, Render("{{ pack.rules[0].id }}"));
    }

    [Fact]
    public void Dotnet_members_are_not_reachable()
    {
        Assert.Equal("my-templates/t.md.sbn(1,8): error TAO8002: Cannot get member with name GetType.", Fails("{{ \"x\".GetType }}"));
        Assert.Equal("my-templates/t.md.sbn(2,9): error TAO8002: Cannot get member with name GetType.", Fails("line\n{{ pack.GetType }}"));
        Assert.Contains("error TAO8002: Cannot get member with name Length.", Fails("{{ text.Length }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8002: Cannot get member with name Count.", Fails("{{ pack.entities.Count }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8002: Cannot get member with name Id.", Fails("{{ pack.Id }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_no_clock()
    {
        Assert.Equal("my-templates/t.md.sbn(1,9): error TAO8002: Cannot get member with name now.", Fails("{{ date.now }}"));
    }

    [Fact]
    public void Variables_are_strict()
    {
        Assert.Equal("my-templates/t.md.sbn(1,4): error TAO8002: The variable or function `pak` was not found", Fails("{{ pak.id }}"));
    }

    [Fact]
    public void An_include_outside_the_templates_folder_is_refused()
    {
        var secret = _templates.Outside("secret.txt", "do not show");
        Assert.Equal(
            "my-templates/t.md.sbn(2,4): error TAO8004: cannot include '../../etc/passwd': '..', '.' and empty path segments are not allowed; templates may include only files inside the templates folder",
            Fails("ok\n{{ include \"../../etc/passwd\" }}"));
        Assert.Contains("error TAO8004: cannot include '/etc/passwd': absolute paths are not allowed", Fails("{{ include \"/etc/passwd\" }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8004: cannot include '" + secret + "'", Fails("{{ include \"" + secret + "\" }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8004", Fails("{{ include \"../secret.txt\" }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8004", Fails("{{ include \"parts/../../secret.txt\" }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8004", Fails("{{ include \"..\\\\secret.txt\" }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_leading_out_of_the_templates_folder_is_refused()
    {
        var secret = _templates.Outside("secret.txt", "do not show");
        File.CreateSymbolicLink(Path.Combine(_templates.Root, "innocent.sbn"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_templates.Root, "parts"), Path.GetDirectoryName(secret)!);
        Assert.Contains("error TAO8004: cannot include 'innocent.sbn': it is outside the templates folder", Fails("{{ include \"innocent.sbn\" }}"), StringComparison.Ordinal);
        Assert.Contains("error TAO8004: cannot include 'parts/secret.txt': it is outside the templates folder", Fails("{{ include \"parts/secret.txt\" }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_inside_the_folder_works_and_is_escaped_once()
    {
        _templates.With("parts/bold.html.sbn", "<b>{{ text }}</b>");
        Assert.Equal("<p><b>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</b></p>", Render("<p>{{ include \"parts/bold.html.sbn\" }}</p>", "t.html.sbn"));
    }

    [Fact]
    public void A_missing_include_is_TAO8003_at_the_include()
    {
        Assert.Equal("my-templates/t.md.sbn(1,4): error TAO8003: cannot include 'nope.sbn': no such template in my-templates", Fails("{{ include \"nope.sbn\" }}"));
    }

    [Fact]
    public void A_missing_template_is_TAO8003()
    {
        var exception = Assert.Throws<ReportTemplateException>(() => new ReportRenderer(_templates.Folder).Render("absent.md.sbn", Globals()));
        Assert.Equal("my-templates/absent.md.sbn(1,1): error TAO8003: no template 'absent.md.sbn' in my-templates", exception.Diagnostic.ToString());
    }

    [Fact]
    public void An_endless_loop_stops_with_TAO8005()
    {
        var watch = Stopwatch.StartNew();
        Assert.Equal("my-templates/t.md.sbn(2,4): error TAO8005: Exceeding number of iteration limit `1000000` for loop statement.", Fails("start\n{{ while true }}{{ end }}"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the loop limit must stop the template quickly");
        Assert.Contains("error TAO8005", Fails("{{ for i in 0..10000000 }}{{ end }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_recursion_stops_with_TAO8005()
    {
        Assert.Equal("my-templates/t.md.sbn(1,16): error TAO8005: Exceeding number of recursive depth limit `64` for node: `f`", Fails("{{ func f; ret f; end; f }}"));
        _templates.With("self.md.sbn", "{{ include \"self.md.sbn\" }}");
        Assert.Contains("error TAO8005", Fails("{{ include \"self.md.sbn\" }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_output_stops_with_TAO8005()
    {
        _templates.With("t.md.sbn", "{{ for i in 1..100000 }}0123456789{{ end }}");
        var renderer = new ReportRenderer(_templates.Folder, new TemplateLimits { OutputLimit = 10_000 });
        var exception = Assert.Throws<ReportTemplateException>(() => renderer.Render("t.md.sbn", Globals()));
        Assert.Equal("TAO8005", exception.Diagnostic.Id);
    }

    [Fact]
    public void A_syntax_error_names_file_line_and_column()
    {
        Assert.Equal(
            "my-templates/t.md.sbn(2,25): error TAO8001: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>",
            Fails("# {{ pack.title }}\n{{ if pack.notes.size > }}notes{{ end }}"));
    }

    [Fact]
    public void A_syntax_error_in_an_included_template_names_the_included_file()
    {
        _templates.With("part.md.sbn", "x\n {{ if }}");
        Assert.Equal(
            "my-templates/part.md.sbn(2,8): error TAO8001: Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if",
            Fails("a\n{{ include \"part.md.sbn\" }}"));
    }

    [Fact]
    public void Numbers_print_with_the_invariant_culture_whatever_the_current_one()
    {
        Assert.Equal("1234567.25 0.5", InCulture.Run(CultureInfo.GetCultureInfo("de-DE"), () => Render("{{ number }} {{ 1 / 2 }}")));
        Assert.Equal("I", InCulture.Run(CultureInfo.GetCultureInfo("tr-TR"), () => Render("{{ \"i\" | string.upcase }}")));
    }
}
