package com.salesbot.core.feature.deal;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import java.util.List;
import java.util.Set;

/** R11 in chat: 签单 (report a signed deal, prompt kind "ds") and 待复核 (review risky deals, prompt kind "dr"). */
public final class DealFeature implements ChatFeature {
    public static final Command REPORT = new Command("deal-report", List.of("签单", "我签单了", "报签单", "签约", "成交",
            "/deal"), false, "【签单】点选客户、商机、金额，勾选健康成交五项", Set.of(Role.REP, Role.MANAGER));
    public static final Command REVIEW = new Command("deal-review", List.of("待复核", "复核", "签单复核", "/review"),
            false, "【待复核】有风险信号的签单，点通过或退回补充", Set.of(Role.MANAGER, Role.DIRECTOR));

    private final DealReportFlow report;
    private final DealReviewFlow review;

    public DealFeature(DialogStore dialogs, CustomerStore customers, OpportunityStore opportunities, OrgStore org,
                       DealDesk desk, RecipientDirectory directory, double downPaymentRatio, ChatSettings settings) {
        this.report = new DealReportFlow(dialogs, customers, opportunities, desk, downPaymentRatio, settings);
        this.review = new DealReviewFlow(desk, dialogs, org, directory, settings);
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(REPORT, report).prompt(report).command(REVIEW, review).prompt(review);
    }
}
