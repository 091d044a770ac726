namespace EntSync.Infrastructure.Mail;

/// <summary>
/// What <see cref="SmtpProbe"/> found: <see cref="Verdict"/> is the French sentence to show. <see cref="Permanent"/>:
/// the configuration or the server must change (retrying cannot help).
/// </summary>
internal sealed record SmtpProbeResult(bool Ok, bool Permanent, string Verdict)
{
    public IReadOnlyList<string> Capabilities { get; init; } = [];
    public IReadOnlyList<string> AuthMechanisms { get; init; } = [];
    public string? TlsProtocol { get; init; }
    public bool Authenticated { get; init; }
}
