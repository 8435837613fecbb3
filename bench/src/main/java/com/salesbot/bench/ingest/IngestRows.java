package com.salesbot.bench.ingest;

import com.salesbot.core.tagging.IngestRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Endless unique rows shaped like a phone-system export: 50 customers of 10 reps, one message a second, so a batch
 * of 500 holds 10 messages of each of 50 conversations. Texts are 20-60 characters.
 */
final class IngestRows {
    static final List<String> TEXTS = List.of(
            "王经理，上次说的那个方案大概多少预算能做下来？我们下周要走采购流程",
            "你们的服务太差了，三次上门都没修好，我要找你们领导投诉",
            "合同快到期了，今年续约有什么政策吗，能不能锁定现在的价格",
            "系统登录不上了，一直提示密码错误，麻烦派个工程师远程看一下",
            "好的，辛苦了，那我们下周一再约时间聊，周末愉快",
            "不是投诉哈，就是想问下专业版和标准版的价格差多少，太贵的话先不考虑",
            "hi，what's the price for 20 seats？我们老板想今天看到报价单",
            "电话纪要：客户到期前主动来电，希望保留原折扣续约两年并加两个账号");
    private static final long START = 1_780_000_000_000L;

    private final String run = Long.toString(System.nanoTime(), 36);
    private long seq;

    List<IngestRow> next(int size) {
        List<IngestRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++, seq++) {
            int customer = (int) (seq % 50);
            rows.add(new IngestRow(run + "-" + seq, "phone", "rep" + customer % 10, "cus" + customer,
                    seq % 3 == 0 ? "OUT" : "IN", START + seq * 1000, TEXTS.get((int) (seq % TEXTS.size())), null,
                    null));
        }
        return rows;
    }
}
