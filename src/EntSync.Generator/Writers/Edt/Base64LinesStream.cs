namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// A write-only stream that turns the bytes written into base64 lines of 76 characters (57 bytes), handed one by one
/// to <paramref name="writeText"/> with CRLF between lines, as Index Education wraps CONTENU. Call
/// <see cref="Complete"/> once everything is written to emit the last, shorter line.
/// </summary>
internal sealed class Base64LinesStream(Action<string> writeText) : Stream
{
    private const int BytesPerLine = 57;
    private readonly byte[] _pending = new byte[BytesPerLine];
    private int _count;
    private bool _first = true;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var take = Math.Min(BytesPerLine - _count, buffer.Length);
            buffer[..take].CopyTo(_pending.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
            if (_count == BytesPerLine) EmitLine();
        }
    }

    public void Complete()
    {
        if (_count > 0) EmitLine();
    }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void EmitLine()
    {
        var line = Convert.ToBase64String(_pending, 0, _count);
        writeText(_first ? line : "\r\n" + line);
        _first = false;
        _count = 0;
    }
}
