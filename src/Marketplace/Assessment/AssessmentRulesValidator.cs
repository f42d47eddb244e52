namespace Charity.Marketplace.Assessment;

/// <summary>
/// Checks assessment settings. Setting paths index lists from 0, like the JSON an editor binds to;
/// messages count from 1, like a person reading the form.
/// </summary>
internal sealed class AssessmentRulesValidator
{
    private const int MaximumIndex = 100;

    private readonly List<AssessmentRulesProblem> _problems = [];

    public static IReadOnlyList<AssessmentRulesProblem> Validate(AssessmentRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var validator = new AssessmentRulesValidator();
        validator.CheckWeights(rules.DimensionWeights);
        validator.CheckCriticalConditions(rules.CriticalConditions);
        validator.CheckHighUrgency(rules.HighUrgency);
        validator.CheckLowUrgency(rules.LowUrgency);
        validator.CheckResponseTimes(rules.ResponseTimes);
        validator.CheckSuggestions(rules.Suggestions);
        validator.CheckReassessmentInterval(rules.ReassessmentIntervalMonths);
        return validator._problems;
    }

    private void CheckWeights(IReadOnlyDictionary<string, decimal> weights)
    {
        foreach (var (code, weight) in weights)
        {
            var setting = $"{nameof(AssessmentRules.DimensionWeights)}.{code}";
            if (IndicatorCatalog.FindDimension(code) is null)
            {
                Add(setting, $"没有代码为 {code} 的评估维度。", $"There is no assessment dimension with code {code}.");
            }
            else if (weight < 0)
            {
                Add(setting, $"维度 {code} 的权重为 {weight}，权重不能为负数。", $"The weight of dimension {code} is {weight}; a weight cannot be negative.");
            }
        }

        foreach (var dimension in IndicatorCatalog.Dimensions.Where(d => !weights.ContainsKey(d.Code)))
        {
            Add($"{nameof(AssessmentRules.DimensionWeights)}.{dimension.Code}",
                $"维度 {dimension.Code}（{dimension.Name.ZhCn}）缺少权重。",
                $"Dimension {dimension.Code} ({dimension.Name.EnUs}) has no weight.");
        }

        if (!IndicatorCatalog.Dimensions.Any(d => weights.TryGetValue(d.Code, out var weight) && weight > 0))
        {
            Add(nameof(AssessmentRules.DimensionWeights),
                $"所有维度的权重都为 0，无法计算困境指数。",
                $"All dimension weights are zero, so no hardship index can be computed.");
        }
    }

    private void CheckCriticalConditions(IReadOnlyList<CriticalCondition> conditions)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            var setting = $"{nameof(AssessmentRules.CriticalConditions)}[{i}]";
            if (conditions[i] is not { AllOf.Count: > 0 } condition)
            {
                Add(setting, $"第 {i + 1} 条紧急条件没有任何指标。", $"Critical condition {i + 1} has no indicators.");
                continue;
            }

