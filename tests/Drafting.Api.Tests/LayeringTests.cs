using System.Reflection;
using Drafting.Api.Features.Accounts;
using Drafting.Api.Features.Library;
using Drafting.Api.Features.Resolutions;
using Drafting.Api.Platform;
using NetArchTest.Rules;

namespace Drafting.Api.Tests;

/// <summary>The folder picture of README ("What is where") holds in the compiled code.</summary>
public class LayeringTests
{
    private static readonly Assembly Api = typeof(ResolutionStore).Assembly;

    /// <summary>Every top-level folder of Drafting.Api except Storage and Platform, found from the types themselves so a new folder is covered.</summary>
    private static string[] FeatureNamespaces() => [.. Folders().Where(n => n is not "Drafting.Api.Storage" and not "Drafting.Api.Platform")];

    /// <summary>Every top-level folder of Drafting.Api.</summary>
    private static IEnumerable<string> Folders() =>
        Api.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Drafting.Api.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3)))
            .Distinct();

    [Fact]
    public void Platform_refers_to_no_type_of_another_api_folder()
    {
        var others = Folders().Where(n => n != "Drafting.Api.Platform").ToArray();
        Assert.Contains("Drafting.Api.Storage", others);
        Assert.Contains("Drafting.Api.Live", others);

        var result = Types.InAssembly(Api).That().ResideInNamespace("Drafting.Api.Platform")
            .ShouldNot().HaveDependencyOnAny(others)
            .GetResult();

        Assert.True(result.IsSuccessful, "Platform reaches into: " + string.Join(", ", result.FailingTypeNames ?? []));
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
    public void Storage_refers_to_no_type_of_another_api_folder()
    {
        var features = FeatureNamespaces();
        Assert.Contains("Drafting.Api.Comments", features);
        Assert.Contains("Drafting.Api.Live", features);
        Assert.Contains("Drafting.Api.Resolutions", features);

        var result = Types.InAssembly(Api).That().ResideInNamespace("Drafting.Api.Storage")
            .ShouldNot().HaveDependencyOnAny(features)
            .GetResult();

        Assert.True(result.IsSuccessful, "Storage reaches into: " + string.Join(", ", result.FailingTypeNames ?? []));
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
