namespace EntSync.Core.Rules;

/// <summary>
/// A catalogue entry: the stable code with its severity, audience, a one-line French title and the remedy (where and
/// when to fix it, with the menu path of SIECLE, STS-Web or EDT as the académie guides give it).
/// </summary>
public sealed record AnomalyDefinition(string Code, Severity Severity, Audience Audience, string Title, string Remedy)
{
    public Anomaly Create(string subject, string message, params string[] files) =>
        new(Code, Severity, Audience, subject, message, Remedy) { Files = files };
}
