using System.Text;

namespace Drafting.Benchmarks;

/// <summary>A long omnibus-style draft: 200 preambular and 500 operative paragraphs, every tenth with sub-paragraphs.</summary>
internal static class GeneratedDraft
{
    public static string Text(int preambular = 200, int operative = 500)
    {
        var text = new StringBuilder("Security Council\n\nDistr.: General\n30 March 2020\n\nOriginal: English\n\nFrance, Ghana and Viet Nam: draft resolution\n\nThe Security Council,\n\n");
        for (var i = 0; i < preambular; i++)
        {
            text.Append("*Recalling* its previous resolutions ").Append(i).Append(" on the safety and security of peacekeepers, and the need for [2436 \\(2018\\)](#) to be implemented in full by all parties concerned,\n\n");
        }

        for (var i = 1; i <= operative; i++)
        {
            text.Append(i).Append(". *Requests* the Secretary-General to continue to take all appropriate measures to enhance the safety and security of peacekeeping personnel, paragraph ").Append(i);
            if (i % 10 == 0)
            {
                text.Append(", including by:\n\n(a) Strengthening situational awareness;\n\n(b) Improving medical support:\n\n(i) Casualty evacuation;\n\n(ii) Field hospitals;\n\n");
            }
            else
            {
                text.Append(i == operative ? ".\n\n" : ";\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// An adopted General Assembly omnibus resolution as a PDF copy pastes it: masthead, 100 preambular and 300 operative
    /// paragraphs hard-wrapped at 90 columns, a heading before every twentieth operative paragraph, a footnote on every
    /// fiftieth paragraph and a page break with footer and running header every 45 lines.
    /// </summary>
    public static string GeneralAssemblyPdfCopy(int preambular = 100, int operative = 300)
    {
        var paragraphs = new List<string>();
        var footnote = 0;
        var footnotes = new List<string>();
        for (var i = 0; i < preambular; i++)
        {
            var marker = i % 50 == 0 ? (++footnote).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            paragraphs.Add($"Recalling its resolutions 77/{i + 1} of 7 December 2022 on the law of the sea and the United Nations Convention on the Law of the Sea,{marker}");
            if (marker.Length > 0)
            {
                footnotes.Add($"{marker} United Nations, Treaty Series, vol. 1833, No. 31363.");
            }
        }

        for (var i = 1; i <= operative; i++)
        {
            if (i % 20 == 1)
            {
                paragraphs.Add($"Capacity-building and technology transfer {i / 20 + 1}");
            }

            var end = i == operative ? "." : ";";
            paragraphs.Add($"{i}. Calls upon States to cooperate in the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction, paragraph {i}{end}");
        }

        var text = new StringBuilder("""
            United Nations                                   A/RES/78/69
            General Assembly                                 Distr.: General
                                                             14 December 2023

            Seventy-eighth session
            Agenda item 76 (a)
            Oceans and the law of the sea

            Resolution adopted by the General Assembly on 5 December 2023

            [without reference to a Main Committee (A/78/L.22)]

            78/69. Oceans and the law of the sea

            The General Assembly,


            """);
        var lines = 0;
        var page = 1;
        var footnotesOnPage = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.EndsWith(",1", StringComparison.Ordinal) || paragraph.EndsWith(",2", StringComparison.Ordinal))
            {
                footnotesOnPage.Add(footnotes[paragraph[^1] - '1']);
            }

            foreach (var line in Wrap(paragraph, 90))
            {
                text.Append(line).Append('\n');
                if (++lines % 45 == 0)
                {
                    // The foot of the page carries the footnotes of its paragraphs, then the footer and the next header.
                    if (footnotesOnPage.Count > 0)
                    {
                        text.Append('\n').AppendJoin('\n', footnotesOnPage).Append('\n');
                        footnotesOnPage.Clear();
                    }

                    page++;
                    text.Append($"\n{page - 1}/20        23-24815\n\nA/RES/78/69\n\n");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string paragraph, int width)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        yield return line.ToString();
    }
}
