using System.Security.Cryptography;
using EntSync.Infrastructure.Tls;

namespace EntSync.Infrastructure.Configuration.Validation;

/// <summary>A <c>fichierAc</c> value (FTPS source, ENT destination, SMTP): an existing, readable PEM file holding a certificate.</summary>
internal static class CaFileValidator
{
    public static void Validate(string file, string path, ConfigProblems problems)
    {
        if (file.Length == 0) return;
        if (!File.Exists(file))
        {
            problems.Error(path, $"fichier introuvable : {file} (le certificat PEM de l'autorité qui a signé celui du serveur)");
            return;
        }

        try
        {
            if (CaFile.Load(file).Count == 0) problems.Error(path, $"aucun certificat PEM (-----BEGIN CERTIFICATE-----) dans {file}");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            problems.Error(path, $"{file} est illisible ou n'est pas un certificat PEM ({ex.GetType().Name})");
        }
    }
}
