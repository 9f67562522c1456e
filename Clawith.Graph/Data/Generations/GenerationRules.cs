using Clawith.Graph.Agents;
using Clawith.Graph.Messages;
using Clawith.Graph.Rest;
using Clawith.Graph.Sessions;
using Clawith.Graph.Users;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// Every concept whose rule differs between the generations, each an interface with one implementation per
/// generation: the table of what 251aeba8 changes. Everything else is shared.
/// </summary>
public static class GenerationRules
{
    public static IServiceCollection AddClawithGenerationRules(this IServiceCollection services) => services
        // Who the caller is: their tenant comes with their row on 251aeba8 (A3, A11).
        .AddPerGeneration<IUserRows, UserRows225b36fd, UserRows251aeba8>(ServiceLifetime.Singleton)
        // Who may use an agent, and who views all of its sessions (A3–A10).
        .AddPerGeneration<IAgentGrantSql, AgentGrantSql225b36fd, AgentGrantSql251aeba8>(ServiceLifetime.Singleton)
        .AddPerGeneration<IAgentAccessRule, AgentAccess225b36fd, AgentAccess251aeba8>(ServiceLifetime.Scoped)
        // Which sessions exist here, for which purpose (A11, M2, R2, D1, P3).
        .AddPerGeneration<ISessionRules, SessionRules225b36fd, SessionRules251aeba8>(ServiceLifetime.Singleton)
        // Create, rename, delete (C1–C5, R1–R3, D1–D4).
        .AddPerGeneration<ISessionWrites, SessionWrites225b36fd, SessionWrites251aeba8>(ServiceLifetime.Scoped)
        // Which sessions an agent's listings hold, and which a search reads (L2, L3, L7).
        .AddPerGeneration<IListingRules, ListingRules225b36fd, ListingRules251aeba8>(ServiceLifetime.Singleton)
        // What a listed row carries of its session: 251aeba8's type, primacy, tenant and deletion too (L9), so no page is read twice.
        .AddPerGeneration<IListedSessionColumns, ListedSessionColumns225b36fd, ListedSessionColumns251aeba8>(ServiceLifetime.Singleton)
        // How a list names a session (L8).
        .AddPerGeneration<ISessionListNaming, SessionListNaming225b36fd, SessionListNaming251aeba8>(ServiceLifetime.Scoped)
        // Which listings a written session is in, for the live events (L2, L3, L7).
        .AddPerGeneration<IListingMembership, ListingMembership225b36fd, ListingMembership251aeba8>(ServiceLifetime.Singleton)
        // A new message's columns (§0.2, mentions).
        .AddPerGeneration<IMessageStamp, MessageStamp225b36fd, MessageStamp251aeba8>(ServiceLifetime.Scoped)
        // sessionType and isPrimary; markSessionRead (M6).
        .AddPerGeneration<ISessionColumns, SessionColumns225b36fd, SessionColumns251aeba8>(ServiceLifetime.Scoped)
        .AddPerGeneration<IReadMarks, ReadMarks225b36fd, ReadMarks251aeba8>(ServiceLifetime.Scoped)
        // unreadCount of a session and of an agent (L6, L10).
        .AddPerGeneration<IUnreadCounts, UnreadCounts225b36fd, UnreadCounts251aeba8>(ServiceLifetime.Scoped)
        // REST's SessionOut: unread_count and is_primary (L9); reading one's direct session marks it read (M6) through IReadMarks.
        .AddPerGeneration<ISessionOutFields, SessionOutFields225b36fd, SessionOutFields251aeba8>(ServiceLifetime.Scoped)
        // REST's listing: when its scope is read, and how a bad one is refused (L1).
        .AddPerGeneration<IRestListScope, RestListScope225b36fd, RestListScope251aeba8>(ServiceLifetime.Singleton)
        // REST's GET messages: 225b36fd the latest 500; 251aeba8 pages by cursor, with ids, cursors and runtime errors (M1–M10).
        .AddPerGeneration<IRestMessagePage, RestMessagePage225b36fd, RestMessagePage251aeba8>(ServiceLifetime.Scoped);
}
