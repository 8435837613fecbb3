package com.salesbot.bot.tagging;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.tagging.GroupCustomers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * Maps a DingTalk group (its conversationId, URL-encoded) to a customer so that what the robot receives there is
 * tagged as that customer's conversation. Under the /api bearer token like the rest of the admin API.
 */
@Controller("/api/groups")
public class GroupController {
    static final String CHANNEL = "dingtalk";

    private final GroupCustomers groups;
    private final CustomerStore customers;

    public GroupController(GroupCustomers groups, CustomerStore customers) {
        this.groups = groups;
        this.customers = customers;
    }

    @Put("/{conversationId}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> link(@PathVariable String conversationId, @Body GroupLinkRequest request) {
        if (request.customerId() == null || request.customerId().isBlank()) {
            return HttpResponse.badRequest(ApiError.of("invalid_request", "customerId 不能为空"));
        }
        String customerId = request.customerId().strip();
        if (customers.find(customerId).isEmpty()) {
            return HttpResponse.badRequest(ApiError.of("unknown_customer", "客户 " + customerId + " 不存在"));
        }
        groups.link(CHANNEL, conversationId, customerId);
        return HttpResponse.ok(Map.of("conversationId", conversationId, "customerId", customerId));
    }

    @Get("/{conversationId}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> show(@PathVariable String conversationId) {
        return groups.customerOf(CHANNEL, conversationId)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(Map.of("conversationId", conversationId, "customerId", c)))
                .orElseGet(() -> HttpResponse.notFound(ApiError.of("not_found", "这个群还没有关联客户")));
    }

    @Delete("/{conversationId}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> unlink(@PathVariable String conversationId) {
        groups.unlink(CHANNEL, conversationId);
        return HttpResponse.noContent();
    }
}
