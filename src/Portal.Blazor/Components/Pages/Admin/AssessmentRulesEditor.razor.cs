using Charity.Marketplace.Assessment;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Admin;

/// <summary>Edits the assessment rules by saving a new version; assessments keep the version they were started under.</summary>
public sealed partial class AssessmentRulesEditor
{
    private AssessmentRules _rules = null!;
    private RulesForm? _form;
    private IReadOnlyList<CriticalCondition> _critical = [];
    private IReadOnlyList<AssessmentRulesProblem> _problems = [];
    private IReadOnlyList<(int Number, DateTimeOffset CreatedAt, string CreatedBy)> _history = [];
    private int _number;
    private int? _saved;
    private bool _busy;

    [Inject]
    private AssessmentRulesService Rules { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var current = await Rules.CurrentAsync();
        (_number, _rules) = (current.Number, current.Rules);
        _critical = _rules.CriticalConditions;
        _form = RulesForm.From(_rules);
        _history = await Rules.HistoryAsync();
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            var savedBy = user.FindFirst(PortalClaims.DisplayName)?.Value ?? user.Identity?.Name ?? string.Empty;
            var (number, problems) = await Rules.SaveAsync(_form!.ApplyTo(_rules), savedBy);
            (_problems, _saved) = (problems, number);
            if (number is not null)
            {
                await LoadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed class RulesForm
    {
        public Dictionary<string, decimal> Weights { get; private init; } = [];

        public decimal HighIndex { get; set; }

        public decimal LowIndex { get; set; }

        public int LowHighestScore { get; set; }

        public int ReassessmentMonths { get; set; }

        public List<SuggestionForm> Suggestions { get; private init; } = [];

        public static RulesForm From(AssessmentRules rules) => new()
        {
            Weights = rules.DimensionWeights.ToDictionary(w => w.Key, w => w.Value),
            HighIndex = rules.HighUrgency.IndexAtLeast,
            LowIndex = rules.LowUrgency.IndexBelow,
            LowHighestScore = rules.LowUrgency.HighestScoreAtMost,
            ReassessmentMonths = rules.ReassessmentIntervalMonths,
            Suggestions = rules.Suggestions.Select(s => new SuggestionForm(s) { MinimumScore = s.MinimumScore }).ToList(),
        };

        public AssessmentRules ApplyTo(AssessmentRules rules) => rules with
        {
            DimensionWeights = Weights,
            HighUrgency = rules.HighUrgency with { IndexAtLeast = HighIndex },
            LowUrgency = new LowUrgencyRule(LowIndex, LowHighestScore),
            ReassessmentIntervalMonths = ReassessmentMonths,
            Suggestions = Suggestions.Select(s => s.Rule with { MinimumScore = s.MinimumScore }).ToList(),
        };
    }

    private sealed class SuggestionForm(SuggestionRule rule)
    {
        public SuggestionRule Rule { get; } = rule;

        public int MinimumScore { get; set; }
    }
}
