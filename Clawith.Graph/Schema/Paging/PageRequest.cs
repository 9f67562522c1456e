using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Schema.Paging;

/// <summary>
/// Relay paging arguments, checked: negative sizes, first with last, and undecodable cursors are input
/// errors; sizes above <see cref="MaxPageSize"/> are capped there.
/// </summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 500;

    /// <summary>Whether the page is taken from the end of the range (last, or the default "latest").</summary>
    public bool FromEnd => Last is not null || (First is null && DefaultFromEnd);

    public int Size => Math.Min(First ?? Last ?? DefaultSize, MaxPageSize);

    private bool DefaultFromEnd { get; init; }
    private int DefaultSize { get; init; } = MaxPageSize;

    public static PageRequest Create(int? first, string? after, int? last, string? before, int defaultSize, bool defaultFromEnd)
    {
        if (first < 0 || last < 0)
            throw CodedExecutionError.InvalidInput("first and last must not be negative.");
        if (first is not null && last is not null)
            throw CodedExecutionError.InvalidInput("Pass either first or last, not both.");
        return new PageRequest(first, after, last, before) { DefaultSize = defaultSize, DefaultFromEnd = defaultFromEnd };
    }
}
