using System.Globalization;
using Charity.Marketplace.Cases;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.TestSupport.Time;
using CsCheck;

namespace Charity.Marketplace.Tests.Needs.Anonymisation;

public sealed class PersonalDataScannerTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly PersonalDataScanner Scanner = new(new FixedClock(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero)));

    /// <summary>Common characters of need descriptions, surname characters and forms of address included, and CJK punctuation.</summary>
    private static readonly Gen<string> ChineseFiller =
        Gen.Char["老人独居行动不便需要每周上门助餐送药陪同就医打扫卫生王李张刘陈杨大爷奶奶阿姨女士先生号室楼单元住在社区附近的，。、；：！？（）《》“”　"]
            .Array[0, 30]
            .Select(chars => new string(chars));

    private static readonly Gen<string> ValidIdNumber =
        Gen.Select(Gen.Int[110000, 829999], Gen.DateOnly[new DateOnly(1900, 1, 1), Today], Gen.Int[0, 999], Gen.Bool)
            .Select((area, birthDate, sequence, lowerCaseX) =>
            {
                var first17 = string.Create(CultureInfo.InvariantCulture, $"{area:D6}{birthDate:yyyyMMdd}{sequence:D3}");
                var check = ChineseIdNumber.CheckCharacterFor(first17);
                return first17 + (lowerCaseX ? char.ToLowerInvariant(check) : check);
            });

    private static readonly Gen<string> Mobile =
        Gen.Select(Gen.Int[3, 9], Gen.Int[0, 9], Gen.Int[0, 9999], Gen.Int[0, 9999], Gen.OneOf("", "+86", "+86 ", "86", "0086-"), Gen.OneOf("", " ", "-"))
            .Select((second, third, middle, last, prefix, separator) =>
                string.Create(CultureInfo.InvariantCulture, $"{prefix}1{second}{third}{separator}{middle:D4}{separator}{last:D4}"));

    private static readonly Gen<string> Email =
        Gen.Select(
                LettersAndDigits(1, 12),
                Gen.OneOf("", ".zhang", "_1949", "+charity"),
                LettersAndDigits(1, 10),
                Gen.OneOf(".com", ".cn", ".com.cn", ".org", ".gov.cn"))
            .Select((local, suffix, domain, topLevel) => $"{local}{suffix}@{domain}{topLevel}");

    private static Gen<string> LettersAndDigits(int shortest, int longest) =>
        Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[shortest, longest].Select(chars => new string(chars));

    [Theory]
    [InlineData("身份证号11010519491231002X，请核实", PersonalDataKind.IdNumber, "11010519491231002X")]
    [InlineData("证件号码 11010519491231002x", PersonalDataKind.IdNumber, "11010519491231002x")]
    [InlineData("ID: 371002195003151235.", PersonalDataKind.IdNumber, "371002195003151235")]
    [InlineData("联系电话13905310000", PersonalDataKind.Mobile, "13905310000")]
    [InlineData("手机：139-0531-0000。", PersonalDataKind.Mobile, "139-0531-0000")]
    [InlineData("手机 139 0531 0000 白天可打", PersonalDataKind.Mobile, "139 0531 0000")]
    [InlineData("call +86 13905310000 please", PersonalDataKind.Mobile, "+86 13905310000")]
    [InlineData("拨8613905310000", PersonalDataKind.Mobile, "8613905310000")]
    [InlineData("手机１３９０５３１００００", PersonalDataKind.Mobile, "１３９０５３１００００")]
    [InlineData("座机0631-5201234转分机", PersonalDataKind.Landline, "0631-5201234")]
    [InlineData("电话(0631)5201234", PersonalDataKind.Landline, "(0631)5201234")]
    [InlineData("电话（0631）5201234", PersonalDataKind.Landline, "（0631）5201234")]
    [InlineData("北京010 62751234", PersonalDataKind.Landline, "010 62751234")]
    [InlineData("邮箱wang.xiuying@163.com。", PersonalDataKind.Email, "wang.xiuying@163.com")]
    [InlineData("write to li_na+help@mail.weihai.gov.cn today", PersonalDataKind.Email, "li_na+help@mail.weihai.gov.cn")]
    [InlineData("住环翠楼东社区12号楼3单元402室", PersonalDataKind.HouseNumber, "12号楼3单元402室")]
    [InlineData("统一路88号", PersonalDataKind.HouseNumber, "88号")]
    [InlineData("3栋2单元", PersonalDataKind.HouseNumber, "3栋2单元")]
    [InlineData("5幢101室", PersonalDataKind.HouseNumber, "5幢101室")]
    [InlineData("张女士反映", PersonalDataKind.HonorificName, "张女士")]
    [InlineData("李大爷腿脚不便", PersonalDataKind.HonorificName, "李大爷")]
    [InlineData("帮王奶奶买菜", PersonalDataKind.HonorificName, "王奶奶")]
    [InlineData("请欧阳老师辅导", PersonalDataKind.HonorificName, "欧阳老师")]
    [InlineData("照顾诸葛大娘", PersonalDataKind.HonorificName, "诸葛大娘")]
    [InlineData("为于大爷送餐", PersonalDataKind.HonorificName, "于大爷")]
    public void Scan_TextWithPersonalData_FindsItWithItsSpan(string text, PersonalDataKind kind, string found)
    {
        var finding = Assert.Single(Scanner.Scan(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(found, finding.Text);
        Assert.Equal(text.IndexOf(found, StringComparison.Ordinal), finding.Index);
        Assert.Equal(found.Length, finding.Length);
    }

    [Theory]
    [InlineData("每周3次上门助餐，每次2小时")]
    [InlineData("服务对象为60岁以上独居老人")]
    [InlineData("2026年12月前完成")]
    [InlineData("12月5号上午送药，12月 20号复诊")]
    [InlineData("乘3号线到医院")]
    [InlineData("照顾老人，面向老人，关于老人的政策")]
    [InlineData("感谢老师，谢谢阿姨，班主任老师每周老师上门")]
    [InlineData("提高老人生活质量，任何老人都可申请，其余老人另行安排")]
    [InlineData("补贴300元，服务时长90分钟，评分4.5")]
    [InlineData("Please bring 2 bags of rice at 10:30 on 2026-12-01")]
    [InlineData("困境指数72.5，低保编号2026000123")]
    public void Scan_OrdinaryText_FindsNothing(string text) => Assert.Empty(Scanner.Scan(text));

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("371002203012310012")]
    [InlineData("银行卡6222021234567890123")]
    [InlineData("订单号123456789012345678")]
    public void Scan_DigitRunsThatAreNoIdNumber_FindsNothing(string text) => Assert.Empty(Scanner.Scan(text));

    [Theory]
    [InlineData("139053100001")]
    [InlineData("913905310000")]
    [InlineData("账号2139053100002")]
    public void Scan_MobileInsideALongerDigitRun_FindsNothing(string text) => Assert.Empty(Scanner.Scan(text));

    [Fact]
    public void Scan_SeveralKinds_ReportsEachInOrder()
    {
        var findings = Scanner.Scan("张女士，手机13905310000，住12号楼3单元402室，邮箱zhang@163.com");

        Assert.Equal(
            [PersonalDataKind.HonorificName, PersonalDataKind.Mobile, PersonalDataKind.HouseNumber, PersonalDataKind.Email],
            findings.Select(finding => finding.Kind));
    }

    [Fact]
    public void Scan_MobileAsTheNameOfAnEmail_ReportsTheEmailOnce()
    {
        var finding = Assert.Single(Scanner.Scan("邮箱13905310000@qq.com"));

        Assert.Equal(PersonalDataKind.Email, finding.Kind);
        Assert.Equal("13905310000@qq.com", finding.Text);
    }

    [Fact]
    public void Finding_ToString_DoesNotRepeatThePersonalData() =>
        Assert.DoesNotContain("13905310000", Assert.Single(Scanner.Scan("13905310000")).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Scan_AnyValidIdNumberInChineseText_FindsItsExactSpan() => AssertFoundWhereEmbedded(ValidIdNumber, PersonalDataKind.IdNumber);

    [Fact]
    public void Scan_AnyMobileNumberInChineseText_FindsItsExactSpan() => AssertFoundWhereEmbedded(Mobile, PersonalDataKind.Mobile);

    [Fact]
    public void Scan_AnyEmailInChineseText_FindsItsExactSpan() => AssertFoundWhereEmbedded(Email, PersonalDataKind.Email);

    private static void AssertFoundWhereEmbedded(Gen<string> personalData, PersonalDataKind kind) =>
        Gen.Select(ChineseFiller, personalData, ChineseFiller).Sample((before, data, after) =>
        {
            var text = before + data + after;

            Assert.Contains(Scanner.Scan(text), finding => finding.Kind == kind && finding.Index == before.Length && finding.Text == data);
        });
}
