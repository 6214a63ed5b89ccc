using Drafting.Model.Import;

namespace Drafting.Model.Participants;

/// <summary>
/// The organizations people belong to: the Member States and observer States, the regional organizations that follow
/// negotiations as observers, and the Secretariat. An account's organization decides who reads "organization only"
/// comments, so a near miss of a known name ("Frnace") is refused with the name meant; a name far from every known
/// one (a new observer, a working group) is taken as written.
/// </summary>
public static class Organizations
{
    /// <summary>The organizations Drafting knows besides the Member States and observer States.</summary>
    public static IReadOnlyList<string> Regional { get; } =
    [
        "African Union", "Association of Southeast Asian Nations", "Caribbean Community", "Economic Community of West African States",
        "European Union", "Gulf Cooperation Council", "Intergovernmental Authority on Development", "League of Arab States",
        "Organisation of Islamic Cooperation", "Organization of American States", "Pacific Islands Forum", "Southern African Development Community",
    ];

    /// <summary>The United Nations Secretariat.</summary>
    public const string Secretariat = "Secretariat";

    /// <summary>Every known organization: States first, then regional organizations, then the Secretariat.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. MemberStates.Default.Names, .. Regional, Secretariat];

    private static readonly Dictionary<string, string> ByKey = Known.ToDictionary(name => name.ToUpperInvariant(), name => name);

    /// <summary>
    /// The name to store for <paramref name="name"/>: a known name in its official spelling, or the name as written
    /// when it is far from every known one; null, with the name probably meant, for a near miss.
    /// </summary>
    public static (string? Name, string? DidYouMean) Resolve(string name)
    {
        var trimmed = name.Trim();
        if (ByKey.TryGetValue(trimmed.ToUpperInvariant(), out var known))
        {
            return (known, null);
        }

        var nearest = Known.Select(candidate => (candidate, distance: Distance(trimmed.ToUpperInvariant(), candidate.ToUpperInvariant(), 3)))
            .Where(pair => pair.distance <= AllowedDistance(pair.candidate))
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
        return nearest is null ? (trimmed, null) : (null, nearest);
    }

    /// <summary>Short names tolerate one slip, longer ones two: "Mali" and "Malta" are both real.</summary>
    private static int AllowedDistance(string candidate) => candidate.Length switch
    {
        < 5 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>Damerau–Levenshtein distance (adjacent swaps count one), stopping early past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

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
