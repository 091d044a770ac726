namespace EntSync.Worker.Cli.Secret;

/// <summary>Where <c>entsync secret set</c> reads the value; behind an interface so tests give it without a terminal.</summary>
internal interface ISecretInput
{
    /// <summary>The value typed (or piped), without its final line break; null when the two typed values differ.</summary>
    string? Read(string name, TextWriter output);
}