            for (var j = 0; j < condition.AllOf.Count; j++)
            {
                var threshold = condition.AllOf[j];
                var thresholdSetting = $"{setting}.{nameof(CriticalCondition.AllOf)}[{j}]";
                CheckIndicator($"{thresholdSetting}.{nameof(IndicatorThreshold.Indicator)}", threshold.Indicator);
                CheckTriggerScore($"{thresholdSetting}.{nameof(IndicatorThreshold.MinimumScore)}", threshold.MinimumScore);
            }
        }
    }

    private void CheckHighUrgency(HighUrgencyRule? rule)
    {
        const string Setting = nameof(AssessmentRules.HighUrgency);
        if (rule is null)
        {
            Add(Setting, $"缺少“高”紧急程度规则。", $"The high-urgency rule is missing.");
            return;
        }

        CheckIndexThreshold($"{Setting}.{nameof(HighUrgencyRule.IndexAtLeast)}", rule.IndexAtLeast);
        for (var i = 0; i < rule.SevereScoreDimensions.Count; i++)
        {
            var code = rule.SevereScoreDimensions[i];
            if (IndicatorCatalog.FindDimension(code) is null)
            {
                Add($"{Setting}.{nameof(HighUrgencyRule.SevereScoreDimensions)}[{i}]",
                    $"没有代码为 {code} 的评估维度。",
                    $"There is no assessment dimension with code {code}.");
            }
        }

        CheckTriggerScore($"{Setting}.{nameof(HighUrgencyRule.SevereScore)}", rule.SevereScore);
    }

    private void CheckLowUrgency(LowUrgencyRule? rule)
    {
        const string Setting = nameof(AssessmentRules.LowUrgency);
        if (rule is null)
        {
            Add(Setting, $"缺少“低”紧急程度规则。", $"The low-urgency rule is missing.");
            return;
        }

        CheckIndexThreshold($"{Setting}.{nameof(LowUrgencyRule.IndexBelow)}", rule.IndexBelow);
        if (rule.HighestScoreAtMost is < 0 or > IndicatorScores.MaximumScore)
        {
            Add($"{Setting}.{nameof(LowUrgencyRule.HighestScoreAtMost)}",
                $"评分 {rule.HighestScoreAtMost} 超出范围，评分为 0 至 3。",
                $"Score {rule.HighestScoreAtMost} is out of range; scores run from 0 to 3.");
        }
    }

    private void CheckResponseTimes(ResponseTimes? times)
    {
        const string Setting = nameof(AssessmentRules.ResponseTimes);
        if (times is null)
        {
            Add(Setting, $"缺少响应时限。", $"The response times are missing.");
            return;
        }

        (string Name, string ZhName, TimeSpan Time)[] ordered =
        [
            (nameof(ResponseTimes.Critical), "紧急", times.Critical),
            (nameof(ResponseTimes.High), "高", times.High),
            (nameof(ResponseTimes.Normal), "一般", times.Normal),
            (nameof(ResponseTimes.Low), "低", times.Low),
        ];
        foreach (var (name, zhName, time) in ordered.Where(t => t.Time <= TimeSpan.Zero))
        {
            Add($"{Setting}.{name}", $"“{zhName}”的响应时限必须大于零。", $"The {name.ToUpperInvariant()} response time must be longer than zero.");
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            var (name, zhName, time) = ordered[i];
            var (moreUrgentName, moreUrgentZhName, moreUrgentTime) = ordered[i - 1];
            if (time < moreUrgentTime)
            {
                Add($"{Setting}.{name}",
                    $"“{zhName}”的响应时限短于更紧急的“{moreUrgentZhName}”。",
                    $"The {name.ToUpperInvariant()} response time is shorter than the more urgent {moreUrgentName.ToUpperInvariant()} one.");
            }
        }
    }

    private void CheckSuggestions(IReadOnlyList<SuggestionRule> suggestions)
    {
        for (var i = 0; i < suggestions.Count; i++)
        {
            var setting = $"{nameof(AssessmentRules.Suggestions)}[{i}]";
            if (suggestions[i] is not { } rule)
            {
                Add(setting, $"第 {i + 1} 条服务建议规则为空。", $"Suggestion rule {i + 1} is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(rule.ServiceItemCode))
            {
                Add($"{setting}.{nameof(SuggestionRule.ServiceItemCode)}",
                    $"第 {i + 1} 条服务建议规则缺少服务项目代码。",
                    $"Suggestion rule {i + 1} has no service item code.");
            }

            if (rule.Indicators.Count == 0)
            {
                Add($"{setting}.{nameof(SuggestionRule.Indicators)}",
                    $"第 {i + 1} 条服务建议规则没有触发指标。",
                    $"Suggestion rule {i + 1} has no triggering indicators.");
            }

            for (var j = 0; j < rule.Indicators.Count; j++)
            {
                CheckIndicator($"{setting}.{nameof(SuggestionRule.Indicators)}[{j}]", rule.Indicators[j]);
            }

            CheckTriggerScore($"{setting}.{nameof(SuggestionRule.MinimumScore)}", rule.MinimumScore);
        }
    }

    private void CheckReassessmentInterval(int months)
    {
        if (months < 1)
        {
            Add(nameof(AssessmentRules.ReassessmentIntervalMonths),
                $"复评间隔为 {months} 个月，至少应为 1 个月。",
                $"The reassessment interval is {months} months; it must be at least 1 month.");
        }
    }

    private void CheckIndicator(string setting, int indicator)
    {
        if (!IndicatorCatalog.IsIndicator(indicator))
        {
            Add(setting,
                $"没有第 {indicator} 号指标，指标编号为 1 至 {IndicatorCatalog.IndicatorCount}。",
                $"There is no indicator {indicator}; indicators are numbered 1 to {IndicatorCatalog.IndicatorCount}.");
        }
    }

    // A rule that fires at score 0 would fire for every household, so triggers start at 1 (mild).
    private void CheckTriggerScore(string setting, int score)
    {
        if (score is < 1 or > IndicatorScores.MaximumScore)
        {
            Add(setting,
                $"触发评分 {score} 超出范围：评分为 0 至 3，触发评分至少为 1，否则对所有家庭都成立。",
                $"Trigger score {score} is out of range: scores run from 0 to 3, and a trigger must be at least 1 or it would apply to every household.");
        }
    }

    private void CheckIndexThreshold(string setting, decimal threshold)
    {
        if (threshold is < 0 or > MaximumIndex)
        {
            Add(setting,
                $"困境指数阈值 {threshold} 超出 0 至 100 的范围。",
                $"The hardship index threshold {threshold} is outside 0 to 100.");
        }
    }

    private void Add(string setting, FormattableString zhCn, FormattableString enUs) =>
        _problems.Add(new(setting, new(FormattableString.Invariant(zhCn), FormattableString.Invariant(enUs))));
}
