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

    /// <summary>Former names still pasted from older drafts, and the names UN documents use now.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Turkey"] = "Türkiye",
        ["Swaziland"] = "Eswatini",
        ["The former Yugoslav Republic of Macedonia"] = "North Macedonia",
        ["Czech Republic"] = "Czechia",
        ["Cape Verde"] = "Cabo Verde",
    };

    private MemberStates(IEnumerable<string> names)
    {
        var list = names.Distinct().ToArray();
        _canonical = list.ToDictionary(Normalize, n => n, StringComparer.OrdinalIgnoreCase);
        _longestFirst = [.. list.OrderByDescending(n => n.Length)];
    }

    /// <summary>The shipped list.</summary>
    public static MemberStates Default { get; } = new(EmbeddedData.Lines("member-states.txt"));

    /// <summary>Every name on the list, alphabetically.</summary>
    public IReadOnlyList<string> Names => [.. _longestFirst.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="name"/> is a Member State or observer State (case and apostrophe style ignored).</summary>
    public bool IsKnown(string name) => _canonical.ContainsKey(Normalize(name.Trim()));

    /// <summary>Splits a sponsor line ("A, B and C") into names, in order; unknown names are kept and flagged.</summary>
    public IReadOnlyList<(string Name, bool Known)> Split(string sponsorLine) =>
        [.. SplitWithCorrections(sponsorLine).Select(s => (s.Name, s.Known))];

    /// <summary>
    /// Splits a sponsor line as published, slips included: empty items ("Ghana, , Kenya") are skipped, a missing comma
    /// between two known names ("Costa Rica Cuba") splits them, other apostrophes and former names ("Turkey") become the
    /// names UN documents write now. Each such repair is described in <see cref="SponsorName.Correction"/>.
    /// </summary>
    public IReadOnlyList<SponsorName> SplitWithCorrections(string sponsorLine)
    {
        var names = new List<SponsorName>();
        foreach (var (written, known) in SplitWritten(sponsorLine))
        {
            if (!known)
            {
                names.Add(new SponsorName(written, false, null));
                continue;
            }

            var canonical = _canonical[Normalize(written)];
            if (Renamed.TryGetValue(canonical, out var current) && IsKnown(current))
            {
                names.Add(new SponsorName(_canonical[Normalize(current)], true, $"\"{written}\" is now \"{current}\" in UN documents; the current name is used."));
            }
            else if (!string.Equals(written, canonical, StringComparison.Ordinal))
            {
                names.Add(new SponsorName(canonical, true, $"\"{written}\" is written \"{canonical}\" in UN documents; that spelling is used."));
            }
            else
            {
                names.Add(new SponsorName(canonical, true, null));
            }
        }

        for (var i = 0; i + 1 < names.Count; i++)
        {
            if (names[i].Known && names[i + 1].Known && MissingCommaBetween(sponsorLine, names[i].Name, names[i + 1].Name))
            {
                names[i + 1] = names[i + 1] with { Correction = $"A comma is missing between \"{names[i].Name}\" and \"{names[i + 1].Name}\"; they are two sponsors." };
            }
        }

        return names;
    }

    /// <summary>Empty items in the line ("Ghana, , Kenya"), which are skipped.</summary>
    public static int EmptyItems(string sponsorLine) => sponsorLine.Split(',').Skip(1).Count(item => item.Trim().Length == 0);

    private static bool MissingCommaBetween(string line, string first, string second)
    {
        var normalized = Normalize(line);
        return normalized.Contains(Normalize(first) + " " + Normalize(second), StringComparison.OrdinalIgnoreCase);
    }

    private List<(string Written, bool Known)> SplitWritten(string sponsorLine)
    {
        var text = sponsorLine.Trim().TrimEnd('.', ',', ':').Trim();
        var result = new List<(string Written, bool Known)>();
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
                result.Add((known, true));
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
            if (rest.IsEmpty || rest[0] == ',' || rest.StartsWith(" and ", StringComparison.Ordinal)
                || (rest[0] == ' ' && KnownAt(text, position + name.Length + 1) is not null))
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

/// <summary>One sponsor read from a sponsor line.</summary>
/// <param name="Name">The name as UN documents write it (or as written, when unknown).</param>
/// <param name="Known">Whether it is a Member State or observer State.</param>
/// <param name="Correction">What was repaired to read it, or null.</param>
public sealed record SponsorName(string Name, bool Known, string? Correction);
