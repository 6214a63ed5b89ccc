using System.Text.Json;
using System.Text.RegularExpressions;

namespace Drafting.Api.Platform;

/// <summary>
/// Words the framework's binding failures in the contract's terms: the field, where it is, what it accepts.
/// The framework's own messages name .NET types ("Drafting.Api.Features.Resolutions.AddParticipantRequest"), which mean
/// nothing to a caller of the REST contract.
/// </summary>
internal static partial class RequestErrorWording
{
    /// <summary>What a caller should read for <paramref name="exception"/>.</summary>
    public static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return DescribeJson(json);
        }

        if (MissingBody().IsMatch(exception.Message))
        {
            return "This request needs a JSON body (at least {}).";
        }

        if (UnboundValue().Match(exception.Message) is { Success: true } unbound)
        {
            return $"{unbound.Groups["name"].Value}: \"{unbound.Groups["value"].Value}\" is not {Expected(Resolve(unbound.Groups["type"].Value))}.";
        }

        if (MissingValue().Match(exception.Message) is { Success: true } missing)
        {
            return $"{missing.Groups["name"].Value} is required.";
        }

        return exception.Message;
    }

    private static string DescribeJson(JsonException json)
    {
        var where = json.LineNumber is { } line
            ? $" (line {line + 1}, position {(json.BytePositionInLine ?? 0) + 1})"
            : "";
        var field = json.Path is { Length: > 1 } path && path != "$" ? path.TrimStart('$', '.') : null;
        if (Conversion().Match(json.Message) is { Success: true } conversion)
        {
            var expected = Expected(FieldType(Resolve(conversion.Groups["type"].Value), field));
            return field is null
                ? $"The body must be a JSON object{where}."
                : $"{field}: expected {expected}{where}.";
        }

        return $"The body is not valid JSON{where}: {StripLocation(json.Message)}";
    }

    /// <summary>
    /// The type of the field at <paramref name="path"/>: System.Text.Json names the object being read when a
    /// constructor parameter fails, not the field, so the path is walked from there.
    /// </summary>
    private static Type? FieldType(Type? type, string? path)
    {
        foreach (var segment in (path ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = type?.GetProperties().FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                return type;
            }

            type = property.PropertyType;
            if (segment.Contains('[', StringComparison.Ordinal))
            {
                type = ElementType(type);
            }
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();

    private static Type? Resolve(string typeName)
    {
        if (NullableOf().Match(typeName) is { Success: true } nullable)
        {
            typeName = nullable.Groups["inner"].Value;
        }

        return typeName switch
        {
            "Guid" => typeof(Guid),
            "int" or "long" => typeof(long),
            "bool" => typeof(bool),
            "string" => typeof(string),
            "DateTimeOffset" => typeof(DateTimeOffset),
            _ => null,
        } ?? Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name?.StartsWith("Drafting", StringComparison.Ordinal) == true)
            .Select(assembly => assembly.GetType(typeName)).FirstOrDefault(found => found is not null);
    }

    /// <summary>The values or kind of value a type accepts, in the contract's words.</summary>
    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type?.IsEnum == true)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(name => JsonNamingPolicy.CamelCase.ConvertName(name)));
        }

        return type switch
        {
            null => "a value of another kind",
            _ when type == typeof(string) => "text",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Guid) => "an id (a GUID)",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time (ISO 8601)",
            _ when type.IsArray || (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)) => "a list",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<inner>[\w.+]+)")]
    private static partial Regex NullableOf();

    private static string StripLocation(string message) => Location().Replace(message, "").Trim();

    [GeneratedRegex(@"^(Required parameter "".+"" was not provided from body\.|Implicit body inferred for parameter "".+"" but no body was provided)")]
    private static partial Regex MissingBody();

    [GeneratedRegex(@"^Failed to bind parameter ""(?<type>[\w.`\[\]]+)\?? (?<name>\w+)"" from ""(?<value>.*)""\.")]
    private static partial Regex UnboundValue();

    [GeneratedRegex(@"^Required parameter ""[\w.`\[\]?]+ (?<name>\w+)"" was not provided")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`+\[\], =]+?)\. Path")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"\s*(Path: \S*|LineNumber: \d+|BytePositionInLine: \d+)\s*\|?\.?")]
    private static partial Regex Location();
}
