namespace EntSync.Core.Readers;

/// <summary>Why a file could not be read: a French message and, for XML, where.</summary>
public sealed record FileError(string Message, int? Line = null, int? Column = null);
