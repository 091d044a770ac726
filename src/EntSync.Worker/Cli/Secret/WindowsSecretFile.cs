using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using EntSync.Infrastructure.Configuration;

namespace EntSync.Worker.Cli.Secret;

/// <summary>
/// Windows: the secret encrypted with DPAPI at machine scope, in a file whose ACL lets only SYSTEM, the administrators
/// and the service account in (inheritance cut). Returns false when the account does not exist yet (service not
/// installed): the file is then written for SYSTEM and administrators only.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsSecretFile
{
    public static bool Write(string file, string value, string account)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, SecretStore.Protect(value));

        var security = new FileSecurity();
        security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
        security.AddAccessRule(new FileSystemAccessRule(new SecurityIdentifier(WellKnownSidType.LocalSystemSid, null), FileSystemRights.FullControl, AccessControlType.Allow));
        security.AddAccessRule(new FileSystemAccessRule(new SecurityIdentifier(WellKnownSidType.BuiltinAdministratorsSid, null), FileSystemRights.FullControl, AccessControlType.Allow));
        var granted = true;
        try
        {
            var sid = (SecurityIdentifier)new NTAccount(account).Translate(typeof(SecurityIdentifier));
            security.AddAccessRule(new FileSystemAccessRule(sid, FileSystemRights.Read, AccessControlType.Allow));
        }
        catch (IdentityNotMappedException)
        {
            granted = false;
        }

        new FileInfo(file).SetAccessControl(security);
        return granted;
    }
}
