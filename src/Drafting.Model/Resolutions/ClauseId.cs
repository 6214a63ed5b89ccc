using System.Security.Cryptography;

namespace Drafting.Model.Resolutions;

/// <summary>
/// The stable identity of a clause: it never changes when clauses are inserted, moved or renumbered.
/// </summary>
public readonly record struct ClauseId
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Creates an id from its text form, e.g. <c>c7k2m9qa</c>.</summary>
    /// <exception cref="ArgumentException">The value is empty, longer than 64 characters or not made of letters, digits, '-' and '_'.</exception>
    public ClauseId(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a valid clause id: use 1-64 letters, digits, '-' or '_'.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The text form of the id.</summary>
    public string Value { get; }

    /// <summary>Creates a new random id.</summary>
    public static ClauseId New() => new("c" + RandomNumberGenerator.GetString(Alphabet, 9));

    /// <summary>Whether <paramref name="value"/> is a well-formed clause id.</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <inheritdoc />
    public override string ToString() => Value;
}
