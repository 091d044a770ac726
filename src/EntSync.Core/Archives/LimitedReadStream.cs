using EntSync.Core.Readers;

namespace EntSync.Core.Archives;

/// <summary>Counts what is actually read and stops past a limit: declared sizes (zip headers) cannot be trusted.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit, string what) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set
        {
            inner.Position = value;
            _read = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = inner.Seek(offset, origin);
        _read = position;
        return position;
    }

    private int Count(int n)
    {
        _read += n;
        if (_read > limit)
        {
            throw new ExportReadException(
                $"{what} dépasse la taille maximale acceptée ({limit / (1024 * 1024)} Mo) : fichier refusé.");
        }

        return n;
    }

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
