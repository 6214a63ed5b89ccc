namespace Drafting.Model.Import;

/// <summary>
/// The names of the UN Member States and observer States as UN documents write them, read from the
/// shipped list <c>Import/Data/member-states.txt</c>; used to split sponsor lines such as
/// "Bosnia and Herzegovina, Chile and Viet Nam" on names rather than on " and ".
/// </summary>
public sealed class MemberStates
{
    private readonly Dictionary<string, string> _canonical;
    private readonly string[] _longestFirst;

    private MemberStates(IEnumerable<string> names)
    {
        var list = names.Distinct().ToArray();
        _canonical = list.ToDictionary(Normalize, n => n, StringComparer.OrdinalIgnoreCase);
        _longestFirst = [.. list.OrderByDescending(n => n.Length)];
    }

    /// <summary>The shipped list.</summary>
    public static MemberStates Default { get; } = new(EmbeddedData.Lines("member-states.txt"));

    /// <summary>Whether <paramref name="name"/> is a Member State or observer State (case and apostrophe style ignored).</summary>
    public bool IsKnown(string name) => _canonical.ContainsKey(Normalize(name.Trim()));

    /// <summary>Splits a sponsor line ("A, B and C") into names, in order; unknown names are kept and flagged.</summary>
    public IReadOnlyList<(string Name, bool Known)> Split(string sponsorLine)
    {
        var text = sponsorLine.Trim().TrimEnd('.', ',', ':').Trim();
        var result = new List<(string, bool)>();
        var position = 0;
        while (position < text.Length)
        {
            position = SkipSeparators(text, position);
            if (position >= text.Length)
            {
                break;
            }

            if (KnownAt(text, position) is { } known)
            {
                result.Add((_canonical[Normalize(known)], true));
                position += known.Length;
                continue;
            }

            var end = UnknownEnd(text, position);
            var name = text[position..end].Trim();
            if (name.Length > 0)
            {
                result.Add((name, false));
            }

            position = end;
        }

        return result;
    }

    private string? KnownAt(string text, int position)
    {
        foreach (var name in _longestFirst)
        {
            if (position + name.Length > text.Length
                || !string.Equals(Normalize(text.Substring(position, name.Length)), Normalize(name), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text.AsSpan(position + name.Length);
            if (rest.IsEmpty || rest[0] == ',' || rest.StartsWith(" and ", StringComparison.Ordinal))
            {
                return text.Substring(position, name.Length);
            }
        }

        return null;
    }

    private int UnknownEnd(string text, int position)
    {
        var comma = text.IndexOf(',', position);
        var limit = comma < 0 ? text.Length : comma;
        // An unknown name runs to the next comma, or to an " and " that is followed by a known name.
        for (var and = text.IndexOf(" and ", position, limit - position, StringComparison.Ordinal);
             and >= 0;
             and = text.IndexOf(" and ", and + 1, limit - and - 1, StringComparison.Ordinal))
        {
            if (KnownAt(text, and + 5) is not null || (comma < 0 && text.IndexOf(" and ", and + 1, StringComparison.Ordinal) < 0))
            {
                return and;
            }
        }

        return limit;
    }

    private static int SkipSeparators(string text, int position)
    {
        while (true)
        {
            if (position < text.Length && (text[position] == ',' || text[position] == ' '))
            {
                position++;
            }
            else if (string.CompareOrdinal(text, position, "and ", 0, 4) == 0)
            {
                position += 4;
            }
            else
            {
                return position;
            }
        }
    }

    private static string Normalize(string name) => name.Replace('\u2019', '\'').Replace('\u2018', '\'');
}
