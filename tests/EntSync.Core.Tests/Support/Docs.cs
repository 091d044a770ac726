using System.Text;
using EntSync.Core.Readers;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Support;

/// <summary>Builds in-memory documents for tests, in a chosen encoding.</summary>
public static class Docs
{
    static Docs() => TextEncodingSniffer.EnsureRegistered();

    public static Encoding Latin9 => Encoding.GetEncoding("ISO-8859-15");

    public static ExportDocument Text(string name, string xml, Encoding? encoding = null, ReadLimits? limits = null) =>
        ExportDocument.FromBytes(name, (encoding ?? new UTF8Encoding(false)).GetBytes(xml), limits);

    public static ExportDocument Bytes(string name, byte[] bytes, ReadLimits? limits = null) => ExportDocument.FromBytes(name, bytes, limits);
}
