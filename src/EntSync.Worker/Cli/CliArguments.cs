namespace EntSync.Worker.Cli;

/// <summary>
/// A deliberately small parser: positional values, <c>--name value</c> options and <c>--flag</c> switches. Each verb
/// declares the options it knows, so an unknown one is a usage error (exit 64) rather than silently ignored.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);

    private CliArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var parsed = new CliArguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var a = e.Current;
            if (a == "--")
            {
                while (e.MoveNext()) positional.Add(e.Current);
                break;
            }

            if (!a.StartsWith("--", StringComparison.Ordinal) || a.Length == 2)
            {
                positional.Add(a);
                continue;
            }

            var name = a[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq > 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (flags.Contains(name) && inline is null)
            {
                parsed._options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                var value = inline ?? (e.MoveNext() ? e.Current : throw new UsageException($"L'option --{name} attend une valeur."));
                parsed._options[name] = value;
                if (!parsed._repeated.TryGetValue(name, out var all)) parsed._repeated[name] = all = [];
                all.Add(value);
            }
            else
            {
                throw new UsageException($"Option inconnue : --{name}.");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The last value of an option.</summary>
    public string? Value(string name) => _options.GetValueOrDefault(name);

    /// <summary>Every value of an option that may be repeated (<c>--previous a --previous b</c>).</summary>
    public IReadOnlyList<string> Values(string name) => _repeated.GetValueOrDefault(name) ?? [];

    public int Int(string name, int fallback, int min, int max)
    {
        if (Value(name) is not { } text) return fallback;
        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            throw new UsageException($"--{name} attend un nombre entier entre {min} et {max} (reçu « {text} »).");
        }

        return v;
    }
}
