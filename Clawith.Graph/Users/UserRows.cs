using System.Data.Common;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Users;

/// <summary>How a users row is read for the caller and the users a request names: with its tenant where the generation has one.</summary>
public interface IUserRows
{
    /// <summary>The columns of the user aliased <paramref name="alias"/> (with its identity <c>i</c>, see <see cref="UserRow.IdentityJoin"/>).</summary>
    string Columns(string alias);

    User? Read(DbDataReader row, int first);
}

/// <summary>225b36fd: Clawith's REST module's rules have no tenants.</summary>
public sealed class UserRows225b36fd : IUserRows
{
    public string Columns(string alias) => UserRow.Columns(alias);

    public User? Read(DbDataReader row, int first) => UserRow.Read(row, first);
}

/// <summary>251aeba8: the caller's tenant comes from their row (RULES A3, A11).</summary>
public sealed class UserRows251aeba8 : IUserRows
{
    public string Columns(string alias) => UserRow.ColumnsWithTenant(alias);

    public User? Read(DbDataReader row, int first) => UserRow.ReadWithTenant(row, first);
}
