namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// One line of <c>ls -ln</c>. <see cref="Stamp"/> is the time as listed (minute precision, or the year for old files):
/// with the size it tells whether a file changed between two looks. <see cref="LastWriteUtc"/> is its best reading.
/// </summary>
internal sealed record SftpEntry(string Name, bool IsFile, long Size, string Stamp, DateTime LastWriteUtc);
