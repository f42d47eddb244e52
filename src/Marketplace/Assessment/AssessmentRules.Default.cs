namespace Charity.Marketplace.Assessment;

public sealed partial record AssessmentRules
{
    /// <summary>The settings a new installation starts with (DOMAIN.md).</summary>
    public static AssessmentRules Default { get; } = new()
    {
        DimensionWeights = new Dictionary<string, decimal>
        {
            [DimensionCodes.Household] = 1.0m,
            [DimensionCodes.Health] = 1.5m,
            [DimensionCodes.Income] = 1.2m,
            [DimensionCodes.Housing] = 1.0m,
            [DimensionCodes.DailyLiving] = 1.5m,
            [DimensionCodes.Education] = 0.8m,
            [DimensionCodes.Employment] = 0.8m,
            [DimensionCodes.SocialSupport] = 1.0m,
        },
        CriticalConditions =
        [
            new([new(52, 2)]), // risk of self-harm or extreme acts
            new([new(14, 3), new(1, 3)]), // bedridden with nobody to care
            new([new(27, 3)]), // homeless or stranded
            new([new(19, 3)]), // major loss from a sudden event
        ],
        HighUrgency = new(IndexAtLeast: 60m, [DimensionCodes.Health, DimensionCodes.DailyLiving], SevereScore: 3),
        LowUrgency = new(IndexBelow: 20m, HighestScoreAtMost: 1),
        ResponseTimes = new(
            Critical: TimeSpan.FromHours(24),
            High: TimeSpan.FromHours(72),
            Normal: TimeSpan.FromDays(7),
            Low: TimeSpan.FromDays(30)),
        Suggestions =
        [
            new("LIV-MEAL", [28]),
            new("CLN-PERSONAL", [29]),
            new("LIV-ERRAND", [31]),
            new("HLT-MEDS", [32]),
            new("CLN-HOME", [33]),
            new("HLT-ESCORT", [30, 13]),
            new("HLT-REHAB", [10, 14]),
            new("SUP-VISIT", [47, 50]),
            new("SUP-COUNSEL", [48, 49]),
            new("SUP-TUTOR", [36]),
            new("SUP-SKILLS", [38, 41, 42]),
            new("RES-POLICY", [51]),
            new("RES-ACCESS", [25]),
            new("LIV-REPAIR", [22, 23]),
        ],
        ReassessmentIntervalMonths = 6,
    };
}
