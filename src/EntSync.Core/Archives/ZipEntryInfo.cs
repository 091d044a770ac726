namespace EntSync.Core.Archives;

/// <summary>A zip entry that passed the safety checks.</summary>
public sealed record ZipEntryInfo(string FullName, long Length, long CompressedLength);
