using System.Text.Encodings.Web;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.Write"/>: writes the GraphQL response (GraphQL spec §7.1: <c>data</c>, then <c>errors</c>, then
/// <c>extensions</c>; an ended request gets <c>{"errors":[...]}</c> only) in one pass with <see cref="Utf8JsonWriter"/>
/// into an array rented from the shared pool, sized by the previous response so responses of one shape are written
/// without growing. Then returns the result tree and the subgraph bodies to their pools (docs/runtime.md "Ownership").
/// Runs for ended requests too; keeps a response an earlier stage set.
/// </summary>
public sealed class WriteStage : IGatewayStage
{
    private static readonly JsonWriterOptions ResponseJsonOptions = new()
    {
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Upper bound of the buffer rented up front.</summary>
    private const int MaxInitialResponseBytes = 1024 * 1024;

    private int _lastResponseBytes;

    /// <inheritdoc />
    public string Name => GatewayStages.Write;

    /// <inheritdoc />
    public bool RunsWhenEnded => true;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        if (context.Response is not null)
        {
            return default; // an earlier stage answered the request
        }

        var buffer = new PooledBufferWriter(context.IsEnded ? 256 : Math.Max(16 * 1024, _lastResponseBytes));
        using (var json = new Utf8JsonWriter(buffer, ResponseJsonOptions))
        {
            json.WriteStartObject();
            if (!context.IsEnded)
            {
                json.WritePropertyName("data");
                if (context.HasData)
                {
                    context.Shaper!.Write(json, context.Execution!.Data);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            ErrorEnvelope.WriteErrors(json, context.Errors);
            if (context.HasExtensions && !context.IsEnded)
            {
                context.Extensions.WriteTo(json);
            }

            json.WriteEndObject();
        }

        var (array, length) = buffer.Detach();
        if (!context.IsEnded)
        {
            _lastResponseBytes = Math.Min(length, MaxInitialResponseBytes);
        }

        context.Response = new ResponseBody(array, length);

        // Nothing reads the result tree once the response is written: return its arenas and the subgraph bodies.
        if (context.Execution is { } run && context.Shaper is not null)
        {
            run.Release();
            context.Execution = null;
        }

        return default;
    }
}
