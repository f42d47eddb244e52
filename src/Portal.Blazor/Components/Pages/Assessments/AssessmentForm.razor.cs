using Charity.Marketplace.Assessment;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Assessments;

/// <summary>The 52 indicators by dimension, with a live preview of the index and urgency as the assessor scores.</summary>
public sealed partial class AssessmentForm
{
    private int[] _scores = [];
    private int _activeDimension;
    private bool _busy;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private Guid _version;

    [Parameter, EditorRequired]
    public AssessmentView View { get; set; } = null!;

    [Parameter]
    public EventCallback Saved { get; set; }

    [Inject]
    private AssessmentService Assessments { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    private AssessmentResult Preview => AssessmentScorer.Score(IndicatorScores.FromArray(_scores), View.Rules);

    protected override void OnParametersSet()
    {
        _scores = View.Scores.ToArray();
        _version = View.Version;
    }

    private string? ScoredIn(AssessmentDimension dimension)
    {
        var scored = dimension.Indicators.Count(i => _scores[i.Number - 1] > 0);
        return scored == 0 ? null : scored.ToString(System.Globalization.CultureInfo.CurrentCulture);
    }

    private Task SaveDraftAsync() => RunAsync(submit: false);

    private Task SubmitAsync() => RunAsync(submit: true);

    private async Task RunAsync(bool submit)
    {
        _busy = true;
        try
        {
            var access = CaseAccessOf.User((await AuthenticationState).User);
            var scores = IndicatorScores.FromArray(_scores);
            var outcome = submit
                ? await Assessments.SubmitAsync(access, View.Id, scores, _version)
                : await Assessments.SaveDraftAsync(access, View.Id, scores, _version);
            (_message, _messageSeverity) = outcome switch
            {
                AssessmentOutcome.Done => (submit ? null : L["Assessment.DraftSaved"].Value, Severity.Success),
                AssessmentOutcome.Conflict => (L["Assessment.Conflict"].Value, Severity.Warning),
                AssessmentOutcome.AlreadySubmitted => (L["Assessment.AlreadySubmitted"].Value, Severity.Warning),
                _ => (L["CaseFile.NotFound.Body"].Value, Severity.Error),
            };
            if (outcome == AssessmentOutcome.Done)
            {
                await Saved.InvokeAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
