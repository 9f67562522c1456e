namespace Clawith.Graph.Tests.Rest;

/// <summary>What the REST messages tests that hold on 225b36fd alone share.</summary>
internal static class RestMessages
{
    /// <summary>Why a test of the 225b36fd route's answer does not hold on 251aeba8.</summary>
    public const string Reason =
        "251aeba8's route answers Clawith's current entries: 20 by default, each with its id and cursor (RULES M1–M10, HeadRestMessagesTests)";
}
