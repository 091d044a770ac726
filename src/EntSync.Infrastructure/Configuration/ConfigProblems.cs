namespace EntSync.Infrastructure.Configuration;

/// <summary>Collects every problem at once, so a person fixes the file in one go rather than one error per start.</summary>
internal sealed class ConfigProblems
{
    private readonly List<ConfigProblem> _all = [];

    public IReadOnlyList<ConfigProblem> All => _all;

    public bool HasErrors => _all.Any(p => p.IsError);

    public void Error(string path, string message) => _all.Add(new ConfigProblem(path, message));

    public void Warning(string path, string message) => _all.Add(new ConfigProblem(path, message, ConfigSeverity.Attention));

    public void AddRange(IEnumerable<ConfigProblem> problems) => _all.AddRange(problems);
}
