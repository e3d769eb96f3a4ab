using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GraphGateway.Core.Packaging;

/// <summary>
/// Writes zip archives (PKWARE APPNOTE 6.3: local headers, central directory, end record) whose bytes
/// depend only on the entries: entries are stored (no compression, so no dependence on a deflate
/// implementation), timestamps are fixed to 2000-01-01 00:00, names are UTF-8 (flag bit 11), "version made by"
/// is MS-DOS on every platform, and text is UTF-8 without BOM with LF line ends. Reading uses
/// <see cref="ZipArchive"/>.
/// </summary>
internal sealed class DeterministicZip
{
    /// <summary>The timestamp every entry carries (zip stores DOS local time without zone).</summary>
    public static readonly DateTime Timestamp = new(2000, 1, 1, 0, 0, 0);

    private const ushort DosTime = 0;
    private const ushort DosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
    private const ushort Version = 20;
    private const ushort Utf8Flag = 1 << 11;

    private readonly List<(byte[] Name, byte[] Data)> _entries = [];

    /// <summary>Adds a text entry (normalized to LF, UTF-8 without BOM).</summary>
    public void Add(string name, string text) =>
        _entries.Add((Encoding.UTF8.GetBytes(name), new UTF8Encoding(false).GetBytes(PackageJson.NormalizeNewlines(text))));

    /// <summary>Writes the archive to <paramref name="stream"/>.</summary>
    /// <exception cref="PackageException">The archive would exceed the classic (non-zip64) limits of 4 GiB / 65,535 entries.</exception>
    public void WriteTo(Stream stream)
    {
        if (_entries.Count > ushort.MaxValue || _entries.Sum(e => (long)e.Data.Length + e.Name.Length + 100) > uint.MaxValue)
        {
            throw new PackageException("Package too large: more than 65,535 entries or 4 GiB.");
        }

        var offsets = new List<uint>();
        var crcs = new List<uint>();
        long position = 0;
        var buffer = new byte[46];
        foreach (var (name, data) in _entries)
        {
            var crc = Crc32.Compute(data);
            crcs.Add(crc);
            offsets.Add((uint)position);
            var h = buffer.AsSpan(0, 30);
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], Utf8Flag);
            BinaryPrimitives.WriteUInt16LittleEndian(h[8..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(h[18..], (uint)data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(h[22..], (uint)data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0);
            stream.Write(h);
            stream.Write(name);
            stream.Write(data);
            position += 30 + name.Length + data.Length;
        }

        var centralStart = position;
        for (var i = 0; i < _entries.Count; i++)
        {
            var (name, data) = _entries[i];
            var h = buffer.AsSpan(0, 46);
            h.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(h[8..], Utf8Flag);
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(h[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(h[16..], crcs[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(h[20..], (uint)data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(h[24..], (uint)data.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], offsets[i]);
            stream.Write(h);
            stream.Write(name);
            position += 46 + name.Length;
        }

        var end = buffer.AsSpan(0, 22);
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(position - centralStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)centralStart);
        stream.Write(end);
    }

    /// <summary>Reads an entry as UTF-8 text, or null when missing.</summary>
    /// <exception cref="InvalidDataException">The entry is corrupt.</exception>
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

    /// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as zip uses it.</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        public static uint Compute(ReadOnlySpan<byte> data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in data)
            {
                crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return ~crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
