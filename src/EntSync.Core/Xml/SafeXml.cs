using System.Xml;
using EntSync.Core.Readers;

namespace EntSync.Core.Xml;

/// <summary>
/// XmlReader settings for untrusted exports: a DOCTYPE is tolerated but never read (no XXE, no entity expansion),
/// nothing is resolved, and the document size is bounded.
/// </summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(ReadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = limits.MaxFileBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };
}
