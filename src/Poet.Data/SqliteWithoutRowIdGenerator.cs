using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;
using Microsoft.EntityFrameworkCore.Update;

namespace Poet.Data;

/// <summary>
/// Creates the anonymous tables WITHOUT ROWID: an ordinary SQLite table numbers rows in insertion order,
/// which would let someone holding the file line responses up with the order people were invited or reminded.
/// </summary>
#pragma warning disable EF1001 // SqliteMigrationsSqlGenerator is internal API; the override point is stable and tested.
public sealed class SqliteWithoutRowIdGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public static readonly IReadOnlySet<string> AnonymousTables = new HashSet<string> { "Responses", "Answers", "OutcomeStatements", "UcResponses", "UcAnswers", "QSorts", "QPlacements", "QAnswers", "SurveyDrafts", "SealedSubmissions" };

    private const string RebuildPrefix = "ef_temp_";

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        // A column dropped or changed makes EF rebuild the table as "ef_temp_<name>" and rename it: that one too.
        if (!AnonymousTables.Contains(operation.Name.StartsWith(RebuildPrefix, StringComparison.Ordinal) ? operation.Name[RebuildPrefix.Length..] : operation.Name))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (terminate)
        {
            builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            EndStatement(builder);
        }
    }
}
#pragma warning restore EF1001
