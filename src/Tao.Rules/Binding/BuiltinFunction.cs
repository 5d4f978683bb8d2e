namespace Tao.Rules.Binding;

/// <summary>A built-in function: its name, how many arguments it takes and its signatures as the docs show them.</summary>
public sealed class BuiltinFunction(string name, int minArity, int? maxArity, IReadOnlyList<string> signatures, string description, bool acceptsPopulation)
{
    public string Name { get; } = name;

    public int MinArity { get; } = minArity;

    /// <summary>Null when the function takes any number of arguments from <see cref="MinArity"/> on.</summary>
    public int? MaxArity { get; } = maxArity;

    /// <summary>Each accepted form, such as <c>round(n, digits) → Number</c>.</summary>
    public IReadOnlyList<string> Signatures { get; } = signatures;

    public string Description { get; } = description;

    /// <summary>The first argument may be a population <c>all SELECTOR where FILTER</c>.</summary>
    public bool AcceptsPopulation { get; } = acceptsPopulation;

    public bool AcceptsArity(int count) => count >= MinArity && (MaxArity is null || count <= MaxArity);

    /// <summary>"1 argument", "1 or 2 arguments", "2 or more arguments".</summary>
    public string ArityText => MaxArity switch
    {
        null => $"{MinArity} or more arguments",
        var max when max == MinArity => MinArity == 1 ? "1 argument" : $"{MinArity} arguments",
        var max when max == MinArity + 1 => $"{MinArity} or {max} arguments",
        var max => $"{MinArity} to {max} arguments",
    };
}
