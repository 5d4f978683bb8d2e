using Tao.Rules.Binding;
using Tao.Rules.Facts;

namespace Tao.Rules.Evaluation;

/// <summary>What a <see cref="RuntimeValue"/> holds.</summary>
internal enum ValueKind : byte
{
    /// <summary>A missing fact, or anything computed from one (Kleene's third value).</summary>
    Unknown,
    Bool,
    Number,
    String,

    /// <summary>A date, held as its day number (<see cref="FactDates"/>) in <see cref="RuntimeValue.Scalar"/>.</summary>
    Date,
    List,

    /// <summary>A let whose evaluation failed; <see cref="RuntimeValue.Reference"/> is the message.</summary>
    Error,
}

/// <summary>
/// One value during evaluation. A struct with no boxing, so evaluating scalars allocates nothing: numbers (in base units),
/// bools (1/0) and dates (day numbers) live in <see cref="Scalar"/>; strings, lists and error messages in <see cref="Reference"/>.
/// </summary>
internal readonly struct RuntimeValue
{
    private RuntimeValue(ValueKind kind, double scalar, object? reference)
    {
        Kind = kind;
        Scalar = scalar;
        Reference = reference;
    }

    public static RuntimeValue Unknown => default;

    public static RuntimeValue True { get; } = new(ValueKind.Bool, 1, null);

    public static RuntimeValue False { get; } = new(ValueKind.Bool, 0, null);

    public ValueKind Kind { get; }

    public double Scalar { get; }

    public object? Reference { get; }

    public bool IsUnknown => Kind == ValueKind.Unknown;

    public bool IsTrue => Kind == ValueKind.Bool && Scalar != 0;

    public bool IsFalse => Kind == ValueKind.Bool && Scalar == 0;

    public string? Text => Reference as string;

    public RuntimeValue[]? Items => Reference as RuntimeValue[];

    public static RuntimeValue FromBool(bool value) => value ? True : False;

    /// <summary>The three-valued code used by compiled code: 0 false, 1 true, 2 unknown.</summary>
    public static RuntimeValue FromTruth(int truth) => truth == 2 ? default : FromBool(truth == 1);

    public int Truth => Kind == ValueKind.Bool ? (Scalar != 0 ? 1 : 0) : 2;

    /// <summary>A number; NaN (what arithmetic on a missing value gives) is unknown.</summary>
    public static RuntimeValue FromNumber(double value) => double.IsNaN(value) ? default : new(ValueKind.Number, value, null);

    /// <summary>A date from its day number; NaN is unknown.</summary>
    public static RuntimeValue FromDay(double day) => double.IsNaN(day) ? default : new(ValueKind.Date, day, null);

    public static RuntimeValue FromString(string? value) => value is null ? default : new(ValueKind.String, 0, value);

    public static RuntimeValue FromList(RuntimeValue[] items) => new(ValueKind.List, 0, items);

    public static RuntimeValue FromError(string message) => new(ValueKind.Error, 0, message);

    /// <summary>The number, or NaN when unknown (the compiled representation).</summary>
    public double NumberOrNaN => Kind is ValueKind.Number or ValueKind.Date ? Scalar : double.NaN;

    public static RuntimeValue FromConstant(ConstantValue value) => value.Kind switch
    {
        TypeKind.Bool => FromBool(value.Boolean),
        TypeKind.Number => FromNumber(value.Number),
        TypeKind.String => FromString(value.Text),
        TypeKind.Date => FromDay(FactDates.ToDayNumber(value.Date)),
        _ => FromList(value.Items!.Select(FromConstant).ToArray()),
    };
}
