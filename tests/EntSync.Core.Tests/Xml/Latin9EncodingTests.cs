using EntSync.Core.Tests.Support;
using EntSync.Core.Xml;

namespace EntSync.Core.Tests.Xml;

public sealed class Latin9EncodingTests
{
    [Fact]
    public void GetChars_EveryByte_DecodesLikeTheCodePagesProvider()
    {
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.Equal(Docs.Latin9.GetString(all), Latin9Encoding.Instance.GetString(all));
    }

    [Fact]
    public void GetBytes_Latin9Characters_RoundTrip()
    {
        const string text = "Cœur Œuvre € Šárka žluva Ÿves é à ç";

        Assert.Equal(Docs.Latin9.GetBytes(text), Latin9Encoding.Instance.GetBytes(text));
        Assert.Equal(text, Latin9Encoding.Instance.GetString(Latin9Encoding.Instance.GetBytes(text)));
    }

    [Fact]
    public void Decode_ThroughStreamReaderInSmallChunks_KeepsSpecialCharacters()
    {
        var bytes = Docs.Latin9.GetBytes(string.Concat(Enumerable.Repeat("aœb€c", 5000)));
        using var reader = new StreamReader(new MemoryStream(bytes), Latin9Encoding.Instance, false, bufferSize: 7);

        Assert.Equal(string.Concat(Enumerable.Repeat("aœb€c", 5000)), reader.ReadToEnd());
    }

    [Fact]
    public void Sniffer_Latin9Declaration_UsesTheFastDecoder()
    {
        var doc = Docs.Text("n.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><A>é</A>", Docs.Latin9);

        Assert.Same(Latin9Encoding.Instance, doc.Encoding.Encoding);
    }
}
