using System.Text;

namespace EntSync.Worker.Cli.Secret;

/// <summary>
/// A terminal: asks twice without echo (a typo in a password would only show at the next sync). Piped input
/// (<c>echo … | entsync secret set NOM</c>, a script) is read once, as is.
/// </summary>
internal sealed class ConsoleSecretInput : ISecretInput
{
    public string? Read(string name, TextWriter output)
    {
        if (Console.IsInputRedirected) return Console.In.ReadToEnd().TrimEnd('\r', '\n');

        var first = Prompt($"Valeur du secret {name} (la saisie ne s'affiche pas) : ", output);
        var second = Prompt("Saisissez-la une deuxième fois : ", output);
        return first == second ? first : null;
    }

    private static string Prompt(string question, TextWriter output)
    {
        output.Write(question);
        output.Flush();
        var value = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (value.Length > 0) value.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                value.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return value.ToString();
    }
}
