namespace Tao.Rules.Facts;

/// <summary>One slice of a streamed fact file: up to <see cref="FactReadOptions.BatchSize"/> entities, in file order.</summary>
/// <param name="Table">The entities of this slice; row 0 is entity number <paramref name="FirstEntity"/> of the file.</param>
/// <param name="FirstEntity">How many entities of the file came before this batch.</param>
public sealed record FactBatch(FactTable Table, long FirstEntity);
