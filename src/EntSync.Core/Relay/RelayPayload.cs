using EntSync.Core.Model;

namespace EntSync.Core.Relay;

/// <summary>The file to deliver: its archived copy (<see cref="Path"/>, sent byte for byte) and the name it gets at the destination.</summary>
public sealed record RelayPayload(string Path, string RemoteName, ExportKind Kind, string Uai, string Sha256);
