namespace GraphGateway.AspNetCore.Http;

/// <summary>A request that could not be read: the HTTP status, the message and the error code.</summary>
/// <param name="StatusCode">400, 413 or 415.</param>
/// <param name="Message">What is wrong and where.</param>
/// <param name="Code"><c>extensions.code</c>; <c>BAD_REQUEST</c> unless a client protocol expects another (APQ).</param>
internal sealed record RequestReadError(int StatusCode, string Message, string Code = "BAD_REQUEST");
