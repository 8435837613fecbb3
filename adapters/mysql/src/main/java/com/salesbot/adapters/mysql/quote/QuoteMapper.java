package com.salesbot.adapters.mysql.quote;

import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL for issued quotes (V12). */
public interface QuoteMapper {
    String COLUMNS = "quote_no, customer_id, rep_id, discount_percent, total, issued_at, file_name, sha256, md5";

    @Insert("INSERT INTO quotes (" + COLUMNS + ") VALUES (#{number}, #{customerId}, #{repId}, #{discountPercent}, "
            + "#{total}, #{issuedAt}, #{fileName}, #{sha256}, #{md5})")
    void insert(Quote quote);

    @Insert("INSERT INTO quote_lines (quote_no, line_no, item_code, item_name, unit, quantity, list_price, "
            + "unit_price, amount) VALUES (#{no}, #{n}, #{l.code}, #{l.name}, #{l.unit}, #{l.quantity}, "
            + "#{l.listPrice}, #{l.unitPrice}, #{l.amount})")
    void insertLine(@Param("no") String number, @Param("n") int lineNo, @Param("l") QuoteLine line);

    @Select("SELECT " + COLUMNS + " FROM quotes WHERE quote_no = #{number}")
    @ConstructorArgs({
        @Arg(column = "quote_no", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "discount_percent", javaType = int.class),
        @Arg(column = "total", javaType = BigDecimal.class),
        @Arg(column = "issued_at", javaType = long.class),
        @Arg(column = "file_name", javaType = String.class),
        @Arg(column = "sha256", javaType = String.class),
        @Arg(column = "md5", javaType = String.class)})
    List<QuoteRow> byNumber(String number);

    @Select("SELECT " + COLUMNS + " FROM quotes WHERE sha256 = #{hash} OR md5 = #{hash} ORDER BY issued_at DESC")
    @ConstructorArgs({
        @Arg(column = "quote_no", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "discount_percent", javaType = int.class),
        @Arg(column = "total", javaType = BigDecimal.class),
        @Arg(column = "issued_at", javaType = long.class),
        @Arg(column = "file_name", javaType = String.class),
        @Arg(column = "sha256", javaType = String.class),
        @Arg(column = "md5", javaType = String.class)})
    List<QuoteRow> byHash(String hash);

    @Select("SELECT " + COLUMNS + " FROM quotes WHERE customer_id = #{customerId} ORDER BY issued_at DESC, "
            + "quote_no DESC")
    @ConstructorArgs({
        @Arg(column = "quote_no", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "discount_percent", javaType = int.class),
        @Arg(column = "total", javaType = BigDecimal.class),
        @Arg(column = "issued_at", javaType = long.class),
        @Arg(column = "file_name", javaType = String.class),
        @Arg(column = "sha256", javaType = String.class),
        @Arg(column = "md5", javaType = String.class)})
    List<QuoteRow> ofCustomer(String customerId);

    @Select("<script>SELECT quote_no, item_code, item_name, unit, quantity, list_price, unit_price, amount "
            + "FROM quote_lines WHERE quote_no IN <foreach item='n' collection='numbers' open='(' separator=',' "
            + "close=')'>#{n}</foreach> ORDER BY quote_no, line_no</script>")
    @ConstructorArgs({
        @Arg(column = "quote_no", javaType = String.class),
        @Arg(column = "item_code", javaType = String.class),
        @Arg(column = "item_name", javaType = String.class),
        @Arg(column = "unit", javaType = String.class),
        @Arg(column = "quantity", javaType = int.class),
        @Arg(column = "list_price", javaType = BigDecimal.class),
        @Arg(column = "unit_price", javaType = BigDecimal.class),
        @Arg(column = "amount", javaType = BigDecimal.class)})
    List<LineRow> lines(@Param("numbers") List<String> numbers);

    record QuoteRow(String number, String customerId, String repId, int discountPercent, BigDecimal total,
                    long issuedAt, String fileName, String sha256, String md5) {
        Quote quote(List<QuoteLine> lines) {
            return new Quote(number, customerId, repId, lines, discountPercent, total, issuedAt, fileName, sha256,
                    md5);
        }
    }

    record LineRow(String number, String code, String name, String unit, int quantity, BigDecimal listPrice,
                   BigDecimal unitPrice, BigDecimal amount) {
        QuoteLine line() {
            return new QuoteLine(code, name, unit, quantity, listPrice, unitPrice, amount);
        }
    }
}
