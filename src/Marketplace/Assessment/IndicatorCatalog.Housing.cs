namespace Charity.Marketplace.Assessment;

public static partial class IndicatorCatalog
{
    private static AssessmentDimension Housing() => new(DimensionCodes.Housing, 4, new("住房与居住环境", "Housing and living environment"),
    [
        new(22, new("住房存在安全隐患", "Unsafe dwelling"),
            Mild: new("房屋老旧，有轻微漏雨、裂缝等问题。", "An old house with minor leaks or cracks."),
            Moderate: new("墙体开裂、电线老化等隐患明显，需要维修。", "Clear hazards such as cracked walls or old wiring; repairs are needed."),
            Severe: new("经鉴定为危房，或有倒塌、火灾等紧迫危险。", "Assessed as a dangerous building, or at imminent risk of collapse or fire.")),
        new(23, new("缺少取暖、厕所或用水设施", "Missing heating, toilet or water"),
            Mild: new("设施老旧，使用不便。", "Facilities are old and awkward to use."),
            Moderate: new("缺少其中一项，或设施损坏影响日常生活。", "One of them is missing, or broken in a way that disrupts daily life."),
            Severe: new("冬季无法取暖，或没有安全饮用水、没有可用的厕所。", "No heating in winter, no safe drinking water or no usable toilet.")),
        new(24, new("居室卫生差", "Poor hygiene of the dwelling"),
            Mild: new("居室杂乱，清扫不及时。", "The home is cluttered and seldom cleaned."),
            Moderate: new("脏乱明显，有异味或虫害。", "Clearly dirty, with smells or pests."),
            Severe: new("垃圾堆积，卫生极差，已危害健康。", "Rubbish piles up; so unhygienic that it endangers health.")),
        new(25, new("需要无障碍改造", "Needs accessibility works"),
            Mild: new("出行或如厕略有不便，加装扶手等简单设施即可。", "Slight difficulty getting about or using the toilet; simple aids such as grab rails would do."),
            Moderate: new("台阶、浴室等障碍明显影响日常活动，需要改造。", "Steps, the bathroom or similar clearly hinder daily activities; works are needed."),
            Severe: new("因居所障碍基本无法下床、如厕或出门，急需改造或辅具。", "Barriers at home all but prevent getting out of bed, using the toilet or going out; works or assistive devices are urgent.")),
        new(26, new("居住拥挤", "Overcrowding"),
            Mild: new("人均居住面积偏小，但基本够用。", "Little space per person, but enough."),
            Moderate: new("居住拥挤，缺少必要分隔，影响休息和学习。", "Crowded, without needed separation; rest and study suffer."),
            Severe: new("多人挤住一间，老少男女混住，严重影响健康和隐私。", "Many people share one room regardless of age or sex; health and privacy badly affected.")),
        new(27, new("无固定住所或滞留", "No fixed residence or stranded"),
            Mild: new("借住或租住，住所不稳定。", "Lodging with others or renting; housing is insecure."),
            Moderate: new("面临被迫搬离，近期可能失去住所。", "Facing eviction; may lose the home soon."),
            Severe: new("露宿街头、无处居住，或因突发事件滞留当地。", "Sleeping rough with nowhere to stay, or stranded by an emergency.")),
    ]);
}
