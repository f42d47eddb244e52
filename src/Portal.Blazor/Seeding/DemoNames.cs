using Bogus;

namespace Charity.Portal.Blazor.Seeding;

internal static class DemoNames
{
    /// <summary>Family name first and no space, as Chinese names are written (Bogus puts the given name first).</summary>
    public static string ChineseName(this Faker faker)
    {
        ArgumentNullException.ThrowIfNull(faker);
        return faker.Name.LastName() + faker.Name.FirstName();
    }
}
