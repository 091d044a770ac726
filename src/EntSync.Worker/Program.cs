using EntSync.Worker.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
