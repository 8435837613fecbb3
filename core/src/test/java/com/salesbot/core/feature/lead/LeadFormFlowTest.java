package com.salesbot.core.feature.lead;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.messaging.AfterCommit;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadFormFlowTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").build());

    @Test
    void tapsThroughTheFormAndTakesTheFirstTouchTimeAutomatically() {
        h.customer("c1", "华新机械", "r1");
        h.advance(Duration.ofMinutes(-90));
        Touch earlier = h.endedCall(rep, "c1", 60);
        h.advance(Duration.ofMinutes(90));

        Card customer = onlyCard(h.say(rep, "录线索"));
        assertThat(customer.title()).isEqualTo("录线索（1/4）");
        Card source = onlyCard(h.tap(rep, customer.promptId(), keyOf(customer, "华新机械")));
        assertThat(source.buttons()).extracting(b -> b.label())
                .containsExactly("官网表单", "展会", "老客户转介", "电话陌拜", "合作伙伴", "广告投放");
        Card stage = onlyCard(h.tap(rep, source.promptId(), keyOf(source, "展会")));
        assertThat(stage.buttons()).hasSize(5);
        Card pain = onlyCard(h.tap(rep, stage.promptId(), keyOf(stage, "需求确认")));
        assertThat(pain.inputHint()).isEqualTo("客户核心痛点");
        Card done = onlyCard(h.say(rep, "产线换型慢，想降本"));

        assertThat(done.title()).isEqualTo("线索已登记");
        assertThat(done.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(done.fields()).extracting(CardField::value).contains("华新机械", "展会", "需求确认", "产线换型慢，想降本");
        List<Lead> leads = h.leads.ofOwner("r1");
        assertThat(leads).hasSize(1);
        Lead lead = leads.get(0);
        assertThat(lead.customerId()).isEqualTo("c1");
        assertThat(lead.sourceChannel()).isEqualTo("exhibition");
        assertThat(lead.stage()).isEqualTo("needs");
        assertThat(lead.painPoint()).isEqualTo("产线换型慢，想降本");
        assertThat(lead.firstTouchAt()).isEqualTo(earlier.startedAt());
        assertThat(lead.stageEnteredAt()).isEqualTo(h.clock.millis());
    }

    /**
     * The once-mark belongs to the event that set it and the prompt is deleted only after the commit: when the
     * transaction rolls back, the platform's retry of the same event registers the lead instead of answering
     * "已经登记好了"; a second submission (another event) after the commit is still refused.
     */
    @Test
    void aRolledBackSubmissionIsRegisteredOnTheRetryOfTheSameEvent() {
        onlyCard(h.say(rep, "/lead"));
        onlyCard(h.say(rep, "远大重工"));
        onlyCard(h.say(rep, "展会"));
        onlyCard(h.say(rep, "2"));
        InboundMessage submit = h.text(rep.wecomUserId(), "预算卡在年底");

        assertThatThrownBy(() -> AfterCommit.collect(() -> {
            h.engine.handle(submit);
            throw new IllegalStateException("database went away before the commit");
        })).isInstanceOf(IllegalStateException.class);

        Card retried = onlyCard(AfterCommit.collect(() -> h.engine.handle(submit)));
        assertThat(retried.title()).isEqualTo("线索已登记");
        assertThat(onlyCard(h.say(rep, "预算卡在年底")).title()).as("the form's focus went after the commit")
                .isEqualTo("我能帮你做这些");
    }

    @Test
    void onlyTheRepsOwnCustomersAreOffered() {
        h.customer("c1", "华新机械", "r1");
        h.customer("c9", "别人的客户", "r2");
        h.endedCall(rep, "c9", 60);
        Card customer = onlyCard(h.say(rep, "录线索"));
        assertThat(customer.buttons()).extracting(b -> b.label()).containsExactly("华新机械");
        assertThat(onlyText(h.tap(rep, customer.promptId(), "cust:c9"))).contains("不在你名下");
    }

    @Test
    void typedAnswersWorkAndANewCustomerIsCreatedAtTheEnd() {
        onlyCard(h.say(rep, "/lead"));
        onlyCard(h.say(rep, "远大重工"));
        assertThat(h.customers.ofOwner("r1")).as("not before the form is complete").isEmpty();
        onlyCard(h.say(rep, "展　会"));
        onlyCard(h.say(rep, "2"));
        Card done = onlyCard(h.say(rep, "预算卡在年底"));
        assertThat(done.title()).isEqualTo("线索已登记");
        Customer created = h.customers.ofOwner("r1").get(0);
        assertThat(created.name()).isEqualTo("远大重工");
        Lead lead = h.leads.ofOwner("r1").get(0);
        assertThat(lead.customerId()).isEqualTo(created.id());
        assertThat(lead.stage()).isEqualTo("needs");
        assertThat(lead.firstTouchAt()).as("no touch yet: now").isEqualTo(h.clock.millis());
    }

    @Test
    void invalidChoicesAreRefusedWithTheValidOnesListed() {
        h.say(rep, "录线索");
        h.say(rep, "远大重工");
        String refusal = onlyText(h.say(rep, "朋友介绍"));
        assertThat(refusal).contains("没有“朋友介绍”这个来源").contains("1.官网表单").contains("6.广告投放");
        assertThat(onlyText(h.say(rep, "7"))).contains("这个来源");
        h.say(rep, "老客户转介");
        String stageRefusal = onlyText(h.say(rep, "快成交了"));
        assertThat(stageRefusal).contains("这个阶段").contains("1.初步接触").contains("5.赢单待签");
        Card pain = onlyCard(h.say(rep, "赢单待签"));
        assertThat(pain.lines()).anyMatch(l -> l.contains("必填"));
        assertThat(h.leads.all()).isEmpty();
    }

    @Test
    void aStaleTapOnAnEarlierStepChangesNothing() {
        h.customer("c1", "华新机械", "r1");
        Card customer = onlyCard(h.say(rep, "录线索"));
        Card source = onlyCard(h.tap(rep, customer.promptId(), keyOf(customer, "华新机械")));
        h.tap(rep, source.promptId(), keyOf(source, "展会"));
        assertThat(onlyText(h.tap(rep, source.promptId(), keyOf(source, "广告投放")))).contains("已经选过了");
        h.say(rep, "初步接触");
        h.say(rep, "交付周期长");
        assertThat(h.leads.all()).extracting(Lead::sourceChannel).containsExactly("exhibition");
    }

    @Test
    void cancelEndsTheFormAndAnExpiredFormLetsGo() {
        h.say(rep, "录线索");
        h.say(rep, "远大重工");
        assertThat(onlyText(h.say(rep, "取消"))).contains("已取消");
        assertThat(onlyCard(h.say(rep, "展会")).title()).isEqualTo("我能帮你做这些");

        h.say(rep, "录线索");
        h.say(rep, "远大重工");
        h.advance(Duration.ofMinutes(31));
        assertThat(onlyCard(h.say(rep, "展会")).title()).isEqualTo("我能帮你做这些");
        assertThat(h.leads.all()).isEmpty();
    }

    @Test
    void aCommandInTheMiddleIsStillACommandAndTheFormWaits() {
        h.say(rep, "录线索");
        h.say(rep, "远大重工");
        assertThat(onlyCard(h.say(rep, "帮助")).title()).isEqualTo("我能帮你做这些");
        assertThat(onlyCard(h.say(rep, "展会")).title()).isEqualTo("录线索（3/4）");
    }

    @Test
    void aTooLongPainPointIsSentBack() {
        h.say(rep, "录线索");
        h.say(rep, "远大重工");
        h.say(rep, "展会");
        h.say(rep, "初步接触");
        assertThat(onlyText(h.say(rep, "痛".repeat(201)))).contains("201字");
        assertThat(onlyCard(h.say(rep, "痛".repeat(200))).title()).isEqualTo("线索已登记");
    }
}
