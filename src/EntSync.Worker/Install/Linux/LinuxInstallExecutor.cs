using System.Runtime.Versioning;
using EntSync.Infrastructure.Processes;

namespace EntSync.Worker.Install.Linux;

/// <summary>
/// Runs a plan step by step, printing each step before doing it, and stops at the first failure (the message says
/// which step). External programs go through <see cref="IProcessRunner"/>, so tests run the file steps for real
/// below a temporary folder with the programs substituted.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LinuxInstallExecutor(IProcessRunner runner, TextWriter output)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private readonly UnixOwnership _ownership = new(runner);

    public void Run(IEnumerable<InstallStep> steps)
    {
        foreach (var step in steps)
        {
            output.WriteLine($"• {step.Description}");
            try
            {
                Apply(step);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                throw new InstallException($"Étape en échec : {step.Description.Split(Environment.NewLine)[0]} ({ex.Message})");
            }
        }
    }

    private void Apply(InstallStep step)
    {
        switch (step)
        {
            case EnsureUserStep user:
                if (Exec("id", ["-u", user.User]).Succeeded) return;
                Check(Exec("useradd", ["--system", "--user-group", "--home-dir", user.Home, "--no-create-home", "--shell", "/usr/sbin/nologin", user.User]), step);
                return;
            case FolderStep folder:
                Directory.CreateDirectory(folder.Path);
                _ownership.Change(folder.Path, folder.Owner, folder.Group);
                File.SetUnixFileMode(folder.Path, folder.Mode);
                return;
            case CopyProgramStep copy:
                ReplaceFolder(copy.From, copy.To);
                return;
            case CopyFileStep file:
                if (file.KeepExisting && File.Exists(file.To))
                {
                    output.WriteLine($"  gardée : {file.To} existe déjà.");
                    return;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(file.To)!);
                File.Copy(file.From, file.To, overwrite: true);
                _ownership.Change(file.To, file.Owner, file.Group);
                File.SetUnixFileMode(file.To, file.Mode);
                return;
            case WriteFileStep write:
                Directory.CreateDirectory(Path.GetDirectoryName(write.Path)!);
                File.WriteAllText(write.Path, write.Content);
                File.SetUnixFileMode(write.Path, write.Mode);
                return;
            case LinkStep link:
                Directory.CreateDirectory(Path.GetDirectoryName(link.Link)!);
                if (Path.Exists(link.Link) || new FileInfo(link.Link).LinkTarget is not null) File.Delete(link.Link);
                File.CreateSymbolicLink(link.Link, link.Target);
                return;
            case RemoveStep remove:
                if (Directory.Exists(remove.Path) && new DirectoryInfo(remove.Path).LinkTarget is null) Directory.Delete(remove.Path, recursive: true);
                else if (File.Exists(remove.Path) || new FileInfo(remove.Path).LinkTarget is not null) File.Delete(remove.Path);
                return;
            case CommandStep command:
                var result = Exec(command.Program, command.Arguments);
                if (!command.MayFail) Check(result, step);
                return;
            default:
                throw new InvalidOperationException($"Étape inconnue : {step.GetType().Name}");
        }
    }

    /// <summary>Copied beside, then swapped: a failed copy leaves the installed version in place.</summary>
    private static void ReplaceFolder(string from, string to)
    {
        var incoming = to.TrimEnd('/') + ".nouveau";
        var previous = to.TrimEnd('/') + ".ancien";
        foreach (var leftover in new[] { incoming, previous }.Where(Directory.Exists)) Directory.Delete(leftover, recursive: true);
        CopyTree(new DirectoryInfo(from), incoming);
        Directory.CreateDirectory(Path.GetDirectoryName(to.TrimEnd('/'))!);
        if (Directory.Exists(to)) Directory.Move(to, previous);
        Directory.Move(incoming, to);
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }

    private static void CopyTree(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to, Modes.Public);
        foreach (var file in from.EnumerateFiles())
        {
            var target = Path.Combine(to, file.Name);
            file.CopyTo(target);
            // Executables stay executable for everyone (the service user runs them); nothing is writable but by root.
            var executable = (File.GetUnixFileMode(file.FullName) & UnixFileMode.UserExecute) != 0;
            File.SetUnixFileMode(target, executable ? Modes.Public : Modes.FilePublic);
        }

        foreach (var folder in from.EnumerateDirectories()) CopyTree(folder, Path.Combine(to, folder.Name));
    }

    private ProcessResult Exec(string program, IReadOnlyList<string> arguments) =>
        runner.RunAsync(new ProcessRequest(program, arguments, CommandTimeout), CancellationToken.None).GetAwaiter().GetResult();

    private static void Check(ProcessResult result, InstallStep step)
    {
        if (result.Succeeded) return;
        var why = result.TimedOut ? "délai dépassé" : $"code {result.ExitCode} : {result.StandardError.Trim()}";
        throw new InstallException($"Étape en échec : {step.Description} ({why})");
    }
}
