using EntSync.Infrastructure.Files;
using EntSync.Worker.Install;

namespace EntSync.Worker.Cli.Secret;

/// <summary>
/// Linux: the secret as text in a 0600 file (secrets/ itself 0700), written under a temporary name and renamed, so the
/// service never reads half a secret. Run as root with an owner (the service user), both belong to that user.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class UnixSecretFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    public static void Write(string file, string value, string? owner, UnixOwnership ownership)
    {
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder, OwnerAll);
        var temporary = AtomicFiles.TemporaryPath(folder);
        try
        {
            using (var stream = new FileStream(temporary, new FileStreamOptions
                   {
                       Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerReadWrite,
                   }))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(value);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            if (owner is not null)
            {
                ownership.Change(folder, owner);
                ownership.Change(temporary, owner);
            }

            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
