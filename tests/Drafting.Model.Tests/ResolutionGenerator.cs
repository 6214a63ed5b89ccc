using CsCheck;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests;

/// <summary>CsCheck generators of well-formed resolutions: known openings, nested sub-paragraphs, Markdown-hostile characters.</summary>
internal static class ResolutionGenerator
{
    private static readonly string[] Preambular = ["Recalling", "Reaffirming", "Noting with concern", "Deeply concerned", "Taking note", "Welcoming also"];
    private static readonly string[] Operative = ["Decides", "Requests", "Calls upon", "Strongly condemns", "Further requests", "Urges"];
    private static readonly string[] Words =
    [
        "peace", "security", "the", "Council", "2436 (2018)", "*starred*", "_under_", "[bracketed]", "#hash", "a & b", "<tag>",
        "back\\slash", "\"quoted\"", "\u201Ccurly\u201D", "Côte d'Ivoire", "10-1-2", "A/RES/78/70", "missions,", "of", "and", "`tick`",
    ];

    /// <summary>Headings as sanctions and mandate resolutions print them; null is a paragraph without one.</summary>
    private static readonly string?[] HeadingTexts =
        [null, null, null, "Assets freeze", "Travel ban", "Mandate of the Mission", "Protection of civilians", "Panel of Experts", "Reporting and review", "Côte d'Ivoire"];

    private static readonly string[] States = ["France", "Ghana", "Bosnia and Herzegovina", "Trinidad and Tobago", "Viet Nam", "Chile", "Japan"];

    private static Gen<string> Body(int min, int max) =>
        Gen.OneOfConst(Words).Array[min, max].Select(words => string.Join(' ', words));

    private static Gen<Clause> Clause(ClauseKind kind, string[] openings, char ending) =>
        Gen.Select(Gen.OneOfConst(openings), Body(1, 12), (opening, body) =>
            new Clause(ClauseId.New(), kind, $"{opening} {body}{ending}", opening));

    private static Gen<Clause> SubParagraph(int depth) =>
        Gen.Select(Gen.Bool, Body(1, 8), depth < 3 ? Gen.Int[0, 2] : Gen.Const(0), (hasOpening, body, children) => (hasOpening, body, children))
            .SelectMany(t => (t.children == 0 ? Gen.Const(Array.Empty<Clause>()) : SubParagraph(depth + 1).Array[t.children])
                .Select(children =>
                {
                    var text = t.hasOpening ? $"Encourages {t.body};" : $"Providing {t.body};";
                    return new Clause(ClauseId.New(), ClauseKind.SubParagraph, text, t.hasOpening ? "Encourages" : null, children, ClauseLabels.DefaultStyle(depth + 1));
                }));

    private static Gen<Clause> OperativeClause =>
        Gen.Select(Clause(ClauseKind.Operative, Operative, ';'), Gen.Int[0, 3], (op, count) => (op, count))
            .SelectMany(t => SubParagraph(1).Array[t.count].Select(subs => t.op.WithSubParagraphs(subs, ClauseLabels.DefaultStyle(1))));

    /// <summary>Resolutions with headings before some of their operative paragraphs.</summary>
    public static Gen<Resolution> Resolutions =>
        WithoutHeadings.SelectMany(resolution => Gen.OneOfConst(HeadingTexts).Array[resolution.Operative.Length].Select(texts =>
            resolution.WithHeadings(resolution.Operative
                .Select((clause, i) => texts[i] is { } text ? new Heading(ClauseId.New(), text, clause.Id) : null)
                .OfType<Heading>())));

    private static Gen<Resolution> WithoutHeadings =>
        Gen.Select(
            Gen.OneOfConst(Organ.SecurityCouncil, Organ.GeneralAssembly, new Organ("Third Committee")),
            Clause(ClauseKind.Preambular, Preambular, ',').Array[0, 6],
            OperativeClause.Array[1, 6],
            Gen.OneOfConst(States).Array[0, 4].Select(names => names.Distinct().Select(n => new Sponsor(n)).ToArray()),
            Gen.OneOfConst<string?>(null, "S/2026/101", "A/C.3/81/L.12"),
            Gen.Date.Select(d => (DateOnly?)DateOnly.FromDateTime(d)),
            (organ, pp, op, sponsors, symbol, date) =>
                new Resolution(Guid.NewGuid(), organ, organ.DefaultFormula, pp, op, sponsors, symbol, organ.IsSecurityCouncil ? null : "Human rights and *peace*", null, date));
}
