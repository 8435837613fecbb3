package com.salesbot.core.demo;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import java.util.Objects;

/**
 * Writes a demo company through the store ports, in one transaction, and only into an empty organisation: a
 * second start, or a real company already imported, leaves everything as it is.
 */
public final class DemoLoader {
    private final OrgStore org;
    private final CustomerStore customers;
    private final LeadStore leads;
    private final OpportunityStore opportunities;
    private final TouchStore touches;
    private final TargetStore targets;
    private final PaymentStore payments;
    private final ConversationStore conversations;
    private final Transactions transactions;

    public DemoLoader(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                      TouchStore touches, TargetStore targets, PaymentStore payments,
                      ConversationStore conversations, Transactions transactions) {
        this.org = Objects.requireNonNull(org, "org");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
        this.touches = Objects.requireNonNull(touches, "touches");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** @return true when the company was written, false when the organisation already had people or teams */
    public boolean loadIfEmpty(DemoCompany company) {
        return transactions.inTransaction(() -> {
            if (!org.teams().isEmpty() || !org.reps().isEmpty()) {
                return false;
            }
            write(company);
            return true;
        });
    }

    private void write(DemoCompany company) {
        for (Team team : company.teams()) {
            org.saveTeam(team);
        }
        for (Rep person : company.people()) {
            org.saveRep(person);
        }
        for (Customer customer : company.customers()) {
            customers.save(customer);
        }
        for (Lead lead : company.leads()) {
            leads.insert(lead);
        }
        for (Opportunity opportunity : company.opportunities()) {
            opportunities.save(opportunity);
        }
        for (Target target : company.targets()) {
            targets.save(target);
        }
        for (Payment payment : company.payments()) {
            payments.save(payment);
        }
        for (Touch touch : company.touches()) {
            touches.insert(touch);
        }
        for (Absence absence : company.absences()) {
            org.saveAbsence(absence);
        }
        for (DemoCompany.DemoConversation demo : company.conversations()) {
            Conversation stored = conversations.saveConversation(demo.conversation());
            for (ChatMessage m : demo.messages()) {
                conversations.appendMessage(new ChatMessage(0, stored.id(), m.channel(), m.clientMsgId(), m.repId(),
                        m.customerId(), m.direction(), m.sentAt(), m.text(), m.tags()));
            }
        }
    }
}
