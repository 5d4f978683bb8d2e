namespace Tao.Rules.Reporting.Model;

/// <summary>One <c>param</c> of a pack, as a run used it.</summary>
/// <param name="Name">The param's name (<c>block_emission</c>).</param>
/// <param name="Value">The value the run used, as written (<c>0.5 TAO/block</c>): the pack's own, or the one given with <c>--param</c>.</param>
/// <param name="Declared">The value the pack declares, as written.</param>
/// <param name="Overridden">Whether the run gave another value than the declared one (<c>--param</c>).</param>
public sealed record ParamReport(string Name, string Value, string Declared, bool Overridden);

/// <summary>A param a scenario changes.</summary>
/// <param name="Name">The param's name (<c>block_emission</c>).</param>
/// <param name="Current">The value the run used, as written.</param>
/// <param name="Scenario">The scenario's value, as written.</param>
public sealed record ParamChangeReport(string Name, string Current, string Scenario);
