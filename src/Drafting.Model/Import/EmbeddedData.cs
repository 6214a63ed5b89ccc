namespace Drafting.Model.Import;

/// <summary>Reads the data files shipped inside this assembly, skipping comments and blank lines.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = $"Drafting.Model.Import.Data.{fileName}";
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The data file {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
