using EntSync.Infrastructure.Configuration;

namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// How to reach an SFTP server, as both an sftp source and an sftp destination configure it (same keys: hote, port,
/// utilisateur, clePrivee, cleHote, delaiSecondes), so both are validated and connect the same way.
/// </summary>
internal sealed record SftpConnection(string Hote, int Port, string Utilisateur, string ClePrivee, string CleHote, int DelaiSecondes)
{
    public static SftpConnection Of(SourceOptions s) => new(s.Hote, s.Port, s.Utilisateur, s.ClePrivee, s.CleHote, s.DelaiSecondes);

    public static SftpConnection Of(DestinationOptions d) => new(d.Hote, d.Port, d.Utilisateur, d.ClePrivee, d.CleHote, d.DelaiSecondes);

    public string Host => Hote.Trim();

    public int EffectivePort => Port == 0 ? 22 : Port;

    /// <summary>The endpoint sftp connects to; a pinned key line is written to <paramref name="privateKnownHosts"/> first.</summary>
    public SftpEndpoint Endpoint(string privateKnownHosts)
    {
        var knownHosts = SftpKnownHosts.Prepare(CleHote, Host, EffectivePort, privateKnownHosts);
        return new SftpEndpoint(Host, EffectivePort, Utilisateur.Trim(), ClePrivee, knownHosts, TimeSpan.FromSeconds(DelaiSecondes));
    }
}
