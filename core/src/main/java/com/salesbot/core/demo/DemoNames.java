package com.salesbot.core.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Realistic Chinese person and company names, drawn without repeats from a seeded random. */
final class DemoNames {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "许", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "华", "慧", "建国", "晓东", "海燕", "志强", "丽华", "俊杰", "雪梅", "子涵", "宇航",
            "思远", "佳怡", "文博", "欣然", "浩然", "婷婷", "国庆", "春梅", "立新", "晨曦"};
    private static final String[] CITIES = {"苏州", "宁波", "东莞", "佛山", "青岛", "无锡", "合肥", "成都", "武汉",
            "天津", "厦门", "长沙", "杭州", "南京", "郑州", "西安", "常州", "温州"};
    private static final String[] CORES = {"恒达", "瑞丰", "华信", "鼎盛", "博远", "金源", "启航", "中科", "汇通",
            "联创", "宏图", "嘉诚", "天润", "卓越", "新锐", "永泰", "盛世", "海纳", "精工", "安信"};
    /** Industry label and the company-name suffix that fits it. */
    static final String[][] INDUSTRIES = {{"制造业", "精密机械有限公司"}, {"制造业", "电子科技有限公司"},
            {"互联网", "网络科技有限公司"}, {"零售", "商贸有限公司"}, {"教育", "教育科技有限公司"},
            {"医疗", "医疗器械有限公司"}};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    String person() {
        while (true) {
            String name = pick(SURNAMES) + pick(GIVEN);
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** A company name for the given industry row of {@link #INDUSTRIES}. */
    String company(int industry) {
        while (true) {
            String name = pick(CITIES) + pick(CORES) + INDUSTRIES[industry][1];
            if (used.add(name)) {
                return name;
            }
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static List<String> industries() {
        List<String> out = new ArrayList<>();
        for (String[] row : INDUSTRIES) {
            if (!out.contains(row[0])) {
                out.add(row[0]);
            }
        }
        return out;
    }
}
