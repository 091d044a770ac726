using EntSync.Core.Xml;

namespace EntSync.Worker.Cli;

/// <summary>Entry point of the command line: picks the verb, handles help and usage errors the same way for all.</summary>
internal static class CliApp
{
    private static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new Service.RunCommand(),
        new Service.OnceCommand(),
        new Service.StatusCommand(),
        new Ent.EntCommand(),
        new Inspect.InspectCommand(),
        new Check.CheckCommand(),
        new Generate.GenerateCommand(),
        new Bench.BenchCommand(),
        new Bench.BenchReadCommand(),
        new Config.ConfigCommand(),
        new Sftp.SftpCommand(),
        new Secret.SecretCommand(),
        new Install.ServiceCommand(),
        new Diagnostic.DiagnosticCommand(),
        new Report.ReportCommand(),
    ];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        TextEncodingSniffer.EnsureRegistered();
        if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
        {
            output.Write(GeneralHelp());
            return ExitCodes.Done;
        }

        // The service is the default verb (a service manager starts the program with no arguments, or options only).
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) args = ["run", .. args];

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"Commande inconnue : « {args[0]} ».");
            error.Write(GeneralHelp());
            return ExitCodes.BadUsage;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            output.Write(command.Help);
            return ExitCodes.Done;
        }

        try
        {
            return command.Run(rest, output, error);
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            error.Write(command.Help);
            return ExitCodes.BadUsage;
        }
    }

    private static string GeneralHelp()
    {
        var lines = Commands.Where(c => c.Summary.Length > 0).Select(c => $"  {c.Name,-10} {c.Summary}");
        return $"""
            EntSync : contrôle et relais des exports SIECLE, STS-Web et emploi du temps.

            Utilisation : entsync <commande> [options]

            Commandes :
            {string.Join(Environment.NewLine, lines)}

            « entsync <commande> --help » détaille chaque commande.

            """;
    }
}
