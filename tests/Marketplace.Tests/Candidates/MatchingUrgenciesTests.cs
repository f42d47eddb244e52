using Charity.Marketplace.Assessment;
using Charity.Marketplace.Candidates;

namespace Charity.Marketplace.Tests.Candidates;

public sealed class MatchingUrgenciesTests
{
    [Theory]
    [InlineData(Urgency.Critical)]
    [InlineData(Urgency.High)]
    [InlineData(Urgency.Normal)]
    [InlineData(Urgency.Low)]
    public void Of_EachUrgency_IsTheEngineLevelOfTheSameName(Urgency urgency) =>
        Assert.Equal(urgency.ToString(), MatchingUrgencies.Of(urgency).ToString());
}
