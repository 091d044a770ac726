using System.Xml;

namespace EntSync.Core.Xml;

/// <summary>Streaming helpers shared by the readers.</summary>
public static class XmlStreaming
{
    /// <summary>
    /// Visits every start element in document order. The visitor may consume the element (e.g. with
    /// <see cref="LightElement.Read"/>); the walk then goes on from where the reader was left instead of skipping a node.
    /// </summary>
    public static IEnumerable<XmlReader> StartElements(this XmlReader reader)
    {
        var lineInfo = (IXmlLineInfo)reader;
        var advance = true;
        while (true)
        {
            if (advance && !reader.Read()) yield break;
            if (reader.EOF) yield break;
            if (reader.NodeType != XmlNodeType.Element)
            {
                advance = true;
                continue;
            }

            var (line, position, depth) = (lineInfo.LineNumber, lineInfo.LinePosition, reader.Depth);
            yield return reader;
            var untouched = reader.NodeType == XmlNodeType.Element && reader.Depth == depth
                            && lineInfo.LineNumber == line && lineInfo.LinePosition == position;
            advance = untouched;
        }
    }

    public static int Line(this XmlReader reader) => (reader as IXmlLineInfo)?.LineNumber ?? 0;
}
