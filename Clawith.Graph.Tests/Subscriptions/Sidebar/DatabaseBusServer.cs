namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>A live server whose events go through the app's own bus: on PostgreSQL, NOTIFY and its LISTEN connection.</summary>
public sealed class DatabaseBusServer : LiveServer
{
    protected override bool ThroughTheDatabase => true;
}
