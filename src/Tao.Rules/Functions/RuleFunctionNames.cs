using System.Text;
using Tao.Rules.Syntax.Parsing;

namespace Tao.Rules.Functions;

/// <summary>How a <c>[RuleFunction]</c> method is named in rules.</summary>
public static class RuleFunctionNames
{
    /// <summary>The method name in snake_case: <c>LiquidityScore</c> → <c>liquidity_score</c>, <c>TaoToUSD</c> → <c>tao_to_usd</c>.</summary>
    public static string FromMethodName(string methodName)
    {
        var builder = new StringBuilder(methodName.Length + 4);
        for (var i = 0; i < methodName.Length; i++)
        {
            var c = methodName[i];
            if (c is >= 'A' and <= 'Z')
            {
                // A word starts at an upper-case letter after a lower-case one or a digit, or before a lower-case one
                // that ends an acronym (USDPrice → usd_price).
                var previous = i > 0 ? methodName[i - 1] : '_';
                var next = i + 1 < methodName.Length ? methodName[i + 1] : '_';
                var startsWord = previous is (>= 'a' and <= 'z') or (>= '0' and <= '9')
                    || (previous is >= 'A' and <= 'Z' && next is >= 'a' and <= 'z');
                if (startsWord && builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A name a rule can call: <c>[a-z_][A-Za-z0-9_]*</c> and not a keyword.</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !(name[0] is (>= 'a' and <= 'z') or '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return !ReservedWords.IsReserved(name, 0, name.Length);
    }
}
