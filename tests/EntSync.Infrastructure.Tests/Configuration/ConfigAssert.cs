using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Tests.Configuration;

internal static class ConfigAssert
{
    /// <summary>The single error at this JSON path, with its message containing every fragment given.</summary>
    public static ConfigProblem Error(ConfigLoadResult result, string path, params string[] fragments)
    {
        var atPath = result.Problems.Where(p => p.IsError && p.Path == path).ToList();
        Assert.True(atPath.Count == 1, $"one error expected at « {path} », found: {Describe(result)}");
        foreach (var f in fragments) Assert.Contains(f, atPath[0].Message);
        return atPath[0];
    }

    public static ConfigProblem Warning(ConfigLoadResult result, string path, params string[] fragments)
    {
        var atPath = result.Problems.Where(p => !p.IsError && p.Path == path).ToList();
        Assert.True(atPath.Count == 1, $"one warning expected at « {path} », found: {Describe(result)}");
        foreach (var f in fragments) Assert.Contains(f, atPath[0].Message);
        return atPath[0];
    }

    public static void NoErrors(ConfigLoadResult result) =>
        Assert.True(result.IsValid, $"no error expected, found: {Describe(result)}");

    private static string Describe(ConfigLoadResult result) =>
        result.Problems.Count == 0 ? "(none)" : string.Join(" | ", result.Problems.Select(p => $"{p.Severity} {p}"));
}
