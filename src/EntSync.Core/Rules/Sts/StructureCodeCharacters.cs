using System.Globalization;

namespace EntSync.Core.Rules.Sts;

/// <summary>
/// The characters STS-Web accepts in a division or group code: « des lettres, des chiffres, des espaces et les caractères
/// « - » et « _ » qui sont les seuls autorisés par STS WEB » (guide de saisie SIECLE/STS-Web, Aix-Marseille, §2.7).
/// Letters are the unaccented A–Z only: codes with an accent are not seen in any real code (FORMATS.md §16.4 lists
/// « 3 A », « 4e 1 », « _301P1 », « 1S3 »), the ENT directory chain (AAF) and the peers that import them rewrite
/// anything else, and STS-Web is stricter than SIECLE. Rejecting « é » costs a rename; accepting it could cost a group
/// rejected at the upload to STS-Web, which is the failure this check exists to prevent.
/// </summary>
public static class StructureCodeCharacters
{
    public static bool IsAccepted(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or ' ' or '-' or '_';

    /// <summary>The refused characters of a code, each once, in order of appearance.</summary>
    public static IReadOnlyList<char> Refused(string code)
    {
        List<char>? refused = null;
        foreach (var c in code)
        {
            if (IsAccepted(c)) continue;
            refused ??= [];
            if (!refused.Contains(c)) refused.Add(c);
        }

        return refused ?? (IReadOnlyList<char>)[];
    }

    /// <summary>How a person recognises the character: « / », « é », or a name for the invisible ones.</summary>
    public static string Describe(char c) => c switch
    {
        '\u00A0' => "espace insécable",
        '\t' => "tabulation",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) => string.Create(CultureInfo.InvariantCulture, $"caractère invisible U+{(int)c:X4}"),
        _ => $"« {c} »",
    };
}
