namespace GraphGateway.AspNetCore.Ide;

/// <summary>One file of the IDE bundle, held in memory: bytes, media type and a strong ETag (SHA-256 based).</summary>
internal sealed record IdeAsset(string Name, byte[] Content, string ContentType, string ETag);
