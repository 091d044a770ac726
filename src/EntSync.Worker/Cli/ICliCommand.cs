namespace EntSync.Worker.Cli;

/// <summary>One verb of the <c>entsync</c> command line.</summary>
internal interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the general help.</summary>
    string Summary { get; }

    /// <summary>The verb's own help, in French.</summary>
    string Help { get; }

    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}
