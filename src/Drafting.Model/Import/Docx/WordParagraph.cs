namespace Drafting.Model.Import.Docx;

/// <summary>One Word paragraph of the body as read.</summary>
/// <param name="Number">Its one-based number among the body's paragraphs (table cells included), as warnings name it.</param>
/// <param name="Label">The label Word numbering shows before it, if any.</param>
/// <param name="Text">Its plain text (a typed label included, computed numbering not).</param>
/// <param name="ChangeAuthors">The authors of the tracked changes in it.</param>
/// <param name="MarkTracked">Whether its paragraph mark is itself a tracked insertion or deletion (a whole paragraph added or struck).</param>
public sealed record WordParagraph(int Number, string? Label, string Text, IReadOnlyCollection<string> ChangeAuthors, bool MarkTracked);
