namespace Drafting.Model.Import;

/// <summary>One line of the imported text with the number it has in the original.</summary>
/// <param name="Number">One-based line number in the text as given.</param>
/// <param name="Text">The line, without its line ending and trailing white space.</param>
internal readonly record struct SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
