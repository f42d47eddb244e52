using System.Security.Claims;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Volunteers;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Volunteers;

/// <summary>
/// Volunteers over the API with the rules of the pages: anyone may register; a volunteer keeps their own profile
/// and teams; an organisation's staff see their own team (phones included) and decide its join requests. Every
/// error is a problem details document.
/// </summary>
internal static class VolunteerEndpoints
{
    public sealed record Registration(string DisplayName, string Email, string Password, Guid DistrictId);

    public sealed record Slot(DayOfWeek Day, DayPart Part);

    public sealed record ApiProfile(string DisplayName, Guid DistrictId, string? Phone, IReadOnlyList<string> SkillCodes, IReadOnlyList<Guid> ServiceDistrictIds, IReadOnlyList<Slot> Availability, Guid Version);

    public sealed record ProfileUpdate(string? Phone, IReadOnlyList<string>? SkillCodes, IReadOnlyList<Guid>? ServiceDistrictIds, IReadOnlyList<Slot>? Availability, Guid Version);

    public sealed record JoinRequest(Guid OrganisationId);

    public sealed record Answer(Guid Version);

    public sealed record Invitation(string Email);

    public static IEndpointRouteBuilder MapVolunteerEndpoints(this IEndpointRouteBuilder app)
    {
        var volunteers = app.MapGroup("/api/v1/volunteers").WithTags("Volunteers");
        volunteers.MapPost("/", RegisterAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.SignInPolicy);

        var own = volunteers.MapGroup("/me").RequireRateLimiting(RateLimiting.ApiPolicy).RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.Volunteer));
        own.MapGet("/", GetProfileAsync);
        own.MapPut("/", UpdateProfileAsync);
        own.MapGet("/teams", TeamsAsync);
        own.MapPost("/teams", AskToJoinAsync);
        own.MapPost("/teams/{membershipId:guid}/accept", (Guid membershipId, Answer answer, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
            AnswerInvitationAsync(membershipId, answer, accept: true, user, memberships, cancellationToken));
        own.MapPost("/teams/{membershipId:guid}/decline", (Guid membershipId, Answer answer, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
            AnswerInvitationAsync(membershipId, answer, accept: false, user, memberships, cancellationToken));

        var team = volunteers.MapGroup("/team").RequireRateLimiting(RateLimiting.ApiPolicy).RequireAuthorization(ApiPolicies.BearerRole(PortalRoles.ProviderStaff));
        team.MapGet("/", RosterAsync);
        team.MapGet("/requests", PendingRequestsAsync);
        team.MapPost("/requests/{membershipId:guid}/approve", (Guid membershipId, Answer answer, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
            DecideAsync(membershipId, answer, approve: true, user, memberships, cancellationToken));
        team.MapPost("/requests/{membershipId:guid}/decline", (Guid membershipId, Answer answer, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
            DecideAsync(membershipId, answer, approve: false, user, memberships, cancellationToken));
        team.MapPost("/invitations", InviteAsync);
        return app;
    }

    private static async Task<Results<Created<ApiProfile>, ValidationProblem>> RegisterAsync(
        Registration registration, VolunteerSignUp signUp, VolunteerProfiles profiles, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<string, string[]>();
        AddIfBlank(missing, nameof(Registration.DisplayName), registration.DisplayName);
        AddIfBlank(missing, nameof(Registration.Email), registration.Email);
        AddIfBlank(missing, nameof(Registration.Password), registration.Password);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing, title: "The volunteer was not registered");
        }

        var (user, errors) = await signUp.RegisterAsync(new VolunteerSignUp.Request(registration.DisplayName, registration.Email, registration.Password, registration.DistrictId), cancellationToken);
        if (user is null)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => FieldOf(e.Code)).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
                title: "The volunteer was not registered");
        }

        var profile = await profiles.FindAsync(user.Id, cancellationToken);
        return TypedResults.Created("/api/v1/volunteers/me", ToApi(profile!));
    }

    private static async Task<Results<Ok<ApiProfile>, ProblemHttpResult>> GetProfileAsync(ClaimsPrincipal user, VolunteerProfiles profiles, CancellationToken cancellationToken) =>
        await profiles.FindAsync(UserIdOf(user), cancellationToken) is { } profile ? TypedResults.Ok(ToApi(profile)) : ApiProblems.NoVolunteerProfile();

    private static async Task<Results<Ok<ApiProfile>, ValidationProblem, ProblemHttpResult>> UpdateProfileAsync(
        ProfileUpdate update, ClaimsPrincipal user, VolunteerProfiles profiles, CancellationToken cancellationToken)
    {
        var availability = (update.Availability ?? []).Aggregate(WeeklyAvailability.None, (week, slot) => week.With(slot.Day, slot.Part, available: true));
        var change = new VolunteerProfiles.Update(update.Phone, update.SkillCodes ?? [], update.ServiceDistrictIds ?? [], availability);
        var userId = UserIdOf(user);
        return await profiles.SaveAsync(userId, change, update.Version, cancellationToken) switch
        {
            VolunteerProfileResult.Done => TypedResults.Ok(ToApi((await profiles.FindAsync(userId, cancellationToken))!)),
            VolunteerProfileResult.NotFound => ApiProblems.NoVolunteerProfile(),
            VolunteerProfileResult.Conflict => Conflict("The profile was changed elsewhere", "Nothing was saved. Fetch the profile again and apply your change to its new version."),
            VolunteerProfileResult.PhoneInvalid => Invalid(nameof(ProfileUpdate.Phone), "PhoneInvalid"),
            VolunteerProfileResult.UnknownSkill => Invalid(nameof(ProfileUpdate.SkillCodes), "UnknownSkill"),
            var other => Invalid(nameof(ProfileUpdate.ServiceDistrictIds), other.ToString()),
        };
    }

    private static async Task<Ok<IReadOnlyList<TeamMemberships.VolunteerTeam>>> TeamsAsync(ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        TypedResults.Ok(await memberships.TeamsOfAsync(UserIdOf(user), cancellationToken));

    private static async Task<Results<Accepted, ProblemHttpResult>> AskToJoinAsync(JoinRequest request, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        await memberships.RequestToJoinAsync(UserIdOf(user), request.OrganisationId, cancellationToken) switch
        {
            MembershipResult.Done => TypedResults.Accepted("/api/v1/volunteers/me/teams"),
            MembershipResult.AlreadyMember => Conflict("Already a member or asked already", "The organisation has your request or you are in its team."),
            _ => TypedResults.Problem(title: "Organisation not found", statusCode: StatusCodes.Status404NotFound),
        };

    private static async Task<Results<NoContent, ProblemHttpResult>> AnswerInvitationAsync(
        Guid membershipId, Answer answer, bool accept, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        Decision(await memberships.AnswerInvitationAsync(UserIdOf(user), membershipId, accept, answer.Version, cancellationToken), "Invitation not found");

    private static async Task<Results<Ok<IReadOnlyList<TeamMemberships.TeamMember>>, ProblemHttpResult>> RosterAsync(ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        PortalClaims.OrganisationOf(user) is { } organisation ? TypedResults.Ok(await memberships.RosterAsync(organisation, cancellationToken)) : ApiProblems.NoOrganisation();

    private static async Task<Results<Ok<IReadOnlyList<TeamMemberships.JoinRequest>>, ProblemHttpResult>> PendingRequestsAsync(ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        PortalClaims.OrganisationOf(user) is { } organisation ? TypedResults.Ok(await memberships.PendingRequestsAsync(organisation, cancellationToken)) : ApiProblems.NoOrganisation();

    private static async Task<Results<NoContent, ProblemHttpResult>> DecideAsync(
        Guid membershipId, Answer answer, bool approve, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken) =>
        PortalClaims.OrganisationOf(user) is { } organisation
            ? Decision(await memberships.DecideAsync(organisation, membershipId, approve, answer.Version, cancellationToken), "Join request not found")
            : ApiProblems.NoOrganisation();

    private static async Task<Results<Accepted, ProblemHttpResult>> InviteAsync(Invitation invitation, ClaimsPrincipal user, TeamMemberships memberships, CancellationToken cancellationToken)
    {
        if (PortalClaims.OrganisationOf(user) is not { } organisation)
        {
            return ApiProblems.NoOrganisation();
        }

        return await memberships.InviteAsync(organisation, invitation.Email, cancellationToken) switch
        {
            MembershipResult.Done => TypedResults.Accepted("/api/v1/volunteers/team"),
            MembershipResult.AlreadyMember => Conflict("Already a member or invited already", "The volunteer is in your team or has an open invitation or request."),
            MembershipResult.OrganisationNotVerified => TypedResults.Problem(
                title: "Your organisation is not verified yet", detail: "Invitations open once the bureau has verified the organisation.", statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: "No volunteer has this e-mail", statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static Results<NoContent, ProblemHttpResult> Decision(MembershipResult result, string notFoundTitle) => result switch
    {
        MembershipResult.Done => TypedResults.NoContent(),
        MembershipResult.Conflict => Conflict("Already decided or changed elsewhere", "Fetch the list again; nothing was changed."),
        _ => TypedResults.Problem(title: notFoundTitle, statusCode: StatusCodes.Status404NotFound),
    };

    private static ApiProfile ToApi(VolunteerProfiles.Profile profile) => new(
        profile.DisplayName,
        profile.DistrictId,
        profile.Phone,
        profile.SkillCodes,
        profile.ServiceDistrictIds,
        [.. Enum.GetValues<DayOfWeek>().SelectMany(day => Enum.GetValues<DayPart>().Where(part => profile.Availability.Has(day, part)).Select(part => new Slot(day, part)))],
        profile.Version);

    /// <summary>Identity's error codes name the field they are about (DuplicateEmail, PasswordTooShort …).</summary>
    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode switch
        {
            "UnknownDistrict" => nameof(Registration.DistrictId),
            _ when identityErrorCode.StartsWith("Password", StringComparison.Ordinal) => nameof(Registration.Password),
            _ when identityErrorCode.Contains("Email", StringComparison.Ordinal) || identityErrorCode.Contains("UserName", StringComparison.Ordinal) => nameof(Registration.Email),
            _ => string.Empty,
        };

    private static void AddIfBlank(Dictionary<string, string[]> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems[field] = ["Required"];
        }
    }

    private static Guid UserIdOf(ClaimsPrincipal user) =>
        PortalClaims.UserIdOf(user) ?? throw new InvalidOperationException("An authenticated volunteer always has a user id.");

    private static ValidationProblem Invalid(string field, string code) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [code] }, title: "The profile was not saved");

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);
}
