package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.TagListTypeHandler;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.ConversationStore.RepCustomer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of ingestion whose size grows with the batch, as plain JDBC on the transaction's connection.
 * Through MyBatis they cost as much client CPU as the server took to run them (the BATCH executor resolves every
 * parameter through reflection and property tokenizers; a dynamic foreach is re-parsed on every call). The INSERT is
 * the mapper's insertMessage; the UPDATE sets the columns of the mapper's updateConversation.
 */
final class ConversationJdbc {
    static final String INSERT_MESSAGE = "INSERT INTO chat_messages (conversation_id, channel, client_msg_id, rep_id,"
            + " customer_id, direction, sent_at, body, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String[] ID = {"id"};
    private static final String[] UPDATED_COLUMNS = {"rep_id", "customer_id", "channel", "started_at",
            "last_message_at", "message_count", "tags"};

    private ConversationJdbc() {
    }

    /**
     * The conversations at the latest last message of each pair (several when tied): the latest time of each pair
     * from idx_conversations_pair alone (a row-value IN, one index range per pair), joined back to the rows. Measured
     * 2-3x faster on MariaDB than an OR list with ROW_NUMBER() over the pairs' rows.
     */
    static List<Conversation> latestOfEach(Connection connection, List<RepCustomer> pairs) throws SQLException {
        StringBuilder sql = new StringBuilder(400 + pairs.size() * 8).append("SELECT c.id, c.rep_id, c.customer_id,"
                + " c.channel, c.started_at, c.last_message_at, c.message_count, c.tags FROM conversations c JOIN ("
                + "SELECT rep_id, customer_id, MAX(last_message_at) AS last_at FROM conversations"
                + " WHERE (rep_id, customer_id) IN (");
        for (int i = 0; i < pairs.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        sql.append(") GROUP BY rep_id, customer_id) latest ON c.rep_id = latest.rep_id"
                + " AND c.customer_id = latest.customer_id AND c.last_message_at = latest.last_at");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (RepCustomer pair : pairs) {
                ps.setString(p++, pair.repId());
                ps.setString(p++, pair.customerId());
            }
            List<Conversation> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Conversation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), rs.getInt(7), TagListTypeHandler.read(rs.getString(8))));
                }
            }
            return found;
        }
    }

    /**
     * One JDBC batch (the MySQL driver's rewriteBatchedStatements sends multi-row INSERTs), executed every
     * {@code chunk} rows; returns the generated ids in list order.
     */
    static long[] insertMessages(Connection connection, List<ChatMessage> messages, int chunk) throws SQLException {
        long[] ids = new long[messages.size()];
        try (PreparedStatement ps = connection.prepareStatement(INSERT_MESSAGE, ID)) {
            int done = 0;
            for (int i = 0; i < messages.size(); i++) {
                ChatMessage m = messages.get(i);
                ps.setLong(1, m.conversationId());
                ps.setString(2, m.channel());
                ps.setString(3, m.clientMsgId());
                ps.setString(4, m.repId());
                ps.setString(5, m.customerId());
                ps.setString(6, m.direction() == null ? null : m.direction().name());
                ps.setLong(7, m.sentAt());
                ps.setString(8, m.text());
                setTags(ps, 9, m.tags());
                ps.addBatch();
                if ((i + 1) % chunk == 0 || i == messages.size() - 1) {
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        while (done <= i && keys.next()) {
                            ids[done++] = keys.getLong(1);
                        }
                    }
                    if (done != i + 1) {
                        throw new SQLException("the driver returned " + done + " generated ids for " + (i + 1)
                                + " messages");
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Updates all {@code conversations} (distinct ids) in one statement, a CASE on id per column; returns the
     * number of rows found (the MySQL driver reports found rather than changed rows, H2 matched rows).
     */
    static int updateConversations(Connection connection, List<Conversation> conversations) throws SQLException {
        int n = conversations.size();
        StringBuilder sql = new StringBuilder(64 + n * 120).append("UPDATE conversations SET ");
        for (int col = 0; col < UPDATED_COLUMNS.length; col++) {
            sql.append(col == 0 ? "" : ", ").append(UPDATED_COLUMNS[col]).append(" = CASE id");
            for (int i = 0; i < n; i++) {
                sql.append(" WHEN ? THEN ?");
            }
            sql.append(" END");
        }
        sql.append(" WHERE id IN (");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (int col = 0; col < UPDATED_COLUMNS.length; col++) {
                for (Conversation c : conversations) {
                    ps.setLong(p++, c.id());
                    switch (col) {
                        case 0 -> ps.setString(p, c.repId());
                        case 1 -> ps.setString(p, c.customerId());
                        case 2 -> ps.setString(p, c.channel());
                        case 3 -> ps.setLong(p, c.startedAt());
                        case 4 -> ps.setLong(p, c.lastMessageAt());
                        case 5 -> ps.setInt(p, c.messageCount());
                        default -> setTags(ps, p, c.tags());
                    }
                    p++;
                }
            }
            for (Conversation c : conversations) {
                ps.setLong(p++, c.id());
            }
            return ps.executeUpdate();
        }
    }

    private static void setTags(PreparedStatement ps, int index, List<TagAssignment> tags) throws SQLException {
        if (tags == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, TagListTypeHandler.write(tags));
        }
    }
}
