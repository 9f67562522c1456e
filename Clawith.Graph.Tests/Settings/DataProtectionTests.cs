using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Settings;

/// <summary>
/// Data Protection, which authentication brings along, keeps its key ring in memory: no file under
/// ~/.aspnet and no "No XML encryptor configured" warning at start, and it still works if anything uses it.
/// </summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task The_key_ring_lives_in_memory_and_still_protects()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var keys = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.IsType<KeyRingInMemory.MemoryXmlRepository>(keys.XmlRepository);

        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("payload", protector.Unprotect(protector.Protect("payload")));
        Assert.NotEmpty(((KeyRingInMemory.MemoryXmlRepository)keys.XmlRepository!).GetAllElements());
    }
}
