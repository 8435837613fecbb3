package com.salesbot.bot.quote;

import com.salesbot.adapters.config.ConfigException;
import com.salesbot.adapters.config.PriceListReader;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.charts.QuotePdf;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.feature.quote.QuoteFeature;
import com.salesbot.core.push.PushFiles;
import io.micronaut.core.annotation.Order;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.PriceList;
import com.salesbot.core.quote.QuoteDocument;
import com.salesbot.core.quote.QuotePrices;
import com.salesbot.core.quote.QuoteStore;
import com.salesbot.core.quote.QuoteFiles;
import com.salesbot.core.port.FileContents;
import com.salesbot.core.tagging.KnownPrices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Quotes (R12): the price list from config/pricing/price-list.yml (a bad file stops start-up), the PDF renderer, the
 * use case, and the prices the compliance scan accepts (list prices and each customer's issued quotes).
 */
@Factory
public class QuoteFactory {
    private final Path configDir;

    public QuoteFactory(@Value("${salesbot.config-dir:./config}") String configDir) {
        this.configDir = Path.of(configDir);
    }

    @Singleton
    PriceList priceList() {
        try {
            return PriceListReader.read(configDir);
        } catch (ConfigException e) {
            throw new InvalidSettingException("salesbot.config-dir", e.getMessage());
        }
    }

    @Singleton
    QuoteDocument quoteDocument() {
        return new QuotePdf();
    }

    @Singleton
    KnownPrices knownPrices(PriceList prices, QuoteStore quotes) {
        return new QuotePrices(prices, quotes);
    }

    /** 报价 in chat, after the other features in the help menu. */
    @Singleton
    @Order(1200)
    ChatFeature quoteFeature(IssueQuote issue, CustomerStore customers, PushFiles files, DialogStore dialogs) {
        return new QuoteFeature(issue, customers, files, dialogs);
    }

    /** The bytes of file messages (quote PDFs, rebuilt and checked against the registered hash) for the senders. */
    @Singleton
    FileContents fileContents(IssueQuote issue) {
        return new QuoteFiles(issue);
    }

    @Singleton
    IssueQuote issueQuote(PriceList prices, QuoteStore quotes, QuoteDocument document, CustomerStore customers,
                          OrgStore org, CounterStore counters, AuditLog audit, Transactions transactions,
                          Clock clock) {
        return new IssueQuote(prices, quotes, document, customers, org, counters, audit, transactions, clock);
    }
}
