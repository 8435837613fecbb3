package com.salesbot.core.feature.pipeline;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.config.GradingStandard;
import com.salesbot.core.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 分级标准: the customer grading standard and the intent levels from {@code config/grading.yml}, as one short card,
 * so a new rep knows what A/B/C/D mean before tapping one in 客户分级. Read-only; no data scope involved.
 */
public final class GradingStandardFeature implements ChatFeature {
    public static final Command STANDARD = new Command("grading-standard", List.of("分级标准", "客户分级标准",
            "意向等级", "/grading"), false, "【分级标准】A/B/C/D 客户和意向等级怎么判断", Set.of(Role.values()));

    private final GradingStandard standard;

    public GradingStandardFeature(GradingStandard standard) {
        this.standard = standard;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(STANDARD, (request, arguments) -> request.reply(card()));
    }

    Card card() {
        List<String> lines = new ArrayList<>();
        lines.add("客户等级（客户分级时点选）：");
        for (GradingStandard.Level g : standard.grades()) {
            lines.add(g.label() + "：" + g.criteria());
        }
        lines.add("线索意向：");
        for (GradingStandard.Level i : standard.intentLevels()) {
            lines.add(i.label() + "：" + i.criteria());
        }
        lines.add("客户情况变了就发“客户分级”更新，及时更新会计入数据可信度红榜。");
        return new Card("客户分级标准", Tone.NORMAL, lines, null, null, null, null, null);
    }
}
