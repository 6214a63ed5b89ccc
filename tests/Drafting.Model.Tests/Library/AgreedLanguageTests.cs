using Drafting.Model.Library;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Tests.Library;

public class AgreedLanguageTests
{
    private const string Adopted = "Calls upon all parties to armed conflict to respect the civilian character of refugee camps and to ensure the safe and unhindered access of humanitarian personnel to all people in need,";

    [Fact]
    public void Reordered_words_keep_the_similarity_and_an_identical_text_says_so()
    {
        Assert.Equal(1.0, AgreedLanguage.Similarity(Adopted, Adopted));
        Assert.Equal("identical", AgreedLanguage.Compare(Adopted, Adopted).Summary);
        var reordered = "Calls upon all parties to armed conflict to ensure the safe and unhindered access of humanitarian personnel to all people in need and to respect the civilian character of refugee camps,";
        Assert.Equal(1.0, AgreedLanguage.Similarity(reordered, Adopted));
    }

    [Fact]
    public void Three_changed_words_are_counted_as_three()
    {
        var edited = Adopted.Replace("civilian", "humanitarian", StringComparison.Ordinal).Replace("safe", "secure", StringComparison.Ordinal).Replace("camps", "settlements", StringComparison.Ordinal);
        var difference = AgreedLanguage.Compare(edited, Adopted);
        Assert.Equal("3 words differ", difference.Summary);
        Assert.True(AgreedLanguage.Similarity(edited, Adopted) > AgreedLanguage.Threshold);
    }

    [Fact]
    public void Candidate_words_are_the_rarest_in_the_library_and_never_words_it_lacks()
    {
        var frequency = new Dictionary<string, long> { ["refugee"] = 3, ["camps"] = 3, ["unhindered"] = 2, ["civilian"] = 40, ["humanitarian"] = 90, ["the"] = 9000, ["parties"] = 500, ["access"] = 700 };
        var words = AgreedLanguage.CandidateWords(Adopted, w => frequency.GetValueOrDefault(w));
        Assert.Equal(["unhindered", "refugee", "camps", "civilian", "humanitarian", "parties"], words);
        Assert.Empty(AgreedLanguage.CandidateWords(Adopted, _ => 0));
    }

    [Fact]
    public void Every_corpus_resolution_becomes_a_draft_with_its_operative_paragraphs_and_their_sub_paragraphs()
    {
        foreach (var file in SharedCorpus.Files)
        {
            using var stream = File.OpenRead(file);
            var adopted = AknLibraryReader.Read(stream).Text!;
            var draft = AdoptedDraft.From(adopted, Guid.NewGuid());
            var operative = adopted.Paragraphs.Where(p => p.Kind == LibraryParagraphKind.Operative && (p.Text.Length > 0 || adopted.Paragraphs.Any(s => s.Position == p.Position + 1 && s.Kind == LibraryParagraphKind.SubParagraph))).ToList();
            Assert.Equal(operative.Select(p => p.Text), draft.Operative.Select(c => c.Text));
            Assert.Equal(adopted.Title, draft.Title);
            Assert.Equal(Stage.Draft, draft.Stage);
            Assert.Null(draft.Symbol);
            var subParagraphs = adopted.Paragraphs.Count(p => p.Kind == LibraryParagraphKind.SubParagraph && p.Position > 0 && adopted.Paragraphs.Take(p.Position).Any(q => q.Kind == LibraryParagraphKind.Operative));
            Assert.Equal(subParagraphs, draft.Operative.Sum(c => c.DescendantsAndSelf().Count() - 1));
        }
    }
}
