using System.Text.Json;
using EntSync.Infrastructure.Mail;
using EntSync.Infrastructure.Tests.Support;
using EntSync.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace EntSync.Infrastructure.Tests.Mail;

public sealed class OutboxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entsync-outbox-").FullName;
    private readonly ManualTimeProvider _time = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Outbox Outbox(IMailSender sender, double maxAgeHours = 72) =>
        new(_folder, sender, _time, TimeSpan.FromHours(maxAgeHours), NullLogger.Instance);

    [ServerFact("smtp")]
    public async Task Flush_ServerDownThenBack_WaitsInOutboxThenDeliveredExactlyOnce()
    {
        var mail = SmtpTestServer.Mail();
        var down = Outbox(new SmtpMailSender(SmtpTestServer.Down()));
        var id = await down.EnqueueAsync(mail, "0134567A", CancellationToken.None);

        var first = await down.FlushAsync(force: true, CancellationToken.None);

        Assert.Equal((0, 1), (first.Delivered, first.Failed));
        Assert.Contains("injoignable", Assert.Single(first.Errors));
        Assert.True(File.Exists(Path.Combine(_folder, id + ".eml")));
        Assert.Empty(ReceivedMail.WithMessageId(mail.MessageId));

        _time.Advance(TimeSpan.FromMinutes(1));
        var back = Outbox(new SmtpMailSender(SmtpTestServer.Auth()));
        var second = await back.FlushAsync(force: false, CancellationToken.None);
        var third = await back.FlushAsync(force: true, CancellationToken.None);

        Assert.Equal((1, 0), (second.Delivered, second.Failed));
        Assert.Equal((0, 0, 0), (third.Delivered, third.Failed, third.Waiting));
        Assert.Empty(back.PendingIds());
        Assert.False(File.Exists(Path.Combine(_folder, id + ".eml")));
        await ReceivedMail.WaitForAsync(mail.MessageId);
        await Task.Delay(300);
        Assert.Single(ReceivedMail.WithMessageId(mail.MessageId));
        var note = Assert.Single(await back.NotesAsync("0134567A", CancellationToken.None));
        Assert.Equal(2, note.Attempts);
        Assert.NotNull(note.DeliveredAt);
        Assert.Contains("injoignable", note.LastError);
    }

    [Fact]
    public async Task Flush_AttemptIsRecordedBeforeTheSendStarts()
    {
        var sender = Substitute.For<IMailSender>();
        var outbox = Outbox(sender);
        var id = await outbox.EnqueueAsync(SmtpTestServer.Mail(), "0134567A", CancellationToken.None);
        string? seenDuringSend = null;
        sender.SendAsync(Arg.Any<OutgoingMail>(), Arg.Any<CancellationToken>())
            .Returns(_ =>
            {
                seenDuringSend = File.ReadAllText(Path.Combine(_folder, id + ".json"));
                return Task.CompletedTask;
            });

        await outbox.FlushAsync(force: false, CancellationToken.None);

        var attempts = JsonDocument.Parse(seenDuringSend!).RootElement.GetProperty("attempts");
        Assert.Equal(1, attempts.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, attempts[0].GetProperty("endedAt").ValueKind);
        Assert.Empty(outbox.PendingIds());
    }

    [Fact]
    public async Task Flush_AfterAFailure_WaitsForTheBackoffUnlessForced()
    {
        var sender = Substitute.For<IMailSender>();
        sender.SendAsync(Arg.Any<OutgoingMail>(), Arg.Any<CancellationToken>()).ThrowsAsync(new MailSendException("serveur injoignable", permanent: false));
        var outbox = Outbox(sender);
        await outbox.EnqueueAsync(SmtpTestServer.Mail(), "0134567A", CancellationToken.None);
        await outbox.FlushAsync(force: false, CancellationToken.None);
        await outbox.FlushAsync(force: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(59));
        var tooSoon = await outbox.FlushAsync(force: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        var due = await outbox.FlushAsync(force: false, CancellationToken.None);

        Assert.Equal(1, tooSoon.Waiting);
        Assert.Equal(1, due.Failed);
        await sender.Received(2).SendAsync(Arg.Any<OutgoingMail>(), Arg.Any<CancellationToken>());
        Assert.Equal(TimeSpan.FromMinutes(60), EntSync.Infrastructure.Mail.Outbox.Backoff(12));
    }

    [Fact]
    public async Task Flush_OlderThanTheMaximumAge_KeptInAbandonnesAndNoted()
    {
        var sender = Substitute.For<IMailSender>();
        var outbox = Outbox(sender, maxAgeHours: 1);
        var id = await outbox.EnqueueAsync(SmtpTestServer.Mail(), "0134567A", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));

        var result = await outbox.FlushAsync(force: true, CancellationToken.None);

        Assert.Equal(1, result.Abandoned);
        await sender.DidNotReceive().SendAsync(Arg.Any<OutgoingMail>(), Arg.Any<CancellationToken>());
        Assert.True(File.Exists(Path.Combine(_folder, "abandonnes", id + ".eml")));
        Assert.True(File.Exists(Path.Combine(_folder, "abandonnes", id + ".json")));
        var note = Assert.Single(await outbox.NotesAsync("0134567A", CancellationToken.None));
        Assert.Null(note.DeliveredAt);

        await outbox.ForgetNotesAsync([note], CancellationToken.None);
        Assert.Empty(await outbox.NotesAsync("0134567A", CancellationToken.None));
    }
}
