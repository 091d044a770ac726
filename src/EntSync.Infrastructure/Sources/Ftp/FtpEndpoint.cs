namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// Where and how to connect. <see cref="Tls"/>: explicit FTPS (AUTH TLS, protected data channel); false only when the
/// configuration says <c>"chiffrement": "aucun"</c>. <see cref="CaFile"/>: the PEM file of the authority that signed the
/// server's certificate, or null for the system trust store. <see cref="Timeout"/>: longest wait for one exchange.
/// </summary>
internal sealed record FtpEndpoint(string Host, int Port, string User, string Password, bool Tls, string? CaFile, TimeSpan Timeout)
{
    /// <summary>Never the password: this text may end up in a log or an exception.</summary>
    public override string ToString() => $"{Host}:{Port}";
}
