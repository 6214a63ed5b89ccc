using System.Xml.Linq;

namespace Drafting.Model.Tests.Library;

/// <summary>
/// A resolution in parts as the UNxml corpora publish some ("A/RES/75/101 A-B"), built from official files of the shared
/// corpus: a <c>documentCollection</c> with the first file's meta and cover page under the collection's symbol, a
/// <c>collectionBody</c> referring to one component per file, and each file's statement as that component, its preface
/// the part's letter and title. The shared corpus holds no such file; the corpora's own stay out of tests on purpose.
/// </summary>
internal static class AknCollection
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The collection <paramref name="symbol"/> of the statements in <paramref name="files"/>, lettered A, B… in that order.</summary>
    public static string Of(string symbol, params IReadOnlyList<string> files)
    {
        var statements = files.Select(f => XDocument.Load(f).Root!.Elements().First()).ToList();
        var first = statements[0];
        var cover = new XElement(first.Element(Akn + "coverPage")!);
        cover.Descendants(Akn + "docNumber").First(n => (string?)n.Attribute("refersTo") == "#symbol").Value = symbol;
        var collection = new XElement(
            Akn + "documentCollection",
            new XAttribute("name", "publication"),
            new XElement(first.Element(Akn + "meta")!),
            cover,
            new XElement(Akn + "preface", new XElement(Akn + "p", new XElement(Akn + "docTitle", Title(first)))),
            new XElement(Akn + "collectionBody", statements.Select((_, i) => new XElement(
                Akn + "component",
                new XAttribute("eId", $"comp_def_{i}"),
                new XElement(Akn + "documentRef", new XAttribute("eId", $"compRef_{i}"), new XAttribute("href", $"comp_{i}"), new XAttribute("showAs", $"Resolution {Letter(i)}"))))));
        var components = new XElement(Akn + "components", statements.Select((statement, i) => new XElement(
            Akn + "component",
            new XAttribute("eId", $"comp_{i}"),
            Part(statement, i))));
        return new XDocument(new XElement(Akn + "akomaNtoso", collection, components)).ToString();
    }

    /// <summary>
    /// The shared corpus's resolution adopted in two parts, each published in a file of its own (A/RES/77/253, then
    /// A/RES/77/253 B), found among <paramref name="corpus"/>: the parts the tests put in one collection.
    /// </summary>
    public static string[] FinancialReports(IEnumerable<string> corpus) =>
        [.. new[] { "A_RES_77_253-2300162E.xml", "A_RES_77_253 B-2313518E.xml" }.Select(name => corpus.Single(f => Path.GetFileName(f) == name))];

    /// <summary>The letter of the part at <paramref name="index"/>: A, B, C…</summary>
    public static string Letter(int index) => ((char)('A' + index)).ToString();

    private static XElement Part(XElement statement, int index)
    {
        var part = new XElement(statement);
        part.Element(Akn + "coverPage")?.Remove();
        part.Element(Akn + "preface")?.ReplaceWith(new XElement(
            Akn + "preface",
            new XElement(Akn + "p", new XElement(Akn + "docNumber", Letter(index)), new XElement(Akn + "docTitle", new XAttribute("refersTo", "#resolutionTitle"), Title(statement)))));
        return part;
    }

    private static string Title(XElement statement) =>
        statement.Element(Akn + "preface")?.Descendants(Akn + "docTitle").Select(t => t.Value.Trim()).FirstOrDefault() ?? "";
}
