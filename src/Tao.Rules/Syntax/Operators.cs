namespace Tao.Rules.Syntax;

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}

public enum UnaryOperator
{
    Not,
    Negate,
}

/// <summary>Spelling and binding strength of the operators; the parser and the formatter share it.</summary>
public static class OperatorFacts
{
    /// <summary>Precedence levels, loosest first. Comparison, <c>in</c> and <c>between</c> share one level and do not chain.</summary>
    public const int OrPrecedence = 1;
    public const int AndPrecedence = 2;
    public const int NotPrecedence = 3;
    public const int ComparisonPrecedence = 4;
    public const int AdditivePrecedence = 5;
    public const int MultiplicativePrecedence = 6;
    public const int NegatePrecedence = 7;
    public const int PostfixPrecedence = 8;
    public const int PrimaryPrecedence = 9;

    public static string Text(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    public static string Text(UnaryOperator op) => op == UnaryOperator.Not ? "not" : "-";

    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => OrPrecedence,
        BinaryOperator.And => AndPrecedence,
        BinaryOperator.Add or BinaryOperator.Subtract => AdditivePrecedence,
        BinaryOperator.Multiply or BinaryOperator.Divide => MultiplicativePrecedence,
        _ => ComparisonPrecedence,
    };

    public static bool IsComparison(BinaryOperator op) => Precedence(op) == ComparisonPrecedence;
}
