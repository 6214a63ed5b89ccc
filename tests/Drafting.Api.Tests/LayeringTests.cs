using System.Reflection;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using NetArchTest.Rules;

namespace Drafting.Api.Tests;

/// <summary>
/// The folder picture of README ("What is where") holds in the compiled code: features on a platform, each feature using
/// only the features listed for it, in one direction. Dependencies are read from the IL (NetArchTest walks signatures,
/// base types, fields, attributes and method bodies), so a type named only inside a method counts.
/// </summary>
public class LayeringTests
{
    private const string Features = "Drafting.Api.Features.";

    private static readonly Assembly Api = typeof(ResolutionStore).Assembly;

    /// <summary>
    /// The features each feature may use. Resolutions is the document and its one write (with what a change carries
    /// along: comment anchors, superseded proposals, an ended silence); the others stand on it.
    /// </summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Accounts"] = [],
        ["Notifications"] = ["Accounts"],
        ["Resolutions"] = ["Accounts"],
        ["Comments"] = ["Resolutions", "Accounts"],
        ["Revisions"] = ["Resolutions", "Accounts"],
        ["Library"] = ["Resolutions", "Revisions", "Accounts"],
        ["Clauses"] = ["Resolutions", "Library", "Accounts"],
        ["Negotiation"] = ["Resolutions", "Clauses", "Comments", "Revisions", "Library", "Accounts"],
        ["Exports"] = ["Resolutions", "Clauses", "Comments", "Revisions", "Negotiation", "Library", "Accounts"],
    };

    /// <summary>The features found in the assembly, from the types themselves so that a new folder is covered.</summary>
    private static string[] FoundFeatures() =>
        [.. Api.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features, StringComparison.Ordinal))
            .Select(n => n[Features.Length..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_feature_is_listed_with_the_features_it_may_use()
    {
        Assert.Equal(MayUse.Keys.Order(StringComparer.Ordinal), FoundFeatures());
    }

    [Fact]
    public void The_listed_feature_dependencies_go_one_way()
    {
        // Repeatedly take away the features that use no feature left: whatever remains uses itself in a circle.
        var left = MayUse.ToDictionary(p => p.Key, p => p.Value.ToHashSet());
        while (left.Keys.FirstOrDefault(f => left[f].All(used => !left.ContainsKey(used))) is { } free)
        {
            left.Remove(free);
        }

        Assert.True(left.Count == 0, "These features use each other in a circle: " + string.Join(", ", left.Keys));
    }

    [Fact]
    public void Each_feature_uses_only_the_features_listed_for_it()
    {
        var features = FoundFeatures();
        var breaches = new List<string>();
        foreach (var feature in features)
        {
            var forbidden = features.Where(other => other != feature && !MayUse.GetValueOrDefault(feature, []).Contains(other)).Select(other => Features + other).ToArray();
            foreach (var other in forbidden)
            {
                var result = Types.InAssembly(Api).That().ResideInNamespace(Features + feature).ShouldNot().HaveDependencyOn(other).GetResult();
                if (!result.IsSuccessful)
                {
                    breaches.Add($"{feature} → {other[Features.Length..]} ({string.Join(", ", result.FailingTypeNames ?? [])})");
                }
            }
        }

        Assert.True(breaches.Count == 0, "A feature uses one not listed for it:\n" + string.Join("\n", breaches));
    }

    [Theory]
    [InlineData("Drafting.Api.Platform")]
    [InlineData("Drafting.Api.Live")]
    public void A_lower_layer_uses_no_feature_nor_the_host(string layer)
    {
        string[] above = ["Drafting.Api.Features", "Drafting.Api.Hubs", "Drafting.Api.Startup"];
        if (layer == "Drafting.Api.Platform")
        {
            above = [.. above, "Drafting.Api.Live"];
        }

        var result = Types.InAssembly(Api).That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{layer} reaches up into: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Only_the_host_knows_the_hub_class_and_the_composition()
    {
        // The hub's methods hand over to features, so a feature that knew the hub would know them all.
        var result = Types.InAssembly(Api).That().ResideInNamespace("Drafting.Api.Features")
            .Or().ResideInNamespace("Drafting.Api.Platform")
            .Or().ResideInNamespace("Drafting.Api.Live")
            .Or().ResideInNamespace("Drafting.Api.Hubs")
            .ShouldNot().HaveDependencyOn("Drafting.Api.Startup")
            .GetResult();
        Assert.True(result.IsSuccessful, "Reaches into Startup: " + string.Join(", ", result.FailingTypeNames ?? []));

        result = Types.InAssembly(Api).That().ResideInNamespace("Drafting.Api.Features")
            .Or().ResideInNamespace("Drafting.Api.Platform")
            .Or().ResideInNamespace("Drafting.Api.Live")
            .ShouldNot().HaveDependencyOn("Drafting.Api.Hubs")
            .GetResult();
        Assert.True(result.IsSuccessful, "Reaches into the hub: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Only_accounts_the_library_and_the_schema_are_written_outside_a_resolution_transaction()
    {
        // A store that opened a write scope itself would lock, replay opIds and append events its own way; accounts,
        // migrations and the library of adopted texts touch no resolution, so they alone take the plain scope.
        var result = Types.InAssembly(Api).That().DoNotResideInNamespace("Drafting.Api.Platform")
            .And().DoNotHaveName(nameof(UserStore), nameof(MigrationRunner), nameof(LibraryStore))
            .ShouldNot().HaveDependencyOn(typeof(WriteScope).FullName)
            .GetResult();

        Assert.True(result.IsSuccessful, "Opens a write scope of its own: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_model_knows_nothing_of_the_api_the_web_or_the_database()
    {
        var result = Types.InAssembly(typeof(Model.Resolutions.Resolution).Assembly)
            .ShouldNot().HaveDependencyOnAny("Drafting.Api", "Microsoft.AspNetCore", "Dapper", "Microsoft.Data.Sqlite", "Npgsql")
            .GetResult();

        Assert.True(result.IsSuccessful, "The model reaches into: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
