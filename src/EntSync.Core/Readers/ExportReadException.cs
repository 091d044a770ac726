namespace EntSync.Core.Readers;

/// <summary>Thrown inside readers for a file that cannot be read; turned into a <see cref="FileError"/> by the inspector.</summary>
public sealed class ExportReadException(string message, int? line = null, int? column = null) : Exception(message)
{
    public int? Line { get; } = line;
    public int? Column { get; } = column;
}
