using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Drafting.Api.Platform;

/// <summary>The contract's JSON settings: camelCase names and enum values, nulls left out of stored payloads.</summary>
public static class DraftingJson
{
    /// <summary>The settings of payloads stored in the event log; the features' source-generated contexts are added by the host.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>camelCase enum values and the given source-generated <paramref name="contexts"/> first, reflection for the rest.</summary>
    public static void Configure(JsonSerializerOptions options, params IJsonTypeInfoResolver[] contexts)
    {
        for (var i = 0; i < contexts.Length; i++)
        {
            options.TypeInfoResolverChain.Insert(i, contexts[i]);
        }

        if (!options.TypeInfoResolverChain.OfType<DefaultJsonTypeInfoResolver>().Any())
        {
            // Hub arguments such as Guid and long have no generated metadata of their own.
            options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        }

        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        Configure(options);
        return options;
    }
}
