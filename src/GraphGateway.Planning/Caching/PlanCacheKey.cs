namespace GraphGateway.Planning.Caching;

/// <summary>
/// What a cached query plan depends on: the document (by SHA-256 of its text), the operation chosen in it, and every
/// other plan-changing input of the request as one canonical <see cref="Variant"/> string (active override labels, the
/// authorization decision, ... — see <see cref="PlanCacheKeyBuilder"/>). Two requests with equal keys share one plan.
/// </summary>
/// <param name="DocumentHash">Lower-case hex SHA-256 of the document text.</param>
/// <param name="OperationName">The requested operation name, or null when the document has one operation.</param>
/// <param name="Variant">The contributions of plan-changing inputs, or null when there are none.</param>
public readonly record struct PlanCacheKey(string DocumentHash, string? OperationName, string? Variant);
