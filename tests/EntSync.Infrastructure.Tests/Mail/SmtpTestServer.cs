using EntSync.Infrastructure.Mail;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Mail;

/// <summary>The sink of tests/servers/modules/smtp.sh as SmtpSettings, and mails that can be found again by their Message-ID.</summary>
internal static class SmtpTestServer
{
    public static SmtpSettings Auth(string? password = null) => new("127.0.0.1", TestServers.GetInt("SMTP_PORT"), StartTls: true,
        TestServers.Get("SMTP_USER"), password ?? TestServers.Get("SMTP_PASSWORD"), TestServers.Get("CA_FILE"), TimeSpan.FromSeconds(15));

    public static SmtpSettings NoAuth(string? user = null, string? caFile = "") => new("127.0.0.1", TestServers.GetInt("SMTP_NOAUTH_PORT"), StartTls: true,
        user, user is null ? null : "mot-de-passe", caFile == "" ? TestServers.Get("CA_FILE") : caFile, TimeSpan.FromSeconds(15));

    /// <summary>A port nothing listens on: the mail server is down.</summary>
    public static SmtpSettings Down()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Auth() with { Port = port, Timeout = TimeSpan.FromSeconds(5) };
    }

    public static OutgoingMail Mail(params string[] to) => new("entsync@college-exemple.fr", to.Length > 0 ? to : ["secretariat@college-exemple.fr"],
        "EntSync – 0134567A Collège Éloïse-Noël – 3 erreurs, 5 avertissements (2 nouveaux)",
        "Rapport texte : élève DURAND Zoé, «ouvert depuis 12 jours»\r\nligne 2 ; fin",
        "<!DOCTYPE html><html><body><p>Élève <b>DURAND Zoé</b> – ouvert depuis 12 jours</p></body></html>",
        $"<{Guid.NewGuid():N}@entsync.test>")
    {
        Attachment = new MailAttachment("anomalies.csv", "text/csv",
            [0xEF, 0xBB, 0xBF, .. "code;severite\r\nSIECLE-ELEVE-SANS-INE;\"Élève ; «Zoé»\"\r\n"u8.ToArray(), .. Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251))]),
    };
}
