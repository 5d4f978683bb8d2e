using System.Runtime.Intrinsics;

namespace Tao.Rules.Evaluation.Columnar;

/// <summary>An operation on 4 doubles at once; structs implement it so each kernel is specialised without a call per vector.</summary>
internal interface IVectorOperator
{
    static abstract Vector256<double> Apply(Vector256<double> left, Vector256<double> right);
}

internal readonly struct AddOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => left + right;
}

internal readonly struct SubtractOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => left - right;
}

internal readonly struct MultiplyOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => left * right;
}

internal readonly struct DivideOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => left / right;
}

internal readonly struct EqualOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => Vector256.Equals(left, right);
}

internal readonly struct NotEqualOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => ~Vector256.Equals(left, right);
}

internal readonly struct LessOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => Vector256.LessThan(left, right);
}

internal readonly struct LessOrEqualOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => Vector256.LessThanOrEqual(left, right);
}

internal readonly struct GreaterOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => Vector256.GreaterThan(left, right);
}

internal readonly struct GreaterOrEqualOperator : IVectorOperator
{
    public static Vector256<double> Apply(Vector256<double> left, Vector256<double> right) => Vector256.GreaterThanOrEqual(left, right);
}
