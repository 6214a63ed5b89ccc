using Drafting.Api.Features.Negotiation;

namespace Drafting.Api.Features.Library;

/// <summary>Turns stored library rows into a resolution-shaped document: sub-paragraphs nested under their paragraph by depth.</summary>
public static class LibraryDocumentShape
{
    /// <summary>Where the texts come from, as the UNxml corpora ask to be credited.</summary>
    public const string Source = "United Nations";

    /// <summary>The document as JSON-ready DTOs.</summary>
    public static LibraryDocumentDto From(LibraryDocumentRow document, IReadOnlyList<LibraryParagraphRow> paragraphs)
    {
        var preambular = new List<Node>();
        var operative = new List<Node>();
        var headings = new List<(string Id, string Text, int After)>();
        var open = new List<Node>();
        foreach (var row in paragraphs)
        {
            var node = new Node(row);
            switch (row.Kind)
            {
                case "heading":
                    headings.Add(($"p{row.Position}", row.Text, (int)row.Position));
                    break;
                case "preambular":
                    preambular.Add(node);
                    open = [node];
                    break;
                case "operative":
                    operative.Add(node);
                    open = [node];
                    break;
                default:
                    var depth = (int)Math.Min(row.Depth, open.Count);
                    if (depth == 0)
                    {
                        operative.Add(node);
                        open = [node];
                        break;
                    }

                    open.RemoveRange(depth, open.Count - depth);
                    open[^1].Children.Add(node);
                    open.Add(node);
                    break;
            }
        }

        var tops = preambular.Concat(operative).OrderBy(n => n.Row.Position).ToList();
        return new LibraryDocumentDto(
            Guid.Parse(document.Id, System.Globalization.CultureInfo.InvariantCulture),
            document.Organ,
            document.Symbol,
            document.Title,
            document.Formula,
            LibrarySummaryDto.ParseDate(document.AdoptedOn),
            (int?)document.Session,
            document.AgendaItem,
            "adopted",
            Source,
            preambular.Select(n => n.ToDto()).ToList(),
            operative.Select(n => n.ToDto()).ToList(),
            headings.Select(h => new LibraryHeadingDto(h.Id, h.Text, tops.FirstOrDefault(n => n.Row.Position > h.After) is { } next ? $"p{next.Row.Position}" : null)).ToList());
    }

    private sealed class Node(LibraryParagraphRow row)
    {
        public LibraryParagraphRow Row { get; } = row;

        public List<Node> Children { get; } = [];

        public LibraryClauseDto ToDto() => new($"p{Row.Position}", Row.Number, Row.Reference, Row.Opening, Row.Text, Children.Select(c => c.ToDto()).ToList());
    }
}
