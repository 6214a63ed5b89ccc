namespace Drafting.Model.Import;

/// <summary>
/// The names of the UN Member States and observer States as UN documents write them, read from the
/// shipped list <c>Import/Data/member-states.txt</c>; used to split sponsor lines such as
/// "Bosnia and Herzegovina, Chile and Viet Nam" on names rather than on " and ".
/// </summary>
public sealed class MemberStates
{
    private readonly Dictionary<string, string> _canonical;
    private readonly Dictionary<string, string[]> _byFirstWord;

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

        // Candidates by their first word, longest first: a sponsor line is matched name by name in one pass.
        _byFirstWord = list
            .GroupBy(n => Normalize(FirstWord(n)), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shipped list.</summary>
    public static MemberStates Default { get; } = new(EmbeddedData.Lines("member-states.txt"));

    /// <summary>Every name on the list, alphabetically.</summary>
    public IReadOnlyList<string> Names => [.. _canonical.Values.Distinct().Order(StringComparer.Ordinal)];

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
        var (text, pieces) = SplitWritten(sponsorLine);
        foreach (var (written, known, _, _) in pieces)
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
            if (names[i].Known && names[i + 1].Known && pieces[i + 1].Start - pieces[i].End == 1 && text[pieces[i].End] == ' ')
            {
                names[i + 1] = names[i + 1] with { Correction = $"A comma is missing between \"{names[i].Name}\" and \"{names[i + 1].Name}\"; they are two sponsors." };
            }
        }

        return names;
    }

    /// <summary>Empty items in the line ("Ghana, , Kenya"), which are skipped.</summary>
    public static int EmptyItems(string sponsorLine) => sponsorLine.Split(',').Skip(1).Count(item => item.Trim().Length == 0);

    /// <summary>
    /// Splits the line into names, each with where it stands in the trimmed line. Linear in the line: which known name
    /// starts at each word is decided once, from the last word to the first.
    /// </summary>
    private (string Text, List<(string Written, bool Known, int Start, int End)> Pieces) SplitWritten(string sponsorLine)
    {
        var text = sponsorLine.Trim().TrimEnd('.', ',', ':').Trim();
        var known = KnownNamesByWord(text);
        var lastAnd = text.LastIndexOf(" and ", StringComparison.Ordinal);
        var result = new List<(string Written, bool Known, int Start, int End)>();
        var position = 0;
        while (position < text.Length)
        {
            position = SkipSeparators(text, position);
            if (position >= text.Length)
            {
                break;
            }

            if (KnownAt(text, position, known) is { } name)
            {
                result.Add((name, true, position, position + name.Length));
                position += name.Length;
                continue;
            }

            var end = UnknownEnd(text, position, known, lastAnd);
            var unknown = text[position..end];
            var trimmed = unknown.Trim();
            if (trimmed.Length > 0)
            {
                var start = position + unknown.IndexOf(trimmed[0], StringComparison.Ordinal);
                result.Add((trimmed, false, start, start + trimmed.Length));
            }

            position = Math.Max(end, position + 1);
        }

        return (text, result);
    }

    /// <summary>The known name that starts at each word of <paramref name="text"/> (null where none does), filled from the end.</summary>
    private string?[] KnownNamesByWord(string text)
    {
        var known = new string?[text.Length + 1];
        for (var position = text.Length - 1; position >= 0; position--)
        {
            if (position == 0 || text[position - 1] is ' ' or ',')
            {
                known[position] = Match(text, position, known);
            }
        }

        return known;
    }

    private string? KnownAt(string text, int position, string?[] known) =>
        position == 0 || text[position - 1] is ' ' or ',' ? known[position] : Match(text, position, known);

    /// <summary>
    /// The longest known name written at <paramref name="position"/> that ends the line, a comma item or an " and "
    /// item, or is followed by another known name after a space (a missing comma). Looks only at later words in
    /// <paramref name="known"/>, which are already decided.
    /// </summary>
    private string? Match(string text, int position, string?[] known)
    {
        var wordEnd = position;
        while (wordEnd < text.Length && text[wordEnd] is not (' ' or ','))
        {
            wordEnd++;
        }

        if (wordEnd == position || !_byFirstWord.TryGetValue(Normalize(text[position..wordEnd]), out var candidates))
        {
            return null;
        }

        foreach (var name in candidates)
        {
            if (position + name.Length > text.Length || !SameName(text.AsSpan(position, name.Length), name))
            {
                continue;
            }

            var after = position + name.Length;
            var rest = text.AsSpan(after);
            if (rest.IsEmpty || rest[0] == ',' || rest.StartsWith(" and ", StringComparison.Ordinal)
                || (rest[0] == ' ' && after + 1 < text.Length && known[after + 1] is not null))
            {
                return text.Substring(position, name.Length);
            }
        }

        return null;
    }

    /// <summary>An unknown name runs to the next comma, or to an " and " that is followed by a known name or is the last one.</summary>
    private int UnknownEnd(string text, int position, string?[] known, int lastAnd)
    {
        var comma = text.IndexOf(',', position);
        var limit = comma < 0 ? text.Length : comma;
        for (var and = text.IndexOf(" and ", position, limit - position, StringComparison.Ordinal);
             and >= 0;
             and = text.IndexOf(" and ", and + 1, limit - and - 1, StringComparison.Ordinal))
        {
            if (KnownAt(text, and + 5, known) is not null || (comma < 0 && and == lastAnd))
            {
                return and;
            }
        }

        return limit;
    }

    private static bool SameName(ReadOnlySpan<char> written, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.ToUpperInvariant(NormalizeChar(written[i])) != char.ToUpperInvariant(NormalizeChar(name[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : name[..space];
    }

    private static char NormalizeChar(char c) => c is '\u2019' or '\u2018' ? '\'' : c;

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
