namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension DailyLiving() => new(DimensionCodes.DailyLiving, 5, new("日常生活与照护", "Daily living and care"),
    [
        new(28, new("进食", "Eating"),
            Mild: new("能自己进食，但需要他人备餐或把食物切碎。", "Eats unaided but needs food prepared or cut up."),
            Moderate: new("进食需要他人部分协助，或经常吃不上热饭。", "Needs some help to eat, or often goes without a hot meal."),
            Severe: new("不能自己进食，完全依赖他人喂食，或经常无饭可吃。", "Cannot eat unaided and must be fed, or often has nothing to eat.")),
        new(29, new("洗澡和个人卫生", "Bathing and hygiene"),
            Mild: new("洗澡需要他人在旁看护或少量帮助。", "Needs someone nearby or a little help to bathe."),
            Moderate: new("洗澡、洗头、剪指甲等需要他人部分协助。", "Needs some help to bathe, wash hair or cut nails."),
            Severe: new("个人清洁完全依赖他人，长期无法洗澡。", "Fully dependent for personal hygiene; has not bathed for a long time.")),
        new(30, new("行走和外出", "Walking and going out"),
            Mild: new("行走较慢，外出需要拐杖等辅助。", "Walks slowly; needs a stick or similar to go out."),
            Moderate: new("需要他人搀扶或使用轮椅才能外出，就医出行困难。", "Needs a helping arm or a wheelchair to go out; getting to the doctor is hard."),
            Severe: new("不能独立行走，无人协助就无法出门。", "Cannot walk independently; cannot leave home without help.")),
        new(31, new("购物和做饭", "Shopping and cooking"),
            Mild: new("能买菜做饭，但比较吃力。", "Shops and cooks, but with effort."),
            Moderate: new("只能做简单饭菜，购物需要他人帮忙。", "Manages only simple meals; needs help with shopping."),
            Severe: new("不能购物和做饭，完全依赖他人。", "Cannot shop or cook; fully dependent on others.")),
        new(32, new("管理药物", "Managing medicines"),
            Mild: new("偶尔忘记服药，经提醒能正确服药。", "Sometimes forgets medicines but takes them correctly when reminded."),
            Moderate: new("经常漏服、错服，或取药困难。", "Often misses or mixes up doses, or struggles to collect medicines."),
            Severe: new("不能自行管理和取用药物，需要他人按时送药、协助服药。", "Cannot manage or obtain medicines; someone must bring them and help take them on time.")),
        new(33, new("做家务", "Housework"),
            Mild: new("能做轻便家务，重活需要帮忙。", "Does light housework; heavier jobs need help."),
            Moderate: new("大部分家务需要他人协助。", "Needs help with most housework."),
            Severe: new("完全不能做家务，居所无人打理。", "Cannot do any housework; nobody keeps the home.")),
        new(34, new("紧急情况下无法求助", "Cannot call for help in an emergency"),
            Mild: new("能用电话求助，但反应较慢。", "Can phone for help but is slow to do so."),
            Moderate: new("不会或很难使用电话，身边经常无人。", "Cannot or can hardly use a phone, and is often alone."),
            Severe: new("没有任何求助手段，发生意外无法被及时发现。", "Has no way to call for help; an accident would go unnoticed.")),
    ]);
}
