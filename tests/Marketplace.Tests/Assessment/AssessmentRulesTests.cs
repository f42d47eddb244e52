using System.Text.Json;
using Charity.Marketplace.Assessment;

namespace Charity.Marketplace.Tests.Assessment;

public sealed class AssessmentRulesTests
{
    private static readonly AssessmentRules Default = AssessmentRules.Default;

    [Fact]
    public void Default_HasTheDomainWeights() =>
        Assert.Equal(
            [("HOUSEHOLD", 1.0m), ("HEALTH", 1.5m), ("INCOME", 1.2m), ("HOUSING", 1.0m),
             ("DAILY_LIVING", 1.5m), ("EDUCATION", 0.8m), ("EMPLOYMENT", 0.8m), ("SOCIAL_SUPPORT", 1.0m)],
            Default.DimensionWeights.Select(w => (w.Key, w.Value)));

    [Fact]
    public void Default_HasTheDomainResponseTimesAndInterval()
    {
        Assert.Equal(TimeSpan.FromHours(24), Default.ResponseTimes.For(Urgency.Critical));
        Assert.Equal(TimeSpan.FromHours(72), Default.ResponseTimes.For(Urgency.High));
        Assert.Equal(TimeSpan.FromDays(7), Default.ResponseTimes.For(Urgency.Normal));
        Assert.Equal(TimeSpan.FromDays(30), Default.ResponseTimes.For(Urgency.Low));
        Assert.Equal(6, Default.ReassessmentIntervalMonths);
    }

    [Fact]
    public void Default_SuggestsTheDomainItemsAtModerate()
    {
        Assert.Equal(14, Default.Suggestions.Count);
        Assert.All(Default.Suggestions, s => Assert.Equal(2, s.MinimumScore));
        Assert.Equal([38, 41, 42], Default.Suggestions.Single(s => s.ServiceItemCode == "SUP-SKILLS").Indicators);
    }

    [Fact]
    public void Default_IsValid() => Assert.Empty(Default.Validate());

