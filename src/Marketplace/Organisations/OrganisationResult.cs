namespace Charity.Marketplace.Organisations;

/// <summary>The outcome of a command on an organisation.</summary>
public sealed record OrganisationResult(OrganisationOutcome Outcome, IReadOnlyList<OrganisationProblem>? Problems = null)
{
    public static OrganisationResult Done { get; } = new(OrganisationOutcome.Done);

    public static OrganisationResult NotFound { get; } = new(OrganisationOutcome.NotFound);

    public static OrganisationResult Conflict { get; } = new(OrganisationOutcome.Conflict);

    public static OrganisationResult Invalid(params OrganisationProblem[] problems) => new(OrganisationOutcome.Invalid, problems);
}

public enum OrganisationOutcome
{
    Done = 1,
    Invalid = 2,
    NotFound = 3,
    Conflict = 4,
}
