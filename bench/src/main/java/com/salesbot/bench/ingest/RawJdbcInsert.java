package com.salesbot.bench.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesbot.core.model.ChatMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The baseline: the same rows into the same table with PreparedStatement.addBatch/executeBatch, one commit. */
final class RawJdbcInsert {
    private static final String SQL = "INSERT INTO chat_messages (conversation_id, channel, client_msg_id, rep_id,"
            + " customer_id, direction, sent_at, body, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    RawJdbcInsert(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    int insert(List<ChatMessage> messages) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            for (ChatMessage m : messages) {
                ps.setLong(1, m.conversationId());
                ps.setString(2, m.channel());
                ps.setString(3, m.clientMsgId());
                ps.setString(4, m.repId());
                ps.setString(5, m.customerId());
                ps.setString(6, m.direction().name());
                ps.setLong(7, m.sentAt());
                ps.setString(8, m.text());
                ps.setString(9, JSON.writeValueAsString(m.tags()));
                ps.addBatch();
            }
            int rows = ps.executeBatch().length;
            connection.commit();
            return rows;
        }
    }
}
