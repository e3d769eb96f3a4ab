using System.Buffers;
using System.Text.Json;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// The distinct representations of one entity fetch (Apollo Federation <c>_entities(representations: [_Any!]!)</c>),
/// serialized side by side into one reusable buffer. Identical representations are found by comparing bytes (the
/// writer is deterministic: same fields, same order, same bytes), so each is sent once. Reused through
/// <see cref="EntityTargets"/>'s pool; not thread-safe.
/// </summary>
internal sealed class RepresentationSet : IBufferWriter<byte>
{
    /// <summary>A buffer that grew past this many bytes is not kept for reuse.</summary>
    private const int MaxKeptBytes = 1024 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly List<(int Offset, int Length)> _spans = [];
    private readonly Dictionary<int, int> _distinct;
    private readonly Utf8JsonWriter _writer;
    private byte[] _bytes = new byte[1024];
    private int _written;
    private int _start = -1;

    public RepresentationSet()
    {
        _distinct = new Dictionary<int, int>(new ContentComparer(this));
        _writer = new Utf8JsonWriter(this, WriterOptions);
    }

    /// <summary>Number of distinct representations.</summary>
    public int Count => _spans.Count;

    /// <summary>Bytes of all distinct representations together.</summary>
    public int ByteCount => _written;

    /// <summary>The JSON of representation <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_spans[index].Offset, _spans[index].Length);

    /// <summary>Starts a representation: write one JSON value with the returned writer, then <see cref="Commit"/> or <see cref="Abandon"/>.</summary>
    public Utf8JsonWriter Begin()
    {
        _start = _written;
        _writer.Reset(this);
        return _writer;
    }

    /// <summary>Ends the representation begun last; returns the index of it or of an identical earlier one.</summary>
    public int Commit()
    {
        _writer.Flush();
        var index = _spans.Count;
        _spans.Add((_start, _written - _start));
        if (_distinct.TryGetValue(index, out var existing))
        {
            _spans.RemoveAt(index);
            _written = _start;
            return existing;
        }

        _distinct.Add(index, index);
        return index;
    }

    /// <summary>Drops the representation begun last (an object that cannot be represented).</summary>
    public void Abandon()
    {
        _writer.Reset(this);
        _written = _start;
    }

    /// <summary>Empties the set for reuse.</summary>
    public void Reset()
    {
        _spans.Clear();
        _distinct.Clear();
        _written = 0;
        _start = -1;
        if (_bytes.Length > MaxKeptBytes)
        {
            _bytes = new byte[1024];
        }
    }

    /// <inheritdoc />
    public void Advance(int count) => _written += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 256);
        if (_bytes.Length - _written < needed)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _written + needed));
        }
    }

    /// <summary>Compares representations (keys are indexes into the set) by their bytes.</summary>
    private sealed class ContentComparer(RepresentationSet set) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => set[x].SequenceEqual(set[y]);

        public int GetHashCode(int index)
        {
            var hash = new HashCode();
            hash.AddBytes(set[index]);
            return hash.ToHashCode();
        }
    }
}
