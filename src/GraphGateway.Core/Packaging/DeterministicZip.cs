using System.IO.Compression;
using System.Text;

namespace GraphGateway.Core.Packaging;

/// <summary>Writes zip entries with a fixed timestamp and normalized UTF-8 (no BOM, LF) text.</summary>
internal static class DeterministicZip
{
    /// <summary>The timestamp every entry carries: 2000-01-01 00:00:00 (zip stores local DOS time without zone).</summary>
    public static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Timestamp;
        entry.ExternalAttributes = 0;
        using var s = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(PackageJson.NormalizeNewlines(text));
        s.Write(bytes);
    }

    /// <summary>Reads an entry as UTF-8 text, or null when missing.</summary>
    public static string? ReadText(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var s = entry.Open();
        using var reader = new StreamReader(s, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
