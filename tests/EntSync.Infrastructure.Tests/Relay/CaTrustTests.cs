using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EntSync.Infrastructure.Relay;

namespace EntSync.Infrastructure.Tests.Relay;

/// <summary>The CA file widens trust to one authority for the chain only: never a wrong name, never another authority.</summary>
public sealed class CaTrustTests
{
    private static readonly DateTimeOffset From = DateTimeOffset.UtcNow.AddDays(-1);
    private static readonly DateTimeOffset To = DateTimeOffset.UtcNow.AddDays(30);

    [Fact]
    public void Validator_ChainEndingAtTheConfiguredCa_IsAccepted()
    {
        using var ca = Authority("CA de l'académie");
        using var server = Signed(ca, "ent.exemple.fr");

        Assert.True(Validate(ca, server, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void Validator_ChainEndingAtAnotherCa_IsRefused()
    {
        using var ca = Authority("CA de l'académie");
        using var other = Authority("Autre CA");
        using var server = Signed(other, "ent.exemple.fr");

        Assert.False(Validate(ca, server, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Theory]
    [InlineData(SslPolicyErrors.RemoteCertificateNameMismatch)]
    [InlineData(SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors)]
    [InlineData(SslPolicyErrors.RemoteCertificateNotAvailable)]
    public void Validator_WrongNameOrNoCertificate_IsRefusedEvenFromTheConfiguredCa(SslPolicyErrors errors)
    {
        using var ca = Authority("CA de l'académie");
        using var server = Signed(ca, "ent.exemple.fr");

        Assert.False(Validate(ca, server, errors));
    }

    private static bool Validate(X509Certificate2 ca, X509Certificate2 server, SslPolicyErrors errors) =>
        CaTrust.Validator(new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(ca.RawData)))(new object(), server, null, errors);

    private static X509Certificate2 Authority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(From, To);
    }

    private static X509Certificate2 Signed(X509Certificate2 authority, string host)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        using var signed = request.Create(authority, From, To, Guid.NewGuid().ToByteArray());
        return X509CertificateLoader.LoadCertificate(signed.RawData);
    }
}
