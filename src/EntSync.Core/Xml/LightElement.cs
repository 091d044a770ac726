using System.Xml;

namespace EntSync.Core.Xml;

/// <summary>
/// A small read-only element tree for one record of a streamed export (an ELEVE, a PERSONNE, a Cours…). Readers stream
/// the file and materialise only one record at a time, then read fields by name: order is not relied on, unknown
/// children are ignored, absent and empty are the same. Attribute look-up ignores case (Index files vary: IDPN / IdPN).
/// </summary>
public sealed class LightElement
{
    private static readonly List<KeyValuePair<string, string>> NoAttributes = [];
    private static readonly List<LightElement> NoChildren = [];

    private List<KeyValuePair<string, string>> _attributes = NoAttributes;
    private List<LightElement> _children = NoChildren;
    private string? _text;

    private LightElement(string name, int line)
    {
        Name = name;
        Line = line;
    }

    public string Name { get; }

    /// <summary>Line of the start tag (1-based), for messages.</summary>
    public int Line { get; }

    /// <summary>Own text content, untrimmed; empty when none.</summary>
    public string Text => _text ?? "";

    public IReadOnlyList<LightElement> Children => _children;

    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    /// <summary>Attribute value (name compared without case), trimmed; null when absent or blank.</summary>
    public string? Attr(string name)
    {
        // Exact spelling first: it is the common case and much cheaper than a case-insensitive comparison.
        foreach (var a in _attributes)
        {
            if (string.Equals(a.Key, name, StringComparison.Ordinal)) return Clean(a.Value);
        }

        foreach (var a in _attributes)
        {
            if (a.Key.Equals(name, StringComparison.OrdinalIgnoreCase)) return Clean(a.Value);
        }

        return null;
    }

    public LightElement? Child(string name)
    {
        foreach (var c in _children)
        {
            if (c.Name == name) return c;
        }

        return null;
    }

    public IEnumerable<LightElement> ChildrenNamed(string name)
    {
        foreach (var c in _children)
        {
            if (c.Name == name) yield return c;
        }
    }

    /// <summary>Trimmed text of the first child among <paramref name="names"/> (old and new spellings) that has one.</summary>
    public string? Value(string name)
    {
        foreach (var c in _children)
        {
            if (c.Name == name && Clean(c._text) is { } v) return v;
        }

        return null;
    }

    public string? Value(string name, string alternative) => Value(name) ?? Value(alternative);

    /// <summary>Text at a path of child names, e.g. <c>Path("SCOLARITE_AN_DERNIER", "CODE_MEF")</c>.</summary>
    public string? Path(params string[] names)
    {
        var current = this;
        for (var i = 0; i < names.Length - 1; i++)
        {
            current = current.Child(names[i]);
            if (current is null) return null;
        }

        return current.Value(names[^1]);
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return null;
        var t = s.Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>
    /// Reads the element the reader is on, with its whole subtree, and leaves the reader on the node after its end.
    /// Iterative, so a hostile deeply nested record cannot exhaust the stack.
    /// </summary>
    public static LightElement Read(XmlReader reader)
    {
        if (reader.NodeType != XmlNodeType.Element) throw new InvalidOperationException("Reader is not on an element.");
        var lineInfo = reader as IXmlLineInfo;
        var root = Start(reader, lineInfo);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        var stack = new Stack<LightElement>();
        stack.Push(root);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = Start(reader, lineInfo);
                    var parent = stack.Peek();
                    if (parent._children == NoChildren) parent._children = [];
                    parent._children.Add(child);
                    if (!reader.IsEmptyElement) stack.Push(child);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    var owner = stack.Peek();
                    owner._text = owner._text is null ? Shared(reader, reader.Value) : owner._text + reader.Value;
                    break;
                case XmlNodeType.EndElement:
                    stack.Pop();
                    if (stack.Count == 0)
                    {
                        reader.Read();
                        return root;
                    }

                    break;
            }
        }

        return root;
    }

    /// <summary>Longest value shared through the reader's name table.</summary>
    private const int SharedValueMaxLength = 24;

    /// <summary>
    /// Short values repeat endlessly in exports (codes, civilités, first and last names, "0"/"1"): the reader's own name
    /// table, which lives as long as the document, hands back one instance per distinct value. The records of a large
    /// school then share their strings instead of each holding a copy.
    /// </summary>
    private static string Shared(XmlReader reader, string value) =>
        value.Length <= SharedValueMaxLength ? reader.NameTable.Add(value) : value;

    private static LightElement Start(XmlReader reader, IXmlLineInfo? lineInfo)
    {
        var e = new LightElement(reader.LocalName, lineInfo?.LineNumber ?? 0);
        if (reader.HasAttributes)
        {
            e._attributes = new List<KeyValuePair<string, string>>(reader.AttributeCount);
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix == "xmlns" || reader.LocalName == "xmlns") continue;
                e._attributes.Add(new(reader.LocalName, Shared(reader, reader.Value)));
            }

            reader.MoveToElement();
        }

        return e;
    }
}
