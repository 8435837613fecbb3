package com.salesbot.adapters.mysql.mapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesbot.core.model.TagAssignment;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Stores a list of tag assignments as a JSON array in a TEXT column; NULL or blank reads as an empty list. */
public class TagListTypeHandler extends BaseTypeHandler<List<TagAssignment>> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<TagAssignment>> TAGS = new TypeReference<>() {
    };

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<TagAssignment> tags, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, write(tags));
    }

    @Override
    public List<TagAssignment> getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public List<TagAssignment> getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public List<TagAssignment> getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    public static String write(List<TagAssignment> tags) throws SQLException {
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot encode tag assignments", e);
        }
    }

    public static List<TagAssignment> read(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, TAGS));
        } catch (JsonProcessingException e) {
            throw new SQLException("stored tag assignments are not valid JSON", e);
        }
    }
}
