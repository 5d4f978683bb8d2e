namespace Tao.Rules.Reporting.Model;

/// <summary>One rule's outcome for one entity, with what a reader needs to act on it.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Title">The rule title, or null.</param>
/// <param name="Outcome"><c>pass</c>, <c>fail</c>, <c>unknown</c>, <c>not_applicable</c>, <c>waived</c> or <c>error</c>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Citation">The rule's <c>cite</c>, or null.</param>
/// <param name="Summary">One line: the rule, its title and the outcome (or why it did not apply, or the waiver).</param>
/// <param name="Because">The <c>because</c> text with its holes filled, or null (also null for pass and not_applicable).</param>
/// <param name="Remedy">The <c>remedy</c> text with its holes filled, or null (also null for pass and not_applicable).</param>
/// <param name="Comparisons">The comparisons evaluated, each with its values and sources.</param>
/// <param name="Evidence">Where each fact used came from, one entry per fact, in first-use order.</param>
/// <param name="Missing">The missing facts (<c>asset.market_cap</c>) of an unknown outcome.</param>
/// <param name="Error">What went wrong, for an error outcome; else null.</param>
/// <param name="Waiver">The waiver applied, for a waived outcome; else null.</param>
public sealed record OutcomeReport(
    string Rule,
    string? Title,
    string Outcome,
    string Severity,
    string? Citation,
    string Summary,
    string? Because,
    string? Remedy,
    IReadOnlyList<ComparisonReport> Comparisons,
    IReadOnlyList<EvidenceReport> Evidence,
    IReadOnlyList<string> Missing,
    string? Error,
    WaiverReport? Waiver);

/// <summary>One comparison of a rule's <c>when</c> or <c>require</c>, evaluated.</summary>
/// <param name="Clause"><c>when</c> or <c>require</c>.</param>
/// <param name="Expression">The comparison as written in the rule file.</param>
/// <param name="Operator">The operator (<c>&gt;=</c>, <c>in</c>, <c>has</c>, <c>is</c>).</param>
/// <param name="Actual">The left operand's value.</param>
/// <param name="Threshold">The right operand's value, or empty.</param>
/// <param name="Result"><c>true</c>, <c>false</c> or <c>unknown</c>.</param>
/// <param name="Text">The whole comparison as one line, as <c>explain</c> prints it.</param>
public sealed record ComparisonReport(string Clause, string Expression, string Operator, string Actual, string Threshold, string Result, string Text);

/// <summary>Where one fact used by a rule came from.</summary>
/// <param name="Fact">The fact, as the rule names it (<c>asset.market_cap</c>).</param>
/// <param name="Source">The stated source, or null.</param>
/// <param name="AsOf">The date the fact describes, ISO, or null.</param>
/// <param name="File">The fact file.</param>
/// <param name="Line">The 1-based line of the fact or of its entity; 0 when unknown.</param>
/// <param name="FromFactFile">
/// True when the fact states no source of its own: <see cref="Source"/> and <see cref="AsOf"/> are the fact file's
/// (<see cref="PackReport.FactsSource"/>, <see cref="PackReport.FactsAsOf"/>), so a page may name only the file and line.
/// </param>
public sealed record EvidenceReport(string Fact, string? Source, string? AsOf, string File, int Line, bool FromFactFile);

/// <summary>A waiver applied to an outcome.</summary>
/// <param name="Reason">Why the exception was granted.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Expires">The last day it applies, ISO.</param>
public sealed record WaiverReport(string Reason, string ApprovedBy, string Expires);
