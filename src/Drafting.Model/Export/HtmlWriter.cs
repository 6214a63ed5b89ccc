using System.Net;
using System.Text;
using Drafting.Model.Diff;
using Drafting.Model.Negotiation;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Export;

/// <summary>
/// Writes a resolution as a standalone HTML document for the web view and for printing: the same structure as the
/// Word export, one CSS class per element (<c>.formula</c>, <c>.pp</c>, <c>.op</c>, <c>.sub</c>, <c>.opening</c>,
/// <c>.num</c>, <c>.sponsors</c>), <c>data-clause-id</c> on every clause, footnotes as numbered superscript links
/// at their markers with the notes listed at the foot (<c>.footnotes</c>), and optionally the changes against an
/// older version as <c>ins</c>/<c>del</c>. Every text is HTML-encoded.
/// </summary>
public static class HtmlWriter
{
    /// <summary>The media type of the document.</summary>
    public const string ContentType = "text/html; charset=utf-8";

    private const string Stylesheet = """
        body { font-family: "Times New Roman", Times, serif; font-size: 10pt; line-height: 12pt; max-width: 16.5cm; margin: 2cm auto; color: #000; }
        .masthead { display: grid; grid-template-columns: 1.5cm 1fr 5.3cm; border-bottom: 3pt solid #000; margin-bottom: 12pt; }
        .masthead .un { grid-column: 1 / 3; font-size: 14pt; border-bottom: 0.75pt solid #000; margin: 0; padding-bottom: 2pt; }
        .masthead .symbol { text-align: right; border-bottom: 0.75pt solid #000; margin: 0; padding-bottom: 2pt; }
        .masthead .symbol .first { font-size: 20pt; }
        .masthead .organ { grid-column: 2; font-size: 20pt; font-weight: bold; align-self: center; margin: 0; }
        .masthead .distr { grid-column: 3; padding: 6pt 0; }
        .masthead .distr p { margin: 0; }
        p.session { margin: 0; text-align: left; }
        p.identity { margin: 6pt 0 0; font-weight: bold; text-align: left; }
        .record.comments blockquote { margin: 0 0 4pt 0.84cm; font-style: italic; }
        .sponsors, .title { font-size: 12pt; font-weight: bold; line-height: 14pt; margin: 12pt 0; }
        .formula, .pp { text-indent: 0.84cm; }
        p { text-align: justify; margin: 0 0 6pt; }
        .op { padding-left: 1.68cm; text-indent: -0.84cm; }
        .sub-1 { padding-left: 2.52cm; text-indent: -0.84cm; }
        .sub-2 { padding-left: 3.36cm; text-indent: -0.84cm; }
        .sub-3 { padding-left: 4.2cm; text-indent: -0.84cm; }
        .sub-4 { padding-left: 5.04cm; text-indent: -0.84cm; }
        .num { display: inline-block; min-width: 0.84cm; text-indent: 0; }
        .opening, .organ-name { font-style: italic; }
        p.adoption { margin: 0 0 12pt; }
        p.sign-off { margin: 12pt 0 0 50%; }
        h3.heading { font-size: 10pt; font-weight: bold; margin: 12pt 0 6pt; page-break-after: avoid; }
        .note-ref { font-size: 7pt; line-height: 0; vertical-align: super; }
        .note-ref a { color: inherit; text-decoration: none; }
        .footnotes { margin-top: 18pt; font-size: 8pt; line-height: 10pt; }
        .footnotes hr { width: 5cm; margin: 0 0 4pt; border: 0; border-top: 0.75pt solid #000; }
        .footnotes ol { margin: 0; padding-left: 0.84cm; }
        .footnotes li { text-align: justify; }
        ins { color: #1a5fb4; text-decoration: underline; }
        del { color: #a51d2d; text-decoration: line-through; }
        .proposal { margin: 0 0 6pt 1.68cm; padding: 2pt 6pt; border-left: 2pt solid #1a5fb4; font-family: Arial, sans-serif; font-size: 9pt; line-height: 11pt; }
        .proposal.competing { border-left-color: #c64600; }
        .proposal .tag { font-weight: bold; }
        .proposal .rationale { color: #444; }
        body.with-agreed-language { max-width: 22.5cm; page: wide; }
        .agreed-row { display: grid; grid-template-columns: minmax(0, 1fr) 5.5cm; column-gap: 0.5cm; align-items: start; }
        .agreed-row .agreed-language { font-family: Arial, sans-serif; font-size: 8pt; line-height: 10pt; color: #555; text-align: left; text-indent: 0; padding-left: 0.25cm; border-left: 0.75pt solid #bbb; }
        .agreed-row.agreed-head .agreed-language { font-weight: bold; color: #000; }
        body.with-agreed-language .proposal, body.with-agreed-language .footnotes, body.with-agreed-language p.sign-off { margin-right: 6cm; }
        @page wide { size: letter landscape; }
        @media print {
          @page { size: letter; margin: 2.54cm; }
          body { margin: 0; max-width: none; }
          p { orphans: 2; widows: 2; }
          .sponsors, .title { page-break-after: avoid; }
        }
        """;

