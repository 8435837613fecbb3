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
import java.util.List;

/**
 * A whole demo company as plain data, ready to be written through the store ports. Touch, lead and conversation
 * ids are 0 (the stores assign them); each conversation carries its messages.
 */
public record DemoCompany(List<Team> teams, List<Rep> people, List<Customer> customers, List<Lead> leads,
                          List<Opportunity> opportunities, List<Touch> touches, List<Target> targets,
                          List<Payment> payments, List<DemoConversation> conversations, List<Absence> absences) {
    public DemoCompany {
        absences = List.copyOf(absences);
        teams = List.copyOf(teams);
        people = List.copyOf(people);
        customers = List.copyOf(customers);
        leads = List.copyOf(leads);
        opportunities = List.copyOf(opportunities);
        touches = List.copyOf(touches);
        targets = List.copyOf(targets);
        payments = List.copyOf(payments);
        conversations = List.copyOf(conversations);
    }

    /** Without absences. */
    public DemoCompany(List<Team> teams, List<Rep> people, List<Customer> customers, List<Lead> leads,
                       List<Opportunity> opportunities, List<Touch> touches, List<Target> targets,
                       List<Payment> payments, List<DemoConversation> conversations) {
        this(teams, people, customers, leads, opportunities, touches, targets, payments, conversations, List.of());
    }

    /** A conversation and its messages (conversation id 0 until stored). */
    public record DemoConversation(Conversation conversation, List<ChatMessage> messages) {
        public DemoConversation {
            messages = List.copyOf(messages);
        }
    }
}
