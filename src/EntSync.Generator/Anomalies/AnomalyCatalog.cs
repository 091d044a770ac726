namespace EntSync.Generator.Anomalies;

/// <summary>The anomalies <c>entsync generate --anomalies</c> can inject, by name (the anomaly code they produce).</summary>
public static class AnomalyCatalog
{
    public static IReadOnlyList<AnomalyInjection> All { get; } =
        [.. FileInjections.All, .. SiecleInjections.All, .. StsInjections.All, .. EdtInjections.All, .. EleveInjections.All];

    public static AnomalyInjection? Find(string name) =>
        All.FirstOrDefault(a => a.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
