namespace EntSync.Core.Pipeline.Contracts;

/// <summary>
/// A file waiting in a drop (local folder, SFTP, FTP). <see cref="Location"/> is what the source needs to find it again
/// (a full path, a remote path); <see cref="Name"/> is the bare file name.
/// </summary>
public sealed record DropFile(string Source, string Name, string Location, long Size, DateTime LastWriteUtc);
