package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Target;
import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for monthly targets (TargetMapper.xml); the month is stored as yyyy-MM. */
public interface TargetMapper {
    void upsert(Target target);

    Target find(@Param("repId") String repId, @Param("month") YearMonth month);

    List<Target> ofMonth(YearMonth month);

    List<Target> ofRep(String repId);
}
