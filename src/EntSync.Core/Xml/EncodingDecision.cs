using System.Text;
using EntSync.Core.Readers;

namespace EntSync.Core.Xml;

/// <summary>How a file's bytes are decoded: the declared name, the encoding actually used, and a warning when they differ.</summary>
public sealed record EncodingDecision(string? Declared, Encoding Encoding, ReadWarning? Warning);
