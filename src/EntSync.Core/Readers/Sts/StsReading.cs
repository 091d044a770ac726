using System.Xml;

namespace EntSync.Core.Readers.Sts;

/// <summary>Checks shared by the STS readers before streaming the records.</summary>
internal static class StsReading
{
    /// <summary>Moves to the root and refuses a file whose root is not <paramref name="expected"/> (French message).</summary>
    public static void ExpectRoot(XmlReader reader, string expected, string what)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != expected)
        {
            var found = reader.NodeType == XmlNodeType.Element ? reader.LocalName : "aucun";
            throw new ExportReadException(
                $"Ce fichier n'est pas {what} : son élément racine est « {found} » au lieu de « {expected} ».", reader.Line(), null);
        }
    }

    private static int Line(this XmlReader reader) => (reader as IXmlLineInfo)?.LineNumber ?? 0;
}
