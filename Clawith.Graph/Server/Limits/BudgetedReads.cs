using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// A loader's query read row by row, each row's long text charged to the <see cref="ResponseBudget"/>
/// as it arrives: a query of many sessions' pages could otherwise hold gigabytes before the first
/// field completes, and the budget stops it at the row that runs out.
/// </summary>
public static class BudgetedReads
{
    public static async Task<List<T>> ToChargedListAsync<T>(
        this IQueryable<T> query, ResponseBudget budget, Func<T, long> characters, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            budget.ChargeRead(characters(row));
            rows.Add(row);
        }
        return rows;
    }
}
