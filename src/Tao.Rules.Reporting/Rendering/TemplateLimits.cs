namespace Tao.Rules.Reporting.Rendering;

/// <summary>
/// The sandbox limits every template runs under: a template that loops forever, recurses without end or prints without
/// end stops with TAO8005 instead of hanging the run. The loop limit bounds one loop, so a report may list up to a
/// million entities.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>The most iterations one loop may make.</summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>The deepest nesting of function calls and includes.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>The longest text one value may turn into when printed.</summary>
    public int LimitToString { get; init; } = 1_000_000;

    /// <summary>The most characters one template may output.</summary>
    public int OutputLimit { get; init; } = 512 * 1024 * 1024;

    public static TemplateLimits Default { get; } = new();
}
