using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// What a generation adds to the model every generation shares (Data/Configuration): the columns and
/// tables it has, and how they are stored. A model never maps a column its generation's databases lack.
/// </summary>
public interface ISchemaModel
{
    void Apply(ModelBuilder modelBuilder, bool isSqlite);

    public static ISchemaModel For(SchemaGeneration generation) => generation == SchemaGeneration.Commit251aeba8
        ? new SchemaModel251aeba8()
        : new SchemaModel225b36fd();
}