    /// <summary>
    /// The HTML document of <paramref name="resolution"/>, with the changes since <paramref name="compareTo"/> marked when
    /// given, or as a compilation text: each open proposal of <paramref name="compilation"/> after the paragraph it bears on;
    /// after the text, the record of its <paramref name="silences"/> with every statement that broke one, then the <paramref name="comments"/>
    /// asked for; under the masthead, what the file is (<paramref name="identity"/>). With <paramref name="agreedLanguage"/>,
    /// the text has a second column: beside each paragraph it names, a quiet note of the adopted paragraph closest to it
    /// ("as in S/RES/2253 (2015) OP 5, 3 words differ"); the page is wider, and printed in landscape.
    /// </summary>
    public static string Write(
        Resolution resolution, Resolution? compareTo = null, Compilation? compilation = null, SilenceRecord? silences = null,
        DocumentIdentity? identity = null, IReadOnlyList<ExportComment>? comments = null, IReadOnlyDictionary<ClauseId, string>? agreedLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var views = compareTo is null ? ClauseView.Of(resolution) : ClauseView.Of(ResolutionComparison.Compare(compareTo, resolution));
        var notes = DocumentText.NumberedNotes(resolution);
        var html = new StringBuilder();
        var title = resolution.Symbol ?? resolution.Title ?? $"Draft {resolution.Organ.Name} resolution";
        title = identity is null ? title : $"{title}, {string.Join(", ", identity.MastheadLines)}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append(Stylesheet).Append("</style>\n</head>\n<body").Append(agreedLanguage is null ? "" : " class=\"with-agreed-language\"")
            .Append(">\n<article class=\"resolution\" data-resolution-id=\"").Append(resolution.Id).Append("\">\n");
        WriteMasthead(html, resolution, identity);
        WriteFormula(html, resolution);
        if (agreedLanguage is not null)
        {
            html.Append("<div class=\"agreed-row agreed-head\"><p></p><p class=\"agreed-language\">Agreed language: the closest adopted paragraph</p></div>\n");
        }

