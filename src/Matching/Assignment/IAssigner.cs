using Charity.Matching.Model;

namespace Charity.Matching.Assignment;

/// <summary>Gives each need at most one offer and each offer at most as many needs as it has places left.</summary>
public interface IAssigner
{
    AssignmentPlan Assign(IReadOnlyList<NeedCandidate> needs, IReadOnlyList<OfferCandidate> offers);
}
