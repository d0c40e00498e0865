namespace CorridorSim.Input;

/// <summary>
/// Suggests the known name closest to a mistyped one, by edit distance counting an insertion,
/// deletion, substitution or swap of neighbouring letters as one edit (case-insensitive).
/// </summary>
public static class DidYouMean
{
    /// <summary>
    /// The candidate nearest to <paramref name="typed"/>, if it is close enough to be a plausible
    /// typo (at most a third of the length, and at least 1, edits away); otherwise null. A display
    /// name typed for an id ("Port Alpha" for "port-alpha", "Alpha Port" for "alpha") finds the id:
    /// lower-cased with its spaces as hyphens, it is the id or starts with the id and a hyphen.
    /// </summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var all = candidates as IReadOnlyCollection<string> ?? [.. candidates];
        string hyphenated = string.Join('-', typed.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!string.Equals(hyphenated, typed, StringComparison.OrdinalIgnoreCase) && all.Where(c => hyphenated == c || hyphenated.StartsWith(c + "-", StringComparison.Ordinal)).MaxBy(c => c.Length) is string named)
        {
            return named;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in all)
        {
            int distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        int allowed = Math.Max(1, Math.Max(typed.Length, best?.Length ?? 0) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A fix hint: "did you mean "x"?" or a list of what is allowed.</summary>
    public static string Hint(string typed, IReadOnlyCollection<string> candidates, string what)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        string? suggestion = Suggest(typed, candidates);
        if (suggestion is not null)
        {
            return $"did you mean \"{suggestion}\"?";
        }

        return candidates.Count <= 12
            ? $"use one of the known {what}: {string.Join(", ", candidates.Select(c => $"\"{c}\""))}."
            : $"use one of the {candidates.Count} known {what}.";
    }

    /// <summary>Optimal-string-alignment distance: Levenshtein plus transpositions of adjacent characters.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
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
