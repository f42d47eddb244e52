namespace Charity.Marketplace.Offers;

/// <summary>The outcome of a command on an offer.</summary>
public sealed record OfferResult(OfferOutcome Outcome, Guid? Id = null, IReadOnlyList<OfferProblem>? Problems = null)
{
    public static OfferResult Done(Guid id) => new(OfferOutcome.Done, id);

    public static OfferResult Invalid(params OfferProblem[] problems) => new(OfferOutcome.Invalid, Problems: problems);

    public static OfferResult NotFound { get; } = new(OfferOutcome.NotFound);

    public static OfferResult Conflict { get; } = new(OfferOutcome.Conflict);

    public static OfferResult Forbidden { get; } = new(OfferOutcome.Forbidden);
}

public enum OfferOutcome
{
    Done = 1,
    Invalid = 2,
    NotFound = 3,
    Conflict = 4,
    Forbidden = 5,
}
