namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// One line of a remote listing. <see cref="Stamp"/> is the server's time text as listed (minute precision for LIST):
/// compared as is between two listings; <see cref="Modified"/> is its best reading as a date, when it has one.
/// </summary>
internal sealed record FtpEntry(string Name, bool IsFile, bool IsFolder, long Size, string Stamp, DateTime? Modified);
