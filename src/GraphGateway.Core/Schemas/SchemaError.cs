namespace GraphGateway.Core.Schemas;

/// <summary>One problem found in SDL: a message and, when known, where.</summary>
/// <param name="Message">What is wrong, naming the type or coordinate (e.g. <c>Product.price</c>).</param>
/// <param name="Location">Where in the source, when known.</param>
public sealed record SchemaError(string Message, SourceLocation? Location = null)
{
    /// <summary><c>source:line:column: message</c>, or the message alone without a location.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}

/// <summary>
/// Thrown when SDL cannot be read into a <see cref="Schema"/>. Carries every error found, not only the first.
/// </summary>
public sealed class SchemaException : Exception
{
    /// <summary>Creates the exception from the collected errors.</summary>
    public SchemaException(IReadOnlyList<SchemaError> errors)
        : base(FormatMessage(errors)) => Errors = errors;

    /// <summary>All errors found, in source order.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<SchemaError> errors) =>
        errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} schema errors:\n" + string.Join("\n", errors);
}
