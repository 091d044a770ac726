using System.Text.RegularExpressions;
using System.Xml;
using EntSync.Core.Readers;

namespace EntSync.Core.Xml;

/// <summary>
/// Turns the runtime's (English) XmlException messages into French ones a secrétariat can act on, keeping the line
/// and column. Unrecognised messages keep the original text after a French lead-in.
/// </summary>
public static partial class XmlErrorTranslator
{
    [GeneratedRegex(@"^The '([^']+)' start tag on line (\d+) position (\d+) does not match the end tag of '([^']+)'")]
    private static partial Regex TagMismatch();

    [GeneratedRegex(@"^Unexpected end of file has occurred\. The following elements are not closed: (.+?)\. Line")]
    private static partial Regex UnclosedAtEnd();

    [GeneratedRegex(@"^Unexpected end of file")]
    private static partial Regex UnexpectedEnd();

    [GeneratedRegex(@"^'(.+?)' is an unexpected token\. The expected token is '(.+?)'")]
    private static partial Regex UnexpectedToken();

    [GeneratedRegex(@"^'(.+?)' is an unexpected token")]
    private static partial Regex UnexpectedTokenNoExpectation();

    [GeneratedRegex(@"^Reference to undeclared entity '(.+?)'")]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"^'(.+?)', hexadecimal value (0x[0-9A-Fa-f]+), is an invalid character")]
    private static partial Regex InvalidCharacter();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LineSuffix();

    public static FileError Translate(XmlException ex)
    {
        int? line = ex.LineNumber > 0 ? ex.LineNumber : null;
        int? column = ex.LinePosition > 0 ? ex.LinePosition : null;
        var where = line is null ? "" : $" (ligne {line}, colonne {column})";
        var message = ex.Message;

        Match m;
        if ((m = TagMismatch().Match(message)).Success)
        {
            return new FileError(
                $"XML mal formé : balise {m.Groups[1].Value} ouverte ligne {m.Groups[2].Value}, fermée par {m.Groups[4].Value} ligne {line}. " +
                "Le fichier a probablement été modifié à la main : refaites l'export.", line, column);
        }

        if ((m = UnclosedAtEnd().Match(message)).Success)
        {
            return new FileError(
                $"Fichier tronqué : la fin du fichier arrive ligne {line} alors que ces balises ne sont pas fermées : {m.Groups[1].Value}. " +
                "Le transfert ou l'export a été interrompu : refaites l'export.", line, column);
        }

        if (UnexpectedEnd().IsMatch(message))
        {
            return new FileError($"Fichier tronqué : fin de fichier inattendue{where}. Refaites l'export.", line, column);
        }

        if ((m = UnexpectedToken().Match(message)).Success)
        {
            return new FileError($"XML mal formé : « {m.Groups[1].Value} » inattendu, « {m.Groups[2].Value} » attendu{where}.", line, column);
        }

        if ((m = UnexpectedTokenNoExpectation().Match(message)).Success)
        {
            return new FileError($"XML mal formé : « {m.Groups[1].Value} » inattendu{where}.", line, column);
        }

        if ((m = UndeclaredEntity().Match(message)).Success)
        {
            return new FileError(
                $"XML refusé : entité « {m.Groups[1].Value} » non déclarée{where}. Les DTD ne sont jamais lues (protection contre les fichiers piégés).",
                line, column);
        }

        if ((m = InvalidCharacter().Match(message)).Success)
        {
            return new FileError($"Caractère interdit en XML ({m.Groups[2].Value}){where}.", line, column);
        }

        if (message.StartsWith("Root element is missing", StringComparison.Ordinal))
        {
            return new FileError("Fichier vide ou sans élément racine : ce n'est pas un export XML complet.", line, column);
        }

        if (message.StartsWith("Data at the root level is invalid", StringComparison.Ordinal))
        {
            return new FileError($"Ce fichier n'est pas du XML{where}.", line, column);
        }

        if (message.StartsWith("There are multiple root elements", StringComparison.Ordinal))
        {
            return new FileError($"XML mal formé : plusieurs éléments racine{where} (deux fichiers collés l'un à l'autre ?).", line, column);
        }

        if (message.StartsWith("Invalid character in the given encoding", StringComparison.Ordinal))
        {
            return new FileError($"Caractère invalide pour l'encodage déclaré par le fichier{where} : le fichier a été enregistré dans un autre encodage.", line, column);
        }

        return new FileError($"XML mal formé{where} : {LineSuffix().Replace(message, "")}", line, column);
    }
}
