using System.Text;

namespace EntSync.Infrastructure.Mail;

/// <summary>SMTP replies and commands on a stream, byte by byte (so nothing is read past a reply before STARTTLS).</summary>
internal sealed class SmtpWire(Stream stream)
{
    private const int MaxLine = 4096;

    public Stream Stream { get; set; } = stream;

    public async Task<(int Code, IReadOnlyList<string> Lines)> ReadAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out var code)) throw new IOException("réponse SMTP illisible");
            lines.Add(line.Length > 4 ? line[4..] : "");
            if (line.Length == 3 || line[3] == ' ') return (code, lines);
        }
    }

    public async Task<(int Code, IReadOnlyList<string> Lines)> CommandAsync(string command, CancellationToken cancellationToken)
    {
        await Stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), cancellationToken);
        await Stream.FlushAsync(cancellationToken);
        return await ReadAsync(cancellationToken);
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (bytes.Count < MaxLine)
        {
            if (await Stream.ReadAsync(one, cancellationToken) == 0) throw new IOException("connexion fermée par le serveur");
            if (one[0] == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add(one[0]);
        }

        throw new IOException("ligne SMTP trop longue");
    }
}
