using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>
/// One named anomaly the generator can plant. <see cref="Apply"/> returns the school to write now and, for anomalies
/// that only show between two exports (a renamed group, a partial export), the previous export to write beside it.
/// Names are the anomaly codes of the checks, so a test can ask for a code and expect that code.
/// </summary>
public sealed record AnomalyInjection(string Name, string Description, Func<GeneratedSchool, Random, InjectionResult> Apply);
