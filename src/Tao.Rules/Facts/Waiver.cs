using Tao.Rules.Text;

namespace Tao.Rules.Facts;

/// <summary>
/// An approved exception: rule <see cref="Rule"/> does not apply to entity <see cref="Entity"/> until <see cref="Expires"/>.
/// A current waiver turns that rule's outcome for that entity into <c>waived</c>; an expired one is not applied and is reported.
/// </summary>
/// <param name="Rule">The rule id, as written (<c>JP-GL-01</c>).</param>
/// <param name="Entity">The entity key, as written (<c>TAO</c>, or <c>7</c> for a subnet).</param>
/// <param name="Reason">Why the exception was granted.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Expires">The last day on which the waiver applies.</param>
/// <param name="Location">Where the waiver is written.</param>
public sealed record Waiver(string Rule, string Entity, string Reason, string ApprovedBy, DateTime Expires, Location Location)
{
    /// <summary>True when the waiver applies at <paramref name="asOf"/>: on or before its expiry day (the time of day is ignored).</summary>
    public bool IsCurrent(DateTime asOf) => asOf.Date <= Expires.Date;
}