        html.Append("<section class=\"preamble\">\n");
        var inOperative = false;
        foreach (var view in views)
        {
            if (!inOperative && view.Kind != ClauseKind.Preambular)
            {
                html.Append("</section>\n<section class=\"operative\">\n");
                inOperative = true;
            }

            if (view.Depth == 0 && view.Change != ClauseChange.Deleted && resolution.HeadingBefore(view.Id) is { } heading)
            {
                html.Append("<h3 class=\"heading\" data-heading-id=\"").Append(Encode(heading.Id.Value)).Append("\">")
                    .Append(Encode(heading.Text)).Append("</h3>\n");
            }

            if (compilation is not null && view.Depth == 0 && IsFirst(resolution, view))
            {
                foreach (var proposal in compilation.AtStart(view.Kind))
                {
                    WriteProposal(html, proposal, compilation);
                }
            }

            // With agreed language, a row of two columns: the paragraph, and beside it its closest adopted paragraph (or nothing).
            if (agreedLanguage is not null)
            {
                html.Append("<div class=\"agreed-row\">");
            }

            WriteClause(html, view, view.Change == ClauseChange.Deleted ? [] : notes.GetValueOrDefault(view.Id, []));
            if (agreedLanguage is not null)
            {
                html.Append(view.Change != ClauseChange.Deleted && agreedLanguage.GetValueOrDefault(view.Id) is { } agreed
                    ? $"<p class=\"agreed-language\" data-agreed-of=\"{Encode(view.Id.Value)}\">{Encode(agreed)}</p>"
                    : "<p class=\"agreed-language\"></p>").Append("</div>\n");
            }

            foreach (var proposal in compilation?.At(view.Id) ?? [])
            {
                WriteProposal(html, proposal, compilation!);
            }
        }

        if (!inOperative)
        {
            html.Append("</section>\n<section class=\"operative\">\n");
        }

        html.Append("</section>\n");
        if (AdoptedText.SignOff(resolution) is { Count: > 0 } signOff)
        {
            html.Append("<p class=\"sign-off\">").Append(string.Join("<br />", signOff.Select(Encode))).Append("</p>\n");
        }

