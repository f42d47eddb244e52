namespace Charity.Marketplace.Assessment;

public enum AssessmentStatus
{
    Draft = 1,
    Submitted = 2,
}
