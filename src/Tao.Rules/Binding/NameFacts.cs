namespace Tao.Rules.Binding;

/// <summary>Names the language defines itself.</summary>
public static class NameFacts
{
    /// <summary>The evaluation date.</summary>
    public const string AsOf = "as_of";
}
