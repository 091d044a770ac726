using System.Security.Cryptography;
using System.Text;

namespace EntSync.Generator.Writers.Edt;

/// <summary>
/// Deterministic stand-ins for the secrets of Index Education's encrypted export. The real AES key and IV are random
/// and travel RSA-encrypted for each partner; here they are derived from the UAI so that a test can decrypt CONTENU,
/// and the partner blocks are pseudo-random bytes of the right size (256 = a 2048-bit RSA block), not RSA at all.
/// </summary>
internal static class EdtChiffreKeys
{
    public static (byte[] Key, byte[] Iv) Aes(string uai)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"EntSync EDT AES-128|{uai}"));
        return (digest[..16], digest[16..32]);
    }

    public static byte[] PartnerBlock(string uai, string partenaire)
    {
        var block = new byte[256];
        for (var i = 0; i < block.Length / 32; i++)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes($"EntSync EDT partenaire|{partenaire}|{uai}|{i}")).CopyTo(block, i * 32);
        }

        return block;
    }
}
