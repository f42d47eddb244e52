namespace Charity.Marketplace.Referrals;

/// <summary>
/// A caseworker recorded a referral's service as done, with the beneficiary's satisfaction (1–5): the event the
/// serving organisation is rewarded for. <see cref="ReferralId"/> is the idempotency key of any reward.
/// </summary>
public sealed record ReferralCompleted(Guid ReferralId, Guid OrganisationId, int Satisfaction, DateTimeOffset CompletedAt);
