namespace Timeline.Cli.Evaluation;

/// <summary>Which of a corpus's documents to score, by the place of their gold file in name order.</summary>
internal enum CorpusPart { All, Development, SetAside }

/// <summary>
/// The fixed split both evaluations use: every third gold file of a folder in name order, beginning with the first, is
/// set aside for measuring only; the others are the development part.
/// </summary>
internal static class CorpusParts
{
    public const int SetAsideEvery = 3;

    /// <summary>The values of <c>--part</c>.</summary>
    public static readonly string[] Names = ["all", "development", "set-aside"];

    public static string Description =>
        $"all, development or set-aside: every {SetAsideEvery}rd gold file in name order, beginning with the first, is the set-aside part (for measuring only); the others are the development part.";

    public static CorpusPart Parse(string? name) => name switch
    {
        "development" => CorpusPart.Development,
        "set-aside" => CorpusPart.SetAside,
        _ => CorpusPart.All,
    };

    public static bool Contains(this CorpusPart part, int index) => part switch
    {
        CorpusPart.Development => index % SetAsideEvery != 0,
        CorpusPart.SetAside => index % SetAsideEvery == 0,
        _ => true,
    };
}
