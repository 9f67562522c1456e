using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.Limits;

/// <summary>The <c>Http</c> section: limits on what any route reads, /graphql and the REST routes alike.</summary>
public sealed class RequestBodyOptions : ICheckedSettings
{
    public const string Section = "Http";

    /// <summary>The largest request body read; a larger one is refused with 413 before or while it arrives.</summary>
    public long MaxRequestBodyBytes { get; set; } = 262_144;

    public void Check(SettingsCheck check) => check.AtLeastOne(MaxRequestBodyBytes, nameof(MaxRequestBodyBytes));
}
