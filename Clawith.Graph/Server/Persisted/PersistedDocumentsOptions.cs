using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.Persisted;

/// <summary>
/// The <c>GraphQL:PersistedDocuments</c> section: the trusted documents' manifest, whether only they run,
/// and how many automatic persisted queries are remembered.
/// </summary>
public sealed class PersistedDocumentsOptions : ICheckedSettings
{
    public const string Section = "GraphQL:PersistedDocuments";

    /// <summary>
    /// The manifest's file, as GraphQL Code Generator's client-preset writes it with <c>persistedDocuments: true</c>
    /// (<c>{ "sha256:&lt;hash&gt;": "&lt;document&gt;" }</c>); relative to the folder of appsettings.json. Empty: none.
    /// </summary>
    public string Manifest { get; set; } = "";

    /// <summary>Refuses every operation that is not in the manifest, over every transport. Off unless set.</summary>
    public bool OnlyPersisted { get; set; }

    /// <summary>Query texts the automatic persisted-query cache holds; the least recently used go first past it.</summary>
    public int MaxAutomaticQueries { get; set; } = 1000;

    /// <summary>A value that would refuse everything or hold without limit stops the server at start.</summary>
    public void Check(SettingsCheck check) => check
        .AtLeastOne(MaxAutomaticQueries, nameof(MaxAutomaticQueries))
        .That(!OnlyPersisted || !string.IsNullOrWhiteSpace(Manifest),
            $"{check.Key(nameof(OnlyPersisted))} is on but {check.Key(nameof(Manifest))} names no manifest: every operation would be refused.");
}
