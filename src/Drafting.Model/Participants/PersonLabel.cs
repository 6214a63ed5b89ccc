namespace Drafting.Model.Participants;

/// <summary>
/// How a person is named wherever the product says who did something: "Ama Mensah (Ghana)"; the name alone for a
/// secretary without a delegation; the delegation alone when the name is unknown. The page's <c>personLabel</c> in
/// <c>js/core/person-label.js</c> is the same rule.
/// </summary>
public static class PersonLabel
{
    /// <summary>"Ama Mensah (Ghana)", "Ama Mensah", "Ghana", or <paramref name="nobody"/> when both are blank.</summary>
    public static string Of(string? name, string? organization, string nobody = "") =>
        (name?.Trim(), organization?.Trim()) switch
        {
            ({ Length: > 0 } person, { Length: > 0 } delegation) => $"{person} ({delegation})",
            ({ Length: > 0 } person, _) => person,
            (_, { Length: > 0 } delegation) => delegation,
            _ => nobody,
        };
}
