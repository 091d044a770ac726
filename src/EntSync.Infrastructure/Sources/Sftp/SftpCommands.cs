namespace EntSync.Infrastructure.Sources.Sftp;

/// <summary>
/// Batch lines for sftp's own parser. Every path is wrapped in double quotes with only <c>"</c> and <c>\</c> escaped:
/// inside quotes sftp takes <c>* ? [</c> literally, and escaping them would put a real backslash into the name. Names
/// are always given as <c>./name</c> so one starting with '-' is never read as an option.
/// </summary>
internal static class SftpCommands
{
    public static string Cd(string folder) => $"cd {Quote(folder)}";

    public static string List() => "ls -ln";

    public static string ListOne(string name) => $"ls -ln {Entry(name)}";

    public static string Get(string name, string localPath) => $"get {Entry(name)} {Quote(localPath)}";

    /// <summary>A leading '-': sftp goes on when the folder already exists.</summary>
    public static string MakeFolderIfMissing(string name) => $"-mkdir {Entry(name)}";

    /// <summary><c>-l</c>: the protocol's own rename, which fails rather than replace an existing file (the default
    /// posix-rename silently overwrites).</summary>
    public static string RenameNoOverwrite(string from, string to) => $"rename -l {Entry(from)} {Entry(to)}";

    public static string Remove(string name) => $"rm {Entry(name)}";

    /// <summary>A leading '-': sftp goes on when the file is not there.</summary>
    public static string RemoveIfPresent(string name) => $"-rm {Entry(name)}";

    public static string Put(string localPath, string name) => $"put {Quote(localPath)} {Entry(name)}";

    /// <summary>OpenSSH's posix-rename when the server offers it: atomic, and it replaces a file of the same name.</summary>
    public static string Rename(string from, string to) => $"rename {Entry(from)} {Entry(to)}";

    /// <summary>Whether sftp's batch syntax can carry this name at all (a line break would end the command).</summary>
    public static bool IsRepresentable(string name) => name.Length > 0 && name.IndexOfAny(['\n', '\r', '\0']) < 0;

    public static string Quote(string path)
    {
        if (!IsRepresentable(path)) throw new ArgumentException("Nom de fichier inutilisable dans une commande sftp (saut de ligne).", nameof(path));
        return "\"" + path.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static string Entry(string relative) => Quote("./" + relative);
}
