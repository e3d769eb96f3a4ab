using System.Buffers;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Execution.Results;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>Entity fetches: representations from the result tree, one <c>_entities</c> call, results mapped back to every path.</summary>
internal sealed partial class PlanRunner
{
    /// <summary>Runs one entity fetch for the objects at the paths of <paramref name="flattens"/> (one node, or a batch with one batch key).</summary>
    private async Task RunEntityFetchAsync(IReadOnlyList<FlattenNode> flattens, CancellationToken cancellationToken)
    {
        var fetch = flattens[0].Node;
        List<byte[]> representations;
        List<List<(ResultObject Target, PathSegment? Path)>> targets;
        lock (_gate)
        {
            var found = new List<(ResultObject, PathSegment?)>();
            foreach (var flatten in flattens)
            {
                Collect(Data, flatten.Path, 0, null, found);
            }

            (representations, targets) = BuildRepresentations(fetch, found);
        }

        if (representations.Count == 0)
        {
            return;
        }

        var body = WriteRequest(fetch, representations);
        var payload = await SendAsync(fetch, body, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (payload is null)
            {
                MarkFailed(targets, fetch);
                return;
            }

            var entities = payload.Data?.Fields.GetValueOrDefault("_entities") as ResultList;
            if (payload.Data is not null && (entities is null || entities.Items.Count != representations.Count))
            {
                Errors.Add(WithService(new GraphQLError(
                    $"Subgraph '{fetch.Subgraph}' returned {(entities is null ? "no _entities list" : entities.Items.Count + " entities")} for {representations.Count} representations.",
                    ErrorCodes.SubgraphInvalidResponse), fetch.Subgraph, null));
                entities = null;
            }

            if (entities is null)
            {
                MarkFailed(targets, fetch);
            }
            else
            {
                for (var i = 0; i < entities.Items.Count; i++)
                {
                    if (entities.Items[i] is ResultObject entity)
                    {
                        var list = targets[i];
                        for (var t = 0; t < list.Count; t++)
                        {
                            list[t].Target.Merge(t == list.Count - 1 ? entity : Copy(entity));
                        }
                    }
                }
            }

            foreach (var e in payload.Errors)
            {
                RewriteEntityError(e, fetch.Subgraph, targets);
            }
        }
    }

    private static ResultObject Copy(ResultObject source)
    {
        // One result may complete several objects; each gets its own copy so later merges stay separate.
        var copy = new ResultObject(source.Fields.Count) { Typename = source.Typename };
        foreach (var (k, v) in source.Fields)
        {
            copy.Fields[k] = CopyValue(v);
        }

        return copy;
    }

    private static object? CopyValue(object? value) => value switch
    {
        ResultObject o => Copy(o),
        ResultList l => new ResultList(l.Items.Select(CopyValue).ToList()),
        _ => value,
    };

    private static void MarkFailed(List<List<(ResultObject Target, PathSegment? Path)>> targets, FetchNode fetch)
    {
        var keys = TopKeys(fetch.Selection).ToList();
        foreach (var list in targets)
        {
            foreach (var (target, _) in list)
            {
                target.MarkFailed(keys);
            }
        }
    }

    private void RewriteEntityError(Core.Errors.GraphQLError e, string subgraph, List<List<(ResultObject Target, PathSegment? Path)>> targets)
    {
        if (e.Path is { Count: >= 2 } path && path[0] is "_entities" && path[1] is int index && index >= 0 && index < targets.Count)
        {
            foreach (var (_, at) in targets[index])
            {
                var rewritten = PathSegment.ToList(at);
                rewritten.AddRange(path.Skip(2));
                Errors.Add(WithService(e, subgraph, rewritten));
            }

            return;
        }

        Errors.Add(WithService(e, subgraph, null));
    }

    private static void Collect(object? value, IReadOnlyList<string> path, int depth, PathSegment? at, List<(ResultObject, PathSegment?)> found)
    {
        if (depth == path.Count)
        {
            if (value is ResultObject o)
            {
                found.Add((o, at));
            }

            return;
        }

        var segment = path[depth];
        if (segment == "@")
        {
            if (value is ResultList list)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Collect(list.Items[i], path, depth + 1, new PathSegment(at, null, i), found);
                }
            }

            return;
        }

        if (value is ResultObject obj && obj.Fields.TryGetValue(segment, out var child))
        {
            Collect(child, path, depth + 1, new PathSegment(at, segment, 0), found);
        }
    }

    private (List<byte[]> Representations, List<List<(ResultObject, PathSegment?)>> Targets) BuildRepresentations(FetchNode fetch, List<(ResultObject Target, PathSegment? Path)> found)
    {
        var representations = new List<byte[]>();
        var targets = new List<List<(ResultObject, PathSegment?)>>();
        var index = new Dictionary<byte[], int>(RepresentationComparer.Instance);
        var buffer = new ArrayBufferWriter<byte>(128);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        foreach (var (target, path) in found)
        {
            var requires = FindRequires(fetch.Requires!, target.Typename);
            if (requires is null)
            {
                continue;
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString("__typename", requires.RepresentationTypeName);
            if (!WriteFields(writer, target, requires.Fields))
            {
                continue;
            }

            writer.WriteEndObject();
            writer.Flush();
            var bytes = buffer.WrittenSpan.ToArray();
            if (!index.TryGetValue(bytes, out var i))
            {
                i = representations.Count;
                index[bytes] = i;
                representations.Add(bytes);
                targets.Add([]);
            }

            targets[i].Add((target, path));
        }

        return (representations, targets);
    }

    private static RequiresFragment? FindRequires(IReadOnlyList<RequiresFragment> requires, string? typename)
    {
        foreach (var r in requires)
        {
            if (r.TypeName == typename)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Writes the key and required fields; false when one is missing (the object cannot be represented).</summary>
    private static bool WriteFields(Utf8JsonWriter writer, ResultObject source, IReadOnlyList<RequiresField> fields)
    {
        foreach (var f in fields)
        {
            if (f.TypeCondition is not null && f.TypeCondition != source.Typename)
            {
                continue;
            }

            if (!source.Fields.TryGetValue(f.ResponseKey, out var value))
            {
                return false;
            }

            writer.WritePropertyName(f.Name);
            if (!WriteRequiredValue(writer, value, f.Selection))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WriteRequiredValue(Utf8JsonWriter writer, object? value, IReadOnlyList<RequiresField>? selection)
    {
        switch (value)
        {
            case ResultObject o when selection is not null:
                writer.WriteStartObject();
                if (!WriteFields(writer, o, selection))
                {
                    return false;
                }

                writer.WriteEndObject();
                return true;
            case ResultList l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    if (!WriteRequiredValue(writer, item, selection))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;
            default:
                RawValue.WriteAny(writer, value);
                return true;
        }
    }
}

/// <summary>One step of a response path, linked to its parent (built only while collecting entities).</summary>
internal sealed class PathSegment(PathSegment? parent, string? key, int index)
{
    public PathSegment? Parent { get; } = parent;

    public string? Key { get; } = key;

    public int Index { get; } = index;

    public static List<object> ToList(PathSegment? segment)
    {
        var list = new List<object>();
        for (var s = segment; s is not null; s = s.Parent)
        {
            list.Add(s.Key is null ? s.Index : s.Key);
        }

        list.Reverse();
        return list;
    }
}
