using EntSync.Generator.Model;

namespace EntSync.Generator.Anomalies;

/// <summary>The school after an injection, and the previous export when the anomaly needs one.</summary>
public sealed record InjectionResult(GeneratedSchool Current, GeneratedSchool? Previous = null);
