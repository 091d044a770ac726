namespace EntSync.Core.Pipeline.Contracts;

/// <summary>A local copy of a collected file in the data directory's inbox, with its SHA-256 (lower-case hex).</summary>
public sealed record InboxFile(string Path, string OriginalName, string Sha256, long Size);
