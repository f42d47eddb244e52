using System.Collections.Frozen;

namespace Charity.Marketplace.Needs.Anonymisation;

/// <summary>The pieces of a "surname + form of address" reference to a person (张女士, 李大爷, 欧阳老师).</summary>
internal static class ChineseNames
{
    /// <summary>The hundred or so most common surnames (national household registration ranking), then common two-character ones.</summary>
    public static readonly string[] Surnames =
    [
        .. "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范"
            .Select(surname => surname.ToString()),
        .. "汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
            .Select(surname => surname.ToString()),
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "夏侯", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "端木", "南宫", "西门",
    ];

    public static readonly string[] FormsOfAddress =
        ["女士", "先生", "大爷", "大妈", "奶奶", "爷爷", "阿姨", "叔叔", "老人", "大娘", "大叔", "同志", "老师"];

    /// <summary>
    /// Common words that end in a one-character surname, so that "照顾老人", "面向老人" or "感谢老师" are not read as
    /// 顾老人, 向老人 or 谢老师.
    /// </summary>
    public static readonly FrozenSet<string> WordsEndingInASurname = FrozenSet.Create(
        StringComparer.Ordinal,
        "关于", "对于", "由于", "属于", "用于", "等于", "位于", "在于", "至于", "利于", "基于", "鉴于", "便于", "易于", "难于",
        "乐于", "善于", "勇于", "终于", "过于", "处于", "出于", "忙于", "急于", "敢于",
        "面向", "方向", "走向", "转向", "导向", "一向", "偏向", "倾向", "指向", "朝向", "去向",
        "明白", "空白", "提高", "对方", "双方", "各方", "多方", "地方", "课程", "过程", "工程", "疗程",
        "其余", "业余", "多余", "剩余", "主任", "责任", "信任", "担任", "允许", "也许", "或许",
        "感谢", "谢谢", "多谢", "致谢", "祝贺", "照顾", "看顾", "回顾", "兼顾", "历史", "病史",
        "每周", "本周", "上周", "下周", "一周", "两周", "任何", "如何", "为何", "支付", "上万", "数万", "千万");
}
