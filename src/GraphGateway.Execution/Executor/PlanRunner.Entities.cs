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
        var targets = EntityTargets.Rent();
        try
        {
            lock (_gate)
            {
                targets.Collect(Data, flattens);
                BuildRepresentations(fetch, targets);
            }

            if (targets.Representations.Count == 0)
            {
                return;
            }

            var body = WriteRequest(fetch, targets.Representations);
            var arena = ArenaFor(fetch);
            var payload = await SendAsync(fetch, body, arena, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                Merge(fetch, flattens, targets, payload, arena);
            }
        }
        finally
        {
            EntityTargets.Return(targets);
        }
    }

    /// <summary>Merges an <c>_entities</c> answer into the targets (under the lock), or marks them failed.</summary>
    private void Merge(FetchNode fetch, IReadOnlyList<FlattenNode> flattens, EntityTargets targets, SubgraphPayload? payload, ResultArena arena)
    {
        if (payload is null)
        {
            MarkFailed(targets, fetch);
            return;
        }

        var count = targets.Representations.Count;
        ResultList? entities = null;
        if (payload.Data?.TryGetValue("_entities", out var value) == true)
        {
            entities = value as ResultList;
        }

        if (payload.Data is not null && (entities is null || entities.Items.Count != count))
        {
            Errors.Add(WithService(new GraphQLError(
                $"Subgraph '{fetch.Subgraph}' returned {(entities is null ? "no _entities list" : entities.Items.Count + " entities")} for {count} representations.",
                ErrorCodes.SubgraphInvalidResponse), fetch.Subgraph, null));
            entities = null;
        }

        if (entities is null)
        {
            MarkFailed(targets, fetch);
        }
        else
        {
            for (var i = 0; i < targets.Count; i++)
            {
                if (targets.RepresentationOf(i) is var r and >= 0 && entities.Items[r] is ResultObject entity)
                {
                    // One result may complete several objects; each but the last gets its own copy so later merges stay separate.
                    targets.Object(i).Merge(targets.IsLastUse(i) ? entity : Copy(entity, arena));
                }
            }
        }

        foreach (var e in payload.Errors)
        {
            RewriteEntityError(e, fetch.Subgraph, targets, flattens);
        }
    }

    private static ResultObject Copy(ResultObject source, ResultArena arena)
    {
        var copy = arena.NewObject();
        copy.Typename = source.Typename;
        foreach (var (k, v) in source)
        {
            copy[k] = CopyValue(v, arena);
        }

        return copy;
    }

    private static object? CopyValue(object? value, ResultArena arena)
    {
        switch (value)
        {
            case ResultObject o:
                return Copy(o, arena);
            case ResultList l:
                var list = arena.NewList();
                foreach (var item in l.Items)
                {
                    list.Items.Add(CopyValue(item, arena));
                }

                return list;
            default:
                return value;
        }
    }

    private static void MarkFailed(EntityTargets targets, FetchNode fetch)
    {
        var keys = TopKeys(fetch.Selection).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets.RepresentationOf(i) >= 0)
            {
                targets.Object(i).MarkFailed(keys);
            }
        }
    }

    private void RewriteEntityError(GraphQLError e, string subgraph, EntityTargets targets, IReadOnlyList<FlattenNode> flattens)
    {
        if (e.Path is { Count: >= 2 } path && path[0] is "_entities" && path[1] is int index && index >= 0 && index < targets.Representations.Count)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                if (targets.RepresentationOf(i) == index)
                {
                    var rewritten = targets.Path(i, flattens);
                    rewritten.AddRange(path.Skip(2));
                    Errors.Add(WithService(e, subgraph, rewritten));
                }
            }

            return;
        }

        Errors.Add(WithService(e, subgraph, null));
    }

    /// <summary>Writes each target's representation (key and required fields) into the set, deduplicated.</summary>
    internal static void BuildRepresentations(FetchNode fetch, EntityTargets targets)
    {
        var set = targets.Representations;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets.Object(i);
            var requires = FindRequires(fetch.Requires!, target.Typename);
            if (requires is null)
            {
                continue;
            }

            var writer = set.Begin();
            writer.WriteStartObject();
            writer.WriteString("__typename", requires.RepresentationTypeName);
            if (!WriteFields(writer, target, requires.Fields))
            {
                set.Abandon();
                continue;
            }

            writer.WriteEndObject();
            targets.SetRepresentation(i, set.Commit());
        }
    }

    private static RequiresFragment? FindRequires(IReadOnlyList<RequiresFragment> requires, string? typename)
    {
        for (var i = 0; i < requires.Count; i++)
        {
            if (requires[i].TypeName == typename)
            {
                return requires[i];
            }
        }

        return null;
    }

    /// <summary>Writes the key and required fields; false when one is missing (the object cannot be represented).</summary>
    private static bool WriteFields(Utf8JsonWriter writer, ResultObject source, IReadOnlyList<RequiresField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            if (f.TypeCondition is not null && f.TypeCondition != source.Typename)
            {
                continue;
            }

            if (!source.TryGetValue(f.ResponseKey, out var value))
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
