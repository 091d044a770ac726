using System.IO.Compression;
using EntSync.Core.Readers;

namespace EntSync.Core.Archives;

/// <summary>
/// Zip access for untrusted drops. Nothing is ever extracted to disk, but a hostile archive is still refused as a whole:
/// absolute or "..": paths (zip slip), too many entries, declared sizes over the limits, or a compression ratio only an
/// expansion bomb reaches. Entry reads are counted again, because headers can lie.
/// </summary>
internal static class SafeZip
{
    public static IReadOnlyList<ZipEntryInfo> ListEntries(ExportDocument zip)
    {
        var limits = zip.Limits;
        using var archive = Open(zip);
        if (archive.Entries.Count > limits.MaxZipEntries)
        {
            throw new ExportReadException(
                $"L'archive contient {archive.Entries.Count} entrées, plus que les {limits.MaxZipEntries} acceptées : archive refusée.");
        }

        var entries = new List<ZipEntryInfo>();
        long total = 0;
        foreach (var e in archive.Entries)
        {
            if (IsUnsafePath(e.FullName))
            {
                throw new ExportReadException(
                    $"L'archive contient un chemin dangereux (« {e.FullName} ») qui sortirait du dossier : archive refusée.");
            }

            if (e.FullName.EndsWith('/') || e.FullName.EndsWith('\\')) continue; // folder entry
            total += e.Length;
            if (e.Length > limits.MaxFileBytes || total > limits.MaxZipTotalBytes)
            {
                throw new ExportReadException(
                    $"L'archive se décompresse en plus de {limits.MaxZipTotalBytes / (1024 * 1024)} Mo : archive refusée.");
            }

            if (e.Length > 1_000_000 && e.Length / Math.Max(1, e.CompressedLength) > limits.MaxCompressionRatio)
            {
                throw new ExportReadException(
                    $"L'entrée « {e.FullName} » a un taux de compression anormal (bombe de décompression) : archive refusée.");
            }

            entries.Add(new ZipEntryInfo(e.FullName, e.Length, e.CompressedLength));
        }

        return entries;
    }

    public static Stream OpenEntry(ExportDocument zip, ZipEntryInfo info)
    {
        var archive = Open(zip);
        var entry = archive.GetEntry(info.FullName)
                    ?? throw new ExportReadException($"Entrée « {info.FullName} » introuvable dans l'archive.");
        var limit = Math.Min(zip.Limits.MaxFileBytes, Math.Max(info.Length, 0));
        return new OwningStream(new LimitedReadStream(entry.Open(), limit, $"L'entrée « {info.FullName} »"), archive);
    }

    private static ZipArchive Open(ExportDocument zip)
    {
        try
        {
            return new ZipArchive(zip.OpenRead(), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException ex)
        {
            throw new ExportReadException($"Archive zip illisible ou tronquée ({ex.Message}).");
        }
    }

    internal static bool IsUnsafePath(string name)
    {
        var normalized = name.Replace('\\', '/');
        return normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':')
               || normalized.Split('/').Any(part => part == "..");
    }

    /// <summary>Disposes the archive together with the entry stream it was opened from.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
