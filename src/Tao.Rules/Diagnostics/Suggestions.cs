namespace Tao.Rules.Diagnostics;

/// <summary>"Did you mean ...?" for misspelt names: the closest candidate by edit distance, when close enough.</summary>
public static class Suggestions
{
    /// <summary>The best candidate for <paramref name="name"/>, or null when none is plausibly meant.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Allow about one edit per three characters; a longer reach suggests nonsense.
        var allowed = Math.Max(1, name.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or the empty string; ready to append to a message.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates, string prefix = "")
    {
        var closest = Closest(name, candidates);
        return closest is null ? string.Empty : $"; did you mean '{prefix}{closest}'?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
