using EntSync.Infrastructure.Processes;

namespace EntSync.Worker.Install;

/// <summary>Changes a path's owner with chown (there is no .NET API for it); the group becomes the user's own group.</summary>
internal sealed class UnixOwnership(IProcessRunner runner)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public void Change(string path, string owner, string? group = null)
    {
        var result = runner.RunAsync(new ProcessRequest("chown", ["--", $"{owner}:{group}", path], Timeout), CancellationToken.None)
            .GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new IOException($"chown {owner}:{group} {path} a échoué : {result.StandardError.Trim()}");
        }
    }
}
