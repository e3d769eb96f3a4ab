namespace GraphGateway.Core.Schemas;

/// <summary>Maps character offsets in a source text to 1-based line and column numbers.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text, string? name)
    {
        Name = name;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string? Name { get; }

    public SourceLocation Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourceLocation(Name, index + 1, offset - _lineStarts[index] + 1);
    }
}
