namespace Tao.Rules.Syntax.Parsing;

/// <summary>
/// Something the grammar was ready to accept at a position, in words ("an expression after 'require'"), with the
/// keywords it stands for so that a misspelt word can get a did-you-mean.
/// </summary>
internal sealed class Expectation
{
    private static readonly string[] NoWords = [];

    public Expectation(string description, params string[] words)
    {
        Description = description;
        Words = words.Length == 0 ? NoWords : words;
    }

    public string Description { get; }

    public IReadOnlyList<string> Words { get; }

    public static Expectation ForKeyword(string keyword) => new("'" + keyword + "'", keyword);

    public override string ToString() => Description;
}
