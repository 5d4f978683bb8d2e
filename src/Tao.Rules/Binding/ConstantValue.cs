using System.Globalization;

namespace Tao.Rules.Binding;

/// <summary>
/// A value known without any fact: a literal, a param's default, a field value of a test entity, or a folded
/// constant. Numbers are in base units (<c>95 %</c> is 0.95).
/// </summary>
public sealed class ConstantValue
{
    private ConstantValue(TypeKind kind, double number, string? text, bool boolean, DateTime date, IReadOnlyList<ConstantValue>? items)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Boolean = boolean;
        Date = date;
        Items = items;
    }

    public static ConstantValue True { get; } = new(TypeKind.Bool, 0, null, true, default, null);

    public static ConstantValue False { get; } = new(TypeKind.Bool, 0, null, false, default, null);

    /// <summary><see cref="TypeKind.Bool"/>, <see cref="TypeKind.Number"/>, <see cref="TypeKind.String"/> (also enum values), <see cref="TypeKind.Date"/> or <see cref="TypeKind.List"/>.</summary>
    public TypeKind Kind { get; }

    /// <summary>The number in base units, when <see cref="Kind"/> is Number.</summary>
    public double Number { get; }

    /// <summary>The string, when <see cref="Kind"/> is String.</summary>
    public string? Text { get; }

    public bool Boolean { get; }

    public DateTime Date { get; }

    /// <summary>The elements, when <see cref="Kind"/> is List.</summary>
    public IReadOnlyList<ConstantValue>? Items { get; }

    public static ConstantValue FromBoolean(bool value) => value ? True : False;

    public static ConstantValue FromNumber(double value) => new(TypeKind.Number, value, null, false, default, null);

    public static ConstantValue FromString(string value) => new(TypeKind.String, 0, value, false, default, null);

    public static ConstantValue FromDate(DateTime value) => new(TypeKind.Date, 0, null, false, value, null);

    public static ConstantValue FromList(IReadOnlyList<ConstantValue> items) => new(TypeKind.List, 0, null, false, default, items);

    /// <summary>The value as a CLR object: double, string, bool, DateTime, or an array of those.</summary>
    public object ToObject() => Kind switch
    {
        TypeKind.Number => Number,
        TypeKind.String => Text!,
        TypeKind.Bool => Boolean,
        TypeKind.Date => Date,
        _ => Items!.Select(i => i.ToObject()).ToArray(),
    };

    public bool ValueEquals(ConstantValue other) => Kind == other.Kind && Kind switch
    {
        TypeKind.Number => Number.Equals(other.Number),
        TypeKind.String => string.Equals(Text, other.Text, StringComparison.Ordinal),
        TypeKind.Bool => Boolean == other.Boolean,
        TypeKind.Date => Date == other.Date,
        _ => Items!.Count == other.Items!.Count && Items.Zip(other.Items, (a, b) => a.ValueEquals(b)).All(e => e),
    };

    /// <summary>Invariant text for messages and debugging (numbers in base units).</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        TypeKind.String => "\"" + Text + "\"",
        TypeKind.Bool => Boolean ? "true" : "false",
        TypeKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "[" + string.Join(", ", Items!.Select(i => i.ToString())) + "]",
    };
}
