using System.Net;
using Charity.TestSupport.Organisations;
using Charity.TestSupport.Web;

namespace Charity.Portal.Blazor.Tests.Web;

/// <summary>The statically rendered organisation sign-up form over HTTP, as a browser posts it (multipart, antiforgery).</summary>
public sealed class OrganisationSignUpFormTests(SqlitePortalFactory portal) : IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public async Task Post_WrongCheckCharacter_NamesTheCharacterInChinese()
    {
        using var client = portal.CreateBrowserlikeClient();
        var (code, expected) = FictitiousCreditCodes.WithWrongCheckCharacter();

        var response = await PostAsync(client, code, "/providers/register");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"第 18 位校验码应为 {expected}，而不是 {code[^1]}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongCheckCharacterInEnglish_NamesTheCharacterInEnglish()
    {
        using var client = portal.CreateBrowserlikeClient();
        var (code, expected) = FictitiousCreditCodes.WithWrongCheckCharacter();

        var response = await PostAsync(client, code, "/providers/register?culture=en-US");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"it should be {expected}, not {code[^1]}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidDetails_SignsInAndRedirectsHome()
    {
        using var client = portal.CreateBrowserlikeClient();

        var response = await PostAsync(client, FictitiousCreditCodes.Next(), "/providers/register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.PathAndQuery());
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        Assert.Contains("海岸志愿服务队", home, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string creditCode, string page)
    {
        var token = await PortalClient.AntiforgeryTokenAsync(client, page);
        var district = DistrictOf(await client.GetStringAsync(page));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("provider-register"), "_handler" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("VolunteerTeam"), "Input.Type" },
            { new StringContent("海岸志愿服务队"), "Input.Name" },
            { new StringContent(creditCode), "Input.CreditCode" },
            { new StringContent("13812345678"), "Input.ContactPhone" },
            { new StringContent(district), "Input.HomeDistrictId" },
            { new StringContent(district), "serviceDistrict" },
            { new StringContent("王海"), "Input.StaffName" },
            { new StringContent($"team-{Guid.NewGuid():N}@example.org"), "Input.Email" },
            { new StringContent("Provider#2026"), "Input.Password" },
            { new StringContent("Provider#2026"), "Input.ConfirmPassword" },
        };
        return await client.PostAsync(page, form);
    }

    private static string DistrictOf(string html)
    {
        var marker = "name=\"serviceDistrict\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
