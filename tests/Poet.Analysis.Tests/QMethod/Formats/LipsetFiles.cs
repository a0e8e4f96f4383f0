using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod.Formats;

/// <summary>The lipset fixture files as text (Fixtures/QMethod, copied from ../shared/data/qmethod-lipset).</summary>
internal static class LipsetFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "QMethod", name);

    public static string SortsCsv => File.ReadAllText(PathOf("qsorts.csv"));

    /// <summary>statements.csv's text column (RFC 4180, every field quoted).</summary>
    public static IReadOnlyList<string> Statements =>
        Poet.Analysis.QMethod.Formats.CsvText.Records(new StringReader(File.ReadAllText(PathOf("statements.csv"))))
            .Skip(1).Select(r => r.Fields[1]).ToArray();
}

internal static class SortsAssert
{
    public static void Same(QSortSet expected, QSortSet actual)
    {
        Assert.Equal(expected.StatementIds, actual.StatementIds);
        Assert.Equal(expected.SortNames, actual.SortNames);
        for (var q = 0; q < expected.SortCount; q++)
            Assert.Equal(expected.Sort(q), actual.Sort(q));
    }
}
