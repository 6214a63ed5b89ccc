using System.Globalization;
using System.Text;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// What an exported file is, as UN drafts say it on their first page and in their file name: a published revision
/// ("Rev.1", "Zero draft"), the text being written after one, that text with the changes since an earlier revision,
/// or the compilation of proposals at a moment; and "In blue" when it is. Every writer prints <see cref="MastheadLines"/>;
/// the download is named by <see cref="FileName"/>, so four files of one negotiation never look alike on a desktop.
/// </summary>
/// <param name="Revision">The label of the published revision this text is ("Rev.1"); null for a text not published as it stands.</param>
/// <param name="After">For a text not published: the label of the last revision published before it; null when none is (the zero draft is being written).</param>
/// <param name="AsOf">When the file was made (the moment an unpublished text or a compilation stood so).</param>
/// <param name="ComparedWith">The label of the revision whose changes are marked; null for a clean text.</param>
/// <param name="Compilation">Whether the file is the compilation of proposals.</param>
/// <param name="InBlue">Whether the text is in blue.</param>
public sealed record DocumentIdentity(
    string? Revision, string? After, DateTimeOffset AsOf, string? ComparedWith = null, bool Compilation = false, bool InBlue = false)
{
    /// <summary>The label of the zero draft, the first revision.</summary>
    public const string ZeroDraft = "Zero draft";

    /// <summary>A published revision as it was published.</summary>
    public static DocumentIdentity Of(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(revision.Label, null, revision.PublishedAt, InBlue: revision.Resolution.Stage == Stage.InBlue);
    }

    /// <summary>
    /// The current text at <paramref name="now"/>: the <paramref name="latest"/> revision when its text and sponsor line are
    /// still those published (a stage move or a new symbol does not make another text), else the text after it, or the
    /// zero draft being written when nothing is published.
    /// </summary>
    public static DocumentIdentity Of(Resolution current, Revision? latest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        var inBlue = current.Stage == Stage.InBlue;
        if (latest is null)
        {
            return new(null, null, now, InBlue: inBlue);
        }

        var same = Diff.ResolutionComparison.Compare(latest.Resolution, current).IsUnchanged
            && latest.Resolution.ActiveSponsors.Select(s => s.Name).SequenceEqual(current.ActiveSponsors.Select(s => s.Name), StringComparer.Ordinal);
        return same ? new(latest.Label, null, latest.PublishedAt, InBlue: inBlue) : new(null, latest.Label, now, InBlue: inBlue);
    }

    /// <summary>"Rev.1"; "Zero draft (not yet published)"; "Text after Rev.1 (not yet published)".</summary>
    public string Label => Revision ?? (After is null ? $"{ZeroDraft} (not yet published)" : $"Text after {After} (not yet published)");

    /// <summary>
    /// The lines that say what the file is, printed under the masthead: the label, then "Changes since the zero draft",
    /// "Compilation of proposals as of 6 December 2026, 10:00 (New York)", "Text as of …" for an unpublished text, "In blue".
    /// </summary>
    public IReadOnlyList<string> MastheadLines
    {
        get
        {
            var lines = new List<string>();
            if (Compilation)
            {
                lines.Add($"Compilation of proposals as of {NewYorkTime.Describe(AsOf)}");
                lines.Add($"Proposals on: {Label}");
            }
            else
            {
                lines.Add(Label);
                if (ComparedWith is { } older)
                {
                    lines.Add($"Changes since {Name(older)} shown as tracked changes");
                }

                if (Revision is null)
                {
                    lines.Add($"Text as of {NewYorkTime.Describe(AsOf)}");
                }
            }

            if (InBlue)
            {
                lines.Add("In blue");
            }

            return lines;
        }
    }

    /// <summary>
    /// "S-2026-118-Rev.1.docx", "S-2026-118-Rev.1-changes-since-zero-draft.docx", "S-2026-118-compilation-2026-12-06-1000.docx",
    /// "S-2026-118-after-Rev.1-2026-12-06-1000.docx": the symbol (else the title, working code, or organ and date) then what the file is.
    /// </summary>
    public string FileName(Resolution resolution, string extension)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var stem = Slug(resolution.Symbol ?? resolution.Title ?? resolution.Code
            ?? $"{resolution.Organ.Name} draft resolution {resolution.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", 80);
        var parts = new List<string> { stem.Length == 0 ? $"draft-{resolution.Id:N}" : stem };
        var stamp = NewYorkTime.Stamp(AsOf);
        if (Compilation)
        {
            parts.Add($"compilation-{stamp}");
        }
        else
        {
            parts.Add(Revision is { } label ? LabelSlug(label) : After is { } after ? $"after-{LabelSlug(after)}-{stamp}" : $"zero-draft-{stamp}");
            if (ComparedWith is { } older)
            {
                parts.Add($"changes-since-{LabelSlug(older)}");
            }
        }

        if (InBlue)
        {
            parts.Add("in-blue");
        }

        return $"{string.Join('-', parts)}.{extension}";
    }

    /// <summary>"the zero draft" or "Rev.1", as a sentence names a revision.</summary>
    private static string Name(string label) => label == ZeroDraft ? "the zero draft" : label;

    /// <summary>"Rev.1" stays as UN symbols write it; any other label in lower case ("zero-draft").</summary>
    private static string LabelSlug(string label)
    {
        var slug = Slug(label, 40);
        return slug.StartsWith("Rev.", StringComparison.Ordinal) ? slug : slug.ToLowerInvariant();
    }

    /// <summary>Letters, digits, dots and underscores kept; every other run of characters one hyphen; at most <paramref name="max"/> characters.</summary>
    private static string Slug(string text, int max)
    {
        var safe = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            {
                safe.Append(c);
            }
            else if (safe.Length > 0 && safe[^1] != '-')
            {
                safe.Append('-');
            }
        }

        var slug = safe.ToString().Trim('-', '.');
        return slug.Length > max ? slug[..max].TrimEnd('-', '.') : slug;
    }
}
