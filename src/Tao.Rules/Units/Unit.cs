using System.Globalization;
using System.Text;

namespace Tao.Rules.Units;

/// <summary>
/// A unit of measure: a product of base dimensions with integer exponents, and a scale to the base units.
/// <c>rao</c> is TAO with scale 1e-9; <c>%</c> is dimensionless with scale 0.01; <c>TAO/block</c> is TAO¹·block⁻¹.
/// Two units are compatible (can be added or compared) when their dimensions are equal; values convert by scale.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    private static readonly IReadOnlyList<KeyValuePair<string, int>> NoDimensions = [];

    private Unit(IReadOnlyList<KeyValuePair<string, int>> dimensions, double scale, string symbol)
    {
        Dimensions = dimensions;
        Scale = scale;
        Symbol = symbol;
    }

    /// <summary>No unit: a plain number.</summary>
    public static Unit None { get; } = new(NoDimensions, 1, string.Empty);

    /// <summary>Base dimensions and their exponents, ordered by dimension name (ordinal).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Dimensions { get; }

    /// <summary>Multiply a value in this unit by the scale to get the value in base units.</summary>
    public double Scale { get; }

    /// <summary>How the unit is written (<c>TAO/block</c>); empty for <see cref="None"/>.</summary>
    public string Symbol { get; }

    public bool IsDimensionless => Dimensions.Count == 0;

    public bool IsNone => IsDimensionless && Scale == 1;

    /// <summary>A base unit of its own dimension, such as <c>USD</c> or <c>block</c>.</summary>
    public static Unit Base(string dimension) => new([new KeyValuePair<string, int>(dimension, 1)], 1, dimension);

    /// <summary>This unit's dimension under another name and scale (<c>rao</c> from <c>TAO</c>).</summary>
    public Unit Scaled(double factor, string symbol) => new(Dimensions, Scale * factor, symbol);

    /// <summary>The base unit of this unit's dimension (scale 1), written as <paramref name="symbol"/>.</summary>
    public Unit ToBase(string symbol) => new(Dimensions, 1, symbol);

    public bool HasSameDimension(Unit other)
    {
        if (Dimensions.Count != other.Dimensions.Count)
        {
            return false;
        }

        for (var i = 0; i < Dimensions.Count; i++)
        {
            if (!string.Equals(Dimensions[i].Key, other.Dimensions[i].Key, StringComparison.Ordinal) || Dimensions[i].Value != other.Dimensions[i].Value)
            {
                return false;
            }
        }

        return true;
    }

    public Unit Multiply(Unit other) => Combine(other, 1, JoinSymbols(Symbol, "*", other.Symbol));

    public Unit Divide(Unit other) => Combine(other, -1, JoinSymbols(Symbol, "/", other.Symbol));

    /// <summary>The dimension written in base units, for messages: <c>TAO/block</c>, <c>day</c>, <c>(none)</c>.</summary>
    public string DimensionText
    {
        get
        {
            if (IsDimensionless)
            {
                return "(no unit)";
            }

            var numerator = Dimensions.Where(d => d.Value > 0).Select(d => Power(d.Key, d.Value));
            var denominator = Dimensions.Where(d => d.Value < 0).Select(d => Power(d.Key, -d.Value)).ToList();
            var text = new StringBuilder(string.Join("*", numerator));
            if (text.Length == 0)
            {
                text.Append('1');
            }

            foreach (var part in denominator)
            {
                text.Append('/').Append(part);
            }

            return text.ToString();
        }
    }

    public bool Equals(Unit? other) => other is not null && HasSameDimension(other) && Scale.Equals(other.Scale);

    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    public override int GetHashCode()
    {
        var hash = Scale.GetHashCode();
        foreach (var pair in Dimensions)
        {
            hash = (hash * 31) ^ StringComparer.Ordinal.GetHashCode(pair.Key) ^ pair.Value;
        }

        return hash;
    }

    public override string ToString() => IsNone ? "(no unit)" : Symbol;

    private Unit Combine(Unit other, int sign, string symbol)
    {
        var exponents = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in Dimensions)
        {
            exponents[pair.Key] = pair.Value;
        }

        foreach (var pair in other.Dimensions)
        {
            exponents.TryGetValue(pair.Key, out var existing);
            exponents[pair.Key] = existing + (sign * pair.Value);
        }

        var dimensions = exponents.Where(p => p.Value != 0).ToList();
        var scale = sign > 0 ? Scale * other.Scale : Scale / other.Scale;
        return new Unit(dimensions.Count == 0 ? NoDimensions : dimensions, scale, dimensions.Count == 0 && scale == 1 ? string.Empty : symbol);
    }

    private static string JoinSymbols(string left, string op, string right) =>
        (left.Length, right.Length) switch
        {
            (0, 0) => string.Empty,
            (_, 0) => left,
            (0, _) => op == "/" ? "1/" + right : right,
            _ => left + op + right,
        };

    private static string Power(string dimension, int exponent) =>
        exponent == 1 ? dimension : dimension + "^" + exponent.ToString(CultureInfo.InvariantCulture);
}
