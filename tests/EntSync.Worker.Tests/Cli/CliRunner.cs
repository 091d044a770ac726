using EntSync.Worker.Cli;

namespace EntSync.Worker.Tests.Cli;

/// <summary>Runs the command line in-process and captures what a person would see.</summary>
internal static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
