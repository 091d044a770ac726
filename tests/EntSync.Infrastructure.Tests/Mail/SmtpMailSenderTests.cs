using System.Text;
using EntSync.Infrastructure.Mail;
using EntSync.Tests.Shared;

namespace EntSync.Infrastructure.Tests.Mail;

/// <summary>SmtpClient against the real aiosmtpd sink (STARTTLS, AUTH required on one port, no AUTH at all on the other).</summary>
public sealed class SmtpMailSenderTests
{
    [ServerFact("smtp")]
    public async Task SendAsync_StartTlsAndAuth_ArrivesAuthenticatedWithBothPartsTheRecipientsAndTheAttachmentByteExact()
    {
        var mail = SmtpTestServer.Mail("secretariat@college-exemple.fr", "Chef.Etablissement@college-exemple.fr");

        await new SmtpMailSender(SmtpTestServer.Auth()).SendAsync(mail, CancellationToken.None);

        var received = await ReceivedMail.WaitForAsync(mail.MessageId);
        Assert.True(received.Tls);
        Assert.True(received.Authenticated);
        Assert.Equal(["secretariat@college-exemple.fr", "Chef.Etablissement@college-exemple.fr"], received.RcptTos);
        Assert.Equal(mail.Subject, received.Subject);
        Assert.Equal(mail.Text, received.Text("text/plain"));
        Assert.Equal(mail.Html, received.Text("text/html"));
        Assert.Equal(mail.Attachment!.Content, received.Part("text/csv").Body);
        Assert.Contains("anomalies.csv", received.Part("text/csv").Headers);
        Assert.Contains("multipart/alternative", received.Raw);
    }

    [ServerFact("smtp")]
    public async Task SendAsync_CredentialsButTheServerOffersNoAuth_FailsClearlyAndNothingIsDelivered()
    {
        var mail = SmtpTestServer.Mail();

        var ex = await Assert.ThrowsAsync<MailSendException>(() => new SmtpMailSender(SmtpTestServer.NoAuth(user: "entsync")).SendAsync(mail, CancellationToken.None));

        Assert.True(ex.Permanent);
        Assert.Contains("n'annonce aucune authentification", ex.Message);
        Assert.Contains("sans authentification", ex.Message);
        await Task.Delay(300);
        Assert.Empty(ReceivedMail.WithMessageId(mail.MessageId));
    }

    [ServerFact("smtp")]
    public async Task SendAsync_WrongPassword_RefusedBeforeAnythingIsSent()
    {
        var mail = SmtpTestServer.Mail();

        var ex = await Assert.ThrowsAsync<MailSendException>(() => new SmtpMailSender(SmtpTestServer.Auth(password: "faux")).SendAsync(mail, CancellationToken.None));

        Assert.True(ex.Permanent);
        Assert.Contains("refuse l'identifiant ou le mot de passe", ex.Message);
        Assert.Empty(ReceivedMail.WithMessageId(mail.MessageId));
    }

    [ServerFact("smtp")]
    public async Task SendAsync_NoAccountOnARelay_SentWithTheConfiguredCaOnly()
    {
        var mail = SmtpTestServer.Mail();

        // Without the CA file the test certificate is untrusted: SmtpClient's global callback must refuse it...
        var ex = await Assert.ThrowsAsync<MailSendException>(() => new SmtpMailSender(SmtpTestServer.NoAuth(caFile: null)).SendAsync(mail, CancellationToken.None));
        Assert.Contains("Certificat du serveur", ex.Message);
        Assert.Empty(ReceivedMail.WithMessageId(mail.MessageId));

        // ...and with it, the same server is trusted for this send.
        await new SmtpMailSender(SmtpTestServer.NoAuth()).SendAsync(mail, CancellationToken.None);
        var received = await ReceivedMail.WaitForAsync(mail.MessageId);
        Assert.True(received.Tls);
        Assert.False(received.Authenticated);
    }

    [ServerFact("smtp")]
    public async Task Probe_AuthServer_FrenchVerdictWithTlsAndLogin()
    {
        var result = await SmtpProbe.RunAsync(SmtpTestServer.Auth(), CancellationToken.None);

        Assert.True(result.Ok, result.Verdict);
        Assert.True(result.Authenticated);
        Assert.Contains("LOGIN", result.AuthMechanisms);
        Assert.StartsWith("Tls", result.TlsProtocol);
        Assert.Contains("authentification LOGIN acceptée", result.Verdict);
    }

    [Fact]
    public async Task Probe_NothingListening_Unreachable()
    {
        var result = await SmtpProbe.RunAsync(new SmtpSettings("127.0.0.1", FreePort(), true, null, null, null, TimeSpan.FromSeconds(5)), CancellationToken.None);

        Assert.False(result.Ok);
        Assert.False(result.Permanent);
        Assert.Contains("injoignable (connexion refusée)", result.Verdict);
    }

    [Fact]
    public void Eml_Render_HasTheMessageIdEncodedSubjectAndNoPickupHeaders()
    {
        var mail = SmtpTestServer.Mail();

        var eml = Encoding.Latin1.GetString(EmlWriter.Render(mail));

        Assert.DoesNotContain("X-Sender", eml);
        Assert.DoesNotContain("X-Receiver", eml);
        Assert.Contains($"Message-ID: {mail.MessageId}", eml);
        Assert.Matches(@"Subject: =\?utf-8\?[BQ]\?", eml);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
