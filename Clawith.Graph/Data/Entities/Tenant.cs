namespace Clawith.Graph.Data.Entities;

/// <summary>A Clawith tenant (251aeba8's rules scope users, agents and sessions to one); a real tenants row has many more columns.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
}
