package com.salesbot.core.feature.deal;

import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 待复核: a manager's (or director's) queue of risky deals, one card each with 通过 / 退回补充; the next typed text
 * after a tap is the optional note. A returned deal's rep is told why.
 */
public final class DealReviewFlow implements CommandHandler, PromptHandler {
    private static final int MAX_CARDS = 5;
    private final DealDesk desk;
    private final DialogStore dialogs;
    private final OrgStore org;
    private final RecipientDirectory directory;
    private final ChatSettings settings;

    public DealReviewFlow(DealDesk desk, DialogStore dialogs, OrgStore org, RecipientDirectory directory,
                          ChatSettings settings) {
        this.desk = desk;
        this.dialogs = dialogs;
        this.org = org;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return DealDesk.REVIEW_KIND;
    }

    @Override
    public List<Outgoing> handle(ChatRequest request, String arguments) {
        List<DealDesk.Pending> queue = desk.queue(request.sender());
        if (queue.isEmpty()) {
            return request.say("暂无待复核的签单。");
        }
        List<Outgoing> out = new ArrayList<>(request.say("待复核签单 " + queue.size() + " 单"
                + (queue.size() > MAX_CARDS ? "，先看最早的 " + MAX_CARDS + " 单" : "") + "："));
        for (DealDesk.Pending p : queue.subList(0, Math.min(MAX_CARDS, queue.size()))) {
            String promptId = desk.reviewPrompt(request.sender(), p.deal().id(), settings.formTtl().multipliedBy(48));
            out.addAll(request.reply(desk.reviewCard(p.deal(), p.rep(), desk.assess(p.deal()), promptId)));
        }
        return out;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String key) {
        String dealId = prompt.get("deal");
        boolean approve;
        if (key.equals(DealDesk.APPROVE + dealId)) {
            approve = true;
        } else if (key.equals(DealDesk.RETURN + dealId)) {
            approve = false;
        } else {
            return request.say("请点“通过”或“退回补充”。");
        }
        DealDesk.Outcome outcome = desk.decide(request.sender(), dealId, approve, null, request.message().channel());
        return switch (outcome) {
            case NOT_FOUND -> request.say("没找到这单签单。");
            case NOT_ALLOWED -> request.say("这单不归你复核。");
            case ALREADY_DECIDED -> request.say("这单已经复核过了：" + desk.review(dealId)
                    .map(r -> r.status().label()).orElse("") + "。");
            case DONE -> decided(request, prompt, dealId, approve);
        };
    }

    private List<Outgoing> decided(ChatRequest request, PromptState prompt, String dealId, boolean approve) {
        dialogs.save(prompt.atStep("NOTE").with("decision", approve ? "approve" : "return"), settings.noteTtl());
        dialogs.focus(request.repId(), prompt.id(), settings.noteTtl());
        Optional<Deal> deal = desk.deal(dealId);
        String customer = deal.map(d -> desk.customerName(d.customerId())).orElse(dealId);
        List<Outgoing> out = new ArrayList<>(request.say((approve ? "已通过：" : "已退回补充：") + customer
                + " 签单。可直接回复一句备注（选填）。"));
        if (!approve) {
            deal.flatMap(d -> org.findRep(d.repId())).flatMap(rep -> directory.to(rep, new TextMessage(
                    "你的签单（" + customer + "）被主管退回补充，请补齐凭证后重新提交。"))).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        if (!prompt.step().equals("NOTE")) {
            return request.say("请先点“通过”或“退回补充”。");
        }
        dialogs.releaseFocus(request.repId(), prompt.id());
        String dealId = prompt.get("deal");
        if (!desk.annotate(request.sender(), dealId, request.message().text())) {
            return request.say("备注没有记下，请重试。");
        }
        List<Outgoing> out = new ArrayList<>(request.say("备注已记下。"));
        if ("return".equals(prompt.get("decision"))) {
            desk.deal(dealId).flatMap(d -> org.findRep(d.repId())).flatMap(rep -> directory.to(rep,
                    new TextMessage("主管备注：" + request.message().text().strip()))).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张复核卡片已过期，发“待复核”重新查看。");
    }

}
