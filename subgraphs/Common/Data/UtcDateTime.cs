using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>Reads SQLite timestamps back as UTC so <c>DateTime</c> fields serialize with a <c>Z</c> suffix.</summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    /// <summary>Creates the converter.</summary>
    public UtcDateTimeConverter()
        : base(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
    {
    }
}
