using System.Security.Cryptography;
using Drafting.Model.Resolutions;

namespace Drafting.Model.Import;

/// <summary>
/// The ids of one import: a random prefix drawn once, then a counter ("c" + 4 random + 5 counted characters, as long as
/// <see cref="ClauseId.New"/> makes them). Unique within the resolution, as ids must be; drawing 9 random characters
/// for each of 80,000 clauses cost a third of a large import.
/// </summary>
internal sealed class ImportIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    private readonly string _prefix = "c" + RandomNumberGenerator.GetString(Alphabet, 4);
    private int _next;

    /// <summary>The next id.</summary>
    public ClauseId Next()
    {
        Span<char> counted = stackalloc char[5];
        var value = _next++;
        for (var i = counted.Length - 1; i >= 0; i--)
        {
            counted[i] = Alphabet[value % Alphabet.Length];
            value /= Alphabet.Length;
        }

        return new ClauseId(string.Concat(_prefix, counted));
    }
}
