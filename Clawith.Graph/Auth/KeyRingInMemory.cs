using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Clawith.Graph.Auth;

/// <summary>
/// <c>AddAuthentication</c> brings ASP.NET Core Data Protection along, which nothing here uses: callers
/// carry JWTs checked with Jwt:SecretKey; there are no cookies and no antiforgery tokens. Left as it is, it
/// writes a key ring to ~/.aspnet/DataProtection-Keys at first start, unencrypted, and warns "No XML
/// encryptor configured". The key ring is kept in memory instead: nothing at rest, so nothing to encrypt.
/// </summary>
public static class KeyRingInMemory
{
    public static IServiceCollection KeepDataProtectionKeysInMemory(this IServiceCollection services) =>
        services.Configure<KeyManagementOptions>(keys =>
        {
            keys.XmlRepository = new MemoryXmlRepository();
            keys.XmlEncryptor = new NullXmlEncryptor();
        });

    /// <summary>The process's keys, gone when it exits (as no protected payload outlives it).</summary>
    public sealed class MemoryXmlRepository : IXmlRepository
    {
        private readonly List<XElement> _elements = [];
        private readonly Lock _gate = new();

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            lock (_gate)
                return [.. _elements.Select(element => new XElement(element))];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            lock (_gate)
                _elements.Add(new XElement(element));
        }
    }
}
