namespace EntSync.Infrastructure.Configuration;

/// <summary>
/// The outcome of reading (and possibly validating) the configuration. <see cref="FileUnusable"/>: the file is missing
/// or is not JSON (nothing else could be checked); otherwise <see cref="Problems"/> lists every error and warning found.
/// </summary>
internal sealed record ConfigLoadResult(string FilePath, LoadedConfig? Config, IReadOnlyList<ConfigProblem> Problems, bool FileUnusable)
{
    public bool IsValid => Config is not null && !FileUnusable && !Problems.Any(p => p.IsError);

    public IEnumerable<ConfigProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<ConfigProblem> Warnings => Problems.Where(p => !p.IsError);
}
