namespace EntSync.Infrastructure.Sources.Ftp;

/// <summary>
/// A failed FTP exchange, from either client. The message is a short French reason (a reply code, "délai dépassé"):
/// never a password, never a file name, so it can go into <see cref="EntSync.Core.Pipeline.Contracts.DropSourceException"/>.
/// </summary>
internal sealed class FtpException(FtpFailure failure, string reason, int? reply = null, Exception? inner = null) : Exception(reason, inner)
{
    public FtpFailure Failure { get; } = failure;

    /// <summary>The server's reply code when one was received (530, 550, 421…).</summary>
    public int? Reply { get; } = reply;

    /// <summary>The failure a reply code means: 4xx transient, 530 login, 522 session reuse, 550 not found, other 5xx refused.</summary>
    public static FtpFailure FromReply(int code) => code switch
    {
        530 => FtpFailure.Login,
        522 => FtpFailure.SessionReuse,
        550 => FtpFailure.NotFound,
        >= 400 and < 500 => FtpFailure.Transient,
        _ => FtpFailure.Refused,
    };

    public static FtpException ForReply(int code, Exception? inner = null) =>
        new(FromReply(code), $"réponse {code} du serveur", code, inner);
}
