namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>Why an FTP exchange failed, as far as the source's decision goes (retry, or tell someone to fix something).</summary>
internal enum FtpFailure
{
    /// <summary>Timeout, refused or cut connection, 4xx reply: worth retrying.</summary>
    Transient,

    /// <summary>530: wrong user or password (or a server that refuses plain FTP).</summary>
    Login,

    /// <summary>The server's certificate does not validate against the configured authority or the system store.</summary>
    Certificate,

    /// <summary>The server does not offer explicit TLS (AUTH TLS refused).</summary>
    TlsRefused,

    /// <summary>522: the server requires the control connection's TLS session to be reused on the data connection.</summary>
    SessionReuse,

    /// <summary>550 on a folder or file: it does not exist (or is not visible to this account).</summary>
    NotFound,

    /// <summary>Another 5xx reply: the server refuses the operation (rights, quota…).</summary>
    Refused,

    /// <summary>The chosen client cannot do this here (curl missing, FtpWebRequest's FTPS on .NET 10).</summary>
    ClientUnavailable,
}
