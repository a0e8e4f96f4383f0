using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using Poet.Analysis.QMethod;

namespace Poet.Analysis.Tests.QMethod;

/// <summary>
/// The lipset data bundled with R qmethod 1.8.4 (Fixtures/QMethod/README.md) and the reference output of
/// qmethod(lipset[[1]], nfactors = 2, extraction = "PCA", rotation = "varimax", forced = TRUE)
/// in Fixtures/QMethod/expected-pca-varimax-2f.json.
/// </summary>
internal static class Lipset
{
    /// <summary>Agreement with R asked for in the brief.</summary>
    public const double Tolerance = 1e-9;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "QMethod");

    public static readonly QSortSet Sorts = ReadSorts();

    /// <summary>Fixtures/QMethod/README.md, "Shape": -4..+4 with 2,3,4,5,5,5,4,3,2.</summary>
    public static readonly Grid Grid = Grid.FromLowest(-4, [2, 3, 4, 5, 5, 5, 4, 3, 2]);

    public static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected-pca-varimax-2f.json"))).RootElement;

    public static Matrix<double> ExpectedMatrix(string name) => ToMatrix(Expected.GetProperty(name).GetProperty("values"));

    public static Matrix<double> ExpectedMatrix(JsonElement element) => ToMatrix(element.GetProperty("values"));

    public static double[] ExpectedVector(JsonElement element) => element.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static JsonElement Characteristics => Expected.GetProperty("characteristics");

    private static Matrix<double> ToMatrix(JsonElement rows) =>
        Matrix<double>.Build.DenseOfRows(rows.EnumerateArray().Select(r => r.EnumerateArray().Select(Number)));

    private static double Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => e.GetDouble(),
    };

    private static QSortSet ReadSorts()
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, "qsorts.csv")).Where(l => l.Length > 0).ToArray();
        var names = lines[0].Split(',')[1..];
        var rows = lines[1..].Select(l => l.Split(',')).ToArray();
        var values = new int[rows.Length, names.Length];
        for (var s = 0; s < rows.Length; s++)
            for (var q = 0; q < names.Length; q++)
                values[s, q] = int.Parse(rows[s][q + 1], System.Globalization.CultureInfo.InvariantCulture);
        return new QSortSet(rows.Select(r => r[0]).ToArray(), names, values);
    }
}

internal static class MatrixAssert
{
    public static void Close(Matrix<double> expected, Matrix<double> actual, double tolerance = Lipset.Tolerance)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.ColumnCount, actual.ColumnCount);
        var error = MaxAbsError(expected, actual);
        Assert.True(error <= tolerance, $"max |expected - actual| = {error:E3} > {tolerance:E1}\nexpected:\n{expected}\nactual:\n{actual}");
    }

    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = Lipset.Tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        var error = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(error <= tolerance, $"max |expected - actual| = {error:E3} > {tolerance:E1}: expected [{string.Join(", ", expected)}], actual [{string.Join(", ", actual)}]");
    }

    public static double MaxAbsError(Matrix<double> expected, Matrix<double> actual) => (expected - actual).Enumerate().Max(Math.Abs);

    public static Matrix<double> ToMatrix(bool[,] flags) =>
        Matrix<double>.Build.Dense(flags.GetLength(0), flags.GetLength(1), (i, j) => flags[i, j] ? 1 : 0);

    public static Matrix<double> ToMatrix(int?[,] cells) =>
        Matrix<double>.Build.Dense(cells.GetLength(0), cells.GetLength(1), (i, j) => cells[i, j] ?? double.NaN);
}
