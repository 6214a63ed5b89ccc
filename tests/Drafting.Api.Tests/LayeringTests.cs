using System.Reflection;
using Drafting.Api.Storage;
using NetArchTest.Rules;

namespace Drafting.Api.Tests;

/// <summary>The folder picture of README ("What is where") holds in the compiled code.</summary>
public class LayeringTests
{
    private static readonly Assembly Api = typeof(ResolutionStore).Assembly;

    /// <summary>Every top-level folder of Drafting.Api except Storage, found from the types themselves so a new folder is covered.</summary>
    private static string[] FeatureNamespaces() =>
    [
        .. Api.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("Drafting.Api.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3)))
            .Where(n => n != "Drafting.Api.Storage")
            .Distinct(),
    ];

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
