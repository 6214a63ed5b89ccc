namespace Drafting.Api.Platform;

/// <summary>Text a user typed, placed in a LIKE pattern written with <c>ESCAPE '\'</c>: its wildcards match as themselves.</summary>
public static class SqlLike
{
    /// <summary><paramref name="text"/> with <c>\</c>, <c>%</c> and <c>_</c> escaped.</summary>
    public static string Literal(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
