namespace Timeline.Cli.Evaluation;

/// <summary>A system annotation to score.</summary>
public sealed record SystemTimex(int Start, int End, string Text, string Type, string Value);

/// <summary>A difference between system and gold, for reading the errors.</summary>
public sealed record TimexError(string Document, string Kind, string Text, string? Expected, string? Actual, int Start, string? Context = null);

/// <summary>
/// Counts behind the TempEval-3 measures. Spans match strictly (same offsets) or relaxed (any overlap);
/// type and value are judged on relaxed matches; value F1 counts a hit only when the value is right too.
/// </summary>
public sealed record TimexScores(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public static TimexScores Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TimexScores Add(TimexScores o) => new(Gold + o.Gold, System + o.System, Strict + o.Strict, Relaxed + o.Relaxed, TypeCorrect + o.TypeCorrect, ValueCorrect + o.ValueCorrect);

    public double StrictPrecision => Ratio(Strict, System);
    public double StrictRecall => Ratio(Strict, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(Relaxed, System);
    public double RelaxedRecall => Ratio(Relaxed, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double TypeAccuracy => Ratio(TypeCorrect, Relaxed);
    public double ValueAccuracy => Ratio(ValueCorrect, Relaxed);
    public double ValuePrecision => Ratio(ValueCorrect, System);
    public double ValueRecall => Ratio(ValueCorrect, Gold);
    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

public static class TimexScorer
{
    /// <summary>Pairs each gold expression with at most one system expression: an exact span first, else the largest overlap.</summary>
    public static (TimexScores Scores, IReadOnlyList<TimexError> Errors) Score(string document, IReadOnlyList<GoldTimex> gold, IReadOnlyList<SystemTimex> system)
    {
        var used = new bool[system.Count];
        int strict = 0, relaxed = 0, type = 0, value = 0;
        var errors = new List<TimexError>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < system.Count; i++)
            {
                if (used[i])
                    continue;
                var overlap = Math.Min(g.End, system[i].End) - Math.Max(g.Start, system[i].Start);
                if (overlap <= 0)
                    continue;
                var exact = system[i].Start == g.Start && system[i].End == g.End;
                if (exact)
                {
                    best = i;
                    break;
                }
                if (overlap > bestOverlap)
                    (best, bestOverlap) = (i, overlap);
            }
            if (best < 0)
            {
                errors.Add(new TimexError(document, "missed", g.Text, g.Value, null, g.Start));
                continue;
            }
            used[best] = true;
            var s = system[best];
            relaxed++;
            if (s.Start == g.Start && s.End == g.End)
                strict++;
            else
                errors.Add(new TimexError(document, "span", g.Text, g.Text, s.Text, g.Start));
            if (s.Type == g.Type)
                type++;
            if (g.Value is not null && s.Value == g.Value)
                value++;
            else
                errors.Add(new TimexError(document, "value", g.Text, g.Value, s.Value, g.Start));
        }
        for (var i = 0; i < system.Count; i++)
        {
            if (!used[i])
                errors.Add(new TimexError(document, "spurious", system[i].Text, null, system[i].Value, system[i].Start));
        }
        return (new TimexScores(gold.Count, system.Count, strict, relaxed, type, value), errors);
    }
}