        WriteFootnotes(html, notes);
        html.Append("</article>\n");
        WriteSilences(html, silences);
        HtmlComments.Write(html, resolution, comments ?? []);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The record of the silence procedure, outside the document itself: each silence and the statements that broke it.</summary>
    private static void WriteSilences(StringBuilder html, SilenceRecord? record)
    {
        if (record is not { Silences.Count: > 0 })
        {
            return;
        }

        html.Append("<section class=\"record silences\">\n<h2>Record of the silence procedure</h2>\n<ol>\n");
        foreach (var recorded in record.Silences)
        {
            html.Append("<li>").Append(Encode(record.Describe(recorded)));
            foreach (var broken in recorded.Silence.Breaks)
            {
                html.Append("<blockquote><p><strong>").Append(Encode(broken.Organization)).Append("</strong>, ").Append(Encode(SilenceRecord.Format(broken.At)))
                    .Append("</p><p>").Append(Encode(broken.Statement)).Append("</p></blockquote>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static bool IsFirst(Resolution resolution, ClauseView view) =>
        (view.Kind == ClauseKind.Preambular ? resolution.Preambular : resolution.Operative) is { Length: > 0 } list && list[0].Id == view.Id;

    /// <summary>One open proposal as negotiators read it: "[Ghana, supported by Kenya: replace]" and what it changes.</summary>
    private static void WriteProposal(StringBuilder html, Proposal proposal, Compilation compilation)
    {
        var competing = compilation.Competes(proposal);
        html.Append("<div class=\"proposal").Append(competing ? " competing" : "").Append("\" data-proposal-id=\"").Append(proposal.Id)
            .Append("\" data-organization=\"").Append(Encode(proposal.Organization)).Append("\"><span class=\"tag\">")
            .Append(Encode(CompilationText.Tag(proposal, compilation.Current))).Append("</span> ");
        switch (proposal.Kind)
        {
            case ProposalKind.Replace:
                foreach (var segment in WordDiff.Compare(proposal.BaseText!, proposal.Text!))
                {
                    var (open, close) = segment.Kind switch
                    {
                        SegmentKind.Inserted => ("<ins>", "</ins>"),
                        SegmentKind.Deleted => ("<del>", "</del>"),
                        _ => ("", ""),
                    };
                    html.Append(open).Append(Encode(segment.Text)).Append(close);
                }

                break;
            case ProposalKind.Insert:
                html.Append("<ins>").Append(Encode(proposal.Text!)).Append("</ins>");
                break;
        }

        if (competing)
        {
            html.Append(" <em>(competes with another proposal on this paragraph)</em>");
        }

        if (proposal.Rationale is { } rationale)
        {
            html.Append("<div class=\"rationale\">").Append(Comments.CommentMarkdown.ToHtml(rationale)).Append("</div>");
        }

        html.Append("</div>\n");
    }

    private static void WriteFootnotes(StringBuilder html, Dictionary<ClauseId, List<(Note Note, int Number)>> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        html.Append("<footer class=\"footnotes\">\n<hr />\n<ol>\n");
        foreach (var (note, number) in notes.Values.SelectMany(n => n).OrderBy(n => n.Number))
        {
            html.Append("<li id=\"note-").Append(number).Append("\" value=\"").Append(number).Append("\">").Append(Encode(note.Text))
                .Append(" <a href=\"#note-ref-").Append(number).Append("\" aria-label=\"Back to the text\">&#8617;</a></li>\n");
        }

        html.Append("</ol>\n</footer>\n");
    }

    private static void WriteMasthead(StringBuilder html, Resolution resolution, DocumentIdentity? identity)
    {
        html.Append("<header class=\"masthead\">\n<p class=\"un\">United Nations</p>\n<p class=\"symbol\">");
        if (resolution.Symbol is { } symbol)
        {
            var (first, remainder) = DocumentText.SplitSymbol(symbol);
            html.Append("<span class=\"first\">").Append(Encode(first)).Append("</span>").Append(Encode(remainder));
        }

        html.Append("</p>\n<p class=\"organ\">").Append(Encode(resolution.Organ.Name)).Append("</p>\n<div class=\"distr\">\n<p>Distr.: General</p>\n");
        if (DocumentText.Date(resolution) is { } date)
        {
            html.Append("<p class=\"date\">").Append(Encode(date)).Append("</p>\n");
        }

        html.Append("<p>&#160;</p>\n<p>Original: English</p>\n</div>\n</header>\n");
        foreach (var line in DocumentText.SessionLines(resolution))
        {
            html.Append("<p class=\"session\">").Append(Encode(line)).Append("</p>\n");
        }

        foreach (var line in AdoptedText.Applies(resolution) ? [] : identity?.MastheadLines ?? [])
        {
            html.Append("<p class=\"identity\">").Append(Encode(line)).Append("</p>\n");
        }

        if (AdoptedText.Applies(resolution))
        {
            var (number, adoption, adoptedTitle) = AdoptedText.Lines(resolution);
            if (number is not null)
            {
                html.Append("<h1 class=\"title\">").Append(Encode(number)).Append("</h1>\n");
            }

            html.Append("<p class=\"adoption\">").Append(Encode(adoption)).Append("</p>\n");
            if (adoptedTitle is not null)
            {
                html.Append("<h1 class=\"title\">").Append(Encode(adoptedTitle)).Append("</h1>\n");
            }

            return;
        }

        if (DocumentText.SponsorLine(resolution) is { } sponsors)
        {
            html.Append("<p class=\"sponsors\">").Append(Encode(sponsors)).Append("</p>\n");
        }

        if (resolution.Title is { } title)
        {
            html.Append("<h1 class=\"title\">").Append(Encode(title)).Append("</h1>\n");
        }
    }

    private static void WriteFormula(StringBuilder html, Resolution resolution)
    {
        var formula = resolution.Formula;
        var organ = resolution.Organ.Name;
        var at = formula.IndexOf(organ, StringComparison.Ordinal);
        html.Append("<p class=\"formula\">");
        if (at < 0)
        {
            html.Append(Encode(formula));
        }
        else
        {
            html.Append(Encode(formula[..at])).Append("<i class=\"organ-name\">").Append(Encode(organ)).Append("</i>").Append(Encode(formula[(at + organ.Length)..]));
        }

        html.Append("</p>\n");
    }

    private static void WriteClause(StringBuilder html, ClauseView view, List<(Note Note, int Number)> notes)
    {
        var kind = view.Kind switch
        {
            ClauseKind.Preambular => "pp",
            ClauseKind.Operative => "op",
            _ => $"sub sub-{Math.Clamp(view.Depth, 1, 4)}",
        };
        var change = view.Change switch
        {
            ClauseChange.Inserted => " inserted",
            ClauseChange.Deleted => " deleted",
            ClauseChange.Modified => " modified",
            _ => "",
        };
        html.Append("<p class=\"").Append(kind).Append(change).Append("\" data-clause-id=\"").Append(Encode(view.Id.Value)).Append("\">");
        WriteLabel(html, view);
        var newAt = 0;
        var oldAt = 0;
        foreach (var piece in view.Pieces)
        {
            var (at, opening) = piece.Kind == PieceKind.Deleted ? (oldAt, view.OldOpening?.Length ?? 0) : (newAt, view.NewOpening?.Length ?? 0);
            var tag = piece.Kind switch { PieceKind.Inserted => "ins", PieceKind.Deleted => "del", _ => null };
            if (tag is not null)
            {
                html.Append('<').Append(tag).Append('>');
            }

            if (piece.Kind == PieceKind.Deleted)
            {
                WriteText(html, piece.Text, at, opening);
            }
            else
            {
                // Markers stand in the current text: cut the piece at each note's offset inside it.
                var cut = 0;
                foreach (var (note, number) in notes.Where(n => n.Note.Offset >= at && n.Note.Offset < at + piece.Text.Length))
                {
                    WriteText(html, piece.Text[cut..(note.Offset - at)], at + cut, opening);
                    WriteReference(html, number);
                    cut = note.Offset - at;
                }

                WriteText(html, piece.Text[cut..], at + cut, opening);
            }

            if (tag is not null)
            {
                html.Append("</").Append(tag).Append('>');
            }

            if (piece.Kind != PieceKind.Inserted)
            {
                oldAt += piece.Text.Length;
            }

            if (piece.Kind != PieceKind.Deleted)
            {
                newAt += piece.Text.Length;
            }
        }

        foreach (var (_, number) in notes.Where(n => n.Note.Offset >= newAt))
        {
            WriteReference(html, number);
        }

        html.Append("</p>\n");
    }

    /// <summary>Writes <paramref name="text"/>, which starts <paramref name="at"/> characters into the clause, with the part inside the opening in italics.</summary>
    private static void WriteText(StringBuilder html, string text, int at, int opening)
    {
        var italic = Math.Clamp(opening - at, 0, text.Length);
        if (italic > 0)
        {
            html.Append("<span class=\"opening\">").Append(Encode(text[..italic])).Append("</span>");
        }

        html.Append(Encode(text[italic..]));
    }

    private static void WriteReference(StringBuilder html, int number) =>
        html.Append("<sup class=\"note-ref\"><a id=\"note-ref-").Append(number).Append("\" href=\"#note-").Append(number).Append("\">")
            .Append(number).Append("</a></sup>");

    private static void WriteLabel(StringBuilder html, ClauseView view)
    {
        if (view.OldLabel is null && view.NewLabel is null)
        {
            return;
        }

        html.Append("<span class=\"num\">");
        if (view.OldLabel == view.NewLabel || view.Change is ClauseChange.Inserted or ClauseChange.Deleted)
        {
            html.Append(Encode(view.NewLabel ?? view.OldLabel!));
        }
        else
        {
            if (view.OldLabel is not null)
            {
                html.Append("<del>").Append(Encode(view.OldLabel)).Append("</del>");
            }

            if (view.NewLabel is not null)
            {
                html.Append("<ins>").Append(Encode(view.NewLabel)).Append("</ins>");
            }
        }

        html.Append("</span>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
