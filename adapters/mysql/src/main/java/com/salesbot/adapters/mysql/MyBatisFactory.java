package com.salesbot.adapters.mysql;

import com.salesbot.adapters.mysql.mapper.ConversationMapper;
import com.salesbot.adapters.mysql.mapper.CustomerMapper;
import com.salesbot.adapters.mysql.mapper.InboxMapper;
import com.salesbot.adapters.mysql.mapper.LeadMapper;
import com.salesbot.adapters.mysql.mapper.OpportunityMapper;
import com.salesbot.adapters.mysql.mapper.OrgMapper;
import com.salesbot.adapters.mysql.mapper.OutboxMapper;
import com.salesbot.adapters.mysql.mapper.PaymentMapper;
import com.salesbot.adapters.mysql.mapper.TargetMapper;
import com.salesbot.adapters.mysql.mapper.TouchMapper;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;

/**
 * Wires MyBatis onto Micronaut's contextual DataSource. Micronaut owns the transactions (ManagedTransactionFactory
 * never commits, rolls back or closes), so every mapper call must run inside a {@code @Transactional} or
 * {@code @ReadOnly} bean method.
 */
@Factory
public class MyBatisFactory {
    static final List<Class<?>> MAPPERS = List.of(OrgMapper.class, CustomerMapper.class, LeadMapper.class,
            OpportunityMapper.class, TouchMapper.class, TargetMapper.class, PaymentMapper.class,
            ConversationMapper.class, InboxMapper.class, OutboxMapper.class);

    @Singleton
    SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        ManagedTransactionFactory transactions = new ManagedTransactionFactory();
        Properties properties = new Properties();
        properties.setProperty("closeConnection", "false");
        transactions.setProperties(properties);
        Configuration configuration = new Configuration(new Environment("default", transactions, dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        MAPPERS.forEach(configuration::addMapper);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    @Singleton
    SqlSessionManager sqlSessionManager(SqlSessionFactory factory) {
        return SqlSessionManager.newInstance(factory);
    }

    @Singleton
    OrgMapper orgMapper(SqlSessionManager sessions) {
        return sessions.getMapper(OrgMapper.class);
    }

    @Singleton
    CustomerMapper customerMapper(SqlSessionManager sessions) {
        return sessions.getMapper(CustomerMapper.class);
    }

    @Singleton
    LeadMapper leadMapper(SqlSessionManager sessions) {
        return sessions.getMapper(LeadMapper.class);
    }

    @Singleton
    OpportunityMapper opportunityMapper(SqlSessionManager sessions) {
        return sessions.getMapper(OpportunityMapper.class);
    }

    @Singleton
    TouchMapper touchMapper(SqlSessionManager sessions) {
        return sessions.getMapper(TouchMapper.class);
    }

    @Singleton
    TargetMapper targetMapper(SqlSessionManager sessions) {
        return sessions.getMapper(TargetMapper.class);
    }

    @Singleton
    PaymentMapper paymentMapper(SqlSessionManager sessions) {
        return sessions.getMapper(PaymentMapper.class);
    }

    @Singleton
    ConversationMapper conversationMapper(SqlSessionManager sessions) {
        return sessions.getMapper(ConversationMapper.class);
    }

    @Singleton
    InboxMapper inboxMapper(SqlSessionManager sessions) {
        return sessions.getMapper(InboxMapper.class);
    }

    @Singleton
    OutboxMapper outboxMapper(SqlSessionManager sessions) {
        return sessions.getMapper(OutboxMapper.class);
    }
}
