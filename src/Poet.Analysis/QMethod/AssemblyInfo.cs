using System.Runtime.CompilerServices;

// Tests compare the statements-side PCA path with the direct path (Extraction.cs).
[assembly: InternalsVisibleTo("Poet.Analysis.Tests")]