    [Fact]
    public void ReassessmentDue_IsSixCalendarMonthsLater_EndOfMonthClamped() =>
        Assert.Equal(
            new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero),
            Default.ReassessmentDue(new DateTimeOffset(2026, 8, 31, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Rules_WithEqualContent_AreEqual()
    {
        var copy = Default with
        {
            DimensionWeights = Default.DimensionWeights.Reverse().ToDictionary(),
            Suggestions = [.. Default.Suggestions.Select(s => s with { Indicators = [.. s.Indicators] })],
        };

        Assert.Equal(Default, copy);
        Assert.Equal(Default.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Default, Default with { ReassessmentIntervalMonths = 12 });
    }

    [Fact]
    public void Rules_ListsGivenByTheCaller_CannotBeChangedAfterwards()
    {
        List<SuggestionRule> suggestions = [new("LIV-MEAL", [28])];
        var rules = Default with { Suggestions = suggestions };

        suggestions.Add(new("CLN-HOME", [33]));

        Assert.Single(rules.Suggestions);
        Assert.IsNotType<List<SuggestionRule>>(rules.Suggestions);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Json_RoundTrip_GivesEqualRules(bool webDefaults)
    {
        var options = webDefaults ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;
        var edited = Default with
        {
            DimensionWeights = new Dictionary<string, decimal>(Default.DimensionWeights) { ["EDUCATION"] = 1.25m },
            CriticalConditions = [.. Default.CriticalConditions, new([new(7, 3), new(11, 2)])],
            LowUrgency = new(IndexBelow: 15.5m, HighestScoreAtMost: 0),
            Suggestions = [.. Default.Suggestions, new("RES-LEGAL", [6, 18], MinimumScore: 3)],
        };

        foreach (var rules in new[] { Default, edited })
        {
            var json = JsonSerializer.Serialize(rules, options);
            var read = JsonSerializer.Deserialize<AssessmentRules>(json, options);

            Assert.Equal(rules, read);
            Assert.Equal(json, JsonSerializer.Serialize(read, options));
        }
    }

    [Fact]
    public void Json_ReadsWhatAnAdminWouldWrite()
    {
        const string Json = """
            {
              "dimensionWeights": { "HOUSEHOLD": 1, "HEALTH": 2, "INCOME": 1, "HOUSING": 1,
                                    "DAILY_LIVING": 2, "EDUCATION": 1, "EMPLOYMENT": 1, "SOCIAL_SUPPORT": 1 },
              "criticalConditions": [ { "allOf": [ { "indicator": 52, "minimumScore": 2 } ] } ],
              "highUrgency": { "indexAtLeast": 55, "severeScoreDimensions": [ "HEALTH" ], "severeScore": 3 },
              "lowUrgency": { "indexBelow": 20, "highestScoreAtMost": 1 },
              "responseTimes": { "critical": "12:00:00", "high": "2.00:00:00", "normal": "7.00:00:00", "low": "30.00:00:00" },
              "suggestions": [ { "serviceItemCode": "LIV-MEAL", "indicators": [ 28 ] } ],
              "reassessmentIntervalMonths": 3
            }
            """;

        var rules = JsonSerializer.Deserialize<AssessmentRules>(Json, JsonSerializerOptions.Web)!;

        Assert.Empty(rules.Validate());
        Assert.Equal(2m, rules.DimensionWeights["HEALTH"]);
        Assert.Equal(TimeSpan.FromHours(12), rules.ResponseTimes.Critical);
        Assert.Equal(SuggestionRule.DefaultMinimumScore, rules.Suggestions[0].MinimumScore);
    }

    [Fact]
    public void Validate_NegativeWeight_NamesTheDimension()
    {
        var rules = WithWeight("HEALTH", -1.5m);

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("DimensionWeights.HEALTH", problem.Setting);
        Assert.Equal("The weight of dimension HEALTH is -1.5; a weight cannot be negative.", problem.Message.EnUs);
        Assert.Equal("维度 HEALTH 的权重为 -1.5，权重不能为负数。", problem.Message.ZhCn);
    }

    [Fact]
    public void Validate_AllWeightsZero_SaysNoIndexCanBeComputed()
    {
        var rules = Default with { DimensionWeights = Default.DimensionWeights.ToDictionary(w => w.Key, _ => 0m) };

        var problem = Assert.Single(rules.Validate());

        Assert.Equal("DimensionWeights", problem.Setting);
        Assert.Equal("All dimension weights are zero, so no hardship index can be computed.", problem.Message.EnUs);
    }

    [Fact]
    public void Validate_UnknownAndMissingDimensions_AreBothReported()
    {
        var weights = Default.DimensionWeights.Where(w => w.Key != "INCOME").ToDictionary();
        weights["WEALTH"] = 1m;

        var problems = (Default with { DimensionWeights = weights }).Validate();

        Assert.Equal(["DimensionWeights.WEALTH", "DimensionWeights.INCOME"], problems.Select(p => p.Setting));
        Assert.Equal("There is no assessment dimension with code WEALTH.", problems[0].Message.EnUs);
        Assert.Equal("Dimension INCOME (Income and rigid expenditure) has no weight.", problems[1].Message.EnUs);
    }

    [Fact]
    public void Validate_CriticalCondition_UnknownIndicatorAndScoreOutOfRange()
    {
        var rules = Default with { CriticalConditions = [new([new(53, 2), new(14, 4)]), new([])] };

        var problems = rules.Validate();

        Assert.Equal(
            ["CriticalConditions[0].AllOf[0].Indicator", "CriticalConditions[0].AllOf[1].MinimumScore", "CriticalConditions[1]"],
            problems.Select(p => p.Setting));
        Assert.Equal("There is no indicator 53; indicators are numbered 1 to 52.", problems[0].Message.EnUs);
        Assert.StartsWith("Trigger score 4 is out of range", problems[1].Message.EnUs, StringComparison.Ordinal);
        Assert.Equal("Critical condition 2 has no indicators.", problems[2].Message.EnUs);
    }

    [Theory]
    [InlineData(-0.1, 20)]
    [InlineData(100.1, 20)]
    [InlineData(60, -1)]
    [InlineData(60, 101)]
    public void Validate_IndexThresholdOutside0To100_IsReported(double high, double low)
    {
        var rules = Default with
        {
            HighUrgency = Default.HighUrgency with { IndexAtLeast = (decimal)high },
            LowUrgency = Default.LowUrgency with { IndexBelow = (decimal)low },
        };

        var problem = Assert.Single(rules.Validate());

        Assert.Contains("is outside 0 to 100", problem.Message.EnUs, StringComparison.Ordinal);
        Assert.Contains("超出 0 至 100 的范围", problem.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HighRule_UnknownDimensionAndSevereScoreZero()
    {
        var rules = Default with { HighUrgency = new(60m, ["HEALTH", "LEISURE"], SevereScore: 0) };

        Assert.Equal(
            ["HighUrgency.SevereScoreDimensions[1]", "HighUrgency.SevereScore"],
            rules.Validate().Select(p => p.Setting));
    }

    [Fact]
    public void Validate_LowRuleScoreAbove3_IsReported() =>
        Assert.Equal(
            "Score 4 is out of range; scores run from 0 to 3.",
            Assert.Single((Default with { LowUrgency = new(20m, 4) }).Validate()).Message.EnUs);

    [Fact]
    public void Validate_SuggestionRules_AreChecked()
    {
        var rules = Default with
        {
            Suggestions = [new(" ", [28]), new("LIV-MEAL", []), new("LIV-MEAL", [0, 28], MinimumScore: 0)],
        };

        Assert.Equal(
            ["Suggestions[0].ServiceItemCode", "Suggestions[1].Indicators", "Suggestions[2].Indicators[0]", "Suggestions[2].MinimumScore"],
            rules.Validate().Select(p => p.Setting));
    }

    [Fact]
    public void Validate_ResponseTimes_MustBePositiveAndGrowWithLowerUrgency()
    {
        var rules = Default with { ResponseTimes = new(TimeSpan.Zero, TimeSpan.FromDays(10), TimeSpan.FromDays(7), TimeSpan.FromDays(30)) };

        var problems = rules.Validate();

        Assert.Equal(["ResponseTimes.Critical", "ResponseTimes.Normal"], problems.Select(p => p.Setting));
        Assert.Equal("The NORMAL response time is shorter than the more urgent HIGH one.", problems[1].Message.EnUs);
    }

    [Fact]
    public void Validate_ReassessmentIntervalBelowOneMonth_IsReported() =>
        Assert.Equal(
            "ReassessmentIntervalMonths",
            Assert.Single((Default with { ReassessmentIntervalMonths = 0 }).Validate()).Setting);

    [Fact]
    public void Validate_EveryMessage_HasBothLanguages()
    {
        var rules = Default with
        {
            DimensionWeights = new Dictionary<string, decimal> { ["X"] = -1m },
            CriticalConditions = [new([new(0, 0)])],
            HighUrgency = new(-1m, ["Y"], 9),
            LowUrgency = new(200m, -1),
            ResponseTimes = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero),
            Suggestions = [new("", [99], 5)],
            ReassessmentIntervalMonths = -1,
        };

        var problems = rules.Validate();

        Assert.True(problems.Count >= 20, $"{problems.Count} problems");
        Assert.All(problems, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Message.ZhCn));
            Assert.False(string.IsNullOrWhiteSpace(p.Message.EnUs));
        });
    }

    private static AssessmentRules WithWeight(string code, decimal weight) =>
        Default with { DimensionWeights = new Dictionary<string, decimal>(Default.DimensionWeights) { [code] = weight } };
}
