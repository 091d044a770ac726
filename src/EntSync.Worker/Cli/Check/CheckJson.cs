using System.Text.Json;
using EntSync.Core.Rules;
using EntSync.Worker.Cli.Inspect;

namespace EntSync.Worker.Cli.Check;

/// <summary>
/// The JSON of <c>entsync check</c>: one object. With several establishments or years the top-level uai and
/// schoolYear are null and every anomaly and skipped check carries its uai (DESIGN.md §5b).
/// </summary>
internal static class CheckJson
{
    public static string Serialize(IReadOnlyList<CheckResult> results)
    {
        var single = results.Count == 1 ? results[0].Snapshot : null;
        var files = results.SelectMany(r => r.Snapshot.Files).DistinctBy(f => f.File).OrderBy(f => f.File, StringComparer.Ordinal);
        var value = new
        {
            uai = single?.Uai,
            schoolYear = single?.SchoolYear,
            files = files.Select(InspectionJson.ToJson).ToList(),
            checksNotRun = results.SelectMany(r => r.ChecksNotRun.Select(c => new { uai = r.Snapshot.Uai, code = c.Code, reason = c.Reason })).ToList(),
            failedRules = results.SelectMany(r => r.FailedRules.Select(f => new { uai = r.Snapshot.Uai, rule = f.Rule, error = f.Error })).ToList(),
            anomalies = results.SelectMany(r => r.Anomalies).Select(a => new
            {
                uai = a.Uai,
                code = a.Code,
                severity = a.Severity.ToString(),
                audience = a.Audience.ToString(),
                subject = a.Subject,
                message = a.Message,
                remedy = a.Remedy,
                files = a.Files,
            }).ToList(),
        };
        return JsonSerializer.Serialize(value, InspectionJson.Options);
    }
}
